/**
 * What the index stages against HEAD — the records `git diff --cached --raw --no-renames` gives —
 * computed from the repository's files, so the pre-commit fast lane starts no git at all (starting
 * one costs as much as half of Node's own start). It rests on the index's cache-tree: `git commit`
 * brings it up to date before the hook runs, and then it names the tree of every folder. Folders
 * whose id is HEAD's are skipped whole; only the folders that differ are compared entry by entry,
 * HEAD's side from its tree objects (object-store) and the index's from its own entries.
 *
 * Exact or nothing: a folder the cache-tree does not name, an object the store cannot read, a
 * conflict or an intent-to-add entry, anything unexpected gives undefined, and the caller asks git.
 */
import { readIndexFacts, type FolderEntry } from './read-index.cjs';
import type { ObjectStore } from './object-store.cjs';
import type { StagedChange } from './staged-paths.cjs';

const TREE_MODE = 0o040000;
const TYPE_BITS = 0o170000;

/** One entry of a tree object, or of the index (a folder there is a `TREE_MODE` entry). */
interface Item {
  readonly mode: number;
  readonly oid: string;
}

const childPath = (folder: string, name: string) => (folder === '' ? name : `${folder}/${name}`);

/** The entries of a tree object by name (undefined when the object is not a readable tree). */
function treeItems(store: ObjectStore, oid: string, hashBytes: number): Map<string, Item> | undefined {
  const object = store.read(oid);
  if (!object || object.type !== 'tree') return undefined;
  const data = object.data;
  const items = new Map<string, Item>();
  for (let at = 0; at < data.length;) {
    const space = data.indexOf(0x20, at);
    const nul = data.indexOf(0, space + 1);
    if (space < 0 || nul < 0 || nul + 1 + hashBytes > data.length) return undefined;
    const mode = Number.parseInt(data.toString('latin1', at, space), 8);
    if (!Number.isSafeInteger(mode)) return undefined;
    items.set(data.toString('utf8', space + 1, nul), { mode: canonicalMode(mode), oid: data.toString('hex', nul + 1, nul + 1 + hashBytes) });
    at = nul + 1 + hashBytes;
  }
  return items;
}

/** A tree's mode as git compares it with the index (old trees hold modes like 100664). */
function canonicalMode(mode: number): number {
  switch (mode & TYPE_BITS) {
    case 0o100000: return mode & 0o100 ? 0o100755 : 0o100644;
    case 0o120000: return 0o120000;
    case TREE_MODE: return TREE_MODE;
    default: return 0o160000;
  }
}

const modeText = (mode: number) => mode.toString(8).padStart(6, '0');

/**
 * The staged changes of the index file `indexFile` (whose identity is `identity`, as the caller
 * read it) against the tree `headTree`, or undefined when they cannot be known for certain here.
 */
export function stagedFromFiles(input: { indexFile: string; identity: string; trees: ReadonlyMap<string, string>; headTree: string; store: ObjectStore; hashBytes: number }): StagedChange[] | undefined {
  const { trees, headTree, store, hashBytes } = input;
  const zeros = '0'.repeat(hashBytes * 2);
  const root = trees.get('');
  // Without the root's id the cache-tree names nothing for certain (a partial commit's index).
  if (root === undefined) return undefined;
  if (root === headTree) return [];

  // The index's subfolders of each folder, from the cache-tree (every folder of a valid root is named).
  const subfolders = new Map<string, string[]>();
  for (const path of trees.keys()) {
    if (path === '') continue;
    const slash = path.lastIndexOf('/');
    const parent = slash < 0 ? '' : path.slice(0, slash);
    const list = subfolders.get(parent);
    if (list) list.push(path.slice(slash + 1));
    else subfolders.set(parent, [path.slice(slash + 1)]);
  }

  // Top down: the folders whose trees differ (both sides), those only the index has (added
  // whole), and those only HEAD has (deleted whole, read from its trees).
  const differing: { folder: string; head: Map<string, Item> }[] = [];
  const added: string[] = [];
  const deleted: StagedChange[] = [];
  const deleteAll = (folder: string, items: Map<string, Item>): boolean => {
    for (const [name, item] of items) {
      const path = childPath(folder, name);
      if (item.mode === TREE_MODE) {
        const below = treeItems(store, item.oid, hashBytes);
        if (!below || !deleteAll(path, below)) return false;
      } else deleted.push({ status: 'D', mode: '000000', oid: zeros, path });
    }
    return true;
  };
  const addAll = (folder: string) => {
    added.push(folder);
    for (const name of subfolders.get(folder) ?? []) addAll(childPath(folder, name));
  };
  const visit = (folder: string, headId: string): boolean => {
    const head = treeItems(store, headId, hashBytes);
    if (!head) return false;
    differing.push({ folder, head });
    for (const name of subfolders.get(folder) ?? []) {
      const path = childPath(folder, name);
      const theirs = head.get(name);
      if (theirs?.mode === TREE_MODE) {
        if (theirs.oid !== trees.get(path) && !visit(path, theirs.oid)) return false;
      } else addAll(path);
    }
    for (const [name, item] of head) {
      if (item.mode !== TREE_MODE || subfolders.get(folder)?.includes(name)) continue;
      const below = treeItems(store, item.oid, hashBytes);
      if (!below || !deleteAll(childPath(folder, name), below)) return false;
    }
    return true;
  };
  if (!visit('', headTree)) return undefined;

  // The index's own entries of those folders, from the same index file the cache-tree came from.
  const wanted = new Set([...differing.map((d) => d.folder), ...added]);
  const index = readIndexFacts(input.indexFile, input.identity, { folders: wanted, known: trees });
  if (!index?.folderEntries || index.untreeable) return undefined;

  const changes: StagedChange[] = [...deleted];
  const record = (status: string, path: string, entry: FolderEntry | undefined) => {
    changes.push(entry ? { status, mode: modeText(entry.mode), oid: entry.oid.toString('hex'), path } : { status, mode: '000000', oid: zeros, path });
  };
  for (const folder of added) {
    for (const entry of index.folderEntries.get(folder) ?? []) record('A', childPath(folder, entry.name.toString('utf8')), entry);
  }
  for (const { folder, head } of differing) {
    const own = new Map<string, FolderEntry>();
    for (const entry of index.folderEntries.get(folder) ?? []) own.set(entry.name.toString('utf8'), entry);
    for (const [name, entry] of own) {
      const theirs = head.get(name);
      const path = childPath(folder, name);
      if (!theirs || theirs.mode === TREE_MODE) record('A', path, entry);
      else if ((theirs.mode & TYPE_BITS) !== (entry.mode & TYPE_BITS)) record('T', path, entry);
      else if (theirs.mode !== entry.mode || theirs.oid !== entry.oid.toString('hex')) record('M', path, entry);
    }
    for (const [name, item] of head) {
      if (item.mode !== TREE_MODE && !own.has(name)) record('D', childPath(folder, name), undefined);
    }
  }
  // git's order: by path, byte for byte.
  const key = new Map(changes.map((change) => [change, Buffer.from(change.path, 'utf8')]));
  return changes.sort((a, b) => Buffer.compare(key.get(a)!, key.get(b)!));
}
