/**
 * What a branch changed since its merge-base, file by file. Paths and blobs decide, as in git;
 * renames are paired here (same blob, else same revision id) because a moved migration is the
 * same migration, and treating it as delete + add would look like a new revision.
 */
import type { RevisionFile } from '../types.js';
import type { FileChange } from './analysis-types.js';

/** True when two versions of a path hold the same content (by blob, else by what was read). */
function sameContent(a: RevisionFile, b: RevisionFile): boolean {
  if (a.blob !== undefined && b.blob !== undefined) return a.blob === b.blob;
  // Without blobs (files built in memory) the parsed identity is all that can be compared.
  const identity = (f: RevisionFile) =>
    JSON.stringify([f.revision, f.downRevisions, f.branchLabels, f.dependsOn, f.problems, f.revises?.text]);
  return identity(a) === identity(b);
}

/** Pairs each added file with a deleted one it was moved from, if any. */
function pairRenames(added: RevisionFile[], deleted: RevisionFile[]): Map<RevisionFile, RevisionFile> {
  const pairs = new Map<RevisionFile, RevisionFile>();
  const taken = new Set<RevisionFile>();
  const pick = (match: (d: RevisionFile, a: RevisionFile) => boolean) => {
    for (const a of added) {
      if (pairs.has(a)) continue;
      const d = deleted.find((candidate) => !taken.has(candidate) && match(candidate, a));
      if (d) {
        pairs.set(a, d);
        taken.add(d);
      }
    }
  };
  pick((d, a) => d.blob !== undefined && d.blob === a.blob);
  pick((d, a) => d.revision !== undefined && d.revision === a.revision);
  return pairs;
}

/**
 * The changes from `base` to `checked`: added, modified and renamed files in the checked tree's
 * order, then deleted files in the base tree's order.
 */
export function diffRevisionFiles(allBase: readonly RevisionFile[], allChecked: readonly RevisionFile[]): FileChange[] {
  // Trees read together share the parse objects of files they have in common, so a branch's
  // tree is mostly its base, object for object: a shared run at either end holds no change
  // (each path is in a tree once) and is skipped without a lookup.
  let start = 0;
  while (start < allBase.length && start < allChecked.length && allBase[start] === allChecked[start]) start++;
  let end = 0;
  while (end < allBase.length - start && end < allChecked.length - start && allBase[allBase.length - 1 - end] === allChecked[allChecked.length - 1 - end]) end++;
  const base = start === 0 && end === 0 ? allBase : allBase.slice(start, allBase.length - end);
  const checked = start === 0 && end === 0 ? allChecked : allChecked.slice(start, allChecked.length - end);
  const before = new Map(base.map((f) => [f.path, f]));
  const after = new Set(checked.map((f) => f.path));
  const added = checked.filter((f) => !before.has(f.path));
  const deleted = base.filter((f) => !after.has(f.path));
  const renames = pairRenames(added, deleted);
  const renamedFrom = new Set(renames.values());

  const changes: FileChange[] = [];
  for (const f of checked) {
    const old = before.get(f.path);
    const from = renames.get(f);
    if (old) {
      if (!sameContent(old, f)) changes.push({ kind: 'modified', before: old, after: f });
    } else if (from) changes.push({ kind: 'renamed', before: from, after: f });
    else changes.push({ kind: 'added', after: f });
  }
  for (const d of deleted) if (!renamedFrom.has(d)) changes.push({ kind: 'deleted', before: d });
  return changes;
}
