/**
 * What the index stages against HEAD — the records `git diff --cached --raw --no-renames` gives —
 * computed from the repository's files, so the pre-commit fast lane starts no git at all (starting
 * one costs as much as half of Node's own start). It rests on the index's cache-tree: `git commit`
 * brings it up to date before the hook runs, writing the tree objects it names, so the index is
 * then a tree like HEAD's. The two trees are compared through object-store: folders with the same
 * id are skipped whole, and in the others entries are matched byte for byte, strings made only
 * for what changed — a 50,000-file versions folder costs one pass over its two tree objects.
 *
 * Exact or nothing: no id for the index's root (a `git add` since the last refresh, a conflict,
 * an intent-to-add entry all leave none), a tree object the store cannot read, anything
 * unexpected gives undefined, and the caller asks git.
 */
import type { ObjectStore } from './object-store.cjs';
import type { StagedChange } from './staged-paths.cjs';

/** One mark per this many entries of a large tree: a jump leaves at most as many entries to step over. */
export const MARK_EVERY = 64;

/** Trees smaller than this are walked: ~270 entries cost less than reading a file of marks. */
export const MIN_MARKED_TREE = 16 * 1024;

/**
 * Where some entries of large tree objects begin, kept across runs (cache/tree-marks.cts keeps
 * them under `.git/migcheck`): the comparison jumps to the last mark before the first difference
 * instead of stepping over every entry before it.
 */
export interface TreeMarks {
  /** The kept entry offsets of tree `oid` (its bytes: `data`), ascending; undefined when none fit it. */
  read(oid: string, data: Uint8Array, hashBytes: number): Uint32Array | undefined;
  /** Keeps `offsets` (entry starts, ascending, one about every MARK_EVERY entries) for tree `oid`, `length` bytes long. */
  keep(oid: string, length: number, offsets: readonly number[]): void;
}

const TREE = 0o040000;
const TYPE_BITS = 0o170000;
const SLASH = 0x2f;

/** A tree's mode as git compares it with the index (old trees hold modes like 100664). */
function canonicalMode(mode: number): number {
  switch (mode & TYPE_BITS) {
    case 0o100000: return mode & 0o100 ? 0o100755 : 0o100644;
    case 0o120000: return 0o120000;
    case TREE: return TREE;
    default: return 0o160000;
  }
}

/** A tree object's bytes, read one entry (`<mode> <name>\0<id>`) at a time. */
class TreeBytes {
  private constructor(readonly data: Buffer, readonly hashBytes: number) {}

  /** The tree `oid` from the store, or undefined when it is not a readable tree. */
  static read(store: ObjectStore, oid: string, hashBytes: number): TreeBytes | undefined {
    const object = store.read(oid);
    return object?.type === 'tree' ? new TreeBytes(object.data, hashBytes) : undefined;
  }

  /** Where the entry at `at` ends (the next one starts), or -1 when the bytes do not add up. */
  end(at: number): number {
    const nul = this.data.indexOf(0, at);
    return nul < 0 || nul + 1 + this.hashBytes > this.data.length ? -1 : nul + 1 + this.hashBytes;
  }

  /** The entry at `at` (ending at `end`), or undefined when damaged. */
  entry(at: number, end: number): Entry | undefined {
    const data = this.data;
    const space = data.indexOf(0x20, at);
    const nul = end - 1 - this.hashBytes;
    if (space < 0 || space >= nul) return undefined;
    let mode = 0;
    for (let k = at; k < space; k++) {
      const digit = data[k]! - 0x30;
      if (digit < 0 || digit > 7) return undefined;
      mode = mode * 8 + digit;
    }
    return { nameStart: space + 1, nameEnd: nul, mode: canonicalMode(mode) };
  }

  name(entry: Entry): string {
    return this.data.toString('utf8', entry.nameStart, entry.nameEnd);
  }

  oid(entry: Entry): string {
    return this.data.toString('hex', entry.nameEnd + 1, entry.nameEnd + 1 + this.hashBytes);
  }

  /** The start of every MARK_EVERY-th entry after the first, walked; undefined when the bytes do not add up. */
  marks(): number[] | undefined {
    const marks: number[] = [];
    for (let at = 0, n = 0; at < this.data.length; n++) {
      if (n > 0 && n % MARK_EVERY === 0) marks.push(at);
      at = this.end(at);
      if (at < 0) return undefined;
    }
    return marks;
  }
}

/** The index of the first of `marks` (ascending) above `at`. */
function firstAbove(marks: Uint32Array, at: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (marks[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where an entry's name lies in its tree's bytes, and its canonical mode. */
interface Entry {
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly mode: number;
}

/**
 * Tree order of entry `x` of `a` and entry `y` of `b`: names compared byte by byte, a folder's as
 * if it ended in `/` (so a file and a folder of one name are two different entries, as for git).
 */
function order(a: TreeBytes, x: Entry, b: TreeBytes, y: Entry): number {
  const aLength = x.nameEnd - x.nameStart;
  const bLength = y.nameEnd - y.nameStart;
  const common = Math.min(aLength, bLength);
  const c = a.data.compare(b.data, y.nameStart, y.nameStart + common, x.nameStart, x.nameStart + common);
  if (c !== 0) return c;
  const aNext = aLength > common ? a.data[x.nameStart + common]! : x.mode === TREE ? SLASH : 0;
  const bNext = bLength > common ? b.data[y.nameStart + common]! : y.mode === TREE ? SLASH : 0;
  return aNext - bNext;
}

/** How many bytes `a` from `at` and `b` from `bt` have in common before they differ (or one ends). */
function commonLength(a: Buffer, at: number, b: Buffer, bt: number): number {
  let lo = 0;
  let hi = Math.min(a.length - at, b.length - bt);
  if (a.compare(b, bt, bt + hi, at, at + hi) === 0) return hi;
  // Invariant: the first `lo` bytes agree, the first `hi` do not. Each step compares only the
  // bytes after `lo` (those before are known to agree): the halving costs about twice one pass,
  // where comparing from the start every time cost a pass per step over a 3 MB tree.
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (a.compare(b, bt + lo, bt + mid, at + lo, at + mid) === 0) lo = mid;
    else hi = mid;
  }
  return lo;
}

const modeText = (mode: number) => mode.toString(8).padStart(6, '0');
const childPath = (folder: string, name: string) => (folder === '' ? name : `${folder}/${name}`);

/**
 * The staged changes of an index whose root tree is `indexTree` (its cache-tree's root id)
 * against HEAD's root tree `headTree`, or undefined when they cannot be known for certain here.
 */
export function stagedFromFiles(input: { indexTree: string; headTree: string; store: ObjectStore; hashBytes: number; marks?: TreeMarks }): StagedChange[] | undefined {
  const { store, hashBytes } = input;
  if (input.indexTree === input.headTree) return [];
  const zeros = '0'.repeat(hashBytes * 2);
  const changes: StagedChange[] = [];

  /** Every file below a folder only one side has: all added (the index) or all deleted (HEAD). */
  const all = (folder: string, oid: string, status: 'A' | 'D'): boolean => {
    const tree = TreeBytes.read(store, oid, hashBytes);
    if (!tree) return false;
    for (let at = 0; at < tree.data.length;) {
      const end = tree.end(at);
      const entry = end < 0 ? undefined : tree.entry(at, end);
      if (!entry) return false;
      const path = childPath(folder, tree.name(entry));
      if (entry.mode === TREE) {
        if (!all(path, tree.oid(entry), status)) return false;
      } else if (status === 'A') changes.push({ status, mode: modeText(entry.mode), oid: tree.oid(entry), path });
      else changes.push({ status, mode: '000000', oid: zeros, path });
      at = end;
    }
    return true;
  };

  /**
   * The two trees of one folder, merged in tree order. Entries whose bytes are the same (same
   * mode, name and id: most of them) are stepped over without being read further.
   */
  const compare = (folder: string, headId: string, indexId: string): boolean => {
    const head = TreeBytes.read(store, headId, hashBytes);
    const index = TreeBytes.read(store, indexId, hashBytes);
    if (!head || !index) return false;
    // A large folder (a versions folder): HEAD's marks, kept or walked once, let the run both
    // trees share be jumped over; the index's marks follow from them and the entries stepped here.
    const marks = input.marks && head.data.length >= MIN_MARKED_TREE && index.data.length >= MIN_MARKED_TREE ? input.marks : undefined;
    let headMarks = marks?.read(headId, head.data, hashBytes);
    let walked: number[] | undefined;
    if (marks && !headMarks) {
      walked = head.marks();
      if (!walked) return false;
      headMarks = Uint32Array.from(walked);
    }
    const indexMarks: number[] = [];
    let stepped = 0;
    let a = 0;
    let b = 0;
    while (a < head.data.length || b < index.data.length) {
      // The bytes both trees share from here on (found by halving, each step one native
      // comparison): the whole entries inside that run are the same entries, stepped over.
      const start = a;
      const indexStart = b;
      const same = commonLength(head.data, a, index.data, b);
      if (headMarks) {
        // An entry of HEAD's that starts inside the shared run (all before it in the run) starts
        // the same entry in the index, as far from the run's start; the last is jumped to.
        let k = firstAbove(headMarks, start);
        for (; k < headMarks.length && headMarks[k]! <= start + same; k++) {
          const at = headMarks[k]! - start + indexStart;
          if (at < index.data.length) indexMarks.push(at);
        }
        const last = k > 0 ? headMarks[k - 1]! : 0;
        if (last > start) {
          a = last;
          b = indexStart + (last - start);
        }
      }
      if (same === head.data.length - start && same === index.data.length - indexStart) break;
      while (a < head.data.length) {
        const end = head.end(a);
        if (end < 0) return false;
        if (end - start > same) break;
        b += end - a;
        a = end;
      }
      const aEnd = a < head.data.length ? head.end(a) : head.data.length;
      const bEnd = b < index.data.length ? index.end(b) : index.data.length;
      if (aEnd < 0 || bEnd < 0) return false;
      const x = a < aEnd ? head.entry(a, aEnd) : undefined;
      const y = b < bEnd ? index.entry(b, bEnd) : undefined;
      if ((a < aEnd && !x) || (b < bEnd && !y)) return false;
      const c = !x ? 1 : !y ? -1 : order(head, x, index, y);
      if (c < 0) {
        // Only HEAD has it: deleted.
        const path = childPath(folder, head.name(x!));
        if (x!.mode === TREE) {
          if (!all(path, head.oid(x!), 'D')) return false;
        } else changes.push({ status: 'D', mode: '000000', oid: zeros, path });
        a = aEnd;
      } else if (c > 0) {
        // Only the index has it: added.
        const path = childPath(folder, index.name(y!));
        if (y!.mode === TREE) {
          if (!all(path, index.oid(y!), 'A')) return false;
        } else changes.push({ status: 'A', mode: modeText(y!.mode), oid: index.oid(y!), path });
        b = bEnd;
        if (++stepped % MARK_EVERY === 0 && b < index.data.length) indexMarks.push(b);
      } else {
        const path = childPath(folder, index.name(y!));
        const same = head.oid(x!) === index.oid(y!);
        if (y!.mode === TREE) {
          if (!same && !compare(path, head.oid(x!), index.oid(y!))) return false;
        } else if (!same || x!.mode !== y!.mode) {
          const status = (x!.mode & TYPE_BITS) !== (y!.mode & TYPE_BITS) ? 'T' : 'M';
          changes.push({ status, mode: modeText(y!.mode), oid: index.oid(y!), path });
        }
        a = aEnd;
        b = bEnd;
        if (++stepped % MARK_EVERY === 0 && b < index.data.length) indexMarks.push(b);
      }
    }
    if (marks) {
      if (walked) marks.keep(headId, head.data.length, walked);
      // The index's tree is HEAD's after this commit: the next comparison starts from these.
      marks.keep(indexId, index.data.length, indexMarks);
    }
    return true;
  };

  if (!compare('', input.headTree, input.indexTree)) return undefined;
  // git's order: by path, byte for byte.
  const keys = new Map(changes.map((change) => [change, Buffer.from(change.path, 'utf8')]));
  return changes.sort((a, b) => Buffer.compare(keys.get(a)!, keys.get(b)!));
}
