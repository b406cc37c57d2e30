/**
 * Which redundant merge the rebase plan deletes rather than re-points: one that does nothing
 * (upgrade() and downgrade() exist and do nothing, as the reader found) and names nothing
 * else (no branch_labels, no depends_on). The redundant-merge finding and the plan both ask here,
 * so the finding's fix is what the plan does.
 */
import type { RevisionFile } from '../types.js';

/** True when a merge of this file may be deleted once the target joins its parents. */
export function isDeletableMerge(file: RevisionFile): boolean {
  return file.emptyMigration === true && file.branchLabels.length === 0 && file.dependsOn.length === 0;
}
