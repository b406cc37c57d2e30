/**
 * Real temporary git repositories for tests. Every git call runs with the GIT_* variables of the
 * surrounding process removed: a test run from inside a hook (or lint-staged) would otherwise
 * read and write the hooked repository's index instead of the temporary one.
 */
import { chmod, mkdtemp, mkdir, rm, writeFile, readFile, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { simpleGit, type SimpleGit } from 'simple-git';

/** The project root (where bin/migcheck.js lives). */
export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const migcheckBin = join(projectRoot, 'bin', 'migcheck.js');

/**
 * Editors and pagers git could start (npm run sets EDITOR=vi): tests never want one, and
 * simple-git refuses to run with them set.
 */
const INTERACTIVE = new Set(['EDITOR', 'VISUAL', 'PAGER']);

/** The process environment without GIT_* variables, with colour off and a fixed identity. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    // GITHUB_* and INPUT_* too: run inside GitHub Actions, a test must not write the real job summary.
    // FORCE_COLOR (uvu sets it) beside NO_COLOR makes Node ≥ 22 print a warning on every start.
    if (!/^(GIT_|GITHUB_|INPUT_|MIGCHECK_|PRE_COMMIT)/.test(key) && !['HUSKY', 'FORCE_COLOR'].includes(key) && !INTERACTIVE.has(key)) env[key] = value;
  }
  Object.assign(env, {
    NO_COLOR: '1',
    GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com',
    GIT_CONFIG_NOSYSTEM: '1',
    // An empty global config keeps the developer's own settings (hooksPath, signing) out.
    GIT_CONFIG_GLOBAL: '/dev/null',
  });
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a program to completion and collects its output; never rejects on a non-zero exit. */
export function run(command: string, args: string[], options: { cwd: string; input?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('close', (code, signal) => { clearTimeout(timer); resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr }); });
    // A program that exits without reading stdin makes the write fail with EPIPE; its exit code
    // already tells what happened, so that error must not crash the test process.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** Writes an executable `sh` script at `path` that runs the built migcheck with `args` (`"$@"`: its own). */
export async function writeMigcheckScript(path: string, args = '"$@"'): Promise<void> {
  await writeFile(path, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(migcheckBin)} ${args}\n`);
  await chmod(path, 0o755);
}

/** A temporary repository with helpers to write files, commit and run migcheck in it. */
export interface Repo {
  dir: string;
  git: SimpleGit;
  /** Runs git with an argv array (no shell) and returns its result. */
  exec(args: string[], options?: { input?: string; env?: Record<string, string | undefined> }): Promise<RunResult>;
  /** Writes files (a null value deletes the file). */
  write(files: Record<string, string | Uint8Array | null>): Promise<void>;
  read(path: string): Promise<string>;
  /** Writes the files, stages everything and commits; returns the new commit id. */
  commit(message: string, files?: Record<string, string | Uint8Array | null>): Promise<string>;
  /** Runs `node bin/migcheck.js ARGS` in the repository. */
  migcheck(args: string[], options?: { input?: string; env?: Record<string, string | undefined>; cwd?: string }): Promise<RunResult>;
  cleanup(): Promise<void>;
}

// simple-git 4 refuses GIT_* variables (and GIT_CONFIG_GLOBAL above all) passed through .env()
// unless told they are intended; they are: cleanEnv sets a fixed identity and points the global
// config at /dev/null to keep the developer's own config out.
const gitOptions = (dir: string) => ({
  baseDir: dir,
  unsafe: { allowUnsafeConfigPaths: true },
  allowEnvironment: Object.keys(cleanEnv()).filter((key) => key.startsWith('GIT_')),
}) as Parameters<typeof simpleGit>[0];

/** Creates an empty repository on branch `main` with test-friendly config. */
export async function makeRepo(options: { bare?: boolean; dir?: string } = {}): Promise<Repo> {
  const dir = options.dir ?? await mkdtemp(join(tmpdir(), 'migcheck-test-'));
  await mkdir(dir, { recursive: true });
  const git = simpleGit(gitOptions(dir)).env(cleanEnv());
  await git.raw(['init', '--quiet', '--initial-branch=main', ...(options.bare ? ['--bare'] : [])]);
  await git.raw(['config', 'gc.auto', '0']);
  await git.raw(['config', 'maintenance.auto', 'false']);
  await git.raw(['config', 'commit.gpgSign', 'false']);
  await git.raw(['config', 'core.autocrlf', 'false']);
  return repoAt(dir, git);
}

/** Wraps an existing directory (a clone, a worktree) in the Repo helpers. */
export function repoAt(dir: string, git: SimpleGit = simpleGit(gitOptions(dir)).env(cleanEnv())): Repo {
  const repo: Repo = {
    dir,
    git,
    exec: (args, opts = {}) => run('git', args, { cwd: dir, input: opts.input, env: cleanEnv(opts.env) }),
    async write(files) {
      for (const [path, content] of Object.entries(files)) {
        const full = join(dir, path);
        if (content === null) {
          await unlink(full).catch(() => undefined);
          continue;
        }
        await mkdir(dirname(full), { recursive: true });
        await writeFile(full, content);
      }
    },
    read: (path) => readFile(join(dir, path), 'utf8'),
    async commit(message, files) {
      if (files) await repo.write(files);
      await git.raw(['add', '-A']);
      await git.raw(['commit', '--quiet', '--no-verify', '--allow-empty', '-m', message]);
      return (await git.raw(['rev-parse', 'HEAD'])).trim();
    },
    migcheck: (args, opts = {}) => run(process.execPath, [migcheckBin, ...args], { cwd: opts.cwd ?? dir, input: opts.input, env: cleanEnv(opts.env) }),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
  return repo;
}

/** Runs `fn` with a fresh repository and removes it afterwards, whatever happens. */
export async function withRepo<T>(fn: (repo: Repo) => Promise<T>): Promise<T> {
  const repo = await makeRepo();
  try {
    return await fn(repo);
  } finally {
    await repo.cleanup();
  }
}

/** True when Debian's Alembic can be imported by /usr/bin/python3 (the differential oracle). */
export async function hasAlembic(): Promise<boolean> {
  try {
    const r = await run('/usr/bin/python3', ['-c', 'import alembic'], { cwd: tmpdir() });
    return r.code === 0;
  } catch {
    return false;
  }
}
