/**
 * The identity of a problem across trees, so the same problem seen in the checked tree, the
 * target and the merged view is reported once. Paths are left out where a revision names the
 * problem (a moved file is the same migration); a file that could not be read is its path.
 */
import type { Finding } from '../types.js';

const sorted = (list: readonly string[] | undefined) => [...(list ?? [])].sort().join(',');

/** A string equal for findings about the same problem. */
export function findingKey(f: Finding): string {
  const where = f.revision === undefined ? [f.file ?? '', sorted(f.files)].join(';') : '';
  return [f.code, f.revision ?? '', sorted(f.revisions), sorted(f.downRevision), where].join('|');
}
