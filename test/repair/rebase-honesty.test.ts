/**
 * rebase-plan tells the truth about what it cannot do, and --apply checks its result the way the
 * plan predicted it.
 *
 * - A revert on a branch (the shape met on polar): main once put C after B; the branch reverts
 *   that commit, so C is again beside B. `check` blocks (edited-published + multiple-heads);
 *   rebase-plan only moves the branch's own migrations, so it says it cannot fix this, shows both
 *   findings with their fixes, and exits 1 — never "nothing to do".
 * - The neutron incident: after the branch forked, main inserted D under C (editing C's
 *   down_revision, a published revision) and added E on C. The branch still holds its stale copy
 *   of C. The plan re-points the branch's X onto E; --apply used to judge the edited tree by
 *   combining the stale C with main's revisions, saw two heads and aborted ("please report this").
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { withRepo, type Repo } from '../helpers/repo.js';
import { alembicOracles, oracleHeads, requireOracles } from '../helpers/alembic.js';
import { environmentFiles, revisionFileName, revisionText, type RevisionSpec } from '../helpers/revision-files.js';
import { git, migcheck } from './helpers/run-quiet.js';

const V = 'migrations/versions';
const rev = (id: string, down: string[], message = id): RevisionSpec => ({ rev: id, down, message });
const path = (s: RevisionSpec) => `${V}/${revisionFileName(s)}`;
const files = (...specs: RevisionSpec[]) => Object.fromEntries(specs.map((s) => [path(s), revisionText(s)]));

const A = rev('aaaa00000001', []);
const B = rev('bbbb00000002', [A.rev]);
const C = rev('cccc00000003', [A.rev]);

async function singleHead(repo: Repo, head: string): Promise<void> {
  if (!(await requireOracles())) return;
  for (const oracle of await alembicOracles()) assert.equal(await oracleHeads(oracle, repo.dir, 'alembic.ini'), [head], `Alembic ${oracle.version}`);
}

/** main: A, B and C beside B; then "put C after B"; `revert` branches there and reverts that commit. */
async function revertedLinearisation(repo: Repo): Promise<void> {
  await repo.commit('main: A, B, C', environmentFiles('', [A, B, C]));
  const linearise = await repo.commit('main: C after B', files({ ...C, down: [B.rev] }));
  await git(repo, ['switch', '-q', '-c', 'revert']);
  assert.is((await git(repo, ['revert', '--no-edit', linearise])).code, 0);
}

test('a revert of a published edit: check blocks, and rebase-plan says what it cannot fix (exit 1), never "nothing to do"', () =>
  withRepo(async (repo) => {
    await revertedLinearisation(repo);
    const check = await migcheck(repo, ['check', '--rev', 'HEAD', '--target', 'main', '--format', 'json']);
    assert.is(check.code, 1);
    const codes = JSON.parse(check.stdout).environments[0].findings.map((f: any) => f.code);
    assert.equal(codes, ['multiple-heads', 'edited-published']);

    const r = await migcheck(repo, ['rebase-plan', '--target', 'main']);
    assert.is(r.code, 1, r.stdout + r.stderr);
    assert.is(r.stderr, '');
    assert.is(r.stdout, [
      `${V}: rebase-plan cannot put this branch on main: it only moves this branch's own migrations, and check would still report the following, which needs the fix shown:`,
      `  ✖ edited-published ${path(C)}:16`,
      `    ${C.rev} is already on main, but this change alters its down_revision from '${B.rev}' to '${A.rev}'`,
      `    fix: restore down_revision = '${B.rev}' in ${path(C)}; put new work in a new migration on top instead`,
      `  ✖ multiple-heads ${path(C)}:16`,
      `    the migrations have two heads: ${B.rev}, ${C.rev} (\`alembic upgrade head\` fails on this tree)`,
      '    fix: join them with `migcheck merge`, or set the down_revision of the newer one to the other head',
      '',
    ].join('\n'));
    const plan = JSON.parse((await migcheck(repo, ['rebase-plan', '--target', 'main', '--format', 'json'])).stdout);
    assert.equal(plan.environments[0].steps, []);
    assert.is(plan.environments[0].blocked.reason, 'cannot-fix');
    assert.equal(plan.environments[0].blocked.findings.map((f: any) => f.code), ['edited-published', 'multiple-heads']);
    const apply = await migcheck(repo, ['rebase-plan', '--target', 'main', '--apply']);
    assert.is(apply.code, 1);
    assert.is(apply.stderr, "migcheck: refusing to apply: moving this branch's migrations would not fix what is listed above; fix that first, then run migcheck rebase-plan --apply again. Nothing was changed.\n");
    assert.is((await git(repo, ['status', '--porcelain'])).stdout, '');
    // The fix the plan names works: restore C, and there is nothing left to do.
    await repo.commit('restore C after B', files({ ...C, down: [B.rev] }));
    const again = await migcheck(repo, ['rebase-plan', '--target', 'main']);
    assert.is(again.code, 0);
    assert.match(again.stdout, 'nothing to do');
  }));

// ── the neutron incident ─────────────────────────────────────────────────────

const D = rev('dddd00000004', [B.rev]);
const E = rev('eeee00000005', [C.rev]);
const X = rev('ffff00000006', [C.rev], 'branch work');

/** main: A, B, C(B); `work` adds X on C; main then inserts D under C and adds E. */
async function mainEditedAfterFork(repo: Repo): Promise<void> {
  await repo.commit('main: A, B, C', environmentFiles('', [A, B, { ...C, down: [B.rev] }]));
  await git(repo, ['switch', '-q', '-c', 'work']);
  await repo.commit('work: X', files(X));
  await git(repo, ['switch', '-q', 'main']);
  await repo.commit('main: D under C, then E', files(D, { ...C, down: [D.rev] }, E));
  await git(repo, ['switch', '-q', 'work']);
}

test('neutron: main edited a published parent after the fork; --apply re-points X onto E and does not abort', () =>
  withRepo(async (repo) => {
    await mainEditedAfterFork(repo);
    const plan = JSON.parse((await migcheck(repo, ['rebase-plan', '--target', 'main', '--format', 'json'])).stdout);
    assert.equal(plan.environments[0].steps, [
      { action: 'git', command: 'git rebase main', reason: 'missing-target-revisions', revisions: [D.rev, E.rev] },
      { action: 'repoint', revision: X.rev, file: path(X), from: [C.rev], to: [E.rev] },
    ]);
    assert.equal(plan.environments[0].resultHeads, [X.rev]);
    const apply = await migcheck(repo, ['rebase-plan', '--target', 'main', '--apply']);
    assert.is(apply.stderr, '');
    assert.is(apply.code, 0);
    assert.match(apply.stdout, `Rewrote down_revision of ${X.rev} (${path(X)}): ${C.rev} → ${E.rev}`);
    assert.match(apply.stdout, 'Still to do: run `git rebase main`');
    // The rest of the fix: commit, rebase; the tree then passes and Alembic sees one head.
    await repo.commit('work: X on E');
    assert.is((await git(repo, ['rebase', '-q', 'main'])).code, 0);
    const check = await migcheck(repo, ['check', '--rev', 'HEAD', '--target', 'main']);
    assert.is(check.code, 0, check.stdout + check.stderr);
    await singleHead(repo, X.rev);
  }));

test('neutron, rebased first: the same single step, and the result has one head', () =>
  withRepo(async (repo) => {
    await mainEditedAfterFork(repo);
    assert.is((await git(repo, ['rebase', '-q', 'main'])).code, 0);
    const apply = await migcheck(repo, ['rebase-plan', '--target', 'main', '--apply']);
    assert.is(apply.code, 0, apply.stderr);
    await repo.commit('work: X on E');
    assert.is((await migcheck(repo, ['check', '--rev', 'HEAD', '--target', 'main'])).code, 0);
    await singleHead(repo, X.rev);
  }));

test.run();
