import type { CitationResolvers } from '../generated/resolvers-types.ts';
import { required } from './required.ts';

export const Citation: CitationResolvers = {
  source: async (citation, _, { loaders }) => required(await loaders.source.load(citation.sourceId), 'source', citation.sourceId),
};
