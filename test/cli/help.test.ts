// The help is rendered from the command table: each command's help lists exactly the options the
// parser lets it take, the general help lists every command, and the environment variables and
// examples are there.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { COMMANDS, GLOBAL_OPTIONS } from '../../src/cli/command-table.js';
import { helpText } from '../../src/cli/help.js';
import { optionIndex, optionsOf } from '../../src/cli/parse-argv.js';

/** The `--name` flags a help text lists in its Options section. */
function listedOptions(text: string): string[] {
  const section = text.split('\nOptions:\n')[1]!.split('\n\n')[0]!;
  return [...section.matchAll(/^ {2}(?:-\w, )?--(?:\[no-\])?([\w-]+)/gm)].map((m) => m[1]!).filter((name) => name !== 'help' && name !== 'version').sort();
}

test('each command’s help lists exactly the options it takes', () => {
  for (const spec of COMMANDS) {
    const text = helpText([spec.name]);
    assert.equal(listedOptions(text), [...optionsOf(spec).keys()].sort(), spec.name);
    assert.ok(text.startsWith(`Usage: migcheck ${spec.usage}\n`), spec.name);
    for (const [example] of spec.examples ?? []) assert.ok(text.includes(example), `${spec.name}: ${example}`);
    // What it does not take is not there.
    for (const name of optionIndex().options.keys()) {
      if (!optionsOf(spec).has(name)) assert.not.match(text, new RegExp(`--(\\[no-\\])?${name}(?![\\w-])`), `${spec.name} --help names --${name}`);
    }
  }
});

test('the general help: every command, the global options, MIGCHECK_SKIP, MIGCHECK_TARGET, examples, exit codes', () => {
  const text = helpText([]);
  for (const spec of COMMANDS) assert.ok(text.includes(`\n  ${spec.usage} `), spec.name);
  assert.equal(listedOptions(text), Object.keys(GLOBAL_OPTIONS).sort());
  for (const part of ['MIGCHECK_SKIP=1', 'MIGCHECK_TARGET=REF', 'NO_COLOR', 'Examples:', 'Exit codes: 0', 'before or after the command']) assert.ok(text.includes(part), part);
  for (const line of text.split('\n')) assert.ok(line.length <= 80 || !line.includes(' '), `wider than 80: ${line}`);
});

test('a help topic that is not a command says the nearest', () => {
  assert.throws(() => helpText(['chekc']), /no command `chekc`: did you mean `check`\?/);
  assert.throws(() => helpText(['check', 'extra']), /`migcheck help` does not take `extra`/);
});

test.run();
