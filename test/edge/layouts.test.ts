/**
 * Repository layouts: a linked worktree (hooks live in the common git dir; the index is the
 * worktree's own), a submodule holding migrations (not part of the superproject's trees), and a
 * sparse checkout whose migrations are not on disk but are in the index.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { rm } from 'node:fs/promises';
import { makeRepo, repoAt, withRepo, type Repo } from '../helpers/repo.js';
import { environmentFiles } from '../helpers/revision-files.js';
import { CHAIN1_HEAD, FORK_POINT, NEW_PATH, NEW_REV, assertCouldNotCheck, assertExit, assertNoTrace, commitSeedMain, findingCodes, installHook, newRevision, report } from './edge-helpers.js';

test('git worktree add: the hook and check run inside the linked worktree, on its own index', async () => {
  await withRepo(async (repo) => {
    await commitSeedMain(repo);
    await installHook(repo);
    const wtDir = `${repo.dir}-wt`;
    try {
      assert.is((await repo.exec(['worktree', 'add', '-q', '-b', 'feature', wtDir])).code, 0);
      const wt = repoAt(wtDir);
      await wt.write({ [NEW_PATH]: newRevision(FORK_POINT) });
      await wt.exec(['add', NEW_PATH]);
      const refused = await wt.exec(['commit', '-q', '-m', 'bypass']);
      assertNoTrace(refused);
      assert.is(refused.code, 1, refused.stderr);
      assert.match(refused.stderr, /bypassed-chain/);
      const check = await wt.migcheck(['check', '--format', 'json']);
      assertExit(check, 1);
      assert.equal(findingCodes(check), [`bypassed-chain:${NEW_REV}`]);
      // The main worktree's index is untouched by the linked one: nothing staged there.
      assertExit(await repo.migcheck(['check']), 0);
      // --cwd into the linked worktree reads that worktree's index.
      const viaCwd = await repo.migcheck(['check', '--cwd', wtDir, '--format', 'json']);
      assertExit(viaCwd, 1);

      await wt.write({ [NEW_PATH]: newRevision(CHAIN1_HEAD) });
      await wt.exec(['add', NEW_PATH]);
      const accepted = await wt.exec(['commit', '-q', '-m', 'analytics']);
      assert.is(accepted.code, 0, accepted.stderr);
      const heads = await wt.migcheck(['heads']);
      assert.is(heads.stdout, `${NEW_REV} (head)\n`);
    } finally {
      await rm(wtDir, { recursive: true, force: true });
    }
  });
});

/** A repository of its own whose `db` environment has two heads (aaaa ← bbbb, aaaa ← cccc). */
async function twoHeadedRepo(): Promise<Repo> {
  const sub = await makeRepo();
  await sub.commit('two heads', environmentFiles('db', [
    { rev: 'aaaa00000001' }, { rev: 'bbbb00000002', down: ['aaaa00000001'] }, { rev: 'cccc00000003', down: ['aaaa00000001'] },
  ]));
  return sub;
}

test('a submodule holding migrations is not part of the superproject check', async () => {
  // The submodule's own environment has two heads; the superproject must not inherit them.
  const sub = await twoHeadedRepo();
  try {
    await withRepo(async (repo) => {
      await commitSeedMain(repo);
      const add = await repo.exec(['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'vendor/sub']);
      assert.is(add.code, 0, add.stderr);
      await repo.exec(['commit', '-q', '-m', 'submodule']);
      await repo.exec(['checkout', '-q', '-b', 'feature']);
      await repo.write({ [NEW_PATH]: newRevision(CHAIN1_HEAD) });
      await repo.exec(['add', NEW_PATH]);
      const check = await repo.migcheck(['check', '--format', 'json']);
      assertExit(check, 0);
      assert.equal(report(check).environments.map((e) => e.dir), ['backend/migrations_core/versions']);
      const rev = await repo.migcheck(['check', '--rev', 'HEAD']);
      assertExit(rev, 0);
      assert.is(rev.stdout, `migcheck: ok — backend/migrations_core/versions: head ${CHAIN1_HEAD}\n`);
      // Checked on its own (inside the submodule), its two heads are found.
      const inside = await repo.migcheck(['check', '--rev', 'HEAD', '--format', 'json'], { cwd: `${repo.dir}/vendor/sub` });
      assertExit(inside, 1);
      assert.equal(findingCodes(inside), ['multiple-heads:cccc00000003']);
    });
  } finally {
    await sub.cleanup();
  }
});

// `--dir` naming a versions directory inside a submodule: the superproject's trees do not hold
// its files, so every command refuses it by name (exit 2) instead of "no revisions" — in the
// index, in a commit and in the worktree (where the files are on disk, in another repository).
test('a submodule directory named with --dir is refused clearly, in every tree', async () => {
  const sub = await twoHeadedRepo();
  try {
    await withRepo(async (repo) => {
      await commitSeedMain(repo);
      await repo.exec(['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'vendor/sub']);
      await repo.exec(['commit', '-q', '-m', 'submodule']);
      const dir = ['--dir', 'vendor/sub/db/migrations/versions'];
      const runs = [['check', '--rev', 'HEAD'], ['check', 'vendor/sub/db/migrations/versions'], ['heads', '--staged'], ['heads'], ['graph', '--rev', 'HEAD'], ['merge'], ['rebase-plan']];
      const results = await Promise.all(runs.map((args) => repo.migcheck([...args, ...dir])));
      for (const [i, r] of results.entries()) {
        assertExit(r, 2);
        assert.is(r.stderr, 'migcheck: --dir vendor/sub/db/migrations/versions: lies inside the submodule vendor/sub, a separate repository whose files this repository\'s trees do not hold; run migcheck inside vendor/sub instead\n', runs[i]!.join(' '));
        assert.is(r.stdout, '');
      }
      // A repository added with plain `git add` (a gitlink, no .gitmodules) is refused the same way.
      await repo.exec(['rm', '-q', '--cached', 'vendor/sub']);
      await repo.exec(['rm', '-q', '.gitmodules']);
      await repo.exec(['add', 'vendor/sub']);
      assert.is((await repo.exec(['ls-files', '-s', 'vendor/sub'])).stdout.slice(0, 6), '160000');
      const plain = await repo.migcheck(['heads', '--staged', ...dir]);
      assertExit(plain, 2);
      assert.match(plain.stderr, /^migcheck: --dir vendor\/sub\/db\/migrations\/versions: lies inside the submodule vendor\/sub,/);
    });
  } finally {
    await sub.cleanup();
  }
});

// A `--dir` typo must never mean "nothing is ever checked": a missing folder or a file is an
// exit-2 line naming it and the tree it was looked for in.
test('--dir naming a missing folder or a file: exit 2, one line, in every tree', async () => {
  await withRepo(async (repo) => {
    await commitSeedMain(repo);
    // A staged Python file outside the folder: past the fast path (a commit that stages no
    // Python file checks nothing), and not under the folder (the typo is still found).
    await repo.write({ 'app/models.py': 'x = 1\n' });
    await repo.exec(['add', 'app/models.py']);
    const head = (await repo.exec(['rev-parse', 'HEAD'])).stdout.trim().slice(0, 12);
    const cases: [string[], string][] = [
      [['check', '--dir', 'backend/migrations_core/version'], '--dir backend/migrations_core/version: no such directory in the index; nothing would be checked (the path is relative to where migcheck runs)'],
      [['check', '--rev', 'HEAD', '--dir', 'backend/migrations_core/version'], `--dir backend/migrations_core/version: no such directory in commit ${head}; nothing would be checked (the path is relative to where migcheck runs)`],
      [['heads', '--dir', 'backend/migrations_core/version'], '--dir backend/migrations_core/version: no such directory in the worktree; nothing would be checked (the path is relative to where migcheck runs)'],
      [['merge', '--dir', 'nope'], '--dir nope: no such directory in the worktree; nothing would be checked (the path is relative to where migcheck runs)'],
      [['check', '--dir', 'backend/alembic.ini'], '--dir backend/alembic.ini: is a file in the index, not a directory of revision files'],
      [['heads', '--rev', 'HEAD', '--dir', 'backend/alembic.ini'], `--dir backend/alembic.ini: is a file in commit ${head}, not a directory of revision files`],
      [['graph', '--dir', 'backend/alembic.ini'], '--dir backend/alembic.ini: is a file in the worktree, not a directory of revision files'],
      [['rebase-plan', '--dir', 'backend/alembic.ini'], '--dir backend/alembic.ini: is a file in the worktree, not a directory of revision files'],
    ];
    const results = await Promise.all(cases.map(([args]) => repo.migcheck(args)));
    for (const [i, r] of results.entries()) {
      assertExit(r, 2);
      assert.is(r.stderr, `migcheck: ${cases[i]![1]}\n`, cases[i]![0].join(' '));
      assert.is(r.stdout, '');
    }
    // On disk but not tracked: the index and commits do not have it; the worktree does.
    await repo.write({ 'untracked/versions/.keep': '' });
    const [staged, worktree] = await Promise.all([repo.migcheck(['heads', '--staged', '--dir', 'untracked/versions']), repo.migcheck(['heads', '--dir', 'untracked/versions'])]);
    assertExit(staged, 2);
    assert.is(staged.stderr, 'migcheck: --dir untracked/versions: no such directory in the index; nothing would be checked (the path is relative to where migcheck runs)\n');
    assertExit(worktree, 0);
    // Relative to where migcheck runs: from backend/, `migrations_core/versions` is the real one.
    const fromBackend = await repo.migcheck(['heads', '--rev', 'HEAD', '--dir', 'migrations_core/versions'], { cwd: `${repo.dir}/backend` });
    assertExit(fromBackend, 0);
    assert.is(fromBackend.stdout, `${CHAIN1_HEAD} (head)\n`);
  });
});

test('sparse checkout without the migrations on disk: the index is still checked', async () => {
  await withRepo(async (repo) => {
    await commitSeedMain(repo);
    await repo.exec(['checkout', '-q', '-b', 'feature']);
    assert.is((await repo.exec(['sparse-checkout', 'set', '--no-cone', '/README*'])).code, 0);
    assert.is((await repo.exec(['ls-files', '-t', NEW_PATH.replace(/[^/]+$/, '')])).stdout.split('\n')[0]!.slice(0, 1), 'S');
    // Stage a bypass without a worktree file (as a sparse user's tooling would).
    const oid = (await repo.exec(['hash-object', '-w', '--stdin'], { input: newRevision(FORK_POINT) })).stdout.trim();
    await repo.exec(['update-index', '--add', '--cacheinfo', `100644,${oid},${NEW_PATH}`]);
    const check = await repo.migcheck(['check', '--format', 'json']);
    assertExit(check, 1);
    assert.equal(findingCodes(check), [`bypassed-chain:${NEW_REV}`]);
    const staged = await repo.migcheck(['heads', '--staged']);
    assertExit(staged, 0);
    assert.is(staged.stdout, `${CHAIN1_HEAD} (head)\n${NEW_REV} (head)\n`);
    // The worktree holds no Alembic config at all: said in one line.
    assertCouldNotCheck(await repo.migcheck(['heads']), /no Alembic environment found in the worktree/);
  });
});

test.run();
