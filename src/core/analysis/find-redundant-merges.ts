/**
 * redundant-merge: a merge migration this branch added whose parents the target has joined
 * since — the seed's AuthOnboarding t6u7v8w9x0y1 once main has u7v8w9x0y1z2. Landing both
 * would leave two merges of the same heads; the rebase plan deletes the branch's one when it
 * does nothing, and re-points it otherwise (the fix says which).
 */
import { redundantMerge, redundantMergeBehindFix, redundantMergeFix, redundantMergeRepointFix } from '../messages.js';
import { isDeletableMerge } from './deletable-merge.js';
import type { Finding, Graph, RevisionId } from '../types.js';
import { descendants } from '../graph/ancestors.js';
import { firstJoin } from '../graph/first-join.js';

/** One warning per added merge migration whose parents a target revision already descends from. */
export function findRedundantMerges(checked: Graph, target: Graph, added: ReadonlySet<RevisionId>, targetName: string): Finding[] {
  const findings: Finding[] = [];
  for (const id of checked.order) {
    const node = checked.nodes.get(id);
    const parents = [...new Set(node?.parents ?? [])];
    if (!node || !added.has(id) || target.nodes.has(id) || parents.length < 2) continue;
    if (!parents.every((p) => target.nodes.has(p))) continue;
    // The target's first revision that builds on every parent (a parent counts for itself).
    const first = firstJoin(target, parents);
    if (first === undefined) continue;
    const onTop = descendants(target, [first], { inclusive: true });
    const suggested = [...new Set(target.heads)].filter((h) => onTop.has(h));
    findings.push({
      code: 'redundant-merge',
      severity: 'warning',
      message: redundantMerge(id, parents, targetName, first),
      // What rebase-plan will do with it: delete it, or keep it and re-point it. Before the branch
      // has the target's join, only the rebase makes that edit possible, so the fix starts there.
      fix: !suggested.every((h) => checked.nodes.has(h))
        ? redundantMergeBehindFix(targetName, node.file.path, suggested, isDeletableMerge(node.file))
        : isDeletableMerge(node.file) ? redundantMergeFix(node.file.path, suggested) : redundantMergeRepointFix(node.file.path, suggested),
      file: node.file.path,
      line: node.file.sites.down_revision?.line,
      revision: id,
      downRevision: node.file.downRevisions ?? parents,
      suggestedDownRevision: suggested,
    });
  }
  return findings;
}
