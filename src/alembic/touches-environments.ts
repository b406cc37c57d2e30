/**
 * The pre-commit fast path: does a change touch anything migcheck checks?
 */
import type { Environment } from '../core/types.js';
import { isConfigCandidate } from './environments-from-configs.js';

/** True when `path` is `location` itself or lies below it (`''` is the repository root). */
export function isUnder(path: string, location: string): boolean {
  return location === '' || path === location || path.startsWith(`${location}/`);
}

/**
 * True when any changed path lies in a version location of the environments, or is a config
 * that could define or change an environment (`*.ini`, `pyproject.toml`, an environment's own
 * config). False means there is nothing to check.
 */
export function changedPathsTouchEnvironments(paths: readonly string[], environments: readonly Environment[]): boolean {
  const configs = new Set(environments.map((env) => env.config).filter((c): c is string => c !== undefined));
  const locations = environments.flatMap((env) => env.versionLocations);
  return paths.some((path) => isConfigCandidate(path) || configs.has(path) || locations.some((location) => isUnder(path, location)));
}
