/**
 * Alembic environment discovery: configs of a tree → Environment[], `--dir` overrides, and the
 * fast-path test of changed paths.
 */
export { discoverEnvironments, requireEnvironments, configEntries, type DiscoverySource } from './discover-environments.js';
export { environmentsFromConfigs, isConfigCandidate, type ConfigText, type DiscoveryResult } from './environments-from-configs.js';
export { environmentsFromDirs, repositoryRelativeDir } from './environments-from-dirs.js';
export { changedPathsTouchEnvironments, isUnder } from './touches-environments.js';
export { environmentFromOptions, splitVersionLocations, resolveLocation, resolveScriptLocation } from './alembic-options.js';
export { parseIni, interpolate, getOption } from './ini.js';
