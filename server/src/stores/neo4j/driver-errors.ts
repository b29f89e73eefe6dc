// Translates neo4j-driver failures into domain errors so no driver detail reaches a caller.
import { Neo4jError, error as driverErrorCodes } from 'neo4j-driver';
import { ConflictError, DomainError, StoreUnavailableError, ValidationError } from '../../domain/errors.ts';

const UNAVAILABLE = new Set<string>([driverErrorCodes.SERVICE_UNAVAILABLE, driverErrorCodes.SESSION_EXPIRED]);

export function toDomainError(error: unknown): Error {
  if (error instanceof DomainError) return error;
  // Anything the driver did not raise is a fault in the store or the walk it ran: let it surface as it is.
  if (!(error instanceof Neo4jError)) return error instanceof Error ? error : new Error(String(error));
  const code = error.code;
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConflictError('A record with this id already exists', { cause: error });
  }
  if (UNAVAILABLE.has(code)) return new StoreUnavailableError(`The graph database is not reachable: ${error.message}`, { cause: error });
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new StoreUnavailableError('Neo4j refused the credentials or the access (check NEO4J_USER and NEO4J_PASSWORD)', { cause: error });
  }
  if (code.startsWith('Neo.TransientError.') || error.retryable) {
    return new StoreUnavailableError('The graph database is busy; try again', { cause: error });
  }
  if (code === 'Neo.ClientError.Statement.ArgumentError' || code === 'Neo.ClientError.Statement.TypeError') {
    return new ValidationError('The input breaks a rule of the graph', [{ path: ['input'], message: 'breaks a rule of the graph' }]);
  }
  return new StoreUnavailableError('The graph database failed', { cause: error });
}
