/**
 * What the index can hold besides edited files: a deleted revision, a renamed one (to another
 * `.py` name and to a non-Python name), a mode change, a file replaced by a symlink (a type
 * change) and a gitlink inside the versions directory. Each is answered with the findings the
 * resulting tree deserves, on the seed's main branch.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { withRepo, type Repo } from '../helpers/repo.js';
import { seedPath, seedSpec } from '../helpers/seed-story.js';
import { CHAIN1_HEAD, assertExit, commitSeedMain, findingCodes } from './edge-helpers.js';

const MIDDLE = seedPath(seedSpec('ca2a68ee0c2c'));
const SIBLING = seedPath(seedSpec('035e1888bea0'));

async function onFeature(repo: Repo): Promise<void> {
  await commitSeedMain(repo);
  await repo.exec(['checkout', '-q', '-b', 'feature']);
}

async function checkJson(repo: Repo, code: 0 | 1): Promise<string[]> {
  const r = await repo.migcheck(['check', '--format', 'json']);
  assertExit(r, code);
  return findingCodes(r);
}

test('a deleted revision: its child loses its parent and the chain splits', async () => {
  await withRepo(async (repo) => {
    await onFeature(repo);
    await repo.exec(['rm', '-q', MIDDLE]);
    assert.equal(await checkJson(repo, 1), ['missing-parent:9b0768a49ad8', 'multiple-heads:k8l9m0n1o2p3']);
  });
});

test('a renamed revision (.py to .py) changes nothing; renamed to .txt it is gone as for Alembic', async () => {
  await withRepo(async (repo) => {
    await onFeature(repo);
    await repo.exec(['mv', MIDDLE, MIDDLE.replace(/\.py$/, '_renamed.py')]);
    const ok = await repo.migcheck(['check']);
    assertExit(ok, 0);
    assert.is(ok.stdout, `migcheck: ok — backend/migrations_core/versions: head ${CHAIN1_HEAD}\n`);
    await repo.exec(['mv', MIDDLE.replace(/\.py$/, '_renamed.py'), MIDDLE.replace(/\.py$/, '.txt')]);
    assert.equal(await checkJson(repo, 1), ['missing-parent:9b0768a49ad8', 'multiple-heads:k8l9m0n1o2p3']);
  });
});

test('a mode change (chmod +x) and a gitlink inside the versions directory change nothing', async () => {
  await withRepo(async (repo) => {
    await onFeature(repo);
    await repo.exec(['update-index', '--chmod=+x', MIDDLE]);
    assert.match((await repo.exec(['diff', '--cached', '--summary'])).stdout, /mode change 100644 => 100755/);
    assert.equal(await checkJson(repo, 0), []);
    const head = (await repo.exec(['rev-parse', 'HEAD'])).stdout.trim();
    await repo.exec(['update-index', '--add', '--cacheinfo', `160000,${head},backend/migrations_core/versions/vendored.py`]);
    assert.equal(await checkJson(repo, 0), []);
    const heads = await repo.migcheck(['heads', '--staged']);
    assertExit(heads, 0);
    assert.is(heads.stdout, `${CHAIN1_HEAD} (head)\n`);
  });
});

test('a revision replaced by a symlink to its sibling (type change): the sibling is loaded once, as every Alembic does, and the child of the replaced revision loses its parent', async () => {
  await withRepo(async (repo) => {
    await onFeature(repo);
    await repo.write({ [MIDDLE]: null });
    await symlink(SIBLING.slice(SIBLING.lastIndexOf('/') + 1), join(repo.dir, MIDDLE));
    await repo.exec(['add', MIDDLE]);
    assert.match((await repo.exec(['diff', '--cached', '--raw'])).stdout, /^:100644 120000 /);
    // Alembic resolves every path and loads a real file once ("loaded twice! ignoring").
    assert.equal(await checkJson(repo, 1), ['missing-parent:9b0768a49ad8', 'multiple-heads:k8l9m0n1o2p3']);
  });
});

test.run();
