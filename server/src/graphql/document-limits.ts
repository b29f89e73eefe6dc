// Validation rules that refuse oversized documents before anything runs: a selection nested too deep, or one
// operation fanning out into too many root fields or aliases. Introspection fields are exempt from the depth count
// because the standard introspection query is legitimately deep.
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export const DOCUMENT_LIMITS = {
  /** Deepest nesting of field selections; the deepest useful query (a path's edges' citations' source) is 5. */
  maxDepth: 12,
  /** Root fields of one operation, aliases included. */
  maxRootFields: 20,
  /** Aliased fields in the whole document. */
  maxAliases: 30,
} as const;

function selectionDepth(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const below = selection.selectionSet ? selectionDepth(selection.selectionSet, fragments, visiting) : 0;
      deepest = Math.max(deepest, 1 + below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, visiting));
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      // A fragment cycle is reported by GraphQL's own NoFragmentCycles rule; here it only must not loop forever.
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, fragments, visiting));
      visiting.delete(name);
    }
  }
  return deepest;
}

function countRootFields(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, visiting: Set<string>): number {
  let count = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) count += 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += countRootFields(selection.selectionSet, fragments, visiting);
    else {
      const fragment = fragments[selection.name.value];
      if (!fragment || visiting.has(selection.name.value)) continue;
      visiting.add(selection.name.value);
      count += countRootFields(fragment.selectionSet, fragments, visiting);
      visiting.delete(selection.name.value);
    }
  }
  return count;
}

function fragmentsOf(context: ValidationContext): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const def of context.getDocument().definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
  }
  return fragments;
}

export function depthLimitRule(maxDepth: number = DOCUMENT_LIMITS.maxDepth) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const depth = selectionDepth(node.selectionSet, fragmentsOf(context), new Set());
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(`Query is nested ${depth} levels deep; the limit is ${maxDepth}`, { nodes: [node] }),
        );
      }
    },
  });
}

export function fanOutLimitRule(maxRootFields: number = DOCUMENT_LIMITS.maxRootFields, maxAliases: number = DOCUMENT_LIMITS.maxAliases) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      OperationDefinition(node) {
        const roots = countRootFields(node.selectionSet, fragmentsOf(context), new Set());
        if (roots > maxRootFields) {
          context.reportError(
            new GraphQLError(`Operation selects ${roots} root fields; the limit is ${maxRootFields}`, { nodes: [node] }),
          );
        }
      },
      Field(node) {
        if (!node.alias) return;
        aliases += 1;
        if (aliases === maxAliases + 1) {
          context.reportError(new GraphQLError(`Document uses more than ${maxAliases} aliases`, { nodes: [node] }));
        }
      },
    };
  };
}

export const documentLimitRules = [depthLimitRule(), fanOutLimitRule()];
