/**
 * Where the repository around a directory keeps its files, found the way git finds them in the
 * ordinary case, without starting git: the nearest `.git` folder (or `.git` file naming a linked
 * worktree's or submodule's git dir) above the directory, `commondir` for linked worktrees, and
 * the index (GIT_INDEX_FILE when git set it for a hook, `<git dir>/index` otherwise). The
 * commit-time fast lane uses it to read the index and migcheck's caches after its one git call.
 * Anything out of the ordinary — GIT_DIR or GIT_WORK_TREE set, a bare repository, a folder
 * inside `.git` — gives undefined, and the caller asks git instead.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';

/** The files of a repository, all absolute. */
export interface LocatedRepository {
  /** The worktree's top folder. */
  readonly root: string;
  /** This worktree's git dir. */
  readonly gitDir: string;
  /** The git dir shared by all worktrees (where migcheck keeps its caches). */
  readonly commonDir: string;
  /** The index git reads for this run. */
  readonly indexFile: string;
}

// Variables that move the repository, the worktree or the object store away from where the walk
// would look: git must be asked when one is set. (GIT_INDEX_FILE is followed; hooks get it.)
const MOVED = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_COMMON_DIR', 'GIT_OBJECT_DIRECTORY', 'GIT_NAMESPACE'];

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() === true;
const isDirectory = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;

/** The repository holding `cwd`, or undefined when git should be asked (see the module comment). */
export function locateRepository(cwd: string, env: NodeJS.ProcessEnv): LocatedRepository | undefined {
  try {
    if (MOVED.some((name) => env[name] !== undefined && env[name] !== '')) return undefined;
    const start = resolve(cwd);
    if (start.split(sep).includes('.git')) return undefined;
    for (let dir = start; ; dir = dirname(dir)) {
      const dotGit = join(dir, '.git');
      let gitDir: string | undefined;
      if (isDirectory(dotGit)) gitDir = dotGit;
      else if (isFile(dotGit)) {
        const match = /^gitdir: (.+?)\r?\n?$/.exec(readFileSync(dotGit, 'utf8'));
        if (!match) return undefined;
        gitDir = isAbsolute(match[1]!) ? match[1]! : resolve(dir, match[1]!);
      }
      if (gitDir !== undefined) {
        if (!isFile(join(gitDir, 'HEAD'))) return undefined;
        const common = join(gitDir, 'commondir');
        const commonDir = isFile(common) ? resolve(gitDir, readFileSync(common, 'utf8').trim()) : gitDir;
        const index = env.GIT_INDEX_FILE;
        return { root: dir, gitDir, commonDir, indexFile: index ? resolve(start, index) : join(gitDir, 'index') };
      }
      // A folder that is a git dir itself (a bare repository, as git checks after `.git`): git's.
      if (isFile(join(dir, 'HEAD'))) return undefined;
      if (dirname(dir) === dir) return undefined;
    }
  } catch {
    return undefined;
  }
}
