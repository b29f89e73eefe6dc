import type { Entity as EntityRecord } from '../../domain/types.ts';

export const Entity = {
  redacted: (entity: EntityRecord) => entity.redacted ?? false,
};
