/**
 * The shipped .pre-commit-hooks.yaml under Debian's real pre-commit (3.0.4), offline: the hook
 * repository is a temporary git repository holding this checkout's manifest, `migcheck` on PATH
 * is a shim running this checkout's bin, and npm's registry points at a closed port.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, makeRepo, projectRoot, run, withRepo, writeMigcheckScript, type Repo } from '../helpers/repo.js';
import { R2, R3, R3_PATH, commitMainHistory, head, r3 } from './hook-helpers.js';

const PRE_COMMIT = '/usr/bin/pre-commit';

interface Framework {
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

/** A hook repository with the shipped manifest, a PATH shim and an offline pre-commit home. */
async function framework(): Promise<Framework & { hookRepo: Repo }> {
  const scratch = await mkdtemp(join(tmpdir(), 'migcheck-pre-commit-'));
  const bin = join(scratch, 'bin');
  await run('mkdir', ['-p', bin], { cwd: scratch });
  await writeMigcheckScript(join(bin, 'migcheck'));
  const hookRepo = await makeRepo();
  await copyFile(join(projectRoot, '.pre-commit-hooks.yaml'), join(hookRepo.dir, '.pre-commit-hooks.yaml'));
  await hookRepo.commit('manifest');
  return {
    hookRepo,
    env: {
      PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`,
      PRE_COMMIT_HOME: join(scratch, 'home'),
      npm_config_registry: 'http://127.0.0.1:9/',
    },
    cleanup: async () => {
      await hookRepo.cleanup();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}

async function setUp(repo: Repo, fw: Framework & { hookRepo: Repo }): Promise<void> {
  const rev = await head(fw.hookRepo);
  await commitMainHistory(repo, {
    '.pre-commit-config.yaml': `repos:\n  - repo: ${fw.hookRepo.dir}\n    rev: ${rev}\n    hooks:\n      - id: migcheck\n      - id: migcheck-pre-push\n`,
  });
  const install = await run(PRE_COMMIT, ['install', '--hook-type', 'pre-commit', '--hook-type', 'pre-push'], { cwd: repo.dir, env: cleanEnv(fw.env) });
  assert.is(install.code, 0, install.stdout + install.stderr);
  await repo.exec(['checkout', '-q', '-b', 'feature']);
}

const available = existsSync(PRE_COMMIT);

test('pre-commit framework: git commit refused for a bypassing migration, accepted once fixed', async () => {
  if (!available) throw new Error(`${PRE_COMMIT} is not installed (apt-get install pre-commit)`);
  const fw = await framework();
  try {
    await withRepo(async (repo) => {
      await setUp(repo, fw);
      const before = await head(repo);
      await repo.write({ [R3_PATH]: r3('aaaa00000001') });
      await repo.exec(['add', R3_PATH]);
      const refused = await repo.exec(['commit', '-q', '-m', 'add widgets'], { env: fw.env });
      const output = refused.stdout + refused.stderr;
      assert.is(refused.code, 1, output);
      assert.ok(output.includes('migcheck (Alembic migration chain)') && output.includes(R3) && output.includes(R2), output);
      assert.is(await head(repo), before);

      await repo.write({ [R3_PATH]: r3(R2) });
      await repo.exec(['add', R3_PATH]);
      const accepted = await repo.exec(['commit', '-q', '-m', 'add widgets'], { env: fw.env });
      assert.is(accepted.code, 0, accepted.stdout + accepted.stderr);
      // A commit touching no migration does not run the hook at all (files pattern).
      await repo.write({ 'README.md': 'x\n' });
      await repo.exec(['add', 'README.md']);
      const unrelated = await repo.exec(['commit', '-m', 'readme'], { env: fw.env });
      assert.is(unrelated.code, 0, unrelated.stdout + unrelated.stderr);
      assert.match(unrelated.stdout + unrelated.stderr, /migcheck \(Alembic migration chain\)\.+\(no files to check\)Skipped\n/);
    });
  } finally {
    await fw.cleanup();
  }
});

test('pre-commit framework: git push of a new branch refused by migcheck-pre-push (no stdin, PRE_COMMIT_* refs)', async () => {
  if (!available) throw new Error(`${PRE_COMMIT} is not installed (apt-get install pre-commit)`);
  const fw = await framework();
  const remote = await makeRepo({ bare: true });
  try {
    await withRepo(async (repo) => {
      await setUp(repo, fw);
      await repo.exec(['remote', 'add', 'origin', remote.dir]);
      assert.is((await repo.exec(['push', '-q', '--no-verify', 'origin', 'main'])).code, 0);
      await repo.write({ [R3_PATH]: r3('aaaa00000001') });
      await repo.exec(['add', R3_PATH]);
      await repo.exec(['commit', '-q', '--no-verify', '-m', 'add widgets']);
      const refused = await repo.exec(['push', '-q', 'origin', 'feature'], { env: fw.env });
      const output = refused.stdout + refused.stderr;
      assert.is(refused.code, 1, output);
      assert.ok(output.includes('migcheck (pushed migrations against the target)') && output.includes(R2), output);
      assert.is((await remote.exec(['rev-parse', '--verify', '-q', 'refs/heads/feature'])).stdout, '');

      await repo.write({ [R3_PATH]: r3(R2) });
      await repo.exec(['add', R3_PATH]);
      await repo.exec(['commit', '-q', '--amend', '--no-verify', '-m', 'add widgets']);
      const accepted = await repo.exec(['push', '-q', 'origin', 'feature'], { env: fw.env });
      assert.is(accepted.code, 0, accepted.stdout + accepted.stderr);
    });
  } finally {
    await remote.cleanup();
    await fw.cleanup();
  }
});

test('pre-commit framework: the manifest loads under 3.0.4 (stage names, keys)', async () => {
  if (!available) throw new Error(`${PRE_COMMIT} is not installed (apt-get install pre-commit)`);
  const result = await run(PRE_COMMIT, ['validate-manifest', join(projectRoot, '.pre-commit-hooks.yaml')], { cwd: projectRoot, env: cleanEnv() });
  assert.is(result.code, 0, result.stdout + result.stderr);
  assert.is(result.stdout + result.stderr, '');
});

test.run();
