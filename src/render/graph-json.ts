/** `migcheck graph --format json`: the graph as data, in load order, with its problems. */
import { isBranchPoint, isMergePoint } from '../core/graph/graph-queries.js';
import type { Graph, GraphProblem, RevisionId } from '../core/types.js';

/** One revision in the JSON drawing. */
export interface GraphJsonNode {
  id: RevisionId;
  file: string;
  parents: readonly RevisionId[];
  dependsOn: readonly RevisionId[];
  labels: string[];
  isHead: boolean;
  isMergePoint: boolean;
  isBranchPoint: boolean;
}

/** The JSON document (what `renderGraphJson` serialises). */
export interface GraphJson {
  nodes: GraphJsonNode[];
  heads: readonly RevisionId[];
  bases: readonly RevisionId[];
  problems: readonly GraphProblem[];
  /** Files whose revision id could not be read, so they are not nodes. */
  unreadable: string[];
}

/** The graph as a plain object with stable key order. */
export function graphJson(graph: Graph): GraphJson {
  const heads = new Set(graph.heads);
  return {
    nodes: graph.order.map((id) => {
      const node = graph.nodes.get(id)!;
      return {
        id,
        file: node.file.path,
        parents: node.parents,
        dependsOn: node.dependsOn,
        labels: [...node.labels].sort(),
        isHead: heads.has(id),
        isMergePoint: isMergePoint(graph, id),
        isBranchPoint: isBranchPoint(graph, id),
      };
    }),
    heads: graph.heads,
    bases: graph.bases,
    problems: graph.problems,
    unreadable: graph.unreadable.map((f) => f.path),
  };
}

/** Pretty-printed JSON with a trailing newline. */
export function renderGraphJson(graph: Graph): string {
  return `${JSON.stringify(graphJson(graph), null, 2)}\n`;
}
