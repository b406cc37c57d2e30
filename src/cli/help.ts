/**
 * `migcheck --help`, `migcheck help [command]`, `migcheck COMMAND --help`: rendered from the
 * command table, so each command's help lists exactly the options the parser lets it take.
 * Loaded only when help is asked for.
 */
import type { CommandIO } from '../app/command-io.js';
import { MigcheckError } from '../core/errors.js';
import {
  HELP_DOCS, HELP_ENVIRONMENT, HELP_EXIT_CODES, HELP_FLAG, HELP_GENERAL_EXAMPLES, HELP_OPTIONS_ANYWHERE, HELP_TITLE, HELP_USAGE,
  VERSION_FLAG, helpChoices, helpFormat, tooManyArguments, unknownHelpTopic,
} from '../core/messages.js';
import { COMMANDS, GLOBAL_OPTIONS, type CommandSpec, type OptionSpec, type ParsedArgs } from './command-table.js';
import { nearest, optionsOf } from './parse-argv.js';

/** `text` in lines of at most `room` characters (a longer word stands alone). */
function wrap(text: string, room: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/** Lines `left  right`, the right column aligned and wrapped to `width`. */
function table(rows: readonly (readonly [string, string])[], width: number): string[] {
  const left = Math.min(Math.max(...rows.map(([l]) => l.length)) + 2, 34);
  const room = Math.max(width - left - 2, 30);
  return rows.flatMap(([l, r]) => {
    const lines = wrap(r, room);
    const head = `  ${l}`;
    return head.length + 2 > left + 2
      ? [head, ...lines.map((text) => `${' '.repeat(left + 2)}${text}`)]
      : lines.map((text, i) => `${i === 0 ? head.padEnd(left + 2) : ' '.repeat(left + 2)}${text}`);
  });
}

function optionRow(name: string, option: OptionSpec): [string, string] {
  const flag = option.type === 'boolean' && option.negatable ? `--[no-]${name}` : `--${name}`;
  const left = `${option.short ? `-${option.short}, ` : ''}${flag}${option.type === 'string' ? ` ${option.value ?? 'VALUE'}` : ''}`;
  const describe = name === 'format' && option.choices ? helpFormat(option.choices) : option.choices ? helpChoices(option.describe, option.choices) : option.describe;
  return [left, describe];
}

function generalHelp(width: number): string[] {
  const common = (['cwd', 'target', 'dir', 'config', 'format', 'quiet', 'color', 'debug'] as const).map((name) => {
    const option = GLOBAL_OPTIONS[name];
    return optionRow(name, name === 'format' ? { ...option, describe: 'output format (each command lists its own)' } : option);
  });
  return [
    ...wrap(HELP_TITLE, width), '', `Usage: ${HELP_USAGE}`, '',
    'Commands:', ...table(COMMANDS.map((c) => [c.usage, c.describe]), width), '',
    'Options:', ...table([...common, ['-h, --help', HELP_FLAG], ['-v, --version', VERSION_FLAG]], width), ...wrap(HELP_OPTIONS_ANYWHERE, width), '',
    'Environment:', ...table(HELP_ENVIRONMENT, width), '',
    'Examples:', ...table(HELP_GENERAL_EXAMPLES, width), '',
    ...wrap(HELP_EXIT_CODES, width), ...wrap(HELP_DOCS, width),
  ];
}

function commandHelp(spec: CommandSpec, path: readonly string[], width: number): string[] {
  const lines = [`Usage: migcheck ${spec.subcommands ? `${path.join(' ')} <command>` : [...path.slice(0, -1), spec.usage].join(' ')}`, '', ...wrap(spec.describe, width)];
  if (spec.subcommands) lines.push('', 'Commands:', ...table(spec.subcommands.map((s) => [`${path.join(' ')} ${s.usage}`, s.describe]), width));
  const options = [...optionsOf(spec)].map(([name, option]) => optionRow(name, option));
  lines.push('', 'Options:', ...table([...options, ['-h, --help', HELP_FLAG]], width));
  const environment = HELP_ENVIRONMENT.filter(([name]) =>
    (name.startsWith('MIGCHECK_SKIP') && ['check', 'pre-push'].includes(spec.name)) || (name.startsWith('MIGCHECK_TARGET') && optionsOf(spec).has('target')) || (name.startsWith('NO_COLOR') && optionsOf(spec).has('color')));
  if (environment.length > 0) lines.push('', 'Environment:', ...table(environment, width));
  if (spec.examples?.length) lines.push('', 'Examples:', ...table(spec.examples, width));
  return lines;
}

/** The help text for `topic` (command words; none: the general help). */
export function helpText(topic: readonly string[], width = 80): string {
  if (topic.length === 0) return `${generalHelp(width).join('\n')}\n`;
  let specs: readonly CommandSpec[] = COMMANDS;
  let spec: CommandSpec | undefined;
  for (let i = 0; i < topic.length; i++) {
    const word = topic[i]!;
    const next = specs.find((s) => s.name === word);
    if (!next && specs.length === 0) throw new MigcheckError(tooManyArguments('help', topic.slice(i), `help ${topic.slice(0, i).join(' ')}`));
    if (!next) {
      const words = [...topic.slice(0, i), nearest(word, specs.map((s) => s.name))].join(' ');
      throw new MigcheckError(unknownHelpTopic(topic.slice(0, i + 1).join(' '), words));
    }
    spec = next;
    specs = next.subcommands ?? [];
  }
  return `${commandHelp(spec!, topic, width).join('\n')}\n`;
}

/** Runs `migcheck help [command..]`. */
export async function run(args: ParsedArgs, io: CommandIO): Promise<number> {
  io.stdout(helpText(args.positionals, Number(io.env.COLUMNS) || 80));
  return 0;
}
