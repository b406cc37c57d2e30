/** The cache keys' SHA-256 against node:crypto's: every length around the block boundaries, non-ASCII text, long text. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createHash } from 'node:crypto';
import { sha256Hex } from '../../src/cache/sha256-hex.js';
import { seededRandom } from '../helpers/seeded-random.js';

const expected = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

test('the digest of the empty text and of "abc" (the standard examples)', () => {
  assert.is(sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  assert.is(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

test('every length from 0 to 300 bytes, and texts with multi-byte characters, as node:crypto', () => {
  const next = seededRandom(256);
  const alphabet = ['a', 'Z', '0', '\n', '\0', 'é', '€', '𝄞', ' ', '/'];
  for (let length = 0; length <= 300; length++) {
    const ascii = Array.from({ length }, (_, i) => String.fromCharCode(32 + ((i * 7 + length) % 95))).join('');
    assert.is(sha256Hex(ascii), expected(ascii), `length ${length}`);
    const mixed = Array.from({ length: Math.ceil(length / 3) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    assert.is(sha256Hex(mixed), expected(mixed), JSON.stringify(mixed));
  }
  const long = 'revision\n'.repeat(100_000);
  assert.is(sha256Hex(long), expected(long));
});

test.run();
