import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { addedOrderArgs, parseAddedOrder } from '../../src/git/added-order.js';
import { parseUnstaged, unstagedPathsArgs } from '../../src/git/unstaged-paths.js';

test('added order: git log -z output with the commit marker', () => {
  // Printed by git 2.39 for two commits adding v/b.py, then v/a1.py and v/a2.py.
  assert.equal(parseAddedOrder('migcheck-commit\0\nv/b.py\0migcheck-commit\0\nv/a1.py\0v/a2.py\0'), ['v/b.py', 'v/a1.py', 'v/a2.py']);
  assert.equal(parseAddedOrder(''), []);
  assert.equal(addedOrderArgs('abc', ['v']), ['log', '--reverse', '--diff-filter=A', '--name-only', '-z', '--no-renames', '--format=tformat:migcheck-commit', '--end-of-options', 'abc..HEAD', '--', 'v']);
  assert.throws(() => addedOrderArgs('--output=x', ['v']), /not a valid git ref/);
});

test('unstaged paths: the worktree column of git status --porcelain -z', () => {
  assert.equal(parseUnstaged(' M a.py\0M  b.py\0?? c.py\0MM d.py\0 D e.py\0'), ['a.py', 'c.py', 'd.py', 'e.py']);
  assert.equal(unstagedPathsArgs(['v/a b.py']), ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', ':(literal)v/a b.py']);
});

test.run();
