import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { hasAlembic, withRepo, type Repo } from '../helpers/repo.js';
import { git, migcheck } from './helpers/run-quiet.js';
import { revisionText } from '../helpers/revision-files.js';
import { seedAuthOnboarding, seedChain1, seedChain2, seedFiles, seedPath, seedPhase1Merge, seedShared, SEED_VERSIONS } from '../helpers/seed-story.js';
import { alembicHeads } from './helpers/alembic-oracle.js';

const INI = 'backend/alembic.ini';
const [t6, s5, e15] = seedAuthOnboarding as [typeof seedPhase1Merge, typeof seedPhase1Merge, typeof seedPhase1Merge];

/** main with both chains (two heads), the AuthOnboarding branch, then main's Phase 1 merge. */
async function phase2(repo: Repo, rebased: boolean): Promise<void> {
  await repo.commit('main: both chains', seedFiles([...seedShared, ...seedChain1, ...seedChain2]));
  await git(repo, ['switch', '-q', '-c', 'AuthOnboarding']);
  await repo.commit('AuthOnboarding migrations', seedFiles(seedAuthOnboarding, false));
  await git(repo, ['switch', '-q', 'main']);
  await repo.commit('main: merge the chains', seedFiles([seedPhase1Merge], false));
  await git(repo, ['switch', '-q', 'AuthOnboarding']);
  if (rebased) assert.is((await git(repo, ['rebase', '-q', 'main'])).code, 0);
}

const s5After = revisionText(s5)
  .replace('Revises: t6u7v8w9x0y1', 'Revises: u7v8w9x0y1z2')
  .replace("down_revision: Union[str, Sequence[str], None] = 't6u7v8w9x0y1'", "down_revision: Union[str, Sequence[str], None] = 'u7v8w9x0y1z2'");

test('Phase 2 plan as text, before git rebase: the git step comes first', () =>
  withRepo(async (repo) => {
    await phase2(repo, false);
    const r = await migcheck(repo, ['rebase-plan', '--target', 'main']);
    assert.is(r.code, 0);
    assert.is(r.stdout, [
      `${SEED_VERSIONS}: put this branch's migrations on top of main's head u7v8w9x0y1z2`,
      '  1. Run `git rebase main` first: this branch lacks 1 migration of main (u7v8w9x0y1z2); migcheck does not run git for you',
      `  2. Delete t6u7v8w9x0y1 (${seedPath(t6)}): its parents are already merged on main by u7v8w9x0y1z2`,
      `  3. Rewrite down_revision of s5t6u7v8w9x0 (${seedPath(s5)}): t6u7v8w9x0y1 → u7v8w9x0y1z2`,
      '  Result: single head 15e70d6147cd',
      '',
      'Run `migcheck rebase-plan --apply` to make these edits (it never stages or commits).',
      '',
    ].join('\n'));
  }));

test('Phase 2: the plan (contract JSON), then --apply: whole files, nothing staged, Alembic reports 15e70d6147cd', () =>
  withRepo(async (repo) => {
    await phase2(repo, true);
    const planned = await migcheck(repo, ['rebase-plan', '--target', 'main', '--format', 'json']);
    assert.is(planned.stderr, '');
    assert.is(planned.code, 0);
    const main = (await git(repo, ['rev-parse', 'main'])).stdout.trim();
    assert.equal(JSON.parse(planned.stdout), {
      target: { ref: 'main', commit: main, mergeBase: main },
      applied: false,
      environments: [{
        dir: SEED_VERSIONS,
        onto: ['u7v8w9x0y1z2'],
        steps: [
          { action: 'delete', revision: 't6u7v8w9x0y1', file: seedPath(t6), reason: 'redundant-merge', mergedBy: 'u7v8w9x0y1z2' },
          { action: 'repoint', revision: 's5t6u7v8w9x0', file: seedPath(s5), from: ['t6u7v8w9x0y1'], to: ['u7v8w9x0y1z2'] },
        ],
        resultHeads: ['15e70d6147cd'],
      }],
    });
    const r = await migcheck(repo, ['rebase-plan', '--target', 'main', '--apply']);
    assert.is(r.stderr, '');
    assert.is(r.code, 0);
    assert.is(r.stdout, [
      `${SEED_VERSIONS}: this branch's migrations now build on main's head u7v8w9x0y1z2`,
      `  Deleted t6u7v8w9x0y1 (${seedPath(t6)}): its parents are already merged on main by u7v8w9x0y1z2`,
      `  Rewrote down_revision of s5t6u7v8w9x0 (${seedPath(s5)}): t6u7v8w9x0y1 → u7v8w9x0y1z2`,
      '  Result: single head 15e70d6147cd',
      '',
      'Nothing was staged or committed: review with `git diff`, then commit.',
      '',
    ].join('\n'));
    assert.is(await repo.read(seedPath(s5)), s5After);
    assert.is(await repo.read(seedPath(e15)), revisionText(e15));
    assert.is(await repo.read(seedPath(t6)).catch(() => 'gone'), 'gone');
    const status = (await git(repo, ['status', '--porcelain'])).stdout;
    assert.is(status, ` M ${seedPath(s5)}\n D ${seedPath(t6)}\n`);
    if (await hasAlembic()) assert.equal(await alembicHeads(repo.dir, INI), ['15e70d6147cd']);
    // A second run has nothing left to do.
    const again = await migcheck(repo, ['rebase-plan', '--target', 'main']);
    assert.is(again.stdout, `${SEED_VERSIONS}: nothing to do; this branch's migrations already build on main's head u7v8w9x0y1z2\n`);
  }));

test.run();
