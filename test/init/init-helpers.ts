/**
 * Helpers for the init and hook tests: the expected hook scripts, file snapshots for "nothing
 * changed" assertions, and a node_modules that links this project's husky and lint-staged (and a
 * `migcheck` bin running this checkout) instead of npm-installing them.
 */
import { lstat, mkdir, readdir, readFile, readlink, symlink } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { projectRoot, migcheckBin, writeMigcheckScript } from '../helpers/repo.js';
import { readHookTemplate, renderHookScript, type HookName } from '../../src/hooks/hook-script.js';

/** The plain hook init writes, for a hook shown as `hookPath`. */
export async function expectedHook(hook: HookName, hookPath: string): Promise<string> {
  return renderHookScript(await readHookTemplate(hook), { hook, hookPath, migcheckJs: migcheckBin, node: process.execPath });
}

/**
 * Every file under `dir` (path → content, or `-> target` for a symlink, plus its mode), skipping
 * git's object store, logs and index: what init could have changed.
 */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const skip = new Set(['.git/objects', '.git/logs', '.git/index', 'node_modules']);
  async function walk(current: string): Promise<void> {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      const rel = relative(dir, full);
      if (skip.has(rel)) continue;
      const info = await lstat(full);
      if (info.isSymbolicLink()) out[rel] = `-> ${await readlink(full)}`;
      else if (info.isDirectory()) await walk(full);
      else out[rel] = `${(info.mode & 0o777).toString(8)} ${await readFile(full, 'utf8')}`;
    }
  }
  await walk(dir);
  return out;
}

/**
 * Links husky and lint-staged from this project into `dir/node_modules`, with their bins and a
 * `migcheck` bin that runs this checkout (as `npm install -D migcheck` would provide).
 */
export async function linkNodeModules(dir: string): Promise<void> {
  const bin = join(dir, 'node_modules', '.bin');
  await mkdir(bin, { recursive: true });
  for (const name of ['husky', 'lint-staged']) {
    await symlink(join(projectRoot, 'node_modules', name), join(dir, 'node_modules', name));
  }
  await symlink('../husky/bin.js', join(bin, 'husky'));
  await symlink('../lint-staged/bin/lint-staged.js', join(bin, 'lint-staged'));
  await writeMigcheckScript(join(bin, 'migcheck'));
}
