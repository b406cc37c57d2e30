// migcheck's library entry (generated from src/library/index.ts by scripts/library-types.mjs)
/** Where and how to read the repository (every function takes these). */
export interface RepositoryOptions {
    /** A directory inside the repository (default: `process.cwd()`). */
    cwd?: string;
    /** Versions directories to read instead of discovering them (the CLI's `--dir`). */
    dirs?: string[];
    /** The migcheck config file (the CLI's `--config`). */
    config?: string;
    /** The environment variables to honour (`MIGCHECK_TARGET`, git's own); default `process.env`. */
    env?: Record<string, string | undefined>;
}
/** Options of {@link check}. */
export interface CheckOptions extends RepositoryOptions {
    /** A commit, branch or tag to check as CI does (`check --rev`); default: the index (the staged state). */
    rev?: string;
    /** The branch this work merges into (`--target`); default as the CLI: config, `MIGCHECK_TARGET`, `origin/HEAD`, … */
    target?: string;
    /** Check only the environments that hold these paths (relative to `cwd`), as `migcheck check PATH…`. */
    paths?: string[];
}
/** Options of {@link heads}. */
export interface HeadsOptions extends RepositoryOptions {
    /** Read a commit instead of the working tree. */
    rev?: string;
    /** Read the index instead of the working tree. */
    staged?: boolean;
}
/** Options of {@link planRebase}. */
export interface PlanOptions extends RepositoryOptions {
    target?: string;
}
/** One finding (see the finding codes in the CLI contract). */
export interface Finding {
    code: string;
    severity: 'error' | 'warning';
    message: string;
    fix?: string;
    file?: string;
    line?: number;
    revision?: string;
    downRevision?: string[];
    suggestedDownRevision?: string[];
    bypassed?: string[];
    revisions?: string[];
    files?: string[];
    preexisting?: boolean;
}
/** The target branch, its tip and the merge-base with the checked tree. */
export interface TargetInfo {
    ref: string;
    commit: string;
    mergeBase: string | null;
}
/** What `migcheck check --format json` prints. */
export interface CheckResult {
    /** False when any finding is an error (the CLI exits 1). */
    ok: boolean;
    /** The commit checked, with `rev`. */
    rev?: {
        ref: string;
        commit: string;
    };
    /** Null before the first commit, when there is no target yet. */
    target: TargetInfo | null;
    environments: {
        dir: string;
        versionLocations: string[];
        config: string | null;
        heads: {
            target: string[];
            mergeBase: string[];
            result: string[];
        };
        findings: Finding[];
    }[];
}
/** What `migcheck heads --format json` prints. */
export interface HeadsResult {
    environments: {
        dir: string;
        versionLocations: string[];
        config?: string;
        heads: string[];
        findings: Finding[];
    }[];
}
/** One step of a rebase plan. */
export type PlanStep = {
    action: 'delete';
    revision: string;
    file: string;
    reason: string;
    mergedBy: string;
} | {
    action: 'repoint';
    revision: string;
    file: string;
    from: string[];
    to: string[];
    fromText?: string;
} | {
    action: 'git';
    command: string;
    reason: string;
    revisions: string[];
};
/** What `migcheck rebase-plan --format json` prints. */
export interface RebasePlanResult {
    target: TargetInfo;
    /** Always false here: the library never edits files. */
    applied: boolean;
    environments: {
        dir: string;
        onto: string[];
        steps: PlanStep[];
        resultHeads: string[];
        blocked?: {
            reason: string;
            heads: string[];
        };
    }[];
}
/** The error a run that cannot check rejects with. */
export interface MigcheckErrorLike extends Error {
    name: 'MigcheckError';
    /** The CLI's exit code for it (2: could not check). */
    exitCode: number;
    /** What to do about it, when migcheck knows. */
    hint: string | undefined;
}
/** True for the errors migcheck raises on purpose (anything else is a bug in migcheck). */
export declare function isMigcheckError(error: unknown): error is MigcheckErrorLike;
/**
 * Checks the index (or `rev`) of every Alembic environment against the target branch: the
 * report `migcheck check --format json` prints (with `rev`, `migcheck check --rev REV`). Unlike
 * the commit hook, the index is checked even when no migration is staged.
 */
export declare function check(options?: CheckOptions): Promise<CheckResult>;
/** Each environment's heads (working tree, index with `staged`, or `rev`): what `migcheck heads --format json` prints. */
export declare function heads(options?: HeadsOptions): Promise<HeadsResult>;
/**
 * The steps that put this branch's migrations on top of the target's head(s), from the working
 * tree: what `migcheck rebase-plan --format json` prints. It never edits a file (`rebase-plan
 * --apply` does).
 */
export declare function planRebase(options?: PlanOptions): Promise<RebasePlanResult>;
