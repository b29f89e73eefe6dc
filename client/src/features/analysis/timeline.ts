// The timeline strip's arithmetic: where a dated relationship sits, the histogram bins by year or month, and which
// relationships a brushed window keeps. A relationship sits at its dates as entered: one with only a start date is
// placed at that start, so a window on 2022 leaves out a relationship entered as 2019.
import { overlapsWindow } from '../../../../server/src/domain/shared/dates.ts';
import type { CachedEdge } from '../../api/types.ts';
import type { AnalysisView, TimeUnit } from './analysis-view.ts';

type Dated = Pick<CachedEdge, 'validFrom' | 'validTo'>;

export interface Bin {
  /** A partial date: `2022`, or `2022-03` by month; `2022-?` holds dates entered with a year only, by month. */
  key: string;
  label: string;
  count: number;
}

export const isDated = (e: Dated) => e.validFrom !== null || e.validTo !== null;

/** The bin a date falls in at this unit; dates are kept at the precision they were entered with. */
export function binKey(date: string, unit: TimeUnit): string {
  const [y, m] = date.split('-');
  if (unit === 'year') return y!;
  return m ? `${y}-${m}` : `${y}-?`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function labelOf(key: string): string {
  const [y, m] = key.split('-');
  if (m === undefined) return y!;
  if (m === '?') return `${y} (year only)`;
  return `${MONTHS[Number(m) - 1]} ${y}`;
}

/** Every bin from the first dated relationship to the last, empty ones included, so gaps in time show. */
export function histogram(edges: readonly Dated[], unit: TimeUnit): Bin[] {
  const counts = new Map<string, number>();
  for (const e of edges) {
    const date = e.validFrom ?? e.validTo;
    if (!date) continue;
    const key = binKey(date, unit);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const years = [...counts.keys()].map((k) => Number(k.slice(0, 4)));
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const keys: string[] = [];
  for (let y = first; y <= last; y++) {
    if (unit === 'year') keys.push(String(y));
    else {
      if (counts.has(`${y}-?`)) keys.push(`${y}-?`);
      for (let m = 1; m <= 12; m++) keys.push(`${y}-${String(m).padStart(2, '0')}`);
    }
  }
  // A month view of many years would be hundreds of empty bars: keep only the span that holds relationships.
  const firstUsed = keys.findIndex((k) => counts.has(k));
  const lastUsed = keys.findLastIndex((k) => counts.has(k));
  return keys.slice(firstUsed, lastUsed + 1).map((key) => ({ key, label: labelOf(key), count: counts.get(key) ?? 0 }));
}

/** The window's ends as partial dates; a `2022-?` bin stands for its year. */
export const windowDate = (key: string) => key.replace('-?', '');

/** Whether a relationship stays visible under the timeline settings. */
export function timelinePasses(e: Dated, t: AnalysisView['timeline']): boolean {
  if (!isDated(e)) return t.showUndated;
  if (t.from === null && t.to === null) return true;
  const start = e.validFrom ?? e.validTo;
  const end = e.validTo ?? e.validFrom;
  return overlapsWindow(start, end, t.from && windowDate(t.from), t.to && windowDate(t.to));
}

export function timelineActive(t: AnalysisView['timeline']): boolean {
  return !t.showUndated || t.from !== null || t.to !== null;
}
