/** The revision graph: building it, walking it, and the findings its problems become. */
export { buildGraph } from './build-graph.js';
export { extendGraph } from './extend-graph.js';
export { ancestors, descendants, type WalkOptions } from './ancestors.js';
export { topologicalOrder } from './topological-order.js';
export { isMergePoint, isBranchPoint, branchPoints, headLabels, isEffectiveHead } from './graph-queries.js';
export { graphFindings } from './graph-findings.js';
export { meantRevisionLookup, type MeantRevision } from './meant-revision.js';
export { firstJoin } from './first-join.js';
export { divergencePoint } from './divergence-point.js';
export { unexcusedHeads } from './unexcused-heads.js';
