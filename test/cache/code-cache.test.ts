/**
 * The code cache of the command bundles, through the built bin in real repositories: the first
 * runs inside a repository keep check.cjs's bytecode in `.git/migcheck/code-cache-v1/`, each
 * with what it compiled, and later runs take it (the file is not written again, which it is
 * whenever V8 refuses it or it does not fit the bundle); a damaged (even by one byte), truncated, foreign or mismatched file, or one owned by another user,
 * is never used and is replaced, and every run prints what a run without any cache prints. A run
 * outside any repository, or with GIT_DIR set, keeps nothing and still answers.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chown, mkdtemp, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CACHED_BUNDLES, CODE_CACHE_DIR, GENERATIONS } from '../../src/cache/code-cache.cjs';
import { migcheckBin, projectRoot, run, cleanEnv, withRepo, type Repo } from '../helpers/repo.js';

const cacheFile = (repo: Repo) => join(repo.dir, '.git', 'migcheck', CODE_CACHE_DIR, 'check.bin');

async function history(repo: Repo): Promise<void> {
  await repo.commit('base', {
    'alembic.ini': '[alembic]\nscript_location = migrations\n',
    'migrations/env.py': '# env\n',
    'migrations/versions/a1_first.py': 'revision = "a1"\ndown_revision = None\n',
    'migrations/versions/b2_second.py': 'revision = "b2"\ndown_revision = "a1"\n',
  });
  await repo.write({ 'migrations/versions/c3_fork.py': 'revision = "c3"\ndown_revision = "a1"\n' });
  await repo.exec(['add', '-A']);
}

/** What the run printed and its exit code, to compare runs with and without the cache. */
const outcome = async (repo: Repo, args: string[]) => {
  const result = await repo.migcheck(args);
  return `${result.code}\n${result.stdout}\n${result.stderr}`;
};

test('the first runs keep the bytecode they compiled, later runs take it without writing it again', () => withRepo(async (repo) => {
  await history(repo);
  const runs = [['check', '--target', 'main'], ['heads'], ['check', '--target', 'main', '--format', 'json']];
  const first: string[] = [];
  const generationOf = async () => /^[0-9a-f]{8} (\d)$/m.exec((await readFile(cacheFile(repo))).toString('latin1', 0, 400))?.[1];
  // The first GENERATIONS runs each make it again, with what they compiled beside what it held.
  for (let i = 0; i < GENERATIONS; i++) {
    const args = runs[i % runs.length]!;
    const result = await outcome(repo, args);
    if (i < runs.length) first.push(result);
    else assert.is(result, first[i % runs.length], `${args.join(' ')}: the same outcome from a young cache`);
    assert.is(await generationOf(), String(i + 1), `run ${i + 1} made generation ${i + 1}`);
  }
  assert.match(first[0]!, /^1\n/, 'the staged fork is a finding');
  const kept = await stat(cacheFile(repo));
  assert.ok(kept.size > 10_000, `a cache was written (${kept.size} bytes)`);
  for (let round = 0; round < 2; round++) {
    for (const [i, args] of runs.entries()) {
      assert.is(await outcome(repo, args), first[i], `${args.join(' ')}: the same outcome from cached bytecode`);
      const after = await stat(cacheFile(repo));
      assert.is(after.ino, kept.ino, `${args.join(' ')}: the kept cache was taken, not replaced`);
      assert.is(after.mtimeMs, kept.mtimeMs, `${args.join(' ')}: not rewritten`);
    }
  }
}));

test('the cached bundles hold no import(), which a cached script could not run', async () => {
  for (const name of CACHED_BUNDLES) {
    const text = await readFile(join(projectRoot, 'dist', `${name}.cjs`), 'utf8');
    assert.not.match(text, /[^\w$.]import\(/, `dist/${name}.cjs`);
  }
});

test('a damaged, foreign or mismatched cache is never used, and is replaced', () => withRepo(async (repo) => {
  await history(repo);
  const expected = await outcome(repo, ['check', '--target', 'main']);
  const good = await readFile(cacheFile(repo));
  const header = good.subarray(0, good.indexOf(10) + 1);
  const damages: [string, () => Promise<void>][] = [
    ['truncated', () => truncate(cacheFile(repo), header.length + 100)],
    ['bytes flipped after the header', async () => {
      const bad = Buffer.from(good);
      for (let i = header.length; i < bad.length; i += 97) bad[i] = bad[i]! ^ 0xff;
      await writeFile(cacheFile(repo), bad);
    }],
    ['one byte changed in the middle', async () => {
      const bad = Buffer.from(good);
      const middle = (header.length + bad.length) >> 1;
      bad[middle] = bad[middle]! ^ 0x10;
      await writeFile(cacheFile(repo), bad);
    }],
    ['only a header', () => writeFile(cacheFile(repo), header)],
    ['another bundle file\'s identity', () => writeFile(cacheFile(repo), Buffer.concat([Buffer.from(header.toString('latin1').replace(/ (\d+) /, ' 1$1 '), 'latin1'), good.subarray(header.length)]))],
    ['not a cache at all', () => writeFile(cacheFile(repo), 'console.log("pwned")\n')],
    ...(process.getuid?.() === 0 ? [['owned by another user', () => chown(cacheFile(repo), 65534, 65534)] as [string, () => Promise<void>]] : []),
  ];
  for (const [label, damage] of damages) {
    await damage();
    const before = await stat(cacheFile(repo)).catch((e) => { throw new Error(`${label}: before: ${e}`); });
    assert.is(await outcome(repo, ['check', '--target', 'main']), expected, `${label}: the same outcome`);
    const after = await stat(cacheFile(repo)).catch((e) => { throw new Error(`${label}: after: ${e}`); });
    assert.ok(after.ino !== before.ino || after.size !== before.size, `${label}: replaced`);
    assert.is(after.uid, process.getuid?.() ?? after.uid, `${label}: the new file is the user's`);
    assert.ok((await readFile(cacheFile(repo))).subarray(0, header.length).equals(header), `${label}: made for this bundle`);
  }
}));

test('outside a repository, or with GIT_DIR set, nothing is kept and the run answers', () => withRepo(async (repo) => {
  await history(repo);
  const moved = await repo.migcheck(['check', '--target', 'main'], { env: { GIT_DIR: join(repo.dir, '.git') } });
  assert.is(moved.code, 1, moved.stderr);
  assert.not.ok(existsSync(join(repo.dir, '.git', 'migcheck', CODE_CACHE_DIR)), 'GIT_DIR set: no cache');
  const outside = await mkdtemp(join(tmpdir(), 'migcheck-nowhere-'));
  try {
    const version = await run(process.execPath, [migcheckBin, 'heads', '--dir', outside], { cwd: outside, env: cleanEnv() });
    assert.is(version.code, 2, 'not a repository: the contract\'s exit code');
    assert.not.match(version.stderr, /at .*\.cjs:\d+/, 'one line, no stack');
  } finally {
    await rm(outside, { recursive: true, force: true });
  }
}));

test.run();
