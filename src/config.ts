/** Typed configuration, read from the environment once. Fails fast with a message naming the variable. */
export interface Config {
  tableName: string;
  region: string;
  /** Set to use a DynamoDB other than AWS's regional endpoint (DynamoDB Local, a tunnel). */
  dynamodbEndpoint: string | undefined;
  graphiql: boolean;
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

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const { logLevel, inLambda } = readLogSettings(env);
  const tableName = env.TABLE_NAME ?? (inLambda ? undefined : 'news-content');
  if (!tableName) throw new ConfigError('TABLE_NAME is not set: name the DynamoDB table to serve');
  const endpoint = env.DYNAMODB_ENDPOINT || undefined;
  if (endpoint && !/^https?:\/\/[^\s]+$/.test(endpoint)) {
    throw new ConfigError(`DYNAMODB_ENDPOINT must be an http(s) URL, got "${endpoint}"`);
  }
  return {
    tableName,
    region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
    dynamodbEndpoint: endpoint,
    graphiql: readBoolean(env, 'GRAPHIQL', true),
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
