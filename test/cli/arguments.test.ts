// The command lines through the real CLI (bin/migcheck.js, the built bundle) in a real
// repository that stages the seed's bypass: every spelling of a check blocks it, every typo is
// exit 2 with the nearest command, and no path that names nothing passes as "ok". Before the one
// parser, all of these printed "ok — no migrations to check" and exited 0.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { makeRepo, type Repo } from '../helpers/repo.js';
import { assertCouldNotCheck, assertExit, FORK_POINT, json, NEW_PATH, NEW_REV, newRevision, seedMain } from '../check/check-helpers.js';

let repo: Repo;

test.before(async () => {
  repo = await makeRepo();
  await seedMain(repo);
  // The target as a clone has it: origin/main.
  await repo.exec(['update-ref', 'refs/remotes/origin/main', 'main']);
  await repo.exec(['checkout', '-q', '-b', 'feature']);
  await repo.write({ [NEW_PATH]: newRevision(FORK_POINT) });
  await repo.exec(['add', NEW_PATH]);
});
test.after(() => repo.cleanup());

test('global options before the command: the staged bypass is blocked', async () => {
  for (const argv of [['--target', 'origin/main', 'check'], ['-q', 'check'], ['--target=origin/main', '-q'], ['check', '-q', '--target', 'origin/main']]) {
    const r = await repo.migcheck(argv);
    assertExit(r, 1);
    assert.match(r.stdout, new RegExp(`bypassed-chain ${NEW_PATH}`), argv.join(' '));
  }
  const asJson = await repo.migcheck(['--format', 'json', 'check']);
  assertExit(asJson, 1);
  assert.equal(json(asJson).environments[0].findings.map((f: { code: string; revision: string }) => [f.code, f.revision]), [['bypassed-chain', NEW_REV]]);
  assert.is(json(asJson).target.ref, 'origin/main');
  const github = await repo.migcheck(['--format', 'github', '--target', 'origin/main', 'check']);
  assertExit(github, 1);
  assert.match(github.stdout, /^::error file=/);
});

test('a typo of a command is exit 2 with the nearest command, never a check of nothing', async () => {
  for (const [word, meant] of [['chekc', 'check'], ['head', 'heads'], ['rebase-plna', 'rebase-plan'], ['prepush', 'pre-push'], ['grpah', 'graph']]) {
    assertCouldNotCheck(await repo.migcheck([word!]), `unknown command \`${word}\`: did you mean \`${meant}\`? (\`migcheck --help\` lists the commands)`);
  }
  assertCouldNotCheck(await repo.migcheck(['-q', 'chekc', '--target', 'origin/main']), /did you mean `check`\?/);
});

test('a path that names nothing is exit 2; an existing one is checked', async () => {
  assertCouldNotCheck(await repo.migcheck(['backend/migrations_core/versions/nope.py']), '`backend/migrations_core/versions/nope.py` is not a command, and no file or folder has that name');
  assertCouldNotCheck(await repo.migcheck(['check', 'nope.py']), '`migcheck check`: no file or folder named `nope.py`');
  const named = await repo.migcheck([NEW_PATH]);
  assertExit(named, 1);
  const fromSub = await repo.migcheck(['check', 'versions'], { cwd: `${repo.dir}/backend/migrations_core` });
  assertExit(fromSub, 1);
});

test('options a command does not take, and values that are not values, are exit 2', async () => {
  assertCouldNotCheck(await repo.migcheck(['heads', '--target', 'origin/main']), /^migcheck: `migcheck heads` takes no --target \(its options: /);
  assertCouldNotCheck(await repo.migcheck(['check', '--tagret', 'origin/main']), /did you mean `--target`\?/);
  assertCouldNotCheck(await repo.migcheck(['check', '--target', '--upload-pack=touch /tmp/x']), /--target needs a value/);
  assertCouldNotCheck(await repo.migcheck(['--format', 'mermaid', 'check']), "unknown --format 'mermaid': use human, json, github");
  assertCouldNotCheck(await repo.migcheck(['heads', 'extra']), /does not take `extra`/);
});

test('--help: examples, MIGCHECK_SKIP and MIGCHECK_TARGET, and per command only the options it takes', async () => {
  const general = await repo.migcheck(['--help']);
  assertExit(general, 0);
  for (const text of ['MIGCHECK_SKIP=1', 'MIGCHECK_TARGET=REF', 'Examples:', 'migcheck check --rev HEAD --target origin/main', 'rebase-plan', 'Exit codes:']) {
    assert.ok(general.stdout.includes(text), `--help names ${text}`);
  }
  assert.is((await repo.migcheck(['help'])).stdout, general.stdout);
  assert.is((await repo.migcheck(['-q', '--bogus', '-h'])).stdout, general.stdout);

  const check = await repo.migcheck(['check', '--help']);
  assertExit(check, 0);
  assert.match(check.stdout, /^Usage: migcheck check \[paths\.\.\]/);
  for (const text of ['--rev REV', '--target REF', '--format FORMAT', 'human, json, github', 'MIGCHECK_SKIP=1', 'MIGCHECK_TARGET=REF', 'Examples:']) assert.ok(check.stdout.includes(text), `check --help names ${text}`);

  const heads = await repo.migcheck(['help', 'heads']);
  assert.match(heads.stdout, /--staged/);
  for (const absent of ['--target', '--apply', 'MIGCHECK_SKIP', 'MIGCHECK_TARGET']) assert.not.ok(heads.stdout.includes(absent), `heads --help leaves out ${absent}`);
  const merge = await repo.migcheck(['merge', '-h']);
  assert.match(merge.stdout, /-m, --message MSG/);
  assert.not.ok(merge.stdout.includes('--format'));
  assert.not.ok((await repo.migcheck(['pre-push', '--help'])).stdout.includes('--rev'));

  assertCouldNotCheck(await repo.migcheck(['help', 'chekc']), 'no command `chekc`: did you mean `check`?');
  const version = await repo.migcheck(['--version']);
  assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
});

test.run();
