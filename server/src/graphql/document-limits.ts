// Validation rules that refuse oversized documents before anything runs: a selection nested too deep, or one
// operation fanning out into too many root fields or aliases. Introspection fields are exempt from the depth count
// because the standard introspection query is legitimately deep.
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FieldNode,
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

/**
 * Measures selection sets with each named fragment measured once and remembered: a fragment spread many times, or
 * spreading others that spread others, costs one walk, so every limit is checked in time linear in the document.
 */
class FragmentMeasure {
  private readonly known = new Map<string, number>();
  private readonly visiting = new Set<string>();

  constructor(
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    /** The measure of a field given its sub-selection's measure (0 when it has none); `null` skips the field. */
    private readonly ofField: (field: FieldNode, below: number) => number | null,
    /** How the measures of sibling selections combine. */
    private readonly combine: (a: number, b: number) => number,
  ) {}

  of(set: SelectionSetNode): number {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const below = selection.selectionSet ? this.of(selection.selectionSet) : 0;
        const measure = this.ofField(selection, below);
        if (measure !== null) total = this.combine(total, measure);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total = this.combine(total, this.of(selection.selectionSet));
      } else {
        total = this.combine(total, this.fragment(selection.name.value));
      }
    }
    return total;
  }

  private fragment(name: string): number {
    const known = this.known.get(name);
    if (known !== undefined) return known;
    const fragment = this.fragments[name];
    // A fragment cycle is reported by GraphQL's own NoFragmentCycles rule; here it only must not loop forever.
    if (!fragment || this.visiting.has(name)) return 0;
    this.visiting.add(name);
    const measure = this.of(fragment.selectionSet);
    this.visiting.delete(name);
    this.known.set(name, measure);
    return measure;
  }
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
      const depth = new FragmentMeasure(
        fragmentsOf(context),
        (field, below) => (field.name.value.startsWith('__') ? null : 1 + below),
        Math.max,
      ).of(node.selectionSet);
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
        // Only the operation's own level counts, so a field's sub-selection is not added in.
        const roots = new FragmentMeasure(fragmentsOf(context), () => 1, (a, b) => a + b).of(node.selectionSet);
        if (roots > maxRootFields) {
          const count = Number.isSafeInteger(roots) ? `${roots}` : `more than ${maxRootFields}`;
          context.reportError(
            new GraphQLError(`Operation selects ${count} root fields; the limit is ${maxRootFields}`, { nodes: [node] }),
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
