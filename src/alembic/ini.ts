/**
 * The subset of Python's `configparser.ConfigParser` that Alembic relies on, reimplemented so an
 * `alembic.ini` reads here exactly as Alembic reads it: `[section]` headers, `key = value` and
 * `key: value` (split at the first `=` or `:`), keys lower-cased, whole-line `#`/`;` comments (no
 * inline comments), continuation lines indented deeper than their key (blank lines inside a value
 * kept, trailing ones dropped), a `[DEFAULT]` section seen by every section, and BasicInterpolation
 * (`%(name)s`, `%%`). Pure: no I/O.
 */

/** A parsed ini file: raw (uninterpolated) values by section, then by lower-cased option. */
export interface IniFile {
  sections: Map<string, Map<string, string>>;
  defaults: Map<string, string>;
}

/** A line configparser would reject; Alembic fails to start on such a file. */
export class IniSyntaxError extends Error {
  constructor(readonly line: number, detail: string) {
    super(`line ${line}: ${detail}`);
    this.name = 'IniSyntaxError';
  }
}

const SECTION = /^\[(.+)\]/;
// configparser's OPTCRE: the key is everything up to the first delimiter.
const OPTION = /^(.*?)\s*([=:])\s*(.*)$/;

/** Parses ini text with configparser's rules (strict mode off: a repeated key keeps the last value). */
export function parseIni(text: string): IniFile {
  const sections = new Map<string, Map<string, string>>();
  const defaults = new Map<string, string>();
  const raw = new Map<Map<string, string>, Map<string, string[]>>();
  let current: Map<string, string[]> | undefined;
  let option: string | undefined;
  let indent = Number.MAX_SAFE_INTEGER;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  lines.forEach((line, index) => {
    const stripped = line.trim();
    const comment = stripped.startsWith('#') || stripped.startsWith(';');
    const value = comment ? '' : stripped;
    if (!value) {
      // An empty line is part of a value being continued (configparser's empty_lines_in_values).
      if (!comment && current && option && current.get(option)) current.get(option)!.push('');
      return;
    }
    const lineIndent = line.search(/\S/);
    if (current && option && lineIndent > indent) {
      current.get(option)!.push(value);
      return;
    }
    indent = lineIndent;
    const header = SECTION.exec(value);
    if (header) {
      const name = header[1]!;
      const target = name === 'DEFAULT' ? defaults : sections.get(name) ?? new Map<string, string>();
      if (name !== 'DEFAULT') sections.set(name, target);
      current = raw.get(target) ?? new Map<string, string[]>();
      raw.set(target, current);
      option = undefined;
      return;
    }
    if (!current) throw new IniSyntaxError(index + 1, 'File contains no section headers');
    const match = OPTION.exec(value);
    if (!match || !match[1]) throw new IniSyntaxError(index + 1, `cannot parse ${JSON.stringify(line)}`);
    option = match[1].trimEnd().toLowerCase();
    current.set(option, [match[3]!.trim()]);
  });
  for (const [target, options] of raw) {
    for (const [key, parts] of options) target.set(key, parts.join('\n').trimEnd());
  }
  return { sections, defaults };
}

/** Why an interpolation failed: a `%(name)s` that names nothing, or a stray `%`. */
export type InterpolationProblem = { kind: 'missing'; name: string } | { kind: 'syntax' } | { kind: 'depth' };

/** An interpolation that failed, with configparser's reason. */
export class InterpolationError extends Error {
  constructor(readonly problem: InterpolationProblem) {
    super(problem.kind === 'missing' ? `%(${problem.name})s is not set` : `bad interpolation (${problem.kind})`);
    this.name = 'InterpolationError';
  }
}

// configparser's MAX_INTERPOLATION_DEPTH.
const MAX_DEPTH = 10;

/**
 * BasicInterpolation of one value: `%%` → `%`, `%(name)s` → the option `name` of the same section
 * (or DEFAULT, or `vars` such as Alembic's `here`), itself interpolated. Throws InterpolationError.
 */
export function interpolate(value: string, lookup: (name: string) => string | undefined, depth = 0): string {
  if (depth > MAX_DEPTH) throw new InterpolationError({ kind: 'depth' });
  let out = '';
  let rest = value;
  while (rest) {
    const at = rest.indexOf('%');
    if (at < 0) return out + rest;
    out += rest.slice(0, at);
    rest = rest.slice(at);
    if (rest.startsWith('%%')) {
      out += '%';
      rest = rest.slice(2);
      continue;
    }
    const ref = /^%\(([^)]+)\)s/.exec(rest);
    if (!ref) throw new InterpolationError({ kind: 'syntax' });
    const name = ref[1]!.toLowerCase();
    const replacement = lookup(name);
    if (replacement === undefined) throw new InterpolationError({ kind: 'missing', name });
    out += replacement.includes('%') ? interpolate(replacement, lookup, depth + 1) : replacement;
    rest = rest.slice(ref[0].length);
  }
  return out;
}

/**
 * The options of one section as configparser exposes them (DEFAULT merged under the section,
 * `vars` under both, the way Alembic passes `here` as a parser default), uninterpolated.
 */
export function sectionOptions(ini: IniFile, section: string, vars: Record<string, string> = {}): Map<string, string> {
  const merged = new Map<string, string>(Object.entries(vars));
  for (const [key, value] of ini.defaults) merged.set(key, value);
  for (const [key, value] of ini.sections.get(section) ?? []) merged.set(key, value);
  return merged;
}

/** One option of a section, interpolated; undefined when the section does not set it. */
export function getOption(ini: IniFile, section: string, option: string, vars: Record<string, string> = {}): string | undefined {
  const options = sectionOptions(ini, section, vars);
  const value = options.get(option);
  if (value === undefined) return undefined;
  return interpolate(value, (name) => options.get(name));
}
