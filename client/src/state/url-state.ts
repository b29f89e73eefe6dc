// The shareable part of the UI state as a query string: canvas entities, hidden/pinned, filters, layout, selection.
// Pure encode/decode; decode ignores anything malformed and falls back to defaults.
import { CONFIDENCE_NAMES, ENTITY_KIND_NAMES, type ConfidenceName, type EntityKindName } from '../api/types.ts';
import { isLayoutName, type LayoutName } from '../graph/layouts.ts';
import { DEFAULT_FILTERS, type Filters } from './filters.ts';

export interface Selection {
  kind: 'node' | 'edge';
  id: string;
}

export interface UrlState {
  nodeIds: string[];
  hidden: string[];
  pinned: string[];
  filters: Filters;
  layout: LayoutName;
  selected: Selection | null;
}

export const DEFAULT_LAYOUT: LayoutName = 'fcose';
const ID = /^[A-Za-z0-9_-]{1,100}$/;
const TYPE = /^[A-Z][A-Z0-9_]{0,60}$/;
const MAX_IDS = 500;

function list(params: URLSearchParams, key: string, valid: (v: string) => boolean): string[] | null {
  const raw = params.get(key);
  if (raw === null) return null;
  return [...new Set(raw.split(',').filter((v) => v !== '' && valid(v)))].slice(0, MAX_IDS);
}

function year(params: URLSearchParams, key: string): number | null {
  const raw = params.get(key);
  if (raw === null || !/^\d{4}$/.test(raw)) return null;
  return Number(raw);
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v) => b.includes(v));

export function encodeUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.nodeIds.length > 0) p.set('n', s.nodeIds.join(','));
  if (s.hidden.length > 0) p.set('hide', s.hidden.join(','));
  if (s.pinned.length > 0) p.set('pin', s.pinned.join(','));
  const f = s.filters;
  if (!sameSet(f.kinds, ENTITY_KIND_NAMES)) p.set('kinds', f.kinds.join(','));
  if (f.types !== null) p.set('types', f.types.join(','));
  if (!sameSet(f.confidence, CONFIDENCE_NAMES)) p.set('conf', f.confidence.join(','));
  if (!f.includeContested) p.set('contested', '0');
  if (f.includeRetracted) p.set('retracted', '1');
  if (f.fromYear !== null) p.set('from', String(f.fromYear));
  if (f.toYear !== null) p.set('to', String(f.toYear));
  if (s.layout !== DEFAULT_LAYOUT) p.set('layout', s.layout);
  if (s.selected) p.set('sel', `${s.selected.kind === 'node' ? 'n' : 'e'}:${s.selected.id}`);
  // Commas are safe in a query string and keep shared links readable.
  return p.toString().replaceAll('%2C', ',');
}

export function decodeUrlState(search: string): UrlState {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const isKind = (v: string): boolean => (ENTITY_KIND_NAMES as readonly string[]).includes(v);
  const isConfidence = (v: string): boolean => (CONFIDENCE_NAMES as readonly string[]).includes(v);
  const layout = p.get('layout');
  const sel = /^([ne]):([A-Za-z0-9_-]{1,100})$/.exec(p.get('sel') ?? '');
  const types = list(p, 'types', (v) => TYPE.test(v));
  return {
    nodeIds: list(p, 'n', (v) => ID.test(v)) ?? [],
    hidden: list(p, 'hide', (v) => ID.test(v)) ?? [],
    pinned: list(p, 'pin', (v) => ID.test(v)) ?? [],
    filters: {
      kinds: (list(p, 'kinds', isKind) as EntityKindName[] | null) ?? [...DEFAULT_FILTERS.kinds],
      types,
      confidence: (list(p, 'conf', isConfidence) as ConfidenceName[] | null) ?? [...DEFAULT_FILTERS.confidence],
      includeContested: p.get('contested') !== '0',
      includeRetracted: p.get('retracted') === '1',
      fromYear: year(p, 'from'),
      toYear: year(p, 'to'),
    },
    layout: layout !== null && isLayoutName(layout) ? layout : DEFAULT_LAYOUT,
    selected: sel ? { kind: sel[1] === 'n' ? 'node' : 'edge', id: sel[2]! } : null,
  };
}
