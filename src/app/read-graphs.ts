/**
 * The graphs of one tree for `heads` and `graph`: the working tree by default, the index with
 * `--staged`, a commit with `--rev`. One listing and one batched blob read for all environments.
 */
import { MigcheckError } from '../core/errors.js';
import { stagedAndRev } from '../core/messages.js';
import type { Environment, Graph } from '../core/types.js';
import { buildGraph } from '../core/graph/index.js';
import { compileIgnore } from '../config/ignore-matcher.js';
import { loadCheckTrees } from '../trees/load-check-trees.js';
import { loadTrees, type TreeSpec } from '../trees/load-trees.js';
import { stagedChanges } from '../git/staged-paths.cjs';
import type { DiscoverySource } from '../trees/discover-environments.js';
import { BlobReader } from '../git/index.js';
import { resolveRev } from './resolve-rev.js';
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
      const commit = await resolveRev(context.repo, rev);
      source = { kind: 'commit', commit };
      spec = { name: 'head', commit };
    } else if (args.options.staged === true) {
      source = { kind: 'index' };
      spec = { name: 'index' };
    }
    const environments = await environmentsFor(context, source, reader);
    // A commit or the index is read as a check reads it (tree snapshots; the index as HEAD + the
    // staged changes); the working tree is listed, its unchanged tracked files taken by blob id.
    const files = spec.name === 'worktree'
      ? (await loadTrees(context.repo, environments, [spec], { reader })).trees[0]!.files
      : (await loadCheckTrees(context.repo, environments, [spec], { reader, staged: spec.name === 'index' ? stagedChanges(context.repo) : undefined }))[0]!;
    const ignored = compileIgnore(context.config.ignore);
    const graphs = environments.map((environment, e) => ({
      environment,
      graph: buildGraph(files[e]!.filter((f) => !ignored(f.path))),
    }));
    return { context, graphs };
  } finally {
    await reader.close();
  }
}
