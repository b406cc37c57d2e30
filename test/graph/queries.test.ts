import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ancestors, descendants } from '../../src/core/graph/ancestors.js';
import { buildGraph } from '../../src/core/graph/build-graph.js';
import { branchPoints, headLabels, isBranchPoint, isEffectiveHead, isMergePoint } from '../../src/core/graph/graph-queries.js';
import { meantRevisionLookup } from '../../src/core/graph/meant-revision.js';
import { topologicalOrder } from '../../src/core/graph/topological-order.js';
import { chainFiles, revisionFile } from './fixtures/revision-file.js';

// Load order z, b, a, m, y:   a ─┬─ b ─┐
//                                └──── m ── y      z (a second base)
const forked = () => buildGraph([...chainFiles('z:', 'b:a'), ...chainFiles('a:'), revisionFile({ rev: 'm', down: ['b', 'a'] }), revisionFile({ rev: 'y', down: ['m'], dependsOn: ['z'] })]);

test('topologicalOrder: parents first, ties in load order', () => {
  assert.equal(topologicalOrder(forked()), ['z', 'a', 'b', 'm', 'y']);
});

test('topologicalOrder: a subset keeps only edges inside it', () => {
  assert.equal(topologicalOrder(forked(), ['y', 'b', 'nope', 'b']), ['b', 'y']);
  assert.equal(topologicalOrder(forked(), []), []);
});

test('topologicalOrder: revisions in a cycle come last, in load order', () => {
  const g = buildGraph(chainFiles('q:p', 'a:', 'p:q', 'b:a'));
  assert.equal(topologicalOrder(g), ['a', 'b', 'q', 'p']);
});

test('ancestors and descendants: down_revision only by default, depends_on and the start on request', () => {
  const g = forked();
  assert.equal([...ancestors(g, ['y'])].sort(), ['a', 'b', 'm']);
  assert.equal([...ancestors(g, ['y'], { dependsOn: true })].sort(), ['a', 'b', 'm', 'z']);
  assert.equal([...ancestors(g, ['m'], { inclusive: true })].sort(), ['a', 'b', 'm']);
  assert.equal([...descendants(g, ['a'])].sort(), ['b', 'm', 'y']);
  assert.equal([...descendants(g, ['z'])], []);
  assert.equal([...descendants(g, ['z'], { dependsOn: true })], ['y']);
  assert.equal([...ancestors(g, ['unknown'])], []);
});

test('merge points, branch points, effective heads, labels', () => {
  const g = buildGraph([...chainFiles('a:', 'b:a', 'c:a'), revisionFile({ rev: 'm', down: ['b', 'c'], labels: ['zz', 'aa'] }), revisionFile({ rev: 'd', down: [], dependsOn: ['m'] })]);
  assert.equal([isMergePoint(g, 'm'), isMergePoint(g, 'b'), isMergePoint(g, 'unknown')], [true, false, false]);
  assert.equal([isBranchPoint(g, 'a'), isBranchPoint(g, 'm')], [true, false]);
  assert.equal(branchPoints(g), ['a']);
  assert.equal(headLabels(g, 'm'), ['aa', 'zz']);
  assert.equal(headLabels(g, 'unknown'), []);
  assert.equal([isEffectiveHead(g, 'm'), isEffectiveHead(g, 'd'), isEffectiveHead(g, 'a')], [true, false, false]);
});

test('meantRevisionLookup: file name, stem, slug, a path; ambiguous slugs give no guess', () => {
  const meant = meantRevisionLookup([
    revisionFile({ rev: 'abc123', path: 'm/versions/abc123_add_users.py' }),
    revisionFile({ rev: 'def456', path: 'm/versions/def456_merge.py' }),
    revisionFile({ rev: 'aaa111', path: 'm/versions/aaa111_merge.py' }),
    revisionFile({ rev: undefined, path: 'm/versions/broken.py' }),
  ]);
  const users = { revision: 'abc123', file: 'm/versions/abc123_add_users.py' };
  assert.equal(meant('abc123_add_users.py'), users);
  assert.equal(meant('abc123_add_users'), users);
  assert.equal(meant('add_users'), users);
  assert.equal(meant('versions/abc123_add_users.py'), users);
  assert.is(meant('merge'), undefined);
  assert.equal(meant('def456_merge'), { revision: 'def456', file: 'm/versions/def456_merge.py' });
  assert.is(meant('broken'), undefined);
  assert.is(meant('zzz9'), undefined);
});

test.run();
