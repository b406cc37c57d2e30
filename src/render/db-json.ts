/**
 * `migcheck db --format json`: the contract's shape (database, environments with state, recorded,
 * heads, pending in upgrade order, unknown, findings, stampPlan), plus the evidence's detail.
 */
import { dbObjectNote, dbUnknownStep, DB_UNKNOWN_REASON } from '../core/messages.js';
import { planCommands } from '../core/database/database-findings.js';
import type { ObjectEvidence } from '../core/database/evidence.js';
import type { DatabaseEnvironmentReport } from '../core/database/report-types.js';

/** The report as the contract's JSON object (before stringifying). */
export function databaseJson(report: { database: { dialect: string; url: string }; environments: readonly DatabaseEnvironmentReport[] }, options: { plan: boolean }) {
  return {
    database: {
      dialect: report.database.dialect,
      url: report.database.url,
      versionTable: report.environments[0]?.versionTable.name ?? 'alembic_version',
      ...(report.environments[0]?.versionTable.schema === undefined ? {} : { versionTableSchema: report.environments[0]!.versionTable.schema }),
    },
    environments: report.environments.map((env) => {
      const evidence = new Map((env.evidence ?? []).map((e) => [e.revision, e]));
      const plan = env.plan;
      return {
        dir: env.dir,
        ...(env.config ? { config: env.config } : {}),
        state: env.status.state,
        versionTableExists: env.versionTable.exists,
        recorded: env.status.recorded,
        heads: env.status.heads,
        pending: env.status.pending.map((p) => {
          const e = evidence.get(p.revision);
          return {
            revision: p.revision, head: p.head, file: p.file,
            ...(e ? {
              evidence: e.evidence,
              empty: e.empty,
              objects: e.objects.map(objectJson),
              unknownSteps: e.unknownSteps.map((u) => ({ line: u.line, reason: u.reason, text: u.text, message: dbUnknownStep(u.line, u.reason, u.text) })),
            } : {}),
          };
        }),
        unknown: env.status.unknown,
        overlaps: env.status.overlaps.map(([ancestor, descendant]) => ({ ancestor, descendant })),
        findings: env.findings,
        ...(plan && (options.plan || env.evidence) ? {
          ...(env.alembic.cwd ? { runIn: env.alembic.cwd } : {}),
          stampPlan: planCommands(plan, env.alembic),
          blockers: plan.blockers.map((b) => b.kind === 'unknown-rows' ? b : b.kind === 'partial'
            ? { kind: b.kind, revision: b.revision, missing: b.missing.map(objectJson) }
            : b.kind === 'unknown'
              ? { kind: b.kind, revision: b.revision, unknownSteps: b.evidence.unknownSteps.map((u) => ({ line: u.line, reason: u.reason, text: u.text, message: DB_UNKNOWN_REASON[u.reason] })), undecided: b.evidence.objects.filter((o) => o.matches === null).map(objectJson) }
              : b),
          dataDiffers: plan.dataDiffers,
        } : {}),
      };
    }),
  };
}

function objectJson(o: ObjectEvidence) {
  return {
    kind: o.kind, name: o.name, schema: o.schema, table: o.table, ...(o.columns ? { columns: o.columns } : {}),
    expected: o.expected, found: o.found, matches: o.matches, op: o.op, line: o.line,
    ...(o.notes.length > 0 ? { notes: o.notes.map((n) => ({ ...n, message: dbObjectNote(n as unknown as { code: string } & Record<string, unknown>) })) } : {}),
  };
}

/** The JSON text. */
export function renderDatabaseJson(report: Parameters<typeof databaseJson>[0], options: { plan: boolean }): string {
  return `${JSON.stringify(databaseJson(report, options), null, 2)}\n`;
}
