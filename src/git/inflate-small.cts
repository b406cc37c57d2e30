/**
 * A zlib stream inflated in JavaScript, for the few small objects a commit's fast lane reads (HEAD's
 * commit, its root tree, a folder or two: a few hundred bytes to a few kilobytes each). Loading
 * `node:zlib` loads all of `node:stream` with it, ~1.7 ms on every commit — more than inflating
 * those objects takes here; larger objects still go to zlib, which is faster per byte
 * (object-store decides by size).
 *
 * Implements RFC 1950 (the zlib wrapper: header, deflate data, Adler-32 of the output) and RFC
 * 1951 (stored, fixed and dynamic Huffman blocks). The Adler-32 is always checked, so whatever
 * this returns is the data the stream was written from. Anything it does not accept — a preset
 * dictionary, a malformed block, a stream longer than `limit` or than the input — gives
 * undefined, and the caller asks zlib, whose verdict stands; this never decides that an object is
 * damaged.
 */

/** Where a stream ended and what it held. */
export interface Inflated {
  readonly data: Buffer;
  /** The offset just past the stream's Adler-32. */
  readonly end: number;
}

/** Thrown inside, caught at the boundary: the stream is not one this inflater takes. */
class Refused extends Error {}
const refuse = (): never => { throw new Refused(); };

/** Length codes 257–285: base lengths and extra bits. */
const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
/** Distance codes 0–29: base distances and extra bits. */
const DISTANCE_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DISTANCE_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
/** The order in which a dynamic block lists the code lengths of its code-length alphabet. */
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Codes up to this many bits are decoded by one table look-up; longer ones bit by bit. */
const FAST_BITS = 9;

/**
 * A canonical Huffman code: `fast[bits]` (the next FAST_BITS input bits, first bit lowest) holds
 * `symbol << 4 | length` for codes that short, 0 otherwise; `counts` and `symbols` decode the rest.
 */
interface Code {
  readonly fast: Int32Array;
  readonly counts: Uint16Array;
  readonly symbols: Uint16Array;
}

/** The code for `lengths` (0: the symbol has no code); refused when over-subscribed. */
function buildCode(lengths: ArrayLike<number>): Code {
  const counts = new Uint16Array(16);
  for (let s = 0; s < lengths.length; s++) counts[lengths[s]!]++;
  counts[0] = 0;
  let left = 1;
  for (let len = 1; len < 16; len++) {
    left = left * 2 - counts[len]!;
    if (left < 0) refuse();
  }
  const offsets = new Uint16Array(16);
  for (let len = 1; len < 15; len++) offsets[len + 1] = offsets[len]! + counts[len]!;
  const symbols = new Uint16Array(lengths.length);
  for (let s = 0; s < lengths.length; s++) if (lengths[s]) symbols[offsets[lengths[s]!]++] = s;
  // Canonical codes in order of length then symbol; the table is indexed by the code's bits as
  // they arrive (first bit lowest), so each code is stored bit-reversed, once per free suffix.
  const fast = new Int32Array(1 << FAST_BITS);
  let code = 0;
  let index = 0;
  for (let len = 1; len <= FAST_BITS; len++) {
    for (let n = 0; n < counts[len]!; n++, index++, code++) {
      let reversed = 0;
      for (let bit = 0; bit < len; bit++) reversed |= ((code >> bit) & 1) << (len - 1 - bit);
      for (let fill = reversed; fill < 1 << FAST_BITS; fill += 1 << len) fast[fill] = (symbols[index]! << 4) | len;
    }
    code <<= 1;
  }
  return { fast, counts, symbols };
}

let fixed: { literals: Code; distances: Code } | undefined;
function fixedCodes(): { literals: Code; distances: Code } {
  if (!fixed) {
    const lengths = new Uint8Array(288);
    lengths.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
    fixed = { literals: buildCode(lengths), distances: buildCode(new Uint8Array(30).fill(5)) };
  }
  return fixed;
}

/** Reads the input a bit at a time, lowest bit of each byte first, and writes the output. */
class Inflater {
  private at: number;
  private bits = 0;
  private count = 0;
  private out: Uint8Array;
  private length = 0;

  constructor(private readonly input: Uint8Array, start: number, private readonly end: number, private readonly limit: number, sizeHint: number) {
    this.at = start;
    this.out = new Uint8Array(Math.min(limit, Math.max(sizeHint, 64)));
  }

  /** Makes `n` (≤ 24) bits available, as far as the input goes. */
  private fill(n: number): void {
    while (this.count < n && this.at < this.end) {
      this.bits |= this.input[this.at++]! << this.count;
      this.count += 8;
    }
  }

  private take(n: number): number {
    if (n === 0) return 0;
    this.fill(n);
    if (this.count < n) refuse();
    const value = this.bits & ((1 << n) - 1);
    this.bits >>>= n;
    this.count -= n;
    return value;
  }

  private decode(code: Code): number {
    this.fill(15);
    const entry = code.fast[this.bits & ((1 << FAST_BITS) - 1)]!;
    const len = entry & 15;
    if (len !== 0 && len <= this.count) {
      this.bits >>>= len;
      this.count -= len;
      return entry >> 4;
    }
    // A code longer than the table, read bit by bit through the canonical counts.
    let value = 0;
    let first = 0;
    let index = 0;
    for (let length = 1; length < 16; length++) {
      value |= this.take(1);
      const count = code.counts[length]!;
      if (value - first < count) return code.symbols[index + value - first]!;
      index += count;
      first = (first + count) << 1;
      value <<= 1;
    }
    return refuse();
  }

  private room(n: number): void {
    if (this.length + n <= this.out.length) return;
    if (this.length + n > this.limit) refuse();
    const grown = new Uint8Array(Math.min(this.limit, Math.max(this.out.length * 2, this.length + n)));
    grown.set(this.out.subarray(0, this.length));
    this.out = grown;
  }

  private stored(): void {
    // The rest of the current byte is skipped; whole bytes read ahead into the buffer are given back.
    this.at -= this.count >> 3;
    this.bits = 0;
    this.count = 0;
    if (this.at + 4 > this.end) refuse();
    const { input } = this;
    const len = input[this.at]! | (input[this.at + 1]! << 8);
    const nlen = input[this.at + 2]! | (input[this.at + 3]! << 8);
    if ((len ^ 0xffff) !== nlen) refuse();
    this.at += 4;
    if (this.at + len > this.end) refuse();
    this.room(len);
    this.out.set(input.subarray(this.at, this.at + len), this.length);
    this.length += len;
    this.at += len;
  }

  private dynamicCodes(): { literals: Code; distances: Code } {
    const literalCount = this.take(5) + 257;
    const distanceCount = this.take(5) + 1;
    const codeLengthCount = this.take(4) + 4;
    if (literalCount > 286 || distanceCount > 30) refuse();
    const codeLengths = new Uint8Array(19);
    for (let i = 0; i < codeLengthCount; i++) codeLengths[CODE_LENGTH_ORDER[i]!] = this.take(3);
    const lengthCode = buildCode(codeLengths);
    const lengths = new Uint8Array(literalCount + distanceCount);
    for (let i = 0; i < lengths.length;) {
      const symbol = this.decode(lengthCode);
      if (symbol < 16) { lengths[i++] = symbol; continue; }
      let repeat: number;
      let value = 0;
      if (symbol === 16) {
        if (i === 0) refuse();
        value = lengths[i - 1]!;
        repeat = 3 + this.take(2);
      } else if (symbol === 17) repeat = 3 + this.take(3);
      else repeat = 11 + this.take(7);
      if (i + repeat > lengths.length) refuse();
      lengths.fill(value, i, i + repeat);
      i += repeat;
    }
    if (lengths[256] === 0) refuse(); // A block must be able to end.
    return { literals: buildCode(lengths.subarray(0, literalCount)), distances: buildCode(lengths.subarray(literalCount)) };
  }

  private huffman(literals: Code, distances: Code): void {
    for (;;) {
      const symbol = this.decode(literals);
      if (symbol < 256) {
        this.room(1);
        this.out[this.length++] = symbol;
        continue;
      }
      if (symbol === 256) return;
      const l = symbol - 257;
      if (l >= 29) refuse();
      const length = LENGTH_BASE[l]! + this.take(LENGTH_EXTRA[l]!);
      const d = this.decode(distances);
      if (d >= 30) refuse();
      const distance = DISTANCE_BASE[d]! + this.take(DISTANCE_EXTRA[d]!);
      if (distance > this.length) refuse();
      this.room(length);
      const { out } = this;
      // Byte by byte: a copy may overlap what it writes (distance < length repeats a pattern).
      for (let from = this.length - distance, n = 0; n < length; n++) out[this.length++] = out[from + n]!;
    }
  }

  run(): Inflated {
    const { input } = this;
    if (this.at + 2 > this.end) refuse();
    const cmf = input[this.at]!;
    const flg = input[this.at + 1]!;
    // Deflate, a window zlib allows, a valid check, no preset dictionary.
    if ((cmf & 0x0f) !== 8 || cmf >> 4 > 7 || ((cmf << 8) | flg) % 31 !== 0 || flg & 0x20) refuse();
    this.at += 2;
    let last = 0;
    while (!last) {
      last = this.take(1);
      const type = this.take(2);
      if (type === 0) this.stored();
      else if (type === 1) { const codes = fixedCodes(); this.huffman(codes.literals, codes.distances); }
      else if (type === 2) { const codes = this.dynamicCodes(); this.huffman(codes.literals, codes.distances); }
      else refuse();
    }
    // The Adler-32 starts at the next whole byte: give back the whole bytes read ahead.
    this.at -= this.count >> 3;
    if (this.at + 4 > this.end) refuse();
    const expected = ((input[this.at]! << 24) | (input[this.at + 1]! << 16) | (input[this.at + 2]! << 8) | input[this.at + 3]!) >>> 0;
    if (adler32(this.out, this.length) !== expected) refuse();
    return { data: Buffer.from(this.out.buffer, this.out.byteOffset, this.length), end: this.at + 4 };
  }
}

function adler32(data: Uint8Array, length: number): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < length;) {
    // 5552 bytes is the most that can be summed before the sums overflow what needs no modulo.
    const stop = Math.min(length, i + 5552);
    for (; i < stop; i++) { a += data[i]!; b += a; }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/**
 * Inflates the zlib stream that starts at `input[start]` (read no further than `end`), whose data
 * is at most `limit` bytes (`sizeHint`: the size expected, for the first buffer). Undefined when
 * this inflater does not take the stream; the caller then asks zlib.
 */
export function inflateSmall(input: Uint8Array, start: number, end: number, limit: number, sizeHint = limit): Inflated | undefined {
  try {
    return new Inflater(input, start, end, limit, sizeHint).run();
  } catch (error) {
    if (error instanceof Refused) return undefined;
    throw error;
  }
}
