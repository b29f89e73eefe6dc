// The field path of the ValidationError a call throws; fails the test when it throws nothing or something else.
import { expect } from 'vitest';
import { ValidationError } from '../../../server/src/domain/errors.ts';

export function issuePath(run: () => unknown): (string | number)[] | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues[0]?.path;
  }
  throw new Error('expected a ValidationError');
}
