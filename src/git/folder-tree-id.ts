/**
 * The git tree id a folder of the index will have, computed from its entries (readIndexFacts'
 * `folderEntries`) the way `git write-tree` would, without writing anything: `git add` drops a
 * folder's id from the cache-tree, and `heads` of a working tree whose changes are all staged
 * finds the index's summary under this id. Tree objects (gitformat-tree): for each entry,
 * `<octal mode> <name>\0<raw id>`, sorted as names with a `/` after each subfolder's, which is
 * the index's own order for the entries of one folder.
 */
import { createHash } from 'node:crypto';
import type { FolderEntry } from './read-index.cjs';

const SLASH = 0x2f;

/** The id of the tree holding `entries` (names relative to it, in index order). */
export function folderTreeId(entries: readonly FolderEntry[], hashBytes: number): string | undefined {
  const algorithm = hashBytes === 32 ? 'sha256' : 'sha1';
  const tree = (from: number, to: number, depth: number): Buffer | undefined => {
    const parts: Buffer[] = [];
    for (let i = from; i < to;) {
      const name = entries[i]!.name;
      const slash = name.indexOf(SLASH, depth);
      if (slash < 0) {
        const entry = entries[i]!;
        if (entry.oid.length !== hashBytes) return undefined;
        parts.push(Buffer.from(`${entry.mode.toString(8)} `, 'latin1'), name.subarray(depth), Buffer.of(0), entry.oid);
        i += 1;
        continue;
      }
      // A subfolder: the run of entries that share `name[0, slash + 1)`.
      const prefix = name.subarray(0, slash + 1);
      let end = i + 1;
      while (end < to && entries[end]!.name.length > prefix.length && entries[end]!.name.compare(prefix, 0, prefix.length, 0, prefix.length) === 0) end += 1;
      const id = tree(i, end, slash + 1);
      if (!id) return undefined;
      parts.push(Buffer.from('40000 ', 'latin1'), name.subarray(depth, slash), Buffer.of(0), id);
      i = end;
    }
    const body = Buffer.concat(parts);
    return createHash(algorithm).update(`tree ${body.length}\0`).update(body).digest();
  };
  // An empty folder has no tree in git: the location is absent from the commit.
  if (entries.length === 0) return undefined;
  return tree(0, entries.length, 0)?.toString('hex');
}
