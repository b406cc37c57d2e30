// Small things users hit, through the real CLI: output into a closed pipe ends quietly for every
// command, --color forces colour (and --no-color / NO_COLOR turn it off), graph --format mermaid
// draws one diagram for several environments, and a check with nothing staged says so.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import { cleanEnv, makeRepo, migcheckBin, type Repo, type RunResult } from '../helpers/repo.js';
import { environmentFiles } from '../helpers/revision-files.js';
import { assertExit, FORK_POINT, NEW_PATH, newRevision, seedMain } from '../check/check-helpers.js';

/** Runs the CLI with its standard output closed before it writes a byte (`migcheck … | head` after head left). */
function runIntoClosedPipe(cwd: string, args: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [migcheckBin, ...args], { cwd, env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout: '', stderr }));
    child.stdin.on('error', () => undefined);
    child.stdin.end('');
  });
}

const ESC = '\x1b[';

let repo: Repo;

test.before(async () => {
  repo = await makeRepo();
  await seedMain(repo);
  await repo.exec(['checkout', '-q', '-b', 'feature']);
});
test.after(() => repo.cleanup());

test('a check with nothing staged that migcheck reads says so (not with -q; JSON and GitHub forms)', async () => {
  await repo.write({ 'README.md': 'one\n' });
  await repo.exec(['add', 'README.md']);
  const plain = await repo.migcheck(['check']);
  assertExit(plain, 0);
  assert.is(plain.stdout, 'migcheck: ok — nothing staged that migcheck reads\n');
  assert.is((await repo.migcheck([])).stdout, plain.stdout);
  assert.is((await repo.migcheck(['-q'])).stdout, '');
  assert.is((await repo.migcheck(['check', '--format', 'github'])).stdout, '');
  assert.equal(JSON.parse((await repo.migcheck(['--format', 'json'])).stdout), { ok: true, target: null, environments: [] });
  // The full check reaches the same answer when the fast lane does not take the run.
  await repo.write({ '.migcheckrc.json': '{"target": "main"}\n' });
  await repo.commit('config');
  await repo.write({ 'README.md': 'two\n' });
  await repo.exec(['add', 'README.md']);
  assert.is((await repo.migcheck(['check', '--config', '.migcheckrc.json'])).stdout, plain.stdout);
  // A config file named on the command line that is not there is an error, staged or not.
  assertExit(await repo.migcheck(['check', '--config', 'missing.json']), 2);
  await repo.exec(['reset', '-q']);
});

test('output into a closed pipe ends quietly, with the command’s own exit code, for every command', async () => {
  await repo.write({ [NEW_PATH]: newRevision(FORK_POINT) });
  await repo.exec(['add', NEW_PATH]);
  for (const [args, code] of [
    [['graph'], 0], [['graph', '--format', 'mermaid'], 0], [['graph', '--format', 'json'], 0], [['heads'], 0], [['heads', '--format', 'json'], 0],
    [['check'], 1], [['check', '--format', 'json'], 1], [['pre-push'], 0], [['rebase-plan'], 0], [['--help'], 0], [['help', 'check'], 0], [['--version'], 0],
  ] as const) {
    const r = await runIntoClosedPipe(repo.dir, [...args]);
    assert.is(r.stderr, '', `migcheck ${args.join(' ')} wrote to stderr:\n${r.stderr}`);
    assert.is(r.code, code, `migcheck ${args.join(' ')}`);
  }
  await repo.exec(['reset', '-q']);
  await repo.write({ [NEW_PATH]: null });
});

test('--color forces colour into a pipe; --no-color and NO_COLOR turn it off', async () => {
  await repo.write({ [NEW_PATH]: newRevision(FORK_POINT) });
  await repo.exec(['add', NEW_PATH]);
  // FORCE_COLOR (which uvu sets for its own output) would colour without the flag: not here.
  const forced = await repo.migcheck(['check', '--color'], { env: { FORCE_COLOR: undefined } });
  assertExit(forced, 1);
  assert.ok(forced.stdout.includes(`${ESC}31m✖${ESC}39m`), `red ✖ expected:\n${JSON.stringify(forced.stdout)}`);
  assert.ok(forced.stdout.includes(`${ESC}1mbypassed-chain${ESC}22m`));
  // The flag wins over NO_COLOR (which the test environment sets) and over FORCE_COLOR.
  assert.not.ok((await repo.migcheck(['check'], { env: { FORCE_COLOR: undefined } })).stdout.includes(ESC));
  assert.not.ok((await repo.migcheck(['check', '--no-color'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } })).stdout.includes(ESC));
  assert.ok((await repo.migcheck(['check'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } })).stdout.includes(ESC));
  assert.not.ok((await repo.migcheck(['check'], { env: { NO_COLOR: undefined, FORCE_COLOR: undefined } })).stdout.includes(ESC), 'no colour into a pipe by default');
  await repo.exec(['reset', '-q']);
  await repo.write({ [NEW_PATH]: null });
});

test('graph --format mermaid: one flowchart, a subgraph per environment, unique node names', async () => {
  const two = await makeRepo();
  try {
    await two.commit('two environments', {
      ...environmentFiles('core', [{ rev: 'a1', down: [] }, { rev: 'a2', down: ['a1'] }]),
      ...environmentFiles('analytics', [{ rev: 'b1', down: [] }, { rev: 'b2', down: ['b1'] }, { rev: 'b3', down: ['b1'] }]),
    });
    const r = await two.migcheck(['graph', '--format', 'mermaid']);
    assertExit(r, 0);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.filter((l) => l.startsWith('flowchart')), ['flowchart TD']);
    assert.equal(lines.filter((l) => l.trim().startsWith('subgraph')), [
      '  subgraph e0["analytics/migrations/versions (analytics/alembic.ini)"]',
      '  subgraph e1["core/migrations/versions (core/alembic.ini)"]',
    ]);
    assert.is(lines.filter((l) => l === '  end').length, 2);
    const nodes = lines.map((l) => l.match(/^\s+(\w+)\["/)?.[1]).filter(Boolean);
    assert.is(new Set(nodes).size, 5);
    assert.is(lines.at(-1), '  class e0r1,e0r2,e1r1 head');
    const single = await repo.migcheck(['graph', '--format', 'mermaid']);
    assert.not.match(single.stdout, /subgraph/);
  } finally {
    await two.cleanup();
  }
});

test.run();
