/**
 * The graphs of one tree for `heads` and `graph`: the working tree by default, the index with
 * `--staged`, a commit with `--rev`. One listing and one batched blob read for all environments.
 */
import { MigcheckError } from '../core/errors.js';
import { unknownRev, UNKNOWN_REV_HINT, stagedAndRev } from '../core/messages.js';
import type { Environment, Graph } from '../core/types.js';
import { buildGraph } from '../core/graph/index.js';
import { compileIgnore } from '../config/ignore-matcher.js';
import { loadTrees, rememberTrees, type TreeSpec } from '../trees/load-trees.js';
import { stagedChanges } from '../git/staged-paths.cjs';
import type { DiscoverySource } from '../trees/discover-environments.js';
import { BlobReader, resolveCommit, validateRef } from '../git/index.js';
import { environmentsFor, openRunContext, type RunContext } from './run-context.js';
import type { CommandIO } from './command-io.js';
import type { ParsedArgs } from './parsed-args.js';

/** One environment's graph. */
export interface EnvironmentGraph {
  environment: Environment;
  graph: Graph;
}

/** Reads the tree the options name and builds each environment's graph. */
export async function readGraphs(args: ParsedArgs, io: CommandIO): Promise<{ context: RunContext; graphs: EnvironmentGraph[] }> {
  const rev = typeof args.options.rev === 'string' ? args.options.rev : undefined;
  if (rev !== undefined && args.options.staged === true) throw new MigcheckError(stagedAndRev());
  const context = await openRunContext(args, io);
  const reader = new BlobReader(context.repo);
  try {
    let source: DiscoverySource = { kind: 'worktree' };
    let spec: TreeSpec = { name: 'worktree' };
    if (rev !== undefined) {
      validateRef(rev, '--rev');
      const commit = await resolveCommit(context.repo, rev);
      if (!commit) throw new MigcheckError(unknownRev(rev), { hint: UNKNOWN_REV_HINT });
      source = { kind: 'commit', commit };
      spec = { name: 'head', commit };
    } else if (args.options.staged === true) {
      source = { kind: 'index' };
      spec = { name: 'index' };
    }
    const environments = await environmentsFor(context, source, reader);
    // One loader for every tree: commits from their summaries, the index as HEAD + the staged
    // changes, the working tree listed with its unchanged tracked files taken by blob id.
    const loaded = await loadTrees(context.repo, environments, [spec], { reader, staged: spec.name === 'index' ? stagedChanges(context.repo) : undefined });
    const ignored = context.config.ignore.length > 0 ? compileIgnore(context.config.ignore) : undefined;
    const graphs = environments.map((environment, e) => {
      const files = loaded.trees[0]![e]!.files;
      return { environment, graph: buildGraph(ignored ? files.filter((f) => !ignored(f.path)) : files) };
    });
    if (!ignored) await rememberTrees(context.repo, loaded, [graphs.map(({ graph }) => graph)]);
    return { context, graphs };
  } finally {
    await reader.close();
  }
}
