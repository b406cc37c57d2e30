/**
 * The analysis of a commit, from the analysis of its HEAD: what analyseEnvironment would say of
 * the index (checked = HEAD's tree + the staged revision files) against the same merge-base and
 * target, derived from what it said of HEAD's tree (the verdict) and the trees' summaries, in
 * time proportional to what was staged. A hook checks one history on every commit; the common
 * commit adds a migration on top of the branch's head, and the answer then follows from the last
 * one.
 *
 * Taken only where the result is provably analyseEnvironment's, and undefined everywhere else
 * (the caller then runs the full analysis), so it never decides anything the analysis does not:
 *  - every tree is healthy (it alone gives no finding) and the verdict is clean, or holds only
 *    the behind-target warning of a branch whose own head is being extended;
 *  - each staged revision file is plain: a fresh id and path (in no tree; the id no label), one parent, no
 *    labels, no depends_on, nothing doubtful; its parent is a head of HEAD's tree (and of the
 *    merged view) that no other staged file takes and nothing depends on, or another staged file.
 * Then nothing of the analysis changes but the heads: the parent's place among them is taken by
 * the end of the staged chain, which inherits its branch labels (Alembic propagates labels down a
 * single line). test/analysis/extend-verdict.test.ts checks this against analyseEnvironment on
 * random histories.
 */
import { behindTarget } from '../messages.js';
import type { Finding, Graph, RevisionFile, RevisionId } from '../types.js';
import { headsGraph } from '../graph/heads-graph.js';
import { unexcusedHeads } from '../graph/unexcused-heads.js';

/** A head of a tree, with what decides its place and whether it is intentional. */
export interface VerdictHead {
  readonly id: RevisionId;
  readonly path: string;
}

/** What analyseEnvironment said of one checked tree against a merge-base and a target. */
export interface Verdict {
  readonly heads: {
    readonly target: readonly RevisionId[];
    readonly mergeBase: readonly RevisionId[];
    /** The merged view's heads, in load order, with their files. */
    readonly result: readonly VerdictHead[];
  };
  /** Findings with the contract's default severities (the config's come later). */
  readonly findings: readonly Finding[];
}

/** What the derivation needs of a tree: its summary. */
export interface TreeView {
  has(id: RevisionId): boolean;
  /** True when the tree holds a file at `path` (a staged file there would replace it in the merged view). */
  hasPath(path: string): boolean;
  readonly healthy: boolean;
  readonly heads: readonly { readonly id: RevisionId; readonly path: string; readonly labels: readonly string[] }[];
  readonly labels: readonly string[];
  readonly dependedOn: readonly RevisionId[];
}

// Python sorts names by code point, JS by UTF-16 unit: they agree without surrogates.
const plainNames = (paths: readonly string[]) => paths.every((p) => !/[\ud800-\udfff]/.test(p));
const byPath = <T extends { path: string }>(a: T, b: T) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * The verdict of a tree checked against itself (a branch at its target's tip, before its first
 * commit): clean when the tree is healthy and has at most one head that is not intentional.
 */
export function selfVerdict(tree: TreeView, allowedHeads: readonly RevisionId[]): Verdict | undefined {
  if (!tree.healthy || unexcusedHeads(headsGraph(tree.heads), allowedHeads).length > 1) return undefined;
  const ids = tree.heads.map((h) => h.id);
  return { heads: { target: ids, mergeBase: ids, result: tree.heads.map(({ id, path }) => ({ id, path })) }, findings: [] };
}

/** What the derivation gives: the index's verdict, and its heads for the index's own summary. */
export interface ExtendedVerdict {
  readonly verdict: Verdict;
  /** The checked tree's heads after the staged files, in load order, with their labels. */
  readonly heads: TreeView['heads'];
}

/** The verdict of HEAD's tree + `added` (see the module comment), or undefined. */
export function extendVerdict(input: {
  verdict: Verdict;
  head: TreeView;
  base: TreeView;
  target: TreeView;
  /** The staged revision files, each new. */
  added: readonly RevisionFile[];
  targetName: string;
  /** Heads the config allows: a head that is one, or becomes one, changes which heads count. */
  allowedHeads: readonly RevisionId[];
}): ExtendedVerdict | undefined {
  const { verdict, head, base, target, added } = input;
  if (added.length === 0 || ![head, base, target].every((tree) => tree.healthy)) return undefined;
  const behind = verdict.findings.length === 1 && verdict.findings[0]!.code === 'behind-target' ? verdict.findings[0]! : undefined;
  if (verdict.findings.length > (behind ? 1 : 0)) return undefined;
  const trees = [head, base, target];
  const labels = new Set(trees.flatMap((tree) => tree.labels));
  const dependedOn = new Set(trees.flatMap((tree) => tree.dependedOn));
  const byId = new Map<RevisionId, RevisionFile>();
  for (const file of added) {
    const id = file.revision;
    if (id === undefined || file.revisionSource !== 'variable' || file.problems.length > 0 || file.downRevisions?.length !== 1) return undefined;
    if (file.branchLabels.length > 0 || file.dependsOn.length > 0 || byId.has(id) || labels.has(id) || input.allowedHeads.includes(id)) return undefined;
    if (trees.some((tree) => tree.has(id) || tree.hasPath(file.path))) return undefined;
    byId.set(id, file);
  }
  // Each chain of staged files hangs under one head of HEAD's tree.
  const headIds = new Map(head.heads.map((h) => [h.id, h]));
  const resultIds = new Set(verdict.heads.result.map((h) => h.id));
  const taken = new Set<RevisionId>();
  for (const file of added) {
    const parent = file.downRevisions![0]!;
    if (taken.has(parent)) return undefined;
    taken.add(parent);
    if (byId.has(parent)) continue;
    if (!headIds.has(parent) || dependedOn.has(parent) || !resultIds.has(parent) || input.allowedHeads.includes(parent)) return undefined;
    // A behind branch's first revision stays its anchor only if the head it extends is its own.
    if (behind && base.has(parent)) return undefined;
  }
  // The end of each chain, by the head it starts from.
  const endOf = new Map<RevisionId, RevisionFile>();
  for (const file of added) {
    if (taken.has(file.revision!)) continue;
    let root = file;
    for (let steps = 0; byId.has(root.downRevisions![0]!); steps++) {
      if (steps > added.length) return undefined;
      root = byId.get(root.downRevisions![0]!)!;
    }
    endOf.set(root.downRevisions![0]!, file);
  }
  if (endOf.size !== added.filter((f) => !byId.has(f.downRevisions![0]!)).length) return undefined;
  const swap = <T extends { id: RevisionId; path: string }>(h: T): T | { id: RevisionId; path: string } => {
    const end = endOf.get(h.id);
    return end ? { ...h, id: end.revision!, path: end.path } : h;
  };
  const result = verdict.heads.result.map(swap).sort(byPath);
  const heads = head.heads.map((h) => swap(h) as TreeView['heads'][number]).sort(byPath);
  if (!plainNames([...result, ...heads].map((h) => h.path))) return undefined;
  const findings: Finding[] = [];
  if (behind) {
    const paths = new Map(result.map((h) => [h.id, h.path]));
    const merged = (behind.revisions ?? []).map((id) => (endOf.has(id) ? endOf.get(id)!.revision! : id));
    if (!merged.every((id) => paths.has(id))) return undefined;
    merged.sort((a, b) => byPath({ path: paths.get(a)! }, { path: paths.get(b)! }));
    const targetSide = merged.filter((id) => !head.has(id) && !byId.has(id));
    findings.push({
      ...behind,
      message: behindTarget(behind.revision!, behind.downRevision ?? [], input.targetName, targetSide, merged),
      revisions: merged,
    });
  }
  return {
    verdict: { heads: { target: verdict.heads.target, mergeBase: verdict.heads.mergeBase, result: result.map(({ id, path }) => ({ id, path })) }, findings },
    heads,
  };
}

/** The verdict analyseEnvironment's answer gives (`merged` is its merged view). */
export function verdictOf(analysis: { heads: { target: readonly RevisionId[]; mergeBase: readonly RevisionId[] }; findings: readonly Finding[]; merged: Graph }): Verdict {
  const result = [...new Set(analysis.merged.heads)].map((id) => ({ id, path: analysis.merged.nodes.get(id)!.file.path }));
  return { heads: { target: analysis.heads.target, mergeBase: analysis.heads.mergeBase, result }, findings: analysis.findings };
}
