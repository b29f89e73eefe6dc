// Turns zod failures into a ValidationError that names each offending field, rooted where the caller says
// (e.g. ['input'] for a GraphQL argument), so the API can point at `input.citations`.
import type { z } from 'zod';
import { ValidationError } from './errors.ts';

export function parseInput<S extends z.ZodType>(schema: S, value: unknown, root: (string | number)[] = []): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: [...root, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    message: issue.message,
  }));
  const summary = issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ');
  throw new ValidationError(`Invalid input: ${summary}`, issues);
}

/** A whole number from `min` to `max`, or bad input naming `field`: the one integer guard of every query bound. */
export function boundedInteger(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw ValidationError.field([field], `must be an integer from ${min} to ${max}`);
  }
  return value;
}
