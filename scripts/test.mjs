#!/usr/bin/env node
// Runs the tests with uvu through tsx and ends with the plain `N passed, N failed, N skipped` line
// CI reads (uvu's own summary has no "failed" line).
//   node scripts/test.mjs              build dist/ (the end-to-end tests run the real bin), type-check
//                                      src/, then every test file, as many at once as the machine
//                                      has cores (MIGCHECK_TEST_JOBS overrides)
//   node scripts/test.mjs --unit       the unit tests only: files that start no process and make no
//                                      repository (found from their imports), outside the load tests
//                                      of stress/ and fuzz/, in one process, without a build
//   node scripts/test.mjs test/reader  one folder (or `test PATTERN`: matching files) in one process
//
// Which tests are unit tests is read from the code, not kept by hand: a test file is an
// end-to-end test when it, or a helper it imports from test/, imports node:child_process or the
// repository helpers. The full run starts the files that took longest last time first (timings
// are kept in node_modules/.cache/migcheck-tests.json; never seen: the largest first), so it ends
// about when its longest file does.
import { spawnSync, spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, posix, relative } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const testDir = join(root, 'test');
const timingsFile = join(root, 'node_modules', '.cache', 'migcheck-tests.json');

/** Every file under test/, as paths relative to it. */
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [relative(testDir, full).split('\\').join('/')];
  });
}

/** The relative imports of a test-side file, resolved to paths under test/ (sources under src/ are left out). */
function importsOf(file) {
  const text = readFileSync(join(testDir, file), 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]);
  return specs.map((spec) => (spec.startsWith('.') ? posix.normalize(posix.join(posix.dirname(file), spec)).replace(/\.js$/, '.ts') : spec));
}

/** True when `file` (or a test helper it imports) starts processes or builds repositories. */
function isEndToEnd(file, seen = new Set()) {
  if (seen.has(file)) return false;
  seen.add(file);
  return importsOf(file).some((spec) =>
    spec === 'node:child_process' || spec === 'child_process' || spec === 'simple-git' || /(^|\/)helpers\/repo\.ts$/.test(spec)
    || (!spec.startsWith('..') && spec.endsWith('.ts') && existsSync(join(testDir, spec)) && isEndToEnd(spec, seen)));
}

const testFiles = () => walk(testDir).filter((file) => file.endsWith('.test.ts'));
/** Folders of load tests: pure, but slow by design (they belong to the full run and `npm run fuzz`). */
const LOAD_TESTS = /^(?:stress|fuzz)\//;
const unitTestFiles = () => testFiles().filter((file) => !isEndToEnd(file) && !LOAD_TESTS.test(file));
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const filesPattern = (files) => `^(?:${files.map(escape).join('|')})$`;

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

/** Runs `units` (each a set of files for one process), `size` at a time, longest first; prints each as it ends. */
async function pool(units, size) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < units.length) {
      const unit = units[next++];
      const started = Date.now();
      const result = await runUvu('test', filesPattern(unit.files));
      const seconds = (Date.now() - started) / 1000;
      process.stdout.write(`${result.out}(${unit.label}: ${seconds.toFixed(1)} s)\n\n`);
      results.push({ ...result, unit, seconds });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, size) }, worker));
  return results;
}

function readTimings() {
  try {
    return JSON.parse(readFileSync(timingsFile, 'utf8'));
  } catch {
    return {};
  }
}

function writeTimings(results) {
  const timings = readTimings();
  for (const { unit, seconds } of results) for (const file of unit.files) timings[file] = seconds / unit.files.length;
  mkdirSync(dirname(timingsFile), { recursive: true });
  writeFileSync(timingsFile, `${JSON.stringify(timings, null, 1)}\n`);
}

/** The units of a full run: every end-to-end file alone, the unit tests together; longest first. */
function fullRunUnits() {
  const files = testFiles();
  const unitFiles = files.filter((file) => !isEndToEnd(file));
  const timings = readTimings();
  const cost = (file) => timings[file] ?? statSync(join(testDir, file)).size / 1000;
  const units = files.filter((file) => isEndToEnd(file)).map((file) => ({ label: file, files: [file], cost: cost(file) }));
  if (unitFiles.length) units.push({ label: `${unitFiles.length} unit test files`, files: unitFiles, cost: unitFiles.reduce((sum, file) => sum + cost(file), 0) });
  return units.sort((a, b) => b.cost - a.cost);
}

function summarise(results, setupFailed) {
  let total = 0, passed = 0, skipped = 0, crashed = 0;
  for (const { out, code } of results) {
    const t = num(out, 'Total'), p = num(out, 'Passed'), s = num(out, 'Skipped');
    total += t; passed += p; skipped += s;
    // A crash before uvu's summary (an import error) must not read as success.
    if (code !== 0 && t === p) crashed += 1;
  }
  const failed = total - passed + crashed + (setupFailed ? 1 : 0);
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
  process.exit(failed > 0 ? 1 : 0);
}

const args = process.argv.slice(2);
if (args[0] === '--unit') {
  const result = await runUvu('test', filesPattern(unitTestFiles()));
  process.stdout.write(result.out);
  summarise([result], false);
} else {
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  const types = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
  // A failed build or type errors fail the run, but the tests still run so every failure is seen at once.
  const setupFailed = build.status !== 0 || types.status !== 0;
  if (setupFailed) console.log('the build or tsc failed (above); that counts as one failure.');
  const [dir, pattern] = args;
  if (dir) {
    const result = await runUvu(dir, pattern);
    process.stdout.write(result.out);
    summarise([result], setupFailed);
  } else {
    const results = await pool(fullRunUnits(), Number(process.env.MIGCHECK_TEST_JOBS) || availableParallelism());
    writeTimings(results);
    summarise(results, setupFailed);
  }
}
