/**
 * `migcheck heads` starts its one slow git command — the `ls-files` that tells whether the
 * working tree's versions folders are the index's — before its bundle loads, from the folders a
 * check of the same index kept (fast-lane/start-heads). Through the built bin and git's own trace:
 * when the folders are right the early process is the only `ls-files` (its output was used);
 * when the working tree's config names another folder the early one is wasted and heads reads
 * that folder itself; either way the heads are those of a run with no cache at all, a working
 * tree that differs from the index (an edited revision file) is read as it is, and an early
 * output is taken only for the identical command in the identical folder on the index it was
 * started on (one that claims a clean folder is believed then, and only then). The config query
 * that says whether git converts line endings starts early too, and its answer is used. The
 * index's facts come from what an earlier run kept under the index's checksum (a staged config
 * makes another index, read anew), and HEAD's tree is not read when the early comparison answers.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, withRepo, type Repo } from '../helpers/repo.js';
import { runListingLoads } from '../helpers/loaded-files.js';
import { startedOutput } from '../../src/git/git-process.cjs';
import { worktreeTrees } from '../../src/git/worktree-state.js';
import { folderDifferenceCommands, SPLIT_INDEX_BYTES } from '../../src/git/folder-differences.cjs';
import { fileIdentity } from '../../src/git/read-index.cjs';

const INI = '[alembic]\nscript_location = migrations\n';

async function history(repo: Repo): Promise<void> {
  await repo.commit('base', {
    'alembic.ini': INI,
    'migrations/env.py': '# env\n',
    'migrations/versions/a1_first.py': 'revision = "a1"\ndown_revision = None\n',
    'migrations/versions/b2_second.py': 'revision = "b2"\ndown_revision = "a1"\n',
    'other/versions/x1_other.py': 'revision = "x1"\ndown_revision = None\n',
  });
  // A check of the index keeps its environments, as the pre-commit hook does on every commit.
  await repo.write({ 'migrations/versions/c3_third.py': 'revision = "c3"\ndown_revision = "b2"\n' });
  await repo.exec(['add', '-A']);
  // git commit brings the index's cache-tree up to date before its hook runs.
  await repo.exec(['write-tree']);
  const check = await repo.migcheck(['check', '--target', 'main']);
  assert.is(check.code, 0, check.stderr);
  assert.ok(existsSync(join(repo.dir, '.git', 'migcheck', 'environments-v2.json')), 'the check kept the index\'s environments');
}

/** heads, with the folder comparisons git ran (their pathspecs) from GIT_TRACE. */
async function traced(repo: Repo): Promise<{ stdout: string; lsFiles: string[]; split: string[]; configs: number; commands: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'migcheck-trace-'));
  try {
    const trace = join(dir, 'trace');
    const result = await repo.migcheck(['heads'], { env: { GIT_TRACE: trace } });
    assert.is(result.code, 0, result.stderr);
    const lines = existsSync(trace) ? readFileSync(trace, 'utf8').split('\n') : [];
    // The ls-files that compares the folders (not the listing a full read of the working tree makes), by pathspec.
    return {
      stdout: result.stdout,
      lsFiles: lines.filter((line) => / built-in: git ls-files -z --modified --deleted --others -- /.test(line)).map((line) => line.slice(line.indexOf(' -- ') + 4)),
      // The same comparison as two processes (a large index), by their flags and pathspec.
      split: lines.flatMap((line) => / built-in: git ls-files -z ((?:--modified --deleted|--others) -- .*)$/.exec(line)?.[1] ?? []).sort(),
      configs: lines.filter((line) => / built-in: git config -z --get-regexp /.test(line)).length,
      // Every git command, by its name.
      commands: lines.flatMap((line) => / built-in: git (?:--no-optional-locks )?(\S+)/.exec(line)?.[1] ?? []),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** What heads prints with no cache at all (the full read), keeping the caches of `repo` as they were. */
async function fullRead(repo: Repo, options: string[] = []): Promise<string> {
  const caches = join(repo.dir, '.git', 'migcheck');
  const aside = `${caches}-aside`;
  await rename(caches, aside);
  try {
    const result = await repo.migcheck(['heads', ...options]);
    assert.is(result.code, 0, result.stderr);
    return result.stdout;
  } finally {
    await rm(caches, { recursive: true, force: true });
    await rename(aside, caches);
  }
}

test('the early ls-files is the only one when the folders are right, and the heads are a full read\'s', () => withRepo(async (repo) => {
  await history(repo);
  const expected = await fullRead(repo);
  assert.match(expected, /^c3 \(head\)$/m);
  const run = await traced(repo);
  assert.is(run.stdout, expected);
  assert.equal(run.lsFiles, ["':(literal)migrations/versions'"], 'one ls-files: the one started early was used');
  assert.is(run.configs, 1, 'one config query: the one started early was used');
}));

test('a large index is compared in two processes started early, tracked and untracked files apart; an untracked and an edited revision file are each seen', () => withRepo(async (repo) => {
  await history(repo);
  // Long names outside the versions folder make the index large with few files (~270 bytes each).
  const padding: Record<string, string> = {};
  for (let i = 0; i < Math.ceil(SPLIT_INDEX_BYTES / 250); i++) padding[`pad/${'p'.repeat(200)}${i}.txt`] = '';
  await repo.write(padding);
  await repo.exec(['add', '-A']);
  await repo.exec(['write-tree']);
  const check = await repo.migcheck(['check', '--target', 'main']);
  assert.is(check.code, 0, check.stderr);
  assert.ok(statSync(join(repo.dir, '.git', 'index')).size >= SPLIT_INDEX_BYTES, 'the index is large');
  const folder = "':(literal)migrations/versions'";
  const clean = await traced(repo);
  assert.is(clean.stdout, await fullRead(repo));
  assert.equal(clean.lsFiles, [], 'not one process');
  assert.equal(clean.split, [`--modified --deleted -- ${folder}`, `--others -- ${folder}`], 'two processes, each once');
  assert.equal(clean.commands.sort(), ['config', 'ls-files', 'ls-files'], 'the early commands only: their outputs were used');
  // An untracked revision file: only the untracked part lists it.
  await repo.write({ 'migrations/versions/d4_fourth.py': 'revision = "d4"\ndown_revision = "c3"\n' });
  const untracked = await traced(repo);
  assert.is(untracked.stdout, await fullRead(repo));
  assert.match(untracked.stdout, /^d4 \(head\)$/m);
  await rm(join(repo.dir, 'migrations/versions/d4_fourth.py'));
  // An edited one: only the tracked part lists it.
  await repo.write({ 'migrations/versions/c3_third.py': 'revision = "c3"\ndown_revision = "a1"\n' });
  const edited = await traced(repo);
  assert.is(edited.stdout, await fullRead(repo));
  assert.match(edited.stdout, /^b2 \(head\)$/m);
  assert.match(edited.stdout, /^c3 \(head\)$/m);
}));

test('heads answered from the summaries loads heads-answer.cjs and never check.cjs, and prints the full read\'s output; a working tree that differs loads the full command', () => withRepo(async (repo) => {
  await history(repo);
  const bundles = (loaded: string[]) => loaded.filter((file) => /\/dist\/[\w-]+\.cjs$/.test(file)).map((file) => file.slice(file.lastIndexOf('/') + 1)).sort();
  for (const format of [[], ['--format', 'json']]) {
    const expected = await fullRead(repo, format);
    const { result, loaded } = await runListingLoads(['heads', ...format], { cwd: repo.dir });
    assert.is(result.code, 0, result.stderr);
    assert.is(result.stdout, expected, format.join(' '));
    assert.equal(bundles(loaded), ['boot.cjs', 'heads-answer.cjs', 'migcheck.cjs'], format.join(' '));
  }
  // An edited revision file: the summaries cannot answer, and the full command reads the file.
  await repo.write({ 'migrations/versions/c3_third.py': 'revision = "c3"\ndown_revision = "a1"\n' });
  const expected = await fullRead(repo);
  const { result, loaded } = await runListingLoads(['heads'], { cwd: repo.dir });
  assert.is(result.stdout, expected);
  assert.match(result.stdout, /^b2 \(head\)$/m);
  assert.equal(bundles(loaded).filter((name) => name !== 'parse-worker.cjs'), ['boot.cjs', 'check.cjs', 'heads-answer.cjs', 'migcheck.cjs']);
}));

test('a core.autocrlf the early config query reports makes heads read the working tree itself', () => withRepo(async (repo) => {
  await history(repo);
  await repo.exec(['config', 'core.autocrlf', 'true']);
  const run = await traced(repo);
  assert.is(run.stdout, await fullRead(repo));
  assert.is(run.configs, 1, 'started early, and its answer used');
}));

test('an edited revision file in the working tree is read as it is', () => withRepo(async (repo) => {
  await history(repo);
  await repo.write({ 'migrations/versions/c3_third.py': 'revision = "c3"\ndown_revision = "a1"\n' });
  const run = await traced(repo);
  assert.is(run.stdout, await fullRead(repo));
  assert.match(run.stdout, /^b2 \(head\)$/m);
  assert.match(run.stdout, /^c3 \(head\)$/m);
  assert.equal(run.lsFiles, ["':(literal)migrations/versions'"], 'the early output named the edited file');
}));

test('a working-tree config that names another folder wastes the early ls-files, never its answer', () => withRepo(async (repo) => {
  await history(repo);
  await repo.write({ 'alembic.ini': `${INI}version_locations = other/versions\n` });
  const run = await traced(repo);
  assert.is(run.stdout, await fullRead(repo));
  assert.match(run.stdout, /^x1 \(head\)$/m);
  assert.not.match(run.stdout, /c3/);
  // The early one only: the other folder's tree was never summarised, so heads read it in full.
  assert.equal(run.lsFiles, ["':(literal)migrations/versions'"], 'started early, its answer unused');
}));

test('the index\'s facts are kept by its checksum and used; a staged config that names another folder is never answered from them', () => withRepo(async (repo) => {
  await history(repo);
  const expected = await fullRead(repo);
  const kept = join(repo.dir, '.git', 'migcheck', 'index-facts-v1.json');
  assert.is((await traced(repo)).stdout, expected);
  assert.ok(existsSync(kept), 'the walk was kept');
  const again = await traced(repo);
  assert.is(again.stdout, expected, 'from the kept facts');
  assert.equal(again.lsFiles, ["':(literal)migrations/versions'"]);
  // The config staged: another index (another checksum), walked again, its config read.
  await repo.write({ 'alembic.ini': `${INI}version_locations = other/versions\n` });
  await repo.exec(['add', 'alembic.ini']);
  await repo.exec(['write-tree']);
  const staged = await traced(repo);
  assert.is(staged.stdout, await fullRead(repo));
  assert.match(staged.stdout, /^x1 \(head\)$/m);
  assert.not.match(staged.stdout, /c3/);
}));

test('HEAD\'s tree objects are not read when the early comparison answers', () => withRepo(async (repo) => {
  await history(repo);
  const expected = await fullRead(repo);
  await traced(repo);
  // HEAD's root tree gone: ls-files compares the index with the files and never needs it.
  const root = (await repo.exec(['rev-parse', 'HEAD^{tree}'])).stdout.trim();
  await rm(join(repo.dir, '.git', 'objects', root.slice(0, 2), root.slice(2)));
  const run = await traced(repo);
  assert.is(run.stdout, expected);
  assert.equal(run.commands.sort(), ['config', 'ls-files'], 'the two early commands, and no full read');
}));

test('an early output is taken only for the very command in the very folder', async () => {
  const started = [
    { cwd: '/r', args: ['ls-files', '-z', '--', ':(literal)a'], indexIdentity: '1:2:3', output: Promise.resolve('a/x.py\0') },
    { cwd: '/r', args: ['config', '-z', '--get-regexp', 'x'], indexIdentity: '1:2:3', output: Promise.resolve('') },
  ];
  const env = {};
  assert.is(await startedOutput(started, { cwd: '/r', env }, ['ls-files', '-z', '--', ':(literal)a']), 'a/x.py\0');
  assert.is(await startedOutput(started, { cwd: '/r', env }, ['ls-files', '-z', '--', ':(literal)b']), undefined, 'another folder');
  assert.is(await startedOutput(started, { cwd: '/r', env }, ['ls-files', '-z', '--', ':(literal)a', ':(literal)b']), undefined, 'one folder more');
  assert.is(await startedOutput(started, { cwd: '/s', env }, ['ls-files', '-z', '--', ':(literal)a']), undefined, 'another repository');
  assert.is(await startedOutput(started, { cwd: '/r', env }, ['config', '-z', '--get-regexp', 'x']), '', 'the other command started');
  assert.is(await startedOutput(undefined, { cwd: '/r', env }, ['ls-files']), undefined, 'nothing started');
});

test('an early output is taken only for the index it compared', () => withRepo(async (repo) => {
  await history(repo);
  // The working tree differs from the index; an early output that says it does not is believed
  // only while the index is the one it was started on.
  await repo.write({ 'migrations/versions/c3_third.py': 'revision = "c3"\ndown_revision = "a1"\n' });
  const context = { cwd: repo.dir, env: cleanEnv(), root: repo.dir, gitDir: join(repo.dir, '.git'), commonDir: join(repo.dir, '.git') };
  const info = statSync(join(repo.dir, '.git', 'index'), { bigint: true });
  const [args] = folderDifferenceCommands(['migrations/versions'], Number(info.size));
  const identity = fileIdentity(info);
  const claimsClean = (indexIdentity: string) => [{ cwd: repo.dir, args, indexIdentity, output: Promise.resolve('') }];
  const isRevision = (path: string) => path.endsWith('.py');
  assert.ok(await worktreeTrees(context, ['migrations/versions'], isRevision, claimsClean(identity)), 'the same index: the early output is used');
  assert.is(await worktreeTrees(context, ['migrations/versions'], isRevision, claimsClean(`${identity}x`)), undefined, 'another index: git is asked again, and sees the edit');
  assert.is(await worktreeTrees(context, ['migrations/versions'], isRevision), undefined, 'nothing started: git sees the edit');
}));

test.run();
