/**
 * The head start of `migcheck heads`: the git commands it waits for — the `ls-files` that tell
 * whether the working tree's versions folders are the index's (git/worktree-state), and the
 * config that says whether git converts what it compares — are started before the check's
 * bundle is loaded, so that git stats the folders while Node compiles
 * (at 10,000 revisions each takes ~25 ms). The folders come from the environment cache, under the
 * index's root tree id (what a check of this index kept); without them nothing is started. The
 * output is used only if the command `heads` would run is exactly this one (git-process's
 * startedOutput); otherwise the process ran for nothing.
 *
 * Never throws: any surprise starts nothing.
 */
import { statSync } from 'node:fs';
import { cachedEnvironments, settingsText, treeKey } from '../cache/environment-cache.cjs';
import { CONVERSION_CONFIG_ARGS, folderDifferenceCommands } from '../git/folder-differences.cjs';
import { runGitInBackground, type StartedGit } from '../git/git-process.cjs';
import type { LocatedRepository } from '../git/locate-repository.cjs';
import { fileIdentity, readIndexTail } from '../git/read-index.cjs';

/** Starts `heads`' ls-files and config in `repository` (found without git), when its folders are known. */
export function startHeads(repository: LocatedRepository, env: NodeJS.ProcessEnv): StartedGit[] | undefined {
  try {
    // Another index than the worktree's own is never compared (see worktreeTrees).
    if (env.GIT_INDEX_FILE) return undefined;
    const info = statSync(repository.indexFile, { bigint: true, throwIfNoEntry: false });
    const indexIdentity = info ? fileIdentity(info) : undefined;
    const root = indexIdentity !== undefined ? readIndexTail(repository.indexFile, indexIdentity)?.trees.get('') : undefined;
    if (root === undefined) return undefined;
    const known = cachedEnvironments(repository.commonDir, treeKey(root, settingsText(repository.root)));
    if (!known || known.linked || known.environments.some((env) => env.recursive || env.sourceless)) return undefined;
    const context = { cwd: repository.root, env };
    const commands = folderDifferenceCommands(known.environments.flatMap((env) => env.versionLocations), Number(info!.size));
    return [
      ...commands.map((args) => ({ cwd: repository.root, args, indexIdentity: indexIdentity!, output: runGitInBackground(context, args) })),
      { cwd: repository.root, args: CONVERSION_CONFIG_ARGS, indexIdentity: indexIdentity!, output: runGitInBackground(context, CONVERSION_CONFIG_ARGS, [0, 1]) },
    ];
  } catch {
    return undefined;
  }
}
