/**
 * Reads the working tree's files under version locations from disk (no git): for `heads` (the
 * working tree by default) and for the `--apply` guards. It walks the way Alembic's os.walk does
 * (symlinked subdirectories are listed but not entered) and refuses symlinks that lead outside
 * the repository.
 */
import { readFileSync } from 'node:fs';
import { readdir, realpath } from 'node:fs/promises';
import { join, relative, sep, isAbsolute } from 'node:path';
import { symlinkEscapes } from '../core/messages.js';

/** The files found under the locations (repository-relative), and symlinks that were refused. */
export interface WorktreeListing {
  paths: string[];
  problems: string[];
  /** For each listed symlink, the repository-relative path it resolves to (Alembic 1.10+ matches its name). */
  links: Map<string, string>;
}

const inside = (root: string, target: string) => {
  const rel = relative(root, target);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
};

/**
 * Lists every file below the version locations. The repository-relative paths use `/`. A
 * location that does not exist lists nothing (an environment with no revisions yet).
 */
export async function listWorktree(root: string, locations: readonly string[]): Promise<WorktreeListing> {
  const realRoot = await realpath(root);
  const paths = new Set<string>();
  const problems: string[] = [];
  const links = new Map<string, string>();
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(join(root, dir), { withFileTypes: true });
    } catch {
      return;
    }
    await Promise.all(entries.map(async (entry) => {
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) return walk(path);
      if (entry.isFile()) {
        paths.add(path);
        return undefined;
      }
      if (!entry.isSymbolicLink()) return undefined;
      let target: string;
      try {
        target = await realpath(join(root, path));
      } catch {
        return undefined; // A dangling link is no file.
      }
      if (!inside(realRoot, target)) problems.push(symlinkEscapes(path));
      else {
        paths.add(path); // A linked directory is not entered, as os.walk does not follow links.
        links.set(path, relative(realRoot, target).split(sep).join('/'));
      }
      return undefined;
    }));
  };
  for (const location of new Set(locations)) {
    // The location itself may be a symlink (os.walk starts from it); it must stay inside the repository.
    try {
      if (!inside(realRoot, await realpath(join(root, location)))) {
        problems.push(symlinkEscapes(location));
        continue;
      }
    } catch {
      continue;
    }
    await walk(location);
  }
  return { paths: [...paths].sort(), problems: problems.sort(), links };
}

/**
 * Reads one worktree file (repository-relative path). Undefined when it is gone or a directory.
 * Synchronous underneath: for thousands of small files, fs/promises' readFile (open, fstat, read,
 * close as four thread-pool round trips each) cost ~6 s at 10,000 files here, a plain read ~0.1 s.
 */
export async function readWorktreeFile(root: string, path: string): Promise<Uint8Array | undefined> {
  try {
    return readFileSync(join(root, path));
  } catch {
    return undefined;
  }
}
