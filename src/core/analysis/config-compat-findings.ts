/**
 * The alembic-compat findings of an environment's config: options Alembic reads differently than
 * they are written (see ConfigCompat). They belong to the environment, not to a tree's revisions,
 * so `check` adds them beside what the analysis of its trees finds.
 */
import { compatConfig, compatConfigFix } from '../messages.js';
import type { Environment, Finding } from '../types.js';

/** One warning per option of the environment's config that Alembic reads otherwise. */
export function configCompatFindings(env: Pick<Environment, 'compat' | 'config'>): Finding[] {
  return (env.compat ?? []).map((c) => ({
    code: 'alembic-compat',
    severity: 'warning',
    message: compatConfig(c),
    fix: compatConfigFix(c, env.config),
    file: c.config,
    ...(c.line === undefined ? {} : { line: c.line }),
  }));
}
