/**
 * The argv of the two git commands that tell whether the working tree holds exactly the index's
 * files in some folders (git/worktree-state): the `ls-files` that compares them, and the config
 * that says whether git converts what it compares. CommonJS, so that the CLI can start both
 * before the check's bundle is loaded (fast-lane/start-heads) with the argv the check would use.
 */

/** `core.autocrlf` and `core.attributesfile`, as `key\nvalue\0` records (git exits 1 when neither is set). */
export const CONVERSION_CONFIG_ARGS: readonly string[] = ['config', '-z', '--get-regexp', '^core\\.(autocrlf|attributesfile)$'];

/**
 * The files of the folders whose working-tree copy is not the index's: tracked files changed or
 * deleted (`-m -d`: git looks at the content where the stat data differs) and untracked files,
 * ignored ones included (`-o` without excludes: Alembic reads those too), one by one.
 */
export function folderDifferencesArgs(locations: readonly string[]): string[] {
  return ['ls-files', '-z', '--modified', '--deleted', '--others', '--', ...locations.map((l) => `:(literal)${l}`)];
}
