// Translates better-sqlite3 failures into domain errors so no driver detail reaches a caller.
import { ConflictError, DomainError, StoreUnavailableError, ValidationError } from '../../domain/errors.ts';

interface DriverError extends Error {
  code?: string;
}

export function toDomainError(error: unknown): Error {
  if (error instanceof DomainError) return error;
  const code = (error as DriverError | null)?.code ?? '';
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new ConflictError('A record with this id already exists', { cause: error });
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new ValidationError('A referenced record does not exist', [{ path: ['input'], message: 'refers to a record that does not exist' }]);
  }
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    return new ValidationError('The input breaks a rule of the graph', [{ path: ['input'], message: 'breaks a rule of the graph' }]);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StoreUnavailableError('The graph database is busy; try again', { cause: error });
  }
  if (code.startsWith('SQLITE_') || (error instanceof TypeError && /database connection is not open/.test(error.message))) {
    return new StoreUnavailableError('The graph database is not available', { cause: error });
  }
  // Anything else is a fault in the store itself, not the driver: let it surface as it is.
  return error instanceof Error ? error : new Error(String(error));
}
