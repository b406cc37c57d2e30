/**
 * Git objects read straight from a repository's object directory, without starting git: the
 * commit-time fast lane runs on every commit, and spawning git to read HEAD's trees would cost it
 * more than all its other work. It reads:
 *  - loose objects (`objects/xx/…`, one zlib stream each);
 *  - packs through their version 2 (or 1) `.idx`, with whole objects and both kinds of delta
 *    (against an earlier entry of the same pack, or against an object named by id, found wherever
 *    this store finds objects), following delta chains however they cross packs and loose objects;
 *  - the object directories `objects/info/alternates` names, a few levels deep.
 * Pack data is read at offsets, entry by entry, never as a whole file. Object ids are not checked
 * against the content (git's cat-file does not check them either); everything else that does not
 * add up (a missing or truncated object, an index that disagrees with its pack, a type or format
 * not handled) gives undefined, and the caller asks git instead: an unsure answer is never given.
 */
import { fstatSync, openSync, readFileSync, readSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type * as Zlib from 'node:zlib';
import { inflateSmall } from './inflate-small.cjs';

/** node:zlib, loaded for the first object too large for inflateSmall (it brings node:stream: ~1.7 ms). */
let zlibModule: typeof Zlib | undefined;
const zlib = (): typeof Zlib => (zlibModule ??= require('node:zlib') as typeof Zlib);

/**
 * An object's type and its content (without git's `<type> <size>` header). The bytes are shared
 * with the store's caches: no caller changes them.
 */
export interface StoredObject {
  readonly type: 'commit' | 'tree' | 'blob' | 'tag';
  readonly data: Buffer;
}

type ObjectType = StoredObject['type'];

/**
 * Where large trees are kept uncompressed between runs (cache/raw-trees): `read` gives a tree's
 * content only when it is certainly that tree's, `keep` never throws.
 */
export interface TreeKeeper {
  read(oid: string): Buffer | undefined;
  keep(oid: string, data: Buffer): void;
}

/** Pack entry types by their 3-bit code; 6 and 7 are the deltas, 0 and 5 are not used. */
const PACKED_TYPES: readonly (ObjectType | undefined)[] = [undefined, 'commit', 'tree', 'blob', 'tag'];
const OFS_DELTA = 6;
const REF_DELTA = 7;

/** Longer chains than git ever writes (its default is 50, `--depth` caps at 4095) mean a loop or damage. */
const MAX_DELTA_DEPTH = 10_000;
/** Git follows alternates 5 levels deep. */
const MAX_ALTERNATE_DEPTH = 5;
/** Bases kept for the next delta that needs them: trees of one history share long chains. */
const CACHE_BUDGET = 32 * 1024 * 1024;
const CACHE_MAX_OBJECT = 4 * 1024 * 1024;
/** The most read at once before knowing an entry's compressed length. */
const FIRST_SLICE_MAX = 64 * 1024;
/** Objects up to this size are inflated from one slice long enough for any stream of them. */
const WHOLE_SLICE_MAX = 16 * 1024 * 1024;
/** The first read of an entry: its header and, for most trees, deltas and small files, all its data. */
const ENTRY_READ = 8 * 1024;
/**
 * Objects up to this size are inflated in JavaScript (inflate-small): what a commit's lane reads
 * (a commit, a root tree, a folder's tree) is a few kilobytes at most. Above it zlib is faster.
 */
export const SMALL_OBJECT = 16 * 1024;
/** No object this lane reads comes close; a larger size is damage, or not worth the memory. */
const MAX_OBJECT_SIZE = 1024 * 1024 * 1024;

/** Signals a read that cannot be answered for certain; caught at the public boundary only. */
class Unreadable extends Error {}
function fail(): never {
  throw new Unreadable();
}

/** Reads exactly `length` bytes at `position`, or fails: a short read means a truncated file. */
function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) fail();
    done += n;
  }
  return buffer;
}

/** One `.idx` and its `.pack`, opened together on first use so that a mismatched pair is never read. */
class Pack {
  private opened = false;
  private broken = false;
  private idxFd = -1;
  private packFd = -1;
  private packSize = 0;
  private version = 2;
  private fanout = new Uint32Array(256);
  private namesAt = 0;
  private offsetsAt = 0;
  private largeAt = 0;
  private largeCount = 0;

  constructor(
    readonly id: number,
    private readonly idxPath: string,
    private readonly packPath: string,
    private readonly hashBytes: number,
  ) {}

  /** The entry's offset in the pack, or undefined when this pack does not hold the object (or cannot be read). */
  find(oid: Buffer): number | undefined {
    if (!this.open()) return undefined;
    const first = oid[0]!;
    const lo = first === 0 ? 0 : this.fanout[first - 1]!;
    const hi = this.fanout[first]!;
    if (lo >= hi) return undefined;
    const h = this.hashBytes;
    // One read for the fan-out bucket: a few kilobytes even for packs of millions of objects.
    if (this.version === 1) {
      const stride = 4 + h;
      const rows = readAt(this.idxFd, 1024 + lo * stride, (hi - lo) * stride);
      const i = search(rows, hi - lo, stride, 4, h, oid);
      return i === undefined ? undefined : this.checkOffset(rows.readUInt32BE(i * stride));
    }
    const names = readAt(this.idxFd, this.namesAt + lo * h, (hi - lo) * h);
    const i = search(names, hi - lo, h, 0, h, oid);
    if (i === undefined) return undefined;
    const small = readAt(this.idxFd, this.offsetsAt + (lo + i) * 4, 4).readUInt32BE(0);
    if (small < 0x80000000) return this.checkOffset(small);
    const slot = small & 0x7fffffff;
    if (slot >= this.largeCount) fail();
    const large = readAt(this.idxFd, this.largeAt + slot * 8, 8).readBigUInt64BE(0);
    if (large > BigInt(Number.MAX_SAFE_INTEGER)) fail();
    return this.checkOffset(Number(large));
  }

  /** An offset must point between the pack's header and its trailing checksum. */
  private checkOffset(offset: number): number {
    if (offset < 12 || offset >= this.packSize - this.hashBytes) fail();
    return offset;
  }

  /**
   * The entry at `offset`: its type code, inflated data (a delta's instructions, for a delta) and
   * where its delta base is. One read usually brings both the header and the compressed data.
   */
  entry(offset: number): { code: number; data: Buffer; baseOffset?: number; baseOid?: Buffer } {
    const end = this.packSize - this.hashBytes;
    const chunk = readAt(this.packFd, offset, Math.min(ENTRY_READ, end - offset));
    let at = 0;
    let byte = chunk[at++]!;
    const code = (byte >> 4) & 7;
    let size = byte & 15;
    let scale = 16;
    while (byte & 0x80) {
      if (at >= chunk.length || scale > 2 ** 42) fail();
      byte = chunk[at++]!;
      size += (byte & 0x7f) * scale;
      scale *= 128;
    }
    if (size > MAX_OBJECT_SIZE) fail();
    let baseOffset: number | undefined;
    let baseOid: Buffer | undefined;
    if (code === OFS_DELTA) {
      // Big-endian groups of 7 bits, each continuation adding one so that no two encodings mean the same.
      if (at >= chunk.length) fail();
      byte = chunk[at++]!;
      let distance = byte & 0x7f;
      while (byte & 0x80) {
        if (at >= chunk.length || distance > 2 ** 45) fail();
        byte = chunk[at++]!;
        distance = (distance + 1) * 128 + (byte & 0x7f);
      }
      if (distance <= 0 || distance > offset - 12) fail();
      baseOffset = offset - distance;
    } else if (code === REF_DELTA) {
      if (at + this.hashBytes > chunk.length) fail();
      baseOid = Buffer.from(chunk.subarray(at, at + this.hashBytes));
      at += this.hashBytes;
    } else if (PACKED_TYPES[code] === undefined) {
      fail();
    }
    return { code, data: this.inflate(chunk, offset, offset + at, size), baseOffset, baseOid };
  }

  /**
   * An entry's inflated data. The pack does not record how long an entry's compressed stream is,
   * so a slice is inflated without requiring the stream to end (what follows it is ignored). Up
   * to WHOLE_SLICE_MAX bytes of data, the first slice is zlib's bound for `size` bytes — no
   * stream of that data is longer — so a 3 MB tree is read and inflated once, into one buffer of
   * its known size (inflating growing slices again and again, in zlib's default 16 KB chunks then
   * concatenated, cost several times the inflation itself). Larger objects, usually blobs that
   * compress well, start with a small slice and grow by doubling until it yields `size` bytes.
   * `chunk` (read from `chunkAt`) is used when it already holds the slice.
   */
  private inflate(chunk: Buffer, chunkAt: number, dataAt: number, size: number): Buffer {
    const end = this.packSize - this.hashBytes;
    if (size <= SMALL_OBJECT) {
      const bound = Math.min(deflateBound(size), end - dataAt);
      const input = dataAt + bound <= chunkAt + chunk.length ? chunk : readAt(this.packFd, dataAt, bound);
      const start = input === chunk ? dataAt - chunkAt : 0;
      const small = inflateSmall(input, start, start + bound, size);
      if (small?.data.length === size) return small.data;
    }
    const { constants, inflateSync } = zlib();
    let length = size <= WHOLE_SLICE_MAX ? deflateBound(size) : FIRST_SLICE_MAX;
    for (;;) {
      const available = Math.min(length, end - dataAt);
      if (available <= 0) fail();
      const slice = dataAt + available <= chunkAt + chunk.length
        ? chunk.subarray(dataAt - chunkAt, dataAt - chunkAt + available)
        : readAt(this.packFd, dataAt, available);
      const data = inflateSync(slice, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: Math.max(size, 1), chunkSize: Math.max(size + 1, 64) });
      if (data.length === size) return data;
      if (data.length > size || available < length) fail();
      length *= 2;
    }
  }

  /** Opens and checks the pair once; false (for good) when they cannot be read or do not belong together. */
  private open(): boolean {
    if (this.opened) return !this.broken;
    this.opened = true;
    try {
      this.load();
    } catch {
      this.broken = true;
    }
    return !this.broken;
  }

  private load(): void {
    const h = this.hashBytes;
    this.idxFd = openSync(this.idxPath, 'r');
    const idxSize = fstatSync(this.idxFd).size;
    const head = readAt(this.idxFd, 0, Math.min(idxSize, 8 + 1024));
    let fanoutAt = 0;
    if (head.length >= 8 && head.readUInt32BE(0) === 0xff744f63) {
      if (head.readUInt32BE(4) !== 2) fail();
      fanoutAt = 8;
    } else {
      // Version 1 has no header, and exists only for SHA-1.
      if (h !== 20) fail();
      this.version = 1;
    }
    if (head.length < fanoutAt + 1024) fail();
    let previous = 0;
    for (let i = 0; i < 256; i++) {
      const value = head.readUInt32BE(fanoutAt + i * 4);
      if (value < previous) fail();
      this.fanout[i] = previous = value;
    }
    const count = previous;
    let packChecksumAt: number;
    if (this.version === 1) {
      if (idxSize !== 1024 + count * (4 + h) + 2 * h) fail();
      packChecksumAt = 1024 + count * (4 + h);
    } else {
      this.namesAt = 8 + 1024;
      this.offsetsAt = this.namesAt + count * (h + 4); // after the names and their CRC-32s
      this.largeAt = this.offsetsAt + count * 4;
      const rest = idxSize - this.largeAt - 2 * h;
      if (rest < 0 || rest % 8 !== 0) fail();
      this.largeCount = rest / 8;
      packChecksumAt = this.largeAt + rest;
    }
    this.packFd = openSync(this.packPath, 'r');
    this.packSize = fstatSync(this.packFd).size;
    if (this.packSize < 12 + h) fail();
    const packHead = readAt(this.packFd, 0, 12);
    const packVersion = packHead.readUInt32BE(4);
    if (packHead.toString('latin1', 0, 4) !== 'PACK' || (packVersion !== 2 && packVersion !== 3) || packHead.readUInt32BE(8) !== count) fail();
    // The idx records the pack's checksum: a pack rewritten under the same name no longer matches.
    const trailer = readAt(this.packFd, this.packSize - h, h);
    if (!trailer.equals(readAt(this.idxFd, packChecksumAt, h))) fail();
  }
}

/** Binary search of `count` sorted rows of `stride` bytes, each holding an id at `at`. */
function search(rows: Buffer, count: number, stride: number, at: number, h: number, oid: Buffer): number | undefined {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid * stride + at;
    const order = rows.compare(oid, 0, h, start, start + h);
    if (order === 0) return mid;
    if (order < 0) lo = mid + 1;
    else hi = mid;
  }
  return undefined;
}

/** A little-endian base-128 number of a delta's header; returns the value and the next position. */
function deltaSize(delta: Buffer, at: number): [number, number] {
  let value = 0;
  let scale = 1;
  for (;;) {
    if (at >= delta.length || scale > 2 ** 42) fail();
    const byte = delta[at++]!;
    value += (byte & 0x7f) * scale;
    scale *= 128;
    if (!(byte & 0x80)) return [value, at];
  }
}

/** zlib's deflateBound (compressBound) for `size` bytes: the longest stream zlib writes for them. */
function deflateBound(size: number): number {
  return size + Math.floor(size / 4096) + Math.floor(size / 16384) + Math.floor(size / 33554432) + 13;
}

/** Rebuilds an object from its base and a delta: instructions copying ranges of the base or inserting new bytes. */
function applyDelta(base: Buffer, delta: Buffer): Buffer {
  let [baseSize, at] = deltaSize(delta, 0);
  if (baseSize !== base.length) fail();
  let resultSize: number;
  [resultSize, at] = deltaSize(delta, at);
  if (resultSize > MAX_OBJECT_SIZE) fail();
  const out = Buffer.allocUnsafe(resultSize);
  let written = 0;
  while (at < delta.length) {
    const op = delta[at++]!;
    if (op & 0x80) {
      // Bits 0–3 say which bytes of the offset follow, bits 4–6 which bytes of the length.
      let offset = 0;
      let length = 0;
      for (let bit = 0; bit < 7; bit++) {
        if (!(op & (1 << bit))) continue;
        if (at >= delta.length) fail();
        const byte = delta[at++]!;
        if (bit < 4) offset += byte * 2 ** (8 * bit);
        else length += byte * 2 ** (8 * (bit - 4));
      }
      if (length === 0) length = 0x10000;
      if (offset + length > base.length || written + length > resultSize) fail();
      // A view and set() rather than Buffer#copy: several times faster in a process too young for the JIT.
      out.set(new Uint8Array(base.buffer, base.byteOffset + offset, length), written);
      written += length;
    } else if (op !== 0) {
      if (at + op > delta.length || written + op > resultSize) fail();
      out.set(new Uint8Array(delta.buffer, delta.byteOffset + at, op), written);
      at += op;
      written += op;
    } else {
      fail(); // reserved
    }
  }
  if (written !== resultSize) fail();
  return out;
}

/** A loose object file's content, or undefined when there is no such file. */
export function readLoose(objectsDir: string, hex: string): StoredObject | undefined {
  let raw: Buffer;
  try {
    raw = readFileSync(join(objectsDir, hex.slice(0, 2), hex.slice(2)));
  } catch {
    return undefined;
  }
  // A loose object is one whole stream: a truncated file throws here, and that is the answer.
  // Output in few large chunks: a 50,000-file folder's tree is 3.5 MB, and zlib's default 16 KB
  // chunks, each a JavaScript round and all concatenated at the end, cost more than inflating it.
  const small = raw.length <= SMALL_OBJECT ? inflateSmall(raw, 0, raw.length, SMALL_OBJECT * 4, raw.length * 2) : undefined;
  const inflated = small?.data ?? zlib().inflateSync(raw, { maxOutputLength: MAX_OBJECT_SIZE, chunkSize: Math.min(64 * 1024 * 1024, Math.max(64 * 1024, raw.length * 4)) });
  const nul = inflated.indexOf(0, 0);
  if (nul < 0 || nul > 32) fail();
  const match = /^(commit|tree|blob|tag) (0|[1-9][0-9]*)$/.exec(inflated.toString('latin1', 0, nul));
  if (!match || Number(match[2]) !== inflated.length - nul - 1) fail();
  return { type: match[1] as ObjectType, data: inflated.subarray(nul + 1) };
}

/** One object directory: its packs (listed once, on first need) and its loose objects. */
interface Source {
  readonly objectsDir: string;
  packs?: Pack[];
}

export class ObjectStore {
  private sources: Source[] | undefined;
  /** Resolved pack entries by `<pack id>:<offset>`, oldest first. */
  private readonly cache = new Map<string, StoredObject>();
  /** Loose objects read, by id (small ones; a run reads a handful). */
  private readonly loose = new Map<string, StoredObject>();
  private cacheBytes = 0;
  private packCount = 0;
  private readonly oidPattern: RegExp;
  private keeper: TreeKeeper | undefined;

  private constructor(
    private readonly objectsDir: string,
    private readonly hashBytes: 20 | 32,
  ) {
    this.oidPattern = hashBytes === 20 ? /^[0-9a-f]{40}$/ : /^[0-9a-f]{64}$/;
  }

  /** objectsDir: `<commonDir>/objects`; hashBytes: 20 (SHA-1) or 32 (SHA-256). Reads nothing until asked. */
  static open(objectsDir: string, hashBytes: 20 | 32): ObjectStore {
    return new ObjectStore(objectsDir, hashBytes);
  }

  /**
   * Reads large trees through `keeper` from now on: a kept tree is not inflated again, and a
   * large tree inflated here is kept. The fast lane sets it; HEAD's versions folder is then read
   * from a file by every commit but the first.
   */
  keepTreesWith(keeper: TreeKeeper): void {
    this.keeper = keeper;
  }

  /**
   * Drops the objects kept so far (inflated trees, delta bases). A run that goes on to a full
   * read asks git for everything after this: at 50,000 files the two versions folders' trees and
   * their inflation buffers held ~10 MB through the whole read.
   */
  forgetObjects(): void {
    this.cache.clear();
    this.loose.clear();
    this.cacheBytes = 0;
  }

  /** The object, or undefined when it cannot be read for certain (missing, damaged, a format not handled): the caller then asks git. Never throws. */
  read(oid: string): StoredObject | undefined {
    try {
      if (typeof oid !== 'string' || !this.oidPattern.test(oid)) return undefined;
      const known = this.loose.get(oid);
      if (known) return known;
      const kept = this.keeper?.read(oid);
      if (kept !== undefined) {
        const tree: StoredObject = { type: 'tree', data: kept };
        if (kept.length <= CACHE_MAX_OBJECT) this.loose.set(oid, tree);
        return tree;
      }
      const located = this.locate(Buffer.from(oid, 'hex'));
      if (located !== undefined && 'type' in located) {
        // The fast lane and the check after it read the same trees: a loose one is inflated once.
        // It is not kept: inflating it costs what reading and hashing a kept copy does.
        if (located.data.length <= CACHE_MAX_OBJECT) this.loose.set(oid, located);
        return located;
      }
      // Shared with the cache (bases of later deltas) and with other callers: never changed.
      const object = located === undefined ? undefined : this.unpack(located.pack, located.offset);
      if (object?.type === 'tree') this.keeper?.keep(oid, object.data);
      return object;
    } catch {
      return undefined;
    }
  }

  /**
   * A packed object, its delta chain walked down to a whole object (or a cached result) and then
   * applied upwards: a loop rather than recursion, so that long chains cannot exhaust the stack.
   */
  private unpack(pack: Pack, offset: number): StoredObject | undefined {
    const deltas: { pack: Pack; offset: number; delta: Buffer }[] = [];
    let base: StoredObject | undefined;
    let current = { pack, offset };
    for (;;) {
      if (deltas.length > MAX_DELTA_DEPTH) return undefined;
      const cached = this.cache.get(`${current.pack.id}:${current.offset}`);
      if (cached !== undefined) {
        base = cached;
        break;
      }
      const entry = current.pack.entry(current.offset);
      const data = entry.data;
      if (entry.code !== OFS_DELTA && entry.code !== REF_DELTA) {
        base = { type: PACKED_TYPES[entry.code]!, data };
        this.remember(current.pack, current.offset, base);
        break;
      }
      deltas.push({ ...current, delta: data });
      if (entry.baseOffset !== undefined) {
        current = { pack: current.pack, offset: entry.baseOffset };
        continue;
      }
      // Git stores the base in the same pack; a base elsewhere (a thin pack's) is looked for everywhere.
      const sameOffset = current.pack.find(entry.baseOid!);
      const located = sameOffset !== undefined ? { pack: current.pack, offset: sameOffset } : this.locate(entry.baseOid!);
      if (located === undefined) return undefined;
      if ('type' in located) {
        base = located;
        break;
      }
      current = located;
    }
    for (let i = deltas.length - 1; i >= 0; i--) {
      const step = deltas[i]!;
      base = { type: base.type, data: applyDelta(base.data, step.delta) };
      this.remember(step.pack, step.offset, base);
    }
    return base;
  }

  /** Where an object is: a pack entry (packs first: most objects live there), or the loose object itself. */
  private locate(oid: Buffer): { pack: Pack; offset: number } | StoredObject | undefined {
    for (const source of this.allSources()) {
      for (const pack of this.packsOf(source)) {
        const offset = pack.find(oid);
        if (offset !== undefined) return { pack, offset };
      }
      const loose = readLoose(source.objectsDir, oid.toString('hex'));
      if (loose !== undefined) return loose;
    }
    return undefined;
  }

  private remember(pack: Pack, offset: number, object: StoredObject): void {
    if (object.data.length > CACHE_MAX_OBJECT) return;
    const key = `${pack.id}:${offset}`;
    if (this.cache.has(key)) return;
    this.cache.set(key, object);
    this.cacheBytes += object.data.length;
    // A Map iterates in insertion order: the first key is the oldest.
    for (const [oldKey, old] of this.cache) {
      if (this.cacheBytes <= CACHE_BUDGET) break;
      this.cache.delete(oldKey);
      this.cacheBytes -= old.data.length;
    }
  }

  /** This directory, then the ones its alternates name (depth first, each once), found on first need. */
  private allSources(): Source[] {
    if (this.sources !== undefined) return this.sources;
    const sources: Source[] = [];
    const seen = new Set<string>();
    const visit = (dir: string, depth: number) => {
      const key = resolve(dir);
      if (seen.has(key)) return;
      seen.add(key);
      sources.push({ objectsDir: dir });
      if (depth >= MAX_ALTERNATE_DEPTH) return;
      let text: string;
      try {
        text = readFileSync(join(dir, 'info', 'alternates'), 'utf8');
      } catch {
        return;
      }
      for (const line of text.split('\n')) {
        // Quoted (C-style escaped) paths are left out: an object only they hold reads as missing.
        if (line === '' || line.startsWith('#') || line.startsWith('"')) continue;
        visit(resolve(dir, line), depth + 1);
      }
    };
    visit(this.objectsDir, 0);
    return (this.sources = sources);
  }

  private packsOf(source: Source): Pack[] {
    if (source.packs !== undefined) return source.packs;
    const packDir = join(source.objectsDir, 'pack');
    let names: string[];
    try {
      names = readdirSync(packDir);
    } catch {
      names = [];
    }
    const present = new Set(names);
    // A pack without its idx cannot be searched (git is still writing it, or it is damaged): skipped.
    source.packs = names
      .filter((name) => name.endsWith('.idx') && present.has(`${name.slice(0, -4)}.pack`))
      .map((name) => new Pack(this.packCount++, join(packDir, name), join(packDir, `${name.slice(0, -4)}.pack`), this.hashBytes));
    return source.packs;
  }
}
