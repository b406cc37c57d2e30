/**
 * Parse workers change nothing but speed: a load through the built worker (dist/parse-worker.cjs)
 * gives the same files, sources, stats and parse cache as one parsed on the main thread, and a
 * worker that dies leaves its blobs to the main thread.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { cleanEnv, projectRoot, withRepo, type Repo } from '../helpers/repo.js';
import { revisionText } from '../helpers/revision-files.js';
import { readListedTrees, type ListOptions, type TreeSpec } from '../../src/trees/read-listed-trees.js';
import { ParseCache, PARSE_CACHE_FILE } from '../../src/cache/parse-cache.js';
import { ParsePool } from '../../src/trees/parse-pool.js';
import { openRepository } from '../../src/git/open-repository.js';
import type { Environment } from '../../src/core/types.js';
import { READER_VERSION } from '../../src/core/reader/reader-version.js';

const WORKER = join(projectRoot, 'dist', 'parse-worker.cjs');
const V = 'db/versions';
const ENV: Environment = {
  config: 'alembic.ini', section: 'alembic', scriptLocation: 'db', versionLocations: [V], recursive: true, sourceless: false,
  fileTemplate: '%(rev)s_%(slug)s', truncateSlugLength: 40,
};

/** Files of every shape the reader and the cache's compact form tell apart. */
function files(): Record<string, string> {
  const out: Record<string, string> = {};
  let down = 'a0';
  out[`${V}/a0_root.py`] = revisionText({ rev: 'a0' });
  for (let i = 1; i <= 150; i++) {
    const rev = `a${i}`;
    out[`${V}/${rev}_step.py`] = revisionText({ rev, down: [down], style: (['annotated', 'plain', 'double', 'compact'] as const)[i % 4], labels: i === 7 ? ['core'] : undefined, dependsOn: i === 9 ? ['a3'] : undefined });
    down = rev;
  }
  out[`${V}/m1_merge.py`] = revisionText({ rev: 'm1', down: ['a150', 'a149'] });
  // A tab in a value (no compact form), a syntax error, a label written as a constant, a legacy name.
  out[`${V}/00_tab.py`] = "revision = 't\\t1'\ndown_revision = 'a150'\n";
  out[`${V}/01_broken.py`] = "revision = 's1'\ndown_revision = ('a150'\n";
  out[`${V}/02_const.py`] = "from db import labels\nrevision = 'c1'\ndown_revision = 'a150'\nbranch_labels = (labels.CORE,)\n";
  out['db/labels.py'] = "CORE = 'core2'\n";
  out[`${V}/0abc.py`] = "down_revision = 'a150'\n";
  // One blob at three paths: the same name in a subfolder (a copy), and another name (parsed again).
  // The odd shapes sort first: the first batches are the ones the workers surely take.
  out[`${V}/0sub/a5_step.py`] = revisionText({ rev: 'a5', down: ['a4'], style: 'plain' });
  out[`${V}/0sub/other_name.py`] = revisionText({ rev: 'a5', down: ['a4'], style: 'plain' });
  return out;
}

async function load(repo: Repo, options: ListOptions) {
  const git = await openRepository(repo.dir, cleanEnv());
  const specs: TreeSpec[] = [{ name: 'head', commit: git.head! }];
  return readListedTrees(git, [ENV], specs, options);
}

const shape = (result: Awaited<ReturnType<typeof load>>) => JSON.stringify({
  files: result.trees.map((tree) => tree.files),
  stats: result.stats,
  sources: [...result.sources.keys()].sort(),
});

test('through workers: the same files, sources and stats as on the main thread', async () => {
  assert.ok(existsSync(WORKER), 'dist/parse-worker.cjs is built (npm test builds dist/ first)');
  await withRepo(async (repo) => {
    await repo.commit('history', files());
    const here = await load(repo, { cache: null });
    const pooled = await load(repo, { cache: null, workers: { script: WORKER, minimum: 1 } });
    assert.is(shape(pooled), shape(here));
    assert.ok(here.stats.parsed > 150);
  });
});

test('through workers: the parse cache holds the same entries', async () => {
  await withRepo(async (repo) => {
    await repo.commit('history', files());
    const git = await openRepository(repo.dir, cleanEnv());
    const cacheFile = join(git.commonDir, 'migcheck', PARSE_CACHE_FILE);
    const entriesAfter = async (options: ListOptions) => {
      await writeFile(cacheFile, '').catch(() => undefined);
      const cache = await ParseCache.open(git.commonDir, READER_VERSION);
      const result = await load(repo, { ...options, cache });
      const stored = JSON.parse(await readFile(cacheFile, 'utf8')) as { entries: Record<string, unknown> };
      return { result: shape(result), entries: JSON.stringify(Object.entries(stored.entries).sort(([a], [b]) => (a < b ? -1 : 1))) };
    };
    const here = await entriesAfter({});
    const pooled = await entriesAfter({ workers: { script: WORKER, minimum: 1 } });
    assert.is(pooled.entries, here.entries);
    assert.is(pooled.result, here.result);
  });
});

test('a worker that dies: its blobs are parsed on the main thread', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'migcheck-dead-worker-'));
  const dying = join(dir, 'dying.cjs');
  await writeFile(dying, "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n");
  const silent = join(dir, 'silent.cjs');
  await writeFile(silent, "require('node:worker_threads').parentPort.on('message', (m) => require('node:worker_threads').parentPort.postMessage({ id: m.id, blobs: [] }));\n");
  try {
    await withRepo(async (repo) => {
      await repo.commit('history', files());
      const here = await load(repo, { cache: null });
      for (const script of [dying, silent]) {
        const pooled = await load(repo, { cache: null, workers: { script, minimum: 1 } });
        assert.is(shape(pooled), shape(here), script);
      }
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a busy pool: offers beyond two batches a worker are refused, room() waits for an answer, or for the worker to die', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'migcheck-slow-worker-'));
  // Answers each batch only when told to (a message `go`), so the test decides when room is made.
  const slow = join(dir, 'slow.cjs');
  await writeFile(slow, [
    "const { parentPort } = require('node:worker_threads');",
    'const held = [];',
    "parentPort.on('message', (m) => { if (m === 'go') parentPort.postMessage({ id: held.shift(), blobs: [] }); else if (m === 'die') process.exit(3); else held.push(m.id); });",
  ].join('\n'));
  const batch = { bytes: new Uint8Array(0), blobs: [] };
  const pool = ParsePool.start(slow, 1)!;
  try {
    const first = pool.offer(batch);
    const second = pool.offer(batch);
    assert.ok(first && second);
    assert.is(pool.offer(batch), undefined, 'a third batch waits');
    let roomed = false;
    const room = pool.room().then(() => { roomed = true; });
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.not.ok(roomed, 'no room while the worker holds two');
    (pool as unknown as { slots: { worker: { postMessage(m: unknown): void } }[] }).slots[0]!.worker.postMessage('go');
    assert.equal(await first, []);
    await room;
    assert.ok(pool.offer(batch), 'room made by the answer');
    let released = false;
    const again = pool.room().then(() => { released = true; });
    (pool as unknown as { slots: { worker: { postMessage(m: unknown): void } }[] }).slots[0]!.worker.postMessage('die');
    await again;
    assert.ok(released);
    assert.not.ok(pool.working, 'no worker left: the caller parses');
    assert.is(await second, undefined, 'a dead worker answers nothing');
  } finally {
    await pool.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test.run();
