/**
 * One fix per finding, and the fix is what works for the merged view and what rebase-plan does.
 *
 * 1. A branch that bypasses a chain and is also behind: the bypass's own fix (build on the end of
 *    the chain the branch sees) forks again once merged, because main has moved past that end.
 *    There is one finding at the line, and its fix is the rebase; following it gives a tree that
 *    passes and that both Alembic oracles see with one head. Following the old fix is shown to
 *    be blocked again at push.
 * 2. A redundant merge: the fix says what rebase-plan will do with it — delete it when its
 *    upgrade() and downgrade() exist and do nothing, re-point it otherwise (a merge without
 *    those functions is kept).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { withRepo, type Repo } from '../helpers/repo.js';
import { alembicOracles, oracleHeads, requireOracles } from '../helpers/alembic.js';
import { revisionText, type RevisionSpec } from '../helpers/revision-files.js';
import { seedChain1, seedChain2, seedFiles, seedPath, seedPhase1Merge, seedShared } from '../helpers/seed-story.js';
import { assertExit, CHAIN1_HEAD, downRevisionLine, FORK_POINT, json, NEW_PATH, NEW_REV, newRevision } from './check-helpers.js';

const INI = 'backend/alembic.ini';
/** What main adds on top of chain 1 after the branch forked. */
const LATER: RevisionSpec = { rev: 'a83c00000001', down: [CHAIN1_HEAD], message: 'add audit log' };

/** main: shared + chain 1; `feature` forks; main gains LATER; `feature` adds the bypassing NEW_REV. */
async function bypassAndBehind(repo: Repo): Promise<void> {
  await repo.commit('main: shared + chain 1', seedFiles([...seedShared, ...seedChain1]));
  await repo.exec(['branch', 'feature']);
  await repo.commit('main: audit log', seedFiles([LATER], false));
  await repo.exec(['checkout', '-q', 'feature']);
  await repo.commit('feature: symbol analytics on production', { [NEW_PATH]: newRevision(FORK_POINT) });
}

async function singleHeadInEveryAlembic(repo: Repo, head: string): Promise<void> {
  if (!(await requireOracles())) return;
  for (const oracle of await alembicOracles()) assert.equal(await oracleHeads(oracle, repo.dir, INI), [head], `Alembic ${oracle.version}`);
}

test('bypasses and is behind: one finding at the line, its fix is the rebase onto main\'s head', () =>
  withRepo(async (repo) => {
    await bypassAndBehind(repo);
    for (const args of [['check', '--rev', 'HEAD'], ['pre-push']]) {
      const r = await repo.migcheck([...args, '--target', 'main', '--format', 'json']);
      assertExit(r, 1);
      const findings = json(r).environments[0].findings;
      assert.equal(findings.map((f: any) => `${f.code}:${f.severity}:${f.file}:${f.line}`), [`bypassed-chain:error:${NEW_PATH}:${downRevisionLine(newRevision(FORK_POINT))}`], args.join(' '));
      assert.is(findings[0].fix, `run \`git rebase main\`, then \`migcheck rebase-plan\`: it re-points this migration onto main's head ${LATER.rev} (main has moved past the chain this branch sees, so building on that chain's end would fork again once merged)`);
      assert.equal(findings[0].suggestedDownRevision, [LATER.rev]);
    }
  }));

test('the bypass\'s own fix would be blocked again at push; the rebase fix passes and Alembic sees one head', () =>
  withRepo(async (repo) => {
    await bypassAndBehind(repo);
    // What the old message said: build on the chain's end. Once merged, main's audit log forks it.
    await repo.commit('feature: on chain 1\'s end', { [NEW_PATH]: newRevision(CHAIN1_HEAD) });
    const old = await repo.migcheck(['check', '--rev', 'HEAD', '--target', 'main', '--format', 'json']);
    assertExit(old, 1);
    assert.equal(json(old).environments[0].findings.map((f: any) => f.code), ['behind-target']);
    await repo.exec(['reset', '-q', '--hard', 'HEAD~1']);
    // The fix the finding gives.
    assert.is((await repo.exec(['rebase', '-q', 'main'])).code, 0);
    const plan = await repo.migcheck(['rebase-plan', '--target', 'main', '--apply']);
    assertExit(plan, 0);
    await repo.commit('feature: rebased');
    assertExit(await repo.migcheck(['check', '--rev', 'HEAD', '--target', 'main']), 0);
    assert.match(await repo.read(NEW_PATH), `down_revision: Union[str, Sequence[str], None] = '${LATER.rev}'`);
    await singleHeadInEveryAlembic(repo, NEW_REV);
  }));

// ── redundant merges: the fix says what the plan does ────────────────────────

const MERGE: RevisionSpec = { rev: 'b1b1b1b1b1b1', down: [CHAIN1_HEAD, seedChain2.at(-1)!.rev], message: 'merge heads' };
const ON_MERGE: RevisionSpec = { rev: 'c2c2c2c2c2c2', down: [MERGE.rev], message: 'add clerk columns' };

/** main with two heads; `feature` merges them itself and builds on its merge; main then merges them too. */
async function redundantMerge(repo: Repo, mergeText: string): Promise<void> {
  await repo.commit('main: both chains', seedFiles([...seedShared, ...seedChain1, ...seedChain2]));
  await repo.exec(['checkout', '-q', '-b', 'feature']);
  await repo.commit('feature: merge and clerk', { [seedPath(MERGE)]: mergeText, [seedPath(ON_MERGE)]: revisionText(ON_MERGE) });
  await repo.exec(['checkout', '-q', 'main']);
  await repo.commit('main: merge the chains', seedFiles([seedPhase1Merge], false));
  await repo.exec(['checkout', '-q', 'feature']);
  assert.is((await repo.exec(['rebase', '-q', 'main'])).code, 0);
}

/** The merge file without upgrade() and downgrade() (module docstring and identifiers only). */
const withoutFunctions = revisionText(MERGE).replace(/\n\ndef upgrade[\s\S]*$/, '\n');

for (const [name, text, action] of [
  ['an empty merge is deleted', revisionText(MERGE), 'delete'],
  ['a merge without upgrade() and downgrade() is kept and re-pointed', withoutFunctions, 'repoint'],
  ['a merge that does something is kept and re-pointed', revisionText(MERGE).replace('def upgrade() -> None:\n    pass', 'def upgrade() -> None:\n    op.add_column("t", sa.Column("x", sa.Integer()))'), 'repoint'],
] as const) {
  test(`redundant-merge: ${name}, and the finding says so`, () =>
    withRepo(async (repo) => {
      await redundantMerge(repo, text);
      const r = await repo.migcheck(['check', '--rev', 'HEAD', '--target', 'main', '--format', 'json']);
      const finding = json(r).environments[0].findings.find((f: any) => f.code === 'redundant-merge');
      assert.ok(finding, r.stdout);
      const plan = json(await repo.migcheck(['rebase-plan', '--target', 'main', '--format', 'json']));
      const step = plan.environments[0].steps.find((s: any) => s.revision === MERGE.rev);
      assert.is(step.action, action);
      if (action === 'delete') {
        assert.is(finding.fix, `delete ${seedPath(MERGE)} and set down_revision = '${seedPhase1Merge.rev}' in the migrations that revise it (or run \`migcheck rebase-plan\`)`);
      } else {
        assert.is(finding.fix, `set down_revision = '${seedPhase1Merge.rev}' in ${seedPath(MERGE)}, keeping the migration (or run \`migcheck rebase-plan\`, which re-points it: it deletes a merge only when its upgrade() and downgrade() exist and do nothing)`);
        assert.equal(step.to, [seedPhase1Merge.rev]);
      }
      assertExit(await repo.migcheck(['rebase-plan', '--target', 'main', '--apply']), 0);
      await repo.commit('feature: rebase-plan applied');
      assertExit(await repo.migcheck(['check', '--rev', 'HEAD', '--target', 'main']), 0);
      await singleHeadInEveryAlembic(repo, ON_MERGE.rev);
    }));
}

test.run();
