import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { OperatorKeyProvider } from './operator-auth.js';

/**
 * The operator API key: given directly (local, tests) or read once from Secrets Manager on the first
 * operator request of a cold start (deployed stages), never from a plain environment value there.
 */
export function operatorKeyProvider(settings: {
  operatorApiKey: string | undefined;
  operatorApiKeySecretArn: string | undefined;
  region: string;
}): OperatorKeyProvider {
  if (settings.operatorApiKey) return async () => settings.operatorApiKey;
  const arn = settings.operatorApiKeySecretArn;
  if (!arn) return async () => undefined;
  let pending: Promise<string | undefined> | undefined;
  return () => {
    pending ??= new SecretsManagerClient({ region: settings.region })
      .send(new GetSecretValueCommand({ SecretId: arn }))
      .then((secret) => secret.SecretString)
      .catch((error: unknown) => {
        pending = undefined; // try again on the next request
        throw error;
      });
    return pending;
  };
}
