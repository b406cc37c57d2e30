import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { renderGraphDot } from '../../src/render/graph-dot.js';
import { graphJson, renderGraphJson } from '../../src/render/graph-json.js';
import { renderGraphMermaid } from '../../src/render/graph-mermaid.js';
import { renderGraphText } from '../../src/render/graph-text.js';
import { renderHeadsText } from '../../src/render/heads-text.js';
import { seedAuthOnboarding, seedChain1, seedChain2, seedPath, seedPhase1Merge, seedShared } from '../helpers/seed-story.js';
import { seedGraph } from './fixtures/seed-graph.js';
import { smallGraph } from './fixtures/small-graph.js';
import { revisionFile } from './fixtures/revision-file.js';
import { buildGraph } from '../../src/core/graph/build-graph.js';

const text = (rows: string[]) => rows.map((r) => `${r}\n`).join('');
const mainGraph = () => seedGraph([...seedShared, ...seedChain1, ...seedChain2]);
const authGraph = () => seedGraph([...seedShared, ...seedChain1, ...seedChain2, seedPhase1Merge, ...seedAuthOnboarding]);

test('heads: the seed\'s main has the two heads of the investigation, in load order', () => {
  assert.is(renderHeadsText(mainGraph()), 'k8l9m0n1o2p3 (head)\nr4s5t6u7v8w9 (head)\n');
  assert.is(renderHeadsText(authGraph()), '15e70d6147cd (head)\nu7v8w9x0y1z2 (head)\n');
});

test('heads: labels sorted, effective head for a head another revision depends on', () => {
  assert.is(renderHeadsText(smallGraph()), text(['c3 (cart, core, shop) (effective head)', 'n1 (net"work) (head)', 'm4 (core) (head)', 'x5 (head)']));
  assert.is(renderHeadsText(seedGraph([])), '');
});

test('graph text: the seed\'s main, fork and merge drawn, every row within 80 columns', () => {
  const drawn = renderGraphText(mainGraph());
  assert.is(drawn, text([
  "● 1a2b3c4d5e6f  initial_schema",
  "● c5d6e7f8a9b0  add_portfolios",
  "● f8g9h0i1j2k3 (branchpoint)  add_ai_insights_tables",
  "├─╮",
  "● │ 7003a3be89fe  add_sector_exposure_and_concentration",
  "● │ h1i2j3k4l5m6  add_portfolio_id_to_interest_rate_betas",
  "● │ b9f866cb3838  add_spread_factor_definitions",
  "● │ 035e1888bea0  add_portfolio_target_price_fields",
  "● │ ca2a68ee0c2c  add_batch_run_tracking_table",
  "● │ 9b0768a49ad8  add_multi_portfolio_support",
  "● │ ce3dd9222427  add_fundamental_tables_and_enhance",
  "● │ f2a8b1c4d5e6 (branchpoint)  change_share_counts_to_bigint",
  "├─┼─╮",
  "● │ │ 2623cfc89fb7  add_notes_column_and_active_positions",
  "● │ │ a3b4c5d6e7f8  add_position_realized_events",
  "● │ │ 62b5c8b1d8a3  add_equity_changes_table",
  "● │ │ i6j7k8l9m0n1  add_composite_indexes_for_performance",
  "● │ │ j7k8l9m0n1o2  add_priority_performance_indexes",
  "│ │ ● g3h4i5j6k7l8  add_portfolio_account_name_unique_constraint",
  "├─┼─╯",
  "● │ 792ffb1ab1ad (mergepoint)  merge_migration_heads",
  "● │ k8l9m0n1o2p3 (head)  add_snapshot_idempotency_fields",
  "  ● n0o1p2q3r4s5  add_symbol_analytics_tables",
  "  ● o1p2q3r4s5t6  add_admin_user_tables",
  "  ● p2q3r4s5t6u7  add_user_activity_events",
  "  ● q3r4s5t6u7v8  add_ai_request_metrics",
  "  ● r4s5t6u7v8w9 (head)  add_batch_history_daily_metrics",
]));
  const rows = drawn.trimEnd().split('\n');
  assert.ok(rows.length <= 30);
  for (const row of rows) assert.ok([...row].length <= 80, row);
});

test('graph text: the AuthOnboarding branch on top of phase 1 (two merges of the same heads)', () => {
  assert.is(renderGraphText(authGraph()), text([
  "● 1a2b3c4d5e6f  initial_schema",
  "● c5d6e7f8a9b0  add_portfolios",
  "● f8g9h0i1j2k3 (branchpoint)  add_ai_insights_tables",
  "├─╮",
  "● │ 7003a3be89fe  add_sector_exposure_and_concentration",
  "● │ h1i2j3k4l5m6  add_portfolio_id_to_interest_rate_betas",
  "● │ b9f866cb3838  add_spread_factor_definitions",
  "● │ 035e1888bea0  add_portfolio_target_price_fields",
  "● │ ca2a68ee0c2c  add_batch_run_tracking_table",
  "● │ 9b0768a49ad8  add_multi_portfolio_support",
  "● │ ce3dd9222427  add_fundamental_tables_and_enhance",
  "● │ f2a8b1c4d5e6 (branchpoint)  change_share_counts_to_bigint",
  "├─┼─╮",
  "● │ │ 2623cfc89fb7  add_notes_column_and_active_positions",
  "● │ │ a3b4c5d6e7f8  add_position_realized_events",
  "● │ │ 62b5c8b1d8a3  add_equity_changes_table",
  "● │ │ i6j7k8l9m0n1  add_composite_indexes_for_performance",
  "● │ │ j7k8l9m0n1o2  add_priority_performance_indexes",
  "│ │ ● g3h4i5j6k7l8  add_portfolio_account_name_unique_constraint",
  "├─┼─╯",
  "● │ 792ffb1ab1ad (mergepoint)  merge_migration_heads",
  "● │ k8l9m0n1o2p3 (branchpoint)  add_snapshot_idempotency_fields",
  "├─┼─╮",
  "│ ● │ n0o1p2q3r4s5  add_symbol_analytics_tables",
  "│ ● │ o1p2q3r4s5t6  add_admin_user_tables",
  "│ ● │ p2q3r4s5t6u7  add_user_activity_events",
  "│ ● │ q3r4s5t6u7v8  add_ai_request_metrics",
  "│ ● │ r4s5t6u7v8w9 (branchpoint)  add_batch_history_daily_metrics",
  "│ ├─┼─╮",
  "├─╯ │ │",
  "●   │ │ t6u7v8w9x0y1 (mergepoint)  merge_heads",
  "●   │ │ s5t6u7v8w9x0  add_clerk_auth_columns",
  "●   │ │ 15e70d6147cd (head)  add_batch_runs_table",
  "    ├─╯",
  "    ● u7v8w9x0y1z2 (head) (mergepoint)  merge_chain1_and_chain2_heads",
]));
});

test('graph text: markers for labels, missing parents, depends_on, unreadable files', () => {
  assert.is(renderGraphText(smallGraph()), text([
  "● a1 (core) (branchpoint)  create_accounts",
  "├─╮",
  "● │ b2 (core)  add_orders",
  "● │ m4 (core) (head) (mergepoint) (missing 'zz9')  merge",
  "  ● c3 (cart, core, shop) (effective head)  add_cart",
  "● n1 (net\"work) (head) (depends on a1)",
  "● x5 (head) (depends on c3)  extra",
  "? versions/broken.py (revision id unreadable)",
]));
});

test('graph text: rows are cut to the width', () => {
  const rows = renderGraphText(mainGraph(), { width: 30 }).trimEnd().split('\n');
  assert.is(rows[0], '● 1a2b3c4d5e6f  initial_schema');
  assert.is(rows[4], '● │ 7003a3be89fe  add_sector_…');
  for (const row of rows) assert.ok([...row].length <= 30, row);
});

test('graph text: revisions in a cycle are drawn after everything else, marked', () => {
  const g = buildGraph(['a:', 'p:q,a', 'q:p', 'z:a'].map((line) => {
    const [rev, down] = line.split(':');
    return revisionFile({ rev: rev!, down: down ? down.split(',') : [], path: `versions/${rev}.py` });
  }));
  assert.is(renderGraphText(g), text([
    '● a (branchpoint)',
    '├─╮',
    '│ ● z (head)',
    '● p (mergepoint) (cycle)',
    '● q (cycle)',
  ]));
  assert.is(renderGraphText(seedGraph([])), '');
});

test('mermaid: the seed\'s main', () => {
  assert.is(renderGraphMermaid(mainGraph()), text([
  "flowchart TD",
  "  r0[\"1a2b3c4d5e6f\"]",
  "  r1[\"c5d6e7f8a9b0\"]",
  "  r2[\"f8g9h0i1j2k3\"]",
  "  r3[\"7003a3be89fe\"]",
  "  r4[\"h1i2j3k4l5m6\"]",
  "  r5[\"b9f866cb3838\"]",
  "  r6[\"035e1888bea0\"]",
  "  r7[\"ca2a68ee0c2c\"]",
  "  r8[\"9b0768a49ad8\"]",
  "  r9[\"ce3dd9222427\"]",
  "  r10[\"f2a8b1c4d5e6\"]",
  "  r11[\"2623cfc89fb7\"]",
  "  r12[\"a3b4c5d6e7f8\"]",
  "  r13[\"62b5c8b1d8a3\"]",
  "  r14[\"i6j7k8l9m0n1\"]",
  "  r15[\"j7k8l9m0n1o2\"]",
  "  r16[\"g3h4i5j6k7l8\"]",
  "  r17[\"792ffb1ab1ad\"]",
  "  r18[\"k8l9m0n1o2p3 (head)\"]",
  "  r19[\"n0o1p2q3r4s5\"]",
  "  r20[\"o1p2q3r4s5t6\"]",
  "  r21[\"p2q3r4s5t6u7\"]",
  "  r22[\"q3r4s5t6u7v8\"]",
  "  r23[\"r4s5t6u7v8w9 (head)\"]",
  "  r0 --> r1",
  "  r1 --> r2",
  "  r2 --> r3",
  "  r3 --> r4",
  "  r4 --> r5",
  "  r5 --> r6",
  "  r6 --> r7",
  "  r7 --> r8",
  "  r8 --> r9",
  "  r9 --> r10",
  "  r10 --> r11",
  "  r11 --> r12",
  "  r12 --> r13",
  "  r13 --> r14",
  "  r14 --> r15",
  "  r10 --> r16",
  "  r16 --> r17",
  "  r15 --> r17",
  "  r17 --> r18",
  "  r2 --> r19",
  "  r19 --> r20",
  "  r20 --> r21",
  "  r21 --> r22",
  "  r22 --> r23",
  "  classDef head stroke-width:3px",
  "  class r18,r23 head",
]));
});

test('mermaid: labels, depends_on dotted, quotes escaped', () => {
  assert.is(renderGraphMermaid(smallGraph()), text([
  "flowchart TD",
  "  r0[\"a1 (core)\"]",
  "  r1[\"b2 (core)\"]",
  "  r2[\"m4 (core) (head)\"]",
  "  r3[\"c3 (cart, core, shop) (effective head)\"]",
  "  r4[\"n1 (net#quot;work) (head)\"]",
  "  r5[\"x5 (head)\"]",
  "  r0 --> r1",
  "  r1 --> r2",
  "  r0 --> r3",
  "  r0 -. depends_on .-> r4",
  "  r3 -. depends_on .-> r5",
  "  classDef head stroke-width:3px",
  "  class r3,r4,r2,r5 head",
]));
});

test('dot: the seed\'s main', () => {
  assert.is(renderGraphDot(mainGraph()), text([
  "digraph revisions {",
  "  rankdir=TB;",
  "  node [shape=box, fontname=\"monospace\"];",
  "  \"1a2b3c4d5e6f\";",
  "  \"c5d6e7f8a9b0\";",
  "  \"f8g9h0i1j2k3\";",
  "  \"7003a3be89fe\";",
  "  \"h1i2j3k4l5m6\";",
  "  \"b9f866cb3838\";",
  "  \"035e1888bea0\";",
  "  \"ca2a68ee0c2c\";",
  "  \"9b0768a49ad8\";",
  "  \"ce3dd9222427\";",
  "  \"f2a8b1c4d5e6\";",
  "  \"2623cfc89fb7\";",
  "  \"a3b4c5d6e7f8\";",
  "  \"62b5c8b1d8a3\";",
  "  \"i6j7k8l9m0n1\";",
  "  \"j7k8l9m0n1o2\";",
  "  \"g3h4i5j6k7l8\";",
  "  \"792ffb1ab1ad\";",
  "  \"k8l9m0n1o2p3\" [label=\"k8l9m0n1o2p3\\n(head)\", penwidth=2];",
  "  \"n0o1p2q3r4s5\";",
  "  \"o1p2q3r4s5t6\";",
  "  \"p2q3r4s5t6u7\";",
  "  \"q3r4s5t6u7v8\";",
  "  \"r4s5t6u7v8w9\" [label=\"r4s5t6u7v8w9\\n(head)\", penwidth=2];",
  "  \"1a2b3c4d5e6f\" -> \"c5d6e7f8a9b0\";",
  "  \"c5d6e7f8a9b0\" -> \"f8g9h0i1j2k3\";",
  "  \"f8g9h0i1j2k3\" -> \"7003a3be89fe\";",
  "  \"7003a3be89fe\" -> \"h1i2j3k4l5m6\";",
  "  \"h1i2j3k4l5m6\" -> \"b9f866cb3838\";",
  "  \"b9f866cb3838\" -> \"035e1888bea0\";",
  "  \"035e1888bea0\" -> \"ca2a68ee0c2c\";",
  "  \"ca2a68ee0c2c\" -> \"9b0768a49ad8\";",
  "  \"9b0768a49ad8\" -> \"ce3dd9222427\";",
  "  \"ce3dd9222427\" -> \"f2a8b1c4d5e6\";",
  "  \"f2a8b1c4d5e6\" -> \"2623cfc89fb7\";",
  "  \"2623cfc89fb7\" -> \"a3b4c5d6e7f8\";",
  "  \"a3b4c5d6e7f8\" -> \"62b5c8b1d8a3\";",
  "  \"62b5c8b1d8a3\" -> \"i6j7k8l9m0n1\";",
  "  \"i6j7k8l9m0n1\" -> \"j7k8l9m0n1o2\";",
  "  \"f2a8b1c4d5e6\" -> \"g3h4i5j6k7l8\";",
  "  \"g3h4i5j6k7l8\" -> \"792ffb1ab1ad\";",
  "  \"j7k8l9m0n1o2\" -> \"792ffb1ab1ad\";",
  "  \"792ffb1ab1ad\" -> \"k8l9m0n1o2p3\";",
  "  \"f8g9h0i1j2k3\" -> \"n0o1p2q3r4s5\";",
  "  \"n0o1p2q3r4s5\" -> \"o1p2q3r4s5t6\";",
  "  \"o1p2q3r4s5t6\" -> \"p2q3r4s5t6u7\";",
  "  \"p2q3r4s5t6u7\" -> \"q3r4s5t6u7v8\";",
  "  \"q3r4s5t6u7v8\" -> \"r4s5t6u7v8w9\";",
  "}",
]));
});

test('dot: labels, depends_on dashed, quotes escaped', () => {
  assert.is(renderGraphDot(smallGraph()), text([
  "digraph revisions {",
  "  rankdir=TB;",
  "  node [shape=box, fontname=\"monospace\"];",
  "  \"a1\" [label=\"a1\\n(core)\"];",
  "  \"b2\" [label=\"b2\\n(core)\"];",
  "  \"m4\" [label=\"m4\\n(core)\\n(head)\", penwidth=2];",
  "  \"c3\" [label=\"c3\\n(cart, core, shop)\\n(effective head)\", penwidth=2];",
  "  \"n1\" [label=\"n1\\n(net\\\"work)\\n(head)\", penwidth=2];",
  "  \"x5\" [label=\"x5\\n(head)\", penwidth=2];",
  "  \"a1\" -> \"b2\";",
  "  \"b2\" -> \"m4\";",
  "  \"a1\" -> \"c3\";",
  "  \"a1\" -> \"n1\" [style=dashed, label=\"depends_on\"];",
  "  \"c3\" -> \"x5\" [style=dashed, label=\"depends_on\"];",
  "}",
]));
});

test('json: the seed\'s main, node for node from the seed specs', () => {
  const specs = [...seedShared, ...seedChain1, ...seedChain2];
  const byPath = [...specs].sort((a, b) => (seedPath(a) < seedPath(b) ? -1 : 1));
  const children = (rev: string) => specs.filter((s) => s.down?.includes(rev)).length;
  const json = JSON.parse(renderGraphJson(mainGraph()));
  assert.equal(json, {
    nodes: byPath.map((s) => ({
      id: s.rev,
      file: seedPath(s),
      parents: s.down ?? [],
      dependsOn: [],
      labels: [],
      isHead: children(s.rev) === 0,
      isMergePoint: (s.down ?? []).length > 1,
      isBranchPoint: children(s.rev) > 1,
    })),
    heads: ['k8l9m0n1o2p3', 'r4s5t6u7v8w9'],
    bases: ['1a2b3c4d5e6f'],
    problems: [],
    unreadable: [],
  });
  assert.equal(json.nodes.filter((n: { isBranchPoint: boolean }) => n.isBranchPoint).map((n: { id: string }) => n.id), ['f2a8b1c4d5e6', 'f8g9h0i1j2k3']);
});

test('json: problems, labels, dependsOn and unreadable files', () => {
  const json = graphJson(smallGraph());
  assert.equal(json.nodes.map((n) => [n.id, n.parents, n.dependsOn, n.labels, n.isHead, n.isMergePoint, n.isBranchPoint]), [
    ['a1', [], [], ['core'], false, false, true],
    ['b2', ['a1'], [], ['core'], false, false, false],
    ['c3', ['a1'], [], ['cart', 'core', 'shop'], true, false, false],
    ['n1', [], ['a1'], ['net"work'], true, false, false],
    ['m4', ['b2'], [], ['core'], true, true, false],
    ['x5', [], ['c3'], [], true, false, false],
  ]);
  assert.equal(json.problems, [{ kind: 'missing-parent', revision: 'm4', file: 'versions/m4_merge.py', missing: 'zz9', via: 'down_revision' }]);
  assert.equal(json.unreadable, ['versions/broken.py']);
  assert.ok(renderGraphJson(smallGraph()).endsWith('}\n'));
});

test.run();
