/**
 * Every install line of the README, from a clean directory, ending the same way: hooks installed
 * by `migcheck init`, and the seed's bypass refused by a real `git commit` (then accepted once
 * re-pointed). From a git URL at a commit (what `npm i -D github:owner/migcheck#…` does) into an
 * npm project with husky; from a packed tarball installed globally into a Python
 * repository with plain git hooks; through `npx` with no install at all; and from the npm
 * registry, which is checked against what the README claims today. migcheck itself installs
 * offline (`--offline`: it needs nothing but its own files); husky, which `init`
 * adds to the project, comes from the npm cache or, for what it lacks, the registry.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, projectRoot, run, type Repo, type RunResult } from '../helpers/repo.js';
import { CHAIN1_HEAD, FORK_POINT, NEW_PATH, newRevision, seedMain } from '../check/check-helpers.js';
import { gitSource, npm, npmProject, packTarball, userEnv, withDir } from './install-helpers.js';

const version = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;

/** git in the user's shell (their PATH: the hooks find node, npx and migcheck there). */
const git = (repo: Repo, args: string[], path?: string) => run('git', args, { cwd: repo.dir, env: userEnv(path ? { PATH: `${path}:${userEnv().PATH}` } : {}) });

const all = (r: RunResult) => `${r.stdout}${r.stderr}`;

/**
 * The seed's story through the installed hooks: on a branch of `main`, n0o1p2q3r4s5 written on
 * production's head is refused by `git commit`; re-pointed onto main's head it goes through.
 */
async function assertBypassBlocked(repo: Repo, path?: string): Promise<void> {
  await git(repo, ['checkout', '-q', '-b', 'feature'], path);
  await repo.write({ [NEW_PATH]: newRevision(FORK_POINT) });
  await git(repo, ['add', NEW_PATH], path);
  const refused = await git(repo, ['commit', '-q', '-m', 'Add symbol analytics tables'], path);
  assert.is(refused.code, 1, all(refused));
  assert.match(all(refused), /bypassed-chain/);
  assert.ok(all(refused).includes(`set down_revision = '${CHAIN1_HEAD}'`), all(refused));
  assert.is((await git(repo, ['rev-list', '--count', 'main..HEAD'], path)).stdout.trim(), '0', 'nothing was committed');

  await repo.write({ [NEW_PATH]: newRevision(CHAIN1_HEAD) });
  await git(repo, ['add', NEW_PATH], path);
  const accepted = await git(repo, ['commit', '-q', '-m', 'Add symbol analytics tables'], path);
  assert.is(accepted.code, 0, all(accepted));
  assert.is((await git(repo, ['rev-list', '--count', 'main..HEAD'], path)).stdout.trim(), '1');
}

test('from a git URL at a commit into an npm project: npx migcheck init (husky), then git commit is refused', async () => {
  await withDir(async (root) => {
    const { commit } = await gitSource(join(root, 'migcheck'));
    const app = await makeRepo({ dir: join(root, 'app') });
    await npmProject(app.dir);
    await seedMain(app);

    const install = await npm(['install', '--save-dev', '--offline', `git+file://${join(root, 'migcheck')}#${commit}`], app.dir);
    assert.is(install.code, 0, all(install));
    assert.not.match(all(install), /prepare|install-scripts/, 'no build step, no install script');
    const pkg = JSON.parse(await app.read('package.json'));
    assert.match(pkg.devDependencies.migcheck, new RegExp(`^git\\+file://.*#${commit}$`));
    assert.is(JSON.parse(await app.read('node_modules/migcheck/package.json')).version, version);

    const init = await run('npx', ['--offline', 'migcheck', 'init'], { cwd: app.dir, env: userEnv() });
    assert.is(init.code, 0, all(init));
    assert.match(init.stdout, /^migcheck init: husky \(/m);
    // husky is the project's own dependency now: from the npm cache, and from
    // the registry only what the cache lacks (npm ci caches tarballs, not the version lists).
    const deps = await npm(['install', '--prefer-offline'], app.dir);
    assert.is(deps.code, 0, all(deps));
    assert.is((await git(app, ['config', 'core.hooksPath'])).stdout.trim(), '.husky/_');
    await git(app, ['add', '-A']);
    await git(app, ['commit', '-q', '--no-verify', '-m', 'migcheck hooks']);

    await assertBypassBlocked(app);
  });
});

test('from a packed tarball, globally (private prefix), into a Python repository: migcheck init (plain hooks), then git commit is refused', async () => {
  await withDir(async (root) => {
    const tarball = await packTarball(root);
    assert.ok(tarball.endsWith(`migcheck-${version}.tgz`), tarball);
    const prefix = join(root, 'prefix');
    const install = await npm(['install', '--global', '--offline', '--prefix', prefix, tarball], root);
    assert.is(install.code, 0, all(install));
    const bin = join(prefix, 'bin');
    assert.ok(existsSync(join(bin, 'migcheck')));

    const app = await makeRepo({ dir: join(root, 'app') });
    await seedMain(app);
    const init = await run('migcheck', ['init'], { cwd: app.dir, env: userEnv({ PATH: `${bin}:${userEnv().PATH}` }) });
    assert.is(init.code, 0, all(init));
    assert.match(init.stdout, /plain git hooks/);
    assert.ok(existsSync(join(app.dir, '.git/hooks/pre-commit')));

    // The hooks call the installation that wrote them: migcheck need not be on the committer's PATH.
    await assertBypassBlocked(app);
  });
});

test('npx with nothing installed (the tarball stands in for the registry name): init, a refused commit, and the CI gate', async () => {
  await withDir(async (root) => {
    const tarball = await packTarball(root);
    const app = await makeRepo({ dir: join(root, 'app') });
    await seedMain(app);
    const npx = (args: string[]) => run('npx', ['--yes', '--offline', `--package=${tarball}`, 'migcheck', ...args], { cwd: app.dir, env: userEnv() });
    const init = await npx(['init']);
    assert.is(init.code, 0, all(init));
    await assertBypassBlocked(app);

    // CI: `npx migcheck check --rev HEAD` on a branch carrying the bypass.
    await git(app, ['checkout', '-q', '-b', 'bypass', 'main']);
    await app.commit('bypass', { [NEW_PATH]: newRevision(FORK_POINT) });
    const gate = await npx(['check', '--rev', 'HEAD', '--format', 'json']);
    assert.is(gate.code, 1, all(gate));
    assert.is(JSON.parse(gate.stdout).environments[0].findings[0].code, 'bypassed-chain');
  });
});

test('the npm registry: the README says what `npm i -D migcheck` does today', async () => {
  const readme = await readFile(join(projectRoot, 'README.md'), 'utf8');
  const row = readme.split('\n').find((line) => line.startsWith('| from the npm registry |'));
  assert.ok(row, 'the install matrix has a registry row');
  const view = await npm(['view', 'migcheck', 'version', '--json'], projectRoot, { npm_config_fetch_retries: '0', npm_config_fetch_timeout: '20000' });
  if (/E404/.test(all(view))) {
    // Not published: the README must not pretend otherwise.
    assert.match(row!, /not yet/);
    return;
  }
  if (view.code !== 0) {
    console.log(`  (registry not reachable, the registry row was not checked: ${all(view).split('\n')[0]})`);
    return;
  }
  // Published: the row must say it works, and it must, through a real commit.
  assert.not.match(row!, /not yet/, 'migcheck is on the registry now: update the README');
  await withDir(async (root) => {
    const app = await makeRepo({ dir: join(root, 'app') });
    await npmProject(app.dir);
    await seedMain(app);
    const published = JSON.parse(view.stdout) as string;
    const install = await npm(['install', '--save-dev', `migcheck@${published}`], app.dir);
    assert.is(install.code, 0, all(install));
    assert.is((await run('npx', ['migcheck', 'init'], { cwd: app.dir, env: userEnv() })).code, 0);
    assert.is((await npm(['install'], app.dir)).code, 0);
    await git(app, ['add', '-A']);
    await git(app, ['commit', '-q', '--no-verify', '-m', 'migcheck hooks']);
    await assertBypassBlocked(app);
  });
});

test.run();
