import type { CitationResolvers } from '../generated/resolvers-types.ts';
import { required } from './required.ts';

export const Citation: CitationResolvers = {
  source: (citation, _, { loaders }) =>
    loaders.primed.sources.get(citation.sourceId) ?? loaders.source.load(citation.sourceId).then((s) => required(s, 'source', citation.sourceId)),
  retracted: (citation) => Boolean(citation.retraction),
  retractedReason: (citation) => citation.retraction?.reason ?? null,
  retractedAt: (citation) => citation.retraction?.at ?? null,
  retractedBy: (citation) => citation.retraction?.by ?? null,
};
