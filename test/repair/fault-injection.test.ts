import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { hasAlembic, withRepo, type Repo } from '../helpers/repo.js';
import { revisionText, type RevisionSpec } from '../helpers/revision-files.js';
import { seedAuthOnboarding, seedChain1, seedChain2, seedFiles, seedPath, seedPhase1Merge, seedShared, SEED_VERSIONS } from '../helpers/seed-story.js';
import { alembicHeads } from './helpers/alembic-oracle.js';
import { git, migcheck } from './helpers/run-quiet.js';

const extra: RevisionSpec = { rev: 'x1x1x1x1x1x1', down: ['k8l9m0n1o2p3'], message: 'add audit log' };
const touched = [...seedAuthOnboarding, extra].map(seedPath);

async function snapshot(repo: Repo): Promise<Map<string, string | undefined>> {
  return new Map(await Promise.all(touched.map(async (p) => [p, await repo.read(p).catch(() => undefined)] as const)));
}

test('killed after every write: each file is wholly old or wholly new, and running again converges', () =>
  withRepo(async (repo) => {
    await repo.commit('main', seedFiles([...seedShared, ...seedChain1, ...seedChain2, seedPhase1Merge]));
    await git(repo, ['switch', '-q', '-c', 'AuthOnboarding']);
    await repo.commit('auth', seedFiles(seedAuthOnboarding, false));
    await repo.commit('audit', seedFiles([extra], false));
    const before = await snapshot(repo);
    // Three file operations: rewrite s5t6u7v8w9x0, rewrite x1x1x1x1x1x1, then delete t6u7v8w9x0y1.
    const full = await migcheck(repo, ['rebase-plan', '--target', 'main', '--apply']);
    assert.is(full.code, 0, full.stderr);
    const after = await snapshot(repo);
    assert.is(after.get(seedPath(extra)), revisionText(extra).replace('Revises: k8l9m0n1o2p3', 'Revises: 15e70d6147cd').replace("= 'k8l9m0n1o2p3'", "= '15e70d6147cd'"));
    if (await hasAlembic()) assert.equal(await alembicHeads(repo.dir, 'backend/alembic.ini'), ['x1x1x1x1x1x1']);

    for (const writes of [1, 2]) {
      await git(repo, ['reset', '-q', '--hard']);
      const killed = await migcheck(repo, ['rebase-plan', '--target', 'main', '--apply'], { MIGCHECK_TEST_FAULT_AFTER_WRITES: String(writes) });
      assert.is(killed.code, 137, `killed after ${writes}`);
      const now = await snapshot(repo);
      let changed = 0;
      for (const path of touched) {
        const content = now.get(path);
        assert.ok(content === before.get(path) || content === after.get(path), `${path} after ${writes} writes is neither old nor new`);
        if (content !== before.get(path)) changed++;
      }
      assert.is(changed, writes);
      assert.equal((await readdir(join(repo.dir, SEED_VERSIONS))).filter((f) => f.endsWith('.tmp')), []);
      const rerun = await migcheck(repo, ['rebase-plan', '--target', 'main', '--apply']);
      assert.is(rerun.code, 0, rerun.stderr);
      assert.equal(await snapshot(repo), after, `converged after a kill at ${writes}`);
    }
  }));

test.run();
