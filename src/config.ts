import { templatesProblem, type WebUrlTemplates } from './domain/web-url.js';

/** Typed configuration, read from the environment once. Fails fast with a message naming the variable. */
export interface Config {
  tableName: string;
  region: string;
  /** Set to use a DynamoDB other than AWS's regional endpoint (DynamoDB Local, a tunnel). */
  dynamodbEndpoint: string | undefined;
  graphiql: boolean;
  /** Schema introspection (and "Did you mean" suggestions); off on prod unless INTROSPECTION=true. */
  introspection: boolean;
  /** prod hides limits and computed costs in error messages. */
  production: boolean;
  /** Cache-Control for successful public GET queries (seconds). */
  cacheMaxAge: number;
  cacheStaleWhileRevalidate: number;
  /** Origins allowed by CORS; empty sends no CORS headers (same-origin and server-side clients only). */
  corsOrigins: string[];
  /** The operator API key itself (local and tests) … */
  operatorApiKey: string | undefined;
  /** … or the Secrets Manager secret holding it (deployed stages). */
  operatorApiKeySecretArn: string | undefined;
  /** A trusted-documents manifest ({ "<sha256>": "<query>" }): when set, only those documents run. */
  trustedDocumentsFile: string | undefined;
  /** Article.webUrl templates per language (WEB_URL_TEMPLATES, JSON); empty: webUrl is null. */
  webUrlTemplates: WebUrlTemplates;
  logLevel: string;
  /** True inside AWS Lambda, where logs must stay JSON. */
  inLambda: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const LOG_LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT'];

function readBoolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

/** Logging settings alone, for the logger, which loads before the rest of the configuration is final. */
export function readLogSettings(env: NodeJS.ProcessEnv = process.env): Pick<Config, 'logLevel' | 'inLambda'> {
  const logLevel = (env.LOG_LEVEL ?? 'INFO').toUpperCase();
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  }
  return { logLevel, inLambda: Boolean(env.AWS_LAMBDA_FUNCTION_NAME) };
}

function readSeconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,6}$/.test(raw)) throw new ConfigError(`${name} must be a number of seconds, got "${raw}"`);
  return Number(raw);
}

function readWebUrlTemplates(env: NodeJS.ProcessEnv): WebUrlTemplates {
  const raw = env.WEB_URL_TEMPLATES;
  if (raw === undefined || raw.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError('WEB_URL_TEMPLATES must be JSON such as {"en":"https://example.com/{slug}"}');
  }
  const problem = templatesProblem(parsed);
  if (problem) throw new ConfigError(`WEB_URL_TEMPLATES ${problem}`);
  return parsed as WebUrlTemplates;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const { logLevel, inLambda } = readLogSettings(env);
  const tableName = env.TABLE_NAME ?? (inLambda ? undefined : 'news-content');
  if (!tableName) throw new ConfigError('TABLE_NAME is not set: name the DynamoDB table to serve');
  const endpoint = env.DYNAMODB_ENDPOINT || undefined;
  if (endpoint && !/^https?:\/\/[^\s]+$/.test(endpoint)) {
    throw new ConfigError(`DYNAMODB_ENDPOINT must be an http(s) URL, got "${endpoint}"`);
  }
  const production = env.STAGE === 'prod';
  const operatorApiKey = env.OPERATOR_API_KEY || undefined;
  if (operatorApiKey !== undefined && operatorApiKey.length < 16)
    throw new ConfigError('OPERATOR_API_KEY must be at least 16 characters');
  return {
    tableName,
    region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
    dynamodbEndpoint: endpoint,
    graphiql: readBoolean(env, 'GRAPHIQL', !production),
    introspection: readBoolean(env, 'INTROSPECTION', !production),
    production,
    cacheMaxAge: readSeconds(env, 'CACHE_MAX_AGE', 60),
    cacheStaleWhileRevalidate: readSeconds(env, 'CACHE_STALE_WHILE_REVALIDATE', 300),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    operatorApiKey,
    operatorApiKeySecretArn: env.OPERATOR_API_KEY_SECRET_ARN || undefined,
    trustedDocumentsFile: env.TRUSTED_DOCUMENTS_FILE || undefined,
    webUrlTemplates: readWebUrlTemplates(env),
    logLevel,
    inLambda,
  };
}

let cached: Config | undefined;

/** The process's configuration, read on first use. */
export function config(): Config {
  cached ??= readConfig();
  return cached;
}
