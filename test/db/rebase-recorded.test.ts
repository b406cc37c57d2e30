// rebase-plan --apply --db URL refuses to re-point a revision that database has applied: the
// seed's n0o1p2q3r4s5 deployed from its branch, then re-pointed onto chain 1, would make
// `alembic upgrade` take chain 1 as applied and skip it silently.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { makeRepo } from '../helpers/repo.js';
import { alembicEnvironmentFiles, alembicOk, dbChain1, dbChain2, dbShared, revisionFiles } from '../helpers/alembic-environment.js';

test('rebase-plan --db: a recorded revision is never re-pointed; one the database has not applied is', async () => {
  const repo = await makeRepo();
  try {
    await repo.commit('main: chain 1', { ...alembicEnvironmentFiles(), ...revisionFiles([...dbShared, ...dbChain1]) });
    await repo.exec(['checkout', '-q', '-b', 'symbol-analytics']);
    await repo.commit('n0o1 against production', revisionFiles([dbChain2[0]!]));
    const deployed = `sqlite:///${join(repo.dir, 'deployed.db')}`;
    const fresh = `sqlite:///${join(repo.dir, 'fresh.db')}`;
    await alembicOk(repo.dir, ['upgrade', 'n0o1p2q3r4s5'], deployed);
    await alembicOk(repo.dir, ['upgrade', 'f8g9h0i1j2k3'], fresh);
    const file = 'backend/migrations_core/versions/n0o1p2q3r4s5_add_symbol_analytics_tables.py';
    const before = await repo.read(file);

    const warned = await repo.migcheck(['rebase-plan', '--target', 'main', '--db', deployed]);
    assert.match(warned.stderr, /warning: the database sqlite:\/\/\/.*deployed\.db has applied n0o1p2q3r4s5/);
    assert.match(warned.stdout, /n0o1p2q3r4s5/);

    const refused = await repo.migcheck(['rebase-plan', '--target', 'main', '--apply', '--db', deployed]);
    assert.is(refused.code, 2, refused.stdout + refused.stderr);
    assert.match(refused.stderr, /refusing to re-point n0o1p2q3r4s5 .*has applied it.*Nothing was changed\./);
    assert.is(await repo.read(file), before);

    const applied = await repo.migcheck(['rebase-plan', '--target', 'main', '--apply', '--db', fresh]);
    assert.is(applied.code, 0, applied.stdout + applied.stderr);
    assert.match(await repo.read(file), /down_revision: Union\[str, Sequence\[str\], None\] = 'k8l9m0n1o2p3'/);
  } finally {
    await repo.cleanup();
  }
});

test.run();
