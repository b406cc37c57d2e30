/**
 * Runs the built bin with a preload that writes, at exit, every file the process required (the
 * bundles are CommonJS, so Node's module cache names them all): what a run loaded, for tests that
 * keep code out of a path (no database driver on a hook, no full check on a warm commit).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, migcheckBin, run, type RunResult } from './repo.js';

export async function runListingLoads(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<{ result: RunResult; loaded: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'migcheck-loads-'));
  try {
    const log = join(dir, 'loaded.txt');
    const preload = join(dir, 'preload.cjs');
    await writeFile(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(log)}, Object.keys(require.cache).join('\\n')));\n`);
    const result = await run(process.execPath, ['--require', preload, migcheckBin, ...args], { cwd: options.cwd, env: options.env ?? cleanEnv() });
    return { result, loaded: (await readFile(log, 'utf8')).split('\n').filter(Boolean) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
