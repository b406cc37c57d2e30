/**
 * What `rebase-plan` and `merge` read: the repository, the target and merge-base, the
 * environments, and the revision files of an environment in the working tree (with their bytes,
 * which --apply compares against before writing) or in a commit.
 */
import { MigcheckError } from '../core/errors.js';
import { NO_TARGET_HINT, noTargetFound, repairUnreadable, unparseableFix } from '../core/messages.js';
import { decodeSource, readRevisionFile, selectRevisionFiles } from '../core/reader/index.js';
import type { Environment, MigcheckConfig, RevisionFile } from '../core/types.js';
import { BlobReader, TARGET_CANDIDATES, type Repository } from '../git/index.js';
import { loadTrees } from '../trees/load-trees.js';
import { listWorktree, readWorktreeFile } from '../trees/worktree-reader.js';
import { environmentsFor, openRunContext, targetFor, type TargetInfo } from './run-context.js';
import type { CommandIO } from './command-io.js';
import type { ParsedArgs } from './parsed-args.js';

/** The repository and its environments (and the target, when the command needs one). */
export interface RepairContext {
  repo: Repository;
  config: MigcheckConfig;
  environments: Environment[];
  target?: TargetInfo;
}

/**
 * Opens the repository, loads the config and the working tree's environments (`--dir` › config ›
 * discovery); with `withTarget`, the target and HEAD's merge-base with it too.
 */
export async function openRepairContext(args: ParsedArgs, io: CommandIO, withTarget: boolean): Promise<RepairContext> {
  const context = await openRunContext(args, io);
  const reader = new BlobReader(context.repo);
  let environments: Environment[];
  try {
    environments = await environmentsFor(context, { kind: 'worktree' }, reader);
  } finally {
    await reader.close();
  }
  if (!withTarget) return { repo: context.repo, config: context.config, environments };
  const target = await targetFor(context, context.repo.head);
  if (!target) throw new MigcheckError(noTargetFound(TARGET_CANDIDATES), { hint: NO_TARGET_HINT });
  return { repo: context.repo, config: context.config, environments, target };
}

/** Revision files of one environment as the working tree holds them. */
export interface WorktreeRevisions {
  files: RevisionFile[];
  bytes: Map<string, Uint8Array>;
  texts: Map<string, string>;
}

/**
 * Refuses (exit 2, nothing written) files that cannot be placed in the graph at all — Python
 * cannot parse them, or their revision id is unreadable: a merge or a plan built without one of
 * them would guess (a file with conflict markers holds both sides' down_revision). A readable
 * revision with an unreadable down_revision is left to the planner, which shows and refuses it.
 */
export function refuseUnreadable(files: readonly RevisionFile[]): void {
  for (const file of files) {
    const errors = file.problems.filter((p) => p.severity === 'error');
    const problem = errors.find((p) => p.field === undefined) ?? (file.revision === undefined ? errors[0] : undefined);
    if (problem) throw new MigcheckError(repairUnreadable(file.path, problem.line, problem.reason), { hint: problem.fix ?? unparseableFix(problem.field) });
  }
}

/**
 * The environment's revision files in the working tree, in Alembic's load order, with the bytes
 * --apply compares against before writing; refuses unreadable ones. The worktree walk is the one
 * every command uses (symlinks leading out of the repository are not followed).
 */
export async function readWorktreeRevisions(root: string, env: Environment): Promise<WorktreeRevisions> {
  const { paths, links } = await listWorktree(root, env.versionLocations);
  const out: WorktreeRevisions = { files: [], bytes: new Map(), texts: new Map() };
  // A symlink is matched by its target's name, as Alembic 1.10+ (and check) do.
  for (const path of selectRevisionFiles(paths, env, links)) {
    const bytes = await readWorktreeFile(root, path);
    if (!bytes) continue; // Gone since the listing: not part of this tree.
    const text = decodeSource(bytes).text;
    out.bytes.set(path, bytes);
    out.texts.set(path, text);
    out.files.push(readRevisionFile(path, text));
  }
  refuseUnreadable(out.files);
  return out;
}

/** The environment's revision files in a commit, read as `check` reads trees (links, labels, cache). */
export async function readCommitRevisions(repo: Repository, commit: string, env: Environment): Promise<RevisionFile[]> {
  const { trees } = await loadTrees(repo, [env], [{ name: 'target', commit }]);
  return trees[0]!.files[0]!;
}
