import { Account, accountMutations, accountQueries } from './Account.ts';
import { AuditEvent } from './AuditEvent.ts';
import { Citation } from './Citation.ts';
import { Edge } from './Edge.ts';
import { Entity } from './Entity.ts';
import { enumResolvers } from './enums.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Source } from './Source.ts';

export const resolvers = {
  Query: { ...Query, ...accountQueries },
  Mutation: { ...Mutation, ...accountMutations },
  Entity,
  Source,
  Edge,
  Citation,
  AuditEvent,
  Account,
  ...enumResolvers,
};
