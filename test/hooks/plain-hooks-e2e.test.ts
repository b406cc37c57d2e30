/**
 * Plain git hooks written by `migcheck init`, driven by real `git commit` / `git push`: a commit
 * that bypasses a revision is refused and the fixed one accepted, judged on what is really
 * committed (`commit -a`, `commit <path>` use a temporary index), and a push is refused by
 * pre-push.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { makeRepo, withRepo, type Repo } from '../helpers/repo.js';
import { R2, R3, R3_PATH, commitMainHistory, head, r3 } from './hook-helpers.js';

async function setUp(repo: Repo): Promise<void> {
  await commitMainHistory(repo);
  const init = await repo.migcheck(['init']);
  assert.is(init.code, 0, init.stderr);
  await repo.exec(['checkout', '-q', '-b', 'feature']);
}

test('git commit: a bypassing migration is refused, the fixed one accepted', async () => {
  await withRepo(async (repo) => {
    await setUp(repo);
    const before = await head(repo);
    await repo.write({ [R3_PATH]: r3('aaaa00000001') });
    await repo.exec(['add', R3_PATH]);
    const refused = await repo.exec(['commit', '-q', '-m', 'add widgets']);
    assert.is(refused.code, 1, refused.stderr);
    assert.ok(`${refused.stdout}${refused.stderr}`.includes(R3) && `${refused.stdout}${refused.stderr}`.includes(R2), refused.stdout + refused.stderr);
    assert.match(refused.stderr, /bypass/);
    assert.is(await head(repo), before);

    await repo.write({ [R3_PATH]: r3(R2) });
    await repo.exec(['add', R3_PATH]);
    const accepted = await repo.exec(['commit', '-q', '-m', 'add widgets']);
    assert.is(accepted.code, 0, accepted.stderr);
    assert.is.not(await head(repo), before);
  });
});

test('git commit -a and git commit <path> are judged on what they commit, not on the index', async () => {
  await withRepo(async (repo) => {
    await setUp(repo);
    await repo.write({ [R3_PATH]: r3(R2) });
    await repo.exec(['add', R3_PATH]);
    assert.is((await repo.exec(['commit', '-q', '-m', 'add widgets'])).code, 0);

    // Worktree bypasses, index is fine: a plain commit passes, `commit -a` is refused.
    await repo.write({ [R3_PATH]: r3('aaaa00000001'), 'README.md': 'readme\n' });
    await repo.exec(['add', 'README.md']);
    const plain = await repo.exec(['commit', '-q', '-m', 'readme']);
    assert.is(plain.code, 0, plain.stderr);
    const all = await repo.exec(['commit', '-q', '-a', '-m', 'everything']);
    assert.is(all.code, 1, all.stderr);
    assert.ok(all.stderr.includes(R2), all.stderr);
    const pathOnly = await repo.exec(['commit', '-q', '-m', 'r3 only', '--', R3_PATH]);
    assert.is(pathOnly.code, 1, pathOnly.stderr);

    // Index bypasses, worktree is fine: `commit <path>` commits the worktree's text and passes.
    await repo.exec(['add', R3_PATH]);
    await repo.write({ [R3_PATH]: r3(R2, 'add widgets, documented') });
    const before = await head(repo);
    const fixedPath = await repo.exec(['commit', '-q', '-m', 'r3 from the worktree', '--', R3_PATH]);
    assert.is(fixedPath.code, 0, fixedPath.stderr);
    assert.is.not(await head(repo), before);
    assert.is((await repo.exec(['show', `HEAD:${R3_PATH}`])).stdout, r3(R2, 'add widgets, documented'));
  });
});

test('git push to a bare remote is refused by pre-push, and accepted once fixed', async () => {
  await withRepo(async (repo) => {
    const remote = await makeRepo({ bare: true });
    try {
      await setUp(repo);
      await repo.exec(['remote', 'add', 'origin', remote.dir]);
      const pushMain = await repo.exec(['push', '-q', '--no-verify', 'origin', 'main']);
      assert.is(pushMain.code, 0, pushMain.stderr);

      await repo.write({ [R3_PATH]: r3('aaaa00000001') });
      await repo.exec(['add', R3_PATH]);
      await repo.exec(['commit', '-q', '--no-verify', '-m', 'add widgets']);
      const refused = await repo.exec(['push', '-q', 'origin', 'feature']);
      assert.is(refused.code, 1, refused.stderr);
      assert.ok(`${refused.stdout}${refused.stderr}`.includes(R3) && `${refused.stdout}${refused.stderr}`.includes(R2), refused.stdout + refused.stderr);
      assert.is((await remote.exec(['rev-parse', '--verify', '-q', 'refs/heads/feature'])).stdout, '');

      await repo.write({ [R3_PATH]: r3(R2) });
      await repo.exec(['add', R3_PATH]);
      await repo.exec(['commit', '-q', '--amend', '--no-verify', '-m', 'add widgets']);
      const accepted = await repo.exec(['push', '-q', 'origin', 'feature']);
      assert.is(accepted.code, 0, accepted.stderr);
      assert.is((await remote.exec(['rev-parse', 'refs/heads/feature'])).stdout.trim(), await head(repo));
    } finally {
      await remote.cleanup();
    }
  });
});

test.run();
