import { WriteRejectedError } from '../domain/errors.js';
import { InputRejectedError } from './raw-input.js';
import { cleanReason } from './reasons.js';

/** A rejection the document itself causes: retrying it cannot help. */
export const isDocumentFault = (error: unknown): boolean =>
  error instanceof InputRejectedError || error instanceof WriteRejectedError;

/** Known rejections keep their message; anything else is a bug or an outage and says so. */
export function reasonOf(error: unknown): string {
  if (isDocumentFault(error)) return cleanReason((error as Error).message);
  return cleanReason(`unexpected ${(error as Error).name ?? 'error'}: ${(error as Error).message ?? String(error)}`);
}
