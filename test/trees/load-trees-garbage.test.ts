/**
 * A full read with parse workers leaves most of what it allocated behind as garbage (listings,
 * per-blob maps, the parse cache's save). loadTrees collects it before it returns, so the graphs
 * a check builds next do not grow the heap on top of it: right after a pooled load, a further
 * full collection finds next to nothing left to free (without it, ~3 MB at this size).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, projectRoot, withRepo, type Repo } from '../helpers/repo.js';
import { environmentFiles, type RevisionSpec } from '../helpers/revision-files.js';
import { loadTrees } from '../../src/trees/load-trees.js';
import { collectGarbage } from '../../src/trees/collect-garbage.js';
import { openRepository } from '../../src/git/open-repository.js';
import type { Environment } from '../../src/core/types.js';
import type { TreeSpec } from '../../src/trees/read-listed-trees.js';

const WORKER = join(projectRoot, 'dist', 'parse-worker.cjs');
const V = 'migrations/versions';
const ENV: Environment = { versionLocations: [V], recursive: false, sourceless: false, fileTemplate: '%(rev)s_%(slug)s', truncateSlugLength: 40 };
const COUNT = 3000;
const rev = (n: number) => `r${String(n).padStart(11, '0')}`;

/** Bytes a full collection frees right after a first load of HEAD and the index (no cache, no summaries). */
async function garbageAfterLoad(repo: Repo, workers: { script: string; minimum: number }): Promise<number> {
  const git = await openRepository(repo.dir, cleanEnv());
  const specs: TreeSpec[] = [{ name: 'index' }, { name: 'head', commit: git.head! }];
  collectGarbage();
  const loaded = await loadTrees(git, [ENV], specs, { cache: null, summaries: null, workers });
  const before = process.memoryUsage().heapUsed;
  collectGarbage();
  const after = process.memoryUsage().heapUsed;
  // What the caller keeps stays reachable through the measurement.
  assert.is(loaded.trees[1]![0]!.files.length, COUNT);
  return before - after;
}

test('a load through parse workers returns with its garbage collected', async () => {
  assert.ok(existsSync(WORKER), 'dist/parse-worker.cjs is built (npm test builds dist/ first)');
  await withRepo(async (repo) => {
    const specs: RevisionSpec[] = Array.from({ length: COUNT }, (_, n) => ({ rev: rev(n), down: n === 0 ? [] : [rev(n - 1)] }));
    await repo.commit('history', environmentFiles('', specs));
    const garbage = await garbageAfterLoad(repo, { script: WORKER, minimum: 1 });
    // What is made after the collection (the returned slots) is a few hundred KB at this size.
    assert.ok(garbage < 1_000_000, `a pooled load collected its own garbage (${garbage} bytes freed after it)`);
  });
});

test.run();
