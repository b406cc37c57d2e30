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
  const members = ids === undefined ? graph.order : [...new Set(ids)].filter((id) => position.has(id)).sort((a, b) => position.get(a)! - position.get(b)!);
  const inSet = ids === undefined ? undefined : new Set(members);
  const waiting = new Map<RevisionId, number>();
  const ready = new MinHeap();
  for (const id of members) {
    const count = graph.nodes.get(id)!.parents.filter((p) => inSet === undefined || inSet.has(p)).length;
    waiting.set(id, count);
    if (count === 0) ready.push(position.get(id)!);
  }
  const result: RevisionId[] = [];
  const done = new Set<RevisionId>();
  while (ready.size > 0) {
    const id = graph.order[ready.pop()]!;
    result.push(id);
    done.add(id);
    for (const child of graph.nodes.get(id)!.children) {
      const left = waiting.get(child);
      if (left === undefined) continue;
      waiting.set(child, left - 1);
      if (left === 1) ready.push(position.get(child)!);
    }
  }
  if (result.length < members.length) for (const id of members) if (!done.has(id)) result.push(id);
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
