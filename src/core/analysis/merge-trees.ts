/**
 * The merged view: what the target will hold once this branch lands. It is the target tree with
 * the branch's own changes since the merge-base applied on top, so a fork against migrations the
 * target gained later is seen before the branches ever meet.
 */
import type { RevisionFile } from '../types.js';
import type { FileChange } from './analysis-types.js';
import { diffRevisionFiles } from './diff-revision-files.js';

const dirOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

/**
 * Where the target holds the file a change started from: at the same path, else (the target
 * moved it since the merge-base) with the same blob, else with the same revision id.
 */
function locate(files: readonly RevisionFile[], before: RevisionFile): number {
  const byPath = files.findIndex((f) => f.path === before.path);
  if (byPath >= 0) return byPath;
  const byBlob = before.blob === undefined ? -1 : files.findIndex((f) => f.blob === before.blob);
  if (byBlob >= 0) return byBlob;
  return before.revision === undefined ? -1 : files.findIndex((f) => f.revision === before.revision);
}

/**
 * Puts `file` where Alembic would load it: among the files of its directory in sorted order (a
 * directory's files load sorted), or at the end when its directory holds nothing yet.
 */
function place(files: RevisionFile[], file: RevisionFile): void {
  const at = files.findIndex((f) => f.path === file.path);
  if (at >= 0) {
    files[at] = file;
    return;
  }
  const dir = dirOf(file.path);
  let insert = -1;
  for (let i = 0; i < files.length; i += 1) {
    const f = files[i]!;
    if (dirOf(f.path) !== dir) continue;
    if (f.path > file.path) {
      insert = i;
      break;
    }
    insert = i + 1;
  }
  if (insert < 0) files.push(file);
  else files.splice(insert, 0, file);
}

/**
 * `target` + the changes from `base` to `checked` (`changes`, when the caller has them), in load order. Where both sides changed the
 * same file (git would ask), the branch's version is taken: it is what the branch means to land.
 */
export function mergeTrees(
  target: readonly RevisionFile[],
  base: readonly RevisionFile[],
  checked: readonly RevisionFile[],
  changes: readonly FileChange[] = diffRevisionFiles(base, checked),
): RevisionFile[] {
  const files = [...target];
  for (const change of changes) {
    switch (change.kind) {
      case 'added':
        place(files, change.after);
        break;
      case 'modified': {
        const at = locate(files, change.before);
        // Edited here, moved on the target: git carries the edit to the new path, and so do we.
        if (at >= 0) files[at] = files[at]!.path === change.after.path ? change.after : { ...change.after, path: files[at]!.path };
        else place(files, change.after);
        break;
      }
      case 'renamed': {
        const at = locate(files, change.before);
        if (at >= 0) files.splice(at, 1);
        place(files, change.after);
        break;
      }
      case 'deleted': {
        const at = locate(files, change.before);
        if (at >= 0) files.splice(at, 1);
        break;
      }
    }
  }
  return files;
}
