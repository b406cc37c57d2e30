// explain --db URL: the database section `db` reads (what the version table records, the evidence
// of each pending revision, the stamp plan), added to the report; the file is only read.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { makeRepo, run } from '../helpers/repo.js';
import { replaySeedHistory } from '../helpers/seed-history.js';

test('--db adds the database section: chain 2 recorded, chain 1 pending, the stamp plan; nothing written', async () => {
  const repo = await makeRepo();
  try {
    await replaySeedHistory(repo);
    const file = join(repo.dir, 'production.db');
    const made = await run('/usr/bin/python3', ['-c', `import sqlite3; c = sqlite3.connect(${JSON.stringify(file)}); c.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"); c.execute("INSERT INTO alembic_version VALUES ('r4s5t6u7v8w9')"); c.commit()`], { cwd: repo.dir });
    assert.is(made.code, 0, made.stderr);
    const before = await readFile(file);
    const mtime = (await stat(file)).mtimeMs;
    const url = `sqlite:///${file}`;

    const r = await repo.migcheck(['explain', '--target', 'main', '--db', url]);
    assert.is(r.code, 1, r.stderr);
    const section = r.stdout.split('\n## The database\n')[1];
    assert.ok(section, r.stdout.slice(-2000));
    assert.match(section!, /recorded\s+r4s5t6u7v8w9/);
    assert.match(section!, /k8l9m0n1o2p3/);
    assert.match(section!, /alembic stamp/);

    const json = JSON.parse((await repo.migcheck(['explain', '--target', 'main', '--db', url, '--format', 'json'])).stdout);
    const db = json.database.environments[0];
    assert.is(json.database.database.dialect, 'sqlite');
    assert.is(db.state, 'partial');
    assert.equal(db.recorded, ['r4s5t6u7v8w9']);
    assert.ok(db.pending.some((p: { revision: string }) => p.revision === 'k8l9m0n1o2p3'));
    assert.ok(Array.isArray(db.stampPlan));
    // Read-only: the file is byte for byte what it was.
    assert.equal(await readFile(file), before);
    assert.is((await stat(file)).mtimeMs, mtime);
    // No database at that URL: one line, exit 2.
    const missing = await repo.migcheck(['explain', '--target', 'main', '--db', 'postgresql://app:s3cret@127.0.0.1:1/prod']);
    assert.is(missing.code, 2, missing.stdout);
    assert.not.match(missing.stdout + missing.stderr, /s3cret/);
  } finally {
    await repo.cleanup();
  }
});

test.run();
