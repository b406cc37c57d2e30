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

type Lanes = (RevisionId | null)[];

/** The drawing, one row per line, each ending in a newline; '' for an empty graph. */
export function renderGraphText(graph: Graph, options: GraphTextOptions = {}): string {
  const width = options.width ?? 80;
  const rows: string[] = [];
  const lanes: Lanes = [];
  const drawn = new Set<RevisionId>();
  const notes = problemNotes(graph);
  for (const id of displayOrder(graph)) {
    const incoming = lanes.flatMap((lane, i) => (lane === id ? [i] : []));
    let column = incoming[0] ?? freeLane(lanes, 0);
    if (incoming.length > 1) {
      rows.push(connector(lanes, column, incoming.slice(1), '┴', '╯'));
      for (const j of incoming.slice(1)) lanes[j] = null;
      trim(lanes);
    }
    lanes[column] = id;
    rows.push(fit(`${cells(lanes, (k) => (k === column ? '●' : lanes[k] ? '│' : ' '))} ${describe(graph, id, notes)}`, width));
    drawn.add(id);

    const children = graph.nodes.get(id)!.children.filter((c) => !drawn.has(c));
    lanes[column] = children[0] ?? null;
    if (children.length > 1) {
      const opened = children.slice(1).map((child) => {
        const slot = freeLane(lanes, column + 1);
        lanes[slot] = child;
        return slot;
      });
      // The new lanes are already set; draw them as the branch ends, not as lanes passing by.
      const passing = lanes.map((lane, k) => (opened.includes(k) ? null : lane));
      rows.push(connector(passing, column, opened, '┬', '╮'));
    }
    trim(lanes);
  }
  for (const file of graph.unreadable) rows.push(fit(say.graphUnreadable(file.path), width));
  return rows.map((row) => `${row}\n`).join('');
}

/** A fork or merge row: `├` at `column`, `end` at the farthest of `others`, `mid` at the rest. */
function connector(lanes: Lanes, column: number, others: number[], mid: string, end: string): string {
  const last = Math.max(...others);
  const size = Math.max(lanes.length, last + 1);
  let row = '';
  for (let k = 0; k < size; k++) {
    const lane = lanes[k] ?? null;
    const inside = k > column && k < last;
    row += k === column ? '├' : k === last ? end : others.includes(k) ? mid : inside ? (lane ? '┼' : '─') : lane ? '│' : ' ';
    row += k >= column && k < last ? '─' : ' ';
  }
  return row.trimEnd();
}

function trim(lanes: Lanes): void {
  while (lanes.length > 0 && lanes[lanes.length - 1] === null) lanes.pop();
}

function cells(lanes: Lanes, symbol: (k: number) => string): string {
  return lanes.map((_, k) => symbol(k)).join(' ');
}

function freeLane(lanes: Lanes, from: number): number {
  for (let k = from; k < lanes.length; k++) if (lanes[k] === null) return k;
  return Math.max(lanes.length, from);
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
