// The one place domain errors become GraphQL error codes. GraphQL's own parse, validation and coercion errors keep
// their codes; anything unexpected is logged here and reaches the client only as "Internal server error", so no
// stack trace, SQL or Cypher ever leaves the server.
import type { GraphQLFormattedError } from 'graphql';
import { ConflictError, ForbiddenError, NotFoundError, StoreUnavailableError, ValidationError, type FieldIssue } from '../domain/errors.ts';
import { OperationCostError } from '../domain/operation-cost.ts';
import type { Logger } from '../app/logger.ts';

export const ERROR_CODES = {
  badUserInput: 'BAD_USER_INPUT',
  notFound: 'NOT_FOUND',
  conflict: 'CONFLICT',
  forbidden: 'FORBIDDEN',
  unavailable: 'SERVICE_UNAVAILABLE',
  internal: 'INTERNAL_SERVER_ERROR',
} as const;

const fieldOf = (path: FieldIssue['path']) => path.join('.');

function withExtensions(formatted: GraphQLFormattedError, message: string, extensions: Record<string, unknown>): GraphQLFormattedError {
  const { locations, path } = formatted;
  return { message, ...(locations && { locations }), ...(path && { path }), extensions };
}

// Read structurally rather than by `instanceof GraphQLError`, which fails when two copies of graphql are loaded; a
// GraphQLError from the other copy arrives wrapped once more, so the chain is followed to its first cause.
function originalOf(error: unknown): unknown {
  let current = error;
  for (let i = 0; i < 5; i++) {
    const next = (current as { originalError?: unknown } | null)?.originalError;
    if (!next) break;
    current = next;
  }
  return current;
}

export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = originalOf(error);

    if (original instanceof ValidationError) {
      const issues = original.issues.map((i) => ({ path: fieldOf(i.path), message: i.message }));
      return withExtensions(formatted, original.message, {
        code: ERROR_CODES.badUserInput,
        ...(issues[0] && { field: issues[0].path }),
        issues,
        ...(original instanceof OperationCostError && { cost: original.cost, budget: original.budget }),
      });
    }
    if (original instanceof NotFoundError) {
      return withExtensions(formatted, original.message, {
        code: ERROR_CODES.notFound,
        ...(original.path.length > 0 && { field: fieldOf(original.path) }),
        id: original.id,
      });
    }
    if (original instanceof ForbiddenError) {
      return withExtensions(formatted, original.message, { code: ERROR_CODES.forbidden, right: original.right });
    }
    if (original instanceof ConflictError) {
      return withExtensions(formatted, original.message, { code: ERROR_CODES.conflict });
    }
    if (original instanceof StoreUnavailableError) {
      const cause = original.cause instanceof Error ? ` (${(original.cause as { code?: string }).code ?? original.cause.name}: ${original.cause.message})` : '';
      logger.error(`Store unavailable: ${original.message}${cause}${original.remedy ? `; ${original.remedy}` : ''}`);
      const message = original.reason ? `The graph store is unavailable: ${original.reason}` : 'The graph store is unavailable; try again shortly';
      return withExtensions(formatted, message, { code: ERROR_CODES.unavailable });
    }

    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== ERROR_CODES.internal) {
      return withExtensions(formatted, formatted.message, { ...formatted.extensions, code });
    }
    const detail = original instanceof Error ? (original.stack ?? original.message) : String(original);
    logger.error(`Unexpected error at ${formatted.path?.join('.') ?? '(request)'}: ${detail}`);
    return withExtensions(formatted, 'Internal server error', { code: ERROR_CODES.internal });
  };
}
