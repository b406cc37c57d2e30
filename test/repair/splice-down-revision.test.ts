import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spliceDownRevision } from '../../src/core/edits/splice-down-revision.js';
import { readRevisionFile } from '../../src/core/reader/index.js';
import { MigcheckError } from '../../src/core/errors.js';
import { revisionText } from '../helpers/revision-files.js';

const path = 'v/s5t6u7v8w9x0_add_clerk_auth_columns.py';
const splice = (text: string, to: string[]) => spliceDownRevision(text, readRevisionFile(path, text), to);
const refusal = (text: string, to: string[]) => {
  try {
    splice(text, to);
  } catch (error) {
    assert.instance(error, MigcheckError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
};

test('annotated: only the value and the Revises: line change', () => {
  const before = revisionText({ rev: 's5t6u7v8w9x0', down: ['t6u7v8w9x0y1'], message: 'add clerk auth columns' });
  const expected = before
    .replace('Revises: t6u7v8w9x0y1', 'Revises: u7v8w9x0y1z2')
    .replace("down_revision: Union[str, Sequence[str], None] = 't6u7v8w9x0y1'", "down_revision: Union[str, Sequence[str], None] = 'u7v8w9x0y1z2'");
  assert.is(splice(before, ['u7v8w9x0y1z2']), expected);
});

test('a tuple with one parent becomes a scalar; double quotes and the comment stay', () => {
  const before = revisionText({ rev: 'aa', down: ['bb', 'cc'], style: 'double' });
  assert.ok(before.includes('down_revision = ["bb", "cc"]  # parent'));
  const after = splice(before, ['dd']);
  assert.is(after, before.replace('Revises: bb, cc', 'Revises: dd').replace('down_revision = ["bb", "cc"]  # parent', 'down_revision = "dd"  # parent'));
  assert.is(splice(before, ['dd', 'ee']), before.replace('Revises: bb, cc', 'Revises: dd, ee').replace('["bb", "cc"]', '["dd", "ee"]'));
});

test('CRLF line endings and a BOM survive byte for byte', () => {
  const lf = revisionText({ rev: 's5t6u7v8w9x0', down: ['t6u7v8w9x0y1'], style: 'plain' });
  const before = `\uFEFF${lf.replace(/\n/g, '\r\n')}`;
  const after = splice(before, ['u7v8w9x0y1z2']);
  assert.is(after, before.replace('Revises: t6u7v8w9x0y1', 'Revises: u7v8w9x0y1z2').replace("down_revision = 't6u7v8w9x0y1'", "down_revision = 'u7v8w9x0y1z2'"));
});

test('a base becomes a child; None is a literal', () => {
  const before = revisionText({ rev: 'aa', down: [], style: 'plain' });
  assert.is(splice(before, ['zz']), before.replace('Revises: \n', 'Revises: zz\n').replace('down_revision = None', "down_revision = 'zz'"));
});

test('refuses a value that is not a literal', () => {
  const before = revisionText({ rev: 'aa', down: ['bb'], style: 'plain' }).replace("down_revision = 'bb'", 'down_revision = PARENT');
  assert.is(refusal(before, ['cc']), `cannot rewrite down_revision in ${path}:14: its value \`PARENT\` is not a literal string, tuple, list or None; edit it by hand. Nothing was changed.`);
});

test('refuses several assignments', () => {
  const before = revisionText({ rev: 'aa', down: ['bb'], style: 'plain' }).replace("down_revision = 'bb'\n", "down_revision = 'bb'\ndown_revision = 'cc'\n");
  assert.is(refusal(before, ['dd']), `cannot rewrite down_revision in ${path}: it is assigned 2 times (lines 14, 15); keep one assignment, then run migcheck rebase-plan --apply again. Nothing was changed.`);
});

test.run();
