// Partial dates as researchers enter them: `2021`, `2022-03`, `2022-03-12`. Stored as entered; compared as ranges.

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const [, , month, day] = m;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return false;
  if (day !== undefined) {
    const d = Number(day);
    const last = new Date(Date.UTC(Number(m[1]), Number(month), 0)).getUTCDate();
    if (d < 1 || d > last) return false;
  }
  return true;
}

/** The first day a partial date can mean: `2022-03` -> `2022-03-01`. */
export function dateLowerBound(value: string): string {
  const [y, m = '01', d = '01'] = value.split('-');
  return `${y}-${m}-${d}`;
}

/** The last day a partial date can mean: `2022-02` -> `2022-02-28`. */
export function dateUpperBound(value: string): string {
  const [y, m, d] = value.split('-');
  if (d !== undefined) return value;
  if (m === undefined) return `${y}-12-31`;
  const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
  return `${y}-${m}-${String(last).padStart(2, '0')}`;
}

/** True when `from` could not come after `to` (a `2022` start and a `2022-03` end are compatible). */
export function isOrderedRange(from: string | null | undefined, to: string | null | undefined): boolean {
  if (!from || !to) return true;
  return dateLowerBound(from) <= dateUpperBound(to);
}

/**
 * Whether an edge valid over [validFrom, validTo] overlaps the window [from, to]. Open ends are unbounded; an edge
 * with no dates at all is timeless and always overlaps.
 */
export function overlapsWindow(
  validFrom: string | null,
  validTo: string | null,
  from: string | null | undefined,
  to: string | null | undefined,
): boolean {
  if (to && validFrom && dateLowerBound(validFrom) > dateUpperBound(to)) return false;
  if (from && validTo && dateUpperBound(validTo) < dateLowerBound(from)) return false;
  return true;
}
