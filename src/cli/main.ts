/**
 * The CLI entry: the only module that owns `process` (argv, stdio, exit code). It parses argv by
 * the command table, answers `MIGCHECK_SKIP=1`, lets the fast lane answer a plain `check` of a
 * commit that stages nothing migcheck reads, and otherwise loads the command and runs it. Every
 * failure ends here as one clear line and an exit code.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CommandIO } from '../app/command-io.js';
import type { ParsedArgs } from '../app/parsed-args.js';
import { MigcheckError } from '../core/errors.js';
import { hideUrlPasswords } from '../core/hide-passwords.js';
import { internalFailure, skipped } from '../core/messages.js';
import { quickCheck } from '../fast-lane/quick-check.cjs';
import { startHeads } from '../fast-lane/start-heads.cjs';
import { locateRepository } from '../git/locate-repository.cjs';
import { installedVersion } from '../fs/install-root.js';
import { parseArgv, type Exists } from './parse-argv.js';
import { processIO, withIO } from './process-io.cjs';
import { printNothingStaged, printsNothingStaged } from './nothing-staged.js';

/** What a run may be given instead of the process's own (tests run the CLI in-process). */
export interface MainOptions {
  io?: CommandIO;
  /** false: never answer from the fast lane (the test that proves it changes no outcome). */
  fastLane?: boolean;
  /** Called when the fast lane answered (that test counts them, so it cannot pass vacuously). */
  onFastLane?: () => void;
}

/** The commands MIGCHECK_SKIP=1 skips: the ones hooks run. */
const SKIPPABLE = new Set(['check', 'pre-push']);

/**
 * A check the fast lane can answer: the index of this repository, in a format it can print, with
 * no paths, tree, folders or config file to look at (those need the full check to judge them).
 */
function fastLaneTakes(args: ParsedArgs): boolean {
  const { rev, dir, config } = args.options;
  return args.command === 'check' && args.positionals.length === 0 && rev === undefined && dir === undefined && config === undefined
    && printsNothingStaged(args);
}

/** `heads` of the working tree, whose one slow git command can start before the command loads. */
function headStartTakes(args: ParsedArgs): boolean {
  const { rev, staged, dir, config } = args.options;
  return args.command === 'heads' && rev === undefined && staged === undefined && dir === undefined && config === undefined;
}

/** Runs one command and returns its exit code; every failure becomes one clear line. */
export async function main(argv: readonly string[], options: MainOptions = {}): Promise<number> {
  let io = options.io ?? processIO();
  let debug = argv.includes('--debug');
  try {
    const exists: Exists = (path, cwdOption) => existsSync(resolve(io.cwd, cwdOption ?? '.', path));
    const parsed = parseArgv(argv, exists);
    if (parsed.kind === 'version') {
      io.stdout(`${installedVersion()}\n`);
      return 0;
    }
    const { spec, args } = parsed;
    debug = args.options.debug === true;
    if (typeof args.options.cwd === 'string') io = withIO(io, { cwd: resolve(io.cwd, args.options.cwd) });
    if (io.env.MIGCHECK_SKIP === '1' && SKIPPABLE.has(args.command)) {
      io.stderr(`${skipped(args.command)}\n`);
      return 0;
    }
    if (options.fastLane !== false && fastLaneTakes(args)) {
      const lane = await quickCheck({ cwd: io.cwd, env: io.env });
      if (lane === true) {
        options.onFastLane?.();
        printNothingStaged(args, io);
        return 0;
      }
      // What the lane read (the staged changes, the index's environments) goes to the check: no git call twice.
      if (lane) io = withIO(io, { lane });
      // A new migration on a history an earlier check has seen: answered from what it kept, before
      // the full check's bundle is read (undefined: that check runs).
      if (lane?.environments) {
        const { answerFromSummaries } = await import('./summary-answer.js');
        const code = await answerFromSummaries(args, io, lane);
        if (code !== undefined) return code;
      }
    }
    const repository = io.lane?.repository ?? locateRepository(io.cwd, io.env);
    if (repository && headStartTakes(args)) {
      const started = startHeads(repository, io.env);
      if (started) {
        io = withIO(io, { started });
        // While git compares, the answer from the summaries, before the full command's bundle
        // is read (undefined: the command runs, and takes git's outputs from `started`).
        const { answerHeads } = await import('./heads-answer.js');
        const code = await answerHeads(args, io);
        if (code !== undefined) return code;
      }
    }
    const module = await spec.load!();
    return await module.run(args, io);
  } catch (error) {
    // Whatever failed, a database URL it echoes (an argument too many, a driver's message) keeps its password hidden.
    const print = (text: string) => io.stderr(hideUrlPasswords(text));
    if (error instanceof MigcheckError) {
      print(`migcheck: ${error.message}\n${error.hint ? `${error.hint}\n` : ''}`);
      if (debug && error.cause) print(`${String((error.cause as Error).stack ?? error.cause)}\n`);
      return error.exitCode;
    }
    print(`${internalFailure(error instanceof Error ? error.message : String(error))}\n`);
    if (debug) print(`${(error as Error)?.stack ?? ''}\n`);
    return 2;
  }
}
