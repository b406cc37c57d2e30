/**
 * Running git to completion: everything else in src/git builds argv arrays and parses `-z`
 * output; this module turns a process started by git-process into its output, a failure to start
 * into one clear line, and a non-zero exit into a GitError.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { MigcheckError } from '../core/errors.js';
import { directoryNotFound, gitFailed, GIT_NOT_FOUND, GIT_NOT_FOUND_HINT } from '../core/messages.js';
import { spawnGit, type GitContext } from './git-process.cjs';

export { GIT_GLOBAL_ARGS, gitEnvironment, spawnGit, startedCommand, startedOutput, type GitContext, type StartedGit } from './git-process.cjs';

/** A git command that failed: its argv, exit code and stderr. Exit 2 ("could not check"). */
export class GitError extends MigcheckError {
  readonly args: readonly string[];
  readonly code: number;
  readonly stderr: string;

  constructor(args: readonly string[], code: number, stderr: string) {
    super(gitFailed(args, stderr));
    this.name = 'GitError';
    this.args = args;
    this.code = code;
    this.stderr = stderr;
  }
}

/** The result of a git command that was allowed to finish with the exit code it had. */
export interface GitResult {
  stdout: string;
  stderr: string;
  code: number;
}

/**
 * Turns a failure to start git into a clear exit-2 error. Node reports a missing working
 * directory as ENOENT too, so that case is told apart from a missing git.
 */
export function spawnFailure(error: unknown, cwd?: string): MigcheckError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' && cwd !== undefined && !existsSync(cwd)) return new MigcheckError(directoryNotFound(cwd), { cause: error });
  if (code === 'ENOENT') return new MigcheckError(GIT_NOT_FOUND, { hint: GIT_NOT_FOUND_HINT, cause: error });
  return new MigcheckError(gitFailed(['(start)'], String((error as Error | undefined)?.message ?? error)), { cause: error });
}

/**
 * Runs git to completion and returns its output. A non-zero exit not listed in `allowExit`
 * rejects with a GitError carrying stderr; `input` is written to stdin (stdin is closed either
 * way, so git never waits on the terminal).
 */
export function runGit(
  context: GitContext,
  args: readonly string[],
  options: { input?: string; allowExit?: readonly number[] } = {},
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    let child: ChildProcessWithoutNullStreams;
    try {
      child = spawnGit(context, args);
    } catch (error) {
      reject(spawnFailure(error, context.cwd));
      return;
    }
    // Decoded as it arrives, not joined into one Buffer first: a listing of 50,000 files is ~5 MB,
    // and freeing a buffer that large raises glibc's threshold for giving an allocation a mapping
    // of its own to that size; what then came from its heap stayed resident after it was freed.
    // A first run at 50,000 peaked ~13 MB lower either way: decoded so, or with that threshold
    // fixed (MALLOC_MMAP_THRESHOLD_).
    const out = new TextDecoder();
    let stdout = '';
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => { stdout += out.decode(chunk, { stream: true }); });
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    // EPIPE when git exits before reading all of stdin is reported through 'close' instead.
    child.stdin.on('error', () => undefined);
    child.on('error', (error) => reject(spawnFailure(error, context.cwd)));
    child.on('close', (code, signal) => {
      const result: GitResult = {
        stdout: stdout + out.decode(),
        stderr: Buffer.concat(err).toString('utf8'),
        code: code ?? (signal ? 128 : 1),
      };
      if (result.code === 0 || options.allowExit?.includes(result.code)) resolve(result);
      else reject(new GitError(args, result.code, result.stderr));
    });
    child.stdin.end(options.input ?? '');
  });
}
