/**
 * Every user-facing sentence migcheck prints lives here: fixed texts as SCREAMING_CASE constants,
 * parameterised ones as camelCase functions (lint-staged's messages.js shape). Sections are owned
 * by areas of the code; keep a sentence next to its siblings so the voice stays one.
 * Style: say what is wrong, where, and the exact fix; Alembic's own nouns (revision,
 * down_revision, head, branch_labels, depends_on) unchanged; trees named index/head/base/target.
 */

// ── reader ──────────────────────────────────────────────────────────────────

/** No `revision` variable and no hex file name: Alembic's own CommandError text. */
export const readerNoRevision = (filename: string) =>
  `Could not determine revision id from filename ${filename}. Be sure the 'revision' variable is declared inside the script (please see 'Upgrading from Alembic 0.1 to 0.2' in the documentation).`;

/** No module-level `down_revision`: Alembic stops with an AttributeError. */
export const readerNoDownRevision = (moduleId: string) =>
  `down_revision is not assigned at module level; Alembic fails to load this file (AttributeError: module '${moduleId}' has no attribute 'down_revision')`;

/** A revision id with characters Alembic refuses: Alembic's own RevisionError text. */
export const readerIllegalChars = (chars: string[], revision: string) =>
  `Character(s) '${chars.join(', ')}' not allowed in revision identifier '${revision}'`;

/** A value migcheck cannot evaluate without running Python. */
export const readerNotLiteral = (field: string, what: string) =>
  `${field} is ${what}, not a literal; migcheck reads revision files without running them, so write it as a string, tuple or list literal`;

/** A value that is a literal of the wrong type. */
export const readerNotString = (field: string, what: string) => `${field} must be a string (or a tuple or list of strings), not ${what}`;

/** `revision = ''`. */
export const READER_EMPTY_REVISION = 'revision is an empty string';

/** The same name assigned more than once at module level. */
export const readerRepeated = (field: string, lines: number[]) =>
  `${field} is assigned ${lines.length} times at module level (lines ${lines.join(', ')}); Python keeps the last value, and migcheck will not edit this file`;

/** An assignment inside a module-level if/try/with/for/while block. */
export const readerConditional = (field: string, keyword: string) =>
  `${field} is assigned inside a module-level '${keyword}' block, so its value is decided when Python runs the file and cannot be read statically; assign it once at module level`;

/** A name bound by something other than a plain assignment (import, unpacking, +=, del). */
export const readerBoundBy = (field: string, how: string) => `${field} is ${how}, which cannot be read statically; assign it once at module level`;

/** A tokenizer-level syntax error (Python's own wording where it has one). */
export const readerSyntax = (detail: string) => `Python cannot parse this file: ${detail}`;

/** A .pyc/.pyo file selected by `sourceless = true`. */
export const readerCompiled = (path: string) => `${path} is compiled bytecode; migcheck reads revision sources only`;

/** A branch_labels / depends_on item that names a constant the resolver could not find. */
export const readerUnresolvedConstant = (field: string, expression: string, why: string) =>
  `${field} item ${expression} could not be resolved to a string constant (${why}); it is kept as written`;

/** encodeSource on a latin-1 file whose text gained a character latin-1 cannot hold. */
export const latin1Unencodable = (codePoint: number) =>
  `cannot write U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} into a latin-1 encoded revision file`;

// ── graph ───────────────────────────────────────────────────────────────────

const quoted = (ids: readonly string[]) => ids.map((id) => `'${id}'`).join(', ');

/** A down_revision / depends_on entry names nothing that exists. */
export const missingParent = (revision: string, field: 'down_revision' | 'depends_on', missing: string) =>
  field === 'down_revision'
    ? `revision '${revision}' has down_revision '${missing}', which no revision file declares`
    : `revision '${revision}' has depends_on '${missing}', which is neither a revision nor a branch label`;

/** The missing id is really a file name or slug. */
export const missingParentMeant = (field: 'down_revision' | 'depends_on', missing: string, meant: string, file: string) =>
  `${field} names '${missing}', which is a file name: that file (${file}) declares revision '${meant}'`;

/** Fix when the meant revision is known; `sole` when it is the only entry of the field. */
export const missingParentMeantFix = (field: 'down_revision' | 'depends_on', missing: string, meant: string, sole: boolean) =>
  sole ? `set ${field} = '${meant}'` : `in ${field}, replace '${missing}' with '${meant}'`;

/** Fix when nothing is known about the missing id. */
export const missingParentFix = (field: 'down_revision' | 'depends_on', missing: string) =>
  `point ${field} at an existing revision instead of '${missing}', or restore the file that declares '${missing}'`;

/** Two or more files declare the same revision id. */
export const duplicateRevision = (revision: string, files: readonly string[]) =>
  `revision '${revision}' is declared by ${files.length} files: ${files.join(', ')}`;

export const duplicateRevisionFix = (revision: string) =>
  `give all but one of these files a new revision id (and repoint their children), or delete the copy; which file Alembic uses for '${revision}' depends on file-system order`;

/** down_revision (or depends_on) links that loop back. */
export const cycle = (revisions: readonly string[], via: 'down_revision' | 'depends_on') =>
  revisions.length === 1
    ? `revision '${revisions[0]}' names itself in ${via}`
    : via === 'down_revision'
      ? `the down_revision links of ${quoted(revisions)} form a cycle`
      : `the down_revision and depends_on links of ${quoted(revisions)} form a cycle`;

export const cycleFix = (revisions: readonly string[], via: 'down_revision' | 'depends_on') =>
  revisions.length === 1
    ? `remove '${revisions[0]}' from its own ${via}`
    : `break the cycle: one of ${quoted(revisions)} must name a revision outside it in ${via === 'down_revision' ? 'down_revision' : 'down_revision or depends_on'}`;

/** A branch label used twice, or equal to a revision id. */
export const duplicateLabel = (label: string, revisions: readonly string[], isRevisionId: boolean) =>
  isRevisionId
    ? `branch label '${label}' of ${quoted(revisions.slice(1))} is also a revision id`
    : revisions.length === 1
      ? `branch label '${label}' is listed twice in branch_labels of '${revisions[0]}'`
      : `branch label '${label}' is used by ${revisions.length} revisions: ${quoted(revisions)}`;

export const duplicateLabelFix = (label: string) => `rename branch label '${label}' so that each label names one revision and no label equals a revision id`;

/** A branch label written as an expression (`cli.EXPAND_BRANCH`). */
export const unresolvedLabel = (revision: string, field: 'branch_labels' | 'depends_on', text: string) =>
  field === 'branch_labels'
    ? `branch_labels of '${revision}' holds ${text}, which cannot be read without running Python: migcheck counts it as a label named '${text}'`
    : `depends_on of '${revision}' holds ${text}, which cannot be read without running Python: migcheck ignores it`;

export const unresolvedLabelFix = (field: 'branch_labels' | 'depends_on') => `write ${field} as string literals to let migcheck check it`;

/** A revision file the reader could not read; `reason` is the reader's own sentence. */
export const unparseable = (reason: string) => reason;

export const unparseableFix = (field: string | undefined) =>
  field === 'revision'
    ? `write revision = '<id>' as a plain string literal`
    : field === undefined
      ? `write revision, down_revision, branch_labels and depends_on as plain literals at module level`
      : `write ${field} as a string literal, a tuple or list of string literals, or None`;

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
const quoted = (ids: readonly string[]) => ids.map((id) => `'${id}'`).join(', ');

/** A down_revision / depends_on entry names nothing that exists. */
export const missingParent = (revision: string, field: 'down_revision' | 'depends_on', missing: string) =>
  field === 'down_revision'
    ? `revision '${revision}' has down_revision '${missing}', which no revision file declares`
    : `revision '${revision}' has depends_on '${missing}', which is neither a revision nor a branch label`;

/** The missing id is really a file name or slug. */
export const missingParentMeant = (field: 'down_revision' | 'depends_on', missing: string, meant: string, file: string) =>
  `${field} names '${missing}', which is a file name: that file (${file}) declares revision '${meant}'`;

/** Fix when the meant revision is known; `sole` when it is the only entry of the field. */
export const missingParentMeantFix = (field: 'down_revision' | 'depends_on', missing: string, meant: string, sole: boolean) =>
  sole ? `set ${field} = '${meant}'` : `in ${field}, replace '${missing}' with '${meant}'`;

/** Fix when nothing is known about the missing id. */
export const missingParentFix = (field: 'down_revision' | 'depends_on', missing: string) =>
  `point ${field} at an existing revision instead of '${missing}', or restore the file that declares '${missing}'`;

/** Two or more files declare the same revision id. */
export const duplicateRevision = (revision: string, files: readonly string[]) =>
  `revision '${revision}' is declared by ${files.length} files: ${files.join(', ')}`;

export const duplicateRevisionFix = (revision: string) =>
  `give all but one of these files a new revision id (and repoint their children), or delete the copy; which file Alembic uses for '${revision}' depends on file-system order`;

/** down_revision (or depends_on) links that loop back. */
export const cycle = (revisions: readonly string[], via: 'down_revision' | 'depends_on') =>
  revisions.length === 1
    ? `revision '${revisions[0]}' names itself in ${via}`
    : via === 'down_revision'
      ? `the down_revision links of ${quoted(revisions)} form a cycle`
      : `the down_revision and depends_on links of ${quoted(revisions)} form a cycle`;

export const cycleFix = (revisions: readonly string[], via: 'down_revision' | 'depends_on') =>
  revisions.length === 1
    ? `remove '${revisions[0]}' from its own ${via}`
    : `break the cycle: one of ${quoted(revisions)} must name a revision outside it in ${via === 'down_revision' ? 'down_revision' : 'down_revision or depends_on'}`;

/** A branch label used twice, or equal to a revision id. */
export const duplicateLabel = (label: string, revisions: readonly string[], isRevisionId: boolean) =>
  isRevisionId
    ? `branch label '${label}' of ${quoted(revisions.slice(1))} is also a revision id`
    : revisions.length === 1
      ? `branch label '${label}' is listed twice in branch_labels of '${revisions[0]}'`
      : `branch label '${label}' is used by ${revisions.length} revisions: ${quoted(revisions)}`;

export const duplicateLabelFix = (label: string) => `rename branch label '${label}' so that each label names one revision and no label equals a revision id`;

/** A branch label written as an expression (`cli.EXPAND_BRANCH`). */
export const unresolvedLabel = (revision: string, field: 'branch_labels' | 'depends_on', text: string) =>
  field === 'branch_labels'
    ? `branch_labels of '${revision}' holds ${text}, which cannot be read without running Python: migcheck counts it as a label named '${text}'`
    : `depends_on of '${revision}' holds ${text}, which cannot be read without running Python: migcheck ignores it`;

export const unresolvedLabelFix = (field: 'branch_labels' | 'depends_on') => `write ${field} as string literals to let migcheck check it`;

/** A revision file the reader could not read; `reason` is the reader's own sentence. */
export const unparseable = (reason: string) => reason;

export const unparseableFix = (field: string | undefined) =>
  field === 'revision'
    ? `write revision = '<id>' as a plain string literal`
    : field === undefined
      ? `write revision, down_revision, branch_labels and depends_on as plain literals at module level`
      : `write ${field} as a string literal, a tuple or list of string literals, or None`;

