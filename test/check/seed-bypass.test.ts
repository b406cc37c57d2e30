/**
 * The seed's incident at `git commit` time: n0o1p2q3r4s5 staged with down_revision f8g9h0i1j2k3
 * while main already carries chain 1 on top of it. Blocked in every format, with the exact
 * message, the 16 bypassed revisions in order and the fix; the re-pointed file passes.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { makeRepo, withRepo, type Repo } from '../helpers/repo.js';
import { revisionText } from '../helpers/revision-files.js';
import { SEED_VERSIONS } from '../helpers/seed-story.js';
import {
  CHAIN1_HEAD, CHAIN1_IDS, FORK_POINT, NEW_PATH, NEW_REV,
  assertExit, downRevisionLine, json, newRevision, seedMain,
} from './check-helpers.js';

const MESSAGE = `${NEW_REV} revises ${FORK_POINT}, but main already continues from ${FORK_POINT} with 16 revisions ending at ${CHAIN1_HEAD}`;
const FIX = `set down_revision = '${CHAIN1_HEAD}' (or run \`migcheck rebase-plan\`)`;

// One repository for the seed's story: staged bypass → committed bypass → re-pointed fix.
let repo: Repo;
let main = '';
let line = 0;

test.before(async () => {
  repo = await makeRepo();
  ({ main } = await seedMain(repo));
  await repo.exec(['checkout', '-q', '-b', 'feature']);
  const text = newRevision(FORK_POINT);
  await repo.write({ [NEW_PATH]: text });
  await repo.exec(['add', NEW_PATH]);
  line = downRevisionLine(text);
});

test.after(async () => {
  await repo.cleanup();
});

test('the staged seed bypass is blocked in every format; MIGCHECK_SKIP=1 lets it through', async () => {
  assert.is(line, 16);
  const [human, bare, quiet, asJson, github, skip, skipPush] = await Promise.all([
    repo.migcheck(['check']),
    repo.migcheck([]),
    repo.migcheck(['check', '--quiet']),
    repo.migcheck(['check', '--format', 'json']),
    repo.migcheck(['check', '--format', 'github']),
    repo.migcheck(['check'], { env: { MIGCHECK_SKIP: '1' } }),
    repo.migcheck(['pre-push'], { env: { MIGCHECK_SKIP: '1' }, input: '' }),
  ]);

  assertExit(human, 1);
  assert.is(human.stderr, '');
  assert.is(human.stdout, [
    `${SEED_VERSIONS} (backend/alembic.ini)`,
    `  ✖ bypassed-chain ${NEW_PATH}:${line}`,
    `    ${MESSAGE}`,
    `    bypassed: ${CHAIN1_IDS.join(' → ')}`,
    `    fix: ${FIX}`,
    'migcheck: 1 error — blocked',
    '',
  ].join('\n'));
  // Bare `migcheck` is `migcheck check`; --quiet keeps errors, so the block stays.
  assert.equal([bare.code, bare.stdout, bare.stderr], [1, human.stdout, '']);
  assert.equal([quiet.code, quiet.stdout, quiet.stderr], [1, human.stdout, '']);

  // JSON: exactly the contract's document.
  assertExit(asJson, 1);
  assert.is(asJson.stderr, '');
  assert.ok(asJson.stdout.endsWith('}\n'));
  assert.equal(json(asJson), {
    ok: false,
    target: { ref: 'main', commit: main, mergeBase: main },
    environments: [{
      dir: SEED_VERSIONS,
      versionLocations: [SEED_VERSIONS],
      config: 'backend/alembic.ini',
      heads: { target: [CHAIN1_HEAD], mergeBase: [CHAIN1_HEAD], result: [CHAIN1_HEAD, NEW_REV] },
      findings: [{
        code: 'bypassed-chain',
        severity: 'error',
        message: MESSAGE,
        fix: FIX,
        file: NEW_PATH,
        line,
        revision: NEW_REV,
        downRevision: [FORK_POINT],
        suggestedDownRevision: [CHAIN1_HEAD],
        bypassed: CHAIN1_IDS,
      }],
    }],
  });
  // The order is the seed's: 7003a3be89fe first, both sides of the fork at f2a8b1c4d5e6, k8l9m0n1o2p3 last.
  assert.is(CHAIN1_IDS.length, 16);
  assert.is(CHAIN1_IDS[0], '7003a3be89fe');
  assert.is(CHAIN1_IDS.at(-1), CHAIN1_HEAD);

  // GitHub: one workflow command on the down_revision line.
  assertExit(github, 1);
  assert.is(github.stderr, '');
  assert.is(github.stdout, `::error file=${NEW_PATH},line=${line},title=migcheck bypassed-chain::${MESSAGE}%0Afix: ${FIX}\n`);

  // MIGCHECK_SKIP=1: passes, and says so on stderr.
  assertExit(skip, 0);
  assert.equal([skip.stdout, skip.stderr], ['', 'migcheck: check skipped (MIGCHECK_SKIP=1)\n']);
  assertExit(skipPush, 0);
  assert.equal([skipPush.stdout, skipPush.stderr], ['', 'migcheck: pre-push skipped (MIGCHECK_SKIP=1)\n']);
});

test('committed, the bypass fails `check --rev HEAD` (the CI gate) with the same finding', async () => {
  const head = await repo.commit('bypass');
  const r = await repo.migcheck(['check', '--rev', 'HEAD', '--format', 'json']);
  assertExit(r, 1);
  const doc = json(r);
  assert.equal(doc.rev, { ref: 'HEAD', commit: head });
  assert.equal(doc.target, { ref: 'main', commit: main, mergeBase: main });
  assert.equal(doc.environments[0].findings.map((f: any) => [f.code, f.severity, f.message, f.line, f.bypassed, f.suggestedDownRevision]),
    [['bypassed-chain', 'error', MESSAGE, line, CHAIN1_IDS, [CHAIN1_HEAD]]]);
});

test('the same file re-pointed at k8l9m0n1o2p3 passes: one ok line, nothing with --quiet or github, ok JSON', async () => {
  await repo.write({ [NEW_PATH]: newRevision(CHAIN1_HEAD) });
  await repo.exec(['add', NEW_PATH]);
  const [human, quiet, github, asJson] = await Promise.all([
    repo.migcheck(['check']),
    repo.migcheck(['check', '--quiet']),
    repo.migcheck(['check', '--format', 'github']),
    repo.migcheck(['check', '--format', 'json']),
  ]);
  assertExit(human, 0);
  assert.equal([human.stdout, human.stderr], [`migcheck: ok — ${SEED_VERSIONS}: head ${NEW_REV}\n`, '']);
  assertExit(quiet, 0);
  assert.is(quiet.stdout + quiet.stderr, '');
  assertExit(github, 0);
  assert.is(github.stdout + github.stderr, '');
  assertExit(asJson, 0);
  assert.equal(json(asJson), {
    ok: true,
    target: { ref: 'main', commit: main, mergeBase: main },
    environments: [{
      dir: SEED_VERSIONS,
      versionLocations: [SEED_VERSIONS],
      config: 'backend/alembic.ini',
      heads: { target: [CHAIN1_HEAD], mergeBase: [CHAIN1_HEAD], result: [NEW_REV] },
      findings: [],
    }],
  });
});

test('a merge migration that joins a fork made inside the branch is fine', async () => {
  await withRepo(async (repo) => {
    await seedMain(repo);
    await repo.exec(['checkout', '-q', '-b', 'feature']);
    const specs = [
      { rev: 'aa0000000001', down: [CHAIN1_HEAD], message: 'feature base' },
      { rev: 'aa0000000002', down: ['aa0000000001'], message: 'left side' },
      { rev: 'aa0000000003', down: ['aa0000000001'], message: 'right side' },
      { rev: 'aa0000000004', down: ['aa0000000002', 'aa0000000003'], message: 'merge left and right' },
    ];
    await repo.commit('feature: base and left side', {
      [`${SEED_VERSIONS}/aa0000000001_feature_base.py`]: revisionText(specs[0]!),
      [`${SEED_VERSIONS}/aa0000000002_left_side.py`]: revisionText(specs[1]!),
    });
    await repo.write({
      [`${SEED_VERSIONS}/aa0000000003_right_side.py`]: revisionText(specs[2]!),
      [`${SEED_VERSIONS}/aa0000000004_merge_left_and_right.py`]: revisionText(specs[3]!),
    });
    await repo.exec(['add', '-A']);
    const r = await repo.migcheck(['check']);
    assertExit(r, 0);
    assert.is(r.stdout, `migcheck: ok — ${SEED_VERSIONS}: head aa0000000004\n`);
    await repo.commit('feature: right side and merge');
    const rev = await repo.migcheck(['check', '--rev', 'HEAD']);
    assertExit(rev, 0);
    assert.is(rev.stdout, `migcheck: ok — ${SEED_VERSIONS}: head aa0000000004\n`);
  });
});

test.run();
