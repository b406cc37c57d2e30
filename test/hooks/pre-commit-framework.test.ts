/**
 * migcheck as Python teams use it: Debian's real pre-commit (3.0.4) installs migcheck itself
 * from its git repository (`language: node`), offline (npm's registry is a closed port), with
 * the system's Node. The hook repository is a clone of this repository at a commit holding the
 * working tree's shipped files (package.json, the committed bundle dist/, bin, the manifest) and
 * the src/ they are built from, and the pinned rev is the release commit
 * scripts/pre-commit-release.mjs tags on top of it (after checking dist/ is what src/ builds to).
 * What pre-commit installs runs dist/ as committed: the package has no build step, no scripts and
 * no dependencies to fetch. The
 * consumer is the dispatch/warehouse shape — a package.json and a .pre-commit-config.yaml with a
 * hook of the team's own — and `migcheck init` adds migcheck to that config; a plain
 * `pre-commit install` then installs all three hook types from default_install_hook_types.
 * Real `git commit`, `git merge` and `git push` are refused and accepted through it, and the
 * team's own hook keeps running.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, makeRepo, projectRoot, repoAt, run, withRepo, type Repo } from '../helpers/repo.js';
import { R1, R2, R3_PATH, commitMainHistory, divergedBranches, head, r3 } from './hook-helpers.js';

const PRE_COMMIT = '/usr/bin/pre-commit';
const SHIPPED = ['package.json', 'package-lock.json', 'bin', 'dist', 'hooks', '.pre-commit-hooks.yaml', 'README.md', 'LICENSE'];
// What the release script rebuilds dist/ from, to refuse a stale bundle (with a linked node_modules for esbuild).
const BUILT_FROM = ['src', 'scripts'];
const OFFLINE = { npm_config_registry: 'http://127.0.0.1:9/', npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false' };

// The team's config before migcheck: one hook of its own, and the system's Node for node hooks.
const TEAM_CONFIG = [
  '# our hooks',
  'default_language_version:',
  '  node: system',
  'repos:',
  '  - repo: local',
  '    hooks:',
  '      - id: team-check',
  '        name: team check',
  '        entry: sh -c \'echo ran >> .git/team-hook.log\'',
  '        language: system',
  '        pass_filenames: false',
  '        always_run: true',
  '        stages: [commit]',
  '',
].join('\n');

interface Framework {
  hookRepo: Repo;
  rev: string;
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

/** A clone of this repository with the working tree's shipped files committed on top, released for pre-commit. */
async function framework(): Promise<Framework> {
  if (!existsSync(PRE_COMMIT)) throw new Error(`${PRE_COMMIT} is not installed (apt-get install pre-commit)`);
  const scratch = await mkdtemp(join(tmpdir(), 'migcheck-pre-commit-'));
  const dir = join(scratch, 'migcheck');
  const clone = await run('git', ['clone', '--quiet', '--depth', '1', `file://${projectRoot}`, dir], { cwd: scratch });
  assert.is(clone.code, 0, clone.stderr);
  const hookRepo = repoAt(dir);
  await hookRepo.exec(['config', 'commit.gpgSign', 'false']);
  const copied = [...SHIPPED, ...BUILT_FROM].filter((path) => existsSync(join(projectRoot, path)));
  for (const path of copied) {
    await rm(join(dir, path), { recursive: true, force: true });
    await cp(join(projectRoot, path), join(dir, path), { recursive: true });
  }
  await symlink(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // dist/ is ignored in a checkout from before it was committed; the hook repository must carry it.
  await hookRepo.exec(['add', '-A', '-f', '--', ...copied]);
  await hookRepo.exec(['commit', '-q', '--no-verify', '--allow-empty', '-m', 'working tree']);
  const release = await run(process.execPath, [join(projectRoot, 'scripts/pre-commit-release.mjs'), 'v0.0.0-test'], { cwd: dir });
  assert.is(release.code, 0, release.stderr);
  return {
    hookRepo,
    rev: 'v0.0.0-test',
    env: { ...OFFLINE, PRE_COMMIT_HOME: join(scratch, 'home') },
    cleanup: () => rm(scratch, { recursive: true, force: true }),
  };
}

async function setUp(repo: Repo, fw: Framework): Promise<void> {
  await repo.write({ 'package.json': '{"name": "web", "private": true}\n', '.pre-commit-config.yaml': TEAM_CONFIG });
  const init = await repo.migcheck(['init', '--hook-repo', fw.hookRepo.dir, '--hook-rev', fw.rev]);
  assert.is(init.code, 0, init.stderr);
  assert.is(init.stdout.split('\n')[0], 'migcheck init: the pre-commit framework, .pre-commit-config.yaml (.pre-commit-config.yaml found)');
  assert.ok((await repo.read('.pre-commit-config.yaml')).includes(`  - repo: ${fw.hookRepo.dir}\n    rev: ${fw.rev}\n    hooks:\n      - id: migcheck\n      - id: migcheck-pre-push\n`));
  await commitMainHistory(repo);
  const install = await run(PRE_COMMIT, ['install'], { cwd: repo.dir, env: cleanEnv(fw.env) });
  assert.is(install.code, 0, install.stdout + install.stderr);
  assert.is(install.stdout, ['pre-commit', 'pre-merge-commit', 'pre-push'].map((hook) => `pre-commit installed at .git/hooks/${hook}\n`).join(''));
  await repo.exec(['checkout', '-q', '-b', 'feature']);
}

test('pre-commit framework: language node installs migcheck offline; git commit refused for a bypass and for a deleted parent, accepted once fixed; the team\'s hook still runs', async () => {
  const fw = await framework();
  try {
    await withRepo(async (repo) => {
      await setUp(repo, fw);
      const before = await head(repo);
      await repo.write({ [R3_PATH]: r3(R1) });
      await repo.exec(['add', R3_PATH]);
      const refused = await repo.exec(['commit', '-q', '-m', 'add widgets'], { env: fw.env });
      const output = refused.stdout + refused.stderr;
      assert.is(refused.code, 1, output);
      assert.match(output, /migcheck \(Alembic migration chain\)\.+Failed/);
      assert.match(output, new RegExp(`bypassed-chain ${R3_PATH}:\\d+`));
      assert.is(await head(repo), before);
      // The environment was built from the clone without the registry, and runs the system's Node.
      assert.not.match(output, /ECONNREFUSED|npm error/);

      await repo.write({ [R3_PATH]: r3(R2) });
      await repo.exec(['add', R3_PATH]);
      const accepted = await repo.exec(['commit', '-q', '-m', 'add widgets'], { env: fw.env });
      assert.is(accepted.code, 0, accepted.stdout + accepted.stderr);
      assert.is(await repo.read('.git/team-hook.log'), 'ran\nran\n');

      await repo.exec(['rm', '-q', `migrations/versions/${R2}_add_users.py`]);
      const deleted = await repo.exec(['commit', '-q', '-m', 'drop users'], { env: fw.env });
      assert.is(deleted.code, 1, deleted.stdout + deleted.stderr);
      assert.match(deleted.stdout + deleted.stderr, new RegExp(`missing-parent ${R3_PATH}:\\d+`));
    });
  } finally {
    await fw.cleanup();
  }
});

test('pre-commit framework: git merge that leaves two heads is refused (merge-commit stage), and so is the same merge finished with git commit after a conflict', async () => {
  const fw = await framework();
  try {
    await withRepo(async (repo) => {
      await setUp(repo, fw);
      await repo.exec(['checkout', '-q', 'main']);
      await repo.exec(['branch', '-q', '-D', 'feature']);
      await divergedBranches(repo);
      const before = await head(repo);
      const refused = await repo.exec(['merge', '--no-edit', 'feature'], { env: fw.env });
      const output = refused.stdout + refused.stderr;
      assert.is(refused.code, 1, output);
      assert.match(output, /migcheck \(Alembic migration chain\)\.+Failed/);
      assert.match(output, new RegExp(`bypassed-chain ${R3_PATH}:\\d+`));
      assert.is(await head(repo), before);
      await repo.exec(['merge', '--abort']);

      // A conflict elsewhere: pre-commit lists only README.md, migcheck still sees the migration.
      await repo.commit('readme on main', { 'README.md': 'main\n' });
      await repo.exec(['checkout', '-q', 'feature']);
      await repo.commit('readme on feature', { 'README.md': 'feature\n' });
      await repo.exec(['checkout', '-q', 'main']);
      const conflicted = await repo.exec(['merge', '--no-edit', 'feature'], { env: fw.env });
      assert.is(conflicted.code, 1, conflicted.stdout + conflicted.stderr);
      await repo.write({ 'README.md': 'both\n' });
      await repo.exec(['add', 'README.md']);
      const finished = await repo.exec(['commit', '-q', '--no-edit'], { env: fw.env });
      assert.is(finished.code, 1, finished.stdout + finished.stderr);
      assert.match(finished.stdout + finished.stderr, /Checking merge-conflict files only/);
      assert.match(finished.stdout + finished.stderr, new RegExp(`bypassed-chain ${R3_PATH}:\\d+`));
    });
  } finally {
    await fw.cleanup();
  }
});

test('pre-commit framework: git push of a new branch refused by migcheck-pre-push (no stdin, PRE_COMMIT_* refs), accepted once fixed', async () => {
  const fw = await framework();
  const remote = await makeRepo({ bare: true });
  try {
    await withRepo(async (repo) => {
      await setUp(repo, fw);
      await repo.exec(['remote', 'add', 'origin', remote.dir]);
      assert.is((await repo.exec(['push', '-q', '--no-verify', 'origin', 'main'])).code, 0);
      await repo.write({ [R3_PATH]: r3(R1) });
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

test('scripts/pre-commit-release.mjs refuses to release a dist/ that is not what src/ builds to, or a working tree that differs from HEAD', async () => {
  const fw = await framework();
  try {
    const dir = fw.hookRepo.dir;
    const release = (tag: string) => run(process.execPath, [join(projectRoot, 'scripts/pre-commit-release.mjs'), tag], { cwd: dir });
    const bundle = join(dir, 'dist', 'check.cjs');
    await writeFile(bundle, `${await readFile(bundle, 'utf8')}// edited by hand\n`);
    const dirty = await release('v0.0.1-test');
    assert.is(dirty.code, 2);
    assert.match(dirty.stderr, /^pre-commit-release: the working tree differs from HEAD [^\n]*\n M dist\/check\.cjs\n/);
    await fw.hookRepo.exec(['commit', '-q', '--no-verify', '-am', 'a stale bundle']);
    const stale = await release('v0.0.1-test');
    assert.is(stale.code, 2);
    assert.match(stale.stderr, /^pre-commit-release: dist\/ is stale: check\.cjs differs from a fresh build of src\/\./);
    assert.is((await fw.hookRepo.exec(['tag', '--list', 'v0.0.1-test'])).stdout, '');
  } finally {
    await fw.cleanup();
  }
});

test('pre-commit framework: the manifest loads under 3.0.4 (stage names, keys)', async () => {
  if (!existsSync(PRE_COMMIT)) throw new Error(`${PRE_COMMIT} is not installed (apt-get install pre-commit)`);
  const result = await run(PRE_COMMIT, ['validate-manifest', join(projectRoot, '.pre-commit-hooks.yaml')], { cwd: projectRoot, env: cleanEnv() });
  assert.is(result.code, 0, result.stdout + result.stderr);
  assert.is(result.stdout + result.stderr, '');
});

test.run();
