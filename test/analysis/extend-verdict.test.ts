/**
 * The verdict of a commit derived from its HEAD's verdict and the trees' summaries must be
 * exactly what analyseEnvironment says of the whole index, on random histories: forks, merges,
 * labels, depends_on, a target that moved on (behind branches), a branch with commits of its own,
 * and staged files that extend a head, fork, merge, repeat an id or a path, or carry labels. Where
 * the derivation declines, the full analysis runs; where it answers, it must agree to the letter.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { analyseEnvironment } from '../../src/core/analysis/index.js';
import { extendVerdict, selfVerdict, verdictOf, type TreeView } from '../../src/core/analysis/extend-verdict.js';
import { buildGraph } from '../../src/core/graph/index.js';
import { summaryHeader } from '../../src/cache/summary-header.js';
import type { RevisionFile } from '../../src/core/types.js';
import type { RevisionSpec } from '../helpers/revision-files.js';
import { randomGraph, seededRandom } from '../alembic/fixtures/random-graph.js';
import { fileOf, treeOf } from './trees.js';

/** A tree's view as its summary gives it. */
function viewOf(files: readonly RevisionFile[]): TreeView {
  const header = summaryHeader(buildGraph(files), files);
  const ids = new Set(files.map((f) => f.revision));
  const paths = new Set(files.map((f) => f.path));
  return { ...header, has: (id) => ids.has(id), hasPath: (path) => paths.has(path) };
}

const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

interface Case {
  base: RevisionSpec[];
  branch: RevisionSpec[];
  targetGain: RevisionSpec[];
  staged: RevisionSpec[];
  allowed: string[];
}

let counter = 0;
const freshId = (rand: () => number) => `n${(counter++).toString(16)}${Math.floor(rand() * 1e6).toString(16)}`;

/** Random revisions on top of `specs` (each on a revision already there, mostly the newest). */
function grow(rand: () => number, specs: readonly RevisionSpec[], count: number, options: { labels?: boolean; ontoHeads?: boolean } = {}): RevisionSpec[] {
  const all = [...specs];
  const out: RevisionSpec[] = [];
  for (let i = 0; i < count; i++) {
    const named = new Set(all.flatMap((s) => s.down ?? []));
    const heads = all.filter((s) => !named.has(s.rev));
    const pool = options.ontoHeads && heads.length > 0 && rand() < 0.8 ? heads : all;
    const parent = pool.length === 0 ? undefined : rand() < 0.6 ? pool[pool.length - 1]! : pool[Math.floor(rand() * pool.length)]!;
    const down = parent ? (rand() < 0.1 && all.length > 1 ? [parent.rev, all[Math.floor(rand() * all.length)]!.rev] : [parent.rev]) : [];
    const spec: RevisionSpec = { rev: freshId(rand), down: [...new Set(down)], message: `grown ${counter}` };
    if (options.labels && rand() < 0.15) spec.labels = [`gl${counter}`];
    if (options.labels && rand() < 0.08 && all.length > 0) {
      // Often on a head: what depends on a head decides how labels run down to it.
      const on = rand() < 0.5 && heads.length > 0 ? heads : all;
      spec.dependsOn = [on[Math.floor(rand() * on.length)]!.rev];
    }
    all.push(spec);
    out.push(spec);
  }
  return out;
}

function randomCase(rand: () => number): Case {
  // Half the histories are the common kind (one line, now and then a label); half anything.
  const base = rand() < 0.5 ? grow(rand, [], 2 + Math.floor(rand() * 20), { ontoHeads: true, labels: rand() < 0.3 }) : randomGraph(rand).specs;
  const behind = rand() < 0.45;
  const branch = rand() < 0.6 ? grow(rand, base, 1 + Math.floor(rand() * 3), { labels: true, ontoHeads: true }) : [];
  const targetGain = behind ? grow(rand, base, 1 + Math.floor(rand() * 3), { labels: true, ontoHeads: true }) : [];
  const checked = [...base, ...branch];
  let staged = grow(rand, checked, 1 + Math.floor(rand() * 3), { labels: rand() < 0.3, ontoHeads: rand() < 0.85 });
  const roll = rand();
  if (roll < 0.05 && targetGain.length > 0) staged = [{ ...staged[0]!, rev: targetGain[0]!.rev }]; // an id the target has
  else if (roll < 0.08 && base.length > 0) staged = [{ ...staged[0]!, rev: base[0]!.rev }]; // an id HEAD has
  else if (roll < 0.12) {
    // An id that is a branch label somewhere.
    const labels = [...base, ...branch, ...targetGain].flatMap((spec) => spec.labels ?? []);
    if (labels.length > 0) staged = [{ ...staged[0]!, rev: labels[Math.floor(rand() * labels.length)]! }];
  }
  const heads = [...base, ...branch].map((s) => s.rev);
  const allowed = rand() < 0.1 ? [heads[Math.floor(rand() * heads.length)]!] : [];
  return { base, branch, targetGain, staged, allowed };
}

test('the derived verdict equals analyseEnvironment of the whole index, on random histories', () => {
  const rand = seededRandom(20251205);
  let derived = 0;
  let derivedBehind = 0;
  let selfDerived = 0;
  const cases = 3000;
  for (let n = 0; n < cases; n++) {
    const c = randomCase(rand);
    const base = treeOf(c.base);
    const target = treeOf(c.base, c.targetGain);
    const head = treeOf(c.base, c.branch);
    const added = c.staged.map((s) => fileOf(s));
    // A staged file at a path the target already has (another revision's file): replaced when merged.
    if (rand() < 0.04 && c.targetGain.length > 0) added[0] = { ...added[0]!, path: fileOf(c.targetGain[0]!).path };
    const checked = treeOf(head, added);
    const analyse = (files: readonly RevisionFile[]) => analyseEnvironment({ mode: 'commit', targetName: 'main', checked: files, base, target, allowedHeads: c.allowed });
    const full = verdictOf(analyse(checked));
    const label = `case ${n}: ${JSON.stringify(c)}`;
    if (c.branch.length === 0 && c.targetGain.length === 0) {
      const self = selfVerdict(viewOf(head), c.allowed);
      if (self) {
        selfDerived++;
        assert.equal(plain(self), plain(verdictOf(analyse(head))), `self, ${label}`);
      }
    }
    const before = verdictOf(analyse(head));
    const extended = extendVerdict({ verdict: before, head: viewOf(head), base: viewOf(base), target: viewOf(target), added, targetName: 'main', allowedHeads: c.allowed });
    if (!extended) continue;
    derived++;
    if (extended.verdict.findings.length > 0) derivedBehind++;
    assert.equal(plain(extended.verdict), plain(full), label);
    assert.equal(plain(extended.heads), plain(summaryHeader(buildGraph(checked), checked).heads), `heads of the index, ${label}`);
  }
  // The derivation must answer the common shapes, or it is no use: a fair share of cases.
  assert.ok(derived > cases * 0.1, `derived ${derived} of ${cases}`);
  assert.ok(derivedBehind > 30, `behind-target derived ${derivedBehind} times`);
  assert.ok(selfDerived > 30, `self verdicts ${selfDerived}`);
});

test.run();
