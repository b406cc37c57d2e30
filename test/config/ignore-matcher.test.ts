import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileIgnore } from '../../src/config/ignore-matcher.js';

const cases: [string, string, boolean][] = [
  ['a/versions/legacy', 'a/versions/legacy/x.py', true],
  ['a/versions/legacy/', 'a/versions/legacy/sub/x.py', true],
  ['a/versions/legacy', 'a/versions/legacy2/x.py', false],
  ['a/versions/x.py', 'a/versions/x.py', true],
  ['./a/versions/x.py', 'a/versions/x.py', true],
  ['a/versions/*.py', 'a/versions/x.py', true],
  ['a/versions/*.py', 'a/versions/sub/x.py', false],
  ['a/**/*.py', 'a/x.py', true],
  ['a/**/*.py', 'a/b/c/x.py', true],
  ['**/old_*.py', 'old_1.py', true],
  ['**/old_*.py', 'deep/dir/old_1.py', true],
  ['**/old_*.py', 'deep/dir/new_1.py', false],
  ['a/versions/?.py', 'a/versions/x.py', true],
  ['a/versions/?.py', 'a/versions/xy.py', false],
  ['a.b/v', 'aXb/v', false],
  ['a/**', 'a/x/y', true],
];

test('globs match repository-relative paths', () => {
  for (const [pattern, path, expected] of cases) {
    assert.is(compileIgnore([pattern])(path), expected, `${pattern} vs ${path}`);
  }
});

test('no patterns ignore nothing', () => {
  assert.is(compileIgnore([])('a/versions/x.py'), false);
});

test.run();
