/**
 * Pure parsers for git's machine formats. Each one quotes a sample of the output it reads; paths
 * come out exactly as stored (no C-quoting under `-z`).
 */
import type { TreeEntry } from '../core/types.js';

/** Splits NUL-terminated output (`a\0b\0`) into its items. */
export function splitNul(stdout: string): string[] {
  const items = stdout.split('\0');
  if (items[items.length - 1] === '') items.pop();
  return items;
}

/**
 * The modes git writes, as shared literals: an entry then holds no copy of its own (two listings
 * of 50,000 files held 100,000).
 */
const MODES = new Map(['100644', '100755', '120000', '160000', '040000'].map((mode) => [mode, mode]));
const sharedMode = (mode: string) => MODES.get(mode) ?? mode;

/**
 * `ls-tree -r -z`: `100644 blob 6208…\talembic/versions/a.py\0`. Keeps blobs (regular files,
 * executables and symlinks, mode 120000); submodules (`commit`) are not files.
 */
export function parseLsTree(stdout: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of splitNul(stdout)) {
    const tab = record.indexOf('\t');
    const [mode, type, oid] = record.slice(0, tab).split(' ');
    if (tab < 0 || !mode || !oid) throw new Error(`unexpected ls-tree output: ${JSON.stringify(record)}`);
    if (type === 'blob') entries.push({ path: record.slice(tab + 1), oid, mode: sharedMode(mode) });
  }
  return entries;
}

/** One `ls-files -s` record, with its merge stage (0 normally; 1 base, 2 HEAD, 3 other in a conflict). */
export interface IndexRecord extends TreeEntry {
  stage: number;
}

/** `ls-files -s -z`: `100644 6208… 0\talembic/versions/a.py\0`. Submodules (160000) are dropped. */
export function parseLsFiles(stdout: string): IndexRecord[] {
  const records: IndexRecord[] = [];
  for (const record of splitNul(stdout)) {
    const tab = record.indexOf('\t');
    const [mode, oid, stage] = record.slice(0, tab).split(' ');
    if (tab < 0 || !mode || !oid || stage === undefined) throw new Error(`unexpected ls-files output: ${JSON.stringify(record)}`);
    if (mode !== '160000') records.push({ path: record.slice(tab + 1), oid, mode: sharedMode(mode), stage: Number(stage) });
  }
  return records;
}

/** The index as files: one entry per path, and the paths that are in conflict. */
export interface IndexListing {
  entries: TreeEntry[];
  /** Paths with conflict stages (a merge or rebase stopped on them), sorted. */
  unmerged: string[];
}

/**
 * Picks one version per path. Stage 0 is the resolved file. For a path still in conflict the
 * stage-2 version is taken: the side HEAD holds, i.e. the tree the next commit starts from (in a
 * merge that is the branch merged into; in a rebase it is the commit being rebased onto). A path
 * with no stage 2 did not exist in HEAD and is left out. Git refuses to commit while any path is
 * unmerged, so this only shapes read-only views (`heads --staged`); callers can name `unmerged`.
 */
export function resolveIndexStages(records: readonly IndexRecord[]): IndexListing {
  const chosen = new Map<string, IndexRecord>();
  const unmerged = new Set<string>();
  for (const record of records) {
    if (record.stage !== 0) unmerged.add(record.path);
    if (record.stage === 0 || record.stage === 2) chosen.set(record.path, record);
  }
  const entries = [...chosen.values()].map(({ path, oid, mode }) => ({ path, oid, mode }));
  return { entries, unmerged: [...unmerged].sort() };
}

/** What `rev-parse` (repositoryInfoArgs) said about the repository. */
export interface RepositoryInfo {
  /** Worktree top (absolute), undefined in a bare repository. */
  root: string | undefined;
  gitDir: string;
  commonDir: string;
  isShallow: boolean;
  isBare: boolean;
  /** HEAD's commit; undefined before the first commit. */
  head: string | undefined;
  /** HEAD's symbolic name (`refs/heads/main`), `HEAD` when detached, undefined when unborn. */
  symbolicHead: string | undefined;
}

/**
 * `rev-parse --path-format=absolute [--show-toplevel] --absolute-git-dir --git-common-dir
 * --is-shallow-repository --is-bare-repository --revs-only HEAD --symbolic-full-name HEAD`:
 * one line each; the two HEAD lines are missing when HEAD is unborn.
 */
export function parseRepositoryInfo(stdout: string, withToplevel: boolean): RepositoryInfo {
  const lines = stdout.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const offset = withToplevel ? 1 : 0;
  const [gitDir, commonDir, shallow, bare, head, symbolicHead] = lines.slice(offset);
  if (!gitDir || !commonDir || shallow === undefined || bare === undefined) {
    throw new Error(`unexpected rev-parse output: ${JSON.stringify(stdout)}`);
  }
  return {
    root: withToplevel ? lines[0] : undefined,
    gitDir,
    commonDir,
    isShallow: shallow === 'true',
    isBare: bare === 'true',
    head: head || undefined,
    symbolicHead: symbolicHead || undefined,
  };
}

/** One ref from `for-each-ref --format=FOR_EACH_REF_FORMAT`. */
export interface RefRecord {
  name: string;
  /** The commit (tags peeled). */
  commit: string;
  /** The ref a symbolic ref points at (`refs/remotes/origin/main` for origin/HEAD). */
  symref: string | undefined;
}

/** `refs/remotes/origin/HEAD\0<oid>\0refs/remotes/origin/main\0\n` lines. */
export function parseForEachRef(stdout: string): RefRecord[] {
  return stdout.split('\n').filter((line) => line !== '').map((line) => {
    const [name = '', objectname = '', symref = '', peeled = ''] = line.split('\0');
    return { name, commit: peeled || objectname, symref: symref || undefined };
  });
}

/** Turns `refs/remotes/origin/main` into `origin/main` and `refs/heads/main` into `main` for messages. */
export function shortRefName(ref: string): string {
  for (const prefix of ['refs/heads/', 'refs/remotes/', 'refs/tags/']) {
    if (ref.startsWith(prefix)) return ref.slice(prefix.length);
  }
  return ref;
}
