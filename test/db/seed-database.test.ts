// The seed's database story end to end, against a real PostgreSQL built by real Alembic:
// production records only chain 2 (r4s5t6u7v8w9) while chain 1's objects exist (applied outside
// Alembic, the spread factors typed 'style'); `db status --schema` reports it; the stamp plan is
// followed with the real `alembic stamp`; `migcheck merge` and `alembic upgrade head` leave one
// recorded head, judged by Alembic. Every migcheck db command leaves the database as it found it.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Repo } from '../helpers/repo.js';
import { alembicCurrent, alembicOk } from '../helpers/alembic-environment.js';
import { freshDatabase, postgresServer, snapshotDatabase } from '../helpers/postgres.js';
import { buildSeedProduction, seedRepo } from './db-helpers.js';

const test = suite('seed database');
let base: string | undefined;
test.before(async () => { base = await postgresServer(); });

/** Runs `migcheck db …` and proves the database was not written to. */
async function readOnly(repo: Repo, url: string, args: string[]) {
  const before = await snapshotDatabase(url);
  const result = await repo.migcheck(['db', ...args, '--url', url]);
  assert.is(await snapshotDatabase(url), before, `migcheck db ${args.join(' ')} changed the database`);
  return result;
}

const CHAIN1 = ['7003a3be89fe', 'h1i2j3k4l5m6', 'b9f866cb3838', '035e1888bea0', 'ca2a68ee0c2c', '9b0768a49ad8', 'ce3dd9222427', 'f2a8b1c4d5e6',
  '2623cfc89fb7', 'a3b4c5d6e7f8', '62b5c8b1d8a3', 'g3h4i5j6k7l8', 'i6j7k8l9m0n1', 'j7k8l9m0n1o2', '792ffb1ab1ad', 'k8l9m0n1o2p3'];

test('production records chain 2 only: status --schema shows chain 1 applied outside Alembic; the stamp plan, followed, leaves one head', async () => {
  if (!base) return console.log('  (skipped: no PostgreSQL here; CI provides one)');
  const db = await freshDatabase(base);
  const repo = await seedRepo();
  try {
    await buildSeedProduction(repo, db.url);
    assert.equal(await alembicCurrent(repo.dir, db.url), ['r4s5t6u7v8w9']);

    // Without --schema: the state and the pending chain, in upgrade order.
    const plain = await readOnly(repo, db.url, ['status']);
    assert.is(plain.code, 1, plain.stderr);
    assert.match(plain.stdout, /db-partial/);
    assert.match(plain.stdout, /pending for k8l9m0n1o2p3 \(16 revisions, in upgrade order\)/);

    const status = await readOnly(repo, db.url, ['status', '--schema', '--format', 'json']);
    assert.is(status.code, 1, status.stderr);
    const report = JSON.parse(status.stdout);
    assert.is(report.database.dialect, 'postgresql');
    assert.not.match(status.stdout, new URL(db.url).password);
    assert.match(report.database.url, /^postgresql:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/mc_/);
    const env = report.environments[0];
    assert.is(env.state, 'partial');
    assert.equal(env.recorded, ['r4s5t6u7v8w9']);
    assert.equal(env.heads, ['k8l9m0n1o2p3', 'r4s5t6u7v8w9']);
    const pending = env.pending.map((p: { revision: string }) => p.revision);
    assert.equal([...pending].sort(), [...CHAIN1].sort());
    // Upgrade order: every revision after its parents.
    assert.ok(pending.indexOf('f2a8b1c4d5e6') < pending.indexOf('g3h4i5j6k7l8') && pending.indexOf('j7k8l9m0n1o2') < pending.indexOf('792ffb1ab1ad') && pending.at(-1) === 'k8l9m0n1o2p3');
    const verdict = Object.fromEntries(env.pending.map((p: { revision: string; evidence: string }) => [p.revision, p.evidence]));
    for (const rev of CHAIN1) assert.is(verdict[rev], rev === 'b9f866cb3838' ? 'data-differs' : 'applied-outside', rev);
    const k8 = env.pending.find((p: { revision: string }) => p.revision === 'k8l9m0n1o2p3');
    assert.equal(k8.objects.map((o: { kind: string; name: string; found: boolean }) => [o.kind, o.name, o.found]), [
      ['column', 'portfolio_snapshots.is_complete', true],
      ['unique', 'uq_portfolio_snapshots_portfolio_date', true],
    ]);
    const spread = env.pending.find((p: { revision: string }) => p.revision === 'b9f866cb3838').objects[0];
    assert.is(spread.kind, 'rows');
    assert.equal(spread.notes[0].differing.map((d: { columns: unknown[] }) => d.columns), Array(4).fill([{ column: 'factor_type', expected: 'spread', found: 'style' }]));
    assert.equal(env.stampPlan.map((s: { command: string }) => s.command), ['alembic stamp k8l9m0n1o2p3', 'migcheck merge -m "merge heads"', 'alembic upgrade head']);
    assert.is(env.runIn, 'backend');
    assert.equal(env.dataDiffers.map((d: { revision: string; table: string }) => [d.revision, d.table]), [['b9f866cb3838', 'factor_definitions']]);

    // The human evidence reads like the seed's "Schema Objects Present" table.
    const human = await readOnly(repo, db.url, ['status', '--schema']);
    assert.match(human.stdout, /k8l9m0n1o2p3 {2}applied outside Alembic: every object is there/);
    assert.match(human.stdout, /✔ unique constraint uq_portfolio_snapshots_portfolio_date on portfolio_snapshots/);
    assert.match(human.stdout, /≠ rows in factor_definitions — 0 of 4 rows as inserted, 4 with other values \(factor_type 'style' where the migration inserts 'spread'\)/);

    const plan = await readOnly(repo, db.url, ['stamp-plan']);
    assert.is(plan.code, 1);
    assert.match(plan.stdout, /1\. alembic stamp k8l9m0n1o2p3\n {7}records k8l9m0n1o2p3 beside r4s5t6u7v8w9/);

    // Follow the plan with the real tools.
    await alembicOk(repo.dir, ['stamp', 'k8l9m0n1o2p3'], db.url);
    assert.equal(await alembicCurrent(repo.dir, db.url), ['k8l9m0n1o2p3', 'r4s5t6u7v8w9']);
    const merged = await repo.migcheck(['merge', '-m', 'merge heads', '--rev-id', 'u7v8w9x0y1z2']);
    assert.is(merged.code, 0, merged.stderr);
    await alembicOk(repo.dir, ['upgrade', 'head'], db.url);
    assert.equal(await alembicCurrent(repo.dir, db.url), ['u7v8w9x0y1z2']);
    const heads = await alembicOk(repo.dir, ['heads'], db.url);
    assert.is(heads.trim(), 'u7v8w9x0y1z2 (head)');

    const after = await readOnly(repo, db.url, ['status', '--format', 'json']);
    assert.is(after.code, 0, after.stdout + after.stderr);
    assert.is(JSON.parse(after.stdout).environments[0].state, 'current');
    const nothing = await readOnly(repo, db.url, ['stamp-plan']);
    assert.is(nothing.code, 0);
    assert.match(nothing.stdout, /Nothing to stamp/);
  } finally {
    await repo.cleanup();
    await db.drop();
  }
});

test.run();
