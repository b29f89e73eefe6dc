// The order a bulk load writes relationship rows in. A canvas view reads, for each entity in view, its outgoing
// relationships to the other entities in view. Rows written one after another share pages, so relationships written
// grouped by the entity they start from are read a page or two per entity instead of one page per relationship (the
// rows of a bundle in its own order are scattered over the whole table).

/**
 * The relationships grouped by the entity they start from, entities in the order the bundle lists them (a start the
 * bundle does not list, one already stored, on first sight); within a group, the bundle's order.
 */
export function inSourceOrder<E extends { from: string }>(edges: readonly E[], entities: readonly { id: string }[]): E[] {
  const numbers = new Map<string, number>();
  for (const e of entities) if (!numbers.has(e.id)) numbers.set(e.id, numbers.size);
  const from = new Uint32Array(edges.length);
  for (let i = 0; i < edges.length; i++) {
    const id = (edges[i] as E).from;
    let n = numbers.get(id);
    if (n === undefined) numbers.set(id, (n = numbers.size));
    from[i] = n;
  }
  // A stable counting sort: linear in the relationships and entities (a comparison sort of a million took seconds).
  const start = new Uint32Array(numbers.size + 1);
  for (let i = 0; i < from.length; i++) (start[(from[i] as number) + 1] as number)++;
  for (let k = 1; k < start.length; k++) start[k] = (start[k] as number) + (start[k - 1] as number);
  const sorted = new Array<E>(edges.length);
  for (let i = 0; i < from.length; i++) sorted[(start[from[i] as number] as number)++] = edges[i] as E;
  return sorted;
}
