import { UnauthorizedError } from '../domain/errors.js';

/**
 * Who is acting in this request: an operator on the operator API (named by their IAM principal or as
 * the key's "local operator"), or nobody. Mutations ask for the actor first, so none runs without one.
 */
export class OperatorSession {
  constructor(readonly principal: string | undefined) {}

  /** The operator's name for the audit log; UnauthorizedError when the request is not an operator's. */
  actor(): string {
    if (this.principal === undefined)
      throw new UnauthorizedError('operator mutations are for operators: use the operator API with its key or IAM');
    return this.principal;
  }
}
