/**
 * The vocabulary of branch-vs-target analysis: what a branch changed since its merge-base, what
 * the analysis is asked, and what it answers. Pure data.
 */
import type { Finding, Graph, HeadsSummary, RevisionFile } from '../types.js';

/**
 * One revision file this branch changed since the merge-base. `before` is the file in the `base`
 * tree, `after` the file in the checked tree. A rename keeps the blob or the revision id at a
 * new path (its content may have changed too).
 */
export type FileChange =
  | { kind: 'added'; after: RevisionFile }
  | { kind: 'modified'; before: RevisionFile; after: RevisionFile }
  | { kind: 'renamed'; before: RevisionFile; after: RevisionFile }
  | { kind: 'deleted'; before: RevisionFile };

/**
 * What is being checked, which decides who is blamed: `commit` (pre-commit on the index) and
 * `push` (pre-push) excuse problems the target already has; `rev` (`check --rev`, CI) is the
 * gate of the tree itself and excuses nothing.
 */
export type AnalysisMode = 'commit' | 'push' | 'rev';

/** The trees of one environment, already read. */
export interface AnalysisInput {
  mode: AnalysisMode;
  /** The target as users name it (`main`, `origin/main`), for messages. */
  targetName: string;
  /** The tree being checked: the index or a commit. */
  checked: readonly RevisionFile[];
  /** The merge-base tree; undefined when there is none (no commits yet, unrelated histories). */
  base: readonly RevisionFile[] | undefined;
  /** The target tip's tree; undefined when there is no target to compare with. */
  target: readonly RevisionFile[] | undefined;
  /** Heads the config allows besides labelled ones. */
  allowedHeads?: string[];
}

/** The answer for one environment. Severities are the defaults; config overrides come later. */
export interface EnvironmentAnalysis {
  heads: HeadsSummary;
  findings: Finding[];
  /** The merged view: target + this branch's changes since the merge-base. */
  merged: Graph;
  /** The graph of the checked tree. */
  checked: Graph;
  /** The graphs of the merge-base and target trees, when there are such trees. */
  base?: Graph;
  target?: Graph;
}
