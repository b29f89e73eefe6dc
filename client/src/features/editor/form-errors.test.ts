import { describe, expect, it } from 'vitest';
import { toRequestError } from '../../api/graphql-client.ts';
import { toFormErrors } from './form-errors.ts';

describe('toFormErrors', () => {
  const error = toRequestError([
    {
      message: 'Invalid input',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'input.validTo',
        issues: [
          { path: 'input.validTo', message: 'must be a date' },
          { path: ['input', 'citations', 0, 'locator'], message: 'too long' },
          { path: 'input.citations', message: 'needs at least one citation' },
          { path: 'input.aliases.2.value', message: 'must not be empty' },
          { path: 'other', message: 'something else' },
        ],
      },
    },
  ]);

  it('puts each message under the form field its path names', () => {
    const f = toFormErrors(error, { 'input.citations.0': 'citation', input: '' }, ['validTo', 'citations', 'citation.locator', 'aliases']);
    expect(f.fields).toEqual({
      validTo: ['must be a date'],
      'citation.locator': ['too long'],
      citations: ['needs at least one citation'],
      aliases: ['must not be empty'],
    });
    expect(f.general).toEqual(['other: something else']);
  });

  it('uses extensions.field when there are no issues', () => {
    const e = toRequestError([{ message: 'a relationship needs at least one citation', extensions: { field: 'input.citations' } }]);
    expect(toFormErrors(e, { input: '' }, ['citations']).fields).toEqual({ citations: ['a relationship needs at least one citation'] });
  });

  it('reports a non-GraphQL failure as a general message', () => {
    expect(toFormErrors(new Error('offline'), {}, [])).toEqual({ fields: {}, general: ['offline'] });
  });
});
