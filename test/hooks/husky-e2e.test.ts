/**
 * The husky v9 set-up written by `migcheck init`, with this project's husky and lint-staged
 * linked in (no npm install), driven by real `git commit`, `git merge` and `git push`. The
 * commit hooks run `migcheck check` themselves, so what lint-staged never passes — a deleted
 * migration, an alembic.ini edit — is refused at commit, and a team's own lint-staged tasks
 * keep running beside it.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { makeRepo, run, cleanEnv, withRepo, type Repo } from '../helpers/repo.js';
import { linkNodeModules } from '../init/init-helpers.js';
import { R1, R2, R3, R3_PATH, commitMainHistory, divergedBranches, head, r3 } from './hook-helpers.js';

// npx must find the linked lint-staged, never the registry.
const OFFLINE = { npm_config_registry: 'http://127.0.0.1:9/', npm_config_update_notifier: 'false', npm_config_audit: 'false' };

const TEAM_PACKAGE = {
  name: 'app',
  private: true,
  type: 'module',
  devDependencies: { husky: '^9.1.7', 'lint-staged': '^16.4.0', migcheck: '*' },
  scripts: { prepare: 'husky' },
  // The team's own task: records every Markdown file lint-staged hands it.
  'lint-staged': { '*.md': 'node mark.js' },
};

async function setUp(repo: Repo, files: Record<string, string> = {}): Promise<void> {
  await repo.write({
    'package.json': `${JSON.stringify(TEAM_PACKAGE, null, 2)}\n`,
    '.gitignore': 'node_modules/\n',
    'mark.js': "import { appendFileSync } from 'node:fs';\nappendFileSync('.git/lint-staged.log', process.argv.slice(2).map((p) => p.split('/').pop()).join(' ') + '\\n');\n",
    '.husky/pre-commit': 'npx lint-staged\n',
    ...files,
  });
  await linkNodeModules(repo.dir);
  const init = await repo.migcheck(['init']);
  assert.is(init.code, 0, init.stderr);
  assert.match(init.stdout, /^migcheck init: husky \(\.husky\/ found\)\n/);
  await commitMainHistory(repo);
  // What `npm install` would do through the prepare script.
  const husky = await run(process.execPath, ['node_modules/husky/bin.js'], { cwd: repo.dir, env: cleanEnv() });
  assert.is(husky.code, 0, husky.stdout + husky.stderr);
  assert.is((await repo.exec(['config', 'core.hooksPath'])).stdout, '.husky/_\n');
  await repo.exec(['checkout', '-q', '-b', 'feature']);
}

test('husky: a bypassing migration is refused, the fixed one accepted; commit -a judged on what it commits; the team\'s lint-staged still runs', async () => {
  await withRepo(async (repo) => {
    await setUp(repo);
    const before = await head(repo);
    await repo.write({ [R3_PATH]: r3(R1) });
    await repo.exec(['add', R3_PATH]);
    const refused = await repo.exec(['commit', '-q', '-m', 'add widgets'], { env: OFFLINE });
    assert.is(refused.code, 1, refused.stderr);
    assert.ok(`${refused.stdout}${refused.stderr}`.includes(R3) && `${refused.stdout}${refused.stderr}`.includes(R2), refused.stdout + refused.stderr);
    assert.is(await head(repo), before);

    await repo.write({ [R3_PATH]: r3(R2), 'NOTES.md': 'widgets\n' });
    await repo.exec(['add', R3_PATH, 'NOTES.md']);
    const accepted = await repo.exec(['commit', '-q', '-m', 'add widgets'], { env: OFFLINE });
    assert.is(accepted.code, 0, accepted.stderr);
    assert.is.not(await head(repo), before);
    assert.is(await repo.read('.git/lint-staged.log'), 'NOTES.md\n');

    // `git commit -a` (a temporary index.lock as GIT_INDEX_FILE) is judged on what it commits.
    await repo.write({ [R3_PATH]: r3(R1, 'add widgets, bypassing again') });
    const all = await repo.exec(['commit', '-q', '-a', '-m', 'everything'], { env: OFFLINE });
    assert.is(all.code, 1, all.stderr);
    assert.ok(all.stderr.includes(R2), all.stderr);
    assert.is((await repo.exec(['status', '--porcelain'])).stdout, ` M ${R3_PATH}\n`);
  });
});

test('husky: git rm of a migration (its child loses its parent) is refused at commit', async () => {
  await withRepo(async (repo) => {
    await setUp(repo);
    await repo.write({ [R3_PATH]: r3(R2) });
    await repo.exec(['add', R3_PATH]);
    assert.is((await repo.exec(['commit', '-q', '-m', 'add widgets'], { env: OFFLINE })).code, 0);
    const before = await head(repo);
    await repo.exec(['rm', '-q', `migrations/versions/${R2}_add_users.py`]);
    const refused = await repo.exec(['commit', '-q', '-m', 'drop users'], { env: OFFLINE });
    assert.is(refused.code, 1, refused.stderr);
    assert.match(refused.stderr, new RegExp(`missing-parent ${R3_PATH}:\\d+`));
    assert.is(await head(repo), before);
  });
});

test('husky: a commit that stages only alembic.ini is checked (lint-staged passed it to nobody)', async () => {
  await withRepo(async (repo) => {
    await setUp(repo);
    // The ini loses its script_location: no environment is left to check, which migcheck refuses.
    await repo.write({ 'alembic.ini': '[alembic]\nscript_location =\n' });
    await repo.exec(['add', 'alembic.ini']);
    const before = await head(repo);
    const refused = await repo.exec(['commit', '-q', '-m', 'tidy the ini'], { env: OFFLINE });
    assert.is(refused.code, 1, refused.stderr);
    assert.match(refused.stderr, /migcheck: no Alembic environment found in the index/);
    assert.match(refused.stderr, /husky - pre-commit script failed \(code 2\)/);
    assert.is(await head(repo), before);
  });
});

test('husky: git merge that leaves two heads is refused by pre-merge-commit', async () => {
  await withRepo(async (repo) => {
    await setUp(repo);
    await repo.exec(['checkout', '-q', 'main']);
    await repo.exec(['branch', '-q', '-D', 'feature']);
    await divergedBranches(repo);
    const before = await head(repo);
    const refused = await repo.exec(['merge', '--no-edit', 'feature'], { env: OFFLINE });
    assert.is(refused.code, 1, refused.stdout + refused.stderr);
    assert.match(refused.stderr, new RegExp(`bypassed-chain ${R3_PATH}:\\d+`));
    assert.match(refused.stderr, /husky - pre-merge-commit script failed \(code 1\)/);
    assert.is(await head(repo), before);
  });
});

test("husky pre-push: git push to a bare remote is refused, and the team's own pre-push still reads the pushed refs", async () => {
  await withRepo(async (repo) => {
    const remote = await makeRepo({ bare: true });
    try {
      await setUp(repo, { '.husky/pre-push': 'while read local_ref local_sha remote_ref remote_sha; do echo "$local_ref $remote_ref" >> .git/team-push.log; done\n' });
      await repo.exec(['remote', 'add', 'origin', remote.dir]);
      assert.is((await repo.exec(['push', '-q', '--no-verify', 'origin', 'main'])).code, 0);
      await repo.write({ [R3_PATH]: r3(R1) });
      await repo.exec(['add', R3_PATH]);
      await repo.exec(['commit', '-q', '--no-verify', '-m', 'add widgets']);
      const refused = await repo.exec(['push', '-q', 'origin', 'feature'], { env: OFFLINE });
      assert.is(refused.code, 1, refused.stderr);
      assert.ok(`${refused.stdout}${refused.stderr}`.includes(R2), refused.stdout + refused.stderr);
      assert.match(refused.stdout + refused.stderr, /husky - pre-push script failed \(code 1\)/);
      assert.is((await remote.exec(['rev-parse', '--verify', '-q', 'refs/heads/feature'])).stdout, '');

      await repo.write({ [R3_PATH]: r3(R2) });
      await repo.exec(['add', R3_PATH]);
      await repo.exec(['commit', '-q', '--amend', '--no-verify', '-m', 'add widgets']);
      const accepted = await repo.exec(['push', '-q', 'origin', 'feature'], { env: OFFLINE });
      assert.is(accepted.code, 0, accepted.stderr);
      assert.is(await repo.read('.git/team-push.log'), 'refs/heads/feature refs/heads/feature\n');
    } finally {
      await remote.cleanup();
    }
  });
});

test.run();
