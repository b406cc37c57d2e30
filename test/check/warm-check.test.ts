/**
 * A hook checks the same history on every commit: the second check of the seed's bypass reads
 * the merge-base and target from tree snapshots and the index as HEAD + the staged file, so it
 * starts no listing at all — and says exactly what the first (cold) check said, in every format.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { withRepo } from '../helpers/repo.js';
import { runListingLoads } from '../helpers/loaded-files.js';
import { CHAIN1_HEAD, FORK_POINT, NEW_PATH, assertExit, gitSpy, newRevision, seedMain } from './check-helpers.js';
import { SEED_VERSIONS } from '../helpers/seed-story.js';
import { revisionText } from '../helpers/revision-files.js';

/** The git commands of one run (global options dropped), and its result. */
async function traced(run: (env: Record<string, string>) => Promise<import('../helpers/repo.js').RunResult>) {
  const spy = await gitSpy();
  try {
    const result = await run(spy.env);
    return { result, calls: (await spy.calls()).map((call) => call.replace(/^--no-optional-locks /, '')) };
  } finally {
    await spy.cleanup();
  }
}

test('warm: no listing, the same report as cold (human and JSON), also after the cache is removed', async () => {
  await withRepo(async (repo) => {
    await seedMain(repo);
    await repo.exec(['checkout', '-q', '-b', 'feature']);
    await repo.write({ [NEW_PATH]: newRevision(FORK_POINT) });
    await repo.exec(['add', NEW_PATH]);
    const cold = await repo.migcheck(['check', '--format', 'json']);
    const coldHuman = await repo.migcheck(['check']);
    const spy = await gitSpy();
    let warm;
    let calls: string[];
    try {
      warm = await repo.migcheck(['check', '--format', 'json'], { env: spy.env });
      calls = await spy.calls();
    } finally {
      await spy.cleanup();
    }
    assertExit(cold, 1);
    assert.is(warm.stdout, cold.stdout);
    assert.equal((await repo.migcheck(['check'])).stdout, coldHuman.stdout);
    const commands = calls.map((call) => call.replace(/^--no-optional-locks /, '').split(' ')[0]);
    assert.not.ok(commands.includes('ls-tree'), calls.join('\n'));
    assert.not.ok(calls.some((call) => call.includes('ls-files') && call.includes('versions')), calls.join('\n'));
    // A branch at main's tip: its merge-base with main is main, asked of no git process.
    assert.not.ok(commands.includes('merge-base'), calls.join('\n'));
    await rm(join(repo.dir, '.git', 'migcheck'), { recursive: true, force: true });
    assert.is((await repo.migcheck(['check', '--format', 'json'])).stdout, cold.stdout);
  });
});

test('a warm commit is answered by warm.cjs alone: the full check\'s bundle is not read, and the answer is the full check\'s', async () => {
  await withRepo(async (repo) => {
    await seedMain(repo);
    await repo.exec(['checkout', '-q', '-b', 'feature']);
    // A new migration on main's head: a clean commit, which the summaries answer (a bypass is
    // a shape extendVerdict leaves to the full check).
    await repo.write({ [NEW_PATH]: newRevision(CHAIN1_HEAD) });
    await repo.exec(['add', NEW_PATH]);
    // git commit brings the index's cache-tree up to date before its hook runs: write-tree does the same.
    await repo.exec(['write-tree']);
    const name = (path: string) => path.slice(path.lastIndexOf('/') + 1);
    const cold = await runListingLoads(['check'], { cwd: repo.dir });
    assertExit(cold.result, 0);
    assert.ok(cold.loaded.map(name).includes('check.cjs'), 'the first check is the full one');
    const warm = await runListingLoads(['check'], { cwd: repo.dir });
    assert.is(warm.result.stdout, cold.result.stdout);
    assert.is(warm.result.code, cold.result.code);
    const files = warm.loaded.map(name);
    assert.ok(files.includes('warm.cjs'), files.join(', '));
    assert.not.ok(files.includes('check.cjs'), files.join(', '));
  });
});

test('a branch with migrations of its own: the first check reads HEAD along once, later ones derive the index from it', async () => {
  await withRepo(async (repo) => {
    await seedMain(repo);
    await repo.exec(['checkout', '-q', '-b', 'feature']);
    await repo.commit('own migration', { [`${SEED_VERSIONS}/b1_own.py`]: revisionText({ rev: 'b1', down: [CHAIN1_HEAD] }) });
    await repo.write({ [`${SEED_VERSIONS}/b2_next.py`]: revisionText({ rev: 'b2', down: ['b1'] }) });
    await repo.exec(['add', '-A']);
    const listsVersions = (calls: string[]) => calls.filter((call) => /^ls-(?:files|tree) /.test(call) && call.includes('versions'));
    const first = await traced((env) => repo.migcheck(['check', '--format', 'json'], { env }));
    const second = await traced((env) => repo.migcheck(['check', '--format', 'json'], { env }));
    assertExit(first.result, 0);
    assert.is(second.result.stdout, first.result.stdout);
    // Cold: the index, main's tip (merge-base and target), and HEAD along.
    assert.is(listsVersions(first.calls).length, 3, first.calls.join('\n'));
    assert.equal(listsVersions(second.calls), [], second.calls.join('\n'));
  });
});

test.run();
