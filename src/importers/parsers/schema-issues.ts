import type { z } from 'zod';

/** "people.role (item 3)": the field an editor recognises, with the position in a list in words. */
function fieldOf(path: readonly PropertyKey[]): string {
  const names = path.filter((part) => typeof part === 'string').join('.');
  const items = path.filter((part) => typeof part === 'number').map((index) => `item ${index + 1}`);
  return `${names || 'the document'}${items.length ? ` (${items.join(', ')})` : ''}`;
}

/** One schema issue in words, without the validator's own vocabulary. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const field = fieldOf(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `${field} is missing` : `${field} should be ${article(issue.expected)}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `${field} needs at least ${String(issue.minimum)} entr${issue.minimum === 1 ? 'y' : 'ies'}`
        : `${field} is empty`;
    case 'too_big':
      return issue.origin === 'array'
        ? `${field} has more than ${String(issue.maximum)} entries`
        : `${field} is longer than ${String(issue.maximum)} characters`;
    case 'invalid_format':
      return `${field} is not ${issue.format === 'datetime' ? 'a date and time with a zone, such as 2026-11-01T10:00:00Z' : issue.format === 'url' ? 'a web address' : issue.message}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}${issue.path.length ? ` in ${field}` : ''}`;
    case 'invalid_value':
      return `${field} should be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    default:
      return `${field}: ${issue.message}`;
  }
}

const article = (type: string) =>
  ({ string: 'a text', array: 'a list', object: 'an object', number: 'a number' })[type] ?? type;
