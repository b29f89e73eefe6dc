// The drawing order of the canvas's elements, computed the way Cytoscape computes it but reading each element's style
// once. Cytoscape sorts every element again after each add or removal with a comparator that reads six style values
// per comparison: on a 5,000-node canvas filling in slices that sort was the longest part of a frame.
import type { Core, SingularElementArgument } from 'cytoscape';

/** The renderer's z-order cache (Cytoscape 3.34, extensions/renderer/base/coord-ele-math/z-ordering.mjs). */
interface ZOrderRenderer {
  cachedZSortedEles: ZSorted | null;
  getCachedZSortedEles(forceRecalc?: boolean): ZSorted;
  updateCachedGrabbedEles(): void;
}
type ZSorted = SingularElementArgument[] & { interactive?: SingularElementArgument[] };

const TOP = Number.MAX_SAFE_INTEGER;

/** An element's parsed style value (Cytoscape's `pstyle`, not in its types). */
const styleOf = (ele: SingularElementArgument, name: string) => (ele as unknown as { pstyle(name: string): { value: unknown } }).pstyle(name).value;

/** Cytoscape's order without compound nodes: nodes over edges, then by `z-index`, then in the order added. */
export function zSorted(elements: readonly SingularElementArgument[]): SingularElementArgument[] {
  const depth = new Float64Array(elements.length);
  const over = new Uint8Array(elements.length);
  const z = new Float64Array(elements.length);
  elements.forEach((ele, i) => {
    const compound = String(styleOf(ele, 'z-compound-depth'));
    depth[i] = compound === 'bottom' ? -1 : compound === 'top' ? TOP : 0;
    over[i] = styleOf(ele, 'z-index-compare') === 'auto' && ele.isNode() ? 1 : 0;
    z[i] = Number(styleOf(ele, 'z-index'));
  });
  const order = Array.from(elements.keys());
  order.sort((a, b) => depth[a]! - depth[b]! || over[a]! - over[b]! || z[a]! - z[b]! || a - b);
  return order.map((i) => elements[i]!);
}

/** Makes the canvas's renderer sort with `zSorted` (falling back to Cytoscape's own sort when there are compounds). */
export function fastZOrder(cy: Core): void {
  const r = (cy as unknown as { renderer(): ZOrderRenderer | undefined }).renderer();
  if (!r || typeof r.getCachedZSortedEles !== 'function') return;
  const own = r.getCachedZSortedEles.bind(r);
  const core = cy as unknown as { hasCompoundNodes(): boolean; mutableElements(): { toArray(): SingularElementArgument[] } };
  r.getCachedZSortedEles = (forceRecalc?: boolean) => {
    if (forceRecalc || !r.cachedZSortedEles) {
      if (core.hasCompoundNodes()) return own(forceRecalc);
      // mutableElements() lists elements in the order they were added, which is Cytoscape's last tie-break.
      const eles = zSorted(core.mutableElements().toArray()) as ZSorted;
      eles.interactive = eles.filter((ele) => (ele as unknown as { interactive(): boolean }).interactive());
      r.cachedZSortedEles = eles;
      r.updateCachedGrabbedEles();
    }
    return r.cachedZSortedEles;
  };
}
