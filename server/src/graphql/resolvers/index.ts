import { AuditEvent } from './AuditEvent.ts';
import { Citation } from './Citation.ts';
import { Edge } from './Edge.ts';
import { Entity } from './Entity.ts';
import { enumResolvers } from './enums.ts';
import { AnnotationTarget, MapEntity, MapType, mapMutations, mapQueries } from './Map.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Metric, rankingQueries } from './Ranked.ts';
import { Source } from './Source.ts';

export const resolvers = {
  Query: { ...Query, ...mapQueries, ...rankingQueries },
  Mutation: { ...Mutation, ...mapMutations },
  Entity,
  Source,
  Edge,
  Citation,
  AuditEvent,
  Map: MapType,
  MapEntity,
  AnnotationTarget,
  ...enumResolvers,
  Metric,
};
