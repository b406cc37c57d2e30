/**
 * The argv of the one `ls-files` that tells whether the working tree holds exactly the index's
 * files in some folders (git/worktree-state). CommonJS, so that the CLI can start it before the
 * check's bundle is loaded (fast-lane/start-heads) with the same argv the check would use.
 */

/**
 * The files of the folders whose working-tree copy is not the index's: tracked files changed or
 * deleted (`-m -d`: git looks at the content where the stat data differs) and untracked files,
 * ignored ones included (`-o` without excludes: Alembic reads those too), one by one.
 */
export function folderDifferencesArgs(locations: readonly string[]): string[] {
  return ['ls-files', '-z', '--modified', '--deleted', '--others', '--', ...locations.map((l) => `:(literal)${l}`)];
}
