/**
 * Builds the revision graph of one environment from what the reader found, with Alembic's
 * semantics (`alembic/script/revision.py`, `RevisionMap._revision_map`): versioned heads in load
 * order, bases, branch labels (mapped, then propagated by `_add_branches`), depends_on resolved
 * through branch labels. A broken graph is data (`graph.problems`), never an exception, and every
 * pass is iterative and near-linear.
 */
import type { Graph, GraphProblem, RevisionFile, RevisionId, RevisionNode } from '../types.js';
import { meantRevisionLookup } from './meant-revision.js';
import { propagateLabels } from './propagate-labels.js';
import { stronglyConnected } from './strongly-connected.js';
import { topologicalOrder } from './topological-order.js';

/**
 * The empty list every node starts with, shared: most revisions have one parent, one child and
 * no labels, and a 10,000-node graph built in a fresh process spent a third of its time
 * allocating (and collecting) empty arrays. A node gets its own array on its first entry;
 * frozen, so a stray push fails loudly instead of reaching every node.
 */
const NONE = Object.freeze([]) as unknown as RevisionId[];

/** A node while buildGraph fills it in; the graph it returns is never changed again. */
interface NodeDraft {
  id: RevisionId;
  file: RevisionFile;
  parents: RevisionId[];
  dependsOn: RevisionId[];
  children: RevisionId[];
  labels: string[];
  dependents: RevisionId[];
}

/** The graph of `files`, given in Alembic's load order (version locations in order, sorted names). */
export function buildGraph(files: readonly RevisionFile[]): Graph {
  const unreadable: RevisionFile[] = [];
  const order: RevisionId[] = [];
  const nodes = new Map<RevisionId, NodeDraft>();
  // Paths declaring each repeated id, in load order (only built when an id repeats).
  let repeats: Map<RevisionId, string[]> | undefined;
  for (const file of files) {
    const id = file.revision;
    if (id === undefined) {
      unreadable.push(file);
      continue;
    }
    const known = nodes.get(id);
    if (known === undefined) {
      nodes.set(id, { id, file, parents: NONE, dependsOn: NONE, children: NONE, labels: NONE, dependents: NONE });
      order.push(id);
      continue;
    }
    repeats ??= new Map();
    const paths = repeats.get(id);
    if (paths) paths.push(file.path);
    else repeats.set(id, [known.file.path, file.path]);
    // Alembic's map keeps the first key position and the last file loaded for it.
    known.file = file;
  }

  const problems: GraphProblem[] = [];
  if (repeats) for (const id of order) if (repeats.has(id)) problems.push({ kind: 'duplicate-revision', revision: id, files: repeats.get(id)! });

  const { labelled, own } = mapBranchLabels(order, nodes, problems);
  const resolve = (ref: RevisionId) => (nodes.has(ref) ? ref : labelled.get(ref));
  // Built on the first missing parent only: a healthy graph never pays for it.
  let meant: ReturnType<typeof meantRevisionLookup> | undefined;
  const missing = (node: NodeDraft, ref: RevisionId, via: 'down_revision' | 'depends_on') => {
    meant ??= meantRevisionLookup(files);
    const hint = meant(ref);
    problems.push({ kind: 'missing-parent', revision: node.id, file: node.file.path, missing: ref, via, ...(hint ? { meant: hint } : {}) });
  };
  for (const id of order) {
    const node = nodes.get(id)!;
    for (const ref of node.file.downRevisions ?? []) {
      const target = resolve(ref);
      if (target === undefined) missing(node, ref, 'down_revision');
      // Alembic resolves labels in depends_on only: a label here is followed, and reported.
      if (target !== undefined && target !== ref) problems.push({ kind: 'label-as-parent', revision: id, file: node.file.path, label: ref, resolved: target });
      if (target === undefined) continue;
      if (node.parents === NONE) node.parents = [target];
      else if (!node.parents.includes(target)) node.parents.push(target);
    }
    for (const item of node.file.dependsOn) {
      if (item.kind !== 'string') continue;
      const target = resolve(item.value);
      if (target === undefined) missing(node, item.value, 'depends_on');
      else if (node.dependsOn === NONE) node.dependsOn = [target];
      else if (!node.dependsOn.includes(target)) node.dependsOn.push(target);
    }
  }
  for (const id of order) {
    const node = nodes.get(id)!;
    for (const parent of node.parents) {
      const above = nodes.get(parent)!;
      if (above.children === NONE) above.children = [id];
      else above.children.push(id);
    }
    for (const dependency of node.dependsOn) {
      const needed = nodes.get(dependency)!;
      if (needed.dependents === NONE) needed.dependents = [id];
      else needed.dependents.push(id);
    }
  }

  findCycles(order, nodes, problems);

  const graph: Graph = {
    nodes,
    order,
    // get_heads(): revisions no other revision names in down_revision, in load order.
    heads: order.filter((id) => nodes.get(id)!.children.length === 0),
    // is_base: down_revision is None (an unreadable down_revision is unknown, not a base).
    bases: order.filter((id) => nodes.get(id)!.file.downRevisions?.length === 0),
    problems,
    unreadable,
    files,
  };
  const isMergePoint = (id: RevisionId) => {
    const written = nodes.get(id)!.file.downRevisions ?? [];
    return written.length > 1 && new Set(written).size > 1;
  };
  // Labels need an order only when some file declares one.
  if (own.size > 0) for (const [id, list] of propagateLabels(nodes, own, topologicalOrder(graph), isMergePoint)) nodes.get(id)!.labels = list;
  return graph;
}

/**
 * Alembic's `_map_branch_labels`: a label may name one revision only, and may not equal a
 * revision id. Expression labels (`cli.EXPAND_BRANCH`) count as labels named by their text for
 * propagation, but cannot be looked up, so they take no part in resolution or clashes.
 */
function mapBranchLabels(order: readonly RevisionId[], nodes: ReadonlyMap<RevisionId, NodeDraft>, problems: GraphProblem[]) {
  const owners = new Map<string, RevisionId[]>();
  const own = new Map<RevisionId, string[]>();
  for (const id of order) {
    const items = nodes.get(id)!.file.branchLabels;
    if (items.length === 0) continue;
    own.set(id, [...new Set(items.map((i) => (i.kind === 'string' ? i.value : i.text)))].sort());
    for (const item of items) {
      if (item.kind !== 'string') continue;
      const list = owners.get(item.value);
      if (list) list.push(id);
      else owners.set(item.value, nodes.has(item.value) ? [item.value, id] : [id]);
    }
  }
  const labelled = new Map<string, RevisionId>();
  for (const [label, list] of owners) {
    labelled.set(label, list[0]!);
    if (list.length > 1) problems.push({ kind: 'duplicate-label', label, revisions: unique(list) });
  }
  return { labelled, own };
}

/**
 * Cycles through down_revision, then those that need a depends_on edge (Alembic's
 * `DependencyCycleDetected`). Self-loops are cycles of one. A first pass peels off every
 * revision that is not on or above a cycle (Kahn's algorithm), so a healthy graph never
 * reaches Tarjan's algorithm, and a broken one only with what is left.
 */
function findCycles(order: readonly RevisionId[], nodes: ReadonlyMap<RevisionId, RevisionNode>, problems: GraphProblem[]) {
  const position = new Map<RevisionId, number>();
  order.forEach((id, i) => position.set(id, i));
  const at = order.map((id) => nodes.get(id)!);
  // Members and cycles in load order, so problems read the same on every run.
  const cycles = (parents: (v: number) => readonly RevisionId[], children: (v: number) => readonly RevisionId[]) => {
    const stuck = unpeeled(order.length, (v) => parents(v).length, (v) => children(v).map((c) => position.get(c)!));
    if (stuck.length === 0) return [];
    const local = new Map(stuck.map((v, i) => [v, i]));
    const edges = stuck.map((v) => parents(v).flatMap((p) => (local.has(position.get(p)!) ? [local.get(position.get(p)!)!] : [])));
    return stronglyConnected(stuck.length, (v) => edges[v]!)
      .filter((c) => c.length > 1 || edges[c[0]!]!.includes(c[0]!))
      .map((c) => c.map((v) => stuck[v]!).sort((a, b) => a - b))
      .sort((a, b) => a[0]! - b[0]!);
  };
  const viaDown = downPeels(at, position) ? [] : cycles((v) => at[v]!.parents, (v) => at[v]!.children);
  for (const c of viaDown) problems.push({ kind: 'cycle', revisions: c.map((v) => order[v]!), via: 'down_revision' });
  if (!at.some((n) => n.dependsOn.length > 0)) return;
  const both = (a: readonly RevisionId[], b: readonly RevisionId[]) => (b.length === 0 ? a : [...new Set([...a, ...b])]);
  const seen = new Set(viaDown.map((c) => c.join(',')));
  for (const c of cycles((v) => both(at[v]!.parents, at[v]!.dependsOn), (v) => both(at[v]!.children, at[v]!.dependents ?? []))) {
    if (!seen.has(c.join(','))) problems.push({ kind: 'cycle', revisions: c.map((v) => order[v]!), via: 'depends_on' });
  }
}

/**
 * True when Kahn's algorithm emits every node over down_revision edges (no cycle): the healthy
 * case, checked without the per-node lists the general pass below builds.
 */
function downPeels(at: readonly RevisionNode[], position: ReadonlyMap<RevisionId, number>): boolean {
  const waiting = new Int32Array(at.length);
  const ready: number[] = [];
  for (let v = 0; v < at.length; v++) {
    waiting[v] = at[v]!.parents.length;
    if (waiting[v] === 0) ready.push(v);
  }
  let emitted = 0;
  while (ready.length > 0) {
    const v = ready.pop()!;
    emitted++;
    for (const child of at[v]!.children) {
      const c = position.get(child)!;
      if (--waiting[c] === 0) ready.push(c);
    }
  }
  return emitted === at.length;
}

/** The vertices Kahn's algorithm cannot emit: the cycles and everything above them. */
function unpeeled(count: number, parentCount: (v: number) => number, children: (v: number) => readonly number[]): number[] {
  const waiting = new Int32Array(count);
  const ready: number[] = [];
  for (let v = 0; v < count; v++) {
    waiting[v] = parentCount(v);
    if (waiting[v] === 0) ready.push(v);
  }
  let emitted = 0;
  while (ready.length > 0) {
    const v = ready.pop()!;
    emitted++;
    for (const c of children(v)) if (--waiting[c] === 0) ready.push(c);
  }
  if (emitted === count) return [];
  const stuck: number[] = [];
  for (let v = 0; v < count; v++) if (waiting[v]! > 0) stuck.push(v);
  return stuck;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
