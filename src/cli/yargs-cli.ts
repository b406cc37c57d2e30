/**
 * yargs, for what it does best: help text, --version and precise usage errors. Loaded only when
 * the fast parser declines (see main.ts), from the same command table.
 */
import yargs from 'yargs';
import { installedVersion } from '../fs/install-root.js';
import { COMMANDS, DEFAULT_COMMAND, GLOBAL_OPTIONS, type OptionSpec, type ParsedArgs } from './command-table.js';
import { MigcheckError } from '../core/errors.js';
import { usageError } from '../core/messages.js';

const toYargs = (o: OptionSpec) => ({ type: o.type, describe: o.describe, ...(o.short ? { alias: o.short } : {}), ...(o.multiple ? { array: true } : {}), ...(o.choices ? { choices: o.choices } : {}) });

/** Parses argv with yargs; undefined when yargs printed help or the version. */
export async function parseWithYargs(argv: string[]): Promise<ParsedArgs | undefined> {
  let result: ParsedArgs | undefined;
  let failure: string | undefined;
  let printed = false;
  const cli = yargs(argv)
    .scriptName('migcheck')
    .usage('$0 [command]\n\nStops Alembic migration chains from forking; repairs them when they have.')
    .options(Object.fromEntries(Object.entries(GLOBAL_OPTIONS).map(([k, o]) => [k, toYargs(o)])))
    .strict()
    .exitProcess(false)
    .version(installedVersion())
    .help()
    .alias('h', 'help')
    .alias('v', 'version')
    .fail((msg, err) => { failure = msg ?? err?.message ?? 'invalid arguments'; })
    .epilog('Exit codes: 0 nothing blocking, 1 a finding of severity error, 2 could not check.');
  for (const spec of COMMANDS) {
    const usage = spec.name === DEFAULT_COMMAND ? [spec.usage, '$0'] : spec.usage;
    cli.command(usage, spec.describe, (y) => y.options(Object.fromEntries(Object.entries(spec.options).map(([k, o]) => [k, toYargs(o)]))), (args) => {
      const { _, $0, ...rest } = args as Record<string, unknown> & { _: unknown[] };
      const positionals = Object.entries(rest).filter(([k]) => ['paths', 'remote', 'url'].includes(k)).flatMap(([, v]) => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]));
      const options: ParsedArgs['options'] = {};
      for (const key of Object.keys({ ...GLOBAL_OPTIONS, ...spec.options })) if (rest[key] !== undefined) options[key] = rest[key] as string | boolean | string[];
      result = { command: spec.name, positionals, options };
    });
  }
  cli.showHelpOnFail(false);
  const output: string[] = [];
  await cli.parseAsync(argv, {}, (_err, _argv, text) => { if (text) { output.push(text); printed = true; } });
  if (failure) throw new MigcheckError(usageError(failure));
  if (printed) {
    process.stdout.write(`${output.join('\n')}\n`);
    return undefined;
  }
  return result;
}
