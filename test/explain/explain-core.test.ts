// The pure parts of explain: the log parser, the docstring reader, the divergence point, when the
// second head appeared (a fork inside a chain joined again later does not count), and the merge id.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { addedCommitsArgs, parseAddedCommits } from '../../src/git/added-commits.js';
import { docstringFacts } from '../../src/core/reader/docstring-facts.js';
import { buildGraph } from '../../src/core/graph/index.js';
import { divergencePoint } from '../../src/core/graph/divergence-point.js';
import { secondHead } from '../../src/core/explain/explain-history.js';
import { mergeRevisionId } from '../../src/core/explain/explain-environment.js';
import type { AddingCommit } from '../../src/core/explain/explain-types.js';
import type { RevisionFile } from '../../src/core/types.js';

const rev = (id: string, down: string[]): RevisionFile => ({
  path: `v/${id}.py`, revision: id, revisionSource: 'variable', downRevisions: down, branchLabels: [], dependsOn: [], sites: {}, problems: [],
});

test('the log parser reads subjects by position and paths after them; refs never reach git as options', () => {
  const out = `${['migcheck-commit', 'aaa', 'p1 p2', '100', '2024-01-01T00:00:00Z', 'migcheck-commit', '\nv/a.py', 'v/b b.py', 'migcheck-commit', 'bbb', '', '50', '2023-01-01T00:00:00Z', ''].join('\0')}\0`;
  assert.equal(parseAddedCommits(out), [
    { commit: { id: 'aaa', parents: ['p1', 'p2'], time: 100, date: '2024-01-01T00:00:00Z', subject: 'migcheck-commit' }, paths: ['v/a.py', 'v/b b.py'] },
    { commit: { id: 'bbb', parents: [], time: 50, date: '2023-01-01T00:00:00Z', subject: '' }, paths: [] },
  ]);
  const args = addedCommitsArgs('main', ['v'], true);
  assert.ok(args.includes('--first-parent'));
  assert.equal(args.slice(-4), ['--end-of-options', 'main', '--', 'v']);
  assert.throws(() => addedCommitsArgs('--output=/tmp/x', ['v'], false), /--output/);
});

test('docstring facts: the message line and Create Date, with comments before the docstring', () => {
  assert.equal(docstringFacts('# -*- coding: utf-8 -*-\n"""add things\n\nRevision ID: a\nCreate Date: 2025-10-19 20:00:00.000000\n\n"""\nrevision = "a"\n'), { message: 'add things', createDate: '2025-10-19 20:00:00.000000' });
  assert.equal(docstringFacts("'''\nno message line\n'''\n"), {});
  assert.equal(docstringFacts('revision = "a"\n"""Create Date: not a docstring"""\n'), {});
});

test('divergence point: the last revision every head builds on; none for separate bases', () => {
  const graph = buildGraph([rev('a', []), rev('b', ['a']), rev('c', ['b']), rev('d', ['b']), rev('e', ['d']), rev('x', [])]);
  assert.is(divergencePoint(graph, ['c', 'e']), 'b');
  assert.is(divergencePoint(graph, ['c', 'x']), undefined);
});

test('the second head counts from the commit after which the line keeps two heads', () => {
  // b and c fork on a (c1) and m joins them (c2): one head again; d on a (c3, a merge) forks for good.
  const graph = buildGraph([rev('a', []), rev('b', ['a']), rev('c', ['a']), rev('m', ['b', 'c']), rev('d', ['a'])]);
  const commit = (id: string, parents: string[], time: number) => ({ id, parents, time, date: '', subject: id });
  const line: AddingCommit[] = [
    { commit: commit('c3', ['c2', 'x'], 3), paths: ['v/d.py'] },
    { commit: commit('c2', ['c1'], 2), paths: ['v/m.py'] },
    { commit: commit('c1', ['c0'], 1), paths: ['v/b.py', 'v/c.py'] },
    { commit: commit('c0', [], 0), paths: ['v/a.py'] },
  ];
  const universe = new Set(['a', 'b', 'c', 'm', 'd']);
  const found = secondHead(graph, { added: [], line, lineRef: 'main' }, universe);
  assert.is(found?.commit.id, 'c3');
  assert.is(found?.merge, true);
  assert.equal(found?.heads, ['m', 'd']);
  // Without c3 the line ends with one head: nothing brought a second one.
  assert.is(secondHead(graph, { added: [], line: line.slice(1), lineRef: 'main' }, universe), null);
});

test('the merge id is 12 hex digits, the same for the same heads in any order', () => {
  assert.match(mergeRevisionId(['k8l9m0n1o2p3', 'r4s5t6u7v8w9']), /^[0-9a-f]{12}$/);
  assert.is(mergeRevisionId(['k8l9m0n1o2p3', 'r4s5t6u7v8w9']), mergeRevisionId(['r4s5t6u7v8w9', 'k8l9m0n1o2p3']));
  assert.is.not(mergeRevisionId(['a', 'b']), mergeRevisionId(['a', 'c']));
});

test.run();
