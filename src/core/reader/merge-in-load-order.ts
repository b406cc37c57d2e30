/**
 * A tree's revision files with a few new ones placed where Alembic loads them, without walking
 * the tree again: both lists are in load order already (one version location).
 */
import type { RevisionFile } from '../types.js';
import { compareLoadOrder } from './select-revision-files.js';

/** `files` (in load order) with `added` (new paths) merged in; `added` is not changed. */
export function mergeInLoadOrder(files: readonly RevisionFile[], added: readonly RevisionFile[]): RevisionFile[] {
  if (added.length === 0) return [...files];
  const sorted = [...added].sort((a, b) => compareLoadOrder(a.path, b.path));
  const out: RevisionFile[] = [];
  let i = 0;
  for (const file of sorted) {
    // Binary search for the first file after `file` (from where the last one went).
    let lo = i;
    let hi = files.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareLoadOrder(files[mid]!.path, file.path) < 0) lo = mid + 1;
      else hi = mid;
    }
    for (; i < lo; i++) out.push(files[i]!);
    out.push(file);
  }
  for (; i < files.length; i++) out.push(files[i]!);
  return out;
}
