// The fast argument parser (used on every hook run) and its hand-off to yargs.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseFast } from '../../src/cli/main.js';

test('bare invocation is check', () => {
  assert.equal(parseFast([]), { command: 'check', positionals: [], options: {} });
});

test('paths without a command go to check (what lint-staged passes)', () => {
  assert.equal(parseFast(['/abs/a.py', 'b.py'])?.positionals, ['/abs/a.py', 'b.py']);
  assert.is(parseFast(['/abs/a.py'])?.command, 'check');
});

test('command options and repeatable globals', () => {
  const parsed = parseFast(['check', '--rev', 'HEAD', '--dir', 'a', '--dir', 'b', '--format', 'json', '--no-color']);
  assert.equal(parsed, { command: 'check', positionals: [], options: { rev: 'HEAD', dir: ['a', 'b'], format: 'json', color: false } });
});

test('short options', () => {
  assert.equal(parseFast(['merge', '-m', 'join heads'])?.options, { message: 'join heads' });
});

test('help, version and unknown options are left to yargs', () => {
  assert.is(parseFast(['--help']), undefined);
  assert.is(parseFast(['check', '-h']), undefined);
  assert.is(parseFast(['--version']), undefined);
  assert.is(parseFast(['check', '--bogus']), undefined);
  assert.is(parseFast(['heads', '--apply']), undefined);
});

test('an option value that looks like an option stays a value (never an option to git)', () => {
  assert.equal(parseFast(['check', '--target=--upload-pack=evil'])?.options, { target: '--upload-pack=evil' });
});

test.run();
