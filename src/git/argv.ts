/**
 * Pure argv builders for every git command migcheck runs. Nothing user-supplied reaches git as
 * an option: refs pass validateRef and follow `--end-of-options`, paths follow `--` (and, for
 * ls-files, carry `:(literal)` so `[`, `*` and `?` in a folder name are not globs). Every command
 * uses a machine format (`-z`), so paths with spaces, quotes, newlines or non-ASCII come through
 * unquoted.
 */
import { MigcheckError } from '../core/errors.js';
import { badRef, BAD_REF_HINT } from '../core/messages.js';

/**
 * Rejects a ref that git could read as an option (a leading `-`) or that cannot travel through
 * argv or `cat-file --batch` stdin (empty, control characters). Called before git sees the ref.
 */
export function validateRef(ref: string, what = 'ref'): string {
  // eslint-disable-next-line no-control-regex
  if (ref === '' || ref.startsWith('-') || /[\u0000-\u001f\u007f]/.test(ref)) {
    throw new MigcheckError(badRef(what, ref), { hint: BAD_REF_HINT });
  }
  return ref;
}

/**
 * One `rev-parse` that describes the repository: worktree top, git dir, common dir, shallow,
 * bare, HEAD's commit and HEAD's symbolic name. `--revs-only` makes an unborn HEAD print nothing
 * instead of failing; `--symbolic-full-name` applies to the second HEAD only (flags are sticky).
 * `--show-toplevel` fails in a bare repository, so that case asks again without it.
 */
export function repositoryInfoArgs(withToplevel = true): string[] {
  return [
    'rev-parse', '--path-format=absolute',
    ...(withToplevel ? ['--show-toplevel'] : []),
    '--absolute-git-dir', '--git-common-dir', '--is-shallow-repository', '--is-bare-repository',
    '--revs-only', 'HEAD', '--symbolic-full-name', 'HEAD',
  ];
}

/** `symbolic-ref -q HEAD`: the branch of an unborn HEAD (exit 1 when detached). */
export function symbolicHeadArgs(): string[] {
  return ['symbolic-ref', '-q', 'HEAD'];
}

/**
 * `ls-tree -r -z --full-tree REV -- PATH…`: every blob under the paths (the whole tree without
 * paths). ls-tree matches paths literally, so no pathspec magic is needed.
 * Output: `<mode> SP <type> SP <oid> TAB <path> NUL`.
 */
export function lsTreeArgs(rev: string, paths?: readonly string[]): string[] {
  // A bare `--` with no path after it makes ls-tree list nothing, so it only comes with paths.
  return ['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', validateRef(rev, 'revision'), ...(paths ? ['--', ...paths] : [])];
}

/**
 * `ls-files -s -z -- :(literal)PATH…`: the index entries under the paths (all without paths).
 * Output: `<mode> SP <oid> SP <stage> TAB <path> NUL`; stages 1/2/3 during a conflict.
 */
export function lsFilesArgs(paths?: readonly string[]): string[] {
  return ['ls-files', '-s', '-z', '--', ...(paths ?? []).map((p) => `:(literal)${p}`)];
}

/**
 * Pathspecs (globs: `*` crosses `/` in git's default pathspecs) that find Alembic config files
 * and script directories: every `*.ini`, every `pyproject.toml`, every `env.py` (the marker of an
 * Alembic script directory, used for Flask-Migrate's ini and `pkg:path` locations).
 */
export const CONFIG_PATHSPECS: readonly string[] = ['*.ini', 'pyproject.toml', '*/pyproject.toml', 'env.py', '*/env.py'];

/** `ls-files -s -z` restricted to CONFIG_PATHSPECS (ls-tree has no globs; it lists everything). */
export function lsFilesConfigArgs(): string[] {
  return ['ls-files', '-s', '-z', '--', ...CONFIG_PATHSPECS];
}


/** `rev-parse --verify -q --end-of-options REF^{commit}`: the commit a ref names (exit 1: none). */
export function resolveCommitArgs(ref: string): string[] {
  return ['rev-parse', '--verify', '-q', '--end-of-options', `${validateRef(ref)}^{commit}`];
}

/**
 * `merge-base A B [C…]` (exit 1 with no output when there is none, also when a shallow clone
 * lacks it). With more than two commits git answers for A and a merge of B, C, … that does not
 * exist yet: the merge-base a merge commit in progress will have.
 */
export function mergeBaseArgs(a: string, b: string, ...more: string[]): string[] {
  return ['merge-base', '--end-of-options', ...[a, b, ...more].map((rev) => validateRef(rev, 'revision'))];
}

/** The format of forEachRefArgs: full name, object, symref target, peeled object, NUL-separated. */
export const FOR_EACH_REF_FORMAT = '%(refname)%00%(objectname)%00%(symref)%00%(*objectname)';

/**
 * `for-each-ref` over exact ref names (the target candidates), one call for all of them.
 * for-each-ref also matches refs below a name (`refs/heads/main/x`); the parser keeps exact ones.
 */
export function forEachRefArgs(refs: readonly string[]): string[] {
  return ['for-each-ref', `--format=${FOR_EACH_REF_FORMAT}`, '--', ...refs];
}

/** `cat-file --batch`: reads `<oid>\n` lines, answers `<oid> <type> <size>\n<bytes>\n` or `<oid> missing\n`. */
export function catFileBatchArgs(): string[] {
  return ['cat-file', '--batch'];
}

/**
 * `cat-file --batch-command` (git 2.36+): reads `contents <object>` (answered as --batch does)
 * and `info <name>` (answered with `<oid> <type> <size>` alone) lines, flushing after each.
 */
export function catFileBatchCommandArgs(): string[] {
  return ['cat-file', '--batch-command'];
}

export { stagedPathsArgs } from './staged-paths.cjs';
