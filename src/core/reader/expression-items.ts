/**
 * Whether a parse holds items written as expressions (`cli.EXPAND_BRANCH`) in branch_labels or
 * depends_on: those depend on other modules of the tree, so trees holding them are resolved per
 * tree and never taken from per-file or per-tree caches.
 */
import type { RevisionFile } from '../types.js';

/** True when a file holds an expression item in branch_labels or depends_on. */
export function hasExpressionItems(file: RevisionFile): boolean {
  return file.branchLabels.some((i) => i.kind === 'expression') || file.dependsOn.some((i) => i.kind === 'expression');
}

/** True when any of the files holds an expression item (a loop: no array for the common case). */
export function anyExpressionItems(files: Iterable<RevisionFile>): boolean {
  for (const file of files) if (hasExpressionItems(file)) return true;
  return false;
}
