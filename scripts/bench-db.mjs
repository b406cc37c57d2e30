#!/usr/bin/env node
// `migcheck db status --schema` on a 1,000-revision history against a database with 1,000 tables:
// each revision creates one table (with an index and a foreign key to the previous one), the
// database has every table but records only the first revision, so all 999 others are pending
// and every object is looked up. Runs against SQLite always, and PostgreSQL when it can (the URL
// in MIGCHECK_BENCH_PG_URL or MIGCHECK_TEST_PG_URL, or a throw-away cluster when run as root).
//   node scripts/bench-db.mjs [--runs N] [--revisions N]      (npm run bench:db; npm run bench runs it after bench.mjs)
// Prints one line per dialect: median, min and max wall time of the whole CLI process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('runs', 5);
const N = arg('revisions', 1000);
const id = (i) => `r${String(i).padStart(11, '0')}`;

if (!existsSync(join(root, 'dist/db.cjs'))) spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });

const work = mkdtempSync(join(tmpdir(), 'migcheck-bench-db-'));
const cleanups = [() => rmSync(work, { recursive: true, force: true })];
try {
  // The repository: N revisions, one table each.
  const repo = join(work, 'repo');
  const versions = join(repo, 'migrations/versions');
  mkdirSync(versions, { recursive: true });
  writeFileSync(join(repo, 'alembic.ini'), '[alembic]\nscript_location = migrations\n');
  for (let i = 1; i <= N; i++) {
    const down = i === 1 ? 'None' : `'${id(i - 1)}'`;
    const fk = i === 1 ? '' : `\n    sa.ForeignKeyConstraint(['prev_id'], ['t${i - 1}.id']),`;
    writeFileSync(join(versions, `${id(i)}_table_${i}.py`), `"""table ${i}\n\nRevision ID: ${id(i)}\nRevises: ${i === 1 ? '' : id(i - 1)}\nCreate Date: 2025-10-19 20:00:00.000000\n\n"""\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = '${id(i)}'\ndown_revision = ${down}\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    op.create_table('t${i}',\n    sa.Column('id', sa.Integer(), nullable=False),\n    sa.Column('prev_id', sa.Integer(), nullable=True),\n    sa.Column('name', sa.String(length=100), nullable=False),\n    sa.Column('created_at', sa.DateTime(), nullable=True),${fk}\n    sa.PrimaryKeyConstraint('id')\n    )\n    op.create_index(op.f('ix_t${i}_name'), 't${i}', ['name'], unique=False)\n\n\ndef downgrade():\n    op.drop_table('t${i}')\n`);
  }
  const git = (...a) => spawnSync('git', a, { cwd: repo, env: { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@b', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@b', GIT_CONFIG_GLOBAL: '/dev/null' } });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'history');

  // The same schema as DDL.
  const ddl = [];
  for (let i = 1; i <= N; i++) {
    ddl.push(`CREATE TABLE t${i} (id INTEGER NOT NULL PRIMARY KEY, prev_id INTEGER${i === 1 ? '' : ` REFERENCES t${i - 1}(id)`}, name VARCHAR(100) NOT NULL, created_at TIMESTAMP)`);
    ddl.push(`CREATE INDEX ix_t${i}_name ON t${i} (name)`);
  }
  ddl.push('CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)');
  ddl.push(`INSERT INTO alembic_version VALUES ('${id(1)}')`);

  const targets = [];
  // SQLite, written by sql.js (the benchmark writes; migcheck only reads).
  const initSqlJs = require('sql.js/dist/sql-wasm-inline.js');
  const SQL = await initSqlJs();
  const sqlite = new SQL.Database();
  sqlite.run(ddl.join(';\n'));
  const file = join(work, 'bench.db');
  writeFileSync(file, sqlite.export());
  targets.push(['sqlite', `sqlite:///${file}`]);

  let pgUrl = process.env.MIGCHECK_BENCH_PG_URL || process.env.MIGCHECK_TEST_PG_URL;
  if (!pgUrl && process.getuid?.() === 0 && existsSync('/usr/lib/postgresql')) {
    const dir = join(tmpdir(), `migcheck-bench-pg-${process.pid}`);
    const started = spawnSync('bash', [join(root, 'scripts/test-postgres.sh'), 'start', dir], { encoding: 'utf8' });
    if (started.status === 0) {
      pgUrl = started.stdout.trim();
      cleanups.push(() => spawnSync('bash', [join(root, 'scripts/test-postgres.sh'), 'stop', dir]));
    }
  }
  if (pgUrl) {
    const pg = require('pg');
    const name = `mc_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(pgUrl);
    url.pathname = `/${name}`;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    await client.query(ddl.join(';\n'));
    await client.end();
    targets.push(['postgresql', url.toString()]);
    cleanups.unshift(async () => { await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); await admin.end(); });
  }

  for (const [dialect, url] of targets) {
    const times = [];
    let out;
    for (let r = 0; r < RUNS; r++) {
      const start = process.hrtime.bigint();
      out = spawnSync(process.execPath, [join(root, 'bin/migcheck.js'), 'db', 'status', '--schema', '--format', 'json', '--url', url], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const report = JSON.parse(out.stdout);
    const env = report.environments[0];
    const verdicts = new Set(env.pending.map((p) => p.evidence));
    times.sort((a, b) => a - b);
    console.log(`db status --schema, ${N} revisions, ${N} tables, ${dialect}: median ${times[Math.floor(times.length / 2)].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times.at(-1).toFixed(0)}; ${RUNS} runs; ${env.pending.length} pending, ${[...verdicts].join('/')})`);
  }
} finally {
  for (const c of cleanups) await c();
}
