/**
 * The graphs of one tree for `heads` and `graph`: the working tree by default, the index with
 * `--staged`, a commit with `--rev`. One listing and one batched blob read for all environments.
 */
import { join } from 'node:path';
import { MigcheckError } from '../core/errors.js';
import { stagedAndRev } from '../core/messages.js';
import { buildGraph } from '../core/graph/index.js';
import { READER_VERSION } from '../core/reader/reader-version.js';
import { keyIn as summaryKeyIn } from '../cache/tree-summaries.js';
import { indexFactsKept } from '../cache/index-facts.js';
import { compileIgnore } from '../config/ignore-matcher.js';
import { loadTrees, rememberTrees, type TreeSpec } from '../trees/load-trees.js';
import { stagedChanges } from '../git/staged-paths.cjs';
import type { DiscoverySource } from '../trees/discover-environments.js';
import { BlobReader } from '../git/index.js';
import { repositoryFiles } from '../git/repository-files.cjs';
import { resolveRev } from './resolve-rev.js';
import { environmentsFor, openRunContext, type RunContext } from './run-context.js';
import { commitSummaryHeads, worktreeSummaryHeads, type EnvironmentGraph } from './summary-heads.js';
import type { CommandIO } from './command-io.js';
import type { ParsedArgs } from './parsed-args.js';

export type { EnvironmentGraph } from './summary-heads.js';

/** What a read of one tree starts from: the run context, a reader, and the tree the options name. */
export interface OpenedTree {
  context: RunContext;
  /** Open: the caller closes it. */
  reader: BlobReader;
  /** Where the environments are discovered. */
  source: DiscoverySource;
  /** What is loaded. */
  spec: TreeSpec;
}

/**
 * Opens the repository and its config (or takes `options.context`), a blob reader, and the tree
 * `--rev` / `--staged` name (the working tree by default).
 */
export async function openTree(args: ParsedArgs, io: CommandIO, options: { headsOnly?: boolean; context?: RunContext } = {}): Promise<OpenedTree> {
  const rev = typeof args.options.rev === 'string' ? args.options.rev : undefined;
  if (rev !== undefined && args.options.staged === true) throw new MigcheckError(stagedAndRev());
  // A caller that reads several trees (explain) opens the repository and the config once.
  // `heads` starts few gits, so the one that describes the repository is worth skipping.
  const context = options.context ? { ...options.context, args } : await openRunContext(args, io, { fromFiles: options.headsOnly });
  // Tree ids and objects from the repository's own files where they tell for certain.
  const reader = new BlobReader(context.repo, repositoryFiles(context.repo, io.env, context.repo.head?.length === 64 ? 32 : 20));
  try {
    if (rev !== undefined) {
      const commit = await resolveRev(context.repo, rev);
      return { context, reader, source: { kind: 'commit', commit }, spec: { name: 'head', commit } };
    }
    if (args.options.staged === true) return { context, reader, source: { kind: 'index' }, spec: { name: 'index' } };
    if (options.headsOnly && !io.env.GIT_INDEX_FILE) {
      // Discovery and worktreeTrees both read the index file's facts: kept ones by its checksum
      // when this index was walked before (see cache/index-facts).
      indexFactsKept(context.repo.commonDir, join(context.repo.gitDir, 'index'));
    }
    return { context, reader, source: { kind: 'worktree' }, spec: { name: 'worktree' } };
  } catch (error) {
    await reader.close();
    throw error;
  }
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
  const { context, reader, source, spec } = await openTree(args, io, options);
  try {
    const environments = await environmentsFor(context, source, reader);
    // `heads` of a tree git names by content: its summary's heads, when the tree is healthy (see
    // app/summary-heads). A full read of the working tree is kept under the index's folder ids
    // when the working tree is the index there, so the next `heads` finds it.
    let worktreeIds: ReadonlyMap<string, string> | undefined;
    if (options.headsOnly && spec.name === 'head') {
      const graphs = await commitSummaryHeads(context, environments, spec.commit, reader);
      if (graphs) return { context, graphs, commit: spec.commit };
    } else if (options.headsOnly && spec.name === 'worktree') {
      const found = await worktreeSummaryHeads(context, environments, io, reader);
      if (found.graphs) return { context, graphs: found.graphs };
      worktreeIds = found.worktreeIds;
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
