/**
 * Clones as CI makes them: shallow (`--depth`) with and without the merge-base, and a target that
 * exists only as a remote-tracking ref (`origin/main`, the local `main` deleted).
 * Origin: main = shared, c1, chain 1, c2; feature (from c1) adds the seed's bypassing migration.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cleanEnv, makeRepo, repoAt, run, type Repo } from '../helpers/repo.js';
import { seedChain1, seedFiles, seedShared } from '../helpers/seed-story.js';
import { FORK_POINT, NEW_PATH, NEW_REV, assertCouldNotCheck, assertExit, findingCodes, newRevision, report } from './edge-helpers.js';

let origin: Repo;
const clones: Repo[] = [];

async function clone(args: string[], name: string): Promise<Repo> {
  const dir = `${origin.dir}-${name}`;
  const r = await run('git', ['clone', '-q', ...args, `file://${origin.dir}`, dir], { cwd: '/', env: cleanEnv() });
  assert.is(r.code, 0, r.stderr);
  const repo = repoAt(dir);
  clones.push(repo);
  return repo;
}

test.before(async () => {
  origin = await makeRepo();
  await origin.commit('shared', seedFiles(seedShared));
  await origin.commit('c1', { 'a.txt': '1\n' });
  await origin.exec(['checkout', '-q', '-b', 'feature']);
  await origin.commit('analytics', { [NEW_PATH]: newRevision(FORK_POINT) });
  await origin.exec(['checkout', '-q', 'main']);
  await origin.commit('chain 1', seedFiles(seedChain1, false));
  await origin.commit('c2', { 'b.txt': '1\n' });
});

test.after(async () => {
  for (const c of clones) await c.cleanup();
  await origin.cleanup();
});

const SHALLOW_HINT = /no merge-base of HEAD and origin\/main: this is a shallow clone[^]*git fetch --unshallow[^]*--deepen/;

test('shallow clone without the merge-base: exit 2 naming git fetch --unshallow / --deepen; fixed by fetching', async () => {
  const c = await clone(['--depth', '1', '--no-single-branch'], 'shallow1');
  assert.is((await c.exec(['rev-parse', '--is-shallow-repository'])).stdout, 'true\n');
  await c.exec(['checkout', '-q', 'feature']);
  for (const r of await Promise.all([c.migcheck(['check', '--rev', 'HEAD']), c.migcheck(['pre-push']), c.migcheck(['rebase-plan'])])) {
    assertCouldNotCheck(r, SHALLOW_HINT);
  }
  // The index check of a migration change needs the merge-base too.
  await c.write({ [NEW_PATH]: newRevision(FORK_POINT, 'reworded') });
  await c.exec(['add', NEW_PATH]);
  assertCouldNotCheck(await c.migcheck(['check']), SHALLOW_HINT);

  assert.is((await c.exec(['fetch', '-q', '--unshallow'])).code, 0);
  const r = await c.migcheck(['check', '--rev', 'HEAD', '--format', 'json']);
  assertExit(r, 1);
  assert.equal(findingCodes(r), [`behind-target:${NEW_REV}`]);
});

test('shallow clone deep enough to hold the merge-base: checked as a full clone', async () => {
  const c = await clone(['--depth', '3', '--no-single-branch'], 'shallow3');
  assert.is((await c.exec(['rev-parse', '--is-shallow-repository'])).stdout, 'true\n');
  await c.exec(['checkout', '-q', 'feature']);
  const r = await c.migcheck(['check', '--rev', 'HEAD', '--format', 'json']);
  assertExit(r, 1);
  assert.equal(findingCodes(r), [`behind-target:${NEW_REV}`]);
  // The index check finds the merge-base too: behind-target is a warning at commit time.
  await c.write({ [NEW_PATH]: newRevision(FORK_POINT, 'reworded') });
  await c.exec(['add', NEW_PATH]);
  const index = await c.migcheck(['check', '--format', 'json']);
  assertExit(index, 0);
  assert.equal(report(index).environments.flatMap((e) => e.findings.map((f) => `${f.code}:${f.severity}`)), ['behind-target:warning']);
});

test('a single-branch depth-1 clone of the feature: the target is missing, said with the fix', async () => {
  const c = await clone(['--depth', '1', '--branch', 'feature'], 'single');
  const r = await c.migcheck(['check', '--rev', 'HEAD']);
  assertCouldNotCheck(r, /origin|target/);
  assert.match(r.stderr, /git fetch/);
});

test('the target exists only as origin/main (local main deleted): found and used', async () => {
  const c = await clone([], 'remote-only');
  await c.exec(['checkout', '-q', 'feature']);
  assert.is((await c.exec(['branch', '-D', 'main'])).code, 0);
  const r = await c.migcheck(['check', '--rev', 'HEAD', '--format', 'json']);
  assertExit(r, 1);
  assert.is((JSON.parse(r.stdout) as { target: { ref: string } }).target.ref, 'origin/main');
  assert.equal(findingCodes(r), [`behind-target:${NEW_REV}`]);
  assertExit(await c.migcheck(['pre-push']), 1);
  // Without origin/HEAD too, the fallback list still finds origin/main.
  await c.exec(['remote', 'set-head', 'origin', '-d']);
  const again = await c.migcheck(['check', '--rev', 'HEAD', '--target', 'origin/main']);
  assertExit(again, 1);
  assertExit(await c.migcheck(['check', '--rev', 'HEAD']), 1);
});

test.run();
