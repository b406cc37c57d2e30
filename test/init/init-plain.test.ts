import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdir, readFile, stat, writeFile, chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { makeRepo, repoAt, withRepo, migcheckBin } from '../helpers/repo.js';
import { expectedHook, snapshot } from './init-helpers.js';

const REMOVAL = [
  'To remove them:',
  '  delete .git/hooks/pre-commit; if .git/hooks/pre-commit.migcheck-chained exists, rename it back to .git/hooks/pre-commit.',
  '  delete .git/hooks/pre-merge-commit; if .git/hooks/pre-merge-commit.migcheck-chained exists, rename it back to .git/hooks/pre-merge-commit.',
  '  delete .git/hooks/pre-push; if .git/hooks/pre-push.migcheck-chained exists, rename it back to .git/hooks/pre-push.',
];

test('init writes both hooks; a second run changes nothing and says so', async () => {
  await withRepo(async (repo) => {
    const first = await repo.migcheck(['init']);
    assert.is(first.stderr, '');
    assert.is(first.code, 0);
    assert.is(first.stdout, [
      'migcheck init: plain git hooks in .git/hooks (no package.json)',
      '  created .git/hooks/pre-commit: runs migcheck check',
      '  created .git/hooks/pre-merge-commit: runs migcheck check',
      '  created .git/hooks/pre-push: runs migcheck pre-push',
      ...REMOVAL,
      '',
    ].join('\n'));
    assert.is(await repo.read('.git/hooks/pre-commit'), await expectedHook('pre-commit', '.git/hooks/pre-commit'));
    assert.is(await repo.read('.git/hooks/pre-merge-commit'), await expectedHook('pre-merge-commit', '.git/hooks/pre-merge-commit'));
    assert.is(await repo.read('.git/hooks/pre-push'), await expectedHook('pre-push', '.git/hooks/pre-push'));
    assert.is((await stat(join(repo.dir, '.git/hooks/pre-commit'))).mode & 0o777, 0o755);
    const before = await snapshot(repo.dir);
    const second = await repo.migcheck(['init']);
    assert.is(second.code, 0, second.stderr);
    assert.is(second.stdout, "migcheck init: plain git hooks in .git/hooks (migcheck's hooks are installed in .git/hooks)\n  nothing to change: the hooks are already installed.\n");
    assert.equal(await snapshot(repo.dir), before);
  });
});

test('the installed hook calls this installation and says how to remove it', async () => {
  await withRepo(async (repo) => {
    await repo.migcheck(['init']);
    const hook = await repo.read('.git/hooks/pre-commit');
    assert.ok(hook.includes(`migcheck_js='${migcheckBin}'\n`));
    assert.ok(hook.includes('# Remove it: delete .git/hooks/pre-commit; if .git/hooks/pre-commit.migcheck-chained exists, rename it back to .git/hooks/pre-commit.\n'));
  });
});

test('--dry-run prints the plan and writes nothing', async () => {
  await withRepo(async (repo) => {
    await repo.write({ '.git/hooks/pre-push': '#!/bin/sh\nexit 0\n' });
    const before = await snapshot(repo.dir);
    const result = await repo.migcheck(['init', '--dry-run']);
    assert.is(result.code, 0, result.stderr);
    assert.is(result.stdout, [
      'migcheck init --dry-run: plain git hooks in .git/hooks (no package.json)',
      '  would create .git/hooks/pre-commit: runs migcheck check',
      '  would create .git/hooks/pre-merge-commit: runs migcheck check',
      "  would rename .git/hooks/pre-push -> .git/hooks/pre-push.migcheck-chained: the existing pre-push hook, kept and run first by migcheck's",
      '  would create .git/hooks/pre-push: runs migcheck pre-push',
      ...REMOVAL,
      'Nothing was written (--dry-run).',
      '',
    ].join('\n'));
    assert.equal(await snapshot(repo.dir), before);
  });
});

test('an existing hook survives: kept as .migcheck-chained and still run, with args and stdin', async () => {
  await withRepo(async (repo) => {
    const own = '#!/bin/sh\necho "own pre-commit ran" >> "$(git rev-parse --git-dir)/own.log"\n';
    const ownPush = '#!/bin/sh\ncat > "$(git rev-parse --git-dir)/push-stdin.log"\necho "$1 $2" > "$(git rev-parse --git-dir)/push-args.log"\n';
    await repo.write({ '.git/hooks/pre-commit': own, '.git/hooks/pre-push': ownPush });
    await chmod(join(repo.dir, '.git/hooks/pre-commit'), 0o755);
    await chmod(join(repo.dir, '.git/hooks/pre-push'), 0o755);
    assert.is((await repo.migcheck(['init'])).code, 0);
    assert.is(await repo.read('.git/hooks/pre-commit.migcheck-chained'), own);
    assert.is((await stat(join(repo.dir, '.git/hooks/pre-commit.migcheck-chained'))).mode & 0o777, 0o755);
    // Rerun: migcheck's hook is recognised, the chained hook is not chained again.
    const again = await repo.migcheck(['init']);
    assert.match(again.stdout, /nothing to change/);
    assert.is(await repo.read('.git/hooks/pre-commit.migcheck-chained'), own);

    await repo.write({ 'README.md': 'x\n' });
    await repo.exec(['add', 'README.md']);
    const commit = await repo.exec(['commit', '-q', '-m', 'readme'], { env: { MIGCHECK_SKIP: '1' } });
    assert.is(commit.code, 0, commit.stderr);
    assert.is(commit.stderr, 'migcheck: check skipped (MIGCHECK_SKIP=1)\n');
    assert.is(await repo.read('.git/own.log'), 'own pre-commit ran\n');

    const remote = await makeRepo({ bare: true });
    try {
      await repo.exec(['remote', 'add', 'origin', remote.dir]);
      const push = await repo.exec(['push', '-q', 'origin', 'main'], { env: { MIGCHECK_SKIP: '1' } });
      assert.is(push.code, 0, push.stderr);
      assert.is(push.stderr, 'migcheck: pre-push skipped (MIGCHECK_SKIP=1)\n');
      const head = (await repo.exec(['rev-parse', 'HEAD'])).stdout.trim();
      assert.is(await repo.read('.git/push-stdin.log'), `refs/heads/main ${head} refs/heads/main ${'0'.repeat(40)}\n`);
      assert.is(await repo.read('.git/push-args.log'), `origin ${remote.dir}\n`);
    } finally {
      await remote.cleanup();
    }
  });
});

test('a failing chained hook stops the commit before migcheck runs', async () => {
  await withRepo(async (repo) => {
    await repo.write({ '.git/hooks/pre-commit': '#!/bin/sh\necho "own hook says no" >&2\nexit 3\n' });
    await chmod(join(repo.dir, '.git/hooks/pre-commit'), 0o755);
    await repo.migcheck(['init']);
    await repo.write({ 'README.md': 'x\n' });
    await repo.exec(['add', 'README.md']);
    const commit = await repo.exec(['commit', '-q', '-m', 'readme']);
    assert.is(commit.code, 1);
    assert.is(commit.stderr, 'own hook says no\n');
  });
});

test('core.hooksPath is respected', async () => {
  await withRepo(async (repo) => {
    await repo.exec(['config', 'core.hooksPath', 'tools/git-hooks']);
    const result = await repo.migcheck(['init']);
    assert.is(result.code, 0, result.stderr);
    assert.match(result.stdout, /^migcheck init: plain git hooks in tools\/git-hooks \(no package\.json\)\n  created tools\/git-hooks\/pre-commit: runs migcheck check\n/);
    assert.is(await repo.read('tools/git-hooks/pre-commit'), await expectedHook('pre-commit', 'tools/git-hooks/pre-commit'));
    assert.is(await readFile(join(repo.dir, '.git/hooks/pre-commit'), 'utf8').catch(() => 'absent'), 'absent');
    // git really runs it: the commit is judged by migcheck (skipped here).
    await repo.write({ 'README.md': 'x\n' });
    await repo.exec(['add', 'README.md']);
    const commit = await repo.exec(['commit', '-q', '-m', 'readme'], { env: { MIGCHECK_SKIP: '1' } });
    assert.is(commit.stderr, 'migcheck: check skipped (MIGCHECK_SKIP=1)\n');
  });
});

test('a linked worktree installs into the shared hooks folder', async () => {
  await withRepo(async (repo) => {
    await repo.commit('initial', { 'README.md': 'x\n' });
    const worktree = `${repo.dir}-wt`;
    await repo.exec(['worktree', 'add', '-q', worktree]);
    try {
      const result = await repoAt(worktree).migcheck(['init']);
      assert.is(result.code, 0, result.stderr);
      assert.match(result.stdout, new RegExp(`^migcheck init: plain git hooks in ${repo.dir}/\\.git/hooks \\(no package\\.json\\)\n`));
      assert.is(await repo.read('.git/hooks/pre-push'), await expectedHook('pre-push', `${repo.dir}/.git/hooks/pre-push`));
    } finally {
      await repoAt(worktree).cleanup();
    }
  });
});

test('an outdated migcheck hook is refreshed, not chained', async () => {
  await withRepo(async (repo) => {
    await repo.migcheck(['init']);
    const old = (await repo.read('.git/hooks/pre-commit')).replace(/^migcheck_js=.*$/m, "migcheck_js='/old/place/bin/migcheck.js'");
    await repo.write({ '.git/hooks/pre-commit': old });
    const result = await repo.migcheck(['init']);
    assert.is(result.stdout.split('\n')[1], "  updated .git/hooks/pre-commit: refresh migcheck's pre-commit hook");
    assert.is(await repo.read('.git/hooks/pre-commit'), await expectedHook('pre-commit', '.git/hooks/pre-commit'));
    assert.is(await readFile(join(repo.dir, '.git/hooks/pre-commit.migcheck-chained'), 'utf8').catch(() => 'absent'), 'absent');
  });
});

test('a foreign hook with a chained hook already there is left alone (exit 2)', async () => {
  await withRepo(async (repo) => {
    await repo.write({ '.git/hooks/pre-commit': '#!/bin/sh\n', '.git/hooks/pre-commit.migcheck-chained': '#!/bin/sh\n' });
    const before = await snapshot(repo.dir);
    const result = await repo.migcheck(['init']);
    assert.is(result.code, 2);
    assert.is(result.stderr, [
      "migcheck: init: .git/hooks/pre-commit is not migcheck's hook, and .git/hooks/pre-commit.migcheck-chained already exists; migcheck will not overwrite either",
      'Merge the two hooks by hand (or delete the one you no longer need), then run migcheck init again.',
      '',
    ].join('\n'));
    assert.equal(await snapshot(repo.dir), before);
  });
});

test('when the installing migcheck is gone and none is on PATH, the hook says so and blocks', async () => {
  await withRepo(async (repo) => {
    await repo.migcheck(['init']);
    const hook = (await repo.read('.git/hooks/pre-commit')).replace(/^migcheck_js=.*$/m, "migcheck_js='/gone/bin/migcheck.js'");
    await repo.write({ '.git/hooks/pre-commit': hook, 'README.md': 'x\n' });
    await repo.exec(['add', 'README.md']);
    const env = { PATH: '/usr/bin:/bin' };
    const blocked = await repo.exec(['commit', '-q', '-m', 'readme'], { env });
    assert.is(blocked.code, 1);
    assert.is(blocked.stderr, `migcheck: the pre-commit hook cannot find migcheck (not at ${migcheckBin}, not on PATH, not in node_modules/.bin). Install it (npm install -D migcheck), run migcheck init again, or skip once with MIGCHECK_SKIP=1.\n`);
    const skipped = await repo.exec(['commit', '-q', '-m', 'readme'], { env: { ...env, MIGCHECK_SKIP: '1' } });
    assert.is(skipped.code, 0, skipped.stderr);
    const noVerify = await repo.exec(['commit', '-q', '--allow-empty', '--no-verify', '-m', 'empty'], { env });
    assert.is(noVerify.code, 0, noVerify.stderr);
  });
});

test('a bare repository is refused (exit 2)', async () => {
  const bare = await makeRepo({ bare: true });
  try {
    const result = await bare.migcheck(['init']);
    assert.is(result.code, 2);
    assert.is(result.stderr, 'migcheck: init: this is a bare repository; hooks run where commits are made, so run migcheck init in a clone\n');
  } finally {
    await bare.cleanup();
  }
});

test('a config error stops init with the key named', async () => {
  await withRepo(async (repo) => {
    await mkdir(join(repo.dir, 'conf'), { recursive: true });
    await writeFile(join(repo.dir, 'conf/migcheck.json'), '{"severity": {"behind-target": "loud"}}');
    const result = await repo.migcheck(['init', '--config', 'conf/migcheck.json']);
    assert.is(result.code, 2);
    assert.is(result.stderr, [
      'migcheck: config: severity.behind-target in conf/migcheck.json must be "error", "warning" or "off", not the string "loud"',
      'Known keys: target, environments, severity, ignore, allowedHeads, fetchTarget, versionTable, versionTableSchema (see the README, "Configuration", and docs/db.md).',
      '',
    ].join('\n'));
  });
});

test.run();
