/**
 * The working-tree files whose content git can vouch for without migcheck reading them: tracked,
 * unchanged since they were staged (git's own stat check, `diff-files`), and stored without any
 * conversion, so the index's blob id is the id of the bytes on disk. `heads` on a large working
 * tree then takes their parses from the cache by that id instead of reading and hashing each file.
 */
import { splitNul } from './parse-z.js';
import { runGit, type GitContext } from './run-git.js';

// No paths: the whole tree (a version location at the repository root).
const literal = (paths: readonly string[] | undefined) => (paths ?? []).map((p) => `:(literal)${p}`);

/** `ls-files -s -v -z`: like argv's lsFilesArgs, with the tag letter that shows assume-unchanged (lowercase). */
export function lsFilesTaggedArgs(paths?: readonly string[]): string[] {
  return ['ls-files', '-s', '-v', '-z', '--', ...literal(paths)];
}

/** `diff-files --name-only -z`: tracked files whose worktree content differs from the index. */
export function diffFilesArgs(paths?: readonly string[]): string[] {
  return ['diff-files', '--name-only', '-z', '--', ...literal(paths)];
}

/** The attributes that make the bytes on disk differ from the stored blob. */
export const CONVERSION_ATTRIBUTES = ['filter', 'text', 'eol', 'working-tree-encoding', 'ident'] as const;

/** `check-attr -z --stdin ATTR…` (paths on stdin, NUL-separated). */
export function checkAttrArgs(): string[] {
  return ['check-attr', '-z', '--stdin', ...CONVERSION_ATTRIBUTES];
}

/**
 * `ls-files -s -v -z` records: `H 100644 <oid> 0\tpath`. Keeps regular files at stage 0 tagged
 * `H` (cached): not assume-unchanged (`h`, git would not notice an edit), not skip-worktree
 * (`S`), not unmerged, not symlinks (their target is read through the file system).
 */
export function parseTaggedLsFiles(stdout: string): Map<string, string> {
  const blobs = new Map<string, string>();
  for (const record of splitNul(stdout)) {
    const tab = record.indexOf('\t');
    const [tag, mode, oid, stage] = record.slice(0, tab).split(' ');
    if (tab < 0 || tag !== 'H' || stage !== '0' || !oid || (mode !== '100644' && mode !== '100755')) continue;
    blobs.set(record.slice(tab + 1), oid);
  }
  return blobs;
}

/** `check-attr -z` output (`path\0attr\0value\0`…): the paths where any attribute is set or has a value. */
export function parseConvertedPaths(stdout: string): Set<string> {
  const items = splitNul(stdout);
  const converted = new Set<string>();
  for (let i = 0; i + 2 < items.length; i += 3) {
    const value = items[i + 2];
    // `-text` (unset) means no conversion; `unspecified` means the attribute is not there.
    if (value !== 'unspecified' && value !== 'unset') converted.add(items[i]!);
  }
  return converted;
}

/**
 * The index blob id of every file under `paths` (all files when undefined) whose worktree bytes git vouches for (see the
 * module comment). Empty when `core.autocrlf` is on (every text file may be converted). Four
 * git calls, three of them at once.
 */
export async function cleanIndexBlobs(repo: GitContext, paths?: readonly string[]): Promise<Map<string, string>> {
  if (paths?.length === 0) return new Map();
  const [listed, changed, autocrlf] = await Promise.all([
    runGit(repo, lsFilesTaggedArgs(paths)),
    runGit(repo, diffFilesArgs(paths)),
    runGit(repo, ['config', '--get', 'core.autocrlf'], { allowExit: [1] }),
  ]);
  if (!['', 'false', 'no', 'off', '0'].includes(autocrlf.stdout.trim().toLowerCase())) return new Map();
  const blobs = parseTaggedLsFiles(listed.stdout);
  for (const path of splitNul(changed.stdout)) blobs.delete(path);
  if (blobs.size === 0) return blobs;
  const attrs = await runGit(repo, checkAttrArgs(), { input: `${[...blobs.keys()].join('\0')}\0` });
  for (const path of parseConvertedPaths(attrs.stdout)) blobs.delete(path);
  return blobs;
}
