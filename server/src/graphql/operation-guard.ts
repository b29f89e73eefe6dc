// An Apollo plugin that looks at each resolved operation before it runs: subscriptions are refused (this server has
// none), and an operation whose estimated cost is over the budget is refused before any resolver starts, so no single
// request can occupy the server with work it was never meant to do.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { assertWithinBudget, fieldCost, fieldSize } from '../domain/operation-cost.ts';
import type { Logger } from '../app/logger.ts';

const badRequest = (message: string, originalError?: Error) =>
  new GraphQLError(message, { originalError, extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });

// The schema's objects come from the graphql copy Apollo loaded; graphql's own helpers (getArgumentValues, isObjectType)
// check identity with `instanceof` and fail when a second copy is loaded, so types and values are read structurally.
/** The object (or interface) type a field's type names once lists and non-null are unwrapped; null for a leaf. */
const objectTypeOf = (type: GraphQLType | null | undefined): GraphQLObjectType | null => {
  let t: unknown = type;
  while (t && typeof t === 'object' && 'ofType' in t) t = (t as { ofType: unknown }).ofType;
  return t && typeof (t as { getFields?: unknown }).getFields === 'function' ? (t as GraphQLObjectType) : null;
};

/** The literal or variable value of an argument; only whole numbers matter to the estimate. */
function valueOf(node: ValueNode, variables: Record<string, unknown>, defaults: Map<string, ValueNode>): unknown {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind !== Kind.VARIABLE) return undefined;
  const name = node.name.value;
  if (variables[name] !== undefined) return variables[name];
  const fallback = defaults.get(name);
  return fallback ? valueOf(fallback, {}, new Map()) : undefined;
}

function argumentValues(def: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>, defaults: Map<string, ValueNode>) {
  const values: Record<string, unknown> = {};
  for (const arg of def.args) {
    const given = node.arguments?.find((a) => a.name.value === arg.name);
    values[arg.name] = given ? valueOf(given.value, variables, defaults) : arg.defaultValue;
  }
  return values;
}

/**
 * The estimated cost of an operation and its costliest root field (by response key). Each fragment is costed once
 * per parent type and remembered, so the estimate takes time linear in the document.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): { cost: number; costliest: string } {
  const defaults = new Map<string, ValueNode>();
  for (const v of operation.variableDefinitions ?? []) if (v.defaultValue) defaults.set(v.variable.name.value, v.defaultValue);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const known = new Map<string, number>();
  const visiting = new Set<string>();
  let costliest = { key: '', cost: -1 };

  const costOf = (set: SelectionSetNode, parent: GraphQLObjectType, isRoot: boolean): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const def = parent.getFields()[selection.name.value];
        if (!def) continue;
        const size = fieldSize(argumentValues(def, selection, variables, defaults));
        const child = objectTypeOf(def.type);
        const below = selection.selectionSet && child ? costOf(selection.selectionSet, child, false) : 0;
        const cost = fieldCost(size, below, isRoot);
        if (isRoot && cost > costliest.cost) costliest = { key: selection.alias?.value ?? selection.name.value, cost };
        total += cost;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? objectTypeOf(schema.getType(selection.typeCondition.name.value)) : parent;
        total += costOf(selection.selectionSet, type ?? parent, isRoot);
      } else {
        total += fragmentCost(selection.name.value, parent, isRoot);
      }
    }
    return total;
  };

  const fragmentCost = (name: string, parent: GraphQLObjectType, isRoot: boolean): number => {
    const key = `${name}\u0000${parent.name}\u0000${isRoot}`;
    const remembered = known.get(key);
    if (remembered !== undefined) return remembered;
    const fragment = fragments.get(name);
    if (!fragment || visiting.has(key)) return 0;
    visiting.add(key);
    const type = objectTypeOf(schema.getType(fragment.typeCondition.name.value));
    const cost = costOf(fragment.selectionSet, type ?? parent, isRoot);
    visiting.delete(key);
    known.set(key, cost);
    return cost;
  };

  const root = schema.getRootType(operation.operation);
  const cost = root ? costOf(operation.selectionSet, root, true) : 0;
  return { cost, costliest: costliest.key };
}

export function operationGuardPlugin(logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          if (operation.operation === 'subscription') {
            logger.info('Refused a subscription: this server has none');
            throw badRequest('subscriptions are not supported');
          }
          // A variable of the wrong type counts as size 1 here; the execution then reports it with its path.
          const { cost, costliest } = operationCost(schema, document, operation, request.variables ?? {});
          try {
            assertWithinBudget(cost, costliest);
          } catch (error) {
            throw new GraphQLError((error as Error).message, { originalError: error as Error, extensions: { http: { status: 400 } } });
          }
        },
      };
    },
  };
}
