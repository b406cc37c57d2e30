/**
 * The graphs of one tree for `heads` and `graph`: the working tree by default, the index with
 * `--staged`, a commit with `--rev`. One listing and one batched blob read for all environments.
 */
import { join } from 'node:path';
import { MigcheckError } from '../core/errors.js';
import { stagedAndRev } from '../core/messages.js';
import type { Environment, Graph } from '../core/types.js';
import { buildGraph } from '../core/graph/index.js';
import { headsGraph } from '../core/graph/heads-graph.js';
import { normaliseDir, selectRevisionFiles } from '../core/reader/select-revision-files.js';
import { READER_VERSION } from '../core/reader/reader-version.js';
import { keyIn as summaryKeyIn, TreeSummaries } from '../cache/tree-summaries.js';
import { comparisonStarted, worktreeTrees } from '../git/worktree-state.js';
import { indexFactsKept } from '../cache/index-facts.js';
import { compileIgnore } from '../config/ignore-matcher.js';
import { loadTrees, rememberTrees, type TreeSpec } from '../trees/load-trees.js';
import { stagedChanges } from '../git/staged-paths.cjs';
import type { DiscoverySource } from '../trees/discover-environments.js';
import { BlobReader } from '../git/index.js';
import { repositoryFiles } from '../git/repository-files.cjs';
import { resolveRev } from './resolve-rev.js';
import { environmentsFor, openRunContext, type RunContext } from './run-context.js';
import type { CommandIO } from './command-io.js';
import type { ParsedArgs } from './parsed-args.js';

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
    if (!key || !(await store.facts(key))) return false;
  }
  return true;
}

/** One environment's graph. */
export interface EnvironmentGraph {
  environment: Environment;
  graph: Graph;
}

/**
 * Reads the tree the options name and builds each environment's graph. With `headsOnly`, a
 * healthy tree git names by content — a commit, or the working tree when its versions folders
 * are the index's (see worktreeTrees) — is answered from its summary: a graph of its heads.
 */
export async function readGraphs(
  args: ParsedArgs,
  io: CommandIO,
  options: { headsOnly?: boolean; context?: RunContext } = {},
): Promise<{ context: RunContext; graphs: EnvironmentGraph[]; commit?: string }> {
  const rev = typeof args.options.rev === 'string' ? args.options.rev : undefined;
  if (rev !== undefined && args.options.staged === true) throw new MigcheckError(stagedAndRev());
  // A caller that reads several trees (explain) opens the repository and the config once.
  // `heads` starts few gits, so the one that describes the repository is worth skipping.
  const context = options.context ? { ...options.context, args } : await openRunContext(args, io, { fromFiles: options.headsOnly });
  // Tree ids and objects from the repository's own files where they tell for certain.
  const reader = new BlobReader(context.repo, repositoryFiles(context.repo, io.env, context.repo.head?.length === 64 ? 32 : 20));
  try {
    let source: DiscoverySource = { kind: 'worktree' };
    let spec: TreeSpec = { name: 'worktree' };
    if (rev !== undefined) {
      const commit = await resolveRev(context.repo, rev);
      source = { kind: 'commit', commit };
      spec = { name: 'head', commit };
    } else if (args.options.staged === true) {
      source = { kind: 'index' };
      spec = { name: 'index' };
    } else if (options.headsOnly && !io.env.GIT_INDEX_FILE) {
      // Discovery and worktreeTrees both read the index file's facts: kept ones by its checksum
      // when this index was walked before (see cache/index-facts).
      indexFactsKept(context.repo.commonDir, join(context.repo.gitDir, 'index'));
    }
    const environments = await environmentsFor(context, source, reader);
    // `heads` of a tree git names by content: its summary's heads, when the tree is healthy. The
    // working tree counts as the index's when git vouches that its versions folders are (see
    // worktreeTrees); with nothing staged those are HEAD's folders.
    // The index's folder ids when the working tree is the index there: a full read below is then
    // kept under them, so the next `heads` finds it.
    let worktreeIds: ReadonlyMap<string, string> | undefined;
    if (options.headsOnly && context.config.ignore.length === 0) {
      const head = context.repo.head;
      if (spec.name === 'head') {
        const fromSummaries = await headsFromSummaries(context, environments, await commitTrees(environments, spec.commit, reader));
        if (fromSummaries) return { context, graphs: fromSummaries, commit: spec.commit };
      } else if (spec.name === 'worktree' && head && environments.every((env) => !env.recursive && !env.sourceless)) {
        // Asked only when HEAD's tree is summarised (its files depend on its folders alone): a
        // history just checked out, or one whose labels are constants, is read in full anyway.
        // A comparison started before the bundle loaded costs only the wait: it is asked first,
        // and HEAD's tree objects are read only when it does not answer.
        const locations = environments.flatMap((env) => env.versionLocations);
        const headSummarised = async () => summarised(context, environments, await commitTrees(environments, head, reader));
        const started = comparisonStarted(context.repo, locations, io.started);
        if (started || await headSummarised()) {
          const selected = (path: string) => environments.some((env) => selectRevisionFiles([path], env).length > 0);
          const trees = await worktreeTrees(context.repo, locations, selected, io.started);
          const fromSummaries = trees ? await headsFromSummaries(context, environments, (location) => trees.get(location)) : undefined;
          if (fromSummaries) return { context, graphs: fromSummaries };
          worktreeIds = trees && (!started || await headSummarised()) ? trees : undefined;
        }
      }
    }
    // One loader for every tree: commits from their summaries, the index as HEAD + the staged
    // changes, the working tree listed with its unchanged tracked files taken by blob id.
    const loaded = await loadTrees(context.repo, environments, [spec], { reader, staged: spec.name === 'index' ? stagedChanges(context.repo) : undefined });
    const ignored = context.config.ignore.length > 0 ? compileIgnore(context.config.ignore) : undefined;
    const graphs = environments.map((environment, e) => {
      const files = loaded.trees[0]![e]!.files;
      return { environment, graph: buildGraph(ignored ? files.filter((f) => !ignored(f.path)) : files) };
    });
    const named = worktreeIds
      ? { ...loaded, trees: loaded.trees.map((perEnv) => perEnv.map((tree, e) => ({ ...tree, key: summaryKeyIn(READER_VERSION, environments[e]!, (location) => worktreeIds!.get(location)) }))) }
      : loaded;
    if (!ignored) await rememberTrees(context.repo, named, [graphs.map(({ graph }) => graph)]);
    return { context, graphs, ...(spec.name === 'head' ? { commit: spec.commit } : {}) };
  } finally {
    await reader.close();
  }
}
