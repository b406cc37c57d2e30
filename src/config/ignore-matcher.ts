/**
 * The `ignore` setting as a predicate. Patterns are repository-relative with `/` separators:
 * `*` matches within one path segment, `**` any number of segments, `?` one character. A pattern
 * without wildcards also matches everything below it, so a folder name ignores the folder.
 */

/** Compiles `patterns` into one test of a repository-relative path. */
export function compileIgnore(patterns: readonly string[]): (path: string) => boolean {
  if (patterns.length === 0) return () => false;
  const regexes = patterns.map(globToRegExp);
  return (path) => regexes.some((re) => re.test(path));
}

/** One glob as an anchored regular expression. */
export function globToRegExp(pattern: string): RegExp {
  const glob = normalisePattern(pattern);
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` matches zero or more whole segments; a trailing `**` matches the rest.
      if (glob[i + 2] === '/') { out += '(?:[^/]+/)*'; i += 2; } else { out += '.*'; i += 1; }
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // A pattern with no wildcard names a file or a folder: match the folder's contents too.
  return new RegExp(`^${out}${/[*?]/.test(glob) ? '' : '(?:/.*)?'}$`);
}

function normalisePattern(pattern: string): string {
  return pattern.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
}
