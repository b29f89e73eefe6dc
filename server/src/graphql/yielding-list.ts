// Long lists are completed a slice at a time. GraphQL execution of a list whose items are plain values runs in one
// go: thousands of relationships with their ends, citations and sources take seconds of the main thread, and every
// other request (a health check, a one-field query) waits behind them. Items handed out behind a chain of
// setImmediate gates are completed one slice per turn of the event loop, so the requests that arrive meanwhile are
// answered between slices. The order of the list and what each item resolves to are unchanged.

/** Items completed per turn of the event loop: small enough that one slice takes a few milliseconds. */
export const SLICE = 200;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function yieldingList<T>(items: readonly T[], slice: number = SLICE): (T | Promise<T>)[] {
  if (items.length <= slice) return [...items];
  const out: (T | Promise<T>)[] = items.slice(0, slice);
  let gate: Promise<void> = Promise.resolve();
  for (let start = slice; start < items.length; start += slice) {
    // Each gate opens one turn after the previous one, so the slices cannot all open in the same turn.
    gate = gate.then(nextTurn);
    const open = gate;
    const end = Math.min(start + slice, items.length);
    for (let i = start; i < end; i++) out.push(open.then(() => items[i]!));
  }
  return out;
}
