/**
 * `--dir PATH` (repeatable) overrides discovery: one environment per versions directory.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Environment } from '../../core/types.js';
import { MigcheckError } from '../../core/errors.js';
import { locationOutsideRepository } from '../../core/messages.js';
import { DEFAULT_FILE_TEMPLATE, DEFAULT_TRUNCATE_SLUG_LENGTH, folderOf } from './alembic-options.js';

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
 * One Environment per directory (duplicates dropped). The script location is the folder above a
 * directory named `versions` (where script.py.mako normally lives), otherwise unknown.
 */
export function environmentsFromDirs(dirs: readonly string[], options: { root: string; cwd: string }): Environment[] {
  const seen = new Set<string>();
  const environments: Environment[] = [];
  for (const dir of dirs) {
    const location = repositoryRelativeDir(dir, options.root, options.cwd);
    if (seen.has(location)) continue;
    seen.add(location);
    const isVersions = location.slice(location.lastIndexOf('/') + 1) === 'versions';
    environments.push({
      ...(isVersions ? { scriptLocation: folderOf(location) } : {}),
      versionLocations: [location],
      recursive: false,
      sourceless: false,
      fileTemplate: DEFAULT_FILE_TEMPLATE,
      truncateSlugLength: DEFAULT_TRUNCATE_SLUG_LENGTH,
    });
  }
  return environments;
}
