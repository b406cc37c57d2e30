/**
 * Which revision ids the config allows as extra heads in an environment: the top-level list plus
 * the environment's own.
 */
import type { Environment, MigcheckConfig } from '../core/types.js';

/** Revision ids the config allows as extra heads in `env` (top-level plus per-environment). */
export function allowedHeadsFor(config: MigcheckConfig, env: Environment): string[] {
  const own = config.environments?.find((c) => c.versionLocations.join('\0') === env.versionLocations.join('\0'))?.allowedHeads ?? [];
  return [...config.allowedHeads, ...own];
}

