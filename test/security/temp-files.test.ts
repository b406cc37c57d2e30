/**
 * No run leaves a temporary file behind: not in the repository (worktree or .git), not in the
 * system temp directory (each run gets a private, empty TMPDIR that must stay empty), whether the
 * run passed, blocked, failed with exit 2, or wrote files. Runs killed with SIGKILL in the middle
 * of a write (the moment its temporary file appears) must not leave litter for ever: the next run
 * may find it, and must clean it up.
 */
import { CACHE_NAMES } from '../helpers/cache-names.js';
import { SUMMARY_DIR } from '../../src/cache/tree-summaries.js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, spawnSync } from 'node:child_process';
import { watch } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { cleanEnv, migcheckBin, withRepo, type Repo } from '../helpers/repo.js';
import { alembicIni, revisionText } from '../helpers/revision-files.js';
import { assertNoTrace } from '../edge/edge-helpers.js';

const A = 'aaaa00000001';
const B = 'bbbb00000002';
const C = 'cccc00000003';

let privateTmp: string;
test.before(async () => {
  privateTmp = await mkdtemp(join(tmpdir(), 'migcheck-private-tmp-'));
});
test.after(async () => {
  await rm(privateTmp, { recursive: true, force: true });
});

/** Every path under `dir` (git's object store aside), relative, sorted. */
async function listing(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      const rel = relative(dir, full);
      if (rel === '.git/objects' || rel === '.git/logs') continue;
      out.push(rel);
      if (entry.isDirectory()) await walk(full);
    }
  };
  await walk(dir);
  return out.sort();
}

/** Names a temporary file of migcheck (or a lock) would have. */
const TEMPISH = /(\.tmp$|migcheck-[0-9a-f]+|\.lock$)/;

/** main: A ← B; the branch commits C on A (a bypass rebase-plan repairs and merge can join). */
async function setUp(repo: Repo): Promise<void> {
  await repo.commit('base', { 'alembic.ini': alembicIni('m'), [`m/versions/${A}_a.py`]: revisionText({ rev: A }), [`m/versions/${B}_b.py`]: revisionText({ rev: B, down: [A] }) });
  await repo.exec(['checkout', '-q', '-b', 'feature']);
  await repo.commit('c', { [`m/versions/${C}_c.py`]: revisionText({ rev: C, down: [A] }) });
}

test('passing, blocking, failing and writing runs leave no temporary file anywhere', async () => {
  await withRepo(async (repo) => {
    await setUp(repo);
    const env = { TMPDIR: privateTmp, TEMP: privateTmp, TMP: privateTmp };
    const runs: [string[], number, Record<string, string | null>?][] = [
      [['check', '--rev', 'HEAD'], 1],
      [['check'], 1, { [`m/versions/${C}_c.py`]: revisionText({ rev: C, down: [A], message: 'staged' }) }],
      [['pre-push'], 1],
      [['heads', '--staged'], 0],
      [['graph', '--format', 'json'], 0],
      [['check', '--rev', 'no-such-ref'], 2],
      [['check'], 2, { '.migcheckrc.json': '{"target": 1}' }],
      [['merge', '-m', 'refused'], 2, { '.migcheckrc.json': null, 'm/script.py.mako': '<% import os %>\n' }],
      [['merge', '-m', 'join', '--rev-id', 'dddd00000004'], 0, { 'm/script.py.mako': null }],
      [['rebase-plan', '--apply'], 0, { 'm/versions/dddd00000004_join.py': null }],
      [['check'], 0, {}],
    ];
    for (const [args, code, files] of runs) {
      if (files) {
        await repo.write(files);
        await repo.exec(['add', '-A']);
      }
      const before = (await listing(repo.dir)).filter((p) => TEMPISH.test(p));
      const r = await repo.migcheck(args, { env });
      assertNoTrace(r);
      assert.is(r.code, code, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
      const after = (await listing(repo.dir)).filter((p) => TEMPISH.test(p));
      assert.equal(after, before, `migcheck ${args.join(' ')} left ${after.filter((p) => !before.includes(p)).join(', ')}`);
      assert.equal(await readdir(privateTmp), [], `migcheck ${args.join(' ')} left files in TMPDIR`);
    }
    // The only things migcheck keeps are its caches, inside .git.
    const kept = await readdir(join(repo.dir, '.git', 'migcheck'));
    assert.equal(kept.filter((name) => !CACHE_NAMES.includes(name)), [], kept.join(', '));
    assert.ok(kept.includes('parse-cache-v1.json') && kept.includes(SUMMARY_DIR), kept.join(', '));
    assert.ok((await readdir(join(repo.dir, '.git', 'migcheck', SUMMARY_DIR))).every((name) => /^[0-9a-f]{40}$/.test(name)));
  });
});

/**
 * Starts `migcheck ARGS` and SIGKILLs it the moment a `.tmp` file appears in `watched`; returns
 * true when the kill landed while the temporary file existed.
 */
async function killAtTempFile(repo: Repo, args: string[], watched: string): Promise<boolean> {
  const child = spawn(process.execPath, [migcheckBin, ...args], { cwd: repo.dir, env: cleanEnv(), stdio: 'ignore' });
  const watcher = watch(watched, (_event, name) => {
    if (name && String(name).endsWith('.tmp')) child.kill('SIGKILL');
  });
  const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, s) => resolve(s)));
  watcher.close();
  return signal === 'SIGKILL' && (await readdir(watched)).some((n) => n.endsWith('.tmp'));
}

// A check killed between writing `.parse-cache-v1.json.migcheck-<pid>-<hex>.tmp` and renaming it
// leaves that file (a whole copy of the cache) in .git/migcheck; the next run that opens the cache
// sees that its writer is gone and removes it, and the pid-named leftovers of earlier versions
// (`parse-cache-v1.json.<pid>.<base36>.tmp`) too. A temporary of a live process stays.
test('a check killed while saving the parse cache: the next run removes the leftover', async () => {
  await withRepo(async (repo) => {
    const files: Record<string, string> = { 'alembic.ini': alembicIni('m') };
    const id = (i: number) => `r${String(i).padStart(11, '0')}`;
    for (let i = 0; i < 300; i += 1) files[`m/versions/${id(i)}_x.py`] = revisionText({ rev: id(i), down: i ? [id(i - 1)] : [] });
    await repo.commit('big', files);
    await repo.write({ 'm/versions/new.py': revisionText({ rev: 'zzzz00000001', down: [id(299)] }) });
    await repo.exec(['add', '-A']);
    const cacheDir = join(repo.dir, '.git', 'migcheck');
    let leftover = false;
    for (let attempt = 0; attempt < 8 && !leftover; attempt += 1) {
      await rm(cacheDir, { recursive: true, force: true });
      await mkdir(cacheDir);
      leftover = await killAtTempFile(repo, ['check'], cacheDir);
    }
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    // The kill races the save; on a busy machine it can miss the window every time. Then leave
    // exactly what such a kill leaves (the cache's temporary named after a dead writer).
    if (!leftover) await writeFile(join(cacheDir, `.parse-cache-v1.json.migcheck-${gone}-5eed.tmp`), '{');
    await writeFile(join(cacheDir, `parse-cache-v1.json.${gone}.k3j9x.tmp`), '{');
    const live = `.parse-cache-v1.json.migcheck-${process.pid}-0badc0de.tmp`;
    await writeFile(join(cacheDir, live), '{');
    const r = await repo.migcheck(['check']);
    assert.is(r.code, 0, r.stderr);
    assert.equal((await readdir(cacheDir)).filter((n) => n.endsWith('.tmp')), [live]);
  });
});

// An apply killed after creating `.cccc00000003_c.py.migcheck-<pid>-<hex>.tmp` leaves it in the
// versions directory (untracked, shown by `git status`, swept in by `git add -A`); the next
// --apply sees that its writer is gone and removes it.
test('rebase-plan --apply killed mid-write: the rerun converges and removes the leftover', async () => {
  await withRepo(async (repo) => {
    await setUp(repo);
    const versions = join(repo.dir, 'm', 'versions');
    let leftovers: string[] = [];
    for (let attempt = 0; attempt < 4 && leftovers.length === 0; attempt += 1) {
      await repo.exec(['checkout', '-q', '--', '.']);
      await killAtTempFile(repo, ['rebase-plan', '--apply'], versions);
      leftovers = (await readdir(versions)).filter((n) => n.endsWith('.tmp'));
    }
    assert.equal(leftovers.map((n) => n.replace(/-\d+-[0-9a-f]{8}\.tmp$/, '')), [`.${C}_c.py.migcheck`], 'the kill left a temporary file');
    // check and heads never take it for a revision (it ends in .tmp, as Alembic's rules want).
    assert.is((await repo.migcheck(['heads'])).stdout, `${B} (head)\n${C} (head)\n`);
    const r = await repo.migcheck(['rebase-plan', '--apply']);
    assert.is(r.code, 0, r.stderr);
    assert.is((await repo.migcheck(['heads'])).stdout, `${C} (head)\n`);
    assert.equal((await readdir(versions)).filter((n) => n.endsWith('.tmp')), []);
    assert.is((await repo.exec(['status', '--short', '--untracked-files=all'])).stdout, ` M m/versions/${C}_c.py\n`);
  });
});

test.run();
