/** Branch-vs-target analysis: the merged view and the findings `check` and `pre-push` report. */
export { analyseEnvironment } from './analyse-environment.js';
export type { AnalysisInput, AnalysisMode, EnvironmentAnalysis, FileChange } from './analysis-types.js';
export { diffRevisionFiles } from './diff-revision-files.js';
export { mergeTrees } from './merge-trees.js';
export { unexcusedHeads } from '../graph/unexcused-heads.js';
export { findingKey } from './finding-key.js';
