// A citation being written: either an existing source or a new one to create inline, plus locator, quote, stance.
import { createSource, type CitationInput } from '../../api/queries.ts';
import type { ApiSource, StanceName } from '../../api/types.ts';
import { toFormErrors, type FormErrors } from './form-errors.ts';

export interface SourceDraft {
  kind: string;
  title: string;
  url: string;
  publisher: string;
  author: string;
  publishedAt: string;
}

export interface CitationDraft {
  source: ApiSource | null;
  /** Set while the user fills in a new source inline. */
  newSource: SourceDraft | null;
  locator: string;
  quote: string;
  stance: StanceName;
}

export const EMPTY_SOURCE: SourceDraft = { kind: 'report', title: '', url: '', publisher: '', author: '', publishedAt: '' };
export const EMPTY_CITATION: CitationDraft = { source: null, newSource: null, locator: '', quote: '', stance: 'SUPPORTS' };

export const SOURCE_FIELDS = ['source.kind', 'source.title', 'source.url', 'source.publisher', 'source.author', 'source.publishedAt'];
export const CITATION_FIELDS = ['citation.sourceId', 'citation.locator', 'citation.quote', 'citation.stance'];

const blankToNull = (v: string): string | null => (v.trim() === '' ? null : v.trim());

/**
 * Creates the inline source if there is one. On success the draft should switch to the created source, so a second
 * submit after a later error does not create it twice.
 */
export async function ensureSource(
  draft: CitationDraft,
): Promise<{ ok: true; source: ApiSource | null } | { ok: false; errors: FormErrors }> {
  if (draft.source || !draft.newSource) return { ok: true, source: draft.source };
  const s = draft.newSource;
  try {
    const source = await createSource({
      kind: s.kind,
      title: s.title,
      url: blankToNull(s.url),
      publisher: blankToNull(s.publisher),
      author: blankToNull(s.author),
      publishedAt: blankToNull(s.publishedAt),
      language: null,
    });
    return { ok: true, source };
  } catch (e) {
    return { ok: false, errors: toFormErrors(e, { input: 'source' }, SOURCE_FIELDS) };
  }
}

export function toCitationInput(draft: CitationDraft, sourceId: string): CitationInput {
  return { sourceId, locator: blankToNull(draft.locator), quote: blankToNull(draft.quote), stance: draft.stance };
}

export { blankToNull };
