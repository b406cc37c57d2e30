/**
 * ParseCache on its own: what a run stores is found again by that run and, once saved, by the
 * next one, whether it was kept by blob id (the usual case) or by key (one blob at a second
 * basename); entries of the file and of the run are saved together, and bounded.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile } from 'node:fs/promises';
import { withTempDir } from '../helpers/temp-dir.js';
import { join } from 'node:path';
import type { RevisionFile } from '../../src/core/types.js';
import { ParseCache, PARSE_CACHE_FILE, parseCacheKey } from '../../src/cache/parse-cache.js';

const OID_A = 'a'.repeat(40);
const OID_B = 'b'.repeat(40);

const parse = (path: string, blob: string, revision: string): RevisionFile => ({
  path, blob, revision, revisionSource: 'variable', downRevisions: [], branchLabels: [], dependsOn: [], sites: {}, problems: [],
});

const withDir = (body: (dir: string) => Promise<void>) => withTempDir('parse-cache', body);

const storedKeys = async (dir: string) => Object.keys((JSON.parse(await readFile(join(dir, 'migcheck', PARSE_CACHE_FILE), 'utf8')) as { entries: object }).entries).sort();

test('one blob at two basenames: both found in the run and after a save, each under its key', () => withDir(async (dir) => {
  const cache = await ParseCache.open(dir, 'test-reader');
  cache.set(OID_A, parse('versions/one.py', OID_A, 'r1'));
  cache.set(OID_A, parse('other/two.py', OID_A, 'r2'));
  assert.is(cache.get(OID_A, 'elsewhere/one.py')?.revision, 'r1', 'the same basename elsewhere is the same parse');
  assert.is(cache.get(OID_A, 'versions/two.py')?.revision, 'r2');
  assert.is(cache.get(OID_A, 'versions/three.py'), undefined, 'another basename is not');
  assert.is(cache.get(OID_B, 'versions/one.py'), undefined, 'another blob is not');
  await cache.save();
  assert.equal(await storedKeys(dir), [parseCacheKey(OID_A, 'one.py'), parseCacheKey(OID_A, 'two.py')]);
  const next = await ParseCache.open(dir, 'test-reader');
  assert.is(next.get(OID_A, 'x/one.py')?.revision, 'r1');
  assert.is(next.get(OID_A, 'x/two.py')?.path, 'x/two.py', 'the path asked for is the one given back');
  assert.is(next.get(OID_A, 'x/two.py')?.revision, 'r2');
}));

test('entries read from the file and made by the run are saved together; a replaced one once', () => withDir(async (dir) => {
  const first = await ParseCache.open(dir, 'test-reader');
  first.set(OID_A, parse('v/a.py', OID_A, 'old'));
  await first.save();
  const second = await ParseCache.open(dir, 'test-reader');
  second.set(OID_A, parse('v/a.py', OID_A, 'new'));
  second.set(OID_B, parse('v/b.py', OID_B, 'rb'));
  await second.save();
  assert.equal(await storedKeys(dir), [parseCacheKey(OID_A, 'a.py'), parseCacheKey(OID_B, 'b.py')]);
  const third = await ParseCache.open(dir, 'test-reader');
  assert.is(third.get(OID_A, 'v/a.py')?.revision, 'new');
  assert.is(third.get(OID_B, 'v/b.py')?.revision, 'rb');
}));

test('over the bound: the entries this run used are kept, the oldest go', () => withDir(async (dir) => {
  const oids = Array.from({ length: 5 }, (_, n) => String(n).repeat(40));
  const first = await ParseCache.open(dir, 'test-reader', { maxEntries: 2 });
  for (const [n, oid] of oids.entries()) first.set(oid, parse(`v/f${n}.py`, oid, `r${n}`));
  await first.save();
  assert.is((await storedKeys(dir)).length, 5, 'a run keeps every entry it used');
  const second = await ParseCache.open(dir, 'test-reader', { maxEntries: 2 });
  assert.is(second.get(oids[4]!, 'v/f4.py')?.revision, 'r4');
  second.set(OID_B, parse('v/b.py', OID_B, 'rb'));
  await second.save();
  // Two used this run, and room for a quarter more (one): three kept, the two used among them.
  const kept = await storedKeys(dir);
  assert.is(kept.length, 3);
  assert.ok(kept.includes(parseCacheKey(oids[4]!, 'f4.py')) && kept.includes(parseCacheKey(OID_B, 'b.py')), kept.join(' '));
}));

test.run();
