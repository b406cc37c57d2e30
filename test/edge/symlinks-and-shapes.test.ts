/**
 * Symlinked version directories and revision files, and a versions "directory" that is a file.
 * Nothing outside the repository is ever read: an escaping link is refused by name, in the
 * index, in commits and in the worktree, and its target's content never reaches the output.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withRepo, type Repo } from '../helpers/repo.js';
import { alembicIni, revisionText } from '../helpers/revision-files.js';
import { assertExit } from './edge-helpers.js';

const A = 'aaaa00000001';
const B = 'bbbb00000002';
const C = 'cccc00000003';
const OUTSIDE = '0u751de00001';

async function outsideDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'migcheck-outside-'));
  await writeFile(join(dir, 'evil.py'), revisionText({ rev: OUTSIDE, down: [A] }));
  return dir;
}

test('revision files that are symlinks leading outside the repository are refused, never read', async () => {
  const outside = await outsideDir();
  try {
    await withRepo(async (repo) => {
      await repo.write({ 'alembic.ini': alembicIni('migrations'), [`migrations/versions/${A}_a.py`]: revisionText({ rev: A }) });
      await symlink(join(outside, 'evil.py'), join(repo.dir, 'migrations/versions/evil_abs.py'));
      const up = '../'.repeat(repo.dir.split('/').length + 1);
      await symlink(`${up}${outside.slice(1)}/evil.py`, join(repo.dir, 'migrations/versions/evil_rel.py'));
      await repo.commit('links');
      const all = [['check', '--rev', 'HEAD'], ['heads', '--staged'], ['heads'], ['graph'], ['graph', '--format', 'json']];
      for (const [i, r] of (await Promise.all(all.map((args) => repo.migcheck(args)))).entries()) {
        const args = all[i]!;
        assert.not.ok(`${r.stdout}${r.stderr}`.includes(OUTSIDE), `${args.join(' ')} read the outside file:\n${r.stdout}${r.stderr}`);
        assert.ok([0, 1].includes(r.code), `${args.join(' ')}: exit ${r.code} ${r.stderr}`);
      }
      const rev = await repo.migcheck(['check', '--rev', 'HEAD']);
      assertExit(rev, 1);
      assert.match(rev.stdout, /migrations\/versions\/evil_abs\.py is a symlink that leads outside the repository; not read/);
      assert.match(rev.stdout, /migrations\/versions\/evil_rel\.py is a symlink that leads outside the repository; not read/);
      // The fix is about the link, not the reader's "write … as a plain literal".
      assert.not.match(rev.stdout, /plain/);
      assert.match(rev.stdout, /replace the symlink with the migration file itself, or point it at a migration file inside the repository/);
      const heads = await repo.migcheck(['heads']);
      assertExit(heads, 0);
      assert.is(heads.stdout, `${A} (head)\n`);
    });
  } finally {
    await rm(outside, { recursive: true, force: true });
  }
});

test('a versions directory that is a symlink leading outside the repository: nothing outside is read', async () => {
  const outside = await outsideDir();
  try {
    await withRepo(async (repo) => {
      await repo.write({ 'alembic.ini': alembicIni('migrations'), 'migrations/env.py': '' });
      await symlink(outside, join(repo.dir, 'migrations/versions'));
      await repo.commit('link');
      const all = [['check', '--rev', 'HEAD'], ['heads', '--staged'], ['heads'], ['graph']];
      for (const [i, r] of (await Promise.all(all.map((args) => repo.migcheck(args)))).entries()) {
        const args = all[i]!;
        assertExit(r, 0);
        assert.not.ok(`${r.stdout}${r.stderr}`.includes(OUTSIDE), `${args.join(' ')} read the outside dir`);
      }
    });
  } finally {
    await rm(outside, { recursive: true, force: true });
  }
});

/**
 * main: A ← B in `shared/`, reached as `migrations/versions -> ../shared`; on branch `feature`,
 * C (on A, a second head) staged in `shared/`.
 */
async function stageThroughVersionsLink(repo: Repo): Promise<void> {
    await repo.write({
      'alembic.ini': alembicIni('migrations'), 'migrations/env.py': '',
      [`shared/${A}_a.py`]: revisionText({ rev: A }), [`shared/${B}_b.py`]: revisionText({ rev: B, down: [A] }),
    });
    await symlink('../shared', join(repo.dir, 'migrations/versions'));
    await repo.commit('linked versions');
    await repo.exec(['checkout', '-q', '-b', 'feature']);
    await repo.write({ [`shared/${C}_c.py`]: revisionText({ rev: C, down: [A] }) });
    await repo.exec(['add', '-A']);
}

// In git trees the link's blob holds its target (`../shared`); the loader lists that folder of the
// same tree with one more git call and names its files under the location.
test('a versions directory symlinked to a folder inside the repository is followed, as Alembic does', async () => {
  await withRepo(async (repo) => {
    await stageThroughVersionsLink(repo);
    const worktree = await repo.migcheck(['heads']);
    assertExit(worktree, 0);
    assert.is(worktree.stdout, `${B} (head)\n${C} (head)\n`);
    const staged = await repo.migcheck(['heads', '--staged']);
    assertExit(staged, 0);
    assert.is(staged.stdout, `${B} (head)\n${C} (head)\n`);
    await repo.exec(['commit', '-q', '-m', 'second head']);
    assert.is((await repo.migcheck(['heads', '--rev', 'HEAD'])).stdout, `${B} (head)\n${C} (head)\n`);
    const rev = await repo.migcheck(['check', '--rev', 'HEAD', '--format', 'json']);
    assertExit(rev, 1);
    const report = JSON.parse(rev.stdout) as { environments: { heads: { result: string[] }; findings: { code: string; file?: string }[] }[] };
    assert.equal(report.environments[0]!.heads.result, [B, C]);
    // Files are named through the link, as Alembic's os.listdir of the location names them.
    assert.equal(report.environments[0]!.findings.map((f) => [f.code, f.file]), [['bypassed-chain', `migrations/versions/${C}_c.py`]]);
    assert.not.ok(rev.stdout.includes('shared/'), rev.stdout);
  });
});

// A file staged as `shared/C_c.py` lies under no versions folder by name: it is reached through
// the `migrations/versions` link. The commit-time filter must still keep that environment.
test('pre-commit check of a revision staged in the folder a versions link points to', async () => {
  await withRepo(async (repo) => {
    await stageThroughVersionsLink(repo);
    assertExit(await repo.migcheck(['check']), 1);
  });
});

// The target lies outside the listed versions folder: one more listing of that path, then read.
test('a revision file symlinked to a file elsewhere in the repository is read through the link', async () => {
  await withRepo(async (repo) => {
    await repo.write({
      'alembic.ini': alembicIni('migrations'),
      [`migrations/versions/${A}_a.py`]: revisionText({ rev: A }),
      [`elsewhere/${B}_b.py`]: revisionText({ rev: B, down: [A] }),
    });
    await symlink(`../../elsewhere/${B}_b.py`, join(repo.dir, `migrations/versions/${B}_b.py`));
    await repo.commit('linked revision');
    const all = [['heads'], ['heads', '--staged'], ['heads', '--rev', 'HEAD']];
    for (const [i, r] of (await Promise.all(all.map((args) => repo.migcheck(args)))).entries()) {
      const args = all[i]!;
      assertExit(r, 0);
      assert.is(r.stdout, `${B} (head)\n`, args.join(' '));
    }
    assertExit(await repo.migcheck(['check', '--rev', 'HEAD']), 0);
  });
});

test('a revision file symlinked to a sibling whose name is no revision file name: Alembic 1.10+ skip it (matched by the target), with a warning', async () => {
  await withRepo(async (repo) => {
    await repo.write({
      'alembic.ini': alembicIni('migrations'),
      [`migrations/versions/${A}_a.py`]: revisionText({ rev: A }),
      [`migrations/versions/${B}_b.py.real`]: revisionText({ rev: B, down: [A] }),
    });
    await symlink(`${B}_b.py.real`, join(repo.dir, `migrations/versions/${B}_b.py`));
    await repo.commit('linked sibling');
    const all = [['heads'], ['heads', '--staged'], ['heads', '--rev', 'HEAD']];
    for (const [i, r] of (await Promise.all(all.map((args) => repo.migcheck(args)))).entries()) {
      const args = all[i]!;
      assertExit(r, 0);
      assert.is(r.stdout, `${A} (head)\n`, args.join(' '));
    }
    const check = await repo.migcheck(['check', '--rev', 'HEAD', '--format', 'json']);
    assertExit(check, 0);
    assert.equal(JSON.parse(check.stdout).environments[0].findings.map((f: any) => [f.code, f.file]), [['alembic-compat', `migrations/versions/${B}_b.py`]]);
  });
});

test('a versions "directory" that is a file: no revisions, said in one line, nothing misread', async () => {
  await withRepo(async (repo) => {
    await repo.commit('versions is a file', {
      'alembic.ini': alembicIni('migrations'), 'migrations/env.py': '',
      'migrations/versions': revisionText({ rev: A }),
    });
    const rev = await repo.migcheck(['check', '--rev', 'HEAD']);
    assertExit(rev, 0);
    assert.is(rev.stdout, 'migcheck: ok — migrations/versions: no revisions\n');
    const all = [['heads'], ['heads', '--staged'], ['graph']];
    for (const [i, r] of (await Promise.all(all.map((args) => repo.migcheck(args)))).entries()) {
      const args = all[i]!;
      assertExit(r, 0);
      assert.is(r.stdout, '', args.join(' '));
    }
    const merge = await repo.migcheck(['merge']);
    assertExit(merge, 0);
    assert.is(merge.stdout, 'migrations/versions has no revisions: nothing to merge\n');
  });
});

test.run();
