/**
 * The shared vocabulary of migcheck's pure core. Every layer speaks these types; nothing here
 * performs I/O. Trees are named by what they are (index, head, base, target, merged, worktree),
 * never "ours/theirs", whose meaning flips between merge and rebase.
 */

/** An Alembic revision identifier: any string (`ae1027a6acf`, `kilo`, `main_0001`). */
export type RevisionId = string;

/** The snapshots migcheck compares. `merged` is target + this branch's changes since base. */
export type TreeName = 'index' | 'head' | 'base' | 'target' | 'merged' | 'worktree';

/** A half-open range of the decoded source text, `[start, end)` in string indexes. */
export interface Span {
  start: number;
  end: number;
  /** 1-based line of `start`. */
  line: number;
}

/** The four module-level names Alembic reads from a revision file. */
export type RevisionField = 'revision' | 'down_revision' | 'branch_labels' | 'depends_on';

/** One item of a `branch_labels` / `depends_on` value as written. */
export type ValueItem =
  | { kind: 'string'; value: string }
  /** A non-literal item such as `cli.EXPAND_BRANCH`, kept by its source text. */
  | { kind: 'expression'; text: string };

/**
 * What a literal evaluates to, normalised the way Alembic's `util.to_tuple` does:
 * `None`, `()` and `''` become `[]`, a string becomes `[s]`, a tuple or list keeps its items.
 */
export interface ValueSite {
  field: RevisionField;
  /** 1-based line of the assignment statement. */
  line: number;
  /** The value expression exactly as written (the splice target for edits). */
  span: Span;
  /** Source text of the value expression. */
  text: string;
  /** The items, or undefined when the value is not a literal this reader can evaluate. */
  items: ValueItem[] | undefined;
  /** True when the literal was a scalar string (not a tuple/list). */
  scalar: boolean;
  /** Why `items` is undefined. */
  problem?: string;
}

/** A reader diagnostic; `error` makes the file `unparseable`, `warning` is informational. */
export interface ReaderProblem {
  severity: 'error' | 'warning';
  line: number;
  field?: RevisionField;
  reason: string;
  /** The fix, when the reader knows a better one than rewriting the field (conflict markers). */
  fix?: string;
  /**
   * `alembic-compat`: the file loads on some Alembic versions and fails on others (a `warning`
   * that becomes an `alembic-compat` finding, never `unparseable`).
   */
  code?: 'alembic-compat';
}

/** The text of a revision file as decoded from bytes, with what is needed to re-encode it. */
export interface DecodedSource {
  text: string;
  /** `utf8` (a BOM stays in `text` as U+FEFF) or `latin1` for bytes that are not UTF-8. */
  encoding: 'utf8' | 'latin1';
}

/**
 * Everything the static reader learnt from one revision file. Parses are shared (by the parse
 * cache, tree snapshots, several trees and graphs), so nothing changes one after the reader has
 * returned it: a different value is a new object.
 */
export interface RevisionFile {
  /** Repository-relative path, `/` separators. */
  readonly path: string;
  /** Git object id of the content, when read from git. */
  readonly blob?: string;
  /** The revision id; undefined when it could not be determined (see problems). */
  readonly revision: RevisionId | undefined;
  /** `variable` when `revision = …` was read, `filename` for the legacy hex-filename rule. */
  readonly revisionSource: 'variable' | 'filename' | 'none';
  /** Parents from down_revision; `[]` for a base. Undefined when down_revision is unreadable. */
  readonly downRevisions: readonly RevisionId[] | undefined;
  /** Branch labels as written; expression items are unresolved constants. */
  readonly branchLabels: readonly ValueItem[];
  /** depends_on entries (ids or branch labels) as written. */
  readonly dependsOn: readonly ValueItem[];
  /** Where each field's value sits in the text. */
  readonly sites: Partial<Record<RevisionField, ValueSite>>;
  /** The value part of the docstring's `Revises:` line, when there is one. */
  readonly revises?: { span: Span; text: string };
  /**
   * Set (true) on a merge revision whose upgrade() and downgrade() both exist and do nothing:
   * such a merge may be deleted when the target has joined its parents already. Absent on every
   * other file.
   */
  readonly emptyMigration?: true;
  readonly problems: readonly ReaderProblem[];
}

/** A problem found while building a graph (before any branch-vs-target analysis). */
export type GraphProblem =
  | { kind: 'missing-parent'; revision: RevisionId; file: string; missing: RevisionId; via: 'down_revision' | 'depends_on';
      /** When the missing id is really a file name or slug: the revision that file declares. */
      meant?: { revision: RevisionId; file: string } }
  | { kind: 'duplicate-revision'; revision: RevisionId; files: string[] }
  | { kind: 'cycle'; revisions: RevisionId[]; via: 'down_revision' | 'depends_on' }
  | { kind: 'duplicate-label'; label: string; revisions: RevisionId[] }
  /** A down_revision names a branch label: resolved here, but Alembic fails on it (KeyError). */
  | { kind: 'label-as-parent'; revision: RevisionId; file: string; label: string; resolved: RevisionId };

/**
 * One revision in a graph. Graphs are shared (a check asks for the findings of one graph several
 * times, an extended graph shares the nodes of the one it extends): nothing changes a node once
 * buildGraph or extendGraph has returned it, and the types say so.
 */
export interface RevisionNode {
  readonly id: RevisionId;
  readonly file: RevisionFile;
  /** down_revision targets, resolved (a branch label resolves to its revision). */
  readonly parents: readonly RevisionId[];
  /** depends_on targets, resolved. */
  readonly dependsOn: readonly RevisionId[];
  readonly children: readonly RevisionId[];
  /** Own and propagated branch labels (Alembic's `_add_branches` rules). */
  readonly labels: readonly string[];
  /**
   * Revisions whose depends_on names this one, resolved (Alembic's `_all_nextrev` minus
   * `nextrev`). Set by buildGraph; a versioned head with dependents prints `(effective head)`.
   */
  readonly dependents?: readonly RevisionId[];
}

/** The revision graph of one environment in one tree; never changed once built (see RevisionNode). */
export interface Graph {
  readonly nodes: ReadonlyMap<RevisionId, RevisionNode>;
  /** Node ids in load order (version locations in order, then sorted paths). */
  readonly order: readonly RevisionId[];
  /** Alembic's versioned heads (`get_heads()`), in load order. */
  readonly heads: readonly RevisionId[];
  readonly bases: readonly RevisionId[];
  readonly problems: readonly GraphProblem[];
  /** Files that could not be read into a node (unparseable revision id). */
  readonly unreadable: readonly RevisionFile[];
  /** Every input file in load order, duplicates included (set by buildGraph). */
  readonly files?: readonly RevisionFile[];
}

/** Stable finding codes (see the CLI contract); extend, never rename. */
export type FindingCode =
  | 'bypassed-chain'
  | 'behind-target'
  | 'multiple-heads'
  | 'redundant-merge'
  | 'edited-published'
  | 'missing-parent'
  | 'duplicate-revision'
  | 'cycle'
  | 'unparseable'
  | 'duplicate-label'
  | 'unresolved-label'
  | 'alembic-compat';

export type Severity = 'error' | 'warning';

/** One reportable problem, in the shape the JSON output carries. */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** One line: what is wrong. */
  message: string;
  /** The exact fix. */
  fix?: string;
  file?: string;
  line?: number;
  revision?: RevisionId;
  downRevision?: readonly RevisionId[];
  suggestedDownRevision?: readonly RevisionId[];
  bypassed?: readonly RevisionId[];
  /** Other revisions the finding is about (heads, cycle members, duplicates). */
  revisions?: readonly RevisionId[];
  /** Other files the finding is about (both files of a duplicate). */
  files?: readonly string[];
  /** True when the finding exists on the target already and this change did not cause it. */
  preexisting?: boolean;
}

/** One Alembic environment: a script directory with its version locations. */
export interface Environment {
  /** The config file it came from (`backend/alembic.ini`, `pyproject.toml`), or undefined for --dir/config. */
  config?: string;
  /** The ini section or `[tool.alembic]`, for messages. */
  section?: string;
  /** Repository-relative script_location, when known. */
  scriptLocation?: string;
  /** Repository-relative version directories, in Alembic's load order. */
  versionLocations: string[];
  recursive: boolean;
  sourceless: boolean;
  /** `file_template` (default `%(rev)s_%(slug)s`). */
  fileTemplate: string;
  truncateSlugLength: number;
  /** Set when the env's `timezone` option is present (merge's Create Date). */
  timezone?: string;
  /** Options Alembic reads differently than they are written (each an `alembic-compat` warning). */
  compat?: ConfigCompat[];
}

/**
 * A config option that Alembic reads differently than it is written, or differently from one
 * version to the next: `loose-boolean` (an ini boolean other than the exact `true`, which Alembic
 * reads as false), `toml-not-boolean` (a `[tool.alembic]` boolean that is no TOML boolean:
 * Alembic 1.16+ stops), `toml-path-separator` (`path_separator` in `[tool.alembic]`, which Alembic
 * never reads, while the ini's version_locations is split by it).
 */
export interface ConfigCompat {
  kind: 'loose-boolean' | 'toml-not-boolean' | 'toml-path-separator';
  /** The config file that holds the option, and the option's line in it when known. */
  config: string;
  line?: number;
  option: string;
  /** The value as written. */
  value: string;
}

/** A file in a tree listing. */
export interface TreeEntry {
  path: string;
  oid: string;
  mode: string;
}

/** Heads of one environment in the trees a check compares. */
export interface HeadsSummary {
  target: RevisionId[];
  mergeBase: RevisionId[];
  /** Heads of the merged view (target + this branch's changes): what the merge would leave. */
  result: RevisionId[];
}

/** One environment's part of a check report (the contract's JSON `environments[]`). */
export interface EnvironmentReport {
  /** The (first) versions directory, repository-relative. */
  dir: string;
  /** Every versions directory of the environment, in load order. */
  versionLocations: string[];
  config?: string;
  heads: HeadsSummary;
  findings: Finding[];
}

/** The result of `check` / `pre-push`, before rendering. */
export interface CheckReport {
  ok: boolean;
  /** What was checked: the index, a commit (`--rev`, a pushed tip). */
  tree: TreeName;
  /** The commit checked, when `tree` is `head`. */
  rev?: { ref: string; commit: string };
  target: { ref: string; commit: string; mergeBase: string | null } | null;
  environments: EnvironmentReport[];
}

/** A severity a config file can give a finding code; `off` drops the finding. */
export type SeverityOverride = Severity | 'off';

/** One environment named in the config file (instead of discovery from alembic.ini). */
export interface ConfiguredEnvironment {
  /** Repository-relative versions directories, in Alembic's load order (usually one). */
  versionLocations: string[];
  /** Revision ids allowed as extra heads in this environment (beyond the top-level list). */
  allowedHeads: string[];
}

/** migcheck's settings, validated; every field has its default filled in except `target`/`environments`. */
export interface MigcheckConfig {
  /** Where the settings came from (`.migcheckrc.json`, `package.json "migcheck"`, `pyproject.toml [tool.migcheck]`); undefined when there is none. */
  source: string | undefined;
  /** The target branch ref (`--target` wins over it). */
  target?: string;
  /** pre-push fetches the target's remote-tracking branch before checking (as `--fetch`). */
  fetchTarget?: boolean;
  /** Environments to check instead of discovering them (`--dir` wins over it). */
  environments?: ConfiguredEnvironment[];
  /** Severity per finding code, replacing the default. */
  severity: Partial<Record<FindingCode, SeverityOverride>>;
  /** Repository-relative paths or globs (`*`, `**`, `?`) of revision files to leave out. */
  ignore: string[];
  /** Revision ids allowed as extra heads in every environment. */
  allowedHeads: string[];
}
