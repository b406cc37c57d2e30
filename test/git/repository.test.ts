import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { realpath, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, withRepo } from '../helpers/repo.js';
import { openRepository } from '../../src/git/open-repository.js';
import { stagedChanges } from '../../src/git/staged-paths.cjs';
import type { GitContext } from '../../src/git/run-git.js';
import { listIndex } from '../../src/git/list-index.js';
import { listTree } from '../../src/git/list-tree.js';
import { runGit, GitError } from '../../src/git/run-git.js';
import { MigcheckError } from '../../src/core/errors.js';

/** The staged paths (both names of a rename), as the fast lane reads them. */
const stagedPaths = (context: GitContext) => stagedChanges(context)!.map((change) => change.path);

const ODD = ['v/sub dir/q ü.py', 'v/it\'s "quoted".py', 'v/new\nline.py'];

test('openRepository: a repository with commits, from a subdirectory', async () => {
  await withRepo(async (repo) => {
    const head = await repo.commit('one', { 'pkg/a.txt': 'a\n' });
    const root = await realpath(repo.dir);
    const info = await openRepository(join(repo.dir, 'pkg'), cleanEnv());
    assert.equal({ ...info, env: undefined }, {
      cwd: root, env: undefined, root, gitDir: join(root, '.git'), commonDir: join(root, '.git'),
      isShallow: false, isBare: false, head, branch: 'main',
    });
  });
});

test('openRepository: no commits yet, and detached HEAD', async () => {
  await withRepo(async (repo) => {
    let info = await openRepository(repo.dir, cleanEnv());
    assert.is(info.head, undefined);
    assert.is(info.branch, 'main');
    const head = await repo.commit('one', { 'a.txt': 'a\n' });
    await repo.exec(['checkout', '-q', '--detach']);
    info = await openRepository(repo.dir, cleanEnv());
    assert.is(info.head, head);
    assert.is(info.branch, undefined);
  });
});

test('openRepository: linked worktree and bare repository', async () => {
  await withRepo(async (repo) => {
    await repo.commit('one', { 'a.txt': 'a\n' });
    const root = await realpath(repo.dir);
    const wt = join(root, 'wt-dir');
    await repo.exec(['worktree', 'add', '-q', '-b', 'side', wt]);
    const info = await openRepository(wt, cleanEnv());
    assert.is(info.root, wt);
    assert.is(info.gitDir, join(root, '.git', 'worktrees', 'wt-dir'));
    assert.is(info.commonDir, join(root, '.git'));
    assert.is(info.branch, 'side');
    const bare = join(root, 'bare.git');
    await repo.exec(['clone', '-q', '--bare', root, bare]);
    const bareInfo = await openRepository(bare, cleanEnv());
    assert.equal([bareInfo.isBare, bareInfo.root, bareInfo.gitDir, bareInfo.branch], [true, bare, bare, 'main']);
  });
});

test('openRepository: outside a repository is a clear exit-2 error', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'migcheck-norepo-'));
  try {
    const env = cleanEnv({ GIT_CEILING_DIRECTORIES: tmpdir() });
    const error = await openRepository(dir, env).then(() => undefined, (e: unknown) => e);
    assert.instance(error, MigcheckError);
    assert.is((error as MigcheckError).exitCode, 2);
    assert.is((error as MigcheckError).message, `${dir} is not inside a git repository`);
    assert.is((error as MigcheckError).hint, 'run migcheck inside the repository, or pass --cwd DIR');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('stagedPaths: before the first commit, odd names, and both names of a rename', async () => {
  await withRepo(async (repo) => {
    const ctx = { cwd: repo.dir, env: cleanEnv() };
    await repo.write(Object.fromEntries(ODD.map((p) => [p, `${p}\n`])));
    await repo.exec(['add', '-A']);
    assert.equal((await stagedPaths(ctx)).sort(), [...ODD].sort());
    await repo.commit('one');
    assert.equal(await stagedPaths(ctx), []);
    await repo.exec(['mv', ODD[0]!, 'v/renamed.py']);
    assert.equal((await stagedPaths(ctx)).sort(), [ODD[0]!, 'v/renamed.py'].sort());
  });
});

test('listTree and listIndex: paths restrict the listing, odd names come through', async () => {
  await withRepo(async (repo) => {
    const ctx = { cwd: repo.dir, env: cleanEnv() };
    const head = await repo.commit('one', {
      ...Object.fromEntries(ODD.map((p) => [p, 'x\n'])), 'other/b.py': 'b\n', 'd[1]/c.py': 'c\n', 'd1': 'not me\n',
    });
    const tree = await listTree(ctx, head, ['v']);
    assert.equal(tree.map((e) => e.path).sort(), [...ODD].sort());
    assert.equal(new Set(tree.map((e) => e.mode)), new Set(['100644']));
    assert.equal((await listTree(ctx, head, [])), []);
    assert.equal((await listTree(ctx, head)).length, ODD.length + 3);
    const index = await listIndex(ctx, ['d[1]']);
    assert.equal(index.entries.map((e) => e.path), ['d[1]/c.py']);
    assert.equal(index.unmerged, []);
    assert.equal(index.entries, await listTree(ctx, head, ['d[1]']));
  });
});

test('GIT_INDEX_FILE is honoured: a temporary index is what gets listed', async () => {
  await withRepo(async (repo) => {
    await repo.commit('one', { 'v/a.py': 'a\n' });
    const tmpIndex = join(repo.dir, '.git', 'next-index-test.lock');
    const env = cleanEnv({ GIT_INDEX_FILE: tmpIndex });
    const blob = (await repo.exec(['hash-object', '-w', '--stdin'], { input: 'temporary\n' })).stdout.trim();
    await repo.exec(['read-tree', 'HEAD'], { env: { GIT_INDEX_FILE: tmpIndex } });
    await repo.exec(['update-index', '--add', '--cacheinfo', `100644,${blob},v/only-in-temp.py`], { env: { GIT_INDEX_FILE: tmpIndex } });
    const temp = { cwd: repo.dir, env };
    assert.equal((await listIndex(temp, ['v'])).entries.map((e) => e.path), ['v/a.py', 'v/only-in-temp.py']);
    assert.equal(await stagedPaths(temp), ['v/only-in-temp.py']);
    const real = { cwd: repo.dir, env: cleanEnv() };
    assert.equal((await listIndex(real, ['v'])).entries.map((e) => e.path), ['v/a.py']);
    assert.equal(await stagedPaths(real), []);
  });
});

test('runGit: a failing command is a GitError with git\'s message', async () => {
  await withRepo(async (repo) => {
    const error = await runGit({ cwd: repo.dir, env: cleanEnv() }, ['ls-tree', '--end-of-options', 'nope']).then(() => undefined, (e: unknown) => e);
    assert.instance(error, GitError);
    assert.is((error as GitError).code, 128);
    assert.is((error as GitError).message, 'git ls-tree failed: Not a valid object name nope');
    assert.is((error as GitError).exitCode, 2);
  });
});

test.run();
