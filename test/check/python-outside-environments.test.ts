/**
 * Most commits of a Python team stage Python files that are not migrations. Once a check has
 * found the index's environments, such a commit is answered by the fast lane after
 * `git diff --cached` alone — the environments come from the cache, keyed by the index's own
 * config entries and migcheck's settings files, read without git. Whatever could change the
 * answer (a config, a file under a versions folder or a script location, a settings file on disk,
 * a symlinked versions folder) goes to the full check, which says what it always said.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { makeRepo, type Repo } from '../helpers/repo.js';
import { environmentFiles, revisionText } from '../helpers/revision-files.js';
import { assertExit, gitSpy, json } from './check-helpers.js';

let repo: Repo;

test.before(async () => {
  repo = await makeRepo();
  await repo.commit('history', {
    ...environmentFiles('backend', [{ rev: 'a1' }, { rev: 'a2', down: ['a1'] }]),
    'backend/migrations/env.py': '# env\n',
    'backend/app/models.py': 'x = 1\n',
    'tools/lint.py': 'y = 1\n',
  });
  await repo.exec(['checkout', '-q', '-b', 'feature']);
});

test.after(() => repo.cleanup());

/** Stages `files`, runs `check` (JSON) with a git spy, unstages; the result and the git commands. */
async function check(files: Record<string, string>, args: string[] = []) {
  await repo.write(files);
  await repo.exec(['add', '--', ...Object.keys(files)]);
  const spy = await gitSpy();
  try {
    const result = await repo.migcheck(['check', '--format', 'json', ...args], { env: spy.env });
    return { result, commands: (await spy.calls()).map((call) => call.replace(/^--no-optional-locks /, '').split(' ').slice(0, 2).join(' ')) };
  } finally {
    await spy.cleanup();
    await repo.exec(['reset', '-q']);
    await repo.exec(['checkout', '-q', '--', '.']);
  }
}

const LANE_JSON = { ok: true, target: null, environments: [] };

test('a staged app file: the first check finds the environments, every later one asks git only for the diff', async () => {
  const first = await check({ 'backend/app/models.py': 'x = 2\n' });
  assertExit(first.result, 0);
  assert.ok(first.commands.length > 1, 'the first check discovers the environments');
  for (const files of [{ 'backend/app/models.py': 'x = 3\n' }, { 'tools/lint.py': 'y = 2\n', 'backend/app/new.py': 'z = 1\n' }] as Record<string, string>[]) {
    const later = await check(files);
    assertExit(later.result, 0);
    assert.equal(json(later.result), LANE_JSON);
    assert.equal(later.commands, ['diff --cached'], Object.keys(files).join(' '));
  }
});

test('what could change the answer still goes to the full check', async () => {
  await check({ 'backend/app/models.py': 'x = 2\n' });
  const cases: [string, Record<string, string>][] = [
    ['a migration', { 'backend/migrations/versions/a3_x.py': revisionText({ rev: 'a3', down: ['a2'] }) }],
    ['env.py', { 'backend/migrations/env.py': '# changed\n' }],
    ['a file under the script location', { 'backend/migrations/helpers.py': 'h = 1\n' }],
    ['an ini', { 'backend/other.ini': '[x]\n' }],
  ];
  for (const [label, files] of cases) {
    const { commands } = await check(files);
    assert.ok(commands.length > 1, `${label}: ${commands.join(', ')}`);
  }
  // A settings file changed on disk (not staged) changes the fingerprint.
  await repo.write({ '.migcheckrc.json': JSON.stringify({ environments: ['backend/migrations/versions'] }) });
  try {
    const { commands, result } = await check({ 'backend/app/models.py': 'x = 9\n' });
    assertExit(result, 0);
    assert.ok(commands.length > 1, commands.join(', '));
    assert.equal((await check({ 'backend/app/models.py': 'x = 10\n' })).commands, ['diff --cached'], 'warm again under the new settings');
  } finally {
    await repo.write({ '.migcheckrc.json': null });
  }
});

test('a versions folder behind a symlink: any staged Python file goes to the full check', async () => {
  const linked = await makeRepo();
  try {
    await linked.commit('history', { ...environmentFiles('', [{ rev: 'a1' }], 'db'), 'shared/keep.txt': 'k\n' });
    await linked.exec(['rm', '-q', '-r', 'db/versions']);
    await linked.write({ 'shared/a1_revision_a1.py': revisionText({ rev: 'a1' }) });
    await mkdir(join(linked.dir, 'db'), { recursive: true });
    await symlink('../shared', join(linked.dir, 'db', 'versions'));
    await linked.commit('versions behind a link');
    await linked.exec(['checkout', '-q', '-b', 'feature']);
    await linked.write({ 'shared/b1_x.py': revisionText({ rev: 'b1', down: ['zzzz'] }) });
    await linked.exec(['add', '-A']);
    for (let i = 0; i < 2; i++) {
      const r = await linked.migcheck(['check', '--format', 'json']);
      assertExit(r, 1);
      assert.ok(json(r).environments[0].findings.some((f: any) => f.code === 'missing-parent'));
    }
  } finally {
    await linked.cleanup();
  }
});

test.run();
