/**
 * The repository found from its files (repositoryFromFiles) against git's own description
 * (openRepository without `fromFiles`): equal wherever the files answer — subfolders, unborn and
 * detached HEAD, packed refs, linked worktrees, a `.git` file (a separate git dir, as submodules
 * have), shallow clones — and no answer where git could say otherwise (GIT_DIR, a bare
 * repository, core.worktree, a symbolic ref followed twice, a path reached through a link, an
 * empty shallow file).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdir, realpath, symlink, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cleanEnv, withRepo, type Repo } from '../helpers/repo.js';
import { openRepository } from '../../src/git/open-repository.js';
import { repositoryFromFiles } from '../../src/git/repository-from-files.js';

/** Asserts the files' answer is git's, and that there is one. */
async function sameAsGit(dir: string, env = cleanEnv()) {
  const fromFiles = repositoryFromFiles(dir, env);
  const fromGit = await openRepository(dir, env);
  assert.ok(fromFiles, `no answer from the files in ${dir}`);
  assert.equal({ ...fromFiles, env: undefined }, { ...fromGit, env: undefined });
  assert.equal({ ...(await openRepository(dir, env, { fromFiles: true })), env: undefined }, { ...fromGit, env: undefined });
}

const commitIn = async (repo: Repo) => repo.commit('one', { 'pkg/sub/a.txt': 'a\n' });

test('repositoryFromFiles: equal to git from the top, a subfolder, unborn, detached, packed refs', async () => {
  await withRepo(async (repo) => {
    await sameAsGit(repo.dir);
    await mkdir(join(repo.dir, 'pkg', 'sub'), { recursive: true });
    await sameAsGit(join(repo.dir, 'pkg', 'sub'));
    await commitIn(repo);
    await sameAsGit(join(repo.dir, 'pkg', 'sub'));
    await repo.exec(['pack-refs', '--all']);
    await sameAsGit(repo.dir);
    await repo.exec(['checkout', '-q', '--detach']);
    await sameAsGit(repo.dir);
    await repo.exec(['checkout', '-q', '--orphan', 'fresh']);
    await sameAsGit(repo.dir);
  });
});

test('repositoryFromFiles: linked worktree, separate git dir, shallow clone', async () => {
  await withRepo(async (repo) => {
    await commitIn(repo);
    await repo.commit('two', { 'b.txt': 'b\n' });
    const root = await realpath(repo.dir);
    const wt = join(root, 'wt-dir');
    await repo.exec(['worktree', 'add', '-q', '-b', 'side', wt]);
    await sameAsGit(wt);
    const separate = join(root, 'separate');
    await repo.exec(['clone', '-q', '--separate-git-dir', join(root, 'separate.git'), root, separate]);
    await sameAsGit(join(separate, 'pkg'));
    const shallow = join(root, 'shallow');
    await repo.exec(['clone', '-q', '--depth', '1', `file://${root}`, shallow]);
    const info = repositoryFromFiles(shallow, cleanEnv());
    assert.is(info?.isShallow, true);
    await sameAsGit(shallow);
  });
});

test('repositoryFromFiles: no answer where git could say otherwise', async () => {
  await withRepo(async (repo) => {
    const head = await commitIn(repo);
    const root = await realpath(repo.dir);
    const env = cleanEnv();
    assert.ok(repositoryFromFiles(root, env));
    assert.is(repositoryFromFiles(root, cleanEnv({ GIT_DIR: join(root, '.git') })), undefined);
    assert.is(repositoryFromFiles(root, cleanEnv({ GIT_CEILING_DIRECTORIES: root })), undefined);
    // Reached through a link: git prints the real path.
    const link = join(root, '..', `${root.split('/').pop()}-link`);
    await symlink(root, link);
    try {
      assert.is(repositoryFromFiles(link, env), undefined);
      assert.is((await openRepository(link, env, { fromFiles: true })).root, root);
    } finally {
      await unlink(link); // It lies beside the repository, outside what withRepo removes.
    }
    // A bare repository.
    const bare = join(root, 'bare.git');
    await repo.exec(['clone', '-q', '--bare', root, bare]);
    assert.is(repositoryFromFiles(bare, env), undefined);
    // A branch that is a symbolic ref itself.
    await repo.exec(['symbolic-ref', 'refs/heads/alias', 'refs/heads/main']);
    await repo.exec(['symbolic-ref', 'HEAD', 'refs/heads/alias']);
    assert.is(repositoryFromFiles(root, env), undefined);
    await repo.exec(['symbolic-ref', 'HEAD', 'refs/heads/main']);
    assert.ok(repositoryFromFiles(root, env));
    // An empty shallow file.
    await writeFile(join(root, '.git', 'shallow'), '');
    assert.is(repositoryFromFiles(root, env), undefined);
    await repo.exec(['config', 'core.worktree', join(root, 'pkg')]);
    assert.is(repositoryFromFiles(root, env), undefined);
    assert.is((await openRepository(root, env, { fromFiles: true })).head, head);
  });
});

test.run();
