import { compatSymlinkName } from '../../src/core/messages.js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { cleanEnv, withRepo, type Repo } from '../helpers/repo.js';
import { environmentFiles, revisionText } from '../helpers/revision-files.js';
import { readListedTrees, type TreeSpec, type ListedTrees } from '../../src/trees/read-listed-trees.js';
import { ParseCache, PARSE_CACHE_FILE } from '../../src/cache/parse-cache.js';
import { openRepository, type Repository } from '../../src/git/open-repository.js';
import type { Environment } from '../../src/core/types.js';

const ENV: Environment = {
  config: 'backend/alembic.ini', section: 'alembic', scriptLocation: 'backend/migrations',
  versionLocations: ['backend/migrations/versions'], recursive: false, sourceless: false,
  fileTemplate: '%(rev)s_%(slug)s', truncateSlugLength: 40,
};
const OTHER: Environment = { ...ENV, config: 'reports/alembic.ini', scriptLocation: 'reports/migrations', versionLocations: ['reports/migrations/versions'] };
const V = 'backend/migrations/versions';

/** base: a1 ← a2; target adds a3 on a2; the index adds b1 on a2 and a copy of a1's blob. */
async function story(repo: Repo): Promise<{ git: Repository; specs: TreeSpec[] }> {
  const base = await repo.commit('base', {
    ...environmentFiles('backend', [{ rev: 'a1' }, { rev: 'a2', down: ['a1'] }]),
    ...environmentFiles('reports', [{ rev: 'r1' }]),
    [`${V}/__init__.py`]: '', [`${V}/notes.txt`]: 'not a revision\n',
  });
  await repo.exec(['checkout', '-q', '-b', 'feature']);
  await repo.exec(['checkout', '-q', 'main']);
  const target = await repo.commit('target', { [`${V}/a3_x.py`]: revisionText({ rev: 'a3', down: ['a2'] }) });
  await repo.exec(['checkout', '-q', 'feature']);
  const a1 = await repo.read(`${V}/a1_revision_a1.py`);
  await repo.write({ [`${V}/b1_x.py`]: revisionText({ rev: 'b1', down: ['a2'] }), [`${V}/sub/copy_of_a1.py`]: a1 });
  await repo.exec(['add', '-A']);
  const git = await openRepository(repo.dir, cleanEnv());
  return { git, specs: [{ name: 'index' }, { name: 'head', commit: base }, { name: 'base', commit: base }, { name: 'target', commit: target }] };
}

const summary = (result: ListedTrees) => result.trees.map((tree) => [tree.spec.name, tree.files.map((files) => files.map((f) => `${f.revision}@${f.path}`))]);

test('readListedTrees: every tree once, every distinct blob read once and parsed once, load order kept', async () => {
  await withRepo(async (repo) => {
    const { git, specs } = await story(repo);
    const result = await readListedTrees(git, [ENV, OTHER], specs, { cache: null });
    assert.equal(summary(result), [
      ['index', [[`a1@${V}/a1_revision_a1.py`, `a2@${V}/a2_revision_a2.py`, `b1@${V}/b1_x.py`], ['r1@reports/migrations/versions/r1_revision_r1.py']]],
      ['head', [[`a1@${V}/a1_revision_a1.py`, `a2@${V}/a2_revision_a2.py`], ['r1@reports/migrations/versions/r1_revision_r1.py']]],
      ['base', [[`a1@${V}/a1_revision_a1.py`, `a2@${V}/a2_revision_a2.py`], ['r1@reports/migrations/versions/r1_revision_r1.py']]],
      ['target', [[`a1@${V}/a1_revision_a1.py`, `a2@${V}/a2_revision_a2.py`, `a3@${V}/a3_x.py`], ['r1@reports/migrations/versions/r1_revision_r1.py']]],
    ]);
    // a1, a2, r1, a3, b1: five distinct revision blobs over four trees; nothing else is read.
    assert.equal(result.stats, { blobsRead: 5, parsed: 5, cacheHits: 0 });
    const index = result.trees[0]!;
    assert.equal(index.entries.map((e) => e.path).sort(), [
      `${V}/__init__.py`, `${V}/a1_revision_a1.py`, `${V}/a2_revision_a2.py`, `${V}/b1_x.py`, `${V}/notes.txt`, `${V}/sub/copy_of_a1.py`,
      'reports/migrations/versions/r1_revision_r1.py',
    ]);
    const a1 = index.files[0]![0]!;
    assert.is(a1.blob, index.entries.find((e) => e.path === a1.path)!.oid);
    assert.equal(a1.downRevisions, []);
    // Texts are parsed and dropped: a cold read of a long history never holds them all.
    assert.is(result.sources.has(a1.blob!), false);
    // The same blob object serves trees that share it.
    assert.is(result.trees[1]!.files[0]![0], result.trees[2]!.files[0]![0]);
    // The listings share their equal entries (one object per path, blob and mode), not the others.
    const entryOf = (t: number, path: string) => result.trees[t]!.entries.find((e) => e.path === path);
    assert.is(entryOf(0, `${V}/a1_revision_a1.py`), entryOf(3, `${V}/a1_revision_a1.py`));
    assert.is(entryOf(0, `${V}/notes.txt`), entryOf(1, `${V}/notes.txt`));
    assert.ok(entryOf(0, `${V}/b1_x.py`) && !entryOf(3, `${V}/b1_x.py`));
  });
});

test('shared listings: a path whose blob or mode differs between trees keeps an entry of its own in each', async () => {
  await withRepo(async (repo) => {
    const { git, specs } = await story(repo);
    await repo.write({ [`${V}/a2_revision_a2.py`]: revisionText({ rev: 'a2', down: ['a1'] }) + '# changed\n' });
    await repo.exec(['add', '-A']);
    await repo.exec(['update-index', '--chmod=+x', `${V}/notes.txt`]);
    const result = await readListedTrees(git, [ENV], [specs[0]!, specs[3]!], { cache: null });
    const [index, target] = result.trees.map((tree) => new Map(tree.entries.map((e) => [e.path, e])));
    assert.is.not(index!.get(`${V}/a2_revision_a2.py`), target!.get(`${V}/a2_revision_a2.py`));
    assert.is.not(index!.get(`${V}/a2_revision_a2.py`)!.oid, target!.get(`${V}/a2_revision_a2.py`)!.oid);
    assert.is(index!.get(`${V}/notes.txt`)!.mode, '100755');
    assert.is(target!.get(`${V}/notes.txt`)!.mode, '100644');
    assert.is(index!.get(`${V}/a1_revision_a1.py`), target!.get(`${V}/a1_revision_a1.py`));
    assert.equal(summary(result)[0], ['index', [[`a1@${V}/a1_revision_a1.py`, `a2@${V}/a2_revision_a2.py`, `b1@${V}/b1_x.py`]]]);
  });
});

test('recursive locations: the same blob at two paths is parsed once, each file keeps its own path', async () => {
  await withRepo(async (repo) => {
    const { git } = await story(repo);
    const result = await readListedTrees(git, [{ ...ENV, recursive: true }], [{ name: 'index' }], { cache: null });
    assert.equal(summary(result), [['index', [[
      `a1@${V}/a1_revision_a1.py`, `a2@${V}/a2_revision_a2.py`, `b1@${V}/b1_x.py`, `a1@${V}/sub/copy_of_a1.py`,
    ]]]]);
    assert.equal(result.stats, { blobsRead: 3, parsed: 3, cacheHits: 0 });
  });
});

test('parse cache: a second run reads no blobs; a corrupt cache file is ignored and rebuilt', async () => {
  await withRepo(async (repo) => {
    const { git, specs } = await story(repo);
    const first = await readListedTrees(git, [ENV, OTHER], specs);
    assert.equal(first.stats, { blobsRead: 5, parsed: 5, cacheHits: 0 });
    const file = join(git.commonDir, 'migcheck', PARSE_CACHE_FILE);
    const stored = JSON.parse(await readFile(file, 'utf8'));
    assert.is(Object.keys(stored.entries).length, 5);

    const second = await readListedTrees(git, [ENV, OTHER], specs);
    assert.equal(second.stats, { blobsRead: 0, parsed: 0, cacheHits: 5 });
    assert.equal(second.trees.map((t) => t.files), first.trees.map((t) => t.files));

    for (const garbage of ['{"version":1,"reader":', 'null', '[]', '{"version":1,"reader":"x","generation":1,"entries":{}}']) {
      await writeFile(file, garbage);
      const rebuilt = await readListedTrees(git, [ENV, OTHER], specs);
      assert.equal(rebuilt.stats, { blobsRead: 5, parsed: 5, cacheHits: 0 }, garbage);
      assert.equal(rebuilt.trees.map((t) => t.files), first.trees.map((t) => t.files));
      assert.is(Object.keys(JSON.parse(await readFile(file, 'utf8')).entries).length, 5);
    }
    // Entries of a damaged shape are not trusted either.
    const damaged = JSON.parse(await readFile(file, 'utf8'));
    for (const key of Object.keys(damaged.entries)) damaged.entries[key].f = { revision: 'evil' };
    await writeFile(file, JSON.stringify(damaged));
    assert.equal((await readListedTrees(git, [ENV, OTHER], specs)).stats, { blobsRead: 5, parsed: 5, cacheHits: 0 });
  });
});

test('parse cache is sized by the history: a run keeps every entry it used, older ones go beyond the floor', async () => {
  await withRepo(async (repo) => {
    const { git, specs } = await story(repo);
    const file = join(git.commonDir, 'migcheck', PARSE_CACHE_FILE);
    const stored = async () => JSON.parse(await readFile(file, 'utf8'));
    // Five revisions read with a floor of three: all five stay (a history never evicts its own files).
    await readListedTrees(git, [ENV, OTHER], specs, { cache: await ParseCache.open(git.commonDir, 'bounded-test', { maxEntries: 3 }) });
    assert.is(Object.keys((await stored()).entries).length, 5);
    assert.is((await stored()).reader, 'bounded-test');
    // A run that reads r1 only (and adds nothing): nothing is written.
    const cache = await ParseCache.open(git.commonDir, 'bounded-test', { maxEntries: 3 });
    await readListedTrees(git, [OTHER], [specs[1]!], { cache });
    assert.is(Object.keys((await stored()).entries).length, 5);
    // A run that reads r1 and a new revision: the floor of three holds, both used entries among them.
    await repo.write({ 'reports/migrations/versions/r2_x.py': revisionText({ rev: 'r2', down: ['r1'] }) });
    await readListedTrees(git, [OTHER], [{ name: 'worktree' }], { cache: await ParseCache.open(git.commonDir, 'bounded-test', { maxEntries: 3 }) });
    const kept = Object.values((await stored()).entries as Record<string, { p: string }>).map((e) => e.p);
    assert.is(kept.length, 3);
    assert.ok(kept.includes('reports/migrations/versions/r1_revision_r1.py') && kept.includes('reports/migrations/versions/r2_x.py'), kept.join(', '));
  });
});

test('symlinks: followed inside a git tree (also to files outside the versions folder), refused on disk when they leave the repository', async () => {
  await withRepo(async (repo) => {
    await repo.write(environmentFiles('backend', [{ rev: 'a1' }]));
    await symlink('a1_revision_a1.py', join(repo.dir, V, 'link_to_a1.py'));
    await symlink('../../../README.md', join(repo.dir, V, 'outside_versions.py'));
    const head = await repo.commit('links', { 'README.md': 'readme\n' });
    // The file outside lives in a folder of its own, removed at the end (no file left in /tmp).
    const outside = await mkdtemp(join(tmpdir(), 'migcheck-outside-'));
    try {
      const secret = join(outside, 'secret.py');
      await writeFile(secret, revisionText({ rev: 'stolen' }));
      await symlink(secret, join(repo.dir, V, 'escape.py'));
      await mkdir(join(repo.dir, V, 'untracked'), { recursive: true });
      await repo.write({ [`${V}/c1_untracked.py`]: revisionText({ rev: 'c1', down: ['a1'] }) });
      const git = await openRepository(repo.dir, cleanEnv());
      const result = await readListedTrees(git, [ENV], [{ name: 'head', commit: head }, { name: 'worktree' }], { cache: null });
      const [tree, worktree] = result.trees;
      // A link beside its target is the same file: every Alembic loads a real path once. A link to a
      // file elsewhere is matched by that file's name (1.10+): README.md is no revision file, so it is
      // not read, and the placeholder says where 1.8.1 (which matched the link's name) differs.
      const readme = compatSymlinkName(`${V}/outside_versions.py`, 'README.md', 'link-only');
      assert.equal(tree!.files[0]!.map((f) => [f.path, f.revision, f.problems.map((p) => p.reason)]), [
        [`${V}/a1_revision_a1.py`, 'a1', []],
        [`${V}/outside_versions.py`, undefined, [readme]],
      ]);
      assert.equal(worktree!.files[0]!.map((f) => [f.path, f.revision, f.problems.map((p) => p.reason)]), [
        [`${V}/a1_revision_a1.py`, 'a1', []], [`${V}/c1_untracked.py`, 'c1', []], [`${V}/outside_versions.py`, undefined, [readme]],
      ]);
      assert.equal(worktree!.problems, [`${V}/escape.py is a symlink that leads outside the repository; not read`]);
      // Worktree files carry git's blob id, so they match the committed blob.
      assert.is(worktree!.files[0]![0]!.blob, tree!.files[0]![0]!.blob);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});

test('a linked versions folder in git trees: listed through the link, its own links resolved from the real folder, chains followed', async () => {
  await withRepo(async (repo) => {
    await repo.write({
      [`shared/a1_x.py`]: revisionText({ rev: 'a1' }),
      [`elsewhere/b1_x.py`]: revisionText({ rev: 'b1', down: ['a1'] }),
    });
    await mkdir(join(repo.dir, 'backend/migrations'), { recursive: true });
    // versions → hop → ../../shared (a chain of two links); shared/b1_x.py → ../elsewhere/b1_x.py,
    // which is right only from the real folder shared/, not from backend/migrations/versions.
    await symlink('hop', join(repo.dir, V));
    await symlink('../../shared', join(repo.dir, 'backend/migrations/hop'));
    await symlink('../elsewhere/b1_x.py', join(repo.dir, 'shared/b1_x.py'));
    await symlink('../../../../escaped', join(repo.dir, 'shared/c1_x.py'));
    const head = await repo.commit('links');
    const git = await openRepository(repo.dir, cleanEnv());
    const result = await readListedTrees(git, [ENV], [{ name: 'index' }, { name: 'head', commit: head }, { name: 'worktree' }], { cache: null });
    for (const tree of result.trees) {
      assert.equal(tree.files[0]!.map((f) => [f.path, f.revision ?? f.problems.map((p) => [p.reason, p.fix])]), [
        [`${V}/a1_x.py`, 'a1'],
        [`${V}/b1_x.py`, 'b1'],
        ...(tree.spec.name === 'worktree' ? [] : [[`${V}/c1_x.py`, [[
          `${V}/c1_x.py is a symlink that leads outside the repository; not read`,
          'replace the symlink with the migration file itself, or point it at a migration file inside the repository',
        ]]]]),
      ], tree.spec.name);
    }
    // The worktree skips the escaping link (os.walk sees a dangling link) and names nothing.
    assert.equal(result.trees[2]!.problems, []);
  });
});

test('a versions folder linked outside the repository in a git tree: a problem of the tree, nothing read', async () => {
  await withRepo(async (repo) => {
    await mkdir(join(repo.dir, 'backend/migrations'), { recursive: true });
    await symlink('../../../outside', join(repo.dir, V));
    const head = await repo.commit('link', { 'README.md': 'x\n' });
    const git = await openRepository(repo.dir, cleanEnv());
    const result = await readListedTrees(git, [ENV], [{ name: 'index' }, { name: 'head', commit: head }], { cache: null });
    for (const tree of result.trees) {
      assert.equal(tree.files, [[]]);
      assert.equal(tree.problems, [`${V} is a symlink that leads outside the repository; not read`]);
    }
  });
});

test('worktree: tracked files git vouches for are taken by index blob id, the rest read from disk', async () => {
  await withRepo(async (repo) => {
    await repo.commit('base', {
      ...environmentFiles('backend', [{ rev: 'a1' }, { rev: 'a2', down: ['a1'] }, { rev: 'a3', down: ['a2'] }]),
    });
    // a2 edited and not staged; a3 edited under assume-unchanged (git would not notice); b1 untracked.
    await repo.write({
      [`${V}/a2_revision_a2.py`]: revisionText({ rev: 'a2x', down: ['a1'] }),
      [`${V}/a3_revision_a3.py`]: revisionText({ rev: 'a3x', down: ['a2'] }),
      [`${V}/b1_x.py`]: revisionText({ rev: 'b1', down: ['a1'] }),
    });
    await repo.exec(['update-index', '--assume-unchanged', `${V}/a3_revision_a3.py`]);
    const git = await openRepository(repo.dir, cleanEnv());
    const load = () => readListedTrees(git, [ENV], [{ name: 'worktree' }], { cache: null });
    const revisions = (result: ListedTrees) => result.trees[0]!.files[0]!.map((f) => `${f.revision}@${f.path.slice(V.length + 1)}`);
    const expected = ['a1@a1_revision_a1.py', 'a2x@a2_revision_a2.py', 'a3x@a3_revision_a3.py', 'b1@b1_x.py'];
    // Only a1 is vouched for: its blob comes from git (no cache here), the others from disk.
    const plain = await load();
    assert.equal(revisions(plain), expected);
    assert.is(plain.stats.blobsRead, 1);
    // core.autocrlf may convert any text file: everything is read from disk.
    await repo.exec(['config', 'core.autocrlf', 'true']);
    const crlf = await load();
    assert.equal(revisions(crlf), expected);
    assert.is(crlf.stats.blobsRead, 0);
    await repo.exec(['config', 'core.autocrlf', 'false']);
    // A conversion attribute (a filter, eol, text, …) on a file: that file is read from disk.
    await writeFile(join(repo.dir, '.git/info/attributes'), 'a1_revision_a1.py filter=anything\n');
    const filtered = await load();
    assert.equal(revisions(filtered), expected);
    assert.is(filtered.stats.blobsRead, 0);
    // Edits need the bytes on disk: keepSources reads every file.
    await writeFile(join(repo.dir, '.git/info/attributes'), '');
    const kept = await readListedTrees(git, [ENV], [{ name: 'worktree' }], { cache: null, keepSources: true });
    assert.equal(revisions(kept), expected);
    assert.is(kept.stats.blobsRead, 0);
  });
});

test.run();
