import type { Citation as CitationRecord } from '../../domain/types.ts';
import type { Context } from '../context.ts';

export const Citation = {
  source: (citation: CitationRecord, _: unknown, { loaders }: Context) => loaders.source.load(citation.sourceId),
};
