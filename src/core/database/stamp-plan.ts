/**
 * The commands that make a version table true, as data (never run): stamp the revisions whose
 * objects are all present (and whose pending ancestors are too), merge a forked graph, then let
 * `alembic upgrade` apply what is really missing. What no command can settle — objects half
 * there, SQL the reader cannot judge, rows with other values — is listed, not guessed.
 */
import { unexcusedHeads } from '../graph/unexcused-heads.js';
import type { Graph, RevisionId } from '../types.js';
import type { DatabaseStatus } from './database-state.js';
import { stampable, type ObjectEvidence, type RevisionEvidence, type RowDifference } from './evidence.js';

/** One command of the plan. */
export type PlanStep =
  /** `alembic stamp --purge ROWS`: the rows that are not below another row. */
  | { kind: 'purge'; revisions: RevisionId[] }
  /** `alembic stamp REVS`: record revisions whose objects exist (`covers`: how many pending revisions that records). */
  | { kind: 'stamp'; revisions: RevisionId[]; covers: number; beside: RevisionId[] }
  /** `migcheck merge`: join the graph's heads in one merge migration. */
  | { kind: 'merge'; heads: readonly RevisionId[] }
  /** `alembic upgrade head` (or `heads` for intentional branches): apply what is missing. */
  | { kind: 'upgrade'; target: 'head' | 'heads'; applies: RevisionId[]; afterBlockers: boolean };

/** Something no command settles; listed with its evidence. */
export type PlanBlocker =
  | { kind: 'unknown-rows'; revisions: RevisionId[] }
  | { kind: 'partial'; revision: RevisionId; missing: ObjectEvidence[] }
  | { kind: 'unknown'; revision: RevisionId; evidence: RevisionEvidence }
  | { kind: 'present-after-missing'; revision: RevisionId; after: RevisionId[] };

/** Rows a bulk_insert wrote that the database holds with other values. */
export interface DataDifference {
  revision: RevisionId;
  table: string;
  line: number;
  differences: RowDifference[];
  missing: number;
}

export interface StampPlan {
  steps: PlanStep[];
  blockers: PlanBlocker[];
  dataDiffers: DataDifference[];
}

/** Plans the commands for one environment. `judged` holds the evidence of every pending revision. */
export function planStamp(graph: Graph, status: DatabaseStatus, judged: readonly RevisionEvidence[], allowedHeads: readonly RevisionId[] = []): StampPlan {
  const plan: StampPlan = { steps: [], blockers: [], dataDiffers: [] };
  if (status.state === 'unknown-revision') {
    plan.blockers.push({ kind: 'unknown-rows', revisions: status.unknown });
    return plan;
  }
  let rows = status.recorded;
  if (status.overlaps.length > 0) {
    const below = new Set(status.overlaps.map(([ancestor]) => ancestor));
    rows = status.recorded.filter((r) => !below.has(r));
    plan.steps.push({ kind: 'purge', revisions: rows });
  }
  if (status.pending.length === 0) return plan;

  const ok = stampable(graph, judged);
  const byId = new Map(judged.map((j) => [j.revision, j]));
  // The stamp names the newest stampable revisions; each records its ancestors with it.
  const targets = [...ok].filter((id) => !graph.nodes.get(id)!.children.some((c) => ok.has(c)));
  if (targets.length > 0) {
    const ordered = status.pending.map((p) => p.revision).filter((id) => targets.includes(id));
    plan.steps.push({ kind: 'stamp', revisions: ordered, covers: ok.size, beside: rows.filter((r) => !isBelowAny(graph, r, ordered)) });
  }
  const rest = status.pending.filter((p) => !ok.has(p.revision));
  const blocked = new Set<RevisionId>();
  for (const p of rest) {
    const j = byId.get(p.revision);
    if (!j) continue;
    if (j.evidence === 'partial') {
      plan.blockers.push({ kind: 'partial', revision: p.revision, missing: j.objects.filter((o) => o.matches === false) });
      blocked.add(p.revision);
    } else if (j.evidence === 'unknown') {
      plan.blockers.push({ kind: 'unknown', revision: p.revision, evidence: j });
      blocked.add(p.revision);
    } else if (j.evidence === 'applied-outside' || j.evidence === 'data-differs') {
      // Present, but an ancestor is not: upgrade would run it again over objects that exist.
      if (!j.empty) {
        const node = graph.nodes.get(p.revision)!;
        const after = [...node.parents, ...node.dependsOn].filter((a) => rest.some((r) => r.revision === a));
        plan.blockers.push({ kind: 'present-after-missing', revision: p.revision, after });
        blocked.add(p.revision);
      }
    }
  }
  for (const j of judged) {
    for (const o of j.objects) {
      const rowsNote = o.notes.find((n) => n.code === 'rows');
      if (rowsNote?.code === 'rows' && rowsNote.differing.length > 0) {
        plan.dataDiffers.push({ revision: j.revision, table: o.table, line: o.line, differences: rowsNote.differing, missing: rowsNote.missing });
      }
    }
  }
  const fork = unexcusedHeads(graph, allowedHeads).length > 1;
  if (fork) plan.steps.push({ kind: 'merge', heads: graph.heads });
  if (rest.length > 0 || fork) {
    plan.steps.push({ kind: 'upgrade', target: graph.heads.length > 1 && !fork ? 'heads' : 'head', applies: rest.map((p) => p.revision), afterBlockers: blocked.size > 0 });
  }
  return plan;
}

/** Whether `row` is an ancestor of one of `revisions` (the stamp moves that row instead of adding one). */
function isBelowAny(graph: Graph, row: RevisionId, revisions: readonly RevisionId[]): boolean {
  const todo = [...revisions];
  const seen = new Set<RevisionId>();
  while (todo.length > 0) {
    const id = todo.pop()!;
    const node = graph.nodes.get(id);
    if (!node) continue;
    for (const p of [...node.parents, ...node.dependsOn]) {
      if (p === row) return true;
      if (!seen.has(p)) {
        seen.add(p);
        todo.push(p);
      }
    }
  }
  return false;
}
