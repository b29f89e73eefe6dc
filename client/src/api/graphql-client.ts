// A tiny GraphQL-over-fetch client for the app's own /graphql endpoint. Errors keep the server's field paths so a
// form can show each message next to the field it names.
import type { TypedDocumentString } from './generated/graphql.ts';
import { audienceHeaders, reportUnauthenticated } from './session.ts';

export interface FieldError {
  /** Dotted path as the server names it, e.g. `input.citations.0.sourceId`. */
  path: string;
  message: string;
}

export class GraphQLRequestError extends Error {
  override name = 'GraphQLRequestError';
  constructor(
    message: string,
    readonly code: string | null,
    readonly fields: FieldError[],
  ) {
    super(message);
  }
}

interface RawError {
  message: string;
  path?: unknown;
  extensions?: { code?: string; field?: unknown; issues?: { path?: unknown; message?: string }[] };
}

function dotted(path: unknown): string {
  if (Array.isArray(path)) return path.map(String).join('.');
  return typeof path === 'string' ? path : '';
}

/** Flattens a GraphQL error list into one error carrying every field issue. */
export function toRequestError(errors: RawError[]): GraphQLRequestError {
  const fields: FieldError[] = [];
  for (const err of errors) {
    const issues = err.extensions?.issues ?? [];
    for (const issue of issues) fields.push({ path: dotted(issue.path), message: issue.message ?? err.message });
    if (issues.length === 0 && err.extensions?.field !== undefined) {
      fields.push({ path: dotted(err.extensions.field), message: err.message });
    }
  }
  const first = errors[0];
  return new GraphQLRequestError(errors.map((e) => e.message).join('; '), first?.extensions?.code ?? null, fields);
}

/** Where the client sends its operations: its own server's endpoint (tests point it at a started server). */
export const endpoint = { url: '/graphql' };

/**
 * Sends one typed document (generated from the SDL by `npm run codegen`) and returns its typed data. `headers` adds
 * request headers, e.g. `X-Actornet-Audience: public` to read as a viewer without restricted access.
 */
export function request<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables, headers: Record<string, string> = {}): Promise<TResult> {
  return requestText<TResult>(document.toString(), variables as Record<string, unknown>, headers);
}

/** Sends a document's text; every caller passes a generated document through `request`. */
async function requestText<T>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(endpoint.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...audienceHeaders(), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  if (res.status === 401) reportUnauthenticated();
  let body: { data?: T | null; errors?: RawError[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new GraphQLRequestError(`The server answered ${res.status} without a GraphQL response`, null, []);
  }
  if (body.errors && body.errors.length > 0) throw toRequestError(body.errors);
  if (!body.data) throw new GraphQLRequestError(`The server answered ${res.status} with no data`, null, []);
  return body.data;
}
