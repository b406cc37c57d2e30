/**
 * A full summary whose sections are too large to read whole (12,000 revisions: ids and paths
 * over 256 KB) is asked its questions from the open file: every id and name written is found,
 * no other; a delta on top of it answers for both; the file cut short after the facts were taken
 * makes a question throw (the check then falls back to a full read), and cut short before, the
 * summary is no summary. close() lets go of the file.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, readdir, rm, truncate } from 'node:fs/promises';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locationPaths, SUMMARY_DIR, TreeSummaries } from '../../src/cache/tree-summaries.js';
import { readRevisionFile } from '../../src/core/reader/index.js';
import { revisionText } from '../helpers/revision-files.js';
import type { Environment, RevisionFile } from '../../src/core/types.js';

const V = 'migrations/versions';
const ENV: Environment = { versionLocations: [V], recursive: false, sourceless: false, fileTemplate: '%(rev)s_%(slug)s', truncateSlugLength: 40 };
const COUNT = 12_000;
const rev = (n: number) => `r${String(n).padStart(11, '0')}`;

function file(n: number, down?: number): RevisionFile {
  const path = `${V}/${rev(n)}_add_table_number_${n}.py`;
  return readRevisionFile(path, revisionText({ rev: rev(n), down: down === undefined ? [] : [rev(down)] }), n.toString(16).padStart(40, '0'));
}

const header = (count: number) => ({ count, healthy: true, contained: true, heads: [], labels: [], dependedOn: [] });
/** The process's open files, where the system lists them (Linux); undefined elsewhere. */
const openFiles = () => (existsSync('/proc/self/fd') ? readdirSync('/proc/self/fd').length : undefined);

/** Runs `body` with a store in a temporary folder that holds the full summary `key` of COUNT revisions. */
async function withLargeSummary(key: string, body: (store: TreeSummaries, commonDir: string) => Promise<void>): Promise<void> {
  const commonDir = await mkdtemp(join(tmpdir(), 'migcheck-summary-'));
  try {
    const store = TreeSummaries.at(commonDir);
    const files = Array.from({ length: COUNT }, (_, n) => file(n, n === 0 ? undefined : n - 1));
    await store.write(key, files, header(COUNT), locationPaths(ENV, files));
    await body(store, commonDir);
  } finally {
    await rm(commonDir, { recursive: true, force: true });
  }
}

test('ids and names of a large summary are found from the file; a delta answers for both', () => withLargeSummary('a'.repeat(40), async (store) => {
  const added = [file(COUNT, COUNT - 1)];
  const parent = (await store.facts('a'.repeat(40), { paths: true }))!;
  await store.writeDelta('b'.repeat(40), parent, added, { ...header(COUNT + 1) }, locationPaths(ENV, added));
  parent.close();
  const before = openFiles();
  const facts = await store.facts('b'.repeat(40), { paths: true });
  assert.ok(facts);
  if (before !== undefined) assert.ok(openFiles()! > before, 'the large summary stays open for its questions');
  for (let n = 0; n <= COUNT; n += 1 + (n % 97)) {
    assert.ok(facts!.has(rev(n)), rev(n));
    assert.is(facts!.hasPath(`${V}/${rev(n)}_add_table_number_${n}.py`), true, `path ${n}`);
  }
  for (const n of [0, 1, COUNT - 1, COUNT]) assert.ok(facts!.has(rev(n)), `edge ${n}`);
  for (const absent of ['r', rev(COUNT + 1), `${rev(5)}x`, 'r0000000000', 's00000000001']) assert.not.ok(facts!.has(absent), absent);
  assert.is(facts!.hasPath(`${V}/${rev(5)}_add_table_number_6.py`), false);
  assert.is(facts!.hasPath(`${V}/zz.py`), false);
  facts!.close();
  assert.is(openFiles(), before, 'close() lets go of it');
}));

test('a large summary cut short: a question throws after, and there is no summary before', () => withLargeSummary('c'.repeat(40), async (store, commonDir) => {
  const facts = await store.facts('c'.repeat(40), { paths: true });
  assert.ok(facts?.has(rev(7)));
  const [name] = await readdir(join(commonDir, 'migcheck', SUMMARY_DIR));
  await truncate(join(commonDir, 'migcheck', SUMMARY_DIR, name!), 20_000);
  assert.throws(() => [rev(COUNT - 1), rev(COUNT - 2)].map((id) => facts!.has(id)));
  facts!.close();
  assert.is(await store.facts('c'.repeat(40), { paths: true }), undefined);
  assert.is(await store.facts('c'.repeat(40)), undefined);
}));

test.run();
