// Turns an audit event's before and after snapshots into lines a researcher can read: which fields changed from what
// to what, which citations were added or retracted, and why. Pure, so it is tested without a browser.

export interface DiffLine {
  field: string;
  before: string | null;
  after: string | null;
}

const ACTIONS: Record<string, string> = {
  'entity.create': 'Entity created',
  'entity.update': 'Entity edited',
  'entity.merge': 'Entities merged',
  'source.create': 'Source created',
  'edge.add': 'Relationship added',
  'edge.update': 'Relationship edited',
  'edge.retract': 'Relationship retracted',
  'edge.reinstate': 'Relationship reinstated',
  'citation.add': 'Citation added',
  'citation.retract': 'Citation retracted',
  'bulk-load': 'Graph loaded',
};

/** Bookkeeping the store changes on every write; showing it would bury what the researcher changed. */
const IGNORED = new Set(['updatedAt', 'updatedBy', 'createdAt', 'createdBy', 'degree', 'redacted']);

export function actionLabel(action: string): string {
  return ACTIONS[action] ?? action;
}

type Snapshot = Record<string, unknown>;

function parse(json: string | null): Snapshot | null {
  if (json === null) return null;
  try {
    const v = JSON.parse(json) as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Snapshot) : null;
  } catch {
    return null;
  }
}

function show(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) {
    return value
      .map((v) => (typeof v === 'object' && v !== null && 'value' in v ? `${String((v as { value: unknown }).value)}${(v as { lang?: unknown }).lang ? ` (${String((v as { lang: unknown }).lang)})` : ''}` : show(v)))
      .filter(Boolean)
      .join(', ');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

interface CitationSnap {
  id: string;
  locator?: string | null;
  stance?: string;
  sourceId?: string;
  retraction?: { reason?: string } | null;
}

function citationName(c: CitationSnap): string {
  return [c.locator, c.stance, c.sourceId && `source ${c.sourceId}`].filter(Boolean).join(' · ') || c.id;
}

function citationLines(before: unknown, after: unknown): DiffLine[] {
  const b = new Map(((Array.isArray(before) ? before : []) as CitationSnap[]).map((c) => [c.id, c]));
  const lines: DiffLine[] = [];
  for (const c of (Array.isArray(after) ? after : []) as CitationSnap[]) {
    const old = b.get(c.id);
    if (!old) lines.push({ field: 'citation added', before: null, after: citationName(c) });
    else if (!old.retraction && c.retraction) lines.push({ field: 'citation retracted', before: citationName(c), after: `retracted: ${c.retraction.reason ?? ''}` });
  }
  return lines;
}

/** What changed between the snapshots; a creation lists the fields set, a merge names the two entities. */
export function diffLines(beforeJson: string | null, afterJson: string | null): DiffLine[] {
  const before = parse(beforeJson);
  const after = parse(afterJson);
  if (!after && !before) return [];
  if (after && typeof after.mergedInto === 'string') return [{ field: 'merged into', before: show(before?.name), after: after.mergedInto }];
  if (before && 'kept' in before && 'merged' in before) {
    const merged = before.merged as Snapshot;
    return [{ field: 'merged in', before: null, after: `${show(merged.name)} (${show(merged.id)})` }];
  }
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const lines: DiffLine[] = [];
  for (const key of keys) {
    if (IGNORED.has(key) || key === 'reason') continue;
    const b = before?.[key];
    const a = after?.[key];
    if (key === 'citations') {
      if (before) lines.push(...citationLines(b, a));
      else lines.push({ field: 'citations', before: null, after: String(Array.isArray(a) ? a.length : 0) });
      continue;
    }
    if (JSON.stringify(b ?? null) === JSON.stringify(a ?? null)) continue;
    lines.push({ field: key, before: show(b), after: show(a) });
  }
  if (after && typeof after.reason === 'string') lines.push({ field: 'reason', before: null, after: after.reason });
  return lines;
}
