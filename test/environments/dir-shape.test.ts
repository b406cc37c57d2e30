import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { dirShapeInListing, gitmodulesPaths } from '../../src/trees/environments-from-dirs.js';

const entry = (path: string) => ({ path, oid: '0'.repeat(40), mode: '100644' });

test('dirShapeInListing: a folder, a file, a submodule (the folder itself or a parent), missing', () => {
  const entries = [entry('db/versions/a.py'), entry('db/alembic.ini'), entry('db/versionsX/b.py')];
  const subs = new Set(['vendor/sub']);
  assert.equal(dirShapeInListing('db/versions', entries, subs), { kind: 'directory' });
  assert.equal(dirShapeInListing('db', entries, subs), { kind: 'directory' });
  assert.equal(dirShapeInListing('db/alembic.ini', entries, subs), { kind: 'file' });
  // A sibling sharing the prefix is not under it.
  assert.equal(dirShapeInListing('db/version', entries, subs), { kind: 'missing' });
  assert.equal(dirShapeInListing('vendor/sub/db/versions', entries, subs), { kind: 'submodule', path: 'vendor/sub' });
  assert.equal(dirShapeInListing('vendor/sub', entries, subs), { kind: 'submodule', path: 'vendor/sub' });
  assert.equal(dirShapeInListing('vendor/subway', entries, subs), { kind: 'missing' });
});

test('gitmodulesPaths: plain, quoted with escapes, trailing slash, other keys ignored', () => {
  const text = '[submodule "a"]\n\tpath = vendor/a\n\turl = ../a\n[submodule "b c"]\r\n  path = "lib/b \\"c\\""\r\n[submodule "d"]\n\tpath=deps/d/\n';
  assert.equal(gitmodulesPaths(text), ['vendor/a', 'lib/b "c"', 'deps/d']);
  assert.equal(gitmodulesPaths(''), []);
});

test.run();
