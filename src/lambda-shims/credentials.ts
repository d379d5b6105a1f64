import { fromEnv } from '@aws-sdk/credential-provider-env';

/**
 * Bundled in place of @aws-sdk/credential-provider-node in Lambda bundles (scripts/esbuild-options.ts):
 * Lambda always hands credentials over in the environment, so the SSO, STS, INI and process providers
 * (about 90 KB minified) are dead weight on every cold start. Local runs from source keep the full chain.
 */
export const defaultProvider = (_init?: unknown) => fromEnv();
