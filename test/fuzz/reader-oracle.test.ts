/**
 * Differential fuzzing of the static reader against Python itself: for random Python-ish files
 * and mutations of real revision files, every file the reader accepts (no error problem) must
 * have exactly the values `ast.literal_eval` gives for the last module-level assignments.
 * MIGCHECK_FUZZ_RUNS sets the number of samples per batch (`npm run fuzz`: 100000).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { readRevisionFile } from '../../src/core/reader/read-revision-file.js';
import { decodeSource } from '../../src/core/reader/decode-source.js';
import type { RevisionFile } from '../../src/core/types.js';
import { pythonOracle, type OracleResult } from '../fixtures/reader/python-oracle.js';
import { revisionText, type RevisionStyle } from '../helpers/revision-files.js';
import { seedChain1, seedChain2, seedShared } from '../helpers/seed-story.js';

const RUNS = Number(process.env.MIGCHECK_FUZZ_RUNS ?? 400);
const BATCH = 20000;
const FIELDS = ['revision', 'down_revision', 'branch_labels', 'depends_on'] as const;

// ── generators ──────────────────────────────────────────────────────────────

const field = fc.constantFrom(...FIELDS, 'revision', 'down_revision', 'other');
const idChars = fc.constantFrom('a', 'b', 'f', '0', '9', '_', 'Z', 'é', ' ', '-', '@');
const escapes = fc.constantFrom('\\n', '\\t', '\\x41', '\\u00e9', '\\U0001F600', '\\101', '\\0', '\\\\', "\\'", '\\"', '\\d', '\\N{DASH}', '\\x4', '\\\n', '\\\r\n');
const extra = fc.constantFrom('#', '=', "down_revision = 'x'", '{', '}', '(', '"', "'", '\n', '\r\n');

const stringLit = fc
  .record({
    prefix: fc.oneof({ weight: 12, arbitrary: fc.constant('') }, { weight: 4, arbitrary: fc.constantFrom('r', 'u', 'R', 'U') }, { weight: 1, arbitrary: fc.constantFrom('b', 'f', 'rb', 'Rb', 'ur', 'F') }),
    quote: fc.constantFrom("'", '"', "'''", '"""'),
    parts: fc.array(fc.oneof({ weight: 30, arbitrary: idChars }, { weight: 6, arbitrary: escapes }, { weight: 1, arbitrary: extra }, { weight: 2, arbitrary: fc.constantFrom('{x}', '{x!r}', '{x:>4}', '{{', '}}') }), { maxLength: 8 }),
  })
  .map(({ prefix, quote, parts }) => {
    // Keep most strings well-formed; the `extra` pieces still make some of them broken.
    const body = parts.map((p) => (quote.length === 1 ? p.replace(/\r?\n(?<!\\\r?\n)/g, '') : p)).join('');
    return `${prefix}${quote}${body.split(quote).join('')}${quote}`;
  });

const value: fc.Arbitrary<string> = fc.letrec<{ v: string }>((tie) => ({
  v: fc.oneof(
    { weight: 8, arbitrary: stringLit },
    { weight: 2, arbitrary: fc.tuple(stringLit, fc.constantFrom(' ', '', '\n', ' \\\n'), stringLit).map(([a, s, b]) => `(${a}${s}${b})`) },
    { weight: 1, arbitrary: fc.tuple(stringLit, stringLit).map(([a, b]) => `${a} ${b}`) },
    { weight: 3, arbitrary: fc.constantFrom('None', '()', '[]', "''", 'cli.EXPAND_BRANCH', 'BASE', 'f(x)', '12', 'True', "'a' + 'b'", "('a', None)", '{"a"}', 'x[0]', '*a', "'a' if x else 'b'") },
    {
      weight: 3,
      arbitrary: fc
        .record({
          items: fc.array(tie('v'), { minLength: 0, maxLength: 3 }),
          open: fc.constantFrom('(', '['),
          sep: fc.constantFrom(', ', ',', ',\n    ', ',  # c\n    ', ' ,\n'),
          trailing: fc.boolean(),
          lead: fc.constantFrom('', '\n    ', '  # c\n    '),
        })
        .map(({ items, open, sep, trailing, lead }) => {
          const close = open === '(' ? ')' : ']';
          const t = trailing || (open === '(' && items.length === 1) ? ',' : '';
          return `${open}${lead}${items.join(sep)}${items.length ? t : ''}${close}`;
        }),
    },
    { weight: 1, arbitrary: fc.array(stringLit, { minLength: 2, maxLength: 3 }).map((xs) => xs.join(', ')) },
  ),
})).v;

const statement = fc.oneof(
  { weight: 16, arbitrary: fc.tuple(field, value, fc.constantFrom('', '  # c', ' ;', '; x = 1')).map(([f, v, tail]) => `${f} = ${v}${tail}`) },
  { weight: 6, arbitrary: fc.tuple(field, value).map(([f, v]) => `${f}: Union[str, Sequence[str], None] = ${v}`) },
  { weight: 1, arbitrary: fc.tuple(field, value).map(([f, v]) => `${f} = \\\n    ${v}`) },
  { weight: 1, arbitrary: fc.tuple(field, field, value).map(([f, g, v]) => `${f} = ${g} = ${v}`) },
  { weight: 1, arbitrary: fc.tuple(field, value).map(([f, v]) => `"""doc\n${f} = ${v}\n"""`) },
  { weight: 1, arbitrary: fc.tuple(field, value).map(([f, v]) => `def upgrade():\n    ${f} = ${v}\n    pass`) },
  { weight: 1, arbitrary: fc.tuple(field, value).map(([f, v]) => `class A:\n    ${f} = ${v}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('if X:', 'try:', 'with x:', 'for i in y:', 'while 0:', 'else:'), field, value).map(([h, f, v]) => `${h}\n    ${f} = ${v}`) },
  { weight: 1, arbitrary: fc.tuple(field, value).map(([f, v]) => `if X: ${f} = ${v}`) },
  { weight: 1, arbitrary: fc.tuple(field).map(([f]) => `from x import ${f}`) },
  { weight: 1, arbitrary: fc.tuple(field).map(([f]) => `a, ${f} = 1, 2`) },
  { weight: 1, arbitrary: fc.tuple(field).map(([f]) => `${f} += 'x'`) },
  { weight: 2, arbitrary: fc.constantFrom('import os', 'from alembic import op', '# revision = "nope"', '', 'print("x")', 'x = f"{a!r:>{w}}"', 'op.add(sa.Column("a"))', 'pass', '@dec') },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('(', ')', '[', ']', "'", '"', '#', '\\', ' ', '=', ':', 'a', '\t', ';', '\n'), maxLength: 12 }) },
);

const pythonish = fc
  .record({
    head: fc.constantFrom('', '\ufeff', '# -*- coding: utf-8 -*-\n', '"""Doc\n\nRevision ID: x\nRevises: y\n"""\n'),
    body: fc.array(statement, { minLength: 0, maxLength: 6 }),
    // The two required names, so that a useful share of samples is accepted at all.
    rev: fc.constantFrom("'ae1027a6acf'", '"r1"', "'''r2'''", "u'r3'", "r'r\\4'", "('r5')", "'r' 'six'"),
    down: value,
    at: fc.tuple(fc.nat(), fc.nat()),
    nl: fc.constantFrom('\n', '\n', '\r\n'),
  })
  .map(({ head, body, rev, down, at, nl }) => {
    const lines = [...body];
    lines.splice(at[0] % (lines.length + 1), 0, `revision = ${rev}`);
    lines.splice(at[1] % (lines.length + 1), 0, `down_revision = ${down}`);
    return (head + lines.join('\n') + '\n').replace(/\r?\n/g, nl);
  });

const STYLES: RevisionStyle[] = ['annotated', 'plain', 'double', 'compact'];
const realFiles = [...seedShared, ...seedChain1, ...seedChain2].flatMap((spec, i) => [
  revisionText({ ...spec, style: STYLES[i % 4]! }),
  revisionText({ ...spec, labels: i % 3 === 0 ? ['lbl'] : undefined, dependsOn: i % 5 === 0 ? ['d1', 'd2'] : undefined, style: STYLES[(i + 1) % 4]! }),
]);

const snippet = fc.constantFrom(
  '(', ')', '[', ']', "'", '"', '"""', "'''", '#', '\\', '\n', '\r\n', '\t', '    ', '\u0000', ';', ',', 'if X:\n    ', 'def f():\n    ',
  "down_revision = 'zz'\n", "revision = 'r2'\n", 'f"', "b'", 'None', 'x = """\n', '\ufeff',
);
type Mutation = { kind: 'truncate' | 'insert' | 'delete' | 'dupline' | 'indent'; at: number; len: number; text: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('truncate', 'insert', 'insert', 'insert', 'delete', 'dupline', 'indent'),
  at: fc.nat({ max: 100000 }),
  len: fc.nat({ max: 40 }),
  text: snippet,
});
function mutate(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at) + 1;
  switch (m.kind) {
    case 'truncate': return text.slice(0, at);
    case 'insert': return text.slice(0, at) + m.text + text.slice(at);
    case 'delete': return text.slice(0, at) + text.slice(at + m.len);
    case 'dupline': return text.slice(0, lineEnd) + text.slice(lineStart, lineEnd) + text.slice(lineEnd);
    case 'indent': return text.slice(0, lineStart) + '    ' + text.slice(lineStart);
  }
}
const mutated = fc
  .tuple(fc.constantFrom(...realFiles), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([text, ms]) => ms.reduce(mutate, text));

// ── the comparison ──────────────────────────────────────────────────────────

/** Why the reader's accepted file disagrees with Python, or undefined when it agrees. */
function disagreement(file: RevisionFile, oracle: OracleResult): string | undefined {
  if (!oracle.parse) return undefined;
  const v = oracle.values;
  for (const f of FIELDS) {
    const site = file.sites[f];
    const ov = v[f];
    if ((site === undefined) !== (ov === undefined)) return `${f}: reader site ${site ? 'present' : 'absent'}, python ${JSON.stringify(ov)}`;
    if (site === undefined || ov === undefined) continue;
    const items = site.items!;
    if (items.some((i) => i.kind === 'expression')) {
      if (ov !== 'error') return `${f}: reader has an expression item, python evaluated ${JSON.stringify(ov)}`;
      continue;
    }
    const got = items.map((i) => (i.kind === 'string' ? i.value : '?'));
    if (JSON.stringify(got) !== JSON.stringify(ov)) return `${f}: reader ${JSON.stringify(got)}, python ${JSON.stringify(ov)}`;
  }
  if (file.revision !== undefined && JSON.stringify([file.revision]) !== JSON.stringify(v.revision)) return `revision ${file.revision} vs ${JSON.stringify(v.revision)}`;
  if (JSON.stringify(file.downRevisions) !== JSON.stringify(v.down_revision)) return `down_revision ${JSON.stringify(file.downRevisions)} vs ${JSON.stringify(v.down_revision)}`;
  return undefined;
}

function differential(name: string, arb: fc.Arbitrary<string>, seed: number, minAccepted: number) {
  test(`fuzz oracle: ${name}`, () => {
    let done = 0;
    let accepted = 0;
    let compared = 0;
    let rejected = 0;
    for (let batch = 0; done < RUNS; batch++) {
      const n = Math.min(BATCH, RUNS - done);
      const texts = fc.sample(arb, { seed: seed + batch, numRuns: n });
      const bytes = texts.map((t) => new TextEncoder().encode(t));
      const oracle = pythonOracle(bytes);
      texts.forEach((_, i) => {
        const text = decodeSource(bytes[i]!).text;
        const file = readRevisionFile('migrations/versions/x_sample.py', text);
        assert.not.ok(file.problems.some((p) => p.reason.includes('internal error')), `internal error on ${JSON.stringify(text)}`);
        // A file the reader says Python cannot compile must really fail to compile: a false
        // alarm would block a commit Alembic accepts.
        const syntax = file.problems.find((p) => p.reason.startsWith('Python cannot parse this file'));
        if (syntax) {
          rejected++;
          if (oracle[i]!.parse) assert.unreachable(`the reader says "${syntax.reason}" (line ${syntax.line}), python parses it\n--- sample (seed ${seed + batch}, #${i}) ---\n${JSON.stringify(text)}`);
        }
        if (file.problems.some((p) => p.severity === 'error')) return;
        accepted++;
        if (oracle[i]!.parse) compared++;
        const why = disagreement(file, oracle[i]!);
        if (why !== undefined) assert.unreachable(`${why}\n--- sample (seed ${seed + batch}, #${i}) ---\n${text}`);
      });
      done += n;
    }
    console.log(`fuzz: ${done} cases (${name}), ${accepted} accepted by the reader, ${compared} compared with python, ${rejected} syntax errors confirmed by python`);
    // A generator that never yields an accepted, parseable file would make this test vacuous.
    assert.ok(compared >= Math.floor(done * minAccepted), `only ${compared} of ${done} samples were compared`);
  });
}

test('the oracle comparison can fail (a tampered reader result is caught)', () => {
  const text = "revision = 'r1'\ndown_revision = ('a', 'b')\nbranch_labels = cli.X\n";
  const [oracle] = pythonOracle([new TextEncoder().encode(text)]);
  const file = readRevisionFile('v/x.py', text);
  assert.is(disagreement(file, oracle!), undefined);
  assert.equal(oracle, { parse: true, values: { revision: ['r1'], down_revision: ['a', 'b'], branch_labels: 'error' } });
  const tampered = { ...file, downRevisions: ['a'], sites: { ...file.sites, down_revision: { ...file.sites.down_revision!, items: [{ kind: 'string' as const, value: 'a' }] } } };
  assert.is(disagreement(tampered, oracle!), 'down_revision: reader ["a"], python ["a","b"]');
});

differential('python-ish text', pythonish, 4242, 0.2);
differential('mutated revision files', mutated, 777, 0.1);

test.run();
