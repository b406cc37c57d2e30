/**
 * Turns the options of one Alembic config (an ini section or `[tool.alembic]`) into an
 * Environment the way `alembic.config.Config` and `ScriptDirectory.from_config` read them, with
 * every location made repository-relative. Pure: what exists in the tree is passed in.
 */
import type { ConfigCompat, Environment } from '../core/types.js';
import {
  badPathSeparator, locationOutsideRepository, packageLocationNotFound,
} from '../core/messages.js';

/** An option value as a config gives it: ini strings, or TOML strings, lists, booleans, numbers. */
export type OptionValue = string | string[] | boolean | number;

/** What environmentFromOptions needs to know about one config. */
export interface OptionsInput {
  /** Repository-relative path of the config file (`backend/alembic.ini`). */
  config: string;
  /** `alembic` (or another ini section), or `tool.alembic`. */
  section: string;
  /** Already-interpolated option values (`%(here)s` expanded to `.`, see HERE). */
  options: ReadonlyMap<string, OptionValue>;
  /**
   * The script_location to use when the config names none (Flask-Migrate's ini: its own folder),
   * already repository-relative; undefined means the config is unusable without one.
   */
  defaultScriptLocation?: string;
  /** True when a repository folder holds an Alembic script directory (has env.py). */
  isScriptDirectory(folder: string): boolean;
  /** `os.pathsep` for `path_separator = os` (`:` on POSIX). */
  osPathSeparator?: string;
  /** Options whose value came from `[tool.alembic]` (the rest are the ini's). */
  fromToml?: ReadonlySet<string>;
  /** Where an option is written (its config and line), for alembic-compat findings. */
  locate?: (option: string, fromToml: boolean) => { config: string; line?: number };
}

/**
 * The value `%(here)s` expands to. Alembic sets it to the config's absolute folder; relative
 * paths are taken from that folder too (where `alembic` is run), so `.` gives the same result
 * once every path is resolved against the config's folder.
 */
export const HERE = '.';

/** Alembic's defaults. */
export const DEFAULT_FILE_TEMPLATE = '%(rev)s_%(slug)s';
export const DEFAULT_TRUNCATE_SLUG_LENGTH = 40;

// Alembic's `_split_on_space_comma`, used when no path_separator is configured.
const LEGACY_SPLIT = /, *|(?: +)/;

/** The folder of a repository-relative path (`''` for the root). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/**
 * Joins a config-relative path onto the config's folder and normalises `.`/`..`; undefined when
 * the result leaves the repository or the path is absolute. `''` is the repository root.
 */
export function resolveLocation(folder: string, path: string): string | undefined {
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path)) return undefined;
  const parts: string[] = [];
  for (const part of `${folder}/${path}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else {
      parts.push(part);
    }
  }
  return parts.join('/');
}

/**
 * Splits an ini `version_locations` string the way Alembic does: by `path_separator` (or the
 * older `version_path_separator`) when set, by Alembic's legacy `, *| +` otherwise. Returns
 * undefined for a separator Alembic rejects.
 */
export function splitVersionLocations(value: string, separator: string | undefined, osPathSeparator = ':'): string[] | undefined {
  const chars: Record<string, string> = { space: ' ', newline: '\n', os: osPathSeparator, ':': ':', ';': ';' };
  if (separator !== undefined && chars[separator] === undefined) return undefined;
  const parts = separator === undefined ? value.split(LEGACY_SPLIT) : value.split(chars[separator]!);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

// What people write meaning "on" (SQLAlchemy's asbool, other tools' ini files).
const LOOSE_TRUE = ['true', 'yes', 'on', 'y', 't', '1'];

/**
 * One of Alembic's boolean options (`recursive_version_locations`, `sourceless`), as Alembic
 * reads it: in an ini only the exact value `true` is true (`True`, `yes`, `1` are false); in
 * `[tool.alembic]` only a TOML boolean is accepted (anything else makes Alembic 1.16+ stop).
 * `compat` says when the value means something else to the reader than to Alembic.
 */
export function alembicBoolean(value: OptionValue | undefined, fromToml: boolean): { on: boolean; compat?: ConfigCompat['kind'] } {
  if (value === undefined) return { on: false };
  if (fromToml) return typeof value === 'boolean' ? { on: value } : { on: false, compat: 'toml-not-boolean' };
  const text = String(value);
  if (text === 'true') return { on: true };
  return LOOSE_TRUE.includes(text.trim().toLowerCase()) ? { on: false, compat: 'loose-boolean' } : { on: false };
}

function asText(value: OptionValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/**
 * Resolves `script_location` to a repository folder: a plain path from the config's folder, or
 * `pkg:path` (a package resource) as `pkg`'s folder (dots → `/`) found next to the config, at the
 * repository root or under `src/`, whichever holds a script directory.
 */
export function resolveScriptLocation(
  folder: string,
  value: string,
  isScriptDirectory: (folder: string) => boolean,
): { location: string } | { outside: true } | { packageNotFound: true } {
  const absolute = value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value);
  const colon = value.indexOf(':');
  if (!absolute && colon > 0) {
    const pkg = value.slice(0, colon).replace(/\./g, '/');
    const inner = value.slice(colon + 1);
    for (const base of [folder, '', 'src']) {
      const candidate = resolveLocation(base, `${pkg}/${inner}`);
      if (candidate !== undefined && isScriptDirectory(candidate)) return { location: candidate };
    }
    return { packageNotFound: true };
  }
  const location = resolveLocation(folder, value);
  return location === undefined ? { outside: true } : { location };
}

/**
 * The Environment one config describes, or the reasons it cannot be used (`problems`, written
 * for the user). A config with some locations outside the repository keeps the others.
 */
export function environmentFromOptions(input: OptionsInput): { environment?: Environment; problems: string[] } {
  const { config, options } = input;
  const folder = folderOf(config);
  const problems: string[] = [];
  const compat: ConfigCompat[] = [];
  const fromToml = (option: string) => input.fromToml?.has(option) ?? false;
  const note = (kind: ConfigCompat['kind'], option: string, value: OptionValue) =>
    compat.push({ kind, ...(input.locate?.(option, fromToml(option)) ?? { config }), option, value: asText(value) ?? '' });
  const flag = (option: string) => {
    const read = alembicBoolean(options.get(option), fromToml(option));
    if (read.compat) note(read.compat, option, options.get(option)!);
    return read.on;
  };
  const scriptValue = asText(options.get('script_location'));
  let scriptLocation: string | undefined;
  if (scriptValue !== undefined && scriptValue.trim() !== '') {
    const resolved = resolveScriptLocation(folder, scriptValue.trim(), input.isScriptDirectory);
    if ('packageNotFound' in resolved) return { problems: [packageLocationNotFound(config, scriptValue)] };
    if ('outside' in resolved) return { problems: [locationOutsideRepository(config, `script_location ${scriptValue}`)] };
    scriptLocation = resolved.location;
  } else {
    scriptLocation = input.defaultScriptLocation;
  }
  if (scriptLocation === undefined) return { problems };

  let locations: string[];
  const raw = options.get('version_locations');
  if (raw === undefined || (typeof raw === 'string' && raw.trim() === '')) {
    locations = [scriptLocation === '' ? 'versions' : `${scriptLocation}/versions`];
  } else {
    let items: string[] | undefined;
    if (Array.isArray(raw)) {
      items = raw.map((item) => item.trim()).filter((item) => item !== '');
    } else {
      // Alembic takes the separator from the ini only; one in [tool.alembic] is not read.
      const iniOption = (name: string) => (fromToml(name) ? undefined : asText(options.get(name)));
      const separator = iniOption('path_separator') ?? iniOption('version_path_separator');
      if (separator === undefined) {
        for (const name of ['path_separator', 'version_path_separator']) if (fromToml(name)) note('toml-path-separator', name, options.get(name)!);
      }
      items = splitVersionLocations(String(raw), separator?.trim(), input.osPathSeparator);
      if (items === undefined) return { problems: [badPathSeparator(config, separator ?? '')] };
    }
    locations = [];
    for (const item of items) {
      const location = resolveLocation(folder, item);
      if (location === undefined) problems.push(locationOutsideRepository(config, `version location ${item}`));
      else if (!locations.includes(location)) locations.push(location);
    }
    if (locations.length === 0) return { problems };
  }

  const truncate = Number.parseInt(asText(options.get('truncate_slug_length')) ?? '', 10);
  const timezone = asText(options.get('timezone'))?.trim();
  const environment: Environment = {
    config,
    section: input.section,
    scriptLocation,
    versionLocations: locations,
    recursive: flag('recursive_version_locations'),
    sourceless: flag('sourceless'),
    fileTemplate: asText(options.get('file_template')) ?? DEFAULT_FILE_TEMPLATE,
    truncateSlugLength: Number.isFinite(truncate) ? truncate : DEFAULT_TRUNCATE_SLUG_LENGTH,
    ...(timezone ? { timezone } : {}),
    ...(compat.length > 0 ? { compat } : {}),
  };
  return { environment, problems };
}
