/**
 * The file-system side of `migcheck init`: reading the files a plan is computed from, and
 * performing a plan. Writes go through a temporary file and a rename, so an interrupted init
 * never leaves half a hook; an existing file keeps its mode.
 */
import { chmod, mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { InitPlan } from './init-plan.js';

/** The text of `path`, or undefined when it does not exist. */
export async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/** True when something (a file, a dangling symlink excepted) exists at `path`. */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Performs the plan's changes in order. */
export async function applyInitPlan(plan: InitPlan): Promise<void> {
  for (const change of plan.changes) {
    if (change.kind === 'rename') {
      await rename(change.path, change.to);
      continue;
    }
    if (change.kind === 'delete') {
      await unlink(change.path);
      continue;
    }
    await mkdir(dirname(change.path), { recursive: true });
    const mode = await stat(change.path).then((s) => s.mode & 0o7777, () => undefined);
    const temporary = `${change.path}.migcheck-${Date.now()}.tmp`;
    await writeFile(temporary, change.content);
    await chmod(temporary, mode ?? (change.executable ? 0o755 : 0o644));
    await rename(temporary, change.path);
  }
}
