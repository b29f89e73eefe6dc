// GraphQL enums are upper case (PERSON); the domain speaks lower case ('person'). These maps make the schema hand
// resolvers and the service the domain values; the schema build fails if the SDL and the vocabulary drift apart.
import { ROLES } from '../../domain/accounts.ts';
import { CONFIDENCES, EDGE_STATUSES, ENTITY_KINDS, SENSITIVITIES, STANCES } from '../../domain/vocabulary.ts';

function enumValues<T extends string>(values: readonly T[]): Record<string, T> {
  return Object.fromEntries(values.map((v) => [v.toUpperCase(), v]));
}

export const enumResolvers = {
  EntityKind: enumValues(ENTITY_KINDS),
  Confidence: enumValues(CONFIDENCES),
  EdgeStatus: enumValues(EDGE_STATUSES),
  Stance: enumValues(STANCES),
  Sensitivity: enumValues(SENSITIVITIES),
  Role: enumValues(ROLES),
};
