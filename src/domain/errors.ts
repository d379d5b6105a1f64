/** Failures the API reports to clients by name; anything else is unexpected and stays masked. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** The caller asked for something malformed or out of range; the message says what and where. */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
}

/** A write that cannot be made as asked (too large, a conflict, a missing reference); nothing was written. */
export class WriteRejectedError extends Error {
  override name = 'WriteRejectedError';
}

/** An operator-only operation without operator credentials. */
export class UnauthorizedError extends Error {
  override name = 'UnauthorizedError';
}
