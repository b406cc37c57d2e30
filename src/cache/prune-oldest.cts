/**
 * Keeps a cache folder within its limits: the leftovers of killed runs go, then the entries
 * (files named by a 40-digit hex key, or as `names` says) beyond the newest `files`, or beyond
 * `bytes` in all, once the folder holds a quarter more than `files` or a large file was written.
 *
 * Synchronous on purpose: it runs as a hook's check ends, and the hook waits for the process to
 * exit. A hundred stats sent one by one through libuv's thread pool kept a commit waiting ~4 ms;
 * made in a row they take a fraction of one. Never throws: a cache that cannot be pruned is only
 * larger.
 */
import { readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { removeLeftoversSync } from '../fs/write-file-atomic-sync.cjs';

const ENTRY = /^[0-9a-f]{40}$/;

/** A file written that is at most this share of the byte limit does not make a folder within its count be measured. */
const SMALL_SHARE = 1024;

export interface PruneLimits {
  /** Entries kept (the newest); the folder is pruned back to this once it holds a quarter more. */
  readonly files: number;
  /** Bytes kept in all, the newest entry whatever its size. */
  readonly bytes?: number;
  /** The size of the entry just written, when the caller knows it. */
  readonly written?: number;
  /** Which names are entries (default: 40 hex digits). */
  readonly names?: RegExp;
}

export function pruneOldest(dir: string, limits: PruneLimits): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  removeLeftoversSync(dir, names);
  const entries = names.filter((name) => (limits.names ?? ENTRY).test(name));
  // A folder is let grow a quarter past its count before it is pruned back to it: a cache written
  // on every commit would otherwise stat every entry on every commit to drop one. Only a byte
  // limit needs the sizes of a folder within that, unless the file just written is too small to
  // matter (all of them together stay within a few MB of the limit).
  const slack = Math.ceil(limits.files / 4);
  const small = limits.bytes === undefined || (limits.written !== undefined && limits.written <= limits.bytes / SMALL_SHARE);
  if (entries.length <= limits.files + slack && small) return;
  const dated = entries.map((name) => {
    try {
      const info = statSync(join(dir, name), { throwIfNoEntry: false });
      return { name, time: info?.mtimeMs ?? 0, size: info?.size ?? 0 };
    } catch {
      return { name, time: 0, size: 0 };
    }
  });
  dated.sort((a, b) => b.time - a.time);
  let bytes = 0;
  dated.forEach((entry, i) => {
    bytes += entry.size;
    // The newest is kept whatever its size: it is the one just written.
    if (i < limits.files && (limits.bytes === undefined || i === 0 || bytes <= limits.bytes)) return;
    try {
      unlinkSync(join(dir, entry.name));
    } catch {
      // Removed by another run.
    }
  });
}
