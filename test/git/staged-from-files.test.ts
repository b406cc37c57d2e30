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
import { execFileSync } from 'node:child_process';
import { withRepo, cleanEnv, type Repo } from '../helpers/repo.js';
import { fileIdentity, readIndexTail } from '../../src/git/read-index.cjs';
import { readHead } from '../../src/git/read-head.cjs';
import { locateRepository } from '../../src/git/locate-repository.cjs';
import { ObjectStore } from '../../src/git/object-store.cjs';
import { MARK_EVERY, stagedFromFiles, type TreeMarks } from '../../src/git/staged-from-files.cjs';
import { objectsAsStored } from '../../src/git/repository-files.cjs';
import { parseStagedChanges, stagedPathsArgs } from '../../src/git/staged-paths.cjs';
import { seededRandom } from '../helpers/seeded-random.js';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { TREE_MARKS_DIR, treeMarks } from '../../src/cache/tree-marks.cjs';
import { checksum } from '../../src/cache/checksum.cjs';

const random = seededRandom;

/** What the files say the index stages (undefined: not for certain), with `marks` for large folders. */
function fromFiles(repo: Repo, marks?: TreeMarks) {
  const located = locateRepository(repo.dir, cleanEnv())!;
  const identity = fileIdentity(statSync(located.indexFile, { bigint: true }));
  const tail = readIndexTail(located.indexFile, identity);
  if (!tail) return undefined;
  const store = ObjectStore.open(join(located.commonDir, 'objects'), 20);
  const head = readHead(located, store);
  if (!head || !objectsAsStored(located.commonDir, cleanEnv())) return undefined;
  const root = tail.trees.get('');
  return root === undefined ? undefined : stagedFromFiles({ indexTree: root, headTree: head.tree, store, hashBytes: 20, marks });
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

/** The kept marks of the repository's common folder, counting the reads that found marks. */
function countedMarks(repo: Repo): { marks: TreeMarks; hits: () => number } {
  const kept = treeMarks(join(repo.dir, '.git'));
  let hits = 0;
  return {
    marks: { read: (oid, data, hashBytes) => { const found = kept.read(oid, data, hashBytes); if (found) hits++; return found; }, keep: kept.keep },
    hits: () => hits,
  };
}

test('a large folder compared by its kept marks: the same records as git, commit after commit, and damaged marks are walked past', async () => {
  await withRepo(async (repo) => {
    const next = random(4242);
    const name = (k: number) => `v/${(k * 2654435761 % 2 ** 32).toString(16).padStart(8, '0')}_rev_${k}.py`;
    const files: Record<string, string> = { 'a.txt': 'a\n' };
    for (let k = 0; k < 700; k++) files[name(k)] = `revision = "r${k}"\n`;
    await repo.commit('base', files);
    const { marks, hits } = countedMarks(repo);
    let fresh = 700;
    for (let round = 0; round < 12; round++) {
      const tracked = (await repo.exec(['ls-files', '-z', 'v'])).stdout.split('\0').filter(Boolean);
      for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
        const kind = Math.floor(next() * 4);
        const pick = tracked[Math.floor(next() * tracked.length)]!;
        if (kind === 0) await repo.exec(['rm', '-q', '--ignore-unmatch', pick]);
        else if (kind === 1) await repo.write({ [pick]: `edited ${round}\n` });
        else await repo.write({ [name(fresh++)]: `revision = "n${round}"\n` });
      }
      await repo.exec(['add', '-A', '--', 'v']);
      await repo.exec(['write-tree']);
      const expected = await fromGit(repo);
      assert.ok(expected.length > 0, `round ${round}: something staged`);
      assert.equal(fromFiles(repo, marks), expected, `round ${round}`);
      // The same comparison again: HEAD's marks, kept by the first, are read this time.
      assert.equal(fromFiles(repo, marks), expected, `round ${round}, again`);
      await repo.exec(['commit', '-q', '--no-verify', '-m', `round ${round}`]);
    }
    // Every commit's HEAD had the marks the comparison before it kept for the index.
    assert.ok(hits() >= 22, `marks found ${hits()} times`);
    const dir = join(repo.dir, '.git', 'migcheck', TREE_MARKS_DIR);
    const kept = (await readdir(dir)).filter((file) => /^[0-9a-f]{40}$/.test(file));
    assert.ok(kept.length >= 2, kept.join(', '));
    // The marks kept for HEAD's tree (carried over from commit to commit) are entry starts of it,
    // about one per MARK_EVERY entries.
    const headTree = (await repo.exec(['rev-parse', 'HEAD:v'])).stdout.trim();
    const raw = execFileSync('git', ['cat-file', 'tree', headTree], { cwd: repo.dir, env: cleanEnv() });
    const starts = new Set<number>();
    for (let at = 0; at < raw.length; at = raw.indexOf(0, at) + 21) starts.add(at);
    // Damage HEAD's marks: an offset moved off an entry's start (checksum made to match), then bytes
    // flipped. Each is a miss: the folder is walked, and the answer is git's.
    await repo.write({ [name(fresh++)]: 'revision = "last"\n' });
    await repo.exec(['add', '-A', '--', 'v']);
    await repo.exec(['write-tree']);
    const expected = await fromGit(repo);
    const file = join(dir, headTree);
    const good = await readFile(file);
    const lineEnd = good.indexOf(10) + 1;
    const body = Buffer.from(good.subarray(lineEnd));
    const offsets = [...new Uint32Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.length))];
    assert.ok(offsets.every((at) => at > 0 && starts.has(at)), 'every mark starts an entry');
    assert.ok(offsets.length >= Math.floor(starts.size / MARK_EVERY) - 3, `${offsets.length} marks for ${starts.size} entries`);
    body.writeUInt32LE(body.readUInt32LE(4) + 3, 4);
    const line = good.toString('latin1', 0, lineEnd).replace(/[0-9a-f]{8}\n$/, `${checksum(body)}\n`);
    const cases: [string, Buffer][] = [
      ['an offset off an entry', Buffer.concat([Buffer.from(line, 'latin1'), body])],
      ['bytes flipped', Buffer.from(good.map((byte, i) => (i > lineEnd && i % 7 === 0 ? byte ^ 0x55 : byte)))],
      ['cut short', good.subarray(0, good.length - 2)],
    ];
    for (const [label, bytes] of cases) {
      await writeFile(file, bytes);
      const before = hits();
      assert.equal(fromFiles(repo, marks), expected, label);
      assert.is(hits(), before, `${label}: not used`);
    }
  });
});

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
