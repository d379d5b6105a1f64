import { spawnSync } from 'node:child_process';

/**
 * `npm run package [stage] [outDir]`: osls writes the CloudFormation template and zips (default
 * .serverless/) without touching AWS. Dummy credentials satisfy the framework; nothing is sent.
 */
const [stage = 'dev', outDir] = process.argv.slice(2);
const env = {
  ...process.env,
  AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? 'AKIAOFFLINEPACKAGE00',
  AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? 'offline-package-only',
  SLS_TELEMETRY_DISABLED: '1',
  SLS_NOTIFICATIONS_MODE: 'off',
};
const args = ['osls', 'package', '--stage', stage, ...(outDir ? ['--package', outDir] : [])];
const result = spawnSync('npx', args, { stdio: 'inherit', env });
process.exit(result.status ?? 1);
