/**
 * Which files of a tree Alembic loads as revisions, and in which order (alembic/script/base.py:
 * `_sourceless_rev_file`, `_only_source_rev_file`, `_list_py_dir`, `_load_revisions`).
 */
import type { Environment } from '../types.js';

// Alembic's regexes, applied with re.match to the basename. Python's `.` excludes only `\n`,
// and `$` also matches before one trailing `\n`.
const ONLY_SOURCE = /^(?!\.#|__init__)([^\n]*\.py)\n?$/;
const SOURCELESS = /^(?!\.#|__init__)([^\n]*\.py)([co])?\n?$/;

/** True when Alembic would try to load a file of this basename as a revision. */
export function isRevisionFileName(basename: string, options: { sourceless: boolean }): boolean {
  return (options.sourceless ? SOURCELESS : ONLY_SOURCE).test(basename);
}

interface Dir {
  /**
   * The paths of the folder's files, whole: the selection gives back the listing's own strings
   * (50,000 paths rebuilt as folder + name were 50,000 new strings per tree). All share the
   * folder's prefix, so they sort as their names do.
   */
  files: string[];
  dirs: Map<string, Dir>;
}

const newDir = (): Dir => ({ files: [], dirs: new Map() });
// Python sorts str by code point; JS `<` compares UTF-16 units, which differs above U+FFFF.
const byCodePoint = (a: string, b: string) => {
  const x = [...a];
  const y = [...b];
  for (let k = 0; k < Math.min(x.length, y.length); k++) {
    const d = x[k]!.codePointAt(0)! - y[k]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
};
const sortNames = (names: string[]) =>
  names.every((s) => !/[\ud800-\udfff]/.test(s)) ? names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) : names.sort(byCodePoint);

/** Normalises a repo-relative directory: no `./`, no trailing `/`; the root is ''. */
export const normaliseDir = (d: string): string => d.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/\/+$/, '').replace(/^\.$/, '');

/**
 * The revision files of `env` among a tree's repository-relative `paths`, in Alembic's load
 * order: version locations in order; in each, the directory's files sorted by name, then (with
 * `recursive`) its subdirectories sorted, depth first, skipping `*__pycache__`. With `sourceless`,
 * `.pyc`/`.pyo` count (a `.py` beside them wins) and `__pycache__` files whose stem has no file
 * beside them are added after their directory's files. A path reached twice is loaded once.
 * `realPaths` gives, for symlinks, the repository path each resolves to: Alembic 1.10+ matches
 * that file's name (see symlinkNameCompat for where 1.8.1 differs), and every version loads a
 * real path once.
 */
export function selectRevisionFiles(
  paths: readonly string[],
  env: Pick<Environment, 'versionLocations' | 'recursive' | 'sourceless'>,
  realPaths?: ReadonlyMap<string, string>,
): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const simple = (realPaths === undefined || realPaths.size === 0) && env.versionLocations.length === 1 && !env.sourceless;
  // Only sourceless environments ask whether a path is listed (a `.py` beside a `.pyc`).
  let listed: Set<string> | undefined;
  const has = (path: string) => (listed ??= new Set(paths)).has(path);
  for (const location of env.versionLocations) {
    const base = normaliseDir(location);
    const prefix = base === '' ? '' : `${base}/`;
    const root = newDir();
    // Files deeper than the location count only when it is walked recursively or has a
    // `__pycache__` (sourceless): otherwise a path is kept or dropped without being split.
    const nested = env.recursive || env.sourceless;
    for (const p of paths) {
      if (!p.startsWith(prefix)) continue;
      if (p.indexOf('/', prefix.length) < 0) {
        root.files.push(p);
        continue;
      }
      if (!nested) continue;
      const parts = p.slice(prefix.length).split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) {
        let next = dir.dirs.get(part);
        if (!next) dir.dirs.set(part, (next = newDir()));
        dir = next;
      }
      dir.files.push(p);
    }
    const walk = (dir: Dir, dirPrefix: string) => {
      if (simple) {
        // No links, one location, no bytecode: every path is itself and reached once, and a path
        // listed twice sits beside itself once sorted (no set of 50,000 paths to hash).
        const paths = sortNames([...dir.files]);
        for (let k = 0; k < paths.length; k++) {
          const path = paths[k]!;
          if ((k === 0 || path !== paths[k - 1]) && isRevisionFileName(path.slice(dirPrefix.length), env)) out.push(path);
        }
      } else walkFiles(dir, dirPrefix);
      if (!env.recursive) return;
      for (const sub of sortNames([...dir.dirs.keys()])) {
        if (sub.endsWith('__pycache__')) continue;
        walk(dir.dirs.get(sub)!, `${dirPrefix}${sub}/`);
      }
    };
    const walkFiles = (dir: Dir, dirPrefix: string) => {
      const candidates = sortNames([...dir.files]);
      if (env.sourceless) {
        const cache = dir.dirs.get('__pycache__');
        if (cache) {
          const stem = (path: string) => path.slice(path.lastIndexOf('/') + 1).split('.')[0];
          const stems = new Set(dir.files.map(stem));
          for (const path of sortNames([...cache.files])) if (!stems.has(stem(path))) candidates.push(path);
        }
      }
      for (const path of candidates) {
        // A symlink is matched by its target's name (Alembic 1.10+ loads the resolved path), and
        // a file reached twice (a link beside its target) is loaded once, where first reached.
        const real = realPaths?.get(path) ?? path;
        const name = real.slice(real.lastIndexOf('/') + 1);
        if (!isRevisionFileName(name, env)) continue;
        if (env.sourceless && /\.py[co]\n?$/.test(name)) {
          // Alembic prefers .py over .pyc, and .pyc over .pyo, in the same directory.
          const py = path.replace(/[co](\n?)$/, '$1');
          if (has(py) || (/o\n?$/.test(name) && has(py.replace(/(\n?)$/, 'c$1')))) continue;
        }
        if (seen.has(real)) continue;
        seen.add(real);
        out.push(path);
      }
    };
    walk(root, prefix);
  }
  return out;
}

/**
 * Whether Alembic versions disagree about a symlinked file: 1.8.1 matches the link's own name,
 * 1.10 and newer the name of the file it resolves to. `link-only`: only 1.8.1 loads it;
 * `target-only`: only 1.10+ does; undefined when they agree.
 */
export function symlinkNameCompat(path: string, realName: string, options: { sourceless: boolean }): 'link-only' | 'target-only' | undefined {
  const byLink = isRevisionFileName(path.slice(path.lastIndexOf('/') + 1), options);
  const byTarget = isRevisionFileName(realName, options);
  return byLink === byTarget ? undefined : byLink ? 'link-only' : 'target-only';
}

/**
 * The load order of two revision files of one version location when `sourceless` is off: the
 * order selectRevisionFiles walks in (a folder's files by name, then its subfolders by name,
 * depth first), for placing a few new files among a known, ordered list without walking it.
 */
export function compareLoadOrder(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let k = 0; k < x.length && k < y.length; k++) {
    const aFile = k === x.length - 1;
    const bFile = k === y.length - 1;
    if (x[k] === y[k] && aFile === bFile) continue;
    if (aFile !== bFile) return aFile ? -1 : 1;
    return byCodePoint(x[k]!, y[k]!);
  }
  return x.length - y.length;
}
