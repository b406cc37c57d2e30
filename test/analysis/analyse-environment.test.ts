/**
 * The seed's story as acceptance: each scene of ../shared/seed/alembic-multiple-heads-investigation.md
 * checked the way the hooks and CI would, with exact messages.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { analyseEnvironment } from '../../src/core/analysis/analyse-environment.js';
import type { AnalysisInput, AnalysisMode } from '../../src/core/analysis/analysis-types.js';
import { readRevisionFile } from '../../src/core/reader/index.js';
import type { Finding } from '../../src/core/types.js';
import { revisionText, type RevisionSpec } from '../helpers/revision-files.js';
import { seedAuthOnboarding, seedChain1, seedChain2, seedPath, seedPhase1Merge, seedShared } from '../helpers/seed-story.js';
import { blobOf, fileOf, repointed, treeOf } from './trees.js';

const V = 'backend/migrations_core/versions';
const main = treeOf(seedShared, seedChain1);
const twoHeadedMain = treeOf(seedShared, seedChain1, seedChain2);
const [n0o1] = seedChain2 as [RevisionSpec, ...RevisionSpec[]];
const spec = (rev: string, down: string[], extra: Partial<RevisionSpec> = {}): RevisionSpec => ({ rev, down, message: rev, ...extra });

const analyse = (mode: AnalysisMode, trees: Omit<AnalysisInput, 'mode' | 'targetName'>) => analyseEnvironment({ mode, targetName: 'main', ...trees });
/** `severity code: message` per finding, the way a reader scans the output. */
const lines = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.code}: ${f.message}`);

test('seed: n0o1p2q3r4s5 written against production bypasses chain 1 (error, exact text, 16 revisions in order)', () => {
  const result = analyse('commit', { base: main, target: main, checked: treeOf(main, n0o1) });
  assert.equal(result.findings, [
    {
      code: 'bypassed-chain',
      severity: 'error',
      message: 'n0o1p2q3r4s5 revises f8g9h0i1j2k3, but main already continues from f8g9h0i1j2k3 with 16 revisions ending at k8l9m0n1o2p3',
      fix: "set down_revision = 'k8l9m0n1o2p3' (or run `migcheck rebase-plan`)",
      file: `${V}/n0o1p2q3r4s5_add_symbol_analytics_tables.py`,
      line: 16,
      revision: 'n0o1p2q3r4s5',
      downRevision: ['f8g9h0i1j2k3'],
      suggestedDownRevision: ['k8l9m0n1o2p3'],
      bypassed: [
        '7003a3be89fe', 'h1i2j3k4l5m6', 'b9f866cb3838', '035e1888bea0', 'ca2a68ee0c2c', '9b0768a49ad8', 'ce3dd9222427', 'f2a8b1c4d5e6',
        '2623cfc89fb7', 'a3b4c5d6e7f8', '62b5c8b1d8a3', 'g3h4i5j6k7l8', 'i6j7k8l9m0n1', 'j7k8l9m0n1o2', '792ffb1ab1ad', 'k8l9m0n1o2p3',
      ],
    },
  ]);
  assert.equal(result.heads, { target: ['k8l9m0n1o2p3'], mergeBase: ['k8l9m0n1o2p3'], result: ['k8l9m0n1o2p3', 'n0o1p2q3r4s5'] });
});

test('seed: the whole of chain 2 on that branch is still one finding, in every mode', () => {
  for (const mode of ['commit', 'push', 'rev'] as const) {
    const result = analyse(mode, { base: main, target: main, checked: treeOf(main, seedChain2) });
    assert.equal(result.findings.map((f) => `${f.severity} ${f.code} ${f.revision}`), ['error bypassed-chain n0o1p2q3r4s5'], mode);
  }
});

test('seed: the same file re-pointed onto k8l9m0n1o2p3 is clean in every mode', () => {
  for (const mode of ['commit', 'push', 'rev'] as const) {
    const result = analyse(mode, { base: main, target: main, checked: treeOf(main, repointed(n0o1, ['k8l9m0n1o2p3']), seedChain2.slice(1)) });
    assert.equal(result.findings, [], mode);
    assert.equal(result.heads.result, ['r4s5t6u7v8w9'], mode);
  }
});

test('seed: chain 2 on a branch cut before chain 1 landed is behind-target (warning at commit, error at push and in CI)', () => {
  const trees = { base: treeOf(seedShared), target: main, checked: treeOf(seedShared, seedChain2) };
  const expected = (severity: string) => [
    {
      code: 'behind-target',
      severity,
      message: 'n0o1p2q3r4s5 revises f8g9h0i1j2k3, but main has since moved on to k8l9m0n1o2p3: merged, there would be two heads (k8l9m0n1o2p3, r4s5t6u7v8w9)',
      fix: 'run `git rebase main`, then `migcheck rebase-plan`',
      file: `${V}/n0o1p2q3r4s5_add_symbol_analytics_tables.py`,
      line: 16,
      revision: 'n0o1p2q3r4s5',
      downRevision: ['f8g9h0i1j2k3'],
      suggestedDownRevision: ['k8l9m0n1o2p3'],
      revisions: ['k8l9m0n1o2p3', 'r4s5t6u7v8w9'],
    },
  ];
  assert.equal(analyse('commit', trees).findings, expected('warning'));
  assert.equal(analyse('push', trees).findings, expected('error'));
  assert.equal(analyse('rev', trees).findings, expected('error'));
  assert.equal(analyse('push', trees).heads, { target: ['k8l9m0n1o2p3'], mergeBase: ['f8g9h0i1j2k3'], result: ['k8l9m0n1o2p3', 'r4s5t6u7v8w9'] });
});

test('seed: CI on main with two heads fails (rev mode: multiple-heads error)', () => {
  const result = analyse('rev', { base: twoHeadedMain, target: twoHeadedMain, checked: twoHeadedMain });
  assert.equal(result.findings, [
    {
      code: 'multiple-heads',
      severity: 'error',
      message: 'the migrations have two heads: k8l9m0n1o2p3, r4s5t6u7v8w9 (`alembic upgrade head` fails on this tree)',
      fix: 'join them with `migcheck merge`, or set the down_revision of the newer one to the other head',
      file: `${V}/r4s5t6u7v8w9_add_batch_history_daily_metrics.py`,
      line: 16,
      revision: 'r4s5t6u7v8w9',
      downRevision: ['q3r4s5t6u7v8'],
      revisions: ['k8l9m0n1o2p3', 'r4s5t6u7v8w9'],
    },
  ]);
});

test('seed: a healthy migration on a branch of two-headed main gets one preexisting warning, not a block', () => {
  const trees = { base: twoHeadedMain, target: twoHeadedMain, checked: treeOf(twoHeadedMain, spec('s1s1s1s1s1s1', ['r4s5t6u7v8w9'])) };
  for (const mode of ['commit', 'push'] as const) {
    const [finding, ...rest] = analyse(mode, trees).findings;
    assert.equal(rest, [], mode);
    assert.equal(finding?.severity, 'warning');
    assert.equal(finding?.preexisting, true);
    assert.equal(finding?.message, 'main itself has two heads: k8l9m0n1o2p3, r4s5t6u7v8w9 (not caused by this change)');
    assert.equal(finding?.fix, 'join them on main (`migcheck merge` there), then `git rebase main`');
    assert.equal(finding?.revisions, ['k8l9m0n1o2p3', 'r4s5t6u7v8w9']);
  }
  // CI judges the tree itself: it has two heads, whoever caused them.
  assert.equal(lines(analyse('rev', trees).findings), [
    'error multiple-heads: the migrations have two heads: k8l9m0n1o2p3, s1s1s1s1s1s1 (`alembic upgrade head` fails on this tree)',
  ]);
});

test('seed: a branch that adds a third head to two-headed main is blamed for it', () => {
  const trees = { base: twoHeadedMain, target: twoHeadedMain, checked: treeOf(twoHeadedMain, spec('z1z1z1z1z1z1', ['1a2b3c4d5e6f'])) };
  assert.equal(lines(analyse('commit', trees).findings), [
    'error bypassed-chain: z1z1z1z1z1z1 revises 1a2b3c4d5e6f, but main already continues from 1a2b3c4d5e6f with 23 revisions ending at k8l9m0n1o2p3, r4s5t6u7v8w9',
  ]);
});

test('seed: AuthOnboarding against main with u7v8w9x0y1z2: redundant merge and behind-target', () => {
  const trees = { base: twoHeadedMain, target: treeOf(twoHeadedMain, seedPhase1Merge), checked: treeOf(twoHeadedMain, seedAuthOnboarding) };
  const result = analyse('push', trees);
  assert.equal(lines(result.findings), [
    'warning redundant-merge: t6u7v8w9x0y1 merges k8l9m0n1o2p3, r4s5t6u7v8w9, which main already joins at u7v8w9x0y1z2',
    'error behind-target: t6u7v8w9x0y1 revises k8l9m0n1o2p3, r4s5t6u7v8w9, but main has since moved on to u7v8w9x0y1z2: merged, there would be two heads (15e70d6147cd, u7v8w9x0y1z2)',
  ]);
  const [redundant] = result.findings;
  // The branch lacks u7v8w9x0y1z2: the fix starts with the rebase, as behind-target's does.
  assert.equal(redundant?.fix, `run \`git rebase main\`, then \`migcheck rebase-plan\`: it deletes ${V}/t6u7v8w9x0y1_merge_heads.py and re-points the migrations that revise it onto main's 'u7v8w9x0y1z2'`);
  // Rebased, the same merge gets the direct fix.
  const rebased = analyse('push', { base: trees.target, target: trees.target, checked: treeOf(trees.target, seedAuthOnboarding) });
  assert.equal(rebased.findings.find((f) => f.code === 'redundant-merge')?.fix, `delete ${V}/t6u7v8w9x0y1_merge_heads.py and set down_revision = 'u7v8w9x0y1z2' in the migrations that revise it (or run \`migcheck rebase-plan\`)`);
  assert.equal(redundant?.suggestedDownRevision, ['u7v8w9x0y1z2']);
  // Before main merged its heads, the same branch is healthy: its merge is what main lacks.
  assert.equal(analyse('push', { ...trees, target: twoHeadedMain }).findings, []);
  // Phase 2 done: rebased, merge deleted, Clerk re-pointed onto main's merge.
  const phase2 = treeOf(twoHeadedMain, seedPhase1Merge, repointed(seedAuthOnboarding[1]!, ['u7v8w9x0y1z2']), seedAuthOnboarding[2]!);
  const done = analyse('push', { base: trees.target, target: trees.target, checked: phase2 });
  assert.equal(done.findings, []);
  assert.equal(done.heads.result, ['15e70d6147cd']);
});

test('a branch that forks and joins itself with a merge migration is healthy', () => {
  const own = [spec('a1a1a1a1a1a1', ['k8l9m0n1o2p3']), spec('b2b2b2b2b2b2', ['k8l9m0n1o2p3']), spec('m3m3m3m3m3m3', ['a1a1a1a1a1a1', 'b2b2b2b2b2b2'])];
  for (const mode of ['commit', 'push', 'rev'] as const) {
    assert.equal(analyse(mode, { base: main, target: main, checked: treeOf(main, own) }).findings, [], mode);
  }
  // Without the join it is the branch's own fork: multiple-heads, not bypassed-chain.
  assert.equal(lines(analyse('commit', { base: main, target: main, checked: treeOf(main, own.slice(0, 2)) }).findings), [
    'error multiple-heads: the migrations have two heads: a1a1a1a1a1a1, b2b2b2b2b2b2 (`alembic upgrade head` fails on this tree)',
  ]);
});

test('a branch that bypasses a chain but joins it with its own merge is healthy', () => {
  const own = [spec('a1a1a1a1a1a1', ['f8g9h0i1j2k3']), spec('m3m3m3m3m3m3', ['a1a1a1a1a1a1', 'k8l9m0n1o2p3'])];
  assert.equal(analyse('push', { base: main, target: main, checked: treeOf(main, own) }).findings, []);
});

test('a bypass of one side of a fork names both sides of what follows', () => {
  const result = analyse('commit', { base: main, target: main, checked: treeOf(main, spec('x9x9x9x9x9x9', ['f2a8b1c4d5e6'])) });
  assert.equal(result.findings[0]?.bypassed, [
    '2623cfc89fb7', 'a3b4c5d6e7f8', '62b5c8b1d8a3', 'g3h4i5j6k7l8', 'i6j7k8l9m0n1', 'j7k8l9m0n1o2', '792ffb1ab1ad', 'k8l9m0n1o2p3',
  ]);
  assert.equal(result.findings[0]?.message, 'x9x9x9x9x9x9 revises f2a8b1c4d5e6, but main already continues from f2a8b1c4d5e6 with 8 revisions ending at k8l9m0n1o2p3');
});

test('expand/contract heads with different branch labels are intentional, also as unresolved expressions', () => {
  const split = [spec('e1e1e1e1e1e1', ['k8l9m0n1o2p3'], { labels: ['expand'] }), spec('e2e2e2e2e2e2', ['e1e1e1e1e1e1']), spec('c1c1c1c1c1c1', ['k8l9m0n1o2p3'], { labels: ['contract'] })];
  for (const mode of ['commit', 'push', 'rev'] as const) {
    assert.equal(analyse(mode, { base: main, target: main, checked: treeOf(main, split) }).findings, [], mode);
  }
  // The same labels written as constants migcheck cannot resolve: named by their text.
  const asExpression = (s: RevisionSpec, constant: string) => {
    const text = revisionText(s).replace(/branch_labels: (.*) = .*\n/, `branch_labels: $1 = (cli.${constant},)\n`);
    return readRevisionFile(seedPath(s), text, blobOf(text));
  };
  const checked = treeOf(main, asExpression(split[0]!, 'EXPAND_BRANCH'), split[1]!, asExpression(split[2]!, 'CONTRACT_BRANCH'));
  assert.equal(analyse('rev', { base: main, target: main, checked }).findings.map((f) => f.code), ['unresolved-label', 'unresolved-label']);
  // Both heads under one label are a fork after all.
  const same = treeOf(main, split[0]!, split[1]!, { ...split[2]!, labels: undefined }, spec('d1d1d1d1d1d1', ['e1e1e1e1e1e1']));
  assert.equal(analyse('commit', { base: main, target: main, checked: same }).findings.map((f) => f.code), ['multiple-heads']);
});

test('allowedHeads from config excuses a head', () => {
  const own = [spec('a1a1a1a1a1a1', ['k8l9m0n1o2p3']), spec('b2b2b2b2b2b2', ['k8l9m0n1o2p3'])];
  assert.equal(analyse('rev', { base: main, target: main, checked: treeOf(main, own), allowedHeads: ['b2b2b2b2b2b2'] }).findings, []);
});

test('edited-published: re-identifying a migration main has', () => {
  const renamed = fileOf(spec('k8l9m0n1o2pX', ['792ffb1ab1ad'], { message: 'add snapshot idempotency fields' }), seedPath(seedChain1[15]!));
  const result = analyse('commit', { base: main, target: main, checked: treeOf(treeOf(main).filter((f) => f.revision !== 'k8l9m0n1o2p3'), renamed) });
  assert.equal(result.findings, [
    {
      code: 'edited-published',
      severity: 'error',
      message: "k8l9m0n1o2p3 is already on main, but this change alters its revision from 'k8l9m0n1o2p3' to 'k8l9m0n1o2pX'",
      fix: `restore revision = 'k8l9m0n1o2p3' in ${V}/k8l9m0n1o2p3_add_snapshot_idempotency_fields.py; put new work in a new migration on top instead`,
      file: `${V}/k8l9m0n1o2p3_add_snapshot_idempotency_fields.py`,
      line: 15,
      revision: 'k8l9m0n1o2pX',
      downRevision: ['792ffb1ab1ad'],
    },
  ]);
});

test('edited-published: re-pointing a migration main has (and the fork it makes)', () => {
  const checked = treeOf(main.filter((f) => f.revision !== 'h1i2j3k4l5m6'), repointed(seedChain1[1]!, ['f8g9h0i1j2k3']));
  assert.equal(lines(analyse('push', { base: main, target: main, checked }).findings), [
    'error multiple-heads: the migrations have two heads: 7003a3be89fe, k8l9m0n1o2p3 (`alembic upgrade head` fails on this tree)',
    "error edited-published: h1i2j3k4l5m6 is already on main, but this change alters its down_revision from '7003a3be89fe' to 'f8g9h0i1j2k3'",
  ]);
});

test('missing-parent in the merged view only: main reverted the parent this branch builds on', () => {
  const branchTip = spec('x1x1x1x1x1x1', ['f8g9h0i1j2k3']);
  const trees = { base: treeOf(seedShared), target: treeOf(seedShared.slice(0, 2)), checked: treeOf(seedShared, branchTip) };
  const expected = (severity: string) => [
    `${severity} missing-parent: once merged into main: revision 'x1x1x1x1x1x1' has down_revision 'f8g9h0i1j2k3', which no revision file declares`,
  ];
  assert.equal(lines(analyse('push', trees).findings), expected('error'));
  assert.equal(lines(analyse('rev', trees).findings), expected('error'));
  assert.equal(lines(analyse('commit', trees).findings), expected('warning'));
});

test('duplicate-revision in the merged view only: main gained the same id', () => {
  const mine = spec('d0d0d0d0d0d0', ['k8l9m0n1o2p3'], { message: 'mine' });
  const theirs = spec('d0d0d0d0d0d0', ['k8l9m0n1o2p3'], { message: 'theirs' });
  const result = analyse('push', { base: main, target: treeOf(main, theirs), checked: treeOf(main, mine) });
  assert.equal(result.findings.map((f) => `${f.severity} ${f.code} ${f.files?.join(' ')}`), [
    `error duplicate-revision ${V}/d0d0d0d0d0d0_mine.py ${V}/d0d0d0d0d0d0_theirs.py`,
  ]);
  assert.match(result.findings[0]!.message, /^once merged into main: /);
});

test('a problem main already has in files the change does not touch is a preexisting warning; touched, it is the change\'s', () => {
  // depends_on on a revision that is gone: missing-parent, without changing the heads.
  const broken = { ...seedChain1[15]!, dependsOn: ['nonexistent00'] };
  const brokenMain = treeOf(seedShared, seedChain1.slice(0, 15), broken);
  const untouched = analyse('commit', { base: brokenMain, target: brokenMain, checked: treeOf(brokenMain, spec('n1n1n1n1n1n1', ['k8l9m0n1o2p3'])) });
  assert.equal(lines(untouched.findings), [
    "warning missing-parent: revision 'k8l9m0n1o2p3' has depends_on 'nonexistent00', which is neither a revision nor a branch label (not caused by this change)",
  ]);
  assert.equal(untouched.findings[0]!.preexisting, true);
  assert.equal(lines(analyse('rev', { base: brokenMain, target: brokenMain, checked: brokenMain }).findings), [
    "error missing-parent: revision 'k8l9m0n1o2p3' has depends_on 'nonexistent00', which is neither a revision nor a branch label",
  ]);
  const edited = treeOf(seedShared, seedChain1.slice(0, 15), { ...broken, extra: '# touched' });
  assert.equal(analyse('commit', { base: brokenMain, target: brokenMain, checked: edited }).findings.map((f) => `${f.severity} ${f.code} ${f.preexisting}`), [
    'error missing-parent undefined',
  ]);
});

test('no merge-base and no target: the checked tree alone, everything new', () => {
  const result = analyse('commit', { base: undefined, target: undefined, checked: twoHeadedMain });
  assert.equal(lines(result.findings), ['error multiple-heads: the migrations have two heads: k8l9m0n1o2p3, r4s5t6u7v8w9 (`alembic upgrade head` fails on this tree)']);
  assert.equal(result.heads, { target: [], mergeBase: [], result: ['k8l9m0n1o2p3', 'r4s5t6u7v8w9'] });
  assert.equal(analyse('commit', { base: undefined, target: undefined, checked: main }).findings, []);
});

test.run();
