/** The database section of a report, as data: what `db status`, `db stamp-plan` and `explain --db` render. */
import type { Environment } from '../types.js';
import type { DatabaseFinding, AlembicInvocation } from './database-findings.js';
import type { DatabaseStatus } from './database-state.js';
import type { RevisionEvidence } from './evidence.js';
import type { StampPlan } from './stamp-plan.js';
import type { Dialect } from './catalogue.js';

/** Where the version table is. */
export interface VersionTableName {
  name: string;
  schema?: string;
}

/** One environment against the database: the contract's `environments[]` entry, as data. */
export interface DatabaseEnvironmentReport {
  dir: string;
  versionLocations: Environment['versionLocations'];
  config?: string;
  versionTable: VersionTableName & { exists: boolean };
  status: Omit<DatabaseStatus, 'applied'>;
  findings: DatabaseFinding[];
  /** With evidence: one entry per pending revision, in upgrade order. */
  evidence?: RevisionEvidence[];
  plan?: StampPlan;
  /** How to run Alembic for this environment (the commands of the plan). */
  alembic: AlembicInvocation;
}

export interface DatabaseReport {
  /** True when the database is on every head and nothing blocks. */
  ok: boolean;
  /** The URL with its password as `***`. */
  database: { dialect: Dialect; url: string };
  environments: DatabaseEnvironmentReport[];
}
