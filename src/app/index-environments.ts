/**
 * The full check's part in the environment cache the fast lane reads: the environments it found
 * for the index, kept under the keys the lane computed for that index (its root tree id, its
 * config entries, HEAD's tree when nothing of them is staged), when the index is still the one
 * the lane read.
 */
import { statSync } from 'node:fs';
import type { Environment } from '../core/types.js';
import { rememberEnvironments } from '../cache/environment-cache.cjs';
import { linkedLocations } from '../alembic/environment-paths.cjs';
import { fileIdentity } from '../git/read-index.cjs';
import type { LaneHandOff } from './lane-hand-off.js';
import type { RunContext } from './run-context.js';

/** True when the index file is still the one the lane read (git replaces it on every change). */
export function indexUnchanged(lane: LaneHandOff | undefined): boolean {
  if (!lane?.repository || !lane.indexIdentity) return false;
  const stats = statSync(lane.repository.indexFile, { bigint: true, throwIfNoEntry: false });
  return stats !== undefined && fileIdentity(stats) === lane.indexIdentity;
}

/**
 * Keeps the index's environments for the lane's next run, unless `--dir` or `--config` chose
 * them or the index changed since the lane read it. Never throws.
 */
export function rememberIndexEnvironments(context: RunContext, lane: LaneHandOff | undefined, environments: readonly Environment[]): void {
  try {
    const dirs = context.args.options.dir;
    if ((Array.isArray(dirs) && dirs.length > 0) || typeof context.args.options.config === 'string') return;
    // Whether a location is behind a link needs the index's links: known when the lane read the whole index.
    if (!lane?.repository || !lane.links || !lane.environmentKeys?.length || !indexUnchanged(lane)) return;
    rememberEnvironments(lane.repository.commonDir, lane.environmentKeys, { environments, linked: linkedLocations(environments, lane.links) });
  } catch {
    // A cache only.
  }
}
