// The fast lane: which staged changes it answers by itself (nothing migcheck reads) and which it
// leaves to the full check (handing over what it read), in a real repository. Which command lines
// reach it is main.ts's decision, tested in fast-lane-equivalence.test.ts.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { quickCheck, quickLaneState } from '../../src/fast-lane/quick-check.cjs';
import { nothingToCheckJson } from '../../src/cli/nothing-staged.js';
import { parseStagedChanges, stagedChanges } from '../../src/git/staged-paths.cjs';
import { cleanEnv, makeRepo, type Repo } from '../helpers/repo.js';

let repo: Repo;

test.before(async () => {
  repo = await makeRepo();
  await repo.commit('base', { 'README.md': 'a\n', 'alembic.ini': '[alembic]\nscript_location = m\n' });
});
test.after(() => repo.cleanup());

/** quickCheck in the repository: true when it answered. */
const quick = (env: Record<string, string> = {}) => quickCheck({ cwd: repo.dir, env: cleanEnv(env) });

test('a commit that stages only a README is answered by the lane', async () => {
  await repo.write({ 'README.md': 'b\n' });
  await repo.exec(['add', 'README.md']);
  assert.is(quick(), true);
  assert.equal(JSON.parse(nothingToCheckJson()), { ok: true, target: null, environments: [] });
});

test('outside a repository git fails: the full check says so', () => {
  assert.is(quickCheck({ cwd: '/', env: cleanEnv() }), false);
  assert.is(quickCheck({ cwd: '/no/such/folder', env: cleanEnv() }), false);
});

/** What the lane handed over (a function: TypeScript would keep the `delete` below in mind). */
const handedOver = () => quickLaneState.staged;

test('a staged Python file or config goes to the full check, with the staged paths handed over', async () => {
  for (const path of ['m/versions/a1.py', 'alembic.ini', 'pyproject.toml', 'sub/package.json', '.migcheckrc.json']) {
    await repo.exec(['reset', '-q']);
    await repo.write({ [path]: 'x = 1\n' });
    await repo.exec(['add', '--', path]);
    delete quickLaneState.staged;
    assert.is(quick(), false, path);
    const handed = handedOver();
    assert.equal(handed?.cwd, repo.dir, path);
    assert.equal(handed?.changes.map((change) => change.path), [path], path);
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
