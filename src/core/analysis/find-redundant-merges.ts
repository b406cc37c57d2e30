/**
 * redundant-merge: a merge migration this branch added whose parents the target has joined
 * since — the seed's AuthOnboarding t6u7v8w9x0y1 once main has u7v8w9x0y1z2. Landing both
 * would leave two merges of the same heads; the rebase plan deletes the branch's one.
 */
import { redundantMerge, redundantMergeFix } from '../messages.js';
import type { Finding, Graph, RevisionId } from '../types.js';
import { descendantsOf } from './related-revisions.js';
import { topologicalSubset } from './topological-subset.js';

/** One warning per added merge migration whose parents a target revision already descends from. */
export function findRedundantMerges(checked: Graph, target: Graph, added: ReadonlySet<RevisionId>, targetName: string): Finding[] {
  const findings: Finding[] = [];
  for (const id of checked.order) {
    const node = checked.nodes.get(id);
    const parents = [...new Set(node?.parents ?? [])];
    if (!node || !added.has(id) || target.nodes.has(id) || parents.length < 2) continue;
    if (!parents.every((p) => target.nodes.has(p))) continue;
    // Revisions of the target that build on every parent (a parent counts for itself).
    const joined = parents
      .map((p) => descendantsOf(target, p).add(p))
      .reduce((acc, set) => new Set([...acc].filter((r) => set.has(r))));
    if (joined.size === 0) continue;
    const first = topologicalSubset(target, joined)[0]!;
    const onTop = descendantsOf(target, first).add(first);
    const suggested = [...new Set(target.heads)].filter((h) => onTop.has(h));
    findings.push({
      code: 'redundant-merge',
      severity: 'warning',
      message: redundantMerge(id, parents, targetName, first),
      fix: redundantMergeFix(node.file.path, suggested),
      file: node.file.path,
      line: node.file.sites.down_revision?.line,
      revision: id,
      downRevision: node.file.downRevisions ?? parents,
      suggestedDownRevision: suggested,
    });
  }
  return findings;
}
