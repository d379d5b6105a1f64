import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { httpApiEvent, postGraphQL } from '../support/events.js';

type Resource = { Type: string; Properties: Record<string, any> };
let resources: Record<string, Resource>;
let prod: Record<string, Resource>;

function packageStage(script: string, stage: string, env: NodeJS.ProcessEnv = {}): Record<string, Resource> {
  const out = mkdtempSync(join(tmpdir(), `sls-package-${stage}-`));
  const run = spawnSync('npm', ['run', script, '--', stage, out], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, ...env },
  });
  if (run.status !== 0) throw new Error(`npm run ${script} failed:\n${run.stdout}\n${run.stderr}`);
  return JSON.parse(readFileSync(join(out, 'cloudformation-template-update-stack.json'), 'utf8')).Resources;
}

/** `npm run package` (esbuild + osls, offline), then assertions on the CloudFormation templates it wrote. */
beforeAll(() => {
  resources = packageStage('package', 'dev');
  // prod with one webhook configured (tests/fixtures/infra/webhooks.json), as an operator would add it.
  prod = packageStage('package:only', 'prod', { WEBHOOKS_FILE: 'tests/fixtures/infra/webhooks.json' });
}, 240_000);

const ofType = (type: string) => Object.values(resources).filter((r) => r.Type === type);
/** The SQS event source mapping that reads the named queue. */
const mappingOf = (queue: string) =>
  ofType('AWS::Lambda::EventSourceMapping').find((m) =>
    JSON.stringify(m.Properties.EventSourceArn).includes(`"${queue}"`),
  )!.Properties;

describe('the packaged CloudFormation template', () => {
  it('defines the table with PK/SK, both GSIs, on-demand billing and point-in-time recovery', () => {
    const table = resources.ContentTable!.Properties;
    expect(table.KeySchema).toEqual([
      { AttributeName: 'PK', KeyType: 'HASH' },
      { AttributeName: 'SK', KeyType: 'RANGE' },
    ]);
    expect(table.GlobalSecondaryIndexes.map((i: { IndexName: string }) => i.IndexName)).toEqual(['GSI1', 'GSI2']);
    expect(table.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled).toBe(true);
    expect(table.DeletionProtectionEnabled).toBe(false); // on for prod only
    expect(table.TableName).toBe('news-graphql-dev');
  });

  it('grants DynamoDB actions on the table and its indexes only, with no wildcard', () => {
    const raw = resources.IamRoleLambdaExecution!.Properties.Policies[0].PolicyDocument.Statement as {
      Action: string | string[];
      Resource: unknown;
    }[];
    const statements = raw.map((s) => ({
      Action: ([] as string[]).concat(s.Action),
      Resource: ([] as unknown[]).concat(s.Resource),
    }));
    // The change feed's stream reads (osls adds them for the stream event) are on the stream alone.
    const streamReads = statements.filter((s) => s.Action.includes('dynamodb:GetRecords'));
    const dynamo = statements.filter(
      (s) => s.Action.some((a) => a.startsWith('dynamodb:')) && !streamReads.includes(s),
    );
    expect(streamReads.map((s) => s.Resource)).toEqual([[{ 'Fn::GetAtt': ['ContentTable', 'StreamArn'] }]]);
    expect(dynamo).toHaveLength(1);
    expect(dynamo[0]!.Action).toEqual(
      expect.arrayContaining([
        'dynamodb:GetItem',
        'dynamodb:BatchGetItem',
        'dynamodb:Query',
        'dynamodb:TransactWriteItems',
      ]),
    );
    expect(JSON.stringify(dynamo[0]!.Resource)).toBe(
      JSON.stringify([
        { 'Fn::GetAtt': ['ContentTable', 'Arn'] },
        { 'Fn::Join': ['/', [{ 'Fn::GetAtt': ['ContentTable', 'Arn'] }, 'index', 'GSI1']] },
        { 'Fn::Join': ['/', [{ 'Fn::GetAtt': ['ContentTable', 'Arn'] }, 'index', 'GSI2']] },
      ]),
    );
    for (const statement of statements) {
      expect(statement.Action.every((action) => !action.includes('*'))).toBe(true);
      expect(statement.Resource).not.toContain('*');
    }
  });

  it('routes GET and POST /graphql and the GraphiQL assets to the graphql function, the operator path to its own', () => {
    const routes = ofType('AWS::ApiGatewayV2::Route')
      .map((r) => r.Properties.RouteKey)
      .sort();
    expect(routes).toEqual([
      'GET /graphiql/{asset}',
      'GET /graphql',
      'OPTIONS /graphql',
      'POST /graphql',
      'POST /operator/graphql',
    ]);
  });

  it('puts the operator route behind IAM and the operator key in Secrets Manager', () => {
    const operatorRoute = ofType('AWS::ApiGatewayV2::Route').find(
      (r) => r.Properties.RouteKey === 'POST /operator/graphql',
    );
    const graphql = ofType('AWS::Lambda::Function').find((f) => f.Properties.Handler === 'dist/graphql.handler');

    expect(operatorRoute?.Properties.AuthorizationType).toBe('AWS_IAM');
    // Its own function (the operator schema), not the public graphql one.
    expect(JSON.stringify(operatorRoute?.Properties.Target)).toContain('OperatorGraphql');
    expect(resources.OperatorApiKeySecret?.Properties.GenerateSecretString).toEqual({
      PasswordLength: 48,
      ExcludePunctuation: true,
    });
    const operator = ofType('AWS::Lambda::Function').find(
      (f) => f.Properties.Handler === 'dist/operator-graphql.handler',
    );
    expect(operator?.Properties.Environment.Variables).toMatchObject({
      OPERATOR_API_KEY_SECRET_ARN: { Ref: 'OperatorApiKeySecret' },
    });
    expect(graphql?.Properties.Environment.Variables).not.toHaveProperty('OPERATOR_API_KEY_SECRET_ARN');
    expect(graphql?.Properties.Environment.Variables).toMatchObject({
      GRAPHIQL: 'true',
      INTROSPECTION: 'true',
      STAGE: 'dev',
    });
  });

  it('runs every function on nodejs22.x arm64 with the table name in their environment', () => {
    const functions = ofType('AWS::Lambda::Function');
    expect(functions.map((f) => f.Properties.Handler).sort()).toEqual([
      'dist/content-changes.handler',
      'dist/graphql.handler',
      'dist/import-content.handler',
      'dist/import-worker.handler',
      'dist/invalidate-cache.handler',
      'dist/operator-graphql.handler',
      'dist/refresh-names.handler',
    ]);
    for (const fn of functions) {
      expect(fn.Properties.Runtime).toBe('nodejs22.x');
      expect(fn.Properties.Architectures).toEqual(['arm64']);
      expect(fn.Properties.Environment.Variables.TABLE_NAME).toBe('news-graphql-dev');
    }
  });

  it('schedules the import with EventBridge and keeps logs for 14 days', () => {
    const rule = ofType('AWS::Events::Rule').find((r) => r.Properties.ScheduleExpression);
    expect(rule?.Properties.ScheduleExpression).toBe('rate(1 hour)');
    expect(rule?.Properties.State).toBe('ENABLED');
    expect(ofType('AWS::Logs::LogGroup').map((g) => g.Properties.RetentionInDays)).toEqual([
      14, 14, 14, 14, 14, 14, 14,
    ]);
  });

  it('throttles the HTTP API stage and expires stored persisted queries by TTL', () => {
    const [stage] = ofType('AWS::ApiGatewayV2::Stage');

    expect(stage?.Properties.DefaultRouteSettings).toEqual({ ThrottlingRateLimit: 200, ThrottlingBurstLimit: 100 });
    expect(resources.ContentTable!.Properties.TimeToLiveSpecification).toEqual({
      AttributeName: 'expiresAt',
      Enabled: true,
    });
  });

  it('puts a CDN in front of the API, keyed on the query string and normalized headers, with a WAF rate rule', () => {
    const config = resources.Distribution!.Properties.DistributionConfig;
    const key = resources.GraphQLCachePolicy!.Properties.CachePolicyConfig.ParametersInCacheKeyAndForwardedToOrigin;
    const [rule] = resources.RateLimitWebAcl!.Properties.Rules;

    expect(config.Origins[0].DomainName).toEqual({
      'Fn::Select': [2, { 'Fn::Split': ['/', { 'Fn::GetAtt': ['HttpApi', 'ApiEndpoint'] }] }],
    });
    expect(config.DefaultCacheBehavior.CachedMethods).toEqual(['GET', 'HEAD']);
    expect(config.DefaultCacheBehavior.FunctionAssociations[0].EventType).toBe('viewer-request');
    expect(key.QueryStringsConfig).toEqual({ QueryStringBehavior: 'all' });
    expect(key.HeadersConfig).toEqual({
      HeaderBehavior: 'whitelist',
      Headers: ['Accept-Language', 'Accept', 'Origin'],
    });
    expect(key.CookiesConfig).toEqual({ CookieBehavior: 'none' });
    expect(resources.RateLimitWebAcl!.Properties.Scope).toBe('CLOUDFRONT');
    expect(rule.Statement.RateBasedStatement).toEqual({ Limit: 1000, AggregateKeyType: 'IP' });
    expect(config.WebACLId).toEqual({
      'Fn::If': ['InUsEast1', { 'Fn::GetAtt': ['RateLimitWebAcl', 'Arn'] }, { Ref: 'AWS::NoValue' }],
    });
  });

  it('sends failed scheduled imports to an SQS on-failure destination', () => {
    const [config] = ofType('AWS::Lambda::EventInvokeConfig');
    expect(config?.Properties.DestinationConfig.OnFailure.Destination).toEqual({
      'Fn::GetAtt': ['ImportFailuresQueue', 'Arn'],
    });
    expect(config?.Properties.MaximumRetryAttempts).toBe(1);
    expect(resources.ImportFailuresQueue?.Type).toBe('AWS::SQS::Queue');
  });
});

describe('the import queue', () => {
  const worker = () =>
    Object.entries(resources).find(([, r]) => r.Properties.Handler === 'dist/import-worker.handler') as [
      string,
      Resource,
    ];

  it('gives the schedule the queue URL and the right to send to it', () => {
    const schedule = ofType('AWS::Lambda::Function').find(
      (f) => f.Properties.Handler === 'dist/import-content.handler',
    );
    const statements = resources.IamRoleLambdaExecution!.Properties.Policies[0].PolicyDocument.Statement as {
      Action: string | string[];
      Resource: unknown[];
    }[];
    const send = statements.find((s) => ([] as string[]).concat(s.Action).includes('sqs:SendMessage'));

    expect(schedule?.Properties.Environment.Variables.IMPORT_QUEUE_URL).toEqual({ Ref: 'ImportQueue' });
    expect(send?.Resource).toContainEqual({ 'Fn::GetAtt': ['ImportQueue', 'Arn'] });
  });

  it('feeds the worker from the queue in batches of 10, reporting failed messages one by one, at most 4 at once', () => {
    const [name] = worker();
    const mapping = mappingOf('ImportQueue');

    expect(mapping.EventSourceArn).toEqual({ 'Fn::GetAtt': ['ImportQueue', 'Arn'] });
    expect(mapping.FunctionName).toEqual({ 'Fn::GetAtt': [name, 'Arn'] });
    expect(mapping.BatchSize).toBe(10);
    expect(mapping.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    expect(mapping.ScalingConfig).toEqual({ MaximumConcurrency: 4 });
    expect(worker()[1].Properties.Environment.Variables.IMPORT_WORKER_CONCURRENCY).toBe('4');
  });

  it('moves a message to the dead-letter queue after 5 receives, and holds it there longer than the queue would', () => {
    const queue = resources.ImportQueue!.Properties;
    const deadLetters = resources.ImportDeadLetterQueue!.Properties;

    expect(queue.RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': ['ImportDeadLetterQueue', 'Arn'] },
      maxReceiveCount: 5,
    });
    // A message must stay invisible while a worker may still hold it: 6 × the worker's timeout.
    expect(queue.VisibilityTimeout).toBe(6 * worker()[1].Properties.Timeout);
    expect(deadLetters.MessageRetentionPeriod).toBeGreaterThan(queue.MessageRetentionPeriod);
  });
});

describe('the name refresh queue', () => {
  const fn = (handler: string) =>
    Object.entries(resources).find(([, r]) => r.Properties.Handler === handler) as [string, Resource];

  it('gives the operator API and the worker the queue URL, and the role the right to send to it', () => {
    const statements = resources.IamRoleLambdaExecution!.Properties.Policies[0].PolicyDocument.Statement as {
      Action: string | string[];
      Resource: unknown[];
    }[];
    const send = statements.find((s) => ([] as string[]).concat(s.Action).includes('sqs:SendMessage'));

    for (const handler of ['dist/operator-graphql.handler', 'dist/refresh-names.handler'])
      expect(fn(handler)[1].Properties.Environment.Variables.NAME_REFRESH_QUEUE_URL).toEqual({
        Ref: 'NameRefreshQueue',
      });
    expect(fn('dist/graphql.handler')[1].Properties.Environment.Variables.NAME_REFRESH_QUEUE_URL).toBeUndefined();
    expect(send?.Resource).toContainEqual({ 'Fn::GetAtt': ['NameRefreshQueue', 'Arn'] });
  });

  it('feeds the worker one step per message, failed ones reported, at most 2 workers, then a dead-letter queue', () => {
    const [name, worker] = fn('dist/refresh-names.handler');
    const mapping = mappingOf('NameRefreshQueue');
    const queue = resources.NameRefreshQueue!.Properties;

    expect(mapping.FunctionName).toEqual({ 'Fn::GetAtt': [name, 'Arn'] });
    expect(mapping.BatchSize).toBe(1);
    expect(mapping.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    expect(mapping.ScalingConfig).toEqual({ MaximumConcurrency: 2 });
    expect(queue.RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': ['NameRefreshDeadLetterQueue', 'Arn'] },
      maxReceiveCount: 5,
    });
    expect(queue.VisibilityTimeout).toBe(6 * worker.Properties.Timeout);
  });
});

describe('the change feed', () => {
  const changeFeed = () =>
    Object.entries(resources).find(([, r]) => r.Properties.Handler === 'dist/content-changes.handler') as [
      string,
      Resource,
    ];
  const mappingOf = (name: string) =>
    ofType('AWS::Lambda::EventSourceMapping').find(
      (m) => JSON.stringify(m.Properties.FunctionName) === JSON.stringify({ 'Fn::GetAtt': [name, 'Arn'] }),
    )?.Properties;

  it('streams new and old images of the table to the change-feed function, bisecting failed batches', () => {
    const [name, fn] = changeFeed();
    const mapping = mappingOf(name);

    expect(resources.ContentTable!.Properties.StreamSpecification).toEqual({ StreamViewType: 'NEW_AND_OLD_IMAGES' });
    expect(mapping?.EventSourceArn).toEqual({ 'Fn::GetAtt': ['ContentTable', 'StreamArn'] });
    expect(mapping?.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    expect(mapping?.BisectBatchOnFunctionError).toBe(true);
    expect(mapping?.MaximumRetryAttempts).toBe(10);
    expect(mapping?.DestinationConfig).toEqual({
      OnFailure: { Destination: { 'Fn::GetAtt': ['ChangeFeedFailuresQueue', 'Arn'] } },
    });
    expect(fn.Properties.Environment.Variables.EVENT_BUS_NAME).toEqual({ Ref: 'ContentEventBus' });
  });

  it('lets the functions put events on the content bus only, and has no webhook unless the stage configures one', () => {
    const statements = resources.IamRoleLambdaExecution!.Properties.Policies[0].PolicyDocument.Statement as {
      Action: string | string[];
      Resource: unknown[];
    }[];
    const put = statements.find((s) => ([] as string[]).concat(s.Action).includes('events:PutEvents'));

    expect(resources.ContentEventBus?.Properties.Name).toBe('news-graphql-dev-content');
    expect(put?.Resource).toEqual([{ 'Fn::GetAtt': ['ContentEventBus', 'Arn'] }]);
    expect(ofType('AWS::Events::ApiDestination')).toEqual([]);
  });

  it('delivers a configured stage webhook through a connection, an API destination and a rule on the bus', () => {
    const rule = prod.WebhookAppPushRule!.Properties;
    const [target] = rule.Targets;

    expect(prod.WebhookAppPushDestination?.Properties).toMatchObject({
      InvocationEndpoint: 'https://push.example.org/news/changes',
      HttpMethod: 'POST',
      ConnectionArn: { 'Fn::GetAtt': ['WebhookAppPushConnection', 'Arn'] },
    });
    expect(prod.WebhookAppPushConnection?.Properties.AuthParameters.ApiKeyAuthParameters).toEqual({
      ApiKeyName: 'x-webhook-key',
      ApiKeyValue: '{{resolve:secretsmanager:news/webhooks/app-push}}',
    });
    expect(rule.EventBusName).toEqual({ Ref: 'ContentEventBus' });
    expect(rule.EventPattern).toEqual({
      source: ['news.content'],
      'detail-type': ['ArticlePublished', 'ArticleUnpublished', 'ArticleDeleted'],
    });
    expect(target.Arn).toEqual({ 'Fn::GetAtt': ['WebhookAppPushDestination', 'Arn'] });
    expect(target.DeadLetterConfig).toEqual({ Arn: { 'Fn::GetAtt': ['WebhookDeadLetterQueue', 'Arn'] } });
  });
});

describe('the cache purge', () => {
  it('runs on takedowns, deletions and corrections from the content bus, allowed to invalidate this distribution only', () => {
    const rule = ofType('AWS::Events::Rule').find((r) => r.Properties.EventPattern?.detail)!.Properties;
    const purge = ofType('AWS::Lambda::Function').find((f) => f.Properties.Handler === 'dist/invalidate-cache.handler');
    const statements = resources.IamRoleLambdaExecution!.Properties.Policies[0].PolicyDocument.Statement as {
      Action: string | string[];
      Resource: unknown[];
    }[];
    const invalidate = statements.find((s) =>
      ([] as string[]).concat(s.Action).includes('cloudfront:CreateInvalidation'),
    );

    expect(rule.EventBusName).toEqual({ 'Fn::GetAtt': ['ContentEventBus', 'Name'] });
    expect(rule.EventPattern).toEqual({
      source: ['news.content'],
      detail: { change: ['Corrected', 'Unpublished', 'Deleted'] },
    });
    expect(rule.Targets[0].Arn).toEqual({ 'Fn::GetAtt': ['InvalidateCacheLambdaFunction', 'Arn'] });
    expect(purge?.Properties.Environment.Variables.DISTRIBUTION_ID).toEqual({ Ref: 'Distribution' });
    expect(invalidate?.Resource).toEqual([
      // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's own ${} syntax
      { 'Fn::Sub': 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Distribution}' },
    ]);
  });
});

describe('the bundles', () => {
  // Issue 17's target. The public handler builds only the read repositories and read-only request
  // contexts, so the editors' and the importer's write paths stay out of it (bench/bundle-contents.ts).
  it('keep the GraphQL handler within 750 KB minified, AWS SDK included', async () => {
    const { statSync } = await import('node:fs');

    expect(statSync('dist/graphql.js').size).toBeLessThanOrEqual(750 * 1024);
  });

  it("leave the editors' write paths out of the public handler and keep them in the operator one", () => {
    // A message of the event editor's merge (src/storage/event-editor.ts): minification keeps strings.
    const editorMessage = 'into and from are the same event';

    expect(readFileSync('dist/graphql.js', 'utf8')).not.toContain(editorMessage);
    expect(readFileSync('dist/operator-graphql.js', 'utf8')).toContain(editorMessage);
  });

  it('leave the Secrets Manager client (the operator key) out of the public handler and keep it in the operator one', () => {
    // The command's name is a string the SDK sends as its X-Amz-Target: minification keeps it.
    expect(readFileSync('dist/graphql.js', 'utf8')).not.toContain('GetSecretValue');
    expect(readFileSync('dist/operator-graphql.js', 'utf8')).toContain('GetSecretValue');
  });

  it('answer from the built public handler: { __typename } on /graphql, 404 on any other path', async () => {
    const { handler } = createRequire(import.meta.url)(join(process.cwd(), 'dist/graphql.js')) as {
      handler: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;
    };
    const elsewhere = httpApiEvent('get-query', (event) => {
      event.rawPath = '/graphql-elsewhere';
      event.requestContext.http.path = '/graphql-elsewhere';
    });

    const typename = await handler(postGraphQL({ query: '{ __typename }' }));
    expect([typename.statusCode, typename.body]).toEqual([200, '{"data":{"__typename":"Query"}}']);
    expect((await handler(elsewhere)).statusCode).toBe(404);
  });
});

describe('the prod template', () => {
  it('protects the table, turns developer tools off, imports every 15 minutes and keeps logs 90 days', () => {
    const graphql = Object.values(prod).find((r) => r.Properties.Handler === 'dist/graphql.handler');
    const rule = Object.values(prod).find((r) => r.Type === 'AWS::Events::Rule' && r.Properties.ScheduleExpression);

    expect(prod.ContentTable?.Properties.DeletionProtectionEnabled).toBe(true);
    expect(graphql?.Properties.Environment.Variables).toMatchObject({
      STAGE: 'prod',
      GRAPHIQL: 'false',
      INTROSPECTION: 'false',
      CACHE_MAX_AGE: '300',
    });
    expect(rule?.Properties.ScheduleExpression).toBe('rate(15 minutes)');
    expect(
      Object.values(prod).find((r) => r.Type === 'AWS::ApiGatewayV2::Stage')?.Properties.DefaultRouteSettings,
    ).toEqual({ ThrottlingRateLimit: 2000, ThrottlingBurstLimit: 1000 });
    expect(
      Object.values(prod)
        .filter((r) => r.Type === 'AWS::Logs::LogGroup')
        .map((g) => g.Properties.RetentionInDays),
    ).toEqual([90, 90, 90, 90, 90, 90, 90]);
    const mapping = Object.values(prod).find(
      (r) =>
        r.Type === 'AWS::Lambda::EventSourceMapping' &&
        JSON.stringify(r.Properties.EventSourceArn).includes('"ImportQueue"'),
    );
    expect(mapping?.Properties.ScalingConfig).toEqual({ MaximumConcurrency: 20 });
  });
});
