// Every state of the contract through the CLI, against real PostgreSQL databases whose version
// tables real Alembic wrote: behind by a chain (and partly applied), a row from another branch,
// overlapping rows, no version table, an empty one, a version table elsewhere (options and
// config), and a repository with two environments.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { makeRepo, type Repo } from '../helpers/repo.js';
import { alembicCurrent, alembicEnvironmentFiles, alembicOk, dbChain1, dbChain2, dbShared, revisionFiles } from '../helpers/alembic-environment.js';
import { freshDatabase, postgresServer, snapshotDatabase, sql } from '../helpers/postgres.js';

const test = suite('database states');
let base: string | undefined;
test.before(async () => { base = await postgresServer(); });

interface Json {
  environments: { state: string; recorded: string[]; heads: string[]; unknown: string[]; pending: { revision: string; evidence?: string; objects?: { name: string; found: boolean; matches: boolean }[] }[]; stampPlan?: { command: string }[]; blockers?: { kind: string; revision?: string }[] }[];
}

/** `migcheck db ARGS --format json`, proved read-only. */
async function db(repo: Repo, url: string, args: string[], extra: string[] = []): Promise<{ code: number; json: Json; stdout: string; stderr: string }> {
  const before = await snapshotDatabase(url);
  const r = await repo.migcheck(['db', ...args, '--url', url, '--format', 'json', ...extra]);
  assert.is(await snapshotDatabase(url), before, 'the database changed');
  let json: Json = { environments: [] };
  try { json = JSON.parse(r.stdout); } catch { /* exit 2: no JSON */ }
  return { code: r.code, json, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `fn` with a fresh database and a repository holding `specs` (skips without a server outside CI). */
async function withState(specs: Parameters<typeof revisionFiles>[0], fn: (repo: Repo, url: string) => Promise<void>): Promise<void> {
  if (!base) return console.log('  (skipped: no PostgreSQL here; CI provides one)');
  const database = await freshDatabase(base);
  const repo = await makeRepo();
  try {
    await repo.commit('migrations', { ...alembicEnvironmentFiles(), ...revisionFiles(specs) });
    await fn(repo, database.url);
  } finally {
    await repo.cleanup();
    await database.drop();
  }
}

test('behind by a chain: pending in upgrade order, nothing present, the plan is a plain upgrade that Alembic completes', () =>
  withState([...dbShared, ...dbChain1], async (repo, url) => {
    await alembicOk(repo.dir, ['upgrade', 'f8g9h0i1j2k3'], url);
    const status = await db(repo, url, ['status']);
    assert.is(status.code, 1);
    const env = status.json.environments[0]!;
    assert.is(env.state, 'behind');
    assert.equal(env.recorded, ['f8g9h0i1j2k3']);
    assert.is(env.pending.length, 16);
    assert.is(env.pending[0]!.revision, '7003a3be89fe');
    assert.is(env.pending.at(-1)!.revision, 'k8l9m0n1o2p3');
    assert.is(env.pending[0]!.evidence, undefined, 'evidence only with --schema');

    const schema = await db(repo, url, ['status', '--schema']);
    const verdicts = new Set(schema.json.environments[0]!.pending.filter((p) => p.revision !== '792ffb1ab1ad').map((p) => p.evidence));
    assert.equal([...verdicts], ['absent']);
    const plan = await db(repo, url, ['stamp-plan']);
    assert.equal(plan.json.environments[0]!.stampPlan!.map((s) => s.command), ['alembic upgrade head']);
    assert.equal(plan.json.environments[0]!.blockers, []);
    await alembicOk(repo.dir, ['upgrade', 'head'], url);
    const now = await db(repo, url, ['status']);
    assert.is(now.code, 0);
    assert.is(now.json.environments[0]!.state, 'current');
  }));

test('partly applied outside Alembic: the present revisions are stamped, a half-made one blocks with what is missing', () =>
  withState([...dbShared, ...dbChain1], async (repo, url) => {
    await alembicOk(repo.dir, ['upgrade', 'f8g9h0i1j2k3'], url);
    // 7003a3be89fe's table exists (by hand) but not its column: partial. Nothing after it is present.
    await sql(url, 'CREATE TABLE sector_exposure (id integer PRIMARY KEY, portfolio_id integer NOT NULL, sector varchar(50) NOT NULL, weight numeric(8,4) NOT NULL)');
    const schema = await db(repo, url, ['status', '--schema']);
    const first = schema.json.environments[0]!.pending[0]!;
    assert.is(first.evidence, 'partial');
    assert.equal(first.objects!.map((o) => [o.name, o.found]), [['sector_exposure', true], ['portfolio_snapshots.concentration_hhi', false]]);
    const plan = await db(repo, url, ['stamp-plan']);
    const env = plan.json.environments[0]!;
    assert.equal(env.blockers!.map((b) => [b.kind, b.revision]), [['partial', '7003a3be89fe']]);
    assert.equal(env.stampPlan!.map((s) => s.command), ['alembic upgrade head']);
    const human = await repo.migcheck(['db', 'stamp-plan', '--url', url]);
    assert.match(human.stdout, /7003a3be89fe is partly there; missing: column portfolio_snapshots\.concentration_hhi/);
  }));

test('a row from another branch: unknown-revision on the branch without it, partial with --rev of the branch that has it', async () => {
  await withState([...dbShared, ...dbChain1], async (repo, url) => {
    await repo.exec(['checkout', '-q', '-b', 'analytics']);
    await repo.commit('chain 2', revisionFiles(dbChain2));
    await alembicOk(repo.dir, ['upgrade', 'r4s5t6u7v8w9'], url);
    await repo.exec(['checkout', '-q', 'main']);
    const status = await db(repo, url, ['status']);
    assert.is(status.code, 1);
    const env = status.json.environments[0]!;
    assert.is(env.state, 'unknown-revision');
    assert.equal(env.unknown, ['r4s5t6u7v8w9']);
    const human = await repo.migcheck(['db', 'status', '--url', url]);
    assert.match(human.stdout, /db-unknown-revision/);
    assert.match(human.stdout, /Can't locate revision identified by 'r4s5t6u7v8w9'/);
    const plan = await db(repo, url, ['stamp-plan']);
    assert.equal(plan.json.environments[0]!.stampPlan, []);
    assert.equal(plan.json.environments[0]!.blockers!.map((b) => b.kind), ['unknown-rows']);
    const onBranch = await db(repo, url, ['status'], ['--rev', 'analytics']);
    assert.is(onBranch.json.environments[0]!.state, 'partial');
  });
});

test('overlapping rows: the plan keeps the newest with stamp --purge, and Alembic agrees afterwards', () =>
  withState([...dbShared, ...dbChain2], async (repo, url) => {
    await alembicOk(repo.dir, ['upgrade', 'head'], url);
    await sql(url, "INSERT INTO alembic_version (version_num) VALUES ('p2q3r4s5t6u7')");
    const status = await db(repo, url, ['status']);
    assert.is(status.code, 1);
    assert.is(status.json.environments[0]!.state, 'overlap');
    const plan = await db(repo, url, ['stamp-plan']);
    assert.equal(plan.json.environments[0]!.stampPlan!.map((s) => s.command), ['alembic stamp --purge r4s5t6u7v8w9']);
    await alembicOk(repo.dir, ['stamp', '--purge', 'r4s5t6u7v8w9'], url);
    assert.equal(await alembicCurrent(repo.dir, url), ['r4s5t6u7v8w9']);
    assert.is((await db(repo, url, ['status'])).json.environments[0]!.state, 'current');
  }));

test('no version table, then an empty one (alembic stamp base)', () =>
  withState([...dbShared, ...dbChain2], async (repo, url) => {
    const none = await db(repo, url, ['status', '--schema']);
    assert.is(none.code, 1);
    assert.is(none.json.environments[0]!.state, 'no-version-table');
    assert.is(none.json.environments[0]!.pending.length, 8);
    assert.equal([...new Set(none.json.environments[0]!.pending.map((p) => p.evidence))], ['absent']);
    const human = await repo.migcheck(['db', 'status', '--url', url]);
    assert.match(human.stdout, /recorded {2}\(no version table\)/);
    assert.match(human.stdout, /pending for r4s5t6u7v8w9 \(8 revisions/);
    const quiet = await repo.migcheck(['db', 'status', '-q', '--url', url]);
    assert.not.match(quiet.stdout, /pending for/);
    assert.match(quiet.stdout, /db-no-version-table/);
    await alembicOk(repo.dir, ['upgrade', 'f8g9h0i1j2k3'], url);
    await alembicOk(repo.dir, ['stamp', 'base'], url);
    const empty = await db(repo, url, ['status']);
    assert.is(empty.json.environments[0]!.state, 'empty');
    // The shared history's objects exist: the plan stamps them before upgrading the rest.
    const plan = await db(repo, url, ['stamp-plan']);
    assert.equal(plan.json.environments[0]!.stampPlan!.map((s) => s.command), ['alembic stamp f8g9h0i1j2k3', 'alembic upgrade head']);
  }));

test('a version table in another schema: --version-table(-schema), or the config keys', () =>
  withState([...dbShared, ...dbChain2], async (repo, url) => {
    await sql(url, 'CREATE SCHEMA meta');
    await alembicOk(repo.dir, ['upgrade', 'head'], url, { version_table: 'schema_versions', version_table_schema: 'meta' });
    assert.is((await db(repo, url, ['status'])).json.environments[0]!.state, 'no-version-table');
    const given = await db(repo, url, ['status', '--version-table', 'schema_versions', '--version-table-schema', 'meta']);
    assert.is(given.code, 0, given.stderr);
    assert.is(given.json.environments[0]!.state, 'current');
    await repo.write({ '.migcheckrc.json': JSON.stringify({ versionTable: 'schema_versions', versionTableSchema: 'meta' }) });
    const configured = await db(repo, url, ['status']);
    assert.is(configured.json.environments[0]!.state, 'current');
  }));

test('two environments: db reads one, named with --env', () =>
  withState([...dbShared, ...dbChain2], async (repo, url) => {
    await repo.commit('a second environment', { ...alembicEnvironmentFiles('analytics', 'migrations'), ...revisionFiles([{ rev: 'a1', down: [], message: 'analytics base' }], 'analytics', 'migrations') });
    const ambiguous = await repo.migcheck(['db', 'status', '--url', url]);
    assert.is(ambiguous.code, 2);
    assert.match(ambiguous.stderr, /2 Alembic environments.*--env \(analytics\/alembic\.ini, backend\/alembic\.ini\)/);
    const chosen = await db(repo, url, ['status'], ['--env', 'backend']);
    assert.is(chosen.json.environments[0]!.state, 'no-version-table');
    const unknown = await repo.migcheck(['db', 'status', '--url', url, '--env', 'nope']);
    assert.is(unknown.code, 2);
    assert.match(unknown.stderr, /--env nope names no environment/);
  }));

test.run();
