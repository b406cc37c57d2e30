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
  `${field} is assigned ${lines.length} times at module level (lines ${lines.length > 10 ? `${lines.slice(0, 10).join(', ')}, …` : lines.join(', ')}); Python keeps the last value, and migcheck will not edit this file`;

/** An assignment inside a module-level if/try/with/for/while block. */
export const readerConditional = (field: string, keyword: string) =>
  `${field} is assigned inside a module-level '${keyword}' block, so its value is decided when Python runs the file and cannot be read statically; assign it once at module level`;

/** A name bound by something other than a plain assignment (import, unpacking, +=, del). */
export const readerBoundBy = (field: string, how: string) => `${field} is ${how}, which cannot be read statically; assign it once at module level`;

/** A statement naming revision/down_revision/… that is too long to read (a bound on memory). */
export const readerLineTooLong = (max: number) =>
  `this statement has more than ${max} tokens and names revision, down_revision, branch_labels or depends_on; migcheck does not read statements that long`;

/** A tokenizer-level syntax error (Python's own wording where it has one). */
export const readerSyntax = (detail: string) => `Python cannot parse this file: ${detail}`;

/** A line starting with git's `<<<<<<<`, `|||||||`, `=======` or `>>>>>>>`: Python cannot import the file. */
export const readerConflictMarkers = (marker: string) =>
  `unresolved merge conflict markers (${marker} starts this line): resolve the conflict first`;
/** The fix for conflict markers. */
export const READER_CONFLICT_FIX = 'keep the lines you mean, delete every marker line (<<<<<<<, |||||||, =======, >>>>>>>), then run migcheck again';

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

/** The fix for a duplicate revision id. */
export const duplicateRevisionFix = (revision: string) =>
  `give all but one of these files a new revision id (and repoint their children), or delete the copy; which file Alembic uses for '${revision}' depends on file-system order`;

/** down_revision (or depends_on) links that loop back. */
export const cycle = (revisions: readonly string[], via: 'down_revision' | 'depends_on') =>
  revisions.length === 1
    ? `revision '${revisions[0]}' names itself in ${via}`
    : via === 'down_revision'
      ? `the down_revision links of ${quoted(revisions)} form a cycle`
      : `the down_revision and depends_on links of ${quoted(revisions)} form a cycle`;

/** The fix for a cycle. */
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

/** The fix for a duplicate branch label. */
export const duplicateLabelFix = (label: string) => `rename branch label '${label}' so that each label names one revision and no label equals a revision id`;

/** A branch label written as an expression (`cli.EXPAND_BRANCH`). */
export const unresolvedLabel = (revision: string, field: 'branch_labels' | 'depends_on', text: string) =>
  field === 'branch_labels'
    ? `branch_labels of '${revision}' holds ${text}, which cannot be read without running Python: migcheck counts it as a label named '${text}'`
    : `depends_on of '${revision}' holds ${text}, which cannot be read without running Python: migcheck ignores it`;

/** The fix for an expression label or depends_on entry. */
export const unresolvedLabelFix = (field: 'branch_labels' | 'depends_on') => `write ${field} as string literals to let migcheck check it`;

/** A revision file the reader could not read; `reason` is the reader's own sentence. */
export const unparseable = (reason: string) => reason;

/** The fix for a value the reader cannot read, by field. */
export const unparseableFix = (field: string | undefined) =>
  field === 'revision'
    ? `write revision = '<id>' as a plain string literal`
    : field === undefined
      ? `write revision, down_revision, branch_labels and depends_on as plain literals at module level`
      : `write ${field} as a string literal, a tuple or list of string literals, or None`;

/** ` (a, b)` after a revision id: its branch labels (Alembic's `heads`/`history` format). */
export const labelsMarker = (labels: readonly string[]) => (labels.length > 0 ? ` (${labels.join(', ')})` : '');
/** Alembic's head marker; `effective` for a versioned head that a depends_on names. */
export const headMarker = (effective: boolean) => (effective ? ' (effective head)' : ' (head)');
/** Alembic's marker for a revision with more than one child. */
export const BRANCHPOINT_MARKER = ' (branchpoint)';
/** Alembic's marker for a revision with more than one parent. */
export const MERGEPOINT_MARKER = ' (mergepoint)';
/** `migcheck graph`: the revision is caught in a cycle. */
export const CYCLE_MARKER = ' (cycle)';
/** `migcheck graph`: down_revision / depends_on entries that name nothing. */
export const missingParentMarker = (missing: readonly string[]) => ` (missing ${quoted(missing)})`;
/** `migcheck graph`: the revision's depends_on targets. */
export const dependsOnMarker = (ids: readonly string[]) => ` (depends on ${ids.join(', ')})`;
/** A file left out of a drawing because its revision id cannot be read. */
export const graphUnreadable = (path: string) => `? ${path} (revision id unreadable)`;

// ── git and environments ────────────────────────────────────────────────────

/** A git command failed; names the subcommand and git's own first line of complaint. */
export const gitFailed = (args: readonly string[], stderr: string) => {
  const line = stderr.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? 'no message';
  return `git ${args[0] ?? ''} failed: ${line.replace(/^(fatal|error): /, '')}`;
};

/** git is not installed or not on PATH. */
export const GIT_NOT_FOUND = 'git was not found on PATH';
export const GIT_NOT_FOUND_HINT = 'install git (2.31 or newer) or add it to PATH';

/** The directory git was to run in does not exist. */
export const directoryNotFound = (dir: string) => `${dir} does not exist`;

/** The directory is not inside a git repository. */
export const notARepository = (cwd: string) => `${cwd} is not inside a git repository`;
export const NOT_A_REPOSITORY_HINT = 'run migcheck inside the repository, or pass --cwd DIR';

/** A ref or revision that git could mistake for an option (or that cannot be passed at all). */
export const badRef = (what: string, ref: string) => `${what} ${JSON.stringify(ref)} is not a valid git ref`;
export const BAD_REF_HINT = 'name a branch, tag or commit (a ref never starts with "-")';

/** A named target (--target, config, MIGCHECK_TARGET) that names no commit. */
export const unknownTarget = (ref: string, origin: string) => `target ${ref} (from ${origin}) does not name a commit`;
export const UNKNOWN_TARGET_HINT = 'check the name; for a remote branch run `git fetch origin` first (a single-branch clone: `git fetch origin <branch>`)';

/** No target was named and none of the default candidates exists. */
export const noTargetFound = (tried: readonly string[]) => `no target branch found (tried ${tried.join(', ')})`;
export const NO_TARGET_HINT = 'name it with --target REF (or `target` in the config file, or MIGCHECK_TARGET); in a fresh clone run `git fetch origin`';

/** A shallow clone lacks the history that holds the merge-base. */
export const noMergeBaseShallow = (a: string, b: string) => `no merge-base of ${a} and ${b}: this is a shallow clone and the history that joins them was not fetched`;
export const NO_MERGE_BASE_SHALLOW_HINT = 'run `git fetch --unshallow` (or `git fetch --deepen=N` until they meet); in CI, check out with fetch-depth: 0';

/** An object id that is not a full hex id was handed to the blob reader (a bug, not user input). */
export const badObjectId = (oid: string) => `not a full object id: ${JSON.stringify(oid)}`;

/** `git cat-file --batch` failed while reading blobs. */
export const blobReaderFailed = (detail: string) => `reading blobs with git cat-file failed: ${detail}`;

/** Discovery found no Alembic environment. */
export const noEnvironment = (tree: string) => `no Alembic environment found in the ${tree} (searched every tracked alembic.ini, *.ini with an [alembic] section, and pyproject.toml with [tool.alembic])`;
export const NO_ENVIRONMENT_HINT = 'name the versions directory with --dir PATH, or set `environments` in the migcheck config file';

/** `--dir` names nothing in the tree being read. */
export const dirMissing = (dir: string, tree: string) =>
  `--dir ${dir}: no such directory in ${tree}; nothing would be checked (the path is relative to where migcheck runs)`;
/** `--dir` names a file. */
export const dirIsFile = (dir: string, tree: string) => `--dir ${dir}: is a file in ${tree}, not a directory of revision files`;
/** `--dir` lies inside a submodule: the superproject's trees do not hold its files. */
export const dirInSubmodule = (dir: string, submodule: string) =>
  `--dir ${dir}: lies inside the submodule ${submodule}, a separate repository whose files this repository's trees do not hold; run migcheck inside ${submodule} instead`;

/** A config file that could not be read as ini/TOML. */
export const alembicConfigUnreadable = (file: string, detail: string) => `${file}: cannot be read (${detail})`;

/** `%(name)s` in an ini value names no option. */
export const interpolationMissing = (file: string, option: string, name: string) => `${file}: ${option} refers to %(${name})s, which is not set`;

/** A `%` in an ini value that is neither `%%` nor `%(name)s`. */
export const interpolationSyntax = (file: string, option: string, value: string) => `${file}: ${option} has a bad '%' in ${JSON.stringify(value)} (write %% for a literal %)`;

/** A location (script_location, version_locations, --dir) outside the repository. */
export const locationOutsideRepository = (file: string, location: string) => `${file}: ${location} is outside the repository; its migrations are not checked`;

/** `script_location = pkg:path` whose package is not a folder in the repository. */
export const packageLocationNotFound = (file: string, location: string) => `${file}: script_location ${location} names a package that is not a folder in this repository; its migrations are not checked`;

/** An [alembic] section with no script_location whose folder is not a script directory. */
export const scriptLocationMissing = (file: string, section: string) => `${file}: [${section}] has no script_location, and its folder has no env.py; skipped`;

/** `path_separator` with a value Alembic rejects. */
export const badPathSeparator = (file: string, value: string) => `${file}: path_separator ${JSON.stringify(value)} is not one of space, newline, os, ':' or ';'`;

/** A symlink under a version location that points outside the repository. */
export const symlinkEscapes = (path: string) => `${path} is a symlink that leads outside the repository; not read`;

/** A symlinked revision file in a git tree whose target is not a migration file of that tree. */
export const symlinkNotFollowed = (path: string, target: string) => `${path} is a symlink to ${target}, which is not a migration file of this tree; not read`;

/** The fix under symlinkEscapes and symlinkNotFollowed. */
export const SYMLINK_FIX = 'replace the symlink with the migration file itself, or point it at a migration file inside the repository';

/** A tree lists a blob that git does not have (a damaged repository or a partial clone). */
export const blobMissing = (path: string, oid: string) => `${path}: git has no object ${oid} (run \`git fetch\` or \`git fsck\`)`;

// ── config ──────────────────────────────────────────────────────────────────

/** A config value of the wrong type, or a key migcheck does not know. */
export const configInvalid = (source: string, key: string, problem: string) => `config: ${key} in ${source} ${problem}`;

/** The hint under configInvalid: where the keys are described. */
export const CONFIG_KEYS_HINT = 'Known keys: target, environments, severity, ignore, allowedHeads, fetchTarget, versionTable, versionTableSchema (see the README, "Configuration", and docs/db.md).';

/** A config file that is not valid JSON / TOML. */
export const configUnreadable = (source: string, detail: string) => `config: cannot read ${source}: ${detail}`;

/** --config names a file that does not exist. */
export const configMissing = (path: string) => `config: ${path} does not exist`;

/** The hint under configMissing. */
export const CONFIG_MISSING_HINT = 'Pass an existing file to --config, or leave it out to use .migcheckrc.json, package.json "migcheck" or pyproject.toml [tool.migcheck].';

// ── check and pre-push ──────────────────────────────────────────────────────

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** `two heads`, `12 heads`: small counts in words, as a person would say them. */
const countOf = (n: number, noun: string) => `${COUNT_WORDS[n] ?? String(n)} ${noun}${n === 1 ? '' : 's'}`;
const idList = (list: readonly string[]) => (list.length === 0 ? '<base>' : list.join(', '));

/** A down_revision value as Python would print it: `'a'`, `('a', 'b')` or `None`. */
export const downRevisionLiteral = (list: readonly string[]) =>
  list.length === 0 ? 'None' : list.length === 1 ? `'${list[0]}'` : `(${list.map((r) => `'${r}'`).join(', ')})`;

/** bypassed-chain: a new migration forks a chain its author could see. */
export const bypassedChain = (rev: string, parents: readonly string[], target: string, count: number, ends: readonly string[]) =>
  `${rev} revises ${idList(parents)}, but ${target} already continues from ${idList(parents)} with ${count} revision${count === 1 ? '' : 's'} ending at ${idList(ends)}`;
/** The fix of bypassed-chain. */
export const bypassedChainFix = (suggested: readonly string[]) =>
  `set down_revision = ${downRevisionLiteral(suggested)} (or run \`migcheck rebase-plan\`)`;

/** behind-target: the branch was right when it forked, but the target has moved on. */
export const behindTarget = (rev: string, parents: readonly string[], target: string, targetHeads: readonly string[], mergedHeads: readonly string[]) =>
  `${rev} revises ${idList(parents)}, but ${target} has since moved on to ${idList(targetHeads)}: merged, there would be ${countOf(mergedHeads.length, 'head')} (${idList(mergedHeads)})`;
/** The fix of behind-target. */
export const behindTargetFix = (target: string) => `run \`git rebase ${target}\`, then \`migcheck rebase-plan\``;

/** multiple-heads in the checked tree. */
export const multipleHeads = (heads: readonly string[]) =>
  `the migrations have ${countOf(heads.length, 'head')}: ${idList(heads)} (\`alembic upgrade head\` fails on this tree)`;
/** The fix of multiple-heads. */
export const MULTIPLE_HEADS_FIX = 'join them with `migcheck merge`, or set the down_revision of the newer one to the other head';

/** multiple-heads the target already has, reported once on a branch that did not cause it. */
export const preexistingHeads = (target: string, heads: readonly string[]) =>
  `${target} itself has ${countOf(heads.length, 'head')}: ${idList(heads)} (not caused by this change)`;
/** multiple-heads the merge-base had and the target has since joined. */
export const preexistingBaseHeads = (target: string, heads: readonly string[]) =>
  `this branch's merge-base with ${target} has ${countOf(heads.length, 'head')}: ${idList(heads)} (not caused by this change; ${target} has joined them since)`;
/** The fix of a preexisting multiple-heads on the target. */
export const preexistingHeadsFix = (target: string) => `join them on ${target} (\`migcheck merge\` there), then \`git rebase ${target}\``;
/** The fix of a preexisting multiple-heads the target has since joined. */
export const preexistingBaseHeadsFix = (target: string) => `run \`git rebase ${target}\`, then \`migcheck rebase-plan\``;

/** Any other finding the target already has, reported once. */
export const notCausedByChange = (message: string) => `${message} (not caused by this change)`;

/** A graph problem that only the merged view (target + this branch) has. */
export const onceMerged = (target: string, message: string) => `once merged into ${target}: ${message}`;

/** redundant-merge: a merge migration on the branch that the target already made. */
export const redundantMerge = (rev: string, parents: readonly string[], target: string, join: string) =>
  `${rev} merges ${idList(parents)}, which ${target} already joins at ${join}`;
/** The fix of redundant-merge. */
export const redundantMergeFix = (file: string, suggested: readonly string[]) =>
  `delete ${file} and set down_revision = ${downRevisionLiteral(suggested)} in the migrations that revise it (or run \`migcheck rebase-plan\`)`;

/** edited-published: a migration the target has was re-identified or re-pointed. */
export const editedPublished = (rev: string, target: string, edits: readonly { field: string; from: string; to: string }[]) =>
  `${rev} is already on ${target}, but this change alters its ${edits.map((e) => `${e.field} from ${e.from} to ${e.to}`).join(' and ')}`;
/** The fix of edited-published. */
export const editedPublishedFix = (file: string, edits: readonly { field: string; from: string }[]) =>
  `restore ${edits.map((e) => `${e.field} = ${e.from}`).join(' and ')} in ${file}; put new work in a new migration on top instead`;

// ── rebase-plan and merge ───────────────────────────────────────────────────

const ids = (list: readonly string[]) => (list.length === 0 ? '<base>' : list.join(', '));

/** A rebase-plan step in the imperative (dry run). */
export const planDeleteStep = (rev: string, file: string, targetRef: string, mergedBy: string) =>
  `Delete ${rev} (${file}): its parents are already merged on ${targetRef} by ${mergedBy}`;
/** A rebase-plan step in the imperative (dry run). */
export const planRepointStep = (rev: string, file: string, from: readonly string[], to: readonly string[]) =>
  `Rewrite down_revision of ${rev} (${file}): ${ids(from)} → ${ids(to)}`;
/** The git step the plan asks for (migcheck never runs it). */
export const planGitStep = (command: string, targetRef: string, missing: readonly string[]) =>
  `Run \`${command}\` first: this branch lacks ${missing.length} migration${missing.length === 1 ? '' : 's'} of ${targetRef} (${missing.join(', ')}); migcheck does not run git for you`;
/** --apply did a step: past tense. */
export const appliedDelete = (rev: string, file: string, targetRef: string, mergedBy: string) =>
  `Deleted ${rev} (${file}): its parents are already merged on ${targetRef} by ${mergedBy}`;
/** --apply did a step: past tense. */
export const appliedRepoint = (rev: string, file: string, from: readonly string[], to: readonly string[]) =>
  `Rewrote down_revision of ${rev} (${file}): ${ids(from)} → ${ids(to)}`;
/** After --apply when a git step remains. */
export const appliedGitStillToDo = (command: string) => `Still to do: run \`${command}\` (migcheck never runs git for you)`;
/** After --apply: what is left to the user. */
export const APPLIED_NOT_STAGED = 'Nothing was staged or committed: review with `git diff`, then commit.';
/** A dry run ends with how to perform it. */
export const PLAN_APPLY_HINT = 'Run `migcheck rebase-plan --apply` to make these edits (it never stages or commits).';
/** Nothing to change in one environment. */
export const planNothingToDo = (dir: string, targetRef: string, onto: readonly string[]) =>
  `${dir}: nothing to do; this branch's migrations already build on ${targetRef}'s head ${ids(onto)}`;
/** The first line of one environment's plan. */
export const planHeader = (dir: string, targetRef: string, onto: readonly string[]) =>
  `${dir}: put this branch's migrations on top of ${targetRef}'s head ${ids(onto)}`;
/** The first line of one environment's plan after --apply. */
export const appliedHeader = (dir: string, targetRef: string, onto: readonly string[]) =>
  `${dir}: this branch's migrations now build on ${targetRef}'s head ${ids(onto)}`;
/** The heads the plan leads to. */
export const planResultHeads = (heads: readonly string[]) => `Result: ${heads.length === 1 ? 'single head' : `${heads.length} heads`} ${ids(heads)}`;
/** The target itself has several heads: the plan will not guess which one to build on. */
export const planTargetHasHeads = (dir: string, targetRef: string, heads: readonly string[]) =>
  `${dir}: the target ${targetRef} itself has ${heads.length} heads (${heads.join(', ')}); merge them on ${targetRef} first (\`git switch ${targetRef} && migcheck merge\`), then run migcheck rebase-plan again`;
/** --apply refusal: unstaged edits. */
export const refuseUnstaged = (file: string) =>
  `refusing to edit ${file}: it has unstaged edits (or is not tracked by git), and rewriting it could not be undone; commit or stage it first, then run migcheck rebase-plan --apply again. Nothing was changed.`;
/** --apply refusal: the revision exists on the target. */
export const refusePublished = (rev: string, file: string, targetRef: string) =>
  `refusing to edit ${rev} (${file}): it exists on ${targetRef}, and re-pointing a revision that other databases may have applied makes them skip migrations silently; write a merge migration instead (migcheck merge). Nothing was changed.`;
/** --apply refusal: the file changed after the plan was read. */
export const refuseChanged = (file: string) =>
  `refusing to edit ${file}: it changed since the plan was computed; run migcheck rebase-plan --apply again. Nothing was changed.`;
/** --apply refusal: the file (or its folder) cannot be written. */
export const refuseReadOnly = (file: string) =>
  `refusing to edit ${file}: it is read-only (or its folder is); make it writable, then run migcheck rebase-plan --apply again. Nothing was changed.`;
/** --apply refusal: the value cannot be spliced. */
export const refuseNotLiteral = (file: string, line: number, text: string) =>
  `cannot rewrite down_revision in ${file}:${line}: its value \`${text}\` is not a literal string, tuple, list or None; edit it by hand. Nothing was changed.`;
/** --apply refusal: several assignments. */
export const refuseSeveralAssignments = (file: string, lines: readonly number[]) =>
  `cannot rewrite down_revision in ${file}: it is assigned ${lines.length} times (lines ${lines.join(', ')}); keep one assignment, then run migcheck rebase-plan --apply again. Nothing was changed.`;
/** --apply refusal: no down_revision to splice. */
export const refuseNoDownRevision = (file: string) =>
  `cannot rewrite down_revision in ${file}: no \`down_revision = …\` assignment was found; edit it by hand. Nothing was changed.`;
/** --apply refusal: an environment's plan is blocked (`reasons`: each blocked environment's PlanBlock reason). */
export const refuseBlockedPlan = (reasons: readonly string[]) =>
  reasons.every((r) => r === 'target-multiple-heads')
    ? 'refusing to apply: the plan has no steps to perform until the target has a single head. Nothing was changed.'
    : 'refusing to apply: moving this branch\'s migrations would not fix what is listed above; fix that first, then run migcheck rebase-plan --apply again. Nothing was changed.';
/** A write failed midway: everything was restored. */
export const applyWriteFailed = (file: string, reason: string) =>
  `could not write ${file} (${reason}); every file was restored to what it was`;
/** The result did not match the prediction: everything was restored. */
export const applyWrongHeads = (dir: string, predicted: readonly string[], actual: readonly string[]) =>
  `${dir}: after the edits the heads were ${ids(actual)}, not the predicted ${ids(predicted)}; every file was restored to what it was (please report this)`;

/** merge / rebase-plan: a revision file of the working tree the reader could not read. */
export const repairUnreadable = (file: string, line: number, reason: string) =>
  `cannot read ${file}:${line}: ${reason}; migcheck will not merge or re-point migrations it cannot read. Nothing was changed.`;

/** merge: a single head. */
export const mergeNothingToDo = (dir: string, heads: readonly string[]) =>
  heads.length === 0 ? `${dir} has no revisions: nothing to merge` : `${dir} has a single head (${heads[0]}): nothing to merge`;
/** merge: the file was written. */
export const mergeWrote = (rev: string, file: string, heads: readonly string[]) =>
  `Wrote merge revision ${rev} (${file}) over ${heads.join(', ')}`;
/** merge: after writing. */
export const MERGE_NOT_STAGED = 'Nothing was staged or committed: review the file, then `git add` and commit it.';
/** merge: several environments would need a merge. */
export const mergeChooseEnvironment = (dirs: readonly string[]) =>
  `several environments have more than one head (${dirs.join(', ')}); choose one with --dir`;
/** merge: an unusable --rev-id. */
export const mergeBadRevId = (id: string) =>
  `--rev-id ${JSON.stringify(id)} is not a usable revision id (letters, digits and _ only, as it also names the file)`;
/** merge: the id is taken. */
export const mergeRevIdTaken = (id: string, file: string) => `revision ${id} already exists (${file}); choose another --rev-id`;
/** merge: the file name is taken. */
export const mergeFileExists = (file: string) => `${file} already exists; choose another --rev-id or -m`;
/** merge: a template construct migcheck cannot render. */
export const mergeTemplateUnsupported = (file: string, line: number, construct: string) =>
  `cannot render ${file}:${line}: ${construct} is not supported (migcheck renders the subset of Mako that Alembic's own templates use); run \`alembic merge heads\` instead`;
/** merge: a file_template placeholder migcheck does not know. */
export const mergeFileTemplateUnsupported = (template: string, detail: string) =>
  `cannot use file_template ${JSON.stringify(template)}: ${detail}`;
/** merge: a timezone name that cannot be resolved. */
export const mergeUnknownTimezone = (name: string) => `Can't locate timezone: ${name}`;

// ── init and hooks ──────────────────────────────────────────────────────────

/** A pre-push stdin line that is not `<local ref> <local sha> <remote ref> <remote sha>`. */
export const prePushBadLine = (line: string) => `pre-push: cannot read the line ${JSON.stringify(line)} from git (expected "<local ref> <local sha> <remote ref> <remote sha>")`;

/** Printed by an installed plain hook when it finds no migcheck to run (baked into the script). */
export const hookCannotFindMigcheck = (hook: string, bin: string) =>
  `migcheck: the ${hook} hook cannot find migcheck (not at ${bin}, not on PATH, not in node_modules/.bin). Install it (npm install -D migcheck), run migcheck init again, or skip once with MIGCHECK_SKIP=1.`;

/** How to remove one installed plain hook (baked into the script, printed by init). */
export const hookRemoval = (hookPath: string, chainedPath: string) =>
  `delete ${hookPath}; if ${chainedPath} exists, rename it back to ${hookPath}.`;

/** init's first line: which set-up it chose and why. */
export const initMode = (mode: 'husky' | 'plain' | 'pre-commit', dryRun: boolean, where: string, reason: string) =>
  `migcheck init${dryRun ? ' --dry-run' : ''}: ${mode === 'husky' ? 'husky' : mode === 'pre-commit' ? 'the pre-commit framework, .pre-commit-config.yaml' : `plain git hooks in ${where}`} (${reason})`;

/** One planned or performed file change. */
export const initChange = (verb: 'create' | 'update' | 'rename' | 'delete', path: string, what: string, dryRun: boolean) =>
  `  ${dryRun ? `would ${verb}` : { create: 'created', update: 'updated', rename: 'renamed', delete: 'deleted' }[verb]} ${path}: ${what}`;

/** A rerun found everything in place. */
export const INIT_NOTHING_TO_DO = '  nothing to change: the hooks are already installed.';

/** Closing line of a dry run. */
export const INIT_DRY_RUN_DONE = 'Nothing was written (--dry-run).';

/** What each change is. */
export const INIT_WHAT = {
  devDependencies: (names: string[]) => `add ${names.join(' and ')} to devDependencies`,
  installScript: (name: string, script: string) => `set scripts.${name} to ${JSON.stringify(script)} (installs the husky hooks on install)`,
  huskyHook: (line: string) => `runs ${line}`,
  plainHook: (hook: string) => `runs migcheck ${hook === 'pre-push' ? 'pre-push' : 'check'}`,
  refreshHook: (hook: string) => `refresh migcheck's ${hook} hook`,
  chain: (hook: string) => `the existing ${hook} hook, kept and run first by migcheck's`,
  removeLintStagedEntry: (key: string) => `remove migcheck's lint-staged entry ${JSON.stringify(key)} (.husky/pre-commit runs migcheck check itself, which also sees deleted migrations and alembic.ini)`,
  removeLintStagedLine: 'remove npx lint-staged (migcheck was its only task)',
  removePlainHook: (hook: string) => `migcheck's plain ${hook} hook, replaced by this set-up`,
  restoreChained: (hook: string) => `the ${hook} hook migcheck's plain hook had kept, back in its place`,
  preCommitRepo: (url: string, rev: string) => `add ${url} at ${rev}: hooks migcheck (commit, merge-commit) and migcheck-pre-push`,
  preCommitHookId: (id: string) => `add the hook ${id} to the migcheck entry`,
  hookTypes: (types: string[]) => `default_install_hook_types gets ${types.join(', ')} (pre-commit install then installs every hook migcheck needs)`,
} as const;

/** After husky set-up changed package.json. */
export const initRunInstall = (install: string, script: string) => `Next: run ${install}. It installs husky, and the ${script} script (husky) points git at .husky/.`;

/** husky is installed but git does not use .husky/ yet. */
export const initRunHusky = (exec: string, install: string) => `Next: run ${exec} (or ${install}) so git uses the hooks in .husky/.`;

/** migcheck is not a dependency of the project. */
export const INIT_ADD_MIGCHECK = 'Note: migcheck is not in package.json; the hooks call the migcheck on PATH (node_modules/.bin first). Add it to devDependencies so every clone has it.';

/** migcheck's old lint-staged entry in a config init cannot edit. */
export const initLintStagedLeft = (file: string) =>
  `Left for you: ${file} still runs migcheck through lint-staged; remove that entry (.husky/pre-commit runs migcheck check itself).`;

/** How to remove the plain hooks, after installing them. */
export const initPlainRemoval = (lines: string[]) => `To remove them:\n${lines.map((l) => `  ${l}`).join('\n')}`;

/** A hook file and its chained copy both exist, and the hook is not migcheck's. */
export const initChainTaken = (hookPath: string, chainedPath: string) =>
  `init: ${hookPath} is not migcheck's hook, and ${chainedPath} already exists; migcheck will not overwrite either`;

/** The hint under initChainTaken. */
export const INIT_CHAIN_TAKEN_HINT = 'Merge the two hooks by hand (or delete the one you no longer need), then run migcheck init again.';

/** init in a bare repository. */
export const INIT_BARE = 'init: this is a bare repository; hooks run where commits are made, so run migcheck init in a clone';

/** package.json that does not parse. */
export const initBadJson = (file: string, detail: string) => `init: cannot read ${file}: ${detail}`;

// ── cli ─────────────────────────────────────────────────────────────────────

/** The heading of one environment's block in human output. */
export const environmentHeading = (dir: string, config: string | undefined) => `${dir}${config ? ` (${config})` : ''}`;

/** The single line of a check that found nothing. */
export const allClear = (environments: { dir: string; heads: string[] }[]) =>
  `migcheck: ok — ${environments.map((e) => `${e.dir}: ${e.heads.length === 1 ? `head ${e.heads[0]}` : e.heads.length === 0 ? 'no revisions' : `heads ${e.heads.join(', ')}`}`).join('; ') || 'no migrations to check'}`;

/** A --format the command does not know. */
export const unknownFormat = (format: string, known: readonly string[]) => `unknown --format '${format}': use ${known.join(', ')}`;

/** --rev (or a pushed ref) that names no commit. */
export const unknownRev = (rev: string) => `'${rev}' does not name a commit`;
export const UNKNOWN_REV_HINT = 'name a commit, branch or tag that exists here (run `git fetch` first if it lives on a remote)';

/** heads/graph given both tree options. */
export const stagedAndRev = () => '--staged and --rev name different trees: give one of them';

/** The closing line of a human report. */
export const checkSummary = (errors: number, warnings: number) => {
  const parts = [errors ? `${errors} error${errors === 1 ? '' : 's'}` : '', warnings ? `${warnings} warning${warnings === 1 ? '' : 's'}` : ''].filter(Boolean);
  return `migcheck: ${parts.join(', ')}${errors ? ' — blocked' : ''}`;
};

/** One line for a failure that is migcheck's own fault. */
export const internalFailure = (detail: string) => `migcheck: internal error: ${detail} (run again with --debug for detail, and please report it)`;

/** MIGCHECK_SKIP=1 was set. */
export const skipped = (command: string) => `migcheck: ${command} skipped (MIGCHECK_SKIP=1)`;

/** Arguments that do not parse. */
export const usageError = (detail: string) => `${detail} (see migcheck --help)`;

// ── CI reports: SARIF rules, the job summary, the GitHub Action ─────────────

/** What a finding code means: a SARIF rule's descriptions (code scanning shows them) and the summary's legend. */
export interface RuleText {
  /** One line: the problem. */
  title: string;
  /** What to do about it. */
  help: string;
}

/**
 * Every finding code's rule text. Keyed by string so that a code added elsewhere is caught by a
 * test (test/action/sarif.test.ts), not by a compile error in another helper's branch.
 */
export const FINDING_RULES: Readonly<Record<string, RuleText>> = {
  'bypassed-chain': {
    title: "A migration added on this branch revises a parent that already has a child: it forks a chain its author could see",
    help: 'Set its down_revision to the head named in the finding, or run `migcheck rebase-plan --apply`.',
  },
  'behind-target': {
    title: 'The target gained migrations after this branch forked: merging would leave two heads',
    help: 'Rebase onto the target and run `migcheck rebase-plan --apply`, which re-points this branch’s first migration onto the target’s head.',
  },
  'multiple-heads': {
    title: 'The migrations have more than one head, so `alembic upgrade head` fails',
    help: 'Join the heads with `migcheck merge`, or re-point the newer chain onto the other head; heads that carry their own branch labels are intentional and not reported.',
  },
  'redundant-merge': {
    title: 'A merge migration of this branch joins parents the target has already joined',
    help: 'Delete it: `migcheck rebase-plan --apply` does.',
  },
  'edited-published': {
    title: 'The change alters revision or down_revision of a migration the target already has',
    help: 'Databases may have applied it: restore its identifiers and add a new migration instead.',
  },
  'missing-parent': {
    title: 'A down_revision or depends_on names a revision that does not exist',
    help: 'Name an existing revision id (the file’s `revision = …`, not its file name).',
  },
  'duplicate-revision': {
    title: 'Two files declare the same revision id',
    help: 'Give one of them a new id; which file Alembic loads depends on the file system.',
  },
  cycle: {
    title: 'The down_revision (or depends_on) links form a cycle',
    help: 'Break the cycle by re-pointing one of the named revisions.',
  },
  unparseable: {
    title: 'A revision file whose identifiers cannot be read without running it',
    help: 'Write revision, down_revision, branch_labels and depends_on as literals at module level.',
  },
  'duplicate-label': {
    title: 'Two revisions declare the same branch label',
    help: 'Keep the label on one revision: Alembic refuses a label used twice.',
  },
  'unresolved-label': {
    title: 'A branch label is written as an expression migcheck could not resolve statically',
    help: 'Write the label as a string literal; the branch still counts as labelled.',
  },
  'outside-version-locations': {
    title: 'A revision file lies under the script location but in no version location',
    help: 'Set `recursive_version_locations = true` or list its folder in version_locations (or in `environments` of the migcheck config).',
  },
  'alembic-compat': {
    title: 'The migrations work on some Alembic versions and fail on others',
    help: 'Apply the fix the finding names; it works on every Alembic version.',
  },
};

/** The rule text of a code this build has no text for. */
export const unknownRule = (code: string): RuleText => ({ title: `migcheck finding ${code}`, help: 'See the finding’s message and fix.' });

/** The job summary's heading. */
export const summaryHeading = (errors: number, warnings: number) =>
  errors === 0 && warnings === 0 ? 'migcheck: ok' : checkSummary(errors, warnings);

/** What the summary says was compared. */
export const summaryChecked = (what: string, target: string | undefined, mergeBase: string | null | undefined) =>
  `Checked ${what}${target ? ` against ${target}` : ' on its own (no target branch yet)'}${mergeBase ? `, merge-base ${mergeBase}` : target ? ', no merge-base (unrelated histories)' : ''}.`;

/** One environment's heads in the summary. */
export const summaryHeads = (heads: { target: string[]; mergeBase: string[]; result: string[] }, showCompared: boolean) =>
  showCompared
    ? `Heads: after the merge ${heads.result.join(', ') || 'none'}; target ${heads.target.join(', ') || 'none'}; merge-base ${heads.mergeBase.join(', ') || 'none'}.`
    : `Heads: ${heads.result.join(', ') || 'none'}.`;

/** An environment with nothing to report. */
export const SUMMARY_NO_FINDINGS = 'No findings.';

/** The summary was cut to fit GitHub's size limit. */
export const summaryTruncated = (left: number) => `${left} more finding${left === 1 ? '' : 's'} did not fit in the job summary (GitHub keeps 1 MiB per step): see the step's log or the SARIF file.`;

/** The annotation that says where the rest went when GitHub will not show them all. */
export const annotationsCapped = (shown: number, total: number) =>
  `migcheck reported ${total} findings; GitHub shows ${shown} of them as annotations: the job summary lists them all`;

/** The job summary could not be written; the check's answer stands. */
export const summaryNotWritten = (path: string, detail: string) => `migcheck: could not write the job summary to ${path}: ${detail}`;

/** An action input the action does not understand. */
export const actionBadInput = (name: string, value: string, allowed: string) => `input ${name}: ${JSON.stringify(value)} is not ${allowed}`;

/** An event whose payload file is missing or unreadable. */
export const actionNoPayload = (event: string, detail: string) => `the ${event} event's payload (GITHUB_EVENT_PATH) could not be read: ${detail}`;
export const ACTION_NO_PAYLOAD_HINT = 'run migcheck as a step of a workflow triggered by GitHub, or set GITHUB_EVENT_PATH to the event payload file';

/** A payload without the commit the event should name. */
export const actionPayloadLacks = (event: string, field: string) => `the ${event} event names no ${field}`;

/** A commit the event names is not in the clone (actions/checkout fetches one commit by default). */
export const actionMissingCommit = (what: string, commit: string) => `the ${what} ${commit.slice(0, 12)} is not in this clone`;
export const ACTION_FETCH_DEPTH_HINT = 'check out with `fetch-depth: 0` (actions/checkout) so that both commits and their merge-base are in the clone';

/** A file the action was asked to write could not be written. */
export const actionNotWritten = (what: string, path: string, detail: string) => `could not write the ${what} to ${path}: ${detail}`;


/** The job summary's heading when the action could not check. */
export const SUMMARY_COULD_NOT_CHECK = 'migcheck could not check';
// ── init: other hook managers, pre-merge-commit, the pre-commit framework (hooks helper) ────

/** Why init chose its set-up (the parenthesis of its first line). */
export const INIT_REASON = {
  requested: (mode: string) => `--mode ${mode}`,
  found: (what: string) => `${what} found`,
  installed: (where: string) => `migcheck's hooks are installed in ${where}`,
  huskyRuns: (hooksPath: string) => `husky runs the hooks: core.hooksPath = ${hooksPath}`,
  frameworkRuns: (hook: string) => `the pre-commit framework runs the hooks: ${hook}`,
  keepsHooks: (what: string) => `package.json found, but husky would switch off ${what}`,
  noPackageJson: 'no package.json',
} as const;

/** A hook manager whose config init does not edit (its next install would overwrite migcheck's hooks). */
export const initManagerNotEdited = (manager: string, evidence: string) =>
  `init: ${manager} manages this repository's git hooks (${evidence}); migcheck does not edit its config, and hooks installed beside it would be overwritten by its next install`;

/** The choices under initManagerNotEdited. */
export const initManagerNotEditedHint = (manager: string) =>
  `Add migcheck to ${manager} yourself (docs/hooks.md, "${manager}", has the lines): migcheck check at pre-commit and pre-merge-commit, migcheck pre-push "$@" at pre-push.`;

/** husky and the pre-commit framework are both set up, and neither is installed. */
export const initTwoManagers = (husky: string, framework: string) =>
  `init: both husky (${husky}) and the pre-commit framework (${framework}) are set up here, and git runs neither yet; migcheck will not guess which one your team uses`;
export const INIT_TWO_MANAGERS_HINT = 'Choose one: migcheck init --mode husky, or migcheck init --mode pre-commit.';

/** husky would point core.hooksPath away from hooks git runs today. */
export const initHuskySwitchesOff = (what: string) =>
  `init: husky would switch off ${what}: it points core.hooksPath at .husky/_, and git then runs no hook from the old place`;
export const INIT_FRAMEWORK_HOOKS = (hooks: string[]) => `the pre-commit framework's hooks (${hooks.join(', ')})`;
export const INIT_HUSKY_SWITCHES_OFF_FRAMEWORK_HINT = 'Use migcheck init --mode pre-commit (it adds migcheck to .pre-commit-config.yaml), or move those hooks to husky first.';
export const INIT_HUSKY_SWITCHES_OFF_HINT = 'Use migcheck init --mode plain (it keeps them and runs them first), or move them into .husky/ first.';

export const INIT_HUSKY_NEEDS_PACKAGE_JSON = 'init: --mode husky needs a package.json at the repository root (husky is installed by the package manager)';
export const INIT_HUSKY_NEEDS_PACKAGE_JSON_HINT = 'Use migcheck init --mode plain, or --mode pre-commit.';

/** Plain hooks where another manager writes the hook files. */
export const initPlainUnder = (manager: string, evidence: string) =>
  `init: ${manager} writes these hook files (${evidence}); plain hooks there would be overwritten, or loop through its own chaining, on its next install`;
export const INIT_PLAIN_UNDER_HUSKY_HINT = 'Use migcheck init --mode husky.';
export const INIT_PLAIN_UNDER_FRAMEWORK_HINT = 'Use migcheck init --mode pre-commit (it adds migcheck to .pre-commit-config.yaml).';

/** The pre-commit framework cannot be installed while core.hooksPath is set. */
export const initFrameworkHooksPath = (hooksPath: string) =>
  `init: core.hooksPath is set (${hooksPath}), and pre-commit install refuses to install hooks while it is`;
export const INIT_FRAMEWORK_HOOKS_PATH_HUSKY_HINT = 'Use migcheck init --mode husky, or remove husky and run git config --unset-all core.hooksPath first.';
export const INIT_FRAMEWORK_HOOKS_PATH_HINT = 'Use migcheck init --mode plain (it installs into that folder), or run git config --unset-all core.hooksPath first.';

/** --pre-commit with another --mode. */
export const initModeConflict = (mode: string) => `init: --pre-commit and --mode ${mode} ask for different set-ups: give one of them`;

/** Which migcheck repository the pre-commit config should name is unknown. */
export const INIT_NO_HOOK_REPOSITORY = "init: this migcheck installation does not say where its git repository is (no \"repository\" in its package.json), so .pre-commit-config.yaml cannot name it";
export const INIT_NO_HOOK_REPOSITORY_HINT = 'Name it: migcheck init --mode pre-commit --hook-repo <git URL of migcheck> --hook-rev <tag or commit>.';

/** A --hook-repo / --hook-rev value that cannot be written into YAML as one plain word. */
export const initBadHookRef = (option: string, value: string) => `init: --${option} ${JSON.stringify(value)} is not a git URL or revision pre-commit can use`;

/** After the pre-commit framework set-up: the install line for the hook types not installed yet. */
export const initPreCommitInstall = (types: string[]) =>
  `Next: run pre-commit install${types.map((t) => ` --hook-type ${t}`).join('')} (pre-commit fetches and installs migcheck on the first run).`;

/** Hooks without `stages` run in every installed hook type. */
export const INIT_PRE_COMMIT_STAGES_NOTE = 'Note: the hooks in .pre-commit-config.yaml that set no stages also run at pre-merge-commit and pre-push once those hook types are installed; give them stages: [commit] if they should run at commit only.';

/** A .pre-commit-config.yaml init cannot edit line by line. */
export const initPreCommitManual = (why: string, snippet: string) => `Left for you: .pre-commit-config.yaml ${why}:\n${snippet}`;
export const INIT_PRE_COMMIT_WHY = {
  flowRepos: 'writes its repos or hooks in a form init does not edit line by line; add this item to repos yourself',
  flowTypes: 'writes default_install_hook_types in a form init does not edit; make it list these hook types yourself',
} as const;

// ── arguments and help (the command table, parse-argv, help) ───────────────

/** A first word that is no command and names no file. */
export const unknownCommand = (word: string, nearest: string) => `unknown command \`${word}\`: did you mean \`${nearest}\`? (\`migcheck --help\` lists the commands)`;
/** A word that looks like a path but names nothing. */
export const pathNamesNothing = (word: string) => `\`${word}\` is not a command, and no file or folder has that name`;
/** A path argument of a command that names nothing. */
export const argumentNamesNothing = (command: string, word: string) => `\`migcheck ${command}\`: no file or folder named \`${word}\``;
export const unknownOption = (option: string, nearest: string | undefined) =>
  `unknown option \`${option}\`${nearest ? `: did you mean \`${nearest}\`?` : ''} (\`migcheck --help\` lists the options)`;
/** An option the command does not take. */
export const optionNotTaken = (option: string, command: string, taken: readonly string[]) =>
  `\`migcheck ${command}\` takes no ${option}${taken.length ? ` (its options: ${taken.join(', ')})` : ' (it takes no options)'}`;
export const optionNeedsValue = (option: string) => `${option} needs a value (write ${option}=VALUE when the value begins with -)`;
export const optionTakesNoValue = (option: string) => `${option} takes no value`;
export const optionTwice = (option: string, values: readonly string[]) => `${option} is given more than once (${values.join(', ')}): give it once`;
export const optionChoice = (option: string, value: string, choices: readonly string[]) => `unknown ${option} '${value}': use ${choices.join(', ')}`;
export const tooManyArguments = (command: string, extra: readonly string[], usage: string) =>
  `\`migcheck ${command}\` does not take ${extra.map((word) => `\`${word}\``).join(' ')} (usage: migcheck ${usage})`;
export const missingArgument = (command: string, usage: string) => `\`migcheck ${command}\` needs more (usage: migcheck ${usage})`;
export const missingSubcommand = (command: string, subcommands: readonly string[]) => `\`migcheck ${command}\` needs one of: ${subcommands.join(', ')}`;
export const unknownSubcommand = (command: string, word: string, nearest: string) => `unknown command \`${command} ${word}\`: did you mean \`${command} ${nearest}\`?`;

/** What a check prints when the index stages nothing it reads (unless --quiet). */
export const NOTHING_STAGED = 'migcheck: ok — nothing staged that migcheck reads';

/** The fixed parts of `migcheck --help` (the commands and options come from the command table). */
export const HELP_TITLE = 'migcheck: stops Alembic migration chains from forking, and repairs them when they have.';
export const HELP_USAGE = 'migcheck [command] [options]   (no command: check what is staged)';
export const HELP_OPTIONS_ANYWHERE = 'Options may stand before or after the command. `migcheck help COMMAND` lists the options each command takes.';
export const HELP_ENVIRONMENT: readonly (readonly [string, string])[] = [
  ['MIGCHECK_SKIP=1', 'the hooks (check, pre-push) pass and say so: lets one commit or push through'],
  ['MIGCHECK_TARGET=REF', 'the target branch when neither --target nor the config names one'],
  ['NO_COLOR=1', 'no colour (--color still forces it)'],
  ['MIGCHECK_DATABASE_URL=URL', 'migcheck db: the database when no URL is given (then DATABASE_URL)'],
  ['PGPASSWORD=…', 'migcheck db: the PostgreSQL password, kept out of the URL (never printed)'],
];
export const HELP_GENERAL_EXAMPLES: readonly (readonly [string, string])[] = [
  ['migcheck init', 'install the hooks (pre-commit: check, pre-push: pre-push)'],
  ['migcheck', 'check what is staged against the target branch'],
  ['migcheck check --rev HEAD --target origin/main', 'the CI gate for a committed tree'],
  ['migcheck rebase-plan --apply', "put this branch's migrations on top of the target's head"],
  ['migcheck graph --format mermaid', 'draw the revision graph'],
];
export const HELP_EXIT_CODES = 'Exit codes: 0 nothing blocking, 1 a finding of severity error (blocked), 2 could not check.';
export const HELP_DOCS = 'More: docs/cli.md in the migcheck repository.';
export const helpFormat = (formats: readonly string[]) => `output format: ${formats.join(', ')} (default ${formats[0]})`;
export const helpChoices = (describe: string, choices: readonly string[]) => `${describe} (${choices.join(', ')})`;
export const HELP_FLAG = 'show this help';
export const VERSION_FLAG = 'print the version';
export const unknownHelpTopic = (words: string, nearest: string) => `no command \`${words}\`: did you mean \`${nearest}\`?`;

// ── pre-push: which target commit, and the opt-in fetch ────────────────────

/** The line after a human pre-push report: what the push was checked against. */
export const checkedAgainst = (ref: string, commit: string, how: 'fetched' | 'last-fetched' | 'local') =>
  `migcheck: checked against ${ref} at ${commit.slice(0, 12)}${
    how === 'fetched' ? ', fetched just now'
      : how === 'last-fetched' ? ', as last fetched (`--fetch` or the config key "fetchTarget": true fetches it first)'
        : ''}`;
export const fetchFailed = (remote: string, branch: string, detail: string) =>
  `migcheck: could not fetch ${branch} from ${remote} (${detail}); checking against the last-fetched commit`;
export const fetchLocalTarget = (ref: string) => `migcheck: the target ${ref} is a local branch: nothing to fetch`;
// ── core: one fix per finding, rebase-plan honesty, newer Alembic (alembic-compat) ──

/** alembic-compat: a down_revision that names a branch label. */
export const compatLabelAsParent = (rev: string, label: string, resolved: string) =>
  `${rev} has down_revision '${label}', a branch label (of ${resolved}): migcheck follows it, but Alembic fails to load this tree on every version (KeyError: '${label}')`;
/** The fix of a branch label in down_revision. */
export const compatLabelAsParentFix = (label: string, resolved: string) =>
  `write the revision id instead of the label: replace '${label}' with '${resolved}' in down_revision (branch labels belong in depends_on or in commands such as \`alembic upgrade ${label}@head\`)`;

/** rebase-plan: the target has several intentional heads and nothing says which one these revisions belong on. */
export const planAmbiguousHead = (dir: string, targetRef: string, heads: readonly string[], revisions: readonly string[]) =>
  `${dir}: ${targetRef} has ${heads.length} heads (${heads.join(', ')}), each a branch of its own, and nothing tells which one ${revisions.join(', ')} ${revisions.length === 1 ? 'belongs' : 'belong'} on; set down_revision by hand to the head it should follow, then run migcheck rebase-plan again`;
/** rebase-plan: the merged view would still be broken after the steps (the findings follow, one block each). */
export const planCannotFix = (dir: string, targetRef: string) =>
  `${dir}: rebase-plan cannot put this branch on ${targetRef}: it only moves this branch's own migrations, and check would still report the following, which needs the fix shown:`;

/** bypassed-chain on a branch that is behind too: the chain's end is no longer the target's head. */
export const bypassedBehindFix = (target: string, heads: readonly string[]) =>
  `run \`git rebase ${target}\`, then \`migcheck rebase-plan\`: it re-points this migration onto ${target}'s head ${idList(heads)} (${target} has moved past the chain this branch sees, so building on that chain's end would fork again once merged)`;
/** redundant-merge that the plan keeps: it does something (or cannot be shown to do nothing). */
export const redundantMergeRepointFix = (file: string, suggested: readonly string[]) =>
  `set down_revision = ${downRevisionLiteral(suggested)} in ${file}, keeping the migration (or run \`migcheck rebase-plan\`, which re-points it: it deletes a merge only when its upgrade() and downgrade() exist and do nothing)`;

/** A NUL byte in a revision file: Python refuses the file before reading it. */
export const READER_NUL_BYTE = 'source code cannot contain null bytes';
/** The fix of a file Python cannot compile. */
export const READER_SYNTAX_FIX = 'fix the Python syntax at this line (Alembic imports the file, and fails on it on every version)';
/** A revision file named exactly `.py`. */
export const READER_DOT_PY_NAME = "a file named exactly '.py' makes Alembic crash on every version (it cannot make a module of a name without a stem)";
/** The fix of a file named `.py`. */
export const readerDotPyNameFix = (revision: string | undefined) => `rename the file, e.g. to ${revision ?? '<revision>'}_<slug>.py`;
/** alembic-compat: `down_revision = ''`. */
export const COMPAT_EMPTY_DOWN_REVISION =
  "down_revision = '' is a base on Alembic 1.12 and older, but Alembic 1.13 and newer fail to load this tree (KeyError: '')";
/** The fix of `down_revision = ''`. */
export const COMPAT_EMPTY_DOWN_REVISION_FIX = 'write down_revision = None';
/** alembic-compat: `:` in a revision id. */
export const compatColonInRevision = (revision: string) =>
  `revision '${revision}' contains ':', which Alembic 1.17.2 and newer refuse ("Character(s) ':' not allowed in revision identifier"); older versions load it`;
/** The fix of `:` in a revision id. */
export const COMPAT_COLON_IN_REVISION_FIX = "give the revision an id without ':' (and update the down_revision of its children), before the team upgrades Alembic";

/** alembic-compat: a config option Alembic reads otherwise than written. */
export const compatConfig = (c: { kind: 'loose-boolean' | 'toml-not-boolean' | 'toml-path-separator'; option: string; value: string }) => {
  switch (c.kind) {
    case 'loose-boolean':
      return `${c.option} = ${c.value} leaves ${c.option} off in Alembic, which turns it on only for the exact value 'true'; migcheck reads it as Alembic does`;
    case 'toml-not-boolean':
      return `${c.option} = ${JSON.stringify(c.value)} in [tool.alembic] is not a TOML boolean: Alembic 1.16 and newer stop with "boolean value expected for TOML parameter '${c.option}'" (older versions do not read [tool.alembic])`;
    case 'toml-path-separator':
      return `${c.option} = ${c.value} in [tool.alembic] has no effect: Alembic reads ${c.option} only from the ini, so it splits the ini's version_locations on spaces and commas; migcheck does the same`;
  }
};
/** The fix of a config alembic-compat finding. */
export const compatConfigFix = (c: { kind: 'loose-boolean' | 'toml-not-boolean' | 'toml-path-separator'; option: string }, ini: string | undefined) => {
  switch (c.kind) {
    case 'loose-boolean':
      return `write ${c.option} = true if it is meant to be on (or remove the line)`;
    case 'toml-not-boolean':
      return `write ${c.option} = true or ${c.option} = false, without quotes`;
    case 'toml-path-separator':
      return `move ${c.option} to the [alembic] section of ${ini ?? 'alembic.ini'} (or write version_locations as a list in [tool.alembic])`;
  }
};

/** alembic-compat: a symlinked revision file whose link and target names disagree. */
export const compatSymlinkName = (path: string, target: string, kind: 'link-only' | 'target-only') =>
  kind === 'link-only'
    ? `${path} is a symlink to a file named ${target}: Alembic 1.8.1 loads it by the link's name, but 1.10 and newer match the target's name and skip it; migcheck follows 1.10+ and does not read it`
    : `${path} is a symlink to a file named ${target}: Alembic 1.10 and newer load it by the target's name, but 1.8.1 matches the link's name and skips it; migcheck follows 1.10+`;
/** The fix of a symlink whose names disagree. */
export const COMPAT_SYMLINK_NAME_FIX = 'give the link and the file it points to the same revision file name (ending in .py), or replace the link with the file';

/** redundant-merge on a branch that lacks the target's join: the plan's edit needs the rebase first. */
export const redundantMergeBehindFix = (target: string, file: string, suggested: readonly string[], deletes: boolean) =>
  `run \`git rebase ${target}\`, then \`migcheck rebase-plan\`: it ${deletes ? `deletes ${file} and re-points the migrations that revise it onto` : `keeps ${file} (it does something, or cannot be shown to do nothing) and re-points it onto`} ${target}'s ${downRevisionLiteral(suggested)}`;

// ── migcheck db: the database against the repository ────────────────────────

/** How to give a database URL. */
export const DB_URL_HINT = 'give --url postgresql://USER@HOST:PORT/DB or sqlite:///path/to/file.db (or set MIGCHECK_DATABASE_URL); put the password in PGPASSWORD or the URL';
/** No URL anywhere. */
export const dbNoUrl = () => 'migcheck db needs a database: no URL argument, --url, MIGCHECK_DATABASE_URL or DATABASE_URL was given';
/** A URL whose scheme migcheck does not read (the URL itself is never printed: it may hold a password). */
export const dbUnsupportedUrl = (scheme: string | undefined) =>
  scheme === undefined ? 'the database URL has no scheme://' : `migcheck db reads PostgreSQL and SQLite databases; ${scheme}:// is not one of them`;
/** sqlite:// or sqlite:///:memory:. */
export const dbInMemory = () => 'an in-memory SQLite database holds no version table: name the database file';
/** SQLite on a Node without node:sqlite, and sql.js (the optional peer) not installed. */
export const dbSqliteDriverMissing = (nodeVersion: string) =>
  `reading SQLite needs node:sqlite (Node 22.13 or later) or the sql.js package; Node ${nodeVersion} has no node:sqlite and sql.js is not installed: run npm install sql.js, or use a newer Node`;
/** The SQLite file does not exist (migcheck never creates it). */
export const dbNoFile = (path: string) => `no SQLite database at ${path} (migcheck opens it read-only and never creates it)`;
/** Connecting or reading failed; `url` is already redacted. */
export const dbCannotOpen = (url: string, detail: string) => `cannot read the database ${url}: ${detail}`;
export const DB_CONNECT_HINT = 'check the URL, that the server is running and reachable, and the credentials (migcheck db only reads: it needs SELECT on the version table and the catalogue)';
/** Both the URL argument and --url (neither is printed: either may hold a password). */
export const dbUrlTwice = () => 'the database is given twice, as the URL argument and as --url: give it once';
/** Several environments and no --dir/--env. */
export const dbWhichEnvironment = (names: readonly string[]) => `this repository has ${names.length} Alembic environments; migcheck db reads one database at a time: choose one with --env (${names.join(', ')}) or --dir`;
/** --env names no environment. */
export const dbUnknownEnvironment = (name: string, names: readonly string[]) => `--env ${name} names no environment here (known: ${names.join(', ') || 'none'})`;
/** --version-table-schema on SQLite. */
export const dbSqliteSchema = (schema: string) => `SQLite has no schema ${schema}: leave --version-table-schema out for a SQLite database`;
/** A version table name that is empty. */
export const dbBadOption = (option: string) => `${option} needs a non-empty name`;

/** The states of a database, as one line each. */
export const dbStateText = (state: string, facts: { recorded: readonly string[]; heads: readonly string[]; pending: number; appliedHeads: readonly string[]; unknown: readonly string[]; table: string }) => {
  const list = (xs: readonly string[]) => xs.join(', ');
  const s = (n: number) => (n === 1 ? '' : 's');
  switch (state) {
    case 'current': return facts.heads.length === 0 ? 'the repository has no revisions, and the database records none' : `the database is on every head (${list(facts.heads)})`;
    case 'behind': return `the database is behind: ${facts.pending} revision${s(facts.pending)} to apply after ${list(facts.recorded)}`;
    case 'partial': return `the database records ${list(facts.appliedHeads)} but not ${list(facts.heads.filter((h) => !facts.appliedHeads.includes(h)))}: ${facts.pending} revision${s(facts.pending)} of that branch are not recorded`;
    case 'unknown-revision': return `the database records ${list(facts.unknown)}, which this tree does not have (Alembic fails with "Can't locate revision identified by '${facts.unknown[0]}'")`;
    case 'overlap': return `the version table holds a revision together with its own ancestor (Alembic refuses to upgrade: "overlaps")`;
    case 'empty': return `the version table ${facts.table} is empty: the database records no revision`;
    case 'no-version-table': return `the database has no version table ${facts.table}: Alembic has never run here (or env.py names another table: --version-table)`;
    default: return state;
  }
};

/** The fix of each state. */
export const dbStateFix = (state: string, facts: { unknown: readonly string[]; overlaps: readonly (readonly [string, string])[] }) => {
  switch (state) {
    case 'behind':
    case 'empty':
    case 'no-version-table':
      return 'check what the database already has with `migcheck db status --schema`, then `migcheck db stamp-plan`; if nothing was applied outside Alembic, `alembic upgrade head` applies the rest';
    case 'partial':
      return 'see which pending objects already exist with `migcheck db status --schema`; `migcheck db stamp-plan` prints the stamp and merge that make the record true';
    case 'unknown-revision':
      return `read the database against the tree that has ${facts.unknown.join(', ')} (--rev BRANCH), or bring that migration into this branch; never stamp over a revision you cannot see`;
    case 'overlap':
      return `${facts.overlaps.map(([a, b]) => `${a} is an ancestor of ${b}`).join('; ')}: \`migcheck db stamp-plan\` prints the \`alembic stamp --purge\` that keeps only the newest rows`;
    default:
      return '';
  }
};

/** The human closing line of db status. */
export const dbSummary = (ok: boolean, errors: number) =>
  ok ? 'migcheck: the database is on every head' : `migcheck: ${errors} error${errors === 1 ? '' : 's'} — the database is not on every head`;

/** Headings of the human db report. */
export const dbLabels = { database: 'database', recorded: 'recorded', heads: 'heads', none: '(none)', noTable: '(no version table)' } as const;
export const dbPendingHeading = (head: string, count: number) => `pending for ${head} (${count} revision${count === 1 ? '' : 's'}, in upgrade order):`;

/** The verdicts on a pending revision. */
export const DB_EVIDENCE_TEXT: Record<string, string> = {
  'applied-outside': 'applied outside Alembic: every object is there',
  partial: 'partly there',
  absent: 'not applied',
  unknown: 'cannot tell',
  'data-differs': 'objects there, data differs',
};
export const dbEmptyRevision = () => 'changes nothing (a merge or an empty upgrade)';

/** An object as listed under its revision. */
export const dbObjectText = (o: { kind: string; name: string | null; table: string; columns?: readonly string[]; expected: string; schema?: string; references?: string }) => {
  const what = o.kind === 'foreign-key' ? 'foreign key' : o.kind === 'primary-key' ? 'primary key' : o.kind === 'unique' ? 'unique constraint' : o.kind === 'check' ? 'check constraint' : o.kind;
  const cols = o.columns && o.columns.length > 0 ? ` (${o.columns.join(', ')})` : '';
  const subject = o.kind === 'rows' ? `rows in ${o.table}` : o.kind === 'table' || o.kind === 'column' ? `${what} ${o.name}` : o.name !== null ? `${what} ${o.name} on ${o.table}` : `unnamed ${what}${cols} on ${o.table}`;
  return `${subject}${o.expected === 'absent' ? ' (dropped)' : ''}`;
};

/** Why an object reads as it does. */
export const dbObjectNote = (note: { code: string } & Record<string, unknown>): string => {
  const q = (v: unknown) => (v === null ? 'NULL' : typeof v === 'string' ? `'${v}'` : String(v));
  switch (note.code) {
    case 'missing-columns': return `without column${(note.columns as string[]).length === 1 ? '' : 's'} ${(note.columns as string[]).join(', ')}`;
    case 'type-differs': return `type is ${note.found as string}, the migration makes it ${note.expected as string}`;
    case 'nullable-differs': return note.nullable ? 'accepts NULL, the migration makes it NOT NULL' : 'is NOT NULL, the migration lets it accept NULL';
    case 'columns-differ': return `on columns ${(note.found as (string | null)[]).map((c) => c ?? '(expression)').join(', ')}`;
    case 'not-unique': return 'exists but is not unique';
    case 'superseded': return `${note.by as string} changes it again later, so its state here proves nothing`;
    case 'unnamed-check': return 'an unnamed check constraint cannot be found by name or columns';
    case 'no-names': return 'SQLite keeps no constraint names: matched by columns';
    case 'schema-not-read': return `schema ${note.schema as string} was not read`;
    case 'unchecked': return (note.what as string[]).length > 0 ? `not compared: ${(note.what as string[]).join(', ')}` : 'not compared';
    case 'no-table': return `table ${note.table as string} does not exist`;
    case 'rows': {
      const differing = note.differing as { columns: { column: string; expected: unknown; found: unknown }[] }[];
      const parts = [`${note.exact as number} of ${note.expected as number} rows as inserted`];
      if (differing.length > 0) {
        const cols = new Map<string, string>();
        for (const d of differing) for (const c of d.columns) if (!cols.has(c.column)) cols.set(c.column, `${c.column} ${q(c.found)} where the migration inserts ${q(c.expected)}`);
        parts.push(`${differing.length} with other values (${[...cols.values()].join('; ')})`);
      }
      if ((note.missing as number) > 0) parts.push(`${note.missing as number} missing`);
      if (note.truncatedAt !== undefined) parts.push(`only the first ${note.truncatedAt as number} rows of the table were read`);
      if ((note.unknownColumns as string[]).length > 0) parts.push(`not compared: ${(note.unknownColumns as string[]).join(', ')}`);
      return parts.join(', ');
    }
    default: return note.code;
  }
};

/** Why a step of upgrade() cannot be read. */
export const DB_UNKNOWN_REASON: Record<string, string> = {
  execute: 'runs SQL that migcheck does not interpret',
  loop: 'runs inside a loop',
  conditional: 'runs only under a condition',
  try: 'runs inside try/except',
  block: 'runs inside a with block migcheck does not follow',
  call: 'calls code migcheck does not follow',
  operation: 'is an operation migcheck does not read',
  argument: 'has arguments that are not literals',
  'no-upgrade': 'the file defines no upgrade() function',
  unreadable: 'cannot be read',
};
export const dbUnknownStep = (line: number, reason: string, text: string) => `line ${line}: ${text} — ${DB_UNKNOWN_REASON[reason] ?? reason}`;

/** The stamp plan, human. */
export const dbPlanHeading = (cwd: string | undefined) => `The commands that make the record true (printed, never run${cwd ? `; run them in ${cwd}/` : ''}):`;
export const dbPlanNothing = () => 'Nothing to stamp: the version table already tells the truth.';
export const dbPlanStampWhy = (revisions: readonly string[], covers: number, beside: readonly string[]) =>
  `records ${revisions.join(', ')}${beside.length > 0 ? ` beside ${beside.join(', ')}` : ''}: the objects of ${covers === 1 ? 'its pending revision are' : `the ${covers} pending revisions it covers are`} all present (stamp runs no migration)`;
export const dbPlanPurgeWhy = (revisions: readonly string[]) => `empties the version table and records ${revisions.join(', ')}: the rows below them are implied by them, and Alembic refuses a table that holds both`;
export const dbPlanMergeCommand = () => 'migcheck merge -m "merge heads"';
export const dbPlanMergeWhy = (heads: readonly string[]) => `writes the merge migration of ${heads.join(', ')} (what \`alembic merge heads\` writes); commit it`;
export const dbPlanUpgradeWhy = (applies: readonly string[], merge: boolean, afterBlockers: boolean) => {
  const missing = applies.length > 0 ? `what is really missing (${applies.length} revision${applies.length === 1 ? '' : 's'}: ${applies.slice(0, 6).join(', ')}${applies.length > 6 ? ', …' : ''})` : '';
  const what = [missing, merge ? 'the merge migration' : ''].filter(Boolean).join(' and ');
  return `${afterBlockers ? 'once the revisions below are settled, ' : ''}applies ${what}${merge ? '; the version table then holds the one head' : ''}`;
};
export const dbPlanBlockersHeading = () => 'Not stamped (no command settles these; decide by hand):';
export const dbPlanUnknownRows = (revisions: readonly string[]) => `the database records ${revisions.join(', ')}, which this tree does not have: read it against the branch that has ${revisions.length === 1 ? 'it' : 'them'} (--rev), and stamp nothing until the trees agree`;
export const dbPlanPartial = (revision: string, missing: readonly string[]) => `${revision} is partly there; missing: ${missing.join('; ')} — create the missing objects by hand and stamp it, or remove the present ones and let upgrade run it`;
export const dbPlanUnknown = (revision: string) => `${revision} cannot be judged from its text; check by hand what it does, then stamp it or let upgrade run it:`;
export const dbPlanPresentAfterMissing = (revision: string, after: readonly string[]) => `${revision}'s objects are present, but it comes after ${after.join(', ')}, which is not: upgrade would run it again over objects that exist`;
export const dbPlanDataHeading = () => 'Data that differs (no schema change; fix it by hand if the application relies on it):';
export const dbPlanData = (revision: string, table: string, line: number, count: number, detail: string) =>
  `${revision} (line ${line}) inserts into ${table}: ${count} row${count === 1 ? '' : 's'} hold other values — ${detail}`;
export const dbPlanStatusHint = () => 'run `migcheck db stamp-plan` for the commands that make the record true';

/** rebase-plan --apply --db: the database has recorded a revision the plan would re-point. */
export const refuseRecordedRepoint = (revision: string, file: string, url: string) =>
  `refusing to re-point ${revision} (${file}): the database ${url} has applied it, and a recorded revision with new ancestors makes \`alembic upgrade\` skip those ancestors silently; write a merge migration instead (migcheck merge). Nothing was changed.`;
export const warnRecordedRepoint = (revision: string, url: string) =>
  `warning: the database ${url} has applied ${revision}; --apply will refuse to re-point it (write a merge migration instead: migcheck merge)`;
// ── outside-version-locations (revision files no version location holds) ──────────────

/** A revision file (or several) under the script location that no version location holds. */
export const outsideVersionLocations = (files: readonly string[], revision: string | undefined, locations: readonly string[]) =>
  files.length === 1
    ? `${files[0]} declares revision ${revision ?? '(unreadable)'} but lies in no version location (${locations.join(', ') || '(repository root)'}): Alembic's configured run and migcheck do not load it`
    : `${files.length} files under the script location declare revisions but lie in no version location (${locations.join(', ') || '(repository root)'}), first ${files[0]}: Alembic's configured run and migcheck do not load them`;

/** The fix when the files sit in sub-folders of a version location, for the config they came from. */
export const outsideVersionLocationsRecursiveFix = (source: { kind: 'alembic'; config: string; section: string } | { kind: 'migcheck'; config: string } | { kind: 'dir' }, location: string) =>
  source.kind === 'alembic'
    ? `add \`recursive_version_locations = true\` to [${source.section}] in ${source.config} (Alembic then loads the sub-folders), or name the folder in migcheck's config: "environments": [{"dir": "${location}", "recursive": true}]`
    : source.kind === 'migcheck'
      ? `set "recursive": true on the environment "${location}" in ${source.config}`
      : `name the folder in migcheck's config: "environments": [{"dir": "${location}", "recursive": true}]`;

/** The fix when the files sit elsewhere under the script location. */
export const outsideVersionLocationsMoveFix = (folder: string, location: string, config: string | undefined) =>
  `move the file into ${location || 'the versions folder'}, or add ${folder || 'its folder'} to ${config ? `version_locations in ${config}` : 'the environment\'s folders (--dir, or "environments" in migcheck\'s config)'}`;

// ── migcheck explain: the investigation, written for an issue ───────────────────

/** The message of phase 1's merge migration (also its file name's slug). */
export const EXPLAIN_MERGE_MESSAGE = 'merge heads';
/** Phase 1 with migcheck (run on the target branch). */
export const explainMergeCommand = (message: string, revision: string, dir?: string) =>
  `migcheck merge -m "${message}" --rev-id ${revision}${dir === undefined ? '' : ` --dir ${dir}`}`;
/** Phase 1 with Alembic. */
export const explainAlembicMerge = (args: readonly string[], message: string, revision: string, heads: readonly string[]) =>
  ['alembic', ...args, 'merge', '-m', `"${message}"`, '--rev-id', revision, ...heads].join(' ');

/** A healthy tree: the one line explain prints. */
export const explainNothing = (tree: string) => `Nothing to explain: every environment of ${tree} has a single head.`;
/** How the explained tree is named in sentences. */
export const explainTreeName = (kind: 'commit' | 'worktree' | 'merged', ref?: string, target?: string) =>
  (kind === 'worktree' ? 'the working tree' : kind === 'merged' ? `\`${ref}\` merged into \`${target}\`` : `\`${ref}\``);
/** The report's title. */
export const explainTitle = (dir: string, tree: string) => `# Migration heads of \`${dir}\` on ${tree}`;
/** The summary under the title. */
export const explainSummary = (tree: string, heads: readonly string[]) =>
  `${tree} has ${heads.length} heads: ${heads.map((h) => `\`${h}\``).join(' and ')}. \`alembic upgrade head\` refuses to run on it ("Multiple head revisions are present"), and every migration written next has to pick one of them.`;
export const EXPLAIN_HEADS = '## Heads';
export const EXPLAIN_DIVERGENCE = '## Divergence point';
export const EXPLAIN_GRAPH = '## Graph';
export const EXPLAIN_HISTORY = '## How it happened';
export const EXPLAIN_FIX = '## The fix';
export const EXPLAIN_DATABASE = '## The database';
/** Column titles of the heads table. */
export const EXPLAIN_HEAD_COLUMNS = ['head', 'file', 'Create Date', 'added by commit', 'commit date'] as const;
/** Column titles of a chain's table. */
export const EXPLAIN_CHAIN_COLUMNS = ['#', 'revision', 'message', 'Create Date', 'added by commit'] as const;
/** What stands in a cell that has nothing. */
export const EXPLAIN_NONE = '—';
/** A commit cell: short id and subject. */
export const explainCommitCell = (id: string, subject: string) => `\`${id.slice(0, 10)}\` ${subject}`;
/** A commit not made yet (the working tree's files). */
export const EXPLAIN_NOT_COMMITTED = 'not committed';
/** The divergence point. */
export const explainDivergence = (revision: string, message: string | undefined, createDate: string | undefined, count: number) =>
  `\`${revision}\`${message ? ` (${message}${createDate ? `, Create Date ${createDate}` : ''})` : ''} is the last revision every head builds on; after it the revisions split into ${count} chains.`;
/** No common revision. */
export const EXPLAIN_NO_DIVERGENCE = 'The heads share no revision: each chain starts at its own base.';
/** A chain's heading. */
export const explainChainHeading = (n: number, count: number, head: string) => `### Chain ${n}: ${count} revision${count === 1 ? '' : 's'} up to \`${head}\``;
/** A revision that was written on an older parent. */
export const explainOlderParent = (revision: string, file: string, parents: readonly string[], commit: string | undefined, date: string | undefined, line: string, heads: readonly string[], held: string | undefined) =>
  `\`${revision}\` (\`${file}\`) was written on ${parents.map((p) => `\`${p}\``).join(', ')}${commit ? ` in commit \`${commit}\`${date ? ` (${date})` : ''}` : ''}, when \`${line}\` already held ${heads.map((h) => `\`${h}\``).join(', ')} on top of it${held ? ` (as of commit \`${held}\`)` : ''}: its down_revision names an older parent, so it started a second line of revisions instead of continuing the head.`;
/** No revision was written on an older parent: the chains grew side by side. */
export const explainParallel = (line: string) =>
  `No revision was written on a parent that \`${line}\` had already built on: the chains grew side by side on separate branches, each on what its author could see.`;
/** The commit that brought the second head. */
export const explainSecondHead = (line: string, commit: string, subject: string, date: string, merge: boolean, heads: readonly string[]) =>
  `The second head appeared on \`${line}\` with commit \`${commit}\` "${subject}" (${date}), after which it had ${heads.map((h) => `\`${h}\``).join(' and ')}. ${merge
    ? 'It is a merge commit: git joined the two lines of history, but no merge migration joined the two chains of revisions.'
    : 'It is not a merge commit: it added revisions beside a head instead of on it.'}`;
/** The fork is not on the line's commits. */
export const explainUncommitted = (line: string | null) =>
  line === null ? 'No git history was read for this tree.' : `No commit of \`${line}\` brought the second head: it exists only in the tree explained (not committed yet, or on another branch).`;
/** A merged view: the target never had both heads; they meet when the branch lands. */
export const explainMergedSecondHead = (branch: string, target: string) =>
  `\`${target}\` has a single head, and so has \`${branch}\`: the second head appears when \`${branch}\` is merged into \`${target}\`. Merged as it is, \`alembic upgrade head\` fails on the result.`;
/** A merged view's fix: the branch moves, the target stays. */
export const explainRebaseBranch = (branch: string, target: string) =>
  `No merge migration is needed: \`${target}\` is sound. Move \`${branch}\`'s migrations onto \`${target}\`'s head before it lands — on \`${branch}\`, \`git rebase ${target}\` then \`migcheck rebase-plan --apply\`; the plan:`;
export const EXPLAIN_PHASE1 = '### Phase 1: join the heads where they are';
/** Phase 1's text. */
export const explainPhase1 = (target: string, revision: string) =>
  `On \`${target}\`, write one merge migration over the heads and commit it; \`${target}\` then has the single head \`${revision}\`:`;
/** The Alembic way of phase 1. */
export const explainPhase1Alembic = (cwd: string | undefined) => `or, with Alembic${cwd ? ` (in \`${cwd}/\`)` : ''}:`;
/** When the database already has the heads: the merge is empty. */
export const EXPLAIN_PHASE1_EMPTY = 'The merge does nothing itself (upgrade() and downgrade() pass); a database on both heads records it with `alembic upgrade head`.';
export const EXPLAIN_PHASE2 = '### Phase 2: move the branches onto the merge';
/** No branch is affected. */
export const EXPLAIN_NO_BRANCHES = 'No other branch carries migrations that the merge moves.';
/** Phase 2's introduction. */
export const explainPhase2 = (target: string) =>
  `After phase 1, rebase each branch below on \`${target}\` (\`git rebase ${target}\`) and run \`migcheck rebase-plan --apply\` there; the plan each will get:`;
/** A branch's heading. */
export const explainBranchHeading = (branch: string, commit: string) => `#### \`${branch}\` (\`${commit.slice(0, 10)}\`)`;
/** A branch's own merge of the heads. */
export const explainBranchMerge = (revisions: readonly string[], target: string) =>
  `carries its own merge of the same heads: ${revisions.map((r) => `\`${r}\``).join(', ')}. Once \`${target}\` has the merge, it is redundant: delete it and re-point what was written on it.`;
/** A branch's migrations on an old head. */
export const explainBranchOldHead = (revisions: readonly string[]) =>
  `has migrations written on a head (or older) that the merge leaves behind: ${revisions.map((r) => `\`${r}\``).join(', ')}; they move onto the merge.`;
/** The database section's introduction. */
export const explainDatabase = (url: string) => `What \`${url}\` records, against this graph (read-only):`;
