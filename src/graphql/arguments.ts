import { decodeGlobalID } from '@pothos/plugin-relay';
import { InvalidInputError } from '../domain/errors.js';
import { validateLocales } from '../domain/locale.js';
import type { Context } from './context.js';

/** The locale list a root field serves: its `locale` argument, else the request's Accept-Language. */
export const localesFrom = (locale: readonly string[] | null | undefined, ctx: Context): readonly string[] => (locale ? validateLocales(locale) : ctx.locales);

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
    throw new InvalidInputError(`id: "${globalId.slice(0, 60)}" is not the ID of ${/^[AEIOU]/.test(typename) ? 'an' : 'a'} ${typename}`);
  }
  return decoded.id;
}

/** A filter argument that takes either the global ID or the slug of a person or event. */
export function idOrSlug(typename: string, value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const decoded = tryDecode(value);
  return decoded?.typename === typename && decoded.id ? decoded.id : value;
}

function tryDecode(globalId: string): { typename: string; id: string } | undefined {
  try {
    return decodeGlobalID(globalId);
  } catch {
    return undefined;
  }
}

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A date bound in the form "2019", "2019-04" or "2019-04-25". */
export function partialDateArg(name: string, value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (!PARTIAL_DATE.test(value)) throw new InvalidInputError(`${name}: "${value.slice(0, 30)}" is not a date such as 2019, 2019-04 or 2019-04-25`);
  return value;
}
