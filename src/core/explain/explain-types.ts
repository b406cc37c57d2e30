/**
 * `migcheck explain` as data: the investigation of a tree whose graph forks, in the shape of its
 * JSON output (the contract's `migcheck explain` section). The Markdown renderer reads the same
 * values, so the two formats never tell different stories.
 */
import type { DatabaseReport } from '../database/report-types.js';
import type { EnvironmentPlan } from '../plan/plan-types.js';
import type { RevisionId } from '../types.js';

/** One commit as git's log describes it. */
export interface CommitFacts {
  id: string;
  parents: string[];
  /** Committer time, seconds since the epoch (what orders events). */
  time: number;
  /** Committer date, strict ISO 8601 with the committer's offset. */
  date: string;
  subject: string;
}

/** A commit of a log walk and the migration files it added. */
export interface AddingCommit {
  commit: CommitFacts;
  paths: string[];
}

/** What git's history says about a tree: input of the pure explanation. */
export interface HistoryFacts {
  /** Every commit reachable from the tree's commit that added a file, newest first. */
  added: readonly AddingCommit[];
  /** The target's first-parent line, newest first (merge commits list what they brought in). */
  line: readonly AddingCommit[];
  /** The name of that line (`main`, `origin/main`). */
  lineRef: string;
}

/** One revision as the report shows it. */
export interface RevisionFacts {
  revision: RevisionId;
  file: string;
  /** The docstring's first line (the message `alembic revision -m` was given). */
  message?: string;
  /** The docstring's `Create Date:` value, as written. */
  createDate?: string;
  /** The commit that added the file; null when no commit did (index, working tree) or there is no history. */
  commit: CommitFacts | null;
}

/** One line of history from the divergence point to a head, in upgrade order. */
export interface Chain {
  head: RevisionId;
  revisions: RevisionFacts[];
}

/**
 * A revision whose down_revision was no longer a head of the target when it was added: it
 * revised an older parent while the target already held what came after it.
 */
export interface OlderParent {
  revision: RevisionId;
  file: string;
  downRevision: RevisionId[];
  commit: CommitFacts | null;
  /** The target's heads at that moment (what the revision should have been written on). */
  targetHeads: RevisionId[];
  /** The target's last commit before that moment (of those that added migrations). */
  targetCommit: CommitFacts | null;
}

/** The first commit on the target's first-parent line after which it had more than one head. */
export interface SecondHead {
  commit: CommitFacts;
  /** True when it is a merge commit: it joined the lines of git history but not the revisions. */
  merge: boolean;
  /** The heads right after it. */
  heads: RevisionId[];
}

/** Phase 1: the merge migration that joins the heads on the target. */
export interface MergeFix {
  /** A revision id for the merge (stable for the same heads, so phase 2's plans can name it). */
  revision: RevisionId;
  downRevision: RevisionId[];
  message: string;
  /** The migcheck command that writes it, and the Alembic command that would. */
  migcheck: string;
  alembic: string;
  /** Where to run `alembic` (the config's folder), when not the repository root. */
  alembicCwd?: string;
  /** The target branch it belongs on. */
  target: string;
}

/** Phase 2: one branch whose migrations the fix moves. */
export interface BranchFix {
  branch: string;
  commit: string;
  mergeBase: string | null;
  /** Its own merge migrations of the same heads: deleted once the target has its merge. */
  merges: RevisionId[];
  /** Its own migrations written on a head (or older) that the merge leaves behind. */
  revisesOldHead: RevisionId[];
  /** The rebase plan of the branch onto the target after phase 1 (the planner rebase-plan uses). */
  plan: EnvironmentPlan;
}

/**
 * The fix: the merge migration on the target (phase 1), then the branches it moves (phase 2).
 * For a branch that forks only once merged (tree kind `merged`) the target needs no merge: the
 * fix is that branch's own rebase plan, its one entry in `branches`, and `merge` is null.
 */
export interface ExplainFix {
  merge: MergeFix | null;
  branches: BranchFix[];
}

/** The investigation of one environment. */
export interface EnvironmentExplanation {
  dir: string;
  versionLocations: string[];
  config?: string;
  /** `multiple-heads` when there is something to explain, `healthy` otherwise. */
  state: 'multiple-heads' | 'healthy';
  heads: RevisionFacts[];
  /** The last revision every head builds on; null when the heads share none (separate bases). */
  divergencePoint: RevisionFacts | null;
  chains: Chain[];
  history: {
    olderParents: OlderParent[];
    /** Null when no commit of the target's line brought the second head (not committed yet). */
    secondHead: SecondHead | null;
    /** The line the history was read from. */
    line: string | null;
  };
  fix: ExplainFix | null;
}

/**
 * Which tree was explained. `merged`: `--rev REV` has a single head itself, but the target with
 * REV's changes since their merge-base applied (what the target holds once REV lands) forks.
 */
export interface ExplainedTree {
  kind: 'commit' | 'worktree' | 'merged';
  /** The name given (`main`, `--rev REV`), for a commit or a merged view. */
  ref?: string;
  commit?: string;
}

/** The whole report. */
export interface Explanation {
  /** False when some environment has something to explain. */
  ok: boolean;
  tree: ExplainedTree;
  target: { ref: string; commit: string } | null;
  environments: EnvironmentExplanation[];
  /** With --db: the database section, as `db status --schema` and `db stamp-plan` report it. */
  database?: DatabaseReport;
}
