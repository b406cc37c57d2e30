/**
 * Replaces a file's content atomically: the bytes go to a temporary file in the same folder
 * (flushed to disk), which is then renamed over the target, so a reader — or a crash — sees the
 * whole old file or the whole new one, never a mix. The temporary name
 * (`.<name>.migcheck-<pid>-<hex>.tmp`) ends in `.tmp`, so neither Alembic's revision-file
 * patterns nor migcheck's select a leftover; it carries the writer's pid, so a later run can tell
 * the leftover of a killed run (its process is gone) from a write still in progress, and remove it.
 */
import { open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { removeLeftoversSync, temporaryName } from './write-file-atomic-sync.cjs';

export { temporaryName };

/**
 * Removes the temporary files migcheck left in `dir` when a run was killed between writing one
 * and renaming it (SIGKILL, power loss): those whose writer process is gone. Returns the names
 * removed. Never throws: a folder that cannot be listed or a file already gone is no error.
 */
export async function removeStaleTemporaries(dir: string, now: number = Date.now()): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return removeLeftoversSync(dir, names, now);
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
