/**
 * The index file read without git, and the repository found without git, checked against what
 * git itself says: every index version (2, 3 with intent-to-add entries, 4 with its compressed
 * names), SHA-256 repositories, names longer than 4,095 bytes, linked worktrees, the cache-tree
 * after `git commit`'s refresh (as a pre-commit hook sees it) and before it, and the layouts it
 * must refuse (split index, sparse index, GIT_DIR).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { cleanEnv, makeRepo, withRepo, type Repo } from '../helpers/repo.js';
import { readIndexFacts, readIndexTail } from '../../src/git/read-index.cjs';
import { readHead } from '../../src/git/read-head.cjs';
import { folderTreeId } from '../../src/git/folder-tree-id.js';
import { locateRepository } from '../../src/git/locate-repository.cjs';

const git = async (repo: Repo, args: string[]) => (await repo.exec(args)).stdout;

/** What git says the index holds: config candidates and links, and the tree id of each folder asked about. */
async function expected(repo: Repo) {
  const listed = (await git(repo, ['ls-files', '-s', '-z'])).split('\0').filter(Boolean).map((record) => {
    const [info, path] = record.split('\t');
    const [mode, oid, stage] = info!.split(' ');
    return { path: path!, mode: mode!, oid: oid!, stage: Number(stage) };
  });
  const name = (path: string) => path.slice(path.lastIndexOf('/') + 1);
  return {
    configs: listed.filter((e) => e.mode !== '120000' && e.mode !== '160000' && (name(e.path).endsWith('.ini') || ['pyproject.toml', 'env.py'].includes(name(e.path)))),
    links: listed.filter((e) => e.mode === '120000' || e.mode === '160000'),
  };
}

const files = (long = 'x') => ({
  'alembic.ini': '[alembic]\nscript_location = db\n',
  'db/env.py': '# env\n',
  'db/versions/a1_x.py': "revision = 'a1'\n",
  'svc/pyproject.toml': '[tool.alembic]\n',
  [`deep/${long}/other.ini`]: '[x]\n',
  'README.md': 'r\n',
});

async function same(repo: Repo, label: string) {
  const facts = readIndexFacts(join(repo.dir, '.git', 'index'));
  assert.ok(facts, `${label}: read`);
  const want = await expected(repo);
  assert.equal([...facts!.configs], want.configs, `${label}: configs`);
  assert.equal([...facts!.links], want.links, `${label}: links`);
  return facts!;
}

test('every index version, names longer than 4,095 bytes, links: the same entries as ls-files', async () => {
  await withRepo(async (repo) => {
    await repo.commit('one', files());
    // A name longer than the 12-bit length field (and than a path on disk may be): index only.
    const long = `deep/${Array.from({ length: 20 }, () => 'n'.repeat(250)).join('/')}/far.ini`;
    const blob = (await repo.exec(['hash-object', '-w', '--stdin'], { input: '[far]\n' })).stdout.trim();
    await repo.exec(['update-index', '--add', '--cacheinfo', `100644,${blob},${long}`]);
    await symlink('versions', join(repo.dir, 'db', 'linked'));
    await repo.exec(['add', '-A']);
    await same(repo, 'version 2');
    await repo.write({ 'db/versions/new.ini': '[n]\n' });
    await repo.exec(['add', '-N', 'db/versions/new.ini']);
    assert.is((await readIndexFacts(join(repo.dir, '.git', 'index'))) !== undefined, true);
    await same(repo, 'version 3 (intent to add)');
    await repo.exec(['update-index', '--index-version', '4']);
    await same(repo, 'version 4');
  });
});

test('cache-tree: after the refresh git commit makes before its hook, every folder id is the commit\'s', async () => {
  await withRepo(async (repo) => {
    await repo.commit('one', files());
    await repo.write({ 'db/versions/a2_x.py': "revision = 'a2'\n" });
    await repo.exec(['add', '-A']);
    // `git add` leaves the changed folders unknown; git commit (and write-tree) fills them in.
    const before = (await same(repo, 'after add')).trees;
    assert.is(before.has('db/versions'), false);
    await repo.exec(['write-tree']);
    const after = (await same(repo, 'after write-tree')).trees;
    await repo.exec(['commit', '-q', '-m', 'two']);
    for (const folder of ['', 'db', 'db/versions', 'svc', 'deep/x']) {
      assert.is(after.get(folder), (await git(repo, ['rev-parse', `HEAD:${folder}`])).trim(), folder || '(root)');
    }
    assert.equal(readIndexTail(join(repo.dir, '.git', 'index'))!.trees, after, 'from the end');
    for (const version of ['3', '4']) {
      await repo.exec(['update-index', '--index-version', version]);
      assert.equal(readIndexFacts(join(repo.dir, '.git', 'index'))!.trees, after, `version ${version}`);
      assert.equal(readIndexTail(join(repo.dir, '.git', 'index'))!.trees, after, `version ${version}, from the end`);
    }
    // Extensions after the cache-tree (the untracked cache) are stepped over.
    await repo.exec(['config', 'core.untrackedCache', 'true']);
    await repo.write({ 'untracked/a.txt': 'u\n', 'TREE.txt': 'TREE TREE\n' });
    await repo.exec(['status', '--porcelain']);
    await repo.exec(['update-index', '--untracked-cache']);
    await repo.exec(['status', '--porcelain']);
    const withUntracked = readIndexTail(join(repo.dir, '.git', 'index'));
    assert.equal(withUntracked?.trees, readIndexFacts(join(repo.dir, '.git', 'index'))!.trees, 'with the untracked cache');
  });
});

test('a folder\'s tree id computed from its entries is the one git write-tree gives: subfolders, links, executables, names that sort around "/", every index version; none for a conflict or an intent-to-add entry', async () => {
  await withRepo(async (repo) => {
    await repo.commit('one', files());
    await repo.write({
      'db/versions/a2_x.py': "revision = 'a2'\n",
      'db/versions/ab.py': 'x\n', 'db/versions/ab/inner.py': 'y\n', 'db/versions/ab0.py': 'z\n', 'db/versions/ab-c.py': 'w\n',
      'db/versions/sub/deeper/d.py': 'd\n', 'db/versions/run.sh': '#!/bin/sh\n',
    });
    await symlink('a2_x.py', join(repo.dir, 'db', 'versions', 'link.py'));
    await repo.exec(['add', '-A']);
    await repo.exec(['update-index', '--chmod=+x', 'db/versions/run.sh']);
    const folders = ['db/versions', 'db/versions/sub', 'db'];
    for (const version of ['2', '3', '4']) {
      await repo.exec(['update-index', '--index-version', version]);
      const facts = readIndexFacts(join(repo.dir, '.git', 'index'), undefined, { below: folders })!;
      if (version === '2') assert.is(facts.trees.has('db/versions'), false, 'git add dropped the folder from the cache-tree');
      const tree = (await git(repo, ['write-tree'])).trim();
      for (const folder of folders) {
        assert.is(folderTreeId(facts.folderEntries!, folder, 20), (await git(repo, ['rev-parse', `${tree}:${folder}`])).trim(), `${folder}, version ${version}`);
      }
    }
    await repo.write({ 'db/versions/later.py': 'l\n' });
    await repo.exec(['add', '-N', 'db/versions/later.py']);
    assert.is(readIndexFacts(join(repo.dir, '.git', 'index'), undefined, { below: ['db/versions'] })!.untreeable, true, 'intent to add');
    assert.is(readIndexFacts(join(repo.dir, '.git', 'index'), undefined, { below: ['svc'] })!.untreeable, false, 'elsewhere');
    // Each folder's own entries, under its own name.
    const below = readIndexFacts(join(repo.dir, '.git', 'index'), undefined, { below: ['svc'] })!.folderEntries!;
    assert.equal([...below.keys()], ['svc']);
    assert.equal(below.get('svc')!.map((entry) => entry.name.toString()), ['pyproject.toml']);
  });
});

test('SHA-256 repositories', async () => {
  const repo = await makeRepo();
  try {
    await repo.exec(['init', '-q', '--object-format=sha256', repo.dir]).catch(() => undefined);
    const format = (await git(repo, ['rev-parse', '--show-object-format'])).trim();
    if (format !== 'sha256') {
      // An existing repository keeps its format: start a fresh one.
      await repo.cleanup();
      await mkdir(repo.dir, { recursive: true });
      await repo.exec(['init', '-q', '--object-format=sha256', '--initial-branch=main']);
    }
    await repo.commit('one', files());
    await repo.exec(['write-tree']);
    const facts = await same(repo, 'sha256');
    assert.is(facts.trees.get('db/versions'), (await git(repo, ['rev-parse', 'HEAD:db/versions'])).trim());
  } finally {
    await repo.cleanup();
  }
});

test('readHead: HEAD\'s commit and tree from the files (branch, packed ref, detached, linked worktree); a packed commit asks git', async () => {
  await withRepo(async (repo) => {
    const env = cleanEnv();
    const commit = await repo.commit('one', files());
    const located = () => locateRepository(repo.dir, env)!;
    const want = async () => ({ commit: (await git(repo, ['rev-parse', 'HEAD'])).trim(), tree: (await git(repo, ['rev-parse', 'HEAD^{tree}'])).trim() });
    assert.equal(readHead(located()), await want(), 'a loose ref');
    await repo.exec(['pack-refs', '--all']);
    assert.equal(readHead(located()), await want(), 'a packed ref, the commit still loose');
    await repo.exec(['checkout', '-q', '--detach']);
    assert.equal(readHead(located()), await want(), 'detached');
    await repo.exec(['checkout', '-q', 'main']);
    const linked = `${repo.dir}-wt`;
    await repo.exec(['worktree', 'add', '-q', linked, '-b', 'side']);
    try {
      assert.equal(readHead(locateRepository(linked, env)!)?.commit, commit, 'a linked worktree');
    } finally {
      await repo.exec(['worktree', 'remove', '--force', linked]);
    }
    await repo.exec(['gc', '-q']);
    assert.is(readHead(located()), undefined, 'a packed commit: git is asked');
  });
});

test('a split index or a sparse index is not read; a changed file is noticed', async () => {
  await withRepo(async (repo) => {
    await repo.commit('one', files());
    const index = join(repo.dir, '.git', 'index');
    const facts = readIndexFacts(index)!;
    assert.is(readIndexFacts(index, facts.identity) !== undefined, true);
    await repo.write({ 'README.md': 'changed\n' });
    await repo.exec(['add', 'README.md']);
    assert.is(readIndexFacts(index, facts.identity), undefined, 'another index than the one described');
    await repo.exec(['update-index', '--split-index']);
    assert.is(readIndexFacts(index), undefined, 'split index');
    assert.is(readIndexTail(index), undefined, 'split index, from the end');
    await repo.exec(['update-index', '--no-split-index']);
    assert.ok(readIndexFacts(index));
    await repo.exec(['sparse-checkout', 'set', '--cone', '--sparse-index', 'db']);
    assert.is(readIndexFacts(index), undefined, 'sparse index');
    assert.is(readIndexTail(index), undefined, 'sparse index, from the end');
  });
});

test('locateRepository: the same folders as git rev-parse, from the top, a sub-folder and a linked worktree; GIT_DIR asks git', async () => {
  await withRepo(async (repo) => {
    await repo.commit('one', files());
    const env = cleanEnv();
    const top = locateRepository(join(repo.dir, 'db', 'versions'), env)!;
    const real = async (cwd: string, flag: string) => (await (await import('../helpers/repo.js')).run('git', ['rev-parse', '--path-format=absolute', flag], { cwd, env })).stdout.trim();
    assert.equal([top.root, top.gitDir, top.commonDir, top.indexFile], [
      await real(repo.dir, '--show-toplevel'), await real(repo.dir, '--absolute-git-dir'), await real(repo.dir, '--git-common-dir'), join(await real(repo.dir, '--absolute-git-dir'), 'index'),
    ]);
    const linked = `${repo.dir}-linked`;
    await repo.exec(['worktree', 'add', '-q', linked, '-b', 'other']);
    try {
      const other = locateRepository(linked, env)!;
      assert.equal([other.gitDir, other.commonDir], [await real(linked, '--absolute-git-dir'), await real(linked, '--git-common-dir')]);
    } finally {
      await repo.exec(['worktree', 'remove', '--force', linked]);
    }
    assert.is(locateRepository(repo.dir, { ...env, GIT_DIR: join(repo.dir, '.git') }), undefined);
    assert.is(locateRepository(join(repo.dir, '.git'), env), undefined);
    assert.equal(locateRepository(repo.dir, { ...env, GIT_INDEX_FILE: '.git/index.lock' })!.indexFile, join(repo.dir, '.git', 'index.lock'));
  });
});

test.run();
