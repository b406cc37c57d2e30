/**
 * The JavaScript inflater against zlib itself: every stream zlib writes (each level and strategy,
 * small windows, stored blocks, many blocks split by flushes, data from incompressible to one
 * repeated byte, git's own object layouts) gives back exactly the bytes zlib was given, and ends
 * where the stream ends; a stream damaged anywhere, cut short, or longer than the limit gives
 * undefined or — when the damage happens to leave a valid stream with the same checksum — the
 * same bytes, never other ones.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { constants, createDeflate, deflateSync, inflateSync } from 'node:zlib';
import { inflateSmall } from '../../src/git/inflate-small.cjs';
import { seededRandom } from '../helpers/seeded-random.js';

const random = seededRandom;

/** Data of one kind: random bytes, text with repeats, long runs, git tree entries, empty. */
function sample(next: () => number, size: number): Buffer {
  const kind = Math.floor(next() * 5);
  const out = Buffer.alloc(size);
  const words = ['revision', 'down_revision', 'op.create_table', 'sa.Column', '\n', '    ', 'def upgrade():', '"""', '0123456789abcdef'];
  for (let i = 0; i < size;) {
    if (kind === 0) out[i++] = Math.floor(next() * 256);
    else if (kind === 1) { const word = Buffer.from(words[Math.floor(next() * words.length)]!); word.copy(out, i); i += word.length; }
    else if (kind === 2) { const byte = Math.floor(next() * 4); const run = 1 + Math.floor(next() * 300); out.fill(byte, i, Math.min(size, i + run)); i += run; }
    else if (kind === 3) {
      // A tree entry: mode, name, NUL, 20 bytes of id.
      const entry = Buffer.concat([Buffer.from(`100644 ${Math.floor(next() * 1e12).toString(16)}_add_table.py\0`), Buffer.from(Array.from({ length: 20 }, () => Math.floor(next() * 256)))]);
      entry.copy(out, i); i += entry.length;
    } else out[i++] = i % 7;
  }
  return out;
}

/** Deflates `data` through a stream, flushing (an empty stored block) at random points. */
async function deflateInPieces(data: Buffer, options: object, next: () => number): Promise<Buffer> {
  const deflate = createDeflate(options);
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  for (let at = 0; at < data.length;) {
    const piece = 1 + Math.floor(next() * 2000);
    deflate.write(data.subarray(at, at + piece));
    await new Promise((resolve) => deflate.flush(next() < 0.5 ? constants.Z_SYNC_FLUSH : constants.Z_FULL_FLUSH, () => resolve(undefined)));
    at += piece;
  }
  deflate.end();
  await done;
  return Buffer.concat(chunks);
}

const STRATEGIES = [constants.Z_DEFAULT_STRATEGY, constants.Z_FILTERED, constants.Z_HUFFMAN_ONLY, constants.Z_RLE, constants.Z_FIXED];

test('every stream zlib writes inflates to the bytes it was written from, and ends where it ends', async () => {
  const next = random(1950);
  let count = 0;
  for (let round = 0; round < 400; round++) {
    const data = sample(next, Math.floor(next() ** 2 * 20000));
    const options = { level: Math.floor(next() * 10), strategy: STRATEGIES[Math.floor(next() * STRATEGIES.length)]!, windowBits: 9 + Math.floor(next() * 7), memLevel: 1 + Math.floor(next() * 9) };
    const stream = round % 4 === 3 ? await deflateInPieces(data, options, next) : deflateSync(data, options);
    // What follows a stream in a pack (the next entry) must not be read as part of it.
    const trailing = Buffer.from(Array.from({ length: Math.floor(next() * 40) }, () => Math.floor(next() * 256)));
    const input = Buffer.concat([Buffer.from([7, 7, 7]), stream, trailing]);
    const result = inflateSmall(input, 3, input.length, Math.max(data.length, 1));
    assert.ok(result, `round ${round}: ${JSON.stringify(options)} refused`);
    assert.ok(result!.data.equals(data), `round ${round}: other bytes`);
    assert.is(result!.end, 3 + stream.length, `round ${round}: the end`);
    count++;
  }
  assert.is(count, 400);
});

test('a limit smaller than the data, a stream cut short, or a preset dictionary: undefined', () => {
  const data = sample(random(7), 5000);
  const stream = deflateSync(data);
  assert.is(inflateSmall(stream, 0, stream.length, data.length - 1), undefined);
  assert.ok(inflateSmall(stream, 0, stream.length, data.length)?.data.equals(data));
  for (let cut = 0; cut < stream.length; cut += 97) assert.is(inflateSmall(stream, 0, cut, data.length), undefined, `cut at ${cut}`);
  assert.is(inflateSmall(stream, 0, stream.length - 1, data.length), undefined, 'the checksum cut short');
  const withDictionary = deflateSync(data, { dictionary: Buffer.from('revision down_revision') });
  assert.is(inflateSmall(withDictionary, 0, withDictionary.length, data.length), undefined);
  assert.ok(inflateSync(withDictionary, { dictionary: Buffer.from('revision down_revision') }).equals(data), 'the stream itself is valid');
});

test('damage anywhere gives undefined or the very same bytes, never other ones', () => {
  const next = random(42);
  let refused = 0;
  for (let round = 0; round < 300; round++) {
    const data = sample(next, 200 + Math.floor(next() * 4000));
    const stream = deflateSync(data, { level: Math.floor(next() * 10), strategy: STRATEGIES[Math.floor(next() * STRATEGIES.length)]! });
    const damaged = Buffer.from(stream);
    const at = Math.floor(next() * damaged.length);
    damaged[at] ^= 1 << Math.floor(next() * 8);
    const result = inflateSmall(damaged, 0, damaged.length, data.length * 2);
    if (result === undefined) refused++;
    else assert.ok(result.data.equals(data), `round ${round}: byte ${at} damaged gave other bytes`);
  }
  assert.ok(refused > 250, `most damage is refused (${refused})`);
});

test.run();
