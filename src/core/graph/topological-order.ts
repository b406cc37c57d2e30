/**
 * Parents before children, ties broken by load order: the order in which Alembic would list
 * revisions of equal rank, and a stable order for plans and drawings.
 */
import type { Graph, RevisionId } from '../types.js';

/**
 * The revisions `ids` (default: all) in topological order over down_revision edges: every
 * revision after its parents among `ids`; among revisions that are ready together, load order
 * first. Revisions caught in a cycle can never be ready: they follow at the end, in load order.
 */
export function topologicalOrder(graph: Graph, ids?: Iterable<RevisionId>): RevisionId[] {
  const position = new Map<RevisionId, number>();
  graph.order.forEach((id, i) => position.set(id, i));
  // Membership and waiting counts by load position: no per-revision allocation.
  const member = new Uint8Array(graph.order.length);
  if (ids === undefined) member.fill(1);
  else for (const id of ids) if (position.has(id)) member[position.get(id)!] = 1;
  const waiting = new Int32Array(graph.order.length);
  const ready = new MinHeap();
  let members = 0;
  graph.order.forEach((id, i) => {
    if (!member[i]) return;
    members++;
    let count = 0;
    for (const parent of graph.nodes.get(id)!.parents) if (member[position.get(parent)!]) count++;
    waiting[i] = count;
    if (count === 0) ready.push(i);
  });
  const result: RevisionId[] = [];
  while (ready.size > 0) {
    const i = ready.pop();
    result.push(graph.order[i]!);
    for (const child of graph.nodes.get(graph.order[i]!)!.children) {
      const c = position.get(child)!;
      if (member[c] && --waiting[c] === 0) ready.push(c);
    }
  }
  if (result.length < members) graph.order.forEach((id, i) => { if (member[i] && waiting[i]! > 0) result.push(id); });
  return result;
}

/** A binary min-heap of numbers (load positions). */
class MinHeap {
  private readonly items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  push(value: number): void {
    const items = this.items;
    let i = items.push(value) - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (items[up]! <= value) break;
      items[i] = items[up]!;
      i = up;
    }
    items[i] = value;
  }

  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= items.length) break;
        const right = left + 1;
        const child = right < items.length && items[right]! < items[left]! ? right : left;
        if (items[child]! >= last) break;
        items[i] = items[child]!;
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}
