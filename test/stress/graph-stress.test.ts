/**
 * The graph must answer huge and hostile inputs correctly, without recursion (no stack
 * overflow) and in near-linear time. Bounds are generous (5 s) so that only a quadratic
 * blow-up, not a slow machine, fails them.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ancestors, descendants } from '../../src/core/graph/ancestors.js';
import { buildGraph } from '../../src/core/graph/build-graph.js';
import { graphFindings } from '../../src/core/graph/graph-findings.js';
import { branchPoints } from '../../src/core/graph/graph-queries.js';
import { topologicalOrder } from '../../src/core/graph/topological-order.js';
import type { RevisionFile } from '../../src/core/types.js';
import { renderGraphJson } from '../../src/render/graph-json.js';
import { renderGraphText } from '../../src/render/graph-text.js';
import { renderHeadsText } from '../../src/render/heads-text.js';

const BOUND_MS = 5000;
const id = (n: number) => `r${String(n).padStart(6, '0')}`;

/**
 * What this machine needs right now for linear work of the same size: 100,000 map entries with
 * five arrays each, like the graph's nodes. Tests share the machine; a loaded one is slow.
 */
function calibrate(): number {
  const start = performance.now();
  const map = new Map<string, object>();
  for (let i = 0; i < 100_000; i++) map.set(id(i), { a: [], b: [], c: [], d: [], e: [] });
  return performance.now() - start;
}

/**
 * Runs `fn` and fails when it takes longer than the bound: 5 s, or, on a machine so loaded that
 * 25 times the linear baseline is more, that. A quadratic blow-up on 100,000 revisions costs
 * thousands of times the baseline, so either bound catches it.
 */
function timed<T>(what: string, fn: () => T): T {
  const start = performance.now();
  const result = fn();
  const ms = performance.now() - start;
  if (process.env.STRESS_VERBOSE) console.log(what, Math.round(ms));
  if (ms >= BOUND_MS) {
    const baseline = calibrate();
    assert.ok(ms < 25 * baseline, `${what} took ${Math.round(ms)} ms (bound ${BOUND_MS} ms; the machine's linear baseline is ${Math.round(baseline)} ms)`);
  }
  return result;
}

const NONE: never[] = [];

/**
 * A revision file as the reader returns it, lean: the empty parts are shared (buildGraph never
 * writes to a file), so building 100,000 of them measures the graph, not the fixture.
 */
function revisionFile(spec: { rev: string; down: string[]; labels?: string[]; dependsOn?: string[]; path?: string }): RevisionFile {
  return {
    path: spec.path ?? `versions/${spec.rev}.py`,
    revision: spec.rev,
    revisionSource: 'variable',
    downRevisions: spec.down,
    branchLabels: spec.labels ? spec.labels.map((value) => ({ kind: 'string', value })) : NONE,
    dependsOn: spec.dependsOn ? spec.dependsOn.map((value) => ({ kind: 'string', value })) : NONE,
    sites: {},
    problems: NONE,
  };
}

function chain(length: number, extra: (i: number) => { labels?: string[]; dependsOn?: string[] } = () => ({})): RevisionFile[] {
  return Array.from({ length }, (_, i) => revisionFile({ rev: id(i), down: i === 0 ? [] : [id(i - 1)], ...extra(i) }));
}

test('a 100,000-revision chain: one head, one base, labels walked back to the base, no stack overflow', () => {
  const files = chain(100_000, (i) => (i === 50_000 ? { labels: ['middle'] } : {}));
  const g = timed('buildGraph', () => buildGraph(files));
  assert.equal(g.heads, [id(99_999)]);
  assert.equal(g.bases, [id(0)]);
  assert.equal(g.problems, []);
  assert.equal(g.nodes.get(id(0))!.labels, ['middle']);
  assert.equal(g.nodes.get(id(99_999))!.labels, ['middle']);
  assert.is(timed('ancestors', () => ancestors(g, [id(99_999)])).size, 99_999);
  assert.is(timed('descendants', () => descendants(g, [id(0)], { inclusive: true })).size, 100_000);
  const order = timed('topologicalOrder', () => topologicalOrder(g));
  assert.is(order[0], id(0));
  assert.is(order[99_999], id(99_999));
  assert.equal(timed('graphFindings', () => graphFindings(g)), []);
  assert.is(timed('renderHeadsText', () => renderHeadsText(g)), `${id(99_999)} (middle) (head)\n`);
  assert.is(timed('renderGraphText', () => renderGraphText(g)).split('\n').length, 100_001);
  assert.ok(timed('renderGraphJson', () => renderGraphJson(g)).length > 100_000);
});

test('a 100,000-revision chain loaded in reverse order', () => {
  const files = chain(100_000).reverse();
  const g = timed('buildGraph', () => buildGraph(files));
  assert.equal(g.heads, [id(99_999)]);
  assert.is(timed('topologicalOrder', () => topologicalOrder(g))[0], id(0));
});

test('10,000 heads on one base, each with its own label, in load order', () => {
  const files = [revisionFile({ rev: 'base', down: [] }), ...Array.from({ length: 10_000 }, (_, i) => revisionFile({ rev: id(i), down: ['base'], labels: [`l${i}`] }))];
  const g = timed('buildGraph', () => buildGraph(files));
  assert.is(g.heads.length, 10_000);
  assert.equal(g.heads.slice(0, 2), [id(0), id(1)]);
  assert.equal(branchPoints(g), ['base']);
  // base is a branch point: no label walks back onto it.
  assert.equal(g.nodes.get('base')!.labels, []);
  assert.equal(g.nodes.get(id(7))!.labels, ['l7']);
  assert.is(timed('renderHeadsText', () => renderHeadsText(g)).split('\n').length, 10_001);
  const drawn = timed('renderGraphText', () => renderGraphText(g));
  for (const row of drawn.trimEnd().split('\n')) assert.ok([...row].length <= 80);
});

test('10,000 separate bases and heads, one 10,000-parent merge', () => {
  const bases = Array.from({ length: 10_000 }, (_, i) => revisionFile({ rev: id(i), down: [] }));
  const g1 = timed('buildGraph', () => buildGraph(bases));
  assert.is(g1.heads.length, 10_000);
  assert.is(g1.bases.length, 10_000);
  const g2 = timed('buildGraph', () => buildGraph([...bases, revisionFile({ rev: 'merge', down: bases.map((b) => b.revision!) })]));
  assert.equal(g2.heads, ['merge']);
  timed('renderGraphText', () => renderGraphText(g2));
});

test('100 layers of 50-parent merges (250,000 edges)', () => {
  const width = 50;
  const files: RevisionFile[] = [];
  for (let layer = 0; layer < 100; layer++) {
    for (let k = 0; k < width; k++) {
      const down = layer === 0 ? [] : Array.from({ length: width }, (_, j) => `L${layer - 1}_${j}`);
      files.push(revisionFile({ rev: `L${layer}_${k}`, down, ...(layer === 0 && k < 3 ? { labels: [`b${k}`] } : {}) }));
    }
  }
  const g = timed('buildGraph', () => buildGraph(files));
  assert.equal(g.heads, Array.from({ length: width }, (_, k) => `L99_${k}`));
  assert.is(g.bases.length, width);
  assert.equal(g.nodes.get('L99_0')!.labels, ['b0', 'b1', 'b2']);
  assert.is(timed('ancestors', () => ancestors(g, ['L99_0'])).size, 99 * width);
  assert.is(timed('topologicalOrder', () => topologicalOrder(g)).length, 100 * width);
});

test('cycles of every length from 1 to 200, each found exactly, beside a healthy chain', () => {
  timed('all lengths', () => {
    for (let length = 1; length <= 200; length++) {
      const cycle = Array.from({ length }, (_, i) => revisionFile({ rev: `c${i}`, down: [`c${(i + length - 1) % length}`] }));
      const g = buildGraph([...chain(5), ...cycle, revisionFile({ rev: 'tail', down: ['c0'] })]);
      assert.equal(g.problems, [{ kind: 'cycle', revisions: cycle.map((f) => f.revision!), via: 'down_revision' }], `length ${length}`);
    }
  });
});

test('a 100,000-revision cycle', () => {
  const files = Array.from({ length: 100_000 }, (_, i) => revisionFile({ rev: id(i), down: [id((i + 99_999) % 100_000)] }));
  const g = timed('buildGraph', () => buildGraph(files));
  assert.is(g.problems.length, 1);
  const [problem] = g.problems;
  assert.ok(problem!.kind === 'cycle' && problem.revisions.length === 100_000 && problem.via === 'down_revision');
  assert.equal(g.heads, []);
  assert.equal(g.bases, []);
  assert.is(timed('topologicalOrder', () => topologicalOrder(g)).length, 100_000);
  assert.is(timed('graphFindings', () => graphFindings(g)).length, 1);
  timed('renderGraphText', () => renderGraphText(g));
});

test('depends_on cycles of every length from 1 to 200, and one through a 100,000-revision chain', () => {
  timed('all lengths', () => {
    for (let length = 1; length <= 200; length++) {
      // A chain c0..c(n-1) whose base depends on its head.
      const files = Array.from({ length }, (_, i) => revisionFile({ rev: `c${i}`, down: i === 0 ? [] : [`c${i - 1}`], ...(i === 0 ? { dependsOn: [`c${length - 1}`] } : {}) }));
      const g = buildGraph(files);
      assert.equal(g.problems, [{ kind: 'cycle', revisions: files.map((f) => f.revision!), via: 'depends_on' }], `length ${length}`);
    }
  });
  const files = chain(100_000, (i) => (i === 0 ? { dependsOn: [id(99_999)] } : {}));
  const g = timed('buildGraph', () => buildGraph(files));
  assert.is(g.problems.length, 1);
  assert.ok(g.problems[0]!.kind === 'cycle' && g.problems[0]!.via === 'depends_on' && g.problems[0]!.revisions.length === 100_000);
});

test('10,000 missing parents named by file name: each hint found', () => {
  const targets = Array.from({ length: 10_000 }, (_, i) => revisionFile({ rev: id(i), down: [], path: `v/${id(i)}_step_${i}.py` }));
  const children = Array.from({ length: 10_000 }, (_, i) => revisionFile({ rev: `x${i}`, down: [`${id(i)}_step_${i}.py`] }));
  const g = timed('buildGraph', () => buildGraph([...targets, ...children]));
  assert.is(g.problems.length, 10_000);
  assert.ok(g.problems.every((p, i) => p.kind === 'missing-parent' && p.meant?.revision === id(i)));
  assert.is(timed('graphFindings', () => graphFindings(g)).length, 10_000);
});

test.run();
