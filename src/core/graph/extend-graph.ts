/**
 * A graph plus a few new revisions on top, without building it again: the common commit adds a
 * migration or two to a history of thousands, and a check needs the graph of the history and of
 * the history with them. Taken only where the result is exactly buildGraph's (tested against
 * it): every new file declares a new id that nothing in the graph names yet, its parents are
 * already in the graph, and neither it nor the graph involves branch labels, depends_on,
 * repeated ids or unreadable files (each could change what older revisions mean). Otherwise
 * undefined, and the caller builds the graph as usual.
 */
import type { Graph, RevisionFile, RevisionId, RevisionNode } from '../types.js';

/**
 * The graph of `files` (in load order) = `graph`'s files plus `added`, or undefined when that
 * is not an extension in the sense above. `graph` is left unchanged (nodes that gain a child are
 * copied).
 */
export function extendGraph(graph: Graph, files: readonly RevisionFile[], added: readonly RevisionFile[]): Graph | undefined {
  if (added.length === 0 || graph.unreadable.length > 0 || graph.files === undefined) return undefined;
  if (files.length !== graph.files.length + added.length) return undefined;
  // Any problem (missing parent, repeat, cycle, label clash) or any label could be touched.
  if (graph.problems.length > 0) return undefined;
  const fresh = new Set<RevisionId>();
  for (const file of added) {
    const id = file.revision;
    if (id === undefined || file.downRevisions === undefined || file.problems.length > 0) return undefined;
    if (file.branchLabels.length > 0 || file.dependsOn.length > 0) return undefined;
    if (graph.nodes.has(id) || fresh.has(id)) return undefined;
    for (const parent of file.downRevisions) if (!graph.nodes.has(parent)) return undefined;
    fresh.add(id);
  }
  // Labels and depends_on anywhere make a new child matter to older revisions.
  for (const node of graph.nodes.values()) if (node.labels.length > 0 || node.dependsOn.length > 0) return undefined;

  // New nodes, and copies of the nodes that gain a child (`graph` is not changed).
  const changed = new Map<RevisionId, RevisionNode & { children: RevisionId[] }>();
  for (const file of added) {
    const id = file.revision!;
    const parents = [...new Set(file.downRevisions!)];
    changed.set(id, { id, file, parents, dependsOn: [], children: [], labels: [], dependents: [] });
    for (const parent of parents) {
      let above = changed.get(parent);
      if (!above) {
        const old = graph.nodes.get(parent)!;
        changed.set(parent, (above = { ...old, children: [...old.children] }));
      }
      above.children.push(id);
    }
  }
  // In load order, as buildGraph inserts them (callers iterate the map).
  const order: RevisionId[] = [];
  const nodes = new Map<RevisionId, RevisionNode>();
  for (const file of files) {
    const id = file.revision!;
    order.push(id);
    nodes.set(id, changed.get(id) ?? graph.nodes.get(id)!);
  }
  // Each id's load position looked up once (a native scan): only heads, bases and the children
  // of the few changed nodes are ordered.
  const inOrder = (ids: Iterable<RevisionId>) => [...ids].map((id) => [order.indexOf(id), id] as const).sort((a, b) => a[0] - b[0]).map(([, id]) => id);
  // buildGraph lists children in load order; a new child may load before an older one.
  for (const [id, node] of changed) if (!fresh.has(id)) node.children = inOrder(node.children);
  const gainedChild = new Set(added.flatMap((file) => file.downRevisions!));
  return {
    nodes,
    order,
    heads: inOrder([...graph.heads.filter((id) => !gainedChild.has(id)), ...[...fresh].filter((id) => !gainedChild.has(id))]),
    bases: inOrder([...graph.bases, ...added.filter((file) => file.downRevisions!.length === 0).map((file) => file.revision!)]),
    problems: [],
    unreadable: [],
    files,
  };
}
