// The pure half of the evidence and the plan: objects looked up in a catalogue snapshot (named
// ones by name, unnamed ones by columns, types, rows), the verdict per revision, and the stamp
// plan's rules (stamp only what is present with its ancestors, list the rest, upgrade heads for
// intentional branches, purge overlapping rows).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildGraph } from '../../src/core/graph/index.js';
import { readRevisionFile } from '../../src/core/reader/index.js';
import { readUpgrade } from '../../src/core/schema/index.js';
import { databaseStatus } from '../../src/core/database/database-state.js';
import { judgeRevisions, sameCell } from '../../src/core/database/evidence.js';
import { planStamp } from '../../src/core/database/stamp-plan.js';
import type { Catalogue } from '../../src/core/database/catalogue.js';

interface Rev { rev: string; down: string[]; upgrade: string; labels?: string[] }
const text = (r: Rev) => `from alembic import op\nimport sqlalchemy as sa\nrevision = '${r.rev}'\ndown_revision = ${r.down.length === 0 ? 'None' : `(${r.down.map((d) => `'${d}'`).join(', ')},)`}\nbranch_labels = ${r.labels ? `('${r.labels.join("', '")}',)` : 'None'}\n\ndef upgrade():\n${r.upgrade.split('\n').map((l) => `    ${l}`).join('\n')}\n`;

function judge(revs: Rev[], recorded: string[], catalogue: Partial<Catalogue>) {
  const files = revs.map((r) => readRevisionFile(`versions/${r.rev}.py`, text(r)));
  const graph = buildGraph(files);
  const status = databaseStatus(graph, recorded);
  const readings = new Map(revs.map((r) => [r.rev, readUpgrade(text(r))]));
  const full: Catalogue = { dialect: 'postgresql', searchPath: ['public'], schemas: ['public'], tables: [], indexes: [], constraints: [], rows: [], ...catalogue };
  const judged = judgeRevisions(graph, status.pending, readings, full);
  return { graph, status, judged, plan: planStamp(graph, status, judged) };
}

const table = (name: string, columns: string[], schema = 'public') => ({ schema, name, columns: columns.map((c) => ({ name: c, type: c === 'shares' ? 'integer' : 'text', nullable: true })) });

test('unnamed constraints are matched by their columns in any order; named ones by name', () => {
  const { judged } = judge([
    { rev: 'a', down: [], upgrade: "op.create_unique_constraint(None, 't', ['x', 'y'])\nop.create_foreign_key('fk_named', 't', 'u', ['u_id'], ['id'])" },
  ], [], {
    tables: [table('t', ['x', 'y', 'u_id']), table('u', ['id'])],
    constraints: [
      { schema: 'public', table: 't', name: 'whatever_the_convention_made', type: 'unique', columns: ['y', 'x'] },
      { schema: 'public', table: 't', name: 'fk_named', type: 'foreign-key', columns: ['u_id'], references: { schema: 'public', table: 'u', columns: ['id'] } },
    ],
  });
  assert.is(judged[0]!.evidence, 'applied-outside');
  assert.equal(judged[0]!.objects.map((o) => o.found), [true, true]);
});

test('a type change is judged by the column type; nullability too', () => {
  const revs: Rev[] = [{ rev: 'a', down: [], upgrade: "op.alter_column('f', 'shares', type_=sa.BigInteger(), nullable=False)" }];
  const before = judge(revs, [], { tables: [table('f', ['shares'])] });
  assert.is(before.judged[0]!.evidence, 'absent');
  assert.equal(before.judged[0]!.objects[0]!.notes.map((n) => n.code), ['type-differs', 'nullable-differs']);
  const after = judge(revs, [], { tables: [{ schema: 'public', name: 'f', columns: [{ name: 'shares', type: 'bigint', nullable: false }] }] });
  assert.is(after.judged[0]!.evidence, 'applied-outside');
});

test('an object changed again by a later pending revision proves nothing about the earlier one', () => {
  const { judged, plan } = judge([
    { rev: 'a', down: [], upgrade: "op.create_table('tmp', sa.Column('id', sa.Integer()))" },
    { rev: 'b', down: ['a'], upgrade: "op.drop_table('tmp')" },
  ], [], {});
  assert.is(judged[0]!.evidence, 'unknown');
  assert.equal(judged[0]!.objects[0]!.notes, [{ code: 'superseded', by: 'b' }]);
  assert.is(judged[1]!.evidence, 'applied-outside');
  assert.equal(plan.blockers.map((b) => [b.kind, 'revision' in b ? b.revision : '']), [['unknown', 'a'], ['present-after-missing', 'b']]);
});

test('rows: as inserted, with other values, missing, and a truncated read that cannot prove absence', () => {
  const revs: Rev[] = [{ rev: 'a', down: [], upgrade: "t = sa.table('k', sa.column('code'), sa.column('label'), sa.column('n'))\nop.bulk_insert(t, [{'code': 'a', 'label': 'A', 'n': 1}, {'code': 'b', 'label': 'B', 'n': 2}, {'code': 'c', 'label': 'C', 'n': 3}])" }];
  const base = { tables: [table('k', ['code', 'label', 'n'])] };
  const rows = (r: (string | null)[][], truncated = false) => ({ ...base, rows: [{ schema: 'public', table: 'k', columns: ['code', 'label', 'n'], rows: r, truncated }] });
  const same = judge(revs, [], rows([['a', 'A', '1'], ['b', 'B', '2.0'], ['c', 'C', '3']]));
  assert.is(same.judged[0]!.evidence, 'applied-outside');
  const differs = judge(revs, [], rows([['a', 'A', '1'], ['b', 'b!', '2'], ['c', 'C', '3']]));
  assert.is(differs.judged[0]!.evidence, 'data-differs');
  assert.equal(differs.plan.dataDiffers[0]!.differences, [{ key: { code: 'b', n: '2' }, columns: [{ column: 'label', expected: 'B', found: 'b!' }] }]);
  assert.equal(differs.plan.steps.map((s) => s.kind), ['stamp']);
  const missing = judge(revs, [], rows([['a', 'A', '1']]));
  assert.is(missing.judged[0]!.evidence, 'absent');
  const truncated = judge(revs, [], rows([['a', 'A', '1']], true));
  assert.is(truncated.judged[0]!.evidence, 'unknown');
  assert.ok(sameCell(true, 1) && sameCell(true, 'true') && sameCell(1.5, '1.50') && sameCell('1', 1) && !sameCell(null, 'x'));
});

test('the plan: stamp the newest present revisions, upgrade the absent rest; intentional branches upgrade heads; overlaps purge', () => {
  const chain: Rev[] = [
    { rev: 'base', down: [], upgrade: "op.create_table('t0', sa.Column('id', sa.Integer()))" },
    { rev: 'x1', down: ['base'], upgrade: "op.create_table('t1', sa.Column('id', sa.Integer()))", labels: ['expand'] },
    { rev: 'x2', down: ['x1'], upgrade: "op.create_table('t2', sa.Column('id', sa.Integer()))" },
    { rev: 'y1', down: ['base'], upgrade: "op.create_table('t3', sa.Column('id', sa.Integer()))", labels: ['contract'] },
  ];
  const { plan } = judge(chain, ['base'], { tables: [table('t0', ['id']), table('t1', ['id'])] });
  assert.equal(plan.steps, [
    { kind: 'stamp', revisions: ['x1'], covers: 1, beside: [] },
    { kind: 'upgrade', target: 'heads', applies: ['x2', 'y1'], afterBlockers: false },
  ]);
  const overlap = judge(chain.slice(0, 3), ['base', 'x1', 'x2'], { tables: [] });
  assert.is(overlap.status.state, 'overlap');
  assert.equal(overlap.plan.steps, [{ kind: 'purge', revisions: ['x2'] }]);
});

test('states: current, behind, partial, unknown-revision, empty, no version table', () => {
  const revs: Rev[] = [
    { rev: 'a', down: [], upgrade: 'pass' },
    { rev: 'b', down: ['a'], upgrade: 'pass' },
    { rev: 'c', down: ['a'], upgrade: 'pass' },
  ];
  const graph = buildGraph(revs.map((r) => readRevisionFile(`versions/${r.rev}.py`, text(r))));
  assert.is(databaseStatus(graph, ['b', 'c']).state, 'current');
  assert.is(databaseStatus(graph, ['a']).state, 'behind');
  assert.equal(databaseStatus(graph, ['a']).pending.map((p) => [p.revision, p.head]), [['b', 'b'], ['c', 'c']]);
  assert.is(databaseStatus(graph, ['b']).state, 'partial');
  assert.is(databaseStatus(graph, ['b', 'zzz']).state, 'unknown-revision');
  assert.is(databaseStatus(graph, []).state, 'empty');
  assert.is(databaseStatus(graph, undefined).state, 'no-version-table');
  assert.equal(databaseStatus(graph, ['a', 'b', 'c']).overlaps, [['a', 'b'], ['a', 'c']]);
});

test.run();
