/**
 * Every "could not check" case: exit 2, nothing on stdout, ONE `migcheck: …` line on stderr that
 * says what is wrong (plus at most a hint line with the fix), never a stack trace. A ref that
 * looks like an option is refused before git sees it (a spy `git` on PATH records every call).
 * Also the two unusual states that are NOT errors: no commits yet, and a detached HEAD.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeRepo, repoAt, run, cleanEnv, withRepo } from '../helpers/repo.js';
import { revisionText } from '../helpers/revision-files.js';
import { SEED_VERSIONS, seedChain1, seedFiles, seedShared } from '../helpers/seed-story.js';
import { CHAIN1_HEAD, FORK_POINT, NEW_PATH, NEW_REV, assertCouldNotCheck, assertExit, gitSpy, json, newRevision, seedMain } from './check-helpers.js';

const TRIED = 'origin/HEAD, origin/main, origin/master, main, master';

test('not a git repository: names the directory, hints --cwd', async () => {
  const dir = await realpath(await mkdtemp(join(tmpdir(), 'migcheck-norepo-')));
  try {
    const repo = repoAt(dir);
    const [check, heads] = await Promise.all([repo.migcheck(['check']), repo.migcheck(['heads'])]);
    for (const r of [check, heads]) {
      assertCouldNotCheck(r, `migcheck: ${dir} is not inside a git repository`.slice('migcheck: '.length), 'run migcheck inside the repository, or pass --cwd DIR');
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('unknown target, no target at all, bad --format, no Alembic environment', async () => {
  await withRepo(async (repo) => {
    // History on `trunk` only: none of the default targets exists.
    await repo.commit('trunk', seedFiles([...seedShared, ...seedChain1]));
    await repo.exec(['branch', '-m', 'main', 'trunk']);
    await repo.exec(['checkout', '-q', '-b', 'feature']);
    await repo.write({ [NEW_PATH]: newRevision(CHAIN1_HEAD), 'tools/seed.py': 'print(1)\n' });
    await repo.exec(['add', NEW_PATH]);
    const [nope, none, noneEnv, badFormat] = await Promise.all([
      repo.migcheck(['check', '--target', 'nope']),
      repo.migcheck(['check', '--rev', 'HEAD']),
      repo.migcheck(['check'], { env: { MIGCHECK_TARGET: 'origin/nope' } }),
      repo.migcheck(['pre-push', '--format', 'xml'], { input: '' }),
    ]);
    assertCouldNotCheck(nope, 'target nope (from --target) does not name a commit',
      'check the name; for a remote branch run `git fetch origin` first (a single-branch clone: `git fetch origin <branch>`)');
    const noTargetHint = 'name it with --target REF (or `target` in the config file, or MIGCHECK_TARGET); in a fresh clone run `git fetch origin`';
    assertCouldNotCheck(none, `no target branch found (tried ${TRIED})`, noTargetHint);
    assertCouldNotCheck(noneEnv, /^migcheck: target origin\/nope \(from MIGCHECK_TARGET\) does not name a commit$/);
    assertCouldNotCheck(badFormat, "unknown --format 'xml': use human, json, github, sarif");

    // --target trunk works (the same repository, the right name).
    const ok = await repo.migcheck(['check'], { env: { MIGCHECK_TARGET: 'trunk' } });
    assertExit(ok, 0);
    assert.is(ok.stdout, `migcheck: ok — ${SEED_VERSIONS}: head ${NEW_REV}\n`);

    // No Alembic environment in the tree: exit 2 saying what was searched.
    await repo.exec(['reset', '-q']);
    await repo.exec(['rm', '-r', '-q', '--cached', 'backend']);
    await repo.exec(['add', 'tools/seed.py']);
    const noEnv = await repo.migcheck(['check', '--target', 'trunk']);
    assertCouldNotCheck(noEnv,
      'no Alembic environment found in the index (searched every tracked alembic.ini, *.ini with an [alembic] section, and pyproject.toml with [tool.alembic])',
      'name the versions directory with --dir PATH, or set `environments` in the migcheck config file');
  });
});

test('refs that look like options are refused before git runs', async () => {
  await withRepo(async (repo) => {
    await seedMain(repo);
    await repo.exec(['checkout', '-q', '-b', 'feature']);
    await repo.write({ [NEW_PATH]: newRevision(CHAIN1_HEAD) });
    await repo.exec(['add', NEW_PATH]);
    const spy = await gitSpy();
    const env = spy.env;
    try {
      const runs = await Promise.all([
        repo.migcheck(['check', '--target=--upload-pack=x'], { env }),
        repo.migcheck(['check', '--rev=-x'], { env }),
        repo.migcheck(['heads', '--rev=--output=/tmp/x'], { env }),
        repo.migcheck(['check'], { env: { ...env, MIGCHECK_TARGET: '--upload-pack=y' } }),
      ]);
      const refHint = 'name a branch, tag or commit (a ref never starts with "-")';
      assertCouldNotCheck(runs[0]!, 'target (from --target) "--upload-pack=x" is not a valid git ref', refHint);
      assertCouldNotCheck(runs[1]!, '--rev "-x" is not a valid git ref', refHint);
      assertCouldNotCheck(runs[2]!, '--rev "--output=/tmp/x" is not a valid git ref', refHint);
      assertCouldNotCheck(runs[3]!, 'target (from MIGCHECK_TARGET) "--upload-pack=y" is not a valid git ref', refHint);
      const calls = await spy.calls();
      assert.ok(calls.length > 0, 'the spy saw git calls (the test is wired right)');
      for (const bad of ['--upload-pack', '-x', '--output']) {
        assert.not.ok(calls.some((line) => line.split(' ').some((arg) => arg === bad || arg.startsWith(`${bad}=`))), `git was called with ${bad}:\n${calls.join('\n')}`);
      }
    } finally {
      await spy.cleanup();
    }
  });
});

test('a shallow clone that lacks the merge-base: exit 2 naming git fetch --unshallow / --deepen', async () => {
  const origin = await makeRepo();
  const cloneDir = await mkdtemp(join(tmpdir(), 'migcheck-shallow-'));
  try {
    await seedMain(origin, 'feature');
    await origin.exec(['checkout', '-q', 'feature']);
    await origin.commit('feature work', { [NEW_PATH]: newRevision(FORK_POINT) });
    await origin.exec(['checkout', '-q', 'main']);
    const clone = await run('git', ['clone', '-q', '--depth', '1', '--no-single-branch', '--branch', 'feature', `file://${origin.dir}`, cloneDir], { cwd: tmpdir(), env: cleanEnv() });
    assert.is(clone.code, 0, clone.stderr);
    const repo = repoAt(cloneDir);
    await repo.exec(['checkout', '-q', '-b', 'more']);
    // A staged migration: the check needs the target (a file outside every environment would not).
    await repo.write({ [`${SEED_VERSIONS}/aa11bb22cc33_more.py`]: revisionText({ rev: 'aa11bb22cc33', down: [NEW_REV] }) });
    await repo.exec(['add', '-A']);
    const [check, rev] = await Promise.all([repo.migcheck(['check']), repo.migcheck(['check', '--rev', 'HEAD'])]);
    const hint = 'run `git fetch --unshallow` (or `git fetch --deepen=N` until they meet); in CI, check out with fetch-depth: 0';
    assertCouldNotCheck(check, 'no merge-base of HEAD and origin/main: this is a shallow clone and the history that joins them was not fetched', hint);
    assertCouldNotCheck(rev, 'no merge-base of HEAD and origin/main: this is a shallow clone and the history that joins them was not fetched', hint);
    // The fix the message names works: after --unshallow the check runs.
    const unshallow = await repo.exec(['fetch', '-q', '--unshallow']);
    assert.is(unshallow.code, 0, unshallow.stderr);
    const after = await repo.migcheck(['check', '--rev', 'HEAD', '--format', 'json']);
    assertExit(after, 1);
    // feature forked before chain 1 landed: the merge would fork (behind-target, an error for --rev).
    assert.equal(json(after).environments[0].findings.map((f: any) => [f.code, f.severity]), [['behind-target', 'error']]);
  } finally {
    await origin.cleanup();
    await rm(cloneDir, { recursive: true, force: true });
  }
});

test('no commits yet: the index is checked on its own (no target to compare with)', async () => {
  await withRepo(async (repo) => {
    await repo.write(seedFiles([...seedShared, ...seedChain1]));
    await repo.exec(['add', '-A']);
    const [ok, okJson, namedTarget] = await Promise.all([
      repo.migcheck(['check']),
      repo.migcheck(['check', '--format', 'json']),
      repo.migcheck(['check', '--target', 'main']),
    ]);
    assertExit(ok, 0);
    assert.equal([ok.stdout, ok.stderr], [`migcheck: ok — ${SEED_VERSIONS}: head ${CHAIN1_HEAD}\n`, '']);
    assertExit(okJson, 0);
    const doc = json(okJson);
    assert.equal([doc.ok, doc.target, doc.environments[0].heads], [true, null, { target: [], mergeBase: [], result: [CHAIN1_HEAD] }]);
    // A target named explicitly must exist.
    assertCouldNotCheck(namedTarget, 'target main (from --target) does not name a commit', /git fetch origin/);
    // With nothing to blame on a target, a fork in the first commit is an error of its own.
    await repo.write({ [NEW_PATH]: newRevision(FORK_POINT) });
    await repo.exec(['add', NEW_PATH]);
    const forked = await repo.migcheck(['check', '--format', 'json']);
    assertExit(forked, 1);
    assert.equal(json(forked).environments[0].findings.map((f: any) => [f.code, f.severity, f.revisions]), [['multiple-heads', 'error', [CHAIN1_HEAD, NEW_REV]]]);
  });
});

test('detached HEAD works: the index and --rev HEAD are checked against main', async () => {
  await withRepo(async (repo) => {
    await seedMain(repo);
    await repo.exec(['checkout', '-q', '-b', 'feature']);
    const tip = await repo.commit('bypass', { [NEW_PATH]: newRevision(FORK_POINT) });
    await repo.exec(['checkout', '-q', '--detach', tip]);
    await repo.write({ [NEW_PATH]: newRevision(CHAIN1_HEAD) });
    await repo.exec(['add', NEW_PATH]);
    const [index, rev] = await Promise.all([repo.migcheck(['check']), repo.migcheck(['check', '--rev', 'HEAD', '--format', 'json'])]);
    assertExit(index, 0);
    assert.equal([index.stdout, index.stderr], [`migcheck: ok — ${SEED_VERSIONS}: head ${NEW_REV}\n`, '']);
    assertExit(rev, 1);
    const doc = json(rev);
    assert.equal([doc.rev.commit, doc.target.ref], [tip, 'main']);
    assert.equal(doc.environments[0].findings.map((f: any) => f.code), ['bypassed-chain']);
  });
});

test.run();
