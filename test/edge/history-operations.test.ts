/**
 * Commits made in the middle of history operations: an `edit` stop of `git rebase -i` (HEAD is
 * detached, .git/rebase-merge exists), `git rebase --exec` as a per-commit gate, concluding a
 * `git merge` whose migration file conflicted, and `git cherry-pick`.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { migcheckBin, withRepo, type Repo } from '../helpers/repo.js';
import { revisionText } from '../helpers/revision-files.js';
import { seedChain1, seedFiles, seedShared } from '../helpers/seed-story.js';
import { CHAIN1_HEAD, FORK_POINT, NEW_PATH, NEW_REV, assertExit, assertNoTrace, commitSeedMain, findingCodes, installHook, newRevision, report } from './edge-helpers.js';

const head = async (repo: Repo) => (await repo.exec(['rev-parse', 'HEAD'])).stdout.trim();

test('git rebase -i: a commit at an edit stop is checked (detached HEAD, rebase in progress)', async () => {
  await withRepo(async (repo) => {
    await commitSeedMain(repo);
    await installHook(repo);
    await repo.exec(['checkout', '-q', '-b', 'feature']);
    await repo.commit('notes', { 'notes.txt': 'one\n' });
    await repo.commit('more notes', { 'notes.txt': 'two\n' });

    const edit = await repo.exec(['rebase', '-i', 'main'], { env: { GIT_SEQUENCE_EDITOR: 'sed -i 1s/^pick/edit/' } });
    assert.is(edit.code, 0, edit.stderr);
    assert.is((await repo.exec(['symbolic-ref', '-q', 'HEAD'])).code, 1);

    await repo.write({ [NEW_PATH]: newRevision(FORK_POINT) });
    await repo.exec(['add', NEW_PATH]);
    const refused = await repo.exec(['commit', '-q', '-m', 'add analytics']);
    assertNoTrace(refused);
    assert.is(refused.code, 1, refused.stderr);
    assert.match(refused.stderr, /bypassed-chain/);

    await repo.write({ [NEW_PATH]: newRevision(CHAIN1_HEAD) });
    await repo.exec(['add', NEW_PATH]);
    const accepted = await repo.exec(['commit', '-q', '-m', 'add analytics']);
    assert.is(accepted.code, 0, accepted.stderr);
    const done = await repo.exec(['rebase', '--continue'], { env: { GIT_EDITOR: 'true' } });
    assert.is(done.code, 0, done.stderr);
    assert.is((await repo.exec(['log', '--format=%s', 'main..HEAD'])).stdout, 'more notes\nadd analytics\nnotes\n');
  });
});

test('git rebase --exec "migcheck check --rev HEAD": the rebase stops at the bypassing commit', async () => {
  await withRepo(async (repo) => {
    // Feature forked before chain 1 landed, so its migration was right when written.
    await repo.commit('shared', seedFiles(seedShared));
    await repo.exec(['checkout', '-q', '-b', 'feature']);
    await repo.commit('analytics', { [NEW_PATH]: newRevision(FORK_POINT) });
    await repo.commit('notes', { 'notes.txt': 'x\n' });
    await repo.exec(['checkout', '-q', 'main']);
    await repo.commit('chain 1', seedFiles(seedChain1, false));
    await repo.exec(['checkout', '-q', 'feature']);

    const gate = `${JSON.stringify(process.execPath)} ${JSON.stringify(migcheckBin)} check --rev HEAD`;
    const rebase = await repo.exec(['rebase', '--exec', gate, 'main']);
    assertNoTrace(rebase);
    assert.is.not(rebase.code, 0);
    assert.match(rebase.stdout + rebase.stderr, /bypassed-chain/);
    assert.is((await repo.exec(['log', '-1', '--format=%s'])).stdout, 'analytics\n');

    // Fix the commit where the rebase stopped, and let the rest replay.
    await repo.write({ [NEW_PATH]: newRevision(CHAIN1_HEAD) });
    await repo.exec(['add', NEW_PATH]);
    assert.is((await repo.exec(['commit', '-q', '--amend', '--no-edit', '--no-verify'])).code, 0);
    const cont = await repo.exec(['rebase', '--continue'], { env: { GIT_EDITOR: 'true' } });
    assert.is(cont.code, 0, cont.stderr);
    assertExit(await repo.migcheck(['check', '--rev', 'HEAD']), 0);
  });
});

/** n0o1p2q3r4s5 written twice: on branch `feature` on the fork point, on main on chain 1's head (main checked out). */
async function divergedAnalytics(repo: Repo): Promise<void> {
    await repo.commit('shared', seedFiles(seedShared));
    await repo.exec(['checkout', '-q', '-b', 'feature']);
    await repo.commit('analytics on the fork point', { [NEW_PATH]: newRevision(FORK_POINT) });
    await repo.exec(['checkout', '-q', 'main']);
    await repo.commit('chain 1 and analytics on it', { ...seedFiles(seedChain1, false), [NEW_PATH]: newRevision(CHAIN1_HEAD) });
}

test('git merge with a conflicted migration: checked mid-conflict without crashing, then judged on the resolution', async () => {
  await withRepo(async (repo) => {
    await divergedAnalytics(repo);
    await installHook(repo);

    const merge = await repo.exec(['merge', '--no-edit', 'feature']);
    assert.is(merge.code, 1); // add/add conflict
    assert.match((await repo.exec(['ls-files', '-u'])).stdout, /\t.*n0o1p2q3r4s5/);
    // Mid-conflict the index holds stages 2 and 3 and the worktree conflict markers: one clear
    // answer, never a crash.
    const mid = await repo.migcheck(['check']);
    assertNoTrace(mid);
    assert.ok([0, 1, 2].includes(mid.code), `exit ${mid.code}`);
    if (mid.code === 2) assert.match(mid.stderr, /^migcheck: .*conflict/i);
    const headsMid = await repo.migcheck(['heads']);
    assertNoTrace(headsMid);

    // Resolved to the feature's version (the bypass): the merge commit is refused.
    await repo.write({ [NEW_PATH]: newRevision(FORK_POINT) });
    await repo.exec(['add', NEW_PATH]);
    const refused = await repo.exec(['commit', '-q', '--no-edit']);
    assertNoTrace(refused);
    assert.is(refused.code, 1, refused.stderr);
    assert.match(refused.stderr, new RegExp(NEW_REV));
    // Resolved to main's version: accepted, and the merge commit has two parents.
    await repo.write({ [NEW_PATH]: newRevision(CHAIN1_HEAD) });
    await repo.exec(['add', NEW_PATH]);
    const accepted = await repo.exec(['commit', '-q', '--no-edit']);
    assert.is(accepted.code, 0, accepted.stderr);
    assert.is((await repo.exec(['rev-list', '--parents', '-1', 'HEAD'])).stdout.trim().split(' ').length, 3);
  });
});

// Python (and so Alembic) cannot import a file with conflict markers: `unparseable` at the
// `<<<<<<<` line, never "the last down_revision wins"; merge and rebase-plan refuse to work on it.
test('a migration committed with its conflict markers is unparseable, not silently read', async () => {
  await withRepo(async (repo) => {
    await divergedAnalytics(repo);
    assert.is((await repo.exec(['merge', '--no-edit', 'feature'])).code, 1);
    assert.match(await repo.read(NEW_PATH), /^<<<<<<< HEAD$/m);
    await repo.exec(['commit', '-q', '-a', '--no-edit', '--no-verify']);
    const r = await repo.migcheck(['check', '--rev', 'HEAD', '--format', 'json']);
    assertExit(r, 1);
    const findings = report(r).environments.flatMap((e) => e.findings) as { code: string; file?: string; line?: number; message?: string }[];
    assert.equal(findings.map((f) => [f.code, f.file, f.line, f.message]), [
      ['unparseable', NEW_PATH, 20, 'unresolved merge conflict markers (<<<<<<< starts this line): resolve the conflict first'],
    ]);

    const refusal =
      `migcheck: cannot read ${NEW_PATH}:20: unresolved merge conflict markers (<<<<<<< starts this line): resolve the conflict first; ` +
      'migcheck will not merge or re-point migrations it cannot read. Nothing was changed.\n' +
      'keep the lines you mean, delete every marker line (<<<<<<<, |||||||, =======, >>>>>>>), then run migcheck again\n';
    const [merge, plan, apply] = await Promise.all([repo.migcheck(['merge']), repo.migcheck(['rebase-plan']), repo.migcheck(['rebase-plan', '--apply'])]);
    for (const refused of [merge, plan, apply]) {
      assertExit(refused, 2);
      assert.is(refused.stderr, refusal);
      assert.is(refused.stdout, '');
    }
    assert.is((await repo.exec(['status', '--porcelain', '--untracked-files=all'])).stdout, '');
  });
});

test('git cherry-pick: a picked bypass is caught by check --rev, and by the hook when committed by hand', async () => {
  await withRepo(async (repo) => {
    await repo.commit('shared', seedFiles(seedShared));
    await repo.exec(['checkout', '-q', '-b', 'old']);
    const picked = await repo.commit('analytics', { [NEW_PATH]: newRevision(FORK_POINT) });
    await repo.exec(['checkout', '-q', 'main']);
    await repo.commit('chain 1', seedFiles(seedChain1, false));
    await installHook(repo);
    await repo.exec(['checkout', '-q', '-b', 'feature']);

    // cherry-pick runs no pre-commit hook: CI's check --rev is what catches it.
    const pick = await repo.exec(['cherry-pick', picked]);
    assert.is(pick.code, 0, pick.stderr);
    const rev = await repo.migcheck(['check', '--rev', 'HEAD', '--format', 'json']);
    assertExit(rev, 1);
    assert.equal(findingCodes(rev), [`bypassed-chain:${NEW_REV}`]);
    assertExit(await repo.migcheck(['pre-push']), 1);

    // cherry-pick -n then git commit goes through the hook.
    await repo.exec(['reset', '-q', '--hard', 'HEAD~1']);
    assert.is((await repo.exec(['cherry-pick', '-n', picked])).code, 0);
    const refused = await repo.exec(['commit', '-q', '-m', 'picked']);
    assert.is(refused.code, 1, refused.stderr);
    const before = await head(repo);
    await repo.write({ [NEW_PATH]: revisionText({ rev: NEW_REV, down: [CHAIN1_HEAD], message: 'add symbol analytics tables' }) });
    await repo.exec(['add', NEW_PATH]);
    assert.is((await repo.exec(['commit', '-q', '-m', 'picked'])).code, 0);
    assert.is.not(await head(repo), before);
  });
});

test.run();
