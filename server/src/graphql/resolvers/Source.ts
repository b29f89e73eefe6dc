import type { SourceResolvers } from '../generated/resolvers-types.ts';

export const Source: SourceResolvers = {
  partOf: (source, _, { loaders }) => (source.partOf ? loaders.source.load(source.partOf) : null),
  redacted: (source) => source.redacted ?? false,
};
