import { InputRejectedError } from '../raw-input.js';
import { describeJsonError } from './syntax-errors.js';

const MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON.parse with the limits a public import needs: nesting deeper than 64 levels is refused before
 * parsing, and keys that could reach an object's prototype are dropped.
 */
export function parseJson(text: string): unknown {
  if (jsonDepth(text) > MAX_DEPTH) throw new InputRejectedError(`JSON nested deeper than ${MAX_DEPTH} levels`);
  try {
    return JSON.parse(text, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
  } catch (error) {
    throw new InputRejectedError(describeJsonError((error as Error).message, text));
  }
}

function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) max = depth;
      if (max > MAX_DEPTH) return max;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const stringOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;
export const looksLikeJsonObject = (text: string) => /^\s*\{/.test(text);
