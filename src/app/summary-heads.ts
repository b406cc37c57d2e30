/**
 * `heads` from the tree summaries, for a tree git names by content: a commit, or the working
 * tree when git vouches that its versions folders are the index's (git/worktree-state). Healthy
 * summaries give each environment a graph of its heads alone; anything else answers undefined,
 * and the tree is read in full (app/read-graphs). The CLI asks this before it loads the full
 * command (cli/heads-answer), and read-graphs asks it too, so the rule lives here once.
 */
import type { Environment, Graph } from '../core/types.js';
import { headsGraph } from '../core/graph/heads-graph.js';
import { normaliseDir, selectRevisionFiles } from '../core/reader/select-revision-files.js';
import { READER_VERSION } from '../core/reader/reader-version.js';
import { keyIn as summaryKeyIn, TreeSummaries } from '../cache/tree-summaries.js';
import { comparisonStarted, worktreeTrees } from '../git/worktree-state.js';
import type { BlobReader } from '../git/index.js';
import type { RunContext } from './run-context.js';
import type { CommandIO } from './command-io.js';

/** One environment's graph. */
export interface EnvironmentGraph {
  environment: Environment;
  graph: Graph;
}

/**
 * The graphs of the environments' heads from the healthy summaries of one tree, whose folders'
 * ids `treeOf` gives (a commit's, or the index's cache-tree), or undefined.
 */
async function headsFromSummaries(context: RunContext, environments: readonly Environment[], treeOf: (location: string) => string | undefined): Promise<EnvironmentGraph[] | undefined> {
  const store = TreeSummaries.at(context.repo.commonDir);
  const graphs: EnvironmentGraph[] = [];
  for (const environment of environments) {
    const key = summaryKeyIn(READER_VERSION, environment, treeOf);
    const facts = key ? await store.facts(key) : undefined;
    facts?.close(); // Only the header is read.
    if (!facts?.header.healthy) return undefined;
    const dependedOn = new Set(facts.header.dependedOn);
    graphs.push({ environment, graph: headsGraph(facts.header.heads.map((h) => ({ ...h, dependedOn: dependedOn.has(h.id) }))) });
  }
  return graphs;
}

/** The folders' ids of a commit, as `treeOf` for headsFromSummaries. */
async function commitTrees(environments: readonly Environment[], commit: string, reader: BlobReader): Promise<(location: string) => string | undefined> {
  const locations = [...new Set(environments.flatMap((env) => env.versionLocations.map(normaliseDir)))];
  const trees = await reader.treeIds(locations.map((location) => `${commit}:${location}`));
  return (location) => trees.get(`${commit}:${location}`);
}

/** True when every environment's files in the tree `treeOf` names are summarised (healthy or not). */
async function summarised(context: RunContext, environments: readonly Environment[], treeOf: (location: string) => string | undefined): Promise<boolean> {
  const store = TreeSummaries.at(context.repo.commonDir);
  for (const environment of environments) {
    const key = summaryKeyIn(READER_VERSION, environment, treeOf);
    const facts = key ? await store.facts(key) : undefined;
    facts?.close();
    if (!facts) return false;
  }
  return true;
}

/** The heads of commit `commit` from its summaries, or undefined. */
export async function commitSummaryHeads(context: RunContext, environments: readonly Environment[], commit: string, reader: BlobReader): Promise<EnvironmentGraph[] | undefined> {
  if (context.config.ignore.length > 0) return undefined;
  return headsFromSummaries(context, environments, await commitTrees(environments, commit, reader));
}

/**
 * The heads of the working tree from the summaries of the index's folders, when git vouches
 * that the working tree holds exactly those (`graphs`). Else, in `worktreeIds`, the folders' ids
 * when a full read of the working tree may be kept under them (the next `heads` then finds it).
 */
export async function worktreeSummaryHeads(
  context: RunContext,
  environments: readonly Environment[],
  io: CommandIO,
  reader: BlobReader,
): Promise<{ graphs?: EnvironmentGraph[]; worktreeIds?: ReadonlyMap<string, string> }> {
  const head = context.repo.head;
  // A config that leaves files out builds graphs of less than a summary describes; a recursive or
  // sourceless environment's files depend on more than its folders.
  if (context.config.ignore.length > 0 || !head || !environments.every((env) => !env.recursive && !env.sourceless)) return {};
  // Asked only when HEAD's tree is summarised (its files depend on its folders alone): a
  // history just checked out, or one whose labels are constants, is read in full anyway.
  // A comparison started before the bundle loaded costs only the wait: it is asked first,
  // and HEAD's tree objects are read only when it does not answer.
  const locations = environments.flatMap((env) => env.versionLocations);
  const headSummarised = async () => summarised(context, environments, await commitTrees(environments, head, reader));
  const started = comparisonStarted(context.repo, locations, io.started);
  if (!started && !(await headSummarised())) return {};
  const selected = (path: string) => environments.some((env) => selectRevisionFiles([path], env).length > 0);
  const trees = await worktreeTrees(context.repo, locations, selected, io.started);
  const graphs = trees ? await headsFromSummaries(context, environments, (location) => trees.get(location)) : undefined;
  if (graphs) return { graphs };
  return trees && (!started || await headSummarised()) ? { worktreeIds: trees } : {};
}
