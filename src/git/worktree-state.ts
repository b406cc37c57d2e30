/**
 * Which git trees the working tree's versions folders are, so `heads` of the working tree can be
 * answered from those trees' summary: the index's folders, when git vouches that the working
 * tree holds exactly the index's files there (`ls-files`: no tracked file modified or
 * deleted, no untracked or ignored file), nothing can make the bytes on disk differ from the
 * blobs git compared (no line-ending conversion, filter, ident or encoding could apply:
 * `core.autocrlf` is off and no attributes file that applies mentions one), and no index entry
 * tells git not to look (assume-unchanged, skip-worktree). Staged or not makes no difference:
 * the index's folder ids are HEAD's when nothing is staged. Conservative: any doubt answers
 * undefined, and the folders are read from disk as before.
 */
import { readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { runGit, startedCommand, startedOutput, type GitContext, type StartedGit } from './run-git.js';
import { CONVERSION_CONFIG_ARGS, folderDifferenceCommands } from './folder-differences.cjs';
import { fileIdentity, identityBytes, readIndexFacts } from './read-index.cjs';
import { splitNul } from './parse-z.js';
import { folderTreeId } from './folder-tree-id.js';
import { normaliseDir } from '../core/reader/select-revision-files.js';

// The attributes that make the bytes on disk differ from the stored blob (and git's old name for one).
const CONVERSION = /(?:^|[\s!-])(?:filter|text|eol|working-tree-encoding|ident|crlf)\b/m;

const mentionsConversion = (path: string) => {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return false; // No such file: nothing in it applies.
  }
  return CONVERSION.test(text.split('\n').filter((line) => !line.trimStart().startsWith('#')).join('\n'));
};

/** The folders above a location and the location itself (`a`, `a/b`, `a/b/c`), the root first. */
const foldersTo = (location: string) => ['', ...location.split('/').filter(Boolean).map((_, i, parts) => parts.slice(0, i + 1).join('/'))];

/**
 * True when `started` holds the comparison worktreeTrees makes for `locations` (started before
 * the bundle loaded, on the index whose identity it carries): asking it then costs only the wait.
 */
export function comparisonStarted(repo: GitContext, locations: readonly string[], started: readonly StartedGit[] | undefined): boolean {
  return !!started?.some((one) => startedCommand([one], repo, folderDifferenceCommands(locations, identityBytes(one.indexIdentity))[0]!));
}

/**
 * The git tree ids of the index's `locations` (not recursive) when the working tree holds exactly
 * the index's revision files there, byte for byte: `isRevision` says which paths those are (a
 * changed `__pycache__` or notes file does not count). Undefined when it does not, or in doubt.
 * The ids are the cache-tree's, or computed as `git write-tree` would name the folders (a
 * `git add` drops them from the cache-tree); with nothing staged they are HEAD's.
 */
export async function worktreeTrees(
  repo: GitContext & { root: string; gitDir: string; commonDir: string; head?: string | undefined },
  locations: readonly string[],
  isRevision: (path: string) => boolean,
  started?: readonly StartedGit[],
): Promise<ReadonlyMap<string, string> | undefined> {
  // Another index than the worktree's own (GIT_INDEX_FILE) is not worth the doubt.
  if (repo.env.GIT_INDEX_FILE) return undefined;
  const indexFile = join(repo.gitDir, 'index');
  const index = readIndexFacts(indexFile);
  if (!index || index.hidesWorktree) return undefined;
  // A link or submodule there: what the files are depends on more than the folders.
  const folders = [...new Set(locations.map(normaliseDir))];
  if (index.links.some((link) => folders.some((folder) => folder === '' || link.path.startsWith(`${folder}/`)))) return undefined;
  // The CLI may have started these very commands while the bundle loaded (the comparison on
  // this very index, whose identity is checked again below); git runs what it did not start.
  const output = async (from: readonly StartedGit[] | undefined, args: readonly string[], allowExit: number[] = []) => {
    const stdout = await startedOutput(from, repo, args);
    return stdout !== undefined ? { stdout } : runGit(repo, args, { allowExit });
  };
  const sameIndex = started?.filter((one) => one.indexIdentity === index.identity);
  const [config, ...differences] = await Promise.all([
    output(started, CONVERSION_CONFIG_ARGS, [1]),
    ...folderDifferenceCommands(locations, identityBytes(index.identity)).map((args) => output(sameIndex, args)),
  ]);
  for (const path of differences.flatMap(({ stdout }) => splitNul(stdout))) {
    // A folder git does not list file by file (a nested repository), or a file that differs.
    if (path.endsWith('/') || isRevision(path)) return undefined;
  }
  // Config: `-z` gives `key\nvalue\0` records.
  let attributesFile: string | undefined;
  for (const record of splitNul(config.stdout)) {
    const [key, value = ''] = record.split('\n');
    if (key === 'core.autocrlf' && !['false', 'no', 'off', '0', ''].includes(value.trim().toLowerCase())) return undefined;
    if (key === 'core.attributesfile') attributesFile = value.startsWith('~/') ? join(homedir(), value.slice(2)) : isAbsolute(value) ? value : join(repo.root, value);
  }
  const xdg = repo.env.XDG_CONFIG_HOME || join(repo.env.HOME || homedir(), '.config');
  const sources = [
    attributesFile ?? join(xdg, 'git', 'attributes'),
    join(repo.commonDir, 'info', 'attributes'),
    ...(repo.env.GIT_ATTR_NOSYSTEM ? [] : ['/etc/gitattributes', '/usr/local/etc/gitattributes']),
    ...[...new Set(locations.flatMap(foldersTo))].map((folder) => join(repo.root, folder, '.gitattributes')),
  ];
  if (sources.some(mentionsConversion)) return undefined;
  // The folders' ids, from the same index file git just compared (or none).
  const missing = folders.filter((folder) => !index.trees.has(folder));
  const walked = missing.length > 0 ? readIndexFacts(indexFile, index.identity, { below: missing }) : index;
  const now = statSync(indexFile, { bigint: true, throwIfNoEntry: false });
  if (!walked || !now || fileIdentity(now) !== index.identity) return undefined;
  const hashBytes = repo.head?.length === 64 ? 32 : 20;
  const trees = new Map<string, string>();
  if (walked.untreeable) return undefined;
  for (const folder of folders) {
    const id = index.trees.get(folder) ?? (walked.folderEntries ? folderTreeId(walked.folderEntries, folder, hashBytes) : undefined);
    if (id === undefined) return undefined;
    trees.set(folder, id);
  }
  return trees;
}
