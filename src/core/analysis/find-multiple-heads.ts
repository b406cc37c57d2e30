/**
 * multiple-heads: the checked tree itself would make `alembic upgrade head` fail. Heads that a
 * bypassed-chain finding already explains (the skipped chain's end, which the fix puts under the
 * new revision) are left out, so one problem is reported once.
 */
import { MULTIPLE_HEADS_FIX, multipleHeads } from '../messages.js';
import type { Finding, Graph, RevisionId } from '../types.js';
import { unexcusedHeads } from '../graph/unexcused-heads.js';

/**
 * The fork's heads (load order) and a finding pointing at the newest one — a head this change
 * added when there is one — or undefined when there is no fork.
 */
export function findMultipleHeads(
  graph: Graph,
  allowedHeads: readonly RevisionId[],
  absorbed: ReadonlySet<RevisionId>,
  added: ReadonlySet<RevisionId>,
): { heads: RevisionId[]; finding: Finding } | undefined {
  const heads = unexcusedHeads(graph, allowedHeads).filter((h) => !absorbed.has(h));
  if (heads.length < 2) return undefined;
  const pointAt = [...heads].reverse().find((h) => added.has(h)) ?? heads[heads.length - 1]!;
  const file = graph.nodes.get(pointAt)?.file;
  return {
    heads,
    finding: {
      code: 'multiple-heads',
      severity: 'error',
      message: multipleHeads(heads),
      fix: MULTIPLE_HEADS_FIX,
      file: file?.path,
      line: file?.sites.down_revision?.line,
      revision: pointAt,
      downRevision: file?.downRevisions,
      revisions: heads,
    },
  };
}
