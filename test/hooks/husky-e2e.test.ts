/**
 * The husky v9 + lint-staged set-up written by `migcheck init`, with this project's husky and
 * lint-staged linked in (no npm install): lint-staged runs `migcheck check` with the staged
 * revision files' absolute paths; husky's pre-push runs `migcheck pre-push` with git's stdin.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { makeRepo, run, cleanEnv, withRepo, type Repo } from '../helpers/repo.js';
import { linkNodeModules } from '../init/init-helpers.js';
import { R2, R3, R3_PATH, commitMainHistory, head, r3 } from './hook-helpers.js';

// npx must find the linked lint-staged, never the registry.
const OFFLINE = { npm_config_registry: 'http://127.0.0.1:9/', npm_config_update_notifier: 'false', npm_config_audit: 'false' };

async function setUp(repo: Repo): Promise<void> {
  await repo.write({ 'package.json': '{\n  "name": "app",\n  "private": true,\n  "devDependencies": {\n    "migcheck": "*"\n  }\n}\n', '.gitignore': 'node_modules/\n' });
  await linkNodeModules(repo.dir);
  const init = await repo.migcheck(['init']);
  assert.is(init.code, 0, init.stderr);
  await commitMainHistory(repo);
  // What `npm install` would do through the prepare script.
  const husky = await run(process.execPath, ['node_modules/husky/bin.js'], { cwd: repo.dir, env: cleanEnv() });
  assert.is(husky.code, 0, husky.stdout + husky.stderr);
  assert.is((await repo.exec(['config', 'core.hooksPath'])).stdout, '.husky/_\n');
  await repo.exec(['checkout', '-q', '-b', 'feature']);
}

test('husky + lint-staged: a bypassing migration is refused, the fixed one accepted; commit -a judged on what it commits', async () => {
  await withRepo(async (repo) => {
    await setUp(repo);
    const before = await head(repo);
    await repo.write({ [R3_PATH]: r3('aaaa00000001') });
    await repo.exec(['add', R3_PATH]);
    const refused = await repo.exec(['commit', '-q', '-m', 'add widgets'], { env: OFFLINE });
    assert.is(refused.code, 1, refused.stderr);
    assert.ok(`${refused.stdout}${refused.stderr}`.includes(R3) && `${refused.stdout}${refused.stderr}`.includes(R2), refused.stdout + refused.stderr);
    assert.is(await head(repo), before);
    // lint-staged put everything back: the bad file is still staged, nothing else changed.
    assert.is((await repo.exec(['diff', '--cached', '--name-only'])).stdout, `${R3_PATH}\n`);

    await repo.write({ [R3_PATH]: r3(R2) });
    await repo.exec(['add', R3_PATH]);
    const accepted = await repo.exec(['commit', '-q', '-m', 'add widgets'], { env: OFFLINE });
    assert.is(accepted.code, 0, accepted.stderr);
    assert.is.not(await head(repo), before);

    // `git commit -a` (a temporary index.lock as GIT_INDEX_FILE) is judged on what it commits.
    await repo.write({ [R3_PATH]: r3('aaaa00000001', 'add widgets, bypassing again') });
    const all = await repo.exec(['commit', '-q', '-a', '-m', 'everything'], { env: OFFLINE });
    assert.is(all.code, 1, all.stderr);
    assert.ok(all.stderr.includes(R2), all.stderr);
    assert.is((await repo.exec(['status', '--porcelain'])).stdout, ` M ${R3_PATH}\n`);
  });
});

test('husky pre-push: git push to a bare remote is refused', async () => {
  await withRepo(async (repo) => {
    const remote = await makeRepo({ bare: true });
    try {
      await setUp(repo);
      await repo.exec(['remote', 'add', 'origin', remote.dir]);
      assert.is((await repo.exec(['push', '-q', '--no-verify', 'origin', 'main'])).code, 0);
      await repo.write({ [R3_PATH]: r3('aaaa00000001') });
      await repo.exec(['add', R3_PATH]);
      await repo.exec(['commit', '-q', '--no-verify', '-m', 'add widgets']);
      const refused = await repo.exec(['push', '-q', 'origin', 'feature'], { env: OFFLINE });
      assert.is(refused.code, 1, refused.stderr);
      assert.ok(`${refused.stdout}${refused.stderr}`.includes(R2), refused.stdout + refused.stderr);
      assert.match(refused.stdout + refused.stderr, /husky - pre-push script failed \(code 1\)/);
      assert.is((await remote.exec(['rev-parse', '--verify', '-q', 'refs/heads/feature'])).stdout, '');
    } finally {
      await remote.cleanup();
    }
  });
});

test.run();
