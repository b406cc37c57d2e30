/**
 * Differential test against the real thing: hundreds of seeded random graphs, written in four
 * syntaxes, read by migcheck's reader and graph, and loaded by both Alembic oracles (Debian's
 * 1.8.1 and 1.19.1), one Python process each. Heads (as sets: 1.8.1 lists files in os.listdir
 * order), every revision's branch labels and the `alembic heads` lines must agree with each;
 * where Alembic raises on a broken graph, migcheck must report the corresponding problem.
 * MIGCHECK_DIFF_SEED varies the graphs; MIGCHECK_REQUIRE_ALEMBIC=1 turns a skip into a failure.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph } from '../../src/core/graph/build-graph.js';
import { graphFindings } from '../../src/core/graph/graph-findings.js';
import { readRevisionFile } from '../../src/core/reader/read-revision-file.js';
import { selectRevisionFiles } from '../../src/core/reader/select-revision-files.js';
import type { Graph, GraphProblem } from '../../src/core/types.js';
import { renderHeadsText } from '../../src/render/heads-text.js';
import { alembicOracles, requireOracles } from '../helpers/alembic.js';
import { seedAuthOnboarding, seedChain1, seedChain2, seedPhase1Merge, seedShared } from '../helpers/seed-story.js';
import { revisionFileName, revisionText, type RevisionSpec } from '../helpers/revision-files.js';
import { askAlembic, type OracleAnswer } from './fixtures/alembic-oracle.js';
import { randomGraph, seededRandom, specDescendants } from './fixtures/random-graph.js';

const SEED = Number(process.env.MIGCHECK_DIFF_SEED ?? 20261124);
const VALID = 300;
const LABEL_IN_DOWN = 30;
const MUTATED = 140;

type Expectation =
  | { kind: 'valid'; heads: string[] }
  | { kind: 'label-in-down'; heads: string[] }
  | { kind: 'broken'; error: string[]; problem: (p: GraphProblem) => boolean; what: string };

interface Case {
  name: string;
  dir: string;
  specs: RevisionSpec[];
  expect: Expectation;
  graph?: Graph;
  /** Each oracle's answer, by Alembic version. */
  answers: Map<string, OracleAnswer>;
}

const cases: Case[] = [];
let root = '';
let available = false;

/** migcheck's graph of the files as written, through the real reader. */
function migcheckGraph(files: Record<string, string>): Graph {
  const env = { versionLocations: ['versions'], recursive: false, sourceless: false };
  return buildGraph(selectRevisionFiles(Object.keys(files), env).map((path) => readRevisionFile(path, files[path]!)));
}

function addCase(name: string, specs: RevisionSpec[], expect: Expectation, fileNames?: (s: RevisionSpec) => string) {
  const dir = join(root, `case${cases.length}`);
  mkdirSync(join(dir, 'versions'), { recursive: true });
  const files: Record<string, string> = {};
  for (const spec of specs) {
    const path = `versions/${fileNames ? fileNames(spec) : revisionFileName(spec)}`;
    files[path] = revisionText(spec);
    writeFileSync(join(dir, path), files[path]!);
  }
  cases.push({ name, dir, specs, expect, graph: migcheckGraph(files), answers: new Map() });
}

const problemKind = (kind: GraphProblem['kind'], via?: 'down_revision' | 'depends_on') => (p: GraphProblem) =>
  p.kind === kind && (via === undefined || ('via' in p && p.via === via));

/** One fault injected into a valid random graph, with what Alembic raises and migcheck reports. */
function mutate(rand: () => number, specs: RevisionSpec[]): { what: string; error: string[]; problem: (p: GraphProblem) => boolean } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const withParent = specs.filter((s) => s.down!.length > 0);
  const choice = pick(['cycle', 'self-loop', 'missing', 'missing-dep', 'dep-cycle', 'dep-self-loop', 'dup-label', 'label-is-id'] as const);
  const selfLoop = () => {
    const s = pick(specs);
    s.down = [...s.down!, s.rev];
    return { what: `self-loop at ${s.rev}`, error: ['LoopDetected'], problem: problemKind('cycle', 'down_revision') };
  };
  const dependencySelfLoop = () => {
    const s = pick(specs);
    s.dependsOn = [...s.dependsOn!, s.rev];
    return { what: `dependency self-loop at ${s.rev}`, error: ['DependencyLoopDetected'], problem: problemKind('cycle', 'depends_on') };
  };
  switch (choice) {
    case 'cycle': {
      const candidates = withParent.filter((s) => specDescendants(specs, s.rev).some((d) => !s.down!.includes(d)));
      // No revision has a descendant to loop back to: a self-loop instead.
      if (candidates.length === 0) return selfLoop();
      const s = pick(candidates);
      s.down![0] = pick(specDescendants(specs, s.rev).filter((d) => !s.down!.includes(d)));
      // Alembic's _detect_cycles only sees revisions unreachable from a base or a head: a cycle
      // entered through a merge from a base passes it silently ('none').
      return { what: `cycle through ${s.rev}`, error: ['CycleDetected', 'none'], problem: problemKind('cycle', 'down_revision') };
    }
    case 'self-loop':
      return selfLoop();
    case 'missing': {
      const s = withParent.length > 0 ? pick(withParent) : specs[specs.length - 1]!;
      s.down = ['dead0beef0', ...s.down!.slice(1)];
      return { what: `missing parent of ${s.rev}`, error: ['KeyError'], problem: problemKind('missing-parent', 'down_revision') };
    }
    case 'missing-dep': {
      const s = pick(specs);
      s.dependsOn = [...s.dependsOn!, 'nowhere1'];
      return { what: `missing dependency of ${s.rev}`, error: ['KeyError'], problem: problemKind('missing-parent', 'depends_on') };
    }
    case 'dep-cycle': {
      const candidates = specs.filter((s) => specDescendants(specs, s.rev).length > 0);
      if (candidates.length === 0) return dependencySelfLoop();
      const s = pick(candidates);
      s.dependsOn = [...s.dependsOn!, pick(specDescendants(specs, s.rev))];
      return { what: `dependency cycle through ${s.rev}`, error: ['DependencyCycleDetected', 'none'], problem: problemKind('cycle', 'depends_on') };
    }
    case 'dep-self-loop':
      return dependencySelfLoop();
    case 'dup-label': {
      const a = specs[0]!;
      const b = specs[specs.length - 1]!;
      const label = a.labels!.length > 0 ? a.labels![0]! : 'shared';
      if (a.labels!.length === 0) a.labels = ['shared'];
      b.labels = [...b.labels!.filter((l) => l !== label), label];
      if (a === b) b.labels = [label, label];
      return { what: `label ${label} twice`, error: ['RevisionError'], problem: problemKind('duplicate-label') };
    }
    case 'label-is-id': {
      const s = pick(specs);
      const other = pick(specs);
      s.labels = [...s.labels!, other.rev];
      return { what: `label ${other.rev} on ${s.rev}`, error: ['RevisionError'], problem: problemKind('duplicate-label') };
    }
  }
}

const spec = (rev: string, down: string[], extra: Partial<RevisionSpec> = {}): RevisionSpec => ({ rev, down, labels: [], dependsOn: [], ...extra });

test.before(async () => {
  // MIGCHECK_TEST_NO_ALEMBIC=1 pretends Alembic is missing, to check the skip and the CI gate.
  available = (await alembicOracles()).length > 0;
  if (!available) return;
  root = mkdtempSync(join(tmpdir(), 'migcheck-differential-'));
  const rand = seededRandom(SEED);
  for (let i = 0; i < VALID; i++) {
    const g = randomGraph(rand);
    addCase(`valid #${i}`, g.specs, { kind: 'valid', heads: g.heads });
  }
  for (let i = 0, made = 0; made < LABEL_IN_DOWN && i < 10 * LABEL_IN_DOWN; i++) {
    const g = randomGraph(rand, { labelInDown: true });
    if (!g.labelInDown) continue;
    made++;
    addCase(`label in down_revision #${i}`, g.specs, { kind: 'label-in-down', heads: g.heads });
  }
  for (let i = 0; i < MUTATED; i++) {
    const g = randomGraph(rand);
    const fault = mutate(rand, g.specs);
    addCase(`mutated #${i} (${fault.what})`, g.specs, { kind: 'broken', ...fault });
  }
  const broken = (name: string, specs: RevisionSpec[], error: string[], problem: (p: GraphProblem) => boolean, fileNames?: (s: RevisionSpec) => string) =>
    addCase(name, specs, { kind: 'broken', error, problem, what: name }, fileNames);
  broken('two-revision cycle beside a healthy base', [spec('base1', []), spec('aaa1', ['bbb2']), spec('bbb2', ['aaa1'])], ['CycleDetected'], problemKind('cycle', 'down_revision'));
  broken('three-revision cycle with a tail', [spec('aaa1', ['ccc3']), spec('bbb2', ['aaa1']), spec('ccc3', ['bbb2']), spec('ddd4', ['ccc3'])], ['CycleDetected'], problemKind('cycle', 'down_revision'));
  broken('self-loop', [spec('aaa1', []), spec('bbb2', ['bbb2'])], ['LoopDetected'], problemKind('cycle', 'down_revision'));
  broken('missing parent', [spec('aaa1', []), spec('bbb2', ['zzz9'])], ['KeyError'], problemKind('missing-parent', 'down_revision'));
  broken('file name as parent', [spec('aaa1', [], { message: 'add users' }), spec('bbb2', ['aaa1_add_users.py'])], ['KeyError'],
    (p) => p.kind === 'missing-parent' && p.meant?.revision === 'aaa1');
  broken('duplicate label', [spec('aaa1', [], { labels: ['lbl'] }), spec('bbb2', ['aaa1'], { labels: ['lbl'] })], ['RevisionError'], problemKind('duplicate-label'));
  broken('dependency cycle', [spec('aaa1', [], { dependsOn: ['bbb2'] }), spec('bbb2', ['aaa1'])], ['DependencyCycleDetected'], problemKind('cycle', 'depends_on'));
  broken('dependency self-loop', [spec('aaa1', [], { dependsOn: ['aaa1'] })], ['DependencyLoopDetected'], problemKind('cycle', 'depends_on'));
  // Alembic only warns about a duplicate id; migcheck reports it (and does not guess the winner).
  addCase('duplicate revision', [spec('aaa1', []), spec('bbb2', ['aaa1'], { message: 'one' }), spec('bbb2', ['aaa1'], { message: 'two' })], { kind: 'valid', heads: ['bbb2'] });

  // The seed's story: main with its two heads, and the AuthOnboarding branch on phase 1.
  const seedSpecs = (specs: RevisionSpec[]) => specs.map((s) => ({ ...s, labels: [], dependsOn: [] }));
  addCase('seed main', seedSpecs([...seedShared, ...seedChain1, ...seedChain2]), { kind: 'valid', heads: ['k8l9m0n1o2p3', 'r4s5t6u7v8w9'] });
  addCase('seed AuthOnboarding', seedSpecs([...seedShared, ...seedChain1, ...seedChain2, seedPhase1Merge, ...seedAuthOnboarding]), { kind: 'valid', heads: ['u7v8w9x0y1z2', '15e70d6147cd'] });

  for (const oracle of await alembicOracles()) {
    const answers = await askAlembic(oracle, cases.map((c) => c.dir), root);
    for (const c of cases) c.answers.set(oracle.version, answers.get(c.dir)!);
  }
});

test.after(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const describeCase = (c: Case) => `${c.name}, seed ${SEED}:\n${c.specs.map((s) => `  ${s.rev} <- ${s.down!.join(',') || '(base)'}${s.labels!.length ? ` labels ${s.labels!.join(',')}` : ''}${s.dependsOn!.length ? ` depends_on ${s.dependsOn!.join(',')}` : ''}`).join('\n')}`;
const sorted = (items: readonly string[]) => [...items].sort();
// `alembic heads` prints a label set in any order: sort the labels inside each line.
const normalLine = (line: string) => line.replace(/^(\S+) \(([^)]*)\)(?= \((?:effective )?head\)$)/, (_, id: string, labels: string) => `${id} (${labels.split(', ').sort().join(', ')})`);

/** Each oracle's answer for a case, with the version for messages. */
const answersOf = (c: Case) => [...c.answers].map(([version, answer]) => ({ version, answer, what: `Alembic ${version}: ${describeCase(c)}` }));

test('both Alembic oracles are importable (or the differential test is skipped)', async () => {
  // With MIGCHECK_REQUIRE_ALEMBIC=1 (CI) a missing oracle fails here.
  await requireOracles();
  if (!available) console.log('skipped: Alembic not installed');
});

test(`valid graphs: the same heads as every Alembic and as the generator (${VALID} graphs)`, () => {
  if (!available) return;
  for (const c of cases.filter((k) => k.expect.kind === 'valid')) {
    for (const { answer, what } of answersOf(c)) {
      if ('error' in answer) assert.unreachable(`raised ${answer.error}: ${answer.message}\n${what}`);
      else assert.equal(sorted(c.graph!.heads), sorted([...new Set(answer.heads)]), what);
    }
    if (c.expect.kind === 'valid') assert.equal(sorted(c.graph!.heads), sorted(c.expect.heads), describeCase(c));
  }
});

test('valid graphs: every revision carries the branch labels every Alembic gives it', () => {
  if (!available) return;
  let labelled = 0;
  for (const c of cases.filter((k) => k.expect.kind === 'valid')) {
    const ours = Object.fromEntries(c.graph!.order.map((id) => [id, sorted(c.graph!.nodes.get(id)!.labels)]));
    for (const { answer, what } of answersOf(c)) {
      if ('error' in answer) continue;
      assert.equal(ours, answer.labels, what);
      labelled += Object.values(answer.labels).filter((l) => l.length > 0).length;
    }
  }
  // The generator must really exercise propagation, or this test proves nothing.
  assert.ok(labelled > 200, `only ${labelled} labelled revisions`);
});

test('valid graphs: `migcheck heads` prints the lines `alembic heads` prints', () => {
  if (!available) return;
  let effective = 0;
  for (const c of cases.filter((k) => k.expect.kind === 'valid' && !k.name.startsWith('duplicate'))) {
    const ours = renderHeadsText(c.graph!).trimEnd().split('\n');
    for (const { answer, what } of answersOf(c)) {
      if ('error' in answer) continue;
      assert.equal(sorted(ours), sorted(answer.headLines.map(normalLine)), what);
    }
    effective += ours.filter((l) => l.endsWith('(effective head)')).length;
  }
  assert.ok(effective > 5, `only ${effective} effective heads generated`);
});

test('the generated graphs cover forks, merges, several bases, labels and depends_on', () => {
  if (!available) return;
  const valid = cases.filter((c) => c.expect.kind === 'valid').map((c) => c.graph!);
  const count = (f: (g: Graph) => boolean) => valid.filter(f).length;
  assert.ok(count((g) => g.heads.length > 1) > 50, 'forks');
  assert.ok(count((g) => [...g.nodes.values()].some((n) => n.parents.length === 3)) > 10, 'three-parent merges');
  assert.ok(count((g) => g.bases.length > 1) > 50, 'several bases');
  assert.ok(count((g) => [...g.nodes.values()].some((n) => n.file.dependsOn.some((d) => d.kind === 'string' && d.value.startsWith('lbl')))) > 10, 'labels in depends_on');
});

test('a down_revision naming a branch label: migcheck resolves it and warns (alembic-compat); every Alembic fails on it', () => {
  if (!available) return;
  const labelCases = cases.filter((c) => c.expect.kind === 'label-in-down');
  assert.ok(labelCases.length >= LABEL_IN_DOWN / 2);
  for (const c of labelCases) {
    assert.ok(c.graph!.problems.length > 0, describeCase(c));
    assert.ok(c.graph!.problems.every((p) => p.kind === 'label-as-parent'), `${JSON.stringify(c.graph!.problems)}\n${describeCase(c)}`);
    assert.ok(graphFindings(c.graph!).some((f) => f.code === 'alembic-compat' && f.severity === 'warning'), describeCase(c));
    if (c.expect.kind === 'label-in-down') assert.equal(sorted(c.graph!.heads), sorted(c.expect.heads), describeCase(c));
    // RevisionMap._detect_cycles walks down_revision through a map without labels (KeyError);
    // _normalize_depends_on, when a depends_on revision descends from it, finds the label
    // resolving to another id ("broken map").
    for (const { answer, what } of answersOf(c)) {
      const keyError = 'error' in answer && answer.error === 'KeyError' && /^'lbl\d+'$/.test(answer.message);
      const brokenMap = 'error' in answer && answer.error === 'RevisionError' && answer.message === 'Dependency resolution failed; broken map';
      assert.ok(keyError || brokenMap, `${JSON.stringify(answer)}\n${what}`);
    }
  }
});

test(`broken graphs: where Alembic raises, migcheck reports the corresponding problem (${MUTATED} mutations + named cases)`, () => {
  if (!available) return;
  const raised = new Map<string, Map<string, number>>();
  for (const c of cases) {
    if (c.expect.kind !== 'broken') continue;
    assert.ok(c.graph!.problems.some(c.expect.problem), `no matching problem in ${JSON.stringify(c.graph!.problems)} for ${describeCase(c)}`);
    for (const { version, answer, what } of answersOf(c)) {
      const error = 'error' in answer ? answer.error : 'none';
      const counts = raised.get(version) ?? new Map<string, number>();
      raised.set(version, counts);
      counts.set(error, (counts.get(error) ?? 0) + 1);
      assert.ok(c.expect.error.includes(error), `raised ${error} (${'error' in answer ? answer.message : ''}), expected ${c.expect.error}: ${what}`);
      // Where Alembic misses the cycle, its heads are still the versioned heads migcheck computes.
      if (!('error' in answer)) assert.equal(sorted(c.graph!.heads), sorted([...new Set(answer.heads)]), what);
    }
  }
  // Each kind of fault must really have made each Alembic raise, or the comparison proves little.
  for (const [version, counts] of raised) {
    for (const error of ['CycleDetected', 'LoopDetected', 'KeyError', 'DependencyCycleDetected', 'DependencyLoopDetected', 'RevisionError']) {
      assert.ok((counts.get(error) ?? 0) >= 3, `Alembic ${version} raised ${error} only ${counts.get(error) ?? 0} times: ${JSON.stringify([...counts])}`);
    }
  }
});

test('the seed: every Alembic and migcheck agree on both stories', () => {
  if (!available) return;
  for (const name of ['seed main', 'seed AuthOnboarding']) {
    const c = cases.find((k) => k.name === name)!;
    for (const { answer, what } of answersOf(c)) {
      assert.ok(!('error' in answer), what);
      if (!('error' in answer) && c.expect.kind === 'valid') assert.equal(sorted(answer.heads), sorted(c.expect.heads), what);
    }
  }
});

test('a duplicate revision id: Alembic only warns, migcheck reports both files', () => {
  if (!available) return;
  const c = cases.find((k) => k.name === 'duplicate revision')!;
  assert.equal(c.graph!.problems, [{ kind: 'duplicate-revision', revision: 'bbb2', files: ['versions/bbb2_one.py', 'versions/bbb2_two.py'] }]);
  for (const { answer, what } of answersOf(c)) assert.ok(!('error' in answer), what);
});

test.run();
