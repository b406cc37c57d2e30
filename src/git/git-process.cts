/**
 * The one module that starts git. CommonJS, so the pre-commit fast lane (bin/migcheck.js →
 * fast-lane/quick-check.cjs) can make its single git call before any ES module is loaded: Node's ES
 * module loader alone costs ~10 ms here, a seventh of Node's whole start. No shell, the caller's
 * environment passed through (git sets GIT_INDEX_FILE to a temporary index during
 * `git commit -a` / `git commit <path>`, and the hook must read that index, so it is never unset).
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';

// node:child_process is loaded on the first git call, not with this module: it brings net, dgram
// and the stream machinery (~5 ms), and most commits are answered without starting git at all.
let childProcess: typeof import('node:child_process') | undefined;
const processes = (): typeof import('node:child_process') => (childProcess ??= require('node:child_process') as typeof import('node:child_process'));

/** Where git runs and with which environment (the CLI passes its own `process.env`). */
export interface GitContext {
  /** The working directory for git (the worktree top, or the git dir of a bare repository). */
  cwd: string;
  /** The environment git inherits; GIT_INDEX_FILE / GIT_DIR from a hook flow through untouched. */
  env: NodeJS.ProcessEnv;
}

/**
 * Global options put before every subcommand. `--no-optional-locks` keeps a read-only check from
 * taking index.lock (a concurrent `git commit` must never fail because the hook ran).
 */
export const GIT_GLOBAL_ARGS: readonly string[] = ['--no-optional-locks'];

/**
 * The environment for git: the caller's, with messages forced to English so the few stderr
 * texts migcheck recognises ("not a git repository") do not depend on the user's locale.
 */
export function gitEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  // Copying process.env goes through a native accessor per variable; a run starts several gits
  // with the same environment object, so the copy is made once per object.
  let copy = environments.get(env);
  if (!copy) environments.set(env, (copy = { ...env, LC_ALL: 'C', LANGUAGE: 'C' }));
  return copy;
}

// Keyed by the caller's object: a caller that changes its environment passes another object
// (the CLI never changes process.env after start; tests build a new object per run).
const environments = new WeakMap<NodeJS.ProcessEnv, NodeJS.ProcessEnv>();

/**
 * Starts git with `args` (after the global options) and returns the live process: run-git's
 * runGit and the long-lived `cat-file --batch` reader use it.
 */
export function spawnGit(context: GitContext, args: readonly string[]): ChildProcessWithoutNullStreams {
  return processes().spawn('git', [...GIT_GLOBAL_ARGS, ...args], {
    cwd: context.cwd,
    env: gitEnvironment(context.env),
    stdio: ['pipe', 'pipe', 'pipe'],
    windowsHide: true,
  });
}

/**
 * Runs git to completion synchronously: the fast lane's one call. Undefined when git could not
 * start or did not succeed; the fast lane then leaves the run to the full CLI, which says why.
 */
export function runGitSync(context: GitContext, args: readonly string[]): string | undefined {
  const result = processes().spawnSync('git', [...GIT_GLOBAL_ARGS, ...args], {
    cwd: context.cwd,
    env: gitEnvironment(context.env),
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    windowsHide: true,
  });
  return result.error || result.status !== 0 ? undefined : result.stdout;
}

/**
 * Runs git to completion in the background: the process starts at once, the caller can do its
 * own work meanwhile (the fast lane reads the index while git compares it with HEAD), and the
 * promise gives the output, or undefined when git could not start or did not succeed (ended
 * with an exit code not in `okExits`: `git config --get-regexp` says "nothing matched" with 1).
 */
export function runGitInBackground(context: GitContext, args: readonly string[], okExits: readonly number[] = [0]): Promise<string | undefined> {
  return new Promise((resolve) => {
    let child;
    try {
      child = processes().spawn('git', [...GIT_GLOBAL_ARGS, ...args], { cwd: context.cwd, env: gitEnvironment(context.env), stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true });
    } catch {
      resolve(undefined);
      return;
    }
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.on('error', () => resolve(undefined));
    child.on('close', (code) => resolve(code !== null && okExits.includes(code) ? Buffer.concat(out).toString('utf8') : undefined));
  });
}

/**
 * A git command started before the code that needs its answer was loaded: the CLI starts the
 * `ls-files` of `heads` while the check's bundle loads (fast-lane/start-heads). Its output is used
 * only by a caller that would run exactly this command in exactly this folder.
 */
export interface StartedGit {
  readonly cwd: string;
  readonly args: readonly string[];
  /** The index file's identity (read-index's fileIdentity) when it started: what its output compared the files with. */
  readonly indexIdentity: string;
  /** The output, or undefined when git could not start or did not succeed (the caller then runs it itself). */
  readonly output: Promise<string | undefined>;
}

/** The command of `started` that is `args` in `context`'s folder, else undefined. */
export function startedCommand(started: readonly StartedGit[] | undefined, context: GitContext, args: readonly string[]): StartedGit | undefined {
  return started?.find((one) => one.cwd === context.cwd && one.args.length === args.length && one.args.every((arg, i) => arg === args[i]));
}

/** The output of the command of `started` that is `args` in `context`'s folder, else undefined. */
export async function startedOutput(started: readonly StartedGit[] | undefined, context: GitContext, args: readonly string[]): Promise<string | undefined> {
  return startedCommand(started, context, args)?.output;
}
