/**
 * Replaces a file's content atomically: the bytes go to a temporary file in the same folder
 * (flushed to disk), which is then renamed over the target, so a reader — or a crash — sees the
 * whole old file or the whole new one, never a mix. The temporary name does not end in `.py`,
 * so Alembic never loads a leftover.
 */
import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Writes `bytes` to `path` atomically, keeping the file's mode (or `mode` for a new file). */
export async function writeFileAtomic(path: string, bytes: Uint8Array, mode?: number): Promise<void> {
  const keepMode = mode ?? (await stat(path).then((s) => s.mode & 0o7777, () => 0o644));
  const temporary = join(dirname(path), `.${basename(path)}.migcheck-${randomBytes(4).toString('hex')}.tmp`);
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
