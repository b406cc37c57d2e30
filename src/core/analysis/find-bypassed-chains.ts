/**
 * bypassed-chain: a migration added on this branch whose parent already has another child in the
 * checked tree. That tree holds everything up to the merge-base, so the author had the other
 * chain in front of them and built beside it: the seed's n0o1p2q3r4s5 on f8g9h0i1j2k3 next to
 * 16 revisions of chain 1. A sibling the branch added itself is its own fork (multiple-heads
 * if left open), and a sibling chain joined with the new revision by a merge is healthy.
 */
import { bypassedChain, bypassedChainFix } from '../messages.js';
import type { Finding, Graph, RevisionId } from '../types.js';
import { ancestors, descendants } from '../graph/ancestors.js';
import { topologicalOrder } from '../graph/topological-order.js';

/** The revisions of `chain` nothing else in `chain` builds on, in topological order. */
function chainHeads(graph: Graph, chain: ReadonlySet<RevisionId>): RevisionId[] {
  const ends = new Set([...chain].filter((id) => !(graph.nodes.get(id)?.children ?? []).some((c) => chain.has(c))));
  return topologicalOrder(graph, ends);
}

/** One finding per added revision that bypasses a chain, in load order. */
export function findBypassedChains(graph: Graph, added: ReadonlySet<RevisionId>, targetName: string): Finding[] {
  const findings: Finding[] = [];
  for (const id of graph.order) {
    const node = graph.nodes.get(id);
    if (!node || !added.has(id)) continue;
    // Cheap test first: most new revisions have no sibling from before the branch.
    const hasOlderSibling = node.parents.some((p) => (graph.nodes.get(p)?.children ?? []).some((c) => c !== id && !added.has(c)));
    if (!hasOlderSibling) continue;
    const below = ancestors(graph, [id]);
    const above = descendants(graph, [id]);
    const skipped = new Set<RevisionId>();
    const ends = new Map<RevisionId, RevisionId[]>();
    for (const parent of new Set(node.parents)) {
      const perParent = new Set<RevisionId>();
      for (const sibling of new Set(graph.nodes.get(parent)?.children ?? [])) {
        if (sibling === id || added.has(sibling) || below.has(sibling)) continue;
        const chain = descendants(graph, [sibling], { inclusive: true });
        // Something in the tree already builds on both: the chains are joined, nothing is skipped.
        if ([...chain].some((c) => c === id || above.has(c))) continue;
        for (const c of chain) perParent.add(c);
      }
      if (perParent.size === 0) continue;
      for (const c of perParent) skipped.add(c);
      ends.set(parent, chainHeads(graph, perParent));
    }
    if (skipped.size === 0) continue;

    const bypassedParents = [...ends.keys()];
    const suggested = [...new Set(node.parents.flatMap((p) => ends.get(p) ?? [p]))];
    const allEnds = [...new Set([...ends.values()].flat())];
    findings.push({
      code: 'bypassed-chain',
      severity: 'error',
      message: bypassedChain(id, bypassedParents, targetName, skipped.size, allEnds),
      fix: bypassedChainFix(suggested),
      file: node.file.path,
      line: node.file.sites.down_revision?.line,
      revision: id,
      downRevision: node.file.downRevisions ?? [...node.parents],
      suggestedDownRevision: suggested,
      bypassed: topologicalOrder(graph, skipped),
    });
  }
  return findings;
}
