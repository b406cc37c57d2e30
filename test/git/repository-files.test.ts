/**
 * Names resolved from the repository's files against `git cat-file --batch-check` itself: HEAD
 * (on a branch and detached), full and short ref names, loose and packed refs, symbolic refs,
 * annotated tags, `<rev>^{commit}` and `<rev>:<path>` (folders, files, submodule entries, paths
 * that are not there). Where git might read a name otherwise — two refs of one short name, a name
 * that could be an abbreviated id, a reftable — the answer is undefined (ask git), never another
 * object.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withRepo, cleanEnv, type Repo } from '../helpers/repo.js';
import { locateRepository } from '../../src/git/locate-repository.cjs';
import { ObjectStore } from '../../src/git/object-store.cjs';
import { RepositoryFiles } from '../../src/git/repository-files.cjs';
import { BlobReader } from '../../src/git/blob-reader.js';

const files = (repo: Repo) => {
  const located = locateRepository(repo.dir, cleanEnv())!;
  return new RepositoryFiles(located, ObjectStore.open(join(located.commonDir, 'objects'), 20));
};

/** git's answer for each name: `{oid, type}` or 'missing'. */
async function gitAnswers(repo: Repo, names: string[]) {
  const out = (await repo.exec(['cat-file', '--batch-check=%(objectname) %(objecttype)'], { input: `${names.join('\n')}\n` })).stdout.trim().split('\n');
  return names.map((name, k) => (out[k]!.endsWith(' missing') || out[k]!.endsWith(' ambiguous') ? 'missing' : { oid: out[k]!.split(' ')[0]!, type: out[k]!.split(' ')[1]! }));
}

async function same(repo: Repo, names: string[], label: string) {
  const expected = await gitAnswers(repo, names);
  const store = files(repo);
  names.forEach((name, k) => {
    const got = store.resolve(name);
    if (got === undefined) return; // Not for certain: git is asked, which is always right.
    assert.equal(got, expected[k], `${label}: ${name}`);
  });
  return names.map((name) => store.resolve(name));
}

const NAMES = [
  'HEAD', 'HEAD^{commit}', 'HEAD:', 'HEAD:db', 'HEAD:db/versions', 'HEAD:db/versions/a1.py', 'HEAD:db/versions/none.py',
  'HEAD:README.md/x', 'HEAD:vendor/lib', 'main^{commit}', 'main', 'refs/heads/main^{commit}', 'refs/heads/main:db/versions',
  'feature^{commit}:db/versions/b1.py', 'refs/remotes/origin/HEAD^{commit}', 'origin/main^{commit}', 'v1^{commit}', 'v1',
  'refs/heads/nothing^{commit}', 'nothing^{commit}',
];

test('names from the files: the same objects as git, loose refs then packed, on a branch and detached', async () => {
  await withRepo(async (repo) => {
    await repo.commit('one', { 'db/versions/a1.py': 'a\n', 'README.md': 'r\n' });
    const head = (await repo.exec(['rev-parse', 'HEAD'])).stdout.trim();
    await repo.exec(['update-index', '--add', '--cacheinfo', `160000,${head},vendor/lib`]);
    await repo.exec(['commit', '-q', '--no-verify', '-m', 'submodule entry']);
    await repo.exec(['branch', 'feature']);
    await repo.exec(['checkout', '-q', 'feature']);
    await repo.commit('two', { 'db/versions/b1.py': 'b\n' });
    await repo.exec(['checkout', '-q', 'main']);
    await repo.exec(['tag', '-a', '-m', 'annotated', 'v1']);
    await repo.exec(['update-ref', 'refs/remotes/origin/main', 'feature']);
    await repo.exec(['symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main']);
    const loose = await same(repo, NAMES, 'loose refs');
    assert.ok(loose.filter((answer) => answer !== undefined).length >= NAMES.length - 2, 'nearly every name answered from the files');
    await repo.exec(['pack-refs', '--all']);
    await repo.exec(['gc', '-q']);
    const packed = await same(repo, NAMES, 'packed refs and objects');
    assert.equal(packed, loose, 'packing changes nothing');
    await repo.exec(['checkout', '-q', '--detach', 'feature']);
    await same(repo, NAMES, 'detached');
  });
});

test('short names that git could read otherwise: undefined, never another object', async () => {
  await withRepo(async (repo) => {
    await repo.commit('one', { 'a.py': 'a\n' });
    await repo.exec(['branch', 'twin']);
    await repo.commit('two', { 'a.py': 'b\n' });
    await repo.exec(['tag', 'twin']); // A tag and a branch of one name: git warns and takes the tag.
    await repo.exec(['branch', 'beef']); // Could be an abbreviated object id.
    const store = files(repo);
    assert.is(store.resolve('twin^{commit}'), undefined);
    assert.is(store.resolve('beef^{commit}'), undefined);
    assert.is(store.resolve('refs/heads/twin^{commit}') !== undefined, true, 'the full name is exact');
    // A reftable repository keeps refs elsewhere.
    await mkdir(join(repo.dir, '.git', 'reftable'));
    await writeFile(join(repo.dir, '.git', 'reftable', 'tables.list'), '');
    assert.is(files(repo).resolve('HEAD'), undefined);
  });
});

test('BlobReader with the files: the same answers as without, and git started only for what they cannot tell', async () => {
  await withRepo(async (repo) => {
    await repo.commit('one', { 'db/versions/a1.py': 'a\n' });
    await repo.exec(['branch', 'twin']);
    await repo.exec(['tag', 'twin']);
    const names = ['HEAD', 'HEAD:db/versions', 'main^{commit}:db/versions/a1.py', 'HEAD:nothing', 'twin^{commit}'];
    const plain = new BlobReader({ cwd: repo.dir, env: cleanEnv() });
    const withFiles = new BlobReader({ cwd: repo.dir, env: cleanEnv() }, files(repo));
    try {
      const [a, b] = await Promise.all([plain.info(names), withFiles.info(names)]);
      assert.equal([...b].sort(), [...a].sort());
      const blob = a.get('main^{commit}:db/versions/a1.py')!.oid;
      const [x, y] = await Promise.all([plain.readAll([blob]), withFiles.readAll([blob])]);
      assert.equal(Buffer.from(y.get(blob)!).toString(), Buffer.from(x.get(blob)!).toString());
      const [h1, h2] = await Promise.all([plain.named(['HEAD']), withFiles.named(['HEAD'])]);
      assert.equal(Buffer.from(h2.get('HEAD')!.data!).toString(), Buffer.from(h1.get('HEAD')!.data!).toString());
      // Only `twin` (a tag and a branch) needed git.
      assert.is(withFiles.objectsRead, 0);
    } finally {
      await plain.close();
      await withFiles.close();
    }
  });
});

test.run();
