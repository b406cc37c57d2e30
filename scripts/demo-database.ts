/**
 * The database half of `npm run demo`: the seed's production, on an embedded SQLite database built
 * by real Alembic (Debian's python3-alembic): chain 2 recorded, chain 1's objects there but not
 * recorded, the spread factors typed 'style'. `migcheck db` finds it, plans the stamp, and the plan
 * is followed with the real `alembic stamp`, `migcheck merge` and `alembic upgrade head`.
 * Every command shown is really run; nothing is canned.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cleanEnv, makeRepo, migcheckBin } from '../test/helpers/repo.js';
import { alembicEnvironmentFiles, dbChain1Sqlite, dbChain2, dbShared, revisionFiles } from '../test/helpers/alembic-environment.js';

const bold = (s: string) => (process.stdout.isTTY && !process.env.NO_COLOR ? `\x1b[1m${s}\x1b[0m` : s);

export async function databaseHalf(): Promise<void> {
  console.log(`\n${bold('── The database half: what production records, and what it already has ──')}`);
  if (spawnSync('/usr/bin/python3', ['-c', 'import alembic'], { encoding: 'utf8' }).status !== 0) {
    console.log('(skipped: this part builds its database with real Alembic — apt-get install python3-alembic)');
    return;
  }
  const repo = await makeRepo();
  const env = cleanEnv({ NO_COLOR: process.stdout.isTTY ? undefined : '1' });
  const backend = join(repo.dir, 'backend');
  const url = `sqlite:///${join(repo.dir, 'production.db')}`;
  const shownUrl = 'sqlite:///production.db';
  const show = (line: string, cmd: string[], cwd = repo.dir, note?: string) => {
    if (note) console.log(`\n${bold(`# ${note}`)}`);
    console.log(`$ ${line}`);
    const r = spawnSync(cmd[0]!, cmd.slice(1), { cwd, env, encoding: 'utf8' });
    process.stdout.write((r.stdout + r.stderr).split(url).join(shownUrl));
    return r.status ?? 1;
  };
  const alembic = (args: string[]) => ['/usr/bin/python3', '-m', 'alembic', '-x', `url=${url}`, ...args];
  const quiet = (cmd: string[]) => {
    const r = spawnSync(cmd[0]!, cmd.slice(1), { cwd: backend, env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd.join(' ')} failed: ${r.stderr}`);
  };
  try {
    await repo.commit('the seed: both chains on main, unmerged, with their real operations', { ...alembicEnvironmentFiles(), ...revisionFiles([...dbShared, ...dbChain1Sqlite, ...dbChain2]) });
    // Production as the seed found it: deployed from chain 2; chain 1 applied by other means.
    quiet(alembic(['upgrade', 'r4s5t6u7v8w9']));
    quiet(alembic(['upgrade', 'k8l9m0n1o2p3']));
    quiet(['/usr/bin/python3', '-c', `import sqlite3; c = sqlite3.connect(${JSON.stringify(join(repo.dir, 'production.db'))}); c.execute("DELETE FROM alembic_version WHERE version_num = 'k8l9m0n1o2p3'"); c.execute("UPDATE factor_definitions SET factor_type = 'style' WHERE factor_type = 'spread'"); c.commit()`]);
    console.log("production.db: chain 2 recorded (r4s5t6u7v8w9); chain 1's objects created outside Alembic; the spread factors typed 'style'.");
    const mc = (args: string[]) => [process.execPath, migcheckBin, ...args];
    show(`migcheck db status --url ${shownUrl}`, mc(['db', 'status', '--url', url]), repo.dir, 'What does production record, against the repository?');
    show(`migcheck db status --schema --url ${shownUrl}`, mc(['db', 'status', '--schema', '--url', url]), repo.dir, "And what does it already have? (each pending revision's objects, looked up read-only)");
    show(`migcheck db stamp-plan --url ${shownUrl}`, mc(['db', 'stamp-plan', '--url', url]), repo.dir, 'The commands that make the record true');
    show('alembic stamp k8l9m0n1o2p3', alembic(['stamp', 'k8l9m0n1o2p3']), backend, 'Follow the plan with the real tools (in backend/)');
    show('alembic current', alembic(['current']), backend);
    show('migcheck merge -m "merge heads" --rev-id u7v8w9x0y1z2', mc(['merge', '-m', 'merge heads', '--rev-id', 'u7v8w9x0y1z2']), repo.dir);
    show('alembic upgrade head', alembic(['upgrade', 'head']), backend);
    show('alembic current', alembic(['current']), backend);
    show(`migcheck db status --url ${shownUrl}`, mc(['db', 'status', '--url', url]), repo.dir);
  } finally {
    await repo.cleanup();
  }
}
