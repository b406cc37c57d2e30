/**
 * What every command that reads migrations needs, resolved once: the repository, the config,
 * the environments of the tree being read, and (for commands that compare) the target and the
 * merge-base. Environments come from `--dir` › the config's `environments` › discovery from the
 * tracked Alembic configs of the same tree.
 */
import { MigcheckError } from '../core/errors.js';
import type { Environment, MigcheckConfig } from '../core/types.js';
import { loadConfig } from '../config/load-config.js';
import { discoverEnvironments, requireEnvironments, type DiscoverySource } from '../trees/discover-environments.js';
import { environmentOfLocations, environmentsFromDirs, requireDirectories } from '../trees/environments-from-dirs.js';
import { mergeBase, openRepository, resolveTarget, type Repository, type BlobReader } from '../git/index.js';
import type { CommandIO } from './command-io.js';
import type { ParsedArgs } from './parsed-args.js';

/** The repository and config of one run. */
export interface RunContext {
  repo: Repository;
  config: MigcheckConfig;
  args: ParsedArgs;
  io: CommandIO;
}

/** The target branch and where this work forked from it. */
export interface TargetInfo {
  ref: string;
  commit: string;
  /** The merge-base with the checked commit; null when the histories are unrelated. */
  mergeBase: string | null;
}

const stringOption = (args: ParsedArgs, name: string): string | undefined => {
  const value = args.options[name];
  return typeof value === 'string' ? value : undefined;
};

/**
 * Opens the repository around `io.cwd` and loads its config (one git call, one small read; with
 * `fromFiles`, no git where the repository's files tell for certain).
 */
export async function openRunContext(args: ParsedArgs, io: CommandIO, options: { fromFiles?: boolean } = {}): Promise<RunContext> {
  const repo = await openRepository(io.cwd, io.env, options);
  const config = await loadConfig(repo.root, { explicitPath: stringOption(args, 'config'), cwd: io.cwd });
  return { repo, config, args, io };
}

/**
 * The environments to read in `source`: `--dir` overrides everything (each must be a folder of
 * that tree), then the config's environments, then discovery from the tree's own Alembic
 * configs (exit 2 when there is none).
 */
export async function environmentsFor(context: RunContext, source: DiscoverySource, reader: BlobReader | undefined): Promise<Environment[]> {
  const dirs = context.args.options.dir;
  if (Array.isArray(dirs) && dirs.length > 0) {
    const environments = environmentsFromDirs(dirs, { root: context.repo.root, cwd: context.io.cwd });
    await requireDirectories(context.repo, source, dirs, { cwd: context.io.cwd, reader });
    return environments;
  }
  const configured = context.config.environments;
  if (configured && configured.length > 0) {
    return configured.map((env) => environmentOfLocations(env.versionLocations, { recursive: env.recursive, config: context.config.source }));
  }
  const treeName = source.kind === 'commit' ? `commit ${source.commit.slice(0, 12)}` : source.kind;
  return requireEnvironments(await discoverEnvironments(context.repo, source, reader), treeName);
}

export { allowedHeadsFor } from '../config/allowed-heads.js';

/** What names the target, in the contract's order: --target, the config, MIGCHECK_TARGET. */
export function targetNames(context: RunContext): { explicit?: string; configured?: string; envTarget?: string } {
  return { explicit: stringOption(context.args, 'target'), configured: context.config.target, envTarget: context.io.env.MIGCHECK_TARGET };
}

/**
 * The target and the merge-base of `commit` with it. Before the first commit there is nothing to
 * compare with: undefined when no target ref exists yet (the index is then checked on its own).
 * `merging` are the commits a merge in progress brings into `commit`: the merge-base is then the
 * one the merge commit will have (`main`'s tip after merging `main` into a feature branch).
 */
export async function targetFor(context: RunContext, commit: string | undefined, commitName = 'HEAD', merging: readonly string[] = []): Promise<TargetInfo | undefined> {
  const named = targetNames(context);
  let target;
  try {
    target = await resolveTarget(context.repo, named);
  } catch (error) {
    if (commit === undefined && error instanceof MigcheckError && !named.explicit && !named.configured && !named.envTarget) return undefined;
    throw error;
  }
  const base = commit === undefined ? undefined : await mergeBase(context.repo, commit, target.commit, { a: commitName, b: target.ref }, merging);
  return { ref: target.ref, commit: target.commit, mergeBase: base ?? null };
}
