/**
 * What a revision expression names — `HEAD`, a ref, `<rev>^{commit}`, `<rev>:<path>` — found the
 * way git finds it, from the repository's own files: `HEAD`, loose refs and `packed-refs`, and the
 * objects through object-store. The hook's check of a new migration asks a handful of such
 * questions (HEAD and the target, their versions folders, the staged blobs); answered here, it
 * starts no git at all. Exact or nothing: a short name that could mean more than one thing (two
 * refs, an abbreviated object id), a ref format other than files, an object the store cannot
 * read — anything git might answer differently — gives undefined, and the caller asks git.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LocatedRepository } from './locate-repository.cjs';
import { ObjectStore, type StoredObject } from './object-store.cjs';

/** What a name is: an object (its id and type), certainly nothing, or undefined: ask git. */
export type NameAnswer = { readonly oid: string; readonly type: StoredObject['type'] } | 'missing' | undefined;

const OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
// git's check-ref-format, the parts that matter for reading a file by the name safely.
const REF = /^refs\/(?:[A-Za-z0-9._+@-]+\/)*[A-Za-z0-9._+@-]+$/;
const isRefName = (name: string) => REF.test(name) && !name.split('/').includes('..');

/**
 * False when git would read objects other than the files hold: replacement refs (`git replace`)
 * or object directories named by the environment. The caller then asks git.
 */
export function objectsAsStored(commonDir: string, env: NodeJS.ProcessEnv): boolean {
  if (env.GIT_OBJECT_DIRECTORY || env.GIT_ALTERNATE_OBJECT_DIRECTORIES || env.GIT_REPLACE_REF_BASE || env.GIT_QUARANTINE_PATH) return false;
  if (existsSync(join(commonDir, 'refs', 'replace'))) return false;
  try {
    return !readFileSync(join(commonDir, 'packed-refs'), 'latin1').includes(' refs/replace/');
  } catch {
    return true; // No packed refs.
  }
}

/**
 * The files of a repository to read instead of asking git, or undefined when git must be asked
 * (see objectsAsStored).
 */
export function repositoryFiles(repository: RefDirectories, env: NodeJS.ProcessEnv, hashBytes: 20 | 32): RepositoryFiles | undefined {
  return objectsAsStored(repository.commonDir, env) ? new RepositoryFiles(repository, ObjectStore.open(join(repository.commonDir, 'objects'), hashBytes)) : undefined;
}

/** Where HEAD (this worktree's git dir) and the shared refs and objects (the common dir) are. */
export type RefDirectories = Pick<LocatedRepository, 'gitDir' | 'commonDir'>;

/**
 * The refs of a repository kept as files: loose refs, `packed-refs` (read once) and HEAD, with
 * symbolic refs followed. The one reader of refs without git (read-head takes HEAD's from here).
 */
export class Refs {
  private packed: Map<string, string> | null | undefined;

  constructor(private readonly repository: RefDirectories) {}

  /** True when refs are kept as files (no reftable), so a ref absent from them does not exist. */
  private get filesBackend(): boolean {
    return !existsSync(join(this.repository.commonDir, 'reftable'));
  }

  /** `packed-refs` as ref → id (null: none; its peeled `^` lines are not needed). */
  private packedRefs(): Map<string, string> | null {
    if (this.packed !== undefined) return this.packed;
    let text: string;
    try {
      text = readFileSync(join(this.repository.commonDir, 'packed-refs'), 'utf8');
    } catch {
      return (this.packed = null);
    }
    const refs = new Map<string, string>();
    for (const line of text.split('\n')) {
      const space = line.indexOf(' ');
      if (line.startsWith('#') || line.startsWith('^') || space < 0) continue;
      refs.set(line.slice(space + 1), line.slice(0, space));
    }
    return (this.packed = refs);
  }

  /** The file of a loose ref (HEAD is this worktree's own), or undefined for a name git would not read so. */
  private fileOf(name: string): string | undefined {
    return name === 'HEAD' ? join(this.repository.gitDir, 'HEAD') : isRefName(name) ? join(this.repository.commonDir, name) : undefined;
  }

  /**
   * The ref a symbolic ref names (`HEAD` → `refs/heads/main`); null when `name` is no symbolic
   * ref (it holds an id, is packed — packed refs never are — or does not exist); undefined when
   * unsure.
   */
  symbolicTarget(name: string): string | null | undefined {
    if (!this.filesBackend) return undefined;
    const file = this.fileOf(name);
    if (!file) return undefined;
    let text: string;
    try {
      text = readFileSync(file, 'utf8').trim();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return name !== 'HEAD' && (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') ? null : undefined;
    }
    if (!text.startsWith('ref: ')) return OID.test(text) ? null : undefined;
    const target = text.slice(5).trim();
    return isRefName(target) ? target : undefined;
  }

  /** The id a ref holds, following symbolic refs; 'missing' when it does not exist; undefined when unsure. */
  ref(name: string, depth = 0): string | 'missing' | undefined {
    if (depth > 5 || !this.filesBackend) return undefined;
    const file = this.fileOf(name);
    if (!file) return undefined;
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8').trim();
    } catch (error) {
      // A folder of that name (refs/heads/a for refs/heads/a/b) is no ref either.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'EISDIR' && code !== 'ENOTDIR') return undefined;
    }
    if (text !== undefined) {
      if (text.startsWith('ref: ')) return this.ref(text.slice(5).trim(), depth + 1);
      return OID.test(text) ? text : undefined;
    }
    if (name === 'HEAD') return undefined;
    const packed = this.packedRefs()?.get(name);
    if (packed === undefined) return 'missing';
    return OID.test(packed) ? packed : undefined;
  }
}

/** The repository's files, read on demand and kept for the run. */
export class RepositoryFiles {
  private readonly refs: Refs;

  constructor(private readonly repository: RefDirectories, readonly store: ObjectStore) {
    this.refs = new Refs(repository);
  }

  /** The commit, tag or other object a revision (no path) names. */
  private revision(rev: string): string | 'missing' | undefined {
    if (OID.test(rev)) return this.store.read(rev) ? rev : undefined;
    if (rev === 'HEAD' || rev.startsWith('refs/')) return this.refs.ref(rev);
    // A short name: git tries these in order and warns when more than one exists. Only a name
    // that exactly one of them holds, and that cannot be an abbreviated object id, is taken.
    if (!/^[A-Za-z0-9._+@/-]+$/.test(rev) || /^[0-9a-fA-F]{4,}$/.test(rev) || rev.includes('..') || rev.startsWith('-')) return undefined;
    if (existsSync(join(this.repository.gitDir, rev))) return undefined;
    const found: string[] = [];
    for (const candidate of [`refs/${rev}`, `refs/tags/${rev}`, `refs/heads/${rev}`, `refs/remotes/${rev}`, `refs/remotes/${rev}/HEAD`]) {
      const id = this.refs.ref(candidate);
      if (id === undefined) return undefined;
      if (id !== 'missing') found.push(id);
    }
    return found.length === 1 ? found[0] : undefined;
  }

  /** The commit an object leads to (a tag is followed), or undefined. */
  private peelToCommit(oid: string): string | undefined {
    for (let depth = 0; depth < 5; depth++) {
      const object = this.store.read(oid);
      if (!object) return undefined;
      if (object.type === 'commit') return oid;
      if (object.type !== 'tag') return undefined;
      const target = /^object ([0-9a-f]{40,64})\n/.exec(object.data.toString('latin1', 0, 200))?.[1];
      if (!target) return undefined;
      oid = target;
    }
    return undefined;
  }

  /** What `name` names (see NameAnswer). Never throws. */
  resolve(name: string): NameAnswer {
    try {
      const colon = name.indexOf(':');
      let rev = colon < 0 ? name : name.slice(0, colon);
      const path = colon < 0 ? undefined : name.slice(colon + 1);
      const peel = rev.endsWith('^{commit}');
      if (peel) rev = rev.slice(0, -'^{commit}'.length);
      const id = this.revision(rev);
      if (id === undefined || id === 'missing') return id;
      if (!peel && path === undefined) {
        const object = this.store.read(id);
        return object ? { oid: id, type: object.type } : undefined;
      }
      const commit = this.peelToCommit(id);
      if (!commit) return undefined;
      if (path === undefined) return { oid: commit, type: 'commit' };
      const tree = /^tree ([0-9a-f]{40,64})\n/.exec(this.store.read(commit)!.data.toString('latin1', 0, 100))?.[1];
      if (!tree) return undefined;
      return path === '' ? { oid: tree, type: 'tree' } : this.walk(tree, path);
    } catch {
      return undefined;
    }
  }

  /** The entry at `path` below the tree `tree`. */
  private walk(tree: string, path: string): NameAnswer {
    const parts = path.split('/');
    if (parts.some((part) => part === '' || part === '.' || part === '..')) return undefined;
    let at: { oid: string; type: StoredObject['type'] } = { oid: tree, type: 'tree' };
    for (const part of parts) {
      if (at.type !== 'tree') return 'missing';
      const object = this.store.read(at.oid);
      if (object?.type !== 'tree') return undefined;
      const entry = findEntry(object.data, part, at.oid.length / 2);
      if (entry === undefined) return undefined;
      if (entry === 'missing') return 'missing';
      at = entry;
    }
    return at;
  }
}

/** The entry `name` of a tree object's bytes: its id and type, 'missing', or undefined when damaged. */
function findEntry(data: Buffer, name: string, hashBytes: number): { oid: string; type: StoredObject['type'] } | 'missing' | undefined {
  // Every entry is `<mode> <name>\0<id>`: where ` <name>\0` occurs nowhere, there is no such
  // entry (a versions folder's tree holds 50,000, and this search is native). Where it does occur,
  // the entries are stepped through up to it, so a match inside an id's bytes is never taken.
  const wanted = Buffer.from(` ${name}\0`, 'utf8');
  let next = data.indexOf(wanted);
  if (next < 0) return 'missing';
  for (let at = 0; at < data.length;) {
    const nul = data.indexOf(0, at);
    if (nul < 0 || nul + 1 + hashBytes > data.length) return undefined;
    const space = data.indexOf(0x20, at);
    if (space < 0 || space > nul) return undefined;
    while (next >= 0 && next < space) next = data.indexOf(wanted, next + 1);
    if (next < 0) return 'missing';
    if (next === space && nul === space + wanted.length - 1) {
      const mode = data.toString('latin1', at, space);
      const type = mode === '40000' ? 'tree' : mode === '160000' ? 'commit' : 'blob';
      return { oid: data.toString('hex', nul + 1, nul + 1 + hashBytes), type };
    }
    at = nul + 1 + hashBytes;
  }
  return 'missing';
}
