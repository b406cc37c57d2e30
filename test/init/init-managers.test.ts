/**
 * Which set-up `migcheck init` picks next to other hook managers, and where it refuses: it never
 * leaves a team's hooks switched off (husky's core.hooksPath hides .git/hooks), and never puts
 * its hooks where another manager's next install would overwrite them. Each refusal is one line
 * naming the manager, with the choices on the next, and writes nothing.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, projectRoot, run, withRepo, type Repo } from '../helpers/repo.js';
import { snapshot } from './init-helpers.js';
import { COMMANDS } from '../../src/cli/command-table.js';
import { INIT_MODES } from '../../src/hooks/choose-init-mode.js';

const PRE_COMMIT = '/usr/bin/pre-commit';
const HOOK_REPO = ['--hook-repo', 'https://example.org/migcheck.git', '--hook-rev', 'v0.1.0'];
const TEAM_CONFIG = 'repos:\n  - repo: local\n    hooks:\n      - id: team\n        name: team\n        entry: "true"\n        language: system\n';

/** Runs init and checks that it refused with exactly `lines` and wrote nothing. */
async function refused(repo: Repo, args: string[], lines: string[]): Promise<void> {
  const before = await snapshot(repo.dir);
  const result = await repo.migcheck(['init', ...args]);
  assert.is(result.stdout, '');
  assert.is(result.stderr, `${lines.join('\n')}\n`);
  assert.is(result.code, 2);
  assert.equal(await snapshot(repo.dir), before);
}

async function executable(repo: Repo, path: string, text: string): Promise<void> {
  await repo.write({ [path]: text });
  await chmod(join(repo.dir, path), 0o755);
}

/** Runs Debian's `pre-commit install` for the hook types, with a private PRE_COMMIT_HOME. */
async function frameworkInstall(repo: Repo, types: string[]): Promise<void> {
  if (!existsSync(PRE_COMMIT)) throw new Error(`${PRE_COMMIT} is not installed (apt-get install pre-commit)`);
  const home = await mkdtemp(join(tmpdir(), 'migcheck-pc-home-'));
  try {
    const result = await run(PRE_COMMIT, ['install', ...types.flatMap((t) => ['--hook-type', t])], { cwd: repo.dir, env: cleanEnv({ PRE_COMMIT_HOME: home }) });
    assert.is(result.code, 0, result.stdout + result.stderr);
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

test('package.json and .pre-commit-config.yaml (dispatch, warehouse): migcheck joins the framework config; package.json is not touched', async () => {
  await withRepo(async (repo) => {
    await repo.write({ 'package.json': '{"name": "web"}\n', '.pre-commit-config.yaml': TEAM_CONFIG });
    const result = await repo.migcheck(['init', ...HOOK_REPO]);
    assert.is(result.code, 0, result.stderr);
    assert.is(result.stdout.split('\n')[0], 'migcheck init: the pre-commit framework, .pre-commit-config.yaml (.pre-commit-config.yaml found)');
    assert.is(await repo.read('package.json'), '{"name": "web"}\n');
    assert.not.ok(existsSync(join(repo.dir, '.husky')));
    assert.ok((await repo.read('.pre-commit-config.yaml')).startsWith(`default_install_hook_types: [pre-commit, pre-merge-commit, pre-push]\n${TEAM_CONFIG}`));
    assert.ok(result.stdout.includes('Next: run pre-commit install --hook-type pre-commit --hook-type pre-merge-commit --hook-type pre-push'), result.stdout);
  });
});

test('package.json and hooks git runs today: plain hooks that chain them, not husky (which would switch them off)', async () => {
  await withRepo(async (repo) => {
    await repo.write({ 'package.json': '{"name": "web"}\n' });
    await executable(repo, '.git/hooks/commit-msg', '#!/bin/sh\nexit 0\n');
    const result = await repo.migcheck(['init']);
    assert.is(result.code, 0, result.stderr);
    assert.is(result.stdout.split('\n')[0], 'migcheck init: plain git hooks in .git/hooks (package.json found, but husky would switch off .git/hooks/commit-msg)');
    assert.not.ok(existsSync(join(repo.dir, '.husky')));
    await refused(repo, ['--mode', 'husky'], [
      'migcheck: init: husky would switch off .git/hooks/commit-msg: it points core.hooksPath at .husky/_, and git then runs no hook from the old place',
      'Use migcheck init --mode plain (it keeps them and runs them first), or move them into .husky/ first.',
    ]);
  });
});

test('package.json and a core.hooksPath of the team\'s own: plain hooks in that folder', async () => {
  await withRepo(async (repo) => {
    await repo.write({ 'package.json': '{"name": "web"}\n' });
    await repo.exec(['config', 'core.hooksPath', '.githooks']);
    const result = await repo.migcheck(['init']);
    assert.is(result.code, 0, result.stderr);
    assert.is(result.stdout.split('\n')[0], 'migcheck init: plain git hooks in .githooks (package.json found, but husky would switch off core.hooksPath = .githooks)');
    assert.ok(existsSync(join(repo.dir, '.githooks/pre-merge-commit')));
  });
});

test('husky and the pre-commit framework both set up: the one git runs wins; neither running is refused', async () => {
  await withRepo(async (repo) => {
    await repo.write({ 'package.json': '{"name": "web", "devDependencies": {"husky": "^9.1.7"}}\n', '.pre-commit-config.yaml': TEAM_CONFIG, '.husky/pre-commit': 'npm test\n' });
    await refused(repo, [], [
      'migcheck: init: both husky (.husky/) and the pre-commit framework (.pre-commit-config.yaml) are set up here, and git runs neither yet; migcheck will not guess which one your team uses',
      'Choose one: migcheck init --mode husky, or migcheck init --mode pre-commit.',
    ]);
    await frameworkInstall(repo, ['pre-commit']);
    const framework = await repo.migcheck(['init', '--dry-run', ...HOOK_REPO]);
    assert.is(framework.stdout.split('\n')[0], 'migcheck init --dry-run: the pre-commit framework, .pre-commit-config.yaml (the pre-commit framework runs the hooks: .git/hooks/pre-commit)');
    // Only the hook types not installed yet are left to install.
    assert.ok(framework.stdout.includes('Next: run pre-commit install --hook-type pre-merge-commit --hook-type pre-push'), framework.stdout);
    await refused(repo, ['--mode', 'husky'], [
      "migcheck: init: husky would switch off the pre-commit framework's hooks (.git/hooks/pre-commit): it points core.hooksPath at .husky/_, and git then runs no hook from the old place",
      'Use migcheck init --mode pre-commit (it adds migcheck to .pre-commit-config.yaml), or move those hooks to husky first.',
    ]);
    await refused(repo, ['--mode', 'plain'], [
      'migcheck: init: the pre-commit framework writes these hook files (.git/hooks/pre-commit); plain hooks there would be overwritten, or loop through its own chaining, on its next install',
      'Use migcheck init --mode pre-commit (it adds migcheck to .pre-commit-config.yaml).',
    ]);
  });
  await withRepo(async (repo) => {
    await repo.write({ 'package.json': '{"name": "web"}\n', '.pre-commit-config.yaml': TEAM_CONFIG, '.husky/pre-commit': 'npm test\n' });
    await repo.exec(['config', 'core.hooksPath', '.husky/_']);
    const husky = await repo.migcheck(['init']);
    assert.is(husky.code, 0, husky.stderr);
    assert.is(husky.stdout.split('\n')[0], 'migcheck init: husky (husky runs the hooks: core.hooksPath = .husky/_)');
    await refused(repo, ['--mode', 'pre-commit', ...HOOK_REPO], [
      'migcheck: init: core.hooksPath is set (.husky/_), and pre-commit install refuses to install hooks while it is',
      'Use migcheck init --mode husky, or remove husky and run git config --unset-all core.hooksPath first.',
    ]);
    await refused(repo, ['--mode', 'plain'], [
      'migcheck: init: husky writes these hook files (core.hooksPath = .husky/_); plain hooks there would be overwritten, or loop through its own chaining, on its next install',
      'Use migcheck init --mode husky.',
    ]);
  });
});

test('lefthook and simple-git-hooks: refused, naming the manager and what to add', async () => {
  await withRepo(async (repo) => {
    await repo.write({ 'lefthook.yml': 'pre-commit:\n  commands:\n    lint:\n      run: make lint\n' });
    for (const args of [[], ['--mode', 'plain']]) {
      await refused(repo, args, [
        "migcheck: init: lefthook manages this repository's git hooks (lefthook.yml); migcheck does not edit its config, and hooks installed beside it would be overwritten by its next install",
        'Add migcheck to lefthook yourself (docs/hooks.md, "lefthook", has the lines): migcheck check at pre-commit and pre-merge-commit, migcheck pre-push "$@" at pre-push.',
      ]);
    }
  });
  await withRepo(async (repo) => {
    await repo.write({ 'package.json': '{"name": "web", "simple-git-hooks": {"pre-commit": "npx lint-staged"}}\n' });
    await refused(repo, [], [
      'migcheck: init: simple-git-hooks manages this repository\'s git hooks (package.json "simple-git-hooks"); migcheck does not edit its config, and hooks installed beside it would be overwritten by its next install',
      'Add migcheck to simple-git-hooks yourself (docs/hooks.md, "simple-git-hooks", has the lines): migcheck check at pre-commit and pre-merge-commit, migcheck pre-push "$@" at pre-push.',
    ]);
  });
  await withRepo(async (repo) => {
    // Installed by lefthook, config elsewhere: the hook file says whose it is.
    await executable(repo, '.git/hooks/pre-commit', '#!/bin/sh\nif [ "$LEFTHOOK" = "0" ]; then exit 0; fi\ncall_lefthook run "pre-commit" "$@"\n');
    const result = await repo.migcheck(['init']);
    assert.is(result.code, 2);
    assert.match(result.stderr, /^migcheck: init: lefthook manages this repository's git hooks \(\.git\/hooks\/pre-commit\);/);
  });
});

test('--mode: an unknown mode, husky without package.json, --pre-commit against another --mode', async () => {
  await withRepo(async (repo) => {
    // The argument parser answers from the command table's choices, which are the modes init knows.
    assert.equal(COMMANDS.find((spec) => spec.name === 'init')!.options.mode!.choices, INIT_MODES);
    const unknown = await repo.migcheck(['init', '--mode', 'lefthook']);
    assert.is(unknown.code, 2);
    assert.match(unknown.stderr, /^migcheck: unknown --mode 'lefthook': use husky, plain, pre-commit\n$/);
    await refused(repo, ['--mode', 'husky'], [
      'migcheck: init: --mode husky needs a package.json at the repository root (husky is installed by the package manager)',
      'Use migcheck init --mode plain, or --mode pre-commit.',
    ]);
    await refused(repo, ['--mode', 'plain', '--pre-commit'], ['migcheck: init: --pre-commit and --mode plain ask for different set-ups: give one of them']);
  });
});

test('a rerun keeps the set-up an earlier init chose; switching to the framework takes migcheck\'s plain hooks out and puts back the hook they kept', async () => {
  await withRepo(async (repo) => {
    await executable(repo, '.git/hooks/pre-commit', '#!/bin/sh\necho own\n');
    assert.is((await repo.migcheck(['init'])).code, 0);
    await repo.write({ 'package.json': '{"name": "web"}\n' });
    const rerun = await repo.migcheck(['init']);
    assert.is(rerun.stdout, "migcheck init: plain git hooks in .git/hooks (migcheck's hooks are installed in .git/hooks)\n  nothing to change: the hooks are already installed.\n");

    const switched = await repo.migcheck(['init', '--pre-commit', ...HOOK_REPO]);
    assert.is(switched.code, 0, switched.stderr);
    assert.is(switched.stdout.split('\n').slice(0, 7).join('\n'), [
      'migcheck init: the pre-commit framework, .pre-commit-config.yaml (--mode pre-commit)',
      "  deleted .git/hooks/pre-commit: migcheck's plain pre-commit hook, replaced by this set-up",
      "  renamed .git/hooks/pre-commit.migcheck-chained -> .git/hooks/pre-commit: the pre-commit hook migcheck's plain hook had kept, back in its place",
      "  deleted .git/hooks/pre-merge-commit: migcheck's plain pre-merge-commit hook, replaced by this set-up",
      "  deleted .git/hooks/pre-push: migcheck's plain pre-push hook, replaced by this set-up",
      '  created .pre-commit-config.yaml: default_install_hook_types gets pre-commit, pre-merge-commit, pre-push (pre-commit install then installs every hook migcheck needs)',
      '  created .pre-commit-config.yaml: add https://example.org/migcheck.git at v0.1.0: hooks migcheck (commit, merge-commit) and migcheck-pre-push',
    ].join('\n'));
    assert.is(await repo.read('.git/hooks/pre-commit'), '#!/bin/sh\necho own\n');
    assert.not.ok(existsSync(join(repo.dir, '.git/hooks/pre-push')));
    assert.is(await repo.read('.pre-commit-config.yaml'), [
      'default_install_hook_types: [pre-commit, pre-merge-commit, pre-push]',
      'repos:',
      '  - repo: https://example.org/migcheck.git',
      '    rev: v0.1.0',
      '    hooks:',
      '      - id: migcheck',
      '      - id: migcheck-pre-push',
      '',
    ].join('\n'));
  });
});

test('the pre-commit framework without --hook-repo: this installation names no repository, so init says how to name it', async () => {
  await withRepo(async (repo) => {
    await repo.write({ '.pre-commit-config.yaml': TEAM_CONFIG });
    const result = await repo.migcheck(['init']);
    const own = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')) as { repository?: unknown };
    if (own.repository !== undefined) {
      // Once package.json names the repository, that is what the config gets.
      assert.is(result.code, 0, result.stderr);
      assert.match(await repo.read('.pre-commit-config.yaml'), /\n {2}- repo: https:\/\/\S+\n {4}rev: v\d+\.\d+\.\d+\n/);
      return;
    }
    assert.is(result.code, 2);
    assert.is(result.stderr, [
      'migcheck: init: this migcheck installation does not say where its git repository is (no "repository" in its package.json), so .pre-commit-config.yaml cannot name it',
      'Name it: migcheck init --mode pre-commit --hook-repo <git URL of migcheck> --hook-rev <tag or commit>.',
      '',
    ].join('\n'));
  });
});

test.run();
