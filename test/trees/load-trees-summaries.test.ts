// The one loader (tree summaries, the index as HEAD + staged changes) must give exactly what
// loadTrees gives — same files, same order, same parses — cold, warm, and for every kind of
// staged change; and where it cannot be exact it must fall back, not guess.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cleanEnv, withRepo, type Repo } from '../helpers/repo.js';
import { environmentFiles, revisionText } from '../helpers/revision-files.js';
import { readListedTrees, type TreeSpec } from '../../src/trees/read-listed-trees.js';
import { loadTrees, rememberTrees } from '../../src/trees/load-trees.js';
import { SUMMARY_DIR, TreeSummaries } from '../../src/cache/tree-summaries.js';
import { summaryHeader } from '../../src/cache/summary-header.js';
import { buildGraph } from '../../src/core/graph/index.js';
import { BlobReader } from '../../src/git/blob-reader.js';
import { stagedChanges } from '../../src/git/staged-paths.cjs';
import { openRepository } from '../../src/git/open-repository.js';
import type { Environment, RevisionFile } from '../../src/core/types.js';

const V = 'backend/migrations/versions';
const ENV: Environment = {
  versionLocations: [V], recursive: false, sourceless: false, fileTemplate: '%(rev)s_%(slug)s', truncateSlugLength: 40,
};
const RECURSIVE: Environment = { ...ENV, recursive: true };
const OTHER: Environment = { ...ENV, versionLocations: ['reports/migrations/versions'] };

/** Everything a parse holds, in a comparable form (sites read, so lazy ones are decoded). */
const plain = (files: unknown) => JSON.parse(JSON.stringify(files));

/** The one loader against a full read of the same repository state; returns what the loader gave. */
async function same(repo: Repo, environments: Environment[], label: string, commits?: { base: string; target: string }) {
  const git = await openRepository(repo.dir, cleanEnv());
  const base = commits?.base ?? git.head!;
  const target = commits?.target ?? git.head!;
  const specs: TreeSpec[] = [{ name: 'index' }, { name: 'base', commit: base }, { name: 'target', commit: target }];
  const reader = new BlobReader(git);
  try {
    const expected = (await readListedTrees(git, environments, specs, { reader, cache: null })).trees.map((tree) => tree.files);
    const staged = stagedChanges({ cwd: repo.dir, env: cleanEnv() });
    const load = async () => {
      const loaded = await loadTrees(git, environments, specs, { reader, staged, primeHead: true });
      // What a check does once its graphs are built: summarise what was read in full.
      await rememberTrees(git, loaded, loaded.trees.map((perEnv) => perEnv.map((tree) => buildGraph(tree.files))));
      return loaded.trees.map((perEnv) => perEnv.map((tree) => tree.files));
    };
    const first = await load();
    const second = await load();
    assert.equal(plain(first.flat()), plain(expected.flat()), `${label} (cold)`);
    assert.equal(plain(second.flat()), plain(expected.flat()), `${label} (warm)`);
    return second;
  } finally {
    await reader.close();
  }
}

async function history(repo: Repo): Promise<string> {
  return repo.commit('history', {
    ...environmentFiles('backend', [{ rev: 'a1' }, { rev: 'a2', down: ['a1'] }, { rev: 'a3', down: ['a2'] }]),
    ...environmentFiles('reports', [{ rev: 'r1' }]),
    [`${V}/__init__.py`]: '', [`${V}/notes.txt`]: 'not a revision\n', [`${V}/sub/s1_x.py`]: revisionText({ rev: 's1', down: ['a1'] }),
  });
}

const snapshotsIn = async (repo: Repo) => (await readdir(join(repo.dir, '.git', 'migcheck', SUMMARY_DIR)).catch(() => [] as string[])).filter((n) => !n.endsWith('.tmp'));

test('every kind of staged change: the same files in the same order as a full listing, cold and warm', async () => {
  await withRepo(async (repo) => {
    await history(repo);
    const steps: [string, Record<string, string | null>][] = [
      ['nothing staged', {}],
      ['an added revision sorting first', { [`${V}/0000_first.py`]: revisionText({ rev: 'n0', down: ['a3'] }) }],
      ['an added revision sorting last', { [`${V}/zzz_last.py`]: revisionText({ rev: 'n1', down: ['n0'] }) }],
      ['a modified revision', { [`${V}/a2_revision_a2.py`]: revisionText({ rev: 'a2', down: ['a1'], message: 'edited' }) }],
      ['a deleted revision', { [`${V}/a3_revision_a3.py`]: null }],
      ['a file in a subfolder and a non-revision file', { [`${V}/sub/s2_x.py`]: revisionText({ rev: 's2', down: ['s1'] }), [`${V}/README`]: 'x\n' }],
      ['an unparseable file', { [`${V}/broken.py`]: 'revision = (\n' }],
      ['an __init__.py and a .pyc', { [`${V}/sub/__init__.py`]: '', [`${V}/old.pyc`]: 'x' }],
    ];
    for (const [label, files] of steps) {
      await repo.write(files);
      await repo.exec(['add', '-A']);
      await same(repo, [ENV, OTHER], label);
      await same(repo, [RECURSIVE], `${label}, recursive`);
    }
    assert.ok((await snapshotsIn(repo)).length >= 2, 'snapshots were kept');
  });
});

test('the index of a branch whose HEAD differs from the merge-base and the target', async () => {
  await withRepo(async (repo) => {
    const base = await history(repo);
    await repo.exec(['checkout', '-q', '-b', 'feature']);
    await repo.commit('branch migration', { [`${V}/b1_x.py`]: revisionText({ rev: 'b1', down: ['a3'] }) });
    await repo.exec(['checkout', '-q', 'main']);
    const target = await repo.commit('target migration', { [`${V}/t1_x.py`]: revisionText({ rev: 't1', down: ['a3'] }) });
    await repo.exec(['checkout', '-q', 'feature']);
    await repo.write({ [`${V}/b2_x.py`]: revisionText({ rev: 'b2', down: ['b1'] }) });
    await repo.exec(['add', '-A']);
    const files = await same(repo, [ENV], 'feature', { base, target });
    assert.equal(files[0]![0]!.map((f) => f.revision), ['a1', 'a2', 'a3', 'b1', 'b2']);
  });
});

test('what the delta cannot take exactly is listed: a staged symlink, a label constant, a conflict, a moved folder', async () => {
  await withRepo(async (repo) => {
    await history(repo);
    await symlink('a1_revision_a1.py', join(repo.dir, V, 'link.py'));
    await repo.exec(['add', '-A']);
    await same(repo, [ENV], 'a staged symlink');
    await repo.exec(['reset', '-q', '--hard']);
    await repo.write({
      'backend/migrations/cli.py': "EXPAND = 'expand'\n",
      [`${V}/e1_x.py`]: "from backend.migrations import cli\nrevision = 'e1'\ndown_revision = 'a3'\nbranch_labels = (cli.EXPAND,)\n",
    });
    await repo.exec(['add', '-A']);
    await same(repo, [ENV], 'a label written as a constant');
    // Committed, then only the module changes: the index's labels come from the index's module.
    await repo.commit('constants', {});
    await repo.write({ 'backend/migrations/cli.py': "EXPAND = 'expand_v2'\n" });
    await repo.exec(['add', '-A']);
    const files = await same(repo, [ENV], 'a label constant whose module is staged');
    assert.equal(files[0]![0]!.find((f) => f.revision === 'e1')!.branchLabels, [{ kind: 'string', value: 'expand_v2' }]);
    assert.equal(files[1]![0]!.find((f) => f.revision === 'e1')!.branchLabels, [{ kind: 'string', value: 'expand' }]);
    await repo.exec(['reset', '-q', '--hard', 'HEAD~1']);
    // The versions folder replaced by a file: nothing of HEAD's folder is in the index.
    await rm(join(repo.dir, V), { recursive: true });
    await writeFile(join(repo.dir, V), 'now a file\n');
    await repo.exec(['add', '-A']);
    await same(repo, [ENV], 'the folder replaced by a file');
  });
});

test('a conflicted index is listed in full (stage 2 is what a check reads)', async () => {
  await withRepo(async (repo) => {
    await history(repo);
    await repo.exec(['checkout', '-q', '-b', 'other']);
    await repo.commit('other edit', { [`${V}/a3_revision_a3.py`]: revisionText({ rev: 'a3', down: ['a2'], message: 'other' }) });
    await repo.exec(['checkout', '-q', 'main']);
    await repo.commit('main edit', { [`${V}/a3_revision_a3.py`]: revisionText({ rev: 'a3', down: ['a2'], message: 'main' }) });
    const merge = await repo.exec(['merge', '-q', 'other']);
    assert.is.not(merge.code, 0, 'the merge conflicts');
    await same(repo, [ENV], 'conflict');
  });
});

test('a damaged or foreign summary is a miss, never a wrong answer', async () => {
  await withRepo(async (repo) => {
    await history(repo);
    await repo.write({ [`${V}/n1_x.py`]: revisionText({ rev: 'n1', down: ['a3'] }) });
    await repo.exec(['add', '-A']);
    await same(repo, [ENV], 'first');
    const dir = join(repo.dir, '.git', 'migcheck', SUMMARY_DIR);
    const store = TreeSummaries.at(join(repo.dir, '.git'));
    for (const name of await snapshotsIn(repo)) {
      const files = (await store.files(name))!;
      assert.ok(Array.isArray(files) && files.length > 0);
      await writeFile(join(dir, name), 'migcheck-tree-summary-1\x01' + name + '\x012\x012\n{}\n\n\0garbage');
      assert.is(await store.facts(name), undefined);
    }
    await same(repo, [ENV], 'after damage');
    // Another key's content under this key: the first line names the key, so it is refused.
    const names = await snapshotsIn(repo);
    const files = (await store.files(names[0]!)) as RevisionFile[];
    await store.write('0'.repeat(40), files, summaryHeader(buildGraph(files), files));
    assert.ok(await store.files('0'.repeat(40)));
    const { copyFile } = await import('node:fs/promises');
    await copyFile(join(dir, '0'.repeat(40)), join(dir, names[0]!));
    assert.is(await store.files(names[0]!), undefined);
    assert.is(await store.facts(names[0]!), undefined);
    await same(repo, [ENV], 'after a foreign summary');
  });
});

test.run();
