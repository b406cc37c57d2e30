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
}

/** The identity (device, inode, size, change time) of a file, for "is it still the same file". */
export function fileIdentity(stats: { dev: bigint; ino: bigint; size: bigint; ctimeNs: bigint; mtimeNs: bigint }): string {
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.ctimeNs}:${stats.mtimeNs}`;
}

/** True for the paths environment discovery reads: `*.ini`, `pyproject.toml`, `env.py`. */
export function isDiscoveryPath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.endsWith('.ini') || name === 'pyproject.toml' || name === 'env.py';
}

const LINK_MODES = new Set([0o120000, 0o160000]);

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

/** Walks the entries and extensions with one hash size; undefined when they do not add up. */
function parse(bytes: Buffer, hashBytes: number, identity: string): IndexFacts | undefined {
  if (bytes.length < 12 + hashBytes || bytes.toString('latin1', 0, 4) !== 'DIRC') return undefined;
  const version = bytes.readUInt32BE(4);
  const count = bytes.readUInt32BE(8);
  if (version < 2 || version > 4) return undefined;
  const configs: IndexEntryFact[] = [];
  const links: IndexEntryFact[] = [];
  const end = bytes.length - hashBytes;
  let at = 12;
  let previous: Buffer = Buffer.alloc(0);
  for (let i = 0; i < count; i++) {
    const start = at;
    if (start + 40 + hashBytes + 2 > end) return undefined;
    const mode = bytes.readUInt32BE(start + 24);
    const flags = bytes.readUInt16BE(start + 40 + hashBytes);
    const extended = (flags & 0x4000) !== 0;
    if (extended && version < 3) return undefined;
    const nameStart = start + 40 + hashBytes + 2 + (extended ? 2 : 0);
    let name: Buffer;
    if (version === 4) {
      const [strip, after] = varint(bytes, nameStart);
      const nul = bytes.indexOf(0, after);
      if (nul < 0 || strip > previous.length) return undefined;
      name = Buffer.concat([previous.subarray(0, previous.length - strip), bytes.subarray(after, nul)]);
      previous = name;
      at = nul + 1;
    } else {
      const length = flags & 0xfff;
      const nul = length < 0xfff ? nameStart + length : bytes.indexOf(0, nameStart + 0xfff);
      if (nul < 0 || nul > end) return undefined;
      name = bytes.subarray(nameStart, nul);
      // Entries are padded with 1–8 NULs to a multiple of eight bytes.
      at = start + ((nul - start + 8) & ~7);
    }
    // A sparse index stores whole folders as entries: configs inside them are not listed.
    if ((mode & 0o170000) === 0o040000) return undefined;
    const isLink = LINK_MODES.has(mode);
    // Decoding 50,000 names is not free: only names that can matter are decoded.
    if (!isLink && !(name.length >= 4 && (endsWith(name, '.ini') || endsWith(name, 'pyproject.toml') || endsWith(name, 'env.py')))) continue;
    const path = name.toString('utf8');
    if (!isLink && !isDiscoveryPath(path)) continue;
    const fact = { path, mode: mode.toString(8).padStart(6, '0'), oid: bytes.toString('hex', start + 40, start + 40 + hashBytes), stage: (flags >> 12) & 3 };
    (isLink ? links : configs).push(fact);
  }
  const trees = new Map<string, string>();
  while (at < end) {
    if (at + 8 > end) return undefined;
    const signature = bytes.toString('latin1', at, at + 4);
    const size = bytes.readUInt32BE(at + 4);
    const body = at + 8;
    if (body + size > end) return undefined;
    // Extensions a reader must understand (lower-case first letter): the split index's `link`,
    // the sparse index's `sdir`. Neither can be read here.
    if (signature[0]! >= 'a' && signature[0]! <= 'z') return undefined;
    if (signature === 'TREE' && !readCacheTree(bytes.subarray(body, body + size), hashBytes, trees)) return undefined;
    at = body + size;
  }
  return at === end ? { configs, links, trees, identity } : undefined;
}

const endsWith = (name: Buffer, suffix: string) => name.toString('latin1', name.length - suffix.length) === suffix;

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

/**
 * The facts of the index file `file`, or undefined (see the module comment). With `identity`,
 * also undefined when the file is no longer that one (git replaced it since).
 */
export function readIndexFacts(file: string, identity?: string): IndexFacts | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const stats = fstatSync(fd, { bigint: true });
    const own = fileIdentity(stats);
    if (identity !== undefined && identity !== own) return undefined;
    const bytes = Buffer.allocUnsafe(Number(stats.size));
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) return undefined;
      read += n;
    }
    return parse(bytes, 20, own) ?? parse(bytes, 32, own);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
