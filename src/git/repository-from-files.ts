/**
 * The repository around a directory as `rev-parse` would describe it (openRepository), from the
 * repository's own files: locate-repository finds the git dir as git does in the ordinary case,
 * repository-files' Refs reads HEAD. Exact or undefined — the caller then asks git. Undefined
 * whenever git could answer otherwise: a variable that changes discovery, a path that is not its
 * own real path, a walk across file systems, a folder owned by someone else (git's
 * safe.directory), a config that moves the worktree, marks it bare, includes other files or
 * names extensions, a shallow file that is empty or grafts, a HEAD that is neither an id nor a
 * branch followed in one step.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { locateRepository } from './locate-repository.cjs';
import { Refs } from './repository-files.cjs';
import type { Repository } from './open-repository.js';

// Variables locate-repository does not look at that change what rev-parse answers.
const CHANGES_ANSWER = ['GIT_CEILING_DIRECTORIES', 'GIT_DISCOVERY_ACROSS_FILESYSTEM', 'GIT_SHALLOW_FILE', 'GIT_CONFIG_PARAMETERS', 'GIT_CONFIG_COUNT'];

/**
 * True when the repository's config says nothing that changes where its worktree is or whether it
 * has one (core.worktree, core.bare), reads other files (include, includeIf) or asks for an
 * extension (extensions.*, a format version other than 0 or 1).
 */
function plainConfig(file: string): boolean {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
  for (const raw of text.split('\n')) {
    const line = raw.replace(/[#;].*$/, '').trim().toLowerCase();
    if (/worktree|include|extensions/.test(line)) return false;
    if (line.includes('bare') && !/^bare\s*=\s*false$/.test(line)) return false;
    if (line.includes('repositoryformatversion') && !/^repositoryformatversion\s*=\s*[01]$/.test(line)) return false;
  }
  return true;
}

/** True when `path` is owned by this process's user (git refuses other owners' repositories). */
const ownedHere = (path: string) => typeof process.geteuid === 'function' && statSync(path).uid === process.geteuid();

/** The repository holding `cwd` as openRepository returns it, or undefined: ask git. */
export function repositoryFromFiles(cwd: string, env: NodeJS.ProcessEnv): Repository | undefined {
  try {
    if (CHANGES_ANSWER.some((name) => env[name] !== undefined && env[name] !== '')) return undefined;
    const located = locateRepository(cwd, env);
    if (!located) return undefined;
    const { root, gitDir, commonDir } = located;
    // git prints real paths; one that is not its own real path is left to git.
    if ([root, gitDir, commonDir].some((path) => realpathSync(path) !== path)) return undefined;
    // git does not walk across file systems (nor do we, then).
    const device = statSync(resolve(cwd)).dev;
    for (let dir = resolve(cwd); ; dir = dirname(dir)) {
      if (statSync(dir).dev !== device) return undefined;
      if (dir === root) break;
    }
    const dotGit = join(root, '.git');
    if (![root, dotGit, gitDir, commonDir].every(ownedHere)) return undefined;
    if (!statSync(join(commonDir, 'objects')).isDirectory() || !statSync(join(commonDir, 'refs')).isDirectory()) return undefined;
    if (!plainConfig(join(commonDir, 'config')) || (gitDir !== commonDir && !plainConfig(join(gitDir, 'config')))) return undefined;
    const shallow = statSync(join(commonDir, 'shallow'), { throwIfNoEntry: false });
    if (shallow?.size === 0 || statSync(join(commonDir, 'info', 'grafts'), { throwIfNoEntry: false })) return undefined;
    const refs = new Refs({ gitDir, commonDir });
    const symbolic = refs.symbolicTarget('HEAD');
    // A branch that is itself a symbolic ref: rev-parse names the end of the chain; git is asked.
    if (symbolic === undefined || (symbolic !== null && refs.symbolicTarget(symbolic) !== null)) return undefined;
    const head = refs.ref('HEAD');
    if (head === undefined || (head === 'missing' && symbolic === null)) return undefined;
    return {
      cwd: root,
      env,
      root,
      gitDir,
      commonDir,
      isShallow: shallow !== undefined,
      isBare: false,
      head: head === 'missing' ? undefined : head,
      branch: symbolic?.startsWith('refs/heads/') ? symbolic.slice('refs/heads/'.length) : undefined,
    };
  } catch {
    return undefined;
  }
}
