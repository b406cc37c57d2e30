/**
 * behind-target: the branch was right when it forked, but the target gained migrations after the
 * merge-base, and target + branch would have more heads than the target has now — chain 2 of
 * the seed, developed on a branch cut before chain 1 landed. Only a rebase can see it; the
 * branch's own tree is healthy.
 */
import { behindTarget, behindTargetFix } from '../messages.js';
import type { Finding, Graph, RevisionId, Severity } from '../types.js';
import type { AnalysisMode } from './analysis-types.js';
import { ancestors } from '../graph/ancestors.js';
import { topologicalOrder } from '../graph/topological-order.js';
import { unexcusedHeads } from '../graph/unexcused-heads.js';

/** The severity the contract gives behind-target per mode: a warning until the branch is pushed. */
export const behindTargetSeverity = (mode: AnalysisMode): Severity => (mode === 'commit' ? 'warning' : 'error');

/**
 * The finding, or undefined. It points at the first revision the branch added on top of what it
 * shares with the target (the one whose down_revision the rebase changes).
 */
export function findBehindTarget(input: {
  mode: AnalysisMode;
  targetName: string;
  merged: Graph;
  checked: Graph;
  target: Graph;
  added: ReadonlySet<RevisionId>;
  allowedHeads: readonly RevisionId[];
}): Finding | undefined {
  const { merged, checked, target, added } = input;
  const heads = unexcusedHeads(merged, input.allowedHeads);
  const targetSide = heads.filter((h) => !checked.nodes.has(h));
  const branchSide = heads.filter((h) => checked.nodes.has(h));
  const targetHeadCount = unexcusedHeads(target, input.allowedHeads).length;
  if (heads.length < 2 || targetSide.length === 0 || branchSide.length === 0 || heads.length <= targetHeadCount) return undefined;

  // The branch's first revisions: added, resting on revisions it shares with the target.
  const under = ancestors(merged, branchSide, { inclusive: true });
  const roots = new Set([...under].filter((id) => added.has(id) && !(merged.nodes.get(id)?.parents ?? []).some((p) => added.has(p))));
  const anchor = topologicalOrder(merged, roots)[0] ?? branchSide[0]!;
  const file = merged.nodes.get(anchor)?.file;
  const parents = file?.downRevisions ?? merged.nodes.get(anchor)?.parents ?? [];
  const suggested = [...new Set(target.heads)];
  return {
    code: 'behind-target',
    severity: behindTargetSeverity(input.mode),
    message: behindTarget(anchor, parents, input.targetName, targetSide, heads),
    fix: behindTargetFix(input.targetName),
    file: file?.path,
    line: file?.sites.down_revision?.line,
    revision: anchor,
    downRevision: [...parents],
    suggestedDownRevision: suggested,
    revisions: heads,
  };
}
