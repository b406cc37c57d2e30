// What `migcheck db` must never do: print a password (in its output, its errors, a driver's error
// that echoes the URL, or --debug detail), fail with more than one line and exit 2 when it cannot
// read, or let `check` (the hook path) load a database driver or any db module.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeRepo, projectRoot, type Repo } from '../helpers/repo.js';
import { alembicEnvironmentFiles, revisionFiles, dbShared } from '../helpers/alembic-environment.js';
import { runListingLoads } from '../helpers/loaded-files.js';
import { postgresServer, sql } from '../helpers/postgres.js';

const test = suite('database safety');
let base: string | undefined;
let repo: Repo;
const SECRET = 'Sup3r-S3cret/p@ss:wörd';
const ENCODED = encodeURIComponent(SECRET);

test.before(async () => {
  base = await postgresServer();
  repo = await makeRepo();
  await repo.commit('migrations', { ...alembicEnvironmentFiles(), ...revisionFiles(dbShared) });
});
test.after(async () => { await repo.cleanup(); });

/** Asserts an exit 2 with one line (plus the hint) and no trace of the password. */
function refused(r: { code: number; stdout: string; stderr: string }, pattern: RegExp) {
  assert.is(r.code, 2, r.stdout + r.stderr);
  for (const secret of [SECRET, ENCODED, 'S3cret']) {
    assert.not.ok(r.stdout.includes(secret) || r.stderr.includes(secret), `the password leaked: ${r.stderr}`);
  }
  assert.not.match(r.stderr, /\n\s+at /, 'no stack trace');
  assert.ok(r.stderr.trim().split('\n').length <= 2, r.stderr);
  assert.match(r.stderr, pattern);
}

test('a refused connection: one line, the URL shown with ***', async () => {
  const r = await repo.migcheck(['db', 'status', '--url', `postgresql://app:${ENCODED}@127.0.0.1:9/prod`]);
  refused(r, /^migcheck: cannot read the database postgresql:\/\/app:\*\*\*@127\.0\.0\.1:9\/prod: /);
  const debug = await repo.migcheck(['db', 'status', '--debug', '--url', `postgresql://app:${ENCODED}@127.0.0.1:9/prod`]);
  assert.not.ok(debug.stderr.includes(ENCODED) || debug.stderr.includes(SECRET), debug.stderr);
});

test('a wrong password and a missing database on a real server; PGPASSWORD is a secret too', async () => {
  if (!base) return console.log('  (skipped: no PostgreSQL here; CI provides one)');
  const server = new URL(base);
  await sql(base, `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'migcheck_reader') THEN CREATE ROLE migcheck_reader LOGIN; END IF; END $$; ALTER ROLE migcheck_reader PASSWORD '${SECRET.replace(/'/g, "''")}'`);
  const wrong = await repo.migcheck(['db', 'status', '--url', `postgresql://migcheck_reader:${encodeURIComponent(`${SECRET}x`)}@${server.host}/postgres`]);
  refused(wrong, /password authentication failed/);
  assert.not.ok(wrong.stderr.includes(encodeURIComponent(`${SECRET}x`)));
  const missing = await repo.migcheck(['db', 'status', '--url', `postgresql://migcheck_reader:${ENCODED}@${server.host}/no_such_db_${SECRET.length}`]);
  refused(missing, /database "no_such_db_\d+" does not exist/);
  // With PGPASSWORD the URL carries none; the driver uses it, and it is never printed either.
  const env = { PGPASSWORD: `${SECRET}x` };
  const viaEnv = await repo.migcheck(['db', 'status', '--url', `postgresql://migcheck_reader@${server.host}/postgres`], { env });
  refused(viaEnv, /password authentication failed/);
  // The right password reads the database (no version table yet).
  const ok = await repo.migcheck(['db', 'status', '--url', `postgresql://migcheck_reader:${ENCODED}@${server.host}/postgres`]);
  assert.is(ok.code, 1, ok.stderr);
  assert.match(ok.stdout, /postgresql:\/\/migcheck_reader:\*\*\*@/);
  assert.not.ok(ok.stdout.includes(ENCODED) || ok.stdout.includes(SECRET));
});

test('URLs migcheck does not read, and a malformed one, never echo the password', async () => {
  refused(await repo.migcheck(['db', 'status', '--url', `mysql://app:${ENCODED}@db/prod`]), /reads PostgreSQL and SQLite databases; mysql:\/\/ is not one of them/);
  refused(await repo.migcheck(['db', 'status', '--url', `postgresql://app:${ENCODED}@db:notaport/prod`]), /cannot read the database postgresql:\/\/app:\*\*\*@db:notaport\/prod/);
  refused(await repo.migcheck(['db', 'status', '--url', 'sqlite://']), /in-memory SQLite database/);
  refused(await repo.migcheck(['db', 'status', '--url', 'sqlite:////nonexistent/dir/prod.db']), /no SQLite database at \/nonexistent\/dir\/prod\.db/);
  refused(await repo.migcheck(['db', 'status'], { env: { DATABASE_URL: '', MIGCHECK_DATABASE_URL: '' } }), /needs a database: no URL argument, --url/);
  refused(await repo.migcheck(['db', 'statu', '--url', 'sqlite:///x.db']), /unknown command `db statu`: did you mean `db status`\?/);
  refused(await repo.migcheck(['db', '--url', 'sqlite:///x.db']), /`migcheck db` needs one of: status, stamp-plan/);
  // The URL as the argument or as --url, never both (and neither is echoed).
  refused(await repo.migcheck(['db', 'status', `postgresql://app:${ENCODED}@db/prod`, '--url', `postgresql://app:${ENCODED}@db/other`]), /the database is given twice/);
  refused(await repo.migcheck(['db', 'stamp-plan', `postgresql://app:${ENCODED}@db/prod`, 'extra']), /does not take `extra`/);
  // The parser echoes what it refuses; a URL among it keeps its password hidden (raw or encoded).
  for (const password of [ENCODED, SECRET]) {
    refused(await repo.migcheck(['db', 'status', 'sqlite:///a.db', `postgresql://app:${password}@db/prod`]), /does not take `postgresql:\/\/app:\*\*\*@db\/prod` \(usage: migcheck db status \[url\]\)/);
    refused(await repo.migcheck(['db', 'status', '--url', `postgresql://app:${password}@db/a`, '--url', `postgresql://app:${password}@db/b`]), /--url is given more than once \(postgresql:\/\/app:\*\*\*@db\/a, postgresql:\/\/app:\*\*\*@db\/b\)/);
    refused(await repo.migcheck([`postgresql://app:${password}@db/prod`]), /is not a command/);
    refused(await repo.migcheck(['rebase-plan', '--db', `postgresql://app:${password}@db/a`, '--db', `postgresql://app:${password}@db/b`]), /--db is given more than once/);
  }
  refused(await repo.migcheck(['db', 'status', '']), /needs a database/);
});

test('a file that is not a SQLite database: one line, exit 2, the file unchanged', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'migcheck-db-'));
  try {
    const path = join(dir, 'not.db');
    await writeFile(path, 'hello, not a database\n');
    const r = await repo.migcheck(['db', 'status', '--url', `sqlite:///${path}`]);
    refused(r, /cannot read the database sqlite:\/\/\/.*not\.db: /);
    assert.is(await readFile(path, 'utf8'), 'hello, not a database\n');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the hook path loads no database driver and no db module', async () => {
  try {
    const loadedBy = async (args: string[]) => {
      const { result, loaded } = await runListingLoads(args, { cwd: repo.dir });
      return { r: result, loaded };
    };
    const dbPart = (loaded: string[]) => loaded.filter((path) => /node_modules\/(?:pg|pg-[a-z-]+|pgpass|sql\.js)\/|\/dist\/db\.cjs$/.test(path));
    await repo.write({ 'backend/migrations_core/versions/zz1_next.py': "revision = 'zz1'\ndown_revision = 'f8g9h0i1j2k3'\n" });
    await repo.exec(['add', '-A']);
    const check = await loadedBy(['check']);
    assert.ok(check.r.code === 0 || check.r.code === 1, check.r.stderr);
    assert.ok(check.loaded.some((path) => path.endsWith('/dist/check.cjs')), 'the hook ran the full check');
    assert.equal(dbPart(check.loaded), []);
    // The same probe sees db.cjs when `db` runs (so an empty list above means something).
    const db = await loadedBy(['db', 'status', '--url', 'sqlite:////nonexistent/prod.db']);
    assert.is(db.r.code, 2, db.r.stderr);
    assert.ok(dbPart(db.loaded).some((path) => path.endsWith('/dist/db.cjs')), db.loaded.join('\n'));
  } finally {
    await repo.exec(['reset', '-q', '--hard']);
  }
});

test('only src/db imports the drivers', async () => {
  const { readdirSync, readFileSync, statSync } = await import('node:fs');
  const files = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? files(join(d, n)) : [join(d, n)]));
  const offenders = files(join(projectRoot, 'src'))
    .filter((f) => /['"](?:pg|sql\.js[^'"]*|node:sqlite)['"]/.test(readFileSync(f, 'utf8')))
    .map((f) => f.slice(projectRoot.length + 1))
    .filter((f) => !f.startsWith('src/db/'));
  assert.equal(offenders, []);
});

test.run();
