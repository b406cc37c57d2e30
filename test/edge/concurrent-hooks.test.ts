/**
 * Two hooks at once in the same repository (two terminals, an editor's git integration and a
 * shell): both `migcheck check` processes read and write the shared parse cache in
 * `<commonDir>/migcheck/`. Every answer must be right, the cache must stay valid JSON with no
 * temporary files left, and a damaged cache must only cost speed.
 */
import { CACHE_NAMES } from '../helpers/cache-names.js';
import { SUMMARY_DIR } from '../../src/cache/tree-summaries.js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withRepo } from '../helpers/repo.js';
import { CHAIN1_HEAD, FORK_POINT, NEW_PATH, NEW_REV, assertExit, commitSeedMain, findingCodes, newRevision } from './edge-helpers.js';

const ROUNDS = 4;

test('concurrent checks never corrupt the parse cache; a third run is still right', async () => {
  await withRepo(async (repo) => {
    await commitSeedMain(repo);
    await repo.exec(['checkout', '-q', '-b', 'feature']);
    const cacheDir = join(repo.dir, '.git', 'migcheck');
    for (let round = 0; round < ROUNDS; round += 1) {
      // A new blob every round, so both processes have something to add to the cache.
      const bypass = round % 2 === 0;
      await repo.write({ [NEW_PATH]: newRevision(bypass ? FORK_POINT : CHAIN1_HEAD, `analytics round ${round}`) });
      await repo.exec(['add', NEW_PATH]);
      const results = await Promise.all([
        repo.migcheck(['check', '--format', 'json']),
        repo.migcheck(['check', '--format', 'json']),
        repo.migcheck(['heads', '--staged']),
      ]);
      for (const r of results.slice(0, 2)) {
        assertExit(r, bypass ? 1 : 0);
        assert.equal(findingCodes(r), bypass ? [`bypassed-chain:${NEW_REV}`] : []);
      }
      assertExit(results[2]!, 0);
      assert.is(results[2]!.stdout, bypass ? `${CHAIN1_HEAD} (head)\n${NEW_REV} (head)\n` : `${NEW_REV} (head)\n`);
    }
    const files = await readdir(cacheDir);
    assert.equal(files.filter((name) => !CACHE_NAMES.includes(name)), [], `leftovers in ${cacheDir}: ${files.join(', ')}`);
    assert.ok(files.includes('parse-cache-v1.json') && files.includes(SUMMARY_DIR), files.join(', '));
    const snapshots = await readdir(join(cacheDir, SUMMARY_DIR));
    assert.ok(snapshots.length > 0 && snapshots.every((name) => /^[0-9a-f]{40}$/.test(name)), `leftovers in ${SUMMARY_DIR}: ${snapshots.join(', ')}`);
    JSON.parse(await readFile(join(cacheDir, 'parse-cache-v1.json'), 'utf8'));

    // A third, lone run after the races answers from the cache and is right.
    await repo.write({ [NEW_PATH]: newRevision(FORK_POINT, 'analytics round 0') });
    await repo.exec(['add', NEW_PATH]);
    const third = await repo.migcheck(['check', '--format', 'json']);
    assertExit(third, 1);
    assert.equal(findingCodes(third), [`bypassed-chain:${NEW_REV}`]);
  });
});

test('a damaged or foreign parse cache is ignored and replaced', async () => {
  await withRepo(async (repo) => {
    await commitSeedMain(repo);
    await repo.exec(['checkout', '-q', '-b', 'feature']);
    await repo.write({ [NEW_PATH]: newRevision(FORK_POINT) });
    await repo.exec(['add', NEW_PATH]);
    assertExit(await repo.migcheck(['check']), 1);
    const cache = join(repo.dir, '.git', 'migcheck', 'parse-cache-v1.json');
    const good = await readFile(cache, 'utf8');
    for (const damaged of [good.slice(0, good.length >> 1), '\0\0\0', '[]', 'null', '{"version":1,"reader":"x","generation":"NaN","entries":{}}',
      JSON.stringify({ ...JSON.parse(good), entries: { x: { u: 1, p: 1, f: null } } })]) {
      await writeFile(cache, damaged);
      const r = await repo.migcheck(['check', '--format', 'json']);
      assertExit(r, 1);
      assert.equal(findingCodes(r), [`bypassed-chain:${NEW_REV}`]);
    }
  });
});

test.run();
