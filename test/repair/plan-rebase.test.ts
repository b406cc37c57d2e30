import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { planEnvironment } from '../../src/core/plan/plan-rebase.js';
import { readRevisionFile } from '../../src/core/reader/index.js';
import { revisionText, type RevisionSpec } from '../helpers/revision-files.js';
import { seedAuthOnboarding, seedChain1, seedChain2, seedPath, seedPhase1Merge, seedShared } from '../helpers/seed-story.js';

const files = (specs: RevisionSpec[]) => specs.map((s) => readRevisionFile(seedPath(s), revisionText(s)));
const dir = 'backend/migrations_core/versions';
const mainFixed = [...seedShared, ...seedChain1, ...seedChain2, seedPhase1Merge];

test('Phase 2: delete the redundant merge, re-point the Clerk migration, single head 15e70d6147cd', () => {
  const branch = [...seedShared, ...seedChain1, ...seedChain2, seedPhase1Merge, ...seedAuthOnboarding];
  const plan = planEnvironment({ dir, targetRef: 'main', base: files(mainFixed), checked: files(branch), target: files(mainFixed), addedOrder: seedAuthOnboarding.map(seedPath) });
  assert.equal(plan, {
    dir,
    onto: ['u7v8w9x0y1z2'],
    steps: [
      { action: 'delete', revision: 't6u7v8w9x0y1', file: `${dir}/t6u7v8w9x0y1_merge_heads.py`, reason: 'redundant-merge', mergedBy: 'u7v8w9x0y1z2' },
      { action: 'repoint', revision: 's5t6u7v8w9x0', file: `${dir}/s5t6u7v8w9x0_add_clerk_auth_columns.py`, from: ['t6u7v8w9x0y1'], to: ['u7v8w9x0y1z2'] },
    ],
    resultHeads: ['15e70d6147cd'],
  });
});

test('Phase 2 before git rebase: a git step first, the same file steps', () => {
  const branch = [...seedShared, ...seedChain1, ...seedChain2, ...seedAuthOnboarding];
  const plan = planEnvironment({ dir, targetRef: 'main', base: files([...seedShared, ...seedChain1, ...seedChain2]), checked: files(branch), target: files(mainFixed), addedOrder: [] });
  assert.equal(plan.steps.map((s) => s.action), ['git', 'delete', 'repoint']);
  assert.equal(plan.steps[0], { action: 'git', command: 'git rebase main', reason: 'missing-target-revisions', revisions: ['u7v8w9x0y1z2'] });
  assert.equal(plan.resultHeads, ['15e70d6147cd']);
});

test('a target with two heads: blocked, no file steps', () => {
  const main = [...seedShared, ...seedChain1, ...seedChain2];
  const branch = [...main, ...seedAuthOnboarding];
  const plan = planEnvironment({ dir, targetRef: 'main', base: files(main), checked: files(branch), target: files(main), addedOrder: [] });
  assert.equal(plan.blocked, { reason: 'target-multiple-heads', heads: ['k8l9m0n1o2p3', 'r4s5t6u7v8w9'] });
  assert.equal(plan.steps, []);
});

test('a merge that carries operations is re-pointed, not deleted', () => {
  const busy = { ...seedAuthOnboarding[0]! };
  const text = revisionText(busy).replace('def upgrade() -> None:\n    pass', 'def upgrade() -> None:\n    op.add_column("t", sa.Column("x", sa.Integer()))');
  const branch = [...mainFixed, busy];
  const checked = [...files(mainFixed), readRevisionFile(seedPath(busy), text)];
  const plan = planEnvironment({ dir, targetRef: 'main', base: files(mainFixed), checked, target: files(mainFixed), addedOrder: branch.map(seedPath) });
  assert.equal(plan.steps, [{ action: 'repoint', revision: 't6u7v8w9x0y1', file: seedPath(busy), from: ['k8l9m0n1o2p3', 'r4s5t6u7v8w9'], to: ['u7v8w9x0y1z2'] }]);
  assert.equal(plan.resultHeads, ['t6u7v8w9x0y1']);
});

test('two independent chains are stacked in commit order', () => {
  const main = [...seedShared, ...seedChain1];
  const a: RevisionSpec[] = [{ rev: 'aaaa00000001', down: ['f8g9h0i1j2k3'], message: 'a one' }, { rev: 'aaaa00000002', down: ['aaaa00000001'], message: 'a two' }];
  const b: RevisionSpec[] = [{ rev: 'bbbb00000001', down: ['k8l9m0n1o2p3'], message: 'b one' }];
  const branch = [...main, ...a, ...b];
  // b was committed first, so it goes first; a's root then builds on b's head.
  const plan = planEnvironment({ dir, targetRef: 'main', base: files(main), checked: files(branch), target: files(main), addedOrder: [...b, ...a].map(seedPath) });
  assert.equal(plan.steps, [{ action: 'repoint', revision: 'aaaa00000001', file: seedPath(a[0]!), from: ['f8g9h0i1j2k3'], to: ['bbbb00000001'] }]);
  assert.equal(plan.resultHeads, ['aaaa00000002']);
});

test('nothing to do when the branch already builds on the head', () => {
  const main = [...seedShared, ...seedChain1];
  const mine: RevisionSpec = { rev: 'cccc00000001', down: ['k8l9m0n1o2p3'], message: 'c' };
  const branch = [...main, mine];
  const plan = planEnvironment({ dir, targetRef: 'main', base: files(main), checked: files(branch), target: files(main), addedOrder: [] });
  assert.equal(plan, { dir, onto: ['k8l9m0n1o2p3'], steps: [], resultHeads: ['cccc00000001'] });
});

test('one topological order: load order P, Q (child of S), S (child of P), T (child of P) gives P S Q T, so the next chain stacks on (Q, T)', () => {
  const main = [...seedShared, ...seedChain1];
  const own: RevisionSpec[] = [
    { rev: 'p1p1p1p1p1p1', down: ['k8l9m0n1o2p3'], message: 'p' },
    { rev: 'q2q2q2q2q2q2', down: ['s3s3s3s3s3s3'], message: 'q' },
    { rev: 's3s3s3s3s3s3', down: ['p1p1p1p1p1p1'], message: 's' },
    { rev: 't4t4t4t4t4t4', down: ['p1p1p1p1p1p1'], message: 't' },
  ];
  const later: RevisionSpec = { rev: 'r5r5r5r5r5r5', down: ['k8l9m0n1o2p3'], message: 'r' };
  const branch = [...main, ...own, later];
  const plan = planEnvironment({ dir, targetRef: 'main', base: files(main), checked: files(branch), target: files(main), addedOrder: [...own, later].map(seedPath) });
  // The first chain forks itself (Q and T): the later chain goes on both of its ends, in the one order.
  assert.equal(plan.steps, [{ action: 'repoint', revision: 'r5r5r5r5r5r5', file: seedPath(later), from: ['k8l9m0n1o2p3'], to: ['q2q2q2q2q2q2', 't4t4t4t4t4t4'] }]);
  assert.equal(plan.resultHeads, ['r5r5r5r5r5r5']);
});

test.run();
