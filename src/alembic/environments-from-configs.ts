/**
 * From the texts of a tree's config files to its Alembic environments: every `alembic.ini`,
 * every other `*.ini` with an `[alembic]` section, and every `pyproject.toml` with
 * `[tool.alembic]`. Where an ini and a pyproject.toml sit in the same folder Alembic (1.16+)
 * reads both, the ini's `[alembic]` value winning per option; that pair is one environment.
 * Pure: the TOML parser is passed in so it is only loaded when a pyproject mentions alembic.
 */
import type { Environment } from '../core/types.js';
import {
  alembicConfigUnreadable, interpolationMissing, interpolationSyntax, scriptLocationMissing,
} from '../core/messages.js';
import { getOption, InterpolationError, parseIni, sectionOptions, type IniFile } from './ini.js';
import { environmentFromOptions, folderOf, HERE, type OptionValue } from './alembic-options.js';

/** A config file's path (repository-relative) and text. */
export interface ConfigText {
  path: string;
  text: string;
}

/** Environments found, and sentences about configs that were skipped or partly unusable. */
export interface DiscoveryResult {
  environments: Environment[];
  problems: string[];
}

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);

export { isConfigCandidate } from './config-candidate.cjs';

interface Source {
  config: string;
  section: string;
  options: Map<string, OptionValue>;
  /** For an ini `[alembic]` section without script_location: may defer to a pyproject. */
  lacksScriptLocation: boolean;
  /** The texts the options were read from, to find an option's line (ini, and pyproject when merged). */
  texts: { ini?: ConfigText; toml?: ConfigText };
  /** Options whose value came from `[tool.alembic]`. */
  fromToml: Set<string>;
}

/**
 * The 1-based line where `option` is set in `section` of a config text (`[alembic]`, or
 * `[tool.alembic]` of a pyproject.toml), for pointing a finding at it; undefined when not found.
 */
export function optionLine(text: string, section: string, option: string): number | undefined {
  let current = '';
  const lines = text.split(/\r\n|\n|\r/);
  const key = new RegExp(`^\\s*["']?${option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*[=:]`, 'i');
  for (let i = 0; i < lines.length; i++) {
    const header = /^\s*\[([^\]]+)\]/.exec(lines[i]!);
    if (header) current = header[1]!.trim();
    else if (current === section && key.test(lines[i]!)) return i + 1;
  }
  return undefined;
}

function iniSources(file: ConfigText, problems: string[]): Source[] {
  const isAlembicIni = basename(file.path) === 'alembic.ini';
  if (!isAlembicIni && !/^\s*\[alembic\]/m.test(file.text)) return [];
  let ini: IniFile;
  try {
    ini = parseIni(file.text);
  } catch (error) {
    problems.push(alembicConfigUnreadable(file.path, (error as Error).message));
    return [];
  }
  if (!isAlembicIni && !ini.sections.has('alembic')) return [];
  const sources: Source[] = [];
  for (const [section, own] of ini.sections) {
    // `[alembic]`, or another section used with `alembic -n NAME` (it names a script_location).
    if (section !== 'alembic' && !own.has('script_location')) continue;
    const options = new Map<string, OptionValue>();
    let broken = false;
    for (const key of sectionOptions(ini, section, { here: HERE }).keys()) {
      if (key === 'here') continue;
      try {
        options.set(key, getOption(ini, section, key, { here: HERE })!);
      } catch (error) {
        if (!(error instanceof InterpolationError)) throw error;
        // Only the options that locate migrations matter; a bad sqlalchemy.url does not.
        if (!['script_location', 'version_locations', 'path_separator', 'version_path_separator'].includes(key)) continue;
        const problem = error.problem;
        problems.push(problem.kind === 'missing'
          ? interpolationMissing(file.path, key, problem.name)
          : interpolationSyntax(file.path, key, own.get(key) ?? ''));
        broken = true;
      }
    }
    if (!broken) sources.push({ config: file.path, section, options, lacksScriptLocation: !options.has('script_location'), texts: { ini: file }, fromToml: new Set() });
  }
  return sources;
}

/** Applies Alembic's `%`-formatting of TOML strings: `%(here)s` and `%%`. */
function tomlString(value: string): string {
  return value.replace(/%\(here\)s|%%/g, (match) => (match === '%%' ? '%' : HERE));
}

function tomlSource(file: ConfigText, parseToml: (text: string) => unknown, problems: string[]): Source | undefined {
  if (!/tool\.alembic|\[tool\]/.test(file.text)) return undefined;
  let document: unknown;
  try {
    document = parseToml(file.text);
  } catch (error) {
    problems.push(alembicConfigUnreadable(file.path, String((error as Error).message).split('\n')[0] ?? ''));
    return undefined;
  }
  const table = ((document as { tool?: { alembic?: unknown } })?.tool)?.alembic;
  if (!table || typeof table !== 'object' || Array.isArray(table)) return undefined;
  const options = new Map<string, OptionValue>();
  for (const [key, value] of Object.entries(table as Record<string, unknown>)) {
    if (typeof value === 'string') options.set(key, tomlString(value));
    else if (Array.isArray(value)) options.set(key, value.filter((v): v is string => typeof v === 'string').map(tomlString));
    else if (typeof value === 'boolean' || typeof value === 'number') options.set(key, value);
  }
  return { config: file.path, section: 'tool.alembic', options, lacksScriptLocation: !options.has('script_location'), texts: { toml: file }, fromToml: new Set(options.keys()) };
}

/**
 * The environments the config files describe, sorted by config path, one per distinct set of
 * version locations. `scriptDirectories` holds the repository folders with an `env.py` (used for
 * Flask-Migrate's location-less ini and for `pkg:path` locations).
 */
export function environmentsFromConfigs(
  files: readonly ConfigText[],
  scriptDirectories: ReadonlySet<string>,
  options: { parseToml?: (text: string) => unknown; osPathSeparator?: string } = {},
): DiscoveryResult {
  const problems: string[] = [];
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const tomlByFolder = new Map<string, Source>();
  for (const file of sorted) {
    if (basename(file.path) !== 'pyproject.toml' || !options.parseToml) continue;
    const source = tomlSource(file, options.parseToml, problems);
    if (source) tomlByFolder.set(folderOf(file.path), source);
  }
  const sources: Source[] = [];
  const usedToml = new Set<Source>();
  for (const file of sorted) {
    if (!file.path.endsWith('.ini')) continue;
    for (const source of iniSources(file, problems)) {
      const toml = source.section === 'alembic' ? tomlByFolder.get(folderOf(file.path)) : undefined;
      if (toml) {
        usedToml.add(toml);
        const merged = new Map([...toml.options, ...source.options]);
        const fromToml = source.lacksScriptLocation && !toml.lacksScriptLocation;
        sources.push({
          ...(fromToml ? toml : source), options: merged, lacksScriptLocation: !merged.has('script_location'),
          texts: { ini: file, toml: toml.texts.toml }, fromToml: new Set([...toml.options.keys()].filter((key) => !source.options.has(key))),
        });
      } else {
        sources.push(source);
      }
    }
  }
  for (const toml of tomlByFolder.values()) if (!usedToml.has(toml)) sources.push(toml);

  const environments: Environment[] = [];
  const seen = new Set<string>();
  for (const source of sources) {
    const folder = folderOf(source.config);
    let defaultScriptLocation: string | undefined;
    if (source.lacksScriptLocation) {
      // Flask-Migrate keeps alembic.ini inside migrations/ and sets the location in code.
      if (source.section === 'alembic' && source.config.endsWith('.ini') && scriptDirectories.has(folder)) defaultScriptLocation = folder;
      else {
        problems.push(scriptLocationMissing(source.config, source.section));
        continue;
      }
    }
    const result = environmentFromOptions({
      config: source.config,
      section: source.section,
      options: source.options,
      defaultScriptLocation,
      isScriptDirectory: (dir) => scriptDirectories.has(dir),
      osPathSeparator: options.osPathSeparator,
      fromToml: source.fromToml,
      locate: (option, inToml) => {
        const file = inToml ? source.texts.toml : source.texts.ini;
        if (!file) return { config: source.config };
        const line = optionLine(file.text, inToml ? 'tool.alembic' : source.section, option);
        return { config: file.path, ...(line === undefined ? {} : { line }) };
      },
    });
    problems.push(...result.problems);
    const environment = result.environment;
    if (!environment) continue;
    const key = `${environment.recursive}\0${environment.versionLocations.join('\0')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    environments.push(environment);
  }
  return { environments, problems };
}
