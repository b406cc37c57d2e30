/**
 * SharedEntries: a later listing's entries equal to an earlier listing's become those very
 * objects; a changed or new file keeps its own entry, equal in every field to what git listed.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SharedEntries } from '../../src/trees/shared-entries.js';
import { parseLsTree } from '../../src/git/parse-z.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const listing = (rows: [string, string][]) => parseLsTree(rows.map(([oid, path]) => `100644 blob ${oid}\t${path}\0`).join(''));

test('equal entries are shared; changed and new ones keep their own, equal to the listing', () => {
  const shared = new SharedEntries();
  const first = shared.share(listing([[A, 'versions/a.py'], [B, 'versions/b.py']]));
  const later = shared.share(listing([[A, 'versions/a.py'], [C, 'versions/b.py'], [C, 'versions/c.py']]));
  assert.ok(later[0] === first[0], 'the unchanged file is the earlier listing\'s object');
  assert.ok(later[1] !== first[1], 'a changed file is not taken for the earlier one');
  assert.equal(later.map(({ path, oid, mode }) => ({ path, oid, mode })), [
    { path: 'versions/a.py', oid: A, mode: '100644' },
    { path: 'versions/b.py', oid: C, mode: '100644' },
    { path: 'versions/c.py', oid: C, mode: '100644' },
  ]);
  // A third listing takes the new file from the second.
  const third = shared.share(listing([[C, 'versions/c.py']]));
  assert.ok(third[0] === later[2]);
});

test('a mode change is a change', () => {
  const shared = new SharedEntries();
  const first = shared.share(listing([[A, 'versions/a.py']]));
  const later = shared.share(parseLsTree(`100755 blob ${A}\tversions/a.py\0`));
  assert.ok(later[0] !== first[0]);
  assert.is(later[0]!.mode, '100755');
});

test.run();
