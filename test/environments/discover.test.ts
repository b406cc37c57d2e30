import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { cleanEnv, withRepo } from '../helpers/repo.js';
import { alembicIni, environmentFiles } from '../helpers/revision-files.js';
import { discoverEnvironments, requireEnvironments } from '../../src/trees/discover-environments.js';
import { environmentsFromDirs } from '../../src/trees/environments-from-dirs.js';
import { BlobReader } from '../../src/git/blob-reader.js';
import { openRepository } from '../../src/git/open-repository.js';
import { MigcheckError } from '../../src/core/errors.js';

const where = (result: { environments: { config?: string; versionLocations: string[] }[] }) =>
  result.environments.map((e) => [e.config, ...e.versionLocations]);

test('discovery reads the configs of the tree being checked: index, commit, worktree', async () => {
  await withRepo(async (repo) => {
    const first = await repo.commit('one', {
      ...environmentFiles('backend', [{ rev: 'a1' }]),
      'pyproject.toml': '[tool.alembic]\nscript_location = "%(here)s/db"\nversion_locations = ["%(here)s/db/versions", "%(here)s/db/more"]\n',
      'migrations/alembic.ini': '[alembic]\n\n[loggers]\nkeys = root\n',
      'migrations/env.py': '# flask-migrate\n',
      'pytest.ini': '[pytest]\naddopts = -q\n',
    });
    // Staged but not committed: a second environment; on disk only: a third, untracked.
    await repo.write({ 'reports/alembic.ini': alembicIni('mig') });
    await repo.exec(['add', 'reports/alembic.ini']);
    await repo.write({ 'scratch/alembic.ini': alembicIni('x'), 'backend/alembic.ini': alembicIni('moved') });
    const git = await openRepository(repo.dir, cleanEnv());
    const reader = new BlobReader(git);
    try {
      const commit = await discoverEnvironments(git, { kind: 'commit', commit: first }, reader);
      assert.equal(where(commit), [
        ['backend/alembic.ini', 'backend/migrations/versions'],
        ['migrations/alembic.ini', 'migrations/versions'],
        ['pyproject.toml', 'db/versions', 'db/more'],
      ]);
      assert.equal(commit.problems, []);
      const index = await discoverEnvironments(git, { kind: 'index' }, reader);
      assert.equal(where(index), [...where(commit).slice(0, 2), ['reports/alembic.ini', 'reports/mig/versions'], where(commit)[2]]);
      const worktree = await discoverEnvironments(git, { kind: 'worktree' }, undefined);
      assert.equal(where(worktree)[0], ['backend/alembic.ini', 'backend/moved/versions']);
      assert.equal(where(worktree).length, 4);
    } finally {
      await reader.close();
    }
  });
});

test('no environment: exit 2 saying what was searched and how to name the directory', async () => {
  await withRepo(async (repo) => {
    await repo.commit('one', { 'README.md': 'hi\n', 'alembic.ini': '[alembic]\nscript_location = /srv/app/migrations\n' });
    const git = await openRepository(repo.dir, cleanEnv());
    const reader = new BlobReader(git);
    try {
      const result = await discoverEnvironments(git, { kind: 'index' }, reader);
      const error = (() => { try { requireEnvironments(result, 'index'); } catch (e) { return e; } })();
      assert.instance(error, MigcheckError);
      assert.is((error as MigcheckError).message, 'no Alembic environment found in the index (searched every tracked alembic.ini, *.ini with an [alembic] section, and pyproject.toml with [tool.alembic]); alembic.ini: script_location /srv/app/migrations is outside the repository; its migrations are not checked');
      assert.is((error as MigcheckError).hint, 'name the versions directory with --dir PATH, or set `environments` in the migcheck config file');
      assert.is((error as MigcheckError).exitCode, 2);
    } finally {
      await reader.close();
    }
  });
});

test('--dir overrides discovery: one environment per directory, relative to the cwd', async () => {
  await withRepo(async (repo) => {
    const root = repo.dir;
    assert.equal(environmentsFromDirs(['versions', '../other/vers', 'versions/'], { root, cwd: join(root, 'app', 'migrations') }), [
      { scriptLocation: 'app/migrations', versionLocations: ['app/migrations/versions'], recursive: false, sourceless: false, fileTemplate: '%(rev)s_%(slug)s', truncateSlugLength: 40 },
      { versionLocations: ['app/other/vers'], recursive: false, sourceless: false, fileTemplate: '%(rev)s_%(slug)s', truncateSlugLength: 40 },
    ]);
    assert.throws(() => environmentsFromDirs(['../../..'], { root, cwd: join(root, 'a') }),
      (e: unknown) => e instanceof MigcheckError && e.message === '--dir: ../../.. is outside the repository; its migrations are not checked');
  });
});

test.run();
