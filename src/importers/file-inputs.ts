import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RawInput } from './raw-input.js';

/** Every file under the given files and folders (recursively, hidden files skipped), in name order. */
export function listFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    const stat = statSync(path);
    if (!stat.isDirectory()) return [path];
    return readdirSync(path)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .flatMap((name) => listFiles([join(path, name)]));
  });
}

export function* readFiles(files: readonly string[]): Generator<RawInput> {
  for (const name of files) yield { name, bytes: readFileSync(name) };
}
