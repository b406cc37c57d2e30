import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mergeTrees } from '../../src/core/analysis/merge-trees.js';
import { fileOf, repointed, treeOf } from './trees.js';

const V = 'backend/migrations_core/versions';
const spec = (rev: string, down: string[]) => ({ rev, down, message: rev });
const a = spec('a1', []);
const b = spec('b2', ['a1']);
const c = spec('c3', ['b2']);
const t = spec('t9', ['b2']);
const x = spec('x5', ['b2']);

/** `revision<-parents @ file name` per file, in order. */
const view = (files: ReturnType<typeof treeOf>) => files.map((f) => `${f.revision}<-${(f.downRevisions ?? []).join(',')} @ ${f.path.slice(V.length + 1)}`);

test('mergeTrees: the target gained t9, the branch added x5: both, in load order', () => {
  const merged = mergeTrees(treeOf(a, b, t), treeOf(a, b), treeOf(a, b, x));
  assert.equal(view(merged), ['a1<- @ a1_a1.py', 'b2<-a1 @ b2_b2.py', 't9<-b2 @ t9_t9.py', 'x5<-b2 @ x5_x5.py']);
});

test('mergeTrees: an added file sorts among its directory, not at the end', () => {
  const merged = mergeTrees(treeOf(a, b, t), treeOf(a, b), treeOf(a, b, spec('c0', ['b2'])));
  assert.equal(view(merged).map((l) => l.split(' @ ')[1]), ['a1_a1.py', 'b2_b2.py', 'c0_c0.py', 't9_t9.py']);
});

test('mergeTrees: a branch edit lands on the target file, also where the target moved it', () => {
  const movedB = fileOf(b, `${V}/b2_moved.py`);
  const merged = mergeTrees(treeOf(a, movedB, c), treeOf(a, b, c), treeOf(a, repointed(b, []), c));
  assert.equal(view(merged), ['a1<- @ a1_a1.py', 'b2<- @ b2_moved.py', 'c3<-b2 @ c3_c3.py']);
});

test('mergeTrees: deletions and renames on the branch apply to the target', () => {
  const merged = mergeTrees(treeOf(a, b, c, t), treeOf(a, b, c), treeOf(a, fileOf(b, `${V}/0002_b.py`)));
  assert.equal(view(merged), ['b2<-a1 @ 0002_b.py', 'a1<- @ a1_a1.py', 't9<-b2 @ t9_t9.py']);
});

test('mergeTrees: a file the target deleted and the branch did not touch stays deleted', () => {
  const merged = mergeTrees(treeOf(a, b), treeOf(a, b, c), treeOf(a, b, c, x));
  assert.equal(view(merged), ['a1<- @ a1_a1.py', 'b2<-a1 @ b2_b2.py', 'x5<-b2 @ x5_x5.py']);
});

test('mergeTrees: no changes on the branch gives the target unchanged', () => {
  const target = treeOf(a, b, t);
  assert.equal(mergeTrees(target, treeOf(a, b), treeOf(a, b)), target);
});

test.run();
