#!/usr/bin/env node
// Builds dist/ (the hooks and end-to-end tests run the real bin), runs uvu through tsx, and ends
// with the plain `N passed, N failed, N skipped` line CI reads (uvu's own summary has no
// "failed" line). Usage: node scripts/test.mjs [DIR] [PATTERN]
import { spawnSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
// Type errors fail the run, but the tests still run so every failure is seen at once.
const buildFailed = build.status !== 0;
if (buildFailed) console.log('tsc reported type errors (above); they count as one failure.');
const [dir = 'test', pattern] = process.argv.slice(2);
const args = [join(root, 'node_modules/uvu/bin.js'), '-r', 'tsx', dir, ...(pattern ? [pattern] : []), '-i', 'helpers', '-i', 'fixtures'];
const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
let out = '';
child.stdout.on('data', (chunk) => { out += chunk; process.stdout.write(chunk); });
child.on('close', (code) => {
  const num = (label) => Number(out.match(new RegExp(`^\\s*${label}:\\s+(\\d+)`, 'm'))?.[1] ?? 0);
  const total = num('Total');
  const passed = num('Passed');
  const skipped = num('Skipped');
  // A crash before uvu's summary (an import error) must not read as success.
  const failed = total - passed - skipped + (code !== 0 && total === passed + skipped ? 1 : 0) + (buildFailed ? 1 : 0);
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
  process.exit(buildFailed ? 1 : code ?? 1);
});
