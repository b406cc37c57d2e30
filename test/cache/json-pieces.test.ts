/**
 * The caches are written in pieces (jsonPieces, writeChunks) instead of one string: the file must
 * hold exactly the bytes one JSON.stringify and writeFile gave, whatever the content and wherever
 * a chunk ends. replaceInPieces replaces a cache file whole (its folder made), and where it
 * cannot, says so and leaves neither the file changed nor a temporary behind.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { jsonPieces } from '../../src/cache/json-pieces.js';
import { CHUNK_BYTES, replaceInPieces, writeChunks } from '../../src/fs/write-chunks.js';

const samples: Record<string, Record<string, unknown>> = {
  empty: {},
  'no entries': { version: 1, reader: 'r', generation: 0, entries: {} },
  'entries first, extra keys, undefined left out': {
    entries: { b: { u: 1, p: 'x', f: 'c1\tq' }, '10': { u: 2 }, '2': null, skipped: undefined, a: [1, undefined, 'é\u2028'] },
    version: 1, gone: undefined, 'quo"te': 'tab\there', nested: { k: [true, false, null] },
  },
  'entries not an object': { version: 1, entries: [1, 2, 3] },
  'entries null': { version: 1, entries: null },
};

test('jsonPieces joined is JSON.stringify', () => {
  for (const [name, value] of Object.entries(samples)) {
    assert.is([...jsonPieces(value, 'entries')].join(''), JSON.stringify(value), name);
  }
});

test('writeChunks writes the bytes of the joined pieces, across chunk boundaries and multi-byte text', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'migcheck-chunks-'));
  try {
    // Entries that straddle several chunk boundaries, with characters of two, three and four bytes.
    const entries: Record<string, unknown> = {};
    for (let k = 0; k < 6000; k++) entries[`k${k}`] = { u: k, p: `päth/€/${k}`, f: `${'x'.repeat(k % 997)}😀` };
    // One entry bigger than a chunk on its own.
    entries.big = { u: 0, p: 'big', f: `${'ü'.repeat(200_000)}` };
    const value = { version: 1, reader: 'r', generation: 3, entries };
    const text = JSON.stringify(value);
    assert.ok(text.length > 4 * CHUNK_BYTES, 'the sample spans several chunks');
    const file = join(dir, 'cache.json');
    writeChunks(file, jsonPieces(value, 'entries'));
    assert.ok((await readFile(file)).equals(Buffer.from(text, 'utf8')));
    // An existing, longer file is replaced, not overwritten in part.
    writeChunks(file, ['{}']);
    assert.is(await readFile(file, 'utf8'), '{}');
    writeChunks(file, []);
    assert.is(await readFile(file, 'utf8'), '');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('replaceInPieces replaces the file whole, or leaves it and no temporary behind', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'migcheck-pieces-'));
  try {
    const file = join(dir, 'sub', 'cache.json');
    assert.is(replaceInPieces(file, ['{"a":', '1}']), true);
    assert.is(await readFile(file, 'utf8'), '{"a":1}');
    assert.is(replaceInPieces(file, ['x'.repeat(CHUNK_BYTES), 'y']), true);
    assert.is(await readFile(file, 'utf8'), `${'x'.repeat(CHUNK_BYTES)}y`);
    // A folder that is a file: nothing can be written there.
    await writeFile(join(dir, 'blocked'), 'a file');
    assert.is(replaceInPieces(join(dir, 'blocked', 'cache.json'), ['z']), false);
    // Pieces that fail half-way: the old file stays, no temporary is left.
    function* failing() { yield 'partial'; throw new Error('made to fail'); }
    assert.is(replaceInPieces(file, failing()), false);
    assert.is(await readFile(file, 'utf8'), `${'x'.repeat(CHUNK_BYTES)}y`);
    assert.equal(await readdir(join(dir, 'sub')), ['cache.json']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test.run();
