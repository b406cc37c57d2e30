// The one argv parser: the rules of the contract's "Arguments" section, on the real command table
// (and, for sub-commands, on a table that has them). Pure: `exists` is a set of paths.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { COMMANDS, GLOBAL_OPTIONS, type CommandSpec } from '../../src/cli/command-table.js';
import { argumentCount, nearest, optionIndex, optionsOf, parseArgv } from '../../src/cli/parse-argv.js';
import { MigcheckError } from '../../src/core/errors.js';

const FILES = new Set(['a.py', 'backend', 'backend/migrations/versions/x.py', '/abs/b.py']);
const exists = (path: string) => FILES.has(path);

/** The parse as plain data: command, positionals, options; or `error: <message>`. */
function parse(argv: string[], commands: readonly CommandSpec[] = COMMANDS): unknown {
  try {
    const parsed = parseArgv(argv, exists, commands);
    return parsed.kind === 'version' ? 'version' : parsed.args;
  } catch (error) {
    assert.instance(error, MigcheckError, String(error));
    assert.is((error as MigcheckError).exitCode, 2);
    return `error: ${(error as Error).message}`;
  }
}

const run = (command: string, options: Record<string, unknown> = {}, positionals: string[] = []) => ({ command, positionals, options });

test('a bare migcheck, or only existing paths, is check', () => {
  assert.equal(parse([]), run('check'));
  assert.equal(parse(['a.py', '/abs/b.py']), run('check', {}, ['a.py', '/abs/b.py']));
  assert.equal(parse(['-q', 'backend']), run('check', { quiet: true }, ['backend']));
});

test('global options stand before the command, after it, or both (the issue’s cases check)', () => {
  const expected = run('check', { target: 'origin/main', quiet: true, format: 'json' });
  for (const argv of [
    ['--target', 'origin/main', '-q', '--format', 'json', 'check'],
    ['check', '--target', 'origin/main', '-q', '--format', 'json'],
    ['--target=origin/main', 'check', '--quiet', '--format=json'],
    ['-q', '--format', 'json', 'check', '--target', 'origin/main'],
  ]) assert.equal(parse(argv), expected, argv.join(' '));
  assert.equal(parse(['--target', 'origin/main', 'check']), run('check', { target: 'origin/main' }));
  assert.equal(parse(['-q', 'check']), run('check', { quiet: true }));
  assert.equal(parse(['--format', 'json', 'check']), run('check', { format: 'json' }));
  // A command's own option may also stand before it; with no command it belongs to check.
  assert.equal(parse(['--rev', 'HEAD', 'check']), run('check', { rev: 'HEAD' }));
  assert.equal(parse(['--rev', 'HEAD']), run('check', { rev: 'HEAD' }));
  assert.equal(parse(['--dir', 'a', 'heads', '--dir', 'b', '--no-color']), run('heads', { dir: ['a', 'b'], color: false }));
});

test('an unknown first word is an unknown command with the nearest name, never a path', () => {
  assert.equal(parse(['chekc']), 'error: unknown command `chekc`: did you mean `check`? (`migcheck --help` lists the commands)');
  assert.match(String(parse(['head'])), /did you mean `heads`\?/);
  assert.match(String(parse(['rebase-plna'])), /did you mean `rebase-plan`\?/);
  assert.match(String(parse(['-q', 'prepush'])), /did you mean `pre-push`\?/);
  assert.match(String(parse(['--target', 'main', 'graf'])), /did you mean `graph`\?/);
  assert.equal(parse(['backend/nothing.py']), 'error: `backend/nothing.py` is not a command, and no file or folder has that name');
  assert.equal(parse(['check', 'a.py', 'gone.py']), 'error: `migcheck check`: no file or folder named `gone.py`');
  assert.equal(parse(['a.py', 'check']), 'error: `migcheck check`: no file or folder named `check`');
});

test('nearest: swaps, prefixes and typos', () => {
  const names = COMMANDS.map((c) => c.name);
  assert.is(nearest('chekc', names), 'check');
  assert.is(nearest('rebase', names), 'rebase-plan');
  assert.is(nearest('int', names), 'init');
  assert.is(nearest('merg', names), 'merge');
});

test('options a command does not take, unknown options, missing values, conflicting repeats, bad choices', () => {
  assert.equal(parse(['heads', '--target', 'main']), 'error: `migcheck heads` takes no --target (its options: --rev, --staged, --format, --cwd, --dir, --config, --debug, --quiet, --color)');
  assert.match(String(parse(['--apply', 'heads'])), /^error: `migcheck heads` takes no --apply/);
  assert.match(String(parse(['graph', '-q'])), /^error: `migcheck graph` takes no -q/);
  assert.match(String(parse(['help', '--debug'])), /takes no --debug \(it takes no options\)/);
  assert.equal(parse(['check', '--tagret', 'x']), 'error: unknown option `--tagret`: did you mean `--target`? (`migcheck --help` lists the options)');
  assert.equal(parse(['check', '--bogus']), 'error: unknown option `--bogus` (`migcheck --help` lists the options)');
  assert.match(String(parse(['check', '-x'])), /unknown option `-x`/);
  assert.match(String(parse(['check', '-qm'])), /unknown option `-qm`/);
  assert.equal(parse(['check', '--target']), 'error: --target needs a value (write --target=VALUE when the value begins with -)');
  assert.match(String(parse(['check', '--target', '--upload-pack=x'])), /--target needs a value/);
  assert.equal(parse(['check', '--target=--upload-pack=x']), run('check', { target: '--upload-pack=x' }));
  assert.equal(parse(['check', '--quiet=yes']), 'error: --quiet takes no value');
  assert.equal(parse(['--target', 'a', 'check', '--target', 'b']), 'error: --target is given more than once (a, b): give it once');
  assert.equal(parse(['--target', 'a', 'check', '--target', 'a']), run('check', { target: 'a' }));
  assert.equal(parse(['check', '--color', '--no-color']), 'error: --color is given more than once (--color, --no-color): give it once');
  assert.match(String(parse(['check', '--no-quiet'])), /unknown option `--no-quiet`/);
  assert.equal(parse(['--format', 'mermaid', 'check']), "error: unknown --format 'mermaid': use human, json, github");
  assert.equal(parse(['graph', '--format', 'mermaid']), run('graph', { format: 'mermaid' }));
  assert.match(String(parse(['merge', '--format', 'json'])), /`migcheck merge` takes no --format/);
});

test('arguments beyond the usage are refused; -- ends the options', () => {
  assert.equal(parse(['heads', 'extra']), 'error: `migcheck heads` does not take `extra` (usage: migcheck heads)');
  assert.equal(parse(['pre-push', 'origin', 'url']), run('pre-push', {}, ['origin', 'url']));
  assert.match(String(parse(['pre-push', 'origin', 'url', 'more'])), /does not take `more`/);
  assert.equal(parse(['merge', '-m', 'join heads']), run('merge', { message: 'join heads' }));
  assert.equal(parse(['check', '--', 'a.py']), run('check', {}, ['a.py']));
  assert.match(String(parse(['check', '--', '--target'])), /no file or folder named `--target`/);
  assert.equal(argumentCount(COMMANDS.find((c) => c.name === 'check')!), { min: 0, max: Infinity });
  assert.equal(argumentCount(COMMANDS.find((c) => c.name === 'pre-push')!), { min: 0, max: 2 });
});

test('--help and --version win over everything else on the line', () => {
  const help = (argv: string[]) => {
    const parsed = parseArgv(argv, exists);
    return parsed.kind === 'run' && parsed.args.command === 'help' ? parsed.args.positionals : 'not help';
  };
  assert.equal(help(['--help']), []);
  assert.equal(help(['check', '--bogus', '-h']), ['check']);
  assert.equal(help(['-q', 'heads', '--help']), ['heads']);
  assert.equal(help(['chekc', '--help']), []);
  assert.equal(help(['help', 'graph']), ['graph']);
  assert.equal(parse(['check', '--version']), 'version');
  assert.equal(parse(['-v']), 'version');
});

test('--cwd is where paths are looked for', () => {
  const seen: [string, string | undefined][] = [];
  parseArgv(['--cwd', 'sub', 'x.py'], (path, cwd) => { seen.push([path, cwd]); return true; });
  assert.equal(seen[0], ['x.py', 'sub']);
});

test('the table: one type per option name, shorts unique, every command loadable, formats where --format is read', () => {
  const types = new Map<string, string>(Object.entries(GLOBAL_OPTIONS).map(([name, o]) => [name, o.type]));
  const shorts = new Map<string, string>();
  const visit = (specs: readonly CommandSpec[]) => {
    for (const spec of specs) {
      assert.ok(spec.load || spec.subcommands, `${spec.name} has nothing to run`);
      assert.ok(spec.usage.startsWith(spec.name), `${spec.name}: usage starts with its name`);
      for (const [name, option] of [...optionsOf(spec)]) {
        assert.is(types.get(name) ?? option.type, option.type, `--${name} has one type`);
        types.set(name, option.type);
        if (option.short) {
          assert.is(shorts.get(option.short) ?? name, name, `-${option.short} is one option`);
          shorts.set(option.short, name);
        }
      }
      if (spec.subcommands) visit(spec.subcommands);
    }
  };
  visit(COMMANDS);
  assert.ok(optionIndex().options.has('rev'));
});

test('sub-commands: the next word picks one, with its own options', () => {
  const load = async () => ({ run: async () => 0 });
  const table: CommandSpec[] = [
    ...COMMANDS,
    {
      name: 'db', usage: 'db <command>', describe: 'the database', options: {},
      subcommands: [
        { name: 'status', usage: 'status', describe: 'status', options: { schema: { type: 'boolean', describe: 'objects' } }, load },
        { name: 'stamp-plan', usage: 'stamp-plan', describe: 'plan', options: {}, load },
      ],
    },
  ];
  assert.equal(parse(['db', 'status', '--schema'], table), run('db status', { schema: true }));
  assert.equal(parse(['--cwd', 'x', 'db', 'stamp-plan'], table), run('db stamp-plan', { cwd: 'x' }));
  assert.equal(parse(['db'], table), 'error: `migcheck db` needs one of: status, stamp-plan');
  assert.equal(parse(['db', 'stats'], table), 'error: unknown command `db stats`: did you mean `db status`?');
  assert.match(String(parse(['db', 'stamp-plan', '--schema'], table)), /`migcheck db stamp-plan` takes no --schema/);
  assert.match(String(parse(['db', 'status', 'x'], table)), /does not take `x`/);
});

test.run();
