import { Account, accountMutations, accountQueries } from './Account.ts';
import { AuditEvent } from './AuditEvent.ts';
import { Citation } from './Citation.ts';
import { Edge } from './Edge.ts';
import { Entity } from './Entity.ts';
import { enumResolvers } from './enums.ts';
import { AnnotationTarget, MapEntity, MapType, mapMutations, mapQueries } from './Map.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Source } from './Source.ts';

export const resolvers = {
  Query: { ...Query, ...accountQueries, ...mapQueries },
  Mutation: { ...Mutation, ...accountMutations, ...mapMutations },
  Entity,
  Source,
  Edge,
  Citation,
  AuditEvent,
  Account,
  Map: MapType,
  MapEntity,
  AnnotationTarget,
  ...enumResolvers,
};
