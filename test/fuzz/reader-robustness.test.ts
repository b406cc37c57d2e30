/**
 * The reader on hostile input: random bytes, NUL bytes, invalid UTF-8, latin-1 with a cookie,
 * very long lines and a 5 MB file. Properties: decoding round-trips, reading never throws (and
 * never hits the internal-failure guard), spans stay inside the text, time is linear.
 * MIGCHECK_FUZZ_RUNS sets the count (`npm run fuzz`: 100000).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { decodeSource, encodeSource } from '../../src/core/reader/decode-source.js';
import { readRevisionFile } from '../../src/core/reader/read-revision-file.js';
import { revisionText } from '../helpers/revision-files.js';

const RUNS = Number(process.env.MIGCHECK_FUZZ_RUNS ?? 1000);

function checkRead(text: string) {
  const file = readRevisionFile('migrations/versions/ab12_x.py', text);
  for (const p of file.problems) assert.not.ok(p.reason.includes('internal error'), p.reason);
  for (const site of Object.values(file.sites)) {
    assert.ok(site!.span.start >= 0 && site!.span.end <= text.length && site!.span.start < site!.span.end);
    assert.is(text.slice(site!.span.start, site!.span.end), site!.text);
  }
  if (file.revises) assert.is(text.slice(file.revises.span.start, file.revises.span.end), file.revises.text);
  return file;
}

test('fuzz: random bytes decode losslessly and read without throwing', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const src = decodeSource(bytes);
      assert.equal(Array.from(encodeSource(src)), Array.from(bytes));
      checkRead(src.text);
    }),
    { seed: 1, numRuns: RUNS },
  );
  console.log(`fuzz: ${RUNS} cases (random bytes)`);
});

const base = revisionText({ rev: 'ae1027a6acf', down: ['1975ea83b712'], labels: ['x'] });

test('fuzz: revision files with random characters spliced in read without throwing', () => {
  const piece = fc.string({ unit: fc.constantFrom('(', ')', '[', ']', '{', '}', "'", '"', '#', '\\', '\n', '\r', '\t', ' ', '\u0000', '\ufeff', 'f', 'b', 'r', '=', ':', ';', ',', 'é', '\ud800'), maxLength: 20 });
  fc.assert(
    fc.property(fc.nat({ max: base.length }), piece, (at, s) => {
      checkRead(base.slice(0, at) + s + base.slice(at));
    }),
    { seed: 2, numRuns: RUNS },
  );
  console.log(`fuzz: ${RUNS} cases (spliced characters)`);
});

test('invalid UTF-8 and latin-1 with a cookie still read', () => {
  const latin = Uint8Array.from([...new TextEncoder().encode("# -*- coding: latin-1 -*-\n# caf"), 0xe9, ...new TextEncoder().encode("\nrevision = 'r1'\ndown_revision = None\n")]);
  const a = decodeSource(latin);
  assert.is(a.encoding, 'latin1');
  const file = checkRead(a.text);
  assert.is(file.revision, 'r1');
  assert.equal(file.downRevisions, []);
  const invalid = Uint8Array.from([...new TextEncoder().encode("revision = 'r1'\ndown_revision = None\n# "), 0xff, 0xfe]);
  assert.is(checkRead(decodeSource(invalid).text).revision, 'r1');
  const nul = checkRead("revision = 'r1'  # \u0000\ndown_revision = None\n");
  assert.is(nul.revision, 'r1');
  // A NUL inside the statement is a syntax error to Python: the value is refused, not guessed.
  assert.is(checkRead("revision = 'r1'\u0000\ndown_revision = None\n").revision, undefined);
});

/**
 * CPU milliseconds to read `text`, best of three. CPU time rather than wall time: CI machines
 * are shared, and a busy neighbour must not fail a linear-time reader.
 */
function timeRead(text: string, enough = 0): number {
  let best = Infinity;
  for (let k = 0; k < 3 && best >= enough; k++) {
    const c0 = process.cpuUsage();
    checkRead(text);
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  return best;
}

const FIVE_MB = 5 * 1024 * 1024;
const big: [string, string][] = [
  ['many functions', base + 'def upgrade():\n    op.execute("""\n  SELECT 1 -- \'\n""")\n    x = (1, [2], {3: \'a\'})  # c\n'.repeat(Math.ceil(FIVE_MB / 90))],
  ['one very long line', base + 'X = [' + "'abc', ".repeat(FIVE_MB / 7) + ']\n'],
  ['a long down_revision tuple', "revision = 'r1'\ndown_revision = (" + "'p', ".repeat(FIVE_MB / 5) + ')\n'],
  ['unclosed brackets', base + '('.repeat(FIVE_MB)],
  ['unterminated quotes', base + "'\n".repeat(FIVE_MB / 2)],
  ['an unterminated triple-quoted string', base + '"""' + 'x'.repeat(FIVE_MB)],
  // Every line a watched assignment is the costliest text per byte (~4 µs a line), so 1 MB of it.
  ['repeated assignments (1 MB)', "revision = 'r1'\n" + "down_revision = 'p'\n".repeat(FIVE_MB / 100)],
  ['deeply nested value', "revision = 'r1'\ndown_revision = " + '('.repeat(FIVE_MB / 2) + "'p'" + ')'.repeat(FIVE_MB / 2) + '\n'],
  ['NUL bytes', base + '\u0000'.repeat(FIVE_MB)],
];

// Linear, not a stopwatch: under a loaded CI a CPU-second bound alone flakes, so the 5 MB read is
// also allowed 30× the time of its first tenth (linear is ~10×, quadratic ~100×); 5 s is a hang.
for (const [name, text] of big) {
  test(`5 MB file reads in well under a second: ${name}`, () => {
    const ms = timeRead(text, 500);
    if (ms < 1000) return;
    const tenth = timeRead(text.slice(0, Math.floor(text.length / 10)), 50);
    assert.ok(ms < Math.min(5000, Math.max(1000, tenth * 30)), `${name}: ${ms.toFixed(0)} ms (a tenth: ${tenth.toFixed(0)} ms)`);
  });
}

test('a statement too long to hold is refused with a reason', () => {
  const text = "revision = 'r1'\ndown_revision = (" + "'p', ".repeat(200000) + ')\n';
  const file = checkRead(text);
  assert.equal(file.problems.map((p) => [p.severity, p.line, p.reason]), [
    ['error', 2, 'this statement has more than 100000 tokens and names revision, down_revision, branch_labels or depends_on; migcheck does not read statements that long'],
  ]);
  assert.is(file.downRevisions, undefined);
});

test('time is linear: 5 MB takes at most ~8× what 1 MB takes', () => {
  const unit = base + 'def upgrade():\n    op.add_column("t", sa.Column("c", sa.String(10)))  # \'"\n';
  const one = unit.repeat(Math.ceil(1024 * 1024 / unit.length));
  const t1 = timeRead(one);
  const t5 = timeRead(one.repeat(5));
  assert.ok(t5 < Math.max(8 * t1, 50), `1 MB ${t1.toFixed(1)} ms, 5 MB ${t5.toFixed(1)} ms`);
});

test.run();
