// Undo/redo over view snapshots. Pure: the caller supplies the current snapshot when it undoes or redoes.
export interface History<T> {
  past: T[];
  future: T[];
}

export const HISTORY_LIMIT = 100;

export function emptyHistory<T>(): History<T> {
  return { past: [], future: [] };
}

/** Records the state before a change; a new change forgets what could have been redone. */
export function record<T>(h: History<T>, before: T): History<T> {
  return { past: [...h.past, before].slice(-HISTORY_LIMIT), future: [] };
}

export function undo<T>(h: History<T>, current: T): { history: History<T>; state: T } | null {
  const state = h.past.at(-1);
  if (state === undefined) return null;
  return { history: { past: h.past.slice(0, -1), future: [current, ...h.future] }, state };
}

export function redo<T>(h: History<T>, current: T): { history: History<T>; state: T } | null {
  const state = h.future[0];
  if (state === undefined) return null;
  return { history: { past: [...h.past, current], future: h.future.slice(1) }, state };
}
