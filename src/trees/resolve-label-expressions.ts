/**
 * Resolves `branch_labels` / `depends_on` items written as constants (OpenStack's
 * `branch_labels = (cli.EXPAND_BRANCH,)`) against the modules of the SAME tree the revision file
 * was read from: a commit's module for `--rev`, the index's for `--staged`, the file on disk for
 * the working tree. Nothing is imported or run; the module's text is read like a revision file.
 *
 * Why it is separate from the parse (and never cached): a resolved label depends on another file,
 * so it is not a property of the revision file's blob. The parse cache keeps the blob's own parse
 * (expressions as written); resolution is redone on every run, which is cheap because it only
 * happens for the rare files that hold expression items: one git listing per distinct tree and
 * one batched blob read.
 */
import * as reader from '../core/reader/index.js';
import type { DecodedSource, RevisionFile, TreeEntry } from '../core/types.js';
import type { BlobReader } from '../git/blob-reader.js';
import { listModuleFiles } from '../git/list-module-files.js';
import type { GitContext } from '../git/run-git.js';
import { readWorktreeFile } from './worktree-reader.js';

/** Where a revision file came from, which is where its modules are looked up. */
export type LabelTree = { name: 'index' } | { name: 'worktree' } | { name: string; commit: string };

/** One tree's revision files that hold expression items. */
export interface LabelRequest {
  tree: LabelTree;
  files: readonly RevisionFile[];
}

/** What resolveLabelExpressions reads through. */
export interface LabelResolveOptions {
  /** The run's BlobReader (module blobs and revision blobs not decoded yet). */
  reader: BlobReader;
  /** The repository's object format (picks the empty tree the commit listing starts from). */
  algorithm: 'sha1' | 'sha256';
  /** Decoded texts by blob id already at hand; texts decoded here are added to it. */
  sources: Map<string, DecodedSource>;
  /** Working-tree bytes by computed blob id (the revision files read from disk). */
  worktreeBytes?: ReadonlyMap<string, Uint8Array>;
}

export { anyExpressionItems, hasExpressionItems } from '../core/reader/expression-items.js';

/** The last dotted part of a module (`neutron.db.cli` → `cli`, `..x` → `x`, `.` → ``). */
const lastPart = (dotted: string) => dotted.replace(/^\.+/, '').split('.').pop() ?? '';

/** How many leading directories two paths share. */
function sharedDirs(a: string, b: string): number {
  const x = a.split('/').slice(0, -1);
  const y = b.split('/').slice(0, -1);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/**
 * The module file for an import from `importer`: of the candidates, the one sharing most
 * directories with the revision file (a monorepo's services each have their own `cli.py`);
 * ties keep moduleCandidatePaths' order (root first, then shorter prefixes).
 */
function nearest(candidates: readonly string[], importer: string): string | undefined {
  let best: string | undefined;
  let bestShared = -1;
  for (const path of candidates) {
    const shared = sharedDirs(path, importer);
    if (shared > bestShared) [best, bestShared] = [path, shared];
  }
  return best;
}

/** The key under which trees share one module listing and one set of module texts. */
const treeKey = (tree: LabelTree) => ('commit' in tree ? `commit:${tree.commit}` : tree.name);

/**
 * Resolves the expression items of each request's files against that tree's modules. Returns,
 * per request (same order), each given file mapped to its resolved version (a new object; items
 * that stay unresolved keep their expression and gain a warning problem, so the branch still
 * counts as labelled by the text). Trees with the same key are listed and read once.
 */
export async function resolveLabelExpressions(
  repo: GitContext & { root: string },
  requests: readonly LabelRequest[],
  options: LabelResolveOptions,
): Promise<Map<RevisionFile, RevisionFile>[]> {
  const { sources } = options;
  const decode = (bytes: Uint8Array) => reader.decodeSource(bytes);

  // The revision files' texts: parsed now (sources), on disk (worktree), or cached parses to read.
  const unread = new Set<string>();
  for (const { files } of requests) {
    for (const file of files) {
      if (!file.blob || sources.has(file.blob)) continue;
      const bytes = options.worktreeBytes?.get(file.blob);
      if (bytes) sources.set(file.blob, decode(bytes));
      else unread.add(file.blob);
    }
  }
  if (unread.size > 0) for (const [oid, bytes] of await options.reader.readAll(unread)) sources.set(oid, decode(bytes));
  const textOf = (file: RevisionFile) => (file.blob ? sources.get(file.blob)?.text : undefined);

  // Per distinct tree: which modules its files import, one listing, the nearest file per import.
  const groups = new Map<string, { tree: LabelTree; files: Set<RevisionFile> }>();
  for (const { tree, files } of requests) {
    const group = groups.get(treeKey(tree)) ?? { tree, files: new Set() };
    files.forEach((file) => group.files.add(file));
    groups.set(treeKey(tree), group);
  }
  const resolvedByTree = new Map<string, Map<RevisionFile, RevisionFile>>();
  await Promise.all([...groups].map(async ([key, { tree, files }]) => {
    const needs = new Map<RevisionFile, reader.LabelConstantNeed[]>();
    for (const file of files) {
      const text = textOf(file);
      if (text !== undefined) needs.set(file, reader.labelConstantImports(file, text));
    }
    const names = new Set([...needs.values()].flat().map((need) => lastPart(need.module)));
    // The working tree's modules are the tracked ones (the index's listing), read from disk.
    const listing: TreeEntry[] = names.size === 0 ? []
      : await listModuleFiles(repo, 'commit' in tree ? { kind: 'commit', commit: tree.commit, algorithm: tree.commit.length === 64 ? 'sha256' : options.algorithm } : { kind: 'index' }, names);
    // A symlinked module is not followed (its target may lie outside the listing).
    const regular = listing.filter((entry) => entry.mode !== '120000');
    const allPaths = regular.map((entry) => entry.path);
    const chosen = new Map<RevisionFile, Map<string, string>>();
    for (const [file, list] of needs) {
      const modules = new Map<string, string>();
      for (const need of list) {
        const path = nearest(reader.moduleCandidatePaths(need.module, allPaths, file.path), file.path);
        if (path !== undefined) modules.set(need.module, path);
      }
      chosen.set(file, modules);
    }
    const wanted = new Set([...chosen.values()].flatMap((modules) => [...modules.values()]));
    const texts = new Map<string, string>();
    if (tree.name === 'worktree') {
      await Promise.all([...wanted].map(async (path) => {
        const bytes = await readWorktreeFile(repo.root, path);
        if (bytes) texts.set(path, decode(bytes).text);
      }));
    } else if (wanted.size > 0) {
      const oidOf = new Map(regular.map((entry) => [entry.path, entry.oid]));
      const blobs = await options.reader.readAll([...wanted].map((path) => oidOf.get(path)!));
      for (const path of wanted) {
        const bytes = blobs.get(oidOf.get(path)!);
        if (bytes) texts.set(path, decode(bytes).text);
      }
    }
    const resolved = new Map<RevisionFile, RevisionFile>();
    for (const file of files) {
      const text = textOf(file);
      if (text === undefined) continue;
      const modules = new Map<string, string>();
      for (const [module, path] of chosen.get(file) ?? []) {
        const moduleText = texts.get(path);
        if (moduleText !== undefined) modules.set(module, moduleText);
      }
      resolved.set(file, reader.resolveLabelConstants(file, text, modules));
    }
    resolvedByTree.set(key, resolved);
  }));

  return requests.map(({ tree, files }) => {
    const resolved = resolvedByTree.get(treeKey(tree))!;
    return new Map(files.flatMap((file) => (resolved.has(file) ? [[file, resolved.get(file)!] as const] : [])));
  });
}
