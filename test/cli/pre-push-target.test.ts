// pre-push checks against the target as last fetched, and says which commit that was; --fetch (or
// the config's "fetchTarget": true) fetches the target's branch first. The seed's story across a
// remote: the developer cloned before chain 1 reached origin's main, wrote n0o1p2q3r4s5 on
// f8g9h0i1j2k3, and pushes. Against the stale origin/main that looks fine; against origin's main
// as it is now, the push would fork the chain.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cleanEnv, makeRepo, repoAt, run, type Repo } from '../helpers/repo.js';
import { seedChain1, seedFiles, seedShared } from '../helpers/seed-story.js';
import { assertExit, FORK_POINT, NEW_PATH, newRevision, CHAIN1_HEAD } from '../check/check-helpers.js';

let origin: Repo;
let clone: Repo;
let stale = '';
let fresh = '';

test.before(async () => {
  origin = await makeRepo();
  stale = await origin.commit('shared', seedFiles(seedShared));
  const dir = `${origin.dir}-clone`;
  const r = await run('git', ['clone', '-q', `file://${origin.dir}`, dir], { cwd: '/', env: cleanEnv() });
  assert.is(r.code, 0, r.stderr);
  clone = repoAt(dir);
  await clone.exec(['config', 'commit.gpgSign', 'false']);
  // Chain 1 reaches origin's main after the clone.
  fresh = await origin.commit('chain 1', seedFiles(seedChain1, false));
  await clone.exec(['checkout', '-q', '-b', 'analytics']);
  await clone.commit('analytics', { [NEW_PATH]: newRevision(FORK_POINT) });
});
test.after(async () => {
  await clone.cleanup();
  await origin.cleanup();
});

/** What git hands the pre-push hook for a push of the analytics branch. */
const pushLine = async () => `refs/heads/analytics ${(await clone.exec(['rev-parse', 'HEAD'])).stdout.trim()} refs/heads/analytics ${'0'.repeat(40)}\n`;

test('without --fetch: checked against the last-fetched origin/main, and it says which commit', async () => {
  const r = await clone.migcheck(['pre-push', 'origin', `file://${origin.dir}`], { input: await pushLine() });
  assertExit(r, 0);
  assert.ok(r.stdout.endsWith(`migcheck: checked against origin/main at ${stale.slice(0, 12)}, as last fetched (\`--fetch\` or the config key "fetchTarget": true fetches it first)\n`), r.stdout);
  assert.is((await clone.exec(['rev-parse', 'origin/main'])).stdout.trim(), stale);
});

test('--fetch: fetches origin/main first, checks against it, and blocks the push', async () => {
  const r = await clone.migcheck(['pre-push', '--fetch', 'origin', `file://${origin.dir}`], { input: await pushLine() });
  assertExit(r, 1);
  assert.match(r.stdout, /behind-target|bypassed-chain/);
  assert.ok(r.stdout.includes(CHAIN1_HEAD));
  assert.ok(r.stdout.endsWith(`migcheck: checked against origin/main at ${fresh.slice(0, 12)}, fetched just now\n`), r.stdout);
  assert.is((await clone.exec(['rev-parse', 'origin/main'])).stdout.trim(), fresh);
  assert.is(r.stderr, '');
});

test('config "fetchTarget": true does the same; a fetch that fails warns and checks the last-fetched target', async () => {
  await clone.exec(['update-ref', 'refs/remotes/origin/main', stale]);
  await clone.write({ '.migcheckrc.json': '{"fetchTarget": true}\n' });
  const fetched = await clone.migcheck(['pre-push'], { input: await pushLine() });
  assertExit(fetched, 1);
  assert.ok(fetched.stdout.endsWith(`, fetched just now\n`));

  await clone.exec(['update-ref', 'refs/remotes/origin/main', stale]);
  await clone.exec(['remote', 'set-url', 'origin', `file://${origin.dir}-gone`]);
  const offline = await clone.migcheck(['pre-push', '--format', 'json'], { input: await pushLine() });
  assertExit(offline, 0);
  assert.match(offline.stderr, /^migcheck: could not fetch main from origin \(.+\); checking against the last-fetched commit\n$/);
  assert.is(JSON.parse(offline.stdout).target.commit, stale);
  await clone.exec(['remote', 'set-url', 'origin', `file://${origin.dir}`]);

  assertExit(await clone.migcheck(['pre-push'], { input: await pushLine(), env: {} }), 1);
  await clone.write({ '.migcheckrc.json': '{"fetchTarget": "yes"}\n' });
  const bad = await clone.migcheck(['pre-push'], { input: await pushLine() });
  assertExit(bad, 2);
  assert.match(bad.stderr, /fetchTarget.*must be true or false/);
  await clone.write({ '.migcheckrc.json': null });
});

test('a local target cannot be fetched: said once, and checked as it is', async () => {
  const r = await clone.migcheck(['pre-push', '--fetch', '--target', 'main'], { input: await pushLine() });
  assert.match(r.stderr, /^migcheck: the target main is a local branch: nothing to fetch\n$/);
  assert.match(r.stdout, /migcheck: checked against main at [0-9a-f]{12}\n$/);
});

test.run();
