/**
 * Replaces a file's content atomically: the bytes go to a temporary file in the same folder
 * (flushed to disk), which is then renamed over the target, so a reader — or a crash — sees the
 * whole old file or the whole new one, never a mix. The temporary name
 * (`.<name>.migcheck-<pid>-<hex>.tmp`) ends in `.tmp`, so neither Alembic's revision-file
 * patterns nor migcheck's select a leftover; it carries the writer's pid, so a later run can tell
 * the leftover of a killed run (its process is gone) from a write still in progress, and remove it.
 */
import { lstat, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { temporaryName } from './write-file-atomic-sync.cjs';

export { temporaryName };

// `.<name>.migcheck-<pid>-<hex>.tmp`; the pid-less `.<name>.migcheck-<hex>.tmp` of earlier versions.
const TEMPORARY = /^\..+\.migcheck-(?:(\d+)-)?[0-9a-f]+\.tmp$/;
// A pid-less leftover carries no owner: it is removed once no write could still be using it.
const PIDLESS_STALE_MS = 10 * 60 * 1000;

/** True when process `pid` exists (EPERM: it exists, under another user). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files migcheck left in `dir` when a run was killed between writing one
 * and renaming it (SIGKILL, power loss): those whose writer process is gone. Returns the names
 * removed. Never throws: a folder that cannot be listed or a file already gone is no error.
 */
export async function removeStaleTemporaries(dir: string, now: number = Date.now()): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    if (!match) continue;
    const full = join(dir, name);
    const info = await lstat(full).catch(() => undefined);
    // Only plain files: a folder or a link with such a name is not migcheck's.
    if (!info?.isFile()) continue;
    if (match[1] !== undefined ? isAlive(Number(match[1])) : now - info.mtimeMs < PIDLESS_STALE_MS) continue;
    if (await unlink(full).then(() => true, () => false)) removed.push(name);
  }
  return removed;
}

/**
 * Writes `bytes` to `path` atomically, keeping the file's mode (or `mode` for a new file). Stale
 * temporaries of killed runs in the same folder are removed first.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array, mode?: number): Promise<void> {
  await removeStaleTemporaries(dirname(path));
  const keepMode = mode ?? (await stat(path).then((s) => s.mode & 0o7777, () => 0o644));
  const temporary = temporaryName(path);
  const handle = await open(temporary, 'wx', keepMode);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
