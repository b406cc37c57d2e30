/**
 * How to run `alembic` for an environment: the folder of its config and the `-c`/`-n` it needs
 * there. The database's stamp plan and explain's merge command both print commands with it.
 */
import { dirname } from 'node:path';
import type { AlembicInvocation } from '../core/database/database-findings.js';
import type { Environment } from '../core/types.js';

/** Where to run `alembic` for `env`, and the `-c`/`-n` it needs there. */
export function alembicInvocation(env: Environment): AlembicInvocation {
  if (env.config === undefined) return { args: [] };
  const folder = dirname(env.config);
  const base = env.config.slice(env.config.lastIndexOf('/') + 1);
  const args: string[] = [];
  if (base !== 'alembic.ini' && base !== 'pyproject.toml') args.push('-c', base);
  if (env.section !== undefined && env.section !== 'alembic' && !env.section.startsWith('tool.')) args.push('-n', env.section);
  return { ...(folder === '.' ? {} : { cwd: folder }), args };
}
