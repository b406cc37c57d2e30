// The fast lane changes no outcome: for a generated corpus of command lines (options before and
// after the command, typos, paths, bad values), the CLI run in-process with the fast lane and
// without it prints the same and exits the same — in a repository that stages nothing migcheck
// reads (where the lane answers) and in one that stages the seed's bypass (where it must not).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import type { main as Main } from '../../src/cli/main.js';
import type { quickLaneState as QuickLaneState } from '../../src/fast-lane/quick-check.cjs';
import type { CommandIO } from '../../src/app/command-io.js';
import { cleanEnv, makeRepo, type Repo } from '../helpers/repo.js';
import { FORK_POINT, NEW_PATH, newRevision, seedMain } from '../check/check-helpers.js';
import { SEED_VERSIONS } from '../helpers/seed-story.js';

interface Outcome { code: number; stdout: string; stderr: string }

// Loaded as ES modules, as the commands main loads are: uvu's `-r tsx` would otherwise load this
// file's static imports as CommonJS copies, and an error class from one copy is not an instance
// of the other's.
let main: typeof Main;
let quickLaneState: typeof QuickLaneState;

async function runMain(repo: Repo, argv: string[], fastLane: boolean, env: Record<string, string> = {}): Promise<Outcome & { answered: boolean }> {
  let stdout = '';
  let stderr = '';
  let answered = false;
  const io: CommandIO = {
    stdout: (text) => { stdout += text; },
    stderr: (text) => { stderr += text; },
    readStdin: async () => '',
    stdoutIsTTY: false,
    env: cleanEnv(env),
    cwd: repo.dir,
  };
  delete quickLaneState.staged; // No hand-over between runs: each starts as a process would.
  const code = await main(argv, { io, fastLane, onFastLane: () => { answered = true; } });
  // --debug prints stack frames, which name this file's lines: only they may differ.
  return { code, stdout, stderr: stderr.replace(/^\s+at .*\n/gm, ''), answered };
}

// Pieces of command lines: what users, hooks and lint-staged write (mostly valid, for check),
// and their mistakes.
const VALID = [
  ['-q'], ['--quiet'], ['--format', 'json'], ['--format=json'], ['--format', 'github'], ['--format', 'human'],
  ['--target', 'main'], ['--target=main'], ['--color'], ['--no-color'], ['--debug'], ['--cwd', '.'], ['--cwd', 'backend'],
  ['--rev', 'HEAD'], ['--dir', SEED_VERSIONS], ['--config', 'missing.json'],
];
const INVALID = [['--format', 'mermaid'], ['--target', 'nope'], ['--dir', 'nowhere'], ['--staged'], ['--bogus'], ['--target']];
const option = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...VALID) }, { weight: 1, arbitrary: fc.constantFrom(...INVALID) });
const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<string[]>([], ['check']) },
  { weight: 2, arbitrary: fc.constantFrom(['heads'], ['graph'], ['pre-push'], ['chekc'], ['head'], ['README.md'], ['backend'], ['nope.py'], ['--', 'README.md']) },
);
const argvShape = fc.tuple(fc.array(option, { maxLength: 3 }), word, fc.array(option, { maxLength: 3 }))
  .map(([before, command, after]) => [...before.flat(), ...command, ...after.flat()]);

/** The command lines, and one for each thing that keeps the lane out, always in the corpus. */
const FIXED = [
  [], ['check'], ['-q', 'check'], ['--target', 'main', 'check'], ['--format', 'json', 'check'], ['check', '--format', 'github'],
  ['chekc'], ['head'], ['rebase-plna'], ['nope.py'], ['check', 'nope.py'], ['--quiet'], ['--target=main', '-q'], ['check', '--cwd', 'backend'],
  ['check', '--rev', 'HEAD'], ['--dir', SEED_VERSIONS], ['check', '--config', 'missing.json'], ['README.md'], ['check', '--', 'README.md'],
  ['check', '--target', 'nope'], ['check', '--dir', 'nowhere'],
];

let repo: Repo;

test.before(async () => {
  ({ main } = await import('../../src/cli/main.js'));
  ({ quickLaneState } = await import('../../src/fast-lane/quick-check.cjs'));
  repo = await makeRepo();
  await seedMain(repo);
  await repo.exec(['checkout', '-q', '-b', 'feature']);
});
test.after(() => repo.cleanup());

async function sameOutcomes(label: string, corpus: string[][]): Promise<number> {
  let answered = 0;
  for (const argv of corpus) {
    const [lane, full] = [await runMain(repo, argv, true), await runMain(repo, argv, false)];
    assert.equal({ code: lane.code, stdout: lane.stdout, stderr: lane.stderr }, { code: full.code, stdout: full.stdout, stderr: full.stderr }, `${label}: migcheck ${argv.join(' ')}`);
    assert.not.ok(full.answered);
    assert.not.match(full.stderr, /internal error/, `${label}: migcheck ${argv.join(' ')}`);
    if (lane.answered) answered += 1;
  }
  return answered;
}

const corpus = [...FIXED, ...fc.sample(argvShape, { numRuns: 45, seed: 20261124 })];

test('nothing migcheck reads is staged: the lane answers, and exactly as the full check does', async () => {
  await repo.write({ 'README.md': 'changed\n' });
  await repo.exec(['add', 'README.md']);
  const answered = await sameOutcomes('README staged', corpus);
  assert.ok(answered >= 5, `the lane answered only ${answered} command lines`);
  const bare = await runMain(repo, [], true);
  assert.equal({ ...bare, answered: true }, { code: 0, stdout: 'migcheck: ok — nothing staged that migcheck reads\n', stderr: '', answered: true });
});

test('the seed’s bypass is staged: the lane never answers, and every spelling of a check blocks it', async () => {
  await repo.exec(['reset', '-q']);
  await repo.write({ [NEW_PATH]: newRevision(FORK_POINT) });
  await repo.exec(['add', NEW_PATH]);
  assert.is(await sameOutcomes('bypass staged', corpus), 0);
  for (const argv of [[], ['check'], ['-q', 'check'], ['--target', 'main', 'check'], ['--format', 'json', 'check'], ['check', '--quiet', '--target=main']]) {
    const r = await runMain(repo, argv, true);
    assert.is(r.code, 1, `migcheck ${argv.join(' ')}:\n${r.stdout}${r.stderr}`);
    assert.match(r.stdout, /bypassed-chain/);
  }
  const skipped = await runMain(repo, ['check'], true, { MIGCHECK_SKIP: '1' });
  assert.equal([skipped.code, skipped.stderr], [0, 'migcheck: check skipped (MIGCHECK_SKIP=1)\n']);
});

test.run();
