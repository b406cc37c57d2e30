/**
 * `migcheck db` for people, in the check's style: the environment, what the database records, the
 * finding with its fix, the pending revisions per branch (with `--schema`, each object looked up),
 * and for `stamp-plan` the commands to run and what no command settles.
 */
import * as msg from '../core/messages.js';
import { planCommands } from '../core/database/database-findings.js';
import type { ObjectEvidence, RevisionEvidence } from '../core/database/evidence.js';
import type { DatabaseEnvironmentReport, DatabaseReport } from '../core/database/report-types.js';
import type { Style } from './style.js';

const note = (n: ObjectEvidence['notes'][number]) => msg.dbObjectNote(n as unknown as { code: string } & Record<string, unknown>);

function objectLine(o: ObjectEvidence, style: Style): string {
  const dataDiffers = o.notes.some((n) => n.code === 'rows' && n.differing.length > 0);
  const mark = o.matches === false ? style.error('✖') : o.matches === null ? style.warning('?') : dataDiffers ? style.warning('≠') : style.ok('✔');
  const text = msg.dbObjectText({ kind: o.kind, name: o.name, table: o.table, ...(o.columns ? { columns: o.columns } : {}), expected: o.expected });
  const notes = o.notes.map(note);
  const missing = o.matches === false && o.expected === 'present' && o.found === false ? ' — missing' : o.matches === false && o.expected === 'absent' ? ' — still there' : '';
  return `      ${mark} ${text}${missing}${notes.length > 0 ? ` ${style.dim(`— ${notes.join('; ')}`)}` : ''}`;
}

function revisionBlock(e: RevisionEvidence | undefined, revision: string, file: string, style: Style): string[] {
  if (!e) return [`    ${revision}  ${style.dim(file)}`];
  const verdict = e.empty ? msg.dbEmptyRevision() : msg.DB_EVIDENCE_TEXT[e.evidence] ?? e.evidence;
  const colour = e.evidence === 'applied-outside' ? style.ok : e.evidence === 'absent' ? style.dim : e.evidence === 'partial' ? style.error : style.warning;
  const lines = [`    ${style.bold(revision)}  ${colour(verdict)}  ${style.dim(file)}`];
  for (const o of e.objects) lines.push(objectLine(o, style));
  for (const u of e.unknownSteps) lines.push(`      ${style.warning('?')} ${msg.dbUnknownStep(u.line, u.reason, u.text)}`);
  return lines;
}

function header(report: DatabaseReport, env: DatabaseEnvironmentReport, style: Style): string[] {
  const table = `${env.versionTable.schema ? `${env.versionTable.schema}.` : ''}${env.versionTable.name}`;
  return [
    style.bold(msg.environmentHeading(env.dir, env.config)),
    `  ${msg.dbLabels.database}  ${report.database.url} (${table})`,
    `  ${msg.dbLabels.recorded}  ${env.versionTable.exists ? env.status.recorded.join(', ') || msg.dbLabels.none : msg.dbLabels.noTable}`,
    `  ${msg.dbLabels.heads}     ${env.status.heads.join(', ') || msg.dbLabels.none}`,
  ];
}

function findingLines(env: DatabaseEnvironmentReport, style: Style): string[] {
  return env.findings.flatMap((f) => {
    const mark = f.severity === 'error' ? style.error('✖') : style.warning('⚠');
    const where = f.file ? ` ${style.dim(`${f.file}${f.line ? `:${f.line}` : ''}`)}` : '';
    return [`  ${mark} ${style.bold(f.code)}${where}`, `    ${f.message}`, ...(f.fix ? [`    fix: ${f.fix}`] : [])];
  });
}

/** `db status` (with or without evidence); `quiet` leaves out the pending revisions. */
export function renderDatabaseStatus(report: DatabaseReport, style: Style, options: { quiet?: boolean } = {}): string {
  const out: string[] = [];
  let errors = 0;
  for (const env of report.environments) {
    out.push(...header(report, env, style), ...findingLines(env, style));
    errors += env.findings.filter((f) => f.severity === 'error').length;
    const evidence = new Map((env.evidence ?? []).map((e) => [e.revision, e]));
    if (options.quiet) continue;
    for (const head of env.status.heads) {
      const pending = env.status.pending.filter((p) => p.head === head);
      if (pending.length === 0) continue;
      out.push(`  ${msg.dbPendingHeading(head, pending.length)}`);
      for (const p of pending) out.push(...revisionBlock(evidence.get(p.revision), p.revision, p.file, style));
    }
    if (env.evidence && env.status.pending.length > 0) out.push(`  ${style.dim(msg.dbPlanStatusHint())}`);
  }
  const summary = msg.dbSummary(report.ok, errors);
  out.push(report.ok ? style.ok(summary) : style.error(summary));
  return `${out.join('\n')}\n`;
}

/** `db stamp-plan`. */
export function renderStampPlan(report: DatabaseReport, style: Style): string {
  const out: string[] = [];
  for (const env of report.environments) {
    out.push(...header(report, env, style));
    for (const f of env.findings) out.push(`  ${f.severity === 'error' ? style.error('✖') : style.warning('⚠')} ${f.message}`);
    const plan = env.plan;
    if (!plan) continue;
    const steps = planCommands(plan, env.alembic);
    if (steps.length === 0 && plan.blockers.length === 0) out.push(`  ${msg.dbPlanNothing()}`);
    if (steps.length > 0) {
      out.push('', `  ${style.bold(msg.dbPlanHeading(env.alembic.cwd))}`);
      steps.forEach((s, i) => out.push(`    ${i + 1}. ${style.bold(s.command)}`, `       ${s.why}`));
    }
    if (plan.blockers.length > 0) {
      out.push('', `  ${style.bold(msg.dbPlanBlockersHeading())}`);
      for (const b of plan.blockers) {
        if (b.kind === 'unknown-rows') out.push(`    ${style.error('✖')} ${msg.dbPlanUnknownRows(b.revisions)}`);
        else if (b.kind === 'partial') out.push(`    ${style.error('✖')} ${msg.dbPlanPartial(b.revision, b.missing.map((o) => msg.dbObjectText({ kind: o.kind, name: o.name, table: o.table, ...(o.columns ? { columns: o.columns } : {}), expected: o.expected })))}`);
        else if (b.kind === 'present-after-missing') out.push(`    ${style.error('✖')} ${msg.dbPlanPresentAfterMissing(b.revision, b.after)}`);
        else {
          out.push(`    ${style.warning('?')} ${msg.dbPlanUnknown(b.revision)}`);
          for (const u of b.evidence.unknownSteps) out.push(`        ${msg.dbUnknownStep(u.line, u.reason, u.text)}`);
          for (const o of b.evidence.objects.filter((x) => x.matches === null)) out.push(objectLine(o, style).replace(/^ {6}/, '        '));
        }
      }
    }
    if (plan.dataDiffers.length > 0) {
      out.push('', `  ${style.bold(msg.dbPlanDataHeading())}`);
      for (const d of plan.dataDiffers) {
        const e = env.evidence?.find((x) => x.revision === d.revision);
        const o = e?.objects.find((x) => x.kind === 'rows' && x.line === d.line);
        const rows = o?.notes.find((n) => n.code === 'rows');
        out.push(`    ${style.warning('≠')} ${msg.dbPlanData(d.revision, d.table, d.line, d.differences.length, rows ? note(rows) : '')}`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}
