/**
 * Finds and reads migcheck's one optional config source: `--config FILE`, else
 * `.migcheckrc.json`, else a `migcheck` key in package.json, else `[tool.migcheck]` in
 * pyproject.toml, all at the repository root. The first that exists wins; the others are not
 * read (and are not merged), so there is always exactly one place that decides.
 */
import { readFileSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve } from 'node:path';
import { MigcheckError } from '../core/errors.js';
import { CONFIG_MISSING_HINT, configMissing, configUnreadable } from '../core/messages.js';
import type { MigcheckConfig } from '../core/types.js';
import { validateConfig } from './validate-config.js';

/** The config when there is no config source. */
export const DEFAULT_CONFIG: Readonly<MigcheckConfig> = Object.freeze({ source: undefined, severity: {}, ignore: [], allowedHeads: [] });

export interface LoadConfigOptions {
  /** `--config FILE`, resolved against `cwd`. */
  explicitPath?: string;
  /** The directory migcheck runs in (default: repoRoot). */
  cwd?: string;
}

/** Loads and validates the config of the repository at `repoRoot` (an absolute path). */
export async function loadConfig(repoRoot: string, options: LoadConfigOptions = {}): Promise<MigcheckConfig> {
  if (options.explicitPath !== undefined) {
    const path = resolve(options.cwd ?? repoRoot, options.explicitPath);
    const text = await readText(path);
    if (text === undefined) throw new MigcheckError(configMissing(options.explicitPath), { hint: CONFIG_MISSING_HINT });
    return (await fromFile(path, text, displayPath(repoRoot, path), true)) ?? { ...DEFAULT_CONFIG, severity: {}, ignore: [], allowedHeads: [], source: displayPath(repoRoot, path) };
  }
  for (const name of ['.migcheckrc.json', 'package.json', 'pyproject.toml']) {
    const path = resolve(repoRoot, name);
    const text = await readText(path);
    if (text === undefined) continue;
    const config = await fromFile(path, text, name, false);
    if (config) return config;
  }
  return { ...DEFAULT_CONFIG, severity: {}, ignore: [], allowedHeads: [] };
}

/**
 * Reads one file; undefined when it holds no migcheck settings (a package.json without the key,
 * a pyproject.toml without the table). `explicit` makes a plain JSON/TOML file the config itself.
 */
async function fromFile(path: string, text: string, shown: string, explicit: boolean): Promise<MigcheckConfig | undefined> {
  const name = basename(path);
  if (name === 'package.json') {
    // Skip parsing a package.json that cannot hold the key (most of them, on every commit).
    if (!text.includes('"migcheck"')) return undefined;
    const json = parseJson(text, shown) as Record<string, unknown> | null;
    if (typeof json !== 'object' || json === null || !Object.hasOwn(json, 'migcheck')) return undefined;
    return validateConfig(json.migcheck, `${shown} "migcheck"`);
  }
  if (name === 'pyproject.toml') {
    if (!/^\s*\[\s*tool\s*\.\s*migcheck\b|^\s*tool\s*\.\s*migcheck\b|^\s*\[\s*tool\s*\]/m.test(text)) return undefined;
    const toml = await parseToml(text, shown);
    const tool = toml.tool as Record<string, unknown> | undefined;
    if (typeof tool !== 'object' || tool === null || !Object.hasOwn(tool, 'migcheck')) return undefined;
    return validateConfig(tool.migcheck, `${shown} [tool.migcheck]`);
  }
  if (explicit && name.endsWith('.toml')) return validateConfig(await parseToml(text, shown), shown);
  return validateConfig(parseJson(text, shown), shown);
}

function parseJson(text: string, shown: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new MigcheckError(configUnreadable(shown, (error as Error).message), { cause: error });
  }
}

/** smol-toml is imported only when a TOML file may hold migcheck settings (not on every commit). */
async function parseToml(text: string, shown: string): Promise<Record<string, unknown>> {
  const { parse } = await import('smol-toml');
  try {
    return parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new MigcheckError(configUnreadable(shown, (error as Error).message.split('\n')[0]!), { cause: error });
  }
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw new MigcheckError(configUnreadable(path, (error as Error).message), { cause: error });
  }
}

function displayPath(repoRoot: string, path: string): string {
  const rel = relative(repoRoot, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : path;
}
