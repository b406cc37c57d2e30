/**
 * Which tree git names the working tree's versions folders by, so `heads` of the working tree
 * can be answered from that tree's summary: HEAD's, when git sees no change there at all; the
 * index's, when every change is staged and the working tree matches the index (one `git status`,
 * tracked, untracked and ignored files alike). Either way nothing may make the bytes on disk
 * differ from the blobs git compared (no line-ending conversion, filter, ident or encoding could
 * apply: `core.autocrlf` is off and no attributes file that applies mentions one), and no index
 * entry may tell git not to look (assume-unchanged, skip-worktree). Conservative: any doubt
 * answers undefined, and the folders are read from disk as before.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { runGit, type GitContext } from './run-git.js';
import { readIndexFacts } from './read-index.cjs';
import { splitNul } from './parse-z.js';
import { folderTreeId } from './folder-tree-id.js';
import { normaliseDir } from '../core/reader/select-revision-files.js';

/** `status` of the folders, ignored files listed one by one. */
export function folderStatusArgs(locations: readonly string[]): string[] {
  return ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignored=traditional', '--no-renames', '--', ...locations.map((l) => `:(literal)${l}`)];
}

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

/** The tree the working tree's folders match: HEAD's, or the index's with its cache-tree ids by folder. */
export type WorktreeMatch = { tree: 'head' } | { tree: 'index'; trees: ReadonlyMap<string, string> };

/**
 * The tree whose files of `locations` (not recursive) the working tree holds, byte for byte as
 * far as revision files go: `isRevision` says which paths those are (a changed `__pycache__` or
 * notes file does not count). Undefined when neither, or in doubt.
 */
export async function worktreeMatch(
  repo: GitContext & { root: string; gitDir: string; commonDir: string; head?: string | undefined },
  locations: readonly string[],
  isRevision: (path: string) => boolean,
): Promise<WorktreeMatch | undefined> {
  if (locations.length === 0) return { tree: 'head' };
  // Another index than the worktree's own (GIT_INDEX_FILE) is not worth the doubt.
  if (repo.env.GIT_INDEX_FILE) return undefined;
  const folders = [...new Set(locations.map(normaliseDir))];
  const index = readIndexFacts(join(repo.gitDir, 'index'), undefined, folders);
  if (!index || index.hidesWorktree) return undefined;
  const [status, config] = await Promise.all([
    runGit(repo, folderStatusArgs(locations)),
    runGit(repo, ['config', '-z', '--get-regexp', '^core\\.(autocrlf|attributesfile)$'], { allowExit: [1] }),
  ]);
  let staged = false;
  for (const record of splitNul(status.stdout)) {
    const path = record.slice(3);
    if (path.endsWith('/')) return undefined; // A folder git does not list file by file.
    if (!isRevision(path)) continue;
    // `X ` with X one of A, M, D: staged, and the working tree is the index there.
    if (record[1] !== ' ' || !'AMD'.includes(record[0]!)) return undefined;
    staged = true;
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
  if (!staged) return { tree: 'head' };
  // The index's folders by the cache-tree's ids, or (after a `git add`, which drops them) as
  // `git write-tree` would name them.
  const trees = new Map(index.trees);
  const hashBytes = repo.head?.length === 64 ? 32 : 20;
  for (const [folder, entries] of index.folderEntries ?? []) {
    if (trees.has(folder) || !entries) continue;
    const id = folderTreeId(entries, hashBytes);
    if (id) trees.set(folder, id);
  }
  return { tree: 'index', trees };
}
