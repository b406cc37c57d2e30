/**
 * A first check of a long history (3,200 revisions: past POOL_MINIMUM, so the installed bin
 * parses through its worker threads) judges exactly as Alembic and as its own warm run: the
 * fork staged on a branch is two heads, the same ones Alembic names, in the same report. Such a
 * read asks V8 for full collections (trees/collect-garbage) and holds the heap's growth
 * until exit (trees/hold-heap-growth), both through V8's flags: the run's young generation must
 * have stayed small, and the bytecode it keeps at exit must still be taken by the next run.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODE_CACHE_DIR } from '../../src/cache/code-cache.cjs';
import { projectRoot } from '../helpers/repo.js';
import { withRepo } from '../helpers/repo.js';
import { environmentFiles, revisionText, type RevisionSpec } from '../helpers/revision-files.js';
import { alembicOracles, oracleHeads, requireOracles } from '../helpers/alembic.js';
import { POOL_MINIMUM } from '../../src/trees/parse-pool.js';
import { assertExit } from './check-helpers.js';

/** The generation written in the code cache file of dist/`bundle`.cjs under the cache root `home`. */
async function cacheGeneration(home: string, bundle: string): Promise<string | undefined> {
  const info = await stat(join(projectRoot, 'dist', `${bundle}.cjs`));
  const file = join(home, 'migcheck', CODE_CACHE_DIR, `${bundle}-${info.dev}-${info.ino}.bin`);
  return /^\d+ (\d)$/m.exec((await readFile(file)).toString('latin1', 0, 400))?.[1];
}

const COUNT = 3200;
const rev = (n: number) => `r${String(n).padStart(11, '0')}`;

test('cold through the parse workers: the fork is found, Alembic agrees, warm says the same', async () => {
  assert.ok(COUNT > POOL_MINIMUM, 'the history is long enough to start the workers');
  await withRepo(async (repo) => {
    const specs: RevisionSpec[] = Array.from({ length: COUNT }, (_, n) => ({ rev: rev(n), down: n === 0 ? [] : [rev(n - 1)], style: (['annotated', 'plain', 'double', 'compact'] as const)[n % 4] }));
    await repo.commit('history', environmentFiles('', specs));
    await repo.exec(['checkout', '-q', '-b', 'feature']);
    // Written against the parent of main's head: a fork.
    await repo.write({ 'migrations/versions/fork_x.py': revisionText({ rev: 'fork0000001', down: [rev(COUNT - 2)] }) });
    await repo.exec(['add', '-A']);
    const home = await mkdtemp(join(tmpdir(), 'migcheck-xdg-'));
    try {
      const env = { XDG_CACHE_HOME: home };
      // The main thread's young generation as the run exits (V8 grew it to 2 × 8 MB and more here).
      const probe = join(home, 'probe.cjs');
      const youngFile = join(home, 'young');
      await writeFile(probe, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(youngFile)}, String(require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size)));`);
      const cold = await repo.migcheck(['check', '--target', 'main', '--format', 'json'], { env: { ...env, NODE_OPTIONS: `--require ${probe}` } });
      assertExit(cold, 1);
      const young = Number(await readFile(youngFile, 'utf8'));
      assert.ok(young > 0 && young <= 4 * 2 ** 20, `the young generation stayed at its start (${young} bytes)`);
      const report = JSON.parse(cold.stdout) as { environments: { heads: { result: string[] } }[] };
      assert.equal([...report.environments[0]!.heads.result].sort(), ['fork0000001', rev(COUNT - 1)]);
      assert.is(await cacheGeneration(home, 'check'), '1', 'the cold run kept the bytecode of check.cjs');
      const warm = await repo.migcheck(['check', '--target', 'main', '--format', 'json'], { env });
      assert.is(warm.stdout, cold.stdout);
      // Taken, so kept again one generation on: a refused cache would be made anew as generation 1.
      assert.is(await cacheGeneration(home, 'migcheck'), '2', 'the next run took the bytecode the cold run kept');
    } finally {
      await rm(home, { recursive: true, force: true });
    }
    if (await requireOracles()) {
      for (const oracle of await alembicOracles()) {
        assert.equal(await oracleHeads(oracle, repo.dir, 'alembic.ini'), ['fork0000001', rev(COUNT - 1)].sort(), oracle.version);
      }
    }
  });
});

test.run();
