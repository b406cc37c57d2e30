// The fast lane bin/migcheck.js runs before the ES module CLI: which invocations it answers by
// itself (a plain `check` of a commit that stages nothing migcheck reads) and which it leaves to
// the full CLI, in a real repository.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { nothingToCheckJson, quickCheck } from '../../src/fast-lane/quick-check.cjs';
import type { LaneHandOff } from '../../src/app/lane-hand-off.js';
import { parseStagedChanges, stagedChanges } from '../../src/git/staged-paths.cjs';
import { cleanEnv, makeRepo, type Repo } from '../helpers/repo.js';

let repo: Repo;

test.before(async () => {
  repo = await makeRepo();
  await repo.commit('base', { 'README.md': 'a\n', 'alembic.ini': '[alembic]\nscript_location = m\n' });
});
test.after(() => repo.cleanup());

/** quickCheck in the repository: its exit code and what it printed. */
async function quick(argv: string[], env: Record<string, string> = {}) {
  let printed = '';
  const code = await quickCheck(argv, cleanEnv(env), repo.dir, (text) => { printed += text; });
  return { code, printed };
}

test('a commit that stages only a README is answered by the lane (JSON as the full check prints it)', async () => {
  await repo.write({ 'README.md': 'b\n' });
  await repo.exec(['add', 'README.md']);
  assert.equal(await quick([]), { code: 0, printed: '' });
  assert.equal(await quick(['check', '--target', 'main', '--quiet']), { code: 0, printed: '' });
  assert.equal(await quick(['check', '--format=json', '--no-color']), { code: 0, printed: nothingToCheckJson() });
  assert.equal(JSON.parse(nothingToCheckJson()), { ok: true, target: null, environments: [] });
});

test('everything but a plain check goes to the full CLI', async () => {
  for (const argv of [
    ['check', '--rev', 'HEAD'], ['check', 'README.md'], ['README.md'], ['check', '--cwd', '.'], ['check', '--dir', 'm'],
    ['check', '--format', 'mermaid'], ['check', '--help'], ['check', '--target'], ['check', '--target', '--upload-pack=x'],
    ['heads'], ['pre-push'], ['check', '--bogus'],
  ]) {
    assert.is((await quick(argv)).code, undefined, argv.join(' '));
  }
  assert.is((await quick(['check'], { MIGCHECK_SKIP: '1' })).code, undefined);
  // Outside a repository git fails: the full CLI says so in one line.
  let printed = '';
  assert.is(await quickCheck(['check'], cleanEnv(), '/', (text) => { printed += text; }), undefined);
  assert.is(printed, '');
});

test('a staged Python file or config goes to the full check, with the staged paths handed over', async () => {
  for (const path of ['m/versions/a1.py', 'alembic.ini', 'pyproject.toml', 'sub/package.json', '.migcheckrc.json']) {
    await repo.exec(['reset', '-q']);
    await repo.write({ [path]: 'x = 1\n' });
    await repo.exec(['add', '--', path]);
    const handed = (await quick(['check'])).code as LaneHandOff;
    assert.is(typeof handed, 'object', path);
    assert.equal(handed.cwd, repo.dir, path);
    assert.equal(handed.changes.map((change) => change.path), [path], path);
  }
});

test('stagedChanges: status, index mode and full blob id of each change; a rename is two', async () => {
  await repo.exec(['reset', '-q', '--hard']);
  await repo.write({ 'v/new.py': 'n\n' });
  await repo.exec(['add', 'v/new.py']);
  await repo.exec(['mv', 'README.md', 'READ ME.md']);
  const oid = (await repo.exec(['rev-parse', ':v/new.py'])).stdout.trim();
  const changes = stagedChanges({ cwd: repo.dir, env: cleanEnv() })!;
  assert.equal(changes.map((c) => [c.status, c.path]).sort(), [['A', 'READ ME.md'], ['A', 'v/new.py'], ['D', 'README.md']]);
  assert.equal(changes.find((c) => c.path === 'v/new.py'), { status: 'A', mode: '100644', oid, path: 'v/new.py' });
  assert.equal(changes.find((c) => c.path === 'README.md')!.oid, '0'.repeat(oid.length));
  assert.equal(parseStagedChanges(''), []);
});

test.run();
