/**
 * Two Alembic environments in one repository (one per database): the broken one is reported,
 * the healthy one stays silent (and is listed in JSON); `check PATH…` with lint-staged's absolute
 * paths limits the check to the environments holding them; a commit that stages no migration
 * takes the fast path.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { makeRepo, type Repo } from '../helpers/repo.js';
import { environmentFiles, revisionFileName, revisionText } from '../helpers/revision-files.js';
import { SEED_VERSIONS } from '../helpers/seed-story.js';
import { CHAIN1_HEAD, CHAIN1_IDS, FORK_POINT, NEW_PATH, NEW_REV, assertExit, gitSpy, json, newRevision, seedMain } from './check-helpers.js';

const ANALYTICS = 'analytics/migrations/versions';
const analyticsSpecs = [
  { rev: 'an0000000001', down: [], message: 'create events' },
  { rev: 'an0000000002', down: ['an0000000001'], message: 'add sessions' },
];
const NEW_ANALYTICS = { rev: 'an0000000003', down: ['an0000000002'], message: 'add funnels' };
const NEW_ANALYTICS_PATH = `${ANALYTICS}/${revisionFileName(NEW_ANALYTICS)}`;
const BYPASS_BLOCK = [
  `${SEED_VERSIONS} (backend/alembic.ini)`,
  `  ✖ bypassed-chain ${NEW_PATH}:16`,
  `    ${NEW_REV} revises ${FORK_POINT}, but main already continues from ${FORK_POINT} with 16 revisions ending at ${CHAIN1_HEAD}`,
  `    bypassed: ${CHAIN1_IDS.join(' → ')}`,
  `    fix: set down_revision = '${CHAIN1_HEAD}' (or run \`migcheck rebase-plan\`)`,
  'migcheck: 1 error — blocked',
  '',
].join('\n');

let repo: Repo;
let main = '';

test.before(async () => {
  repo = await makeRepo();
  await repo.commit('analytics database', environmentFiles('analytics', analyticsSpecs));
  ({ main } = await seedMain(repo));
  await repo.exec(['checkout', '-q', '-b', 'feature']);
  await repo.write({ [NEW_PATH]: newRevision(FORK_POINT), [NEW_ANALYTICS_PATH]: revisionText(NEW_ANALYTICS), 'README.md': '# shop\n' });
  await repo.exec(['add', NEW_PATH, NEW_ANALYTICS_PATH]);
});

test.after(async () => {
  await repo.cleanup();
});

test('the broken environment is reported, the healthy one stays silent; JSON lists both', async () => {
  const [human, asJson] = await Promise.all([repo.migcheck(['check']), repo.migcheck(['check', '--format', 'json'])]);
  assertExit(human, 1);
  assert.equal([human.stdout, human.stderr], [BYPASS_BLOCK, '']);
  assertExit(asJson, 1);
  const doc = json(asJson);
  assert.equal(doc.target, { ref: 'main', commit: main, mergeBase: main });
  assert.equal(doc.environments.map((e: any) => [e.dir, e.config, e.heads, e.findings.map((f: any) => f.code)]), [
    [ANALYTICS, 'analytics/alembic.ini', { target: ['an0000000002'], mergeBase: ['an0000000002'], result: ['an0000000003'] }, []],
    [SEED_VERSIONS, 'backend/alembic.ini', { target: [CHAIN1_HEAD], mergeBase: [CHAIN1_HEAD], result: [CHAIN1_HEAD, NEW_REV] }, ['bypassed-chain']],
  ]);
});

test('check PATH… (absolute, as lint-staged passes them) checks only the environments holding them', async () => {
  const abs = (p: string) => join(repo.dir, p);
  const [analyticsOnly, backendOnly, both, fromSubdir] = await Promise.all([
    repo.migcheck(['check', abs(NEW_ANALYTICS_PATH)]),
    repo.migcheck(['check', abs(NEW_PATH)]),
    repo.migcheck(['check', '--format', 'json', abs(NEW_ANALYTICS_PATH), abs('backend/alembic.ini')]),
    // Relative paths are taken from where the user stands.
    repo.migcheck(['check', 'migrations/versions/an0000000003_add_funnels.py'], { cwd: join(repo.dir, 'analytics') }),
  ]);
  assertExit(analyticsOnly, 0);
  assert.equal([analyticsOnly.stdout, analyticsOnly.stderr], [`migcheck: ok — ${ANALYTICS}: head an0000000003\n`, '']);
  assertExit(backendOnly, 1);
  assert.equal([backendOnly.stdout, backendOnly.stderr], [BYPASS_BLOCK, '']);
  assertExit(both, 1);
  assert.equal(json(both).environments.map((e: any) => e.dir), [ANALYTICS, SEED_VERSIONS]);
  assertExit(fromSubdir, 0);
  assert.equal([fromSubdir.stdout, fromSubdir.stderr], [`migcheck: ok — ${ANALYTICS}: head an0000000003\n`, '']);
});

test('fast path: a commit that stages only a README passes after one git call, saying so; JSON is still valid', async () => {
  await repo.exec(['reset', '-q']);
  await repo.exec(['add', 'README.md']);
  const spy = await gitSpy();
  let human;
  try {
    human = await repo.migcheck(['check'], { env: spy.env });
    assert.is((await spy.calls()).length, 1, `git calls:\n${(await spy.calls()).join('\n')}`);
  } finally {
    await spy.cleanup();
  }
  const asJson = await repo.migcheck(['check', '--format', 'json']);
  assertExit(human, 0);
  assert.is(human.stdout + human.stderr, 'migcheck: ok — nothing staged that migcheck reads\n');
  assertExit(asJson, 0);
  assert.is(asJson.stderr, '');
  assert.equal(json(asJson), { ok: true, target: null, environments: [] });
  // The bypassing file is still in the working tree, only not staged: the commit cannot add it.
  assert.ok((await repo.read(NEW_PATH)).includes(`'${FORK_POINT}'`));
});

test.run();
