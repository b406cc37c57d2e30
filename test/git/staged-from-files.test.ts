/**
 * The staged changes read from the repository's files (the index's cache-tree root, its tree
 * objects and HEAD's) against `git diff --cached --raw --no-renames` itself, on random histories: files added,
 * edited, deleted, made executable, turned into links or folders and back, folders added and
 * removed whole, submodule entries; loose and packed objects (OFS and REF deltas). Where the
 * files cannot tell for certain — no cache-tree after `git add`, a conflict, an intent-to-add
 * entry, replacement refs — the answer is undefined, never a wrong list.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { statSync } from 'node:fs';
import { withRepo, cleanEnv, type Repo } from '../helpers/repo.js';
import { fileIdentity, readIndexTail } from '../../src/git/read-index.cjs';
import { readHead } from '../../src/git/read-head.cjs';
import { locateRepository } from '../../src/git/locate-repository.cjs';
import { ObjectStore } from '../../src/git/object-store.cjs';
import { stagedFromFiles } from '../../src/git/staged-from-files.cjs';
import { objectsAsStored } from '../../src/git/repository-files.cjs';
import { parseStagedChanges, stagedPathsArgs } from '../../src/git/staged-paths.cjs';
import { seededRandom } from '../helpers/seeded-random.js';

const random = seededRandom;

/** What the files say the index stages (undefined: not for certain). */
function fromFiles(repo: Repo) {
  const located = locateRepository(repo.dir, cleanEnv())!;
  const identity = fileIdentity(statSync(located.indexFile, { bigint: true }));
  const tail = readIndexTail(located.indexFile, identity);
  if (!tail) return undefined;
  const store = ObjectStore.open(join(located.commonDir, 'objects'), 20);
  const head = readHead(located, store);
  if (!head || !objectsAsStored(located.commonDir, cleanEnv())) return undefined;
  const root = tail.trees.get('');
  return root === undefined ? undefined : stagedFromFiles({ indexTree: root, headTree: head.tree, store, hashBytes: 20 });
}

const fromGit = async (repo: Repo) => parseStagedChanges((await repo.exec(stagedPathsArgs())).stdout);

const FOLDERS = ['', 'a', 'a/b', 'a/b/c', 'd', 'd/e', 'x.y', 'a-b', 'a0'];

/** Stages a random change of the working tree, the way a developer would (all through git). */
async function mutate(repo: Repo, next: () => number, round: number): Promise<void> {
  const tracked = (await repo.exec(['ls-files', '-z'])).stdout.split('\0').filter(Boolean);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const kind = Math.floor(next() * 9);
  const fresh = () => `${pick(FOLDERS)}/${pick(['n', 'm.py', 'z', 'a', 'b.ini'])}${round}`.replace(/^\//, '');
  switch (kind) {
    case 0: await repo.write({ [fresh()]: `new ${round}\n` }); break;
    case 1: if (tracked.length) await repo.write({ [pick(tracked)]: `edit ${round}\n` }); break;
    case 2: if (tracked.length) await repo.exec(['rm', '-q', '--cached', pick(tracked)]); return;
    case 3: if (tracked.length) await repo.exec(['update-index', '--chmod=+x', pick(tracked)]); return;
    case 4: if (tracked.length) { const path = pick(tracked); await rm(join(repo.dir, path), { force: true }); await symlink(`target-${round}`, join(repo.dir, path)); } break;
    case 5: { const folder = pick(FOLDERS.filter(Boolean)); await repo.exec(['rm', '-r', '-q', '--cached', '--ignore-unmatch', '--', folder]); return; }
    case 6: { const blob = (await repo.exec(['rev-parse', 'HEAD'])).stdout.trim(); await repo.exec(['update-index', '--add', '--cacheinfo', `160000,${blob},${fresh()}`]); return; }
    case 7: await repo.write({ [`${fresh()}/deep/er/f`]: `deep ${round}\n` }); break;
    default: if (tracked.length) { const path = pick(tracked); await repo.exec(['rm', '-q', '--cached', path]); await rm(join(repo.dir, path), { force: true }); await repo.write({ [`${path}/inside`]: `was a file ${round}\n` }); } break;
  }
  await repo.exec(['add', '-A', '--', '.']);
}

for (const packing of ['loose', 'packed (OFS deltas)', 'packed (REF deltas)'] as const) {
  test(`random staged changes, ${packing}: the same records as git diff --cached, or undefined`, async () => {
    await withRepo(async (repo) => {
      const next = random(packing.length * 7919);
      const files: Record<string, string> = {};
      for (const folder of FOLDERS) for (let k = 0; k < 3; k++) files[`${folder}/f${k}.py`.replace(/^\//, '')] = `${folder} ${k}\n`.repeat(20);
      await repo.commit('base', files);
      let compared = 0;
      for (let round = 0; round < 16; round++) {
        for (let n = 1 + Math.floor(next() * 3); n > 0; n--) await mutate(repo, next, round);
        // git commit refreshes the cache-tree before its hook runs: write-tree does the same.
        await repo.exec(['write-tree']);
        const expected = await fromGit(repo);
        const got = fromFiles(repo);
        assert.ok(got, `round ${round}: a full cache-tree is read`);
        assert.equal(got, expected, `round ${round}`);
        compared += expected.length;
        if (next() < 0.5) {
          await repo.exec(['commit', '-q', '--no-verify', '--allow-empty', '-m', `round ${round}`]);
          if (packing !== 'loose') await repo.exec(packing.includes('REF') ? ['-c', 'repack.useDeltaBaseOffset=false', 'repack', '-adq'] : ['repack', '-adq']);
        }
      }
      assert.ok(compared > 20, `compared ${compared} records`);
    });
  });
}

test('what the files cannot say for certain: undefined', async () => {
  await withRepo(async (repo) => {
    await repo.commit('base', { 'a/x.py': '1\n', 'b.txt': '1\n' });
    // Nothing staged: no record at all.
    assert.equal(fromFiles(repo), []);
    // After `git add` the changed folders have no id: git must be asked.
    await repo.write({ 'a/y.py': '2\n' });
    await repo.exec(['add', 'a/y.py']);
    assert.is(fromFiles(repo), undefined, 'after git add');
    await repo.exec(['write-tree']);
    assert.equal(fromFiles(repo), await fromGit(repo), 'after write-tree');
    // An intent-to-add entry is in no tree.
    await repo.write({ 'a/z.py': '3\n' });
    await repo.exec(['add', '-N', 'a/z.py']);
    await repo.exec(['write-tree']).catch(() => undefined);
    assert.is(fromFiles(repo), undefined, 'intent to add');
    await repo.exec(['rm', '-q', '--cached', 'a/z.py']);
    // Replacement refs change what git reads.
    await repo.exec(['write-tree']);
    const head = (await repo.exec(['rev-parse', 'HEAD'])).stdout.trim();
    await repo.exec(['replace', head, head]).catch(() => undefined);
    await repo.exec(['update-ref', `refs/replace/${'1'.repeat(40)}`, head]);
    assert.is(objectsAsStored(join(repo.dir, '.git'), cleanEnv()), false, 'refs/replace');
  });
});

test.run();
