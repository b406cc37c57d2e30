/**
 * Merges through the plain hooks `migcheck init` writes, driven by real `git merge`, `git pull`
 * and `git commit`: two branches that were each right when made leave two heads once merged.
 * pre-merge-commit refuses the automatic merge commit (the seed's incident entered main this
 * way); a merge stopped by a conflict and finished with `git commit` is refused by pre-commit;
 * the merge migration written by `migcheck merge` lets the merge through, and Alembic (1.8.1 and
 * 1.19.1) then sees one head. The finding names the branch's own revision on either side of the
 * merge: the index is judged from the merge-base the merge commit will have.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { makeRepo, withRepo, type Repo } from '../helpers/repo.js';
import { alembicHeads } from '../repair/helpers/alembic-oracle.js';
import { R2, R3, R3_PATH, R4, R4_PATH, commitMainHistory, divergedBranches, head, mergeInProgress, r3 } from './hook-helpers.js';

async function setUp(repo: Repo, extra?: Parameters<typeof divergedBranches>[1]): Promise<void> {
  await commitMainHistory(repo);
  const init = await repo.migcheck(['init']);
  assert.is(init.code, 0, init.stderr);
  assert.match(init.stdout, /created \.git\/hooks\/pre-merge-commit: runs migcheck check/);
  await divergedBranches(repo, extra);
}

/** Writes the merge migration, stages it and finishes the merge; returns git commit's result. */
async function finishWithMergeMigration(repo: Repo) {
  const merge = await repo.migcheck(['merge', '-m', 'merge widgets and orders', '--rev-id', 'eeee00000005']);
  assert.is(merge.code, 0, merge.stderr);
  await repo.exec(['add', '-A']);
  return repo.exec(['commit', '-q', '--no-edit']);
}

test('git merge into main that leaves two heads is refused by pre-merge-commit; the merge migration lets git commit finish it', async () => {
  await withRepo(async (repo) => {
    await setUp(repo);
    const before = await head(repo);
    const refused = await repo.exec(['merge', '--no-edit', 'feature']);
    const output = refused.stdout + refused.stderr;
    assert.is(refused.code, 1, output);
    // The merged-in revision is the one that forks: main (HEAD, the target) already has r4.
    assert.match(output, new RegExp(`bypassed-chain ${R3_PATH}:\\d+`));
    assert.ok(output.includes(`${R3} revises ${R2}, but main already continues from ${R2}`), output);
    assert.match(output, /Not committing merge/);
    assert.is(await head(repo), before);
    assert.ok(await mergeInProgress(repo));

    const finished = await finishWithMergeMigration(repo);
    assert.is(finished.code, 0, finished.stderr);
    assert.is((await repo.exec(['rev-list', '--parents', '-n', '1', 'HEAD'])).stdout.trim().split(' ').length, 3);
    assert.equal(await alembicHeads(repo.dir, 'alembic.ini'), ['eeee00000005']);
  });
});

test('git merge of the target into a branch: refused, and the finding is on the branch\'s revision, not the target\'s', async () => {
  await withRepo(async (repo) => {
    await setUp(repo);
    await repo.exec(['checkout', '-q', 'feature']);
    const refused = await repo.exec(['merge', '--no-edit', 'main']);
    const output = refused.stdout + refused.stderr;
    assert.is(refused.code, 1, output);
    assert.match(output, new RegExp(`bypassed-chain ${R3_PATH}:\\d+`));
    assert.ok(output.includes(`set down_revision = '${R4}'`), output);
    assert.not.ok(output.includes(R4_PATH), output);
    // With MERGE_HEAD written, a plain `git commit` is judged the same way (pre-commit).
    const commit = await repo.exec(['commit', '-q', '--no-edit']);
    assert.is(commit.code, 1, commit.stderr);
    assert.match(commit.stderr, new RegExp(`bypassed-chain ${R3_PATH}:\\d+`));
    const json = await repo.migcheck(['check', '--format', 'json']);
    const report = JSON.parse(json.stdout) as { target: { ref: string; commit: string; mergeBase: string } };
    // The merge-base of the merge commit being made with main is main's tip itself.
    assert.is(report.target.mergeBase, report.target.commit);
  });
});

test('a merge stopped by a conflict and finished with git commit is refused (pre-commit, MERGE_HEAD)', async () => {
  await withRepo(async (repo) => {
    await setUp(repo, { feature: { 'README.md': 'feature\n' }, main: { 'README.md': 'main\n' } });
    const conflicted = await repo.exec(['merge', '--no-edit', 'feature']);
    assert.is(conflicted.code, 1, conflicted.stdout + conflicted.stderr);
    assert.match(conflicted.stdout, /CONFLICT \(add\/add\): Merge conflict in README\.md/);
    await repo.write({ 'README.md': 'both\n' });
    await repo.exec(['add', 'README.md']);
    const before = await head(repo);
    const refused = await repo.exec(['commit', '-q', '--no-edit']);
    assert.is(refused.code, 1, refused.stderr);
    assert.match(refused.stderr, new RegExp(`bypassed-chain ${R3_PATH}:\\d+`));
    assert.is(await head(repo), before);
    const finished = await finishWithMergeMigration(repo);
    assert.is(finished.code, 0, finished.stderr);
  });
});

test('git pull that merges two heads is refused; git merge --no-verify and MIGCHECK_SKIP=1 pass it', async () => {
  await withRepo(async (repo) => {
    const remote = await makeRepo({ bare: true });
    try {
      await setUp(repo);
      await repo.exec(['remote', 'add', 'origin', remote.dir]);
      assert.is((await repo.exec(['push', '-q', '--no-verify', 'origin', 'feature:main'])).code, 0);
      assert.is((await repo.exec(['branch', '-q', '--set-upstream-to', 'origin/main', 'main'])).code, 0);
      const pulled = await repo.exec(['pull', '--no-rebase', '--no-edit', 'origin', 'main']);
      assert.is(pulled.code, 1, pulled.stdout + pulled.stderr);
      // The target is origin/main now (it holds r3): the local r4 is what forks it.
      assert.match(pulled.stderr, new RegExp(`bypassed-chain ${R4_PATH}:\\d+`));
      assert.ok(pulled.stderr.includes(`but origin/main already continues from ${R2}`), pulled.stderr);
      await repo.exec(['merge', '--abort']);

      const skipped = await repo.exec(['merge', '--no-edit', 'feature'], { env: { MIGCHECK_SKIP: '1' } });
      assert.is(skipped.code, 0, skipped.stderr);
      assert.match(skipped.stderr, /migcheck: check skipped \(MIGCHECK_SKIP=1\)/);
      await repo.exec(['reset', '-q', '--hard', 'HEAD~1']);
      const noVerify = await repo.exec(['merge', '--no-edit', '--no-verify', 'feature']);
      assert.is(noVerify.code, 0, noVerify.stderr);
    } finally {
      await remote.cleanup();
    }
  });
});

test('a merge that brings a migration on top of the same head passes', async () => {
  await withRepo(async (repo) => {
    await commitMainHistory(repo);
    assert.is((await repo.migcheck(['init'])).code, 0);
    await repo.exec(['checkout', '-q', '-b', 'feature']);
    await repo.commit('add widgets', { [R3_PATH]: r3(R2) });
    await repo.exec(['checkout', '-q', 'main']);
    await repo.commit('readme', { 'README.md': 'x\n' });
    const merged = await repo.exec(['merge', '--no-edit', 'feature']);
    assert.is(merged.code, 0, merged.stdout + merged.stderr);
    assert.equal(await alembicHeads(repo.dir, 'alembic.ini'), [R3]);
  });
});

test.run();
