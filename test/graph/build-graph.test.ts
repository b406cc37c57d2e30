import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildGraph } from '../../src/core/graph/build-graph.js';
import { chainFiles, revisionFile } from './fixtures/revision-file.js';

const labelsOf = (g: ReturnType<typeof buildGraph>) => Object.fromEntries(g.order.map((id) => [id, g.nodes.get(id)!.labels.join(',')]));

test('a chain has one head and one base; children follow down_revision', () => {
  const g = buildGraph(chainFiles('a:', 'b:a', 'c:b'));
  assert.equal(g.order, ['a', 'b', 'c']);
  assert.equal(g.heads, ['c']);
  assert.equal(g.bases, ['a']);
  assert.equal(g.nodes.get('a')!.children, ['b']);
  assert.equal(g.nodes.get('c')!.parents, ['b']);
  assert.equal(g.problems, []);
});

test('heads are listed in load order, not in chain order', () => {
  const g = buildGraph(chainFiles('z2:a', 'a:', 'm1:a', 'b0:m1'));
  assert.equal(g.heads, ['z2', 'b0']);
});

test('a merge joins heads; several bases are all bases', () => {
  const g = buildGraph(chainFiles('a:', 'b:a', 'c:a', 'x:', 'm:b,c,x'));
  assert.equal(g.heads, ['m']);
  assert.equal(g.bases, ['a', 'x']);
  assert.equal(g.nodes.get('m')!.parents, ['b', 'c', 'x']);
  assert.equal(g.nodes.get('a')!.children, ['b', 'c']);
});

test('a label on a plain chain labels the whole chain (Alembic walks back to the base)', () => {
  const files = chainFiles('a:', 'b:a', 'c:b');
  files[1] = revisionFile({ rev: 'b', down: ['a'], labels: ['L'] });
  assert.equal(labelsOf(buildGraph(files)), { a: 'L', b: 'L', c: 'L' });
});

test('a label stops at the branch point below it, and passes forks and merges above it', () => {
  const files = [
    revisionFile({ rev: 'a', down: [] }),
    revisionFile({ rev: 'b', down: ['a'], labels: ['L'] }),
    revisionFile({ rev: 'c', down: ['a'] }),
    revisionFile({ rev: 'd', down: ['b'] }),
    revisionFile({ rev: 'e', down: ['b'] }),
    revisionFile({ rev: 'm', down: ['d', 'c'] }),
  ];
  assert.equal(labelsOf(buildGraph(files)), { a: '', b: 'L', c: '', d: 'L', e: 'L', m: 'L' });
});

test('a depends_on dependent makes a real branch point that stops the walk back', () => {
  const files = [
    revisionFile({ rev: 'a', down: [] }),
    revisionFile({ rev: 'b', down: ['a'] }),
    revisionFile({ rev: 'c', down: ['b'], labels: ['L'] }),
    revisionFile({ rev: 'x', down: [], dependsOn: ['b'] }),
  ];
  const g = buildGraph(files);
  assert.equal(labelsOf(g), { a: '', b: '', c: 'L', x: '' });
  assert.equal(g.nodes.get('b')!.dependents, ['x']);
  assert.equal(g.nodes.get('x')!.dependsOn, ['b']);
  assert.equal(g.bases, ['a', 'x']);
});

test('an expression label counts as a label named by its text', () => {
  const files = [revisionFile({ rev: 'a', down: [], labels: ['=cli.EXPAND'] }), revisionFile({ rev: 'b', down: ['a'] })];
  assert.equal(labelsOf(buildGraph(files)), { a: 'cli.EXPAND', b: 'cli.EXPAND' });
});

test('down_revision and depends_on may name a branch label (in down_revision it is resolved, and reported: Alembic fails on it)', () => {
  const files = [
    revisionFile({ rev: 'a', down: [], labels: ['core'] }),
    revisionFile({ rev: 'b', down: ['core'] }),
    revisionFile({ rev: 'x', down: [], dependsOn: ['core'] }),
  ];
  const g = buildGraph(files);
  assert.equal(g.nodes.get('b')!.parents, ['a']);
  assert.equal(g.nodes.get('x')!.dependsOn, ['a']);
  assert.equal(g.heads, ['b', 'x']);
  assert.equal(g.problems, [{ kind: 'label-as-parent', revision: 'b', file: 'versions/b_m.py', label: 'core', resolved: 'a' }]);
});

test('a missing parent is a problem, and a file name in down_revision names what it meant', () => {
  const files = [
    revisionFile({ rev: 'abc123', down: [], path: 'v/abc123_add_users.py' }),
    revisionFile({ rev: 'b', down: ['abc123_add_users.py'] }),
    revisionFile({ rev: 'c', down: ['abc123_add_users'] }),
    revisionFile({ rev: 'd', down: ['add_users'] }),
    revisionFile({ rev: 'e', down: ['zzz9'], dependsOn: ['nolabel'] }),
  ];
  const g = buildGraph(files);
  const meant = { revision: 'abc123', file: 'v/abc123_add_users.py' };
  assert.equal(g.problems, [
    { kind: 'missing-parent', revision: 'b', file: 'versions/b_m.py', missing: 'abc123_add_users.py', via: 'down_revision', meant },
    { kind: 'missing-parent', revision: 'c', file: 'versions/c_m.py', missing: 'abc123_add_users', via: 'down_revision', meant },
    { kind: 'missing-parent', revision: 'd', file: 'versions/d_m.py', missing: 'add_users', via: 'down_revision', meant },
    { kind: 'missing-parent', revision: 'e', file: 'versions/e_m.py', missing: 'zzz9', via: 'down_revision' },
    { kind: 'missing-parent', revision: 'e', file: 'versions/e_m.py', missing: 'nolabel', via: 'depends_on' },
  ]);
  // A revision whose parent is missing is neither a base nor anyone's child.
  assert.equal(g.bases, ['abc123']);
  assert.equal(g.heads, ['abc123', 'b', 'c', 'd', 'e']);
});

test('duplicate ids: one node (the later file, the first position), both files named', () => {
  const first = revisionFile({ rev: 'b', down: ['a'], path: 'v/b_one.py' });
  const second = revisionFile({ rev: 'b', down: ['a'], path: 'v/b_two.py' });
  const g = buildGraph([revisionFile({ rev: 'a', down: [] }), first, revisionFile({ rev: 'c', down: ['b'] }), second]);
  assert.equal(g.order, ['a', 'b', 'c']);
  assert.is(g.nodes.get('b')!.file, second);
  assert.equal(g.problems, [{ kind: 'duplicate-revision', revision: 'b', files: ['v/b_one.py', 'v/b_two.py'] }]);
  assert.equal(g.files!.length, 4);
});

test('cycles via down_revision and via depends_on, self-loops included, never an exception', () => {
  const g = buildGraph([
    revisionFile({ rev: 'base', down: [] }),
    revisionFile({ rev: 'p', down: ['q'] }),
    revisionFile({ rev: 'q', down: ['p'] }),
    revisionFile({ rev: 's', down: ['s'] }),
    revisionFile({ rev: 'd1', down: ['base'], dependsOn: ['d2'] }),
    revisionFile({ rev: 'd2', down: ['d1'] }),
    revisionFile({ rev: 'ds', down: ['base'], dependsOn: ['ds'] }),
  ]);
  assert.equal(g.problems, [
    { kind: 'cycle', revisions: ['p', 'q'], via: 'down_revision' },
    { kind: 'cycle', revisions: ['s'], via: 'down_revision' },
    { kind: 'cycle', revisions: ['d1', 'd2'], via: 'depends_on' },
    { kind: 'cycle', revisions: ['ds'], via: 'depends_on' },
  ]);
});

test('a label used twice, or equal to a revision id, is a duplicate-label problem', () => {
  const g = buildGraph([
    revisionFile({ rev: 'a', down: [], labels: ['x'] }),
    revisionFile({ rev: 'b', down: [], labels: ['x', 'a'] }),
    revisionFile({ rev: 'c', down: [], labels: ['y', 'y'] }),
  ]);
  assert.equal(g.problems, [
    { kind: 'duplicate-label', label: 'x', revisions: ['a', 'b'] },
    { kind: 'duplicate-label', label: 'a', revisions: ['a', 'b'] },
    { kind: 'duplicate-label', label: 'y', revisions: ['c'] },
  ]);
});

test('an unreadable revision id goes to unreadable; an unreadable down_revision leaves parents unknown', () => {
  const lost = revisionFile({ rev: undefined, down: ['a'] });
  const unknown = revisionFile({ rev: 'u', down: undefined });
  const g = buildGraph([revisionFile({ rev: 'a', down: [] }), lost, unknown]);
  assert.equal(g.unreadable, [lost]);
  assert.equal(g.order, ['a', 'u']);
  assert.equal(g.bases, ['a']);
  assert.equal(g.heads, ['a', 'u']);
  assert.equal(g.problems, []);
});

test('an empty environment is an empty graph', () => {
  const g = buildGraph([]);
  assert.equal([g.order, g.heads, g.bases, g.problems, g.unreadable], [[], [], [], [], []]);
});

test.run();
