#!/usr/bin/env node
// Builds dist/ (the hooks and end-to-end tests run the real bin), runs uvu through tsx, and ends
// with the plain `N passed, N failed, N skipped` line CI reads (uvu's own summary has no
// "failed" line).
//   node scripts/test.mjs              every test folder, several at once (most tests wait on git)
//   node scripts/test.mjs test/reader  one folder (or file pattern) in one process
// MIGCHECK_TEST_JOBS sets how many folders run at once (default 4).
import { spawnSync, spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
const types = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
// A failed build or type errors fail the run, but the tests still run so every failure is seen at once.
const buildFailed = build.status !== 0 || types.status !== 0;
if (buildFailed) console.log('the build or tsc failed (above); that counts as one failure.');

/** Runs one uvu process; resolves to its output and exit code. */
function runUvu(dir, pattern) {
  const args = [join(root, 'node_modules/uvu/bin.js'), '-r', 'tsx', dir, ...(pattern ? [pattern] : []), '-i', 'helpers', '-i', 'fixtures'];
  return new Promise((resolve) => {
    const env = { ...process.env, NO_COLOR: '1' };
    delete env.FORCE_COLOR; // Node warns when both are set.
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => { out += chunk; });
    child.stderr.on('data', (chunk) => { out += chunk; });
    child.on('close', (code) => resolve({ out, code: code ?? 1 }));
  });
}

const num = (out, label) => Number(out.match(new RegExp(`^\\s*${label}:\\s+(\\d+)`, 'm'))?.[1] ?? 0);

// Slow, git-heavy folders start first; a pool of workers takes the next folder as one finishes,
// so the run ends about when its longest folder does.
const WEIGHT = { edge: 10, check: 8, repair: 8, hooks: 8, security: 6, init: 5, labels: 5, commands: 4, git: 4, alembic: 3, fuzz: 3, environments: 2, trees: 2, stress: 2 };

/** One uvu pattern per test folder (and one for the loose top-level test files), heaviest first. */
function units() {
  const testDir = join(root, 'test');
  const names = readdirSync(testDir).filter((name) => !['helpers', 'fixtures'].includes(name));
  const dirs = names.filter((name) => statSync(join(testDir, name)).isDirectory());
  const loose = names.filter((name) => name.endsWith('.test.ts')).map((name) => name.replace(/\.test\.ts$/, ''));
  // Only *.test.ts files are suites; builders beside them are imported, not run.
  const list = dirs.map((dir) => ({ label: dir, pattern: `^${dir}/.*\\.test\\.ts$`, weight: WEIGHT[dir] ?? 1 }));
  if (loose.length) list.push({ label: 'top-level', pattern: `^(?:${loose.join('|')})\\.test\\.ts$`, weight: 0.5 });
  return list.sort((a, b) => b.weight - a.weight);
}

async function pool(list, size) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const unit = list[next++];
      const started = Date.now();
      const result = await runUvu('test', unit.pattern);
      process.stdout.write(`${result.out}(${unit.label}: ${((Date.now() - started) / 1000).toFixed(1)} s)\n\n`);
      results.push(result);
    }
  };
  await Promise.all(Array.from({ length: size }, worker));
  return results;
}

const [dir, pattern] = process.argv.slice(2);
const results = dir ? [await runUvu(dir, pattern)] : await pool(units(), Number(process.env.MIGCHECK_TEST_JOBS ?? 4));
if (dir) process.stdout.write(results[0].out);
let total = 0, passed = 0, skipped = 0, crashed = 0;
for (const { out, code } of results) {
  const t = num(out, 'Total'), p = num(out, 'Passed'), s = num(out, 'Skipped');
  total += t; passed += p; skipped += s;
  // A crash before uvu's summary (an import error) must not read as success.
  if (code !== 0 && t === p) crashed += 1;
}
const failed = total - passed + crashed + (buildFailed ? 1 : 0);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
