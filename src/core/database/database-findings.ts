/**
 * The findings of a database status and the printable commands of a stamp plan: what the human,
 * JSON and explain outputs all show, worded once (messages.ts).
 */
import * as msg from '../messages.js';
import type { Severity } from '../types.js';
import type { DatabaseStatus } from './database-state.js';
import type { PlanStep, StampPlan } from './stamp-plan.js';

/** Finding codes of `migcheck db` (stable, like the check's). */
export type DatabaseFindingCode = 'db-behind' | 'db-partial' | 'db-unknown-revision' | 'db-overlap' | 'db-empty' | 'db-no-version-table';

export interface DatabaseFinding {
  code: DatabaseFindingCode | string;
  severity: Severity;
  message: string;
  fix?: string;
  revisions?: readonly string[];
  file?: string;
  line?: number;
}

/** The finding a state amounts to (none when the database is current). */
export function databaseFindings(status: DatabaseStatus, table: string): DatabaseFinding[] {
  if (status.state === 'current') return [];
  const facts = { recorded: status.recorded, heads: status.heads, pending: status.pending.length, appliedHeads: status.appliedHeads, unknown: status.unknown, table };
  const revisions = status.state === 'unknown-revision' ? status.unknown : status.state === 'overlap' ? status.overlaps.flat() : status.heads.filter((h) => !status.appliedHeads.includes(h));
  return [{
    code: `db-${status.state}`,
    severity: 'error',
    message: msg.dbStateText(status.state, facts),
    fix: msg.dbStateFix(status.state, { unknown: status.unknown, overlaps: status.overlaps }),
    revisions,
  }];
}

/** How to run Alembic for the environment: the folder of its config, and `-c`/`-n` when they are not the defaults. */
export interface AlembicInvocation {
  cwd?: string;
  args: string[];
}

/** One printable step: the command and why. */
export interface PrintedStep {
  command: string;
  why: string;
}

/** The plan's steps as commands to print. */
export function planCommands(plan: StampPlan, alembic: AlembicInvocation): PrintedStep[] {
  const prefix = ['alembic', ...alembic.args].join(' ');
  const merge = plan.steps.some((s) => s.kind === 'merge');
  return plan.steps.map((step: PlanStep): PrintedStep => {
    switch (step.kind) {
      case 'purge':
        return { command: `${prefix} stamp --purge ${step.revisions.join(' ')}`, why: msg.dbPlanPurgeWhy(step.revisions) };
      case 'stamp':
        return { command: `${prefix} stamp ${step.revisions.join(' ')}`, why: msg.dbPlanStampWhy(step.revisions, step.covers, step.beside) };
      case 'merge':
        return { command: msg.dbPlanMergeCommand(), why: msg.dbPlanMergeWhy(step.heads) };
      case 'upgrade':
        return { command: `${prefix} upgrade ${step.target}`, why: msg.dbPlanUpgradeWhy(step.applies, merge, step.afterBlockers) };
    }
  });
}
