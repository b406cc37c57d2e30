/**
 * The CLI entry: the only module that owns `process` (argv, stdio, exit code). It parses with
 * `node:util` parseArgs from the shared command table; yargs is imported only when the user asks
 * for --help/--version or the arguments do not parse, so a hook run never pays its start-up.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolve } from 'node:path';
import { COMMANDS, DEFAULT_COMMAND, GLOBAL_OPTIONS, type CommandSpec, type ParsedArgs } from './command-table.js';
import type { CommandIO } from '../app/command-io.js';
import type { LaneHandOff } from '../app/lane-hand-off.js';
import { MigcheckError } from '../core/errors.js';
import { internalFailure, skipped } from '../core/messages.js';

/** Parses argv with the fast parser; undefined means "let yargs handle it" (help, version, errors). */
export function parseFast(argv: string[]): ParsedArgs | undefined {
  if (argv.some((a) => a === '--help' || a === '-h' || a === '--version' || a === '-v')) return undefined;
  const first = argv[0];
  const named = COMMANDS.find((c) => c.name === first);
  const spec: CommandSpec = named ?? COMMANDS.find((c) => c.name === DEFAULT_COMMAND)!;
  const rest = named ? argv.slice(1) : argv;
  const options: ParseArgsConfig['options'] = {};
  for (const [name, o] of Object.entries({ ...GLOBAL_OPTIONS, ...spec.options })) {
    options[name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
    if (o.type === 'boolean') options[`no-${name}`] = { type: 'boolean' };
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
    const out: ParsedArgs['options'] = {};
    for (const [key, value] of Object.entries(values)) {
      if (key.startsWith('no-') && value === true) out[key.slice(3)] = false;
      else out[key] = value as string | boolean | string[];
    }
    return { command: spec.name, positionals, options: out };
  } catch {
    return undefined;
  }
}

function processIO(cwd: string, lane: LaneHandOff | undefined): CommandIO {
  return {
    ...(lane ? { lane } : {}),
    stdout: (text) => { process.stdout.write(text); },
    stderr: (text) => { process.stderr.write(text); },
    readStdin: () => readAllStdin(),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd,
  };
}

async function readAllStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Runs one command and returns its exit code; every failure becomes one clear line. */
export async function main(argv: string[], lane?: LaneHandOff): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const parsed = parseFast(argv) ?? (await (await import('./yargs-cli.js')).parseWithYargs(argv));
    if (!parsed) return 0; // yargs printed help or the version
    const io = processIO(resolve(typeof parsed.options.cwd === 'string' ? parsed.options.cwd : process.cwd()), lane);
    if (process.env.MIGCHECK_SKIP === '1' && ['check', 'pre-push'].includes(parsed.command)) {
      io.stderr(`${skipped(parsed.command)}\n`);
      return 0;
    }
    const spec = COMMANDS.find((c) => c.name === parsed.command)!;
    const module = await spec.load();
    return await module.run(parsed, io);
  } catch (error) {
    if (error instanceof MigcheckError) {
      process.stderr.write(`migcheck: ${error.message}\n${error.hint ? `${error.hint}\n` : ''}`);
      if (debug && error.cause) process.stderr.write(`${String((error.cause as Error).stack ?? error.cause)}\n`);
      return error.exitCode;
    }
    process.stderr.write(`${internalFailure(error instanceof Error ? error.message : String(error))}\n`);
    if (debug) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    return 2;
  }
}
