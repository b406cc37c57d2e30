/**
 * The full check's part in the environment cache the fast lane reads: the environments it found
 * for the index, kept under the fingerprint the lane computed of that index (its config entries
 * and migcheck's settings files), when the index is still the one the lane read.
 */
import { statSync } from 'node:fs';
import type { Environment } from '../core/types.js';
import { rememberEnvironments } from '../cache/environment-cache.cjs';
import { fileIdentity } from '../git/read-index.cjs';
import type { LaneHandOff } from './lane-hand-off.js';
import type { RunContext } from './run-context.js';

/** True when the index file is still the one the lane read (git replaces it on every change). */
export function indexUnchanged(lane: LaneHandOff | undefined): boolean {
  if (!lane?.repository || !lane.index) return false;
  const stats = statSync(lane.repository.indexFile, { bigint: true, throwIfNoEntry: false });
  return stats !== undefined && fileIdentity(stats) === lane.index.identity;
}

/**
 * Keeps the index's environments for the lane's next run, unless `--dir` chose them, the lane
 * found them in the cache already, or the index changed since the lane read it. Never throws.
 */
export function rememberIndexEnvironments(context: RunContext, lane: LaneHandOff | undefined, environments: readonly Environment[]): void {
  try {
    const dirs = context.args.options.dir;
    if ((Array.isArray(dirs) && dirs.length > 0) || typeof context.args.options.config === 'string') return;
    if (!lane?.fingerprint || !lane.repository || lane.environments || !indexUnchanged(lane)) return;
    rememberEnvironments(lane.repository.commonDir, lane.fingerprint, environments);
  } catch {
    // A cache only.
  }
}
