// Whether a neighborhood is selected for the canvas alone, so it can be answered by the one-step canvas read. Apart
// from canvas.ts so the read workers, which encode canvases, do not load graphql-js.
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

const CANVAS_FIELDS = new Set(['truncated', 'canvas', '__typename']);

/** Whether the selection on this field asks for nothing a canvas answer lacks (fragments followed; a cycle is GraphQL's own error). */
export function selectsOnlyCanvas(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): boolean {
  const seen = new Set<string>();
  const only = (set: SelectionSetNode | undefined): boolean =>
    !set ||
    set.selections.every((s) => {
      if (s.kind === Kind.FIELD) return CANVAS_FIELDS.has(s.name.value);
      if (s.kind === Kind.INLINE_FRAGMENT) return only(s.selectionSet);
      if (seen.has(s.name.value)) return true;
      seen.add(s.name.value);
      const fragment = info.fragments[s.name.value];
      return fragment ? only(fragment.selectionSet) : false;
    });
  return info.fieldNodes.every((node) => only(node.selectionSet));
}
