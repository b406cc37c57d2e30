/**
 * The one argv parser. Every entry point reads the command line through it, by the command table:
 * the fast lane's decision, the full CLI and the help. Its rules:
 * - options may stand anywhere, before the command, after it, or both (`--name=value`,
 *   `--name value`, `-q`; `--` ends them); a name has one type in every command, so a value is
 *   read the same way wherever it stands, and each command then accepts only the options it takes;
 * - the first argument that is not an option picks the command; a bare `migcheck`, or one given
 *   only existing paths, is `check`; any other word is an unknown command ("did you mean");
 * - arguments beyond what the command's usage allows, paths that name nothing, unknown options,
 *   missing values, conflicting repeats and values outside an option's choices are errors (exit 2);
 * - --help / --version win over everything else on the line.
 */
import { MigcheckError } from '../core/errors.js';
import {
  argumentNamesNothing, missingArgument, missingSubcommand, optionChoice, optionNeedsValue, optionNotTaken, optionTakesNoValue,
  optionTwice, pathNamesNothing, tooManyArguments, unknownCommand, unknownFormat, unknownOption, unknownSubcommand,
} from '../core/messages.js';
import {
  COMMANDS, DEFAULT_COMMAND, GLOBAL_OPTIONS, HELP_FLAGS, VERSION_FLAGS,
  type CommandSpec, type GlobalOptionName, type OptionSpec, type ParsedArgs,
} from './command-table.js';

/** What the command line asks for. */
export type Parsed =
  | { kind: 'run'; spec: CommandSpec; args: ParsedArgs }
  | { kind: 'version' };

/** Whether a path exists, resolved from the working directory (after `--cwd`, when given). */
export type Exists = (path: string, cwdOption: string | undefined) => boolean;

interface Occurrence {
  name: string;
  /** As written (`--no-color`, `-q`), for messages. */
  written: string;
  value: string | boolean;
}

/** Every option name of a table with its one meaning, and the short letters. */
interface OptionIndex {
  options: ReadonlyMap<string, OptionSpec>;
  shorts: ReadonlyMap<string, string>;
}

const indexes = new WeakMap<readonly CommandSpec[], OptionIndex>();

/** The options of every command of `commands` (and the globals), by name; computed once per table. */
export function optionIndex(commands: readonly CommandSpec[] = COMMANDS): OptionIndex {
  let index = indexes.get(commands);
  if (index) return index;
  const options = new Map<string, OptionSpec>(Object.entries(GLOBAL_OPTIONS));
  const visit = (specs: readonly CommandSpec[]) => {
    for (const spec of specs) {
      for (const [name, option] of Object.entries(spec.options)) if (!options.has(name)) options.set(name, option);
      if (spec.subcommands) visit(spec.subcommands);
    }
  };
  visit(commands);
  const shorts = new Map([...options].flatMap(([name, option]) => (option.short ? [[option.short, name] as const] : [])));
  indexes.set(commands, (index = { options, shorts }));
  return index;
}

/** The options `spec` takes: its own, its globals, and --format when it has formats. */
export function optionsOf(spec: CommandSpec): Map<string, OptionSpec> {
  const globals = (spec.globals ?? (Object.keys(GLOBAL_OPTIONS) as GlobalOptionName[]).filter((name) => name !== 'format'));
  const taken = new Map<string, OptionSpec>(Object.entries(spec.options));
  if (spec.formats) taken.set('format', { ...GLOBAL_OPTIONS.format, choices: spec.formats });
  for (const name of globals) taken.set(name, GLOBAL_OPTIONS[name]);
  return taken;
}

/** How many arguments a usage string allows after the command's own words. */
export function argumentCount(spec: CommandSpec): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const word of spec.usage.split(/\s+/)) {
    if (!/^[[<]/.test(word)) continue;
    if (word.startsWith('<')) min += 1;
    max = word.includes('..') ? Infinity : max + 1;
  }
  return { min, max };
}

/** The edit distance of two words (a swap of neighbours counts one: `chekc` is one from `check`). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The nearest of `names` to `word` (a prefix counts as near: `rebase` → `rebase-plan`). */
export function nearest(word: string, names: readonly string[]): string {
  const score = (name: string) => (name.startsWith(word) || word.startsWith(name) ? Math.min(1, distance(word, name)) : distance(word, name));
  return [...names].sort((a, b) => score(a) - score(b) || a.localeCompare(b))[0]!;
}

/** Close enough to suggest for an option: at most a third of the word differs. */
function suggestOption(name: string, names: readonly string[]): string | undefined {
  const best = nearest(name, names);
  return distance(name, best) <= Math.max(1, Math.floor(best.length / 3)) ? `--${best}` : undefined;
}

/** A word that can only be meant as a file: it has a folder separator or an extension. */
const looksLikePath = (word: string) => /[\\/]/.test(word) || /\.[A-Za-z0-9]+$/.test(word) || word === '.' || word === '..';

/** Reads argv into occurrences and positionals; the first problem is kept, not thrown, so --help still wins. */
function tokenize(argv: readonly string[], { options, shorts }: OptionIndex) {
  const occurrences: Occurrence[] = [];
  const positionals: string[] = [];
  let help = false;
  let version = false;
  let problem: string | undefined;
  const fail = (message: string) => { problem ??= message; };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if ((HELP_FLAGS as readonly string[]).includes(arg)) { help = true; continue; }
    if ((VERSION_FLAGS as readonly string[]).includes(arg)) { version = true; continue; }
    if (arg.length < 2 || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    } else if (arg.length === 2) {
      name = shorts.get(arg.slice(1));
    }
    const written = inline === undefined ? arg : arg.slice(0, arg.indexOf('='));
    let option = name === undefined ? undefined : options.get(name);
    let negated = false;
    if (!option && name?.startsWith('no-') && options.get(name.slice(3))?.negatable) {
      name = name.slice(3);
      option = options.get(name);
      negated = true;
    }
    if (!option || name === undefined) {
      fail(unknownOption(written, arg.startsWith('--') ? suggestOption(written.slice(2), [...options.keys()]) : undefined));
      continue;
    }
    if (option.type === 'boolean') {
      if (inline !== undefined) fail(optionTakesNoValue(written));
      occurrences.push({ name, written, value: !negated });
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      // A value that looks like an option is refused: `--target --upload-pack=x` must never pass.
      if (next === undefined || (next.startsWith('-') && next !== '-')) {
        fail(optionNeedsValue(written));
        continue;
      }
      value = next;
      i += 1;
    }
    occurrences.push({ name, written, value });
  }
  return { occurrences, positionals, help, version, problem };
}

/** The command (and sub-command) the positionals name, and the positionals left for it. */
function pickCommand(commands: readonly CommandSpec[], positionals: readonly string[], cwdOption: string | undefined, exists: Exists): { spec: CommandSpec; path: string[]; rest: string[] } {
  const first = positionals[0];
  const named = first === undefined ? undefined : commands.find((c) => c.name === first);
  if (!named) {
    const spec = commands.find((c) => c.name === DEFAULT_COMMAND)!;
    if (first !== undefined && !exists(first, cwdOption)) {
      throw new MigcheckError(looksLikePath(first) ? pathNamesNothing(first) : unknownCommand(first, nearest(first, commands.map((c) => c.name))));
    }
    return { spec, path: [spec.name], rest: [...positionals] };
  }
  let spec = named;
  const path = [named.name];
  let rest = positionals.slice(1);
  while (spec.subcommands) {
    const names = spec.subcommands.map((s) => s.name);
    const word = rest[0];
    if (word === undefined) throw new MigcheckError(missingSubcommand(path.join(' '), names));
    const sub = spec.subcommands.find((s) => s.name === word);
    if (!sub) throw new MigcheckError(unknownSubcommand(path.join(' '), word, nearest(word, names)));
    spec = sub;
    path.push(sub.name);
    rest = rest.slice(1);
  }
  return { spec, path, rest };
}

/** The words of the command a help request names (unknown words give the general help). */
function helpTopic(commands: readonly CommandSpec[], positionals: readonly string[]): string[] {
  const topic: string[] = [];
  let specs: readonly CommandSpec[] | undefined = commands;
  for (const word of positionals) {
    const spec: CommandSpec | undefined = specs?.find((s) => s.name === word);
    if (!spec) break;
    topic.push(word);
    specs = spec.subcommands;
  }
  return topic[0] === 'help' ? [] : topic;
}

/**
 * Parses argv by the command table. `exists` answers whether a word names a file or folder (the
 * only thing read from outside argv). Throws a MigcheckError (exit 2, one line) for anything it
 * does not understand. `commands` is the command table (another only in tests).
 */
export function parseArgv(argv: readonly string[], exists: Exists, commands: readonly CommandSpec[] = COMMANDS): Parsed {
  const { occurrences, positionals, help, version, problem } = tokenize(argv, optionIndex(commands));
  const helpSpec = commands.find((c) => c.name === 'help')!;
  if (help) return { kind: 'run', spec: helpSpec, args: { command: 'help', positionals: helpTopic(commands, positionals), options: {} } };
  if (version) return { kind: 'version' };
  if (problem) throw new MigcheckError(problem);
  const cwdOption = occurrences.filter((o) => o.name === 'cwd').map((o) => o.value as string).at(-1);
  const { spec, path, rest } = pickCommand(commands, positionals, cwdOption, exists);
  const command = path.join(' ');
  const taken = optionsOf(spec);
  const options: ParsedArgs['options'] = {};
  for (const [name, option] of taken) {
    const given = occurrences.filter((o) => o.name === name);
    if (given.length === 0) continue;
    if (option.multiple) {
      options[name] = given.map((o) => String(o.value));
      continue;
    }
    const values = [...new Set(given.map((o) => o.value))];
    if (values.length > 1) throw new MigcheckError(optionTwice(`--${name}`, option.type === 'boolean' ? [...new Set(given.map((o) => o.written))] : values.map(String)));
    const value = values[0]!;
    if (typeof value === 'string' && option.choices && !option.choices.includes(value)) {
      throw new MigcheckError(name === 'format' ? unknownFormat(value, option.choices) : optionChoice(`--${name}`, value, option.choices));
    }
    options[name] = value;
  }
  const stray = occurrences.find((o) => !taken.has(o.name));
  if (stray) throw new MigcheckError(optionNotTaken(stray.written, command, [...taken.keys()].map((name) => `--${name}`)));
  if (spec.name === 'help') return { kind: 'run', spec, args: { command, positionals: rest, options } };
  const { min, max } = argumentCount(spec);
  if (rest.length > max) throw new MigcheckError(tooManyArguments(command, rest.slice(max), spec.usage));
  if (rest.length < min) throw new MigcheckError(missingArgument(command, spec.usage));
  if (spec.paths) {
    const missing = rest.find((word) => !exists(word, cwdOption));
    if (missing !== undefined) throw new MigcheckError(argumentNamesNothing(command, missing));
  }
  return { kind: 'run', spec, args: { command, positionals: rest, options } };
}
