/**
 * Lists the files of a tree that could hold Python modules of given names (`cli` → every
 * `cli.py` and `cli/__init__.py`), for resolving `branch_labels = (cli.EXPAND_BRANCH,)`. One git
 * call, filtered by git itself through glob pathspecs, so a large repository costs no full
 * listing. Only the rare files that write labels as constants ever need it.
 */
import type { TreeEntry } from '../core/types.js';
import { validateRef } from './argv.js';
import { parseLsFiles, resolveIndexStages, splitNul } from './parse-z.js';
import { runGit, type GitContext } from './run-git.js';

/** The tree to list: the index (GIT_INDEX_FILE when git set it) or a commit. */
export type ModuleTree = { kind: 'index' } | { kind: 'commit'; commit: string; algorithm: 'sha1' | 'sha256' };

/** The empty tree of each object format: git knows it without it being stored. */
export const EMPTY_TREE = {
  sha1: '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
  sha256: '6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321',
} as const;

// Characters that glob magic reads as patterns; a module name is an identifier, but a name is
// escaped anyway so it can only ever match itself.
const escapeGlob = (name: string) => name.replace(/[\\*?[\]]/g, (c) => `\\${c}`);

/**
 * Glob pathspecs for the files that may define modules whose last dotted part is one of `names`
 * (`**` also matches at the root). The empty name stands for a package itself (`from . import
 * X`): every `__init__.py`. Names with `/` or NUL are skipped (no module has them).
 */
export function moduleFilePathspecs(names: Iterable<string>): string[] {
  const specs = new Set<string>();
  for (const name of names) {
    if (name.includes('/') || name.includes('\0')) continue;
    if (name === '') specs.add(':(glob)**/__init__.py');
    else {
      specs.add(`:(glob)**/${escapeGlob(name)}.py`);
      specs.add(`:(glob)**/${escapeGlob(name)}/__init__.py`);
    }
  }
  return [...specs].sort();
}

/** `ls-files -s -z -- PATHSPEC…`: the index entries the pathspecs match. */
export function lsFilesPathspecArgs(pathspecs: readonly string[]): string[] {
  return ['ls-files', '-s', '-z', '--', ...pathspecs];
}

/**
 * `diff-tree -r -z --no-renames EMPTY COMMIT -- PATHSPEC…`: the commit's files the pathspecs
 * match, each as an addition to the empty tree. Used instead of `ls-tree`, which refuses glob
 * magic ("pathspec magic not supported by this command") and would have to list the whole tree.
 */
export function diffTreeFromEmptyArgs(emptyTree: string, commit: string, pathspecs: readonly string[]): string[] {
  return ['diff-tree', '-r', '-z', '--no-renames', '--end-of-options', emptyTree, validateRef(commit, 'revision'), '--', ...pathspecs];
}

/**
 * `diff-tree -r -z` raw output: `:000000 100644 0000… 6208… A\0path\0`. Keeps the new side of
 * each record; submodules (160000) are not files.
 */
export function parseDiffTreeRaw(stdout: string): TreeEntry[] {
  const items = splitNul(stdout);
  const entries: TreeEntry[] = [];
  for (let i = 0; i + 1 < items.length; i += 2) {
    const [, mode, , oid] = items[i]!.split(' ');
    if (!mode || !oid) throw new Error(`unexpected diff-tree output: ${JSON.stringify(items[i])}`);
    if (mode !== '160000' && mode !== '000000') entries.push({ path: items[i + 1]!, oid, mode });
  }
  return entries;
}

/** The files of `tree` that may define modules named `names` (see moduleFilePathspecs). */
export async function listModuleFiles(repo: GitContext, tree: ModuleTree, names: Iterable<string>): Promise<TreeEntry[]> {
  const pathspecs = moduleFilePathspecs(names);
  if (pathspecs.length === 0) return [];
  if (tree.kind === 'index') {
    const { stdout } = await runGit(repo, lsFilesPathspecArgs(pathspecs));
    return resolveIndexStages(parseLsFiles(stdout)).entries;
  }
  const { stdout } = await runGit(repo, diffTreeFromEmptyArgs(EMPTY_TREE[tree.algorithm], tree.commit, pathspecs));
  return parseDiffTreeRaw(stdout);
}
