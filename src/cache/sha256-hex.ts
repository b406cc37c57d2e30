/**
 * SHA-256 of a short text, for the names of cache files (a verdict's question, a summary's trees).
 * `node:crypto` gives the same digest, but loading it costs ~3 ms — an eighth of Node's start —
 * on every commit, and these texts are a few hundred bytes. Git object ids are not made here:
 * their data can be megabytes, and they use `node:crypto` where they are computed.
 *
 * FIPS 180-4; the round constants and the initial hash value are derived as the standard defines
 * them (the first 32 bits of the fractional parts of the cube and square roots of the first
 * primes), and a test compares the digests with `node:crypto`'s.
 */

const PRIMES: number[] = [];
for (let n = 2; PRIMES.length < 64; n++) if (PRIMES.every((p) => n % p !== 0)) PRIMES.push(n);
const fraction32 = (x: number) => Math.floor((x - Math.floor(x)) * 2 ** 32) >>> 0;
const ROUND = Uint32Array.from(PRIMES, (p) => fraction32(Math.cbrt(p)));
const INITIAL = Uint32Array.from(PRIMES.slice(0, 8), (p) => fraction32(Math.sqrt(p)));

const rotate = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** Digests already made in this process: a check names the same trees' summary several times. */
const made = new Map<string, string>();

/** The SHA-256 digest of `text` (UTF-8), in lowercase hex. */
export function sha256Hex(text: string): string {
  const known = made.get(text);
  if (known !== undefined) return known;
  const bytes = new TextEncoder().encode(text);
  // The message, a 1 bit, zeros, and its length in bits as 64 bits: a multiple of 64 bytes.
  const padded = new Uint8Array(Math.ceil((bytes.length + 9) / 64) * 64);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bytes.length / 2 ** 29));
  view.setUint32(padded.length - 4, (bytes.length * 8) >>> 0);
  const hash = Uint32Array.from(INITIAL);
  const w = new Uint32Array(64);
  for (let at = 0; at < padded.length; at += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(at + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15]!;
      const b = w[i - 2]!;
      w[i] = w[i - 16]! + (rotate(a, 7) ^ rotate(a, 18) ^ (a >>> 3)) + w[i - 7]! + (rotate(b, 17) ^ rotate(b, 19) ^ (b >>> 10));
    }
    let [a, b, c, d, e, f, g, h] = hash as unknown as number[];
    for (let i = 0; i < 64; i++) {
      const t1 = (h! + (rotate(e!, 6) ^ rotate(e!, 11) ^ rotate(e!, 25)) + ((e! & f!) ^ (~e! & g!)) + ROUND[i]! + w[i]!) | 0;
      const t2 = ((rotate(a!, 2) ^ rotate(a!, 13) ^ rotate(a!, 22)) + ((a! & b!) ^ (a! & c!) ^ (b! & c!))) | 0;
      h = g; g = f; f = e; e = (d! + t1) | 0;
      d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    hash[0] += a!; hash[1] += b!; hash[2] += c!; hash[3] += d!;
    hash[4] += e!; hash[5] += f!; hash[6] += g!; hash[7] += h!;
  }
  let hex = '';
  for (const word of hash) hex += word.toString(16).padStart(8, '0');
  made.set(text, hex);
  return hex;
}
