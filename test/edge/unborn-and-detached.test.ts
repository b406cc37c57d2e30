/**
 * A repository without commits (the very first commit's pre-commit hook) and a detached HEAD
 * (CI checkouts, `git checkout <sha>`, bisect): the index is still checked, against nothing or
 * against the target branch; commands that need a commit say so in one line.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { withRepo } from '../helpers/repo.js';
import { seedChain1, seedFiles, seedShared } from '../helpers/seed-story.js';
import { CHAIN1_HEAD, FORK_POINT, NEW_PATH, NEW_REV, assertCouldNotCheck, assertExit, commitSeedMain, findingCodes, installHook, newRevision } from './edge-helpers.js';

test('no commits yet: the staged index is checked on its own', async () => {
  await withRepo(async (repo) => {
    await repo.write(seedFiles([...seedShared, ...seedChain1]));
    await repo.exec(['add', '-A']);
    const ok = await repo.migcheck(['check']);
    assertExit(ok, 0);
    assert.is(ok.stdout, `migcheck: ok — backend/migrations_core/versions: head ${CHAIN1_HEAD}\n`);
    const heads = await repo.migcheck(['heads', '--staged']);
    assertExit(heads, 0);
    assert.is(heads.stdout, `${CHAIN1_HEAD} (head)\n`);

    // A second head in the very first commit is still a finding (there is no target to blame).
    await repo.write({ [NEW_PATH]: newRevision(FORK_POINT) });
    await repo.exec(['add', NEW_PATH]);
    const forked = await repo.migcheck(['check', '--format', 'json']);
    assertExit(forked, 1);
    assert.equal(findingCodes(forked), [`multiple-heads:${NEW_REV}`]);
  });
});

test('no commits yet: the first commit goes through a real hook; an empty index passes', async () => {
  await withRepo(async (repo) => {
    await installHook(repo);
    const empty = await repo.migcheck(['check']);
    assertExit(empty, 0);
    await repo.write(seedFiles([...seedShared, ...seedChain1]));
    await repo.exec(['add', '-A']);
    const commit = await repo.exec(['commit', '-q', '-m', 'first']);
    assert.is(commit.code, 0, commit.stderr);
    assert.is((await repo.exec(['rev-list', '--count', 'HEAD'])).stdout.trim(), '1');
  });
});

test('no commits yet: --rev HEAD, pre-push and rebase-plan say clearly why they cannot check', async () => {
  await withRepo(async (repo) => {
    await repo.write(seedFiles([...seedShared, ...seedChain1]));
    await repo.exec(['add', '-A']);
    const [rev, push, plan, named] = await Promise.all([
      repo.migcheck(['check', '--rev', 'HEAD']), repo.migcheck(['pre-push']), repo.migcheck(['rebase-plan']),
      repo.migcheck(['check', '--target', 'main']),
    ]);
    assertCouldNotCheck(rev, /'HEAD' does not name a commit/);
    assertCouldNotCheck(push, /'HEAD' does not name a commit/);
    assertCouldNotCheck(plan, /no target branch found/);
    // An explicit target that does not exist yet is named, not ignored.
    assertCouldNotCheck(named, /main/);
  });
});

test('detached HEAD: the index is checked against the target, and --rev HEAD works', async () => {
  await withRepo(async (repo) => {
    await commitSeedMain(repo);
    await repo.exec(['checkout', '-q', '-b', 'feature']);
    const bypass = await repo.commit('bypass', { [NEW_PATH]: newRevision(FORK_POINT) });
    await repo.exec(['checkout', '-q', '--detach', bypass]);
    assert.is((await repo.exec(['symbolic-ref', '-q', 'HEAD'])).code, 1); // really detached

    const rev = await repo.migcheck(['check', '--rev', 'HEAD', '--format', 'json']);
    assertExit(rev, 1);
    assert.equal(findingCodes(rev), [`bypassed-chain:${NEW_REV}`]);
    // Nothing staged: the commit cannot change the graph (the fast path passes it).
    assertExit(await repo.migcheck(['check']), 0);
    // A staged edit that keeps the bypass is judged against main, as on a branch.
    await repo.write({ [NEW_PATH]: newRevision(FORK_POINT, 'add symbol analytics tables v2') });
    await repo.exec(['add', NEW_PATH]);
    const index = await repo.migcheck(['check', '--format', 'json']);
    assertExit(index, 1);
    assert.equal(findingCodes(index), [`bypassed-chain:${NEW_REV}`]);

    // Re-pointed on the detached HEAD: clean.
    await repo.write({ [NEW_PATH]: newRevision(CHAIN1_HEAD) });
    await repo.exec(['add', NEW_PATH]);
    assertExit(await repo.migcheck(['check']), 0);
    const pushed = await repo.migcheck(['pre-push']);
    assertExit(pushed, 1); // HEAD (the committed bypass) is what a push would send
  });
});

test('detached HEAD without any branch: an explicit --target commit id works', async () => {
  await withRepo(async (repo) => {
    const main = await commitSeedMain(repo);
    await repo.commit('bypass', { [NEW_PATH]: newRevision(FORK_POINT) });
    await repo.exec(['checkout', '-q', '--detach', 'HEAD']);
    await repo.exec(['branch', '-D', 'main']);
    assertCouldNotCheck(await repo.migcheck(['check', '--rev', 'HEAD']), /no target branch found/);
    const r = await repo.migcheck(['check', '--rev', 'HEAD', '--target', main, '--format', 'json']);
    assertExit(r, 1);
    assert.equal(findingCodes(r), [`bypassed-chain:${NEW_REV}`]);
  });
});

test.run();
