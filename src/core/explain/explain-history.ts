/**
 * How a fork came about, from git's facts: which revision was written on a parent the target had
 * already built on, and which commit of the target's first-parent line brought the second head.
 * Only files added are known (one log walk, --diff-filter=A): what the target held at a moment is
 * what its line had added by then.
 */
import type { Graph, RevisionId } from '../types.js';
import { ancestors } from '../graph/ancestors.js';
import type { AddingCommit, CommitFacts, HistoryFacts, OlderParent, SecondHead } from './explain-types.js';

/** The revision each path of the graph declares. */
function revisionsByPath(graph: Graph): Map<string, RevisionId> {
  const byPath = new Map<string, RevisionId>();
  for (const node of graph.nodes.values()) byPath.set(node.file.path, node.id);
  return byPath;
}

/** The commit that added each path: the newest add reachable (the file as it stands came from it). */
export function addingCommits(history: HistoryFacts | undefined): Map<string, CommitFacts> {
  const by = new Map<string, CommitFacts>();
  for (const entry of history?.added ?? []) for (const path of entry.paths) if (!by.has(path)) by.set(path, entry.commit);
  return by;
}

/** Heads of the revisions `present` (those with no child in it), in the graph's load order. */
function headsOf(graph: Graph, present: ReadonlySet<RevisionId>): RevisionId[] {
  return graph.order.filter((id) => present.has(id) && !graph.nodes.get(id)!.children.some((c) => present.has(c)));
}

/**
 * The revisions where the heads part: children of a revision whose children lead to different
 * heads. Only they can have been written on an older parent (a fork inside a chain that a merge
 * migration joins again is not the heads' story).
 */
export function forkChildren(graph: Graph, heads: readonly RevisionId[]): RevisionId[] {
  const below = heads.map((h) => ancestors(graph, [h], { inclusive: true }));
  const reach = (id: RevisionId) => below.map((set) => (set.has(id) ? '1' : '0')).join('');
  const out: RevisionId[] = [];
  for (const id of graph.order) {
    const node = graph.nodes.get(id)!;
    const children = node.children.filter((c) => below.some((set) => set.has(c)));
    if (children.length < 2 || new Set(children.map(reach)).size < 2) continue;
    for (const child of children) if (!out.includes(child)) out.push(child);
  }
  return out;
}

/**
 * Revisions among `candidates` whose parent already had another child on the target's line when
 * the commit that added them was made: written on an older parent. The target's state is what its
 * line had added before that commit (the commit itself, when it is on the line, not counted).
 */
export function olderParents(graph: Graph, candidates: readonly RevisionId[], history: HistoryFacts | undefined, universe: ReadonlySet<RevisionId>): OlderParent[] {
  if (!history) return [];
  const byPath = revisionsByPath(graph);
  const addedBy = addingCommits(history);
  const line = [...history.line].reverse();
  const out: OlderParent[] = [];
  for (const id of candidates) {
    const node = graph.nodes.get(id)!;
    const commit = addedBy.get(node.file.path) ?? null;
    if (commit === null) continue;
    const onLine = line.findIndex((entry) => entry.commit.id === commit.id);
    const before: AddingCommit[] = onLine >= 0 ? line.slice(0, onLine) : line.filter((entry) => entry.commit.time <= commit.time);
    const present = new Set<RevisionId>();
    for (const entry of before) for (const path of entry.paths) {
      const rev = byPath.get(path);
      if (rev !== undefined && universe.has(rev)) present.add(rev);
    }
    const older = node.parents.some((p) => present.has(p) && graph.nodes.get(p)!.children.some((c) => c !== id && present.has(c)));
    if (!older) continue;
    out.push({
      revision: id, file: node.file.path, downRevision: [...node.parents], commit,
      targetHeads: headsOf(graph, present), targetCommit: before.at(-1)?.commit ?? null,
    });
  }
  return out;
}

/**
 * The commit of the target's line after which the revisions of `universe` it held had more than
 * one head for good (a fork joined again later by a merge migration does not count); null when
 * the line never ends with two heads (the fork is not committed there).
 */
export function secondHead(graph: Graph, history: HistoryFacts | undefined, universe: ReadonlySet<RevisionId>): SecondHead | null {
  if (!history) return null;
  const byPath = revisionsByPath(graph);
  const present = new Set<RevisionId>();
  const presentChildren = new Map<RevisionId, number>();
  let heads = 0;
  let since: { commit: CommitFacts; present: Set<RevisionId> } | null = null;
  for (const entry of [...history.line].reverse()) {
    const before = heads;
    for (const path of entry.paths) {
      const id = byPath.get(path);
      if (id === undefined || !universe.has(id) || present.has(id)) continue;
      present.add(id);
      const node = graph.nodes.get(id)!;
      const children = node.children.filter((c) => present.has(c)).length;
      presentChildren.set(id, children);
      if (children === 0) heads++;
      for (const parent of new Set(node.parents)) {
        if (!present.has(parent)) continue;
        const count = presentChildren.get(parent)!;
        if (count === 0) heads--;
        presentChildren.set(parent, count + 1);
      }
    }
    if (heads < 2) since = null;
    else if (before < 2 || since === null) since = { commit: entry.commit, present: new Set(present) };
  }
  if (since === null) return null;
  return { commit: since.commit, merge: since.commit.parents.length > 1, heads: headsOf(graph, since.present) };
}
