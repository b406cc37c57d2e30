/**
 * The git tree id a folder of the index will have, computed from the index's entries (readIndexFacts
 * with a FolderChoice) the way `git write-tree` would, without writing anything: `git add` drops a
 * folder's id from the cache-tree, and `heads` of a working tree whose changes are all staged
 * finds the index's summary under this id. Tree objects (gitformat-tree): for each entry,
 * `<octal mode> <name>\0<raw id>`, sorted by name with a `/` after each subfolder's.
 */
import { objectId } from './object-id.cjs';
import type { FolderEntry } from './read-index.cjs';

const SLASH = Buffer.from('/');

/**
 * The id of `folder`'s tree, from the own entries of it and of every folder below it
 * (`entriesByFolder`, `''` the root); undefined for a folder with no entries (git has no tree of it).
 */
export function folderTreeId(entriesByFolder: ReadonlyMap<string, readonly FolderEntry[]>, folder: string, hashBytes: number): string | undefined {
  const algorithm = hashBytes === 32 ? 'sha256' : 'sha1';
  // The subfolders of each folder, from the folders that hold entries.
  const children = new Map<string, Set<string>>();
  for (const path of entriesByFolder.keys()) {
    for (let at = path; at !== folder && at !== '';) {
      const slash = at.lastIndexOf('/');
      const parent = slash < 0 ? '' : at.slice(0, slash);
      let set = children.get(parent);
      if (!set) children.set(parent, (set = new Set()));
      set.add(at.slice(slash + 1));
      at = parent;
    }
  }
  const tree = (path: string): Buffer | undefined => {
    const items: { key: Buffer; parts: Buffer[] }[] = [];
    for (const entry of entriesByFolder.get(path) ?? []) {
      if (entry.oid.length !== hashBytes) return undefined;
      items.push({ key: entry.name, parts: [Buffer.from(`${entry.mode.toString(8)} `, 'latin1'), entry.name, Buffer.of(0), entry.oid] });
    }
    for (const name of children.get(path) ?? []) {
      const id = tree(path === '' ? name : `${path}/${name}`);
      if (!id) return undefined;
      const bytes = Buffer.from(name, 'utf8');
      items.push({ key: Buffer.concat([bytes, SLASH]), parts: [Buffer.from('40000 ', 'latin1'), bytes, Buffer.of(0), id] });
    }
    if (items.length === 0) return undefined;
    items.sort((a, b) => Buffer.compare(a.key, b.key));
    const body = Buffer.concat(items.flatMap((item) => item.parts));
    return objectId('tree', body, algorithm);
  };
  return tree(folder)?.toString('hex');
}
