import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { cleanEnv, repoAt, withRepo, type Repo } from '../helpers/repo.js';
import { resolveCommit, resolveTarget, mergeBase } from '../../src/git/refs.js';
import { openRepository } from '../../src/git/open-repository.js';
import { MigcheckError } from '../../src/core/errors.js';

const ctx = (repo: Repo) => ({ cwd: repo.dir, env: cleanEnv() });

async function errorOf(promise: Promise<unknown>): Promise<MigcheckError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  assert.instance(error, MigcheckError);
  return error as MigcheckError;
}

/** An upstream with main, master, develop and feature, and a clone of it (origin/HEAD → main). */
async function withClone(fn: (clone: Repo, upstream: Repo, commits: Record<string, string>) => Promise<void>): Promise<void> {
  await withRepo(async (upstream) => {
    const commits: Record<string, string> = {};
    commits.main = await upstream.commit('m1', { 'a.txt': '1\n' });
    for (const branch of ['master', 'develop', 'feature']) {
      await upstream.exec(['checkout', '-q', '-b', branch, 'main']);
      commits[branch] = await upstream.commit(branch, { [`${branch}.txt`]: `${branch}\n` });
    }
    await upstream.exec(['checkout', '-q', 'main']);
    const dir = join(upstream.dir, 'clone');
    await upstream.exec(['clone', '-q', upstream.dir, dir]);
    await fn(repoAt(dir), upstream, commits);
  });
}

test('target order: --target › config › MIGCHECK_TARGET › origin/HEAD › origin/main › origin/master › main › master', async () => {
  await withClone(async (clone, _upstream, c) => {
    const repo = ctx(clone);
    assert.equal(await resolveTarget(repo, { explicit: 'origin/develop', configured: 'origin/master', envTarget: 'origin/feature' }),
      { ref: 'origin/develop', commit: c.develop, source: 'option' });
    assert.equal(await resolveTarget(repo, { configured: 'origin/master', envTarget: 'origin/feature' }),
      { ref: 'origin/master', commit: c.master, source: 'config' });
    // A remote-tracking branch with no local branch of that name is a fine target.
    assert.equal(await resolveTarget(repo, { envTarget: 'origin/feature' }), { ref: 'origin/feature', commit: c.feature, source: 'env' });
    assert.equal(await resolveTarget(repo, {}), { ref: 'origin/main', commit: c.main, source: 'remote-head' });
    await clone.exec(['remote', 'set-head', 'origin', 'develop']);
    assert.equal(await resolveTarget(repo, {}), { ref: 'origin/develop', commit: c.develop, source: 'remote-head' });
    await clone.exec(['remote', 'set-head', 'origin', '-d']);
    assert.equal(await resolveTarget(repo, {}), { ref: 'origin/main', commit: c.main, source: 'default' });
    await clone.exec(['update-ref', '-d', 'refs/remotes/origin/main']);
    assert.equal(await resolveTarget(repo, {}), { ref: 'origin/master', commit: c.master, source: 'default' });
    await clone.exec(['update-ref', '-d', 'refs/remotes/origin/master']);
    assert.equal(await resolveTarget(repo, {}), { ref: 'main', commit: c.main, source: 'default' });
    await clone.exec(['branch', '-q', 'master', 'origin/develop']);
    await clone.exec(['checkout', '-q', 'master']);
    await clone.exec(['branch', '-q', '-D', 'main']);
    assert.equal(await resolveTarget(repo, {}), { ref: 'master', commit: c.develop, source: 'default' });
    // `main/x` is not `main`: for-each-ref prefix matches are not taken.
    await clone.exec(['checkout', '-q', '-b', 'trunk']);
    await clone.exec(['branch', '-q', '-D', 'master']);
    await clone.exec(['branch', '-q', 'main/x']);
    const error = await errorOf(resolveTarget(repo, {}));
    assert.is(error.message, 'no target branch found (tried origin/HEAD, origin/main, origin/master, main, master)');
    assert.is(error.hint, 'name it with --target REF (or `target` in the config file, or MIGCHECK_TARGET); in a fresh clone run `git fetch origin`');
    assert.is(error.exitCode, 2);
  });
});

test('a named target that does not exist is an error, not a fall-through', async () => {
  await withClone(async (clone) => {
    const error = await errorOf(resolveTarget(ctx(clone), { explicit: 'origin/nope', envTarget: 'origin/main' }));
    assert.is(error.message, 'target origin/nope (from --target) does not name a commit');
    assert.is(error.exitCode, 2);
    const fromEnv = await errorOf(resolveTarget(ctx(clone), { envTarget: 'nope' }));
    assert.is(fromEnv.message, 'target nope (from MIGCHECK_TARGET) does not name a commit');
  });
});

test('option-looking refs never reach git', async () => {
  // A cwd that does not exist: any git call would fail differently (spawn error), so the
  // validation error proves git was not started.
  const nowhere = { cwd: '/nonexistent/migcheck', env: cleanEnv(), isShallow: false };
  for (const ref of ['--output=/tmp/pwned', '-c', '--upload-pack=touch x']) {
    const error = await errorOf(resolveTarget(nowhere, { explicit: ref }));
    assert.is(error.message, `target (from --target) ${JSON.stringify(ref)} is not a valid git ref`);
    assert.is(error.hint, 'name a branch, tag or commit (a ref never starts with "-")');
    assert.match((await errorOf(resolveCommit(nowhere, ref))).message, /is not a valid git ref/);
    assert.match((await errorOf(mergeBase(nowhere, 'main', ref))).message, /is not a valid git ref/);
  }
});

test('resolveCommit: commits, tags peeled, unknown names', async () => {
  await withRepo(async (repo) => {
    const head = await repo.commit('one', { 'a.txt': '1\n' });
    await repo.exec(['tag', '-a', '-m', 'annotated', 'v1']);
    assert.is(await resolveCommit(ctx(repo), 'main'), head);
    assert.is(await resolveCommit(ctx(repo), 'v1'), head);
    assert.is(await resolveCommit(ctx(repo), 'HEAD'), head);
    assert.is(await resolveCommit(ctx(repo), 'nope'), undefined);
    assert.is(await resolveCommit(ctx(repo), 'HEAD:a.txt'), undefined);
  });
});

test('mergeBase: found, unrelated histories, and a shallow clone that lacks it', async () => {
  await withRepo(async (upstream) => {
    const base = await upstream.commit('base', { 'a.txt': '1\n' });
    await upstream.commit('m2', { 'a.txt': '2\n' });
    await upstream.exec(['checkout', '-q', '-b', 'feature', base]);
    const feature = await upstream.commit('f1', { 'f.txt': 'f\n' });
    await upstream.exec(['checkout', '-q', 'main']);
    const main = await upstream.commit('m3', { 'a.txt': '3\n' });
    const plain = { ...ctx(upstream), isShallow: false };
    assert.is(await mergeBase(plain, main, feature), base);
    await upstream.exec(['checkout', '-q', '--orphan', 'lonely']);
    const lonely = await upstream.commit('lonely', { 'z.txt': 'z\n' });
    assert.is(await mergeBase(plain, main, lonely), undefined);

    const dir = join(upstream.dir, 'shallow');
    await upstream.exec(['clone', '-q', '--depth', '1', '--no-single-branch', `file://${upstream.dir}`, dir]);
    const shallow = await openRepository(dir, cleanEnv());
    assert.is(shallow.isShallow, true);
    const error = await errorOf(mergeBase(shallow, main, feature, { a: 'origin/main', b: 'HEAD' }));
    assert.is(error.message, 'no merge-base of origin/main and HEAD: this is a shallow clone and the history that joins them was not fetched');
    assert.is(error.hint, 'run `git fetch --unshallow` (or `git fetch --deepen=N` until they meet); in CI, check out with fetch-depth: 0');
    assert.is(error.exitCode, 2);
  });
});

test.run();
