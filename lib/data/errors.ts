// Expected failures of the data layer. Actions turn them into ActionState messages.
// "Not found" is used for other users' ids too, so probing ids reveals nothing.
export class NotFoundError extends Error {
  constructor(what = "That item") {
    super(`${what} was not found, or you don't have access to it.`);
    this.name = "NotFoundError";
  }
}

export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConflictError";
  }
}

export class ValidationError extends Error {
  constructor(message: string, readonly field?: string) {
    super(message);
    this.name = "ValidationError";
  }
}

export function isExpected(err: unknown): err is NotFoundError | ConflictError | ValidationError {
  return err instanceof NotFoundError || err instanceof ConflictError || err instanceof ValidationError;
}
