#!/usr/bin/env node
// Builds dist/ (the hooks and end-to-end tests run the real bin), runs uvu through tsx, and ends
// with the plain `N passed, N failed, N skipped` line CI reads (uvu's own summary has no
// "failed" line).
//   node scripts/test.mjs              every test, in parallel shards (most tests wait on git)
//   node scripts/test.mjs test/reader  one folder (or file pattern) in one process
// MIGCHECK_TEST_SHARDS sets the number of shards (default 3).
import { spawnSync, spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
// Type errors fail the run, but the tests still run so every failure is seen at once.
const buildFailed = build.status !== 0;
if (buildFailed) console.log('tsc reported type errors (above); they count as one failure.');

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

// Slow, git-heavy folders first so the greedy split balances the shards.
const WEIGHT = { hooks: 8, edge: 8, init: 5, repair: 6, git: 4, trees: 2, environments: 2, security: 3, alembic: 3, fuzz: 3, stress: 2 };

function shards(count) {
  const testDir = join(root, 'test');
  const units = readdirSync(testDir).filter((name) => !['helpers', 'fixtures'].includes(name))
    .filter((name) => statSync(join(testDir, name)).isDirectory() || name.endsWith('.test.ts'))
    .map((name) => {
      const isDir = statSync(join(testDir, name)).isDirectory();
      // Only *.test.ts files are suites; builders beside them are imported, not run.
      return { name: isDir ? `${name}/.*` : name.replace(/\.test\.ts$/, ''), weight: WEIGHT[name] ?? (isDir ? 1 : 0.2) };
    })
    .sort((a, b) => b.weight - a.weight);
  const bins = Array.from({ length: count }, () => ({ names: [], weight: 0 }));
  for (const unit of units) {
    const bin = bins.reduce((min, b) => (b.weight < min.weight ? b : min));
    bin.names.push(unit.name);
    bin.weight += unit.weight;
  }
  return bins.filter((b) => b.names.length > 0).map((b) => `^(?:${b.names.join('|')})\\.test\\.ts$`);
}

const [dir, pattern] = process.argv.slice(2);
const runs = dir
  ? [runUvu(dir, pattern)]
  : shards(Number(process.env.MIGCHECK_TEST_SHARDS ?? 3)).map((p) => runUvu('test', p));
const results = await Promise.all(runs);
let total = 0, passed = 0, skipped = 0, crashed = 0;
for (const { out, code } of results) {
  process.stdout.write(out);
  const t = num(out, 'Total'), p = num(out, 'Passed'), s = num(out, 'Skipped');
  total += t; passed += p; skipped += s;
  // A crash before uvu's summary (an import error) must not read as success.
  if (code !== 0 && t === p) crashed += 1;
}
const failed = total - passed + crashed + (buildFailed ? 1 : 0);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
