/**
 * `migcheck graph` as a terminal drawing, oldest first like the seed's tree: one row per
 * revision, a lane per open line of history, `├─╮` where a revision forks and `├─╯` where lines
 * merge. Each line of history is drawn to its head before the next starts (the chains stay
 * contiguous), heads, merge and branch points are marked in Alembic's words, and rows are cut to
 * fit `width` columns.
 */
import { isBranchPoint, isEffectiveHead, isMergePoint } from '../core/graph/graph-queries.js';
import * as say from '../core/messages.js';
import type { Graph, RevisionId } from '../core/types.js';
import { displayOrder } from './graph-order.js';

/** Options of {@link renderGraphText}. */
export interface GraphTextOptions {
  /** Terminal width; rows are cut to it (default 80). */
  width?: number;
}

/** The drawing, one row per line, each ending in a newline; '' for an empty graph. */
export function renderGraphText(graph: Graph, options: GraphTextOptions = {}): string {
  const width = options.width ?? 80;
  const rows: string[] = [];
  const lanes = new Lanes();
  const drawn = new Set<RevisionId>();
  const notes = problemNotes(graph);
  for (const id of displayOrder(graph)) {
    const incoming = lanes.take(id);
    const column = incoming[0] ?? lanes.free(0);
    if (incoming.length > 1) {
      rows.push(fit(connector(lanes.slots, column, incoming.slice(1), '┴', '╯', width), width));
      for (const j of incoming.slice(1)) lanes.put(j, null);
    }
    lanes.put(column, id);
    lanes.trim();
    const slots = lanes.slots;
    rows.push(fit(`${cells(slots, width, (k) => (k === column ? '●' : slots[k] ? '│' : ' '))} ${describe(graph, id, notes)}`, width));
    drawn.add(id);

    lanes.take(id);
    const children = graph.nodes.get(id)!.children.filter((c) => !drawn.has(c));
    lanes.put(column, children[0] ?? null);
    if (children.length > 1) {
      let slot = column;
      const opened = children.slice(1).map((child) => {
        slot = lanes.free(slot + 1);
        lanes.put(slot, child);
        return slot;
      });
      // The new lanes are already set; draw them as the branch ends, not as lanes passing by.
      const ends = new Set(opened);
      const passing = lanes.slots.map((lane, k) => (ends.has(k) ? null : lane));
      rows.push(fit(connector(passing, column, opened, '┬', '╮', width), width));
    }
    lanes.trim();
  }
  for (const file of graph.unreadable) rows.push(fit(say.graphUnreadable(file.path), width));
  return rows.map((row) => `${row}\n`).join('');
}

/**
 * The open lines of history: slot k waits for revision `slots[k]`, null slots are free. An
 * index by revision and a count of free slots keep a fork into 10,000 heads linear.
 */
class Lanes {
  readonly slots: (RevisionId | null)[] = [];
  private readonly waiting = new Map<RevisionId, number[]>();
  private holes = 0;

  /** The slots waiting for `id`, ascending; they stay set but are no longer indexed. */
  take(id: RevisionId): number[] {
    const found = this.waiting.get(id) ?? [];
    this.waiting.delete(id);
    return found.sort((a, b) => a - b);
  }

  /** Sets a slot whose previous value is null or already taken. */
  put(k: number, value: RevisionId | null): void {
    while (this.slots.length < k) {
      this.slots.push(null);
      this.holes++;
    }
    const before = k < this.slots.length ? this.slots[k] : undefined;
    if (before === null) this.holes--;
    this.slots[k] = value;
    if (value === null) this.holes++;
    else {
      const list = this.waiting.get(value);
      if (list) list.push(k);
      else this.waiting.set(value, [k]);
    }
  }

  /** The first free slot at or after `from` (a new one past the end when none is free). */
  free(from: number): number {
    if (this.holes > 0) for (let k = from; k < this.slots.length; k++) if (this.slots[k] === null) return k;
    return Math.max(this.slots.length, from);
  }

  /** Drops the free slots at the right end. */
  trim(): void {
    while (this.slots.length > 0 && this.slots[this.slots.length - 1] === null) {
      this.slots.pop();
      this.holes--;
    }
  }
}

/**
 * A fork or merge row: `├` at `column`, `end` at the farthest of `others`, `mid` at the rest.
 * Cells past the width are never built: a fork into 10,000 heads stays cheap.
 */
function connector(lanes: readonly (RevisionId | null)[], column: number, others: number[], mid: string, end: string, width: number): string {
  const last = Math.max(...others);
  const marked = new Set(others);
  const size = Math.min(Math.max(lanes.length, last + 1), Math.ceil(width / 2) + 1);
  let row = '';
  for (let k = 0; k < size; k++) {
    const lane = lanes[k] ?? null;
    const inside = k > column && k < last;
    row += k === column ? '├' : k === last ? end : marked.has(k) ? mid : inside ? (lane ? '┼' : '─') : lane ? '│' : ' ';
    row += k >= column && k < last ? '─' : ' ';
  }
  return row.trimEnd();
}

function cells(lanes: readonly (RevisionId | null)[], width: number, symbol: (k: number) => string): string {
  const shown = Math.min(lanes.length, Math.ceil(width / 2) + 1);
  let row = '';
  for (let k = 0; k < shown; k++) row += (k > 0 ? ' ' : '') + symbol(k);
  return row;
}


interface Notes {
  missing: Map<RevisionId, RevisionId[]>;
  inCycle: Set<RevisionId>;
}

/** What the graph's problems say about single revisions, gathered once. */
function problemNotes(graph: Graph): Notes {
  const notes: Notes = { missing: new Map(), inCycle: new Set() };
  for (const p of graph.problems) {
    if (p.kind === 'missing-parent') notes.missing.set(p.revision, [...(notes.missing.get(p.revision) ?? []), p.missing]);
    if (p.kind === 'cycle') for (const id of p.revisions) notes.inCycle.add(id);
  }
  return notes;
}

/** `id (labels) (head) (mergepoint)  slug`, the slug taken from the file name. */
function describe(graph: Graph, id: RevisionId, notes: Notes): string {
  const node = graph.nodes.get(id)!;
  const missing = notes.missing.get(id) ?? [];
  const inCycle = notes.inCycle.has(id);
  const markers = [
    say.labelsMarker([...node.labels].sort()),
    node.children.length === 0 ? say.headMarker(isEffectiveHead(graph, id)) : '',
    isBranchPoint(graph, id) ? say.BRANCHPOINT_MARKER : '',
    isMergePoint(graph, id) ? say.MERGEPOINT_MARKER : '',
    node.dependsOn.length > 0 ? say.dependsOnMarker(node.dependsOn) : '',
    missing.length > 0 ? say.missingParentMarker(missing) : '',
    inCycle ? say.CYCLE_MARKER : '',
  ].join('');
  const name = node.file.path.slice(node.file.path.lastIndexOf('/') + 1).replace(/\.py[co]?$/, '');
  const slug = name.startsWith(`${id}_`) ? name.slice(id.length + 1) : name === id ? '' : name;
  return `${id}${markers}${slug ? `  ${slug}` : ''}`;
}

/** Cuts a row to `width` code points, marking the cut with `…`. */
function fit(row: string, width: number): string {
  const chars = [...row];
  return chars.length <= width ? row : `${chars.slice(0, width - 1).join('')}…`;
}
