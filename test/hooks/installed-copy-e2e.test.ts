/**
 * The hooks `migcheck init` writes run the committed bundle of the installation that wrote them.
 * The installation here is what a user gets (package.json, bin/, dist/, hooks/ — no src/, no
 * node_modules), in a folder of its own: its init writes plain hooks naming its own
 * bin/migcheck.js (found from dist/, where init's bundle sits, by src/fs/install-root.ts), and
 * real `git commit`, `git merge` and `git push` are refused through them, with no migcheck on PATH.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cp, mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, makeRepo, projectRoot, run, withRepo } from '../helpers/repo.js';
import { R1, R3_PATH, commitMainHistory, divergedBranches, head, r3 } from './hook-helpers.js';

const SHIPPED = ['package.json', 'bin', 'dist', 'hooks'];

test('an installation without src/ or node_modules: init writes hooks that run its dist/, and commit, merge and push are refused through them', async () => {
  const install = await realpath(await mkdtemp(join(tmpdir(), 'migcheck-installed-')));
  const remote = await makeRepo({ bare: true });
  try {
    for (const part of SHIPPED) await cp(join(projectRoot, part), join(install, part), { recursive: true });
    const bin = join(install, 'bin', 'migcheck.js');
    // A PATH with git and sh but no migcheck and no project checkout: the hook must find the copy itself.
    const env = cleanEnv({ PATH: '/usr/bin:/bin' });
    await withRepo(async (repo) => {
      await commitMainHistory(repo);
      const init = await run(process.execPath, [bin, 'init'], { cwd: repo.dir, env });
      assert.is(init.code, 0, init.stdout + init.stderr);
      for (const hook of ['pre-commit', 'pre-merge-commit', 'pre-push']) {
        const script = await repo.read(`.git/hooks/${hook}`);
        assert.ok(script.includes(`migcheck_js='${bin}'`), `${hook} names the installation's bin:\n${script}`);
        assert.not.ok(script.includes(projectRoot), `${hook} names the project checkout`);
      }

      await repo.exec(['checkout', '-q', '-b', 'feature']);
      await repo.write({ [R3_PATH]: r3(R1) });
      await repo.exec(['add', R3_PATH]);
      const before = await head(repo);
      const commit = await repo.exec(['commit', '-q', '-m', 'add widgets'], { env });
      assert.is(commit.code, 1, commit.stdout + commit.stderr);
      assert.match(commit.stdout + commit.stderr, new RegExp(`bypassed-chain ${R3_PATH}:\\d+`));
      assert.is(await head(repo), before);

      await repo.exec(['commit', '-q', '--no-verify', '-m', 'add widgets']);
      await repo.exec(['remote', 'add', 'origin', remote.dir]);
      assert.is((await repo.exec(['push', '-q', '--no-verify', 'origin', 'main'])).code, 0);
      const push = await repo.exec(['push', '-q', 'origin', 'feature'], { env });
      assert.is(push.code, 1, push.stdout + push.stderr);
      assert.is((await remote.exec(['rev-parse', '--verify', '-q', 'refs/heads/feature'])).stdout, '');
    });

    await withRepo(async (repo) => {
      await commitMainHistory(repo);
      assert.is((await run(process.execPath, [bin, 'init'], { cwd: repo.dir, env })).code, 0);
      await divergedBranches(repo);
      const before = await head(repo);
      const merge = await repo.exec(['merge', '--no-edit', 'feature'], { env });
      assert.is(merge.code, 1, merge.stdout + merge.stderr);
      assert.match(merge.stdout + merge.stderr, /multiple-heads|bypassed-chain/);
      assert.is(await head(repo), before);
    });
  } finally {
    await remote.cleanup();
    await rm(install, { recursive: true, force: true });
  }
});

test.run();
