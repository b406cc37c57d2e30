/**
 * `migcheck graph` on a small graph (a labelled base, a fork joined by a merge, two heads): the
 * exact text drawing, Mermaid, DOT and JSON; an unknown --format is exit 2.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { makeRepo, type Repo } from '../helpers/repo.js';
import { environmentFiles, type RevisionSpec } from '../helpers/revision-files.js';
import { assertCouldNotCheck, assertExit, json } from '../check/check-helpers.js';

const SPECS: RevisionSpec[] = [
  { rev: 'a1', down: [], labels: ['core'], message: 'base' },
  { rev: 'b2', down: ['a1'], message: 'left' },
  { rev: 'c3', down: ['a1'], labels: ['reports'], message: 'right' },
  { rev: 'd4', down: ['b2'], message: 'left two' },
  { rev: 'e5', down: ['d4', 'c3'], message: 'merge' },
  { rev: 'f6', down: ['e5'], message: 'after' },
  { rev: 'g7', down: ['e5'], labels: ['audit'], message: 'side' },
];
const V = 'db/migrations/versions';

let repo: Repo;

test.before(async () => {
  repo = await makeRepo();
  await repo.commit('one environment', environmentFiles('db', SPECS));
});

test.after(async () => {
  await repo.cleanup();
});

test('graph (text): the tree with forks, merges, heads and labels', async () => {
  const [text, human] = await Promise.all([repo.migcheck(['graph']), repo.migcheck(['graph', '--format', 'text'])]);
  assertExit(text, 0);
  assert.is(text.stderr, '');
  assert.is(text.stdout, [
    '● a1 (core) (branchpoint)  base',
    '├─╮',
    '● │ b2 (core)  left',
    '● │ d4 (core)  left_two',
    '│ ● c3 (core, reports)  right',
    '├─╯',
    '● e5 (core, reports) (branchpoint) (mergepoint)  merge',
    '├─╮',
    '● │ f6 (core, reports) (head)  after',
    '  ● g7 (audit, core, reports) (head)  side',
    '',
  ].join('\n'));
  assert.equal([human.code, human.stdout], [0, text.stdout]);
});

test('graph --format mermaid and dot', async () => {
  const [mermaid, dot] = await Promise.all([repo.migcheck(['graph', '--format', 'mermaid']), repo.migcheck(['graph', '--format', 'dot'])]);
  assertExit(mermaid, 0);
  assert.is(mermaid.stderr, '');
  assert.is(mermaid.stdout, [
    'flowchart TD',
    '  r0["a1 (core)"]',
    '  r1["b2 (core)"]',
    '  r2["d4 (core)"]',
    '  r3["c3 (core, reports)"]',
    '  r4["e5 (core, reports)"]',
    '  r5["f6 (core, reports) (head)"]',
    '  r6["g7 (audit, core, reports) (head)"]',
    '  r0 --> r1',
    '  r1 --> r2',
    '  r0 --> r3',
    '  r2 --> r4',
    '  r3 --> r4',
    '  r4 --> r5',
    '  r4 --> r6',
    '  classDef head stroke-width:3px',
    '  class r5,r6 head',
    '',
  ].join('\n'));
  assertExit(dot, 0);
  assert.is(dot.stderr, '');
  assert.is(dot.stdout, [
    'digraph revisions {',
    '  rankdir=TB;',
    '  node [shape=box, fontname="monospace"];',
    '  "a1" [label="a1\\n(core)"];',
    '  "b2" [label="b2\\n(core)"];',
    '  "d4" [label="d4\\n(core)"];',
    '  "c3" [label="c3\\n(core, reports)"];',
    '  "e5" [label="e5\\n(core, reports)"];',
    '  "f6" [label="f6\\n(core, reports)\\n(head)", penwidth=2];',
    '  "g7" [label="g7\\n(audit, core, reports)\\n(head)", penwidth=2];',
    '  "a1" -> "b2";',
    '  "b2" -> "d4";',
    '  "a1" -> "c3";',
    '  "d4" -> "e5";',
    '  "c3" -> "e5";',
    '  "e5" -> "f6";',
    '  "e5" -> "g7";',
    '}',
    '',
  ].join('\n'));
});

test('graph --format json: nodes with parents, labels and marks; heads and bases', async () => {
  const r = await repo.migcheck(['graph', '--format', 'json']);
  assertExit(r, 0);
  assert.is(r.stderr, '');
  const node = (id: string, file: string, parents: string[], labels: string[], marks: { head?: boolean; merge?: boolean; branch?: boolean } = {}) => ({
    id, file: `${V}/${id}_${file}.py`, parents, dependsOn: [], labels,
    isHead: marks.head ?? false, isMergePoint: marks.merge ?? false, isBranchPoint: marks.branch ?? false,
  });
  assert.equal(json(r), {
    environments: [{
      dir: V,
      config: 'db/alembic.ini',
      nodes: [
        node('a1', 'base', [], ['core'], { branch: true }),
        node('b2', 'left', ['a1'], ['core']),
        node('c3', 'right', ['a1'], ['core', 'reports']),
        node('d4', 'left_two', ['b2'], ['core']),
        node('e5', 'merge', ['d4', 'c3'], ['core', 'reports'], { merge: true, branch: true }),
        node('f6', 'after', ['e5'], ['core', 'reports'], { head: true }),
        node('g7', 'side', ['e5'], ['audit', 'core', 'reports'], { head: true }),
      ],
      heads: ['f6', 'g7'],
      bases: ['a1'],
      problems: [],
      unreadable: [],
    }],
  });
});

test('graph --format bogus: exit 2 naming the formats', async () => {
  const r = await repo.migcheck(['graph', '--format', 'bogus']);
  assertCouldNotCheck(r, "unknown --format 'bogus': use text, mermaid, dot, json");
});

test.run();
