/**
 * Where a repository path stands in the Alembic environments: inside a version location (a file
 * Alembic loads from there), under a script location but in no version location (a revision file
 * nobody loads), or outside every environment. CommonJS and free of other imports, because the
 * commit-time fast lane asks it before any ES module is loaded.
 */

/** What these rules need of an Environment (every Environment is one). */
export interface EnvironmentPaths {
  /** Repository-relative version locations (`''` is the repository root). */
  readonly versionLocations: readonly string[];
  /** Sub-folders of the locations are loaded too (`recursive_version_locations`). */
  readonly recursive: boolean;
  /** The script directory, when known. */
  readonly scriptLocation?: string | undefined;
  /** The config file the environment came from. */
  readonly config?: string | undefined;
}

/** True when `path` is `location` itself or lies below it (`''` is the repository root). */
export function isUnder(path: string, location: string): boolean {
  return location === '' || path === location || path.startsWith(`${location}/`);
}

/**
 * True when `path` lies where `env` loads revision files from: directly in one of its version
 * locations, or anywhere below one when the environment is recursive. (Which names Alembic then
 * loads is selectRevisionFiles' business; this is about the folder.)
 */
export function inVersionLocation(path: string, env: EnvironmentPaths): boolean {
  const folder = path.slice(0, Math.max(path.lastIndexOf('/'), 0));
  return env.versionLocations.some((location) => (env.recursive ? location === '' || path.startsWith(`${location}/`) : folder === location));
}

/**
 * The environment (its index) whose script location holds the Python file `path` while no
 * environment's version location does: a revision file there is loaded by nobody (OpenStack's
 * `versions/<release>/<branch>/` without `recursive_version_locations`). -1 when there is none.
 */
export function outsideOwner(path: string, environments: readonly EnvironmentPaths[]): number {
  if (!path.endsWith('.py')) return -1;
  if (environments.some((env) => inVersionLocation(path, env))) return -1;
  return environments.findIndex((env) => env.scriptLocation !== undefined && env.scriptLocation !== path && isUnder(path, env.scriptLocation));
}

/**
 * True when a staged `path` can change what migcheck reports for `env`: a file under one of its
 * version locations (a folder replaced by a file or link included), its config, or a Python file
 * under its script location that no environment loads (it may be an unloaded revision file).
 */
export function touchesEnvironment(path: string, env: EnvironmentPaths, environments: readonly EnvironmentPaths[]): boolean {
  if (path === env.config) return true;
  if (env.versionLocations.some((location) => isUnder(path, location) || isUnder(location, path))) return true;
  const owner = outsideOwner(path, environments);
  return owner >= 0 && environments[owner] === env;
}

/** True when a link or submodule of the index stands at or above a version location. */
export function linkedLocations(environments: readonly EnvironmentPaths[], links: readonly { path: string }[]): boolean {
  return environments.some((env) => env.versionLocations.some((location) => links.some((link) => isUnder(location, link.path))));
}
