/**
 * The one topological order of migcheck: parents before children, ties broken by load order.
 * Findings list revisions in it (`bypassed`), plans order their steps by it, labels propagate
 * along it, and the drawings walk it line by line. A second implementation drifts (the plan's
 * once listed a late-loaded child after an unrelated revision), so every caller asks here.
 */
import type { Graph, RevisionId } from '../types.js';

/** How revisions that are ready at the same time are taken. */
export interface OrderOptions {
  /**
   * `load` (default): the ready revision that loads first; the order Alembic would list
   * revisions of equal rank. `lines`: the first ready child of the revision just taken, so one
   * line of history is followed to its end before the next starts (what the drawings show).
   */
  ties?: 'load' | 'lines';
}

/**
 * The revisions `ids` (default: all) in topological order over down_revision edges: every
 * revision after its parents among `ids`; ties as `options.ties` says. Ids the graph does not
 * hold are left out. Revisions caught in a cycle can never be ready: they follow at the end, in
 * load order.
 */
export function topologicalOrder(graph: Graph, ids?: Iterable<RevisionId>, options: OrderOptions = {}): RevisionId[] {
  const position = new Map<RevisionId, number>();
  graph.order.forEach((id, i) => position.set(id, i));
  // Membership and waiting counts by load position: no per-revision allocation.
  const member = new Uint8Array(graph.order.length);
  if (ids === undefined) member.fill(1);
  else for (const id of ids) if (position.has(id)) member[position.get(id)!] = 1;
  const waiting = new Int32Array(graph.order.length);
  const ready = options.ties === 'lines' ? new LineStack() : new MinHeap();
  let members = 0;
  graph.order.forEach((id, i) => {
    if (!member[i]) return;
    members++;
    let count = 0;
    for (const parent of graph.nodes.get(id)!.parents) if (member[position.get(parent)!]) count++;
    waiting[i] = count;
    if (count === 0) ready.push(i);
  });
  ready.settle();
  const result: RevisionId[] = [];
  while (ready.size > 0) {
    const i = ready.pop();
    result.push(graph.order[i]!);
    for (const child of graph.nodes.get(graph.order[i]!)!.children) {
      const c = position.get(child)!;
      if (member[c] && --waiting[c] === 0) ready.push(c);
    }
    ready.settle();
  }
  if (result.length < members) graph.order.forEach((id, i) => { if (member[i] && waiting[i]! > 0) result.push(id); });
  return result;
}

/** Ready revisions by load position: `push` some, `settle`, `pop` the next. */
interface Ready {
  readonly size: number;
  push(value: number): void;
  /** Called after each round of pushes (the stack orders a round; the heap needs nothing). */
  settle(): void;
  pop(): number;
}

/** A binary min-heap of numbers (load positions): the earliest-loaded ready revision first. */
class MinHeap implements Ready {
  private readonly items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  settle(): void {}

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

/**
 * A stack: what became ready in the last round goes on top, its first (in the order pushed)
 * taken first, so a line of history is followed before its siblings.
 */
class LineStack implements Ready {
  private readonly items: number[] = [];
  private round = 0;

  get size(): number {
    return this.items.length;
  }

  push(value: number): void {
    this.items.push(value);
    this.round++;
  }

  settle(): void {
    // The round was pushed first-to-last; reversed, its first entry is popped first.
    if (this.round > 1) {
      const items = this.items;
      for (let a = items.length - this.round, b = items.length - 1; a < b; a++, b--) [items[a], items[b]] = [items[b]!, items[a]!];
    }
    this.round = 0;
  }

  pop(): number {
    return this.items.pop()!;
  }
}
