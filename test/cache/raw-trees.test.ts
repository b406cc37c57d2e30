/**
 * The raw-tree cache in front of the object store, against git itself: a large versions folder
 * (packed, HEAD's tree a delta of its parent's) is kept on first read and then served from its
 * file; the staged changes computed through the cache are `git diff --cached`'s; a kept file that
 * is truncated, changed, empty, headerless, another tree's or a folder is a miss that falls back
 * to the objects (and is nothing at all when the objects are gone), never a wrong tree; bytes that
 * are not the tree named are never kept; small trees are not kept; only the newest few files stay.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, truncate, utimes, writeFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, withRepo, type Repo } from '../helpers/repo.js';
import { ObjectStore } from '../../src/git/object-store.cjs';
import { objectId } from '../../src/git/object-id.cjs';
import { MAX_KEPT_TREES, MIN_KEPT_TREE, RAW_TREES_DIR, rawTrees } from '../../src/cache/raw-trees.cjs';
import { fileIdentity, readIndexTail } from '../../src/git/read-index.cjs';
import { readHead } from '../../src/git/read-head.cjs';
import { locateRepository } from '../../src/git/locate-repository.cjs';
import { stagedFromFiles } from '../../src/git/staged-from-files.cjs';
import { parseStagedChanges, stagedPathsArgs } from '../../src/git/staged-paths.cjs';

const gitBytes = (dir: string, args: string[]) => execFileSync('git', args, { cwd: dir, env: cleanEnv(), maxBuffer: 1 << 30 });
const gitText = (dir: string, args: string[]) => gitBytes(dir, args).toString('utf8').trim();

/** A store that reads large trees through the repository's raw-tree cache, as the fast lane's does. */
function keepingStore(dir: string, objectsDir = join(dir, '.git', 'objects')): ObjectStore {
  const store = ObjectStore.open(objectsDir, 20);
  store.keepTreesWith(rawTrees(join(dir, '.git'), 20));
  return store;
}

const keptDir = (dir: string) => join(dir, '.git', 'migcheck', RAW_TREES_DIR);
/** A kept file's tree bytes: what follows its `<id> <crc>` line. */
const keptBytes = async (file: string) => { const content = await readFile(file); return content.subarray(content.indexOf(10) + 1); };
const kept = async (dir: string) => (await readdir(keptDir(dir)).catch(() => [] as string[])).filter((name) => !name.startsWith('.')).sort();

/** A versions folder well above MIN_KEPT_TREE, committed twice and packed (the second tree a delta). */
async function bigHistory(repo: Repo): Promise<{ versions: string; parentVersions: string }> {
  const files: Record<string, string> = { 'alembic.ini': '[alembic]\nscript_location = migrations\n', 'migrations/env.py': '# env\n' };
  for (let i = 0; i < 1600; i++) files[`migrations/versions/${(i * 2654435761 % 2 ** 40).toString(16).padStart(10, '0')}_add_table_number_${i}.py`] = `# ${i}\n`;
  await repo.commit('history', files);
  await repo.commit('one more', { 'migrations/versions/ffffffffff_one_more.py': '# more\n' });
  await repo.exec(['gc', '--quiet', '--aggressive']);
  const versions = gitText(repo.dir, ['rev-parse', 'HEAD:migrations/versions']);
  const parentVersions = gitText(repo.dir, ['rev-parse', 'HEAD~1:migrations/versions']);
  return { versions, parentVersions };
}

test('a large tree is kept on first read, then read from its file; the staged changes are git\'s', () => withRepo(async (repo) => {
  const { versions } = await bigHistory(repo);
  const git = gitBytes(repo.dir, ['cat-file', 'tree', versions]);
  assert.ok(git.length >= MIN_KEPT_TREE, `the folder's tree is large (${git.length} bytes)`);
  assert.ok(keepingStore(repo.dir).read(versions)!.data.equals(git), 'read from the pack');
  assert.ok((await kept(repo.dir)).includes(versions), 'kept');
  assert.ok((await keptBytes(join(keptDir(repo.dir), versions))).equals(git), 'the kept file holds the content');
  // With no objects at all, only the kept file can answer.
  const cached = keepingStore(repo.dir, join(repo.dir, 'no-objects')).read(versions);
  assert.ok(cached && cached.type === 'tree' && cached.data.equals(git), 'read from the kept file');

  // Through the lane's comparison: a new migration staged, the index's tree written (loose).
  await repo.write({ 'migrations/versions/0000000000_new.py': '# new\n', 'migrations/versions/ffffffffff_one_more.py': '# edited\n' });
  await repo.exec(['add', '-A']);
  await repo.exec(['write-tree']);
  const expected = parseStagedChanges((await repo.exec(stagedPathsArgs())).stdout);
  const located = locateRepository(repo.dir, cleanEnv())!;
  for (const round of ['first', 'second']) {
    const store = keepingStore(repo.dir);
    const tail = readIndexTail(located.indexFile, fileIdentity(statSync(located.indexFile, { bigint: true })))!;
    const head = readHead(located, store)!;
    const got = stagedFromFiles({ indexTree: tail.trees.get('')!, headTree: head.tree, store, hashBytes: 20 });
    assert.equal(got, expected, `${round} run: git diff --cached`);
  }
  const tail = readIndexTail(located.indexFile, fileIdentity(statSync(located.indexFile, { bigint: true })))!;
  const indexVersions = tail.trees.get('migrations/versions')!;
  // A loose tree is inflated as fast as a kept copy is read and hashed: only rebuilt ones are kept.
  assert.ok(indexVersions && !(await kept(repo.dir)).includes(indexVersions), 'the index\'s loose tree is not kept');
}));

test('a damaged kept file is a miss: the objects answer, or nothing does', () => withRepo(async (repo) => {
  const { versions, parentVersions } = await bigHistory(repo);
  const git = gitBytes(repo.dir, ['cat-file', 'tree', versions]);
  const file = join(keptDir(repo.dir), versions);
  keepingStore(repo.dir).read(parentVersions);
  const parentFile = await readFile(join(keptDir(repo.dir), parentVersions));
  const flipped = Buffer.from(git);
  const middle = flipped.length >> 1;
  flipped[middle] = flipped[middle]! ^ 0x01;
  const damages: [string, () => Promise<void>][] = [
    ['truncated', () => truncate(file, git.length - 7)],
    ['one bit changed', () => writeFile(file, flipped)],
    ['one byte more', () => writeFile(file, Buffer.concat([git, Buffer.from([0])]))],
    ['empty', () => writeFile(file, '')],
    ['the bare tree, no header', () => writeFile(file, git)],
    ['another tree\'s bytes', () => writeFile(file, gitBytes(repo.dir, ['cat-file', 'tree', parentVersions]))],
    ['another tree\'s kept file', () => writeFile(file, parentFile)],
    ['the header alone', async () => { const content = await readFile(file); await writeFile(file, content.subarray(0, content.indexOf(10) + 1)); }],
    ['a folder', async () => { await rm(file, { force: true }); await mkdir(file); }],
  ];
  for (const [label, damage] of damages) {
    await rm(file, { recursive: true, force: true });
    keepingStore(repo.dir).read(versions);
    assert.ok((await keptBytes(file)).equals(git), `${label}: kept first`);
    await damage();
    assert.is(keepingStore(repo.dir, join(repo.dir, 'no-objects')).read(versions), undefined, `${label}: never a wrong tree`);
    const read = keepingStore(repo.dir).read(versions);
    assert.ok(read && read.data.equals(git), `${label}: git's tree from the objects`);
  }
}));

test('small trees are not kept; the newest few are', () => withRepo(async (repo) => {
  await repo.commit('small', { 'migrations/versions/a.py': '# a\n' });
  const small = gitText(repo.dir, ['rev-parse', 'HEAD:migrations/versions']);
  assert.ok(keepingStore(repo.dir).read(small), 'read');
  assert.equal(await kept(repo.dir), [], 'nothing kept');

  const keeper = rawTrees(join(repo.dir, '.git'), 20);
  keeper.keep('1'.repeat(40), Buffer.alloc(MIN_KEPT_TREE, 1));
  assert.equal(await kept(repo.dir), [], 'bytes that are not the tree named are not kept');
  const previous = join(repo.dir, '.git', 'migcheck', 'raw-trees-v1');
  await mkdir(previous, { recursive: true });
  await writeFile(join(previous, small), 'a tree of the previous format');
  const names: string[] = [];
  for (let i = 0; i < MAX_KEPT_TREES + 3; i++) {
    const data = Buffer.alloc(MIN_KEPT_TREE, i);
    const oid = objectId('tree', data, 'sha1').toString('hex');
    names.push(oid);
    keeper.keep(oid, data);
    // Distinct times, so the order is certain on coarse file systems too.
    const when = new Date(Date.now() - (MAX_KEPT_TREES + 3 - i) * 10_000);
    await utimes(join(keptDir(repo.dir), oid), when, when);
  }
  assert.equal(await kept(repo.dir), names.slice(-MAX_KEPT_TREES).sort(), 'the newest MAX_KEPT_TREES kept, the oldest dropped');
  assert.is(await readdir(previous).catch(() => 'gone'), 'gone', 'the previous format\'s files are removed');
}));

test.run();
