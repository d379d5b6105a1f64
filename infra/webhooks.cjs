// Webhooks per stage, included by serverless.yml (resources): for each entry of infra/webhooks.json under
// the stage being deployed, an EventBridge connection, API destination and rule on the content bus.
// None by default. WEBHOOKS_FILE names another file (tests/infra/ packages a stage with one).
const { readFileSync, existsSync } = require('node:fs');
const { resolve } = require('node:path');

module.exports = async ({ resolveVariable }) => {
  const stage = await resolveVariable('sls:stage');
  const file = resolve(__dirname, '..', process.env.WEBHOOKS_FILE || 'infra/webhooks.json');
  const config = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const hooks = config[stage] || [];
  if (!hooks.length) return {};
  const Resources = {
    // Events EventBridge could not deliver after its retries (24 h), with the error, for 14 days.
    WebhookDeadLetterQueue: {
      Type: 'AWS::SQS::Queue',
      Properties: { MessageRetentionPeriod: 1209600, SqsManagedSseEnabled: true },
    },
    WebhookDeadLetterQueuePolicy: {
      Type: 'AWS::SQS::QueuePolicy',
      Properties: {
        Queues: [{ Ref: 'WebhookDeadLetterQueue' }],
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'events.amazonaws.com' },
              Action: 'sqs:SendMessage',
              Resource: { 'Fn::GetAtt': ['WebhookDeadLetterQueue', 'Arn'] },
            },
          ],
        },
      },
    },
    WebhookInvokeRole: {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        },
        Policies: [
          {
            PolicyName: 'invoke-webhooks',
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Allow',
                  Action: 'events:InvokeApiDestination',
                  Resource: hooks.map((hook) => ({ 'Fn::GetAtt': [`${logicalName(hook)}Destination`, 'Arn'] })),
                },
              ],
            },
          },
        ],
      },
    },
  };
  for (const hook of hooks) Object.assign(Resources, webhookResources(hook));
  return { Resources };
};

function logicalName(hook) {
  if (!/^[a-z][a-z0-9-]{0,40}$/.test(hook.name || ''))
    throw new Error(`webhook name "${hook.name}" must be lower-case letters, digits and dashes`);
  return `Webhook${hook.name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase())}`;
}

function webhookResources(hook) {
  const name = logicalName(hook);
  if (!/^https:\/\//.test(hook.url || '')) throw new Error(`webhook ${hook.name}: url must be https`);
  if (!hook.apiKeySecret) throw new Error(`webhook ${hook.name}: apiKeySecret must name a Secrets Manager secret`);
  return {
    [`${name}Connection`]: {
      Type: 'AWS::Events::Connection',
      Properties: {
        Description: `news.content webhook ${hook.name}`,
        AuthorizationType: 'API_KEY',
        AuthParameters: {
          ApiKeyAuthParameters: {
            ApiKeyName: hook.apiKeyHeader || 'x-api-key',
            // Resolved by CloudFormation at deploy: the key never appears in the template.
            ApiKeyValue: `{{resolve:secretsmanager:${hook.apiKeySecret}}}`,
          },
        },
      },
    },
    [`${name}Destination`]: {
      Type: 'AWS::Events::ApiDestination',
      Properties: {
        ConnectionArn: { 'Fn::GetAtt': [`${name}Connection`, 'Arn'] },
        InvocationEndpoint: hook.url,
        HttpMethod: 'POST',
        InvocationRateLimitPerSecond: hook.invocationsPerSecond || 10,
      },
    },
    [`${name}Rule`]: {
      Type: 'AWS::Events::Rule',
      Properties: {
        Description: `news.content events to ${hook.name}`,
        EventBusName: { Ref: 'ContentEventBus' },
        EventPattern: {
          source: ['news.content'],
          ...(hook.detailTypes ? { 'detail-type': hook.detailTypes } : {}),
        },
        State: 'ENABLED',
        Targets: [
          {
            Id: hook.name,
            Arn: { 'Fn::GetAtt': [`${name}Destination`, 'Arn'] },
            RoleArn: { 'Fn::GetAtt': ['WebhookInvokeRole', 'Arn'] },
            RetryPolicy: { MaximumEventAgeInSeconds: 86400, MaximumRetryAttempts: 185 },
            DeadLetterConfig: { Arn: { 'Fn::GetAtt': ['WebhookDeadLetterQueue', 'Arn'] } },
          },
        ],
      },
    },
  };
}
