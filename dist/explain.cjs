// Built by scripts/build.mjs from src/: do not edit; run `npm run bundle`.
var __migcheck_import_meta_url = require("node:url").pathToFileURL(__filename).href;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// bundle-of:src/core/errors.ts
var shared, MigcheckError;
var init_errors = __esm({
  "bundle-of:src/core/errors.ts"() {
    shared = require("./boot.cjs").requireBundle("migcheck").__modules["core/errors"];
    ({ MigcheckError } = shared);
  }
});

// src/core/messages.ts
var readerNoRevision, readerNoDownRevision, readerIllegalChars, readerNotLiteral, readerNotString, READER_EMPTY_REVISION, readerRepeated, readerConditional, readerBoundBy, readerLineTooLong, readerSyntax, readerConflictMarkers, READER_CONFLICT_FIX, readerCompiled, readerUnresolvedConstant, quoted, missingParent, missingParentMeant, missingParentMeantFix, missingParentFix, duplicateRevision, duplicateRevisionFix, cycle, cycleFix, duplicateLabel, duplicateLabelFix, unresolvedLabel, unresolvedLabelFix, unparseable, unparseableFix, labelsMarker, headMarker, BRANCHPOINT_MARKER, MERGEPOINT_MARKER, CYCLE_MARKER, missingParentMarker, dependsOnMarker, graphUnreadable, gitFailed, GIT_NOT_FOUND, GIT_NOT_FOUND_HINT, directoryNotFound, notARepository, NOT_A_REPOSITORY_HINT, badRef, BAD_REF_HINT, unknownTarget, UNKNOWN_TARGET_HINT, noTargetFound, NO_TARGET_HINT, noMergeBaseShallow, NO_MERGE_BASE_SHALLOW_HINT, badObjectId, blobReaderFailed, noEnvironment, NO_ENVIRONMENT_HINT, dirMissing, dirIsFile, dirInSubmodule, alembicConfigUnreadable, interpolationMissing, interpolationSyntax, locationOutsideRepository, packageLocationNotFound, scriptLocationMissing, badPathSeparator, symlinkEscapes, symlinkNotFollowed, SYMLINK_FIX, blobMissing, configInvalid, CONFIG_KEYS_HINT, configUnreadable, configMissing, CONFIG_MISSING_HINT, COUNT_WORDS, countOf, idList, downRevisionLiteral, multipleHeads, MULTIPLE_HEADS_FIX, editedPublished, editedPublishedFix, ids, planDeleteStep, planRepointStep, planGitStep, appliedDelete, appliedRepoint, appliedGitStillToDo, APPLIED_NOT_STAGED, PLAN_APPLY_HINT, planNothingToDo, planHeader, appliedHeader, planResultHeads, planTargetHasHeads, environmentHeading, unknownRev, UNKNOWN_REV_HINT, stagedAndRev, internalFailure, compatLabelAsParent, compatLabelAsParentFix, planAmbiguousHead, planCannotFix, READER_NUL_BYTE, READER_SYNTAX_FIX, READER_DOT_PY_NAME, readerDotPyNameFix, COMPAT_EMPTY_DOWN_REVISION, COMPAT_EMPTY_DOWN_REVISION_FIX, compatColonInRevision, COMPAT_COLON_IN_REVISION_FIX, compatSymlinkName, COMPAT_SYMLINK_NAME_FIX, dbSummary, dbLabels, dbPendingHeading, DB_EVIDENCE_TEXT, dbEmptyRevision, dbObjectText, dbObjectNote, DB_UNKNOWN_REASON, dbUnknownStep, dbPlanHeading, dbPlanNothing, dbPlanStampWhy, dbPlanPurgeWhy, dbPlanMergeCommand, dbPlanMergeWhy, dbPlanUpgradeWhy, dbPlanBlockersHeading, dbPlanUnknownRows, dbPlanPartial, dbPlanUnknown, dbPlanPresentAfterMissing, dbPlanDataHeading, dbPlanData, dbPlanStatusHint, EXPLAIN_MERGE_MESSAGE, explainMergeCommand, explainAlembicMerge, explainNothing, explainTreeName, explainTitle, explainSummary, EXPLAIN_HEADS, EXPLAIN_DIVERGENCE, EXPLAIN_GRAPH, EXPLAIN_HISTORY, EXPLAIN_FIX, EXPLAIN_DATABASE, EXPLAIN_HEAD_COLUMNS, EXPLAIN_CHAIN_COLUMNS, EXPLAIN_NONE, explainCommitCell, EXPLAIN_NOT_COMMITTED, explainDivergence, EXPLAIN_NO_DIVERGENCE, explainChainHeading, explainOlderParent, explainParallel, explainSecondHead, explainUncommitted, explainMergedSecondHead, explainRebaseBranch, EXPLAIN_PHASE1, explainPhase1, explainPhase1Alembic, EXPLAIN_PHASE1_EMPTY, EXPLAIN_PHASE2, EXPLAIN_NO_BRANCHES, explainPhase2, explainBranchHeading, explainBranchMerge, explainBranchOldHead, explainDatabase;
var init_messages = __esm({
  "src/core/messages.ts"() {
    "use strict";
    readerNoRevision = (filename) => `Could not determine revision id from filename ${filename}. Be sure the 'revision' variable is declared inside the script (please see 'Upgrading from Alembic 0.1 to 0.2' in the documentation).`;
    readerNoDownRevision = (moduleId) => `down_revision is not assigned at module level; Alembic fails to load this file (AttributeError: module '${moduleId}' has no attribute 'down_revision')`;
    readerIllegalChars = (chars, revision) => `Character(s) '${chars.join(", ")}' not allowed in revision identifier '${revision}'`;
    readerNotLiteral = (field, what) => `${field} is ${what}, not a literal; migcheck reads revision files without running them, so write it as a string, tuple or list literal`;
    readerNotString = (field, what) => `${field} must be a string (or a tuple or list of strings), not ${what}`;
    READER_EMPTY_REVISION = "revision is an empty string";
    readerRepeated = (field, lines) => `${field} is assigned ${lines.length} times at module level (lines ${lines.length > 10 ? `${lines.slice(0, 10).join(", ")}, …` : lines.join(", ")}); Python keeps the last value, and migcheck will not edit this file`;
    readerConditional = (field, keyword) => `${field} is assigned inside a module-level '${keyword}' block, so its value is decided when Python runs the file and cannot be read statically; assign it once at module level`;
    readerBoundBy = (field, how) => `${field} is ${how}, which cannot be read statically; assign it once at module level`;
    readerLineTooLong = (max) => `this statement has more than ${max} tokens and names revision, down_revision, branch_labels or depends_on; migcheck does not read statements that long`;
    readerSyntax = (detail) => `Python cannot parse this file: ${detail}`;
    readerConflictMarkers = (marker) => `unresolved merge conflict markers (${marker} starts this line): resolve the conflict first`;
    READER_CONFLICT_FIX = "keep the lines you mean, delete every marker line (<<<<<<<, |||||||, =======, >>>>>>>), then run migcheck again";
    readerCompiled = (path) => `${path} is compiled bytecode; migcheck reads revision sources only`;
    readerUnresolvedConstant = (field, expression, why) => `${field} item ${expression} could not be resolved to a string constant (${why}); it is kept as written`;
    quoted = (ids2) => ids2.map((id) => `'${id}'`).join(", ");
    missingParent = (revision, field, missing) => field === "down_revision" ? `revision '${revision}' has down_revision '${missing}', which no revision file declares` : `revision '${revision}' has depends_on '${missing}', which is neither a revision nor a branch label`;
    missingParentMeant = (field, missing, meant, file) => `${field} names '${missing}', which is a file name: that file (${file}) declares revision '${meant}'`;
    missingParentMeantFix = (field, missing, meant, sole) => sole ? `set ${field} = '${meant}'` : `in ${field}, replace '${missing}' with '${meant}'`;
    missingParentFix = (field, missing) => `point ${field} at an existing revision instead of '${missing}', or restore the file that declares '${missing}'`;
    duplicateRevision = (revision, files) => `revision '${revision}' is declared by ${files.length} files: ${files.join(", ")}`;
    duplicateRevisionFix = (revision) => `give all but one of these files a new revision id (and repoint their children), or delete the copy; which file Alembic uses for '${revision}' depends on file-system order`;
    cycle = (revisions, via) => revisions.length === 1 ? `revision '${revisions[0]}' names itself in ${via}` : via === "down_revision" ? `the down_revision links of ${quoted(revisions)} form a cycle` : `the down_revision and depends_on links of ${quoted(revisions)} form a cycle`;
    cycleFix = (revisions, via) => revisions.length === 1 ? `remove '${revisions[0]}' from its own ${via}` : `break the cycle: one of ${quoted(revisions)} must name a revision outside it in ${via === "down_revision" ? "down_revision" : "down_revision or depends_on"}`;
    duplicateLabel = (label, revisions, isRevisionId) => isRevisionId ? `branch label '${label}' of ${quoted(revisions.slice(1))} is also a revision id` : revisions.length === 1 ? `branch label '${label}' is listed twice in branch_labels of '${revisions[0]}'` : `branch label '${label}' is used by ${revisions.length} revisions: ${quoted(revisions)}`;
    duplicateLabelFix = (label) => `rename branch label '${label}' so that each label names one revision and no label equals a revision id`;
    unresolvedLabel = (revision, field, text) => field === "branch_labels" ? `branch_labels of '${revision}' holds ${text}, which cannot be read without running Python: migcheck counts it as a label named '${text}'` : `depends_on of '${revision}' holds ${text}, which cannot be read without running Python: migcheck ignores it`;
    unresolvedLabelFix = (field) => `write ${field} as string literals to let migcheck check it`;
    unparseable = (reason) => reason;
    unparseableFix = (field) => field === "revision" ? `write revision = '<id>' as a plain string literal` : field === void 0 ? `write revision, down_revision, branch_labels and depends_on as plain literals at module level` : `write ${field} as a string literal, a tuple or list of string literals, or None`;
    labelsMarker = (labels) => labels.length > 0 ? ` (${labels.join(", ")})` : "";
    headMarker = (effective) => effective ? " (effective head)" : " (head)";
    BRANCHPOINT_MARKER = " (branchpoint)";
    MERGEPOINT_MARKER = " (mergepoint)";
    CYCLE_MARKER = " (cycle)";
    missingParentMarker = (missing) => ` (missing ${quoted(missing)})`;
    dependsOnMarker = (ids2) => ` (depends on ${ids2.join(", ")})`;
    graphUnreadable = (path) => `? ${path} (revision id unreadable)`;
    gitFailed = (args, stderr) => {
      const line = stderr.split("\n").map((l) => l.trim()).find((l) => l !== "") ?? "no message";
      return `git ${args[0] ?? ""} failed: ${line.replace(/^(fatal|error): /, "")}`;
    };
    GIT_NOT_FOUND = "git was not found on PATH";
    GIT_NOT_FOUND_HINT = "install git (2.31 or newer) or add it to PATH";
    directoryNotFound = (dir) => `${dir} does not exist`;
    notARepository = (cwd) => `${cwd} is not inside a git repository`;
    NOT_A_REPOSITORY_HINT = "run migcheck inside the repository, or pass --cwd DIR";
    badRef = (what, ref) => `${what} ${JSON.stringify(ref)} is not a valid git ref`;
    BAD_REF_HINT = 'name a branch, tag or commit (a ref never starts with "-")';
    unknownTarget = (ref, origin) => `target ${ref} (from ${origin}) does not name a commit`;
    UNKNOWN_TARGET_HINT = "check the name; for a remote branch run `git fetch origin` first (a single-branch clone: `git fetch origin <branch>`)";
    noTargetFound = (tried) => `no target branch found (tried ${tried.join(", ")})`;
    NO_TARGET_HINT = "name it with --target REF (or `target` in the config file, or MIGCHECK_TARGET); in a fresh clone run `git fetch origin`";
    noMergeBaseShallow = (a, b) => `no merge-base of ${a} and ${b}: this is a shallow clone and the history that joins them was not fetched`;
    NO_MERGE_BASE_SHALLOW_HINT = "run `git fetch --unshallow` (or `git fetch --deepen=N` until they meet); in CI, check out with fetch-depth: 0";
    badObjectId = (oid) => `not a full object id: ${JSON.stringify(oid)}`;
    blobReaderFailed = (detail) => `reading blobs with git cat-file failed: ${detail}`;
    noEnvironment = (tree) => `no Alembic environment found in the ${tree} (searched every tracked alembic.ini, *.ini with an [alembic] section, and pyproject.toml with [tool.alembic])`;
    NO_ENVIRONMENT_HINT = "name the versions directory with --dir PATH, or set `environments` in the migcheck config file";
    dirMissing = (dir, tree) => `--dir ${dir}: no such directory in ${tree}; nothing would be checked (the path is relative to where migcheck runs)`;
    dirIsFile = (dir, tree) => `--dir ${dir}: is a file in ${tree}, not a directory of revision files`;
    dirInSubmodule = (dir, submodule) => `--dir ${dir}: lies inside the submodule ${submodule}, a separate repository whose files this repository's trees do not hold; run migcheck inside ${submodule} instead`;
    alembicConfigUnreadable = (file, detail) => `${file}: cannot be read (${detail})`;
    interpolationMissing = (file, option, name) => `${file}: ${option} refers to %(${name})s, which is not set`;
    interpolationSyntax = (file, option, value) => `${file}: ${option} has a bad '%' in ${JSON.stringify(value)} (write %% for a literal %)`;
    locationOutsideRepository = (file, location) => `${file}: ${location} is outside the repository; its migrations are not checked`;
    packageLocationNotFound = (file, location) => `${file}: script_location ${location} names a package that is not a folder in this repository; its migrations are not checked`;
    scriptLocationMissing = (file, section) => `${file}: [${section}] has no script_location, and its folder has no env.py; skipped`;
    badPathSeparator = (file, value) => `${file}: path_separator ${JSON.stringify(value)} is not one of space, newline, os, ':' or ';'`;
    symlinkEscapes = (path) => `${path} is a symlink that leads outside the repository; not read`;
    symlinkNotFollowed = (path, target) => `${path} is a symlink to ${target}, which is not a migration file of this tree; not read`;
    SYMLINK_FIX = "replace the symlink with the migration file itself, or point it at a migration file inside the repository";
    blobMissing = (path, oid) => `${path}: git has no object ${oid} (run \`git fetch\` or \`git fsck\`)`;
    configInvalid = (source, key, problem) => `config: ${key} in ${source} ${problem}`;
    CONFIG_KEYS_HINT = 'Known keys: target, environments, severity, ignore, allowedHeads, fetchTarget, versionTable, versionTableSchema (see the README, "Configuration", and docs/db.md).';
    configUnreadable = (source, detail) => `config: cannot read ${source}: ${detail}`;
    configMissing = (path) => `config: ${path} does not exist`;
    CONFIG_MISSING_HINT = 'Pass an existing file to --config, or leave it out to use .migcheckrc.json, package.json "migcheck" or pyproject.toml [tool.migcheck].';
    COUNT_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    countOf = (n, noun) => `${COUNT_WORDS[n] ?? String(n)} ${noun}${n === 1 ? "" : "s"}`;
    idList = (list2) => list2.length === 0 ? "<base>" : list2.join(", ");
    downRevisionLiteral = (list2) => list2.length === 0 ? "None" : list2.length === 1 ? `'${list2[0]}'` : `(${list2.map((r) => `'${r}'`).join(", ")})`;
    multipleHeads = (heads) => `the migrations have ${countOf(heads.length, "head")}: ${idList(heads)} (\`alembic upgrade head\` fails on this tree)`;
    MULTIPLE_HEADS_FIX = "join them with `migcheck merge`, or set the down_revision of the newer one to the other head";
    editedPublished = (rev, target, edits) => `${rev} is already on ${target}, but this change alters its ${edits.map((e) => `${e.field} from ${e.from} to ${e.to}`).join(" and ")}`;
    editedPublishedFix = (file, edits) => `restore ${edits.map((e) => `${e.field} = ${e.from}`).join(" and ")} in ${file}; put new work in a new migration on top instead`;
    ids = (list2) => list2.length === 0 ? "<base>" : list2.join(", ");
    planDeleteStep = (rev, file, targetRef, mergedBy) => `Delete ${rev} (${file}): its parents are already merged on ${targetRef} by ${mergedBy}`;
    planRepointStep = (rev, file, from, to) => `Rewrite down_revision of ${rev} (${file}): ${ids(from)} → ${ids(to)}`;
    planGitStep = (command, targetRef, missing) => `Run \`${command}\` first: this branch lacks ${missing.length} migration${missing.length === 1 ? "" : "s"} of ${targetRef} (${missing.join(", ")}); migcheck does not run git for you`;
    appliedDelete = (rev, file, targetRef, mergedBy) => `Deleted ${rev} (${file}): its parents are already merged on ${targetRef} by ${mergedBy}`;
    appliedRepoint = (rev, file, from, to) => `Rewrote down_revision of ${rev} (${file}): ${ids(from)} → ${ids(to)}`;
    appliedGitStillToDo = (command) => `Still to do: run \`${command}\` (migcheck never runs git for you)`;
    APPLIED_NOT_STAGED = "Nothing was staged or committed: review with `git diff`, then commit.";
    PLAN_APPLY_HINT = "Run `migcheck rebase-plan --apply` to make these edits (it never stages or commits).";
    planNothingToDo = (dir, targetRef, onto) => `${dir}: nothing to do; this branch's migrations already build on ${targetRef}'s head ${ids(onto)}`;
    planHeader = (dir, targetRef, onto) => `${dir}: put this branch's migrations on top of ${targetRef}'s head ${ids(onto)}`;
    appliedHeader = (dir, targetRef, onto) => `${dir}: this branch's migrations now build on ${targetRef}'s head ${ids(onto)}`;
    planResultHeads = (heads) => `Result: ${heads.length === 1 ? "single head" : `${heads.length} heads`} ${ids(heads)}`;
    planTargetHasHeads = (dir, targetRef, heads) => `${dir}: the target ${targetRef} itself has ${heads.length} heads (${heads.join(", ")}); merge them on ${targetRef} first (\`git switch ${targetRef} && migcheck merge\`), then run migcheck rebase-plan again`;
    environmentHeading = (dir, config) => `${dir}${config ? ` (${config})` : ""}`;
    unknownRev = (rev) => `'${rev}' does not name a commit`;
    UNKNOWN_REV_HINT = "name a commit, branch or tag that exists here (run `git fetch` first if it lives on a remote)";
    stagedAndRev = () => "--staged and --rev name different trees: give one of them";
    internalFailure = (detail) => `migcheck: internal error: ${detail} (run again with --debug for detail, and please report it)`;
    compatLabelAsParent = (rev, label, resolved) => `${rev} has down_revision '${label}', a branch label (of ${resolved}): migcheck follows it, but Alembic fails to load this tree on every version (KeyError: '${label}')`;
    compatLabelAsParentFix = (label, resolved) => `write the revision id instead of the label: replace '${label}' with '${resolved}' in down_revision (branch labels belong in depends_on or in commands such as \`alembic upgrade ${label}@head\`)`;
    planAmbiguousHead = (dir, targetRef, heads, revisions) => `${dir}: ${targetRef} has ${heads.length} heads (${heads.join(", ")}), each a branch of its own, and nothing tells which one ${revisions.join(", ")} ${revisions.length === 1 ? "belongs" : "belong"} on; set down_revision by hand to the head it should follow, then run migcheck rebase-plan again`;
    planCannotFix = (dir, targetRef) => `${dir}: rebase-plan cannot put this branch on ${targetRef}: it only moves this branch's own migrations, and check would still report the following, which needs the fix shown:`;
    READER_NUL_BYTE = "source code cannot contain null bytes";
    READER_SYNTAX_FIX = "fix the Python syntax at this line (Alembic imports the file, and fails on it on every version)";
    READER_DOT_PY_NAME = "a file named exactly '.py' makes Alembic crash on every version (it cannot make a module of a name without a stem)";
    readerDotPyNameFix = (revision) => `rename the file, e.g. to ${revision ?? "<revision>"}_<slug>.py`;
    COMPAT_EMPTY_DOWN_REVISION = "down_revision = '' is a base on Alembic 1.12 and older, but Alembic 1.13 and newer fail to load this tree (KeyError: '')";
    COMPAT_EMPTY_DOWN_REVISION_FIX = "write down_revision = None";
    compatColonInRevision = (revision) => `revision '${revision}' contains ':', which Alembic 1.17.2 and newer refuse ("Character(s) ':' not allowed in revision identifier"); older versions load it`;
    COMPAT_COLON_IN_REVISION_FIX = "give the revision an id without ':' (and update the down_revision of its children), before the team upgrades Alembic";
    compatSymlinkName = (path, target, kind) => kind === "link-only" ? `${path} is a symlink to a file named ${target}: Alembic 1.8.1 loads it by the link's name, but 1.10 and newer match the target's name and skip it; migcheck follows 1.10+ and does not read it` : `${path} is a symlink to a file named ${target}: Alembic 1.10 and newer load it by the target's name, but 1.8.1 matches the link's name and skips it; migcheck follows 1.10+`;
    COMPAT_SYMLINK_NAME_FIX = "give the link and the file it points to the same revision file name (ending in .py), or replace the link with the file";
    dbSummary = (ok, errors) => ok ? "migcheck: the database is on every head" : `migcheck: ${errors} error${errors === 1 ? "" : "s"} — the database is not on every head`;
    dbLabels = { database: "database", recorded: "recorded", heads: "heads", none: "(none)", noTable: "(no version table)" };
    dbPendingHeading = (head, count2) => `pending for ${head} (${count2} revision${count2 === 1 ? "" : "s"}, in upgrade order):`;
    DB_EVIDENCE_TEXT = {
      "applied-outside": "applied outside Alembic: every object is there",
      partial: "partly there",
      absent: "not applied",
      unknown: "cannot tell",
      "data-differs": "objects there, data differs"
    };
    dbEmptyRevision = () => "changes nothing (a merge or an empty upgrade)";
    dbObjectText = (o) => {
      const what = o.kind === "foreign-key" ? "foreign key" : o.kind === "primary-key" ? "primary key" : o.kind === "unique" ? "unique constraint" : o.kind === "check" ? "check constraint" : o.kind;
      const cols = o.columns && o.columns.length > 0 ? ` (${o.columns.join(", ")})` : "";
      const subject = o.kind === "rows" ? `rows in ${o.table}` : o.kind === "table" || o.kind === "column" ? `${what} ${o.name}` : o.name !== null ? `${what} ${o.name} on ${o.table}` : `unnamed ${what}${cols} on ${o.table}`;
      return `${subject}${o.expected === "absent" ? " (dropped)" : ""}`;
    };
    dbObjectNote = (note2) => {
      const q = (v) => v === null ? "NULL" : typeof v === "string" ? `'${v}'` : String(v);
      switch (note2.code) {
        case "missing-columns":
          return `without column${note2.columns.length === 1 ? "" : "s"} ${note2.columns.join(", ")}`;
        case "type-differs":
          return `type is ${note2.found}, the migration makes it ${note2.expected}`;
        case "nullable-differs":
          return note2.nullable ? "accepts NULL, the migration makes it NOT NULL" : "is NOT NULL, the migration lets it accept NULL";
        case "columns-differ":
          return `on columns ${note2.found.map((c) => c ?? "(expression)").join(", ")}`;
        case "not-unique":
          return "exists but is not unique";
        case "superseded":
          return `${note2.by} changes it again later, so its state here proves nothing`;
        case "unnamed-check":
          return "an unnamed check constraint cannot be found by name or columns";
        case "no-names":
          return "SQLite keeps no constraint names: matched by columns";
        case "schema-not-read":
          return `schema ${note2.schema} was not read`;
        case "unchecked":
          return note2.what.length > 0 ? `not compared: ${note2.what.join(", ")}` : "not compared";
        case "no-table":
          return `table ${note2.table} does not exist`;
        case "rows": {
          const differing = note2.differing;
          const parts = [`${note2.exact} of ${note2.expected} rows as inserted`];
          if (differing.length > 0) {
            const cols = /* @__PURE__ */ new Map();
            for (const d of differing) for (const c of d.columns) if (!cols.has(c.column)) cols.set(c.column, `${c.column} ${q(c.found)} where the migration inserts ${q(c.expected)}`);
            parts.push(`${differing.length} with other values (${[...cols.values()].join("; ")})`);
          }
          if (note2.missing > 0) parts.push(`${note2.missing} missing`);
          if (note2.truncatedAt !== void 0) parts.push(`only the first ${note2.truncatedAt} rows of the table were read`);
          if (note2.unknownColumns.length > 0) parts.push(`not compared: ${note2.unknownColumns.join(", ")}`);
          return parts.join(", ");
        }
        default:
          return note2.code;
      }
    };
    DB_UNKNOWN_REASON = {
      execute: "runs SQL that migcheck does not interpret",
      loop: "runs inside a loop",
      conditional: "runs only under a condition",
      try: "runs inside try/except",
      block: "runs inside a with block migcheck does not follow",
      call: "calls code migcheck does not follow",
      operation: "is an operation migcheck does not read",
      argument: "has arguments that are not literals",
      "no-upgrade": "the file defines no upgrade() function",
      unreadable: "cannot be read"
    };
    dbUnknownStep = (line, reason, text) => `line ${line}: ${text} — ${DB_UNKNOWN_REASON[reason] ?? reason}`;
    dbPlanHeading = (cwd) => `The commands that make the record true (printed, never run${cwd ? `; run them in ${cwd}/` : ""}):`;
    dbPlanNothing = () => "Nothing to stamp: the version table already tells the truth.";
    dbPlanStampWhy = (revisions, covers, beside) => `records ${revisions.join(", ")}${beside.length > 0 ? ` beside ${beside.join(", ")}` : ""}: the objects of ${covers === 1 ? "its pending revision are" : `the ${covers} pending revisions it covers are`} all present (stamp runs no migration)`;
    dbPlanPurgeWhy = (revisions) => `empties the version table and records ${revisions.join(", ")}: the rows below them are implied by them, and Alembic refuses a table that holds both`;
    dbPlanMergeCommand = () => 'migcheck merge -m "merge heads"';
    dbPlanMergeWhy = (heads) => `writes the merge migration of ${heads.join(", ")} (what \`alembic merge heads\` writes); commit it`;
    dbPlanUpgradeWhy = (applies, merge, afterBlockers) => {
      const missing = applies.length > 0 ? `what is really missing (${applies.length} revision${applies.length === 1 ? "" : "s"}: ${applies.slice(0, 6).join(", ")}${applies.length > 6 ? ", …" : ""})` : "";
      const what = [missing, merge ? "the merge migration" : ""].filter(Boolean).join(" and ");
      return `${afterBlockers ? "once the revisions below are settled, " : ""}applies ${what}${merge ? "; the version table then holds the one head" : ""}`;
    };
    dbPlanBlockersHeading = () => "Not stamped (no command settles these; decide by hand):";
    dbPlanUnknownRows = (revisions) => `the database records ${revisions.join(", ")}, which this tree does not have: read it against the branch that has ${revisions.length === 1 ? "it" : "them"} (--rev), and stamp nothing until the trees agree`;
    dbPlanPartial = (revision, missing) => `${revision} is partly there; missing: ${missing.join("; ")} — create the missing objects by hand and stamp it, or remove the present ones and let upgrade run it`;
    dbPlanUnknown = (revision) => `${revision} cannot be judged from its text; check by hand what it does, then stamp it or let upgrade run it:`;
    dbPlanPresentAfterMissing = (revision, after) => `${revision}'s objects are present, but it comes after ${after.join(", ")}, which is not: upgrade would run it again over objects that exist`;
    dbPlanDataHeading = () => "Data that differs (no schema change; fix it by hand if the application relies on it):";
    dbPlanData = (revision, table2, line, count2, detail) => `${revision} (line ${line}) inserts into ${table2}: ${count2} row${count2 === 1 ? "" : "s"} hold other values — ${detail}`;
    dbPlanStatusHint = () => "run `migcheck db stamp-plan` for the commands that make the record true";
    EXPLAIN_MERGE_MESSAGE = "merge heads";
    explainMergeCommand = (message, revision, dir) => `migcheck merge -m "${message}" --rev-id ${revision}${dir === void 0 ? "" : ` --dir ${dir}`}`;
    explainAlembicMerge = (args, message, revision, heads) => ["alembic", ...args, "merge", "-m", `"${message}"`, "--rev-id", revision, ...heads].join(" ");
    explainNothing = (tree) => `Nothing to explain: every environment of ${tree} has a single head.`;
    explainTreeName = (kind, ref, target) => kind === "worktree" ? "the working tree" : kind === "merged" ? `\`${ref}\` merged into \`${target}\`` : `\`${ref}\``;
    explainTitle = (dir, tree) => `# Migration heads of \`${dir}\` on ${tree}`;
    explainSummary = (tree, heads) => `${tree} has ${heads.length} heads: ${heads.map((h) => `\`${h}\``).join(" and ")}. \`alembic upgrade head\` refuses to run on it ("Multiple head revisions are present"), and every migration written next has to pick one of them.`;
    EXPLAIN_HEADS = "## Heads";
    EXPLAIN_DIVERGENCE = "## Divergence point";
    EXPLAIN_GRAPH = "## Graph";
    EXPLAIN_HISTORY = "## How it happened";
    EXPLAIN_FIX = "## The fix";
    EXPLAIN_DATABASE = "## The database";
    EXPLAIN_HEAD_COLUMNS = ["head", "file", "Create Date", "added by commit", "commit date"];
    EXPLAIN_CHAIN_COLUMNS = ["#", "revision", "message", "Create Date", "added by commit"];
    EXPLAIN_NONE = "—";
    explainCommitCell = (id, subject) => `\`${id.slice(0, 10)}\` ${subject}`;
    EXPLAIN_NOT_COMMITTED = "not committed";
    explainDivergence = (revision, message, createDate, count2) => `\`${revision}\`${message ? ` (${message}${createDate ? `, Create Date ${createDate}` : ""})` : ""} is the last revision every head builds on; after it the revisions split into ${count2} chains.`;
    EXPLAIN_NO_DIVERGENCE = "The heads share no revision: each chain starts at its own base.";
    explainChainHeading = (n, count2, head) => `### Chain ${n}: ${count2} revision${count2 === 1 ? "" : "s"} up to \`${head}\``;
    explainOlderParent = (revision, file, parents, commit, date, line, heads, held2) => `\`${revision}\` (\`${file}\`) was written on ${parents.map((p) => `\`${p}\``).join(", ")}${commit ? ` in commit \`${commit}\`${date ? ` (${date})` : ""}` : ""}, when \`${line}\` already held ${heads.map((h) => `\`${h}\``).join(", ")} on top of it${held2 ? ` (as of commit \`${held2}\`)` : ""}: its down_revision names an older parent, so it started a second line of revisions instead of continuing the head.`;
    explainParallel = (line) => `No revision was written on a parent that \`${line}\` had already built on: the chains grew side by side on separate branches, each on what its author could see.`;
    explainSecondHead = (line, commit, subject, date, merge, heads) => `The second head appeared on \`${line}\` with commit \`${commit}\` "${subject}" (${date}), after which it had ${heads.map((h) => `\`${h}\``).join(" and ")}. ${merge ? "It is a merge commit: git joined the two lines of history, but no merge migration joined the two chains of revisions." : "It is not a merge commit: it added revisions beside a head instead of on it."}`;
    explainUncommitted = (line) => line === null ? "No git history was read for this tree." : `No commit of \`${line}\` brought the second head: it exists only in the tree explained (not committed yet, or on another branch).`;
    explainMergedSecondHead = (branch, target) => `\`${target}\` has a single head, and so has \`${branch}\`: the second head appears when \`${branch}\` is merged into \`${target}\`. Merged as it is, \`alembic upgrade head\` fails on the result.`;
    explainRebaseBranch = (branch, target) => `No merge migration is needed: \`${target}\` is sound. Move \`${branch}\`'s migrations onto \`${target}\`'s head before it lands — on \`${branch}\`, \`git rebase ${target}\` then \`migcheck rebase-plan --apply\`; the plan:`;
    EXPLAIN_PHASE1 = "### Phase 1: join the heads where they are";
    explainPhase1 = (target, revision) => `On \`${target}\`, write one merge migration over the heads and commit it; \`${target}\` then has the single head \`${revision}\`:`;
    explainPhase1Alembic = (cwd) => `or, with Alembic${cwd ? ` (in \`${cwd}/\`)` : ""}:`;
    EXPLAIN_PHASE1_EMPTY = "The merge does nothing itself (upgrade() and downgrade() pass); a database on both heads records it with `alembic upgrade head`.";
    EXPLAIN_PHASE2 = "### Phase 2: move the branches onto the merge";
    EXPLAIN_NO_BRANCHES = "No other branch carries migrations that the merge moves.";
    explainPhase2 = (target) => `After phase 1, rebase each branch below on \`${target}\` (\`git rebase ${target}\`) and run \`migcheck rebase-plan --apply\` there; the plan each will get:`;
    explainBranchHeading = (branch, commit) => `#### \`${branch}\` (\`${commit.slice(0, 10)}\`)`;
    explainBranchMerge = (revisions, target) => `carries its own merge of the same heads: ${revisions.map((r) => `\`${r}\``).join(", ")}. Once \`${target}\` has the merge, it is redundant: delete it and re-point what was written on it.`;
    explainBranchOldHead = (revisions) => `has migrations written on a head (or older) that the merge leaves behind: ${revisions.map((r) => `\`${r}\``).join(", ")}; they move onto the merge.`;
    explainDatabase = (url) => `What \`${url}\` records, against this graph (read-only):`;
  }
});

// src/git/git-process.cts
function gitEnvironment(env) {
  let copy = environments.get(env);
  if (!copy) environments.set(env, copy = { ...env, LC_ALL: "C", LANGUAGE: "C" });
  return copy;
}
function spawnGit(context, args) {
  return processes().spawn("git", [...GIT_GLOBAL_ARGS, ...args], {
    cwd: context.cwd,
    env: gitEnvironment(context.env),
    stdio: ["pipe", "pipe", "pipe"],
    windowsHide: true
  });
}
function runGitSync(context, args) {
  const result = processes().spawnSync("git", [...GIT_GLOBAL_ARGS, ...args], {
    cwd: context.cwd,
    env: gitEnvironment(context.env),
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    maxBuffer: 1 << 30,
    windowsHide: true
  });
  return result.error || result.status !== 0 ? void 0 : result.stdout;
}
function startedCommand(started, context, args) {
  return started?.find((one) => one.cwd === context.cwd && one.args.length === args.length && one.args.every((arg, i) => arg === args[i]));
}
async function startedOutput(started, context, args) {
  return startedCommand(started, context, args)?.output;
}
var childProcess, processes, GIT_GLOBAL_ARGS, environments;
var init_git_process = __esm({
  "src/git/git-process.cts"() {
    "use strict";
    processes = () => childProcess ??= require("node:child_process");
    GIT_GLOBAL_ARGS = ["--no-optional-locks"];
    environments = /* @__PURE__ */ new WeakMap();
  }
});

// src/git/staged-paths.cts
function stagedPathsArgs() {
  return ["diff", "--cached", "--raw", "-z", "--no-abbrev", "--no-renames", "--no-ext-diff"];
}
function parseStagedChanges(stdout) {
  const items = stdout.split("\0");
  const changes = [];
  for (let i = 0; i + 1 < items.length; i += 2) {
    const [, mode = "", , oid = "", status = ""] = items[i].slice(1).split(" ");
    changes.push({ status: status.slice(0, 1), mode, oid, path: items[i + 1] });
  }
  return changes;
}
function stagedChanges(context) {
  const stdout = runGitSync(context, stagedPathsArgs());
  return stdout === void 0 ? void 0 : parseStagedChanges(stdout);
}
var init_staged_paths = __esm({
  "src/git/staged-paths.cts"() {
    "use strict";
    init_git_process();
  }
});

// src/git/argv.ts
function validateRef(ref, what = "ref") {
  if (ref === "" || ref.startsWith("-") || /[\u0000-\u001f\u007f]/.test(ref)) {
    throw new MigcheckError(badRef(what, ref), { hint: BAD_REF_HINT });
  }
  return ref;
}
function repositoryInfoArgs(withToplevel = true) {
  return [
    "rev-parse",
    "--path-format=absolute",
    ...withToplevel ? ["--show-toplevel"] : [],
    "--absolute-git-dir",
    "--git-common-dir",
    "--is-shallow-repository",
    "--is-bare-repository",
    "--revs-only",
    "HEAD",
    "--symbolic-full-name",
    "HEAD"
  ];
}
function symbolicHeadArgs() {
  return ["symbolic-ref", "-q", "HEAD"];
}
function lsTreeArgs(rev, paths) {
  return ["ls-tree", "-r", "-z", "--full-tree", "--end-of-options", validateRef(rev, "revision"), ...paths ? ["--", ...paths] : []];
}
function lsFilesArgs(paths) {
  return ["ls-files", "-s", "-z", "--", ...(paths ?? []).map((p) => `:(literal)${p}`)];
}
function lsFilesConfigArgs() {
  return ["ls-files", "-s", "-z", "--", ...CONFIG_PATHSPECS];
}
function resolveCommitArgs(ref) {
  return ["rev-parse", "--verify", "-q", "--end-of-options", `${validateRef(ref)}^{commit}`];
}
function mergeBaseArgs(a, b, ...more) {
  return ["merge-base", "--end-of-options", ...[a, b, ...more].map((rev) => validateRef(rev, "revision"))];
}
function forEachRefArgs(refs) {
  return ["for-each-ref", `--format=${FOR_EACH_REF_FORMAT}`, "--", ...refs];
}
function catFileBatchArgs() {
  return ["cat-file", "--batch"];
}
function catFileBatchCommandArgs() {
  return ["cat-file", "--batch-command"];
}
var CONFIG_PATHSPECS, FOR_EACH_REF_FORMAT;
var init_argv = __esm({
  "src/git/argv.ts"() {
    "use strict";
    init_errors();
    init_messages();
    init_staged_paths();
    CONFIG_PATHSPECS = ["*.ini", "pyproject.toml", "*/pyproject.toml", "env.py", "*/env.py"];
    FOR_EACH_REF_FORMAT = "%(refname)%00%(objectname)%00%(symref)%00%(*objectname)";
  }
});

// src/git/parse-z.ts
function splitNul(stdout) {
  const items = stdout.split("\0");
  if (items[items.length - 1] === "") items.pop();
  return items;
}
function parseLsTree(stdout) {
  const entries = [];
  for (const record of splitNul(stdout)) {
    const tab = record.indexOf("	");
    const [mode, type, oid] = record.slice(0, tab).split(" ");
    if (tab < 0 || !mode || !oid) throw new Error(`unexpected ls-tree output: ${JSON.stringify(record)}`);
    if (type === "blob") entries.push({ path: record.slice(tab + 1), oid, mode: sharedMode(mode) });
  }
  return entries;
}
function parseLsFiles(stdout) {
  const records = [];
  for (const record of splitNul(stdout)) {
    const tab = record.indexOf("	");
    const [mode, oid, stage] = record.slice(0, tab).split(" ");
    if (tab < 0 || !mode || !oid || stage === void 0) throw new Error(`unexpected ls-files output: ${JSON.stringify(record)}`);
    if (mode !== "160000") records.push({ path: record.slice(tab + 1), oid, mode: sharedMode(mode), stage: Number(stage) });
  }
  return records;
}
function resolveIndexStages(records) {
  const chosen = /* @__PURE__ */ new Map();
  const unmerged = /* @__PURE__ */ new Set();
  for (const record of records) {
    if (record.stage !== 0) unmerged.add(record.path);
    if (record.stage === 0 || record.stage === 2) chosen.set(record.path, record);
  }
  const entries = [...chosen.values()].map(({ path, oid, mode }) => ({ path, oid, mode }));
  return { entries, unmerged: [...unmerged].sort() };
}
function parseRepositoryInfo(stdout, withToplevel) {
  const lines = stdout.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const offset = withToplevel ? 1 : 0;
  const [gitDir, commonDir, shallow, bare, head, symbolicHead] = lines.slice(offset);
  if (!gitDir || !commonDir || shallow === void 0 || bare === void 0) {
    throw new Error(`unexpected rev-parse output: ${JSON.stringify(stdout)}`);
  }
  return {
    root: withToplevel ? lines[0] : void 0,
    gitDir,
    commonDir,
    isShallow: shallow === "true",
    isBare: bare === "true",
    head: head || void 0,
    symbolicHead: symbolicHead || void 0
  };
}
function parseForEachRef(stdout) {
  return stdout.split("\n").filter((line) => line !== "").map((line) => {
    const [name = "", objectname = "", symref = "", peeled = ""] = line.split("\0");
    return { name, commit: peeled || objectname, symref: symref || void 0 };
  });
}
function shortRefName(ref) {
  for (const prefix of ["refs/heads/", "refs/remotes/", "refs/tags/"]) {
    if (ref.startsWith(prefix)) return ref.slice(prefix.length);
  }
  return ref;
}
var MODES, sharedMode;
var init_parse_z = __esm({
  "src/git/parse-z.ts"() {
    "use strict";
    MODES = new Map(["100644", "100755", "120000", "160000", "040000"].map((mode) => [mode, mode]));
    sharedMode = (mode) => MODES.get(mode) ?? mode;
  }
});

// src/git/run-git.ts
function spawnFailure(error, cwd) {
  const code = error?.code;
  if (code === "ENOENT" && cwd !== void 0 && !(0, import_node_fs.existsSync)(cwd)) return new MigcheckError(directoryNotFound(cwd), { cause: error });
  if (code === "ENOENT") return new MigcheckError(GIT_NOT_FOUND, { hint: GIT_NOT_FOUND_HINT, cause: error });
  return new MigcheckError(gitFailed(["(start)"], String(error?.message ?? error)), { cause: error });
}
function runGit(context, args, options = {}) {
  return new Promise((resolve5, reject) => {
    let child;
    try {
      child = spawnGit(context, args);
    } catch (error) {
      reject(spawnFailure(error, context.cwd));
      return;
    }
    const out = new TextDecoder();
    let stdout = "";
    const err = [];
    child.stdout.on("data", (chunk) => {
      stdout += out.decode(chunk, { stream: true });
    });
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.stdin.on("error", () => void 0);
    child.on("error", (error) => reject(spawnFailure(error, context.cwd)));
    child.on("close", (code, signal) => {
      const result = {
        stdout: stdout + out.decode(),
        stderr: Buffer.concat(err).toString("utf8"),
        code: code ?? (signal ? 128 : 1)
      };
      if (result.code === 0 || options.allowExit?.includes(result.code)) resolve5(result);
      else reject(new GitError(args, result.code, result.stderr));
    });
    child.stdin.end(options.input ?? "");
  });
}
var import_node_fs, GitError;
var init_run_git = __esm({
  "src/git/run-git.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    init_errors();
    init_messages();
    init_git_process();
    init_git_process();
    GitError = class extends MigcheckError {
      args;
      code;
      stderr;
      constructor(args, code, stderr) {
        super(gitFailed(args, stderr));
        this.name = "GitError";
        this.args = args;
        this.code = code;
        this.stderr = stderr;
      }
    };
  }
});

// src/git/list-tree.ts
async function listTree(repo, rev, paths) {
  if (paths && paths.length === 0) return [];
  const { stdout } = await runGit(repo, lsTreeArgs(rev, paths));
  return parseLsTree(stdout);
}
var init_list_tree = __esm({
  "src/git/list-tree.ts"() {
    "use strict";
    init_argv();
    init_parse_z();
    init_run_git();
  }
});

// src/git/read-index.cts
function fileIdentity(stats) {
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.ctimeNs}:${stats.mtimeNs}`;
}
function identityBytes(identity) {
  return Number(identity.split(":")[2]);
}
function isDiscoveryPath(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return name.endsWith(".ini") || name === "pyproject.toml" || name === "env.py";
}
function varint(bytes, at) {
  let c = bytes[at++];
  let value = c & 127;
  while (c & 128) {
    c = bytes[at++];
    value = (value + 1) * 128 + (c & 127);
  }
  return [value, at];
}
function parse(w, hashBytes, identity, choice) {
  const head = w.at(0, 12);
  if (head < 0 || w.size < 12 + hashBytes || w.buf.toString("latin1", head, head + 4) !== "DIRC") return void 0;
  const version = w.buf.readUInt32BE(head + 4);
  const count2 = w.buf.readUInt32BE(head + 8);
  if (version < 2 || version > 4) return void 0;
  const configs = [];
  const links = [];
  const end = w.size - hashBytes;
  let at = 12;
  let name = Buffer.allocUnsafe(4096);
  let nameLength = 0;
  let hidesWorktree = false;
  const folderEntries = choice ? /* @__PURE__ */ new Map() : void 0;
  const belowPrefixes = (choice?.below ?? []).map((folder) => `${folder}/`);
  let untreeable = false;
  let lastFolder;
  let lastList;
  let lastChosen = false;
  const flagsAt = 40 + hashBytes;
  const most = flagsAt + 4 + 8192;
  for (let i = 0; i < count2; i++) {
    const o = w.at(at, Math.min(most, end - at));
    if (o < 0 || at + flagsAt + 2 > end) return void 0;
    const bytes = w.buf;
    const flags = bytes[o + flagsAt] << 8 | bytes[o + flagsAt + 1];
    const extended = (flags & 16384) !== 0;
    if (extended && version < 3) return void 0;
    if ((flags & 32768) !== 0 || extended && (bytes[o + flagsAt + 2] & 64) !== 0) hidesWorktree = true;
    const nameStart = o + flagsAt + 2 + (extended ? 2 : 0);
    const limit = o + Math.min(most, end - at);
    let source;
    let from;
    let to;
    let next;
    if (version === 4) {
      const [strip, after] = varint(bytes, nameStart);
      const nul = bytes.indexOf(0, after);
      if (nul < 0 || nul >= limit || strip > nameLength) return void 0;
      const keep = nameLength - strip;
      if (keep + (nul - after) > name.length) {
        const larger = Buffer.allocUnsafe(2 * (keep + (nul - after)));
        name.copy(larger, 0, 0, keep);
        name = larger;
      }
      bytes.copy(name, keep, after, nul);
      nameLength = keep + (nul - after);
      source = name;
      from = 0;
      to = nameLength;
      next = nul + 1 - o;
    } else {
      const length = flags & 4095;
      const nul = length < 4095 ? nameStart + length : bytes.indexOf(0, nameStart + 4095);
      if (nul < 0 || nul >= limit) return void 0;
      source = bytes;
      from = nameStart;
      to = nul;
      next = nul - o + 8 & ~7;
    }
    const type = bytes[o + 26] & 240;
    if (type === 64) return void 0;
    if (folderEntries) {
      let slash = to - 1;
      while (slash >= from && source[slash] !== 47) slash--;
      const folderLength = slash < from ? 0 : slash - from;
      if (!lastFolder || folderLength !== lastFolder.length || source.compare(lastFolder, 0, folderLength, from, from + folderLength) !== 0) {
        const folder = source.toString("utf8", from, from + folderLength);
        lastFolder = Buffer.from(source.subarray(from, from + folderLength));
        lastChosen = belowPrefixes.some((prefix) => folder === prefix.slice(0, -1) || folder.startsWith(prefix));
        lastList = void 0;
        if (lastChosen) {
          lastList = folderEntries.get(folder);
          if (!lastList) folderEntries.set(folder, lastList = []);
        }
      }
      if (lastChosen) {
        if ((flags >> 12 & 3) !== 0 || extended && (bytes[o + flagsAt + 2] & 32) !== 0) untreeable = true;
        lastList.push({ name: Buffer.from(source.subarray(folderLength === 0 ? from : slash + 1, to)), mode: bytes.readUInt32BE(o + 24), oid: Buffer.from(bytes.subarray(o + 40, o + 40 + hashBytes)) });
      }
    }
    const isLink = type === 160 || type === 224;
    const last = source[to - 1];
    if (isLink || last === 105 && endsWith(source, from, to, INI) || last === 108 && endsWith(source, from, to, PYPROJECT) || last === 121 && source[to - 4] === 118 && endsWith(source, from, to, ENV_PY)) {
      const path = source.toString("utf8", from, to);
      if (isLink || isDiscoveryPath(path)) {
        const mode = bytes.readUInt32BE(o + 24);
        const fact = { path, mode: mode.toString(8).padStart(6, "0"), oid: bytes.toString("hex", o + 40, o + 40 + hashBytes), stage: flags >> 12 & 3 };
        (isLink ? links : configs).push(fact);
      }
    }
    at += next;
  }
  const trees = /* @__PURE__ */ new Map();
  while (at < end) {
    const o = w.at(at, 8);
    if (o < 0 || at + 8 > end) return void 0;
    const signature = w.buf.toString("latin1", o, o + 4);
    const size = w.buf.readUInt32BE(o + 4);
    const body = at + 8;
    if (body + size > end) return void 0;
    if (signature[0] >= "a" && signature[0] <= "z") return void 0;
    if (signature === "TREE") {
      const inWindow = w.at(body, size);
      const part = inWindow >= 0 ? w.buf.subarray(inWindow, inWindow + size) : w.copy(body, size);
      if (!part || !readCacheTree(part, hashBytes, trees)) return void 0;
    }
    at = body + size;
  }
  if (at !== end) return void 0;
  return { configs, links, trees, identity, hidesWorktree, ...folderEntries ? { folderEntries, untreeable } : {} };
}
function endsWith(source, from, to, suffix) {
  if (to - from < suffix.length) return false;
  for (let k = 1; k <= suffix.length; k++) if (source[to - k] !== suffix[suffix.length - k]) return false;
  return true;
}
function readCacheTree(body, hashBytes, trees) {
  const stack = [];
  let roots = 0;
  let at = 0;
  while (at < body.length) {
    const nul = body.indexOf(0, at);
    const newline = body.indexOf(10, nul + 1);
    if (nul < 0 || newline < 0) return false;
    const component = body.toString("utf8", at, nul);
    const [entries, subtrees] = body.toString("latin1", nul + 1, newline).split(" ").map(Number);
    if (!Number.isSafeInteger(entries) || !Number.isSafeInteger(subtrees) || subtrees < 0) return false;
    at = newline + 1;
    while (stack.length > 0 && stack[stack.length - 1].left === 0) stack.pop();
    const parent = stack[stack.length - 1];
    if (!parent && ++roots > 1) return false;
    if (parent) parent.left -= 1;
    const path = parent ? parent.path === "" ? component : `${parent.path}/${component}` : "";
    if (entries >= 0) {
      if (at + hashBytes > body.length) return false;
      trees.set(path, body.toString("hex", at, at + hashBytes));
      at += hashBytes;
    }
    stack.push({ path, left: subtrees });
  }
  return true;
}
function readIndexTail(file, identity) {
  return readOpenIndex(file, identity, (fd, size, own) => {
    for (const length of [64 * 1024, 1024 * 1024]) {
      const from = Math.max(12, size - length);
      const tail = Buffer.allocUnsafe(size - from);
      let read = 0;
      while (read < tail.length) {
        const n = (0, import_node_fs4.readSync)(fd, tail, read, tail.length - read, from + read);
        if (n === 0) return void 0;
        read += n;
      }
      for (const hashBytes of [20, 32]) {
        const trees = cacheTreeInTail(tail, tail.length - hashBytes, hashBytes);
        if (trees) {
          const checksum = tail.toString("hex", tail.length - hashBytes);
          return { trees, identity: own, .../[^0]/.test(checksum) ? { checksum } : {} };
        }
      }
      if (from === 12) break;
    }
    return void 0;
  });
}
function readOpenIndex(file, identity, read) {
  let fd;
  try {
    fd = (0, import_node_fs4.openSync)(file, "r");
    const stats = (0, import_node_fs4.fstatSync)(fd, { bigint: true });
    const own = fileIdentity(stats);
    if (identity !== void 0 && identity !== own) return void 0;
    return read(fd, Number(stats.size), own);
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) (0, import_node_fs4.closeSync)(fd);
  }
}
function chainEnds(tail, at, end) {
  while (at < end) {
    if (at + 8 > end || !/^[A-Z]{4}$/.test(tail.toString("latin1", at, at + 4))) return false;
    at += 8 + tail.readUInt32BE(at + 4);
  }
  return at === end;
}
function cacheTreeInTail(tail, end, hashBytes) {
  for (let at = tail.indexOf("TREE"); at >= 0 && at + 8 <= end; at = tail.indexOf("TREE", at + 1)) {
    const size = tail.readUInt32BE(at + 4);
    if (at + 8 + size > end || !chainEnds(tail, at + 8 + size, end)) continue;
    for (const required of ["link", "sdir"]) {
      for (let q = tail.indexOf(required); q >= 0 && q + 8 <= at; q = tail.indexOf(required, q + 1)) {
        if (q + 8 + tail.readUInt32BE(q + 4) === at) return void 0;
      }
    }
    const trees = /* @__PURE__ */ new Map();
    if (readCacheTree(tail.subarray(at + 8, at + 8 + size), hashBytes, trees)) return trees;
  }
  return void 0;
}
function adoptIndexFacts(file, facts) {
  lastRead = { file, facts };
}
function readIndexFacts(file, identity, choice) {
  return readOpenIndex(file, identity, (fd, size, own) => {
    if (!choice && lastRead?.file === file && lastRead.facts.identity === own) return lastRead.facts;
    const window = new Window(fd, size);
    const facts = parse(window, 20, own, choice) ?? parse(window, 32, own, choice);
    if (facts && !choice) lastRead = { file, facts };
    return facts;
  });
}
var import_node_fs4, Window, INI, PYPROJECT, ENV_PY, lastRead;
var init_read_index = __esm({
  "src/git/read-index.cts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    Window = class {
      constructor(fd, size) {
        this.fd = fd;
        this.size = size;
      }
      fd;
      size;
      buf = Buffer.allocUnsafe(256 * 1024);
      base = 0;
      length = 0;
      /** Makes the file's bytes [pos, pos + n) available and returns where they start in `buf`, or -1. */
      at(pos, n) {
        if (pos >= this.base && pos + n <= this.base + this.length) return pos - this.base;
        if (n > this.buf.length || pos + n > this.size) return -1;
        this.base = pos;
        this.length = 0;
        const want = Math.min(this.buf.length, this.size - pos);
        while (this.length < want) {
          const read = (0, import_node_fs4.readSync)(this.fd, this.buf, this.length, want - this.length, pos + this.length);
          if (read === 0) return -1;
          this.length += read;
        }
        return 0;
      }
      /** Bytes [pos, pos + n) in a buffer of their own (for parts larger than the window). */
      copy(pos, n) {
        if (pos + n > this.size) return void 0;
        const out = Buffer.allocUnsafe(n);
        let done = 0;
        while (done < n) {
          const read = (0, import_node_fs4.readSync)(this.fd, out, done, n - done, pos + done);
          if (read === 0) return void 0;
          done += read;
        }
        return out;
      }
    };
    INI = Buffer.from(".ini");
    PYPROJECT = Buffer.from("pyproject.toml");
    ENV_PY = Buffer.from("env.py");
  }
});

// src/git/list-index.ts
async function listIndex(repo, paths) {
  if (paths && paths.length === 0) return { entries: [], unmerged: [] };
  const { stdout } = await runGit(repo, lsFilesArgs(paths));
  return resolveIndexStages(parseLsFiles(stdout));
}
function indexConfigRecords(repo) {
  const named = repo.env.GIT_INDEX_FILE;
  if (repo.gitDir === void 0 || named && !(0, import_node_path3.isAbsolute)(named)) return void 0;
  if (PATHSPEC_VARIABLES.some((name) => repo.env[name])) return void 0;
  const facts = readIndexFacts(named || (0, import_node_path3.join)(repo.gitDir, "index"));
  if (!facts) return void 0;
  const symlinks = facts.links.filter((link) => link.mode === "120000" && isDiscoveryPath(link.path));
  const records = [...facts.configs, ...symlinks].map(({ path, mode, oid, stage }) => ({ path, mode, oid, stage }));
  if (symlinks.length > 0) records.sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)) || a.stage - b.stage);
  return records;
}
async function listIndexConfigFiles(repo) {
  const records = indexConfigRecords(repo) ?? parseLsFiles((await runGit(repo, lsFilesConfigArgs())).stdout).filter((record) => isDiscoveryPath(record.path));
  return resolveIndexStages(records);
}
var import_node_path3, PATHSPEC_VARIABLES;
var init_list_index = __esm({
  "src/git/list-index.ts"() {
    "use strict";
    import_node_path3 = require("node:path");
    init_argv();
    init_parse_z();
    init_read_index();
    init_run_git();
    PATHSPEC_VARIABLES = ["GIT_LITERAL_PATHSPECS", "GIT_GLOB_PATHSPECS", "GIT_NOGLOB_PATHSPECS", "GIT_ICASE_PATHSPECS"];
  }
});

// src/git/blob-reader.ts
var BatchParser, owned, EMPTY_BLOBS, OID, BlobReader;
var init_blob_reader = __esm({
  "src/git/blob-reader.ts"() {
    "use strict";
    init_errors();
    init_messages();
    init_argv();
    init_run_git();
    BatchParser = class {
      /** `bodyFollows(k)`: whether the k-th answer completed by the current push carries the object's bytes. */
      constructor(bodyFollows = () => true) {
        this.bodyFollows = bodyFollows;
      }
      bodyFollows;
      header = Buffer.alloc(0);
      body;
      /** Consumes a chunk and returns the answers it completed, in order. */
      push(chunk) {
        const answers = [];
        let rest = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        while (rest.length > 0) {
          if (this.body) {
            const body = this.body;
            const take = Math.min(body.data.length - body.filled, rest.length);
            rest.copy(body.data, body.filled, 0, take);
            body.filled += take;
            rest = rest.subarray(take);
            if (body.filled < body.data.length) break;
            if (body.data[body.data.length - 1] !== 10) throw new Error("cat-file --batch: object not followed by a newline");
            answers.push({ name: body.name, kind: "object", type: body.type, data: body.data.subarray(0, body.data.length - 1) });
            this.body = void 0;
            continue;
          }
          const newline = rest.indexOf(10);
          if (newline < 0) {
            this.header = Buffer.concat([this.header, rest]);
            break;
          }
          const line = Buffer.concat([this.header, rest.subarray(0, newline)]).toString("utf8");
          this.header = Buffer.alloc(0);
          rest = rest.subarray(newline + 1);
          const miss = /^(.*) (missing|ambiguous)$/s.exec(line);
          if (miss) {
            answers.push({ name: miss[1], kind: miss[2] });
            continue;
          }
          const parts = line.split(" ");
          const size = Number(parts[2]);
          if (parts.length !== 3 || !Number.isSafeInteger(size) || size < 0) throw new Error(`cat-file --batch: unexpected header ${JSON.stringify(line)}`);
          if (!this.bodyFollows(answers.length)) {
            answers.push({ name: parts[0], kind: "object", type: parts[1], data: new Uint8Array(0) });
            continue;
          }
          if (size < rest.length) {
            if (rest[size] !== 10) throw new Error("cat-file --batch: object not followed by a newline");
            answers.push({ name: parts[0], kind: "object", type: parts[1], data: rest.subarray(0, size), borrowed: true });
            rest = rest.subarray(size + 1);
            continue;
          }
          this.body = { name: parts[0], type: parts[1], data: Buffer.allocUnsafe(size + 1), filled: 0 };
        }
        return answers;
      }
      /** True when no answer is half-read (a clean end of stream). */
      get idle() {
        return this.body === void 0 && this.header.length === 0;
      }
    };
    owned = (answer) => answer.borrowed ? Buffer.from(answer.data) : answer.data;
    EMPTY_BLOBS = /* @__PURE__ */ new Set([
      "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391",
      "473a0f4c3be8a93681a267e3b1e9a7dcda1185436fe141f7749120a303721813"
    ]);
    OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
    BlobReader = class {
      /**
       * With `files`, each question is first put to the repository's own files (refs, loose and
       * packed objects), and git is started only for what they cannot answer for certain.
       */
      constructor(repo, files) {
        this.repo = repo;
        this.files = files;
      }
      repo;
      files;
      child;
      // Requests in the order git answers them; `next` is the first unanswered one. Answered slots
      // are cleared and the array compacted now and then: shift() would move every waiting request
      // on each answer, which at 50,000 blobs cost more than reading them.
      queue = [];
      next = 0;
      failure;
      closed = false;
      exited;
      readCount = 0;
      /** False once git said it has no `--batch-command` (before 2.36). */
      commands = true;
      answered = false;
      /** Promises of forEach's callbacks still holding git's output back. */
      holds = 0;
      /** How many objects were read from git so far (answers received, the empty blob excluded). */
      get objectsRead() {
        return this.readCount;
      }
      /**
       * Reads the blobs with the given full object ids (duplicates read once). Missing objects and
       * non-blobs are absent from the result; the caller decides what that means.
       */
      readAll(oids) {
        const result = /* @__PURE__ */ new Map();
        const wanted = [];
        for (const oid of new Set(oids)) {
          if (!OID.test(oid)) return Promise.reject(new MigcheckError(badObjectId(oid)));
          if (EMPTY_BLOBS.has(oid)) result.set(oid, new Uint8Array(0));
          else {
            const object = this.fromFiles(oid);
            if (object?.type === "blob") result.set(oid, object.data);
            else wanted.push(oid);
          }
        }
        if (wanted.length === 0) return Promise.resolve(result);
        return this.ask(wanted, "contents", { result, remaining: 0 }, (group, resolve5) => resolve5(group.result));
      }
      /**
       * Like readAll, but hands each blob to `each` as git answers it and keeps none: a cold run
       * parses while git is still reading, and never holds every blob of a history at once. The
       * bytes may be a view of the chunk git's output arrived in: `each` uses or copies them before
       * it returns, and keeps no reference (it would keep the whole chunk). When
       * `each` returns a promise, no more of git's output is read until it settles (answers already
       * read still arrive), so a slow consumer holds back git instead of piling up blobs. Resolves
       * once every blob was answered (missing ones and non-blobs are skipped, as readAll leaves them
       * out); a throw of `each`, or a rejection of its promise, fails the reader.
       */
      forEach(oids, each) {
        const wanted = [];
        for (const oid of new Set(oids)) {
          if (!OID.test(oid)) return Promise.reject(new MigcheckError(badObjectId(oid)));
          if (EMPTY_BLOBS.has(oid)) this.hold(each(oid, new Uint8Array(0)));
          else wanted.push(oid);
        }
        if (wanted.length === 0) return Promise.resolve();
        return this.ask(wanted, "contents", { result: /* @__PURE__ */ new Map(), each, remaining: 0 }, (_, resolve5) => resolve5(void 0));
      }
      /**
       * What each name is (`HEAD`, `<commit>:<path>`, `main^{commit}`), through the same process and
       * without reading the objects; a name that is missing or not askable on one line is absent.
       */
      info(names) {
        const objects = /* @__PURE__ */ new Map();
        const wanted = [...new Set(names)].filter((name) => !/[\n\r]/.test(name)).filter((name) => {
          const answer = this.files?.resolve(name);
          if (answer === void 0) return true;
          if (answer !== "missing") objects.set(name, { oid: answer.oid, type: answer.type });
          return false;
        });
        if (wanted.length === 0) return Promise.resolve(objects);
        return this.ask(wanted, "info", { result: /* @__PURE__ */ new Map(), objects, remaining: 0 }, (_, resolve5) => resolve5(void 0)).then(() => objects);
      }
      /**
       * The objects names stand for, with their bytes (`HEAD` → its commit): for small objects only.
       * A missing name is absent.
       */
      named(names) {
        const objects = /* @__PURE__ */ new Map();
        const wanted = [...new Set(names)].filter((name) => !/[\n\r]/.test(name)).filter((name) => {
          const answer = this.files?.resolve(name);
          if (answer === void 0) return true;
          if (answer !== "missing") {
            const object = this.fromFiles(answer.oid);
            if (!object) return true;
            objects.set(name, { oid: answer.oid, type: object.type, data: object.data });
          }
          return false;
        });
        if (wanted.length === 0) return Promise.resolve(objects);
        return this.ask(wanted, "named", { result: /* @__PURE__ */ new Map(), objects, remaining: 0 }, (_, resolve5) => resolve5(void 0)).then(() => objects);
      }
      /** An object from the repository's files, when they hold it. */
      fromFiles(oid) {
        return this.files?.store.read(oid);
      }
      /** The tree ids of `<rev>:<path>` names (`<rev>:` is the root); names of no tree are absent. */
      async treeIds(names) {
        const trees = /* @__PURE__ */ new Map();
        for (const [name, object] of await this.info(names)) if (object.type === "tree") trees.set(name, object.oid);
        return trees;
      }
      ask(names, question, shape, done) {
        if (this.closed) return Promise.reject(new Error("BlobReader used after close()"));
        if (this.failure !== void 0) return Promise.reject(this.failure);
        return new Promise((resolve5, reject) => {
          const group = { ...shape, remaining: names.length, resolve: () => done(group, resolve5), reject };
          const child = this.start();
          const queued = names.map((name) => ({ group, name, question }));
          for (const request of queued) this.queue.push(request);
          child.stdin.write(this.lines(queued));
        });
      }
      lines(requests) {
        return requests.map((r) => `${this.commands ? r.question === "info" ? "info " : "contents " : ""}${r.name}
`).join("");
      }
      /** Ends the git process and waits for it to exit. Safe to call more than once. */
      async close() {
        this.closed = true;
        if (!this.child) return;
        if (this.child.exitCode === null && this.child.signalCode === null) this.child.stdin.end();
        const timer = setTimeout(() => this.child?.kill("SIGKILL"), 5e3);
        try {
          await this.exited;
        } finally {
          clearTimeout(timer);
        }
      }
      start() {
        if (this.child) return this.child;
        const child = spawnGit(this.repo, this.commands ? catFileBatchCommandArgs() : catFileBatchArgs());
        this.child = child;
        const parser = new BatchParser((k) => !(this.commands && this.queue[this.next + k]?.question === "info"));
        let stderr = "";
        this.exited = new Promise((resolve5) => child.on("close", () => resolve5()));
        child.stderr.on("data", (chunk) => {
          stderr += chunk.toString("utf8");
        });
        child.stdout.on("data", (chunk) => {
          if (this.failure !== void 0 || child !== this.child) return;
          try {
            for (const answer of parser.push(chunk)) this.answer(answer);
          } catch (error) {
            this.fail(new MigcheckError(blobReaderFailed(String(error.message)), { cause: error }));
          }
        });
        child.stdin.on("error", () => void 0);
        child.on("error", (error) => this.fail(spawnFailure(error, this.repo.cwd)));
        child.on("close", (code, signal) => {
          if (child !== this.child || this.queue.length === this.next || this.legacyRestart(stderr)) return;
          this.fail(new MigcheckError(blobReaderFailed(stderr.trim() || `exit ${code ?? signal}`)));
        });
        return child;
      }
      /**
       * Git before 2.36 refuses `--batch-command` before answering anything: start `--batch` instead
       * and ask again. True when that was the failure.
       */
      legacyRestart(stderr) {
        if (!this.commands || this.answered || !/batch-command|unknown option|usage: git cat-file/i.test(stderr)) return false;
        this.commands = false;
        this.child = void 0;
        const pending = this.queue.slice(this.next);
        this.start().stdin.write(this.lines(pending));
        return true;
      }
      answer(answer) {
        this.answered = true;
        const request = this.queue[this.next];
        if (request) {
          this.queue[this.next] = void 0;
          this.next += 1;
          if (this.next >= 4096 && this.next * 2 >= this.queue.length) {
            this.queue = this.queue.slice(this.next);
            this.next = 0;
          }
        }
        if (!request || request.name !== answer.name && !(request.question !== "contents" && answer.kind === "object")) {
          throw new Error(`answer for ${answer.name} does not match the request ${request?.name ?? "(none)"}`);
        }
        const { group } = request;
        if (request.question === "info") {
          if (answer.kind === "object") group.objects.set(request.name, { oid: answer.name, type: answer.type });
        } else if (request.question === "named") {
          if (answer.kind === "object") group.objects.set(request.name, { oid: answer.name, type: answer.type, data: owned(answer) });
        } else {
          this.readCount += 1;
          if (answer.kind === "object" && answer.type === "blob") {
            if (group.each) this.hold(group.each(request.name, answer.data));
            else group.result.set(request.name, owned(answer));
          }
        }
        group.remaining -= 1;
        if (group.remaining === 0) group.resolve(group.result);
      }
      /** Holds git's output back until `until` settles (several holds: until all have). */
      hold(until) {
        if (!until) return;
        this.holds += 1;
        this.child?.stdout.pause();
        until.then(() => {
          this.holds -= 1;
          if (this.holds === 0) this.child?.stdout.resume();
        }, (error) => this.fail(error));
      }
      fail(error) {
        if (this.failure !== void 0) return;
        this.failure = error;
        const groups = new Set(this.queue.slice(this.next).map((request) => request.group));
        this.queue = [];
        this.next = 0;
        for (const group of groups) group.reject(error);
        if (this.child && this.child.exitCode === null && this.child.signalCode === null) this.child.kill("SIGKILL");
      }
    };
  }
});

// src/core/reader/reader-version.ts
var READER_VERSION;
var init_reader_version = __esm({
  "src/core/reader/reader-version.ts"() {
    "use strict";
    READER_VERSION = "reader-4";
  }
});

// src/core/reader/decode-source.ts
function cookieName(bytes) {
  let hash = false;
  for (let i = 0, newlines = 0; i < bytes.length && newlines < 2 && !hash; i++) {
    if (bytes[i] === 10) newlines++;
    else hash = bytes[i] === 35;
  }
  if (!hash) return void 0;
  const lines = [];
  let start = 0;
  for (let i = 0; i < bytes.length && lines.length < 2; i++) {
    if (bytes[i] === 10 || i === bytes.length - 1) {
      const end = bytes[i] === 10 ? i : i + 1;
      lines.push(latin1Slice(bytes, start, end).replace(/\r$/, ""));
      start = i + 1;
    }
  }
  const first = (lines[0] ?? "").replace(/^\u00ef\u00bb\u00bf/, "");
  const hit = COOKIE.exec(first) ?? (BLANK_OR_COMMENT.test(first) ? COOKIE.exec(lines[1] ?? "") : null);
  return hit?.[1];
}
function latin1Slice(bytes, start, end) {
  let out = "";
  for (let i = start; i < end; i += 8192) {
    out += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, Math.min(end, i + 8192))));
  }
  return out;
}
function decodeSource(bytes) {
  const cookie = cookieName(bytes);
  if (cookie === void 0 || !LATIN1_NAMES.test(cookie)) {
    try {
      return { text: utf8.decode(bytes), encoding: "utf8" };
    } catch {
    }
  }
  return { text: latin1Slice(bytes, 0, bytes.length), encoding: "latin1" };
}
var COOKIE, BLANK_OR_COMMENT, LATIN1_NAMES, utf8, encoder;
var init_decode_source = __esm({
  "src/core/reader/decode-source.ts"() {
    "use strict";
    init_errors();
    init_messages();
    COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
    BLANK_OR_COMMENT = /^[ \t\f]*(?:#.*)?$/;
    LATIN1_NAMES = /^(?:latin[-_]?1|iso[-_]?8859[-_]?1|iso[-_]?latin[-_]?1|l1|cp1252|windows[-_]1252|cp819)(?:[-_].*)?$/i;
    utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    encoder = new TextEncoder();
  }
});

// src/core/reader/select-revision-files.ts
function isRevisionFileName(basename9, options) {
  return (options.sourceless ? SOURCELESS : ONLY_SOURCE).test(basename9);
}
function selectRevisionFiles(paths, env, realPaths) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const simple = (realPaths === void 0 || realPaths.size === 0) && env.versionLocations.length === 1 && !env.sourceless;
  let listed;
  const has = (path) => (listed ??= new Set(paths)).has(path);
  for (const location of env.versionLocations) {
    const base = normaliseDir(location);
    const prefix = base === "" ? "" : `${base}/`;
    const root = newDir();
    const nested = env.recursive || env.sourceless;
    for (const p of paths) {
      if (!p.startsWith(prefix)) continue;
      if (p.indexOf("/", prefix.length) < 0) {
        root.files.push(p);
        continue;
      }
      if (!nested) continue;
      const parts = p.slice(prefix.length).split("/");
      let dir = root;
      for (const part of parts.slice(0, -1)) {
        let next = dir.dirs.get(part);
        if (!next) dir.dirs.set(part, next = newDir());
        dir = next;
      }
      dir.files.push(p);
    }
    const walk = (dir, dirPrefix) => {
      if (simple) {
        const paths2 = sortNames([...dir.files]);
        for (let k = 0; k < paths2.length; k++) {
          const path = paths2[k];
          if ((k === 0 || path !== paths2[k - 1]) && isRevisionFileName(path.slice(dirPrefix.length), env)) out.push(path);
        }
      } else walkFiles(dir, dirPrefix);
      if (!env.recursive) return;
      for (const sub of sortNames([...dir.dirs.keys()])) {
        if (sub.endsWith("__pycache__")) continue;
        walk(dir.dirs.get(sub), `${dirPrefix}${sub}/`);
      }
    };
    const walkFiles = (dir, dirPrefix) => {
      const candidates = sortNames([...dir.files]);
      if (env.sourceless) {
        const cache = dir.dirs.get("__pycache__");
        if (cache) {
          const stem = (path) => path.slice(path.lastIndexOf("/") + 1).split(".")[0];
          const stems = new Set(dir.files.map(stem));
          for (const path of sortNames([...cache.files])) if (!stems.has(stem(path))) candidates.push(path);
        }
      }
      for (const path of candidates) {
        const real = realPaths?.get(path) ?? path;
        const name = real.slice(real.lastIndexOf("/") + 1);
        if (!isRevisionFileName(name, env)) continue;
        if (env.sourceless && /\.py[co]\n?$/.test(name)) {
          const py = path.replace(/[co](\n?)$/, "$1");
          if (has(py) || /o\n?$/.test(name) && has(py.replace(/(\n?)$/, "c$1"))) continue;
        }
        if (seen.has(real)) continue;
        seen.add(real);
        out.push(path);
      }
    };
    walk(root, prefix);
  }
  return out;
}
function symlinkNameCompat(path, realName, options) {
  const byLink = isRevisionFileName(path.slice(path.lastIndexOf("/") + 1), options);
  const byTarget = isRevisionFileName(realName, options);
  return byLink === byTarget ? void 0 : byLink ? "link-only" : "target-only";
}
function compareLoadOrder(a, b) {
  const x = a.split("/");
  const y = b.split("/");
  for (let k = 0; k < x.length && k < y.length; k++) {
    const aFile = k === x.length - 1;
    const bFile = k === y.length - 1;
    if (x[k] === y[k] && aFile === bFile) continue;
    if (aFile !== bFile) return aFile ? -1 : 1;
    return byCodePoint(x[k], y[k]);
  }
  return x.length - y.length;
}
var ONLY_SOURCE, SOURCELESS, newDir, byCodePoint, sortNames, normaliseDir;
var init_select_revision_files = __esm({
  "src/core/reader/select-revision-files.ts"() {
    "use strict";
    ONLY_SOURCE = /^(?!\.#|__init__)([^\n]*\.py)\n?$/;
    SOURCELESS = /^(?!\.#|__init__)([^\n]*\.py)([co])?\n?$/;
    newDir = () => ({ files: [], dirs: /* @__PURE__ */ new Map() });
    byCodePoint = (a, b) => {
      const x = [...a];
      const y = [...b];
      for (let k = 0; k < Math.min(x.length, y.length); k++) {
        const d = x[k].codePointAt(0) - y[k].codePointAt(0);
        if (d !== 0) return d;
      }
      return x.length - y.length;
    };
    sortNames = (names) => names.every((s) => !/[\ud800-\udfff]/.test(s)) ? names.sort((a, b) => a < b ? -1 : a > b ? 1 : 0) : names.sort(byCodePoint);
    normaliseDir = (d) => d.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "").replace(/\/+$/, "").replace(/^\.$/, "");
  }
});

// src/core/reader/merge-in-load-order.ts
function mergeInLoadOrder(files, added) {
  if (added.length === 0) return [...files];
  const sorted2 = [...added].sort((a, b) => compareLoadOrder(a.path, b.path));
  const out = [];
  let i = 0;
  for (const file of sorted2) {
    let lo = i;
    let hi = files.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (compareLoadOrder(files[mid].path, file.path) < 0) lo = mid + 1;
      else hi = mid;
    }
    for (; i < lo; i++) out.push(files[i]);
    out.push(file);
  }
  for (; i < files.length; i++) out.push(files[i]);
  return out;
}
var init_merge_in_load_order = __esm({
  "src/core/reader/merge-in-load-order.ts"() {
    "use strict";
    init_select_revision_files();
  }
});

// src/core/reader/python-string.ts
function evalStringToken(text, tok) {
  const prefix = tok.prefix ?? "";
  if (prefix.includes("b")) return { error: "a bytes literal" };
  if (prefix.includes("f")) return { error: "an f-string" };
  if (tok.closed === false) return { error: "an unterminated string" };
  const q = tok.quotes ?? 1;
  const bodyStart = tok.start + prefix.length + q;
  const body = text.slice(bodyStart, tok.end - q).replace(/\r\n?/g, "\n");
  if (prefix.includes("r") || !body.includes("\\")) return { value: body };
  let out = "";
  let i = 0;
  while (i < body.length) {
    const slash = body.indexOf("\\", i);
    if (slash < 0) {
      out += body.slice(i);
      break;
    }
    out += body.slice(i, slash);
    const c = body[slash + 1];
    i = slash + 2;
    if (c === void 0) {
      out += "\\";
      break;
    }
    if (c === "\n") continue;
    const simple = SIMPLE[c];
    if (simple !== void 0) {
      out += simple;
      continue;
    }
    if (c >= "0" && c <= "7") {
      let digits = c;
      while (digits.length < 3 && /[0-7]/.test(body[i] ?? "")) digits += body[i++];
      out += String.fromCharCode(parseInt(digits, 8));
      continue;
    }
    if (c === "x" || c === "u" || c === "U") {
      const len = c === "x" ? 2 : c === "u" ? 4 : 8;
      const hex = body.slice(i, i + len);
      if (hex.length < len || !HEX.test(hex)) return { error: `a string with a truncated \\${c} escape` };
      const code = parseInt(hex, 16);
      if (code > 1114111) return { error: `a string with an illegal Unicode character (\\${c}${hex})` };
      out += String.fromCodePoint(code);
      i += len;
      continue;
    }
    if (c === "N") return { error: "a string with a \\N{…} escape" };
    out += "\\" + c;
  }
  return { value: out };
}
var SIMPLE, HEX;
var init_python_string = __esm({
  "src/core/reader/python-string.ts"() {
    "use strict";
    SIMPLE = {
      "\\": "\\",
      "'": "'",
      '"': '"',
      a: "\x07",
      b: "\b",
      f: "\f",
      n: "\n",
      r: "\r",
      t: "	",
      v: "\v"
    };
    HEX = /^[0-9a-fA-F]+$/;
  }
});

// src/core/reader/evaluate-value.ts
function evaluateValue(text, tokens) {
  let pos = 0;
  let depth = 0;
  const peek = () => tokens[pos];
  const isOp2 = (t, v) => t !== void 0 && t.kind === "op" && t.value === v;
  const snippet = (from, to) => {
    const s = text.slice(tokens[from].start, tokens[Math.min(to, tokens.length) - 1].end).replace(/\s+/g, " ");
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
  };
  const fail = (what, _from, _to) => {
    throw new NotLiteral(`${what} (${snippet(0, tokens.length)})`);
  };
  const expectBoundary = (from) => {
    const t = peek();
    if (t === void 0 || isOp2(t, ",") || isOp2(t, ")") || isOp2(t, "]")) return;
    if (isOp2(t, "(")) fail("a function call", from);
    if (isOp2(t, "[")) fail("a subscript", from);
    if (t.kind === "name" && t.value === "for") fail("a comprehension", from);
    if (t.kind === "string") fail("a string followed by more", from);
    fail("an expression", from);
  };
  const elem = () => {
    const from = pos;
    const t = peek();
    if (t === void 0) return fail("an incomplete expression", Math.max(0, from - 1));
    if (t.kind === "string") {
      let value = "";
      while (peek()?.kind === "string") {
        const v = evalStringToken(text, peek());
        if ("error" in v) fail(v.error, pos, pos + 1);
        value += v.value;
        pos++;
      }
      if (isOp2(peek(), "+")) {
        pos++;
        const rest = elem();
        if (rest.kind !== "str") fail("an expression", from);
        return { kind: "str", value: value + rest.value };
      }
      expectBoundary(from);
      return { kind: "str", value };
    }
    if (t.kind === "name") {
      if (t.value === "None") {
        pos++;
        expectBoundary(from);
        return { kind: "none" };
      }
      if (t.value === "True" || t.value === "False") fail("a boolean", from, from + 1);
      if (t.value === "lambda") fail("a lambda", from);
      let name = t.value;
      pos++;
      while (isOp2(peek(), ".") && tokens[pos + 1]?.kind === "name") {
        name += `.${tokens[pos + 1].value}`;
        pos += 2;
      }
      expectBoundary(from);
      return { kind: "expr", text: name };
    }
    if (t.kind === "number") fail("a number", from, from + 1);
    if (isOp2(t, "(") || isOp2(t, "[")) {
      if (++depth > 200) fail("too many nested parentheses");
      const list2 = t.value === "[";
      const close = CLOSE[t.value];
      pos++;
      const items = [];
      let sawComma = false;
      while (!isOp2(peek(), close)) {
        if (peek() === void 0) fail(`an unclosed '${t.value}'`, from);
        items.push(elem());
        if (isOp2(peek(), ",")) {
          sawComma = true;
          pos++;
        } else if (!isOp2(peek(), close)) fail("an expression", from);
      }
      pos++;
      depth--;
      expectBoundary(from);
      if (!list2 && items.length === 1 && !sawComma) return items[0];
      return { kind: "seq", list: list2, items };
    }
    if (isOp2(t, "{")) fail("a set or dict", from);
    if (isOp2(t, "*")) fail("a starred expression", from);
    if (isOp2(t, "-") || isOp2(t, "+") || isOp2(t, "~")) fail("an expression", from);
    return fail("not a Python value", from);
  };
  try {
    if (tokens.length === 0) return { ok: false, what: "empty" };
    const unclosed = firstUnclosed(tokens);
    if (unclosed !== void 0) fail(`an unclosed '${unclosed}'`);
    const first = elem();
    let top = first;
    if (isOp2(peek(), ",")) {
      const items = [first];
      while (isOp2(peek(), ",")) {
        pos++;
        if (peek() === void 0) break;
        items.push(elem());
      }
      top = { kind: "seq", list: false, items };
    }
    if (pos < tokens.length) fail(isOp2(peek(), ")") || isOp2(peek(), "]") ? `an unmatched '${peek().value}'` : "an expression", 0);
    return normalise(top);
  } catch (e) {
    if (e instanceof NotLiteral) return { ok: false, what: e.what };
    throw e;
  }
}
function firstUnclosed(tokens) {
  const open2 = [];
  for (const t of tokens) {
    if (t.kind !== "op") continue;
    if (t.value === "(" || t.value === "[" || t.value === "{") open2.push(t.value);
    else if (t.value === ")" || t.value === "]" || t.value === "}") open2.pop();
  }
  return open2[open2.length - 1];
}
function normalise(top) {
  switch (top.kind) {
    case "none":
      return { ok: true, items: [], scalar: false, isNone: true };
    case "str":
      return { ok: true, items: top.value === "" ? [] : [{ kind: "string", value: top.value }], scalar: true, isNone: false };
    case "expr":
      return { ok: true, items: [{ kind: "expression", text: top.text }], scalar: true, isNone: false };
    case "seq": {
      const items = [];
      for (const item of top.items) {
        if (item.kind === "str") items.push({ kind: "string", value: item.value });
        else if (item.kind === "expr") items.push({ kind: "expression", text: item.text });
        else return { ok: false, what: `a ${top.list ? "list" : "tuple"} holding ${item.kind === "none" ? "None" : "a nested tuple or list"}`, notString: true };
      }
      return { ok: true, items, scalar: false, isNone: false };
    }
  }
}
var NotLiteral, CLOSE;
var init_evaluate_value = __esm({
  "src/core/reader/evaluate-value.ts"() {
    "use strict";
    init_python_string();
    NotLiteral = class {
      constructor(what) {
        this.what = what;
      }
      what;
    };
    CLOSE = { "(": ")", "[": "]" };
  }
});

// src/core/reader/find-revises.ts
function findRevises(text, doc) {
  const q = doc.quotes ?? 1;
  const bodyStart = doc.start + (doc.prefix ?? "").length + q;
  const bodyEnd = doc.closed === false ? doc.end : doc.end - q;
  const body = text.slice(bodyStart, bodyEnd);
  REVISES.lastIndex = 0;
  const hit = REVISES.exec(body);
  if (!hit) return void 0;
  const start = bodyStart + hit.index + hit[0].length;
  let end = start;
  while (end < bodyEnd && text[end] !== "\n" && text[end] !== "\r") end++;
  while (end > start && (text[end - 1] === " " || text[end - 1] === "	")) end--;
  let line = doc.line;
  for (let k = doc.start; k < start; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 && text.charCodeAt(k + 1) !== 10) line++;
  }
  return { span: { start, end, line }, text: text.slice(start, end) };
}
var REVISES;
var init_find_revises = __esm({
  "src/core/reader/find-revises.ts"() {
    "use strict";
    REVISES = /^[ \t]*Revises:[ \t]*/gm;
  }
});

// src/core/reader/is-empty-migration.ts
function functionBody(text, name) {
  const def = new RegExp(`^def[ \\t]+${name}[ \\t]*\\(`, "m").exec(text);
  if (!def) return void 0;
  const colon = text.slice(def.index).search(/\)[^\n]*?:/);
  if (colon < 0) return void 0;
  const afterColon = text.indexOf(":", def.index + colon);
  const rest = text.slice(afterColon + 1);
  const end = rest.search(/\n(?=[^\s#])/);
  return end < 0 ? rest : rest.slice(0, end);
}
function isEmptyMigration(text) {
  for (const name of ["upgrade", "downgrade"]) {
    const body = functionBody(text, name);
    if (body === void 0) return false;
    const lines = body.replace(TRIPLE_QUOTED, "").split("\n").map((line) => line.replace(/#.*$/, "").trim());
    if (!lines.every((line) => NOOP_LINE.test(line))) return false;
  }
  return true;
}
var TRIPLE_QUOTED, NOOP_LINE;
var init_is_empty_migration = __esm({
  "src/core/reader/is-empty-migration.ts"() {
    "use strict";
    TRIPLE_QUOTED = /("""|''')[\s\S]*?\1/g;
    NOOP_LINE = /^(?:pass|\.\.\.|(?:[rRuUbB]{0,2})?(?:"[^"\n]*"|'[^'\n]*'))?$/;
  }
});

// src/core/reader/scan-python.ts
function scanPython(text, onLine, interesting = () => true) {
  const n = text.length;
  const problems = [];
  const buffers = spare ?? scanBuffers(64, 64);
  spare = void 0;
  let openCap = buffers.openCh.length;
  let openCh = buffers.openCh;
  let openLine = buffers.openLine;
  let depth = 0;
  let cap = buffers.kinds.length;
  let kinds = buffers.kinds;
  let starts = buffers.starts;
  let ends = buffers.ends;
  let lines = buffers.lines;
  let extra = buffers.extra;
  let count2 = 0;
  let keep = false;
  let overflow = false;
  let allStrings2 = true;
  let colon = false;
  let i = text.charCodeAt(0) === 65279 ? 1 : 0;
  let line = 1;
  let lineStart = i;
  let indent = 0;
  let altIndent = 0;
  let indentTaken = false;
  let conflictSeen = false;
  const tokenAt = (k) => {
    const kind = KINDS[kinds[k]];
    const start = starts[k];
    const x = extra[k];
    const str = kind === "string";
    return {
      kind,
      start,
      end: ends[k],
      line: lines[k],
      value: kind === "name" || kind === "op" ? text.slice(start, ends[k]) : void 0,
      prefix: str ? x & 7 ? text.slice(start, start + (x & 7)).toLowerCase() : "" : void 0,
      quotes: str ? x >> 3 & 3 : void 0,
      closed: str ? (x & 32) !== 0 : void 0
    };
  };
  const flush = () => {
    if (count2 === 0) return;
    let tokens;
    const complete = !overflow && (keep || count2 <= 3);
    if (complete) {
      tokens = new Array(count2);
      for (let k = 0; k < count2; k++) tokens[k] = tokenAt(k);
    } else tokens = [tokenAt(0), tokenAt(1), tokenAt(count2 - 1)];
    onLine({ tokens, indent, altIndent, colon, line: lines[0], complete, allStrings: allStrings2, tooLong: overflow && keep });
    count2 = 0;
    keep = false;
    overflow = false;
    allStrings2 = true;
    colon = false;
    indentTaken = false;
  };
  const columns = (from, to) => {
    let col = 0;
    let alt = 0;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === 9) col = (Math.floor(col / 8) + 1) * 8, alt++;
      else if (c === 12) col = alt = 0;
      else col++, alt++;
    }
    indent = col;
    altIndent = alt;
  };
  const push = (kind, start, end, tokLine, x = 0) => {
    if (count2 === 0 && depth === 0 && !indentTaken) columns(lineStart, start);
    if (count2 === MAX_LINE_TOKENS) {
      overflow = true;
      count2--;
    }
    if (count2 === cap) {
      cap *= 2;
      const grow = (a, b) => (b.set(a), b);
      kinds = grow(kinds, new Uint8Array(cap));
      starts = grow(starts, new Int32Array(cap));
      ends = grow(ends, new Int32Array(cap));
      lines = grow(lines, new Int32Array(cap));
      extra = grow(extra, new Uint8Array(cap));
    }
    if (kind !== K_STRING) allStrings2 = false;
    kinds[count2] = kind;
    starts[count2] = start;
    ends[count2] = end;
    lines[count2] = tokLine;
    extra[count2] = x;
    count2++;
  };
  const scanString = (q, prefix, start, emit = true) => {
    const startLine = line;
    const quote = text.charCodeAt(q);
    const triple = text.charCodeAt(q + 1) === quote && text.charCodeAt(q + 2) === quote;
    const quotes = triple ? 3 : 1;
    let k = q + quotes;
    const isF = prefix.includes("f");
    let closed = false;
    const fields = isF ? [] : NO_FIELDS;
    while (k < n) {
      const c = text.charCodeAt(k);
      const field = fields.length > 0 ? fields[fields.length - 1] : void 0;
      const inExpr = field !== void 0 && !field.spec;
      if (!inExpr && c === 92) {
        const next = text.charCodeAt(k + 1);
        if (isF && (next === 123 || next === 125)) k += 1;
        else if (next === 13 && text.charCodeAt(k + 2) === 10) k += 3, line++;
        else if (next === 10 || next === 13) k += 2, line++;
        else k += k + 1 < n ? 2 : 1;
        continue;
      }
      if (c === 10 || c === 13) {
        if (!triple && !(inExpr && field.brackets > 0)) break;
        k += c === 13 && text.charCodeAt(k + 1) === 10 ? 2 : 1;
        line++;
        continue;
      }
      if (inExpr) {
        if (c === 34 || c === 39) {
          k = scanString(k, "", k, false);
          continue;
        }
        if (isNameStart(c)) {
          let e = k + 1;
          while (e < n && isNameChar(text.charCodeAt(e))) e++;
          const word = text.slice(k, e).toLowerCase();
          const qc = text.charCodeAt(e);
          if ((qc === 34 || qc === 39) && STRING_PREFIXES.has(word)) k = scanString(e, word, k, false);
          else k = e;
          continue;
        }
        if (c === 40 || c === 91 || c === 123) field.brackets++;
        else if (c === 41 || c === 93) field.brackets = Math.max(0, field.brackets - 1);
        else if (c === 125) {
          if (field.brackets > 0) field.brackets--;
          else fields.pop();
        } else if (c === 58 && field.brackets === 0) field.spec = true;
        else if (c === 33 && field.brackets === 0 && text.charCodeAt(k + 1) !== 61) field.spec = true;
        k++;
        continue;
      }
      if (c === quote && (!triple || text.charCodeAt(k + 1) === quote && text.charCodeAt(k + 2) === quote)) {
        k += quotes;
        closed = true;
        break;
      }
      if (isF && c === 123) {
        if (field === void 0 && text.charCodeAt(k + 1) === 123) k += 2;
        else fields.push({ brackets: 0, spec: false }), k++;
        continue;
      }
      if (isF && c === 125 && field !== void 0) {
        fields.pop();
        k++;
        continue;
      }
      k++;
    }
    if (!closed && problems.length === 0) {
      problems.push({
        line: startLine,
        reason: triple ? `unterminated triple-quoted string literal (detected at line ${line})` : `unterminated string literal (detected at line ${line})`
      });
    }
    if (emit) push(K_STRING, start, k, startLine, q - start | quotes << 3 | (closed ? 32 : 0));
    return k;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (i === lineStart && (c === 60 || c === 61 || c === 62 || c === 124)) {
      const end = conflictMarkerEnd(text, i);
      if (end > 0) {
        if (!conflictSeen) problems.push({ line, reason: "merge conflict marker", conflictMarker: text.slice(i, i + 7) });
        conflictSeen = true;
        i = end;
        continue;
      }
    }
    if (c === 10 || c === 13) {
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      lineStart = i;
      if (depth === 0) flush();
      continue;
    }
    if (c === 32 || c === 9 || c === 12) {
      i++;
      continue;
    }
    if (c === 35) {
      while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
      continue;
    }
    if (c === 92) {
      const next = text.charCodeAt(i + 1);
      if (next === 10 || next === 13) {
        if (count2 === 0 && depth === 0 && !indentTaken) {
          columns(lineStart, i);
          indentTaken = true;
        }
        i += next === 13 && text.charCodeAt(i + 2) === 10 ? 3 : 2;
        line++;
        continue;
      }
      push(K_OTHER, i, i + 1, line);
      i++;
      continue;
    }
    if (c === 34 || c === 39) {
      i = scanString(i, "", i);
      continue;
    }
    if (isNameStart(c)) {
      let e = i + 1;
      while (e < n && isNameChar(text.charCodeAt(e))) e++;
      const qc = text.charCodeAt(e);
      if ((qc === 34 || qc === 39) && e - i <= 2 && STRING_PREFIXES.has(text.slice(i, e).toLowerCase())) {
        i = scanString(e, text.slice(i, e).toLowerCase(), i);
      } else {
        if (!keep && (e - i <= LONGEST || count2 === 0) && interesting(text, i, e, count2 === 0)) keep = true;
        push(K_NAME, i, e, line);
        i = e;
      }
      continue;
    }
    if (isDigit(c) || c === 46 && isDigit(text.charCodeAt(i + 1))) {
      let e = i + 1;
      while (e < n) {
        const d = text.charCodeAt(e);
        if (isNameChar(d) || d === 46) e++;
        else if ((d === 43 || d === 45) && (text.charCodeAt(e - 1) | 32) === 101 && !/^0[xX]/.test(text.slice(i, i + 2))) e++;
        else break;
      }
      push(K_NUMBER, i, e, line);
      i = e;
      continue;
    }
    if (c === 40 || c === 91 || c === 123) {
      if (depth === openCap) {
        openCap *= 2;
        const ch = new Uint8Array(openCap);
        ch.set(openCh);
        openCh = ch;
        const ln = new Int32Array(openCap);
        ln.set(openLine);
        openLine = ln;
      }
      openCh[depth] = c;
      openLine[depth++] = line;
      push(K_OP, i, i + 1, line);
      i++;
      continue;
    }
    if (c === 41 || c === 93 || c === 125) {
      const open2 = depth > 0 ? openCh[--depth] : void 0;
      const openAt = openLine[depth];
      if (problems.length > 0) {
      } else if (open2 === void 0) problems.push({ line, reason: `unmatched '${text[i]}'` });
      else if (open2 !== (c === 41 ? 40 : c - 2)) {
        problems.push({
          line,
          reason: `closing parenthesis '${text[i]}' does not match opening parenthesis '${String.fromCharCode(open2)}'${openAt === line ? "" : ` on line ${openAt}`}`
        });
      }
      push(K_OP, i, i + 1, line);
      i++;
      continue;
    }
    const len = operatorLength(text, i);
    if (len > 0) {
      if (len === 1 && c === 58 && depth === 0) colon = true;
      push(K_OP, i, i + len, line);
      i += len;
      continue;
    }
    push(K_OTHER, i, i + 1, line);
    i++;
  }
  if (depth > 0 && problems.length === 0) problems.push({ line: openLine[depth - 1], reason: `'${String.fromCharCode(openCh[depth - 1])}' was never closed` });
  flush();
  if (cap <= KEPT_CAPACITY && openCap <= KEPT_CAPACITY) spare = { openCh, openLine, kinds, starts, ends, lines, extra };
  return problems;
}
function scanBuffers(brackets, tokens) {
  return {
    openCh: new Uint8Array(brackets),
    openLine: new Int32Array(brackets),
    kinds: new Uint8Array(tokens),
    starts: new Int32Array(tokens),
    ends: new Int32Array(tokens),
    lines: new Int32Array(tokens),
    extra: new Uint8Array(tokens)
  };
}
function conflictMarkerEnd(text, i) {
  const c = text.charCodeAt(i);
  let k = i + 1;
  while (text.charCodeAt(k) === c) k++;
  if (k - i < 7) return 0;
  const after = text.charCodeAt(k);
  if (k < text.length && after !== 32 && after !== 9 && after !== 10 && after !== 13) return 0;
  while (k < text.length && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) k++;
  return k;
}
function operatorLength(text, i) {
  const c = text.charCodeAt(i);
  if (c === 46) return text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46 ? 3 : 1;
  if (c === 44 || c === 59 || c === 126) return 1;
  if (c >= 128 || OP_CHARS[c] === 0) return 0;
  const d = text.charCodeAt(i + 1);
  if (d === c && (c === 42 || c === 47 || c === 60 || c === 62)) return text.charCodeAt(i + 2) === 61 ? 3 : 2;
  if (d === 61) return 2;
  if (c === 45 && d === 62) return 2;
  return 1;
}
var MAX_LINE_TOKENS, KINDS, K_NAME, K_STRING, K_NUMBER, K_OP, K_OTHER, STRING_PREFIXES, NO_FIELDS, LONGEST, isNameStart, isNameChar, isDigit, KEPT_CAPACITY, spare, OP_CHARS;
var init_scan_python = __esm({
  "src/core/reader/scan-python.ts"() {
    "use strict";
    MAX_LINE_TOKENS = 1e5;
    KINDS = ["name", "string", "number", "op", "other"];
    K_NAME = 0;
    K_STRING = 1;
    K_NUMBER = 2;
    K_OP = 3;
    K_OTHER = 4;
    STRING_PREFIXES = /* @__PURE__ */ new Set(["r", "u", "f", "b", "br", "rb", "fr", "rf"]);
    NO_FIELDS = [];
    LONGEST = 40;
    isNameStart = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c >= 128 && c !== 65279;
    isNameChar = (c) => isNameStart(c) || c >= 48 && c <= 57;
    isDigit = (c) => c >= 48 && c <= 57;
    KEPT_CAPACITY = 4096;
    OP_CHARS = new Uint8Array(128);
    for (const ch of "+-*/%&|^@<>=!:") OP_CHARS[ch.charCodeAt(0)] = 1;
  }
});

// src/core/reader/scan-module.ts
function topLevel(tokens, from, to, v) {
  const hits = [];
  let depth = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind !== "op") continue;
    const tv = t.value;
    if (tv === "(" || tv === "[" || tv === "{") depth++;
    else if (tv === ")" || tv === "]" || tv === "}") depth = Math.max(0, depth - 1);
    else if (depth === 0 && tv === v) hits.push(k);
  }
  return hits;
}
function topLevelName(tokens, from, to, v) {
  let depth = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind === "op") {
      if (t.value === "(" || t.value === "[" || t.value === "{") depth++;
      else if (t.value === ")" || t.value === "]" || t.value === "}") depth = Math.max(0, depth - 1);
    } else if (depth === 0 && t.kind === "name" && t.value === v) return k;
  }
  return to;
}
function scanModule(text, names) {
  const out = { assignments: [], dynamic: [], imports: [], syntax: [], tooLong: [] };
  const stack = [];
  let first = true;
  const indents = [{ col: 0, alt: 0 }];
  let expectBlock;
  let structure;
  const structural = (line, reason) => {
    structure ??= { line, reason };
  };
  const onLine = (logical) => {
    const { tokens, indent, complete, allStrings: allStrings2, tooLong } = logical;
    if (tooLong) out.tooLong.push(tokens[0].line);
    checkIndentation(logical);
    if (first) {
      first = false;
      if (allStrings2) out.docstring = tokens[0];
    }
    while (stack.length > 0 && stack[stack.length - 1].indent >= indent) stack.pop();
    let scope = "module";
    for (const s of stack) scope = s.kind === "def" ? "def" : scope === "def" ? "def" : { block: s.keyword };
    const head = tokens[0];
    const word = head.kind === "name" ? head.value : "";
    const keyword = word === "async" && isName(tokens[1]) ? tokens[1].value : word;
    const isHeader = keyword === "def" || keyword === "class" || HARD_BLOCKS.has(keyword) || SOFT_BLOCKS.has(word) && tokens.length > 2 && isOp(tokens[tokens.length - 1], ":") && !isOp(tokens[1], "=") && !isOp(tokens[1], ".");
    if (!isHeader) {
      if (complete) statements(tokens, 0, tokens.length, scope);
      return;
    }
    const kind = keyword === "def" || keyword === "class" ? "def" : "block";
    if (!logical.colon && (kind === "def" || HARD_BLOCKS.has(keyword))) structural(head.line, "expected ':'");
    const colon = complete ? topLevel(tokens, 0, tokens.length, ":")[0] : void 0;
    if (keyword === "for" && complete && scope !== "def" && kind === "block") {
      const inAt = tokens.findIndex((t, k) => k > 0 && isName(t, "in"));
      bindingTargets(tokens, 1, inAt < 0 ? tokens.length : inAt, tokens[0].line, { block: "for" }, scope);
    }
    stack.push({ indent, kind, keyword });
    if (colon !== void 0 && colon + 1 < tokens.length) {
      const inner = kind === "def" || scope === "def" ? "def" : { block: keyword };
      statements(tokens, colon + 1, tokens.length, inner);
    }
  };
  const checkIndentation = ({ tokens, indent, altIndent, line }) => {
    const top = indents[indents.length - 1];
    if (indent > top.col) {
      if (altIndent <= top.alt) structural(line, "inconsistent use of tabs and spaces in indentation");
      else if (expectBlock === void 0) structural(line, "unexpected indent");
      indents.push({ col: indent, alt: altIndent });
    } else {
      if (expectBlock !== void 0) structural(line, `expected an indented block after line ${expectBlock}`);
      while (indents.length > 1 && indent < indents[indents.length - 1].col) indents.pop();
      const at = indents[indents.length - 1];
      if (indent !== at.col) structural(line, "unindent does not match any outer indentation level");
      else if (altIndent !== at.alt) structural(line, "inconsistent use of tabs and spaces in indentation");
    }
    expectBlock = isOp(tokens[tokens.length - 1], ":") ? line : void 0;
  };
  const dynamic = (name, line, how, scope) => {
    if (scope === "def" || !names.has(name)) return;
    out.dynamic.push({ name, line, how: scope === "module" ? how : scope });
  };
  const bindingTargets = (tokens, from, to, line, how, scope) => {
    const kinds = [];
    let calls = 0;
    for (let k = from; k < to; k++) {
      const t = tokens[k];
      const prev = tokens[k - 1];
      if (t.kind === "op" && (t.value === "(" || t.value === "[" || t.value === "{")) {
        const call = k > from && prev !== void 0 && (prev.kind === "name" || prev.kind === "string" || isOp(prev, ")") || isOp(prev, "]"));
        kinds.push(call);
        if (call) calls++;
      } else if (t.kind === "op" && (t.value === ")" || t.value === "]" || t.value === "}")) {
        if (kinds.pop()) calls--;
      } else if (t.kind === "name" && names.has(t.value) && !isOp(prev, ".") && calls === 0 && !isName(prev, "lambda")) {
        dynamic(t.value, line, how, scope);
      }
    }
  };
  const statements = (tokens, from, to, scope) => {
    let start = from;
    for (const semi of [...topLevel(tokens, from, to, ";"), to]) {
      if (semi > start) statement(tokens, start, semi, scope);
      start = semi + 1;
    }
  };
  const statement = (tokens, from, to, scope) => {
    if (scope === "def") return;
    const t0 = tokens[from];
    const line = t0.line;
    if (isName(t0, "import")) return importStatement(tokens, from + 1, to, line, scope);
    if (isName(t0, "from")) return fromStatement(tokens, from + 1, to, line, scope);
    if (isName(t0, "del")) return bindingTargets(tokens, from + 1, to, line, { bound: "deleted with del" }, scope);
    const lambdaAt = topLevelName(tokens, from, to, "lambda");
    const equals = topLevel(tokens, from, to, "=").filter((k) => k < lambdaAt);
    if (equals.length === 0) {
      const op = tokens[from + 1];
      if (isName(t0) && op?.kind === "op" && /^(?:[-+*/%&|^@]|\*\*|\/\/|<<|>>)=$/.test(op.value)) {
        dynamic(t0.value, line, { bound: `changed with ${op.value}` }, scope);
      }
      return;
    }
    const last = equals[equals.length - 1];
    const annotated = isName(t0) && isOp(tokens[from + 1], ":");
    let start = from;
    for (const eq of annotated ? [equals[0]] : equals) {
      const single = annotated || eq - start === 1;
      if (single && isName(tokens[start]) && names.has(tokens[start].value)) {
        const valueFrom = annotated ? equals[0] + 1 : last + 1;
        if (scope !== "module") dynamic(tokens[start].value, line, scope, scope);
        else if (valueFrom < to) out.assignments.push({ name: tokens[start].value, line, value: tokens.slice(valueFrom, to) });
      } else if (!single) {
        bindingTargets(tokens, start, eq, line, { bound: "assigned by unpacking" }, scope);
      }
      start = eq + 1;
    }
  };
  const importStatement = (tokens, from, to, line, scope) => {
    let start = from;
    for (const comma of [...topLevel(tokens, from, to, ","), to]) {
      const part = tokens.slice(start, comma);
      start = comma + 1;
      const asAt = part.findIndex((t) => isName(t, "as"));
      const dotted = dottedText(part.slice(0, asAt < 0 ? part.length : asAt));
      if (dotted === void 0) continue;
      const bound = asAt < 0 ? dotted.split(".")[0] : part[asAt + 1]?.value;
      if (bound === void 0) continue;
      out.imports.push({ bound, module: dotted, line, ...asAt < 0 && dotted.includes(".") ? { plainDotted: true } : {} });
      dynamic(bound, line, { bound: "imported" }, scope);
    }
  };
  const fromStatement = (tokens, from, to, line, scope) => {
    const importAt = tokens.findIndex((t, k) => k >= from && k < to && isName(t, "import"));
    if (importAt < 0) return;
    let module2 = "";
    for (let k = from; k < importAt; k++) module2 += tokens[k].kind === "op" && tokens[k].value === "..." ? "..." : tokens[k].value ?? "";
    let start = importAt + 1;
    for (const comma of [...topLevel(tokens, importAt + 1, to, ","), to]) {
      const part = tokens.slice(start, comma).filter((t) => !isOp(t, "(") && !isOp(t, ")"));
      start = comma + 1;
      if (!isName(part[0])) continue;
      const imported = part[0].value;
      const bound = isName(part[1], "as") && isName(part[2]) ? part[2].value : imported;
      out.imports.push({ bound, module: module2, imported, line });
      dynamic(bound, line, { bound: "imported" }, scope);
    }
  };
  const shapeOf = (length, first2, last) => (length & 255) << 16 | (first2 & 255) << 8 | last & 255;
  const shapes = /* @__PURE__ */ new Set();
  for (const name of [...names, "import", "from"]) shapes.add(shapeOf(name.length, name.charCodeAt(0), name.charCodeAt(name.length - 1)));
  const interesting = (source, start, end, firstToken) => {
    if (!shapes.has(shapeOf(end - start, source.charCodeAt(start), source.charCodeAt(end - 1)))) return false;
    const word = source.slice(start, end);
    return names.has(word) || firstToken && (word === "import" || word === "from");
  };
  const tokenizer = scanPython(text, onLine, interesting);
  if (expectBlock !== void 0) structural(expectBlock, `expected an indented block after line ${expectBlock}`);
  out.syntax = tokenizer.length > 0 || structure === void 0 ? tokenizer : [structure];
  return out;
}
function dottedText(tokens) {
  if (tokens.length === 0 || tokens.length % 2 === 0) return void 0;
  let s = "";
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (k % 2 === 0 ? t.kind !== "name" : !isOp(t, ".")) return void 0;
    s += k % 2 === 0 ? t.value : ".";
  }
  return s;
}
var HARD_BLOCKS, SOFT_BLOCKS, isOp, isName;
var init_scan_module = __esm({
  "src/core/reader/scan-module.ts"() {
    "use strict";
    init_scan_python();
    HARD_BLOCKS = /* @__PURE__ */ new Set(["if", "elif", "else", "for", "while", "try", "except", "finally", "with"]);
    SOFT_BLOCKS = /* @__PURE__ */ new Set(["match", "case"]);
    isOp = (t, v) => t !== void 0 && t.kind === "op" && t.value === v;
    isName = (t, v) => t !== void 0 && t.kind === "name" && (v === void 0 || t.value === v);
  }
});

// src/core/reader/read-revision-file.ts
function lineAt(text, index) {
  let line = 1;
  for (let k = 0; k < index; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 && text.charCodeAt(k + 1) !== 10) line++;
  }
  return line;
}
function readRevisionFile(path, text, blob) {
  const file = {
    path,
    ...blob === void 0 ? {} : { blob },
    revision: void 0,
    revisionSource: "none",
    downRevisions: void 0,
    branchLabels: [],
    dependsOn: [],
    sites: {},
    problems: []
  };
  try {
    readInto(file, text);
  } catch (e) {
    file.revision = void 0;
    file.downRevisions = void 0;
    file.problems.push({ severity: "error", line: 1, reason: internalFailure(`reading ${path}: ${String(e)}`) });
  }
  return file;
}
function readInto(file, text) {
  const name = basename(file.path);
  if (/\.py[co]$/.test(name)) {
    file.problems.push({ severity: "error", line: 1, reason: readerCompiled(file.path) });
    return;
  }
  const scan = scanModule(text, FIELD_SET);
  const nul = text.indexOf("\0");
  const syntax = nul < 0 ? scan.syntax : [...scan.syntax.filter((p) => p.conflictMarker !== void 0), { line: lineAt(text, nul), reason: READER_NUL_BYTE }];
  const problems = [];
  const identityKept = /* @__PURE__ */ new Set();
  const error = (line, reason, field) => problems.push({ severity: "error", line, reason, ...field ? { field } : {} });
  const byField = /* @__PURE__ */ new Map();
  for (const a of scan.assignments) {
    const list2 = byField.get(a.name) ?? [];
    list2.push(a);
    byField.set(a.name, list2);
  }
  const blocked = /* @__PURE__ */ new Set();
  for (const d of scan.dynamic) {
    const field = d.name;
    blocked.add(field);
    error(d.line, "block" in d.how ? readerConditional(field, d.how.block) : readerBoundBy(field, d.how.bound), field);
  }
  const swallowed = syntax.length > 0 || scan.tooLong.length > 0;
  const conflicted = syntax.some((s) => s.conflictMarker !== void 0);
  let lastFieldLine = 0;
  for (const field of REVISION_FIELDS) {
    const list2 = byField.get(field);
    if (!list2) continue;
    const last = list2[list2.length - 1];
    for (const a of list2) lastFieldLine = Math.max(lastFieldLine, a.line);
    if (list2.length > 1 && !conflicted) problems.push({ severity: "warning", line: last.line, field, reason: readerRepeated(field, list2.map((a) => a.line)) });
    const site = siteOf(text, field, last);
    file.sites[field] = site;
    if (site.problem !== void 0) error(last.line, site.problem, field);
  }
  const revSite = file.sites.revision;
  if (revSite === void 0 && !blocked.has("revision")) {
    const legacy = LEGACY_REV.exec(name);
    if (legacy) {
      file.revision = legacy[1];
      file.revisionSource = "filename";
    } else if (!swallowed) error(1, readerNoRevision(name), "revision");
  } else if (revSite?.items !== void 0 && !blocked.has("revision")) {
    const item = revSite.items[0];
    if (!revSite.scalar || revSite.items.length !== 1 || item?.kind !== "string") {
      const what = revSite.scalar ? item === void 0 ? "an empty string" : "a name" : revSite.text.trim() === "None" ? "None" : "a tuple or list";
      if (item === void 0 && revSite.scalar) error(revSite.line, READER_EMPTY_REVISION, "revision");
      else if (item?.kind === "expression" && revSite.scalar) error(revSite.line, readerNotLiteral("revision", `a name (${item.text})`), "revision");
      else error(revSite.line, readerNotString("revision", what), "revision");
    } else {
      const illegal = ILLEGAL.filter((c) => item.value.includes(c));
      if (illegal.length > 0) error(revSite.line, readerIllegalChars(illegal, item.value), "revision");
      else {
        file.revision = item.value;
        file.revisionSource = "variable";
        if (item.value.includes(ILLEGAL_FROM_1_17_2)) {
          problems.push({ severity: "warning", code: "alembic-compat", line: revSite.line, field: "revision", reason: compatColonInRevision(item.value), fix: COMPAT_COLON_IN_REVISION_FIX });
        }
      }
    }
  }
  const downSite = file.sites.down_revision;
  if (downSite === void 0 && !blocked.has("down_revision")) {
    if (!swallowed) error(1, readerNoDownRevision(name.replace(/[^\p{L}\p{N}_]/gu, "_")), "down_revision");
  } else if (downSite?.items !== void 0 && !blocked.has("down_revision")) {
    const expr = downSite.items.find((i) => i.kind === "expression");
    if (expr) error(downSite.line, readerNotLiteral("down_revision", `a name (${expr.kind === "expression" ? expr.text : ""})`), "down_revision");
    else file.downRevisions = downSite.items.map((i) => i.value);
    if (!expr && downSite.scalar && downSite.items.length === 0) {
      problems.push({ severity: "warning", code: "alembic-compat", line: downSite.line, field: "down_revision", reason: COMPAT_EMPTY_DOWN_REVISION, fix: COMPAT_EMPTY_DOWN_REVISION_FIX });
    }
  }
  for (const [field, key] of [["branch_labels", "branchLabels"], ["depends_on", "dependsOn"]]) {
    const site = file.sites[field];
    if (site?.items !== void 0 && !blocked.has(field)) file[key] = site.items;
  }
  for (const line of scan.tooLong) error(line, readerLineTooLong(MAX_LINE_TOKENS));
  const missing = file.revisionSource === "none" || file.downRevisions === void 0;
  for (const s of syntax) {
    if (s.conflictMarker !== void 0) problems.push({ severity: "error", line: s.line, reason: readerConflictMarkers(s.conflictMarker), fix: READER_CONFLICT_FIX });
    else {
      const problem = { severity: "error", line: s.line, reason: readerSyntax(s.reason), fix: READER_SYNTAX_FIX };
      problems.push(problem);
      if (!missing && (s.line > lastFieldLine || s.reason === READER_NUL_BYTE)) identityKept.add(problem);
    }
  }
  if (name === ".py") {
    const problem = { severity: "error", line: 1, reason: READER_DOT_PY_NAME, fix: readerDotPyNameFix(file.revision) };
    problems.push(problem);
    identityKept.add(problem);
  }
  if (problems.some((p) => p.severity === "error" && p.field === void 0 && !identityKept.has(p))) {
    file.revision = void 0;
    file.revisionSource = "none";
    file.downRevisions = void 0;
  }
  if (scan.docstring) {
    const revises = findRevises(text, scan.docstring);
    if (revises) file.revises = revises;
  }
  if (file.downRevisions !== void 0 && new Set(file.downRevisions).size > 1 && isEmptyMigration(text)) file.emptyMigration = true;
  problems.sort((a, b) => a.line - b.line);
  file.problems.push(...problems);
}
function siteOf(text, field, a) {
  const first = a.value[0];
  const lastTok = a.value[a.value.length - 1];
  const span = { start: first.start, end: lastTok.end, line: first.line };
  const valueText = text.slice(span.start, span.end);
  const ev = evaluateValue(text, a.value);
  if (!ev.ok) {
    const problem = ev.notString ? readerNotString(field, ev.what) : readerNotLiteral(field, ev.what);
    return { field, line: a.line, span, text: valueText, items: void 0, scalar: false, problem };
  }
  const items = ev.items;
  return { field, line: a.line, span, text: valueText, items, scalar: ev.scalar };
}
var REVISION_FIELDS, FIELD_SET, LEGACY_REV, ILLEGAL, ILLEGAL_FROM_1_17_2, basename;
var init_read_revision_file = __esm({
  "src/core/reader/read-revision-file.ts"() {
    "use strict";
    init_messages();
    init_evaluate_value();
    init_find_revises();
    init_is_empty_migration();
    init_scan_module();
    init_scan_python();
    REVISION_FIELDS = ["revision", "down_revision", "branch_labels", "depends_on"];
    FIELD_SET = new Set(REVISION_FIELDS);
    LEGACY_REV = /^([a-f0-9]+)\.py\n?$/;
    ILLEGAL = ["+", "-", "@"];
    ILLEGAL_FROM_1_17_2 = ":";
    basename = (path) => path.slice(path.lastIndexOf("/") + 1);
  }
});

// src/core/reader/resolve-label-constants.ts
function needFor(expression, imports) {
  const parts = expression.split(".");
  const root = parts[0];
  const attribute = parts[parts.length - 1];
  const middle = parts.slice(1, -1);
  const binding = [...imports].reverse().find((b) => b.bound === root);
  if (!binding) return void 0;
  if (binding.imported !== void 0) {
    if (parts.length === 1) return { module: binding.module, attribute: binding.imported };
    return { module: [joinModule(binding.module, binding.imported), ...middle].join("."), attribute };
  }
  if (parts.length === 1) return void 0;
  if (binding.plainDotted) return { module: parts.slice(0, -1).join("."), attribute };
  return { module: [binding.module, ...middle].join("."), attribute };
}
function labelConstantImports(file, text) {
  const expressions = FIELDS2.flatMap(
    ([field, key]) => file[key].flatMap((i) => i.kind === "expression" ? [{ field, expression: i.text }] : [])
  );
  if (expressions.length === 0) return [];
  const { imports } = scanModule(text, /* @__PURE__ */ new Set());
  const needs = [];
  for (const e of expressions) {
    const need = needFor(e.expression, imports);
    if (need) needs.push({ ...e, ...need });
  }
  return needs;
}
function moduleCandidatePaths(dotted, allRepoPaths, importer) {
  const dots = /^\.*/.exec(dotted)[0].length;
  const rest = dotted.slice(dots).split(".").filter(Boolean).join("/");
  if (dots > 0) {
    if (importer === void 0) return [];
    const dir = importer.split("/").slice(0, -1);
    const up = dir.slice(0, Math.max(0, dir.length - (dots - 1)));
    if (dir.length - (dots - 1) < 0) return [];
    const base = [...up, ...rest ? [rest] : []].join("/");
    const wanted = rest ? [`${base}.py`, `${base}/__init__.py`] : [`${base ? `${base}/` : ""}__init__.py`];
    const set = new Set(allRepoPaths);
    return wanted.filter((p) => set.has(p));
  }
  if (rest === "") return [];
  const suffixes = [`${rest}.py`, `${rest}/__init__.py`];
  const hits = [];
  for (const p of allRepoPaths) {
    for (const s of suffixes) if (p === s || p.endsWith(`/${s}`)) hits.push(p);
  }
  return hits.sort((a, b) => a.split("/").length - b.split("/").length || (a < b ? -1 : a > b ? 1 : 0));
}
function constantIn(text, name) {
  const scan = scanModule(text, /* @__PURE__ */ new Set([name]));
  const last = scan.assignments[scan.assignments.length - 1];
  if (scan.dynamic.length > 0) return { why: `${name} is not assigned once at module level` };
  if (!last) return { why: `no module-level ${name}` };
  const ev = evaluateValue(text, last.value);
  if (!ev.ok || !ev.scalar || ev.items.length !== 1 || ev.items[0].kind !== "string") return { why: `${name} is not a string literal` };
  return { value: ev.items[0].value };
}
function resolveLabelConstants(file, text, modules) {
  const hasExpression = FIELDS2.some(([, key]) => file[key].some((i) => i.kind === "expression"));
  if (!hasExpression) return file;
  const needs = labelConstantImports(file, text);
  const problems = [...file.problems];
  const result = { ...file, sites: { ...file.sites }, problems };
  for (const [field, key] of FIELDS2) {
    const site = file.sites[field];
    const resolve5 = (item) => {
      if (item.kind !== "expression") return item;
      const need = needs.find((n) => n.field === field && n.expression === item.text);
      let found;
      if (need) {
        const moduleText = modules.get(need.module);
        found = moduleText === void 0 ? { why: `module ${need.module} was not found` } : constantIn(moduleText, need.attribute);
      } else if (!item.text.includes(".")) {
        found = constantIn(text, item.text);
        if ("why" in found) found = { why: `${item.text} is neither imported nor a string constant of this file` };
      } else {
        found = { why: `${item.text.split(".")[0]} is not imported` };
      }
      if ("value" in found) return { kind: "string", value: found.value };
      problems.push({ severity: "warning", line: site?.line ?? 1, field, reason: readerUnresolvedConstant(field, item.text, found.why) });
      return item;
    };
    result[key] = file[key].map(resolve5);
    if (site?.items !== void 0) {
      const resolvedSite = { ...site, items: [...result[key]] };
      result.sites[field] = resolvedSite;
    }
  }
  return result;
}
var FIELDS2, joinModule;
var init_resolve_label_constants = __esm({
  "src/core/reader/resolve-label-constants.ts"() {
    "use strict";
    init_messages();
    init_evaluate_value();
    init_scan_module();
    FIELDS2 = [["branch_labels", "branchLabels"], ["depends_on", "dependsOn"]];
    joinModule = (base, name) => base.endsWith(".") ? base + name : `${base}.${name}`;
  }
});

// src/core/reader/index.ts
var init_reader = __esm({
  "src/core/reader/index.ts"() {
    "use strict";
    init_reader_version();
    init_decode_source();
    init_select_revision_files();
    init_merge_in_load_order();
    init_read_revision_file();
    init_resolve_label_constants();
  }
});

// src/core/reader/expression-items.ts
function hasExpressionItems(file) {
  return file.branchLabels.some((i) => i.kind === "expression") || file.dependsOn.some((i) => i.kind === "expression");
}
function anyExpressionItems(files) {
  for (const file of files) if (hasExpressionItems(file)) return true;
  return false;
}
var init_expression_items = __esm({
  "src/core/reader/expression-items.ts"() {
    "use strict";
  }
});

// src/cache/parse-cache-codec.ts
function encodeSite(site) {
  if (site === void 0) return "";
  if (site.items === void 0) return void 0;
  const values = stringsOf(site.items);
  if (values === void 0) return void 0;
  return [site.line, site.span.start, site.span.end, site.span.line, site.scalar ? 1 : 0, site.text, ...values].join(ITEM);
}
function settle(parse3, key, value) {
  Object.defineProperty(parse3, key, { value, enumerable: true, writable: true, configurable: true });
  return value;
}
function decodeSites(s0, s1, s2, s3) {
  const sites = {};
  if (s0 !== "") sites.revision = decodeSite("revision", s0);
  if (s1 !== "") sites.down_revision = decodeSite("down_revision", s1);
  if (s2 !== "") sites.branch_labels = decodeSite("branch_labels", s2);
  if (s3 !== "") sites.depends_on = decodeSite("depends_on", s3);
  return sites;
}
function decodeRevises(text) {
  const [start, end, line, value = ""] = text.split(ITEM);
  return { span: { start: count(start), end: count(end), line: count(line) }, text: value };
}
function decodeSite(field, text) {
  const [line, start, end, spanLine, scalar, valueText = "", ...values] = text.split(ITEM);
  return {
    field,
    line: count(line),
    span: { start: count(start), end: count(end), line: count(spanLine) },
    text: valueText,
    items: values.map((value) => ({ kind: "string", value })),
    scalar: scalar === "1"
  };
}
function rememberEncoding(file, encoded) {
  encodings.set(file, encoded);
}
function encodingOf(file) {
  const known2 = encodings.get(file);
  if (known2 !== void 0) return known2;
  const { path: _path, blob: _blob, ...parse3 } = file;
  return encodeParse(parse3);
}
function encodeParse(parse3) {
  if (parse3.problems.length > 0 || parse3.revision === void 0 || parse3.downRevisions === void 0) return void 0;
  const labels = stringsOf(parse3.branchLabels);
  const depends = stringsOf(parse3.dependsOn);
  if (!labels || !depends) return void 0;
  const sites = [];
  for (const field of FIELDS3) {
    const site = encodeSite(parse3.sites[field]);
    if (site === void 0) return void 0;
    sites.push(site);
  }
  const revises = parse3.revises ? [parse3.revises.span.start, parse3.revises.span.end, parse3.revises.span.line, parse3.revises.text].join(ITEM) : "";
  const encoded = [MARK3, parse3.revision, parse3.revisionSource, parse3.downRevisions.join(ITEM), labels.join(ITEM), depends.join(ITEM), ...sites, revises].join(FIELD);
  return sameAsJson(decodedWhole(encoded), parse3) ? encoded : void 0;
}
function sameAsJson(a, b) {
  if (a === b) return typeof a !== "function" && typeof a !== "symbol" && (typeof a !== "number" || Number.isFinite(a));
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let k = 0; k < a.length; k++) if (a[k] === void 0 || b[k] === void 0 || !sameAsJson(a[k], b[k])) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const ka = definedKeys(a);
  const kb = definedKeys(b);
  if (ka.length !== kb.length) return false;
  for (let k = 0; k < ka.length; k++) {
    if (ka[k] !== kb[k] || !sameAsJson(a[ka[k]], b[kb[k]])) return false;
  }
  return true;
}
function partsOf(encoded) {
  const parts = encoded.split(FIELD);
  if (parts.length !== 11 || parts[0] !== MARK3 || !SOURCES.has(parts[2])) return void 0;
  if (!parts.slice(6, 10).every((site) => site === "" || SITE_HEADER.test(site))) return void 0;
  if (parts[10] !== "" && !REVISES_HEADER.test(parts[10])) return void 0;
  return parts;
}
function decodedWhole(encoded) {
  const parts = partsOf(encoded);
  if (parts === void 0) return void 0;
  const [, revision, sourceText, down, labels, depends, s0, s1, s2, s3, revisesText] = parts;
  try {
    return {
      revision,
      revisionSource: SOURCES.get(sourceText),
      downRevisions: list(down),
      branchLabels: stringItems(labels),
      dependsOn: stringItems(depends),
      sites: decodeSites(s0, s1, s2, s3),
      problems: NO_PROBLEMS,
      ...revisesText !== "" ? { revises: decodeRevises(revisesText) } : {}
    };
  } catch {
    return void 0;
  }
}
function decodeParse(encoded, path, blob) {
  const parts = partsOf(encoded);
  if (parts === void 0) return void 0;
  const [, revision, sourceText, down, labels, depends, , , , , revisesText] = parts;
  const revisionSource = SOURCES.get(sourceText);
  try {
    const downRevisions = list(down);
    const branchLabels = stringItems(labels);
    const dependsOn = stringItems(depends);
    const parse3 = path === void 0 ? { revision, revisionSource, downRevisions, branchLabels, dependsOn } : { path, blob, revision, revisionSource, downRevisions, branchLabels, dependsOn };
    Object.defineProperty(parse3, "sites", LAZY_SITES);
    parse3.problems = NO_PROBLEMS;
    if (revisesText !== "") Object.defineProperty(parse3, "revises", LAZY_REVISES);
    encodings.set(parse3, encoded);
    return parse3;
  } catch {
    return void 0;
  }
}
function looksLikeRevisionFile(value) {
  const f = value;
  return !!f && typeof f === "object" && Array.isArray(f.problems) && typeof f.sites === "object" && Array.isArray(f.branchLabels) && Array.isArray(f.dependsOn) && typeof f.revisionSource === "string";
}
function restoreParse(stored, path, blob) {
  if (typeof stored === "string") return decodeParse(stored, path, blob);
  return looksLikeRevisionFile(stored) ? { path, blob, ...stored } : void 0;
}
var MARK3, FIELD, ITEM, FIELDS3, stringsOf, list, count, SITE_HEADER, REVISES_HEADER, LAZY_SITES, LAZY_REVISES, SOURCES, NO_ITEMS, NO_PROBLEMS, encodings, definedKeys, stringItems;
var init_parse_cache_codec = __esm({
  "src/cache/parse-cache-codec.ts"() {
    "use strict";
    MARK3 = "c1";
    FIELD = "	";
    ITEM = "";
    FIELDS3 = ["revision", "down_revision", "branch_labels", "depends_on"];
    stringsOf = (items) => items.every((item) => item.kind === "string") ? items.map((item) => item.value) : void 0;
    list = (text) => text === "" ? [] : text.split(ITEM);
    count = (text) => {
      const n = Number(text);
      if (text === "" || !Number.isSafeInteger(n)) throw new RangeError("not a stored number");
      return n;
    };
    SITE_HEADER = /^\d{1,15}\x1f\d{1,15}\x1f\d{1,15}\x1f\d{1,15}\x1f[01]\x1f/;
    REVISES_HEADER = /^\d{1,15}\x1f\d{1,15}\x1f\d{1,15}(?:\x1f|$)/;
    LAZY_SITES = {
      get() {
        const parts = encodings.get(this).split(FIELD);
        return settle(this, "sites", decodeSites(parts[6], parts[7], parts[8], parts[9]));
      },
      enumerable: true,
      configurable: true
    };
    LAZY_REVISES = {
      get() {
        return settle(this, "revises", decodeRevises(encodings.get(this).split(FIELD)[10]));
      },
      enumerable: true,
      configurable: true
    };
    SOURCES = /* @__PURE__ */ new Map([["variable", "variable"], ["filename", "filename"], ["none", "none"]]);
    NO_ITEMS = Object.freeze([]);
    NO_PROBLEMS = Object.freeze([]);
    encodings = /* @__PURE__ */ new WeakMap();
    definedKeys = (o) => Object.keys(o).filter((key) => o[key] !== void 0);
    stringItems = (text) => text === "" ? NO_ITEMS : list(text).map((value) => ({ kind: "string", value }));
  }
});

// src/fs/write-file-atomic-sync.cts
function temporaryName(path, pid = process.pid, random = Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, "0")) {
  return (0, import_node_path4.join)((0, import_node_path4.dirname)(path), `.${(0, import_node_path4.basename)(path)}.migcheck-${pid}-${random}.tmp`);
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function isLeftover(name, info, now) {
  const match = TEMPORARY.exec(name);
  if (!match || !info?.isFile()) return false;
  return match[1] !== void 0 ? !isAlive(Number(match[1])) : now - info.mtimeMs >= PIDLESS_STALE_MS;
}
function removeLeftoversSync(dir, names, now = Date.now()) {
  const removed = [];
  for (const name of names) {
    if (!TEMPORARY.test(name)) continue;
    const full = (0, import_node_path4.join)(dir, name);
    try {
      if (isLeftover(name, (0, import_node_fs5.lstatSync)(full), now)) {
        (0, import_node_fs5.unlinkSync)(full);
        removed.push(name);
      }
    } catch {
    }
  }
  return removed;
}
function replaceFileSync(path, write, dirMode) {
  const temp = temporaryName(path);
  try {
    (0, import_node_fs5.mkdirSync)((0, import_node_path4.dirname)(path), { recursive: true, mode: dirMode });
    write(temp);
    (0, import_node_fs5.renameSync)(temp, path);
    return true;
  } catch {
    try {
      (0, import_node_fs5.unlinkSync)(temp);
    } catch {
    }
    return false;
  }
}
function writeFileAtomicSync(path, data, dirMode) {
  return replaceFileSync(path, (temp) => (0, import_node_fs5.writeFileSync)(temp, data, { flag: "wx" }), dirMode);
}
var import_node_fs5, import_node_path4, TEMPORARY, PIDLESS_STALE_MS;
var init_write_file_atomic_sync = __esm({
  "src/fs/write-file-atomic-sync.cts"() {
    "use strict";
    import_node_fs5 = require("node:fs");
    import_node_path4 = require("node:path");
    TEMPORARY = /^\..+\.migcheck-(?:(\d+)-)?[0-9a-f]+\.tmp$/;
    PIDLESS_STALE_MS = 10 * 60 * 1e3;
  }
});

// src/fs/write-chunks.ts
function writeChunks(path, pieces) {
  const fd = (0, import_node_fs8.openSync)(path, "w");
  try {
    const writeAll = (bytes, length) => {
      for (let done = 0; done < length; ) done += (0, import_node_fs8.writeSync)(fd, bytes, done, length - done);
    };
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let used = 0;
    for (const piece of pieces) {
      if (used + piece.length * 3 > CHUNK_BYTES) {
        writeAll(buffer, used);
        used = 0;
      }
      if (piece.length * 3 > CHUNK_BYTES) {
        const bytes = Buffer.from(piece, "utf8");
        writeAll(bytes, bytes.length);
      } else used += buffer.write(piece, used, "utf8");
    }
    writeAll(buffer, used);
  } finally {
    (0, import_node_fs8.closeSync)(fd);
  }
}
function replaceInPieces(path, pieces) {
  return replaceFileSync(path, (temp) => writeChunks(temp, pieces));
}
var import_node_fs8, CHUNK_BYTES;
var init_write_chunks = __esm({
  "src/fs/write-chunks.ts"() {
    "use strict";
    import_node_fs8 = require("node:fs");
    init_write_file_atomic_sync();
    CHUNK_BYTES = 256 * 1024;
  }
});

// src/trees/collect-garbage.ts
var collect_garbage_exports = {};
__export(collect_garbage_exports, {
  collectGarbage: () => collectGarbage
});
function findCollector() {
  const exposed = globalThis.gc;
  if (typeof exposed === "function") return exposed;
  try {
    (0, import_node_v8.setFlagsFromString)("--expose-gc");
    const gc = (0, import_node_vm.runInNewContext)("gc");
    return typeof gc === "function" ? gc : null;
  } catch {
    return null;
  } finally {
    try {
      (0, import_node_v8.setFlagsFromString)("--no-expose-gc");
    } catch {
    }
  }
}
function collectGarbage() {
  collector ??= findCollector();
  try {
    collector?.();
  } catch {
    collector = null;
  }
}
var import_node_v8, import_node_vm, collector;
var init_collect_garbage = __esm({
  "src/trees/collect-garbage.ts"() {
    "use strict";
    import_node_v8 = require("node:v8");
    import_node_vm = require("node:vm");
  }
});

// src/git/clean-index-blobs.ts
function lsFilesTaggedArgs(paths) {
  return ["ls-files", "-s", "-v", "-z", "--", ...literal(paths)];
}
function diffFilesArgs(paths) {
  return ["diff-files", "--name-only", "-z", "--", ...literal(paths)];
}
function checkAttrArgs() {
  return ["check-attr", "-z", "--stdin", ...CONVERSION_ATTRIBUTES];
}
function parseTaggedLsFiles(stdout) {
  const blobs = /* @__PURE__ */ new Map();
  for (const record of splitNul(stdout)) {
    const tab = record.indexOf("	");
    const [tag, mode, oid, stage] = record.slice(0, tab).split(" ");
    if (tab < 0 || tag !== "H" || stage !== "0" || !oid || mode !== "100644" && mode !== "100755") continue;
    blobs.set(record.slice(tab + 1), oid);
  }
  return blobs;
}
function parseConvertedPaths(stdout) {
  const items = splitNul(stdout);
  const converted = /* @__PURE__ */ new Set();
  for (let i = 0; i + 2 < items.length; i += 3) {
    const value = items[i + 2];
    if (value !== "unspecified" && value !== "unset") converted.add(items[i]);
  }
  return converted;
}
async function cleanIndexBlobs(repo, paths) {
  if (paths?.length === 0) return /* @__PURE__ */ new Map();
  const [listed, changed, autocrlf] = await Promise.all([
    runGit(repo, lsFilesTaggedArgs(paths)),
    runGit(repo, diffFilesArgs(paths)),
    runGit(repo, ["config", "--get", "core.autocrlf"], { allowExit: [1] })
  ]);
  if (!["", "false", "no", "off", "0"].includes(autocrlf.stdout.trim().toLowerCase())) return /* @__PURE__ */ new Map();
  const blobs = parseTaggedLsFiles(listed.stdout);
  for (const path of splitNul(changed.stdout)) blobs.delete(path);
  if (blobs.size === 0) return blobs;
  const attrs = await runGit(repo, checkAttrArgs(), { input: `${[...blobs.keys()].join("\0")}\0` });
  for (const path of parseConvertedPaths(attrs.stdout)) blobs.delete(path);
  return blobs;
}
var literal, CONVERSION_ATTRIBUTES;
var init_clean_index_blobs = __esm({
  "src/git/clean-index-blobs.ts"() {
    "use strict";
    init_parse_z();
    init_run_git();
    literal = (paths) => (paths ?? []).map((p) => `:(literal)${p}`);
    CONVERSION_ATTRIBUTES = ["filter", "text", "eol", "working-tree-encoding", "ident"];
  }
});

// src/alembic/alembic-options.ts
function folderOf(path) {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}
function resolveLocation(folder, path) {
  if (path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path)) return void 0;
  const parts = [];
  for (const part of `${folder}/${path}`.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return void 0;
      parts.pop();
    } else {
      parts.push(part);
    }
  }
  return parts.join("/");
}
function splitVersionLocations(value, separator, osPathSeparator = ":") {
  const chars = { space: " ", newline: "\n", os: osPathSeparator, ":": ":", ";": ";" };
  if (separator !== void 0 && chars[separator] === void 0) return void 0;
  const parts = separator === void 0 ? value.split(LEGACY_SPLIT) : value.split(chars[separator]);
  return parts.map((part) => part.trim()).filter((part) => part !== "");
}
function alembicBoolean(value, fromToml) {
  if (value === void 0) return { on: false };
  if (fromToml) return typeof value === "boolean" ? { on: value } : { on: false, compat: "toml-not-boolean" };
  const text = String(value);
  if (text === "true") return { on: true };
  return LOOSE_TRUE.includes(text.trim().toLowerCase()) ? { on: false, compat: "loose-boolean" } : { on: false };
}
function asText(value) {
  if (value === void 0) return void 0;
  return Array.isArray(value) ? value.join(" ") : String(value);
}
function resolveScriptLocation(folder, value, isScriptDirectory) {
  const absolute = value.startsWith("/") || /^[A-Za-z]:[\\/]/.test(value);
  const colon = value.indexOf(":");
  if (!absolute && colon > 0) {
    const pkg = value.slice(0, colon).replace(/\./g, "/");
    const inner = value.slice(colon + 1);
    for (const base of [folder, "", "src"]) {
      const candidate = resolveLocation(base, `${pkg}/${inner}`);
      if (candidate !== void 0 && isScriptDirectory(candidate)) return { location: candidate };
    }
    return { packageNotFound: true };
  }
  const location = resolveLocation(folder, value);
  return location === void 0 ? { outside: true } : { location };
}
function environmentFromOptions(input) {
  const { config, options } = input;
  const folder = folderOf(config);
  const problems = [];
  const compat = [];
  const fromToml = (option) => input.fromToml?.has(option) ?? false;
  const note2 = (kind, option, value) => compat.push({ kind, ...input.locate?.(option, fromToml(option)) ?? { config }, option, value: asText(value) ?? "" });
  const flag = (option) => {
    const read = alembicBoolean(options.get(option), fromToml(option));
    if (read.compat) note2(read.compat, option, options.get(option));
    return read.on;
  };
  const scriptValue = asText(options.get("script_location"));
  let scriptLocation;
  if (scriptValue !== void 0 && scriptValue.trim() !== "") {
    const resolved = resolveScriptLocation(folder, scriptValue.trim(), input.isScriptDirectory);
    if ("packageNotFound" in resolved) return { problems: [packageLocationNotFound(config, scriptValue)] };
    if ("outside" in resolved) return { problems: [locationOutsideRepository(config, `script_location ${scriptValue}`)] };
    scriptLocation = resolved.location;
  } else {
    scriptLocation = input.defaultScriptLocation;
  }
  if (scriptLocation === void 0) return { problems };
  let locations;
  const raw = options.get("version_locations");
  if (raw === void 0 || typeof raw === "string" && raw.trim() === "") {
    locations = [scriptLocation === "" ? "versions" : `${scriptLocation}/versions`];
  } else {
    let items;
    if (Array.isArray(raw)) {
      items = raw.map((item) => item.trim()).filter((item) => item !== "");
    } else {
      const iniOption = (name) => fromToml(name) ? void 0 : asText(options.get(name));
      const separator = iniOption("path_separator") ?? iniOption("version_path_separator");
      if (separator === void 0) {
        for (const name of ["path_separator", "version_path_separator"]) if (fromToml(name)) note2("toml-path-separator", name, options.get(name));
      }
      items = splitVersionLocations(String(raw), separator?.trim(), input.osPathSeparator);
      if (items === void 0) return { problems: [badPathSeparator(config, separator ?? "")] };
    }
    locations = [];
    for (const item of items) {
      const location = resolveLocation(folder, item);
      if (location === void 0) problems.push(locationOutsideRepository(config, `version location ${item}`));
      else if (!locations.includes(location)) locations.push(location);
    }
    if (locations.length === 0) return { problems };
  }
  const truncate = Number.parseInt(asText(options.get("truncate_slug_length")) ?? "", 10);
  const timezone = asText(options.get("timezone"))?.trim();
  const environment = {
    config,
    section: input.section,
    scriptLocation,
    versionLocations: locations,
    recursive: flag("recursive_version_locations"),
    sourceless: flag("sourceless"),
    fileTemplate: asText(options.get("file_template")) ?? DEFAULT_FILE_TEMPLATE,
    truncateSlugLength: Number.isFinite(truncate) ? truncate : DEFAULT_TRUNCATE_SLUG_LENGTH,
    ...timezone ? { timezone } : {},
    ...compat.length > 0 ? { compat } : {}
  };
  return { environment, problems };
}
var HERE, DEFAULT_FILE_TEMPLATE, DEFAULT_TRUNCATE_SLUG_LENGTH, LEGACY_SPLIT, LOOSE_TRUE;
var init_alembic_options = __esm({
  "src/alembic/alembic-options.ts"() {
    "use strict";
    init_messages();
    HERE = ".";
    DEFAULT_FILE_TEMPLATE = "%(rev)s_%(slug)s";
    DEFAULT_TRUNCATE_SLUG_LENGTH = 40;
    LEGACY_SPLIT = /, *|(?: +)/;
    LOOSE_TRUE = ["true", "yes", "on", "y", "t", "1"];
  }
});

// src/trees/tree-links.ts
var SYMLINK, MAX_HOPS, LinkedListing;
var init_tree_links = __esm({
  "src/trees/tree-links.ts"() {
    "use strict";
    init_messages();
    init_alembic_options();
    SYMLINK = "120000";
    MAX_HOPS = 8;
    LinkedListing = class {
      /**
       * Wraps a listing (no git is run until a link is met). `entries` grows by the files of linked
       * locations: they are what the selection of revision files sees.
       */
      constructor(entries) {
        this.entries = entries;
        this.known = new Map(entries.map((entry) => [entry.path, entry]));
        this.links = entries.some((entry) => entry.mode === SYMLINK);
      }
      entries;
      /** Every entry git listed for this tree, by its real path. */
      known;
      /** The real path of an entry reached through a linked folder, by the path it is shown at. */
      realPaths = /* @__PURE__ */ new Map();
      /** Sentences about links that were not followed (a location leading outside the repository). */
      problems = [];
      texts = /* @__PURE__ */ new Map();
      /** Whether any entry known is a link: without one, following files is a no-op (no lookup per path). */
      links;
      /** The entry shown at `path` (a linked folder's file under the location's path). */
      entryAt(path) {
        const real = this.realPaths.get(path);
        if (real === void 0) return this.known.get(path);
        const entry = this.known.get(real);
        return entry && { ...entry, path };
      }
      add(entries) {
        for (const entry of entries) {
          this.known.set(entry.path, entry);
          if (entry.mode === SYMLINK) this.links = true;
        }
      }
      async readTexts(source, entries) {
        const missing = entries.map((entry) => entry.oid).filter((oid) => !this.texts.has(oid));
        if (missing.length === 0) return;
        const decoder = new TextDecoder();
        for (const [oid, bytes] of await source.read(missing)) this.texts.set(oid, decoder.decode(bytes));
      }
      /** Where the link at real path `real` leads: a repository path, or undefined when outside. */
      targetOf(real, entry) {
        return resolveLocation(folderOf(real), this.texts.get(entry.oid) ?? "");
      }
      /**
       * Follows each location that is a link (to a link, …) to a folder of the repository and adds
       * that folder's files under the location. A location leading outside is a problem, not read.
       */
      async followLocations(locations, source) {
        let pending = [...new Set(locations)].filter((l) => l !== "" && this.known.get(l)?.mode === SYMLINK).map((location) => ({ location, real: location }));
        for (let hop = 0; hop < MAX_HOPS && pending.length > 0; hop++) {
          await this.readTexts(source, pending.map(({ real }) => this.known.get(real)));
          const next = [];
          const reached = [];
          for (const { location, real } of pending) {
            const to = this.targetOf(real, this.known.get(real));
            if (to === void 0) this.problems.push(symlinkEscapes(location));
            else if (to !== "") reached.push({ location, real: to });
          }
          if (reached.length === 0) break;
          const folders = [...new Set(reached.map(({ real }) => real))];
          this.add(await source.list(folders));
          for (const { location, real } of reached) {
            if (this.known.get(real)?.mode === SYMLINK) {
              next.push({ location, real });
              continue;
            }
            const prefix = `${real}/`;
            for (const entry of [...this.known.values()]) {
              if (!entry.path.startsWith(prefix)) continue;
              const shown = `${location}/${entry.path.slice(prefix.length)}`;
              this.entries.push({ ...entry, path: shown });
              this.realPaths.set(shown, entry.path);
            }
          }
          pending = next;
        }
        return this;
      }
      /**
       * The entries the selected `paths` stand for, links followed inside the repository: the
       * target's entry (its blob is the content to read), or the sentence saying why it is not read.
       * Paths that are not links are left out.
       */
      async followFiles(paths, source) {
        const result = /* @__PURE__ */ new Map();
        if (!this.links) return result;
        let pending = [];
        for (const path of new Set(paths)) {
          const entry = this.entryAt(path);
          if (entry?.mode === SYMLINK) pending.push({ path, real: this.realPaths.get(path) ?? path, entry });
        }
        const asked = /* @__PURE__ */ new Set();
        for (let hop = 0; pending.length > 0; hop++) {
          if (hop >= MAX_HOPS) {
            for (const { path, real } of pending) result.set(path, symlinkNotFollowed(path, real));
            break;
          }
          await this.readTexts(source, pending.map(({ entry }) => entry));
          const targets = pending.map(({ path, real, entry }) => ({ path, to: this.targetOf(real, entry) }));
          const unknown = [...new Set(targets.flatMap(({ to }) => to !== void 0 && to !== "" && !this.known.has(to) && !asked.has(to) ? [to] : []))];
          if (unknown.length > 0) {
            unknown.forEach((to) => asked.add(to));
            this.add(await source.list(unknown));
          }
          const next = [];
          for (const { path, to } of targets) {
            const entry = to === void 0 ? void 0 : this.known.get(to);
            if (to === void 0) result.set(path, symlinkEscapes(path));
            else if (!entry) result.set(path, symlinkNotFollowed(path, to));
            else if (entry.mode === SYMLINK) next.push({ path, real: to, entry });
            else result.set(path, entry);
          }
          pending = next;
        }
        return result;
      }
    };
  }
});

// src/trees/shared-entries.ts
function ownCopy(text) {
  return Buffer.from(text, "utf8").toString("utf8");
}
var SharedEntries;
var init_shared_entries = __esm({
  "src/trees/shared-entries.ts"() {
    "use strict";
    SharedEntries = class {
      byPath = /* @__PURE__ */ new Map();
      /**
       * `entries` with each entry replaced, in place, by an equal one (path, blob id and mode) met
       * in an earlier listing; the others are remembered for the next listing. In a listing after
       * the first, the entries kept as they are (new or changed files, usually a few) get strings of
       * their own, so that git's output for that listing can go.
       */
      share(entries) {
        const later = this.byPath.size > 0;
        for (let k = 0; k < entries.length; k++) {
          let entry = entries[k];
          const known2 = this.byPath.get(entry.path);
          if (known2 !== void 0 && known2.oid === entry.oid && known2.mode === entry.mode) {
            entries[k] = known2;
            continue;
          }
          if (later) entries[k] = entry = { ...entry, path: ownCopy(entry.path), oid: ownCopy(entry.oid) };
          if (known2 === void 0) this.byPath.set(entry.path, entry);
        }
        return entries;
      }
    };
  }
});

// src/fs/write-file-atomic.ts
async function removeStaleTemporaries(dir, now = Date.now()) {
  const names = await (0, import_promises.readdir)(dir).catch(() => []);
  return removeLeftoversSync(dir, names, now);
}
var import_promises;
var init_write_file_atomic = __esm({
  "src/fs/write-file-atomic.ts"() {
    "use strict";
    import_promises = require("node:fs/promises");
    init_write_file_atomic_sync();
  }
});

// src/cache/json-pieces.ts
function member(key, value) {
  const text = JSON.stringify(value);
  return text === void 0 ? void 0 : `${JSON.stringify(key)}:${text}`;
}
function* ownMembers(object) {
  for (const key of Object.keys(object)) yield [key, object[key]];
}
function* jsonPieces(value, spread, members) {
  yield "{";
  let first = true;
  for (const key of Object.keys(value)) {
    const inner = value[key];
    if (key === spread && inner !== null && typeof inner === "object" && !Array.isArray(inner)) {
      yield `${first ? "" : ","}${JSON.stringify(key)}:{`;
      first = false;
      let firstInner = true;
      const pairs = members ? members() : ownMembers(inner);
      for (const [innerKey, innerValue] of pairs) {
        const text2 = member(innerKey, innerValue);
        if (text2 === void 0) continue;
        yield firstInner ? text2 : `,${text2}`;
        firstInner = false;
      }
      yield "}";
      continue;
    }
    const text = member(key, inner);
    if (text === void 0) continue;
    yield first ? text : `,${text}`;
    first = false;
  }
  yield "}";
}
var init_json_pieces = __esm({
  "src/cache/json-pieces.ts"() {
    "use strict";
  }
});

// src/fs/read-text-in-pieces.ts
function readTextInPieces(path, maxBytes) {
  let fd;
  try {
    fd = (0, import_node_fs11.openSync)(path, "r");
    if ((0, import_node_fs11.fstatSync)(fd).size > maxBytes) return void 0;
    const piece = Buffer.allocUnsafe(PIECE);
    const decoder = new TextDecoder();
    let text = "";
    let total = 0;
    for (; ; ) {
      const read = (0, import_node_fs11.readSync)(fd, piece, 0, PIECE, null);
      if (read === 0) break;
      total += read;
      if (total > maxBytes) return void 0;
      text += decoder.decode(piece.subarray(0, read), { stream: true });
    }
    return text + decoder.decode();
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) (0, import_node_fs11.closeSync)(fd);
  }
}
var import_node_fs11, PIECE;
var init_read_text_in_pieces = __esm({
  "src/fs/read-text-in-pieces.ts"() {
    "use strict";
    import_node_fs11 = require("node:fs");
    PIECE = 64 * 1024;
  }
});

// src/cache/parse-cache.ts
function sizedBound(floor, usedThisRun) {
  return Math.max(floor, usedThisRun + Math.ceil(usedThisRun / 4));
}
async function removeStaleCacheTemporaries(dir) {
  await removeStaleTemporaries(dir);
  const names = await (0, import_promises2.readdir)(dir).catch(() => []);
  await Promise.all(names.map((name) => {
    const pid = OLD_TEMPORARY.exec(name)?.[1];
    return pid !== void 0 && isGone(Number(pid)) ? (0, import_promises2.unlink)((0, import_node_path8.join)(dir, name)).catch(() => void 0) : void 0;
  }));
}
function parseCacheKey(oid, path) {
  return `${oid}:${basename3(path)}`;
}
var import_promises2, import_node_path8, PARSE_CACHE_FILE, PARSE_CACHE_MAX_ENTRIES, MAX_FILE_BYTES, basename3, OLD_TEMPORARY, isGone, ParseCache;
var init_parse_cache = __esm({
  "src/cache/parse-cache.ts"() {
    "use strict";
    import_promises2 = require("node:fs/promises");
    import_node_path8 = require("node:path");
    init_parse_cache_codec();
    init_write_file_atomic();
    init_write_chunks();
    init_json_pieces();
    init_read_text_in_pieces();
    PARSE_CACHE_FILE = "parse-cache-v1.json";
    PARSE_CACHE_MAX_ENTRIES = 2e4;
    MAX_FILE_BYTES = 256 * 1024 * 1024;
    basename3 = (path) => path.slice(path.lastIndexOf("/") + 1);
    OLD_TEMPORARY = /^parse-cache-v1\.json\.(\d+)\.[0-9a-z]+\.tmp$/;
    isGone = (pid) => {
      try {
        process.kill(pid, 0);
        return false;
      } catch (error) {
        return error.code === "ESRCH";
      }
    };
    ParseCache = class _ParseCache {
      constructor(file, data, maxEntries) {
        this.file = file;
        this.data = data;
        this.maxEntries = maxEntries;
        this.keyed = Object.keys(data.entries).length > 0;
      }
      file;
      data;
      maxEntries;
      changed = false;
      hits = 0;
      /**
       * Entries made this run, by blob id alone (the id string every file and listing already holds):
       * keyed like the file's entries, each would hold a key of its own, and as properties of one
       * object those keys were ~8 MB of a first run's peak at 50,000 files. A blob parsed at a second
       * basename (rare) is keyed in `data.entries` instead, like the entries read from the file.
       */
      added = /* @__PURE__ */ new Map();
      /** False while `data.entries` is empty: a first run makes no key to look one up. */
      keyed;
      /** The entry of `oid` at `path`'s basename, wherever it is kept. */
      find(oid, path) {
        const added = this.added.get(oid);
        if (added && basename3(added.p) === basename3(path)) return added;
        if (!this.keyed) return void 0;
        const key = parseCacheKey(oid, path);
        return Object.prototype.hasOwnProperty.call(this.data.entries, key) ? this.data.entries[key] : void 0;
      }
      /** Keeps `entry` as the entry of `oid` at its path's basename, replacing any there was. */
      store(oid, entry) {
        this.changed = true;
        const key = this.keyed ? parseCacheKey(oid, entry.p) : void 0;
        if (key !== void 0 && Object.prototype.hasOwnProperty.call(this.data.entries, key)) {
          this.data.entries[key] = entry;
          return;
        }
        const added = this.added.get(oid);
        if (!added || basename3(added.p) === basename3(entry.p)) {
          this.added.set(oid, entry);
          return;
        }
        this.data.entries[parseCacheKey(oid, entry.p)] = entry;
        this.keyed = true;
      }
      /** Every entry with its key in the file, those read from it first. */
      *allEntries() {
        for (const key of Object.keys(this.data.entries)) yield [key, this.data.entries[key]];
        for (const [oid, entry] of this.added) yield [parseCacheKey(oid, entry.p), entry];
      }
      /**
       * Loads the cache of the repository whose common git dir is `commonDir`. A missing,
       * unreadable, malformed or other-reader-version file gives an empty cache.
       */
      static async open(commonDir, readerVersion, options = {}) {
        const file = (0, import_node_path8.join)(commonDir, "migcheck", PARSE_CACHE_FILE);
        const empty = { version: 1, reader: readerVersion, generation: 0, entries: {} };
        let data = empty;
        const cleaned = removeStaleCacheTemporaries((0, import_node_path8.dirname)(file));
        const text = readTextInPieces(file, MAX_FILE_BYTES);
        await cleaned;
        try {
          if (text !== void 0) {
            const parsed = JSON.parse(text);
            if (parsed && parsed.version === 1 && parsed.reader === readerVersion && Number.isSafeInteger(parsed.generation) && parsed.entries && typeof parsed.entries === "object" && !Array.isArray(parsed.entries)) {
              data = parsed;
            }
          }
        } catch {
        }
        return new _ParseCache(file, data, options.maxEntries ?? PARSE_CACHE_MAX_ENTRIES);
      }
      /** How many lookups were answered from the cache since open. */
      get hitCount() {
        return this.hits;
      }
      /** The cached parse of `oid` at `path` (the path and blob re-attached), or undefined. */
      get(oid, path) {
        const entry = this.find(oid, path);
        if (!entry || typeof entry.p !== "string") return void 0;
        const stored = entry.f;
        if (typeof stored !== "string" && entry.p !== path && looksLikeRevisionFile(stored) && stored.problems.some((problem) => String(problem.reason).includes(entry.p))) return void 0;
        const file = restoreParse(stored, path, oid);
        if (!file) return void 0;
        entry.u = this.data.generation + 1;
        this.hits += 1;
        return file;
      }
      /**
       * Stores a parse result (its path and blob are not part of the stored value) and returns the
       * parse to use from then on: the compact form's own decoding when it has one (equal to `file`
       * by encodeParse's check). That object holds a few short strings cut from the compact string
       * and decodes its sites when first read, where `file` holds ~20 objects and strings that keep
       * the whole source text alive: at 50,000 files, hundreds of megabytes.
       */
      set(oid, file) {
        const { path, blob: _blob, ...rest } = file;
        const encoded = encodeParse(rest);
        const light = encoded !== void 0 && file.blob === oid ? this.setEncoded(oid, path, encoded) : void 0;
        if (light) return light;
        this.store(oid, { u: this.data.generation + 1, p: path, f: encoded ?? rest });
        if (encoded !== void 0) rememberEncoding(file, encoded);
        return file;
      }
      /**
       * Stores a parse given in its compact form (encodeParse's, made by a parse worker) and returns
       * it decoded as the RevisionFile at `path` with `oid`; undefined (nothing stored) when the
       * string is not one.
       */
      setEncoded(oid, path, encoded) {
        const file = decodeParse(encoded, path, oid);
        if (file === void 0) return void 0;
        this.store(oid, { u: this.data.generation + 1, p: path, f: encoded });
        return file;
      }
      /**
       * Writes the cache if anything was added: temp file + rename, oldest entries dropped beyond
       * the bound. Never throws (a read-only .git just means no cache).
       */
      async save() {
        if (!this.changed) return;
        this.changed = false;
        this.data.generation += 1;
        let entries = () => this.allEntries();
        const keyed = Object.values(this.data.entries);
        const count2 = keyed.length + this.added.size;
        if (count2 > this.maxEntries) {
          let used = 0;
          for (const entry of keyed) if (entry.u === this.data.generation) used += 1;
          for (const entry of this.added.values()) if (entry.u === this.data.generation) used += 1;
          const bound = sizedBound(this.maxEntries, used);
          if (count2 > bound) {
            const all = [...this.allEntries()];
            all.sort((a, b) => b[1].u - a[1].u);
            const kept = all.slice(0, bound);
            entries = () => kept;
          }
        }
        replaceInPieces(this.file, jsonPieces(this.data, "entries", entries));
      }
    };
  }
});

// src/git/list-module-files.ts
function moduleFilePathspecs(names) {
  const specs = /* @__PURE__ */ new Set();
  for (const name of names) {
    if (name.includes("/") || name.includes("\0")) continue;
    if (name === "") specs.add(":(glob)**/__init__.py");
    else {
      specs.add(`:(glob)**/${escapeGlob(name)}.py`);
      specs.add(`:(glob)**/${escapeGlob(name)}/__init__.py`);
    }
  }
  return [...specs].sort();
}
function lsFilesPathspecArgs(pathspecs) {
  return ["ls-files", "-s", "-z", "--", ...pathspecs];
}
function diffTreeFromEmptyArgs(emptyTree, commit, pathspecs) {
  return ["diff-tree", "-r", "-z", "--no-renames", "--end-of-options", emptyTree, validateRef(commit, "revision"), "--", ...pathspecs];
}
function parseDiffTreeRaw(stdout) {
  const items = splitNul(stdout);
  const entries = [];
  for (let i = 0; i + 1 < items.length; i += 2) {
    const [, mode, , oid] = items[i].split(" ");
    if (!mode || !oid) throw new Error(`unexpected diff-tree output: ${JSON.stringify(items[i])}`);
    if (mode !== "160000" && mode !== "000000") entries.push({ path: items[i + 1], oid, mode });
  }
  return entries;
}
async function listModuleFiles(repo, tree, names) {
  const pathspecs = moduleFilePathspecs(names);
  if (pathspecs.length === 0) return [];
  if (tree.kind === "index") {
    const { stdout: stdout2 } = await runGit(repo, lsFilesPathspecArgs(pathspecs));
    return resolveIndexStages(parseLsFiles(stdout2)).entries;
  }
  const { stdout } = await runGit(repo, diffTreeFromEmptyArgs(EMPTY_TREE[tree.algorithm], tree.commit, pathspecs));
  return parseDiffTreeRaw(stdout);
}
var EMPTY_TREE, escapeGlob;
var init_list_module_files = __esm({
  "src/git/list-module-files.ts"() {
    "use strict";
    init_argv();
    init_parse_z();
    init_run_git();
    EMPTY_TREE = {
      sha1: "4b825dc642cb6eb9a060e54bf8d69288fbee4904",
      sha256: "6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321"
    };
    escapeGlob = (name) => name.replace(/[\\*?[\]]/g, (c) => `\\${c}`);
  }
});

// src/trees/worktree-reader.ts
async function listWorktree(root, locations) {
  const realRoot = await (0, import_promises3.realpath)(root);
  const paths = /* @__PURE__ */ new Set();
  const problems = [];
  const links = /* @__PURE__ */ new Map();
  const walk = async (dir) => {
    let entries;
    try {
      entries = await (0, import_promises3.readdir)((0, import_node_path9.join)(root, dir), { withFileTypes: true });
    } catch {
      return;
    }
    await Promise.all(entries.map(async (entry) => {
      const path = dir === "" ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) return walk(path);
      if (entry.isFile()) {
        paths.add(path);
        return void 0;
      }
      if (!entry.isSymbolicLink()) return void 0;
      let target;
      try {
        target = await (0, import_promises3.realpath)((0, import_node_path9.join)(root, path));
      } catch {
        return void 0;
      }
      if (!inside(realRoot, target)) problems.push(symlinkEscapes(path));
      else {
        paths.add(path);
        links.set(path, (0, import_node_path9.relative)(realRoot, target).split(import_node_path9.sep).join("/"));
      }
      return void 0;
    }));
  };
  for (const location of new Set(locations)) {
    try {
      if (!inside(realRoot, await (0, import_promises3.realpath)((0, import_node_path9.join)(root, location)))) {
        problems.push(symlinkEscapes(location));
        continue;
      }
    } catch {
      continue;
    }
    await walk(location);
  }
  return { paths: [...paths].sort(), problems: problems.sort(), links };
}
async function readWorktreeFile(root, path) {
  try {
    return (0, import_node_fs12.readFileSync)((0, import_node_path9.join)(root, path));
  } catch {
    return void 0;
  }
}
var import_node_fs12, import_promises3, import_node_path9, inside;
var init_worktree_reader = __esm({
  "src/trees/worktree-reader.ts"() {
    "use strict";
    import_node_fs12 = require("node:fs");
    import_promises3 = require("node:fs/promises");
    import_node_path9 = require("node:path");
    init_messages();
    inside = (root, target) => {
      const rel = (0, import_node_path9.relative)(root, target);
      return rel !== ".." && !rel.startsWith(`..${import_node_path9.sep}`) && !(0, import_node_path9.isAbsolute)(rel);
    };
  }
});

// src/trees/resolve-label-expressions.ts
function sharedDirs(a, b) {
  const x = a.split("/").slice(0, -1);
  const y = b.split("/").slice(0, -1);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}
function nearest(candidates, importer) {
  let best;
  let bestShared = -1;
  for (const path of candidates) {
    const shared5 = sharedDirs(path, importer);
    if (shared5 > bestShared) [best, bestShared] = [path, shared5];
  }
  return best;
}
async function resolveLabelExpressions(repo, requests, options) {
  const { sources } = options;
  const decode = (bytes) => decodeSource(bytes);
  const unread = /* @__PURE__ */ new Set();
  for (const { files } of requests) {
    for (const file of files) {
      if (!file.blob || sources.has(file.blob)) continue;
      const bytes = options.worktreeBytes?.get(file.blob);
      if (bytes) sources.set(file.blob, decode(bytes));
      else unread.add(file.blob);
    }
  }
  if (unread.size > 0) for (const [oid, bytes] of await options.reader.readAll(unread)) sources.set(oid, decode(bytes));
  const textOf = (file) => file.blob ? sources.get(file.blob)?.text : void 0;
  const groups = /* @__PURE__ */ new Map();
  for (const { tree, files } of requests) {
    const group = groups.get(treeKey(tree)) ?? { tree, files: /* @__PURE__ */ new Set() };
    files.forEach((file) => group.files.add(file));
    groups.set(treeKey(tree), group);
  }
  const resolvedByTree = /* @__PURE__ */ new Map();
  await Promise.all([...groups].map(async ([key, { tree, files }]) => {
    const needs = /* @__PURE__ */ new Map();
    for (const file of files) {
      const text = textOf(file);
      if (text !== void 0) needs.set(file, labelConstantImports(file, text));
    }
    const names = new Set([...needs.values()].flat().map((need) => lastPart(need.module)));
    const listing = names.size === 0 ? [] : await listModuleFiles(repo, "commit" in tree ? { kind: "commit", commit: tree.commit, algorithm: tree.commit.length === 64 ? "sha256" : options.algorithm } : { kind: "index" }, names);
    const regular = listing.filter((entry) => entry.mode !== "120000");
    const allPaths = regular.map((entry) => entry.path);
    const chosen = /* @__PURE__ */ new Map();
    for (const [file, list2] of needs) {
      const modules = /* @__PURE__ */ new Map();
      for (const need of list2) {
        const path = nearest(moduleCandidatePaths(need.module, allPaths, file.path), file.path);
        if (path !== void 0) modules.set(need.module, path);
      }
      chosen.set(file, modules);
    }
    const wanted = new Set([...chosen.values()].flatMap((modules) => [...modules.values()]));
    const texts = /* @__PURE__ */ new Map();
    if (tree.name === "worktree") {
      await Promise.all([...wanted].map(async (path) => {
        const bytes = await readWorktreeFile(repo.root, path);
        if (bytes) texts.set(path, decode(bytes).text);
      }));
    } else if (wanted.size > 0) {
      const oidOf = new Map(regular.map((entry) => [entry.path, entry.oid]));
      const blobs = await options.reader.readAll([...wanted].map((path) => oidOf.get(path)));
      for (const path of wanted) {
        const bytes = blobs.get(oidOf.get(path));
        if (bytes) texts.set(path, decode(bytes).text);
      }
    }
    const resolved = /* @__PURE__ */ new Map();
    for (const file of files) {
      const text = textOf(file);
      if (text === void 0) continue;
      const modules = /* @__PURE__ */ new Map();
      for (const [module2, path] of chosen.get(file) ?? []) {
        const moduleText = texts.get(path);
        if (moduleText !== void 0) modules.set(module2, moduleText);
      }
      resolved.set(file, resolveLabelConstants(file, text, modules));
    }
    resolvedByTree.set(key, resolved);
  }));
  return requests.map(({ tree, files }) => {
    const resolved = resolvedByTree.get(treeKey(tree));
    return new Map(files.flatMap((file) => resolved.has(file) ? [[file, resolved.get(file)]] : []));
  });
}
var lastPart, treeKey;
var init_resolve_label_expressions = __esm({
  "src/trees/resolve-label-expressions.ts"() {
    "use strict";
    init_reader();
    init_list_module_files();
    init_worktree_reader();
    init_expression_items();
    lastPart = (dotted) => dotted.replace(/^\.+/, "").split(".").pop() ?? "";
    treeKey = (tree) => "commit" in tree ? `commit:${tree.commit}` : tree.name;
  }
});

// src/trees/parse-blob.ts
function sameParse(earlier, path) {
  if (earlier.problems.some((problem) => problem.reason.includes(earlier.path))) return false;
  if (basename4(earlier.path) === basename4(path)) return true;
  return earlier.revisionSource === "variable" && earlier.path.endsWith(".py") && path.endsWith(".py");
}
function parseBlob(oid, bytes, paths, settle2 = (file) => file) {
  const source = decodeSource(bytes);
  const files = [];
  const parsed = [];
  let first;
  let expressions = false;
  for (const path of paths) {
    if (first && sameParse(first, path)) {
      files.push({ ...first, path });
      parsed.push(false);
      continue;
    }
    const file = settle2(readRevisionFile(path, source.text, oid));
    first ??= file;
    files.push(file);
    parsed.push(true);
    expressions ||= hasExpressionItems(file);
  }
  return { files, parsed, source, expressions };
}
var basename4;
var init_parse_blob = __esm({
  "src/trees/parse-blob.ts"() {
    "use strict";
    init_reader();
    init_expression_items();
    basename4 = (path) => path.slice(path.lastIndexOf("/") + 1);
  }
});

// src/trees/hold-heap-growth.ts
function setFlag(flag) {
  if (!KNOWN_FLAGS) return;
  try {
    (0, import_node_v82.setFlagsFromString)(flag);
  } catch {
  }
}
function applyGrowth() {
  setFlag(`--semi-space-growth-factor=${held() ? 1 : GROWTH_DEFAULT}`);
  setFlag(`--heap-growing-percent=${held() ? OLD_GROWTH_HELD : OLD_GROWTH_DEFAULT}`);
}
function holdHeapGrowth() {
  holds += 1;
  if (!exitHooked) {
    exitHooked = true;
    process.prependOnceListener("exit", () => {
      holds = 0;
      untilExit = false;
      applyGrowth();
      setFlag(`--min-semi-space-size=${MIN_SEMI_DEFAULT}`);
    });
  }
  applyGrowth();
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    holds -= 1;
    applyGrowth();
  };
  return {
    release,
    keepUntilExit() {
      untilExit = true;
      release();
    }
  };
}
function startIsolates(mb) {
  setFlag(`--min-semi-space-size=${mb}`);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    setFlag(`--min-semi-space-size=${MIN_SEMI_DEFAULT}`);
    applyGrowth();
  };
}
var import_node_v82, V8_MAJOR, KNOWN_FLAGS, GROWTH_DEFAULT, OLD_GROWTH_DEFAULT, MIN_SEMI_DEFAULT, OLD_GROWTH_HELD, holds, untilExit, exitHooked, held;
var init_hold_heap_growth = __esm({
  "src/trees/hold-heap-growth.ts"() {
    "use strict";
    import_node_v82 = require("node:v8");
    V8_MAJOR = Number(process.versions.v8.split(".")[0]);
    KNOWN_FLAGS = V8_MAJOR >= 11 && V8_MAJOR <= 13;
    GROWTH_DEFAULT = 2;
    OLD_GROWTH_DEFAULT = 0;
    MIN_SEMI_DEFAULT = 0;
    OLD_GROWTH_HELD = 50;
    holds = 0;
    untilExit = false;
    exitHooked = false;
    held = () => holds > 0 || untilExit;
  }
});

// src/trees/parse-pool.ts
function bundledScript() {
  try {
    const path = (0, import_node_url.fileURLToPath)(new URL("./parse-worker.cjs", __migcheck_import_meta_url));
    return (0, import_node_fs13.existsSync)(path) ? path : void 0;
  } catch {
    return void 0;
  }
}
var import_node_fs13, import_node_os, import_node_url, import_node_worker_threads, POOL_MINIMUM, IN_HAND, WORKER_YOUNG_MB, WORKER_SEMI_MB, ParsePool, BatchBuilder;
var init_parse_pool = __esm({
  "src/trees/parse-pool.ts"() {
    "use strict";
    import_node_fs13 = require("node:fs");
    import_node_os = require("node:os");
    import_node_url = require("node:url");
    import_node_worker_threads = require("node:worker_threads");
    init_hold_heap_growth();
    POOL_MINIMUM = 3e3;
    IN_HAND = 2;
    WORKER_YOUNG_MB = 12;
    WORKER_SEMI_MB = WORKER_YOUNG_MB / 3;
    ParsePool = class _ParsePool {
      constructor(slots, started) {
        this.slots = slots;
        this.ready = Promise.all(slots.map(({ worker }) => new Promise((resolve5) => {
          worker.once("online", resolve5);
          worker.once("error", resolve5);
          worker.once("exit", resolve5);
        }))).then(started);
        for (const slot of slots) {
          slot.worker.on("message", (answer) => this.answer(answer.id, answer.blobs));
          const lost = () => {
            slot.alive = false;
            for (const [id, wait] of this.waiting) if (wait.slot === slot) this.answer(id, void 0);
            this.roomMade();
          };
          slot.worker.on("error", lost);
          slot.worker.on("exit", lost);
        }
      }
      slots;
      nextId = 0;
      waiting = /* @__PURE__ */ new Map();
      /** Callers of room() waiting for a worker to finish a batch (or die). */
      roomWanted = [];
      /**
       * Settles once every worker is running (or failed to start): a thread's heap is set up by
       * then, and with it the flags a new thread's set-up changes (see startIsolates).
       */
      ready;
      /**
       * Starts the workers: one fewer than the cores (at most 3), none on one core or without a
       * worker script. `script` and `threads` are for tests (the bundled worker is found beside the
       * bundle).
       */
      static start(script = bundledScript(), threads = Math.min(3, (0, import_node_os.availableParallelism)() - 1)) {
        if (script === void 0 || threads < 1) return void 0;
        const started = startIsolates(WORKER_SEMI_MB);
        try {
          return new _ParsePool(Array.from({ length: threads }, () => ({ worker: new import_node_worker_threads.Worker(script, { stdout: false, stderr: false, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } }), inHand: 0, alive: true })), started);
        } catch {
          started();
          return void 0;
        }
      }
      /**
       * Hands `batch` to a worker with room for it; undefined when every worker is busy (the caller
       * parses it). The promise gives the parsed blobs, or undefined when the worker failed.
       */
      offer(batch) {
        const slot = this.slots.find((s) => s.alive && s.inHand < IN_HAND);
        if (!slot) return void 0;
        const id = this.nextId++;
        slot.inHand += 1;
        return new Promise((resolve5) => {
          this.waiting.set(id, { slot, resolve: resolve5 });
          try {
            slot.worker.postMessage({ id, batch });
          } catch {
            this.answer(id, void 0);
          }
        });
      }
      /** True while some worker is alive (offer can take a batch once one has room). */
      get working() {
        return this.slots.some((slot) => slot.alive);
      }
      /** Resolves once a worker has room for a batch, or none is alive (at once when either holds). */
      room() {
        if (!this.working || this.slots.some((slot) => slot.alive && slot.inHand < IN_HAND)) return Promise.resolve();
        return new Promise((resolve5) => this.roomWanted.push(resolve5));
      }
      roomMade() {
        const wanted = this.roomWanted;
        this.roomWanted = [];
        for (const resolve5 of wanted) resolve5();
      }
      answer(id, blobs) {
        const wait = this.waiting.get(id);
        if (!wait) return;
        this.waiting.delete(id);
        wait.slot.inHand -= 1;
        wait.resolve(blobs);
        this.roomMade();
      }
      /** Stops the workers (batches still in hand are answered undefined, callers of room() released). */
      async close() {
        for (const slot of this.slots) slot.alive = false;
        for (const id of [...this.waiting.keys()]) this.answer(id, void 0);
        this.roomMade();
        await Promise.all(this.slots.map((slot) => slot.worker.terminate().catch(() => void 0)));
      }
    };
    BatchBuilder = class {
      bytes = new Uint8Array(256 * 1024);
      length = 0;
      blobs = [];
      add(oid, data, paths) {
        if (this.length + data.length > this.bytes.length) {
          const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + data.length));
          grown.set(this.bytes.subarray(0, this.length));
          this.bytes = grown;
        }
        this.bytes.set(data, this.length);
        this.blobs.push({ oid, start: this.length, end: this.length + data.length, paths });
        this.length += data.length;
      }
      /** True when the batch is worth sending. */
      get full() {
        return this.blobs.length >= 64 || this.length >= 192 * 1024;
      }
      /**
       * The batch so far, its bytes copied to their size (a message clones a view's whole buffer),
       * and an empty builder for the next.
       */
      take() {
        const batch = { bytes: this.bytes.slice(0, this.length), blobs: this.blobs };
        this.length = 0;
        this.blobs = [];
        return batch;
      }
    };
  }
});

// src/git/object-id.cts
function objectId(type, data, algorithm) {
  crypto ??= require("node:crypto");
  return crypto.createHash(algorithm).update(`${type} ${data.length}\0`, "latin1").update(data).digest();
}
var crypto;
var init_object_id = __esm({
  "src/git/object-id.cts"() {
    "use strict";
  }
});

// src/trees/read-listed-trees.ts
var read_listed_trees_exports = {};
__export(read_listed_trees_exports, {
  READER_VERSION: () => READER_VERSION2,
  readListedTrees: () => readListedTrees
});
function listingPaths(environments3) {
  const locations = [...new Set(environments3.flatMap((env) => env.versionLocations))];
  return locations.includes("") ? void 0 : locations;
}
function* chain(first) {
  for (let slot = first; slot; slot = slot.next) yield slot;
}
function unreadable(path, blob, reason, fix2) {
  return {
    path,
    ...blob ? { blob } : {},
    revision: void 0,
    revisionSource: "none",
    downRevisions: void 0,
    branchLabels: [],
    dependsOn: [],
    sites: {},
    problems: [{ severity: "error", line: 1, reason, ...fix2 ? { fix: fix2 } : {} }]
  };
}
function withSymlinkCompat(files, env, realPaths) {
  if (realPaths.size === 0) return files;
  const compat = (path, real, kind) => ({ severity: "warning", code: "alembic-compat", line: 1, reason: compatSymlinkName(path, real, kind), fix: COMPAT_SYMLINK_NAME_FIX });
  const out = files.map((file) => {
    const real = realPaths.get(file.path);
    const kind = real === void 0 ? void 0 : symlinkNameCompat(file.path, basename5(real), env);
    return kind === void 0 ? file : { ...file, problems: [...file.problems, compat(file.path, basename5(real), kind)] };
  });
  for (const [path, realPath] of realPaths) {
    const real = basename5(realPath);
    if (symlinkNameCompat(path, real, env) !== "link-only" || selectRevisionFiles([path], env).length === 0) continue;
    out.push({ path, revision: void 0, revisionSource: "none", downRevisions: void 0, branchLabels: [], dependsOn: [], sites: {}, problems: [compat(path, real, "link-only")] });
  }
  return out;
}
async function listTrees(repo, specs, paths, link) {
  const shared5 = new SharedEntries();
  const listings = /* @__PURE__ */ new Map();
  return Promise.all(specs.map((spec) => {
    const key = spec.name === "index" || spec.name === "worktree" ? spec.name : `commit:${spec.commit}`;
    let listing = listings.get(key);
    if (!listing) {
      listing = (spec.name === "index" ? listIndex(repo, paths) : spec.name === "worktree" ? Promise.resolve({ entries: [], unmerged: [] }) : listTree(repo, spec.commit, paths).then((entries) => ({ entries, unmerged: [] }))).then(async ({ entries, unmerged }) => ({ linked: await link(spec, shared5.share(entries)), unmerged }));
      listings.set(key, listing);
    }
    return listing;
  }));
}
async function readListedTrees(repo, environments3, specs, options = {}) {
  const cache = options.cache === void 0 ? await ParseCache.open(repo.commonDir, READER_VERSION2) : options.cache;
  const blobReader = options.reader ?? new BlobReader(repo);
  const readBefore = blobReader.objectsRead;
  const hitsBefore = cache?.hitCount ?? 0;
  const stats = { blobsRead: 0, parsed: 0, cacheHits: 0 };
  const sources = /* @__PURE__ */ new Map();
  const held2 = holdHeapGrowth();
  let pooled = false;
  try {
    let resolveFile2 = function(t, path) {
      const entry = target(t, path);
      if (typeof entry === "string") return entry;
      if (slotAt(entry.oid, path)) return entry;
      const cached = options.keepSources ? void 0 : cache?.get(entry.oid, path);
      if (!cached && !unparsed(entry.oid)) toRead.push(entry.oid);
      const slot = { path, file: cached, next: void 0 };
      let last = blobs.get(entry.oid);
      if (!last) blobs.set(entry.oid, slot);
      else {
        while (last.next) last = last.next;
        last.next = slot;
      }
      return entry;
    };
    var resolveFile = resolveFile2;
    const paths = listingPaths(environments3);
    const locations = [...new Set(environments3.flatMap((env) => env.versionLocations))];
    const sourceOf = (spec) => ({
      list: (more) => spec.name === "index" ? listIndex(repo, more).then((l) => l.entries) : spec.name === "worktree" ? Promise.resolve([]) : listTree(repo, spec.commit, more),
      read: (oids) => blobReader.readAll(oids)
    });
    const vouched = specs.some((spec) => spec.name === "worktree") && !options.keepSources ? cleanIndexBlobs(repo, paths).catch(() => /* @__PURE__ */ new Map()) : Promise.resolve(/* @__PURE__ */ new Map());
    const listed = await listTrees(repo, specs, paths, (spec, entries) => new LinkedListing(entries).followLocations(locations, sourceOf(spec)));
    const selections = await Promise.all(specs.map(async (spec, t) => {
      if (spec.name !== "worktree") {
        const { linked: linked2 } = listed[t];
        const links = linked2.entries.filter((entry) => entry.mode === SYMLINK).map((entry) => entry.path);
        const realPaths = /* @__PURE__ */ new Map();
        if (links.length > 0) {
          for (const [path, target2] of await linked2.followFiles(links, sourceOf(spec))) if (typeof target2 !== "string") realPaths.set(path, target2.path);
        }
        return { entries: linked2.entries, problems: linked2.problems, realPaths };
      }
      const listing = await listWorktree(repo.root, environments3.flatMap((env) => env.versionLocations));
      return { entries: listing.paths.map((path) => ({ path, oid: "", mode: "100644" })), problems: listing.problems, realPaths: listing.links };
    }));
    const selectionOf = /* @__PURE__ */ new Map();
    const selected = selections.map(({ entries, realPaths }) => {
      let perEnv = selectionOf.get(entries);
      if (!perEnv) {
        const allPaths = entries.map((entry) => entry.path);
        perEnv = environments3.map((env) => selectRevisionFiles(allPaths, env, realPaths));
        selectionOf.set(entries, perEnv);
      }
      return perEnv;
    });
    const algorithm = repo.head?.length === 64 ? "sha256" : "sha1";
    const worktreeBytes = /* @__PURE__ */ new Map();
    for (const [t, spec] of specs.entries()) {
      if (spec.name !== "worktree") continue;
      const wanted = [...new Set(selected[t].flat())];
      const clean = await vouched;
      const read = await Promise.all(wanted.map((path) => clean.has(path) ? void 0 : readWorktreeFile(repo.root, path)));
      const entries = [];
      wanted.forEach((path, k) => {
        const indexed = clean.get(path);
        if (indexed) {
          entries.push({ path, oid: indexed, mode: "100644" });
          return;
        }
        const bytes = read[k];
        if (!bytes) return;
        const oid = objectId("blob", bytes, algorithm).toString("hex");
        worktreeBytes.set(oid, bytes);
        entries.push({ path, oid, mode: "100644" });
      });
      selections[t].entries = entries;
    }
    const linkedOf = /* @__PURE__ */ new Map();
    const linked = specs.map((spec, t) => {
      const entries = selections[t].entries;
      let listing = linkedOf.get(entries);
      if (!listing) linkedOf.set(entries, listing = spec.name === "worktree" ? new LinkedListing(entries) : listed[t].linked);
      return listing;
    });
    const followedOf = /* @__PURE__ */ new Map();
    const followed = await Promise.all(specs.map((spec, t) => {
      let links = followedOf.get(linked[t]);
      if (!links) followedOf.set(linked[t], links = linked[t].followFiles(selected[t].flat(), sourceOf(spec)));
      return links;
    }));
    const target = (t, path) => followed[t].get(path) ?? linked[t].entryAt(path) ?? symlinkNotFollowed(path, path);
    const blobs = /* @__PURE__ */ new Map();
    const slotAt = (oid, path) => {
      for (const slot of chain(blobs.get(oid))) if (slot.path === path) return slot;
      return void 0;
    };
    const unparsed = (oid) => {
      for (const slot of chain(blobs.get(oid))) if (slot.file === void 0) return true;
      return false;
    };
    const toRead = [];
    const resolvedOf = /* @__PURE__ */ new Map();
    const resolved = selected.map((perEnv, t) => {
      const known2 = resolvedOf.get(perEnv);
      if (known2) return known2;
      const entries = perEnv.map((files) => files.map((path) => resolveFile2(t, path)));
      resolvedOf.set(perEnv, entries);
      return entries;
    });
    const fileAt = (oid, path) => {
      return slotAt(oid, path).file;
    };
    const pathsOf = (oid) => {
      const paths2 = [];
      for (const slot of chain(blobs.get(oid))) if (slot.file === void 0) paths2.push(slot.path);
      return paths2;
    };
    const keepParsed = (oid, files, parsedCount, source) => {
      stats.parsed += parsedCount;
      let next = 0;
      for (const slot of chain(blobs.get(oid))) if (slot.file === void 0) slot.file = files[next++];
      if (source) sources.set(oid, source);
    };
    const parseHere = (oid, bytes) => {
      const { files, parsed, source, expressions } = parseBlob(oid, bytes, pathsOf(oid), (file) => cache ? cache.set(oid, file) : file);
      keepParsed(oid, files, parsed.filter(Boolean).length, options.keepSources || expressions ? source : void 0);
    };
    for (const [oid, bytes] of worktreeBytes) if (unparsed(oid)) parseHere(oid, bytes);
    const gitOids = toRead.filter((oid) => !worktreeBytes.has(oid));
    const pool = !options.keepSources && gitOids.length >= (options.workers?.minimum ?? POOL_MINIMUM) ? ParsePool.start(options.workers?.script) : void 0;
    if (pool) {
      pooled = true;
      try {
        await pool.ready;
        const answered = [];
        const keepAnswer = (oid, { files, source }) => {
          const paths2 = pathsOf(oid);
          if (files.length !== paths2.length) return false;
          const kept = [];
          for (const [k, answer] of files.entries()) {
            const file = answer === null ? kept[0] ? { ...kept[0], path: paths2[k] } : void 0 : typeof answer === "string" ? cache ? cache.setEncoded(oid, paths2[k], answer) : decodeParse(answer, paths2[k], oid) : cache ? cache.set(oid, answer) : answer;
            if (file === void 0) return false;
            kept.push(file);
          }
          keepParsed(oid, kept, files.filter((answer) => answer !== null).length, source);
          return true;
        };
        let sinceCollected = 0;
        const builder = new BatchBuilder();
        const send = async (batch) => {
          let answer = pool.offer(batch);
          while (!answer && pool.working) {
            await pool.room();
            answer = pool.offer(batch);
          }
          if (!answer) {
            for (const { oid, start, end } of batch.blobs) parseHere(oid, batch.bytes.subarray(start, end));
            return;
          }
          answered.push(answer.then((blobs2) => {
            sinceCollected += batch.blobs.length;
            if (sinceCollected >= COLLECT_EVERY) {
              sinceCollected = 0;
              collectGarbage();
            }
            batch.blobs.forEach(({ oid, start, end }, b) => {
              const parsed = blobs2?.[b];
              if (!parsed || parsed.oid !== oid || !keepAnswer(oid, parsed)) parseHere(oid, batch.bytes.subarray(start, end));
            });
          }));
        };
        let sending = Promise.resolve();
        await blobReader.forEach(gitOids, (oid, bytes) => {
          builder.add(oid, bytes, pathsOf(oid));
          if (!builder.full) return void 0;
          const batch = builder.take();
          sending = sending.then(() => send(batch));
          return sending;
        });
        await sending;
        const rest = builder.take();
        for (const { oid, start, end } of rest.blobs) parseHere(oid, rest.bytes.subarray(start, end));
        await Promise.all(answered);
      } finally {
        await pool.close();
      }
      collectGarbage();
    } else if (gitOids.length > 0) await blobReader.forEach(gitOids, parseHere);
    for (const [oid, first] of blobs) {
      for (const slot of chain(first)) slot.file ??= unreadable(slot.path, oid, blobMissing(slot.path, oid));
    }
    let relabelled;
    const labelConstants = specs.map(() => false);
    if (anyExpressionItems([...blobs.values()].flatMap((first) => [...chain(first)].map((slot) => slot.file)))) {
      const requests = specs.map((spec, t) => ({
        tree: spec,
        files: [...new Set(resolved[t].flatMap((row2, e) => row2.flatMap((entry, k) => typeof entry === "string" ? [] : [fileAt(entry.oid, selected[t][e][k])])))].filter(hasExpressionItems)
      }));
      for (const { tree, files } of requests) {
        if (tree.name !== "worktree") continue;
        for (const file of files) {
          if (!file.blob || sources.has(file.blob) || worktreeBytes.has(file.blob)) continue;
          const bytes = await readWorktreeFile(repo.root, file.path);
          if (bytes) worktreeBytes.set(file.blob, bytes);
        }
      }
      requests.forEach((request, t) => {
        labelConstants[t] = request.files.length > 0;
      });
      relabelled = await resolveLabelExpressions(repo, requests, { reader: blobReader, algorithm, sources, worktreeBytes });
    }
    const trees = specs.map((spec, t) => ({
      spec,
      entries: selections[t].entries,
      unmerged: listed[t].unmerged,
      files: resolved[t].map((row2, e) => withSymlinkCompat(row2.map((entry, k) => {
        const path = selected[t][e][k];
        if (typeof entry === "string") return unreadable(path, void 0, entry, SYMLINK_FIX);
        const file = fileAt(entry.oid, path);
        return relabelled?.[t].get(file) ?? file;
      }), environments3[e], selections[t].realPaths)),
      problems: selections[t].problems,
      labelConstants: labelConstants[t]
    }));
    await cache?.save();
    stats.blobsRead = blobReader.objectsRead - readBefore;
    stats.cacheHits = (cache?.hitCount ?? 0) - hitsBefore;
    return { trees, stats, sources, worktreeBytes, pooled };
  } finally {
    if (pooled) held2.keepUntilExit();
    else held2.release();
    if (!options.reader) await blobReader.close();
  }
}
var READER_VERSION2, basename5, COLLECT_EVERY;
var init_read_listed_trees = __esm({
  "src/trees/read-listed-trees.ts"() {
    "use strict";
    init_reader();
    init_messages();
    init_blob_reader();
    init_clean_index_blobs();
    init_list_index();
    init_list_tree();
    init_tree_links();
    init_shared_entries();
    init_parse_cache();
    init_resolve_label_expressions();
    init_parse_cache_codec();
    init_parse_blob();
    init_parse_pool();
    init_worktree_reader();
    init_object_id();
    init_collect_garbage();
    init_hold_heap_growth();
    READER_VERSION2 = String(READER_VERSION ?? "migcheck-0.1.0");
    basename5 = (path) => path.slice(path.lastIndexOf("/") + 1);
    COLLECT_EVERY = 1e4;
  }
});

// bundle-of:node_modules/smol-toml/dist/index.js
var dist_exports = {};
__export(dist_exports, {
  TomlDate: () => TomlDate,
  TomlError: () => TomlError,
  default: () => dist_default,
  parse: () => parse2,
  stringify: () => stringify
});
var shared3, TomlDate, TomlError, parse2, stringify, dist_default;
var init_dist = __esm({
  "bundle-of:node_modules/smol-toml/dist/index.js"() {
    shared3 = require("./boot.cjs").requireBundle("toml").__modules["node_modules/smol-toml/dist/index"];
    ({ TomlDate, TomlError, parse: parse2, stringify } = shared3);
    dist_default = shared3.default;
  }
});

// bundle-of:src/app/database-report.ts
var database_report_exports = {};
__export(database_report_exports, {
  ROWS_LIMIT: () => ROWS_LIMIT,
  appliedRepoints: () => appliedRepoints,
  chooseEnvironment: () => chooseEnvironment,
  databaseUrl: () => databaseUrl,
  environmentNames: () => environmentNames,
  inspectDatabase: () => inspectDatabase,
  readDatabaseReport: () => readDatabaseReport,
  versionTableFor: () => versionTableFor
});
var shared4, ROWS_LIMIT, appliedRepoints, chooseEnvironment, databaseUrl, environmentNames, inspectDatabase, readDatabaseReport, versionTableFor;
var init_database_report = __esm({
  "bundle-of:src/app/database-report.ts"() {
    shared4 = require("./boot.cjs").requireBundle("db").__modules["app/database-report"];
    ({ ROWS_LIMIT, appliedRepoints, chooseEnvironment, databaseUrl, environmentNames, inspectDatabase, readDatabaseReport, versionTableFor } = shared4);
  }
});

// <explain bundle>
var explain_bundle_exports = {};
__export(explain_bundle_exports, {
  __modules: () => __modules,
  run: () => run
});
module.exports = __toCommonJS(explain_bundle_exports);

// src/cli/commands/explain.ts
var explain_exports = {};
__export(explain_exports, {
  run: () => run
});

// src/core/analysis/diff-revision-files.ts
function sameContent(a, b) {
  if (a.blob !== void 0 && b.blob !== void 0) return a.blob === b.blob;
  const identity = (f) => JSON.stringify([f.revision, f.downRevisions, f.branchLabels, f.dependsOn, f.problems, f.revises?.text]);
  return identity(a) === identity(b);
}
function pairRenames(added, deleted) {
  const pairs = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  const pick = (match) => {
    for (const a of added) {
      if (pairs.has(a)) continue;
      const d = deleted.find((candidate) => !taken.has(candidate) && match(candidate, a));
      if (d) {
        pairs.set(a, d);
        taken.add(d);
      }
    }
  };
  pick((d, a) => d.blob !== void 0 && d.blob === a.blob);
  pick((d, a) => d.revision !== void 0 && d.revision === a.revision);
  return pairs;
}
function diffRevisionFiles(allBase, allChecked) {
  let start = 0;
  while (start < allBase.length && start < allChecked.length && allBase[start] === allChecked[start]) start++;
  let end = 0;
  while (end < allBase.length - start && end < allChecked.length - start && allBase[allBase.length - 1 - end] === allChecked[allChecked.length - 1 - end]) end++;
  const base = start === 0 && end === 0 ? allBase : allBase.slice(start, allBase.length - end);
  const checked = start === 0 && end === 0 ? allChecked : allChecked.slice(start, allChecked.length - end);
  const before = new Map(base.map((f) => [f.path, f]));
  const after = new Set(checked.map((f) => f.path));
  const added = checked.filter((f) => !before.has(f.path));
  const deleted = base.filter((f) => !after.has(f.path));
  const renames = pairRenames(added, deleted);
  const renamedFrom = new Set(renames.values());
  const changes = [];
  for (const f of checked) {
    const old = before.get(f.path);
    const from = renames.get(f);
    if (old) {
      if (!sameContent(old, f)) changes.push({ kind: "modified", before: old, after: f });
    } else if (from) changes.push({ kind: "renamed", before: from, after: f });
    else changes.push({ kind: "added", after: f });
  }
  for (const d of deleted) if (!renamedFrom.has(d)) changes.push({ kind: "deleted", before: d });
  return changes;
}

// src/core/analysis/merge-trees.ts
var dirOf = (path) => path.slice(0, path.lastIndexOf("/") + 1);
function locate(files, before) {
  const byPath = files.findIndex((f) => f.path === before.path);
  if (byPath >= 0) return byPath;
  const byBlob = before.blob === void 0 ? -1 : files.findIndex((f) => f.blob === before.blob);
  if (byBlob >= 0) return byBlob;
  return before.revision === void 0 ? -1 : files.findIndex((f) => f.revision === before.revision);
}
function place(files, file) {
  const at = files.findIndex((f) => f.path === file.path);
  if (at >= 0) {
    files[at] = file;
    return;
  }
  const dir = dirOf(file.path);
  let insert = -1;
  for (let i = 0; i < files.length; i += 1) {
    const f = files[i];
    if (dirOf(f.path) !== dir) continue;
    if (f.path > file.path) {
      insert = i;
      break;
    }
    insert = i + 1;
  }
  if (insert < 0) files.push(file);
  else files.splice(insert, 0, file);
}
function mergeTrees(target, base, checked, changes = diffRevisionFiles(base, checked)) {
  const files = [...target];
  for (const change of changes) {
    switch (change.kind) {
      case "added":
        place(files, change.after);
        break;
      case "modified": {
        const at = locate(files, change.before);
        if (at >= 0) files[at] = files[at].path === change.after.path ? change.after : { ...change.after, path: files[at].path };
        else place(files, change.after);
        break;
      }
      case "renamed": {
        const at = locate(files, change.before);
        if (at >= 0) files.splice(at, 1);
        place(files, change.after);
        break;
      }
      case "deleted": {
        const at = locate(files, change.before);
        if (at >= 0) files.splice(at, 1);
        break;
      }
    }
  }
  return files;
}

// src/core/graph/ancestors.ts
function ancestors(graph, ids2, options = {}) {
  return reach(graph, ids2, options, (node) => options.dependsOn ? [...node.parents, ...node.dependsOn] : node.parents);
}
function descendants(graph, ids2, options = {}) {
  return reach(graph, ids2, options, (node) => options.dependsOn ? [...node.children, ...node.dependents ?? []] : node.children);
}
function reach(graph, ids2, options, next) {
  const found = /* @__PURE__ */ new Set();
  const starts = [...ids2].filter((id) => graph.nodes.has(id));
  const todo = starts.flatMap((id) => next(graph.nodes.get(id)));
  while (todo.length > 0) {
    const id = todo.pop();
    if (found.has(id)) continue;
    found.add(id);
    for (const n of next(graph.nodes.get(id))) if (!found.has(n)) todo.push(n);
  }
  if (options.inclusive) for (const id of starts) found.add(id);
  return found;
}

// src/core/graph/meant-revision.ts
function meantRevisionLookup(files) {
  const byKey = /* @__PURE__ */ new Map();
  const add = (key, meant) => {
    if (!key) return;
    const known2 = byKey.get(key);
    if (known2 === void 0) byKey.set(key, meant);
    else if (known2 !== null && known2.revision !== meant.revision) byKey.set(key, null);
  };
  for (const file of files) {
    if (file.revision === void 0) continue;
    const meant = { revision: file.revision, file: file.path };
    const name = baseName(file.path);
    const stem = name.replace(/\.py[co]?$/, "");
    add(name, meant);
    add(stem, meant);
    if (stem.startsWith(`${file.revision}_`)) add(stem.slice(file.revision.length + 1), meant);
  }
  return (missing) => byKey.get(baseName(missing.trim())) ?? void 0;
}
function baseName(path) {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}

// src/core/graph/propagate-labels.ts
function propagateLabels(nodes, own, order, isMergePoint2) {
  const labels = /* @__PURE__ */ new Map();
  if (own.size === 0) {
    for (const id of order) labels.set(id, []);
    return labels;
  }
  const none = [];
  const inherited = /* @__PURE__ */ new Map();
  for (const id of order) {
    const node = nodes.get(id);
    const mine = own.get(id) ?? none;
    const parents = node.parents;
    if (mine.length === 0 && parents.length === 1 && parents[0] !== id) inherited.set(id, inherited.get(parents[0]) ?? none);
    else inherited.set(id, union([mine, ...parents.filter((p) => p !== id).map((p) => inherited.get(p) ?? none)]));
  }
  const clean = (node) => {
    const dependents = node.dependents ?? [];
    const next = dependents.length === 0 ? node.children.length : (/* @__PURE__ */ new Set([...node.children, ...dependents])).size;
    return next <= 1 && !isMergePoint2(node.id);
  };
  const lineToLeaf = /* @__PURE__ */ new Set();
  const carried = /* @__PURE__ */ new Map();
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i];
    const node = nodes.get(id);
    if (!clean(node)) continue;
    const child = node.children.length === 1 && node.children[0] !== id ? node.children[0] : void 0;
    if (node.children.length === 0 || child !== void 0 && lineToLeaf.has(child)) lineToLeaf.add(id);
    const start = lineToLeaf.has(id) ? own.get(id) ?? none : none;
    const fromChild = child !== void 0 ? carried.get(child) ?? none : none;
    const mine = start.length === 0 ? fromChild : fromChild.length === 0 ? start : union([start, fromChild]);
    if (mine.length > 0) carried.set(id, mine);
  }
  for (const id of order) {
    const from = inherited.get(id) ?? none;
    const walked = carried.get(id);
    labels.set(id, walked === void 0 || walked === from ? from.slice() : union([from, walked]).slice());
  }
  return labels;
}
function union(lists) {
  const nonEmpty = lists.filter((l) => l.length > 0);
  if (nonEmpty.length === 0) return [];
  if (nonEmpty.length === 1) return nonEmpty[0];
  return [...new Set(nonEmpty.flat())].sort();
}

// src/core/graph/strongly-connected.ts
function stronglyConnected(count2, successors) {
  const index = new Int32Array(count2).fill(-1);
  const low = new Int32Array(count2);
  const onStack = new Uint8Array(count2);
  const stack = [];
  const components2 = [];
  const frames = [];
  let counter = 0;
  const enter = (vertex) => {
    index[vertex] = low[vertex] = counter++;
    stack.push(vertex);
    onStack[vertex] = 1;
    frames.push({ vertex, edges: successors(vertex), next: 0 });
  };
  for (let root = 0; root < count2; root++) {
    if (index[root] !== -1) continue;
    enter(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      if (frame.next < frame.edges.length) {
        const to = frame.edges[frame.next++];
        if (index[to] === -1) enter(to);
        else if (onStack[to]) low[frame.vertex] = Math.min(low[frame.vertex], index[to]);
        continue;
      }
      frames.pop();
      const v = frame.vertex;
      if (low[v] === index[v]) {
        const component = [];
        let w;
        do {
          w = stack.pop();
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        components2.push(component.reverse());
      }
      const parent = frames[frames.length - 1];
      if (parent) low[parent.vertex] = Math.min(low[parent.vertex], low[v]);
    }
  }
  return components2;
}

// src/core/graph/topological-order.ts
function topologicalOrder(graph, ids2, options = {}) {
  const position = /* @__PURE__ */ new Map();
  graph.order.forEach((id, i) => position.set(id, i));
  const member2 = new Uint8Array(graph.order.length);
  if (ids2 === void 0) member2.fill(1);
  else for (const id of ids2) if (position.has(id)) member2[position.get(id)] = 1;
  const waiting = new Int32Array(graph.order.length);
  const ready = options.ties === "lines" ? new LineStack() : new MinHeap();
  let members = 0;
  graph.order.forEach((id, i) => {
    if (!member2[i]) return;
    members++;
    let count2 = 0;
    for (const parent of graph.nodes.get(id).parents) if (member2[position.get(parent)]) count2++;
    waiting[i] = count2;
    if (count2 === 0) ready.push(i);
  });
  ready.settle();
  const result = [];
  while (ready.size > 0) {
    const i = ready.pop();
    result.push(graph.order[i]);
    for (const child of graph.nodes.get(graph.order[i]).children) {
      const c = position.get(child);
      if (member2[c] && --waiting[c] === 0) ready.push(c);
    }
    ready.settle();
  }
  if (result.length < members) graph.order.forEach((id, i) => {
    if (member2[i] && waiting[i] > 0) result.push(id);
  });
  return result;
}
var MinHeap = class {
  items = [];
  get size() {
    return this.items.length;
  }
  settle() {
  }
  push(value) {
    const items = this.items;
    let i = items.push(value) - 1;
    while (i > 0) {
      const up = i - 1 >> 1;
      if (items[up] <= value) break;
      items[i] = items[up];
      i = up;
    }
    items[i] = value;
  }
  pop() {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0) {
      let i = 0;
      for (; ; ) {
        const left = 2 * i + 1;
        if (left >= items.length) break;
        const right = left + 1;
        const child = right < items.length && items[right] < items[left] ? right : left;
        if (items[child] >= last) break;
        items[i] = items[child];
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
};
var LineStack = class {
  items = [];
  round = 0;
  get size() {
    return this.items.length;
  }
  push(value) {
    this.items.push(value);
    this.round++;
  }
  settle() {
    if (this.round > 1) {
      const items = this.items;
      for (let a = items.length - this.round, b = items.length - 1; a < b; a++, b--) [items[a], items[b]] = [items[b], items[a]];
    }
    this.round = 0;
  }
  pop() {
    return this.items.pop();
  }
};

// src/core/graph/build-graph.ts
var NONE = Object.freeze([]);
function buildGraph(files) {
  const unreadable2 = [];
  const order = [];
  const nodes = /* @__PURE__ */ new Map();
  let repeats;
  for (const file of files) {
    const id = file.revision;
    if (id === void 0) {
      unreadable2.push(file);
      continue;
    }
    const known2 = nodes.get(id);
    if (known2 === void 0) {
      nodes.set(id, { id, file, parents: NONE, dependsOn: NONE, children: NONE, labels: NONE, dependents: NONE });
      order.push(id);
      continue;
    }
    repeats ??= /* @__PURE__ */ new Map();
    const paths = repeats.get(id);
    if (paths) paths.push(file.path);
    else repeats.set(id, [known2.file.path, file.path]);
    known2.file = file;
  }
  const problems = [];
  if (repeats) {
    for (const id of order) if (repeats.has(id)) problems.push({ kind: "duplicate-revision", revision: id, files: repeats.get(id) });
  }
  const { labelled, own } = mapBranchLabels(order, nodes, problems);
  const resolve5 = (ref) => nodes.has(ref) ? ref : labelled.get(ref);
  let meant;
  const missing = (node, ref, via) => {
    meant ??= meantRevisionLookup(files);
    const hint = meant(ref);
    problems.push({ kind: "missing-parent", revision: node.id, file: node.file.path, missing: ref, via, ...hint ? { meant: hint } : {} });
  };
  for (const id of order) {
    const node = nodes.get(id);
    for (const ref of node.file.downRevisions ?? []) {
      const target = resolve5(ref);
      if (target === void 0) missing(node, ref, "down_revision");
      if (target !== void 0 && target !== ref) problems.push({ kind: "label-as-parent", revision: id, file: node.file.path, label: ref, resolved: target });
      if (target === void 0) continue;
      if (node.parents === NONE) node.parents = [target];
      else if (!node.parents.includes(target)) node.parents.push(target);
    }
    for (const item of node.file.dependsOn) {
      if (item.kind !== "string") continue;
      const target = resolve5(item.value);
      if (target === void 0) missing(node, item.value, "depends_on");
      else if (node.dependsOn === NONE) node.dependsOn = [target];
      else if (!node.dependsOn.includes(target)) node.dependsOn.push(target);
    }
  }
  for (const id of order) {
    const node = nodes.get(id);
    for (const parent of node.parents) {
      const above = nodes.get(parent);
      if (above.children === NONE) above.children = [id];
      else above.children.push(id);
    }
    for (const dependency of node.dependsOn) {
      const needed = nodes.get(dependency);
      if (needed.dependents === NONE) needed.dependents = [id];
      else needed.dependents.push(id);
    }
  }
  findCycles(order, nodes, problems);
  const graph = {
    nodes,
    order,
    // get_heads(): revisions no other revision names in down_revision, in load order.
    heads: order.filter((id) => nodes.get(id).children.length === 0),
    // is_base: down_revision is None (an unreadable down_revision is unknown, not a base).
    bases: order.filter((id) => nodes.get(id).file.downRevisions?.length === 0),
    problems,
    unreadable: unreadable2,
    files
  };
  const isMergePoint2 = (id) => {
    const written = nodes.get(id).file.downRevisions ?? [];
    return written.length > 1 && new Set(written).size > 1;
  };
  if (own.size > 0) for (const [id, list2] of propagateLabels(nodes, own, topologicalOrder(graph), isMergePoint2)) nodes.get(id).labels = list2;
  return graph;
}
function mapBranchLabels(order, nodes, problems) {
  const owners = /* @__PURE__ */ new Map();
  const own = /* @__PURE__ */ new Map();
  for (const id of order) {
    const items = nodes.get(id).file.branchLabels;
    if (items.length === 0) continue;
    own.set(id, [...new Set(items.map((i) => i.kind === "string" ? i.value : i.text))].sort());
    for (const item of items) {
      if (item.kind !== "string") continue;
      const list2 = owners.get(item.value);
      if (list2) list2.push(id);
      else owners.set(item.value, nodes.has(item.value) ? [item.value, id] : [id]);
    }
  }
  const labelled = /* @__PURE__ */ new Map();
  for (const [label, list2] of owners) {
    labelled.set(label, list2[0]);
    if (list2.length > 1) problems.push({ kind: "duplicate-label", label, revisions: unique(list2) });
  }
  return { labelled, own };
}
function findCycles(order, nodes, problems) {
  const position = /* @__PURE__ */ new Map();
  order.forEach((id, i) => position.set(id, i));
  const at = order.map((id) => nodes.get(id));
  const cycles = (parents, children) => {
    const stuck = unpeeled(order.length, (v) => parents(v).length, (v) => children(v).map((c) => position.get(c)));
    if (stuck.length === 0) return [];
    const local = new Map(stuck.map((v, i) => [v, i]));
    const edges = stuck.map((v) => parents(v).flatMap((p) => local.has(position.get(p)) ? [local.get(position.get(p))] : []));
    return stronglyConnected(stuck.length, (v) => edges[v]).filter((c) => c.length > 1 || edges[c[0]].includes(c[0])).map((c) => c.map((v) => stuck[v]).sort((a, b) => a - b)).sort((a, b) => a[0] - b[0]);
  };
  const viaDown = downPeels(at, position) ? [] : cycles((v) => at[v].parents, (v) => at[v].children);
  for (const c of viaDown) problems.push({ kind: "cycle", revisions: c.map((v) => order[v]), via: "down_revision" });
  if (!at.some((n) => n.dependsOn.length > 0)) return;
  const both = (a, b) => b.length === 0 ? a : [.../* @__PURE__ */ new Set([...a, ...b])];
  const seen = new Set(viaDown.map((c) => c.join(",")));
  for (const c of cycles((v) => both(at[v].parents, at[v].dependsOn), (v) => both(at[v].children, at[v].dependents ?? []))) {
    if (!seen.has(c.join(","))) problems.push({ kind: "cycle", revisions: c.map((v) => order[v]), via: "depends_on" });
  }
}
function downPeels(at, position) {
  const waiting = new Int32Array(at.length);
  const ready = [];
  for (let v = 0; v < at.length; v++) {
    waiting[v] = at[v].parents.length;
    if (waiting[v] === 0) ready.push(v);
  }
  let emitted = 0;
  while (ready.length > 0) {
    const v = ready.pop();
    emitted++;
    for (const child of at[v].children) {
      const c = position.get(child);
      if (--waiting[c] === 0) ready.push(c);
    }
  }
  return emitted === at.length;
}
function unpeeled(count2, parentCount, children) {
  const waiting = new Int32Array(count2);
  const ready = [];
  for (let v = 0; v < count2; v++) {
    waiting[v] = parentCount(v);
    if (waiting[v] === 0) ready.push(v);
  }
  let emitted = 0;
  while (ready.length > 0) {
    const v = ready.pop();
    emitted++;
    for (const c of children(v)) if (--waiting[c] === 0) ready.push(c);
  }
  if (emitted === count2) return [];
  const stuck = [];
  for (let v = 0; v < count2; v++) if (waiting[v] > 0) stuck.push(v);
  return stuck;
}
function unique(items) {
  return [...new Set(items)];
}

// src/core/graph/reached-by-all.ts
function reachedByAll(graph, ids2, walk) {
  let common;
  for (const id of new Set(ids2)) {
    const reached = walk(graph, [id], { inclusive: true });
    common = common === void 0 ? reached : new Set([...common].filter((r) => reached.has(r)));
    if (common.size === 0) break;
  }
  return common ?? /* @__PURE__ */ new Set();
}

// src/core/graph/divergence-point.ts
function divergencePoint(graph, heads) {
  return topologicalOrder(graph, reachedByAll(graph, heads, ancestors)).at(-1);
}

// src/core/graph/unexcused-heads.ts
function unexcusedHeads(graph, allowedHeads = []) {
  const heads = [...new Set(graph.heads)].filter((h) => !allowedHeads.includes(h) && graph.nodes.get(h)?.file.downRevisions !== void 0);
  const labels = heads.map((h) => new Set(graph.nodes.get(h)?.labels ?? []));
  const ownsLabel = (i) => [...labels[i]].some((l) => labels.every((other, j) => j === i || !other.has(l)));
  return heads.filter((_, i) => !ownsLabel(i));
}

// src/core/merge/revision-file-name.ts
init_errors();
init_messages();
var WORD = /[\p{L}\p{N}_]+/gu;
function slugOf(message, truncateSlugLength = 40) {
  let slug = (message ?? "").match(WORD)?.join("_").toLowerCase() ?? "";
  const limit = truncateSlugLength || 40;
  if ([...slug].length > limit) {
    const cut = [...slug].slice(0, limit).join("");
    const at = cut.lastIndexOf("_");
    slug = `${at < 0 ? cut : cut.slice(0, at)}_`;
  }
  return slug;
}

// src/core/explain/explain-environment.ts
init_messages();

// src/core/explain/explain-history.ts
function revisionsByPath(graph) {
  const byPath = /* @__PURE__ */ new Map();
  for (const node of graph.nodes.values()) byPath.set(node.file.path, node.id);
  return byPath;
}
function addingCommits(history2) {
  const by = /* @__PURE__ */ new Map();
  for (const entry of history2?.added ?? []) for (const path of entry.paths) if (!by.has(path)) by.set(path, entry.commit);
  return by;
}
function headsOf(graph, present) {
  return graph.order.filter((id) => present.has(id) && !graph.nodes.get(id).children.some((c) => present.has(c)));
}
function forkChildren(graph, heads) {
  const below = heads.map((h) => ancestors(graph, [h], { inclusive: true }));
  const reach2 = (id) => below.map((set) => set.has(id) ? "1" : "0").join("");
  const out = [];
  for (const id of graph.order) {
    const node = graph.nodes.get(id);
    const children = node.children.filter((c) => below.some((set) => set.has(c)));
    if (children.length < 2 || new Set(children.map(reach2)).size < 2) continue;
    for (const child of children) if (!out.includes(child)) out.push(child);
  }
  return out;
}
function olderParents(graph, candidates, history2, universe) {
  if (!history2) return [];
  const byPath = revisionsByPath(graph);
  const addedBy = addingCommits(history2);
  const line = [...history2.line].reverse();
  const out = [];
  for (const id of candidates) {
    const node = graph.nodes.get(id);
    const commit = addedBy.get(node.file.path) ?? null;
    if (commit === null) continue;
    const onLine = line.findIndex((entry) => entry.commit.id === commit.id);
    const before = onLine >= 0 ? line.slice(0, onLine) : line.filter((entry) => entry.commit.time <= commit.time);
    const present = /* @__PURE__ */ new Set();
    for (const entry of before) for (const path of entry.paths) {
      const rev = byPath.get(path);
      if (rev !== void 0 && universe.has(rev)) present.add(rev);
    }
    const older = node.parents.some((p) => present.has(p) && graph.nodes.get(p).children.some((c) => c !== id && present.has(c)));
    if (!older) continue;
    out.push({
      revision: id,
      file: node.file.path,
      downRevision: [...node.parents],
      commit,
      targetHeads: headsOf(graph, present),
      targetCommit: before.at(-1)?.commit ?? null
    });
  }
  return out;
}
function secondHead(graph, history2, universe) {
  if (!history2) return null;
  const byPath = revisionsByPath(graph);
  const present = /* @__PURE__ */ new Set();
  const presentChildren = /* @__PURE__ */ new Map();
  let heads = 0;
  let since = null;
  for (const entry of [...history2.line].reverse()) {
    const before = heads;
    for (const path of entry.paths) {
      const id = byPath.get(path);
      if (id === void 0 || !universe.has(id) || present.has(id)) continue;
      present.add(id);
      const node = graph.nodes.get(id);
      const children = node.children.filter((c) => present.has(c)).length;
      presentChildren.set(id, children);
      if (children === 0) heads++;
      for (const parent of new Set(node.parents)) {
        if (!present.has(parent)) continue;
        const count2 = presentChildren.get(parent);
        if (count2 === 0) heads--;
        presentChildren.set(parent, count2 + 1);
      }
    }
    if (heads < 2) since = null;
    else if (before < 2 || since === null) since = { commit: entry.commit, present: new Set(present) };
  }
  if (since === null) return null;
  return { commit: since.commit, merge: since.commit.parents.length > 1, heads: headsOf(graph, since.present) };
}

// src/core/explain/explain-environment.ts
function forkHeads(graph, allowedHeads) {
  const heads = unexcusedHeads(graph, allowedHeads);
  return heads.length > 1 ? heads : [];
}
function chainsOf(graph, heads) {
  const divergence = divergencePoint(graph, heads);
  const shared5 = divergence === void 0 ? /* @__PURE__ */ new Set() : ancestors(graph, [divergence], { inclusive: true });
  const chains = heads.map((head) => {
    const own = [...ancestors(graph, [head], { inclusive: true })].filter((id) => !shared5.has(id));
    return { head, revisions: topologicalOrder(graph, own) };
  });
  return { divergence, chains };
}
function describedRevisions(graph, heads) {
  const { divergence, chains } = chainsOf(graph, heads);
  return [.../* @__PURE__ */ new Set([...heads, ...divergence === void 0 ? [] : [divergence], ...chains.flatMap((c) => c.revisions)])];
}
function mergeRevisionId(heads) {
  const text = [...heads].sort().join(" ");
  const fnv = (seed) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
    return h;
  };
  return `${fnv(2166136261).toString(16).padStart(8, "0")}${(fnv(84696351) & 65535).toString(16).padStart(4, "0")}`;
}
function mergeFix(input) {
  const revision = mergeRevisionId(input.heads);
  const message = EXPLAIN_MERGE_MESSAGE;
  return {
    revision,
    downRevision: [...input.heads],
    message,
    migcheck: explainMergeCommand(message, revision, input.dir),
    alembic: explainAlembicMerge(input.alembic.args, message, revision, input.heads),
    ...input.alembic.cwd === void 0 ? {} : { alembicCwd: input.alembic.cwd },
    target: input.targetRef
  };
}
function mergeRevisionFile(fix2, dir) {
  return {
    path: `${dir}/${fix2.revision}_${slugOf(fix2.message)}.py`,
    revision: fix2.revision,
    revisionSource: "variable",
    downRevisions: [...fix2.downRevision],
    branchLabels: [],
    dependsOn: [],
    sites: {},
    emptyMigration: true,
    problems: []
  };
}
function branchFix(input) {
  const own = input.graph.order.filter((id) => !input.explained.nodes.has(id));
  if (own.length === 0) return void 0;
  const below = new Set(ancestors(input.explained, input.heads, { inclusive: true }));
  const merges = own.filter((id) => input.graph.nodes.get(id).parents.filter((p) => input.heads.includes(p)).length > 1);
  const revisesOldHead = own.filter((id) => !merges.includes(id) && input.graph.nodes.get(id).parents.some((p) => below.has(p)));
  const moves = input.plan.steps.some((s) => s.action !== "git");
  if (merges.length === 0 && revisesOldHead.length === 0 && !moves) return void 0;
  return { branch: input.branch, commit: input.commit, mergeBase: input.mergeBase, merges, revisesOldHead, plan: input.plan };
}
function explainEnvironment(input) {
  const { graph } = input;
  const heads = forkHeads(graph, input.allowedHeads);
  const base = { dir: input.dir, versionLocations: [...input.versionLocations], ...input.config === void 0 ? {} : { config: input.config } };
  if (heads.length === 0) {
    return { ...base, state: "healthy", heads: [], divergencePoint: null, chains: [], history: { olderParents: [], secondHead: null, line: null }, fix: null };
  }
  const addedBy = addingCommits(input.history);
  const facts = (id) => {
    const file = graph.nodes.get(id).file;
    const doc = input.docstrings.get(file.path) ?? {};
    return { revision: id, file: file.path, ...doc, commit: addedBy.get(file.path) ?? null };
  };
  const { divergence, chains } = chainsOf(graph, heads);
  const universe = ancestors(graph, heads, { inclusive: true });
  return {
    ...base,
    state: "multiple-heads",
    heads: heads.map(facts),
    divergencePoint: divergence === void 0 ? null : facts(divergence),
    chains: chains.map((c) => ({ head: c.head, revisions: c.revisions.map(facts) })),
    history: {
      olderParents: olderParents(graph, forkChildren(graph, heads), input.history, universe),
      secondHead: secondHead(graph, input.history, universe),
      line: input.history?.lineRef ?? null
    },
    fix: input.merge || input.branches.length > 0 ? { merge: input.merge ?? null, branches: [...input.branches] } : null
  };
}
function forkGraph(graph, heads) {
  const { divergence, chains } = chainsOf(graph, heads);
  const ids2 = divergence === void 0 ? ancestors(graph, heads, { inclusive: true }) : /* @__PURE__ */ new Set([divergence, ...chains.flatMap((c) => c.revisions)]);
  const files = graph.order.filter((id) => ids2.has(id)).map((id) => {
    const file = graph.nodes.get(id).file;
    return id === divergence ? { ...file, downRevisions: [] } : file;
  });
  return buildGraph(files);
}

// src/core/graph/graph-queries.ts
function isMergePoint(graph, id) {
  const node = graph.nodes.get(id);
  return node !== void 0 && new Set(node.file.downRevisions ?? []).size > 1;
}
function isBranchPoint(graph, id) {
  return (graph.nodes.get(id)?.children.length ?? 0) > 1;
}
function isEffectiveHead(graph, id) {
  const node = graph.nodes.get(id);
  return node !== void 0 && node.children.length === 0 && (node.dependents?.length ?? 0) > 0;
}

// src/core/graph/graph-findings.ts
init_messages();
var known = /* @__PURE__ */ new WeakMap();
function graphFindings(graph) {
  let findings = known.get(graph);
  if (!findings) {
    findings = computeFindings(graph);
    known.set(graph, findings);
  }
  return [...findings];
}
function computeFindings(graph) {
  const files = graph.files ?? [...[...graph.nodes.values()].map((n) => n.file), ...graph.unreadable];
  const byPath = graph.problems.length === 0 ? /* @__PURE__ */ new Map() : new Map(files.map((f) => [f.path, f]));
  const findings = graph.problems.map((p) => problemFinding(graph, p, byPath));
  for (const file of files) {
    if (file.problems.length === 0 && allStrings(file.branchLabels) && allStrings(file.dependsOn)) continue;
    findings.push(...fileFindings(file));
  }
  return findings;
}
var allStrings = (items) => items.length === 0 || items.every(isString);
var isString = (item) => item.kind === "string";
function problemFinding(graph, problem, byPath) {
  const fileOf = (id) => graph.nodes.get(id)?.file;
  const at = (file, field) => file === void 0 ? {} : { file: file.path, ...lineOf(file, field) };
  switch (problem.kind) {
    case "missing-parent": {
      const file = byPath.get(problem.file) ?? fileOf(problem.revision);
      const field = problem.via;
      const written = field === "down_revision" ? file?.downRevisions ?? [] : (file?.dependsOn ?? []).filter((i) => i.kind === "string").map((i) => i.value);
      const meant = problem.meant;
      return {
        code: "missing-parent",
        severity: "error",
        message: meant ? missingParentMeant(field, problem.missing, meant.revision, meant.file) : missingParent(problem.revision, field, problem.missing),
        fix: meant ? missingParentMeantFix(field, problem.missing, meant.revision, written.length === 1) : missingParentFix(field, problem.missing),
        ...at(file, field),
        revision: problem.revision,
        ...file?.downRevisions ? { downRevision: file.downRevisions } : {},
        ...meant && field === "down_revision" ? { suggestedDownRevision: written.map((w) => w === problem.missing ? meant.revision : w) } : {}
      };
    }
    case "duplicate-revision": {
      const last = byPath.get(problem.files[problem.files.length - 1]);
      return {
        code: "duplicate-revision",
        severity: "error",
        message: duplicateRevision(problem.revision, problem.files),
        fix: duplicateRevisionFix(problem.revision),
        ...at(last, "revision"),
        revision: problem.revision,
        files: problem.files
      };
    }
    case "cycle":
      return {
        code: "cycle",
        severity: "error",
        message: cycle(problem.revisions, problem.via),
        fix: cycleFix(problem.revisions, problem.via),
        ...at(fileOf(problem.revisions[0]), problem.via),
        revision: problem.revisions[0],
        revisions: problem.revisions
      };
    case "label-as-parent": {
      const file = byPath.get(problem.file) ?? fileOf(problem.revision);
      return {
        code: "alembic-compat",
        severity: "warning",
        message: compatLabelAsParent(problem.revision, problem.label, problem.resolved),
        fix: compatLabelAsParentFix(problem.label, problem.resolved),
        ...at(file, "down_revision"),
        revision: problem.revision,
        ...file?.downRevisions ? { downRevision: file.downRevisions } : {},
        suggestedDownRevision: (file?.downRevisions ?? []).map((d) => d === problem.label ? problem.resolved : d)
      };
    }
    case "duplicate-label": {
      const isRevisionId = graph.nodes.has(problem.label) && problem.revisions[0] === problem.label;
      const last = problem.revisions[problem.revisions.length - 1];
      return {
        code: "duplicate-label",
        severity: "error",
        message: duplicateLabel(problem.label, problem.revisions, isRevisionId),
        fix: duplicateLabelFix(problem.label),
        ...at(fileOf(last), "branch_labels"),
        revision: last,
        revisions: problem.revisions
      };
    }
  }
}
function fileFindings(file) {
  const findings = [];
  for (const problem of file.problems) {
    if (problem.code === "alembic-compat") {
      findings.push({
        code: "alembic-compat",
        severity: "warning",
        message: problem.reason,
        ...problem.fix ? { fix: problem.fix } : {},
        file: file.path,
        line: problem.line,
        ...file.revision !== void 0 ? { revision: file.revision } : {}
      });
      continue;
    }
    if (problem.severity !== "error") continue;
    findings.push({
      code: "unparseable",
      severity: "error",
      message: unparseable(problem.reason),
      fix: problem.fix ?? unparseableFix(problem.field),
      file: file.path,
      line: problem.line,
      ...file.revision !== void 0 ? { revision: file.revision } : {}
    });
  }
  for (const field of ["branch_labels", "depends_on"]) {
    const items = field === "branch_labels" ? file.branchLabels : file.dependsOn;
    for (const item of items) {
      if (item.kind !== "expression") continue;
      findings.push({
        code: "unresolved-label",
        severity: "warning",
        message: unresolvedLabel(file.revision ?? file.path, field, item.text),
        fix: unresolvedLabelFix(field),
        file: file.path,
        ...lineOf(file, field),
        ...file.revision !== void 0 ? { revision: file.revision } : {}
      });
    }
  }
  return findings;
}
function lineOf(file, field) {
  const line = file.sites[field]?.line;
  return line === void 0 ? {} : { line };
}

// src/core/graph/first-join.ts
function firstJoin(graph, ids2) {
  if (ids2.length === 0 || !ids2.every((id) => graph.nodes.has(id))) return void 0;
  return topologicalOrder(graph, reachedByAll(graph, ids2, descendants))[0];
}

// src/core/analysis/find-edited-published.ts
init_messages();
var sameList = (a, b) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);
function findEditedPublished(changes, target, targetName) {
  const targetPaths = new Set(target.map((f) => f.path));
  const targetRevisions = new Set(target.map((f) => f.revision).filter((r) => r !== void 0));
  const findings = [];
  for (const change of changes) {
    if (change.kind !== "modified" && change.kind !== "renamed") continue;
    const { before, after } = change;
    const published = targetPaths.has(before.path) || before.revision !== void 0 && targetRevisions.has(before.revision);
    if (!published) continue;
    const edits = [];
    if (before.revision !== void 0 && after.revision !== void 0 && before.revision !== after.revision) {
      edits.push({ field: "revision", from: `'${before.revision}'`, to: `'${after.revision}'`, line: after.sites.revision?.line });
    }
    if (before.downRevisions && after.downRevisions && !sameList(before.downRevisions, after.downRevisions)) {
      edits.push({
        field: "down_revision",
        from: downRevisionLiteral(before.downRevisions),
        to: downRevisionLiteral(after.downRevisions),
        line: after.sites.down_revision?.line
      });
    }
    if (edits.length === 0) continue;
    findings.push({
      code: "edited-published",
      severity: "error",
      message: editedPublished(before.revision ?? after.revision ?? after.path, targetName, edits),
      fix: editedPublishedFix(after.path, edits),
      file: after.path,
      line: edits[0].line,
      revision: after.revision,
      downRevision: after.downRevisions
    });
  }
  return findings;
}

// src/core/analysis/find-multiple-heads.ts
init_messages();
function findMultipleHeads(graph, allowedHeads, absorbed, added) {
  const heads = unexcusedHeads(graph, allowedHeads).filter((h) => !absorbed.has(h));
  if (heads.length < 2) return void 0;
  const pointAt = [...heads].reverse().find((h) => added.has(h)) ?? heads[heads.length - 1];
  const file = graph.nodes.get(pointAt)?.file;
  return {
    heads,
    finding: {
      code: "multiple-heads",
      severity: "error",
      message: multipleHeads(heads),
      fix: MULTIPLE_HEADS_FIX,
      file: file?.path,
      line: file?.sites.down_revision?.line,
      revision: pointAt,
      downRevision: file?.downRevisions,
      revisions: heads
    }
  };
}

// src/core/analysis/finding-key.ts
var sorted = (list2) => [...list2 ?? []].sort().join(",");
function findingKey(f) {
  const where = f.revision === void 0 ? [f.file ?? "", sorted(f.files)].join(";") : "";
  return [f.code, f.revision ?? "", sorted(f.revisions), sorted(f.downRevision), where].join("|");
}

// src/core/analysis/deletable-merge.ts
function isDeletableMerge(file) {
  return file.emptyMigration === true && file.branchLabels.length === 0 && file.dependsOn.length === 0;
}

// src/core/plan/plan-rebase.ts
var unique2 = (list2) => [...new Set(list2)];
var sameSet = (a, b) => a.length === b.length && a.every((x) => b.includes(x));
function mergedView(target, base, checked) {
  return buildGraph(mergeTrees(target, base ?? [], checked));
}
function components(graph, keep) {
  const owner = /* @__PURE__ */ new Map();
  const find = (id) => {
    let root = id;
    while (owner.get(root) !== root) root = owner.get(root);
    owner.set(id, root);
    return root;
  };
  for (const id of keep) owner.set(id, id);
  for (const id of keep) {
    for (const parent of graph.nodes.get(id).parents) if (keep.has(parent)) owner.set(find(id), find(parent));
  }
  const groups = /* @__PURE__ */ new Map();
  for (const id of topologicalOrder(graph, keep)) {
    const root = find(id);
    groups.set(root, [...groups.get(root) ?? [], id]);
  }
  return [...groups.values()];
}
function afterSteps(checked, steps) {
  const deleted = new Set(steps.flatMap((s) => s.action === "delete" ? [s.file] : []));
  const repointed = new Map(steps.flatMap((s) => s.action === "repoint" ? [[s.file, s.to]] : []));
  return checked.filter((f) => !deleted.has(f.path)).map((f) => {
    const to = repointed.get(f.path);
    if (to === void 0) return f;
    const { blob: _blob, ...rest } = f;
    return { ...rest, downRevisions: [...to], problems: f.problems.filter((p) => p.field !== "down_revision") };
  });
}
function unfixable(input, target, merged, own) {
  const findings = findEditedPublished(diffRevisionFiles(input.base ?? [], input.checked), input.target, input.targetRef);
  const known2 = new Set(graphFindings(target).map(findingKey));
  for (const f of graphFindings(merged)) if (f.severity === "error" && !known2.has(findingKey(f))) findings.push(f);
  const fork = findMultipleHeads(merged, input.allowedHeads ?? [], /* @__PURE__ */ new Set(), own);
  if (fork) findings.push(fork.finding);
  return findings;
}
function planEnvironment(input) {
  const allowed = input.allowedHeads ?? [];
  const target = buildGraph(input.target);
  const checked = buildGraph(input.checked);
  const baseIds = input.base ? new Set(input.base.map((f) => f.revision)) : void 0;
  const ownIds = new Set(checked.order.filter((id) => !target.nodes.has(id)));
  const order = topologicalOrder(checked, ownIds);
  const steps = [];
  const finish = (fileSteps2, onto2, block) => {
    const result = mergedView(input.target, input.base, afterSteps(input.checked, block ? [] : fileSteps2));
    const resultHeads = unique2(result.heads);
    if (block) return { dir: input.dir, onto: [...onto2], steps, resultHeads, blocked: block(resultHeads) };
    const findings = unfixable(input, target, result, ownIds);
    if (findings.length > 0) {
      const before = unique2(mergedView(input.target, input.base, input.checked).heads);
      return { dir: input.dir, onto: [...onto2], steps, resultHeads: before, blocked: { reason: "cannot-fix", heads: before, findings } };
    }
    return { dir: input.dir, onto: [...onto2], steps: [...steps, ...fileSteps2], resultHeads };
  };
  const missing = target.order.filter((id) => !checked.nodes.has(id) && !baseIds?.has(id));
  if (missing.length > 0) steps.push({ action: "git", command: `git rebase ${input.targetRef}`, reason: "missing-target-revisions", revisions: missing });
  const heads = unique2(target.heads);
  const forked = unexcusedHeads(target, allowed);
  if (forked.length > 1) return finish([], heads, () => ({ reason: "target-multiple-heads", heads: [...heads] }));
  const fileSteps = [];
  const deleted = /* @__PURE__ */ new Set();
  for (const id of order) {
    const node = checked.nodes.get(id);
    if (node.parents.length < 2 || !node.parents.every((p) => target.nodes.has(p)) || !isDeletableMerge(node.file)) continue;
    const mergedBy = firstJoin(target, node.parents);
    if (mergedBy === void 0) continue;
    deleted.add(id);
    fileSteps.push({ action: "delete", revision: id, file: node.file.path, reason: "redundant-merge", mergedBy });
  }
  const keep = new Set([...ownIds].filter((id) => !deleted.has(id)));
  const rank = (id) => {
    const at = input.addedOrder.indexOf(checked.nodes.get(id).file.path);
    return at >= 0 ? at : input.addedOrder.length + order.indexOf(id);
  };
  const pieces = components(checked, keep).sort((a, b) => Math.min(...a.map(rank)) - Math.min(...b.map(rank)));
  const headAncestors = new Map(heads.map((h) => [h, ancestors(target, [h], { inclusive: true })]));
  const tips = new Map(heads.map((h) => [h, [h]]));
  const onto = /* @__PURE__ */ new Set();
  const undecided = [];
  for (const piece of pieces) {
    const roots = piece.filter((id) => checked.nodes.get(id).parents.every((p) => !keep.has(p))).filter((id) => !(checked.nodes.get(id).parents.length === 0 && checked.nodes.get(id).labels.length > 0)).sort((a, b) => rank(a) - rank(b));
    if (roots.length === 0 || heads.length === 0) continue;
    const candidates = heads.length === 1 ? [heads[0]] : heads.filter((h) => roots.some((r) => checked.nodes.get(r).parents.some((p) => headAncestors.get(h).has(p))));
    if (candidates.length !== 1) {
      undecided.push(...roots);
      continue;
    }
    const head = candidates[0];
    onto.add(head);
    const desired = tips.get(head);
    for (const root of roots) {
      const node = checked.nodes.get(root);
      if (sameSet(node.parents, desired)) continue;
      const step = { action: "repoint", revision: root, file: node.file.path, from: [...node.file.downRevisions ?? node.parents], to: [...desired] };
      if (node.file.downRevisions === void 0 && node.file.sites.down_revision) step.fromText = node.file.sites.down_revision.text;
      fileSteps.push(step);
    }
    tips.set(head, piece.filter((id) => !checked.nodes.get(id).children.some((c) => piece.includes(c))));
  }
  fileSteps.sort((a, b) => order.indexOf(a.revision) - order.indexOf(b.revision));
  const ontoHeads = heads.length === 1 ? heads : [...onto];
  if (undecided.length > 0) return finish(fileSteps, ontoHeads, () => ({ reason: "ambiguous-head", heads: [...heads], revisions: undecided }));
  return finish(fileSteps, ontoHeads);
}

// src/core/reader/docstring-facts.ts
var OPENING = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*[rRuU]?("""|''')/;
function docstringFacts(text) {
  const opening = OPENING.exec(text.replace(/^\uFEFF/, ""));
  if (!opening) return {};
  const start = opening.index + opening[0].length + (text.startsWith("\uFEFF") ? 1 : 0);
  const end = text.indexOf(opening[1], start);
  const body = end < 0 ? text.slice(start) : text.slice(start, end);
  const facts = {};
  const message = body.split(/\r?\n/, 1)[0].trim();
  if (message !== "") facts.message = message;
  const date = /^[ \t]*Create Date:[ \t]*(\S[^\r\n]*?)[ \t]*$/m.exec(body);
  if (date) facts.createDate = date[1];
  return facts;
}

// src/git/added-commits.ts
init_argv();
init_parse_z();
init_run_git();
var MARK = "migcheck-commit";
var FIELDS = 5;
function addedCommitsArgs(rev, dirs, firstParent) {
  return [
    "log",
    ...firstParent ? ["--first-parent"] : [],
    "--diff-filter=A",
    "--name-only",
    "-z",
    "--no-renames",
    `--format=tformat:${MARK}%x00%H%x00%P%x00%ct%x00%cI%x00%s`,
    "--end-of-options",
    validateRef(rev, "revision"),
    "--",
    ...dirs
  ];
}
function parseAddedCommits(stdout) {
  const items = splitNul(stdout);
  const out = [];
  let i = 0;
  while (i < items.length) {
    if (items[i] !== MARK || i + FIELDS >= items.length) {
      i++;
      continue;
    }
    const [id = "", parents = "", time = "0", date = "", subject = ""] = items.slice(i + 1, i + 1 + FIELDS);
    const commit = { id, parents: parents.split(" ").filter(Boolean), time: Number(time), date, subject };
    const paths = [];
    i += 1 + FIELDS;
    for (let first = true; i < items.length && items[i] !== MARK; i++, first = false) {
      const path = first && items[i].startsWith("\n") ? items[i].slice(1) : items[i];
      if (path !== "") paths.push(path);
    }
    out.push({ commit, paths });
  }
  return out;
}
async function addedCommits(repo, rev, dirs, options = {}) {
  if (dirs.length === 0) return [];
  const { stdout } = await runGit(repo, addedCommitsArgs(rev, dirs, options.firstParent === true));
  return parseAddedCommits(stdout);
}

// src/git/added-order.ts
init_argv();
init_parse_z();
init_run_git();
var MARK2 = "migcheck-commit";
function addedOrderArgs(base, dirs, tip = "HEAD") {
  validateRef(tip, "revision");
  const range = base === void 0 ? [tip] : [`${validateRef(base, "revision")}..${tip}`];
  return ["log", "--reverse", "--diff-filter=A", "--name-only", "-z", "--no-renames", `--format=tformat:${MARK2}`, "--end-of-options", ...range, "--", ...dirs];
}
function parseAddedOrder(stdout) {
  const seen = /* @__PURE__ */ new Set();
  let afterMark = false;
  for (const item of splitNul(stdout)) {
    if (item === MARK2) {
      afterMark = true;
      continue;
    }
    const path = afterMark && item.startsWith("\n") ? item.slice(1) : item;
    afterMark = false;
    if (path !== "") seen.add(path);
  }
  return [...seen];
}
async function addedOrder(repo, base, dirs, tip = "HEAD") {
  if (dirs.length === 0) return [];
  const result = await runGit(repo, addedOrderArgs(base, dirs, tip));
  return parseAddedOrder(result.stdout);
}

// src/git/list-branches.ts
init_argv();
init_parse_z();
init_run_git();
async function listBranches(repo) {
  const { stdout } = await runGit(repo, forEachRefArgs(["refs/heads", "refs/remotes"]));
  return parseForEachRef(stdout).filter((record) => record.symref === void 0).map((record) => ({ name: shortRefName(record.name), commit: record.commit }));
}

// src/git/index.ts
init_run_git();

// src/git/open-repository.ts
init_errors();
init_messages();
init_argv();
init_parse_z();
init_run_git();

// src/git/repository-from-files.ts
var import_node_fs3 = require("node:fs");
var import_node_path2 = require("node:path");

// src/git/locate-repository.cts
var import_node_fs2 = require("node:fs");
var import_node_path = require("node:path");
var MOVED = ["GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY", "GIT_NAMESPACE"];
var isFile = (path) => (0, import_node_fs2.statSync)(path, { throwIfNoEntry: false })?.isFile() === true;
var isDirectory = (path) => (0, import_node_fs2.statSync)(path, { throwIfNoEntry: false })?.isDirectory() === true;
function locateRepository(cwd, env) {
  try {
    if (MOVED.some((name) => env[name] !== void 0 && env[name] !== "")) return void 0;
    const start = (0, import_node_path.resolve)(cwd);
    if (start.split(import_node_path.sep).includes(".git")) return void 0;
    for (let dir = start; ; dir = (0, import_node_path.dirname)(dir)) {
      const dotGit = (0, import_node_path.join)(dir, ".git");
      let gitDir;
      if (isDirectory(dotGit)) gitDir = dotGit;
      else if (isFile(dotGit)) {
        const match = /^gitdir: (.+?)\r?\n?$/.exec((0, import_node_fs2.readFileSync)(dotGit, "utf8"));
        if (!match) return void 0;
        gitDir = (0, import_node_path.isAbsolute)(match[1]) ? match[1] : (0, import_node_path.resolve)(dir, match[1]);
      }
      if (gitDir !== void 0) {
        if (!isFile((0, import_node_path.join)(gitDir, "HEAD"))) return void 0;
        const common = (0, import_node_path.join)(gitDir, "commondir");
        const commonDir = isFile(common) ? (0, import_node_path.resolve)(gitDir, (0, import_node_fs2.readFileSync)(common, "utf8").trim()) : gitDir;
        const index = env.GIT_INDEX_FILE;
        return { root: dir, gitDir, commonDir, indexFile: index ? (0, import_node_path.resolve)(start, index) : (0, import_node_path.join)(gitDir, "index") };
      }
      if (isFile((0, import_node_path.join)(dir, "HEAD"))) return void 0;
      if ((0, import_node_path.dirname)(dir) === dir) return void 0;
    }
  } catch {
    return void 0;
  }
}

// bundle-of:src/git/repository-files.cts
var shared2 = require("./boot.cjs").requireBundle("migcheck").__modules["git/repository-files"];
var { Refs, RepositoryFiles, objectsAsStored, repositoryFiles } = shared2;

// src/git/repository-from-files.ts
var CHANGES_ANSWER = ["GIT_CEILING_DIRECTORIES", "GIT_DISCOVERY_ACROSS_FILESYSTEM", "GIT_SHALLOW_FILE", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT"];
function plainConfig(file) {
  let text;
  try {
    text = (0, import_node_fs3.readFileSync)(file, "utf8");
  } catch (error) {
    return error.code === "ENOENT";
  }
  for (const raw of text.split("\n")) {
    const line = raw.replace(/[#;].*$/, "").trim().toLowerCase();
    if (/worktree|include|extensions/.test(line)) return false;
    if (line.includes("bare") && !/^bare\s*=\s*false$/.test(line)) return false;
    if (line.includes("repositoryformatversion") && !/^repositoryformatversion\s*=\s*[01]$/.test(line)) return false;
  }
  return true;
}
var ownedHere = (path) => typeof process.geteuid === "function" && (0, import_node_fs3.statSync)(path).uid === process.geteuid();
function repositoryFromFiles(cwd, env) {
  try {
    if (CHANGES_ANSWER.some((name) => env[name] !== void 0 && env[name] !== "")) return void 0;
    const located = locateRepository(cwd, env);
    if (!located) return void 0;
    const { root, gitDir, commonDir } = located;
    if ([root, gitDir, commonDir].some((path) => (0, import_node_fs3.realpathSync)(path) !== path)) return void 0;
    const device = (0, import_node_fs3.statSync)((0, import_node_path2.resolve)(cwd)).dev;
    for (let dir = (0, import_node_path2.resolve)(cwd); ; dir = (0, import_node_path2.dirname)(dir)) {
      if ((0, import_node_fs3.statSync)(dir).dev !== device) return void 0;
      if (dir === root) break;
    }
    const dotGit = (0, import_node_path2.join)(root, ".git");
    if (![root, dotGit, gitDir, commonDir].every(ownedHere)) return void 0;
    if (!(0, import_node_fs3.statSync)((0, import_node_path2.join)(commonDir, "objects")).isDirectory() || !(0, import_node_fs3.statSync)((0, import_node_path2.join)(commonDir, "refs")).isDirectory()) return void 0;
    if (!plainConfig((0, import_node_path2.join)(commonDir, "config")) || gitDir !== commonDir && !plainConfig((0, import_node_path2.join)(gitDir, "config"))) return void 0;
    const shallow = (0, import_node_fs3.statSync)((0, import_node_path2.join)(commonDir, "shallow"), { throwIfNoEntry: false });
    if (shallow?.size === 0 || (0, import_node_fs3.statSync)((0, import_node_path2.join)(commonDir, "info", "grafts"), { throwIfNoEntry: false })) return void 0;
    const refs = new Refs({ gitDir, commonDir });
    const symbolic = refs.symbolicTarget("HEAD");
    if (symbolic === void 0 || symbolic !== null && refs.symbolicTarget(symbolic) !== null) return void 0;
    const head = refs.ref("HEAD");
    if (head === void 0 || head === "missing" && symbolic === null) return void 0;
    return {
      cwd: root,
      env,
      root,
      gitDir,
      commonDir,
      isShallow: shallow !== void 0,
      isBare: false,
      head: head === "missing" ? void 0 : head,
      branch: symbolic?.startsWith("refs/heads/") ? symbolic.slice("refs/heads/".length) : void 0
    };
  } catch {
    return void 0;
  }
}

// src/git/open-repository.ts
async function openRepository(cwd, env = process.env, options = {}) {
  const fromFiles = options.fromFiles ? repositoryFromFiles(cwd, env) : void 0;
  if (fromFiles) return fromFiles;
  const probe = { cwd, env };
  let withToplevel = true;
  let result;
  try {
    result = await runGit(probe, repositoryInfoArgs(true));
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    if (/not a git repository/i.test(error.stderr)) {
      throw new MigcheckError(notARepository(cwd), { hint: NOT_A_REPOSITORY_HINT });
    }
    if (!/must be run in a work tree/i.test(error.stderr)) throw error;
    withToplevel = false;
    result = await runGit(probe, repositoryInfoArgs(false));
  }
  const info = parseRepositoryInfo(result.stdout, withToplevel);
  let symbolic = info.symbolicHead;
  if (info.head === void 0) {
    const ref = await runGit(probe, symbolicHeadArgs(), { allowExit: [1] });
    symbolic = ref.stdout.trim() || void 0;
  }
  const root = info.root ?? info.gitDir;
  return {
    cwd: root,
    env,
    root,
    gitDir: info.gitDir,
    commonDir: info.commonDir,
    isShallow: info.isShallow,
    isBare: info.isBare || info.root === void 0,
    head: info.head,
    branch: symbolic?.startsWith("refs/heads/") ? symbolic.slice("refs/heads/".length) : void 0
  };
}

// src/git/index.ts
init_list_tree();
init_list_index();
init_staged_paths();

// src/git/refs.ts
init_errors();
init_messages();
init_argv();
init_parse_z();
init_run_git();
async function resolveCommit(repo, ref) {
  const { stdout, code } = await runGit(repo, resolveCommitArgs(ref), { allowExit: [1, 128] });
  return code === 0 ? stdout.trim() || void 0 : void 0;
}
async function mergeBase(repo, a, b, names = {}, merging = []) {
  if (a === b && merging.length === 0 && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(a)) return a;
  const args = merging.length === 0 ? mergeBaseArgs(a, b) : mergeBaseArgs(b, a, ...merging);
  const { stdout, code } = await runGit(repo, args, { allowExit: [1] });
  if (code === 0 && stdout.trim()) return stdout.trim().split("\n")[0];
  if (repo.isShallow) {
    throw new MigcheckError(noMergeBaseShallow(names.a ?? a, names.b ?? b), { hint: NO_MERGE_BASE_SHALLOW_HINT });
  }
  return void 0;
}
var TARGET_CANDIDATES = [
  "refs/remotes/origin/HEAD",
  "refs/remotes/origin/main",
  "refs/remotes/origin/master",
  "refs/heads/main",
  "refs/heads/master"
];
function gitRefLookup(repo) {
  return {
    commitOf: (ref) => resolveCommit(repo, ref),
    candidates: async () => {
      const { stdout } = await runGit(repo, forEachRefArgs(TARGET_CANDIDATES));
      return new Map(parseForEachRef(stdout).map((record) => [record.name, { commit: record.commit, symref: record.symref }]));
    }
  };
}
async function resolveTarget(repo, named, lookup = gitRefLookup(repo)) {
  const choices = [
    [named.explicit, "option", "--target"],
    [named.configured, "config", "the config file"],
    [named.envTarget, "env", "MIGCHECK_TARGET"]
  ];
  for (const [ref, source, origin] of choices) {
    if (ref === void 0 || ref === "") continue;
    validateRef(ref, `target (from ${origin})`);
    const commit = await lookup.commitOf(ref);
    if (!commit) throw new MigcheckError(unknownTarget(ref, origin), { hint: UNKNOWN_TARGET_HINT });
    return { ref, commit, source };
  }
  const found = await lookup.candidates();
  for (const candidate of TARGET_CANDIDATES) {
    const record = found.get(candidate);
    if (!record) continue;
    if (candidate === "refs/remotes/origin/HEAD") {
      return { ref: shortRefName(record.symref || candidate), commit: record.commit, source: "remote-head" };
    }
    return { ref: shortRefName(candidate), commit: record.commit, source: "default" };
  }
  throw new MigcheckError(noTargetFound(TARGET_CANDIDATES.map(shortRefName)), { hint: NO_TARGET_HINT });
}

// src/git/index.ts
init_blob_reader();
init_argv();

// src/trees/load-trees.ts
init_reader();
init_expression_items();
init_blob_reader();

// src/alembic/environment-paths.cts
function isUnder(path, location) {
  return location === "" || path === location || path.startsWith(`${location}/`);
}

// src/cache/tree-summaries.ts
var import_node_fs10 = require("node:fs");
var import_node_path7 = require("node:path");
init_merge_in_load_order();
init_select_revision_files();
init_parse_cache_codec();

// src/cache/prune-oldest.cts
var import_node_fs6 = require("node:fs");
var import_node_path5 = require("node:path");
init_write_file_atomic_sync();
var ENTRY = /^[0-9a-f]{40}$/;
var SMALL_SHARE = 1024;
function pruneOldest(dir, limits) {
  let names;
  try {
    names = (0, import_node_fs6.readdirSync)(dir);
  } catch {
    return;
  }
  removeLeftoversSync(dir, names);
  const entries = names.filter((name) => (limits.names ?? ENTRY).test(name));
  const slack = Math.ceil(limits.files / 4);
  const small = limits.bytes === void 0 || limits.written !== void 0 && limits.written <= limits.bytes / SMALL_SHARE;
  if (entries.length <= limits.files + slack && small) return;
  const dated = entries.map((name) => {
    try {
      const info = (0, import_node_fs6.statSync)((0, import_node_path5.join)(dir, name), { throwIfNoEntry: false });
      return { name, time: info?.mtimeMs ?? 0, size: info?.size ?? 0 };
    } catch {
      return { name, time: 0, size: 0 };
    }
  });
  dated.sort((a, b) => b.time - a.time);
  let bytes = 0;
  dated.forEach((entry, i) => {
    bytes += entry.size;
    if (i < limits.files && (limits.bytes === void 0 || i === 0 || bytes <= limits.bytes)) return;
    try {
      (0, import_node_fs6.unlinkSync)((0, import_node_path5.join)(dir, entry.name));
    } catch {
    }
  });
}

// src/cache/retired-caches.cts
var import_node_fs7 = require("node:fs");
var import_node_path6 = require("node:path");
var RETIRED_CACHES = ["trees-v1", "environments-v1.json", "trees-v2", "raw-trees-v1", "code-cache-v1"];
function removeRetiredCaches(cacheDir) {
  for (const name of RETIRED_CACHES) {
    const path = (0, import_node_path6.join)(cacheDir, name);
    try {
      if ((0, import_node_fs7.existsSync)(path)) (0, import_node_fs7.rmSync)(path, { recursive: true, force: true });
    } catch {
    }
  }
}

// src/cache/sha256-hex.ts
var PRIMES = [];
for (let n = 2; PRIMES.length < 64; n++) if (PRIMES.every((p) => n % p !== 0)) PRIMES.push(n);
var fraction32 = (x) => Math.floor((x - Math.floor(x)) * 2 ** 32) >>> 0;
var ROUND = Uint32Array.from(PRIMES, (p) => fraction32(Math.cbrt(p)));
var INITIAL = Uint32Array.from(PRIMES.slice(0, 8), (p) => fraction32(Math.sqrt(p)));
var rotate = (x, n) => x >>> n | x << 32 - n;
var made = /* @__PURE__ */ new Map();
function sha256Hex(text) {
  const known2 = made.get(text);
  if (known2 !== void 0) return known2;
  const bytes = new TextEncoder().encode(text);
  const padded = new Uint8Array(Math.ceil((bytes.length + 9) / 64) * 64);
  padded.set(bytes);
  padded[bytes.length] = 128;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bytes.length / 2 ** 29));
  view.setUint32(padded.length - 4, bytes.length * 8 >>> 0);
  const hash = Uint32Array.from(INITIAL);
  const w = new Uint32Array(64);
  for (let at = 0; at < padded.length; at += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(at + i * 4);
    for (let i = 16; i < 64; i++) {
      const a2 = w[i - 15];
      const b2 = w[i - 2];
      w[i] = w[i - 16] + (rotate(a2, 7) ^ rotate(a2, 18) ^ a2 >>> 3) + w[i - 7] + (rotate(b2, 17) ^ rotate(b2, 19) ^ b2 >>> 10);
    }
    let [a, b, c, d, e, f, g, h] = hash;
    for (let i = 0; i < 64; i++) {
      const t1 = h + (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) + (e & f ^ ~e & g) + ROUND[i] + w[i] | 0;
      const t2 = (rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) + (a & b ^ a & c ^ b & c) | 0;
      h = g;
      g = f;
      f = e;
      e = d + t1 | 0;
      d = c;
      c = b;
      b = a;
      a = t1 + t2 | 0;
    }
    hash[0] += a;
    hash[1] += b;
    hash[2] += c;
    hash[3] += d;
    hash[4] += e;
    hash[5] += f;
    hash[6] += g;
    hash[7] += h;
  }
  let hex = "";
  for (const word of hash) hex += word.toString(16).padStart(8, "0");
  made.set(text, hex);
  return hex;
}

// src/cache/tree-summaries.ts
init_write_chunks();

// src/cache/line-section.ts
var import_node_fs9 = require("node:fs");
function sectionInMemory(buffer) {
  return { length: buffer.length, onDisk: false, bytes: (start, end) => buffer.subarray(start, end) };
}
function sectionOnDisk(fd, offset, length) {
  return {
    length,
    onDisk: true,
    bytes: (start, end) => {
      const out = Buffer.allocUnsafe(end - start);
      if ((0, import_node_fs9.readSync)(fd, out, 0, out.length, offset + start) !== out.length) throw new Error("tree summary cut short");
      return out;
    }
  };
}
var WINDOW = 512;
var WHOLE = 32 * 1024;
function lineAround(section, lo, hi, at) {
  for (let reach2 = WINDOW; ; reach2 *= 2) {
    const from = Math.max(lo, at - reach2);
    const to = Math.min(hi, at + reach2);
    const window = section.bytes(from, to);
    const before = from < at ? window.lastIndexOf(10, at - from - 1) : -1;
    if (before < 0 && from > lo) continue;
    const start = before < 0 ? lo : from + before + 1;
    const newline = window.indexOf(10, start - from);
    if (newline >= 0) return { start, end: from + newline, text: window.subarray(start - from, newline) };
    if (to === hi) return void 0;
  }
}
function firstLine(section) {
  if (section.length === 0) return void 0;
  const line = lineAround(section, 0, section.length, 0);
  return line && { end: line.end, text: line.text };
}
function holdsLine(section, from, needle) {
  let lo = from;
  let hi = section.length;
  while (lo < hi) {
    if (section.onDisk && hi - lo <= WHOLE) return holdsLine(sectionInMemory(section.bytes(lo, hi)), 0, needle);
    const line = lineAround(section, lo, hi, lo + hi >>> 1);
    if (!line) return false;
    const order = line.text.compare(needle);
    if (order === 0) return true;
    if (order < 0) lo = line.end + 1;
    else hi = line.start;
  }
  return false;
}

// src/cache/tree-summaries.ts
var SUMMARY_DIR = "trees-v3";
var MAX_SUMMARIES = 32;
var MAX_BYTES = 256 * 1024 * 1024;
var MAX_DEPTH = 32;
var MAGIC = "migcheck-tree-summary-3";
var RECORD = "\0";
var FIELD2 = "";
var keepable = (text) => !/[\0\x01\n]/.test(text);
function locationPaths(env, entries) {
  if (env.versionLocations.length !== 1) return void 0;
  const location = normaliseDir(env.versionLocations[0]);
  if (!keepable(location)) return void 0;
  const prefix = location === "" ? "" : `${location}/`;
  const names = [];
  for (const { path } of entries) {
    if (!path.startsWith(prefix) || path.length === prefix.length) continue;
    const slash = path.indexOf("/", prefix.length);
    const name = path.slice(prefix.length, slash < 0 ? void 0 : slash);
    if (name === names[names.length - 1]) continue;
    if (!keepable(name)) return void 0;
    names.push(name);
  }
  return `${location}
${sortedLines(names)}`;
}
function sortedLines(texts) {
  texts.sort(texts.some((text) => /[\ud800-\udfff]/.test(text)) ? (a, b) => Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8")) : void 0);
  let kept = 0;
  for (const text of texts) if (kept === 0 || text !== texts[kept - 1]) texts[kept++] = text;
  texts.length = kept;
  return kept === 0 ? "" : `${texts.join("\n")}
`;
}
function summaryKey(readerVersion, env, locationTrees) {
  const rules = JSON.stringify([env.versionLocations, env.recursive, env.sourceless]);
  return sha256Hex([readerVersion, rules, ...locationTrees].join("\n")).slice(0, 40);
}
function keyIn(readerVersion, env, treeOf) {
  const ids2 = env.versionLocations.map((location) => treeOf(normaliseDir(location)));
  return ids2.every((id) => id !== void 0) ? summaryKey(readerVersion, env, ids2) : void 0;
}
function storedText(file) {
  const compact = encodingOf(file);
  if (compact !== void 0 && !compact.includes(RECORD) && !compact.includes(FIELD2)) return compact;
  const { path: _path, blob: _blob, ...parse3 } = file;
  return JSON.stringify(parse3);
}
function restoreRecords(text) {
  if (text === "") return [];
  const files = [];
  for (const record of text.split(RECORD)) {
    const a = record.indexOf(FIELD2);
    const b = record.indexOf(FIELD2, a + 1);
    if (a < 0 || b < 0) return void 0;
    let stored = record.slice(b + 1);
    if (stored.startsWith("{")) {
      try {
        stored = JSON.parse(stored);
      } catch {
        return void 0;
      }
    }
    const file = restoreParse(stored, record.slice(0, a), record.slice(a + 1, b));
    if (!file) return void 0;
    files.push(file);
  }
  return files;
}
function* recordPieces(files) {
  for (const [k, file] of files.entries()) yield `${k > 0 ? RECORD : ""}${file.path}${FIELD2}${file.blob}${FIELD2}${storedText(file)}`;
}
function* fileText(parts, records) {
  yield* parts;
  yield* records;
}
var FIRST_READ = 4096;
var READ_WHOLE = 256 * 1024;
function looksLikeHeader(value) {
  const h = value;
  return !!h && typeof h === "object" && Number.isSafeInteger(h.count) && typeof h.healthy === "boolean" && typeof h.contained === "boolean" && Array.isArray(h.heads) && h.heads.every((x) => x && typeof x.id === "string" && typeof x.path === "string" && Array.isArray(x.labels)) && Array.isArray(h.labels) && Array.isArray(h.dependedOn) && (h.parent === void 0 || typeof h.parent === "string" && Number.isSafeInteger(h.depth));
}
function pathIn(sections, path) {
  const firsts = sections.map(firstLine);
  const first = firsts[0];
  if (!first || !firsts.every((other) => other !== void 0 && other.text.equals(first.text))) return void 0;
  const line = first.end;
  const location = first.text.toString("utf8");
  const prefix = location === "" ? "" : `${location}/`;
  if (!path.startsWith(prefix) || path.length === prefix.length) return void 0;
  const slash = path.indexOf("/", prefix.length);
  const name = path.slice(prefix.length, slash < 0 ? void 0 : slash);
  if (name === "" || !keepable(name)) return void 0;
  const needle = Buffer.from(name, "utf8");
  const found = sections.some((section) => holdsLine(section, line + 1, needle));
  return slash < 0 ? found : found ? void 0 : false;
}
function endsLines(section, opens) {
  if (section.length === 0 || section.bytes(section.length - 1, section.length)[0] !== 10) return false;
  return !opens || section.bytes(0, 1)[0] === 10;
}
function touch(file) {
  try {
    const now = /* @__PURE__ */ new Date();
    (0, import_node_fs10.utimesSync)(file, now, now);
  } catch {
  }
}
var TreeSummaries = class _TreeSummaries {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  /** The store under `<commonDir>/migcheck`; nothing is read or created until used. */
  static at(commonDir) {
    return new _TreeSummaries((0, import_node_path7.join)(commonDir, "migcheck", SUMMARY_DIR));
  }
  /**
   * Reads one file's parts, as far as `reach`. Sections the first read did not hold stay in the
   * file, kept open until the parts are closed (line-section). Never throws.
   */
  async parts(key, reach2) {
    const file = (0, import_node_path7.join)(this.dir, key);
    let fd;
    let kept = false;
    try {
      let bytes;
      let unread;
      if (reach2 === "records") bytes = (0, import_node_fs10.readFileSync)(file);
      else {
        fd = (0, import_node_fs10.openSync)(file, "r");
        const first = Buffer.allocUnsafe(FIRST_READ);
        const bytesRead = (0, import_node_fs10.readSync)(fd, first, 0, FIRST_READ, 0);
        const line = first.subarray(0, bytesRead).toString("latin1");
        const end2 = line.indexOf("\n");
        const [, , headerBytes2, idsBytes2, pathsBytes2] = line.slice(0, end2).split(FIELD2);
        const headerEnd = end2 + 1 + Number(headerBytes2);
        const length = headerEnd + (reach2 === "header" ? 0 : Number(idsBytes2)) + (reach2 === "paths" ? Number(pathsBytes2) : 0);
        if (end2 < 0 || !Number.isSafeInteger(length)) return void 0;
        if (length <= bytesRead) bytes = first.subarray(0, length);
        else if (length <= READ_WHOLE) {
          bytes = Buffer.allocUnsafe(length);
          if ((0, import_node_fs10.readSync)(fd, bytes, 0, length, 0) !== length) return void 0;
        } else {
          if (length > headerEnd) unread = headerEnd;
          if (headerEnd <= bytesRead) bytes = first.subarray(0, headerEnd);
          else {
            bytes = Buffer.allocUnsafe(headerEnd);
            if ((0, import_node_fs10.readSync)(fd, bytes, 0, headerEnd, 0) !== headerEnd) return void 0;
          }
        }
      }
      const end = bytes.indexOf(10);
      const [magic, stored, headerText, idsText, pathsText] = bytes.subarray(0, end).toString("latin1").split(FIELD2);
      const [headerBytes, idsBytes, pathsBytes] = [headerText, idsText, pathsText].map(Number);
      if (magic !== MAGIC || stored !== key || ![headerBytes, idsBytes, pathsBytes].every((n) => Number.isSafeInteger(n) && n >= 0)) return void 0;
      const header2 = JSON.parse(bytes.subarray(end + 1, end + 1 + headerBytes).toString("utf8"));
      if (!looksLikeHeader(header2)) return void 0;
      const open2 = fd;
      const parts = { header: header2, close: () => unread !== void 0 && open2 !== void 0 ? (0, import_node_fs10.closeSync)(open2) : void 0 };
      if (reach2 === "header") return parts;
      const idsStart = end + 1 + headerBytes;
      const pathsStart = idsStart + idsBytes;
      const wanted = reach2 !== "ids" && pathsBytes > 0;
      if (unread !== void 0 && open2 !== void 0) {
        if ((0, import_node_fs10.fstatSync)(open2).size < (wanted ? pathsStart + pathsBytes : pathsStart)) return void 0;
        parts.ids = sectionOnDisk(open2, idsStart, idsBytes);
        if (wanted) parts.paths = sectionOnDisk(open2, pathsStart, pathsBytes);
      } else {
        const ids2 = bytes.subarray(idsStart, pathsStart);
        if (ids2.length !== idsBytes) return void 0;
        parts.ids = sectionInMemory(ids2);
        if (wanted) {
          const paths = bytes.subarray(pathsStart, pathsStart + pathsBytes);
          if (paths.length !== pathsBytes) return void 0;
          parts.paths = sectionInMemory(paths);
        }
      }
      if (idsBytes === 0 || !endsLines(parts.ids, true) || parts.paths && !endsLines(parts.paths, false)) return void 0;
      if (reach2 === "records") parts.records = bytes.subarray(pathsStart + pathsBytes).toString("utf8");
      kept = unread !== void 0;
      return parts;
    } catch {
      return void 0;
    } finally {
      if (fd !== void 0 && !kept) (0, import_node_fs10.closeSync)(fd);
    }
  }
  /** True when a readable summary is kept under `key`. */
  async has(key) {
    const parts = await this.parts(key, "paths");
    parts?.close();
    return parts !== void 0;
  }
  /**
   * The header and id test of a tree, following a delta to its parents; with `paths`, the path
   * test too (else it answers undefined). Undefined when there is no usable summary. Never
   * throws; the tests may (see TreeFacts), and close() ends them.
   */
  async facts(key, options = {}) {
    const chain2 = [];
    const close = () => chain2.forEach((parts) => parts.close());
    for (let at = key; at !== void 0; ) {
      const parts = chain2.length > MAX_DEPTH ? void 0 : await this.parts(at, options.paths ? "paths" : "ids");
      if (!parts || !parts.header.contained) {
        parts?.close();
        close();
        return void 0;
      }
      chain2.push(parts);
      at = parts.header.parent;
    }
    const ids2 = chain2.map((parts) => parts.ids);
    const paths = chain2.map((parts) => parts.paths);
    return {
      key,
      header: chain2[0].header,
      has: (id) => {
        if (!keepable(id)) return false;
        const needle = Buffer.from(id, "utf8");
        return ids2.some((section) => holdsLine(section, 1, needle));
      },
      hasPath: (path) => paths.every((section) => section !== void 0) ? pathIn(paths, path) : void 0,
      close
    };
  }
  /**
   * The files of a tree in load order, following deltas; `'uncontained'` when the tree depends
   * on files outside its locations; undefined when there is no usable summary. Never throws.
   */
  async files(key) {
    const parts = await this.parts(key, "records");
    if (!parts) return void 0;
    if (!parts.header.contained) return "uncontained";
    const own = restoreRecords(parts.records ?? "");
    if (!own) return void 0;
    if (parts.header.parent === void 0) return own;
    const below = await this.files(parts.header.parent);
    if (!Array.isArray(below)) return void 0;
    return mergeInLoadOrder(below, own);
  }
  /**
   * Keeps `files` (every one read from git: path and blob id known) with their graph's header,
   * and the names in their location when the listing gave them (locationPaths).
   */
  async write(key, files, header2, paths) {
    if (files.some((file) => file.blob === void 0 || !keepable(file.path) || file.revision !== void 0 && !keepable(file.revision))) return;
    const ids2 = `
${sortedLines(files.flatMap((file) => file.revision === void 0 ? [] : [file.revision]))}`;
    await this.save(key, header2, ids2, paths ?? "", recordPieces(files));
  }
  /** Remembers that the tree under `key` depends on files outside its version locations. */
  async writeUncontained(key) {
    await this.save(key, { count: 0, healthy: false, contained: false, heads: [], labels: [], dependedOn: [] }, "\n", "", []);
  }
  /**
   * Keeps the tree `key` as `parent`'s files plus `added` (new revision files of a single,
   * non-recursive version location, each with its path and blob), with its own header, and
   * `paths`: the entries the tree has beyond its parent's (locationPaths of what was added to
   * the location), or undefined when entries may also have gone (then the chain from here on
   * answers no path question). Nothing is written beyond MAX_DEPTH.
   */
  async writeDelta(key, parent, added, header2, paths) {
    const depth = (parent.header.depth ?? 0) + 1;
    if (depth > MAX_DEPTH || !parent.header.contained) return;
    if (added.some((file) => file.blob === void 0 || file.revision === void 0 || !keepable(file.path) || !keepable(file.revision))) return;
    await this.save(key, { ...header2, parent: parent.key, depth }, `
${sortedLines(added.map((file) => file.revision))}`, paths ?? "", recordPieces(added));
    for (let at = parent.key, n = 0; at !== void 0 && n <= MAX_DEPTH; n++) {
      const parts = await this.parts(at, "header");
      if (!parts) break;
      if (parts.header.parent === void 0) touch((0, import_node_path7.join)(this.dir, at));
      at = parts.header.parent;
    }
  }
  async save(key, header2, ids2, paths, records) {
    const headerText = JSON.stringify(header2);
    const first = `${MAGIC}${FIELD2}${key}${FIELD2}${Buffer.byteLength(headerText, "utf8")}${FIELD2}${Buffer.byteLength(ids2, "utf8")}${FIELD2}${Buffer.byteLength(paths, "utf8")}
`;
    const file = (0, import_node_path7.join)(this.dir, key);
    if (replaceInPieces(file, fileText([first, headerText, ids2, paths], records))) this.prune((0, import_node_fs10.statSync)(file, { throwIfNoEntry: false })?.size);
  }
  /**
   * Drops the oldest summaries beyond MAX_SUMMARIES or MAX_BYTES, temporaries of killed runs, and
   * the caches of earlier formats (up to 256 MB that nothing reads any more). Never throws.
   */
  prune(written) {
    removeRetiredCaches((0, import_node_path7.join)(this.dir, ".."));
    pruneOldest(this.dir, { files: MAX_SUMMARIES, bytes: MAX_BYTES, written });
  }
};

// src/cache/summary-header.ts
function summaryHeader(graph, files) {
  const labels = /* @__PURE__ */ new Set();
  for (const file of files) for (const item of file.branchLabels) if (item.kind === "string") labels.add(item.value);
  return {
    count: files.length,
    healthy: graph.unreadable.length === 0 && graph.problems.length === 0 && graphFindings(graph).length === 0,
    contained: true,
    heads: graph.heads.map((id) => ({ id, path: graph.nodes.get(id).file.path, labels: graph.nodes.get(id).labels })),
    labels: [...labels].sort(),
    dependedOn: graph.order.filter((id) => (graph.nodes.get(id).dependents ?? []).length > 0)
  };
}

// src/trees/load-trees.ts
var MAX_DELTA = 256;
var REGULAR = /* @__PURE__ */ new Set(["100644", "100755"]);
function deltaFor(env, staged) {
  if (env.versionLocations.length !== 1 || env.sourceless) return void 0;
  const location = normaliseDir(env.versionLocations[0]);
  const changes = [];
  for (const change of staged) {
    if (location !== "" && isUnder(location, change.path)) return void 0;
    if (!isUnder(change.path, location)) continue;
    if (change.status === "D") changes.push(change);
    else if ((change.status === "A" || change.status === "M") && REGULAR.has(change.mode)) changes.push(change);
    else return void 0;
  }
  return changes.length <= MAX_DELTA ? changes : void 0;
}
async function collectRead(listed) {
  if (listed.pooled) (await Promise.resolve().then(() => (init_collect_garbage(), collect_garbage_exports))).collectGarbage();
}
var commitOf = (spec) => spec.name === "head" || spec.name === "base" || spec.name === "target" ? spec.commit : void 0;
async function loadTrees(repo, environments3, specs, options = {}) {
  const reader = options.reader ?? new BlobReader(repo);
  try {
    return await load(repo, environments3, specs, options, reader);
  } finally {
    if (!options.reader) await reader.close();
  }
}
async function load(repo, environments3, specs, options, reader) {
  const store = options.summaries === void 0 ? TreeSummaries.at(repo.commonDir) : options.summaries;
  const head = repo.head;
  const derivable = Boolean(head && options.staged && specs.some((spec) => spec.name === "index"));
  const commits = [...new Set([...specs.map(commitOf), derivable ? head : void 0].filter((c) => c !== void 0))];
  const locations = environments3.map((env) => env.versionLocations.map(normaliseDir));
  const trees = store && commits.length > 0 ? await reader.treeIds(commits.flatMap((commit) => locations.flat().map((location) => `${commit}:${location}`))) : /* @__PURE__ */ new Map();
  const keyOf = (spec, e) => {
    const commit = commitOf(spec);
    if (commit !== void 0) return keyIn(READER_VERSION, environments3[e], (location) => trees.get(`${commit}:${location}`));
    if (spec.name === "index" && options.indexTrees) return keyIn(READER_VERSION, environments3[e], (location) => options.indexTrees.get(location));
    return void 0;
  };
  const headSpec = head ? { name: "head", commit: head } : void 0;
  const reads = /* @__PURE__ */ new Map();
  const summary = (key) => {
    if (!key || !store) return Promise.resolve(void 0);
    let read = reads.get(key);
    if (!read) reads.set(key, read = store.files(key));
    return read;
  };
  const usable = (files) => files === "uncontained" ? void 0 : files;
  const result = await Promise.all(specs.map((spec) => Promise.all(environments3.map(async (_, e) => {
    if (spec.name === "worktree" || spec.name === "index" && !options.indexTrees) return void 0;
    const files = usable(await summary(keyOf(spec, e)));
    return files ? { files, fromSummary: true, contained: true } : void 0;
  }))));
  const headKeys = environments3.map((_, e) => derivable ? keyOf(headSpec, e) : void 0);
  const staged = environments3.map((env) => derivable ? deltaFor(env, options.staged) : void 0);
  const headRead = await Promise.all(headKeys.map((key, e) => staged[e] ? summary(key) : void 0));
  const headFiles = headRead.map(usable);
  const delta = staged.map((changes, e) => headRead[e] === "uncontained" ? void 0 : changes);
  const full = [];
  const need = (spec) => {
    if (!full.includes(spec)) full.push(spec);
  };
  const primed = headSpec && options.primeHead && !specs.some((spec) => commitOf(spec) === head) ? headSpec : void 0;
  specs.forEach((spec, t) => {
    environments3.forEach((_, e) => {
      const derived = spec.name === "index" && delta[e] !== void 0;
      if (result[t][e] || derived && headFiles[e]) return;
      need(spec);
      if (derived && primed && headKeys[e] && headRead[e] === void 0) need(primed);
    });
  });
  const sources = /* @__PURE__ */ new Map();
  let pooled = false;
  if (full.length > 0) {
    const { readListedTrees: readListedTrees2 } = await Promise.resolve().then(() => (init_read_listed_trees(), read_listed_trees_exports));
    const listed = await readListedTrees2(repo, environments3, full, { reader, cache: options.cache, keepSources: options.keepSources, workers: options.workers });
    pooled = listed.pooled;
    await collectRead(listed);
    const saves = [];
    full.forEach((spec, i) => {
      const tree = listed.trees[i];
      const commit = commitOf(spec);
      environments3.forEach((_, e) => {
        const files = tree.files[e];
        const linked = tree.entries.some((entry) => (entry.mode === "120000" || entry.mode === "160000") && locations[e].some((location) => isUnder(entry.path, location)));
        const contained = !tree.labelConstants && tree.problems.length === 0 && !linked;
        const key = keyOf(spec, e);
        const paths = key && store && contained && spec.name !== "worktree" && tree.unmerged.length === 0 ? locationPaths(environments3[e], tree.entries) : void 0;
        specs.forEach((other, t) => {
          if (other === spec || commit !== void 0 && commitOf(other) === commit) result[t][e] ??= { files, fromSummary: false, contained, paths };
        });
        if (spec === primed && key && store) saves.push(contained ? store.write(key, files, headerOf(files), paths) : store.writeUncontained(key));
        else if (key && store && !contained) saves.push(store.writeUncontained(key));
      });
      if (spec.name === "worktree" && options.keepSources) {
        for (const files of tree.files) {
          for (const file of files) {
            const bytes = file.blob === void 0 ? void 0 : listed.worktreeBytes.get(file.blob);
            const text = file.blob === void 0 ? void 0 : listed.sources.get(file.blob)?.text;
            if (bytes && text !== void 0) sources.set(file.path, { bytes, text });
          }
        }
      }
    });
    await Promise.all(saves);
    await collectRead(listed);
  }
  for (const [t, spec] of specs.entries()) {
    if (spec.name !== "index") continue;
    for (const [e, env] of environments3.entries()) {
      if (result[t][e]) continue;
      const files = await applyDelta(headFiles[e], delta[e], env, reader);
      if (files) {
        result[t][e] = { files, fromSummary: false, contained: true };
        continue;
      }
      const { readListedTrees: readListedTrees2 } = await Promise.resolve().then(() => (init_read_listed_trees(), read_listed_trees_exports));
      const listed = await readListedTrees2(repo, environments3, [spec], { reader, cache: options.cache });
      environments3.forEach((_, k) => {
        result[t][k] ??= { files: listed.trees[0].files[k], fromSummary: false, contained: !listed.trees[0].labelConstants && listed.trees[0].problems.length === 0 };
      });
      pooled ||= listed.pooled;
      await collectRead(listed);
    }
  }
  return {
    trees: result.map((perEnv, t) => perEnv.map((slot, e) => ({ ...slot, key: keyOf(specs[t], e) }))),
    sources,
    pooled
  };
}
function headerOf(files) {
  return summaryHeader(buildGraph(files), files);
}
async function rememberTrees(repo, loaded, graphs, store = TreeSummaries.at(repo.commonDir)) {
  if (!store) return;
  const done = /* @__PURE__ */ new Set();
  const wanted = [];
  loaded.trees.forEach((perEnv, t) => perEnv.forEach((tree, e) => {
    const graph = graphs[t]?.[e];
    if (!tree.key || tree.fromSummary || !tree.contained || !graph || done.has(tree.key)) return;
    done.add(tree.key);
    wanted.push({ key: tree.key, tree, graph });
  }));
  const unknown = (await Promise.all(wanted.map(async (want) => await store.has(want.key) ? void 0 : want))).filter((want) => want !== void 0);
  if (unknown.length > 0) await collectRead(loaded);
  await Promise.all(unknown.map(({ key, tree, graph }) => store.write(key, tree.files, summaryHeader(graph, tree.files), tree.paths)));
}
async function applyDelta(head, delta, env, reader) {
  const gone = new Set(delta.map((change) => change.path));
  const staged = delta.filter((change) => change.status !== "D");
  const selected = new Set(selectRevisionFiles(staged.map((change) => change.path), env));
  const wanted = staged.filter((change) => selected.has(change.path));
  const blobs = wanted.length > 0 ? await reader.readAll(wanted.map((change) => change.oid)) : /* @__PURE__ */ new Map();
  const added = [];
  for (const change of wanted) {
    const bytes = blobs.get(change.oid);
    if (!bytes) return void 0;
    const file = readRevisionFile(change.path, decodeSource(bytes).text, change.oid);
    if (hasExpressionItems(file)) return void 0;
    added.push(file);
  }
  return mergeInLoadOrder(head.filter((file) => !gone.has(file.path)), added);
}

// src/app/alembic-invocation.ts
var import_node_path10 = require("node:path");
function alembicInvocation(env) {
  if (env.config === void 0) return { args: [] };
  const folder = (0, import_node_path10.dirname)(env.config);
  const base = env.config.slice(env.config.lastIndexOf("/") + 1);
  const args = [];
  if (base !== "alembic.ini" && base !== "pyproject.toml") args.push("-c", base);
  if (env.section !== void 0 && env.section !== "alembic" && !env.section.startsWith("tool.")) args.push("-n", env.section);
  return { ...folder === "." ? {} : { cwd: folder }, args };
}

// src/app/read-graphs.ts
var import_node_path17 = require("node:path");
init_errors();
init_messages();
init_reader_version();

// src/cache/index-facts.ts
var import_node_fs15 = require("node:fs");
var import_node_path12 = require("node:path");
init_read_index();
init_write_file_atomic_sync();

// src/cache/environment-cache.cts
var import_node_fs14 = require("node:fs");
var import_node_path11 = require("node:path");
init_write_file_atomic_sync();
var salt;
function cacheSalt() {
  if (salt === void 0) {
    salt = "migcheck unknown";
    for (let dir = __dirname; ; dir = (0, import_node_path11.dirname)(dir)) {
      if ((0, import_node_fs14.existsSync)((0, import_node_path11.join)(dir, "bin", "migcheck.js"))) {
        try {
          salt = `migcheck ${String(JSON.parse((0, import_node_fs14.readFileSync)((0, import_node_path11.join)(dir, "package.json"), "utf8")).version)}`;
        } catch {
        }
        break;
      }
      if ((0, import_node_path11.dirname)(dir) === dir) break;
    }
  }
  return salt;
}

// src/cache/index-facts.ts
var INDEX_FACTS_FILE = "index-facts-v1.json";
var MAX_ENTRIES = 4;
var isFact = (fact) => !!fact && typeof fact.path === "string" && typeof fact.mode === "string" && typeof fact.oid === "string" && Number.isInteger(fact.stage);
function readKept(file) {
  try {
    const stored = JSON.parse((0, import_node_fs15.readFileSync)(file, "utf8"));
    return stored?.version === 1 && Array.isArray(stored.entries) ? stored.entries : [];
  } catch {
    return [];
  }
}
function indexFactsKept(commonDir, indexFile) {
  const tail = readIndexTail(indexFile);
  const root = tail?.trees.get("");
  if (!tail?.checksum || root === void 0) return readIndexFacts(indexFile);
  const file = (0, import_node_path12.join)(commonDir, "migcheck", INDEX_FACTS_FILE);
  const key = `${cacheSalt()} ${tail.checksum}`;
  const entries = readKept(file);
  const kept = entries.find((entry) => entry && entry.key === key);
  if (kept && kept.root === root && typeof kept.hidesWorktree === "boolean" && Array.isArray(kept.configs) && kept.configs.every(isFact) && Array.isArray(kept.links) && kept.links.every(isFact)) {
    const facts2 = { configs: kept.configs, links: kept.links, hidesWorktree: kept.hidesWorktree, trees: tail.trees, identity: tail.identity };
    adoptIndexFacts(indexFile, facts2);
    return facts2;
  }
  const facts = readIndexFacts(indexFile, tail.identity);
  if (facts && facts.trees.get("") === root) {
    const fresh = { key, root, configs: [...facts.configs], links: [...facts.links], hidesWorktree: facts.hidesWorktree };
    writeFileAtomicSync(file, JSON.stringify({ version: 1, entries: [fresh, ...entries.filter((entry) => entry && entry.key !== key)].slice(0, MAX_ENTRIES) }));
  }
  return facts;
}

// src/config/ignore-matcher.ts
function compileIgnore(patterns) {
  if (patterns.length === 0) return () => false;
  const regexes = patterns.map(globToRegExp);
  return (path) => regexes.some((re) => re.test(path));
}
function globToRegExp(pattern) {
  const glob = normalisePattern(pattern);
  let out = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      if (glob[i + 2] === "/") {
        out += "(?:[^/]+/)*";
        i += 2;
      } else {
        out += ".*";
        i += 1;
      }
    } else if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else out += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${out}${/[*?]/.test(glob) ? "" : "(?:/.*)?"}$`);
}
function normalisePattern(pattern) {
  return pattern.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "");
}

// src/app/read-graphs.ts
init_staged_paths();

// src/app/resolve-rev.ts
init_errors();
init_messages();
async function resolveRev(repo, rev, option = "--rev") {
  validateRef(rev, option);
  const commit = await resolveCommit(repo, rev);
  if (!commit) throw new MigcheckError(unknownRev(rev), { hint: UNKNOWN_REV_HINT });
  return commit;
}

// src/app/run-context.ts
init_errors();

// src/config/load-config.ts
var import_node_fs16 = require("node:fs");
var import_node_path13 = require("node:path");
init_errors();
init_messages();

// src/config/validate-config.ts
init_errors();
init_messages();

// src/config/finding-codes.ts
var CODES = {
  "bypassed-chain": true,
  "behind-target": true,
  "multiple-heads": true,
  "redundant-merge": true,
  "edited-published": true,
  "missing-parent": true,
  "duplicate-revision": true,
  cycle: true,
  unparseable: true,
  "duplicate-label": true,
  "unresolved-label": true,
  "outside-version-locations": true,
  "alembic-compat": true
};
var FINDING_CODES = Object.keys(CODES);
function isFindingCode(value) {
  return Object.hasOwn(CODES, value);
}

// src/config/validate-config.ts
var TOP_KEYS = ["target", "environments", "severity", "ignore", "allowedHeads", "fetchTarget", "versionTable", "versionTableSchema"];
var ENVIRONMENT_KEYS = ["dir", "recursive", "allowedHeads", "versionTable", "versionTableSchema"];
var SEVERITIES = ["error", "warning", "off"];
function validateConfig(raw, source) {
  const fail = (key, problem) => {
    throw new MigcheckError(configInvalid(source, key, problem), { hint: CONFIG_KEYS_HINT });
  };
  const table2 = asTable(raw, "the migcheck settings", fail);
  checkKeys(table2, TOP_KEYS, "", fail);
  const config = { source, severity: {}, ignore: [], allowedHeads: [] };
  if (table2.target !== void 0) config.target = nonEmptyString(table2.target, "target", fail);
  if (table2.fetchTarget !== void 0) {
    if (typeof table2.fetchTarget !== "boolean") fail("fetchTarget", `must be true or false, not ${describe(table2.fetchTarget)}`);
    config.fetchTarget = table2.fetchTarget;
  }
  if (table2.environments !== void 0) config.environments = environments2(table2.environments, fail);
  if (table2.severity !== void 0) {
    const severity = asTable(table2.severity, "severity", fail);
    for (const [code, value] of Object.entries(severity)) {
      if (!isFindingCode(code)) fail(`severity.${code}`, `is not a finding code (one of: ${FINDING_CODES.join(", ")})`);
      if (typeof value !== "string" || !SEVERITIES.includes(value)) {
        fail(`severity.${code}`, `must be "error", "warning" or "off", not ${describe(value)}`);
      }
      config.severity[code] = value;
    }
  }
  if (table2.ignore !== void 0) config.ignore = stringList(table2.ignore, "ignore", fail).map((p, i) => repoPath(p, `ignore[${i}]`, fail));
  if (table2.allowedHeads !== void 0) config.allowedHeads = stringList(table2.allowedHeads, "allowedHeads", fail);
  if (table2.versionTable !== void 0) config.versionTable = nonEmptyString(table2.versionTable, "versionTable", fail);
  if (table2.versionTableSchema !== void 0) config.versionTableSchema = nonEmptyString(table2.versionTableSchema, "versionTableSchema", fail);
  return config;
}
function environments2(value, fail) {
  if (!Array.isArray(value)) return fail("environments", `must be a list of versions directories or {dir, recursive, allowedHeads} tables, not ${describe(value)}`);
  return value.map((item, i) => {
    const key = `environments[${i}]`;
    if (typeof item === "string") return { versionLocations: [repoPath(item, key, fail)], allowedHeads: [] };
    const table2 = asTable(item, key, fail);
    checkKeys(table2, ENVIRONMENT_KEYS, `${key}.`, fail);
    if (table2.dir === void 0) fail(`${key}.dir`, "is missing (the versions directory, or a list of them)");
    const dirs = typeof table2.dir === "string" ? [table2.dir] : stringList(table2.dir, `${key}.dir`, fail);
    if (dirs.length === 0) fail(`${key}.dir`, "must name at least one versions directory");
    if (table2.recursive !== void 0 && typeof table2.recursive !== "boolean") fail(`${key}.recursive`, `must be true or false, not ${describe(table2.recursive)}`);
    return {
      versionLocations: dirs.map((d, j) => repoPath(d, typeof table2.dir === "string" ? `${key}.dir` : `${key}.dir[${j}]`, fail)),
      ...table2.recursive === true ? { recursive: true } : {},
      allowedHeads: table2.allowedHeads === void 0 ? [] : stringList(table2.allowedHeads, `${key}.allowedHeads`, fail),
      ...table2.versionTable === void 0 ? {} : { versionTable: nonEmptyString(table2.versionTable, `${key}.versionTable`, fail) },
      ...table2.versionTableSchema === void 0 ? {} : { versionTableSchema: nonEmptyString(table2.versionTableSchema, `${key}.versionTableSchema`, fail) }
    };
  });
}
function checkKeys(table2, known2, prefix, fail) {
  for (const key of Object.keys(table2)) {
    if (known2.includes(key)) continue;
    const near = known2.find((k) => squash(k) === squash(key));
    fail(`${prefix}${key}`, near ? `is not a known key (did you mean ${prefix}${near}?)` : "is not a known key");
  }
}
var squash = (key) => key.toLowerCase().replace(/[-_]/g, "");
function asTable(value, key, fail) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return fail(key, `must be a table/object, not ${describe(value)}`);
  return value;
}
function nonEmptyString(value, key, fail) {
  if (typeof value !== "string" || value.trim() === "") return fail(key, `must be a non-empty string, not ${describe(value)}`);
  return value;
}
function stringList(value, key, fail) {
  if (!Array.isArray(value)) return fail(key, `must be a list of strings, not ${describe(value)}`);
  return value.map((item, i) => nonEmptyString(item, `${key}[${i}]`, fail));
}
function repoPath(value, key, fail) {
  const path = value.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/\/+$/, "");
  if (path.startsWith("/") || /^[A-Za-z]:\//.test(path) || path.split("/").includes("..") || path === "") {
    fail(key, `must be a path inside the repository, relative to its root, not ${JSON.stringify(value)}`);
  }
  return path;
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a table/object";
  if (typeof value === "string") return `the string ${JSON.stringify(value)}`;
  return `${typeof value === "number" || typeof value === "bigint" ? "the number" : `the ${typeof value}`} ${String(value)}`;
}

// src/config/load-config.ts
var DEFAULT_CONFIG = Object.freeze({ source: void 0, severity: {}, ignore: [], allowedHeads: [] });
async function loadConfig(repoRoot, options = {}) {
  if (options.explicitPath !== void 0) {
    const path = (0, import_node_path13.resolve)(options.cwd ?? repoRoot, options.explicitPath);
    const text = await readText(path);
    if (text === void 0) throw new MigcheckError(configMissing(options.explicitPath), { hint: CONFIG_MISSING_HINT });
    return await fromFile(path, text, displayPath(repoRoot, path), true) ?? { ...DEFAULT_CONFIG, severity: {}, ignore: [], allowedHeads: [], source: displayPath(repoRoot, path) };
  }
  for (const name of [".migcheckrc.json", "package.json", "pyproject.toml"]) {
    const path = (0, import_node_path13.resolve)(repoRoot, name);
    const text = await readText(path);
    if (text === void 0) continue;
    const config = await fromFile(path, text, name, false);
    if (config) return config;
  }
  return { ...DEFAULT_CONFIG, severity: {}, ignore: [], allowedHeads: [] };
}
async function fromFile(path, text, shown, explicit) {
  const name = (0, import_node_path13.basename)(path);
  if (name === "package.json") {
    if (!text.includes('"migcheck"')) return void 0;
    const json = parseJson(text, shown);
    if (typeof json !== "object" || json === null || !Object.hasOwn(json, "migcheck")) return void 0;
    return validateConfig(json.migcheck, `${shown} "migcheck"`);
  }
  if (name === "pyproject.toml") {
    if (!/^\s*\[\s*tool\s*\.\s*migcheck\b|^\s*tool\s*\.\s*migcheck\b|^\s*\[\s*tool\s*\]/m.test(text)) return void 0;
    const toml = await parseToml(text, shown);
    const tool = toml.tool;
    if (typeof tool !== "object" || tool === null || !Object.hasOwn(tool, "migcheck")) return void 0;
    return validateConfig(tool.migcheck, `${shown} [tool.migcheck]`);
  }
  if (explicit && name.endsWith(".toml")) return validateConfig(await parseToml(text, shown), shown);
  return validateConfig(parseJson(text, shown), shown);
}
function parseJson(text, shown) {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new MigcheckError(configUnreadable(shown, error.message), { cause: error });
  }
}
async function parseToml(text, shown) {
  const { parse: parse3 } = await Promise.resolve().then(() => (init_dist(), dist_exports));
  try {
    return parse3(text);
  } catch (error) {
    throw new MigcheckError(configUnreadable(shown, error.message.split("\n")[0]), { cause: error });
  }
}
async function readText(path) {
  try {
    return (0, import_node_fs16.readFileSync)(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return void 0;
    throw new MigcheckError(configUnreadable(path, error.message), { cause: error });
  }
}
function displayPath(repoRoot, path) {
  const rel = (0, import_node_path13.relative)(repoRoot, path);
  return rel && !rel.startsWith("..") && !(0, import_node_path13.isAbsolute)(rel) ? rel.split("\\").join("/") : path;
}

// src/trees/discover-environments.ts
var import_promises4 = require("node:fs/promises");
var import_node_path14 = require("node:path");
init_errors();
init_messages();
init_list_index();
init_list_tree();

// src/alembic/environments-from-configs.ts
init_messages();

// src/alembic/ini.ts
var IniSyntaxError = class extends Error {
  constructor(line, detail) {
    super(`line ${line}: ${detail}`);
    this.line = line;
    this.name = "IniSyntaxError";
  }
  line;
};
var SECTION = /^\[(.+)\]/;
var OPTION = /^(.*?)\s*([=:])\s*(.*)$/;
function parseIni(text) {
  const sections = /* @__PURE__ */ new Map();
  const defaults = /* @__PURE__ */ new Map();
  const raw = /* @__PURE__ */ new Map();
  let current;
  let option;
  let indent = Number.MAX_SAFE_INTEGER;
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  lines.forEach((line, index) => {
    const stripped = line.trim();
    const comment = stripped.startsWith("#") || stripped.startsWith(";");
    const value = comment ? "" : stripped;
    if (!value) {
      if (!comment && current && option && current.get(option)) current.get(option).push("");
      return;
    }
    const lineIndent = line.search(/\S/);
    if (current && option && lineIndent > indent) {
      current.get(option).push(value);
      return;
    }
    indent = lineIndent;
    const header2 = SECTION.exec(value);
    if (header2) {
      const name = header2[1];
      const target = name === "DEFAULT" ? defaults : sections.get(name) ?? /* @__PURE__ */ new Map();
      if (name !== "DEFAULT") sections.set(name, target);
      current = raw.get(target) ?? /* @__PURE__ */ new Map();
      raw.set(target, current);
      option = void 0;
      return;
    }
    if (!current) throw new IniSyntaxError(index + 1, "File contains no section headers");
    const match = OPTION.exec(value);
    if (!match || !match[1]) throw new IniSyntaxError(index + 1, `cannot parse ${JSON.stringify(line)}`);
    option = match[1].trimEnd().toLowerCase();
    current.set(option, [match[3].trim()]);
  });
  for (const [target, options] of raw) {
    for (const [key, parts] of options) target.set(key, parts.join("\n").trimEnd());
  }
  return { sections, defaults };
}
var InterpolationError = class extends Error {
  constructor(problem) {
    super(problem.kind === "missing" ? `%(${problem.name})s is not set` : `bad interpolation (${problem.kind})`);
    this.problem = problem;
    this.name = "InterpolationError";
  }
  problem;
};
var MAX_DEPTH2 = 10;
function interpolate(value, lookup, depth = 0) {
  if (depth > MAX_DEPTH2) throw new InterpolationError({ kind: "depth" });
  let out = "";
  let rest = value;
  while (rest) {
    const at = rest.indexOf("%");
    if (at < 0) return out + rest;
    out += rest.slice(0, at);
    rest = rest.slice(at);
    if (rest.startsWith("%%")) {
      out += "%";
      rest = rest.slice(2);
      continue;
    }
    const ref = /^%\(([^)]+)\)s/.exec(rest);
    if (!ref) throw new InterpolationError({ kind: "syntax" });
    const name = ref[1].toLowerCase();
    const replacement = lookup(name);
    if (replacement === void 0) throw new InterpolationError({ kind: "missing", name });
    out += replacement.includes("%") ? interpolate(replacement, lookup, depth + 1) : replacement;
    rest = rest.slice(ref[0].length);
  }
  return out;
}
function sectionOptions(ini, section, vars = {}) {
  const merged = new Map(Object.entries(vars));
  for (const [key, value] of ini.defaults) merged.set(key, value);
  for (const [key, value] of ini.sections.get(section) ?? []) merged.set(key, value);
  return merged;
}
function getOption(ini, section, option, vars = {}) {
  const options = sectionOptions(ini, section, vars);
  const value = options.get(option);
  if (value === void 0) return void 0;
  return interpolate(value, (name) => options.get(name));
}

// src/alembic/environments-from-configs.ts
init_alembic_options();

// src/alembic/config-candidate.cts
function isConfigCandidate(path) {
  return path.endsWith(".ini") || path.slice(path.lastIndexOf("/") + 1) === "pyproject.toml";
}

// src/alembic/environments-from-configs.ts
var basename7 = (path) => path.slice(path.lastIndexOf("/") + 1);
function optionLine(text, section, option) {
  let current = "";
  const lines = text.split(/\r\n|\n|\r/);
  const key = new RegExp(`^\\s*["']?${option.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*[=:]`, "i");
  for (let i = 0; i < lines.length; i++) {
    const header2 = /^\s*\[([^\]]+)\]/.exec(lines[i]);
    if (header2) current = header2[1].trim();
    else if (current === section && key.test(lines[i])) return i + 1;
  }
  return void 0;
}
function iniSources(file, problems) {
  const isAlembicIni = basename7(file.path) === "alembic.ini";
  if (!isAlembicIni && !/^\s*\[alembic\]/m.test(file.text)) return [];
  let ini;
  try {
    ini = parseIni(file.text);
  } catch (error) {
    problems.push(alembicConfigUnreadable(file.path, error.message));
    return [];
  }
  if (!isAlembicIni && !ini.sections.has("alembic")) return [];
  const sources = [];
  for (const [section, own] of ini.sections) {
    if (section !== "alembic" && !own.has("script_location")) continue;
    const options = /* @__PURE__ */ new Map();
    let broken = false;
    for (const key of sectionOptions(ini, section, { here: HERE }).keys()) {
      if (key === "here") continue;
      try {
        options.set(key, getOption(ini, section, key, { here: HERE }));
      } catch (error) {
        if (!(error instanceof InterpolationError)) throw error;
        if (!["script_location", "version_locations", "path_separator", "version_path_separator"].includes(key)) continue;
        const problem = error.problem;
        problems.push(problem.kind === "missing" ? interpolationMissing(file.path, key, problem.name) : interpolationSyntax(file.path, key, own.get(key) ?? ""));
        broken = true;
      }
    }
    if (!broken) sources.push({ config: file.path, section, options, lacksScriptLocation: !options.has("script_location"), texts: { ini: file }, fromToml: /* @__PURE__ */ new Set() });
  }
  return sources;
}
function tomlString(value) {
  return value.replace(/%\(here\)s|%%/g, (match) => match === "%%" ? "%" : HERE);
}
function tomlSource(file, parseToml2, problems) {
  if (!/tool\.alembic|\[tool\]/.test(file.text)) return void 0;
  let document;
  try {
    document = parseToml2(file.text);
  } catch (error) {
    problems.push(alembicConfigUnreadable(file.path, String(error.message).split("\n")[0] ?? ""));
    return void 0;
  }
  const table2 = document?.tool?.alembic;
  if (!table2 || typeof table2 !== "object" || Array.isArray(table2)) return void 0;
  const options = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(table2)) {
    if (typeof value === "string") options.set(key, tomlString(value));
    else if (Array.isArray(value)) options.set(key, value.filter((v) => typeof v === "string").map(tomlString));
    else if (typeof value === "boolean" || typeof value === "number") options.set(key, value);
  }
  return { config: file.path, section: "tool.alembic", options, lacksScriptLocation: !options.has("script_location"), texts: { toml: file }, fromToml: new Set(options.keys()) };
}
function environmentsFromConfigs(files, scriptDirectories, options = {}) {
  const problems = [];
  const sorted2 = [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const tomlByFolder = /* @__PURE__ */ new Map();
  for (const file of sorted2) {
    if (basename7(file.path) !== "pyproject.toml" || !options.parseToml) continue;
    const source = tomlSource(file, options.parseToml, problems);
    if (source) tomlByFolder.set(folderOf(file.path), source);
  }
  const sources = [];
  const usedToml = /* @__PURE__ */ new Set();
  for (const file of sorted2) {
    if (!file.path.endsWith(".ini")) continue;
    for (const source of iniSources(file, problems)) {
      const toml = source.section === "alembic" ? tomlByFolder.get(folderOf(file.path)) : void 0;
      if (toml) {
        usedToml.add(toml);
        const merged = new Map([...toml.options, ...source.options]);
        const fromToml = source.lacksScriptLocation && !toml.lacksScriptLocation;
        sources.push({
          ...fromToml ? toml : source,
          options: merged,
          lacksScriptLocation: !merged.has("script_location"),
          texts: { ini: file, toml: toml.texts.toml },
          fromToml: new Set([...toml.options.keys()].filter((key) => !source.options.has(key)))
        });
      } else {
        sources.push(source);
      }
    }
  }
  for (const toml of tomlByFolder.values()) if (!usedToml.has(toml)) sources.push(toml);
  const environments3 = [];
  const seen = /* @__PURE__ */ new Set();
  for (const source of sources) {
    const folder = folderOf(source.config);
    let defaultScriptLocation;
    if (source.lacksScriptLocation) {
      if (source.section === "alembic" && source.config.endsWith(".ini") && scriptDirectories.has(folder)) defaultScriptLocation = folder;
      else {
        problems.push(scriptLocationMissing(source.config, source.section));
        continue;
      }
    }
    const result = environmentFromOptions({
      config: source.config,
      section: source.section,
      options: source.options,
      defaultScriptLocation,
      isScriptDirectory: (dir) => scriptDirectories.has(dir),
      osPathSeparator: options.osPathSeparator,
      fromToml: source.fromToml,
      locate: (option, inToml) => {
        const file = inToml ? source.texts.toml : source.texts.ini;
        if (!file) return { config: source.config };
        const line = optionLine(file.text, inToml ? "tool.alembic" : source.section, option);
        return { config: file.path, ...line === void 0 ? {} : { line } };
      }
    });
    problems.push(...result.problems);
    const environment = result.environment;
    if (!environment) continue;
    const key = `${environment.recursive}\0${environment.versionLocations.join("\0")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    environments3.push(environment);
  }
  return { environments: environments3, problems };
}

// src/trees/discover-environments.ts
init_alembic_options();
var basename8 = (path) => path.slice(path.lastIndexOf("/") + 1);
function configEntries(entries) {
  const configs = entries.filter((entry) => isConfigCandidate(entry.path) && entry.mode !== "120000");
  const scriptDirectories = new Set(entries.filter((entry) => basename8(entry.path) === "env.py").map((entry) => folderOf(entry.path)));
  return { configs, scriptDirectories };
}
async function discoverEnvironments(repo, source, reader) {
  const listing = source.kind === "commit" ? await listTree(repo, source.commit) : (await listIndexConfigFiles(repo)).entries;
  const { configs, scriptDirectories } = configEntries(listing);
  const decoder = new TextDecoder();
  let texts;
  if (source.kind === "worktree") {
    const read = await Promise.all(configs.map(async (entry) => {
      try {
        return { path: entry.path, text: await (0, import_promises4.readFile)((0, import_node_path14.join)(repo.root, entry.path), "utf8") };
      } catch {
        return void 0;
      }
    }));
    texts = read.filter((item) => item !== void 0);
  } else {
    if (configs.length > 0 && !reader) throw new Error("discoverEnvironments needs a BlobReader for git trees");
    const blobs = configs.length > 0 ? await reader.readAll(configs.map((entry) => entry.oid)) : /* @__PURE__ */ new Map();
    texts = configs.filter((entry) => blobs.has(entry.oid)).map((entry) => ({ path: entry.path, text: decoder.decode(blobs.get(entry.oid)) }));
  }
  const needsToml = texts.some((file) => basename8(file.path) === "pyproject.toml" && file.text.includes("alembic"));
  const parseToml2 = needsToml ? (await Promise.resolve().then(() => (init_dist(), dist_exports))).parse : void 0;
  return environmentsFromConfigs(texts, scriptDirectories, { parseToml: parseToml2, osPathSeparator: import_node_path14.delimiter });
}
function requireEnvironments(result, treeName) {
  if (result.environments.length > 0) return result.environments;
  const detail = result.problems.length > 0 ? `; ${result.problems.join("; ")}` : "";
  throw new MigcheckError(`${noEnvironment(treeName)}${detail}`, { hint: NO_ENVIRONMENT_HINT });
}

// src/trees/environments-from-dirs.ts
var import_promises5 = require("node:fs/promises");
var import_node_path15 = require("node:path");
init_errors();
init_messages();
init_list_index();
init_list_tree();
init_alembic_options();
function repositoryRelativeDir(dir, root, cwd) {
  const rel = (0, import_node_path15.relative)(root, (0, import_node_path15.resolve)(cwd, dir));
  if (rel === ".." || rel.startsWith(`..${import_node_path15.sep}`) || (0, import_node_path15.isAbsolute)(rel)) {
    throw new MigcheckError(locationOutsideRepository("--dir", dir));
  }
  return rel.split(import_node_path15.sep).join("/");
}
function environmentOfLocations(locations, options = {}) {
  const versions = locations.find((location) => location.slice(location.lastIndexOf("/") + 1) === "versions");
  return {
    ...options.config !== void 0 ? { config: options.config } : {},
    ...versions !== void 0 ? { scriptLocation: folderOf(versions) } : {},
    versionLocations: [...locations],
    recursive: options.recursive === true,
    sourceless: false,
    fileTemplate: DEFAULT_FILE_TEMPLATE,
    truncateSlugLength: DEFAULT_TRUNCATE_SLUG_LENGTH
  };
}
function environmentsFromDirs(dirs, options) {
  const seen = /* @__PURE__ */ new Set();
  const environments3 = [];
  for (const dir of dirs) {
    const location = repositoryRelativeDir(dir, options.root, options.cwd);
    if (seen.has(location)) continue;
    seen.add(location);
    environments3.push(environmentOfLocations([location]));
  }
  return environments3;
}
var prefixesOf = (location) => location.split("/").map((_, i, parts) => parts.slice(0, i + 1).join("/"));
function gitmodulesPaths(text) {
  const paths = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*path\s*=\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    const value = m[1];
    paths.push(value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value.slice(1, -1).replace(/\\(["\\])/g, "$1") : value);
  }
  return paths.map((p) => p.replace(/\/+$/, ""));
}
function dirShapeInListing(location, entries, submodules) {
  if (entries.some((e) => e.path.startsWith(`${location}/`))) return { kind: "directory" };
  if (entries.some((e) => e.path === location)) return { kind: "file" };
  const submodule = prefixesOf(location).find((p) => submodules.has(p));
  return submodule === void 0 ? { kind: "missing" } : { kind: "submodule", path: submodule };
}
async function nestedRepositoryOnDisk(root, location) {
  for (const prefix of prefixesOf(location)) {
    if (await (0, import_promises5.lstat)((0, import_node_path15.join)(root, prefix, ".git")).then(() => true, () => false)) return prefix;
  }
  return void 0;
}
async function treeSubmodules(repo, source, reader) {
  if (source.kind === "worktree" || !reader) return [];
  const entries = source.kind === "index" ? (await listIndex(repo, [".gitmodules"])).entries : await listTree(repo, source.commit, [".gitmodules"]);
  const entry = entries.find((e) => e.path === ".gitmodules");
  if (!entry) return [];
  const blob = (await reader.readAll([entry.oid])).get(entry.oid);
  return blob ? gitmodulesPaths(new TextDecoder().decode(blob)) : [];
}
async function requireDirectories(repo, source, dirs, options) {
  const given = /* @__PURE__ */ new Map();
  for (const dir of dirs) {
    const location = repositoryRelativeDir(dir, repo.root, options.cwd);
    if (location !== "" && !given.has(location)) given.set(location, dir);
  }
  if (given.size === 0) return;
  const treeName = source.kind === "commit" ? `commit ${source.commit.slice(0, 12)}` : `the ${source.kind}`;
  const refuse = (location, shape) => {
    const dir = given.get(location);
    if (shape.kind === "file") throw new MigcheckError(dirIsFile(dir, treeName));
    if (shape.kind === "submodule") throw new MigcheckError(dirInSubmodule(dir, shape.path));
    throw new MigcheckError(dirMissing(dir, treeName));
  };
  if (source.kind === "worktree") {
    for (const location of given.keys()) {
      const nested = await nestedRepositoryOnDisk(repo.root, location);
      if (nested !== void 0) refuse(location, { kind: "submodule", path: nested });
      const info = await (0, import_promises5.stat)((0, import_node_path15.join)(repo.root, location)).catch(() => void 0);
      if (!info) refuse(location, { kind: "missing" });
      else if (!info.isDirectory()) refuse(location, { kind: "file" });
    }
    return;
  }
  const locations = [...given.keys()];
  const entries = source.kind === "index" ? (await listIndex(repo, locations)).entries : await listTree(repo, source.commit, locations);
  let submodules;
  for (const location of locations) {
    if (dirShapeInListing(location, entries, /* @__PURE__ */ new Set()).kind === "directory") continue;
    submodules ??= new Set(await treeSubmodules(repo, source, options.reader));
    const nested = await nestedRepositoryOnDisk(repo.root, location);
    if (nested !== void 0) submodules.add(nested);
    refuse(location, dirShapeInListing(location, entries, submodules));
  }
}

// src/config/allowed-heads.ts
function allowedHeadsFor(config, env) {
  const own = config.environments?.find((c) => c.versionLocations.join("\0") === env.versionLocations.join("\0"))?.allowedHeads ?? [];
  return [...config.allowedHeads, ...own];
}

// src/app/run-context.ts
var stringOption = (args, name) => {
  const value = args.options[name];
  return typeof value === "string" ? value : void 0;
};
async function openRunContext(args, io, options = {}) {
  const repo = await openRepository(io.cwd, io.env, options);
  const config = await loadConfig(repo.root, { explicitPath: stringOption(args, "config"), cwd: io.cwd });
  return { repo, config, args, io };
}
async function environmentsFor(context, source, reader) {
  const dirs = context.args.options.dir;
  if (Array.isArray(dirs) && dirs.length > 0) {
    const environments3 = environmentsFromDirs(dirs, { root: context.repo.root, cwd: context.io.cwd });
    await requireDirectories(context.repo, source, dirs, { cwd: context.io.cwd, reader });
    return environments3;
  }
  const configured = context.config.environments;
  if (configured && configured.length > 0) {
    return configured.map((env) => environmentOfLocations(env.versionLocations, { recursive: env.recursive, config: context.config.source }));
  }
  const treeName = source.kind === "commit" ? `commit ${source.commit.slice(0, 12)}` : source.kind;
  return requireEnvironments(await discoverEnvironments(context.repo, source, reader), treeName);
}
function targetNames(context) {
  return { explicit: stringOption(context.args, "target"), configured: context.config.target, envTarget: context.io.env.MIGCHECK_TARGET };
}

// src/core/graph/heads-graph.ts
function headsGraph(heads) {
  const nodes = new Map(heads.map((h) => [h.id, {
    id: h.id,
    parents: [],
    dependsOn: [],
    children: [],
    labels: [...h.labels],
    dependents: h.dependedOn ? ["(depends_on)"] : [],
    file: { path: h.path, revision: h.id, revisionSource: "variable", downRevisions: [], branchLabels: [], dependsOn: [], sites: {}, problems: [] }
  }]));
  const ids2 = heads.map((h) => h.id);
  return { nodes, order: ids2, heads: ids2, bases: [], problems: [], unreadable: [], files: [...nodes.values()].map((n) => n.file) };
}

// src/app/summary-heads.ts
init_select_revision_files();
init_reader_version();

// src/git/worktree-state.ts
var import_node_fs17 = require("node:fs");
var import_node_os2 = require("node:os");
var import_node_path16 = require("node:path");
init_run_git();

// src/git/folder-differences.cts
var CONVERSION_CONFIG_ARGS = ["config", "-z", "--get-regexp", "^core\\.(autocrlf|attributesfile)$"];
var SPLIT_INDEX_BYTES = 2 * 1024 * 1024;
function folderDifferenceCommands(locations, indexBytes) {
  const paths = ["--", ...locations.map((l) => `:(literal)${l}`)];
  return indexBytes < SPLIT_INDEX_BYTES ? [["ls-files", "-z", "--modified", "--deleted", "--others", ...paths]] : [["ls-files", "-z", "--modified", "--deleted", ...paths], ["ls-files", "-z", "--others", ...paths]];
}

// src/git/worktree-state.ts
init_read_index();
init_parse_z();

// src/git/folder-tree-id.ts
init_object_id();
var SLASH = Buffer.from("/");
function folderTreeId(entriesByFolder, folder, hashBytes) {
  const algorithm = hashBytes === 32 ? "sha256" : "sha1";
  const children = /* @__PURE__ */ new Map();
  for (const path of entriesByFolder.keys()) {
    for (let at = path; at !== folder && at !== ""; ) {
      const slash = at.lastIndexOf("/");
      const parent = slash < 0 ? "" : at.slice(0, slash);
      let set = children.get(parent);
      if (!set) children.set(parent, set = /* @__PURE__ */ new Set());
      set.add(at.slice(slash + 1));
      at = parent;
    }
  }
  const tree = (path) => {
    const items = [];
    for (const entry of entriesByFolder.get(path) ?? []) {
      if (entry.oid.length !== hashBytes) return void 0;
      items.push({ key: entry.name, parts: [Buffer.from(`${entry.mode.toString(8)} `, "latin1"), entry.name, Buffer.of(0), entry.oid] });
    }
    for (const name of children.get(path) ?? []) {
      const id = tree(path === "" ? name : `${path}/${name}`);
      if (!id) return void 0;
      const bytes = Buffer.from(name, "utf8");
      items.push({ key: Buffer.concat([bytes, SLASH]), parts: [Buffer.from("40000 ", "latin1"), bytes, Buffer.of(0), id] });
    }
    if (items.length === 0) return void 0;
    items.sort((a, b) => Buffer.compare(a.key, b.key));
    const body = Buffer.concat(items.flatMap((item) => item.parts));
    return objectId("tree", body, algorithm);
  };
  return tree(folder)?.toString("hex");
}

// src/git/worktree-state.ts
init_select_revision_files();
var CONVERSION = /(?:^|[\s!-])(?:filter|text|eol|working-tree-encoding|ident|crlf)\b/m;
var mentionsConversion = (path) => {
  let text;
  try {
    text = (0, import_node_fs17.readFileSync)(path, "utf8");
  } catch {
    return false;
  }
  return CONVERSION.test(text.split("\n").filter((line) => !line.trimStart().startsWith("#")).join("\n"));
};
var foldersTo = (location) => ["", ...location.split("/").filter(Boolean).map((_, i, parts) => parts.slice(0, i + 1).join("/"))];
function comparisonStarted(repo, locations, started) {
  return !!started?.some((one) => startedCommand([one], repo, folderDifferenceCommands(locations, identityBytes(one.indexIdentity))[0]));
}
async function worktreeTrees(repo, locations, isRevision, started) {
  if (repo.env.GIT_INDEX_FILE) return void 0;
  const indexFile = (0, import_node_path16.join)(repo.gitDir, "index");
  const index = readIndexFacts(indexFile);
  if (!index || index.hidesWorktree) return void 0;
  const folders = [...new Set(locations.map(normaliseDir))];
  if (index.links.some((link) => folders.some((folder) => folder === "" || link.path.startsWith(`${folder}/`)))) return void 0;
  const output = async (from, args, allowExit = []) => {
    const stdout = await startedOutput(from, repo, args);
    return stdout !== void 0 ? { stdout } : runGit(repo, args, { allowExit });
  };
  const sameIndex = started?.filter((one) => one.indexIdentity === index.identity);
  const [config, ...differences] = await Promise.all([
    output(started, CONVERSION_CONFIG_ARGS, [1]),
    ...folderDifferenceCommands(locations, identityBytes(index.identity)).map((args) => output(sameIndex, args))
  ]);
  for (const path of differences.flatMap(({ stdout }) => splitNul(stdout))) {
    if (path.endsWith("/") || isRevision(path)) return void 0;
  }
  let attributesFile;
  for (const record of splitNul(config.stdout)) {
    const [key, value = ""] = record.split("\n");
    if (key === "core.autocrlf" && !["false", "no", "off", "0", ""].includes(value.trim().toLowerCase())) return void 0;
    if (key === "core.attributesfile") attributesFile = value.startsWith("~/") ? (0, import_node_path16.join)((0, import_node_os2.homedir)(), value.slice(2)) : (0, import_node_path16.isAbsolute)(value) ? value : (0, import_node_path16.join)(repo.root, value);
  }
  const xdg = repo.env.XDG_CONFIG_HOME || (0, import_node_path16.join)(repo.env.HOME || (0, import_node_os2.homedir)(), ".config");
  const sources = [
    attributesFile ?? (0, import_node_path16.join)(xdg, "git", "attributes"),
    (0, import_node_path16.join)(repo.commonDir, "info", "attributes"),
    ...repo.env.GIT_ATTR_NOSYSTEM ? [] : ["/etc/gitattributes", "/usr/local/etc/gitattributes"],
    ...[...new Set(locations.flatMap(foldersTo))].map((folder) => (0, import_node_path16.join)(repo.root, folder, ".gitattributes"))
  ];
  if (sources.some(mentionsConversion)) return void 0;
  const missing = folders.filter((folder) => !index.trees.has(folder));
  const walked = missing.length > 0 ? readIndexFacts(indexFile, index.identity, { below: missing }) : index;
  const now = (0, import_node_fs17.statSync)(indexFile, { bigint: true, throwIfNoEntry: false });
  if (!walked || !now || fileIdentity(now) !== index.identity) return void 0;
  const hashBytes = repo.head?.length === 64 ? 32 : 20;
  const trees = /* @__PURE__ */ new Map();
  if (walked.untreeable) return void 0;
  for (const folder of folders) {
    const id = index.trees.get(folder) ?? (walked.folderEntries ? folderTreeId(walked.folderEntries, folder, hashBytes) : void 0);
    if (id === void 0) return void 0;
    trees.set(folder, id);
  }
  return trees;
}

// src/app/summary-heads.ts
async function headsFromSummaries(context, environments3, treeOf) {
  const store = TreeSummaries.at(context.repo.commonDir);
  const graphs = [];
  for (const environment of environments3) {
    const key = keyIn(READER_VERSION, environment, treeOf);
    const facts = key ? await store.facts(key) : void 0;
    facts?.close();
    if (!facts?.header.healthy) return void 0;
    const dependedOn = new Set(facts.header.dependedOn);
    graphs.push({ environment, graph: headsGraph(facts.header.heads.map((h) => ({ ...h, dependedOn: dependedOn.has(h.id) }))) });
  }
  return graphs;
}
async function commitTrees(environments3, commit, reader) {
  const locations = [...new Set(environments3.flatMap((env) => env.versionLocations.map(normaliseDir)))];
  const trees = await reader.treeIds(locations.map((location) => `${commit}:${location}`));
  return (location) => trees.get(`${commit}:${location}`);
}
async function summarised(context, environments3, treeOf) {
  const store = TreeSummaries.at(context.repo.commonDir);
  for (const environment of environments3) {
    const key = keyIn(READER_VERSION, environment, treeOf);
    const facts = key ? await store.facts(key) : void 0;
    facts?.close();
    if (!facts) return false;
  }
  return true;
}
async function commitSummaryHeads(context, environments3, commit, reader) {
  if (context.config.ignore.length > 0) return void 0;
  return headsFromSummaries(context, environments3, await commitTrees(environments3, commit, reader));
}
async function worktreeSummaryHeads(context, environments3, io, reader) {
  const head = context.repo.head;
  if (context.config.ignore.length > 0 || !head || !environments3.every((env) => !env.recursive && !env.sourceless)) return {};
  const locations = environments3.flatMap((env) => env.versionLocations);
  const headSummarised = async () => summarised(context, environments3, await commitTrees(environments3, head, reader));
  const started = comparisonStarted(context.repo, locations, io.started);
  if (!started && !await headSummarised()) return {};
  const selected = (path) => environments3.some((env) => selectRevisionFiles([path], env).length > 0);
  const trees = await worktreeTrees(context.repo, locations, selected, io.started);
  const graphs = trees ? await headsFromSummaries(context, environments3, (location) => trees.get(location)) : void 0;
  if (graphs) return { graphs };
  return trees && (!started || await headSummarised()) ? { worktreeIds: trees } : {};
}

// src/app/read-graphs.ts
async function openTree(args, io, options = {}) {
  const rev = typeof args.options.rev === "string" ? args.options.rev : void 0;
  if (rev !== void 0 && args.options.staged === true) throw new MigcheckError(stagedAndRev());
  const context = options.context ? { ...options.context, args } : await openRunContext(args, io, { fromFiles: options.headsOnly });
  const reader = new BlobReader(context.repo, repositoryFiles(context.repo, io.env, context.repo.head?.length === 64 ? 32 : 20));
  try {
    if (rev !== void 0) {
      const commit = await resolveRev(context.repo, rev);
      return { context, reader, source: { kind: "commit", commit }, spec: { name: "head", commit } };
    }
    if (args.options.staged === true) return { context, reader, source: { kind: "index" }, spec: { name: "index" } };
    if (options.headsOnly && !io.env.GIT_INDEX_FILE) {
      indexFactsKept(context.repo.commonDir, (0, import_node_path17.join)(context.repo.gitDir, "index"));
    }
    return { context, reader, source: { kind: "worktree" }, spec: { name: "worktree" } };
  } catch (error) {
    await reader.close();
    throw error;
  }
}
async function readGraphs(args, io, options = {}) {
  const { context, reader, source, spec } = await openTree(args, io, options);
  try {
    const environments3 = await environmentsFor(context, source, reader);
    let worktreeIds;
    if (options.headsOnly && spec.name === "head") {
      const graphs2 = await commitSummaryHeads(context, environments3, spec.commit, reader);
      if (graphs2) return { context, graphs: graphs2, commit: spec.commit };
    } else if (options.headsOnly && spec.name === "worktree") {
      const found = await worktreeSummaryHeads(context, environments3, io, reader);
      if (found.graphs) return { context, graphs: found.graphs };
      worktreeIds = found.worktreeIds;
    }
    const loaded = await loadTrees(context.repo, environments3, [spec], { reader, staged: spec.name === "index" ? stagedChanges(context.repo) : void 0 });
    const ignored = context.config.ignore.length > 0 ? compileIgnore(context.config.ignore) : void 0;
    const graphs = environments3.map((environment, e) => {
      const files = loaded.trees[0][e].files;
      return { environment, graph: buildGraph(ignored ? files.filter((f) => !ignored(f.path)) : files) };
    });
    const named = worktreeIds ? { ...loaded, trees: loaded.trees.map((perEnv) => perEnv.map((tree, e) => ({ ...tree, key: keyIn(READER_VERSION, environments3[e], (location) => worktreeIds.get(location)) }))) } : loaded;
    if (!ignored) await rememberTrees(context.repo, named, [graphs.map(({ graph }) => graph)]);
    return { context, graphs, ...spec.name === "head" ? { commit: spec.commit } : {} };
  } finally {
    await reader.close();
  }
}

// src/app/revision-texts.ts
init_reader();
init_worktree_reader();
function revisionTextReader(repo, worktree) {
  return async (files) => {
    const out = /* @__PURE__ */ new Map();
    if (worktree) {
      for (const file of files) {
        const bytes = await readWorktreeFile(repo.root, file.path);
        if (bytes) out.set(file.path, decodeSource(bytes).text);
      }
      return out;
    }
    const reader = new BlobReader(repo);
    try {
      const blobs = await reader.readAll(files.flatMap((f) => f.blob ? [f.blob] : []));
      for (const file of files) {
        const bytes = file.blob ? blobs.get(file.blob) : void 0;
        if (bytes) out.set(file.path, decodeSource(bytes).text);
      }
    } finally {
      await reader.close();
    }
    return out;
  };
}

// src/app/explain-report.ts
var withRev = (args, rev) => ({ ...args, options: { ...args.options, rev, staged: void 0 } });
var forks = (context, graphs) => graphs.some(({ environment, graph }) => forkHeads(graph, allowedHeadsFor(context.config, environment)).length > 0);
var allFiles = (graph) => graph.files ?? [...graph.nodes.values()].map((n) => n.file);
async function chooseTree(args, io) {
  const rev = typeof args.options.rev === "string" ? args.options.rev : void 0;
  const opened = await openRunContext(args, io);
  const target = await resolveTarget(opened.repo, targetNames(opened)).catch((error) => {
    if (rev !== void 0) return void 0;
    throw error;
  });
  if (rev !== void 0) {
    const { context, graphs, commit } = await readGraphs(withRev(args, rev), io, { context: opened });
    return { tree: { kind: "commit", ref: rev, commit }, target: target ? { ref: target.ref, commit: target.commit } : null, context, graphs };
  }
  const found = { ref: target.ref, commit: target.commit };
  const atTarget = await readGraphs(withRev(args, found.commit), io, { context: opened });
  const tree = { kind: "commit", ref: found.ref, commit: found.commit };
  if (forks(atTarget.context, atTarget.graphs)) return { tree, target: found, ...atTarget };
  const worktree = await readGraphs(withRev(args, void 0), io, { context: opened });
  if (forks(worktree.context, worktree.graphs)) return { tree: { kind: "worktree" }, target: found, ...worktree };
  return { tree, target: found, ...atTarget };
}
async function docstrings(repo, graph, heads, worktree) {
  const files = describedRevisions(graph, heads).map((id) => graph.nodes.get(id).file);
  const texts = await revisionTextReader(repo, worktree)(files);
  return new Map([...texts].map(([path, text]) => [path, docstringFacts(text)]));
}
async function branchFixes(repo, env, explained, merge, branches, allowed) {
  const others = branches.filter((b) => b.commit !== explained.commit && b.name !== explained.ref);
  if (others.length === 0) return [];
  const loaded = await loadTrees(repo, [env.environment], others.map((b) => ({ name: "head", commit: b.commit })));
  const dir = env.environment.versionLocations[0] ?? "";
  const target = [...allFiles(explained.graph), mergeRevisionFile(merge, dir)];
  const fixes = [];
  for (const [i, branch] of others.entries()) {
    const files = loaded.trees[i][0].files;
    const graph = buildGraph(files);
    if (!graph.order.some((id) => !explained.graph.nodes.has(id))) continue;
    const base = explained.commit === void 0 ? void 0 : await mergeBase(repo, branch.commit, explained.commit);
    const [baseFiles, order] = await Promise.all([
      base === void 0 ? void 0 : loadTrees(repo, [env.environment], [{ name: "base", commit: base }]).then((l) => l.trees[0][0].files),
      addedOrder(repo, base, env.environment.versionLocations, branch.commit)
    ]);
    const plan = planEnvironment({ dir, targetRef: explained.ref, checked: files, base: baseFiles, target, addedOrder: order, allowedHeads: allowed });
    const fix2 = branchFix({ branch: branch.name, commit: branch.commit, mergeBase: base ?? null, graph, explained: explained.graph, heads: merge.downRevision, plan });
    if (fix2) fixes.push(fix2);
  }
  return fixes;
}
async function mergedView2(context, graphs, rev, tip) {
  const { repo } = context;
  const base = await mergeBase(repo, rev, tip.commit);
  if (base === tip.commit || base === rev) return void 0;
  const environments3 = graphs.map((g) => g.environment);
  const specs = [{ name: "target", commit: tip.commit }, ...base === void 0 ? [] : [{ name: "base", commit: base }]];
  const loaded = await loadTrees(repo, environments3, specs);
  const target = environments3.map((_, e) => loaded.trees[0][e].files);
  const sides = {
    base,
    branch: graphs.map((g) => allFiles(g.graph)),
    target,
    baseFiles: environments3.map((_, e) => base === void 0 ? void 0 : loaded.trees[1][e].files),
    targetGraphs: target.map((files) => buildGraph(files))
  };
  if (forks(context, graphs.map((g, e) => ({ ...g, graph: sides.targetGraphs[e] })))) return void 0;
  const merged = graphs.map((g, e) => ({ ...g, graph: buildGraph(mergeTrees(sides.target[e], sides.baseFiles[e] ?? [], sides.branch[e])) }));
  return forks(context, merged) ? { graphs: merged, sides } : void 0;
}
async function branchOntoTarget(repo, env, e, sides, branch, target, allowed) {
  const dir = env.environment.versionLocations[0] ?? "";
  const order = await addedOrder(repo, sides.base, env.environment.versionLocations, branch.commit);
  const plan = planEnvironment({ dir, targetRef: target.ref, checked: sides.branch[e], base: sides.baseFiles[e], target: sides.target[e], addedOrder: order, allowedHeads: allowed });
  const targetGraph = sides.targetGraphs[e];
  const fix2 = branchFix({ branch: branch.ref, commit: branch.commit, mergeBase: sides.base ?? null, graph: buildGraph(sides.branch[e]), explained: targetGraph, heads: targetGraph.heads, plan });
  return fix2 ?? { branch: branch.ref, commit: branch.commit, mergeBase: sides.base ?? null, merges: [], revisesOldHead: [], plan };
}
async function explainReport(args, io) {
  const chosen = await chooseTree(args, io);
  const { target, context } = chosen;
  let { tree, graphs } = chosen;
  const repo = context.repo;
  let sides;
  if (tree.kind === "commit" && target && !forks(context, graphs)) {
    const branch = args.options.rev !== void 0 ? { ref: tree.ref, commit: tree.commit, graphs } : repo.head !== void 0 && repo.head !== target.commit ? { ref: repo.branch ?? "HEAD", commit: repo.head, graphs: (await readGraphs(withRev(args, repo.head), io, { context })).graphs } : void 0;
    const merged = branch && branch.commit !== target.commit && !forks(context, branch.graphs) ? await mergedView2(context, branch.graphs, branch.commit, target) : void 0;
    if (branch && merged) {
      ({ graphs, sides } = merged);
      tree = { kind: "merged", ref: branch.ref, commit: branch.commit };
    }
  }
  const worktree = tree.kind === "worktree";
  const tip = worktree ? repo.head : tree.commit;
  const explainedRef = worktree ? repo.branch ?? "HEAD" : tree.ref;
  const forked = graphs.filter(({ environment, graph }) => forkHeads(graph, allowedHeadsFor(context.config, environment)).length > 0);
  let history2;
  let branches = [];
  if (forked.length > 0 && tip !== void 0) {
    const dirs = [...new Set(forked.flatMap(({ environment }) => environment.versionLocations))];
    if (sides && target) {
      const [own, theirs, line] = await Promise.all([addedCommits(repo, tip, dirs), addedCommits(repo, target.commit, dirs), addedCommits(repo, target.commit, dirs, { firstParent: true })]);
      history2 = { added: [...own, ...theirs], line, lineRef: target.ref };
    } else {
      const [added, line, listed] = await Promise.all([addedCommits(repo, tip, dirs), addedCommits(repo, tip, dirs, { firstParent: true }), listBranches(repo)]);
      history2 = { added, line, lineRef: explainedRef };
      branches = listed;
    }
  }
  const environments3 = [];
  for (const env of graphs) {
    const { environment, graph } = env;
    const allowed = allowedHeadsFor(context.config, environment);
    const heads = forkHeads(graph, allowed);
    const dir = environment.versionLocations[0] ?? "";
    let merge;
    let fixes = [];
    let docs = /* @__PURE__ */ new Map();
    if (heads.length > 0 && sides && target) {
      [docs, fixes] = await Promise.all([
        docstrings(repo, graph, heads, false),
        branchOntoTarget(repo, env, graphs.indexOf(env), sides, { ref: explainedRef, commit: tip }, target, allowed).then((f) => [f])
      ]);
    } else if (heads.length > 0) {
      merge = mergeFix({ heads, targetRef: explainedRef, alembic: alembicInvocation(environment), ...graphs.length > 1 ? { dir } : {} });
      [docs, fixes] = await Promise.all([
        docstrings(repo, graph, heads, worktree),
        branchFixes(repo, env, { graph, commit: tip, ref: explainedRef }, merge, branches, allowed)
      ]);
    }
    environments3.push(explainEnvironment({
      graph,
      dir,
      versionLocations: environment.versionLocations,
      ...environment.config === void 0 ? {} : { config: environment.config },
      allowedHeads: allowed,
      docstrings: docs,
      history: heads.length > 0 ? history2 : void 0,
      merge,
      branches: fixes
    }));
  }
  const report = { ok: environments3.every((e) => e.state === "healthy"), tree, target, environments: environments3 };
  return { report, graphs, context };
}

// src/render/db-json.ts
init_messages();

// src/core/database/database-findings.ts
init_messages();
function planCommands(plan, alembic) {
  const prefix = ["alembic", ...alembic.args].join(" ");
  const merge = plan.steps.some((s) => s.kind === "merge");
  return plan.steps.map((step) => {
    switch (step.kind) {
      case "purge":
        return { command: `${prefix} stamp --purge ${step.revisions.join(" ")}`, why: dbPlanPurgeWhy(step.revisions) };
      case "stamp":
        return { command: `${prefix} stamp ${step.revisions.join(" ")}`, why: dbPlanStampWhy(step.revisions, step.covers, step.beside) };
      case "merge":
        return { command: dbPlanMergeCommand(), why: dbPlanMergeWhy(step.heads) };
      case "upgrade":
        return { command: `${prefix} upgrade ${step.target}`, why: dbPlanUpgradeWhy(step.applies, merge, step.afterBlockers) };
    }
  });
}

// src/render/db-json.ts
function databaseJson(report, options) {
  return {
    database: {
      dialect: report.database.dialect,
      url: report.database.url,
      versionTable: report.environments[0]?.versionTable.name ?? "alembic_version",
      ...report.environments[0]?.versionTable.schema === void 0 ? {} : { versionTableSchema: report.environments[0].versionTable.schema }
    },
    environments: report.environments.map((env) => {
      const evidence = new Map((env.evidence ?? []).map((e) => [e.revision, e]));
      const plan = env.plan;
      return {
        dir: env.dir,
        ...env.config ? { config: env.config } : {},
        state: env.status.state,
        versionTableExists: env.versionTable.exists,
        recorded: env.status.recorded,
        heads: env.status.heads,
        pending: env.status.pending.map((p) => {
          const e = evidence.get(p.revision);
          return {
            revision: p.revision,
            head: p.head,
            file: p.file,
            ...e ? {
              evidence: e.evidence,
              empty: e.empty,
              objects: e.objects.map(objectJson),
              unknownSteps: e.unknownSteps.map((u) => ({ line: u.line, reason: u.reason, text: u.text, message: dbUnknownStep(u.line, u.reason, u.text) }))
            } : {}
          };
        }),
        unknown: env.status.unknown,
        overlaps: env.status.overlaps.map(([ancestor, descendant]) => ({ ancestor, descendant })),
        findings: env.findings,
        ...plan && (options.plan || env.evidence) ? {
          ...env.alembic.cwd ? { runIn: env.alembic.cwd } : {},
          stampPlan: planCommands(plan, env.alembic),
          blockers: plan.blockers.map((b) => b.kind === "unknown-rows" ? b : b.kind === "partial" ? { kind: b.kind, revision: b.revision, missing: b.missing.map(objectJson) } : b.kind === "unknown" ? { kind: b.kind, revision: b.revision, unknownSteps: b.evidence.unknownSteps.map((u) => ({ line: u.line, reason: u.reason, text: u.text, message: DB_UNKNOWN_REASON[u.reason] })), undecided: b.evidence.objects.filter((o) => o.matches === null).map(objectJson) } : b),
          dataDiffers: plan.dataDiffers
        } : {}
      };
    })
  };
}
function objectJson(o) {
  return {
    kind: o.kind,
    name: o.name,
    schema: o.schema,
    table: o.table,
    ...o.columns ? { columns: o.columns } : {},
    expected: o.expected,
    found: o.found,
    matches: o.matches,
    op: o.op,
    line: o.line,
    ...o.notes.length > 0 ? { notes: o.notes.map((n) => ({ ...n, message: dbObjectNote(n) })) } : {}
  };
}

// src/render/explain-json.ts
function renderExplainJson(report) {
  const document = {
    ok: report.ok,
    tree: report.tree,
    target: report.target,
    environments: report.environments.map((env) => ({
      ...env,
      fix: env.fix && {
        merge: env.fix.merge,
        branches: env.fix.branches.map(({ plan, ...branch }) => ({
          ...branch,
          plan: { onto: plan.onto, steps: plan.steps, resultHeads: plan.resultHeads, ...plan.blocked ? { blocked: plan.blocked } : {} }
        }))
      }
    })),
    ...report.database ? { database: databaseJson(report.database, { plan: true }) } : {}
  };
  return `${JSON.stringify(document, null, 2)}
`;
}

// src/render/explain-markdown.ts
init_messages();

// src/render/db-human.ts
init_messages();
var note = (n) => dbObjectNote(n);
function objectLine(o, style) {
  const dataDiffers = o.notes.some((n) => n.code === "rows" && n.differing.length > 0);
  const mark = o.matches === false ? style.error("✖") : o.matches === null ? style.warning("?") : dataDiffers ? style.warning("≠") : style.ok("✔");
  const text = dbObjectText({ kind: o.kind, name: o.name, table: o.table, ...o.columns ? { columns: o.columns } : {}, expected: o.expected });
  const notes = o.notes.map(note);
  const missing = o.matches === false && o.expected === "present" && o.found === false ? " — missing" : o.matches === false && o.expected === "absent" ? " — still there" : "";
  return `      ${mark} ${text}${missing}${notes.length > 0 ? ` ${style.dim(`— ${notes.join("; ")}`)}` : ""}`;
}
function revisionBlock(e, revision, file, style) {
  if (!e) return [`    ${revision}  ${style.dim(file)}`];
  const verdict = e.empty ? dbEmptyRevision() : DB_EVIDENCE_TEXT[e.evidence] ?? e.evidence;
  const colour = e.evidence === "applied-outside" ? style.ok : e.evidence === "absent" ? style.dim : e.evidence === "partial" ? style.error : style.warning;
  const lines = [`    ${style.bold(revision)}  ${colour(verdict)}  ${style.dim(file)}`];
  for (const o of e.objects) lines.push(objectLine(o, style));
  for (const u of e.unknownSteps) lines.push(`      ${style.warning("?")} ${dbUnknownStep(u.line, u.reason, u.text)}`);
  return lines;
}
function header(report, env, style) {
  const table2 = `${env.versionTable.schema ? `${env.versionTable.schema}.` : ""}${env.versionTable.name}`;
  return [
    style.bold(environmentHeading(env.dir, env.config)),
    `  ${dbLabels.database}  ${report.database.url} (${table2})`,
    `  ${dbLabels.recorded}  ${env.versionTable.exists ? env.status.recorded.join(", ") || dbLabels.none : dbLabels.noTable}`,
    `  ${dbLabels.heads}     ${env.status.heads.join(", ") || dbLabels.none}`
  ];
}
function findingLines(env, style) {
  return env.findings.flatMap((f) => {
    const mark = f.severity === "error" ? style.error("✖") : style.warning("⚠");
    const where = f.file ? ` ${style.dim(`${f.file}${f.line ? `:${f.line}` : ""}`)}` : "";
    return [`  ${mark} ${style.bold(f.code)}${where}`, `    ${f.message}`, ...f.fix ? [`    fix: ${f.fix}`] : []];
  });
}
function renderDatabaseStatus(report, style, options = {}) {
  const out = [];
  let errors = 0;
  for (const env of report.environments) {
    out.push(...header(report, env, style), ...findingLines(env, style));
    errors += env.findings.filter((f) => f.severity === "error").length;
    const evidence = new Map((env.evidence ?? []).map((e) => [e.revision, e]));
    if (options.quiet) continue;
    for (const head of env.status.heads) {
      const pending = env.status.pending.filter((p) => p.head === head);
      if (pending.length === 0) continue;
      out.push(`  ${dbPendingHeading(head, pending.length)}`);
      for (const p of pending) out.push(...revisionBlock(evidence.get(p.revision), p.revision, p.file, style));
    }
    if (env.evidence && env.status.pending.length > 0) out.push(`  ${style.dim(dbPlanStatusHint())}`);
  }
  const summary = dbSummary(report.ok, errors);
  out.push(report.ok ? style.ok(summary) : style.error(summary));
  return `${out.join("\n")}
`;
}
function renderStampPlan(report, style) {
  const out = [];
  for (const env of report.environments) {
    out.push(...header(report, env, style));
    for (const f of env.findings) out.push(`  ${f.severity === "error" ? style.error("✖") : style.warning("⚠")} ${f.message}`);
    const plan = env.plan;
    if (!plan) continue;
    const steps = planCommands(plan, env.alembic);
    if (steps.length === 0 && plan.blockers.length === 0) out.push(`  ${dbPlanNothing()}`);
    if (steps.length > 0) {
      out.push("", `  ${style.bold(dbPlanHeading(env.alembic.cwd))}`);
      steps.forEach((s, i) => out.push(`    ${i + 1}. ${style.bold(s.command)}`, `       ${s.why}`));
    }
    if (plan.blockers.length > 0) {
      out.push("", `  ${style.bold(dbPlanBlockersHeading())}`);
      for (const b of plan.blockers) {
        if (b.kind === "unknown-rows") out.push(`    ${style.error("✖")} ${dbPlanUnknownRows(b.revisions)}`);
        else if (b.kind === "partial") out.push(`    ${style.error("✖")} ${dbPlanPartial(b.revision, b.missing.map((o) => dbObjectText({ kind: o.kind, name: o.name, table: o.table, ...o.columns ? { columns: o.columns } : {}, expected: o.expected })))}`);
        else if (b.kind === "present-after-missing") out.push(`    ${style.error("✖")} ${dbPlanPresentAfterMissing(b.revision, b.after)}`);
        else {
          out.push(`    ${style.warning("?")} ${dbPlanUnknown(b.revision)}`);
          for (const u of b.evidence.unknownSteps) out.push(`        ${dbUnknownStep(u.line, u.reason, u.text)}`);
          for (const o of b.evidence.objects.filter((x) => x.matches === null)) out.push(objectLine(o, style).replace(/^ {6}/, "        "));
        }
      }
    }
    if (plan.dataDiffers.length > 0) {
      out.push("", `  ${style.bold(dbPlanDataHeading())}`);
      for (const d of plan.dataDiffers) {
        const e = env.evidence?.find((x) => x.revision === d.revision);
        const o = e?.objects.find((x) => x.kind === "rows" && x.line === d.line);
        const rows = o?.notes.find((n) => n.code === "rows");
        out.push(`    ${style.warning("≠")} ${dbPlanData(d.revision, d.table, d.line, d.differences.length, rows ? note(rows) : "")}`);
      }
    }
  }
  return `${out.join("\n")}
`;
}

// src/render/graph-mermaid.ts
init_messages();

// src/render/graph-order.ts
function displayOrder(graph) {
  return topologicalOrder(graph, void 0, { ties: "lines" });
}

// src/render/graph-mermaid.ts
function renderGraphMermaid(graph) {
  return renderGraphsMermaid([{ heading: "", graph }]);
}
function renderGraphsMermaid(environments3) {
  const lines = ["flowchart TD"];
  const heads = [];
  const single = environments3.length === 1;
  environments3.forEach(({ heading, graph }, e) => {
    const indent = single ? "  " : "    ";
    const order = displayOrder(graph);
    const name = new Map(order.map((id, i) => [id, single ? `r${i}` : `e${e}r${i}`]));
    if (!single) lines.push(`  subgraph e${e}["${escape(heading)}"]`);
    for (const id of order) {
      const node = graph.nodes.get(id);
      const isHead = graph.heads.includes(id);
      const text = `${id}${labelsMarker([...node.labels].sort())}${isHead ? headMarker(isEffectiveHead(graph, id)) : ""}`;
      lines.push(`${indent}${name.get(id)}["${escape(text)}"]`);
    }
    for (const id of order) {
      const node = graph.nodes.get(id);
      for (const parent of node.parents) lines.push(`${indent}${name.get(parent)} --> ${name.get(id)}`);
      for (const dependency of node.dependsOn) lines.push(`${indent}${name.get(dependency)} -. depends_on .-> ${name.get(id)}`);
    }
    if (!single) lines.push("  end");
    heads.push(...graph.heads.map((id) => name.get(id)));
  });
  if (heads.length > 0) {
    lines.push("  classDef head stroke-width:3px");
    lines.push(`  class ${heads.join(",")} head`);
  }
  return `${lines.join("\n")}
`;
}
function escape(text) {
  return text.replace(/&/g, "#amp;").replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;");
}

// src/render/graph-text.ts
init_messages();
function renderGraphText(graph, options = {}) {
  const width = options.width ?? 80;
  const rows = [];
  const lanes = new Lanes();
  const drawn = /* @__PURE__ */ new Set();
  const notes = problemNotes(graph);
  for (const id of displayOrder(graph)) {
    const incoming = lanes.take(id);
    const column = incoming[0] ?? lanes.free(0);
    if (incoming.length > 1) {
      rows.push(fit(connector(lanes.slots, column, incoming.slice(1), "┴", "╯", width), width));
      for (const j of incoming.slice(1)) lanes.put(j, null);
    }
    lanes.put(column, id);
    lanes.trim();
    const slots = lanes.slots;
    rows.push(fit(`${cells(slots, width, (k) => k === column ? "●" : slots[k] ? "│" : " ")} ${describe2(graph, id, notes)}`, width));
    drawn.add(id);
    lanes.take(id);
    const children = graph.nodes.get(id).children.filter((c) => !drawn.has(c));
    lanes.put(column, children[0] ?? null);
    if (children.length > 1) {
      let slot = column;
      const opened = children.slice(1).map((child) => {
        slot = lanes.free(slot + 1);
        lanes.put(slot, child);
        return slot;
      });
      const ends = new Set(opened);
      const passing = lanes.slots.map((lane, k) => ends.has(k) ? null : lane);
      rows.push(fit(connector(passing, column, opened, "┬", "╮", width), width));
    }
    lanes.trim();
  }
  for (const file of graph.unreadable) rows.push(fit(graphUnreadable(file.path), width));
  return rows.map((row2) => `${row2}
`).join("");
}
var Lanes = class {
  slots = [];
  waiting = /* @__PURE__ */ new Map();
  holes = 0;
  /** The slots waiting for `id`, ascending; they stay set but are no longer indexed. */
  take(id) {
    const found = this.waiting.get(id) ?? [];
    this.waiting.delete(id);
    return found.sort((a, b) => a - b);
  }
  /** Sets a slot whose previous value is null or already taken. */
  put(k, value) {
    while (this.slots.length < k) {
      this.slots.push(null);
      this.holes++;
    }
    const before = k < this.slots.length ? this.slots[k] : void 0;
    if (before === null) this.holes--;
    this.slots[k] = value;
    if (value === null) this.holes++;
    else {
      const list2 = this.waiting.get(value);
      if (list2) list2.push(k);
      else this.waiting.set(value, [k]);
    }
  }
  /** The first free slot at or after `from` (a new one past the end when none is free). */
  free(from) {
    if (this.holes > 0) {
      for (let k = from; k < this.slots.length; k++) if (this.slots[k] === null) return k;
    }
    return Math.max(this.slots.length, from);
  }
  /** Drops the free slots at the right end. */
  trim() {
    while (this.slots.length > 0 && this.slots[this.slots.length - 1] === null) {
      this.slots.pop();
      this.holes--;
    }
  }
};
function connector(lanes, column, others, mid, end, width) {
  const last = Math.max(...others);
  const marked = new Set(others);
  const size = Math.min(Math.max(lanes.length, last + 1), Math.ceil(width / 2) + 1);
  let row2 = "";
  for (let k = 0; k < size; k++) {
    const lane = lanes[k] ?? null;
    const inside2 = k > column && k < last;
    row2 += k === column ? "├" : k === last ? end : marked.has(k) ? mid : inside2 ? lane ? "┼" : "─" : lane ? "│" : " ";
    row2 += k >= column && k < last ? "─" : " ";
  }
  return row2.trimEnd();
}
function cells(lanes, width, symbol) {
  const shown = Math.min(lanes.length, Math.ceil(width / 2) + 1);
  let row2 = "";
  for (let k = 0; k < shown; k++) row2 += (k > 0 ? " " : "") + symbol(k);
  return row2;
}
function problemNotes(graph) {
  const notes = { missing: /* @__PURE__ */ new Map(), inCycle: /* @__PURE__ */ new Set() };
  for (const p of graph.problems) {
    if (p.kind === "missing-parent") notes.missing.set(p.revision, [...notes.missing.get(p.revision) ?? [], p.missing]);
    if (p.kind === "cycle") for (const id of p.revisions) notes.inCycle.add(id);
  }
  return notes;
}
function describe2(graph, id, notes) {
  const node = graph.nodes.get(id);
  const missing = notes.missing.get(id) ?? [];
  const inCycle = notes.inCycle.has(id);
  const markers = [
    labelsMarker([...node.labels].sort()),
    node.children.length === 0 ? headMarker(isEffectiveHead(graph, id)) : "",
    isBranchPoint(graph, id) ? BRANCHPOINT_MARKER : "",
    isMergePoint(graph, id) ? MERGEPOINT_MARKER : "",
    node.dependsOn.length > 0 ? dependsOnMarker(node.dependsOn) : "",
    missing.length > 0 ? missingParentMarker(missing) : "",
    inCycle ? CYCLE_MARKER : ""
  ].join("");
  const name = node.file.path.slice(node.file.path.lastIndexOf("/") + 1).replace(/\.py[co]?$/, "");
  const slug = name.startsWith(`${id}_`) ? name.slice(id.length + 1) : name === id ? "" : name;
  return `${id}${markers}${slug ? `  ${slug}` : ""}`;
}
function fit(row2, width) {
  const chars = [...row2];
  return chars.length <= width ? row2 : `${chars.slice(0, width - 1).join("")}…`;
}

// src/render/plan-text.ts
init_messages();

// src/render/check-human.ts
init_messages();
function renderFinding(f, style) {
  const mark = f.severity === "error" ? style.error("✖") : style.warning("⚠");
  const where = f.file ? ` ${style.dim(`${f.file}${f.line ? `:${f.line}` : ""}`)}` : "";
  const lines = [`  ${mark} ${style.bold(f.code)}${where}`, `    ${f.message}`];
  if (f.bypassed && f.bypassed.length > 0) lines.push(`    ${style.dim(`bypassed: ${f.bypassed.join(" → ")}`)}`);
  if (f.fix) lines.push(`    fix: ${f.fix}`);
  return lines.join("\n");
}

// src/render/style.ts
var plain = { error: (t) => t, warning: (t) => t, dim: (t) => t, bold: (t) => t, ok: (t) => t };
var sgr = (on, off) => (t) => `\x1B[${on}m${t}\x1B[${off}m`;
var coloured = {
  error: sgr(31, 39),
  warning: sgr(33, 39),
  dim: sgr(2, 22),
  bold: sgr(1, 22),
  ok: sgr(32, 39)
};

// src/render/plan-text.ts
function stepLine(step, targetRef, applied) {
  switch (step.action) {
    case "git":
      return applied ? appliedGitStillToDo(step.command) : planGitStep(step.command, targetRef, step.revisions);
    case "delete":
      return (applied ? appliedDelete : planDeleteStep)(step.revision, step.file, targetRef, step.mergedBy);
    case "repoint":
      return (applied ? appliedRepoint : planRepointStep)(step.revision, step.file, step.fromText !== void 0 ? [`\`${step.fromText}\``] : step.from, step.to);
  }
}
function environmentText(env, targetRef, applied, style) {
  if (env.blocked) {
    const block = env.blocked;
    const head = block.reason === "target-multiple-heads" ? planTargetHasHeads(env.dir, targetRef, block.heads) : block.reason === "ambiguous-head" ? planAmbiguousHead(env.dir, targetRef, block.heads, block.revisions ?? []) : planCannotFix(env.dir, targetRef);
    return [
      style.error(head),
      ...(block.findings ?? []).map((f) => renderFinding(f, style)),
      ...env.steps.map((s) => `  ${stepLine(s, targetRef, false)}`)
    ];
  }
  const files = env.steps.filter((s) => s.action !== "git");
  if (env.steps.length === 0) return [planNothingToDo(env.dir, targetRef, env.onto)];
  const lines = [style.bold((applied && files.length > 0 ? appliedHeader : planHeader)(env.dir, targetRef, env.onto))];
  const ordered = applied ? [...files, ...env.steps.filter((s) => s.action === "git")] : env.steps;
  ordered.forEach((step, i) => lines.push(applied ? `  ${stepLine(step, targetRef, true)}` : `  ${i + 1}. ${stepLine(step, targetRef, false)}`));
  lines.push(`  ${planResultHeads(env.resultHeads)}`);
  return lines;
}
function renderPlanText(plan, style = plain) {
  const blocks = plan.environments.map((env) => environmentText(env, plan.target.ref, plan.applied, style).join("\n"));
  const anySteps = plan.environments.some((env) => !env.blocked && env.steps.some((s) => s.action !== "git"));
  if (anySteps) blocks.push(plan.applied ? APPLIED_NOT_STAGED : style.dim(PLAN_APPLY_HINT));
  return `${blocks.join("\n\n")}
`;
}

// src/render/explain-markdown.ts
var cell = (text) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
var row = (cells2) => `| ${cells2.map(cell).join(" | ")} |`;
var table = (columns, rows) => [row(columns), row(columns.map(() => "---")), ...rows.map(row)];
var fence = (lang, text) => [`\`\`\`${lang}`, text.replace(/\n$/, ""), "```"];
var day = (date) => date.slice(0, 10);
var created = (value) => value === void 0 ? EXPLAIN_NONE : value.replace(/(\d\d:\d\d):\d\d(?:\.\d+)?/, "$1");
var commitCell = (commit) => commit === null ? EXPLAIN_NOT_COMMITTED : explainCommitCell(commit.id, commit.subject);
var fileName = (path) => path.slice(path.lastIndexOf("/") + 1);
function headsTable(heads) {
  return table(EXPLAIN_HEAD_COLUMNS, heads.map((h) => [`\`${h.revision}\``, `\`${fileName(h.file)}\``, created(h.createDate), commitCell(h.commit), h.commit ? day(h.commit.date) : EXPLAIN_NONE]));
}
function chainTable(revisions) {
  return table(EXPLAIN_CHAIN_COLUMNS, revisions.map((r, i) => [String(i + 1), `\`${r.revision}\``, r.message ?? fileName(r.file), created(r.createDate), commitCell(r.commit)]));
}
function history(env, merged) {
  const line = env.history.line ?? "";
  const out = [];
  for (const o of env.history.olderParents) {
    out.push(`- ${explainOlderParent(o.revision, o.file, o.downRevision, o.commit?.id.slice(0, 10), o.commit ? day(o.commit.date) : void 0, line, o.targetHeads, o.targetCommit?.id.slice(0, 10))}`);
  }
  if (env.history.olderParents.length === 0 && env.history.line !== null) out.push(`- ${explainParallel(line)}`);
  const second = env.history.secondHead;
  out.push(`- ${second ? explainSecondHead(line, second.commit.id.slice(0, 10), second.commit.subject, day(second.commit.date), second.merge, second.heads) : merged ? explainMergedSecondHead(merged.branch, merged.target) : explainUncommitted(env.history.line)}`);
  return out;
}
var planBlock = (b, target) => fence("text", renderPlanText({ target: { ref: target, commit: "", mergeBase: b.mergeBase }, applied: false, environments: [b.plan] }, plain));
function fix(env, target) {
  if (!env.fix) return [];
  const { merge, branches } = env.fix;
  if (!merge) {
    return [EXPLAIN_FIX, "", ...branches.flatMap((b) => [explainRebaseBranch(b.branch, target ?? ""), "", ...planBlock(b, target ?? "")])];
  }
  const out = [
    EXPLAIN_FIX,
    "",
    EXPLAIN_PHASE1,
    "",
    explainPhase1(merge.target, merge.revision),
    "",
    ...fence("sh", `git switch ${merge.target}
${merge.migcheck}`),
    "",
    explainPhase1Alembic(merge.alembicCwd),
    "",
    ...fence("sh", merge.alembic),
    "",
    EXPLAIN_PHASE1_EMPTY,
    "",
    EXPLAIN_PHASE2,
    ""
  ];
  if (branches.length === 0) return [...out, EXPLAIN_NO_BRANCHES];
  out.push(explainPhase2(merge.target));
  for (const b of branches) {
    out.push("", explainBranchHeading(b.branch, b.commit), "");
    if (b.merges.length > 0) out.push(`- ${explainBranchMerge(b.merges, merge.target)}`);
    if (b.revisesOldHead.length > 0) out.push(`- ${explainBranchOldHead(b.revisesOldHead)}`);
    out.push("", ...planBlock(b, merge.target));
  }
  return out;
}
function environmentMarkdown(env, tree, graph, report) {
  const target = report.target?.ref;
  const merged = report.tree.kind === "merged" ? { branch: report.tree.ref ?? "", target: target ?? "" } : void 0;
  const heads = env.heads.map((h) => h.revision);
  const out = [explainTitle(env.dir, tree), "", explainSummary(tree, heads), "", EXPLAIN_HEADS, "", ...headsTable(env.heads), "", EXPLAIN_DIVERGENCE, ""];
  const d = env.divergencePoint;
  out.push(d ? explainDivergence(d.revision, d.message, created(d.createDate), env.chains.length) : EXPLAIN_NO_DIVERGENCE, "");
  if (graph) {
    const drawn = forkGraph(graph, heads);
    out.push(EXPLAIN_GRAPH, "", ...fence("text", renderGraphText(drawn, { width: 120 })), "", ...fence("mermaid", renderGraphMermaid(drawn)), "");
  }
  env.chains.forEach((c, i) => out.push(explainChainHeading(i + 1, c.revisions.length, c.head), "", ...chainTable(c.revisions), ""));
  out.push(EXPLAIN_HISTORY, "", ...history(env, merged), "", ...fix(env, target));
  return out;
}
function renderExplainMarkdown(report, graphs) {
  const tree = explainTreeName(report.tree.kind, report.tree.ref, report.target?.ref);
  const explained = report.environments.filter((env) => env.state !== "healthy");
  if (explained.length === 0 && !report.database) return `${explainNothing(tree)}
`;
  const blocks = explained.map((env) => environmentMarkdown(env, tree, graphs.get(env.dir), report).join("\n").trimEnd());
  if (explained.length === 0) blocks.push(explainNothing(tree));
  if (report.database) {
    blocks.push([
      EXPLAIN_DATABASE,
      "",
      explainDatabase(report.database.database.url),
      "",
      ...fence("text", renderDatabaseStatus(report.database, plain)),
      "",
      ...fence("text", renderStampPlan(report.database, plain))
    ].join("\n"));
  }
  return `${blocks.join("\n\n")}
`;
}

// src/cli/commands/explain.ts
async function databaseSection(args, io, result) {
  const { chooseEnvironment: chooseEnvironment2, databaseUrl: databaseUrl2, inspectDatabase: inspectDatabase2, versionTableFor: versionTableFor2 } = await Promise.resolve().then(() => (init_database_report(), database_report_exports));
  const url = databaseUrl2(args, io, "db");
  const explained = result.graphs.filter((_, i) => result.report.environments[i].state !== "healthy");
  const wanted = typeof args.options.env === "string" ? args.options.env : void 0;
  const chosen = chooseEnvironment2(wanted === void 0 && explained.length === 1 ? explained : result.graphs, wanted);
  const { config, repo } = result.context;
  return inspectDatabase2(
    { environment: chosen.environment, graph: chosen.graph, readTexts: revisionTextReader(repo, result.report.tree.kind === "worktree"), allowedHeads: allowedHeadsFor(config, chosen.environment) },
    { url, versionTable: versionTableFor2(args, config, chosen.environment), evidence: true },
    io.env
  );
}
async function run(args, io) {
  const result = await explainReport(args, io);
  const { report, graphs } = result;
  if (args.options.db !== void 0) report.database = await databaseSection(args, io, result);
  const drawn = new Map(graphs.map(({ environment, graph }) => [environment.versionLocations[0] ?? "", graph]));
  io.stdout(args.options.format === "json" ? renderExplainJson(report) : renderExplainMarkdown(report, drawn));
  return report.ok && (report.database?.ok ?? true) ? 0 : 1;
}

// <explain bundle>
var __modules = { "cli/commands/explain": explain_exports };
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  __modules,
  run
});
