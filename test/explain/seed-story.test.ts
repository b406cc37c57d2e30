// `migcheck explain` on the seed's story replayed in a real repository: main with the shared
// history and chain 1, chain 2 written against f8g9h0i1j2k3 on a branch and merged by a merge
// commit without a merge migration, and AuthOnboarding carrying its own merge of the two heads.
// The Markdown is compared with a snapshot (commit ids replaced by their role), the JSON field by
// field. MIGCHECK_UPDATE_SNAPSHOTS=1 rewrites the snapshot.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRepo, type Repo } from '../helpers/repo.js';
import { replaySeedHistory, type SeedHistory } from '../helpers/seed-history.js';
import { seedChain1, seedChain2, SEED_VERSIONS } from '../helpers/seed-story.js';

const SNAPSHOT = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'seed-report.md');

let repo: Repo;
let story: SeedHistory;

test.before(async () => {
  repo = await makeRepo();
  story = await replaySeedHistory(repo);
});
test.after(async () => {
  await repo.cleanup();
});

/** Commit ids (full and the report's 10-digit form) replaced by what the commit did. */
function normalise(text: string): string {
  const names: [string, string][] = [
    [story.shared, 'shared'], [story.chain1, 'chain1'], [story.merge, 'merge'], [story.authOnboarding, 'auth-onboarding'],
    ...story.chain2.map((id, i) => [id, `chain2-${i + 1}`] as [string, string]),
  ];
  let out = text;
  for (const [id, name] of names) out = out.split(id).join(`<${name}>`).split(id.slice(0, 10)).join(`<${name}>`);
  return out;
}

test('the Markdown names both heads, the divergence point, both chains, how it happened and the two-phase fix', async () => {
  const r = await repo.migcheck(['explain', '--target', 'main']);
  assert.is(r.code, 1, r.stderr);
  assert.is(r.stderr, '');
  const md = normalise(r.stdout);
  if (process.env.MIGCHECK_UPDATE_SNAPSHOTS === '1') await writeFile(SNAPSHOT, md);
  assert.fixture(md, await readFile(SNAPSHOT, 'utf8'));
  // What the snapshot must hold, said separately so a rewritten snapshot cannot lose it.
  assert.match(md, /\| `k8l9m0n1o2p3` \| `k8l9m0n1o2p3_add_snapshot_idempotency_fields.py` \| 2025-11-17 10:00 \| `<chain1>` feat: Dual database architecture \| 2025-11-17 \|/);
  assert.match(md, /\| `r4s5t6u7v8w9` \| `r4s5t6u7v8w9_add_batch_history_daily_metrics.py` \| 2025-12-22 12:00 \| `<chain2-5>` Add batch history & daily metrics \| 2025-12-22 \|/);
  assert.match(md, /`f8g9h0i1j2k3` \(add ai insights tables, Create Date 2025-10-19 20:00\) is the last revision every head builds on/);
  assert.match(md, /### Chain 1: 16 revisions up to `k8l9m0n1o2p3`/);
  assert.match(md, /### Chain 2: 5 revisions up to `r4s5t6u7v8w9`/);
  assert.match(md, /`n0o1p2q3r4s5` \(`[^`]+`\) was written on `f8g9h0i1j2k3` in commit `<chain2-1>` \(2025-12-20\), when `main` already held `k8l9m0n1o2p3`/);
  assert.match(md, /The second head appeared on `main` with commit `<merge>` "Merge branch 'symbol-analytics'" \(2025-12-24\).*It is a merge commit/);
  assert.match(md, /```mermaid\nflowchart TD\n/);
  assert.match(md, /migcheck merge -m "merge heads" --rev-id [0-9a-f]{12}\n/);
  assert.match(md, /#### `AuthOnboarding` \(`<auth-onboarding>`\)/);
  assert.match(md, /carries its own merge of the same heads: `t6u7v8w9x0y1`/);
  assert.match(md, /Delete t6u7v8w9x0y1 .*\n.*Rewrite down_revision of s5t6u7v8w9x0 .*t6u7v8w9x0y1 → [0-9a-f]{12}\n\s*Result: single head 15e70d6147cd/);
  // The branch that was merged has nothing of its own left to move.
  assert.not.match(md, /#### `symbol-analytics`/);
});

test('--format json carries the same facts, field by field', async () => {
  const r = await repo.migcheck(['explain', '--target', 'main', '--format', 'json']);
  assert.is(r.code, 1, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.is(doc.ok, false);
  assert.equal(doc.tree, { kind: 'commit', ref: 'main', commit: story.merge });
  assert.equal(doc.target, { ref: 'main', commit: story.merge });
  assert.is(doc.environments.length, 1);
  const env = doc.environments[0];
  assert.is(env.dir, SEED_VERSIONS);
  assert.is(env.config, 'backend/alembic.ini');
  assert.is(env.state, 'multiple-heads');
  assert.equal(env.heads.map((h: { revision: string }) => h.revision), ['k8l9m0n1o2p3', 'r4s5t6u7v8w9']);
  assert.equal(env.heads[0].commit, { id: story.chain1, parents: [story.shared], time: Date.parse('2025-11-17T12:00:00Z') / 1000, date: '2025-11-17T12:00:00+00:00', subject: 'feat: Dual database architecture' });
  assert.is(env.heads[1].createDate, '2025-12-22 12:00:00.000000');
  assert.is(env.heads[1].message, 'add batch history daily metrics');
  assert.is(env.heads[1].file, `${SEED_VERSIONS}/r4s5t6u7v8w9_add_batch_history_daily_metrics.py`);
  assert.is(env.divergencePoint.revision, 'f8g9h0i1j2k3');
  assert.is(env.divergencePoint.commit.id, story.shared);
  assert.equal(env.chains.map((c: { head: string }) => c.head), ['k8l9m0n1o2p3', 'r4s5t6u7v8w9']);
  const chain1 = env.chains[0].revisions;
  const chain2 = env.chains[1].revisions;
  assert.equal(new Set(chain1.map((r: { revision: string }) => r.revision)), new Set(seedChain1.map((s) => s.rev)));
  assert.is(chain1.length, 16);
  assert.is(chain1[0].revision, '7003a3be89fe');
  assert.is(chain1[15].revision, 'k8l9m0n1o2p3');
  assert.ok(chain1.every((r: { commit: { id: string } }) => r.commit.id === story.chain1));
  assert.equal(chain2.map((r: { revision: string }) => r.revision), seedChain2.map((s) => s.rev));
  assert.equal(chain2.map((r: { commit: { id: string } }) => r.commit.id), story.chain2);
  assert.equal(env.history.olderParents.map((o: { revision: string }) => o.revision), ['n0o1p2q3r4s5']);
  const older = env.history.olderParents[0];
  assert.equal(older.downRevision, ['f8g9h0i1j2k3']);
  assert.is(older.commit.id, story.chain2[0]);
  assert.equal(older.targetHeads, ['k8l9m0n1o2p3']);
  assert.is(older.targetCommit.id, story.chain1);
  assert.is(env.history.line, 'main');
  assert.is(env.history.secondHead.commit.id, story.merge);
  assert.is(env.history.secondHead.merge, true);
  assert.equal(env.history.secondHead.commit.parents, [story.chain1, story.chain2[4]]);
  assert.equal(env.history.secondHead.heads, ['k8l9m0n1o2p3', 'r4s5t6u7v8w9']);
  const merge = env.fix.merge;
  assert.match(merge.revision, /^[0-9a-f]{12}$/);
  assert.equal(merge.downRevision, ['k8l9m0n1o2p3', 'r4s5t6u7v8w9']);
  assert.is(merge.target, 'main');
  assert.is(merge.migcheck, `migcheck merge -m "merge heads" --rev-id ${merge.revision}`);
  assert.is(merge.alembic, `alembic merge -m "merge heads" --rev-id ${merge.revision} k8l9m0n1o2p3 r4s5t6u7v8w9`);
  assert.is(merge.alembicCwd, 'backend');
  assert.equal(env.fix.branches.map((b: { branch: string }) => b.branch), ['AuthOnboarding']);
  const branch = env.fix.branches[0];
  assert.is(branch.commit, story.authOnboarding);
  assert.is(branch.mergeBase, story.merge);
  assert.equal(branch.merges, ['t6u7v8w9x0y1']);
  assert.equal(branch.revisesOldHead, []);
  assert.equal(branch.plan.onto, [merge.revision]);
  assert.equal(branch.plan.steps.map((s: { action: string }) => s.action), ['git', 'delete', 'repoint']);
  assert.equal(branch.plan.steps[1], { action: 'delete', revision: 't6u7v8w9x0y1', file: `${SEED_VERSIONS}/t6u7v8w9x0y1_merge_heads.py`, reason: 'redundant-merge', mergedBy: merge.revision });
  assert.equal(branch.plan.steps[2], { action: 'repoint', revision: 's5t6u7v8w9x0', file: `${SEED_VERSIONS}/s5t6u7v8w9x0_add_clerk_auth_columns.py`, from: ['t6u7v8w9x0y1'], to: [merge.revision] });
  assert.equal(branch.plan.resultHeads, ['15e70d6147cd']);
  // The report names the same merge revision every time.
  const again = JSON.parse((await repo.migcheck(['explain', '--target', 'main', '--format', 'json'])).stdout);
  assert.is(again.environments[0].fix.merge.revision, merge.revision);
});

test('--rev explains a committed tree; before the merge main had one head: nothing to explain, exit 0', async () => {
  const r = await repo.migcheck(['explain', '--rev', story.chain1]);
  assert.is(r.code, 0, r.stderr);
  assert.is(r.stdout, `Nothing to explain: every environment of \`${story.chain1}\` has a single head.\n`);
  const json = await repo.migcheck(['explain', '--rev', story.chain1, '--format', 'json']);
  assert.is(json.code, 0);
  assert.is(JSON.parse(json.stdout).environments[0].state, 'healthy');
  // AuthOnboarding's own tree has one head (its merge joined them): nothing to explain there either.
  assert.is((await repo.migcheck(['explain', '--rev', 'AuthOnboarding'])).code, 0);
});

test('a stale branch (one head of its own) is explained as it would land: the merged view, and its own rebase plan', async () => {
  // Before the merge: main at chain 1, symbol-analytics carrying chain 2 on f8g9h0i1j2k3.
  await repo.exec(['branch', '-f', 'main-before', story.chain1]);
  const r = await repo.migcheck(['explain', '--rev', 'symbol-analytics', '--target', 'main-before']);
  assert.is(r.code, 1, r.stderr);
  assert.is(r.stderr, '');
  const md = normalise(r.stdout);
  assert.match(md, /^# Migration heads of `[^`]+` on `symbol-analytics` merged into `main-before`\n/);
  assert.match(md, /has 2 heads: `k8l9m0n1o2p3` and `r4s5t6u7v8w9`/);
  assert.match(md, /`f8g9h0i1j2k3` \(add ai insights tables, Create Date 2025-10-19 20:00\) is the last revision every head builds on/);
  assert.match(md, /\| `k8l9m0n1o2p3` \| `k8l9m0n1o2p3_add_snapshot_idempotency_fields.py` \| 2025-11-17 10:00 \| `<chain1>` feat: Dual database architecture/);
  assert.match(md, /`n0o1p2q3r4s5` \(`[^`]+`\) was written on `f8g9h0i1j2k3` in commit `<chain2-1>` \(2025-12-20\), when `main-before` already held `k8l9m0n1o2p3`/);
  assert.match(md, /`main-before` has a single head, and so has `symbol-analytics`: the second head appears when `symbol-analytics` is merged into `main-before`/);
  assert.match(md, /No merge migration is needed: `main-before` is sound/);
  assert.match(md, /Rewrite down_revision of n0o1p2q3r4s5 .*f8g9h0i1j2k3 → k8l9m0n1o2p3\n\s*Result: single head r4s5t6u7v8w9/);
  assert.not.match(md, /Phase 1/);
  const json = await repo.migcheck(['explain', '--rev', 'symbol-analytics', '--target', 'main-before', '--format', 'json']);
  assert.is(json.code, 1, json.stderr);
  const report = JSON.parse(json.stdout);
  assert.equal(report.tree, { kind: 'merged', ref: 'symbol-analytics', commit: story.chain2[4] });
  assert.is(report.target.ref, 'main-before');
  const env = report.environments[0];
  assert.is(env.state, 'multiple-heads');
  assert.equal(env.heads.map((h: { revision: string }) => h.revision), ['k8l9m0n1o2p3', 'r4s5t6u7v8w9']);
  assert.is(env.fix.merge, null);
  assert.equal(env.fix.branches.map((b: { branch: string; revisesOldHead: string[] }) => [b.branch, b.revisesOldHead]), [['symbol-analytics', ['n0o1p2q3r4s5']]]);
  // Once merged into main, the branch lands nothing new: its own tree is what it is.
  assert.is((await repo.migcheck(['explain', '--rev', 'symbol-analytics', '--target', 'main'])).code, 0);
  // Without --rev, on the branch itself: HEAD is the branch that would land.
  await repo.exec(['checkout', '-q', 'symbol-analytics']);
  try {
    const onBranch = await repo.migcheck(['explain', '--target', 'main-before']);
    assert.is(onBranch.code, 1, onBranch.stderr);
    assert.is(normalise(onBranch.stdout), md);
  } finally {
    await repo.exec(['checkout', '-q', 'main']);
  }
});

test('bad arguments and refs: one line, exit 2, never a stack trace', async () => {
  for (const args of [['--rev', '-p'], ['--rev', 'no-such-branch'], ['--format', 'dot'], ['--target', 'nowhere'], ['--rev', 'main', 'extra']]) {
    const r = await repo.migcheck(['explain', ...args]);
    assert.is(r.code, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
    assert.is(r.stdout, '', args.join(' '));
    assert.is(r.stderr.trim().split('\n')[0]!.startsWith('migcheck: '), true, r.stderr);
    assert.not.match(r.stderr, /\n\s+at /, args.join(' '));
  }
});

test.run();
