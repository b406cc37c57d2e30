/**
 * `--dir PATH` (repeatable) overrides discovery: one environment per versions directory, which
 * must be a folder of the tree being read.
 */
import { lstat, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Environment, TreeEntry } from '../core/types.js';
import { MigcheckError } from '../core/errors.js';
import { dirInSubmodule, dirIsFile, dirMissing, locationOutsideRepository } from '../core/messages.js';
import type { BlobReader } from '../git/blob-reader.js';
import { listIndex } from '../git/list-index.js';
import { listTree } from '../git/list-tree.js';
import type { GitContext } from '../git/run-git.js';
import { DEFAULT_FILE_TEMPLATE, DEFAULT_TRUNCATE_SLUG_LENGTH, folderOf } from '../alembic/alembic-options.js';

/**
 * The repository-relative (`/`-separated) form of a directory given on the command line
 * relative to `cwd`; MigcheckError (exit 2) when it lies outside the repository `root`.
 */
export function repositoryRelativeDir(dir: string, root: string, cwd: string): string {
  const rel = relative(root, resolve(cwd, dir));
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new MigcheckError(locationOutsideRepository('--dir', dir));
  }
  return rel.split(sep).join('/');
}

/**
 * The Environment of versions directories named without an Alembic config (`--dir`, migcheck's
 * own config): Alembic's defaults, and as script location the folder above the first directory
 * named `versions` (where script.py.mako normally lives), otherwise unknown.
 */
export function environmentOfLocations(locations: readonly string[], options: { recursive?: boolean; config?: string } = {}): Environment {
  const versions = locations.find((location) => location.slice(location.lastIndexOf('/') + 1) === 'versions');
  return {
    ...(options.config !== undefined ? { config: options.config } : {}),
    ...(versions !== undefined ? { scriptLocation: folderOf(versions) } : {}),
    versionLocations: [...locations],
    recursive: options.recursive === true,
    sourceless: false,
    fileTemplate: DEFAULT_FILE_TEMPLATE,
    truncateSlugLength: DEFAULT_TRUNCATE_SLUG_LENGTH,
  };
}

/** One Environment per `--dir` directory (duplicates dropped), see environmentOfLocations. */
export function environmentsFromDirs(dirs: readonly string[], options: { root: string; cwd: string }): Environment[] {
  const seen = new Set<string>();
  const environments: Environment[] = [];
  for (const dir of dirs) {
    const location = repositoryRelativeDir(dir, options.root, options.cwd);
    if (seen.has(location)) continue;
    seen.add(location);
    environments.push(environmentOfLocations([location]));
  }
  return environments;
}

/** The tree a `--dir` must exist in (the same tree that is read). */
export type DirSource = { kind: 'index' } | { kind: 'commit'; commit: string } | { kind: 'worktree' };

/** What a `--dir` is in a tree. */
export type DirShape = { kind: 'directory' } | { kind: 'file' } | { kind: 'missing' } | { kind: 'submodule'; path: string };

/** The location and its parent folders, outermost first (`a`, `a/b`, `a/b/c`). */
const prefixesOf = (location: string) => location.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'));

/**
 * The `path = …` values of a `.gitmodules` text (git-config syntax: optional double quotes with
 * `\"` and `\\` escapes). Data only: nothing in it is run.
 */
export function gitmodulesPaths(text: string): string[] {
  const paths: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*path\s*=\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    const value = m[1]!;
    paths.push(value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value.slice(1, -1).replace(/\\(["\\])/g, '$1') : value);
  }
  return paths.map((p) => p.replace(/\/+$/, ''));
}

/**
 * The shape of `location` in a git listing restricted to it (pure): a folder when an entry lies
 * under it, a file when an entry is it; otherwise a submodule when one of `submodules` is it or
 * holds it, else missing.
 */
export function dirShapeInListing(location: string, entries: readonly TreeEntry[], submodules: ReadonlySet<string>): DirShape {
  if (entries.some((e) => e.path.startsWith(`${location}/`))) return { kind: 'directory' };
  if (entries.some((e) => e.path === location)) return { kind: 'file' };
  const submodule = prefixesOf(location).find((p) => submodules.has(p));
  return submodule === undefined ? { kind: 'missing' } : { kind: 'submodule', path: submodule };
}

/** The nested repositories on disk that hold `location` (a folder with its own `.git`). */
async function nestedRepositoryOnDisk(root: string, location: string): Promise<string | undefined> {
  for (const prefix of prefixesOf(location)) {
    if (await lstat(join(root, prefix, '.git')).then(() => true, () => false)) return prefix;
  }
  return undefined;
}

/** The submodule paths a git tree's `.gitmodules` names (none when it has no such file). */
async function treeSubmodules(repo: GitContext, source: DirSource, reader: BlobReader | undefined): Promise<string[]> {
  if (source.kind === 'worktree' || !reader) return [];
  const entries = source.kind === 'index' ? (await listIndex(repo, ['.gitmodules'])).entries : await listTree(repo, source.commit, ['.gitmodules']);
  const entry = entries.find((e) => e.path === '.gitmodules');
  if (!entry) return [];
  const blob = (await reader.readAll([entry.oid])).get(entry.oid);
  return blob ? gitmodulesPaths(new TextDecoder().decode(blob)) : [];
}

/**
 * Refuses (exit 2, one line naming the path and why) a `--dir` that is not a folder of the tree
 * being read — missing, a file, or inside a submodule — so a typo never reads as "no revisions".
 * The working tree is looked at on disk; the index and commits through one listing of the
 * given folders (more only when one is wrong, to say why).
 */
export async function requireDirectories(
  repo: GitContext & { root: string },
  source: DirSource,
  dirs: readonly string[],
  options: { cwd: string; reader?: BlobReader | undefined },
): Promise<void> {
  const given = new Map<string, string>();
  for (const dir of dirs) {
    const location = repositoryRelativeDir(dir, repo.root, options.cwd);
    // The repository's top is a folder of every tree.
    if (location !== '' && !given.has(location)) given.set(location, dir);
  }
  if (given.size === 0) return;
  const treeName = source.kind === 'commit' ? `commit ${source.commit.slice(0, 12)}` : `the ${source.kind}`;
  const refuse = (location: string, shape: DirShape) => {
    const dir = given.get(location)!;
    if (shape.kind === 'file') throw new MigcheckError(dirIsFile(dir, treeName));
    if (shape.kind === 'submodule') throw new MigcheckError(dirInSubmodule(dir, shape.path));
    throw new MigcheckError(dirMissing(dir, treeName));
  };
  if (source.kind === 'worktree') {
    for (const location of given.keys()) {
      const nested = await nestedRepositoryOnDisk(repo.root, location);
      if (nested !== undefined) refuse(location, { kind: 'submodule', path: nested });
      const info = await stat(join(repo.root, location)).catch(() => undefined);
      if (!info) refuse(location, { kind: 'missing' });
      else if (!info.isDirectory()) refuse(location, { kind: 'file' });
    }
    return;
  }
  const locations = [...given.keys()];
  const entries = source.kind === 'index' ? (await listIndex(repo, locations)).entries : await listTree(repo, source.commit, locations);
  let submodules: Set<string> | undefined;
  for (const location of locations) {
    if (dirShapeInListing(location, entries, new Set()).kind === 'directory') continue;
    // Wrong: find out why. A gitlink is dropped from listings; .gitmodules (or the submodule's
    // own .git on disk, for a repository added without `git submodule add`) says it is one.
    submodules ??= new Set(await treeSubmodules(repo, source, options.reader));
    const nested = await nestedRepositoryOnDisk(repo.root, location);
    if (nested !== undefined) submodules.add(nested);
    refuse(location, dirShapeInListing(location, entries, submodules));
  }
}
