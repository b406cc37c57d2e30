/**
 * Where migcheck's own git repository is, for the `repo:` / `rev:` of a .pre-commit-config.yaml
 * entry: read from this installation's package.json (`repository`, `version`), the same fields
 * npm shows. pre-commit clones `repo` and checks out `rev`, so the tag is `v<version>`.
 */

/** The installation's repository as a URL pre-commit can clone, and its release tag. */
export function hookRepositoryOf(packageJsonText: string | undefined): { url: string; rev: string | undefined } | undefined {
  if (!packageJsonText) return undefined;
  let pkg: { repository?: unknown; version?: unknown };
  try {
    pkg = JSON.parse(packageJsonText) as typeof pkg;
  } catch {
    return undefined;
  }
  const field = typeof pkg.repository === 'string' ? pkg.repository
    : typeof pkg.repository === 'object' && pkg.repository !== null && typeof (pkg.repository as { url?: unknown }).url === 'string' ? (pkg.repository as { url: string }).url
      : undefined;
  const url = field === undefined ? undefined : cloneUrl(field);
  if (!url) return undefined;
  return { url, rev: typeof pkg.version === 'string' ? `v${pkg.version}` : undefined };
}

/** npm's repository shorthands (`github:o/r`, `o/r`, `git+https://…/r.git`) as an https URL. */
export function cloneUrl(field: string): string | undefined {
  const short = /^(?:(github|gitlab|bitbucket):)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(field);
  if (short) return `https://${short[1] ?? 'github'}.${short[1] === 'bitbucket' ? 'org' : 'com'}/${short[2]}/${short[3]}`;
  const url = /^(?:git\+)?(https?:\/\/[^\s]+?)(?:\.git)?$/.exec(field);
  return url ? url[1] : undefined;
}
