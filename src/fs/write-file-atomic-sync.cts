/**
 * The synchronous form of write-file-atomic, for the caches written by CommonJS code that runs
 * before any ES module is loaded (the fast lane's environment cache, kept tree objects, the code
 * cache). The same temporary names, so a killed run's leftover is swept like the other caches'.
 * Caches only: it never throws, and says whether the file was written.
 */
import { mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * The temporary name for writing `path` from process `pid` (`.<name>.migcheck-<pid>-<hex>.tmp`).
 * The hex part only tells apart two writes of one process (the pid tells processes apart, and
 * the file is created exclusively), so Math.random serves: node:crypto would cost ~3 ms to load.
 */
export function temporaryName(path: string, pid = process.pid, random = Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, '0')): string {
  return join(dirname(path), `.${basename(path)}.migcheck-${pid}-${random}.tmp`);
}

/** Replaces `path` with `data` through a temporary file and a rename, creating its folder (with `dirMode`). */
export function writeFileAtomicSync(path: string, data: string | Uint8Array, dirMode?: number): boolean {
  const temp = temporaryName(path);
  try {
    mkdirSync(dirname(path), { recursive: true, mode: dirMode });
    writeFileSync(temp, data, { flag: 'wx' });
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
