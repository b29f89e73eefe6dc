// The error mapping on its own: domain errors get their codes, and anything unexpected is logged but masked.
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, StoreUnavailableError, ValidationError } from '../../server/src/domain/errors.ts';
import { createFormatError } from '../../server/src/graphql/format-error.ts';

function capture() {
  const lines: string[] = [];
  const logger = { debug: () => {}, info: () => {}, warn: () => {}, error: (m: string) => void lines.push(m) };
  return { lines, format: createFormatError(logger) };
}

// How Apollo hands a resolver's error to formatError: wrapped in a GraphQLError with the original attached.
function fromResolver(original: Error) {
  const wrapped = new GraphQLError(original.message, { path: ['addEdge'], originalError: original });
  return { formatted: { message: original.message, path: ['addEdge'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['x'] } }, wrapped };
}

describe('formatError', () => {
  it('maps a validation error to BAD_USER_INPUT with the field and every issue', () => {
    const { format } = capture();
    const error = new ValidationError('Invalid input', [
      { path: ['input', 'citations'], message: 'a relationship needs at least one citation' },
      { path: ['input', 'type'], message: 'is not a known relationship type' },
    ]);
    const { formatted, wrapped } = fromResolver(error);
    expect(format(formatted, wrapped)).toEqual({
      message: 'Invalid input',
      path: ['addEdge'],
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'input.citations',
        issues: [
          { path: 'input.citations', message: 'a relationship needs at least one citation' },
          { path: 'input.type', message: 'is not a known relationship type' },
        ],
      },
    });
  });

  it('maps not found, conflict and unavailable errors', () => {
    const { format } = capture();
    const code = (error: Error) => {
      const { formatted, wrapped } = fromResolver(error);
      return format(formatted, wrapped).extensions;
    };
    expect(code(new NotFoundError('Relationship', 'e1', ['id']))).toEqual({ code: 'NOT_FOUND', field: 'id', id: 'e1' });
    expect(code(new ConflictError('already retracted'))).toEqual({ code: 'CONFLICT' });
    expect(code(new StoreUnavailableError('connection refused at 10.0.0.5'))).toEqual({ code: 'SERVICE_UNAVAILABLE' });
  });

  it('masks anything unexpected and logs it on the server', () => {
    const { format, lines } = capture();
    const { formatted, wrapped } = fromResolver(new Error('SqliteError: no such column: secret in SELECT * FROM entities'));
    const result = format(formatted, wrapped);
    expect(result).toEqual({ message: 'Internal server error', path: ['addEdge'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(lines.join('\n')).toContain('no such column: secret');
  });

  it('keeps the codes of GraphQL parse and validation errors', () => {
    const { format } = capture();
    const formatted = { message: 'Syntax Error: Expected Name, found <EOF>.', extensions: { code: 'GRAPHQL_PARSE_FAILED' } };
    expect(format(formatted, new GraphQLError(formatted.message))).toEqual(formatted);
  });
});
