/**
 * The investigation of one environment, as data: the heads, where they diverged, each chain in
 * upgrade order with the commit that added each revision, how the fork came about, and the fix
 * (a merge migration on the target, then the branches it moves). Pure: the caller reads the
 * graph, the docstrings and git's facts, and plans the branches with the rebase planner.
 */
import { ancestors } from '../graph/ancestors.js';
import { buildGraph } from '../graph/build-graph.js';
import { divergencePoint } from '../graph/divergence-point.js';
import { topologicalOrder } from '../graph/topological-order.js';
import { unexcusedHeads } from '../graph/unexcused-heads.js';
import { slugOf } from '../merge/revision-file-name.js';
import { explainAlembicMerge, explainMergeCommand, EXPLAIN_MERGE_MESSAGE } from '../messages.js';
import type { EnvironmentPlan } from '../plan/plan-types.js';
import type { DocstringFacts } from '../reader/docstring-facts.js';
import type { Graph, RevisionFile, RevisionId } from '../types.js';
import { addingCommits, forkChildren, olderParents, secondHead } from './explain-history.js';
import type { BranchFix, EnvironmentExplanation, HistoryFacts, MergeFix, RevisionFacts } from './explain-types.js';

/** The heads that make the fork (the rule `check` uses); fewer than two: nothing to explain. */
export function forkHeads(graph: Graph, allowedHeads: readonly RevisionId[]): RevisionId[] {
  const heads = unexcusedHeads(graph, allowedHeads);
  return heads.length > 1 ? heads : [];
}

/** The divergence point and each head's chain from it (ids, upgrade order). */
export function chainsOf(graph: Graph, heads: readonly RevisionId[]): { divergence: RevisionId | undefined; chains: { head: RevisionId; revisions: RevisionId[] }[] } {
  const divergence = divergencePoint(graph, heads);
  const shared = divergence === undefined ? new Set<RevisionId>() : ancestors(graph, [divergence], { inclusive: true });
  const chains = heads.map((head) => {
    const own = [...ancestors(graph, [head], { inclusive: true })].filter((id) => !shared.has(id));
    return { head, revisions: topologicalOrder(graph, own) };
  });
  return { divergence, chains };
}

/** The revisions a report describes (their docstrings are read): heads, divergence point, chains. */
export function describedRevisions(graph: Graph, heads: readonly RevisionId[]): RevisionId[] {
  const { divergence, chains } = chainsOf(graph, heads);
  return [...new Set([...heads, ...(divergence === undefined ? [] : [divergence]), ...chains.flatMap((c) => c.revisions)])];
}

/**
 * A revision id for the merge, the same for the same heads (12 hex digits, as Alembic's): phase
 * 2's plans name it, and running the report twice names the same one. Two FNV-1a hashes of the
 * sorted heads.
 */
export function mergeRevisionId(heads: readonly RevisionId[]): RevisionId {
  const text = [...heads].sort().join(' ');
  const fnv = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return h;
  };
  return `${fnv(0x811c9dc5).toString(16).padStart(8, '0')}${(fnv(0x050c5d1f) & 0xffff).toString(16).padStart(4, '0')}`;
}

/** What phase 1 writes and how. */
export function mergeFix(input: { heads: readonly RevisionId[]; targetRef: string; alembic: { cwd?: string; args: readonly string[] }; dir?: string }): MergeFix {
  const revision = mergeRevisionId(input.heads);
  const message = EXPLAIN_MERGE_MESSAGE;
  return {
    revision, downRevision: [...input.heads], message,
    migcheck: explainMergeCommand(message, revision, input.dir),
    alembic: explainAlembicMerge(input.alembic.args, message, revision, input.heads),
    ...(input.alembic.cwd === undefined ? {} : { alembicCwd: input.alembic.cwd }),
    target: input.targetRef,
  };
}

/**
 * The merge of phase 1 as a revision file, for planning phase 2 against the target as it will be
 * (a merge that does nothing: a branch's own merge of the same heads is then deletable).
 */
export function mergeRevisionFile(fix: MergeFix, dir: string): RevisionFile {
  return {
    path: `${dir}/${fix.revision}_${slugOf(fix.message)}.py`, revision: fix.revision, revisionSource: 'variable',
    downRevisions: [...fix.downRevision], branchLabels: [], dependsOn: [], sites: {}, emptyMigration: true, problems: [],
  };
}

/**
 * One branch of phase 2, or undefined when the fix moves none of its migrations: its own merges
 * of the heads (revisions the explained tree lacks that join two or more of them) and its own
 * revisions written on what the merge leaves behind (a parent in the explained tree).
 */
export function branchFix(input: { branch: string; commit: string; mergeBase: string | null; graph: Graph; explained: Graph; heads: readonly RevisionId[]; plan: EnvironmentPlan }): BranchFix | undefined {
  const own = input.graph.order.filter((id) => !input.explained.nodes.has(id));
  if (own.length === 0) return undefined;
  const below = new Set(ancestors(input.explained, input.heads, { inclusive: true }));
  const merges = own.filter((id) => input.graph.nodes.get(id)!.parents.filter((p) => input.heads.includes(p)).length > 1);
  const revisesOldHead = own.filter((id) => !merges.includes(id) && input.graph.nodes.get(id)!.parents.some((p) => below.has(p)));
  const moves = input.plan.steps.some((s) => s.action !== 'git');
  if (merges.length === 0 && revisesOldHead.length === 0 && !moves) return undefined;
  return { branch: input.branch, commit: input.commit, mergeBase: input.mergeBase, merges, revisesOldHead, plan: input.plan };
}

/** What explaining one environment needs. */
export interface ExplainEnvironmentInput {
  graph: Graph;
  dir: string;
  versionLocations: readonly string[];
  config?: string;
  allowedHeads: readonly RevisionId[];
  /** Docstring facts by path, for the described revisions. */
  docstrings: ReadonlyMap<string, DocstringFacts>;
  history: HistoryFacts | undefined;
  merge: MergeFix | undefined;
  branches: readonly BranchFix[];
}

/** The investigation of one environment. */
export function explainEnvironment(input: ExplainEnvironmentInput): EnvironmentExplanation {
  const { graph } = input;
  const heads = forkHeads(graph, input.allowedHeads);
  const base = { dir: input.dir, versionLocations: [...input.versionLocations], ...(input.config === undefined ? {} : { config: input.config }) };
  if (heads.length === 0) {
    return { ...base, state: 'healthy', heads: [], divergencePoint: null, chains: [], history: { olderParents: [], secondHead: null, line: null }, fix: null };
  }
  const addedBy = addingCommits(input.history);
  const facts = (id: RevisionId): RevisionFacts => {
    const file = graph.nodes.get(id)!.file;
    const doc = input.docstrings.get(file.path) ?? {};
    return { revision: id, file: file.path, ...doc, commit: addedBy.get(file.path) ?? null };
  };
  const { divergence, chains } = chainsOf(graph, heads);
  const universe = ancestors(graph, heads, { inclusive: true });
  return {
    ...base,
    state: 'multiple-heads',
    heads: heads.map(facts),
    divergencePoint: divergence === undefined ? null : facts(divergence),
    chains: chains.map((c) => ({ head: c.head, revisions: c.revisions.map(facts) })),
    history: {
      olderParents: olderParents(graph, forkChildren(graph, heads), input.history, universe),
      secondHead: secondHead(graph, input.history, universe),
      line: input.history?.lineRef ?? null,
    },
    fix: input.merge || input.branches.length > 0 ? { merge: input.merge ?? null, branches: [...input.branches] } : null,
  };
}

/**
 * The part of the graph a report draws: the divergence point (drawn as a base: what lies below it
 * is shared and told in one line) and every chain; without a divergence point, all the heads'
 * ancestors.
 */
export function forkGraph(graph: Graph, heads: readonly RevisionId[]): Graph {
  const { divergence, chains } = chainsOf(graph, heads);
  const ids = divergence === undefined ? ancestors(graph, heads, { inclusive: true }) : new Set([divergence, ...chains.flatMap((c) => c.revisions)]);
  const files = graph.order.filter((id) => ids.has(id)).map((id) => {
    const file = graph.nodes.get(id)!.file;
    return id === divergence ? { ...file, downRevisions: [] } : file;
  });
  return buildGraph(files);
}
