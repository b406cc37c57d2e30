/**
 * Turns the raw value of a config source into MigcheckConfig, or a MigcheckError (exit 2) that
 * names the key and the file. Every setting is data: no key names a command to run.
 */
import { MigcheckError } from '../core/errors.js';
import { CONFIG_KEYS_HINT, configInvalid } from '../core/messages.js';
import type { ConfiguredEnvironment, MigcheckConfig, SeverityOverride } from '../core/types.js';
import { FINDING_CODES, isFindingCode } from './finding-codes.js';

const TOP_KEYS = ['target', 'environments', 'severity', 'ignore', 'allowedHeads', 'fetchTarget'] as const;
const ENVIRONMENT_KEYS = ['dir', 'allowedHeads'] as const;
const SEVERITIES: readonly SeverityOverride[] = ['error', 'warning', 'off'];

/** Validates `raw` (the parsed JSON object or TOML table) read from `source`. */
export function validateConfig(raw: unknown, source: string): MigcheckConfig {
  const fail = (key: string, problem: string): never => {
    throw new MigcheckError(configInvalid(source, key, problem), { hint: CONFIG_KEYS_HINT });
  };
  const table = asTable(raw, 'the migcheck settings', fail);
  checkKeys(table, TOP_KEYS, '', fail);
  const config: MigcheckConfig = { source, severity: {}, ignore: [], allowedHeads: [] };
  if (table.target !== undefined) config.target = nonEmptyString(table.target, 'target', fail);
  if (table.fetchTarget !== undefined) {
    if (typeof table.fetchTarget !== 'boolean') fail('fetchTarget', `must be true or false, not ${describe(table.fetchTarget)}`);
    config.fetchTarget = table.fetchTarget as boolean;
  }
  if (table.environments !== undefined) config.environments = environments(table.environments, fail);
  if (table.severity !== undefined) {
    const severity = asTable(table.severity, 'severity', fail);
    for (const [code, value] of Object.entries(severity)) {
      if (!isFindingCode(code)) fail(`severity.${code}`, `is not a finding code (one of: ${FINDING_CODES.join(', ')})`);
      if (typeof value !== 'string' || !SEVERITIES.includes(value as SeverityOverride)) {
        fail(`severity.${code}`, `must be "error", "warning" or "off", not ${describe(value)}`);
      }
      config.severity[code as keyof MigcheckConfig['severity']] = value as SeverityOverride;
    }
  }
  if (table.ignore !== undefined) config.ignore = stringList(table.ignore, 'ignore', fail).map((p, i) => repoPath(p, `ignore[${i}]`, fail));
  if (table.allowedHeads !== undefined) config.allowedHeads = stringList(table.allowedHeads, 'allowedHeads', fail);
  return config;
}

type Fail = (key: string, problem: string) => never;

function environments(value: unknown, fail: Fail): ConfiguredEnvironment[] {
  if (!Array.isArray(value)) return fail('environments', `must be a list of versions directories or {dir, allowedHeads} tables, not ${describe(value)}`);
  return value.map((item, i): ConfiguredEnvironment => {
    const key = `environments[${i}]`;
    if (typeof item === 'string') return { versionLocations: [repoPath(item, key, fail)], allowedHeads: [] };
    const table = asTable(item, key, fail);
    checkKeys(table, ENVIRONMENT_KEYS, `${key}.`, fail);
    if (table.dir === undefined) fail(`${key}.dir`, 'is missing (the versions directory, or a list of them)');
    const dirs = typeof table.dir === 'string' ? [table.dir] : stringList(table.dir, `${key}.dir`, fail);
    if (dirs.length === 0) fail(`${key}.dir`, 'must name at least one versions directory');
    return {
      versionLocations: dirs.map((d, j) => repoPath(d, typeof table.dir === 'string' ? `${key}.dir` : `${key}.dir[${j}]`, fail)),
      allowedHeads: table.allowedHeads === undefined ? [] : stringList(table.allowedHeads, `${key}.allowedHeads`, fail),
    };
  });
}

function checkKeys(table: Record<string, unknown>, known: readonly string[], prefix: string, fail: Fail): void {
  for (const key of Object.keys(table)) {
    if (known.includes(key)) continue;
    // `allowed-heads` / `allowed_heads` is what a pyproject.toml author would write.
    const near = known.find((k) => squash(k) === squash(key));
    fail(`${prefix}${key}`, near ? `is not a known key (did you mean ${prefix}${near}?)` : 'is not a known key');
  }
}

const squash = (key: string) => key.toLowerCase().replace(/[-_]/g, '');

function asTable(value: unknown, key: string, fail: Fail): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(key, `must be a table/object, not ${describe(value)}`);
  return value as Record<string, unknown>;
}

function nonEmptyString(value: unknown, key: string, fail: Fail): string {
  if (typeof value !== 'string' || value.trim() === '') return fail(key, `must be a non-empty string, not ${describe(value)}`);
  return value;
}

function stringList(value: unknown, key: string, fail: Fail): string[] {
  if (!Array.isArray(value)) return fail(key, `must be a list of strings, not ${describe(value)}`);
  return value.map((item, i) => nonEmptyString(item, `${key}[${i}]`, fail));
}

/** A repository-relative path with `/` separators; never absolute, never leaving the repository. */
function repoPath(value: string, key: string, fail: Fail): string {
  const path = value.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  if (path.startsWith('/') || /^[A-Za-z]:\//.test(path) || path.split('/').includes('..') || path === '') {
    fail(key, `must be a path inside the repository, relative to its root, not ${JSON.stringify(value)}`);
  }
  return path;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a table/object';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return `${typeof value === 'number' || typeof value === 'bigint' ? 'the number' : `the ${typeof value}`} ${String(value)}`;
}
