/**
 * The code cache of the bundles, through the built bin in real repositories: the first runs keep
 * the bytecode of migcheck.cjs and check.cjs in the user's cache folder
 * (`$XDG_CACHE_HOME/migcheck/code-cache-v2/`), each with what it compiled, and later runs take it
 * (the file is not written again, which it is whenever V8 refuses it or it does not fit the
 * bundle); a damaged (even by one byte), truncated, foreign or mismatched file, one owned by
 * another user, or a folder others may write to, is never used, and every run prints what a run
 * without any cache prints. Two installed copies keep a file each; without a cache folder the run
 * answers all the same.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chmod, chown, cp, mkdir, mkdtemp, readFile, readdir, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CACHED_BUNDLES, CODE_CACHE_DIR, GENERATIONS } from '../../src/cache/code-cache.cjs';
import { migcheckBin, projectRoot, run, cleanEnv, withRepo, type Repo } from '../helpers/repo.js';

/** A private cache root for one test, and the code cache folder in it. */
async function cacheHome(): Promise<{ root: string; folder: string; done: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'migcheck-xdg-'));
  return { root, folder: join(root, 'migcheck', CODE_CACHE_DIR), done: () => rm(root, { recursive: true, force: true }) };
}

/** The cache file of dist/`bundle`.cjs of the install at `install` (named by the bundle file's device and inode). */
async function cacheFile(folder: string, bundle: string, install = projectRoot): Promise<string> {
  const info = await stat(join(install, 'dist', `${bundle}.cjs`));
  return join(folder, `${bundle}-${info.dev}-${info.ino}.bin`);
}

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
const outcome = async (repo: Repo, args: string[], env: Record<string, string | undefined>) => {
  const result = await repo.migcheck(args, { env });
  return `${result.code}\n${result.stdout}\n${result.stderr}`;
};

const generationOf = async (file: string) => /^\d+ (\d)$/m.exec((await readFile(file)).toString('latin1', 0, 400))?.[1];

test('the first runs keep the bytecode they compiled, later runs take it without writing it again', () => withRepo(async (repo) => {
  await history(repo);
  const home = await cacheHome();
  try {
    const env = { XDG_CACHE_HOME: home.root };
    const files = await Promise.all(['migcheck', 'check'].map((bundle) => cacheFile(home.folder, bundle)));
    const runs = [['check', '--target', 'main'], ['heads'], ['check', '--target', 'main', '--format', 'json']];
    const first: string[] = [];
    // The first GENERATIONS runs each make them again, with what they compiled beside what they held.
    for (let i = 0; i < GENERATIONS; i++) {
      const args = runs[i % runs.length]!;
      const result = await outcome(repo, args, env);
      if (i < runs.length) first.push(result);
      else assert.is(result, first[i % runs.length], `${args.join(' ')}: the same outcome from a young cache`);
      for (const file of files) assert.is(await generationOf(file), String(i + 1), `run ${i + 1} made generation ${i + 1} of ${file}`);
    }
    assert.match(first[0]!, /^1\n/, 'the staged fork is a finding');
    assert.is(first[0], await outcome(repo, runs[0]!, { XDG_CACHE_HOME: undefined, HOME: undefined }), 'the same outcome with no cache at all');
    const folder = await stat(home.folder);
    assert.is(folder.mode & 0o777, 0o700, 'the folder is the user\'s alone');
    const kept = await Promise.all(files.map((file) => stat(file)));
    for (const [i, info] of kept.entries()) {
      assert.ok(info.size > 10_000, `a cache was written (${files[i]}: ${info.size} bytes)`);
      assert.is(info.mode & 0o777, 0o600, 'the file is the user\'s alone');
    }
    for (let round = 0; round < 2; round++) {
      for (const [i, args] of runs.entries()) {
        assert.is(await outcome(repo, args, env), first[i], `${args.join(' ')}: the same outcome from cached bytecode`);
        for (const [k, file] of files.entries()) {
          const after = await stat(file);
          assert.is(after.ino, kept[k]!.ino, `${args.join(' ')}: ${file} was taken, not replaced`);
          assert.is(after.mtimeMs, kept[k]!.mtimeMs, `${args.join(' ')}: ${file} not rewritten`);
        }
      }
    }
  } finally {
    await home.done();
  }
}));

test('the cached bundles hold no import(), which a cached script could not run', async () => {
  assert.ok(CACHED_BUNDLES.includes('migcheck') && CACHED_BUNDLES.includes('check'));
  for (const name of CACHED_BUNDLES) {
    const text = await readFile(join(projectRoot, 'dist', `${name}.cjs`), 'utf8');
    assert.not.match(text, /[^\w$.]import\(/, `dist/${name}.cjs`);
  }
});

test('a damaged, foreign or mismatched cache is never used, and is replaced', () => withRepo(async (repo) => {
  await history(repo);
  const home = await cacheHome();
  try {
    const env = { XDG_CACHE_HOME: home.root };
    const expected = await outcome(repo, ['check', '--target', 'main'], env);
    for (const bundle of ['migcheck', 'check']) {
      const file = await cacheFile(home.folder, bundle);
      const good = await readFile(file);
      const header = good.subarray(0, good.indexOf(10) + 1);
      const body = good.indexOf(10, header.length) + 1;
      const damages: [string, () => Promise<void>][] = [
        ['truncated', () => truncate(file, header.length + 100)],
        ['one copy cut short', () => truncate(file, good.length - 1)],
        ['bytes flipped in the second copy', async () => {
          const bad = Buffer.from(good);
          for (let i = (body + bad.length) >> 1; i < bad.length; i += 97) bad[i] = bad[i]! ^ 0xff;
          await writeFile(file, bad);
        }],
        ['a page of zeros in the first copy (a block lost in a crash)', async () => {
          const bad = Buffer.from(good);
          bad.fill(0, body + 4096, body + 8192);
          await writeFile(file, bad);
        }],
        ['one byte changed in the middle', async () => {
          const bad = Buffer.from(good);
          const middle = (body + bad.length) >> 1;
          bad[middle] = bad[middle]! ^ 0x10;
          await writeFile(file, bad);
        }],
        ['only a header', () => writeFile(file, header)],
        ['another bundle file\'s identity', () => writeFile(file, Buffer.concat([Buffer.from(header.toString('latin1').replace(/ (\d+) /, ' 1$1 '), 'latin1'), good.subarray(header.length)]))],
        ['not a cache at all', () => writeFile(file, 'console.log("pwned")\n')],
        ...(process.getuid?.() === 0 ? [['owned by another user', () => chown(file, 65534, 65534)] as [string, () => Promise<void>]] : []),
      ];
      for (const [label, damage] of damages) {
        await damage();
        const before = await stat(file).catch((e) => { throw new Error(`${bundle} ${label}: before: ${e}`); });
        assert.is(await outcome(repo, ['check', '--target', 'main'], env), expected, `${bundle} ${label}: the same outcome`);
        const after = await stat(file).catch((e) => { throw new Error(`${bundle} ${label}: after: ${e}`); });
        assert.ok(after.ino !== before.ino || after.size !== before.size, `${bundle} ${label}: replaced`);
        assert.is(after.uid, process.getuid?.() ?? after.uid, `${bundle} ${label}: the new file is the user's`);
        assert.ok((await readFile(file)).subarray(0, header.length).equals(header), `${bundle} ${label}: made for this bundle`);
      }
    }
  } finally {
    await home.done();
  }
}));

test('a folder others may write to is neither read nor written', () => withRepo(async (repo) => {
  await history(repo);
  const home = await cacheHome();
  try {
    const env = { XDG_CACHE_HOME: home.root };
    const expected = await outcome(repo, ['check', '--target', 'main'], env);
    const file = await cacheFile(home.folder, 'migcheck');
    const good = await stat(file);
    await chmod(home.folder, 0o777);
    // A planted file of the right name: never taken (its bytes would fail anyway; the folder decides first).
    assert.is(await outcome(repo, ['check', '--target', 'main'], env), expected, 'the same outcome');
    const after = await stat(file);
    assert.is(after.ino, good.ino, 'not rewritten either');
    assert.is(after.mtimeMs, good.mtimeMs, 'not touched');
  } finally {
    await home.done();
  }
}));

test('two installed copies keep a file each and do not take turns rewriting one', () => withRepo(async (repo) => {
  await history(repo);
  const home = await cacheHome();
  const other = await mkdtemp(join(tmpdir(), 'migcheck-install-'));
  try {
    for (const part of ['bin', 'dist', 'package.json']) await cp(join(projectRoot, part), join(other, part), { recursive: true });
    const env = cleanEnv({ XDG_CACHE_HOME: home.root });
    const bins = [migcheckBin, join(other, 'bin', 'migcheck.js')];
    const outcomes = new Set<string>();
    for (let i = 0; i < GENERATIONS; i++) {
      for (const bin of bins) {
        const r = await run(process.execPath, [bin, 'check', '--target', 'main'], { cwd: repo.dir, env });
        outcomes.add(`${r.code}\n${r.stdout}\n${r.stderr}`);
      }
    }
    assert.is(outcomes.size, 1, [...outcomes].join('\n---\n'));
    const files = [await cacheFile(home.folder, 'migcheck'), await cacheFile(home.folder, 'migcheck', other)];
    assert.is.not(files[0], files[1]);
    for (const file of files) assert.is(await generationOf(file), String(GENERATIONS), `${file}: made by its own install's runs only`);
    const names = (await readdir(home.folder)).sort();
    assert.equal(names.filter((name) => name.startsWith('migcheck-')).length, 2, names.join(', '));
  } finally {
    await home.done();
    await rm(other, { recursive: true, force: true });
  }
}));

test('without a cache folder (no HOME, a relative XDG_CACHE_HOME) the run answers and keeps nothing', () => withRepo(async (repo) => {
  await history(repo);
  const home = await cacheHome();
  try {
    const expected = await outcome(repo, ['check', '--target', 'main'], { XDG_CACHE_HOME: home.root });
    await rm(join(home.root, 'migcheck'), { recursive: true, force: true });
    assert.is(await outcome(repo, ['check', '--target', 'main'], { XDG_CACHE_HOME: undefined, HOME: undefined }), expected, 'no HOME');
    // A relative XDG_CACHE_HOME is ignored (the XDG rule), and HOME's .cache serves.
    await mkdir(join(home.root, 'home'));
    assert.is(await outcome(repo, ['check', '--target', 'main'], { XDG_CACHE_HOME: 'relative', HOME: join(home.root, 'home') }), expected, 'relative XDG_CACHE_HOME');
    assert.ok(existsSync(join(home.root, 'home', '.cache', 'migcheck', CODE_CACHE_DIR)), 'HOME/.cache used');
    assert.not.ok(existsSync(join(repo.dir, 'relative')), 'nothing written under a relative path');
    const outside = await mkdtemp(join(tmpdir(), 'migcheck-nowhere-'));
    try {
      const r = await run(process.execPath, [migcheckBin, 'heads', '--dir', outside], { cwd: outside, env: cleanEnv({ XDG_CACHE_HOME: home.root }) });
      assert.is(r.code, 2, 'not a repository: the contract\'s exit code');
      assert.not.match(r.stderr, /at .*\.cjs:\d+/, 'one line, no stack');
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  } finally {
    await home.done();
  }
}));

test.run();
