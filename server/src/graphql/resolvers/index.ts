import { Account, accountMutations, accountQueries } from './Account.ts';
import { AnnotationTarget, Confidence, EdgeStatus, EntityKind, Metric, Role, Sensitivity, Stance, type Resolvers } from '../generated/resolvers-types.ts';
import { AuditEvent } from './AuditEvent.ts';
import { CanvasDocument } from './CanvasDocument.ts';
import { Citation } from './Citation.ts';
import { Edge } from './Edge.ts';
import { Entity } from './Entity.ts';
import { MapEntity, MapType, mapMutations, mapQueries } from './Map.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { rankingQueries } from './Ranked.ts';
import { Source } from './Source.ts';
import { Subgraph } from './Subgraph.ts';

// The generated enum maps (PERSON -> 'person') are the enums' internal values: resolvers and the service see the
// domain's lower-case vocabulary, the wire sees GraphQL's upper case.
export const resolvers: Resolvers = {
  Query: { ...Query, ...accountQueries, ...mapQueries, ...rankingQueries },
  Mutation: { ...Mutation, ...accountMutations, ...mapMutations },
  Entity,
  Source,
  Edge,
  Citation,
  Subgraph,
  CanvasDocument,
  AuditEvent,
  Account,
  Map: MapType,
  MapEntity,
  EntityKind,
  Confidence,
  EdgeStatus,
  Stance,
  Sensitivity,
  AnnotationTarget,
  Role,
  Metric,
};
