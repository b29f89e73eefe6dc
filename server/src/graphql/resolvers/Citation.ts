import type { Citation as CitationRecord } from '../../domain/types.ts';
import type { Context } from '../context.ts';

export const Citation = {
  source: (citation: CitationRecord, _: unknown, { loaders }: Context) => loaders.source.load(citation.sourceId),
  retracted: (citation: CitationRecord) => Boolean(citation.retraction),
  retractedReason: (citation: CitationRecord) => citation.retraction?.reason ?? null,
  retractedAt: (citation: CitationRecord) => citation.retraction?.at ?? null,
  retractedBy: (citation: CitationRecord) => citation.retraction?.by ?? null,
};
