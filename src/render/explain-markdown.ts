/**
 * `migcheck explain` as Markdown, ready to paste into an issue or a pull request: per environment
 * the heads table, the divergence point, the drawing (text and Mermaid), each chain in upgrade
 * order, how it happened and the two-phase fix; with --db, the database section as `db status
 * --schema` and `db stamp-plan` print it.
 */
import * as say from '../core/messages.js';
import { forkGraph } from '../core/explain/explain-environment.js';
import type { BranchFix, CommitFacts, EnvironmentExplanation, Explanation, RevisionFacts } from '../core/explain/explain-types.js';
import type { Graph } from '../core/types.js';
import { renderDatabaseStatus, renderStampPlan } from './db-human.js';
import { renderGraphMermaid } from './graph-mermaid.js';
import { renderGraphText } from './graph-text.js';
import { renderPlanText } from './plan-text.js';
import { plainStyle } from './style.js';

/** A table cell: pipes escaped, line breaks folded. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
const table = (columns: readonly string[], rows: readonly (readonly string[])[]) => [row(columns), row(columns.map(() => '---')), ...rows.map(row)];
const fence = (lang: string, text: string) => [`\`\`\`${lang}`, text.replace(/\n$/, ''), '```'];
/** The day of an ISO date (`2025-12-24T10:00:00+01:00` → `2025-12-24`). */
const day = (date: string) => date.slice(0, 10);
/** A Create Date without its seconds' fraction. */
const created = (value: string | undefined) => (value === undefined ? say.EXPLAIN_NONE : value.replace(/(\d\d:\d\d):\d\d(?:\.\d+)?/, '$1'));
const commitCell = (commit: CommitFacts | null) => (commit === null ? say.EXPLAIN_NOT_COMMITTED : say.explainCommitCell(commit.id, commit.subject));
const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

function headsTable(heads: readonly RevisionFacts[]): string[] {
  return table(say.EXPLAIN_HEAD_COLUMNS, heads.map((h) => [`\`${h.revision}\``, `\`${fileName(h.file)}\``, created(h.createDate), commitCell(h.commit), h.commit ? day(h.commit.date) : say.EXPLAIN_NONE]));
}

function chainTable(revisions: readonly RevisionFacts[]): string[] {
  return table(say.EXPLAIN_CHAIN_COLUMNS, revisions.map((r, i) => [String(i + 1), `\`${r.revision}\``, r.message ?? fileName(r.file), created(r.createDate), commitCell(r.commit)]));
}

function history(env: EnvironmentExplanation, merged: { branch: string; target: string } | undefined): string[] {
  const line = env.history.line ?? '';
  const out: string[] = [];
  for (const o of env.history.olderParents) {
    out.push(`- ${say.explainOlderParent(o.revision, o.file, o.downRevision, o.commit?.id.slice(0, 10), o.commit ? day(o.commit.date) : undefined, line, o.targetHeads, o.targetCommit?.id.slice(0, 10))}`);
  }
  if (env.history.olderParents.length === 0 && env.history.line !== null) out.push(`- ${say.explainParallel(line)}`);
  const second = env.history.secondHead;
  out.push(`- ${second ? say.explainSecondHead(line, second.commit.id.slice(0, 10), second.commit.subject, day(second.commit.date), second.merge, second.heads)
    : merged ? say.explainMergedSecondHead(merged.branch, merged.target) : say.explainUncommitted(env.history.line)}`);
  return out;
}

/** A branch's rebase plan onto `target`, as rebase-plan prints it. */
const planBlock = (b: BranchFix, target: string) =>
  fence('text', renderPlanText({ target: { ref: target, commit: '', mergeBase: b.mergeBase }, applied: false, environments: [b.plan] }, plainStyle));

function fix(env: EnvironmentExplanation, target: string | undefined): string[] {
  if (!env.fix) return [];
  const { merge, branches } = env.fix;
  if (!merge) {
    // A merged view: the target is sound, the branch is what moves.
    return [say.EXPLAIN_FIX, '', ...branches.flatMap((b) => [say.explainRebaseBranch(b.branch, target ?? ''), '', ...planBlock(b, target ?? '')])];
  }
  const out = [say.EXPLAIN_FIX, '', say.EXPLAIN_PHASE1, '', say.explainPhase1(merge.target, merge.revision), '',
    ...fence('sh', `git switch ${merge.target}\n${merge.migcheck}`), '', say.explainPhase1Alembic(merge.alembicCwd), '', ...fence('sh', merge.alembic), '',
    say.EXPLAIN_PHASE1_EMPTY, '', say.EXPLAIN_PHASE2, ''];
  if (branches.length === 0) return [...out, say.EXPLAIN_NO_BRANCHES];
  out.push(say.explainPhase2(merge.target));
  for (const b of branches) {
    out.push('', say.explainBranchHeading(b.branch, b.commit), '');
    if (b.merges.length > 0) out.push(`- ${say.explainBranchMerge(b.merges, merge.target)}`);
    if (b.revisesOldHead.length > 0) out.push(`- ${say.explainBranchOldHead(b.revisesOldHead)}`);
    out.push('', ...planBlock(b, merge.target));
  }
  return out;
}

function environmentMarkdown(env: EnvironmentExplanation, tree: string, graph: Graph | undefined, report: Explanation): string[] {
  const target = report.target?.ref;
  const merged = report.tree.kind === 'merged' ? { branch: report.tree.ref ?? '', target: target ?? '' } : undefined;
  const heads = env.heads.map((h) => h.revision);
  const out = [say.explainTitle(env.dir, tree), '', say.explainSummary(tree, heads), '', say.EXPLAIN_HEADS, '', ...headsTable(env.heads), '', say.EXPLAIN_DIVERGENCE, ''];
  const d = env.divergencePoint;
  out.push(d ? say.explainDivergence(d.revision, d.message, created(d.createDate), env.chains.length) : say.EXPLAIN_NO_DIVERGENCE, '');
  if (graph) {
    const drawn = forkGraph(graph, heads);
    out.push(say.EXPLAIN_GRAPH, '', ...fence('text', renderGraphText(drawn, { width: 120 })), '', ...fence('mermaid', renderGraphMermaid(drawn)), '');
  }
  env.chains.forEach((c, i) => out.push(say.explainChainHeading(i + 1, c.revisions.length, c.head), '', ...chainTable(c.revisions), ''));
  out.push(say.EXPLAIN_HISTORY, '', ...history(env, merged), '', ...fix(env, target));
  return out;
}

/**
 * The report; `graphs` are the environments' graphs by dir (for the drawings, which the JSON
 * leaves out: its chains carry the same facts as data).
 */
export function renderExplainMarkdown(report: Explanation, graphs: ReadonlyMap<string, Graph>): string {
  const tree = say.explainTreeName(report.tree.kind, report.tree.ref, report.target?.ref);
  const explained = report.environments.filter((env) => env.state !== 'healthy');
  if (explained.length === 0 && !report.database) return `${say.explainNothing(tree)}\n`;
  const blocks = explained.map((env) => environmentMarkdown(env, tree, graphs.get(env.dir), report).join('\n').trimEnd());
  if (explained.length === 0) blocks.push(say.explainNothing(tree));
  if (report.database) {
    blocks.push([say.EXPLAIN_DATABASE, '', say.explainDatabase(report.database.database.url), '',
      ...fence('text', renderDatabaseStatus(report.database, plainStyle)), '', ...fence('text', renderStampPlan(report.database, plainStyle))].join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}
