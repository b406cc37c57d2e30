/**
 * The pre-commit hook is judged on what each form of `git commit` really commits. `commit -a`
 * and `commit <path>` give the hook a temporary index through GIT_INDEX_FILE; `--amend` replaces
 * HEAD. A real `.git/hooks/pre-commit` runs migcheck here, as a user's would.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { withRepo, type Repo } from '../helpers/repo.js';
import { CHAIN1_HEAD, FORK_POINT, NEW_PATH, NEW_REV, assertNoTrace, commitSeedMain, installHook, newRevision } from './edge-helpers.js';

async function setUp(repo: Repo): Promise<void> {
  await commitSeedMain(repo);
  await installHook(repo);
  await repo.exec(['checkout', '-q', '-b', 'feature']);
}

const head = async (repo: Repo) => (await repo.exec(['rev-parse', 'HEAD'])).stdout.trim();
const headFile = async (repo: Repo, path: string) => (await repo.exec(['show', `HEAD:${path}`])).stdout;

async function commit(repo: Repo, args: string[], expected: 0 | 1): Promise<void> {
  const before = await head(repo);
  const r = await repo.exec(['commit', '-q', ...args]);
  assertNoTrace(r);
  assert.is(r.code, expected, `git commit ${args.join(' ')}: ${r.stderr}`);
  if (expected === 1) {
    assert.ok(r.stderr.includes(NEW_REV) && r.stderr.includes(CHAIN1_HEAD), r.stderr);
    assert.is(await head(repo), before, 'a refused commit must not move HEAD');
  } else {
    assert.is.not(await head(repo), before);
  }
}

test('git commit -a: the hook sees the tracked worktree changes, not the stale index', async () => {
  await withRepo(async (repo) => {
    await setUp(repo);
    await repo.write({ [NEW_PATH]: newRevision(CHAIN1_HEAD) });
    await repo.exec(['add', NEW_PATH]);
    await commit(repo, ['-m', 'add analytics'], 0);
    // Index fine (unchanged), worktree bypasses: -a commits the worktree and is refused.
    await repo.write({ [NEW_PATH]: newRevision(FORK_POINT), 'notes.txt': 'x\n' });
    await repo.exec(['add', 'notes.txt']);
    await commit(repo, ['-a', '-m', 'everything'], 1);
    // The failed -a left the real index alone: notes.txt is still the only staged path.
    assert.is((await repo.exec(['diff', '--cached', '--name-only'])).stdout, 'notes.txt\n');
    await commit(repo, ['-m', 'notes only'], 0);
    await repo.write({ [NEW_PATH]: newRevision(CHAIN1_HEAD, 'add symbol analytics tables v2') });
    await commit(repo, ['-a', '-m', 'reworded'], 0);
    assert.is(await headFile(repo, NEW_PATH), newRevision(CHAIN1_HEAD, 'add symbol analytics tables v2'));
  });
});

test('git commit <path>: the hook sees HEAD plus that path from the worktree', async () => {
  await withRepo(async (repo) => {
    await setUp(repo);
    // The index holds the bypass, the worktree the fix: `commit <path>` commits the worktree's fix.
    await repo.write({ [NEW_PATH]: newRevision(FORK_POINT) });
    await repo.exec(['add', NEW_PATH]);
    await repo.write({ [NEW_PATH]: newRevision(CHAIN1_HEAD) });
    await commit(repo, ['-m', 'path only', '--', NEW_PATH], 0);
    assert.is(await headFile(repo, NEW_PATH), newRevision(CHAIN1_HEAD));

    // And the other way round: the worktree bypasses, a staged other file is fine.
    await repo.write({ [NEW_PATH]: newRevision(FORK_POINT), 'notes.txt': 'x\n' });
    await repo.exec(['add', 'notes.txt']);
    await commit(repo, ['-m', 'path only', '--', NEW_PATH], 1);
    await commit(repo, ['-m', 'notes', '--', 'notes.txt'], 0);
    // `commit -i <path>` adds the path to the real index: refused too.
    await repo.write({ 'notes.txt': 'y\n' });
    await repo.exec(['add', 'notes.txt']);
    await commit(repo, ['-m', 'include', '-i', NEW_PATH], 1);
  });
});

test('git commit --amend: amending a bypass in is refused; amending the fix in passes', async () => {
  await withRepo(async (repo) => {
    await setUp(repo);
    await repo.write({ [NEW_PATH]: newRevision(CHAIN1_HEAD) });
    await repo.exec(['add', NEW_PATH]);
    await commit(repo, ['-m', 'add analytics'], 0);
    const good = await head(repo);

    await repo.write({ [NEW_PATH]: newRevision(FORK_POINT) });
    await repo.exec(['add', NEW_PATH]);
    await commit(repo, ['--amend', '--no-edit'], 1);
    assert.is(await head(repo), good);

    // A bypass that slipped in with --no-verify is fixed by an amend, which the hook accepts.
    await commit(repo, ['--amend', '--no-edit', '--no-verify'], 0);
    assert.is(await headFile(repo, NEW_PATH), newRevision(FORK_POINT));
    await repo.write({ [NEW_PATH]: newRevision(CHAIN1_HEAD) });
    await repo.exec(['add', NEW_PATH]);
    await commit(repo, ['--amend', '--no-edit'], 0);
    assert.is(await headFile(repo, NEW_PATH), newRevision(CHAIN1_HEAD));
    // A message-only amend stages nothing: the fast path passes it.
    await commit(repo, ['--amend', '-m', 'add analytics (reworded)'], 0);
  });
});

test.run();
