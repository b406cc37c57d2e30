import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { diffRevisionFiles } from '../../src/core/analysis/diff-revision-files.js';
import type { FileChange } from '../../src/core/analysis/analysis-types.js';
import { fileOf, repointed, treeOf } from './trees.js';

const a = { rev: 'aaaa', down: [] as string[], message: 'a' };
const b = { rev: 'bbbb', down: ['aaaa'], message: 'b' };
const c = { rev: 'cccc', down: ['bbbb'], message: 'c' };
const V = 'backend/migrations_core/versions';

/** One line per change: `kind before-path -> after-path`. */
const summary = (changes: FileChange[]) =>
  changes.map((ch) =>
    ch.kind === 'added' ? `added ${ch.after.path}` : ch.kind === 'deleted' ? `deleted ${ch.before.path}` : `${ch.kind} ${ch.before.path} -> ${ch.after.path}`,
  );

const cases: [string, ReturnType<typeof treeOf>, ReturnType<typeof treeOf>, string[]][] = [
  ['nothing changed', treeOf(a, b), treeOf(a, b), []],
  ['a file added', treeOf(a, b), treeOf(a, b, c), [`added ${V}/cccc_c.py`]],
  ['a file deleted', treeOf(a, b, c), treeOf(a, b), [`deleted ${V}/cccc_c.py`]],
  ['a file edited in place', treeOf(a, b), treeOf(a, repointed(b, [])), [`modified ${V}/bbbb_b.py -> ${V}/bbbb_b.py`]],
  ['a file moved unchanged (same blob)', treeOf(a, b), treeOf(a, fileOf(b, `${V}/sub/bbbb_b.py`)), [`renamed ${V}/bbbb_b.py -> ${V}/sub/bbbb_b.py`]],
  [
    'a file moved and edited (same revision id)',
    treeOf(a, b),
    treeOf(a, fileOf(repointed(b, []), `${V}/0001_b.py`)),
    [`renamed ${V}/bbbb_b.py -> ${V}/0001_b.py`],
  ],
  [
    'an unrelated file replacing a deleted one is an add and a delete',
    treeOf(a, b),
    treeOf(a, c),
    [`added ${V}/cccc_c.py`, `deleted ${V}/bbbb_b.py`],
  ],
  ['no merge-base: everything is added', [], treeOf(a, b), [`added ${V}/aaaa_a.py`, `added ${V}/bbbb_b.py`]],
];

for (const [name, base, checked, expected] of cases) {
  test(`diffRevisionFiles: ${name}`, () => {
    assert.equal(summary(diffRevisionFiles(base, checked)), expected);
    // Trees read together share parse objects: the shared runs at both ends change nothing.
    const shared = new Map(base.map((f) => [`${f.path}\0${f.blob}`, f]));
    const sharing = checked.map((f) => shared.get(`${f.path}\0${f.blob}`) ?? f);
    const d = { ...fileOf({ rev: 'dddd', down: ['aaaa'], message: 'd' }), path: `${V}/0000_d.py` };
    const z = { ...fileOf({ rev: 'zzzz', down: ['aaaa'], message: 'z' }), path: `${V}/zzzz_z.py` };
    assert.equal(summary(diffRevisionFiles(base, sharing)), expected);
    assert.equal(summary(diffRevisionFiles([d, ...base, z], [d, ...sharing, z])), expected);
  });
}

test('diffRevisionFiles: a change carries both versions of the file', () => {
  const [change] = diffRevisionFiles(treeOf(a, b), treeOf(a, repointed(b, [])));
  assert.ok(change && change.kind === 'modified');
  if (change.kind !== 'modified') return;
  assert.equal(change.before.downRevisions, ['aaaa']);
  assert.equal(change.after.downRevisions, []);
});

test('diffRevisionFiles: without blobs, what the reader found decides', () => {
  const strip = (files: ReturnType<typeof treeOf>) => files.map(({ blob: _blob, ...rest }) => rest);
  assert.equal(summary(diffRevisionFiles(strip(treeOf(a, b)), strip(treeOf(a, b)))), []);
  assert.equal(summary(diffRevisionFiles(strip(treeOf(a, b)), strip(treeOf(a, repointed(b, []))))), [`modified ${V}/bbbb_b.py -> ${V}/bbbb_b.py`]);
});

test.run();
