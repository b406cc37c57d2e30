/**
 * readTextInPieces (how the parse cache reads its file): the same text as a whole read, also when
 * a character's bytes straddle two 64 KB pieces; undefined for a missing or too large file.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile, writeFile } from 'node:fs/promises';
import { withTempDir } from '../helpers/temp-dir.js';
import { join } from 'node:path';
import { readTextInPieces } from '../../src/fs/read-text-in-pieces.js';

const withDir = (body: (dir: string) => Promise<void>) => withTempDir('read-text', body);

test('multi-byte characters across the pieces read as a whole read gives them', () => withDir(async (dir) => {
  const file = join(dir, 'cache.json');
  // 65,535 ASCII bytes, then characters of two, three and four bytes from there on: each piece
  // boundary falls inside one of them somewhere.
  const text = `${'a'.repeat(64 * 1024 - 1)}${'é€😀'.repeat(40_000)}"end"`;
  await writeFile(file, text, 'utf8');
  assert.is(readTextInPieces(file, 10 * 1024 * 1024), await readFile(file, 'utf8'));
  assert.is(readTextInPieces(file, 10 * 1024 * 1024), text);
}));

test('invalid UTF-8 is replaced as a whole read replaces it', () => withDir(async (dir) => {
  const file = join(dir, 'bad.bin');
  const bytes = Buffer.concat([Buffer.alloc(64 * 1024 - 1, 0x61), Buffer.from([0xe2, 0x82]), Buffer.from('x'), Buffer.from([0xff, 0xc3])]);
  await writeFile(file, bytes);
  assert.is(readTextInPieces(file, 1024 * 1024), bytes.toString('utf8'));
}));

test('a missing file, a folder and a file over the bound give undefined', () => withDir(async (dir) => {
  const file = join(dir, 'big');
  await writeFile(file, 'x'.repeat(1000));
  assert.is(readTextInPieces(file, 999), undefined);
  assert.is(readTextInPieces(file, 1000), 'x'.repeat(1000));
  assert.is(readTextInPieces(join(dir, 'missing'), 1000), undefined);
  assert.is(readTextInPieces(dir, 1000), undefined);
}));

test.run();
