import { build } from 'esbuild';
import { LAMBDA_BUNDLE } from '../scripts/esbuild-options.js';

/**
 * What a Lambda bundle is made of, from esbuild's metafile: bytes per package (and per file of our
 * own code), largest first, to find what a handler carries but does not need.
 *   npx tsx bench/bundle-contents.ts [entry, default src/handlers/graphql.ts] [--files]
 */
const args = process.argv.slice(2);
const entry = args.find((a) => !a.startsWith('--')) ?? 'src/handlers/graphql.ts';
const result = await build({ ...LAMBDA_BUNDLE, entryPoints: [entry], metafile: true, write: false, outdir: 'out' });
const output = Object.values(result.metafile.outputs)[0];
if (!output) throw new Error(`no output for ${entry}`);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(10);
const groups = new Map<string, number>();
const files: [string, number][] = [];
for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
  if (bytesInOutput === 0) continue;
  files.push([file, bytesInOutput]);
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1];
  const group = pkg ?? file.split('/').slice(0, 2).join('/');
  groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
}
const largestFirst = (rows: Iterable<[string, number]>) => [...rows].sort((a, b) => b[1] - a[1]);

console.log(`${entry}: ${kb(output.bytes)} minified`);
for (const [group, bytes] of largestFirst(groups)) console.log(`${kb(bytes)}  ${group}`);
if (args.includes('--files'))
  for (const [file, bytes] of largestFirst(files.filter(([f]) => !f.includes('node_modules'))))
    console.log(`${kb(bytes)}  ${file}`);
