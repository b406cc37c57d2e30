/**
 * The argv of the git commands that tell whether the working tree holds exactly the index's
 * files in some folders (git/worktree-state): the `ls-files` that compare them, and the config
 * that says whether git converts what it compares. CommonJS, so that the CLI can start them
 * before the check's bundle is loaded (fast-lane/start-heads) with the argv the check would use.
 */

/** `core.autocrlf` and `core.attributesfile`, as `key\nvalue\0` records (git exits 1 when neither is set). */
export const CONVERSION_CONFIG_ARGS: readonly string[] = ['config', '-z', '--get-regexp', '^core\\.(autocrlf|attributesfile)$'];

/**
 * The index size (~20,000 entries) from which the comparison is two processes. Below it one
 * process is as fast and starts one process less; at 50,000 files the tracked part (a stat of
 * every file, ~90 ms) and the untracked part (a listing of the folder, ~45 ms) then overlap on
 * two cores: ~95 ms against ~150 ms.
 */
export const SPLIT_INDEX_BYTES = 2 * 1024 * 1024;

/**
 * The commands that list the files of the folders whose working-tree copy is not the index's:
 * tracked files changed or deleted (`-m -d`: git looks at the content where the stat data
 * differs) and untracked files, ignored ones included (`-o` without excludes: Alembic reads those
 * too), one path after another. One command, or two for a large index (`indexBytes`, the index
 * file's size); their outputs together are the list.
 */
export function folderDifferenceCommands(locations: readonly string[], indexBytes: number): string[][] {
  const paths = ['--', ...locations.map((l) => `:(literal)${l}`)];
  return indexBytes < SPLIT_INDEX_BYTES
    ? [['ls-files', '-z', '--modified', '--deleted', '--others', ...paths]]
    : [['ls-files', '-z', '--modified', '--deleted', ...paths], ['ls-files', '-z', '--others', ...paths]];
}
