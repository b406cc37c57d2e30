/**
 * Every user-facing sentence migcheck prints lives here: fixed texts as SCREAMING_CASE constants,
 * parameterised ones as camelCase functions (lint-staged's messages.js shape). Sections are owned
 * by areas of the code; keep a sentence next to its siblings so the voice stays one.
 * Style: say what is wrong, where, and the exact fix; Alembic's own nouns (revision,
 * down_revision, head, branch_labels, depends_on) unchanged; trees named index/head/base/target.
 */

// ── reader ──────────────────────────────────────────────────────────────────

// ── graph ───────────────────────────────────────────────────────────────────

// ── git and environments ────────────────────────────────────────────────────

// ── config ──────────────────────────────────────────────────────────────────

// ── check and pre-push ──────────────────────────────────────────────────────

// ── rebase-plan and merge ───────────────────────────────────────────────────

// ── init and hooks ──────────────────────────────────────────────────────────

// ── cli ─────────────────────────────────────────────────────────────────────

/** One line for a failure that is migcheck's own fault. */
export const internalFailure = (detail: string) => `migcheck: internal error: ${detail} (run again with --debug for detail, and please report it)`;

/** MIGCHECK_SKIP=1 was set. */
export const skipped = (command: string) => `migcheck: ${command} skipped (MIGCHECK_SKIP=1)`;

/** Arguments that do not parse. */
export const usageError = (detail: string) => `${detail} (see migcheck --help)`;
