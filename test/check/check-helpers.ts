/**
 * Shared pieces of the `check` / `pre-push` acceptance tests: the seed's branches built in a real
 * repository, the assertions every run makes (exact exit code, no stack trace), and the
 * "could not check" shape (exit 2, one `migcheck: …` line plus at most a hint, nothing on stdout).
 */
import * as assert from 'uvu/assert';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv } from '../helpers/repo.js';
import type { Repo, RunResult } from '../helpers/repo.js';
import { revisionText } from '../helpers/revision-files.js';
import { seedChain1, seedFiles, seedPath, seedShared, seedSpec } from '../helpers/seed-story.js';

/** Production's head: where both chains fork. */
export const FORK_POINT = 'f8g9h0i1j2k3';
/** The head of chain 1 once it is on main. */
export const CHAIN1_HEAD = 'k8l9m0n1o2p3';
/** The head of chain 2. */
export const CHAIN2_HEAD = 'r4s5t6u7v8w9';
/** The seed's bypassing migration. */
export const NEW_REV = 'n0o1p2q3r4s5';
export const NEW_PATH = seedPath(seedSpec(NEW_REV));
export const ZEROS = '0'.repeat(40);
export const CHAIN1_IDS = seedChain1.map((s) => s.rev);

/** n0o1p2q3r4s5's text with `down` as its parent. */
export function newRevision(down: string): string {
  return revisionText({ ...seedSpec(NEW_REV), down: [down] });
}

/** The 1-based line of `down_revision` in a revision file's text (where annotations point). */
export function downRevisionLine(text: string): number {
  const index = text.split('\n').findIndex((line) => line.startsWith('down_revision'));
  assert.ok(index >= 0, 'no down_revision line');
  return index + 1;
}

/**
 * main = shared history, then chain 1 in a second commit; `staleBranch` is a branch made before
 * chain 1 landed. Leaves main checked out. Returns both commits.
 */
export async function seedMain(repo: Repo, staleBranch = 'stale'): Promise<{ shared: string; main: string }> {
  const shared = await repo.commit('shared history up to f8g9h0i1j2k3', seedFiles(seedShared));
  await repo.exec(['branch', staleBranch]);
  const main = await repo.commit('chain 1 (16 migrations)', seedFiles(seedChain1, false));
  return { shared, main };
}

/** No stack frame, no Node internals, no raw JS error anywhere in the output. */
export function assertNoTrace(r: RunResult): void {
  const all = `${r.stdout}\n${r.stderr}`;
  assert.not.match(all, /\n\s+at /, `stack frame in output:\n${all}`);
  assert.not.ok(all.includes('node:internal'), `node internals in output:\n${all}`);
  assert.not.match(r.stderr, /\b(TypeError|ReferenceError|RangeError|SyntaxError)\b|internal error/, `internal failure:\n${r.stderr}`);
}

/** Exit `code` (with the output in the failure message) and no stack trace. */
export function assertExit(r: RunResult, code: 0 | 1 | 2): void {
  assert.is(r.code, code, `expected exit ${code}, got ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  assertNoTrace(r);
}

/** Exit 2: stdout empty, stderr exactly `migcheck: <message>\n` plus the hint line when given. */
export function assertCouldNotCheck(r: RunResult, message: string | RegExp, hint?: string | RegExp): void {
  assertExit(r, 2);
  assert.is(r.stdout, '', 'nothing on stdout');
  const lines = r.stderr.split('\n');
  assert.is(lines.pop(), '', 'stderr ends with a newline');
  assert.ok(lines.length === 1 || lines.length === 2, `one line plus at most a hint:\n${r.stderr}`);
  if (typeof message === 'string') assert.is(lines[0], `migcheck: ${message}`);
  else assert.match(lines[0]!, message);
  if (hint === undefined) return;
  assert.is(lines.length, 2, `a hint line:\n${r.stderr}`);
  if (typeof hint === 'string') assert.is(lines[1], hint);
  else assert.match(lines[1]!, hint);
}

/** The JSON document of a run (fails the test with the output when it is not JSON). */
export function json(r: RunResult): any {
  try {
    return JSON.parse(r.stdout);
  } catch {
    assert.unreachable(`stdout is not JSON (exit ${r.code}):\n${r.stdout}\nstderr: ${r.stderr}`);
    return undefined;
  }
}

/** `code:severity:revision` of every finding of a JSON report, per environment dir. */
export function findingSummary(r: RunResult): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const env of json(r).environments) out[env.dir] = env.findings.map((f: any) => `${f.code}:${f.severity}:${f.revision ?? ''}`);
  return out;
}

/** A `git` on PATH that logs each call's argv (one line per call) and then runs the real git. */
export interface GitSpy {
  /** The environment that puts the spy first on PATH. */
  env: { PATH: string };
  /** The calls so far, one argv (space-joined) each. */
  calls(): Promise<string[]>;
  cleanup(): Promise<void>;
}

/** Creates a {@link GitSpy} (real git at /usr/bin/git). */
export async function gitSpy(): Promise<GitSpy> {
  const dir = await mkdtemp(join(tmpdir(), 'migcheck-spy-'));
  const log = join(dir, 'calls.log');
  await writeFile(join(dir, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec /usr/bin/git "$@"\n`);
  await chmod(join(dir, 'git'), 0o755);
  await writeFile(log, '');
  return {
    env: { PATH: `${dir}:${cleanEnv().PATH}` },
    calls: async () => (await readFile(log, 'utf8')).split('\n').filter(Boolean),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
