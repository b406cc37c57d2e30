/**
 * `npm run demo`: the seed's story, live, in a temporary repository.
 * main carries 16 migrations on top of f8g9h0i1j2k3 (chain 1); a developer writes
 * n0o1p2q3r4s5 against production's old head f8g9h0i1j2k3. migcheck blocks the commit, names the
 * fix, re-points the file with `rebase-plan --apply`, and the commit goes through. Then the other
 * half of the story: a main that already has two heads gets its merge migration from `migcheck merge`.
 * After the database half, the last word: `migcheck explain` writes the seed's investigation up
 * from a repository that replays its history (chain 2 merged without a merge migration,
 * AuthOnboarding carrying its own merge of the two heads).
 * Every command shown is really run; nothing is canned.
 */
import { spawnSync } from 'node:child_process';
import { cleanEnv, makeRepo, migcheckBin } from '../test/helpers/repo.js';
import { seedChain1, seedChain2, seedFiles, seedShared, seedSpec } from '../test/helpers/seed-story.js';
import { databaseHalf } from './demo-database.js';
import { replaySeedHistory } from '../test/helpers/seed-history.js';

const bold = (s: string) => (process.stdout.isTTY && !process.env.NO_COLOR ? `\x1b[1m${s}\x1b[0m` : s);

async function main(): Promise<void> {
  const repo = await makeRepo();
  // Hooks call `migcheck`; put this checkout's bin first on PATH as an npm install would.
  const shimDir = `${repo.dir}/.demo-bin`;
  await repo.write({ '.demo-bin/migcheck': `#!/bin/sh\nexec "${process.execPath}" "${migcheckBin}" "$@"\n` });
  spawnSync('chmod', ['+x', `${shimDir}/migcheck`]);
  const env = cleanEnv({ PATH: `${shimDir}:${process.env.PATH}`, NO_COLOR: process.stdout.isTTY ? undefined : '1' });

  const show = (line: string, cmd: string[], note?: string) => {
    if (note) console.log(`\n${bold(`# ${note}`)}`);
    console.log(`$ ${line}`);
    const r = spawnSync(cmd[0]!, cmd.slice(1), { cwd: repo.dir, env, encoding: 'utf8' });
    process.stdout.write(r.stdout + r.stderr);
    return r.status ?? 1;
  };
  try {
    await repo.write({ '.gitignore': '.demo-bin/\n' });
    await repo.commit('main: shared history and chain 1 (16 migrations after f8g9h0i1j2k3)', seedFiles([...seedShared, ...seedChain1]));
    console.log(bold('A repository whose main carries chain 1: 16 migrations on top of f8g9h0i1j2k3.'));
    show('migcheck init', ['migcheck', 'init'], 'Install the hooks (plain git hooks: this repository has no package.json)');
    show('migcheck heads', ['migcheck', 'heads']);

    spawnSync('git', ['checkout', '-q', '-b', 'symbol-analytics'], { cwd: repo.dir, env });
    const n0o1 = seedSpec('n0o1p2q3r4s5');
    await repo.write(seedFiles([n0o1], false));
    show('git add backend/migrations_core/versions/n0o1p2q3r4s5_add_symbol_analytics_tables.py', ['git', 'add', '-A'],
      "A developer writes n0o1p2q3r4s5 against production's head f8g9h0i1j2k3, as in the seed");
    const blocked = show('git commit -m "Add symbol analytics tables"', ['git', 'commit', '-q', '-m', 'Add symbol analytics tables']);
    console.log(bold(blocked === 0 ? '(the commit went through — the demo expected it to be blocked)' : '(the commit was blocked)'));

    show('migcheck rebase-plan', ['migcheck', 'rebase-plan'], 'The fix, as a plan');
    show('migcheck rebase-plan --apply', ['migcheck', 'rebase-plan', '--apply']);
    show('git diff', ['git', '--no-pager', 'diff']);
    show('git add -A', ['git', 'add', '-A']);
    const passed = show('git commit -m "Add symbol analytics tables"', ['git', 'commit', '-q', '-m', 'Add symbol analytics tables']);
    console.log(bold(passed === 0 ? '(the commit went through)' : '(the commit was still blocked)'));
    show('migcheck heads', ['migcheck', 'heads']);

    // The other half: the seed's main, where both chains landed without a merge.
    spawnSync('git', ['checkout', '-q', 'main'], { cwd: repo.dir, env });
    await repo.commit('main: chain 2 lands without a merge migration', seedFiles(seedChain2, false));
    show('migcheck check --rev HEAD', ['migcheck', 'check', '--rev', 'HEAD'], "Meanwhile on main: chain 2 landed unmerged, as in the seed (CI's gate)");
    show('migcheck merge -m "merge chain1 and chain2 heads" --rev-id u7v8w9x0y1z2', ['migcheck', 'merge', '-m', 'merge chain1 and chain2 heads', '--rev-id', 'u7v8w9x0y1z2'], "Phase 1 of the seed's fix");
    show('migcheck heads', ['migcheck', 'heads']);
  } finally {
    await repo.cleanup();
  }
}

/** The seed's history replayed with its dates, and the report `migcheck explain` writes of it: printed last. */
async function explainHalf(): Promise<void> {
  console.log(`\n${bold('── The write-up: the seed’s main, explained from its history ──')}`);
  const repo = await makeRepo();
  try {
    await replaySeedHistory(repo);
    console.log('main: chain 1, then chain 2 (written on f8g9h0i1j2k3) merged by a merge commit without a merge migration; AuthOnboarding carries its own merge t6u7v8w9x0y1.');
    console.log('$ migcheck explain');
    const r = spawnSync(process.execPath, [migcheckBin, 'explain'], { cwd: repo.dir, env: cleanEnv(), encoding: 'utf8' });
    process.stdout.write(r.stderr + r.stdout);
  } finally {
    await repo.cleanup();
  }
}

await main();
// The database half of the story: its own step, on an embedded SQLite database (docs/db.md).
await databaseHalf();
await explainHalf();
