/**
 * The synchronous form of write-file-atomic, for the caches written by CommonJS code that runs
 * before any ES module is loaded (the fast lane's environment cache, kept tree objects, the code
 * cache). The same temporary names, so a killed run's leftover is swept like the other caches'.
 * Caches only: it never throws, and says whether the file was written.
 */
import { lstatSync, mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * The temporary name for writing `path` from process `pid` (`.<name>.migcheck-<pid>-<hex>.tmp`).
 * The hex part only tells apart two writes of one process (the pid tells processes apart, and
 * the file is created exclusively), so Math.random serves: node:crypto would cost ~3 ms to load.
 */
export function temporaryName(path: string, pid = process.pid, random = Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, '0')): string {
  return join(dirname(path), `.${basename(path)}.migcheck-${pid}-${random}.tmp`);
}

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
 * True when the temporary file `name` (its lstat `info`) was left by a killed run: a plain file
 * (a folder or a link with such a name is not migcheck's) whose writer process is gone, or, for
 * a pid-less name, that no write could still be using.
 */
function isLeftover(name: string, info: { isFile(): boolean; mtimeMs: number } | undefined, now: number): boolean {
  const match = TEMPORARY.exec(name);
  if (!match || !info?.isFile()) return false;
  return match[1] !== undefined ? !isAlive(Number(match[1])) : now - info.mtimeMs >= PIDLESS_STALE_MS;
}

/**
 * Removes the leftovers of killed runs among `names`, the files of `dir`, and returns the names
 * removed. Synchronous, for the caches that prune as a check ends (a few stats in a row, where
 * the thread pool made each a round trip); the asynchronous form lists the folder first. Never throws.
 */
export function removeLeftoversSync(dir: string, names: readonly string[], now: number = Date.now()): string[] {
  const removed: string[] = [];
  for (const name of names) {
    if (!TEMPORARY.test(name)) continue;
    const full = join(dir, name);
    try {
      if (isLeftover(name, lstatSync(full), now)) {
        unlinkSync(full);
        removed.push(name);
      }
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}

/**
 * Replaces `path` through a temporary file that `write` fills, and a rename, creating its folder
 * (with `dirMode`): a reader sees the whole old file or the whole new one. For caches: it never
 * throws, and says whether the file was written (a failed write leaves no temporary behind).
 */
export function replaceFileSync(path: string, write: (temporary: string) => void, dirMode?: number): boolean {
  const temp = temporaryName(path);
  try {
    mkdirSync(dirname(path), { recursive: true, mode: dirMode });
    write(temp);
    renameSync(temp, path);
    return true;
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing was written.
    }
    return false;
  }
}

/** Replaces `path` with `data` (see replaceFileSync). */
export function writeFileAtomicSync(path: string, data: string | Uint8Array, dirMode?: number): boolean {
  return replaceFileSync(path, (temp) => writeFileSync(temp, data, { flag: 'wx' }), dirMode);
}
