/**
 * migcheck as a library: `import { check, heads, planRebase } from 'migcheck'`. Each returns the
 * document the CLI prints with `--format json` (the contract's shapes), as plain data. Nothing is
 * written to stdout or stderr, the process is never exited, and `planRebase` never edits a file.
 * A run that cannot check (not a repository, unknown target, missing history, bad config) rejects
 * with an Error whose `name` is `MigcheckError`, carrying the CLI's `exitCode` (2) and `hint`.
 *
 * The public types are declared here, in this file alone, so that its declaration file stands on
 * its own; the assignments below make tsc prove the internal reports fit them.
 */
import { relative, resolve, sep } from 'node:path';
import type { CommandIO } from '../app/command-io.js';
import type { ParsedArgs } from '../app/parsed-args.js';
import { checkTree } from '../app/check-tree.js';
import { headsEnvironments } from '../app/heads-report.js';
import { readGraphs } from '../app/read-graphs.js';
import { planRebases } from '../app/rebase-plans.js';
import { resolveRev } from '../app/resolve-rev.js';
import { openRunContext } from '../app/run-context.js';
import { stagedChanges } from '../git/staged-paths.cjs';
import { checkJson } from '../render/check-json.js';
import { planJson } from '../render/plan-json.js';

/** Where and how to read the repository (every function takes these). */
export interface RepositoryOptions {
  /** A directory inside the repository (default: `process.cwd()`). */
  cwd?: string;
  /** Versions directories to read instead of discovering them (the CLI's `--dir`). */
  dirs?: string[];
  /** The migcheck config file (the CLI's `--config`). */
  config?: string;
  /** The environment variables to honour (`MIGCHECK_TARGET`, git's own); default `process.env`. */
  env?: Record<string, string | undefined>;
}

/** Options of {@link check}. */
export interface CheckOptions extends RepositoryOptions {
  /** A commit, branch or tag to check as CI does (`check --rev`); default: the index (the staged state). */
  rev?: string;
  /** The branch this work merges into (`--target`); default as the CLI: config, `MIGCHECK_TARGET`, `origin/HEAD`, … */
  target?: string;
  /** Check only the environments that hold these paths (relative to `cwd`), as `migcheck check PATH…`. */
  paths?: string[];
}

/** Options of {@link heads}. */
export interface HeadsOptions extends RepositoryOptions {
  /** Read a commit instead of the working tree. */
  rev?: string;
  /** Read the index instead of the working tree. */
  staged?: boolean;
}

/** Options of {@link planRebase}. */
export interface PlanOptions extends RepositoryOptions {
  target?: string;
}

/** One finding (see the finding codes in the CLI contract). */
export interface Finding {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  fix?: string;
  file?: string;
  line?: number;
  revision?: string;
  downRevision?: string[];
  suggestedDownRevision?: string[];
  bypassed?: string[];
  revisions?: string[];
  files?: string[];
  preexisting?: boolean;
}

/** The target branch, its tip and the merge-base with the checked tree. */
export interface TargetInfo {
  ref: string;
  commit: string;
  mergeBase: string | null;
}

/** What `migcheck check --format json` prints. */
export interface CheckResult {
  /** False when any finding is an error (the CLI exits 1). */
  ok: boolean;
  /** The commit checked, with `rev`. */
  rev?: { ref: string; commit: string };
  /** Null before the first commit, when there is no target yet. */
  target: TargetInfo | null;
  environments: {
    dir: string;
    versionLocations: string[];
    config: string | null;
    heads: { target: string[]; mergeBase: string[]; result: string[] };
    findings: Finding[];
  }[];
}

/** What `migcheck heads --format json` prints. */
export interface HeadsResult {
  environments: { dir: string; versionLocations: string[]; config?: string; heads: string[]; findings: Finding[] }[];
}

/** One step of a rebase plan. */
export type PlanStep =
  | { action: 'delete'; revision: string; file: string; reason: string; mergedBy: string }
  | { action: 'repoint'; revision: string; file: string; from: string[]; to: string[]; fromText?: string }
  | { action: 'git'; command: string; reason: string; revisions: string[] };

/** What `migcheck rebase-plan --format json` prints. */
export interface RebasePlanResult {
  target: TargetInfo;
  /** Always false here: the library never edits files. */
  applied: boolean;
  environments: {
    dir: string;
    onto: string[];
    steps: PlanStep[];
    resultHeads: string[];
    blocked?: { reason: string; heads: string[] };
  }[];
}

/** The error a run that cannot check rejects with. */
export interface MigcheckErrorLike extends Error {
  name: 'MigcheckError';
  /** The CLI's exit code for it (2: could not check). */
  exitCode: number;
  /** What to do about it, when migcheck knows. */
  hint: string | undefined;
}

/** True for the errors migcheck raises on purpose (anything else is a bug in migcheck). */
export function isMigcheckError(error: unknown): error is MigcheckErrorLike {
  return error instanceof Error && error.name === 'MigcheckError' && typeof (error as { exitCode?: unknown }).exitCode === 'number';
}

/** The CLI's inputs for one call: parsed arguments and an I/O that writes nowhere. */
function callOf(command: string, options: RepositoryOptions, extra: ParsedArgs['options'], positionals: string[] = []): { args: ParsedArgs; io: CommandIO } {
  const cwd = resolve(options.cwd ?? process.cwd());
  const args: ParsedArgs = {
    command,
    positionals,
    options: {
      ...(options.dirs && options.dirs.length > 0 ? { dir: options.dirs } : {}),
      ...(options.config !== undefined ? { config: options.config } : {}),
      ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined)),
    },
  };
  const io: CommandIO = {
    stdout: () => undefined,
    stderr: () => undefined,
    readStdin: async () => '',
    stdoutIsTTY: false,
    env: (options.env ?? process.env) as NodeJS.ProcessEnv,
    cwd,
  };
  return { args, io };
}

/** `T` as JSON.parse returns it: fresh arrays and objects, so nothing in it is read-only. */
type Printed<T> = T extends readonly (infer U)[] ? Printed<U>[] : T extends object ? { -readonly [K in keyof T]: Printed<T[K]> } : T;

/** A copy holding exactly what the CLI's JSON holds (no undefined fields, no shared objects). */
const asPrinted = <T>(value: T): Printed<T> => JSON.parse(JSON.stringify(value)) as Printed<T>;

/**
 * Checks the index (or `rev`) of every Alembic environment against the target branch: the
 * report `migcheck check --format json` prints (with `rev`, `migcheck check --rev REV`). Unlike
 * the commit hook, the index is checked even when no migration is staged.
 */
export async function check(options: CheckOptions = {}): Promise<CheckResult> {
  const { args, io } = callOf('check', options, { target: options.target, rev: options.rev }, options.paths ?? []);
  const context = await openRunContext(args, io);
  let report;
  if (options.rev !== undefined) {
    const commit = await resolveRev(context.repo, options.rev, 'rev');
    report = await checkTree(context, { mode: 'rev', tree: { kind: 'commit', commit, ref: options.rev } });
  } else {
    const onlyPaths = options.paths?.map((p) => relative(context.repo.root, resolve(io.cwd, p)).split(sep).join('/'));
    const staged = stagedChanges({ cwd: io.cwd, env: io.env });
    report = await checkTree(context, { mode: 'commit', tree: { kind: 'index' }, ...(onlyPaths ? { onlyPaths } : {}), staged });
  }
  const result: CheckResult = asPrinted(checkJson(report));
  return result;
}

/** Each environment's heads (working tree, index with `staged`, or `rev`): what `migcheck heads --format json` prints. */
export async function heads(options: HeadsOptions = {}): Promise<HeadsResult> {
  const { args, io } = callOf('heads', options, { rev: options.rev, staged: options.staged });
  const { graphs } = await readGraphs(args, io);
  const result: HeadsResult = asPrinted({ environments: headsEnvironments(graphs) });
  return result;
}

/**
 * The steps that put this branch's migrations on top of the target's head(s), from the working
 * tree: what `migcheck rebase-plan --format json` prints. It never edits a file (`rebase-plan
 * --apply` does).
 */
export async function planRebase(options: PlanOptions = {}): Promise<RebasePlanResult> {
  const { args, io } = callOf('rebase-plan', options, { target: options.target });
  const { plan } = await planRebases(args, io);
  const result: RebasePlanResult = planJson(plan);
  return asPrinted(result);
}
