// A summary's paths section says what git says: for every path in (or just below) the version
// location, `hasPath` is git's `cat-file -e <tree>:<path>` whenever it answers, and it answers
// for every name directly in the location — revision files, other files, folders, names that
// only a subfolder's files bring — for a commit's listing and for the index's. Revision ids,
// kept the same way, are found alike.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, withRepo, type Repo } from '../helpers/repo.js';
import { environmentFiles, revisionText } from '../helpers/revision-files.js';
import { loadTrees, rememberTrees, type TreeSpec } from '../../src/trees/load-trees.js';
import { keyIn, locationPaths, SUMMARY_DIR, TreeSummaries } from '../../src/cache/tree-summaries.js';
import { READER_VERSION } from '../../src/core/reader/reader-version.js';
import { buildGraph } from '../../src/core/graph/index.js';
import { BlobReader } from '../../src/git/blob-reader.js';
import { openRepository } from '../../src/git/open-repository.js';
import type { Environment } from '../../src/core/types.js';
import { RETIRED_CACHES } from '../../src/cache/retired-caches.cjs';

const V = 'db/migrations/versions';
const ENV: Environment = { versionLocations: [V], recursive: false, sourceless: false, fileTemplate: '%(rev)s_%(slug)s', truncateSlugLength: 40 };
const RECURSIVE: Environment = { ...ENV, recursive: true };

const FILES = {
  ...environmentFiles('db', [{ rev: 'a1' }, { rev: 'a2', down: ['a1'] }]),
  [`${V}/__init__.py`]: '',
  [`${V}/notes.txt`]: 'not a revision\n',
  [`${V}/sub/s1_x.py`]: revisionText({ rev: 's1', down: ['a1'] }),
  // A folder named like a revision file, and one that only a deeper folder's file brings.
  [`${V}/taken.py/inner.txt`]: 'x\n',
  [`${V}/deep/er/d1_x.py`]: revisionText({ rev: 'd1', down: ['a1'] }),
  [`${V}/ünï_x.py`]: revisionText({ rev: 'u1', down: ['a2'] }),
  [`${V}/with space.py`]: revisionText({ rev: 'w1', down: ['u1'] }),
  [`${V}/a`]: 'a prefix of other names\n',
  [`${V}/a.py-`]: 'sorts between a.py and a/ by byte\n',
  // Beside the location, sharing its name's start: never part of it.
  'db/migrations/versions-old/o1_x.py': revisionText({ rev: 'o1' }),
  'db/migrations/versionsX.py': '\n',
};

/** Paths to ask about: every file, every name directly in the location, and names nothing has. */
async function probes(repo: Repo, tree: string): Promise<string[]> {
  const files = (await repo.exec(['ls-tree', '-r', '--name-only', '-z', tree, '--', 'db'])).stdout.split('\0').filter(Boolean);
  const names = files.filter((path) => path.startsWith(`${V}/`)).map((path) => `${V}/${path.slice(V.length + 1).split('/')[0]}`);
  const absent = ['zz_new.py', 'a1', 'a.p', 'a.py', 'ünï', 'sub/none.py', 'nothere/x.py', 'taken.py/none', 'with', 'Taken.py'].map((name) => `${V}/${name}`);
  return [...new Set([...files, ...names, ...absent, V, `${V}/`, 'db/migrations/versions-old/none.py'])];
}

/** Compares hasPath with git for `treeish` (a commit, or a tree id), for the summary under `key`. */
async function sameAsGit(repo: Repo, key: string, treeish: string, label: string): Promise<void> {
  const facts = await TreeSummaries.at(`${repo.dir}/.git`).facts(key, { paths: true });
  assert.ok(facts, `${label}: a summary`);
  let answered = 0;
  for (const path of await probes(repo, treeish)) {
    const answer = facts!.hasPath(path);
    const git = (await repo.exec(['cat-file', '-e', `${treeish}:${path}`])).code === 0;
    const rest = path.startsWith(`${V}/`) ? path.slice(V.length + 1) : undefined;
    if (rest !== undefined && rest !== '' && !rest.includes('/')) assert.is(answer, git, `${label}: ${path}`);
    else if (answer !== undefined) assert.is(answer, git, `${label}: ${path}`);
    if (rest === undefined) assert.is(answer, undefined, `${label}: ${path} lies outside the location`);
    if (answer !== undefined) answered += 1;
  }
  assert.ok(answered >= 15, `${label}: ${answered} paths answered`);
  // The ids section is searched the same way: every revision of the tree is found, and nothing else.
  const files = await TreeSummaries.at(`${repo.dir}/.git`).files(key);
  assert.ok(Array.isArray(files) && files.length >= 4, `${label}: files kept`);
  for (const file of files as { revision?: string }[]) assert.ok(facts!.has(file.revision!), `${label}: has ${file.revision}`);
  for (const id of ['a', 'a10', 'b', 'zz', '', 'ü']) assert.not.ok(facts!.has(id), `${label}: has no ${JSON.stringify(id)}`);
  // Read without its paths, the same summary answers none.
  const bare = await TreeSummaries.at(`${repo.dir}/.git`).facts(key);
  assert.is(bare!.hasPath(`${V}/notes.txt`), undefined);
}

async function summarise(repo: Repo, env: Environment, spec: TreeSpec, indexTrees?: ReadonlyMap<string, string>): Promise<string> {
  const git = await openRepository(repo.dir, cleanEnv());
  const reader = new BlobReader(git);
  try {
    const loaded = await loadTrees(git, [env], [spec], { reader, cache: null, indexTrees });
    await rememberTrees(git, loaded, loaded.trees.map((perEnv) => perEnv.map((tree) => buildGraph(tree.files))));
    const tree = loaded.trees[0]![0]!;
    assert.ok(tree.key && tree.paths, 'listed in full: a key and the location\'s names');
    return tree.key!;
  } finally {
    await reader.close();
  }
}

test('the paths of a commit and of the index are what git finds at them', async () => {
  await withRepo(async (repo) => {
    const commit = await repo.commit('history', FILES);
    for (const env of [ENV, RECURSIVE]) {
      const key = await summarise(repo, env, { name: 'head', commit });
      const treeId = (await repo.exec(['rev-parse', `${commit}:${V}`])).stdout.trim();
      assert.is(key, keyIn(READER_VERSION, env, (location) => (location === V ? treeId : undefined)));
      await sameAsGit(repo, key, commit, `commit, recursive ${env.recursive}`);
    }
    // The index: a file added, one deleted (its folder gone with it), a folder's only file moved deeper.
    await repo.write({ [`${V}/b1_x.py`]: revisionText({ rev: 'b1', down: ['a2'] }), [`${V}/deep/er/d1_x.py`]: null, [`${V}/notes.txt`]: null, [`${V}/new/d/n1_x.py`]: revisionText({ rev: 'n1', down: ['a2'] }) });
    await repo.exec(['add', '-A']);
    const root = (await repo.exec(['write-tree'])).stdout.trim();
    const folder = (await repo.exec(['rev-parse', `${root}:${V}`])).stdout.trim();
    const key = await summarise(repo, ENV, { name: 'index' }, new Map([[V, folder]]));
    await sameAsGit(repo, key, root, 'index');
  });
});

test('locationPaths: one location only, names kept once in byte order, none that cannot be kept', () => {
  const entries = ['v/b.py', 'v/a/x', 'v/a/y', 'v/a.py', 'v/\u{1F600}.py', 'v/\uFFFD.py', 'w/c.py', 'v'].map((path) => ({ path }));
  assert.is(locationPaths({ versionLocations: ['./v/'] }, entries), 'v\na\na.py\nb.py\n\uFFFD.py\n\u{1F600}.py\n');
  assert.is(locationPaths({ versionLocations: ['v', 'w'] }, entries), undefined);
  assert.is(locationPaths({ versionLocations: ['v'] }, [{ path: 'v/new\nline.py' }]), undefined);
  assert.is(locationPaths({ versionLocations: [''] }, [{ path: 'b' }, { path: 'a/c' }]), '\na\nb\n');
});

test('the caches of earlier formats (summaries without paths, …) are removed once a summary of this format is written', async () => {
  const commonDir = await mkdtemp(join(tmpdir(), 'migcheck-summaries-'));
  try {
    assert.ok(RETIRED_CACHES.includes('trees-v2'));
    for (const name of RETIRED_CACHES) {
      const old = join(commonDir, 'migcheck', name);
      if (name.endsWith('.json')) {
        await mkdir(join(commonDir, 'migcheck'), { recursive: true });
        await writeFile(old, '{}');
      } else {
        await mkdir(old, { recursive: true });
        await writeFile(join(old, 'a'.repeat(40)), 'migcheck-tree-summary-1');
      }
    }
    const header = { count: 0, healthy: true, contained: true, heads: [], labels: [], dependedOn: [] };
    await TreeSummaries.at(commonDir).write('b'.repeat(40), [], header, locationPaths(ENV, []));
    assert.equal(await readdir(join(commonDir, 'migcheck')), [SUMMARY_DIR]);
    const facts = await TreeSummaries.at(commonDir).facts('b'.repeat(40), { paths: true });
    assert.is(facts!.hasPath(`${V}/a1_x.py`), false);
    assert.not.ok(facts!.has('a1'));
  } finally {
    await rm(commonDir, { recursive: true, force: true });
  }
});

test.run();
