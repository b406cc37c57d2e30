// SQLite, built by real Alembic: one branch recorded, the other's objects present but not
// recorded (batch_alter_table blocks, a foreign key and an unnamed unique constraint matched by
// columns, bulk_insert rows, one with another value). status --schema reports it, the plan is
// followed with the real alembic stamp, merge and upgrade, and the file is never written by migcheck.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { makeRepo, run } from '../helpers/repo.js';
import { alembicCurrent, alembicEnvironmentFiles, alembicOk, revisionFiles } from '../helpers/alembic-environment.js';
import type { RevisionSpec } from '../helpers/revision-files.js';

const body = (...lines: string[]) => lines.map((l) => `    ${l}`).join('\n');
const SPECS: RevisionSpec[] = [
  { rev: 's1base', down: [], message: 'accounts and settings', upgrade: body(
    "op.create_table('accounts', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('name', sa.String(100), nullable=False))",
    "op.create_table('settings', sa.Column('key', sa.String(50), primary_key=True), sa.Column('value', sa.String(200), nullable=True))",
  ) },
  { rev: 'a1email', down: ['s1base'], message: 'account email', upgrade: body(
    "with op.batch_alter_table('accounts', schema=None) as batch_op:",
    "    batch_op.add_column(sa.Column('email', sa.String(length=255), nullable=True))",
    "    batch_op.create_index(batch_op.f('ix_accounts_email'), ['email'], unique=True)",
  ) },
  { rev: 'a2ledger', down: ['a1email'], message: 'ledger', upgrade: body(
    'op.create_table(',
    "    'ledger',",
    "    sa.Column('id', sa.Integer(), nullable=False),",
    "    sa.Column('account_id', sa.Integer(), nullable=False),",
    "    sa.Column('day', sa.Date(), nullable=False),",
    "    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name='fk_ledger_account'),",
    "    sa.PrimaryKeyConstraint('id'),",
    "    sa.UniqueConstraint('account_id', 'day'),",
    ')',
  ) },
  { rev: 'a3settings', down: ['a2ledger'], message: 'default settings', upgrade: body(
    "settings = sa.table('settings', sa.column('key', sa.String), sa.column('value', sa.String))",
    "op.bulk_insert(settings, [{'key': 'currency', 'value': 'EUR'}, {'key': 'timezone', 'value': 'UTC'}])",
  ) },
  { rev: 'b1audit', down: ['s1base'], message: 'audit', upgrade: body(
    "op.create_table('audit', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('what', sa.Text()))",
  ) },
];

const python = (code: string) => run('/usr/bin/python3', ['-c', code], { cwd: '/' });

test('SQLite: the unrecorded branch applied outside Alembic is found, stamped, merged and upgraded', async () => {
  const repo = await makeRepo();
  try {
    await repo.commit('migrations', { ...alembicEnvironmentFiles(), ...revisionFiles(SPECS) });
    const file = join(repo.dir, 'prod.db');
    const url = `sqlite:///${file}`;
    await alembicOk(repo.dir, ['upgrade', 'a3settings'], url);
    await alembicOk(repo.dir, ['upgrade', 'b1audit'], url);
    // Forget branch a in the record, and give one setting another value.
    const edit = await python(`import sqlite3; c = sqlite3.connect(${JSON.stringify(file)}); c.execute("DELETE FROM alembic_version WHERE version_num = 'a3settings'"); c.execute("UPDATE settings SET value = 'USD' WHERE key = 'currency'"); c.commit()`);
    assert.is(edit.code, 0, edit.stderr);
    assert.equal(await alembicCurrent(repo.dir, url), ['b1audit']);

    const before = await readFile(file);
    const mtime = (await stat(file)).mtimeMs;
    const status = await repo.migcheck(['db', 'status', '--schema', '--url', url, '--format', 'json']);
    const plan = await repo.migcheck(['db', 'stamp-plan', '--url', url]);
    const human = await repo.migcheck(['db', 'status', '--schema', '--url', url]);
    assert.ok(Buffer.compare(before, await readFile(file)) === 0, 'migcheck wrote to the SQLite file');
    assert.is((await stat(file)).mtimeMs, mtime);

    assert.is(status.code, 1, status.stderr);
    const env = JSON.parse(status.stdout).environments[0];
    assert.is(JSON.parse(status.stdout).database.dialect, 'sqlite');
    assert.is(env.state, 'partial');
    assert.equal(env.pending.map((p: { revision: string; evidence: string }) => [p.revision, p.evidence]), [
      ['a1email', 'applied-outside'], ['a2ledger', 'applied-outside'], ['a3settings', 'data-differs'],
    ]);
    const ledger = env.pending[1].objects.map((o: { kind: string; name: string | null; found: boolean }) => [o.kind, o.name, o.found]);
    assert.equal(ledger, [['table', 'ledger', true], ['foreign-key', 'fk_ledger_account', true], ['unique', null, true]]);
    assert.match(human.stdout, /≠ rows in settings — 1 of 2 rows as inserted, 1 with other values \(value 'USD' where the migration inserts 'EUR'\)/);
    assert.match(plan.stdout, /1\. alembic stamp a3settings\n {7}records a3settings beside b1audit/);
    assert.match(plan.stdout, /2\. migcheck merge -m "merge heads"/);

    await alembicOk(repo.dir, ['stamp', 'a3settings'], url);
    const merged = await repo.migcheck(['merge', '-m', 'merge heads', '--rev-id', 'm1merge']);
    assert.is(merged.code, 0, merged.stderr);
    await alembicOk(repo.dir, ['upgrade', 'head'], url);
    assert.equal(await alembicCurrent(repo.dir, url), ['m1merge']);
    const after = await repo.migcheck(['db', 'status', '--url', url]);
    assert.is(after.code, 0, after.stdout);
    assert.match(after.stdout, /the database is on every head/);
  } finally {
    await repo.cleanup();
  }
});

test.run();
