// Maps the server's field paths onto a form's own field names so each message shows next to the field it names.
import { GraphQLRequestError } from '../../api/graphql-client.ts';

export interface FormErrors {
  fields: Record<string, string[]>;
  /** Messages that name no field of this form (or no field at all). */
  general: string[];
}

export const NO_ERRORS: FormErrors = { fields: {}, general: [] };

/**
 * `prefixes` maps a server path prefix to a form key prefix, longest first wins: with `{ 'input.citations.0': 'citation',
 * input: '' }`, `input.citations.0.locator` becomes `citation.locator` and `input.validTo` becomes `validTo`.
 */
export function toFormErrors(error: unknown, prefixes: Record<string, string>, knownFields: readonly string[]): FormErrors {
  if (!(error instanceof GraphQLRequestError)) {
    return { fields: {}, general: [error instanceof Error ? error.message : String(error)] };
  }
  const ordered = Object.keys(prefixes).sort((a, b) => b.length - a.length);
  const fields: Record<string, string[]> = {};
  const general: string[] = [];
  for (const issue of error.fields) {
    const renamed = rename(issue.path, ordered, prefixes);
    const key = renamed === null ? null : owningField(renamed, knownFields);
    if (key !== null) (fields[key] ??= []).push(issue.message);
    else general.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
  }
  if (error.fields.length === 0) general.push(error.message);
  return { fields, general };
}

/** The known field a key belongs to: itself, or the longest known field it lies under (`aliases.2.value` -> `aliases`). */
function owningField(key: string, knownFields: readonly string[]): string | null {
  let best: string | null = null;
  for (const f of knownFields) {
    if ((key === f || key.startsWith(`${f}.`)) && (best === null || f.length > best.length)) best = f;
  }
  return best;
}

function rename(path: string, ordered: string[], prefixes: Record<string, string>): string | null {
  for (const prefix of ordered) {
    if (path === prefix) return prefixes[prefix] || null;
    if (path.startsWith(`${prefix}.`)) {
      const rest = path.slice(prefix.length + 1);
      const target = prefixes[prefix];
      return target ? `${target}.${rest}` : rest;
    }
  }
  return null;
}
