// The committed build: dist/ is what src/ builds to (deterministically), needs nothing but Node
// (an installation without node_modules checks the seed's bypass), keeps the rarely used
// commands out of the file every run reads, and `build.mjs --check` (what .ci/run runs) fails with
// a clear line when dist/ is stale.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinModules } from 'node:module';
import { cleanEnv, makeRepo, projectRoot, run } from '../helpers/repo.js';
import { postgresServer } from '../helpers/postgres.js';

/** Whether this Node has node:sqlite without a flag. */
const hasNodeSqlite = () => {
  try {
    return Boolean((process as unknown as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule?.('node:sqlite'));
  } catch {
    return false;
  }
};
import { FORK_POINT, NEW_PATH, newRevision, seedMain } from '../check/check-helpers.js';

const build = (cwd: string, ...args: string[]) => run(process.execPath, [join(cwd, 'scripts', 'build.mjs'), ...args], { cwd, env: cleanEnv() });

test('dist/ matches a fresh build of src/, and a stale dist/ fails the check with the fix', async () => {
  const fresh = await build(projectRoot, '--check');
  assert.is(fresh.code, 0, fresh.stderr);
  // A copy of the project whose dist/ is one byte off.
  const copy = await mkdtemp(join(tmpdir(), 'migcheck-build-'));
  try {
    for (const part of ['src', 'scripts', 'dist', 'bin', 'package.json', 'tsconfig.json']) await cp(join(projectRoot, part), join(copy, part), { recursive: true });
    // Linked, as a shared install would be: the bundles must not depend on it.
    await symlink(join(projectRoot, 'node_modules'), join(copy, 'node_modules'));
    assert.is((await build(copy, '--check')).code, 0, 'a copy elsewhere builds to the same bytes');
    await writeFile(join(copy, 'dist', 'help.cjs'), `${await readFile(join(copy, 'dist', 'help.cjs'), 'utf8')}\n`);
    await writeFile(join(copy, 'dist', 'stray.cjs'), '');
    const stale = await build(copy, '--check');
    assert.is(stale.code, 1);
    assert.is(stale.stderr, 'dist/ is stale: help.cjs, stray.cjs differ from a fresh build of src/. Run `npm run bundle` and commit dist/.\n');
    // `npm run bundle` puts it right.
    assert.is((await build(copy)).code, 0);
    assert.is((await build(copy, '--check')).code, 0);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
});

test('zero runtime dependencies: an installation of bin/, dist/, hooks/ and package.json alone blocks the seed’s bypass', async () => {
  const pkg = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8'));
  assert.equal(Object.keys(pkg.dependencies ?? {}), []);
  assert.is(pkg.scripts.prepare, undefined, 'no prepare script (it breaks the pre-commit framework’s npm pack)');
  const install = await mkdtemp(join(tmpdir(), 'migcheck-install-'));
  const repo = await makeRepo();
  try {
    for (const part of ['bin', 'dist', 'hooks', 'package.json']) await cp(join(projectRoot, part), join(install, part), { recursive: true });
    await seedMain(repo);
    await repo.exec(['checkout', '-q', '-b', 'feature']);
    await repo.write({ [NEW_PATH]: newRevision(FORK_POINT), 'pyproject.toml': '[tool.migcheck]\ntarget = "main"\n' });
    await repo.exec(['add', '-A']);
    const bin = join(install, 'bin', 'migcheck.js');
    const checked = await run(process.execPath, [bin, 'check'], { cwd: repo.dir, env: cleanEnv() });
    assert.is(checked.code, 1, checked.stdout + checked.stderr);
    assert.match(checked.stdout, /bypassed-chain/);
    for (const args of [['--help'], ['--version'], ['init', '--dry-run'], ['rebase-plan'], ['graph']]) {
      const r = await run(process.execPath, [bin, ...args], { cwd: repo.dir, env: cleanEnv() });
      assert.is(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
    }
    // migcheck db reads PostgreSQL with the driver inside dist/db.cjs (a database with no version table: exit 1).
    const server = await postgresServer();
    if (server) {
      const r = await run(process.execPath, [bin, 'db', 'status', server], { cwd: repo.dir, env: cleanEnv() });
      assert.is(r.code, 1, r.stdout + r.stderr);
      assert.match(r.stdout, /no version table alembic_version/);
      assert.not.match(r.stdout + r.stderr, new RegExp(new URL(server).password));
    }
    // SQLite: node:sqlite where this Node has it; else sql.js, which this installation lacks — one line saying so.
    const file = join(install, 'empty.db');
    await writeFile(file, '');
    const lite = await run(process.execPath, [bin, 'db', 'status', `sqlite:///${file}`], { cwd: repo.dir, env: cleanEnv() });
    if (hasNodeSqlite()) assert.match(lite.stdout, /no version table/, lite.stderr);
    else {
      assert.is(lite.code, 2, lite.stdout + lite.stderr);
      assert.match(lite.stderr, /^migcheck: reading SQLite needs node:sqlite \(Node 22\.13 or later\) or the sql\.js package; .* run npm install sql\.js/);
    }
  } finally {
    await repo.cleanup();
    await rm(install, { recursive: true, force: true });
  }
});

test('the file every run reads holds argv, the table and the fast lane, not the commands', async () => {
  const files = (await readdir(join(projectRoot, 'dist'))).sort();
  assert.ok(files.includes('migcheck.cjs') && files.includes('check.cjs') && files.includes('help.cjs'), files.join(', '));
  const first = await readFile(join(projectRoot, 'dist', 'migcheck.cjs'), 'utf8');
  for (const present of [/function parseArgv\(/, /function quickCheck\(/, /\bCOMMANDS\s*=/]) assert.match(first, present, `migcheck.cjs has ${present}`);
  for (const absent of ['smol-toml', 'function helpText', 'function renderPlanText', 'function analyseEnvironment', 'function planHusky']) {
    assert.not.ok(first.includes(absent), `migcheck.cjs leaves out ${absent}`);
  }
  // The bin's first file is the code cache's loader alone; a warm commit's answer leaves the full check out.
  const boot = await readFile(join(projectRoot, 'dist', 'boot.cjs'), 'utf8');
  assert.match(boot, /function requireBundle\(/);
  assert.ok(boot.length < 16_000 && !/function parseArgv\(|function quickCheck\(/.test(boot), `boot.cjs is the loader only (${boot.length} bytes)`);
  const warm = await readFile(join(projectRoot, 'dist', 'warm.cjs'), 'utf8');
  assert.match(warm, /function checkFromSummaries\(/);
  for (const absent of ['function checkTree(', 'function analyseEnvironment(', 'function loadTrees(']) assert.not.ok(warm.includes(absent), `warm.cjs leaves out ${absent}`);
  // `heads` answered from the summaries reads neither the tree loader nor the check.
  const headsAnswer = await readFile(join(projectRoot, 'dist', 'heads-answer.cjs'), 'utf8');
  assert.match(headsAnswer, /function worktreeSummaryHeads\(/);
  for (const absent of ['function checkTree(', 'function analyseEnvironment(', 'function loadTrees(', 'function readGraphs(']) assert.not.ok(headsAnswer.includes(absent), `heads-answer.cjs leaves out ${absent}`);
  // explain has its own file: no file a hook reads carries it, and it reads the database code from db.cjs only with --db.
  assert.ok(files.includes('explain.cjs'), files.join(', '));
  for (const hooked of ['boot.cjs', 'migcheck.cjs', 'warm.cjs', 'heads-answer.cjs', 'check.cjs']) {
    assert.not.ok((await readFile(join(projectRoot, 'dist', hooked), 'utf8')).includes('function explainEnvironment'), `${hooked} leaves out explain`);
  }
  // The error class the CLI's catch recognises exists once: the other bundles take it from there.
  assert.match(first, /\bMigcheckError\s*=\s*class extends Error/);
  for (const file of files.filter((name) => name !== 'migcheck.cjs')) {
    const text = await readFile(join(projectRoot, 'dist', file), 'utf8');
    assert.not.match(text, /MigcheckError\s*=\s*class/, `${file} has its own MigcheckError`);
  }
  // Every require of a bundle is Node's own or a sibling bundle: nothing to install. db.cjs holds
  // pg, whose own optional modules stay requires that migcheck never reaches (pg-native through
  // pg.native only, pg-cloudflare on Cloudflare Workers only); sql.js is an optional peer, imported
  // only where Node has no node:sqlite.
  const optional: Record<string, string[]> = { 'db.cjs': ['pg-native', 'pg-cloudflare'] };
  for (const file of files) {
    const text = await readFile(join(projectRoot, 'dist', file), 'utf8');
    const required = [...text.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!);
    assert.equal(required.filter((name) => !name.startsWith('node:') && !/^\.\/[\w-]+\.cjs$/.test(name) && !builtinModules.includes(name) && !(optional[file] ?? []).includes(name)), [], file);
    const imported = [...text.matchAll(/import\("([^"]+)"\)/g)].map((m) => m[1]!);
    assert.equal(imported.filter((name) => !name.startsWith('node:') && !(file === 'db.cjs' && name.startsWith('sql.js/'))), [], file);
  }
  // The database driver is in db.cjs alone.
  for (const file of files) {
    const text = await readFile(join(projectRoot, 'dist', file), 'utf8');
    assert.is(text.includes('node_modules/pg/lib/client.js'), file === 'db.cjs', file);
  }
});

test.run();
