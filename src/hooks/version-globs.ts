/**
 * File patterns for the hook entries: which staged paths are revision files (lint-staged's glob)
 * or migration-related (the pre-commit framework's `files` regex). With no known version
 * locations they match any `versions/` folder, Alembic's default name.
 */

/** The lint-staged (micromatch) pattern for `.py` files under the version locations. */
export function lintStagedGlob(versionLocations: readonly string[]): string {
  const dirs = [...new Set(versionLocations.map((d) => d.replace(/\/+$/, '')))].sort();
  if (dirs.length === 0) return '**/versions/**/*.py';
  return dirs.length === 1 ? `${dirs[0]}/**/*.py` : `{${dirs.join(',')}}/**/*.py`;
}

/** The pre-commit framework's `files` regex: revision files and the configs that locate them. */
export function preCommitFilesPattern(versionLocations: readonly string[]): string {
  const configs = String.raw`(^|/)(alembic\.ini|pyproject\.toml|\.migcheckrc\.json)$`;
  const dirs = [...new Set(versionLocations.map((d) => d.replace(/\/+$/, '')))].sort();
  if (dirs.length === 0) return String.raw`(^|/)versions/.+\.py$|${configs}`;
  const escaped = dirs.map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `^(${escaped.join('|')})/.+\\.py$|${configs}`;
}
