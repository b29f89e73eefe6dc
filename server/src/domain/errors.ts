// Domain errors. Each store adapter translates its driver's failures into these; graphql/format-error.ts maps them to
// GraphQL `extensions.code`, so no driver detail ever reaches a client.

export interface FieldIssue {
  /** Path of the offending field, e.g. ['input', 'citations', 0, 'sourceId']. */
  path: (string | number)[];
  message: string;
}

export class DomainError extends Error {
  override name = 'DomainError';
}

export class ValidationError extends DomainError {
  override name = 'ValidationError';
  constructor(
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }
  /** A validation error about a single field. */
  static field(path: (string | number)[], message: string): ValidationError {
    return new ValidationError(`${path.join('.')}: ${message}`, [{ path, message }]);
  }
}

export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
  constructor(
    readonly what: string,
    readonly id: string,
    readonly path: (string | number)[] = [],
  ) {
    super(`${what} not found: ${id}`);
  }
}

export class ConflictError extends DomainError {
  override name = 'ConflictError';
}

/**
 * The store cannot serve the request. `reason` is the cause in words a client may be told (never a path or a host);
 * `remedy` says what an operator can do about it, for the start-up message and the log.
 */
export class StoreUnavailableError extends DomainError {
  override name = 'StoreUnavailableError';
  readonly reason: string | undefined;
  readonly remedy: string | undefined;
  constructor(message: string, options?: ErrorOptions & { reason?: string; remedy?: string }) {
    super(message, options);
    this.reason = options?.reason;
    this.remedy = options?.remedy;
  }
}

/** The store's file or pages are damaged: reads may fail, and writes are refused until it is restored. */
export class StoreDamagedError extends StoreUnavailableError {
  override name = 'StoreDamagedError';
}

/** The viewer lacks a right; `right` names it (see rights.ts). */
export class ForbiddenError extends DomainError {
  override name = 'ForbiddenError';
  constructor(
    readonly right: string,
    message: string,
  ) {
    super(message);
  }
}
