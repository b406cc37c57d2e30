/**
 * The few facts the commit-time fast lane needs from git's index file, read directly (format:
 * git's Documentation/gitformat-index.txt, versions 2–4), without starting git:
 *  - the entries that can define or move an Alembic environment (`*.ini`, `pyproject.toml`,
 *    `env.py`) and every symlink or submodule entry, with their ids: the key under which the
 *    environments found last time are kept;
 *  - the tree ids git's cache-tree holds for folders, which `git commit` brings up to date before
 *    it runs the pre-commit hook: the id the index's versions folder will have in the commit, so
 *    what a check learns of the index is kept for the next commit, whose HEAD it becomes.
 * A split index, a sparse index, an unknown version or anything that does not add up gives
 * undefined, and the caller does without.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** One index entry the fast lane looks at. */
export interface IndexEntryFact {
  readonly path: string;
  readonly mode: string;
  readonly oid: string;
  /** 0, or 1–3 while a merge conflict is unresolved. */
  readonly stage: number;
}

/** An index entry of a folder: its name there (no `/`), mode and object id (raw bytes). */
export interface FolderEntry {
  readonly name: Buffer;
  readonly mode: number;
  readonly oid: Buffer;
}

/** Which folders' own entries a walk collects: every folder at or below one of `below`. */
export interface FolderChoice {
  readonly below: readonly string[];
}

/** What readIndexFacts finds. */
export interface IndexFacts {
  /** Entries whose name makes them a config candidate or a script-directory marker, in index order. */
  readonly configs: readonly IndexEntryFact[];
  /** Symlink and submodule entries. */
  readonly links: readonly IndexEntryFact[];
  /** Valid cache-tree ids by folder (`''` is the root). */
  readonly trees: ReadonlyMap<string, string>;
  /** The file's identity when read: a check that needs the index to be the one git described compares it. */
  readonly identity: string;
  /**
   * With a FolderChoice: the chosen folders' own entries (files, links, submodules — not their
   * subfolders), by folder (`''` is the root), in index order; folders with none are absent.
   */
  readonly folderEntries?: ReadonlyMap<string, readonly FolderEntry[]>;
  /** True when a chosen folder holds an entry no tree has: a conflict (stage 1–3) or intent-to-add. */
  readonly untreeable?: boolean;
  /**
   * True when an entry is marked assume-unchanged or skip-worktree: `git status` does not compare
   * such a file with the working tree, so the index no longer says what is on disk.
   */
  readonly hidesWorktree: boolean;
}

/** The identity (device, inode, size, change time) of a file, for "is it still the same file". */
export function fileIdentity(stats: { dev: bigint; ino: bigint; size: bigint; ctimeNs: bigint; mtimeNs: bigint }): string {
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.ctimeNs}:${stats.mtimeNs}`;
}

/** The size in bytes that a fileIdentity records. */
export function identityBytes(identity: string): number {
  return Number(identity.split(':')[2]);
}

/** True for the paths environment discovery reads: `*.ini`, `pyproject.toml`, `env.py`. */
export function isDiscoveryPath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.endsWith('.ini') || name === 'pyproject.toml' || name === 'env.py';
}


/** Git's offset varint (varint.c): 7 bits a byte, each continuation adding one. */
function varint(bytes: Buffer, at: number): [number, number] {
  let c = bytes[at++]!;
  let value = c & 127;
  while (c & 128) {
    c = bytes[at++]!;
    value = ((value + 1) * 128) + (c & 127);
  }
  return [value, at];
}

/**
 * Reads a file through one small buffer: an index of 50,000 entries is 6 MB, and reading it whole
 * into a fresh buffer cost more in page faults than walking it.
 */
class Window {
  readonly buf = Buffer.allocUnsafe(256 * 1024);
  private base = 0;
  private length = 0;

  constructor(private readonly fd: number, readonly size: number) {}

  /** Makes the file's bytes [pos, pos + n) available and returns where they start in `buf`, or -1. */
  at(pos: number, n: number): number {
    if (pos >= this.base && pos + n <= this.base + this.length) return pos - this.base;
    if (n > this.buf.length || pos + n > this.size) return -1;
    this.base = pos;
    this.length = 0;
    const want = Math.min(this.buf.length, this.size - pos);
    while (this.length < want) {
      const read = readSync(this.fd, this.buf, this.length, want - this.length, pos + this.length);
      if (read === 0) return -1;
      this.length += read;
    }
    return 0;
  }

  /** Bytes [pos, pos + n) in a buffer of their own (for parts larger than the window). */
  copy(pos: number, n: number): Buffer | undefined {
    if (pos + n > this.size) return undefined;
    const out = Buffer.allocUnsafe(n);
    let done = 0;
    while (done < n) {
      const read = readSync(this.fd, out, done, n - done, pos + done);
      if (read === 0) return undefined;
      done += read;
    }
    return out;
  }
}

/** Walks the entries and extensions with one hash size; undefined when they do not add up. */
function parse(w: Window, hashBytes: number, identity: string, choice: FolderChoice | undefined): IndexFacts | undefined {
  const head = w.at(0, 12);
  if (head < 0 || w.size < 12 + hashBytes || w.buf.toString('latin1', head, head + 4) !== 'DIRC') return undefined;
  const version = w.buf.readUInt32BE(head + 4);
  const count = w.buf.readUInt32BE(head + 8);
  if (version < 2 || version > 4) return undefined;
  const configs: IndexEntryFact[] = [];
  const links: IndexEntryFact[] = [];
  const end = w.size - hashBytes;
  let at = 12;
  // Version 4 names are the previous name with its end cut and a new end added: rebuilt in place.
  let name = Buffer.allocUnsafe(4096);
  let nameLength = 0;
  let hidesWorktree = false;
  // Entries come sorted, so a folder's decision is made once per run of entries in it.
  const folderEntries = choice ? new Map<string, FolderEntry[]>() : undefined;
  const belowPrefixes = (choice?.below ?? []).map((folder) => `${folder}/`);
  let untreeable = false;
  let lastFolder: Buffer | undefined;
  let lastList: FolderEntry[] | undefined;
  let lastChosen = false;
  // A hook reads an index of 50,000 entries in a fresh process, before any of this code is
  // optimised: the loop touches few bytes per entry and makes no string or buffer for most.
  const flagsAt = 40 + hashBytes;
  const most = flagsAt + 4 + 8192;
  for (let i = 0; i < count; i++) {
    const o = w.at(at, Math.min(most, end - at));
    if (o < 0 || at + flagsAt + 2 > end) return undefined;
    const bytes = w.buf;
    const flags = (bytes[o + flagsAt]! << 8) | bytes[o + flagsAt + 1]!;
    const extended = (flags & 0x4000) !== 0;
    if (extended && version < 3) return undefined;
    // assume-valid is the flags' top bit; skip-worktree the extended flags' 0x4000.
    if ((flags & 0x8000) !== 0 || (extended && (bytes[o + flagsAt + 2]! & 0x40) !== 0)) hidesWorktree = true;
    const nameStart = o + flagsAt + 2 + (extended ? 2 : 0);
    const limit = o + Math.min(most, end - at);
    // The name as [source, from, to): in the window (v2/v3) or the rebuilt buffer (v4).
    let source: Buffer;
    let from: number;
    let to: number;
    let next: number;
    if (version === 4) {
      const [strip, after] = varint(bytes, nameStart);
      const nul = bytes.indexOf(0, after);
      if (nul < 0 || nul >= limit || strip > nameLength) return undefined;
      const keep = nameLength - strip;
      if (keep + (nul - after) > name.length) {
        const larger = Buffer.allocUnsafe(2 * (keep + (nul - after)));
        name.copy(larger, 0, 0, keep);
        name = larger;
      }
      bytes.copy(name, keep, after, nul);
      nameLength = keep + (nul - after);
      source = name;
      from = 0;
      to = nameLength;
      next = nul + 1 - o;
    } else {
      const length = flags & 0xfff;
      const nul = length < 0xfff ? nameStart + length : bytes.indexOf(0, nameStart + 0xfff);
      if (nul < 0 || nul >= limit) return undefined;
      source = bytes;
      from = nameStart;
      to = nul;
      // Entries are padded with 1–8 NULs to a multiple of eight bytes.
      next = (nul - o + 8) & ~7;
    }
    // The mode's type bits: 0o040000 a folder (a sparse index), 0o120000 a link, 0o160000 a submodule.
    const type = bytes[o + 26]! & 0xf0;
    if (type === 0x40) return undefined; // A sparse index lists whole folders: configs inside are not seen.
    if (folderEntries) {
      let slash = to - 1;
      while (slash >= from && source[slash] !== 0x2f) slash--;
      const folderLength = slash < from ? 0 : slash - from;
      if (!lastFolder || folderLength !== lastFolder.length || source.compare(lastFolder, 0, folderLength, from, from + folderLength) !== 0) {
        const folder = source.toString('utf8', from, from + folderLength);
        lastFolder = Buffer.from(source.subarray(from, from + folderLength));
        lastChosen = belowPrefixes.some((prefix) => folder === prefix.slice(0, -1) || folder.startsWith(prefix));
        lastList = undefined;
        if (lastChosen) {
          lastList = folderEntries.get(folder);
          if (!lastList) folderEntries.set(folder, (lastList = []));
        }
      }
      if (lastChosen) {
        // No tree holds a conflict (stage 1–3) or an intent-to-add entry (extended flag 0x2000).
        if (((flags >> 12) & 3) !== 0 || (extended && (bytes[o + flagsAt + 2]! & 0x20) !== 0)) untreeable = true;
        lastList!.push({ name: Buffer.from(source.subarray(folderLength === 0 ? from : slash + 1, to)), mode: bytes.readUInt32BE(o + 24), oid: Buffer.from(bytes.subarray(o + 40, o + 40 + hashBytes)) });
      }
    }
    const isLink = type === 0xa0 || type === 0xe0;
    // Only names whose last bytes can make them matter are looked at further (`.ini`, `.toml`,
    // `env.py`). Every revision file ends in `.py`: its fourth byte from the end (the `v` of
    // `env.py`) turns nearly all of them away with one comparison.
    const last = source[to - 1];
    if (isLink || (last === 0x69 && endsWith(source, from, to, INI)) || (last === 0x6c && endsWith(source, from, to, PYPROJECT))
      || (last === 0x79 && source[to - 4] === 0x76 && endsWith(source, from, to, ENV_PY))) {
      const path = source.toString('utf8', from, to);
      if (isLink || isDiscoveryPath(path)) {
        const mode = bytes.readUInt32BE(o + 24);
        const fact = { path, mode: mode.toString(8).padStart(6, '0'), oid: bytes.toString('hex', o + 40, o + 40 + hashBytes), stage: (flags >> 12) & 3 };
        (isLink ? links : configs).push(fact);
      }
    }
    at += next;
  }
  const trees = new Map<string, string>();
  while (at < end) {
    const o = w.at(at, 8);
    if (o < 0 || at + 8 > end) return undefined;
    const signature = w.buf.toString('latin1', o, o + 4);
    const size = w.buf.readUInt32BE(o + 4);
    const body = at + 8;
    if (body + size > end) return undefined;
    // Extensions a reader must understand (lower-case first letter): the split index's `link`,
    // the sparse index's `sdir`. Neither can be read here.
    if (signature[0]! >= 'a' && signature[0]! <= 'z') return undefined;
    if (signature === 'TREE') {
      const inWindow = w.at(body, size);
      const part = inWindow >= 0 ? w.buf.subarray(inWindow, inWindow + size) : w.copy(body, size);
      if (!part || !readCacheTree(part, hashBytes, trees)) return undefined;
    }
    at = body + size;
  }
  if (at !== end) return undefined;
  return { configs, links, trees, identity, hidesWorktree, ...(folderEntries ? { folderEntries, untreeable } : {}) };
}

const INI = Buffer.from('.ini');
const PYPROJECT = Buffer.from('pyproject.toml');
const ENV_PY = Buffer.from('env.py');

/** True when `source[from, to)` ends with `suffix` (compared byte by byte: no string is made). */
function endsWith(source: Buffer, from: number, to: number, suffix: Buffer): boolean {
  if (to - from < suffix.length) return false;
  for (let k = 1; k <= suffix.length; k++) if (source[to - k] !== suffix[suffix.length - k]) return false;
  return true;
}

/** The cache-tree extension: `<path>\0<entries> <subtrees>\n[<oid>]`, pre-order. False when damaged. */
function readCacheTree(body: Buffer, hashBytes: number, trees: Map<string, string>): boolean {
  // Each open folder: its path and how many of its subtrees are still to come.
  const stack: { path: string; left: number }[] = [];
  let roots = 0;
  let at = 0;
  while (at < body.length) {
    const nul = body.indexOf(0, at);
    const newline = body.indexOf(0x0a, nul + 1);
    if (nul < 0 || newline < 0) return false;
    const component = body.toString('utf8', at, nul);
    const [entries, subtrees] = body.toString('latin1', nul + 1, newline).split(' ').map(Number);
    if (!Number.isSafeInteger(entries) || !Number.isSafeInteger(subtrees) || subtrees! < 0) return false;
    at = newline + 1;
    while (stack.length > 0 && stack[stack.length - 1]!.left === 0) stack.pop();
    const parent = stack[stack.length - 1];
    if (!parent && ++roots > 1) return false;
    if (parent) parent.left -= 1;
    const path = parent ? (parent.path === '' ? component : `${parent.path}/${component}`) : '';
    if (entries! >= 0) {
      if (at + hashBytes > body.length) return false;
      trees.set(path, body.toString('hex', at, at + hashBytes));
      at += hashBytes;
    }
    stack.push({ path, left: subtrees! });
  }
  return true;
}

/** The part of an index read from its end (readIndexTail). */
export interface IndexTail {
  /** Valid cache-tree ids by folder (`''` is the root). */
  readonly trees: ReadonlyMap<string, string>;
  readonly identity: string;
  /**
   * The file's trailing checksum (git's hash of every byte before it, checked by git whenever it
   * reads the file): names the whole index, entries and flags, by content. Absent when git wrote
   * none (`index.skipHash` writes zeros).
   */
  readonly checksum?: string;
}

/**
 * The cache-tree of the index file `file`, found from the file's end without walking its entries:
 * the extensions follow the entries, and the `TREE` extension is accepted only where the chain of
 * extension headers from it ends exactly at the trailing checksum and its body parses whole. An
 * index of 50,000 entries is 6 MB; its cache-tree is a few KB at the end. Undefined when it is not
 * found for certain (then the caller does without); with `identity`, also when the file is no
 * longer that one.
 */
export function readIndexTail(file: string, identity?: string): IndexTail | undefined {
  return readOpenIndex(file, identity, (fd, size, own) => {
    for (const length of [64 * 1024, 1024 * 1024]) {
      const from = Math.max(12, size - length);
      const tail = Buffer.allocUnsafe(size - from);
      let read = 0;
      while (read < tail.length) {
        const n = readSync(fd, tail, read, tail.length - read, from + read);
        if (n === 0) return undefined;
        read += n;
      }
      for (const hashBytes of [20, 32]) {
        const trees = cacheTreeInTail(tail, tail.length - hashBytes, hashBytes);
        if (trees) {
          const checksum = tail.toString('hex', tail.length - hashBytes);
          return { trees, identity: own, ...(/[^0]/.test(checksum) ? { checksum } : {}) };
        }
      }
      if (from === 12) break;
    }
    return undefined;
  });
}

/**
 * `read` of the index file `file` while it is open: its descriptor, size and identity. Undefined
 * when it cannot be opened, when it is no longer the file of `identity` (git replaced it), or
 * when `read` throws (a file cut short while read).
 */
function readOpenIndex<T>(file: string, identity: string | undefined, read: (fd: number, size: number, own: string) => T | undefined): T | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const stats = fstatSync(fd, { bigint: true });
    const own = fileIdentity(stats);
    if (identity !== undefined && identity !== own) return undefined;
    return read(fd, Number(stats.size), own);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The extension chain from `at` ends exactly at `end`, every signature well-formed. */
function chainEnds(tail: Buffer, at: number, end: number): boolean {
  while (at < end) {
    // Lower-case signatures (a split index's `link`, a sparse index's `sdir`) are not read here.
    if (at + 8 > end || !/^[A-Z]{4}$/.test(tail.toString('latin1', at, at + 4))) return false;
    at += 8 + tail.readUInt32BE(at + 4);
  }
  return at === end;
}

function cacheTreeInTail(tail: Buffer, end: number, hashBytes: number): Map<string, string> | undefined {
  for (let at = tail.indexOf('TREE'); at >= 0 && at + 8 <= end; at = tail.indexOf('TREE', at + 1)) {
    const size = tail.readUInt32BE(at + 4);
    if (at + 8 + size > end || !chainEnds(tail, at + 8 + size, end)) continue;
    // A split index's `link` or a sparse index's `sdir` right before it: not read here.
    for (const required of ['link', 'sdir']) {
      for (let q = tail.indexOf(required); q >= 0 && q + 8 <= at; q = tail.indexOf(required, q + 1)) {
        if (q + 8 + tail.readUInt32BE(q + 4) === at) return undefined;
      }
    }
    const trees = new Map<string, string>();
    if (readCacheTree(tail.subarray(at + 8, at + 8 + size), hashBytes, trees)) return trees;
  }
  return undefined;
}

// The last facts read without a choice, and from which file.
let lastRead: { readonly file: string; readonly facts: IndexFacts } | undefined;

/**
 * Makes `facts` what readIndexFacts answers (without a choice) for `file` while the file keeps
 * the identity they carry: facts known without walking, kept from an earlier walk of an index
 * with the same checksum (cache/index-facts.ts).
 */
export function adoptIndexFacts(file: string, facts: IndexFacts): void {
  lastRead = { file, facts };
}

/**
 * The facts of the index file `file`, or undefined (see the module comment). With `identity`,
 * also undefined when the file is no longer that one (git replaced it since); with `choice`, also
 * the chosen folders' own entries (to name a folder's tree where the cache-tree does not).
 */
export function readIndexFacts(file: string, identity?: string, choice?: FolderChoice): IndexFacts | undefined {
  return readOpenIndex(file, identity, (fd, size, own) => {
    // One run asks twice (discovery, then whether the working tree is the index's): the same file
    // is walked once. Facts without a choice depend on the file's bytes alone.
    if (!choice && lastRead?.file === file && lastRead.facts.identity === own) return lastRead.facts;
    const window = new Window(fd, size);
    const facts = parse(window, 20, own, choice) ?? parse(window, 32, own, choice);
    if (facts && !choice) lastRead = { file, facts };
    return facts;
  });
}
