import type { Source as SourceRecord } from '../../domain/types.ts';
import type { Context } from '../context.ts';

export const Source = {
  partOf: (source: SourceRecord, _: unknown, { loaders }: Context) => (source.partOf ? loaders.source.load(source.partOf) : null),
  redacted: (source: SourceRecord) => source.redacted ?? false,
};
