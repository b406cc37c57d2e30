/**
 * Shared pieces of the git edge-case and security tests: the seed story's main branch, the
 * bypassing and re-pointed versions of the seed's n0o1p2q3r4s5, a real pre-commit hook that runs
 * migcheck, and the assertions every hostile-input case makes (a contract exit code, no stack
 * trace, a clear first line).
 */
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { writeMigcheckScript, type Repo, type RunResult } from '../helpers/repo.js';
import { revisionText } from '../helpers/revision-files.js';
import { seedChain1, seedFiles, seedPath, seedShared, seedSpec } from '../helpers/seed-story.js';

/** The head of chain 1 (what a new migration on main must build on). */
export const CHAIN1_HEAD = 'k8l9m0n1o2p3';
/** The fork point the bypassing migration names. */
export const FORK_POINT = 'f8g9h0i1j2k3';
/** The seed migration a branch adds. */
export const NEW_REV = 'n0o1p2q3r4s5';
export const NEW_PATH = seedPath(seedSpec(NEW_REV));

/** The text of n0o1p2q3r4s5 built on `down` (FORK_POINT bypasses chain 1; CHAIN1_HEAD is right). */
export function newRevision(down: string, message = 'add symbol analytics tables'): string {
  return revisionText({ rev: NEW_REV, down: [down], message });
}

/** The seed's main branch: shared history plus chain 1, one commit (hooks bypassed). */
export async function commitSeedMain(repo: Repo): Promise<string> {
  return repo.commit('main: shared history and chain 1', seedFiles([...seedShared, ...seedChain1]));
}

/** Installs `.git/hooks/pre-commit` that execs `migcheck check` (the plain hook, written by hand). */
export async function installHook(repo: Repo, hook = 'pre-commit', command = 'check', gitDir = join(repo.dir, '.git')): Promise<void> {
  const path = join(gitDir, 'hooks', hook);
  await writeMigcheckScript(path, command);
}

/** No stack frame and no Node internals anywhere in the output. */
export function assertNoTrace(r: RunResult): void {
  const all = `${r.stdout}\n${r.stderr}`;
  assert.not.match(all, /^\s+at /m, `stack frame in output:\n${all}`);
  assert.not.ok(all.includes('node:internal'), `node internals in output:\n${all}`);
  assert.not.ok(/\b(TypeError|ReferenceError|RangeError|SyntaxError)\b/.test(r.stderr), `raw JS error in stderr:\n${r.stderr}`);
}

/** Exit code `code`, no stack trace. */
export function assertExit(r: RunResult, code: 0 | 1 | 2): void {
  assert.is(r.code, code, `expected exit ${code}, got ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  assertNoTrace(r);
}

/**
 * Exit 2 with one clear `migcheck: …` line (plus at most a hint line) that matches `pattern`,
 * and nothing on stdout.
 */
export function assertCouldNotCheck(r: RunResult, pattern: RegExp): void {
  assertExit(r, 2);
  const lines = r.stderr.trimEnd().split('\n');
  assert.ok(lines.length <= 2, `more than a message and a hint:\n${r.stderr}`);
  assert.match(lines[0]!, /^migcheck: /);
  assert.match(r.stderr, pattern);
  assert.is(r.stdout, '');
}

/** The contract's JSON report of a run. */
export function report(r: RunResult): { ok: boolean; environments: { dir: string; findings: { code: string; severity: string; revision?: string; file?: string; bypassed?: string[] }[] }[] } {
  try {
    return JSON.parse(r.stdout);
  } catch {
    assert.unreachable(`stdout is not JSON (exit ${r.code}):\n${r.stdout}\nstderr: ${r.stderr}`);
    throw new Error('unreachable');
  }
}

/** `code:revision` of every finding of a JSON report, sorted. */
export function findingCodes(r: RunResult): string[] {
  return report(r).environments.flatMap((e) => e.findings.map((f) => `${f.code}:${f.revision ?? ''}`)).sort();
}
