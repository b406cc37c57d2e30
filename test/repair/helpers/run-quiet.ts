/**
 * Runs migcheck and git for the repair tests with stdin closed from the start ('ignore'):
 * test/helpers/repo.ts's `run` ends a stdin pipe that a fast-exiting child has already closed,
 * and the resulting EPIPE is an unhandled 'error' that kills the test process now and then.
 */
import { spawn } from 'node:child_process';
import { cleanEnv, migcheckBin, type Repo, type RunResult } from '../../helpers/repo.js';

function runIgnoringStdin(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal === 'SIGKILL' ? 137 : 128), stdout, stderr }));
  });
}

/** `node bin/migcheck.js ARGS` in the repository. */
export const migcheck = (repo: Repo, args: string[], env: Record<string, string | undefined> = {}) =>
  runIgnoringStdin(process.execPath, [migcheckBin, ...args], repo.dir, cleanEnv(env));

/** `git ARGS` in the repository. */
export const git = (repo: Repo, args: string[]) => runIgnoringStdin('git', args, repo.dir, cleanEnv());
