import { decodeGlobalID } from '@pothos/plugin-relay';
import { LANGUAGE_TAG } from '../domain/locale.js';
import { InvalidInputError } from '../domain/errors.js';
import { validateLocales } from '../domain/locale.js';
import type { Context } from './context.js';

/** The locale list a root field serves: its `locale` argument, else the request's Accept-Language. */
export const localesFrom = (locale: readonly string[] | null | undefined, ctx: Context): readonly string[] =>
  locale ? validateLocales(locale) : ctx.locales;

/** A lookup takes exactly one of its alternative arguments (`field: give exactly one of id, slug or name`). */
export function requireExactlyOne(field: string, given: Record<string, unknown>): void {
  const names = Object.keys(given);
  if (Object.values(given).filter(Boolean).length === 1) return;
  throw new InvalidInputError(`${field}: give exactly one of ${names.slice(0, -1).join(', ')} or ${names.at(-1)}`);
}

/** The domain id inside a Relay global ID, checked to name the expected type. */
export function decodeIdFor(typename: string, globalId: string): string {
  const decoded = tryDecode(globalId);
  if (!decoded || decoded.typename !== typename || !decoded.id) {
    throw new InvalidInputError(
      `id: ${quoted(globalId)} is not the ID of ${/^[AEIOU]/.test(typename) ? 'an' : 'a'} ${typename}`,
    );
  }
  return decoded.id;
}

/** A filter argument that takes either the global ID or the slug of a person or event. */
export function idOrSlug(typename: string, value: string | null | undefined, argument = 'filter'): string | undefined {
  if (!value) return undefined;
  boundedKey(argument, value);
  const decoded = tryDecode(value);
  return decoded?.typename === typename && decoded.id ? decoded.id : value;
}

/** Ids, slugs and names are keys: longer ones are refused before any read (a DynamoDB key holds 2 KB). */
export const MAX_KEY_LENGTH = 300;

export function boundedKey(argument: string, value: string): string {
  if (value.length > MAX_KEY_LENGTH)
    throw new InvalidInputError(`${argument}: at most ${MAX_KEY_LENGTH} characters, got ${value.length}`);
  return value;
}

/** A client's value inside a message: quoted, at most 60 characters, without control characters. */
export function quoted(value: string): string {
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  return `"${clean.length > 60 ? `${clean.slice(0, 60)}…` : clean}"`;
}

/**
 * The relay plugin's global ID decoder for `node`/`nodes`: an ID this API could not have issued (not a
 * global ID, or of a type that is no node) is the client's mistake (BAD_USER_INPUT), not the plugin's
 * uncoded "Invalid global ID" or an unexpected error.
 */
export function decodeNodeId(
  globalId: string,
  isNodeType: (typename: string) => boolean,
): { typename: string; id: string } {
  const decoded = tryDecode(globalId);
  if (!decoded?.id || !isNodeType(decoded.typename))
    throw new InvalidInputError(`id: ${quoted(globalId)} is not the ID of anything this API serves`);
  return decoded;
}

function tryDecode(globalId: string): { typename: string; id: string } | undefined {
  try {
    return decodeGlobalID(globalId);
  } catch {
    return undefined;
  }
}

/** A BCP 47 language tag as a filter ("en", "en-GB", any case). */
export function languageTagArg(name: string, value: string): string {
  if (!LANGUAGE_TAG.test(value))
    throw new InvalidInputError(`${name}: ${quoted(value)} is not a language tag such as "en" or "pt-BR"`);
  return value;
}

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A date bound in the form "2019", "2019-04" or "2019-04-25". */
export function partialDateArg(name: string, value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (!PARTIAL_DATE.test(value))
    throw new InvalidInputError(`${name}: ${quoted(value)} is not a date such as 2019, 2019-04 or 2019-04-25`);
  return value;
}
