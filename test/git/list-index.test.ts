/**
 * The index's config candidates read from the index file (indexConfigRecords) against git's own
 * `ls-files -s -z -- CONFIG_PATHSPECS`: equal on nested configs, a symlinked `env.py`, a
 * submodule, intent-to-add entries, a conflict, index version 4 and a linked worktree; no answer
 * where git could list otherwise (a split index, a sparse index, pathspec variables, a relative
 * GIT_INDEX_FILE).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { realpath, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { cleanEnv, withRepo, type Repo } from '../helpers/repo.js';
import { indexConfigRecords, listIndexConfigFiles } from '../../src/git/list-index.js';
import { lsFilesConfigArgs } from '../../src/git/argv.js';
import { parseLsFiles } from '../../src/git/parse-z.js';
import { isDiscoveryPath } from '../../src/git/read-index.cjs';

const FILES = {
  'alembic.ini': '[alembic]\nscript_location = db\n',
  'db/env.py': '# env\n',
  'db/versions/a1_x.py': "revision = 'a1'\n",
  'svc/pyproject.toml': '[tool.alembic]\n',
  'deep/er/other.ini': '[x]\n',
  'pyproject.toml/inside.txt': 'a folder named like a config\n',
  'notes.ini.txt': 'n\n',
  'README.md': 'r\n',
};

/** Asserts the index file gives what git lists, and that it gives something. */
async function sameAsGit(repo: Repo, dir = repo.dir) {
  const root = await realpath(dir);
  const gitDir = (await repo.exec(['-C', root, 'rev-parse', '--absolute-git-dir'])).stdout.trim();
  const env = cleanEnv();
  const fromFile = indexConfigRecords({ cwd: root, env, gitDir });
  // Git lists the files of a folder named like a config too (a pathspec matches folders); not read.
  const listed = parseLsFiles((await repo.exec(['-C', root, ...lsFilesConfigArgs()])).stdout);
  assert.ok(listed.some((record) => record.path === 'pyproject.toml/inside.txt'));
  const fromGit = listed.filter((record) => isDiscoveryPath(record.path));
  assert.ok(fromFile, 'no answer from the index file');
  assert.equal(fromFile, fromGit);
  assert.equal(await listIndexConfigFiles({ cwd: root, env, gitDir }), await listIndexConfigFiles({ cwd: root, env }));
}

test('indexConfigRecords: equal to ls-files on nested configs, links, a submodule, intent-to-add, version 4', async () => {
  await withRepo(async (repo) => {
    await repo.commit('one', FILES);
    await symlink('../db/env.py', join(repo.dir, 'svc', 'env.py'));
    await symlink('alembic.ini', join(repo.dir, 'linked.ini'));
    await repo.exec(['add', '.']);
    await sameAsGit(repo);
    await repo.write({ 'later/alembic.ini': '[alembic]\n', 'later/env.py': '' });
    await repo.exec(['add', '-N', 'later']);
    await sameAsGit(repo);
    await repo.exec(['commit', '-qm', 'two']);
    await repo.exec(['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', `file://${await realpath(repo.dir)}`, 'mods/env.py']);
    await sameAsGit(repo);
    await repo.exec(['update-index', '--index-version', '4']);
    await sameAsGit(repo);
    await repo.exec(['update-index', '--index-version', '2']);
    await repo.exec(['worktree', 'add', '-q', '-b', 'side', join(repo.dir, 'wt')]);
    await sameAsGit(repo, join(repo.dir, 'wt'));
  });
});

test('indexConfigRecords: equal to ls-files during a conflict', async () => {
  await withRepo(async (repo) => {
    await repo.commit('one', FILES);
    await repo.exec(['checkout', '-q', '-b', 'other']);
    await repo.commit('other', { 'alembic.ini': '[alembic]\nscript_location = other\n' });
    await repo.exec(['checkout', '-q', 'main']);
    await repo.commit('mine', { 'alembic.ini': '[alembic]\nscript_location = mine\n' });
    await repo.exec(['merge', '-q', 'other']);
    await sameAsGit(repo);
    const records = indexConfigRecords({ cwd: repo.dir, env: cleanEnv(), gitDir: join(repo.dir, '.git') })!;
    assert.equal(records.filter((r) => r.path === 'alembic.ini').map((r) => r.stage), [1, 2, 3]);
  });
});

test('indexConfigRecords: no answer where git could list otherwise', async () => {
  await withRepo(async (repo) => {
    await repo.commit('one', FILES);
    const gitDir = join(repo.dir, '.git');
    assert.ok(indexConfigRecords({ cwd: repo.dir, env: cleanEnv(), gitDir }));
    assert.is(indexConfigRecords({ cwd: repo.dir, env: cleanEnv() }), undefined);
    assert.is(indexConfigRecords({ cwd: repo.dir, env: cleanEnv({ GIT_ICASE_PATHSPECS: '1' }), gitDir }), undefined);
    assert.is(indexConfigRecords({ cwd: repo.dir, env: cleanEnv({ GIT_LITERAL_PATHSPECS: '1' }), gitDir }), undefined);
    assert.is(indexConfigRecords({ cwd: repo.dir, env: cleanEnv({ GIT_INDEX_FILE: '.git/index' }), gitDir }), undefined);
    assert.ok(indexConfigRecords({ cwd: repo.dir, env: cleanEnv({ GIT_INDEX_FILE: join(gitDir, 'index') }), gitDir }));
    await repo.exec(['update-index', '--split-index']);
    assert.is(indexConfigRecords({ cwd: repo.dir, env: cleanEnv(), gitDir }), undefined);
    assert.equal(await listIndexConfigFiles({ cwd: repo.dir, env: cleanEnv(), gitDir }), await listIndexConfigFiles({ cwd: repo.dir, env: cleanEnv() }));
    await repo.exec(['update-index', '--no-split-index']);
    await repo.exec(['sparse-checkout', 'init', '--cone', '--sparse-index']);
    await repo.exec(['sparse-checkout', 'set', 'db']);
    assert.is(indexConfigRecords({ cwd: repo.dir, env: cleanEnv(), gitDir }), undefined);
  });
});

test.run();
