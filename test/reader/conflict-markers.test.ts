/**
 * A revision file committed with git's conflict markers is unparseable at the first marker line,
 * never "the last assignment wins". /usr/bin/python3 is the oracle: every text read as conflicted
 * here is one Python refuses to compile, and every text read cleanly is one it compiles.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readRevisionFile } from '../../src/core/reader/read-revision-file.js';
import { projectRoot, run } from '../helpers/repo.js';

const reason = (marker: string) =>
  `unresolved merge conflict markers (${marker} starts this line): resolve the conflict first`;

const FIX = 'keep the lines you mean, delete every marker line (<<<<<<<, |||||||, =======, >>>>>>>), then run migcheck again';
const DOC = '"""add symbol analytics\n\nRevision ID: a1\nRevises: p\n"""\n';
const TOP = DOC + "revision = 'a1'\n";
const BODY = '\n\ndef upgrade():\n    pass\n';

interface Case {
  name: string;
  text: string;
  /** [line, marker] of the one expected problem, or undefined for a clean read. */
  conflict?: [number, string];
}

const cases: Case[] = [
  {
    name: 'git merge default style around down_revision',
    text: TOP + "<<<<<<< HEAD\ndown_revision = 'k8l9m0n1o2p3'\n=======\ndown_revision = 'a1b2c3d4e5f6'\n>>>>>>> feature\n" + BODY,
    conflict: [7, '<<<<<<<'],
  },
  {
    name: 'diff3 style with the base section',
    text: TOP + "<<<<<<< HEAD\ndown_revision = 'k8l9'\n||||||| merged common ancestors\ndown_revision = 'base'\n=======\ndown_revision = 'a1b2'\n>>>>>>> feature\n" + BODY,
    conflict: [7, '<<<<<<<'],
  },
  {
    name: 'CRLF line endings',
    text: (TOP + "<<<<<<< HEAD\ndown_revision = 'x'\n=======\ndown_revision = 'y'\n>>>>>>> b\n" + BODY).replace(/\n/g, '\r\n'),
    conflict: [7, '<<<<<<<'],
  },
  {
    name: 'markers in upgrade() after every field are still an error',
    text: TOP + "down_revision = 'p'\n\ndef upgrade():\n<<<<<<< HEAD\n    op.add_column('t', 'a')\n=======\n    op.add_column('t', 'b')\n>>>>>>> b\n",
    conflict: [10, '<<<<<<<'],
  },
  {
    name: 'half-resolved: only the closing marker left',
    text: TOP + "down_revision = 'p'\n>>>>>>> feature\n" + BODY,
    conflict: [8, '>>>>>>>'],
  },
  {
    name: 'a marker alone at the end of the file',
    text: TOP + "down_revision = 'p'\n=======",
    conflict: [8, '======='],
  },
  {
    name: 'longer markers (conflict-marker-size)',
    text: TOP + "<<<<<<<<<< HEAD\ndown_revision = 'x'\n==========\ndown_revision = 'y'\n>>>>>>>>>> b\n",
    conflict: [7, '<<<<<<<'],
  },
  {
    name: 'marker lines inside a docstring are text',
    text: '"""add table\n\n=======\n<<<<<<< not a marker\n>>>>>>> nor this\n"""\nrevision = \'a1\'\ndown_revision = \'p\'\n',
  },
  {
    name: 'marker lines inside a string in upgrade() are text',
    text: TOP + "down_revision = 'p'\n\ndef upgrade():\n    op.execute('''\n=======\n''')\n",
  },
  {
    name: 'a comment of = signs is a comment',
    text: TOP + "# ======= section\ndown_revision = 'p'\n",
  },
];

for (const c of cases) {
  test(`conflict markers: ${c.name}`, async () => {
    const file = readRevisionFile('migrations/versions/a1_add.py', c.text);
    if (c.conflict) {
      assert.equal(file.problems, [{ severity: 'error', line: c.conflict[0], reason: reason(c.conflict[1]), fix: FIX }]);
      assert.is(file.revision, undefined);
      assert.is(file.downRevisions, undefined);
    } else {
      assert.equal(file.problems, []);
      assert.is(file.revision, 'a1');
      assert.equal(file.downRevisions, ['p']);
    }
    const py = await run('/usr/bin/python3', ['-c', 'import sys; compile(sys.stdin.read(), "f", "exec")'], { cwd: projectRoot, input: c.text });
    assert.is(py.code === 0, c.conflict === undefined, `python3 agrees: ${py.stderr}`);
  });
}

test.run();
