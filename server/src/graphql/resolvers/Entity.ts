import type { EntityResolvers } from '../generated/resolvers-types.ts';

export const Entity: EntityResolvers = {
  redacted: (entity) => entity.redacted ?? false,
};
