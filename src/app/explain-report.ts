/**
 * `migcheck explain`: reads what the investigation needs and hands it to the pure core. The tree
 * explained is `--rev REV`, else the target branch, else — when the target is healthy — the
 * working tree when it is the one that forks. Git's facts come from two log walks over the
 * version folders (which commit added each file; the tree's first-parent line), the branches from
 * one for-each-ref, each affected branch's plan from the rebase planner against the target as it
 * will be after the merge. A branch (`--rev`, else HEAD) with one head of its own that forks once
 * merged (a stale branch) is explained in its merged view, and its fix is its own rebase plan.
 */
import { mergeTrees } from '../core/analysis/merge-trees.js';
import { branchFix, describedRevisions, explainEnvironment, forkHeads, mergeFix, mergeRevisionFile } from '../core/explain/explain-environment.js';
import type { BranchFix, EnvironmentExplanation, Explanation, ExplainedTree, HistoryFacts, MergeFix } from '../core/explain/explain-types.js';
import { buildGraph } from '../core/graph/index.js';
import { planEnvironment } from '../core/plan/plan-rebase.js';
import { docstringFacts, type DocstringFacts } from '../core/reader/docstring-facts.js';
import type { Graph, RevisionFile } from '../core/types.js';
import { addedCommits } from '../git/added-commits.js';
import { addedOrder } from '../git/added-order.js';
import { listBranches, type Branch } from '../git/list-branches.js';
import { mergeBase, resolveTarget, type Repository } from '../git/index.js';
import { loadTrees } from '../trees/load-trees.js';
import { alembicInvocation } from './alembic-invocation.js';
import { readGraphs, type EnvironmentGraph } from './read-graphs.js';
import { revisionTextReader } from './revision-texts.js';
import { allowedHeadsFor, openRunContext, targetNames, type RunContext } from './run-context.js';
import type { CommandIO } from './command-io.js';
import type { ParsedArgs } from './parsed-args.js';

/** The report with the graphs it was made from (the Markdown draws them). */
export interface ExplainResult {
  report: Explanation;
  graphs: EnvironmentGraph[];
  context: RunContext;
}

const withRev = (args: ParsedArgs, rev: string | undefined): ParsedArgs => ({ ...args, options: { ...args.options, rev, staged: undefined } });
const forks = (context: RunContext, graphs: readonly EnvironmentGraph[]) => graphs.some(({ environment, graph }) => forkHeads(graph, allowedHeadsFor(context.config, environment)).length > 0);
const allFiles = (graph: Graph): readonly RevisionFile[] => graph.files ?? [...graph.nodes.values()].map((n) => n.file);

/** Which tree to explain, and its graphs. */
async function chooseTree(args: ParsedArgs, io: CommandIO): Promise<{ tree: ExplainedTree; target: { ref: string; commit: string } | null; context: RunContext; graphs: EnvironmentGraph[] }> {
  const rev = typeof args.options.rev === 'string' ? args.options.rev : undefined;
  const opened = await openRunContext(args, io);
  // The target names the line to fix; with --rev it is only context, and may be missing.
  const target = await resolveTarget(opened.repo, targetNames(opened)).catch((error: unknown) => {
    if (rev !== undefined) return undefined;
    throw error;
  });
  if (rev !== undefined) {
    const { context, graphs, commit } = await readGraphs(withRev(args, rev), io, { context: opened });
    return { tree: { kind: 'commit', ref: rev, commit: commit! }, target: target ? { ref: target.ref, commit: target.commit } : null, context, graphs };
  }
  // Without --rev, resolveTarget has thrown (exit 2, naming the fix) when there is no target.
  const found = { ref: target!.ref, commit: target!.commit };
  const atTarget = await readGraphs(withRev(args, found.commit), io, { context: opened });
  const tree: ExplainedTree = { kind: 'commit', ref: found.ref, commit: found.commit };
  if (forks(atTarget.context, atTarget.graphs)) return { tree, target: found, ...atTarget };
  // The target is sound: the working tree may be what forks (a merge or rebase left two heads).
  const worktree = await readGraphs(withRev(args, undefined), io, { context: opened });
  if (forks(worktree.context, worktree.graphs)) return { tree: { kind: 'worktree' }, target: found, ...worktree };
  return { tree, target: found, ...atTarget };
}

/** Docstring facts of the revisions the report describes. */
async function docstrings(repo: Repository, graph: Graph, heads: readonly string[], worktree: boolean): Promise<Map<string, DocstringFacts>> {
  const files = describedRevisions(graph, heads).map((id) => graph.nodes.get(id)!.file);
  const texts = await revisionTextReader(repo, worktree)(files);
  return new Map([...texts].map(([path, text]) => [path, docstringFacts(text)]));
}

/**
 * Phase 2: every branch that has revisions the explained tree lacks, planned onto the target as
 * it will be after the merge. Branch trees are read in one load; git runs again only for the
 * branches that have such revisions (their merge-base and the order they added files).
 */
async function branchFixes(repo: Repository, env: EnvironmentGraph, explained: { graph: Graph; commit: string | undefined; ref: string }, merge: MergeFix, branches: readonly Branch[], allowed: readonly string[]): Promise<BranchFix[]> {
  const others = branches.filter((b) => b.commit !== explained.commit && b.name !== explained.ref);
  if (others.length === 0) return [];
  const loaded = await loadTrees(repo, [env.environment], others.map((b) => ({ name: 'head' as const, commit: b.commit })));
  const dir = env.environment.versionLocations[0] ?? '';
  const target = [...allFiles(explained.graph), mergeRevisionFile(merge, dir)];
  const fixes: BranchFix[] = [];
  for (const [i, branch] of others.entries()) {
    const files = loaded.trees[i]![0]!.files;
    const graph = buildGraph(files);
    if (!graph.order.some((id) => !explained.graph.nodes.has(id))) continue;
    const base = explained.commit === undefined ? undefined : await mergeBase(repo, branch.commit, explained.commit);
    const [baseFiles, order] = await Promise.all([
      base === undefined ? undefined : loadTrees(repo, [env.environment], [{ name: 'base', commit: base }]).then((l) => l.trees[0]![0]!.files),
      addedOrder(repo, base, env.environment.versionLocations, branch.commit),
    ]);
    const plan = planEnvironment({ dir, targetRef: explained.ref, checked: files, base: baseFiles, target, addedOrder: order, allowedHeads: allowed });
    const fix = branchFix({ branch: branch.name, commit: branch.commit, mergeBase: base ?? null, graph, explained: explained.graph, heads: merge.downRevision, plan });
    if (fix) fixes.push(fix);
  }
  return fixes;
}

/** A merged view's sides, per environment in the order of the graphs. */
interface MergedSides {
  base: string | undefined;
  branch: (readonly RevisionFile[])[];
  baseFiles: (readonly RevisionFile[] | undefined)[];
  target: (readonly RevisionFile[])[];
  targetGraphs: Graph[];
}

/**
 * A branch (`--rev REV`, or HEAD) whose own tree has one head: what the target holds once it lands
 * — the target with the branch's changes since their merge-base applied, the view `check` judges
 * a branch by. A stale
 * branch (written on a head the target has since built on) forks only there. Undefined when the
 * merged view forks nowhere either.
 */
async function mergedView(context: RunContext, graphs: readonly EnvironmentGraph[], rev: string, tip: { commit: string }): Promise<{ graphs: EnvironmentGraph[]; sides: MergedSides } | undefined> {
  const { repo } = context;
  const base = await mergeBase(repo, rev, tip.commit);
  // REV holds all of the target (its own tree is what lands), or the target holds all of REV
  // (nothing lands): no merged view to judge.
  if (base === tip.commit || base === rev) return undefined;
  const environments = graphs.map((g) => g.environment);
  const specs = [{ name: 'target' as const, commit: tip.commit }, ...(base === undefined ? [] : [{ name: 'base' as const, commit: base }])];
  const loaded = await loadTrees(repo, environments, specs);
  const target = environments.map((_, e) => loaded.trees[0]![e]!.files);
  const sides: MergedSides = {
    base,
    branch: graphs.map((g) => allFiles(g.graph)),
    target,
    baseFiles: environments.map((_, e) => (base === undefined ? undefined : loaded.trees[1]![e]!.files)),
    targetGraphs: target.map((files) => buildGraph(files)),
  };
  // A target that forks by itself is its own problem (`explain --rev <target>` tells it), not REV's.
  if (forks(context, graphs.map((g, e) => ({ ...g, graph: sides.targetGraphs[e]! })))) return undefined;
  const merged = graphs.map((g, e) => ({ ...g, graph: buildGraph(mergeTrees(sides.target[e]!, sides.baseFiles[e] ?? [], sides.branch[e]!)) }));
  return forks(context, merged) ? { graphs: merged, sides } : undefined;
}

/** A merged view's fix: REV's own rebase plan onto the target as it is (the target needs no merge). */
async function branchOntoTarget(repo: Repository, env: EnvironmentGraph, e: number, sides: MergedSides, branch: { ref: string; commit: string }, target: { ref: string }, allowed: readonly string[]): Promise<BranchFix> {
  const dir = env.environment.versionLocations[0] ?? '';
  const order = await addedOrder(repo, sides.base, env.environment.versionLocations, branch.commit);
  const plan = planEnvironment({ dir, targetRef: target.ref, checked: sides.branch[e]!, base: sides.baseFiles[e], target: sides.target[e]!, addedOrder: order, allowedHeads: allowed });
  const targetGraph = sides.targetGraphs[e]!;
  const fix = branchFix({ branch: branch.ref, commit: branch.commit, mergeBase: sides.base ?? null, graph: buildGraph(sides.branch[e]!), explained: targetGraph, heads: targetGraph.heads, plan });
  return fix ?? { branch: branch.ref, commit: branch.commit, mergeBase: sides.base ?? null, merges: [], revisesOldHead: [], plan };
}

/** The investigation of the chosen tree, every environment. */
export async function explainReport(args: ParsedArgs, io: CommandIO): Promise<ExplainResult> {
  const chosen = await chooseTree(args, io);
  const { target, context } = chosen;
  let { tree, graphs } = chosen;
  const repo = context.repo;
  let sides: MergedSides | undefined;
  if (tree.kind === 'commit' && target && !forks(context, graphs)) {
    // Nothing forks as it stands: a branch may still fork once it lands. With --rev that branch
    // is REV; without, it is HEAD (the branch being worked on), read beside the target.
    const branch = args.options.rev !== undefined
      ? { ref: tree.ref!, commit: tree.commit!, graphs }
      : repo.head !== undefined && repo.head !== target.commit
        ? { ref: repo.branch ?? 'HEAD', commit: repo.head, graphs: (await readGraphs(withRev(args, repo.head), io, { context })).graphs }
        : undefined;
    const merged = branch && branch.commit !== target.commit && !forks(context, branch.graphs) ? await mergedView(context, branch.graphs, branch.commit, target) : undefined;
    if (branch && merged) {
      ({ graphs, sides } = merged);
      tree = { kind: 'merged', ref: branch.ref, commit: branch.commit };
    }
  }
  const worktree = tree.kind === 'worktree';
  const tip = worktree ? repo.head : tree.commit;
  const explainedRef = worktree ? repo.branch ?? 'HEAD' : tree.ref!;
  const forked = graphs.filter(({ environment, graph }) => forkHeads(graph, allowedHeadsFor(context.config, environment)).length > 0);
  let history: HistoryFacts | undefined;
  let branches: Branch[] = [];
  if (forked.length > 0 && tip !== undefined) {
    const dirs = [...new Set(forked.flatMap(({ environment }) => environment.versionLocations))];
    if (sides && target) {
      // The merged view: files come from both sides; the line that held the heads is the target's.
      const [own, theirs, line] = await Promise.all([addedCommits(repo, tip, dirs), addedCommits(repo, target.commit, dirs), addedCommits(repo, target.commit, dirs, { firstParent: true })]);
      history = { added: [...own, ...theirs], line, lineRef: target.ref };
    } else {
      const [added, line, listed] = await Promise.all([addedCommits(repo, tip, dirs), addedCommits(repo, tip, dirs, { firstParent: true }), listBranches(repo)]);
      history = { added, line, lineRef: explainedRef };
      branches = listed;
    }
  }
  const environments: EnvironmentExplanation[] = [];
  for (const env of graphs) {
    const { environment, graph } = env;
    const allowed = allowedHeadsFor(context.config, environment);
    const heads = forkHeads(graph, allowed);
    const dir = environment.versionLocations[0] ?? '';
    let merge: MergeFix | undefined;
    let fixes: BranchFix[] = [];
    let docs = new Map<string, DocstringFacts>();
    if (heads.length > 0 && sides && target) {
      [docs, fixes] = await Promise.all([
        docstrings(repo, graph, heads, false),
        branchOntoTarget(repo, env, graphs.indexOf(env), sides, { ref: explainedRef, commit: tip! }, target, allowed).then((f) => [f]),
      ]);
    } else if (heads.length > 0) {
      merge = mergeFix({ heads, targetRef: explainedRef, alembic: alembicInvocation(environment), ...(graphs.length > 1 ? { dir } : {}) });
      [docs, fixes] = await Promise.all([
        docstrings(repo, graph, heads, worktree),
        branchFixes(repo, env, { graph, commit: tip, ref: explainedRef }, merge, branches, allowed),
      ]);
    }
    environments.push(explainEnvironment({
      graph, dir, versionLocations: environment.versionLocations, ...(environment.config === undefined ? {} : { config: environment.config }),
      allowedHeads: allowed, docstrings: docs, history: heads.length > 0 ? history : undefined, merge, branches: fixes,
    }));
  }
  const report: Explanation = { ok: environments.every((e) => e.state === 'healthy'), tree, target, environments };
  return { report, graphs, context };
}
