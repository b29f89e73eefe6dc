// A bounded number of relationships drawn on very dense views. A software canvas spends about as long on one frame of a
// hub's 25,000 relationships as a researcher waits for the whole view, and at the zoom that fits 5,000 entities the
// lines are a grey mass anyway. So past the budget the canvas draws a chosen part, says so ("showing N of M"), and keeps
// the rest reachable: every relationship of a selected entity is drawn whatever the budget, "Show all" lifts it, and
// exports and layouts still see every relationship of the view.
import type { Core, ElementDefinition } from 'cytoscape';

/** Relationships drawn at most on one canvas unless the researcher asks for all of them. */
export const EDGE_BUDGET = 2500;

export interface EdgeBudget {
  /** The nodes, the relationships drawn, and the relationships hidden by filters (their classes hide them). */
  elements: ElementDefinition[];
  /** Relationships the view has but does not draw, because of the budget alone. */
  thinned: ElementDefinition[];
  /** Relationships the view would draw without the budget. */
  total: number;
}

/** Better-attested relationships are kept first. */
const CONFIDENCE_RANK: Record<string, number> = { CONFIRMED: 0, REPORTED: 1, ALLEGED: 2 };

/** Ranks by class list: a view has a handful of distinct ones among tens of thousands of relationships. */
const rankOfClasses = new Map<string, number>();

function rank(def: ElementDefinition): number {
  const classes = typeof def.classes === 'string' ? def.classes : (def.classes ?? []).join(' ');
  let r = rankOfClasses.get(classes);
  if (r === undefined) {
    const confidence = /confidence-(\w+)/.exec(classes)?.[1] ?? '';
    r = (CONFIDENCE_RANK[confidence] ?? 2) + (classes.includes('status-RETRACTED') ? 3 : 0);
    rankOfClasses.set(classes, r);
  }
  return r;
}

/**
 * Picks the relationships to draw: every one touching a node in `keep` (the selection), then those `drawnBefore` (so
 * an expand or a selection adds lines without reshuffling the rest), then one for each entity that has none drawn yet
 * (so no entity looks isolated while the budget allows), then the best-attested others, up to `budget`.
 * Relationships in `notShown` (filtered or hidden) are not counted; they stay in the elements as they are.
 */
export function budgetEdges(
  elements: readonly ElementDefinition[],
  options: { budget: number; notShown: ReadonlySet<string>; keep: ReadonlySet<string>; drawnBefore?: ReadonlySet<string> },
): EdgeBudget {
  const hidden = (def: ElementDefinition) =>
    options.notShown.has(String(def.data.id)) || options.notShown.has(String(def.data.source)) || options.notShown.has(String(def.data.target));
  const candidates: ElementDefinition[] = [];
  for (const def of elements) if (def.group === 'edges' && !hidden(def)) candidates.push(def);
  if (candidates.length <= options.budget) return { elements: [...elements], thinned: [], total: candidates.length };

  const ordered = candidates.map((def, i) => ({ def, i, rank: rank(def) })).sort((a, b) => a.rank - b.rank || a.i - b.i);
  const picked = new Set<ElementDefinition>();
  const covered = new Set<string>();
  const take = (def: ElementDefinition) => {
    picked.add(def);
    covered.add(String(def.data.source));
    covered.add(String(def.data.target));
  };
  for (const { def } of ordered) if (options.keep.has(String(def.data.source)) || options.keep.has(String(def.data.target))) take(def);
  // Lines already drawn stay (up to the budget on top of the kept entities' own), so an expand or a selection never
  // takes away what the researcher was looking at.
  const before = options.drawnBefore;
  if (before) {
    const cap = options.budget + picked.size;
    for (const { def } of ordered) {
      if (picked.size >= cap) break;
      if (!picked.has(def) && before.has(String(def.data.id))) take(def);
    }
  }
  const limit = options.budget;
  for (const { def } of ordered) {
    if (picked.size >= limit) break;
    if (!picked.has(def) && (!covered.has(String(def.data.source)) || !covered.has(String(def.data.target)))) take(def);
  }
  for (const { def } of ordered) {
    if (picked.size >= limit) break;
    if (!picked.has(def)) take(def);
  }
  const kept: ElementDefinition[] = [];
  const thinned: ElementDefinition[] = [];
  for (const def of elements) {
    if (def.group !== 'edges' || hidden(def) || picked.has(def)) kept.push(def);
    else thinned.push(def);
  }
  return { elements: kept, thinned, total: candidates.length };
}

const thinnedNow = new WeakMap<Core, readonly ElementDefinition[]>();

/** Records which relationships of the view the canvas does not draw, for exports and layouts. */
export function setThinned(cy: Core, thinned: readonly ElementDefinition[]): void {
  thinnedNow.set(cy, thinned);
}

/** The view's relationships the canvas does not draw because of the budget. */
export function thinnedOf(cy: Core): readonly ElementDefinition[] {
  return thinnedNow.get(cy) ?? [];
}
