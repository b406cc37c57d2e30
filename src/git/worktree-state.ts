/**
 * Whether the working tree's versions folders hold exactly HEAD's revision files, so `heads` of
 * the working tree can be answered from HEAD's tree summary: git sees no change there (tracked,
 * untracked or ignored, one `git status`), and nothing can make the bytes on disk differ from
 * the blobs git compared (no line-ending conversion, filter, ident or encoding could apply:
 * `core.autocrlf` is off and no attributes file that applies mentions one), and no index entry
 * tells git not to look (assume-unchanged, skip-worktree). Conservative: any doubt answers
 * false, and the folders are read from disk as before.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { runGit, type GitContext } from './run-git.js';
import { readIndexFacts } from './read-index.cjs';
import { splitNul } from './parse-z.js';

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

/**
 * True when the files of `locations` (not recursive) in the working tree are HEAD's, byte for
 * byte as far as revision files go: `isRevision` says which paths those are (a changed
 * `__pycache__` or notes file does not count).
 */
export async function worktreeMatchesHead(
  repo: GitContext & { root: string; gitDir: string; commonDir: string },
  locations: readonly string[],
  isRevision: (path: string) => boolean,
): Promise<boolean> {
  if (locations.length === 0) return true;
  // Another index than the worktree's own (GIT_INDEX_FILE) is not worth the doubt.
  if (repo.env.GIT_INDEX_FILE) return false;
  const index = readIndexFacts(join(repo.gitDir, 'index'));
  if (!index || index.hidesWorktree) return false;
  const [status, config] = await Promise.all([
    runGit(repo, folderStatusArgs(locations)),
    runGit(repo, ['config', '-z', '--get-regexp', '^core\\.(autocrlf|attributesfile)$'], { allowExit: [1] }),
  ]);
  for (const record of splitNul(status.stdout)) {
    const path = record.slice(3);
    if (path.endsWith('/') || isRevision(path)) return false;
  }
  // Config: `-z` gives `key\nvalue\0` records.
  let attributesFile: string | undefined;
  for (const record of splitNul(config.stdout)) {
    const [key, value = ''] = record.split('\n');
    if (key === 'core.autocrlf' && !['false', 'no', 'off', '0', ''].includes(value.trim().toLowerCase())) return false;
    if (key === 'core.attributesfile') attributesFile = value.startsWith('~/') ? join(homedir(), value.slice(2)) : isAbsolute(value) ? value : join(repo.root, value);
  }
  const xdg = repo.env.XDG_CONFIG_HOME || join(repo.env.HOME || homedir(), '.config');
  const sources = [
    attributesFile ?? join(xdg, 'git', 'attributes'),
    join(repo.commonDir, 'info', 'attributes'),
    ...(repo.env.GIT_ATTR_NOSYSTEM ? [] : ['/etc/gitattributes', '/usr/local/etc/gitattributes']),
    ...[...new Set(locations.flatMap(foldersTo))].map((folder) => join(repo.root, folder, '.gitattributes')),
  ];
  return !sources.some(mentionsConversion);
}
