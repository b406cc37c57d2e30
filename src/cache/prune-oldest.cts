/**
 * Keeps a cache folder within its limits: the leftovers of killed runs go, then the entries
 * (files named by a 40-digit hex key, or as `names` says) beyond the newest `files`, or beyond
 * `bytes` in all.
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

export function pruneOldest(dir: string, limits: { readonly files: number; readonly bytes?: number; readonly names?: RegExp }): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  removeLeftoversSync(dir, names);
  const entries = names.filter((name) => (limits.names ?? ENTRY).test(name));
  // Only a byte limit needs the sizes of a folder within its count.
  if (entries.length <= limits.files && limits.bytes === undefined) return;
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
