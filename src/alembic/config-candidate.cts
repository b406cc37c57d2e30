/**
 * Which paths discovery reads as Alembic configs. A module of its own so the commit-time fast
 * path can ask it without loading the ini and environment code.
 */

/** True for the files discovery reads: `*.ini` and `pyproject.toml`. */
export function isConfigCandidate(path: string): boolean {
  return path.endsWith('.ini') || path.slice(path.lastIndexOf('/') + 1) === 'pyproject.toml';
}
