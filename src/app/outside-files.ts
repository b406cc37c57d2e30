/**
 * The Python files a check reads for `outside-version-locations`: at commit time only the staged
 * ones (nothing is read when none lies under a script location outside the version locations);
 * for a committed tree (`--rev`, pre-push) every such file of the tree.
 */
import type { Environment, Finding, RevisionFile } from '../core/types.js';
import { decodeSource, readRevisionFile } from '../core/reader/index.js';
import { findOutsideVersionLocations } from '../core/analysis/find-outside-version-locations.js';
import { outsideOwner } from '../alembic/environment-paths.cjs';
import type { StagedChange } from '../git/staged-paths.cjs';
import { listTree } from '../git/list-tree.js';
import type { BlobReader } from '../git/blob-reader.js';
import type { GitContext } from '../git/run-git.js';

const REGULAR = new Set(['100644', '100755']);

/** The outside-version-locations finding of each environment (by index), where there is one. */
export async function outsideFindings(
  repo: GitContext,
  environments: readonly Environment[],
  tree: { kind: 'index'; staged: readonly StagedChange[]; onlyPaths?: readonly string[] | undefined } | { kind: 'commit'; commit: string },
  reader: BlobReader,
): Promise<Map<number, Finding>> {
  const found = new Map<number, Finding>();
  if (!environments.some((env) => env.scriptLocation !== undefined)) return found;
  let entries: { path: string; oid: string }[];
  if (tree.kind === 'index') {
    const only = tree.onlyPaths ? new Set(tree.onlyPaths) : undefined;
    entries = tree.staged.filter((change) => change.status !== 'D' && REGULAR.has(change.mode) && (!only || only.has(change.path)));
  } else {
    const scripts = [...new Set(environments.flatMap((env) => (env.scriptLocation === undefined ? [] : [env.scriptLocation])))];
    entries = (await listTree(repo, tree.commit, scripts.includes('') ? undefined : scripts)).filter((entry) => REGULAR.has(entry.mode));
  }
  const owned = entries.map((entry) => ({ entry, owner: outsideOwner(entry.path, environments) })).filter(({ owner }) => owner >= 0);
  if (owned.length === 0) return found;
  const blobs = await reader.readAll(owned.map(({ entry }) => entry.oid));
  const perEnv = new Map<number, RevisionFile[]>();
  for (const { entry, owner } of owned.sort((a, b) => (a.entry.path < b.entry.path ? -1 : a.entry.path > b.entry.path ? 1 : 0))) {
    const bytes = blobs.get(entry.oid);
    if (!bytes) continue;
    const file = readRevisionFile(entry.path, decodeSource(bytes).text, entry.oid);
    perEnv.set(owner, [...(perEnv.get(owner) ?? []), file]);
  }
  for (const [e, files] of perEnv) {
    const finding = findOutsideVersionLocations(environments[e]!, files);
    if (finding) found.set(e, finding);
  }
  return found;
}
