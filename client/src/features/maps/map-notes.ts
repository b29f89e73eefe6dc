// The notes of the map being edited, shared by the Maps panel (which edits them) and the canvas (which draws them),
// and the one numbering of notes that the canvas and every export sheet use, so "note 2" means the same on both.
import { useSyncExternalStore } from 'react';
import type { MapAnnotation } from './maps-api.ts';

let current: readonly MapAnnotation[] = [];
const listeners = new Set<() => void>();

export function mapNotes(): readonly MapAnnotation[] {
  return current;
}

export function setMapNotes(notes: readonly MapAnnotation[]): void {
  current = notes;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useMapNotes(): readonly MapAnnotation[] {
  return useSyncExternalStore(subscribe, mapNotes);
}

export interface NumberedNote {
  number: number;
  text: string;
  target: MapAnnotation['target'];
  targetId: string | null;
}

/**
 * The notes a drawing shows: notes on the map itself, and notes on an entity or relationship that is drawn (a note on
 * something not drawn is left out rather than pointing at nothing). Each keeps its place among all the map's notes as
 * its number, counted from 1, so a note has the same number on the canvas and on every sheet whatever is hidden.
 */
export function numberNotes(notes: readonly Pick<MapAnnotation, 'text' | 'target' | 'targetId'>[], shown: ReadonlySet<string> | null): NumberedNote[] {
  return notes
    .map((n, i) => ({ number: i + 1, text: n.text, target: n.target, targetId: n.target === 'MAP' ? null : (n.targetId ?? null) }))
    .filter((n) => n.targetId === null || shown === null || shown.has(n.targetId));
}

/** The marker a label carries for the notes pinned to its element, e.g. "note 2" or "notes 1, 3". */
export function noteMarker(numbers: readonly number[]): string {
  return numbers.length === 1 ? `note ${numbers[0]}` : `notes ${numbers.join(', ')}`;
}

/** Each noted element's id and the numbers of its notes. */
export function noteNumbersByTarget(numbered: readonly NumberedNote[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const n of numbered) {
    if (!n.targetId) continue;
    out.set(n.targetId, [...(out.get(n.targetId) ?? []), n.number]);
  }
  return out;
}
