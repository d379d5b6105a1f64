import { readFileSync } from 'node:fs';
import type { RawInput } from '../../src/importers/raw-input.js';

/** A fixture file as raw input, named by its path under tests/fixtures. */
export function fixtureInput(path: string): RawInput {
  return { name: `tests/fixtures/${path}`, bytes: readFileSync(new URL(`../fixtures/${path}`, import.meta.url)) };
}

export const textInput = (name: string, text: string): RawInput => ({ name, bytes: new TextEncoder().encode(text) });
