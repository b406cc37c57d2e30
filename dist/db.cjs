// Built by scripts/build.mjs from src/: do not edit; run `npm run bundle`.
var __migcheck_import_meta_url = require("node:url").pathToFileURL(__filename).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
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
var readerNoRevision, readerNoDownRevision, readerIllegalChars, readerNotLiteral, readerNotString, READER_EMPTY_REVISION, readerRepeated, readerConditional, readerBoundBy, readerLineTooLong, readerSyntax, readerConflictMarkers, READER_CONFLICT_FIX, readerCompiled, readerUnresolvedConstant, quoted, missingParent, missingParentMeant, missingParentMeantFix, missingParentFix, duplicateRevision, duplicateRevisionFix, cycle, cycleFix, duplicateLabel, duplicateLabelFix, unresolvedLabel, unresolvedLabelFix, unparseable, unparseableFix, gitFailed, GIT_NOT_FOUND, GIT_NOT_FOUND_HINT, directoryNotFound, notARepository, NOT_A_REPOSITORY_HINT, badRef, BAD_REF_HINT, badObjectId, blobReaderFailed, noEnvironment, NO_ENVIRONMENT_HINT, dirMissing, dirIsFile, dirInSubmodule, alembicConfigUnreadable, interpolationMissing, interpolationSyntax, locationOutsideRepository, packageLocationNotFound, scriptLocationMissing, badPathSeparator, symlinkEscapes, symlinkNotFollowed, SYMLINK_FIX, blobMissing, configInvalid, CONFIG_KEYS_HINT, configUnreadable, configMissing, CONFIG_MISSING_HINT, environmentHeading, unknownRev, UNKNOWN_REV_HINT, stagedAndRev, internalFailure, compatLabelAsParent, compatLabelAsParentFix, READER_NUL_BYTE, READER_SYNTAX_FIX, READER_DOT_PY_NAME, readerDotPyNameFix, COMPAT_EMPTY_DOWN_REVISION, COMPAT_EMPTY_DOWN_REVISION_FIX, compatColonInRevision, COMPAT_COLON_IN_REVISION_FIX, compatSymlinkName, COMPAT_SYMLINK_NAME_FIX, DB_URL_HINT, dbNoUrl, dbUnsupportedUrl, dbInMemory, dbSqliteDriverMissing, dbNoFile, dbCannotOpen, DB_CONNECT_HINT, dbUrlTwice, dbWhichEnvironment, dbUnknownEnvironment, dbSqliteSchema, dbBadOption, dbStateText, dbStateFix, dbSummary, dbLabels, dbPendingHeading, DB_EVIDENCE_TEXT, dbEmptyRevision, dbObjectText, dbObjectNote, DB_UNKNOWN_REASON, dbUnknownStep, dbPlanHeading, dbPlanNothing, dbPlanStampWhy, dbPlanPurgeWhy, dbPlanMergeCommand, dbPlanMergeWhy, dbPlanUpgradeWhy, dbPlanBlockersHeading, dbPlanUnknownRows, dbPlanPartial, dbPlanUnknown, dbPlanPresentAfterMissing, dbPlanDataHeading, dbPlanData, dbPlanStatusHint;
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
    readerConditional = (field, keyword2) => `${field} is assigned inside a module-level '${keyword2}' block, so its value is decided when Python runs the file and cannot be read statically; assign it once at module level`;
    readerBoundBy = (field, how) => `${field} is ${how}, which cannot be read statically; assign it once at module level`;
    readerLineTooLong = (max) => `this statement has more than ${max} tokens and names revision, down_revision, branch_labels or depends_on; migcheck does not read statements that long`;
    readerSyntax = (detail) => `Python cannot parse this file: ${detail}`;
    readerConflictMarkers = (marker) => `unresolved merge conflict markers (${marker} starts this line): resolve the conflict first`;
    READER_CONFLICT_FIX = "keep the lines you mean, delete every marker line (<<<<<<<, |||||||, =======, >>>>>>>), then run migcheck again";
    readerCompiled = (path) => `${path} is compiled bytecode; migcheck reads revision sources only`;
    readerUnresolvedConstant = (field, expression, why) => `${field} item ${expression} could not be resolved to a string constant (${why}); it is kept as written`;
    quoted = (ids) => ids.map((id) => `'${id}'`).join(", ");
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
    environmentHeading = (dir, config) => `${dir}${config ? ` (${config})` : ""}`;
    unknownRev = (rev) => `'${rev}' does not name a commit`;
    UNKNOWN_REV_HINT = "name a commit, branch or tag that exists here (run `git fetch` first if it lives on a remote)";
    stagedAndRev = () => "--staged and --rev name different trees: give one of them";
    internalFailure = (detail) => `migcheck: internal error: ${detail} (run again with --debug for detail, and please report it)`;
    compatLabelAsParent = (rev, label, resolved) => `${rev} has down_revision '${label}', a branch label (of ${resolved}): migcheck follows it, but Alembic fails to load this tree on every version (KeyError: '${label}')`;
    compatLabelAsParentFix = (label, resolved) => `write the revision id instead of the label: replace '${label}' with '${resolved}' in down_revision (branch labels belong in depends_on or in commands such as \`alembic upgrade ${label}@head\`)`;
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
    DB_URL_HINT = "give --url postgresql://USER@HOST:PORT/DB or sqlite:///path/to/file.db (or set MIGCHECK_DATABASE_URL); put the password in PGPASSWORD or the URL";
    dbNoUrl = () => "migcheck db needs a database: no URL argument, --url, MIGCHECK_DATABASE_URL or DATABASE_URL was given";
    dbUnsupportedUrl = (scheme) => scheme === void 0 ? "the database URL has no scheme://" : `migcheck db reads PostgreSQL and SQLite databases; ${scheme}:// is not one of them`;
    dbInMemory = () => "an in-memory SQLite database holds no version table: name the database file";
    dbSqliteDriverMissing = (nodeVersion) => `reading SQLite needs node:sqlite (Node 22.13 or later) or the sql.js package; Node ${nodeVersion} has no node:sqlite and sql.js is not installed: run npm install sql.js, or use a newer Node`;
    dbNoFile = (path) => `no SQLite database at ${path} (migcheck opens it read-only and never creates it)`;
    dbCannotOpen = (url, detail) => `cannot read the database ${url}: ${detail}`;
    DB_CONNECT_HINT = "check the URL, that the server is running and reachable, and the credentials (migcheck db only reads: it needs SELECT on the version table and the catalogue)";
    dbUrlTwice = () => "the database is given twice, as the URL argument and as --url: give it once";
    dbWhichEnvironment = (names) => `this repository has ${names.length} Alembic environments; migcheck db reads one database at a time: choose one with --env (${names.join(", ")}) or --dir`;
    dbUnknownEnvironment = (name, names) => `--env ${name} names no environment here (known: ${names.join(", ") || "none"})`;
    dbSqliteSchema = (schema) => `SQLite has no schema ${schema}: leave --version-table-schema out for a SQLite database`;
    dbBadOption = (option) => `${option} needs a non-empty name`;
    dbStateText = (state, facts) => {
      const list2 = (xs) => xs.join(", ");
      const s = (n) => n === 1 ? "" : "s";
      switch (state) {
        case "current":
          return facts.heads.length === 0 ? "the repository has no revisions, and the database records none" : `the database is on every head (${list2(facts.heads)})`;
        case "behind":
          return `the database is behind: ${facts.pending} revision${s(facts.pending)} to apply after ${list2(facts.recorded)}`;
        case "partial":
          return `the database records ${list2(facts.appliedHeads)} but not ${list2(facts.heads.filter((h) => !facts.appliedHeads.includes(h)))}: ${facts.pending} revision${s(facts.pending)} of that branch are not recorded`;
        case "unknown-revision":
          return `the database records ${list2(facts.unknown)}, which this tree does not have (Alembic fails with "Can't locate revision identified by '${facts.unknown[0]}'")`;
        case "overlap":
          return `the version table holds a revision together with its own ancestor (Alembic refuses to upgrade: "overlaps")`;
        case "empty":
          return `the version table ${facts.table} is empty: the database records no revision`;
        case "no-version-table":
          return `the database has no version table ${facts.table}: Alembic has never run here (or env.py names another table: --version-table)`;
        default:
          return state;
      }
    };
    dbStateFix = (state, facts) => {
      switch (state) {
        case "behind":
        case "empty":
        case "no-version-table":
          return "check what the database already has with `migcheck db status --schema`, then `migcheck db stamp-plan`; if nothing was applied outside Alembic, `alembic upgrade head` applies the rest";
        case "partial":
          return "see which pending objects already exist with `migcheck db status --schema`; `migcheck db stamp-plan` prints the stamp and merge that make the record true";
        case "unknown-revision":
          return `read the database against the tree that has ${facts.unknown.join(", ")} (--rev BRANCH), or bring that migration into this branch; never stamp over a revision you cannot see`;
        case "overlap":
          return `${facts.overlaps.map(([a, b]) => `${a} is an ancestor of ${b}`).join("; ")}: \`migcheck db stamp-plan\` prints the \`alembic stamp --purge\` that keeps only the newest rows`;
        default:
          return "";
      }
    };
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
    dbPlanData = (revision, table, line, count2, detail) => `${revision} (line ${line}) inserts into ${table}: ${count2} row${count2 === 1 ? "" : "s"} hold other values — ${detail}`;
    dbPlanStatusHint = () => "run `migcheck db stamp-plan` for the commands that make the record true";
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

// node_modules/postgres-array/index.js
var require_postgres_array = __commonJS({
  "node_modules/postgres-array/index.js"(exports2) {
    "use strict";
    exports2.parse = function(source, transform) {
      return new ArrayParser(source, transform).parse();
    };
    var ArrayParser = class _ArrayParser {
      constructor(source, transform) {
        this.source = source;
        this.transform = transform || identity;
        this.position = 0;
        this.entries = [];
        this.recorded = [];
        this.dimension = 0;
      }
      isEof() {
        return this.position >= this.source.length;
      }
      nextCharacter() {
        var character = this.source[this.position++];
        if (character === "\\") {
          return {
            value: this.source[this.position++],
            escaped: true
          };
        }
        return {
          value: character,
          escaped: false
        };
      }
      record(character) {
        this.recorded.push(character);
      }
      newEntry(includeEmpty) {
        var entry;
        if (this.recorded.length > 0 || includeEmpty) {
          entry = this.recorded.join("");
          if (entry === "NULL" && !includeEmpty) {
            entry = null;
          }
          if (entry !== null) entry = this.transform(entry);
          this.entries.push(entry);
          this.recorded = [];
        }
      }
      consumeDimensions() {
        if (this.source[0] === "[") {
          while (!this.isEof()) {
            var char = this.nextCharacter();
            if (char.value === "=") break;
          }
        }
      }
      parse(nested) {
        var character, parser, quote;
        this.consumeDimensions();
        while (!this.isEof()) {
          character = this.nextCharacter();
          if (character.value === "{" && !quote) {
            this.dimension++;
            if (this.dimension > 1) {
              parser = new _ArrayParser(this.source.substr(this.position - 1), this.transform);
              this.entries.push(parser.parse(true));
              this.position += parser.position - 2;
            }
          } else if (character.value === "}" && !quote) {
            this.dimension--;
            if (!this.dimension) {
              this.newEntry();
              if (nested) return this.entries;
            }
          } else if (character.value === '"' && !character.escaped) {
            if (quote) this.newEntry(true);
            quote = !quote;
          } else if (character.value === "," && !quote) {
            this.newEntry();
          } else {
            this.record(character.value);
          }
        }
        if (this.dimension !== 0) {
          throw new Error("array dimension not balanced");
        }
        return this.entries;
      }
    };
    function identity(value) {
      return value;
    }
  }
});

// node_modules/pg-types/lib/arrayParser.js
var require_arrayParser = __commonJS({
  "node_modules/pg-types/lib/arrayParser.js"(exports2, module2) {
    var array = require_postgres_array();
    module2.exports = {
      create: function(source, transform) {
        return {
          parse: function() {
            return array.parse(source, transform);
          }
        };
      }
    };
  }
});

// node_modules/postgres-date/index.js
var require_postgres_date = __commonJS({
  "node_modules/postgres-date/index.js"(exports2, module2) {
    "use strict";
    var DATE_TIME = /(\d{1,})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,})?.*?( BC)?$/;
    var DATE = /^(\d{1,})-(\d{2})-(\d{2})( BC)?$/;
    var TIME_ZONE = /([Z+-])(\d{2})?:?(\d{2})?:?(\d{2})?/;
    var INFINITY = /^-?infinity$/;
    module2.exports = function parseDate(isoDate) {
      if (INFINITY.test(isoDate)) {
        return Number(isoDate.replace("i", "I"));
      }
      var matches = DATE_TIME.exec(isoDate);
      if (!matches) {
        return getDate(isoDate) || null;
      }
      var isBC = !!matches[8];
      var year = parseInt(matches[1], 10);
      if (isBC) {
        year = bcYearToNegativeYear(year);
      }
      var month = parseInt(matches[2], 10) - 1;
      var day = matches[3];
      var hour = parseInt(matches[4], 10);
      var minute = parseInt(matches[5], 10);
      var second = parseInt(matches[6], 10);
      var ms = matches[7];
      ms = ms ? 1e3 * parseFloat(ms) : 0;
      var date;
      var offset = timeZoneOffset(isoDate);
      if (offset != null) {
        date = new Date(Date.UTC(year, month, day, hour, minute, second, ms));
        if (is0To99(year)) {
          date.setUTCFullYear(year);
        }
        if (offset !== 0) {
          date.setTime(date.getTime() - offset);
        }
      } else {
        date = new Date(year, month, day, hour, minute, second, ms);
        if (is0To99(year)) {
          date.setFullYear(year);
        }
      }
      return date;
    };
    function getDate(isoDate) {
      var matches = DATE.exec(isoDate);
      if (!matches) {
        return;
      }
      var year = parseInt(matches[1], 10);
      var isBC = !!matches[4];
      if (isBC) {
        year = bcYearToNegativeYear(year);
      }
      var month = parseInt(matches[2], 10) - 1;
      var day = matches[3];
      var date = new Date(year, month, day);
      if (is0To99(year)) {
        date.setFullYear(year);
      }
      return date;
    }
    function timeZoneOffset(isoDate) {
      if (isoDate.endsWith("+00")) {
        return 0;
      }
      var zone = TIME_ZONE.exec(isoDate.split(" ")[1]);
      if (!zone) return;
      var type = zone[1];
      if (type === "Z") {
        return 0;
      }
      var sign = type === "-" ? -1 : 1;
      var offset = parseInt(zone[2], 10) * 3600 + parseInt(zone[3] || 0, 10) * 60 + parseInt(zone[4] || 0, 10);
      return offset * sign * 1e3;
    }
    function bcYearToNegativeYear(year) {
      return -(year - 1);
    }
    function is0To99(num2) {
      return num2 >= 0 && num2 < 100;
    }
  }
});

// node_modules/xtend/mutable.js
var require_mutable = __commonJS({
  "node_modules/xtend/mutable.js"(exports2, module2) {
    module2.exports = extend;
    var hasOwnProperty = Object.prototype.hasOwnProperty;
    function extend(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        for (var key in source) {
          if (hasOwnProperty.call(source, key)) {
            target[key] = source[key];
          }
        }
      }
      return target;
    }
  }
});

// node_modules/postgres-interval/index.js
var require_postgres_interval = __commonJS({
  "node_modules/postgres-interval/index.js"(exports2, module2) {
    "use strict";
    var extend = require_mutable();
    module2.exports = PostgresInterval;
    function PostgresInterval(raw) {
      if (!(this instanceof PostgresInterval)) {
        return new PostgresInterval(raw);
      }
      extend(this, parse3(raw));
    }
    var properties = ["seconds", "minutes", "hours", "days", "months", "years"];
    PostgresInterval.prototype.toPostgres = function() {
      var filtered = properties.filter(this.hasOwnProperty, this);
      if (this.milliseconds && filtered.indexOf("seconds") < 0) {
        filtered.push("seconds");
      }
      if (filtered.length === 0) return "0";
      return filtered.map(function(property) {
        var value = this[property] || 0;
        if (property === "seconds" && this.milliseconds) {
          value = (value + this.milliseconds / 1e3).toFixed(6).replace(/\.?0+$/, "");
        }
        return value + " " + property;
      }, this).join(" ");
    };
    var propertiesISOEquivalent = {
      years: "Y",
      months: "M",
      days: "D",
      hours: "H",
      minutes: "M",
      seconds: "S"
    };
    var dateProperties = ["years", "months", "days"];
    var timeProperties = ["hours", "minutes", "seconds"];
    PostgresInterval.prototype.toISOString = PostgresInterval.prototype.toISO = function() {
      var datePart = dateProperties.map(buildProperty, this).join("");
      var timePart = timeProperties.map(buildProperty, this).join("");
      return "P" + datePart + "T" + timePart;
      function buildProperty(property) {
        var value = this[property] || 0;
        if (property === "seconds" && this.milliseconds) {
          value = (value + this.milliseconds / 1e3).toFixed(6).replace(/0+$/, "");
        }
        return value + propertiesISOEquivalent[property];
      }
    };
    var NUMBER = "([+-]?\\d+)";
    var YEAR = NUMBER + "\\s+years?";
    var MONTH = NUMBER + "\\s+mons?";
    var DAY = NUMBER + "\\s+days?";
    var TIME = "([+-])?([\\d]*):(\\d\\d):(\\d\\d)\\.?(\\d{1,6})?";
    var INTERVAL = new RegExp([YEAR, MONTH, DAY, TIME].map(function(regexString) {
      return "(" + regexString + ")?";
    }).join("\\s*"));
    var positions = {
      years: 2,
      months: 4,
      days: 6,
      hours: 9,
      minutes: 10,
      seconds: 11,
      milliseconds: 12
    };
    var negatives = ["hours", "minutes", "seconds", "milliseconds"];
    function parseMilliseconds(fraction) {
      var microseconds = fraction + "000000".slice(fraction.length);
      return parseInt(microseconds, 10) / 1e3;
    }
    function parse3(interval) {
      if (!interval) return {};
      var matches = INTERVAL.exec(interval);
      var isNegative = matches[8] === "-";
      return Object.keys(positions).reduce(function(parsed, property) {
        var position = positions[property];
        var value = matches[position];
        if (!value) return parsed;
        value = property === "milliseconds" ? parseMilliseconds(value) : parseInt(value, 10);
        if (!value) return parsed;
        if (isNegative && ~negatives.indexOf(property)) {
          value *= -1;
        }
        parsed[property] = value;
        return parsed;
      }, {});
    }
  }
});

// node_modules/postgres-bytea/index.js
var require_postgres_bytea = __commonJS({
  "node_modules/postgres-bytea/index.js"(exports2, module2) {
    "use strict";
    var bufferFrom = Buffer.from || Buffer;
    module2.exports = function parseBytea(input) {
      if (/^\\x/.test(input)) {
        return bufferFrom(input.substr(2), "hex");
      }
      var output = "";
      var i = 0;
      while (i < input.length) {
        if (input[i] !== "\\") {
          output += input[i];
          ++i;
        } else {
          if (/[0-7]{3}/.test(input.substr(i + 1, 3))) {
            output += String.fromCharCode(parseInt(input.substr(i + 1, 3), 8));
            i += 4;
          } else {
            var backslashes = 1;
            while (i + backslashes < input.length && input[i + backslashes] === "\\") {
              backslashes++;
            }
            for (var k = 0; k < Math.floor(backslashes / 2); ++k) {
              output += "\\";
            }
            i += Math.floor(backslashes / 2) * 2;
          }
        }
      }
      return bufferFrom(output, "binary");
    };
  }
});

// node_modules/pg-types/lib/textParsers.js
var require_textParsers = __commonJS({
  "node_modules/pg-types/lib/textParsers.js"(exports2, module2) {
    var array = require_postgres_array();
    var arrayParser = require_arrayParser();
    var parseDate = require_postgres_date();
    var parseInterval = require_postgres_interval();
    var parseByteA = require_postgres_bytea();
    function allowNull(fn) {
      return function nullAllowed(value) {
        if (value === null) return value;
        return fn(value);
      };
    }
    function parseBool(value) {
      if (value === null) return value;
      return value === "TRUE" || value === "t" || value === "true" || value === "y" || value === "yes" || value === "on" || value === "1";
    }
    function parseBoolArray(value) {
      if (!value) return null;
      return array.parse(value, parseBool);
    }
    function parseBaseTenInt(string) {
      return parseInt(string, 10);
    }
    function parseIntegerArray(value) {
      if (!value) return null;
      return array.parse(value, allowNull(parseBaseTenInt));
    }
    function parseBigIntegerArray(value) {
      if (!value) return null;
      return array.parse(value, allowNull(function(entry) {
        return parseBigInteger(entry).trim();
      }));
    }
    var parsePointArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parsePoint(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseFloatArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parseFloat(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseStringArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value);
      return p.parse();
    };
    var parseDateArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parseDate(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseIntervalArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parseInterval(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseByteAArray = function(value) {
      if (!value) {
        return null;
      }
      return array.parse(value, allowNull(parseByteA));
    };
    var parseInteger = function(value) {
      return parseInt(value, 10);
    };
    var parseBigInteger = function(value) {
      var valStr = String(value);
      if (/^\d+$/.test(valStr)) {
        return valStr;
      }
      return value;
    };
    var parseJsonArray = function(value) {
      if (!value) {
        return null;
      }
      return array.parse(value, allowNull(JSON.parse));
    };
    var parsePoint = function(value) {
      if (value[0] !== "(") {
        return null;
      }
      value = value.substring(1, value.length - 1).split(",");
      return {
        x: parseFloat(value[0]),
        y: parseFloat(value[1])
      };
    };
    var parseCircle = function(value) {
      if (value[0] !== "<" && value[1] !== "(") {
        return null;
      }
      var point = "(";
      var radius = "";
      var pointParsed = false;
      for (var i = 2; i < value.length - 1; i++) {
        if (!pointParsed) {
          point += value[i];
        }
        if (value[i] === ")") {
          pointParsed = true;
          continue;
        } else if (!pointParsed) {
          continue;
        }
        if (value[i] === ",") {
          continue;
        }
        radius += value[i];
      }
      var result = parsePoint(point);
      result.radius = parseFloat(radius);
      return result;
    };
    var init = function(register) {
      register(20, parseBigInteger);
      register(21, parseInteger);
      register(23, parseInteger);
      register(26, parseInteger);
      register(700, parseFloat);
      register(701, parseFloat);
      register(16, parseBool);
      register(1082, parseDate);
      register(1114, parseDate);
      register(1184, parseDate);
      register(600, parsePoint);
      register(651, parseStringArray);
      register(718, parseCircle);
      register(1e3, parseBoolArray);
      register(1001, parseByteAArray);
      register(1005, parseIntegerArray);
      register(1007, parseIntegerArray);
      register(1028, parseIntegerArray);
      register(1016, parseBigIntegerArray);
      register(1017, parsePointArray);
      register(1021, parseFloatArray);
      register(1022, parseFloatArray);
      register(1231, parseFloatArray);
      register(1014, parseStringArray);
      register(1015, parseStringArray);
      register(1008, parseStringArray);
      register(1009, parseStringArray);
      register(1040, parseStringArray);
      register(1041, parseStringArray);
      register(1115, parseDateArray);
      register(1182, parseDateArray);
      register(1185, parseDateArray);
      register(1186, parseInterval);
      register(1187, parseIntervalArray);
      register(17, parseByteA);
      register(114, JSON.parse.bind(JSON));
      register(3802, JSON.parse.bind(JSON));
      register(199, parseJsonArray);
      register(3807, parseJsonArray);
      register(3907, parseStringArray);
      register(2951, parseStringArray);
      register(791, parseStringArray);
      register(1183, parseStringArray);
      register(1270, parseStringArray);
    };
    module2.exports = {
      init
    };
  }
});

// node_modules/pg-int8/index.js
var require_pg_int8 = __commonJS({
  "node_modules/pg-int8/index.js"(exports2, module2) {
    "use strict";
    var BASE = 1e6;
    function readInt8(buffer) {
      var high = buffer.readInt32BE(0);
      var low = buffer.readUInt32BE(4);
      var sign = "";
      if (high < 0) {
        high = ~high + (low === 0);
        low = ~low + 1 >>> 0;
        sign = "-";
      }
      var result = "";
      var carry;
      var t;
      var digits;
      var pad;
      var l;
      var i;
      {
        carry = high % BASE;
        high = high / BASE >>> 0;
        t = 4294967296 * carry + low;
        low = t / BASE >>> 0;
        digits = "" + (t - BASE * low);
        if (low === 0 && high === 0) {
          return sign + digits + result;
        }
        pad = "";
        l = 6 - digits.length;
        for (i = 0; i < l; i++) {
          pad += "0";
        }
        result = pad + digits + result;
      }
      {
        carry = high % BASE;
        high = high / BASE >>> 0;
        t = 4294967296 * carry + low;
        low = t / BASE >>> 0;
        digits = "" + (t - BASE * low);
        if (low === 0 && high === 0) {
          return sign + digits + result;
        }
        pad = "";
        l = 6 - digits.length;
        for (i = 0; i < l; i++) {
          pad += "0";
        }
        result = pad + digits + result;
      }
      {
        carry = high % BASE;
        high = high / BASE >>> 0;
        t = 4294967296 * carry + low;
        low = t / BASE >>> 0;
        digits = "" + (t - BASE * low);
        if (low === 0 && high === 0) {
          return sign + digits + result;
        }
        pad = "";
        l = 6 - digits.length;
        for (i = 0; i < l; i++) {
          pad += "0";
        }
        result = pad + digits + result;
      }
      {
        carry = high % BASE;
        t = 4294967296 * carry + low;
        digits = "" + t % BASE;
        return sign + digits + result;
      }
    }
    module2.exports = readInt8;
  }
});

// node_modules/pg-types/lib/binaryParsers.js
var require_binaryParsers = __commonJS({
  "node_modules/pg-types/lib/binaryParsers.js"(exports2, module2) {
    var parseInt64 = require_pg_int8();
    var parseBits = function(data, bits, offset, invert, callback) {
      offset = offset || 0;
      invert = invert || false;
      callback = callback || function(lastValue, newValue, bits2) {
        return lastValue * Math.pow(2, bits2) + newValue;
      };
      var offsetBytes = offset >> 3;
      var inv = function(value) {
        if (invert) {
          return ~value & 255;
        }
        return value;
      };
      var mask = 255;
      var firstBits = 8 - offset % 8;
      if (bits < firstBits) {
        mask = 255 << 8 - bits & 255;
        firstBits = bits;
      }
      if (offset) {
        mask = mask >> offset % 8;
      }
      var result = 0;
      if (offset % 8 + bits >= 8) {
        result = callback(0, inv(data[offsetBytes]) & mask, firstBits);
      }
      var bytes = bits + offset >> 3;
      for (var i = offsetBytes + 1; i < bytes; i++) {
        result = callback(result, inv(data[i]), 8);
      }
      var lastBits = (bits + offset) % 8;
      if (lastBits > 0) {
        result = callback(result, inv(data[bytes]) >> 8 - lastBits, lastBits);
      }
      return result;
    };
    var parseFloatFromBits = function(data, precisionBits, exponentBits) {
      var bias = Math.pow(2, exponentBits - 1) - 1;
      var sign = parseBits(data, 1);
      var exponent = parseBits(data, exponentBits, 1);
      if (exponent === 0) {
        return 0;
      }
      var precisionBitsCounter = 1;
      var parsePrecisionBits = function(lastValue, newValue, bits) {
        if (lastValue === 0) {
          lastValue = 1;
        }
        for (var i = 1; i <= bits; i++) {
          precisionBitsCounter /= 2;
          if ((newValue & 1 << bits - i) > 0) {
            lastValue += precisionBitsCounter;
          }
        }
        return lastValue;
      };
      var mantissa = parseBits(data, precisionBits, exponentBits + 1, false, parsePrecisionBits);
      if (exponent == Math.pow(2, exponentBits + 1) - 1) {
        if (mantissa === 0) {
          return sign === 0 ? Infinity : -Infinity;
        }
        return NaN;
      }
      return (sign === 0 ? 1 : -1) * Math.pow(2, exponent - bias) * mantissa;
    };
    var parseInt16 = function(value) {
      if (parseBits(value, 1) == 1) {
        return -1 * (parseBits(value, 15, 1, true) + 1);
      }
      return parseBits(value, 15, 1);
    };
    var parseInt32 = function(value) {
      if (parseBits(value, 1) == 1) {
        return -1 * (parseBits(value, 31, 1, true) + 1);
      }
      return parseBits(value, 31, 1);
    };
    var parseFloat32 = function(value) {
      return parseFloatFromBits(value, 23, 8);
    };
    var parseFloat64 = function(value) {
      return parseFloatFromBits(value, 52, 11);
    };
    var parseNumeric = function(value) {
      var sign = parseBits(value, 16, 32);
      if (sign == 49152) {
        return NaN;
      }
      var weight = Math.pow(1e4, parseBits(value, 16, 16));
      var result = 0;
      var digits = [];
      var ndigits = parseBits(value, 16);
      for (var i = 0; i < ndigits; i++) {
        result += parseBits(value, 16, 64 + 16 * i) * weight;
        weight /= 1e4;
      }
      var scale = Math.pow(10, parseBits(value, 16, 48));
      return (sign === 0 ? 1 : -1) * Math.round(result * scale) / scale;
    };
    var parseDate = function(isUTC, value) {
      var sign = parseBits(value, 1);
      var rawValue = parseBits(value, 63, 1);
      var result = new Date((sign === 0 ? 1 : -1) * rawValue / 1e3 + 9466848e5);
      if (!isUTC) {
        result.setTime(result.getTime() + result.getTimezoneOffset() * 6e4);
      }
      result.usec = rawValue % 1e3;
      result.getMicroSeconds = function() {
        return this.usec;
      };
      result.setMicroSeconds = function(value2) {
        this.usec = value2;
      };
      result.getUTCMicroSeconds = function() {
        return this.usec;
      };
      return result;
    };
    var parseArray = function(value) {
      var dim = parseBits(value, 32);
      var flags = parseBits(value, 32, 32);
      var elementType = parseBits(value, 32, 64);
      var offset = 96;
      var dims = [];
      for (var i = 0; i < dim; i++) {
        dims[i] = parseBits(value, 32, offset);
        offset += 32;
        offset += 32;
      }
      var parseElement = function(elementType2) {
        var length = parseBits(value, 32, offset);
        offset += 32;
        if (length == 4294967295) {
          return null;
        }
        var result;
        if (elementType2 == 23 || elementType2 == 20) {
          result = parseBits(value, length * 8, offset);
          offset += length * 8;
          return result;
        } else if (elementType2 == 25) {
          result = value.toString(this.encoding, offset >> 3, (offset += length << 3) >> 3);
          return result;
        } else {
          console.log("ERROR: ElementType not implemented: " + elementType2);
        }
      };
      var parse3 = function(dimension, elementType2) {
        var array = [];
        var i2;
        if (dimension.length > 1) {
          var count2 = dimension.shift();
          for (i2 = 0; i2 < count2; i2++) {
            array[i2] = parse3(dimension, elementType2);
          }
          dimension.unshift(count2);
        } else {
          for (i2 = 0; i2 < dimension[0]; i2++) {
            array[i2] = parseElement(elementType2);
          }
        }
        return array;
      };
      return parse3(dims, elementType);
    };
    var parseText = function(value) {
      return value.toString("utf8");
    };
    var parseBool = function(value) {
      if (value === null) return null;
      return parseBits(value, 8) > 0;
    };
    var init = function(register) {
      register(20, parseInt64);
      register(21, parseInt16);
      register(23, parseInt32);
      register(26, parseInt32);
      register(1700, parseNumeric);
      register(700, parseFloat32);
      register(701, parseFloat64);
      register(16, parseBool);
      register(1114, parseDate.bind(null, false));
      register(1184, parseDate.bind(null, true));
      register(1e3, parseArray);
      register(1007, parseArray);
      register(1016, parseArray);
      register(1008, parseArray);
      register(1009, parseArray);
      register(25, parseText);
    };
    module2.exports = {
      init
    };
  }
});

// node_modules/pg-types/lib/builtins.js
var require_builtins = __commonJS({
  "node_modules/pg-types/lib/builtins.js"(exports2, module2) {
    module2.exports = {
      BOOL: 16,
      BYTEA: 17,
      CHAR: 18,
      INT8: 20,
      INT2: 21,
      INT4: 23,
      REGPROC: 24,
      TEXT: 25,
      OID: 26,
      TID: 27,
      XID: 28,
      CID: 29,
      JSON: 114,
      XML: 142,
      PG_NODE_TREE: 194,
      SMGR: 210,
      PATH: 602,
      POLYGON: 604,
      CIDR: 650,
      FLOAT4: 700,
      FLOAT8: 701,
      ABSTIME: 702,
      RELTIME: 703,
      TINTERVAL: 704,
      CIRCLE: 718,
      MACADDR8: 774,
      MONEY: 790,
      MACADDR: 829,
      INET: 869,
      ACLITEM: 1033,
      BPCHAR: 1042,
      VARCHAR: 1043,
      DATE: 1082,
      TIME: 1083,
      TIMESTAMP: 1114,
      TIMESTAMPTZ: 1184,
      INTERVAL: 1186,
      TIMETZ: 1266,
      BIT: 1560,
      VARBIT: 1562,
      NUMERIC: 1700,
      REFCURSOR: 1790,
      REGPROCEDURE: 2202,
      REGOPER: 2203,
      REGOPERATOR: 2204,
      REGCLASS: 2205,
      REGTYPE: 2206,
      UUID: 2950,
      TXID_SNAPSHOT: 2970,
      PG_LSN: 3220,
      PG_NDISTINCT: 3361,
      PG_DEPENDENCIES: 3402,
      TSVECTOR: 3614,
      TSQUERY: 3615,
      GTSVECTOR: 3642,
      REGCONFIG: 3734,
      REGDICTIONARY: 3769,
      JSONB: 3802,
      REGNAMESPACE: 4089,
      REGROLE: 4096
    };
  }
});

// node_modules/pg-types/index.js
var require_pg_types = __commonJS({
  "node_modules/pg-types/index.js"(exports2) {
    var textParsers = require_textParsers();
    var binaryParsers = require_binaryParsers();
    var arrayParser = require_arrayParser();
    var builtinTypes = require_builtins();
    exports2.getTypeParser = getTypeParser;
    exports2.setTypeParser = setTypeParser;
    exports2.arrayParser = arrayParser;
    exports2.builtins = builtinTypes;
    var typeParsers = {
      text: {},
      binary: {}
    };
    function noParse(val) {
      return String(val);
    }
    function getTypeParser(oid, format) {
      format = format || "text";
      if (!typeParsers[format]) {
        return noParse;
      }
      return typeParsers[format][oid] || noParse;
    }
    function setTypeParser(oid, format, parseFn) {
      if (typeof format == "function") {
        parseFn = format;
        format = "text";
      }
      typeParsers[format][oid] = parseFn;
    }
    textParsers.init(function(oid, converter) {
      typeParsers.text[oid] = converter;
    });
    binaryParsers.init(function(oid, converter) {
      typeParsers.binary[oid] = converter;
    });
  }
});

// node_modules/pg/lib/defaults.js
var require_defaults = __commonJS({
  "node_modules/pg/lib/defaults.js"(exports2, module2) {
    "use strict";
    var user;
    try {
      user = process.platform === "win32" ? process.env.USERNAME : process.env.USER;
    } catch {
    }
    module2.exports = {
      // database host. defaults to localhost
      host: "localhost",
      // database user's name
      user,
      // name of database to connect
      database: void 0,
      // database user's password
      password: null,
      // a Postgres connection string to be used instead of setting individual connection items
      // NOTE:  Setting this value will cause it to override any other value (such as database or user) defined
      // in the defaults object.
      connectionString: void 0,
      // database port
      port: 5432,
      // number of rows to return at a time from a prepared statement's
      // portal. 0 will return all rows at once
      rows: 0,
      // binary result mode
      binary: false,
      // Connection pool options - see https://github.com/brianc/node-pg-pool
      // number of connections to use in connection pool
      // 0 will disable connection pooling
      max: 10,
      // max milliseconds a client can go unused before it is removed
      // from the pool and destroyed
      idleTimeoutMillis: 3e4,
      client_encoding: "",
      ssl: false,
      // SSL negotiation style: 'postgres' (traditional SSLRequest) or 'direct'
      sslnegotiation: void 0,
      application_name: void 0,
      fallback_application_name: void 0,
      options: void 0,
      parseInputDatesAsUTC: false,
      // max milliseconds any query using this connection will execute for before timing out in error.
      // false=unlimited
      statement_timeout: false,
      // Abort any statement that waits longer than the specified duration in milliseconds while attempting to acquire a lock.
      // false=unlimited
      lock_timeout: false,
      // Terminate any session with an open transaction that has been idle for longer than the specified duration in milliseconds
      // false=unlimited
      idle_in_transaction_session_timeout: false,
      // max milliseconds to wait for query to complete (client side)
      query_timeout: false,
      connect_timeout: 0,
      keepalives: 1,
      keepalives_idle: 0
    };
    var pgTypes = require_pg_types();
    var parseBigInteger = pgTypes.getTypeParser(20, "text");
    var parseBigIntegerArray = pgTypes.getTypeParser(1016, "text");
    module2.exports.__defineSetter__("parseInt8", function(val) {
      pgTypes.setTypeParser(20, "text", val ? pgTypes.getTypeParser(23, "text") : parseBigInteger);
      pgTypes.setTypeParser(1016, "text", val ? pgTypes.getTypeParser(1007, "text") : parseBigIntegerArray);
    });
  }
});

// node_modules/pg/lib/utils.js
var require_utils = __commonJS({
  "node_modules/pg/lib/utils.js"(exports2, module2) {
    "use strict";
    var defaults2 = require_defaults();
    var nodeUtils = require("util");
    var { isDate } = require("util/types");
    var invalidDateDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Sending an invalid date to Postgres is deprecated and will throw an error in the next major version of pg. Ensure any Date object passed as a query parameter is valid.",
      "PG_INVALID_DATE"
    );
    function escapeElement(elementRepresentation) {
      const escaped = elementRepresentation.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
      return '"' + escaped + '"';
    }
    function arrayString(val) {
      let result = "{";
      for (let i = 0; i < val.length; i++) {
        if (i > 0) {
          result += ",";
        }
        let item = val[i];
        if (item == null) {
          result += "NULL";
        } else if (Array.isArray(item)) {
          result += arrayString(item);
        } else if (ArrayBuffer.isView(item)) {
          if (!(item instanceof Buffer)) {
            item = Buffer.from(item.buffer, item.byteOffset, item.byteLength);
          }
          result += "\\\\x" + item.toString("hex");
        } else {
          result += escapeElement(prepareValue(item));
        }
      }
      result += "}";
      return result;
    }
    var prepareValue = function(val, seen) {
      if (val == null) {
        return null;
      }
      if (typeof val === "object") {
        if (val instanceof Buffer) {
          return val;
        }
        if (ArrayBuffer.isView(val)) {
          return Buffer.from(val.buffer, val.byteOffset, val.byteLength);
        }
        if (isDate(val)) {
          if (isNaN(val.getTime())) {
            invalidDateDeprecationNotice();
          }
          if (defaults2.parseInputDatesAsUTC) {
            return dateToStringUTC(val);
          } else {
            return dateToString(val);
          }
        }
        if (Array.isArray(val)) {
          return arrayString(val);
        }
        return prepareObject(val, seen);
      }
      return val.toString();
    };
    function prepareObject(val, seen) {
      if (val && typeof val.toPostgres === "function") {
        seen = seen || [];
        if (seen.indexOf(val) !== -1) {
          throw new Error('circular reference detected while preparing "' + val + '" for query');
        }
        seen.push(val);
        return prepareValue(val.toPostgres(prepareValue), seen);
      }
      return JSON.stringify(val);
    }
    function dateToString(date) {
      let offset = -date.getTimezoneOffset();
      let year = date.getFullYear();
      const isBCYear = year < 1;
      if (isBCYear) year = Math.abs(year) + 1;
      let ret = String(year).padStart(4, "0") + "-" + String(date.getMonth() + 1).padStart(2, "0") + "-" + String(date.getDate()).padStart(2, "0") + "T" + String(date.getHours()).padStart(2, "0") + ":" + String(date.getMinutes()).padStart(2, "0") + ":" + String(date.getSeconds()).padStart(2, "0") + "." + String(date.getMilliseconds()).padStart(3, "0");
      if (offset < 0) {
        ret += "-";
        offset *= -1;
      } else {
        ret += "+";
      }
      ret += String(Math.floor(offset / 60)).padStart(2, "0") + ":" + String(offset % 60).padStart(2, "0");
      if (isBCYear) ret += " BC";
      return ret;
    }
    function dateToStringUTC(date) {
      let year = date.getUTCFullYear();
      const isBCYear = year < 1;
      if (isBCYear) year = Math.abs(year) + 1;
      let ret = String(year).padStart(4, "0") + "-" + String(date.getUTCMonth() + 1).padStart(2, "0") + "-" + String(date.getUTCDate()).padStart(2, "0") + "T" + String(date.getUTCHours()).padStart(2, "0") + ":" + String(date.getUTCMinutes()).padStart(2, "0") + ":" + String(date.getUTCSeconds()).padStart(2, "0") + "." + String(date.getUTCMilliseconds()).padStart(3, "0");
      ret += "+00:00";
      if (isBCYear) ret += " BC";
      return ret;
    }
    function normalizeQueryConfig(config, values, callback) {
      config = typeof config === "string" ? { text: config } : cloneQueryConfig(config);
      if (values) {
        if (typeof values === "function") {
          config.callback = values;
        } else {
          config.values = values;
        }
      }
      if (callback) {
        config.callback = callback;
      }
      return config;
    }
    function cloneQueryConfig(config) {
      if (config == null) {
        return config;
      }
      return Object.defineProperties(Object.create(Object.getPrototypeOf(config)), Object.getOwnPropertyDescriptors(config));
    }
    var escapeIdentifier2 = function(str) {
      return '"' + str.replace(/"/g, '""') + '"';
    };
    var escapeLiteral2 = function(str) {
      let hasBackslash = false;
      let escaped = "'";
      if (str == null) {
        return "''";
      }
      if (typeof str !== "string") {
        return "''";
      }
      for (let i = 0; i < str.length; i++) {
        const c = str[i];
        if (c === "'") {
          escaped += c + c;
        } else if (c === "\\") {
          escaped += c + c;
          hasBackslash = true;
        } else {
          escaped += c;
        }
      }
      escaped += "'";
      if (hasBackslash === true) {
        escaped = " E" + escaped;
      }
      return escaped;
    };
    module2.exports = {
      prepareValue: function prepareValueWrapper(value) {
        return prepareValue(value);
      },
      normalizeQueryConfig,
      escapeIdentifier: escapeIdentifier2,
      escapeLiteral: escapeLiteral2
    };
  }
});

// node_modules/pg/lib/crypto/utils.js
var require_utils2 = __commonJS({
  "node_modules/pg/lib/crypto/utils.js"(exports2, module2) {
    var nodeCrypto = require("crypto");
    module2.exports = {
      postgresMd5PasswordHash,
      randomBytes,
      deriveKey,
      sha256,
      hashByName,
      hmacSha256,
      md5
    };
    var webCrypto = nodeCrypto.webcrypto || globalThis.crypto;
    var subtleCrypto = webCrypto.subtle;
    var textEncoder = new TextEncoder();
    function randomBytes(length) {
      return webCrypto.getRandomValues(Buffer.alloc(length));
    }
    async function md5(string) {
      try {
        return nodeCrypto.createHash("md5").update(string, "utf-8").digest("hex");
      } catch (e) {
        const data = typeof string === "string" ? textEncoder.encode(string) : string;
        const hash = await subtleCrypto.digest("MD5", data);
        return Array.from(new Uint8Array(hash)).map((b) => b.toString(16).padStart(2, "0")).join("");
      }
    }
    async function postgresMd5PasswordHash(user, password, salt2) {
      const inner = await md5(password + user);
      const outer = await md5(Buffer.concat([Buffer.from(inner), salt2]));
      return "md5" + outer;
    }
    async function sha256(text) {
      return await subtleCrypto.digest("SHA-256", text);
    }
    async function hashByName(hashName, text) {
      return await subtleCrypto.digest(hashName, text);
    }
    async function hmacSha256(keyBuffer, msg) {
      const key = await subtleCrypto.importKey("raw", keyBuffer, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
      return await subtleCrypto.sign("HMAC", key, textEncoder.encode(msg));
    }
    async function deriveKey(password, salt2, iterations) {
      const key = await subtleCrypto.importKey("raw", textEncoder.encode(password), "PBKDF2", false, ["deriveBits"]);
      const params = { name: "PBKDF2", hash: "SHA-256", salt: salt2, iterations };
      return await subtleCrypto.deriveBits(params, key, 32 * 8, ["deriveBits"]);
    }
  }
});

// node_modules/pg/lib/crypto/cert-signatures.js
var require_cert_signatures = __commonJS({
  "node_modules/pg/lib/crypto/cert-signatures.js"(exports2, module2) {
    function x509Error(msg, cert) {
      return new Error("SASL channel binding: " + msg + " when parsing public certificate " + cert.toString("base64"));
    }
    function readASN1Length(data, index) {
      let length = data[index++];
      if (length < 128) return { length, index };
      const lengthBytes = length & 127;
      if (lengthBytes > 4) throw x509Error("bad length", data);
      length = 0;
      for (let i = 0; i < lengthBytes; i++) {
        length = length << 8 | data[index++];
      }
      return { length, index };
    }
    function readASN1OID(data, index) {
      if (data[index++] !== 6) throw x509Error("non-OID data", data);
      const { length: OIDLength, index: indexAfterOIDLength } = readASN1Length(data, index);
      index = indexAfterOIDLength;
      const lastIndex = index + OIDLength;
      const byte1 = data[index++];
      let oid = (byte1 / 40 >> 0) + "." + byte1 % 40;
      while (index < lastIndex) {
        let value = 0;
        while (index < lastIndex) {
          const nextByte = data[index++];
          value = value << 7 | nextByte & 127;
          if (nextByte < 128) break;
        }
        oid += "." + value;
      }
      return { oid, index };
    }
    function expectASN1Seq(data, index) {
      if (data[index++] !== 48) throw x509Error("non-sequence data", data);
      return readASN1Length(data, index);
    }
    function signatureAlgorithmHashFromCertificate(data, index) {
      if (index === void 0) index = 0;
      index = expectASN1Seq(data, index).index;
      const { length: certInfoLength, index: indexAfterCertInfoLength } = expectASN1Seq(data, index);
      index = indexAfterCertInfoLength + certInfoLength;
      index = expectASN1Seq(data, index).index;
      const { oid, index: indexAfterOID } = readASN1OID(data, index);
      switch (oid) {
        // RSA
        case "1.2.840.113549.1.1.4":
          return "MD5";
        case "1.2.840.113549.1.1.5":
          return "SHA-1";
        case "1.2.840.113549.1.1.11":
          return "SHA-256";
        case "1.2.840.113549.1.1.12":
          return "SHA-384";
        case "1.2.840.113549.1.1.13":
          return "SHA-512";
        case "1.2.840.113549.1.1.14":
          return "SHA-224";
        case "1.2.840.113549.1.1.15":
          return "SHA512-224";
        case "1.2.840.113549.1.1.16":
          return "SHA512-256";
        // ECDSA
        case "1.2.840.10045.4.1":
          return "SHA-1";
        case "1.2.840.10045.4.3.1":
          return "SHA-224";
        case "1.2.840.10045.4.3.2":
          return "SHA-256";
        case "1.2.840.10045.4.3.3":
          return "SHA-384";
        case "1.2.840.10045.4.3.4":
          return "SHA-512";
        // RSASSA-PSS: hash is indicated separately
        case "1.2.840.113549.1.1.10": {
          index = indexAfterOID;
          index = expectASN1Seq(data, index).index;
          if (data[index++] !== 160) throw x509Error("non-tag data", data);
          index = readASN1Length(data, index).index;
          index = expectASN1Seq(data, index).index;
          const { oid: hashOID } = readASN1OID(data, index);
          switch (hashOID) {
            // standalone hash OIDs
            case "1.2.840.113549.2.5":
              return "MD5";
            case "1.3.14.3.2.26":
              return "SHA-1";
            case "2.16.840.1.101.3.4.2.1":
              return "SHA-256";
            case "2.16.840.1.101.3.4.2.2":
              return "SHA-384";
            case "2.16.840.1.101.3.4.2.3":
              return "SHA-512";
          }
          throw x509Error("unknown hash OID " + hashOID, data);
        }
        // Ed25519 -- see https://github.com/openssl/openssl/issues/15477
        case "1.3.101.110":
        case "1.3.101.112":
          return "SHA-512";
        // Ed448 -- still not in pg 17.2 (if supported, digest would be SHAKE256 x 64 bytes)
        case "1.3.101.111":
        case "1.3.101.113":
          throw x509Error("Ed448 certificate channel binding is not currently supported by Postgres");
      }
      throw x509Error("unknown OID " + oid, data);
    }
    module2.exports = { signatureAlgorithmHashFromCertificate };
  }
});

// node_modules/pg/lib/crypto/sasl.js
var require_sasl = __commonJS({
  "node_modules/pg/lib/crypto/sasl.js"(exports2, module2) {
    "use strict";
    var crypto2 = require_utils2();
    var { signatureAlgorithmHashFromCertificate } = require_cert_signatures();
    function saslprep(password) {
      const nonAsciiSpace = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000]/g;
      const mappedToNothing = /[\u00AD\u034F\u1806\u180B\u180C\u180D\u200C\u200D\u2060\uFE00-\uFE0F\uFEFF]/g;
      return password.replace(nonAsciiSpace, " ").replace(mappedToNothing, "").normalize("NFKC");
    }
    var DEFAULT_MAX_SCRAM_ITERATIONS = 1e5;
    function startSession(mechanisms, stream, scramMaxIterations = DEFAULT_MAX_SCRAM_ITERATIONS) {
      const candidates = ["SCRAM-SHA-256"];
      if (stream) candidates.unshift("SCRAM-SHA-256-PLUS");
      const mechanism = candidates.find((candidate) => mechanisms.includes(candidate));
      if (!mechanism) {
        throw new Error("SASL: Only mechanism(s) " + candidates.join(" and ") + " are supported");
      }
      if (mechanism === "SCRAM-SHA-256-PLUS" && typeof stream.getPeerCertificate !== "function") {
        throw new Error("SASL: Mechanism SCRAM-SHA-256-PLUS requires a certificate");
      }
      const clientNonce = crypto2.randomBytes(18).toString("base64");
      const gs2Header = mechanism === "SCRAM-SHA-256-PLUS" ? "p=tls-server-end-point" : stream ? "y" : "n";
      return {
        mechanism,
        clientNonce,
        response: gs2Header + ",,n=*,r=" + clientNonce,
        message: "SASLInitialResponse",
        scramMaxIterations
      };
    }
    async function continueSession(session, password, serverData, stream) {
      if (session.message !== "SASLInitialResponse") {
        throw new Error("SASL: Last message was not SASLInitialResponse");
      }
      if (typeof password !== "string") {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string");
      }
      if (password === "") {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a non-empty string");
      }
      if (typeof serverData !== "string") {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: serverData must be a string");
      }
      const sv = parseServerFirstMessage(serverData);
      if (!sv.nonce.startsWith(session.clientNonce)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: server nonce does not start with client nonce");
      } else if (sv.nonce.length === session.clientNonce.length) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: server nonce is too short");
      }
      const scramMaxIterations = typeof session.scramMaxIterations === "number" ? session.scramMaxIterations : DEFAULT_MAX_SCRAM_ITERATIONS;
      if (scramMaxIterations !== 0 && sv.iteration > scramMaxIterations) {
        throw new Error(
          "SASL: SCRAM-SERVER-FIRST-MESSAGE: iteration count " + sv.iteration + " exceeds scramMaxIterations of " + scramMaxIterations
        );
      }
      const clientFirstMessageBare = "n=*,r=" + session.clientNonce;
      const serverFirstMessage = "r=" + sv.nonce + ",s=" + sv.salt + ",i=" + sv.iteration;
      let channelBinding = stream ? "eSws" : "biws";
      if (session.mechanism === "SCRAM-SHA-256-PLUS") {
        const peerCert = stream.getPeerCertificate().raw;
        let hashName = signatureAlgorithmHashFromCertificate(peerCert);
        if (hashName === "MD5" || hashName === "SHA-1") hashName = "SHA-256";
        const certHash = await crypto2.hashByName(hashName, peerCert);
        const bindingData = Buffer.concat([Buffer.from("p=tls-server-end-point,,"), Buffer.from(certHash)]);
        channelBinding = bindingData.toString("base64");
      }
      const clientFinalMessageWithoutProof = "c=" + channelBinding + ",r=" + sv.nonce;
      const authMessage = clientFirstMessageBare + "," + serverFirstMessage + "," + clientFinalMessageWithoutProof;
      const saltBytes = Buffer.from(sv.salt, "base64");
      const saltedPassword = await crypto2.deriveKey(saslprep(password), saltBytes, sv.iteration);
      const clientKey = await crypto2.hmacSha256(saltedPassword, "Client Key");
      const storedKey = await crypto2.sha256(clientKey);
      const clientSignature = await crypto2.hmacSha256(storedKey, authMessage);
      const clientProof = xorBuffers(Buffer.from(clientKey), Buffer.from(clientSignature)).toString("base64");
      const serverKey = await crypto2.hmacSha256(saltedPassword, "Server Key");
      const serverSignatureBytes = await crypto2.hmacSha256(serverKey, authMessage);
      session.message = "SASLResponse";
      session.serverSignature = Buffer.from(serverSignatureBytes).toString("base64");
      session.response = clientFinalMessageWithoutProof + ",p=" + clientProof;
    }
    function finalizeSession(session, serverData) {
      if (session.message !== "SASLResponse") {
        throw new Error("SASL: Last message was not SASLResponse");
      }
      if (typeof serverData !== "string") {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: serverData must be a string");
      }
      const { serverSignature } = parseServerFinalMessage(serverData);
      if (serverSignature !== session.serverSignature) {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature does not match");
      }
    }
    function isPrintableChars(text) {
      if (typeof text !== "string") {
        throw new TypeError("SASL: text must be a string");
      }
      return text.split("").map((_, i) => text.charCodeAt(i)).every((c) => c >= 33 && c <= 43 || c >= 45 && c <= 126);
    }
    function isBase64(text) {
      return /^(?:[a-zA-Z0-9+/]{4})*(?:[a-zA-Z0-9+/]{2}==|[a-zA-Z0-9+/]{3}=)?$/.test(text);
    }
    function parseAttributePairs(text) {
      if (typeof text !== "string") {
        throw new TypeError("SASL: attribute pairs text must be a string");
      }
      return new Map(
        text.split(",").map((attrValue) => {
          if (!/^.=/.test(attrValue)) {
            throw new Error("SASL: Invalid attribute pair entry");
          }
          const name = attrValue[0];
          const value = attrValue.substring(2);
          return [name, value];
        })
      );
    }
    function parseServerFirstMessage(data) {
      const attrPairs = parseAttributePairs(data);
      const nonce = attrPairs.get("r");
      if (!nonce) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: nonce missing");
      } else if (!isPrintableChars(nonce)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: nonce must only contain printable characters");
      }
      const salt2 = attrPairs.get("s");
      if (!salt2) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: salt missing");
      } else if (!isBase64(salt2)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: salt must be base64");
      }
      const iterationText = attrPairs.get("i");
      if (!iterationText) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: iteration missing");
      } else if (!/^[1-9][0-9]*$/.test(iterationText)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: invalid iteration count");
      }
      const iteration = parseInt(iterationText, 10);
      return {
        nonce,
        salt: salt2,
        iteration
      };
    }
    function parseServerFinalMessage(serverData) {
      const attrPairs = parseAttributePairs(serverData);
      const error = attrPairs.get("e");
      const serverSignature = attrPairs.get("v");
      if (error) {
        throw new Error(`SASL: SCRAM-SERVER-FINAL-MESSAGE: server returned error: "${error}"`);
      }
      if (!serverSignature) {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature is missing");
      } else if (!isBase64(serverSignature)) {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature must be base64");
      }
      return {
        serverSignature
      };
    }
    function xorBuffers(a, b) {
      if (!Buffer.isBuffer(a)) {
        throw new TypeError("first argument must be a Buffer");
      }
      if (!Buffer.isBuffer(b)) {
        throw new TypeError("second argument must be a Buffer");
      }
      if (a.length !== b.length) {
        throw new Error("Buffer lengths must match");
      }
      if (a.length === 0) {
        throw new Error("Buffers cannot be empty");
      }
      return Buffer.from(a.map((_, i) => a[i] ^ b[i]));
    }
    module2.exports = {
      startSession,
      continueSession,
      finalizeSession,
      DEFAULT_MAX_SCRAM_ITERATIONS
    };
  }
});

// node_modules/pg/lib/type-overrides.js
var require_type_overrides = __commonJS({
  "node_modules/pg/lib/type-overrides.js"(exports2, module2) {
    "use strict";
    var types2 = require_pg_types();
    function TypeOverrides2(userTypes) {
      this._types = userTypes || types2;
      this.text = {};
      this.binary = {};
    }
    TypeOverrides2.prototype.getOverrides = function(format) {
      switch (format) {
        case "text":
          return this.text;
        case "binary":
          return this.binary;
        default:
          return {};
      }
    };
    TypeOverrides2.prototype.setTypeParser = function(oid, format, parseFn) {
      if (typeof format === "function") {
        parseFn = format;
        format = "text";
      }
      this.getOverrides(format)[oid] = parseFn;
    };
    TypeOverrides2.prototype.getTypeParser = function(oid, format) {
      format = format || "text";
      return this.getOverrides(format)[oid] || this._types.getTypeParser(oid, format);
    };
    module2.exports = TypeOverrides2;
  }
});

// node_modules/pg-connection-string/index.js
var require_pg_connection_string = __commonJS({
  "node_modules/pg-connection-string/index.js"(exports2, module2) {
    "use strict";
    function parse3(str, options = {}) {
      if (str.charAt(0) === "/") {
        const config2 = str.split(" ");
        return { host: config2[0], database: config2[1] };
      }
      const config = /* @__PURE__ */ Object.create(null);
      let result;
      let dummyHost = false;
      if (/ |%[^a-f0-9]|%[a-f0-9][^a-f0-9]/i.test(str)) {
        str = encodeURI(str).replace(/%25(\d\d)/g, "%$1");
      }
      try {
        try {
          result = new URL(str, "postgres://base");
        } catch (e) {
          result = new URL(str.replace("@/", "@___DUMMY___/"), "postgres://base");
          dummyHost = true;
        }
      } catch (err) {
        err.input && (err.input = "*****REDACTED*****");
        throw err;
      }
      for (const entry of result.searchParams.entries()) {
        config[entry[0]] = entry[1];
      }
      config.user = config.user || decodeURIComponent(result.username);
      config.password = config.password || decodeURIComponent(result.password);
      if (result.protocol == "socket:") {
        config.host = decodeURI(result.pathname);
        config.database = result.searchParams.get("db");
        config.client_encoding = result.searchParams.get("encoding");
        return config;
      }
      const hostname = (dummyHost ? "" : result.hostname).replace(/^\[(.+)\]$/, "$1");
      if (!config.host) {
        config.host = decodeURIComponent(hostname);
      } else if (hostname && /^%2f/i.test(hostname)) {
        result.pathname = hostname + result.pathname;
      }
      if (!config.port) {
        config.port = result.port;
      }
      const pathname = result.pathname.slice(1) || null;
      config.database = pathname ? decodeURI(pathname) : null;
      if (config.ssl === "true" || config.ssl === "1") {
        config.ssl = true;
      }
      if (config.ssl === "0") {
        config.ssl = false;
      }
      if (config.sslcert || config.sslkey || config.sslrootcert || config.sslmode) {
        config.ssl = {};
      }
      if (config.sslnegotiation === "direct" && config.ssl === void 0) {
        config.ssl = true;
      }
      const fs = config.sslcert || config.sslkey || config.sslrootcert ? require("fs") : null;
      if (config.sslcert) {
        config.ssl.cert = fs.readFileSync(config.sslcert).toString();
      }
      if (config.sslkey) {
        config.ssl.key = fs.readFileSync(config.sslkey).toString();
      }
      if (config.sslrootcert) {
        config.ssl.ca = fs.readFileSync(config.sslrootcert).toString();
      }
      if (options.useLibpqCompat && config.uselibpqcompat) {
        throw new Error("Both useLibpqCompat and uselibpqcompat are set. Please use only one of them.");
      }
      if (config.uselibpqcompat === "true" || options.useLibpqCompat) {
        switch (config.sslmode) {
          case "disable": {
            config.ssl = false;
            break;
          }
          case "prefer": {
            config.ssl.rejectUnauthorized = false;
            break;
          }
          case "require": {
            if (config.sslrootcert) {
              config.ssl.checkServerIdentity = function() {
              };
            } else {
              config.ssl.rejectUnauthorized = false;
            }
            break;
          }
          case "verify-ca": {
            if (!config.ssl.ca) {
              throw new Error(
                "SECURITY WARNING: Using sslmode=verify-ca requires specifying a CA with sslrootcert. If a public CA is used, verify-ca allows connections to a server that somebody else may have registered with the CA, making you vulnerable to Man-in-the-Middle attacks. Either specify a custom CA certificate with sslrootcert parameter or use sslmode=verify-full for proper security."
              );
            }
            config.ssl.checkServerIdentity = function() {
            };
            break;
          }
          case "verify-full": {
            break;
          }
        }
      } else {
        switch (config.sslmode) {
          case "disable": {
            config.ssl = false;
            break;
          }
          case "prefer":
          case "require":
          case "verify-ca":
          case "verify-full": {
            if (config.sslmode !== "verify-full") {
              deprecatedSslModeWarning(config.sslmode);
            }
            break;
          }
          case "no-verify": {
            config.ssl.rejectUnauthorized = false;
            break;
          }
        }
      }
      return config;
    }
    function toConnectionOptions(sslConfig) {
      const connectionOptions = Object.entries(sslConfig).reduce((c, [key, value]) => {
        if (value !== void 0 && value !== null) {
          c[key] = value;
        }
        return c;
      }, /* @__PURE__ */ Object.create(null));
      return connectionOptions;
    }
    function toClientConfig(config) {
      const poolConfig = Object.entries(config).reduce((c, [key, value]) => {
        if (key === "ssl") {
          const sslConfig = value;
          if (typeof sslConfig === "boolean") {
            c[key] = sslConfig;
          }
          if (typeof sslConfig === "object") {
            c[key] = toConnectionOptions(sslConfig);
          }
        } else if (value !== void 0 && value !== null) {
          if (key === "port") {
            if (value !== "") {
              const v = parseInt(value, 10);
              if (isNaN(v)) {
                throw new Error(`Invalid ${key}: ${value}`);
              }
              c[key] = v;
            }
          } else {
            c[key] = value;
          }
        }
        return c;
      }, /* @__PURE__ */ Object.create(null));
      return poolConfig;
    }
    function parseIntoClientConfig(str) {
      return toClientConfig(parse3(str));
    }
    function deprecatedSslModeWarning(sslmode) {
      if (!deprecatedSslModeWarning.warned && typeof process !== "undefined" && process.emitWarning) {
        deprecatedSslModeWarning.warned = true;
        process.emitWarning(`SECURITY WARNING: The SSL modes 'prefer', 'require', and 'verify-ca' are treated as aliases for 'verify-full'.
In the next major version (pg-connection-string v3.0.0 and pg v9.0.0), these modes will adopt standard libpq semantics, which have weaker security guarantees.

To prepare for this change:
- If you want the current behavior, explicitly use 'sslmode=verify-full'
- If you want libpq compatibility now, use 'uselibpqcompat=true&sslmode=${sslmode}'

See https://www.postgresql.org/docs/current/libpq-ssl.html for libpq SSL mode definitions.`);
      }
    }
    module2.exports = parse3;
    parse3.parse = parse3;
    parse3.toClientConfig = toClientConfig;
    parse3.parseIntoClientConfig = parseIntoClientConfig;
  }
});

// node_modules/pg/lib/connection-parameters.js
var require_connection_parameters = __commonJS({
  "node_modules/pg/lib/connection-parameters.js"(exports2, module2) {
    "use strict";
    var dns = require("dns");
    var defaults2 = require_defaults();
    var parse3 = require_pg_connection_string().parse;
    var val = function(key, config, envVar) {
      if (config[key]) {
        return config[key];
      }
      if (envVar === void 0) {
        envVar = process.env["PG" + key.toUpperCase()];
      } else if (envVar === false) {
      } else {
        envVar = process.env[envVar];
      }
      return envVar || defaults2[key];
    };
    var readSSLConfigFromEnvironment = function() {
      switch (process.env.PGSSLMODE) {
        case "disable":
          return false;
        case "prefer":
        case "require":
        case "verify-ca":
        case "verify-full":
          return true;
        case "no-verify":
          return { rejectUnauthorized: false };
      }
      return defaults2.ssl;
    };
    var quoteParamValue = function(value) {
      return "'" + ("" + value).replace(/\\/g, "\\\\").replace(/'/g, "\\'") + "'";
    };
    var add = function(params, config, paramName) {
      const value = config[paramName];
      if (value !== void 0 && value !== null) {
        params.push(paramName + "=" + quoteParamValue(value));
      }
    };
    var ConnectionParameters = class {
      constructor(config) {
        config = typeof config === "string" ? parse3(config) : config || {};
        if (config.connectionString) {
          config = Object.assign({}, config, parse3(config.connectionString));
        }
        this.user = val("user", config);
        this.database = val("database", config);
        if (this.database === void 0) {
          this.database = this.user;
        }
        this.port = parseInt(val("port", config), 10);
        this.host = val("host", config);
        Object.defineProperty(this, "password", {
          configurable: true,
          enumerable: false,
          writable: true,
          value: val("password", config)
        });
        this.binary = val("binary", config);
        this.options = val("options", config);
        this.ssl = typeof config.ssl === "undefined" ? readSSLConfigFromEnvironment() : config.ssl;
        if (typeof this.ssl === "string") {
          if (this.ssl === "true") {
            this.ssl = true;
          }
        }
        if (this.ssl === "no-verify") {
          this.ssl = { rejectUnauthorized: false };
        }
        if (this.ssl && this.ssl.key) {
          Object.defineProperty(this.ssl, "key", {
            enumerable: false
          });
        }
        this.sslnegotiation = val("sslnegotiation", config, "PGSSLNEGOTIATION");
        if (this.sslnegotiation !== void 0 && this.sslnegotiation !== "postgres" && this.sslnegotiation !== "direct") {
          throw new Error(
            `Invalid sslnegotiation value: "${this.sslnegotiation}". Valid values are "postgres" and "direct".`
          );
        }
        if (this.sslnegotiation === "direct" && !this.ssl) {
          throw new Error("sslnegotiation=direct requires SSL to be enabled");
        }
        this.client_encoding = val("client_encoding", config);
        this.replication = val("replication", config);
        this.isDomainSocket = !(this.host || "").indexOf("/");
        this.application_name = val("application_name", config, "PGAPPNAME");
        this.fallback_application_name = val("fallback_application_name", config, false);
        this.statement_timeout = val("statement_timeout", config, false);
        this.lock_timeout = val("lock_timeout", config, false);
        this.idle_in_transaction_session_timeout = val("idle_in_transaction_session_timeout", config, false);
        this.query_timeout = val("query_timeout", config, false);
        if (config.connectionTimeoutMillis === void 0) {
          this.connect_timeout = process.env.PGCONNECT_TIMEOUT || 0;
        } else {
          this.connect_timeout = Math.floor(config.connectionTimeoutMillis / 1e3);
        }
        if (config.keepAlive === false) {
          this.keepalives = 0;
        } else if (config.keepAlive === true) {
          this.keepalives = 1;
        }
        if (typeof config.keepAliveInitialDelayMillis === "number") {
          this.keepalives_idle = Math.floor(config.keepAliveInitialDelayMillis / 1e3);
        }
      }
      getLibpqConnectionString(cb) {
        const params = [];
        add(params, this, "user");
        add(params, this, "password");
        add(params, this, "port");
        add(params, this, "application_name");
        add(params, this, "fallback_application_name");
        add(params, this, "connect_timeout");
        add(params, this, "options");
        const ssl = typeof this.ssl === "object" ? this.ssl : this.ssl ? { sslmode: this.ssl } : {};
        add(params, ssl, "sslmode");
        add(params, ssl, "sslca");
        add(params, ssl, "sslkey");
        add(params, ssl, "sslcert");
        add(params, ssl, "sslrootcert");
        add(params, this, "sslnegotiation");
        if (this.database) {
          params.push("dbname=" + quoteParamValue(this.database));
        }
        if (this.replication) {
          params.push("replication=" + quoteParamValue(this.replication));
        }
        if (this.host) {
          params.push("host=" + quoteParamValue(this.host));
        }
        if (this.isDomainSocket) {
          return cb(null, params.join(" "));
        }
        if (this.client_encoding) {
          params.push("client_encoding=" + quoteParamValue(this.client_encoding));
        }
        dns.lookup(this.host, function(err, address) {
          if (err) return cb(err, null);
          params.push("hostaddr=" + quoteParamValue(address));
          return cb(null, params.join(" "));
        });
      }
    };
    module2.exports = ConnectionParameters;
  }
});

// node_modules/pg/lib/result.js
var require_result = __commonJS({
  "node_modules/pg/lib/result.js"(exports2, module2) {
    "use strict";
    var types2 = require_pg_types();
    var matchRegexp = /^([A-Za-z]+)(?: (\d+))?(?: (\d+))?/;
    var Result2 = class {
      constructor(rowMode, types3) {
        this.command = null;
        this.rowCount = null;
        this.oid = null;
        this.rows = [];
        this.fields = [];
        this._parsers = void 0;
        this._types = types3;
        this.RowCtor = null;
        this.rowAsArray = rowMode === "array";
        if (this.rowAsArray) {
          this.parseRow = this._parseRowAsArray;
        }
        this._prebuiltEmptyResultObject = null;
      }
      // adds a command complete message
      addCommandComplete(msg) {
        let match;
        if (msg.text) {
          match = matchRegexp.exec(msg.text);
        } else {
          match = matchRegexp.exec(msg.command);
        }
        if (match) {
          this.command = match[1];
          if (match[3]) {
            this.oid = parseInt(match[2], 10);
            this.rowCount = parseInt(match[3], 10);
          } else if (match[2]) {
            this.rowCount = parseInt(match[2], 10);
          }
        }
      }
      _parseRowAsArray(rowData) {
        const row = new Array(rowData.length);
        for (let i = 0, len = rowData.length; i < len; i++) {
          const rawValue = rowData[i];
          if (rawValue !== null) {
            row[i] = this._parsers[i](rawValue);
          } else {
            row[i] = null;
          }
        }
        return row;
      }
      parseRow(rowData) {
        const row = { ...this._prebuiltEmptyResultObject };
        for (let i = 0, len = rowData.length; i < len; i++) {
          const rawValue = rowData[i];
          const field = this.fields[i].name;
          if (rawValue !== null) {
            const v = this.fields[i].format === "binary" ? Buffer.from(rawValue) : rawValue;
            row[field] = this._parsers[i](v);
          } else {
            row[field] = null;
          }
        }
        return row;
      }
      addRow(row) {
        this.rows.push(row);
      }
      addFields(fieldDescriptions) {
        this.fields = fieldDescriptions;
        if (this.fields.length) {
          this._parsers = new Array(fieldDescriptions.length);
        }
        const row = /* @__PURE__ */ Object.create(null);
        for (let i = 0; i < fieldDescriptions.length; i++) {
          const desc = fieldDescriptions[i];
          row[desc.name] = null;
          if (this._types) {
            this._parsers[i] = this._types.getTypeParser(desc.dataTypeID, desc.format || "text");
          } else {
            this._parsers[i] = types2.getTypeParser(desc.dataTypeID, desc.format || "text");
          }
        }
        this._prebuiltEmptyResultObject = { ...row };
      }
    };
    module2.exports = Result2;
  }
});

// node_modules/pg/lib/query.js
var require_query = __commonJS({
  "node_modules/pg/lib/query.js"(exports2, module2) {
    "use strict";
    var { EventEmitter } = require("events");
    var Result2 = require_result();
    var utils = require_utils();
    var Query2 = class extends EventEmitter {
      constructor(config, values, callback) {
        super();
        config = utils.normalizeQueryConfig(config, values, callback);
        this.text = config.text;
        this.values = config.values;
        this.rows = config.rows;
        this.types = config.types;
        this.name = config.name;
        this.queryMode = config.queryMode;
        this.binary = config.binary;
        this.portal = config.portal || "";
        this.callback = config.callback;
        this._rowMode = config.rowMode;
        if (process.domain && config.callback) {
          this.callback = process.domain.bind(config.callback);
        }
        this._result = new Result2(this._rowMode, this.types);
        this._results = this._result;
        this._canceledDueToError = false;
      }
      requiresPreparation() {
        if (this.queryMode === "extended") {
          return true;
        }
        if (this.name) {
          return true;
        }
        if (this.rows) {
          return true;
        }
        if (!this.text) {
          return false;
        }
        if (!this.values) {
          return false;
        }
        return this.values.length > 0;
      }
      _checkForMultirow() {
        if (this._result.command) {
          if (!Array.isArray(this._results)) {
            this._results = [this._result];
          }
          this._result = new Result2(this._rowMode, this._result._types);
          this._results.push(this._result);
        }
      }
      // associates row metadata from the supplied
      // message with this query object
      // metadata used when parsing row results
      handleRowDescription(msg) {
        this._checkForMultirow();
        this._result.addFields(msg.fields);
        this._accumulateRows = this.callback || !this.listeners("row").length;
      }
      handleDataRow(msg) {
        let row;
        if (this._canceledDueToError) {
          return;
        }
        try {
          row = this._result.parseRow(msg.fields);
        } catch (err) {
          this._canceledDueToError = err;
          return;
        }
        this.emit("row", row, this._result);
        if (this._accumulateRows) {
          this._result.addRow(row);
        }
      }
      handleCommandComplete(msg, connection) {
        this._checkForMultirow();
        this._result.addCommandComplete(msg);
        if (this.rows) {
          connection.sync();
        }
      }
      // if a named prepared statement is created with empty query text
      // the backend will send an emptyQuery message but *not* a command complete message
      // since we pipeline sync immediately after execute we don't need to do anything here
      // unless we have rows specified, in which case we did not pipeline the initial sync call
      handleEmptyQuery(connection) {
        if (this.rows) {
          connection.sync();
        }
      }
      handleError(err, connection) {
        if (this._canceledDueToError) {
          err = this._canceledDueToError;
          this._canceledDueToError = false;
        }
        if (this.callback) {
          return this.callback(err);
        }
        this.emit("error", err);
      }
      handleReadyForQuery(con) {
        if (this._canceledDueToError) {
          return this.handleError(this._canceledDueToError, con);
        }
        if (this.callback) {
          try {
            this.callback(null, this._results);
          } catch (err) {
            process.nextTick(() => {
              throw err;
            });
          }
        }
        this.emit("end", this._results);
      }
      submit(connection) {
        if (typeof this.text !== "string" && typeof this.name !== "string") {
          return new Error("A query must have either text or a name. Supplying neither is unsupported.");
        }
        const previous = connection.parsedStatements[this.name] || connection.submittedNamedStatements[this.name];
        if (this.text && previous && this.text !== previous) {
          return new Error(`Prepared statements must be unique - '${this.name}' was used for a different statement`);
        }
        if (this.values && !Array.isArray(this.values)) {
          return new Error("Query values must be an array");
        }
        if (this.requiresPreparation()) {
          connection.stream.cork && connection.stream.cork();
          try {
            this.prepare(connection);
          } finally {
            connection.stream.uncork && connection.stream.uncork();
          }
        } else {
          connection.query(this.text);
        }
        return null;
      }
      hasBeenParsed(connection) {
        return this.name && (connection.parsedStatements[this.name] !== void 0 || connection.submittedNamedStatements[this.name] !== void 0);
      }
      handlePortalSuspended(connection) {
        this._getRows(connection, this.rows);
      }
      _getRows(connection, rows) {
        connection.execute({
          portal: this.portal,
          rows
        });
        if (!rows) {
          connection.sync();
        } else {
          connection.flush();
        }
      }
      // http://developer.postgresql.org/pgdocs/postgres/protocol-flow.html#PROTOCOL-FLOW-EXT-QUERY
      prepare(connection) {
        if (!this.hasBeenParsed(connection)) {
          connection.parse({
            text: this.text,
            name: this.name,
            types: this.types
          });
          if (this.name) {
            connection.submittedNamedStatements[this.name] = this.text;
          }
        }
        try {
          connection.bind({
            portal: this.portal,
            statement: this.name,
            values: this.values,
            binary: this.binary,
            valueMapper: utils.prepareValue
          });
        } catch (err) {
          connection.close({ type: "S", name: this.name });
          connection.sync();
          this.handleError(err, connection);
          return;
        }
        connection.describe({
          type: "P",
          name: this.portal || ""
        });
        this._getRows(connection, this.rows);
      }
      handleCopyInResponse(connection) {
        connection.sendCopyFail("No source stream defined");
      }
      handleCopyData(msg, connection) {
      }
    };
    module2.exports = Query2;
  }
});

// node_modules/pg-protocol/dist/messages.js
var require_messages = __commonJS({
  "node_modules/pg-protocol/dist/messages.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.NoticeMessage = exports2.DataRowMessage = exports2.CommandCompleteMessage = exports2.ReadyForQueryMessage = exports2.NotificationResponseMessage = exports2.BackendKeyDataMessage = exports2.AuthenticationMD5Password = exports2.ParameterStatusMessage = exports2.ParameterDescriptionMessage = exports2.RowDescriptionMessage = exports2.Field = exports2.CopyResponse = exports2.CopyDataMessage = exports2.DatabaseError = exports2.copyDone = exports2.emptyQuery = exports2.replicationStart = exports2.portalSuspended = exports2.noData = exports2.closeComplete = exports2.bindComplete = exports2.parseComplete = void 0;
    exports2.parseComplete = {
      name: "parseComplete",
      length: 5
    };
    exports2.bindComplete = {
      name: "bindComplete",
      length: 5
    };
    exports2.closeComplete = {
      name: "closeComplete",
      length: 5
    };
    exports2.noData = {
      name: "noData",
      length: 5
    };
    exports2.portalSuspended = {
      name: "portalSuspended",
      length: 5
    };
    exports2.replicationStart = {
      name: "replicationStart",
      length: 4
    };
    exports2.emptyQuery = {
      name: "emptyQuery",
      length: 4
    };
    exports2.copyDone = {
      name: "copyDone",
      length: 4
    };
    var DatabaseError2 = class extends Error {
      constructor(message, length, name) {
        super(message);
        this.length = length;
        this.name = name;
      }
    };
    exports2.DatabaseError = DatabaseError2;
    var CopyDataMessage = class {
      constructor(length, chunk) {
        this.length = length;
        this.chunk = chunk;
        this.name = "copyData";
      }
    };
    exports2.CopyDataMessage = CopyDataMessage;
    var CopyResponse = class {
      constructor(length, name, binary, columnCount) {
        this.length = length;
        this.name = name;
        this.binary = binary;
        this.columnTypes = new Array(columnCount);
      }
    };
    exports2.CopyResponse = CopyResponse;
    var Field = class {
      constructor(name, tableID, columnID, dataTypeID, dataTypeSize, dataTypeModifier, format) {
        this.name = name;
        this.tableID = tableID;
        this.columnID = columnID;
        this.dataTypeID = dataTypeID;
        this.dataTypeSize = dataTypeSize;
        this.dataTypeModifier = dataTypeModifier;
        this.format = format;
      }
    };
    exports2.Field = Field;
    var RowDescriptionMessage = class {
      constructor(length, fieldCount) {
        this.length = length;
        this.fieldCount = fieldCount;
        this.name = "rowDescription";
        this.fields = new Array(this.fieldCount);
      }
    };
    exports2.RowDescriptionMessage = RowDescriptionMessage;
    var ParameterDescriptionMessage = class {
      constructor(length, parameterCount) {
        this.length = length;
        this.parameterCount = parameterCount;
        this.name = "parameterDescription";
        this.dataTypeIDs = new Array(this.parameterCount);
      }
    };
    exports2.ParameterDescriptionMessage = ParameterDescriptionMessage;
    var ParameterStatusMessage = class {
      constructor(length, parameterName, parameterValue) {
        this.length = length;
        this.parameterName = parameterName;
        this.parameterValue = parameterValue;
        this.name = "parameterStatus";
      }
    };
    exports2.ParameterStatusMessage = ParameterStatusMessage;
    var AuthenticationMD5Password = class {
      constructor(length, salt2) {
        this.length = length;
        this.salt = salt2;
        this.name = "authenticationMD5Password";
      }
    };
    exports2.AuthenticationMD5Password = AuthenticationMD5Password;
    var BackendKeyDataMessage = class {
      constructor(length, processID, secretKey) {
        this.length = length;
        this.processID = processID;
        this.secretKey = secretKey;
        this.name = "backendKeyData";
      }
    };
    exports2.BackendKeyDataMessage = BackendKeyDataMessage;
    var NotificationResponseMessage = class {
      constructor(length, processId, channel, payload) {
        this.length = length;
        this.processId = processId;
        this.channel = channel;
        this.payload = payload;
        this.name = "notification";
      }
    };
    exports2.NotificationResponseMessage = NotificationResponseMessage;
    var ReadyForQueryMessage = class {
      constructor(length, status) {
        this.length = length;
        this.status = status;
        this.name = "readyForQuery";
      }
    };
    exports2.ReadyForQueryMessage = ReadyForQueryMessage;
    var CommandCompleteMessage = class {
      constructor(length, text) {
        this.length = length;
        this.text = text;
        this.name = "commandComplete";
      }
    };
    exports2.CommandCompleteMessage = CommandCompleteMessage;
    var DataRowMessage = class {
      constructor(length, fields) {
        this.length = length;
        this.fields = fields;
        this.name = "dataRow";
        this.fieldCount = fields.length;
      }
    };
    exports2.DataRowMessage = DataRowMessage;
    var NoticeMessage = class {
      constructor(length, message) {
        this.length = length;
        this.message = message;
        this.name = "notice";
      }
    };
    exports2.NoticeMessage = NoticeMessage;
  }
});

// node_modules/pg-protocol/dist/buffer-writer.js
var require_buffer_writer = __commonJS({
  "node_modules/pg-protocol/dist/buffer-writer.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Writer = void 0;
    var Writer = class {
      constructor(size = 256) {
        this.size = size;
        this.offset = 5;
        this.headerPosition = 0;
        this.buffer = Buffer.allocUnsafe(size);
      }
      ensure(size) {
        const remaining = this.buffer.length - this.offset;
        if (remaining < size) {
          const oldBuffer = this.buffer;
          const newSize = oldBuffer.length + (oldBuffer.length >> 1) + size;
          this.buffer = Buffer.allocUnsafe(newSize);
          oldBuffer.copy(this.buffer, 0, 0, this.offset);
        }
      }
      addInt32(num2) {
        this.ensure(4);
        this.buffer[this.offset++] = num2 >>> 24 & 255;
        this.buffer[this.offset++] = num2 >>> 16 & 255;
        this.buffer[this.offset++] = num2 >>> 8 & 255;
        this.buffer[this.offset++] = num2 >>> 0 & 255;
        return this;
      }
      addInt16(num2) {
        this.ensure(2);
        this.buffer[this.offset++] = num2 >>> 8 & 255;
        this.buffer[this.offset++] = num2 >>> 0 & 255;
        return this;
      }
      addCString(string) {
        if (!string) {
          this.ensure(1);
        } else {
          const len = Buffer.byteLength(string);
          this.ensure(len + 1);
          this.buffer.write(string, this.offset, "utf-8");
          this.offset += len;
        }
        this.buffer[this.offset++] = 0;
        return this;
      }
      addString(string = "") {
        const len = Buffer.byteLength(string);
        this.ensure(len);
        this.buffer.write(string, this.offset);
        this.offset += len;
        return this;
      }
      // Write an Int32 byte-length prefix immediately followed by the string's UTF-8
      // bytes. Postgres' Bind wire format prefixes every parameter with its length,
      // and doing it in one method computes Buffer.byteLength ONCE — the previous
      // `addInt32(Buffer.byteLength(s)).addString(s)` pairing scanned the string
      // three times (byteLength for the prefix, byteLength again inside addString,
      // then the encode), which is costly for large text parameters.
      addInt32PrefixedString(string) {
        const len = Buffer.byteLength(string);
        this.ensure(4 + len);
        const buffer = this.buffer;
        let offset = this.offset;
        buffer[offset++] = len >>> 24 & 255;
        buffer[offset++] = len >>> 16 & 255;
        buffer[offset++] = len >>> 8 & 255;
        buffer[offset++] = len >>> 0 & 255;
        buffer.write(string, offset, "utf-8");
        this.offset = offset + len;
        return this;
      }
      add(otherBuffer) {
        this.ensure(otherBuffer.length);
        otherBuffer.copy(this.buffer, this.offset);
        this.offset += otherBuffer.length;
        return this;
      }
      /**
       * Appends an uninitialized block of {@link size} bytes to the buffer and returns its offset.
       */
      reserveUnsafe(size) {
        const offset = this.offset;
        this.ensure(size);
        this.offset += size;
        return offset;
      }
      join(code) {
        if (code) {
          this.buffer[this.headerPosition] = code;
          const length = this.offset - (this.headerPosition + 1);
          this.buffer.writeInt32BE(length, this.headerPosition + 1);
        }
        return this.buffer.slice(code ? 0 : 5, this.offset);
      }
      flush(code) {
        const result = this.join(code);
        this.offset = 5;
        this.headerPosition = 0;
        this.buffer = Buffer.allocUnsafe(this.size);
        return result;
      }
      clear() {
        this.offset = 5;
        this.headerPosition = 0;
      }
    };
    exports2.Writer = Writer;
  }
});

// node_modules/pg-protocol/dist/serializer.js
var require_serializer = __commonJS({
  "node_modules/pg-protocol/dist/serializer.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.serialize = void 0;
    var buffer_writer_1 = require_buffer_writer();
    var writer = new buffer_writer_1.Writer();
    var startup = (opts) => {
      writer.addInt16(3).addInt16(0);
      for (const key of Object.keys(opts)) {
        writer.addCString(key).addCString(opts[key]);
      }
      writer.addCString("client_encoding").addCString("UTF8");
      const bodyBuffer = writer.addCString("").flush();
      const length = bodyBuffer.length + 4;
      return new buffer_writer_1.Writer().addInt32(length).add(bodyBuffer).flush();
    };
    var requestSsl = () => {
      const response = Buffer.allocUnsafe(8);
      response.writeInt32BE(8, 0);
      response.writeInt32BE(80877103, 4);
      return response;
    };
    var password = (password2) => {
      return writer.addCString(password2).flush(
        112
        /* code.startup */
      );
    };
    var sendSASLInitialResponseMessage = function(mechanism, initialResponse) {
      writer.addCString(mechanism).addInt32PrefixedString(initialResponse);
      return writer.flush(
        112
        /* code.startup */
      );
    };
    var sendSCRAMClientFinalMessage = function(additionalData) {
      return writer.addString(additionalData).flush(
        112
        /* code.startup */
      );
    };
    var query = (text) => {
      return writer.addCString(text).flush(
        81
        /* code.query */
      );
    };
    var emptyArray = [];
    var parse3 = (query2) => {
      const name = query2.name || "";
      if (name.length > 63) {
        console.error("Warning! Postgres only supports 63 characters for query names.");
        console.error("You supplied %s (%s)", name, name.length);
        console.error("This can cause conflicts and silent errors executing queries");
      }
      const types2 = query2.types || emptyArray;
      const len = types2.length;
      const buffer = writer.addCString(name).addCString(query2.text).addInt16(len);
      for (let i = 0; i < len; i++) {
        buffer.addInt32(types2[i]);
      }
      return writer.flush(
        80
        /* code.parse */
      );
    };
    var writeValues = function(values, valueMapper, formatsOffset) {
      const len = values.length;
      for (let i = 0; i < len; i++) {
        const mappedVal = valueMapper ? valueMapper(values[i], i) : values[i];
        let formatByte = 0;
        if (mappedVal == null) {
          writer.addInt32(-1);
        } else if (mappedVal instanceof Buffer) {
          formatByte = 1;
          writer.addInt32(mappedVal.length);
          writer.add(mappedVal);
        } else {
          writer.addInt32PrefixedString(mappedVal);
        }
        const buf = writer.buffer;
        buf[formatsOffset++] = 0;
        buf[formatsOffset++] = formatByte;
      }
    };
    var bind = (config = {}) => {
      const portal = config.portal || "";
      const statement = config.statement || "";
      const binary = config.binary || false;
      const values = config.values || emptyArray;
      const len = values.length;
      writer.addCString(portal).addCString(statement);
      writer.addInt16(len);
      const formatsOffset = writer.reserveUnsafe(len * 2);
      writer.addInt16(len);
      try {
        writeValues(values, config.valueMapper, formatsOffset);
      } catch (err) {
        writer.clear();
        throw err;
      }
      writer.addInt16(1);
      writer.addInt16(
        binary ? 1 : 0
        /* ParamType.STRING */
      );
      return writer.flush(
        66
        /* code.bind */
      );
    };
    var emptyExecute = Buffer.from([69, 0, 0, 0, 9, 0, 0, 0, 0, 0]);
    var execute = (config) => {
      if (!config || !config.portal && !config.rows) {
        return emptyExecute;
      }
      const portal = config.portal || "";
      const rows = config.rows || 0;
      const portalLength = Buffer.byteLength(portal);
      const len = 4 + portalLength + 1 + 4;
      const buff = Buffer.allocUnsafe(1 + len);
      buff[0] = 69;
      buff.writeInt32BE(len, 1);
      buff.write(portal, 5, "utf-8");
      buff[portalLength + 5] = 0;
      buff.writeUInt32BE(rows, buff.length - 4);
      return buff;
    };
    var cancel = (processID, secretKey) => {
      const buffer = Buffer.allocUnsafe(16);
      buffer.writeInt32BE(16, 0);
      buffer.writeInt16BE(1234, 4);
      buffer.writeInt16BE(5678, 6);
      buffer.writeInt32BE(processID, 8);
      buffer.writeInt32BE(secretKey, 12);
      return buffer;
    };
    var cstringMessage = (code, string) => {
      const stringLen = Buffer.byteLength(string);
      const len = 4 + stringLen + 1;
      const buffer = Buffer.allocUnsafe(1 + len);
      buffer[0] = code;
      buffer.writeInt32BE(len, 1);
      buffer.write(string, 5, "utf-8");
      buffer[len] = 0;
      return buffer;
    };
    var emptyDescribePortal = writer.addCString("P").flush(
      68
      /* code.describe */
    );
    var emptyDescribeStatement = writer.addCString("S").flush(
      68
      /* code.describe */
    );
    var describe2 = (msg) => {
      return msg.name ? cstringMessage(68, `${msg.type}${msg.name || ""}`) : msg.type === "P" ? emptyDescribePortal : emptyDescribeStatement;
    };
    var close = (msg) => {
      const text = `${msg.type}${msg.name || ""}`;
      return cstringMessage(67, text);
    };
    var copyData = (chunk) => {
      return writer.add(chunk).flush(
        100
        /* code.copyFromChunk */
      );
    };
    var copyFail = (message) => {
      return cstringMessage(102, message);
    };
    var codeOnlyBuffer = (code) => Buffer.from([code, 0, 0, 0, 4]);
    var flushBuffer = codeOnlyBuffer(
      72
      /* code.flush */
    );
    var syncBuffer = codeOnlyBuffer(
      83
      /* code.sync */
    );
    var endBuffer = codeOnlyBuffer(
      88
      /* code.end */
    );
    var copyDoneBuffer = codeOnlyBuffer(
      99
      /* code.copyDone */
    );
    var serialize = {
      startup,
      password,
      requestSsl,
      sendSASLInitialResponseMessage,
      sendSCRAMClientFinalMessage,
      query,
      parse: parse3,
      bind,
      execute,
      describe: describe2,
      close,
      flush: () => flushBuffer,
      sync: () => syncBuffer,
      end: () => endBuffer,
      copyData,
      copyDone: () => copyDoneBuffer,
      copyFail,
      cancel
    };
    exports2.serialize = serialize;
  }
});

// node_modules/pg-protocol/dist/buffer-reader.js
var require_buffer_reader = __commonJS({
  "node_modules/pg-protocol/dist/buffer-reader.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.BufferReader = void 0;
    var BufferReader = class {
      constructor(offset = 0) {
        this.offset = offset;
        this.buffer = Buffer.allocUnsafe(0);
        this.encoding = "utf-8";
      }
      setBuffer(offset, buffer) {
        this.offset = offset;
        this.buffer = buffer;
      }
      int16() {
        const result = this.buffer.readInt16BE(this.offset);
        this.offset += 2;
        return result;
      }
      byte() {
        const result = this.buffer[this.offset];
        this.offset++;
        return result;
      }
      int32() {
        const result = this.buffer.readInt32BE(this.offset);
        this.offset += 4;
        return result;
      }
      uint32() {
        const result = this.buffer.readUInt32BE(this.offset);
        this.offset += 4;
        return result;
      }
      string(length) {
        const result = this.buffer.toString(this.encoding, this.offset, this.offset + length);
        this.offset += length;
        return result;
      }
      cstring() {
        const start = this.offset;
        let end = start;
        while (this.buffer[end++]) {
        }
        this.offset = end;
        return this.buffer.toString(this.encoding, start, end - 1);
      }
      bytes(length) {
        const result = this.buffer.slice(this.offset, this.offset + length);
        this.offset += length;
        return result;
      }
    };
    exports2.BufferReader = BufferReader;
  }
});

// node_modules/pg-protocol/dist/parser.js
var require_parser = __commonJS({
  "node_modules/pg-protocol/dist/parser.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Parser = void 0;
    var messages_1 = require_messages();
    var buffer_reader_1 = require_buffer_reader();
    var CODE_LENGTH = 1;
    var LEN_LENGTH = 4;
    var HEADER_LENGTH = CODE_LENGTH + LEN_LENGTH;
    var LATEINIT_LENGTH = -1;
    var emptyBuffer = Buffer.allocUnsafe(0);
    var Parser = class {
      constructor(opts) {
        this.buffer = emptyBuffer;
        this.bufferLength = 0;
        this.bufferOffset = 0;
        this.reader = new buffer_reader_1.BufferReader();
        if ((opts === null || opts === void 0 ? void 0 : opts.mode) === "binary") {
          throw new Error("Binary mode not supported yet");
        }
        this.mode = (opts === null || opts === void 0 ? void 0 : opts.mode) || "text";
      }
      parse(buffer, callback) {
        this.mergeBuffer(buffer);
        const bufferFullLength = this.bufferOffset + this.bufferLength;
        let offset = this.bufferOffset;
        while (offset + HEADER_LENGTH <= bufferFullLength) {
          const code = this.buffer[offset];
          const length = this.buffer.readUInt32BE(offset + CODE_LENGTH);
          const fullMessageLength = CODE_LENGTH + length;
          if (fullMessageLength + offset <= bufferFullLength) {
            const message = this.handlePacket(offset + HEADER_LENGTH, code, length, this.buffer);
            callback(message);
            offset += fullMessageLength;
          } else {
            break;
          }
        }
        if (offset === bufferFullLength) {
          this.buffer = emptyBuffer;
          this.bufferLength = 0;
          this.bufferOffset = 0;
        } else {
          this.bufferLength = bufferFullLength - offset;
          this.bufferOffset = offset;
        }
      }
      mergeBuffer(buffer) {
        if (this.bufferLength > 0) {
          const newLength = this.bufferLength + buffer.byteLength;
          const newFullLength = newLength + this.bufferOffset;
          if (newFullLength > this.buffer.byteLength) {
            let newBuffer;
            if (newLength <= this.buffer.byteLength && this.bufferOffset >= this.bufferLength) {
              newBuffer = this.buffer;
            } else {
              let newBufferLength = this.buffer.byteLength * 2;
              while (newLength >= newBufferLength) {
                newBufferLength *= 2;
              }
              newBuffer = Buffer.allocUnsafe(newBufferLength);
            }
            this.buffer.copy(newBuffer, 0, this.bufferOffset, this.bufferOffset + this.bufferLength);
            this.buffer = newBuffer;
            this.bufferOffset = 0;
          }
          buffer.copy(this.buffer, this.bufferOffset + this.bufferLength);
          this.bufferLength = newLength;
        } else {
          this.buffer = buffer;
          this.bufferOffset = 0;
          this.bufferLength = buffer.byteLength;
        }
      }
      handlePacket(offset, code, length, bytes) {
        const { reader } = this;
        reader.setBuffer(offset, bytes);
        let message;
        switch (code) {
          case 50:
            message = messages_1.bindComplete;
            break;
          case 49:
            message = messages_1.parseComplete;
            break;
          case 51:
            message = messages_1.closeComplete;
            break;
          case 110:
            message = messages_1.noData;
            break;
          case 115:
            message = messages_1.portalSuspended;
            break;
          case 99:
            message = messages_1.copyDone;
            break;
          case 87:
            message = messages_1.replicationStart;
            break;
          case 73:
            message = messages_1.emptyQuery;
            break;
          case 68:
            message = parseDataRowMessage(reader);
            break;
          case 67:
            message = parseCommandCompleteMessage(reader);
            break;
          case 90:
            message = parseReadyForQueryMessage(reader);
            break;
          case 65:
            message = parseNotificationMessage(reader);
            break;
          case 82:
            message = parseAuthenticationResponse(reader, length);
            break;
          case 83:
            message = parseParameterStatusMessage(reader);
            break;
          case 75:
            message = parseBackendKeyData(reader);
            break;
          case 69:
            message = parseErrorMessage(reader, "error");
            break;
          case 78:
            message = parseErrorMessage(reader, "notice");
            break;
          case 84:
            message = parseRowDescriptionMessage(reader);
            break;
          case 116:
            message = parseParameterDescriptionMessage(reader);
            break;
          case 71:
            message = parseCopyInMessage(reader);
            break;
          case 72:
            message = parseCopyOutMessage(reader);
            break;
          case 100:
            message = parseCopyData(reader, length);
            break;
          default:
            return new messages_1.DatabaseError("received invalid response: " + code.toString(16), length, "error");
        }
        reader.setBuffer(0, emptyBuffer);
        message.length = length;
        return message;
      }
    };
    exports2.Parser = Parser;
    var parseReadyForQueryMessage = (reader) => {
      const status = reader.string(1);
      return new messages_1.ReadyForQueryMessage(LATEINIT_LENGTH, status);
    };
    var parseCommandCompleteMessage = (reader) => {
      const text = reader.cstring();
      return new messages_1.CommandCompleteMessage(LATEINIT_LENGTH, text);
    };
    var parseCopyData = (reader, length) => {
      const chunk = reader.bytes(length - 4);
      return new messages_1.CopyDataMessage(LATEINIT_LENGTH, chunk);
    };
    var parseCopyInMessage = (reader) => parseCopyMessage(reader, "copyInResponse");
    var parseCopyOutMessage = (reader) => parseCopyMessage(reader, "copyOutResponse");
    var parseCopyMessage = (reader, messageName) => {
      const isBinary = reader.byte() !== 0;
      const columnCount = reader.int16();
      const message = new messages_1.CopyResponse(LATEINIT_LENGTH, messageName, isBinary, columnCount);
      for (let i = 0; i < columnCount; i++) {
        message.columnTypes[i] = reader.int16();
      }
      return message;
    };
    var parseNotificationMessage = (reader) => {
      const processId = reader.int32();
      const channel = reader.cstring();
      const payload = reader.cstring();
      return new messages_1.NotificationResponseMessage(LATEINIT_LENGTH, processId, channel, payload);
    };
    var parseRowDescriptionMessage = (reader) => {
      const fieldCount = reader.int16();
      const message = new messages_1.RowDescriptionMessage(LATEINIT_LENGTH, fieldCount);
      for (let i = 0; i < fieldCount; i++) {
        message.fields[i] = parseField(reader);
      }
      return message;
    };
    var parseField = (reader) => {
      const name = reader.cstring();
      const tableID = reader.uint32();
      const columnID = reader.int16();
      const dataTypeID = reader.uint32();
      const dataTypeSize = reader.int16();
      const dataTypeModifier = reader.int32();
      const mode = reader.int16() === 0 ? "text" : "binary";
      return new messages_1.Field(name, tableID, columnID, dataTypeID, dataTypeSize, dataTypeModifier, mode);
    };
    var parseParameterDescriptionMessage = (reader) => {
      const parameterCount = reader.int16();
      const message = new messages_1.ParameterDescriptionMessage(LATEINIT_LENGTH, parameterCount);
      for (let i = 0; i < parameterCount; i++) {
        message.dataTypeIDs[i] = reader.uint32();
      }
      return message;
    };
    var parseDataRowMessage = (reader) => {
      const fieldCount = reader.int16();
      const fields = new Array(fieldCount);
      for (let i = 0; i < fieldCount; i++) {
        const len = reader.int32();
        fields[i] = len === -1 ? null : reader.string(len);
      }
      return new messages_1.DataRowMessage(LATEINIT_LENGTH, fields);
    };
    var parseParameterStatusMessage = (reader) => {
      const name = reader.cstring();
      const value = reader.cstring();
      return new messages_1.ParameterStatusMessage(LATEINIT_LENGTH, name, value);
    };
    var parseBackendKeyData = (reader) => {
      const processID = reader.int32();
      const secretKey = reader.int32();
      return new messages_1.BackendKeyDataMessage(LATEINIT_LENGTH, processID, secretKey);
    };
    var parseAuthenticationResponse = (reader, length) => {
      const code = reader.int32();
      const message = {
        name: "authenticationOk",
        length
      };
      switch (code) {
        case 0:
          break;
        case 3:
          if (message.length === 8) {
            message.name = "authenticationCleartextPassword";
          }
          break;
        case 5:
          if (message.length === 12) {
            message.name = "authenticationMD5Password";
            const salt2 = reader.bytes(4);
            return new messages_1.AuthenticationMD5Password(LATEINIT_LENGTH, salt2);
          }
          break;
        case 10:
          {
            message.name = "authenticationSASL";
            message.mechanisms = [];
            let mechanism;
            do {
              mechanism = reader.cstring();
              if (mechanism) {
                message.mechanisms.push(mechanism);
              }
            } while (mechanism);
          }
          break;
        case 11:
          message.name = "authenticationSASLContinue";
          message.data = reader.string(length - 8);
          break;
        case 12:
          message.name = "authenticationSASLFinal";
          message.data = reader.string(length - 8);
          break;
        default:
          throw new Error("Unknown authenticationOk message type " + code);
      }
      return message;
    };
    var parseErrorMessage = (reader, name) => {
      const fields = {};
      let fieldType = reader.string(1);
      while (fieldType !== "\0") {
        fields[fieldType] = reader.cstring();
        fieldType = reader.string(1);
      }
      const messageValue = fields.M;
      const message = name === "notice" ? new messages_1.NoticeMessage(LATEINIT_LENGTH, messageValue) : new messages_1.DatabaseError(messageValue, LATEINIT_LENGTH, name);
      message.severity = fields.S;
      message.code = fields.C;
      message.detail = fields.D;
      message.hint = fields.H;
      message.position = fields.P;
      message.internalPosition = fields.p;
      message.internalQuery = fields.q;
      message.where = fields.W;
      message.schema = fields.s;
      message.table = fields.t;
      message.column = fields.c;
      message.dataType = fields.d;
      message.constraint = fields.n;
      message.file = fields.F;
      message.line = fields.L;
      message.routine = fields.R;
      return message;
    };
  }
});

// node_modules/pg-protocol/dist/index.js
var require_dist = __commonJS({
  "node_modules/pg-protocol/dist/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.DatabaseError = exports2.serialize = void 0;
    exports2.parse = parse3;
    var messages_1 = require_messages();
    Object.defineProperty(exports2, "DatabaseError", { enumerable: true, get: function() {
      return messages_1.DatabaseError;
    } });
    var serializer_1 = require_serializer();
    Object.defineProperty(exports2, "serialize", { enumerable: true, get: function() {
      return serializer_1.serialize;
    } });
    var parser_1 = require_parser();
    function parse3(stream, callback) {
      const parser = new parser_1.Parser();
      stream.on("data", (buffer) => parser.parse(buffer, callback));
      return new Promise((resolve5) => stream.on("end", () => resolve5()));
    }
  }
});

// node_modules/pg/lib/stream.js
var require_stream = __commonJS({
  "node_modules/pg/lib/stream.js"(exports2, module2) {
    var { getStream, getSecureStream } = getStreamFuncs();
    module2.exports = {
      /**
       * Get a socket stream compatible with the current runtime environment.
       * @returns {Duplex}
       */
      getStream,
      /**
       * Get a TLS secured socket, compatible with the current environment,
       * using the socket and other settings given in `options`.
       * @returns {Duplex}
       */
      getSecureStream
    };
    function getNodejsStreamFuncs() {
      function getStream2(ssl) {
        const net = require("net");
        return new net.Socket();
      }
      function getSecureStream2(options) {
        const tls = require("tls");
        return tls.connect(options);
      }
      return {
        getStream: getStream2,
        getSecureStream: getSecureStream2
      };
    }
    function getCloudflareStreamFuncs() {
      function getStream2(ssl) {
        const { CloudflareSocket } = require("pg-cloudflare");
        return new CloudflareSocket(ssl);
      }
      function getSecureStream2(options) {
        options.socket.startTls(options);
        return options.socket;
      }
      return {
        getStream: getStream2,
        getSecureStream: getSecureStream2
      };
    }
    function isCloudflareRuntime() {
      if (typeof navigator === "object" && navigator !== null && typeof navigator.userAgent === "string") {
        return navigator.userAgent === "Cloudflare-Workers";
      }
      if (typeof Response === "function") {
        const resp = new Response(null, { cf: { thing: true } });
        if (typeof resp.cf === "object" && resp.cf !== null && resp.cf.thing) {
          return true;
        }
      }
      return false;
    }
    function getStreamFuncs() {
      if (isCloudflareRuntime()) {
        return getCloudflareStreamFuncs();
      }
      return getNodejsStreamFuncs();
    }
  }
});

// node_modules/pg/lib/connection.js
var require_connection = __commonJS({
  "node_modules/pg/lib/connection.js"(exports2, module2) {
    "use strict";
    var EventEmitter = require("events").EventEmitter;
    var { parse: parse3, serialize } = require_dist();
    var stream = require_stream();
    var { getStream } = stream;
    var flushBuffer = serialize.flush();
    var syncBuffer = serialize.sync();
    var endBuffer = serialize.end();
    var Connection2 = class extends EventEmitter {
      constructor(config) {
        super();
        config = config || {};
        this.stream = config.stream || getStream(config.ssl);
        if (typeof this.stream === "function") {
          this.stream = this.stream(config);
        }
        this._keepAlive = config.keepAlive;
        this._keepAliveInitialDelayMillis = config.keepAliveInitialDelayMillis;
        this.parsedStatements = {};
        this.submittedNamedStatements = {};
        this.ssl = config.ssl || false;
        this.sslNegotiation = config.sslNegotiation || "postgres";
        this._ending = false;
        this._emitMessage = false;
        const self = this;
        this.on("newListener", function(eventName) {
          if (eventName === "message") {
            self._emitMessage = true;
          }
        });
      }
      connect(port, host) {
        const self = this;
        this._connecting = true;
        this.stream.setNoDelay(true);
        this.stream.connect(port, host);
        this.stream.once("connect", function() {
          if (self._keepAlive) {
            self.stream.setKeepAlive(true, self._keepAliveInitialDelayMillis);
          }
          self.emit("connect");
        });
        const reportStreamError = function(error) {
          if (self._ending && (error.code === "ECONNRESET" || error.code === "EPIPE")) {
            return;
          }
          self.emit("error", error);
        };
        this.stream.on("error", reportStreamError);
        this.stream.on("close", function() {
          self.emit("end");
        });
        if (!this.ssl) {
          return this.attachListeners(this.stream);
        }
        if (this.sslNegotiation === "direct") {
          return this.stream.once("connect", function() {
            self.upgradeToSSL(host, reportStreamError);
          });
        }
        this.stream.once("data", function(buffer) {
          const responseCode = buffer.toString("utf8");
          switch (responseCode) {
            case "S":
              break;
            case "N":
              self.stream.end();
              return self.emit("error", new Error("The server does not support SSL connections"));
            default:
              self.stream.end();
              return self.emit("error", new Error("There was an error establishing an SSL connection"));
          }
          self.upgradeToSSL(host, reportStreamError);
        });
      }
      upgradeToSSL(host, reportStreamError) {
        const self = this;
        const options = {
          socket: self.stream,
          // tls.connect checks the server identity against `servername`, falling
          // back to `host` and then to 'localhost'. `servername` must stay unset
          // for IP addresses (see below), so `host` is needed to keep certificate
          // validation working when connecting to an IP address.
          host
        };
        if (self.ssl !== true) {
          Object.assign(options, self.ssl);
          if ("key" in self.ssl) {
            options.key = self.ssl.key;
          }
        }
        if (self.sslNegotiation === "direct") {
          options.ALPNProtocols = ["postgresql"];
        }
        const net = require("net");
        if (net.isIP && net.isIP(host) === 0) {
          options.servername = host;
        }
        try {
          self.stream = stream.getSecureStream(options);
        } catch (err) {
          return self.emit("error", err);
        }
        self.attachListeners(self.stream);
        self.stream.on("error", reportStreamError);
        self.emit("sslconnect");
      }
      attachListeners(stream2) {
        parse3(stream2, (msg) => {
          const eventName = msg.name === "error" ? "errorMessage" : msg.name;
          if (this._emitMessage) {
            this.emit("message", msg);
          }
          this.emit(eventName, msg);
        });
      }
      requestSsl() {
        this.stream.write(serialize.requestSsl());
      }
      startup(config) {
        this.stream.write(serialize.startup(config));
      }
      cancel(processID, secretKey) {
        this._send(serialize.cancel(processID, secretKey));
      }
      password(password) {
        this._send(serialize.password(password));
      }
      sendSASLInitialResponseMessage(mechanism, initialResponse) {
        this._send(serialize.sendSASLInitialResponseMessage(mechanism, initialResponse));
      }
      sendSCRAMClientFinalMessage(additionalData) {
        this._send(serialize.sendSCRAMClientFinalMessage(additionalData));
      }
      _send(buffer) {
        if (!this.stream.writable) {
          return false;
        }
        return this.stream.write(buffer);
      }
      query(text) {
        this._send(serialize.query(text));
      }
      // send parse message
      parse(query) {
        this._send(serialize.parse(query));
      }
      // send bind message
      bind(config) {
        this._send(serialize.bind(config));
      }
      // send execute message
      execute(config) {
        this._send(serialize.execute(config));
      }
      flush() {
        if (this.stream.writable) {
          this.stream.write(flushBuffer);
        }
      }
      sync() {
        this._send(syncBuffer);
      }
      ref() {
        this.stream.ref();
      }
      unref() {
        this.stream.unref();
      }
      end() {
        this._ending = true;
        if (!this._connecting || !this.stream.writable) {
          this.stream.end();
          return;
        }
        return this.stream.write(endBuffer, () => {
          this.stream.end();
        });
      }
      close(msg) {
        this._send(serialize.close(msg));
      }
      describe(msg) {
        this._send(serialize.describe(msg));
      }
      sendCopyFromChunk(chunk) {
        this._send(serialize.copyData(chunk));
      }
      endCopyFrom() {
        this._send(serialize.copyDone());
      }
      sendCopyFail(msg) {
        this._send(serialize.copyFail(msg));
      }
    };
    module2.exports = Connection2;
  }
});

// node_modules/split2/index.js
var require_split2 = __commonJS({
  "node_modules/split2/index.js"(exports2, module2) {
    "use strict";
    var { Transform } = require("stream");
    var { StringDecoder } = require("string_decoder");
    var kLast = /* @__PURE__ */ Symbol("last");
    var kDecoder = /* @__PURE__ */ Symbol("decoder");
    function transform(chunk, enc, cb) {
      let list2;
      if (this.overflow) {
        const buf = this[kDecoder].write(chunk);
        list2 = buf.split(this.matcher);
        if (list2.length === 1) return cb();
        list2.shift();
        this.overflow = false;
      } else {
        this[kLast] += this[kDecoder].write(chunk);
        list2 = this[kLast].split(this.matcher);
      }
      this[kLast] = list2.pop();
      for (let i = 0; i < list2.length; i++) {
        try {
          push(this, this.mapper(list2[i]));
        } catch (error) {
          return cb(error);
        }
      }
      this.overflow = this[kLast].length > this.maxLength;
      if (this.overflow && !this.skipOverflow) {
        cb(new Error("maximum buffer reached"));
        return;
      }
      cb();
    }
    function flush(cb) {
      this[kLast] += this[kDecoder].end();
      if (this[kLast]) {
        try {
          push(this, this.mapper(this[kLast]));
        } catch (error) {
          return cb(error);
        }
      }
      cb();
    }
    function push(self, val) {
      if (val !== void 0) {
        self.push(val);
      }
    }
    function noop(incoming) {
      return incoming;
    }
    function split2(matcher, mapper, options) {
      matcher = matcher || /\r?\n/;
      mapper = mapper || noop;
      options = options || {};
      switch (arguments.length) {
        case 1:
          if (typeof matcher === "function") {
            mapper = matcher;
            matcher = /\r?\n/;
          } else if (typeof matcher === "object" && !(matcher instanceof RegExp) && !matcher[Symbol.split]) {
            options = matcher;
            matcher = /\r?\n/;
          }
          break;
        case 2:
          if (typeof matcher === "function") {
            options = mapper;
            mapper = matcher;
            matcher = /\r?\n/;
          } else if (typeof mapper === "object") {
            options = mapper;
            mapper = noop;
          }
      }
      options = Object.assign({}, options);
      options.autoDestroy = true;
      options.transform = transform;
      options.flush = flush;
      options.readableObjectMode = true;
      const stream = new Transform(options);
      stream[kLast] = "";
      stream[kDecoder] = new StringDecoder("utf8");
      stream.matcher = matcher;
      stream.mapper = mapper;
      stream.maxLength = options.maxLength;
      stream.skipOverflow = options.skipOverflow || false;
      stream.overflow = false;
      stream._destroy = function(err, cb) {
        this._writableState.errorEmitted = false;
        cb(err);
      };
      return stream;
    }
    module2.exports = split2;
  }
});

// node_modules/pgpass/lib/helper.js
var require_helper = __commonJS({
  "node_modules/pgpass/lib/helper.js"(exports2, module2) {
    "use strict";
    var path = require("path");
    var Stream = require("stream").Stream;
    var split2 = require_split2();
    var util = require("util");
    var defaultPort = 5432;
    var isWin = process.platform === "win32";
    var warnStream = process.stderr;
    var S_IRWXG = 56;
    var S_IRWXO = 7;
    var S_IFMT = 61440;
    var S_IFREG = 32768;
    function isRegFile(mode) {
      return (mode & S_IFMT) == S_IFREG;
    }
    var fieldNames = ["host", "port", "database", "user", "password"];
    var nrOfFields = fieldNames.length;
    var passKey = fieldNames[nrOfFields - 1];
    function warn() {
      var isWritable = warnStream instanceof Stream && true === warnStream.writable;
      if (isWritable) {
        var args = Array.prototype.slice.call(arguments).concat("\n");
        warnStream.write(util.format.apply(util, args));
      }
    }
    Object.defineProperty(module2.exports, "isWin", {
      get: function() {
        return isWin;
      },
      set: function(val) {
        isWin = val;
      }
    });
    module2.exports.warnTo = function(stream) {
      var old = warnStream;
      warnStream = stream;
      return old;
    };
    module2.exports.getFileName = function(rawEnv) {
      var env = rawEnv || process.env;
      var file = env.PGPASSFILE || (isWin ? path.join(env.APPDATA || "./", "postgresql", "pgpass.conf") : path.join(env.HOME || "./", ".pgpass"));
      return file;
    };
    module2.exports.usePgPass = function(stats, fname) {
      if (Object.prototype.hasOwnProperty.call(process.env, "PGPASSWORD")) {
        return false;
      }
      if (isWin) {
        return true;
      }
      fname = fname || "<unkn>";
      if (!isRegFile(stats.mode)) {
        warn('WARNING: password file "%s" is not a plain file', fname);
        return false;
      }
      if (stats.mode & (S_IRWXG | S_IRWXO)) {
        warn('WARNING: password file "%s" has group or world access; permissions should be u=rw (0600) or less', fname);
        return false;
      }
      return true;
    };
    var matcher = module2.exports.match = function(connInfo, entry) {
      return fieldNames.slice(0, -1).reduce(function(prev, field, idx) {
        if (idx == 1) {
          if (Number(connInfo[field] || defaultPort) === Number(entry[field])) {
            return prev && true;
          }
        }
        return prev && (entry[field] === "*" || entry[field] === connInfo[field]);
      }, true);
    };
    module2.exports.getPassword = function(connInfo, stream, cb) {
      var pass;
      var lineStream = stream.pipe(split2());
      function onLine(line) {
        var entry = parseLine(line);
        if (entry && isValidEntry(entry) && matcher(connInfo, entry)) {
          pass = entry[passKey];
          lineStream.end();
        }
      }
      var onEnd = function() {
        stream.destroy();
        cb(pass);
      };
      var onErr = function(err) {
        stream.destroy();
        warn("WARNING: error on reading file: %s", err);
        cb(void 0);
      };
      stream.on("error", onErr);
      lineStream.on("data", onLine).on("end", onEnd).on("error", onErr);
    };
    var parseLine = module2.exports.parseLine = function(line) {
      if (line.length < 11 || line.match(/^\s+#/)) {
        return null;
      }
      var curChar = "";
      var prevChar = "";
      var fieldIdx = 0;
      var startIdx = 0;
      var endIdx = 0;
      var obj = {};
      var isLastField = false;
      var addToObj = function(idx, i0, i1) {
        var field = line.substring(i0, i1);
        if (!Object.hasOwnProperty.call(process.env, "PGPASS_NO_DEESCAPE")) {
          field = field.replace(/\\([:\\])/g, "$1");
        }
        obj[fieldNames[idx]] = field;
      };
      for (var i = 0; i < line.length - 1; i += 1) {
        curChar = line.charAt(i + 1);
        prevChar = line.charAt(i);
        isLastField = fieldIdx == nrOfFields - 1;
        if (isLastField) {
          addToObj(fieldIdx, startIdx);
          break;
        }
        if (i >= 0 && curChar == ":" && prevChar !== "\\") {
          addToObj(fieldIdx, startIdx, i + 1);
          startIdx = i + 2;
          fieldIdx += 1;
        }
      }
      obj = Object.keys(obj).length === nrOfFields ? obj : null;
      return obj;
    };
    var isValidEntry = module2.exports.isValidEntry = function(entry) {
      var rules = {
        // host
        0: function(x) {
          return x.length > 0;
        },
        // port
        1: function(x) {
          if (x === "*") {
            return true;
          }
          x = Number(x);
          return isFinite(x) && x > 0 && x < 9007199254740992 && Math.floor(x) === x;
        },
        // database
        2: function(x) {
          return x.length > 0;
        },
        // username
        3: function(x) {
          return x.length > 0;
        },
        // password
        4: function(x) {
          return x.length > 0;
        }
      };
      for (var idx = 0; idx < fieldNames.length; idx += 1) {
        var rule = rules[idx];
        var value = entry[fieldNames[idx]] || "";
        var res = rule(value);
        if (!res) {
          return false;
        }
      }
      return true;
    };
  }
});

// node_modules/pgpass/lib/index.js
var require_lib = __commonJS({
  "node_modules/pgpass/lib/index.js"(exports2, module2) {
    "use strict";
    var path = require("path");
    var fs = require("fs");
    var helper = require_helper();
    module2.exports = function(connInfo, cb) {
      var file = helper.getFileName();
      fs.stat(file, function(err, stat3) {
        if (err || !helper.usePgPass(stat3, file)) {
          return cb(void 0);
        }
        var st = fs.createReadStream(file);
        helper.getPassword(connInfo, st, cb);
      });
    };
    module2.exports.warnTo = helper.warnTo;
  }
});

// node_modules/pg/lib/client.js
var require_client = __commonJS({
  "node_modules/pg/lib/client.js"(exports2, module2) {
    var EventEmitter = require("events").EventEmitter;
    var utils = require_utils();
    var nodeUtils = require("util");
    var sasl = require_sasl();
    var TypeOverrides2 = require_type_overrides();
    var ConnectionParameters = require_connection_parameters();
    var Query2 = require_query();
    var defaults2 = require_defaults();
    var Connection2 = require_connection();
    var crypto2 = require_utils2();
    var activeQueryDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Client.activeQuery is deprecated and will be removed in pg@9.0"
    );
    var queryQueueDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Client.queryQueue is deprecated and will be removed in pg@9.0."
    );
    var pgPassDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "pgpass support is deprecated and will be removed in pg@9.0. You can provide an async function as the password property to the Client/Pool constructor that returns a password instead. Within this function you can call the pgpass module in your own code."
    );
    var byoPromiseDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Passing a custom Promise implementation to the Client/Pool constructor is deprecated and will be removed in pg@9.0."
    );
    var queryQueueLengthDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead."
    );
    function coerceNumberOrDefault(value, defaultValue) {
      if (typeof value === "number") {
        return Number.isFinite(value) ? value : defaultValue;
      }
      if (typeof value === "string" && value.trim() !== "") {
        const n = Number(value);
        return Number.isFinite(n) ? n : defaultValue;
      }
      return defaultValue;
    }
    var Client2 = class extends EventEmitter {
      constructor(config) {
        super();
        this.connectionParameters = new ConnectionParameters(config);
        this.user = this.connectionParameters.user;
        this.database = this.connectionParameters.database;
        this.port = this.connectionParameters.port;
        this.host = this.connectionParameters.host;
        Object.defineProperty(this, "password", {
          configurable: true,
          enumerable: false,
          writable: true,
          value: this.connectionParameters.password
        });
        this.replication = this.connectionParameters.replication;
        const c = config || {};
        if (c.Promise) {
          byoPromiseDeprecationNotice();
        }
        this._Promise = c.Promise || global.Promise;
        this._types = new TypeOverrides2(c.types);
        this._ending = false;
        this._ended = false;
        this._connecting = false;
        this._connected = false;
        this._connectionError = false;
        this._queryable = true;
        this._activeQuery = null;
        this._txStatus = null;
        this.enableChannelBinding = Boolean(c.enableChannelBinding);
        this.scramMaxIterations = coerceNumberOrDefault(c.scramMaxIterations, sasl.DEFAULT_MAX_SCRAM_ITERATIONS);
        this.connection = c.connection || new Connection2({
          stream: c.stream,
          ssl: this.connectionParameters.ssl,
          sslNegotiation: this.connectionParameters.sslnegotiation,
          keepAlive: c.keepAlive || false,
          keepAliveInitialDelayMillis: c.keepAliveInitialDelayMillis || 0,
          encoding: this.connectionParameters.client_encoding || "utf8"
        });
        this._queryQueue = [];
        this._sentQueryQueue = [];
        this.pipeline = Boolean(c.pipeline);
        this.binary = c.binary || defaults2.binary;
        this.processID = null;
        this.secretKey = null;
        this.ssl = this.connectionParameters.ssl || false;
        this.sslNegotiation = this.connectionParameters.sslnegotiation || "postgres";
        if (this.ssl && this.ssl.key) {
          Object.defineProperty(this.ssl, "key", {
            enumerable: false
          });
        }
        this._connectionTimeoutMillis = c.connectionTimeoutMillis || 0;
      }
      get activeQuery() {
        activeQueryDeprecationNotice();
        return this._activeQuery;
      }
      set activeQuery(val) {
        activeQueryDeprecationNotice();
        this._activeQuery = val;
      }
      _getActiveQuery() {
        return this._activeQuery;
      }
      _errorAllQueries(err) {
        const enqueueError = (query) => {
          process.nextTick(() => {
            query.handleError(err, this.connection);
          });
        };
        const activeQuery = this._getActiveQuery();
        if (activeQuery) {
          enqueueError(activeQuery);
          this._activeQuery = null;
        }
        this._sentQueryQueue.forEach(enqueueError);
        this._sentQueryQueue.length = 0;
        this._queryQueue.forEach(enqueueError);
        this._queryQueue.length = 0;
      }
      _connect(callback) {
        const self = this;
        const con = this.connection;
        this._connectionCallback = callback;
        if (this._connecting || this._connected) {
          const err = new Error("Client has already been connected. You cannot reuse a client.");
          process.nextTick(() => {
            callback(err);
          });
          return;
        }
        this._connecting = true;
        if (this._connectionTimeoutMillis > 0) {
          this.connectionTimeoutHandle = setTimeout(() => {
            con._ending = true;
            con.stream.destroy(new Error("timeout expired"));
          }, this._connectionTimeoutMillis);
          if (this.connectionTimeoutHandle.unref) {
            this.connectionTimeoutHandle.unref();
          }
        }
        if (this.host && this.host.indexOf("/") === 0) {
          con.connect(this.host + "/.s.PGSQL." + this.port);
        } else {
          con.connect(this.port, this.host);
        }
        con.on("connect", function() {
          if (self.ssl) {
            if (self.sslNegotiation !== "direct") {
              con.requestSsl();
            }
          } else {
            con.startup(self.getStartupConf());
          }
        });
        con.on("sslconnect", function() {
          con.startup(self.getStartupConf());
        });
        this._attachListeners(con);
        con.once("end", () => {
          const error = this._ending ? new Error("Connection terminated") : new Error("Connection terminated unexpectedly");
          clearTimeout(this.connectionTimeoutHandle);
          this._errorAllQueries(error);
          this._ended = true;
          if (!this._ending) {
            if (this._connecting && !this._connectionError) {
              if (this._connectionCallback) {
                this._connectionCallback(error);
              } else {
                this._handleErrorEvent(error);
              }
            } else if (!this._connectionError) {
              this._handleErrorEvent(error);
            }
          }
          process.nextTick(() => {
            this.emit("end");
          });
        });
      }
      connect(callback) {
        if (callback) {
          this._connect(callback);
          return;
        }
        return new this._Promise((resolve5, reject) => {
          this._connect((error) => {
            if (error) {
              reject(error);
            } else {
              resolve5(this);
            }
          });
        });
      }
      _attachListeners(con) {
        con.on("authenticationCleartextPassword", this._handleAuthCleartextPassword.bind(this));
        con.on("authenticationMD5Password", this._handleAuthMD5Password.bind(this));
        con.on("authenticationSASL", this._handleAuthSASL.bind(this));
        con.on("authenticationSASLContinue", this._handleAuthSASLContinue.bind(this));
        con.on("authenticationSASLFinal", this._handleAuthSASLFinal.bind(this));
        con.on("backendKeyData", this._handleBackendKeyData.bind(this));
        con.on("error", this._handleErrorEvent.bind(this));
        con.on("errorMessage", this._handleErrorMessage.bind(this));
        con.on("readyForQuery", this._handleReadyForQuery.bind(this));
        con.on("notice", this._handleNotice.bind(this));
        con.on("rowDescription", this._handleRowDescription.bind(this));
        con.on("dataRow", this._handleDataRow.bind(this));
        con.on("portalSuspended", this._handlePortalSuspended.bind(this));
        con.on("emptyQuery", this._handleEmptyQuery.bind(this));
        con.on("commandComplete", this._handleCommandComplete.bind(this));
        con.on("parseComplete", this._handleParseComplete.bind(this));
        con.on("copyInResponse", this._handleCopyInResponse.bind(this));
        con.on("copyData", this._handleCopyData.bind(this));
        con.on("notification", this._handleNotification.bind(this));
      }
      _getPassword(cb) {
        const con = this.connection;
        if (typeof this.password === "function") {
          this._Promise.resolve().then(() => this.password(this.connectionParameters)).then((pass) => {
            if (pass !== void 0) {
              if (typeof pass !== "string") {
                con.emit("error", new TypeError("Password must be a string"));
                return;
              }
              this.connectionParameters.password = this.password = pass;
            } else {
              this.connectionParameters.password = this.password = null;
            }
            cb();
          }).catch((err) => {
            con.emit("error", err);
          });
        } else if (this.password !== null) {
          cb();
        } else {
          try {
            const pgPass = require_lib();
            pgPass(this.connectionParameters, (pass) => {
              if (void 0 !== pass) {
                pgPassDeprecationNotice();
                this.connectionParameters.password = this.password = pass;
              }
              cb();
            });
          } catch (e) {
            this.emit("error", e);
          }
        }
      }
      _handleAuthCleartextPassword(msg) {
        this._getPassword(() => {
          this.connection.password(this.password);
        });
      }
      _handleAuthMD5Password(msg) {
        this._getPassword(async () => {
          try {
            const hashedPassword = await crypto2.postgresMd5PasswordHash(this.user, this.password, msg.salt);
            this.connection.password(hashedPassword);
          } catch (e) {
            this.emit("error", e);
          }
        });
      }
      _handleAuthSASL(msg) {
        this._getPassword(() => {
          try {
            this.saslSession = sasl.startSession(
              msg.mechanisms,
              this.enableChannelBinding && this.connection.stream,
              this.scramMaxIterations
            );
            this.connection.sendSASLInitialResponseMessage(this.saslSession.mechanism, this.saslSession.response);
          } catch (err) {
            this.connection.emit("error", err);
          }
        });
      }
      async _handleAuthSASLContinue(msg) {
        try {
          await sasl.continueSession(
            this.saslSession,
            this.password,
            msg.data,
            this.enableChannelBinding && this.connection.stream
          );
          this.connection.sendSCRAMClientFinalMessage(this.saslSession.response);
        } catch (err) {
          this.connection.emit("error", err);
        }
      }
      _handleAuthSASLFinal(msg) {
        try {
          sasl.finalizeSession(this.saslSession, msg.data);
          this.saslSession = null;
        } catch (err) {
          this.connection.emit("error", err);
        }
      }
      _handleBackendKeyData(msg) {
        this.processID = msg.processID;
        this.secretKey = msg.secretKey;
      }
      _handleReadyForQuery(msg) {
        if (this._connecting) {
          this._connecting = false;
          this._connected = true;
          clearTimeout(this.connectionTimeoutHandle);
          if (this._connectionCallback) {
            this._connectionCallback(null, this);
            this._connectionCallback = null;
          }
          this.emit("connect");
        }
        const activeQuery = this._getActiveQuery();
        this._activeQuery = null;
        this._txStatus = msg?.status ?? null;
        this.readyForQuery = true;
        if (activeQuery) {
          activeQuery.handleReadyForQuery(this.connection);
        }
        this._pulseQueryQueue();
      }
      // if we receive an error event or error message
      // during the connection process we handle it here
      _handleErrorWhileConnecting(err) {
        if (this._connectionError) {
          return;
        }
        this._connectionError = true;
        clearTimeout(this.connectionTimeoutHandle);
        if (this._connectionCallback) {
          return this._connectionCallback(err);
        }
        this.emit("error", err);
      }
      // if we're connected and we receive an error event from the connection
      // this means the socket is dead - do a hard abort of all queries and emit
      // the socket error on the client as well
      _handleErrorEvent(err) {
        if (this._connecting) {
          return this._handleErrorWhileConnecting(err);
        }
        this._queryable = false;
        this._errorAllQueries(err);
        this.emit("error", err);
      }
      // handle error messages from the postgres backend
      _handleErrorMessage(msg) {
        if (this._connecting) {
          return this._handleErrorWhileConnecting(msg);
        }
        const activeQuery = this._getActiveQuery();
        if (!activeQuery) {
          this._handleErrorEvent(msg);
          return;
        }
        this._activeQuery = null;
        if (activeQuery.name) {
          delete this.connection.submittedNamedStatements[activeQuery.name];
        }
        activeQuery.handleError(msg, this.connection);
      }
      _handleRowDescription(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected rowDescription message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleRowDescription(msg);
      }
      _handleDataRow(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected dataRow message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleDataRow(msg);
      }
      _handlePortalSuspended(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected portalSuspended message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handlePortalSuspended(this.connection);
      }
      _handleEmptyQuery(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected emptyQuery message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleEmptyQuery(this.connection);
      }
      _handleCommandComplete(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected commandComplete message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleCommandComplete(msg, this.connection);
      }
      _handleParseComplete() {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected parseComplete message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        if (activeQuery.name) {
          this.connection.parsedStatements[activeQuery.name] = activeQuery.text;
          delete this.connection.submittedNamedStatements[activeQuery.name];
        }
      }
      _handleCopyInResponse(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected copyInResponse message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleCopyInResponse(this.connection);
      }
      _handleCopyData(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected copyData message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleCopyData(msg, this.connection);
      }
      _handleNotification(msg) {
        this.emit("notification", msg);
      }
      _handleNotice(msg) {
        this.emit("notice", msg);
      }
      getStartupConf() {
        const params = this.connectionParameters;
        const data = {
          user: params.user,
          database: params.database
        };
        const appName = params.application_name || params.fallback_application_name;
        if (appName) {
          data.application_name = appName;
        }
        if (params.replication) {
          data.replication = "" + params.replication;
        }
        if (params.statement_timeout) {
          data.statement_timeout = String(parseInt(params.statement_timeout, 10));
        }
        if (params.lock_timeout) {
          data.lock_timeout = String(parseInt(params.lock_timeout, 10));
        }
        if (params.idle_in_transaction_session_timeout) {
          data.idle_in_transaction_session_timeout = String(parseInt(params.idle_in_transaction_session_timeout, 10));
        }
        if (params.options) {
          data.options = params.options;
        }
        return data;
      }
      cancel(client, query) {
        if (client.activeQuery === query) {
          const con = this.connection;
          if (this.host && this.host.indexOf("/") === 0) {
            con.connect(this.host + "/.s.PGSQL." + this.port);
          } else {
            con.connect(this.port, this.host);
          }
          con.on("connect", function() {
            con.cancel(client.processID, client.secretKey);
          });
        } else if (client._queryQueue.indexOf(query) !== -1) {
          client._queryQueue.splice(client._queryQueue.indexOf(query), 1);
        } else if (client._sentQueryQueue.indexOf(query) !== -1) {
          query.callback = () => {
          };
        }
      }
      setTypeParser(oid, format, parseFn) {
        return this._types.setTypeParser(oid, format, parseFn);
      }
      getTypeParser(oid, format) {
        return this._types.getTypeParser(oid, format);
      }
      // escapeIdentifier and escapeLiteral moved to utility functions & exported
      // on PG
      // re-exported here for backwards compatibility
      escapeIdentifier(str) {
        return utils.escapeIdentifier(str);
      }
      escapeLiteral(str) {
        return utils.escapeLiteral(str);
      }
      _pulseQueryQueue() {
        if (this.pipeline) {
          this._pulsePipelinedQueryQueue();
          return;
        }
        if (this.readyForQuery === true) {
          this._activeQuery = this._queryQueue.shift();
          const activeQuery = this._getActiveQuery();
          if (activeQuery) {
            this.readyForQuery = false;
            this.hasExecuted = true;
            const queryError = activeQuery.submit(this.connection);
            if (queryError) {
              process.nextTick(() => {
                activeQuery.handleError(queryError, this.connection);
                this.readyForQuery = true;
                this._pulseQueryQueue();
              });
            }
          } else if (this.hasExecuted) {
            this._activeQuery = null;
            this.emit("drain");
          }
        }
      }
      _pulsePipelinedQueryQueue() {
        if (!this._connected || !this._queryable) {
          return;
        }
        while (this._queryQueue.length > 0) {
          const query = this._queryQueue.shift();
          this.hasExecuted = true;
          const queryError = query.submit(this.connection);
          if (queryError) {
            process.nextTick(() => {
              query.handleError(queryError, this.connection);
            });
            continue;
          }
          this._sentQueryQueue.push(query);
        }
        if (this.readyForQuery && !this._activeQuery && this._sentQueryQueue.length > 0) {
          this._activeQuery = this._sentQueryQueue.shift();
          this.readyForQuery = false;
        }
        if (!this._activeQuery && this._sentQueryQueue.length === 0 && this._queryQueue.length === 0 && this.hasExecuted) {
          this.emit("drain");
        }
      }
      query(config, values, callback) {
        let query;
        let result;
        if (config == null) {
          throw new TypeError("Client was passed a null or undefined query");
        }
        if (typeof config.submit === "function") {
          result = query = config;
          if (!query.callback) {
            if (typeof values === "function") {
              query.callback = values;
            } else if (callback) {
              query.callback = callback;
            }
          }
        } else {
          query = new Query2(config, values, callback);
          if (!query.callback) {
            result = new this._Promise((resolve5, reject) => {
              query.callback = (err, res) => err ? reject(err) : resolve5(res);
            }).catch((err) => {
              Error.captureStackTrace(err);
              throw err;
            });
          } else if (typeof query.callback !== "function") {
            throw new TypeError("callback is not a function");
          }
        }
        const readTimeout = config.query_timeout || this.connectionParameters.query_timeout;
        if (readTimeout) {
          const queryCallback = query.callback || (() => {
          });
          const readTimeoutTimer = setTimeout(() => {
            const error = new Error("Query read timeout");
            process.nextTick(() => {
              query.handleError(error, this.connection);
            });
            queryCallback(error);
            query.callback = () => {
            };
            const index = this._queryQueue.indexOf(query);
            if (index > -1) {
              this._queryQueue.splice(index, 1);
            } else if (this.pipeline) {
              this.connection.stream.destroy();
              return;
            }
            this._pulseQueryQueue();
          }, readTimeout);
          query.callback = (err, res) => {
            clearTimeout(readTimeoutTimer);
            queryCallback(err, res);
          };
        }
        if (this.binary && !query.binary) {
          query.binary = true;
        }
        if (query._result && !query._result._types) {
          query._result._types = this._types;
        }
        if (this.pipeline) {
          const portalQuery = typeof config.submit === "function" && !(query instanceof Query2) ? "Custom query classes such as pg-cursor and pg-query-stream are" : query.rows ? "The `rows` option is" : null;
          if (portalQuery) {
            process.nextTick(() => {
              query.handleError(new Error(`${portalQuery} not supported in pipeline mode`), this.connection);
            });
            return result;
          }
        }
        if (!this._queryable) {
          process.nextTick(() => {
            query.handleError(new Error("Client has encountered a connection error and is not queryable"), this.connection);
          });
          return result;
        }
        if (this._ending) {
          process.nextTick(() => {
            query.handleError(new Error("Client was closed and is not queryable"), this.connection);
          });
          return result;
        }
        if (this._queryQueue.length > 0 && !this.pipeline) {
          queryQueueLengthDeprecationNotice();
        }
        this._queryQueue.push(query);
        this._pulseQueryQueue();
        return result;
      }
      ref() {
        this.connection.ref();
      }
      unref() {
        this.connection.unref();
      }
      getTransactionStatus() {
        return this._txStatus;
      }
      end(cb) {
        this._ending = true;
        if (!this.connection._connecting || this._ended) {
          if (cb) {
            cb();
            return;
          } else {
            return this._Promise.resolve();
          }
        }
        if (!this._queryable) {
          this.connection.stream.destroy();
        } else if (this.pipeline && (this._getActiveQuery() || this._sentQueryQueue.length > 0 || this._queryQueue.length > 0)) {
          this.once("drain", () => this.connection.end());
        } else if (this._getActiveQuery()) {
          this.connection.stream.destroy();
        } else {
          this.connection.end();
        }
        if (cb) {
          this.connection.once("end", cb);
        } else {
          return new this._Promise((resolve5) => {
            this.connection.once("end", resolve5);
          });
        }
      }
      get queryQueue() {
        queryQueueDeprecationNotice();
        return this._queryQueue;
      }
    };
    Client2.Query = Query2;
    module2.exports = Client2;
  }
});

// node_modules/pg-pool/index.js
var require_pg_pool = __commonJS({
  "node_modules/pg-pool/index.js"(exports2, module2) {
    "use strict";
    var EventEmitter = require("events").EventEmitter;
    var NOOP = function() {
    };
    var removeWhere = (list2, predicate) => {
      const i = list2.findIndex(predicate);
      return i === -1 ? void 0 : list2.splice(i, 1)[0];
    };
    var IdleItem = class {
      constructor(client, idleListener, timeoutId) {
        this.client = client;
        this.idleListener = idleListener;
        this.timeoutId = timeoutId;
      }
    };
    var PendingItem = class {
      constructor(callback) {
        this.callback = callback;
      }
    };
    function throwOnDoubleRelease() {
      throw new Error("Release called on client which has already been released to the pool.");
    }
    function promisify(Promise2, callback) {
      if (callback) {
        return { callback, result: void 0 };
      }
      let rej;
      let res;
      const cb = function(err, client) {
        err ? rej(err) : res(client);
      };
      const result = new Promise2(function(resolve5, reject) {
        res = resolve5;
        rej = reject;
      }).catch((err) => {
        Error.captureStackTrace(err);
        throw err;
      });
      return { callback: cb, result };
    }
    function makeIdleListener(pool, client) {
      return function idleListener(err) {
        err.client = client;
        client.removeListener("error", idleListener);
        client.on("error", () => {
          pool.log("additional client error after disconnection due to error", err);
        });
        pool._remove(client);
        pool.emit("error", err, client);
      };
    }
    var Pool2 = class extends EventEmitter {
      constructor(options, Client2) {
        super();
        this.options = Object.assign({}, options);
        if (options != null && "password" in options) {
          Object.defineProperty(this.options, "password", {
            configurable: true,
            enumerable: false,
            writable: true,
            value: options.password
          });
        }
        if (options != null && options.ssl && options.ssl.key) {
          Object.defineProperty(this.options.ssl, "key", {
            enumerable: false
          });
        }
        this.options.max = this.options.max || this.options.poolSize || 10;
        this.options.min = this.options.min || 0;
        this.options.maxUses = this.options.maxUses || Infinity;
        this.options.allowExitOnIdle = this.options.allowExitOnIdle || false;
        this.options.maxLifetimeSeconds = this.options.maxLifetimeSeconds || 0;
        this.log = this.options.log || function() {
        };
        this.Client = this.options.Client || Client2 || require_lib2().Client;
        this.Promise = this.options.Promise || global.Promise;
        if (typeof this.options.idleTimeoutMillis === "undefined") {
          this.options.idleTimeoutMillis = 1e4;
        }
        this._clients = [];
        this._idle = [];
        this._expired = /* @__PURE__ */ new WeakSet();
        this._pendingQueue = [];
        this._endCallback = void 0;
        this.ending = false;
        this.ended = false;
      }
      _promiseTry(f) {
        const Promise2 = this.Promise;
        if (typeof Promise2.try === "function") {
          return Promise2.try(f);
        }
        return new Promise2((resolve5) => resolve5(f()));
      }
      _isFull() {
        return this._clients.length >= this.options.max;
      }
      _isAboveMin() {
        return this._clients.length > this.options.min;
      }
      _pulseQueue() {
        this.log("pulse queue");
        if (this.ended) {
          this.log("pulse queue ended");
          return;
        }
        if (this.ending) {
          this.log("pulse queue on ending");
          if (this._idle.length) {
            this._idle.slice().map((item) => {
              this._remove(item.client);
            });
          }
          if (!this._clients.length) {
            this.ended = true;
            this._endCallback();
          }
          return;
        }
        if (!this._pendingQueue.length) {
          this.log("no queued requests");
          return;
        }
        if (!this._idle.length && this._isFull()) {
          return;
        }
        const pendingItem = this._pendingQueue.shift();
        if (this._idle.length) {
          const idleItem = this._idle.pop();
          clearTimeout(idleItem.timeoutId);
          const client = idleItem.client;
          client.ref && client.ref();
          const idleListener = idleItem.idleListener;
          return this._acquireClient(client, pendingItem, idleListener, false);
        }
        if (!this._isFull()) {
          return this.newClient(pendingItem);
        }
        throw new Error("unexpected condition");
      }
      _remove(client, callback) {
        const removed = removeWhere(this._idle, (item) => item.client === client);
        if (removed !== void 0) {
          clearTimeout(removed.timeoutId);
        }
        this._clients = this._clients.filter((c) => c !== client);
        const context = this;
        client.end(() => {
          context.emit("remove", client);
          if (typeof callback === "function") {
            callback();
          }
        });
      }
      connect(cb) {
        if (this.ending) {
          const err = new Error("Cannot use a pool after calling end on the pool");
          return cb ? cb(err) : this.Promise.reject(err);
        }
        const response = promisify(this.Promise, cb);
        const result = response.result;
        if (this._isFull() || this._idle.length) {
          if (this._idle.length) {
            process.nextTick(() => this._pulseQueue());
          }
          if (!this.options.connectionTimeoutMillis) {
            this._pendingQueue.push(new PendingItem(response.callback));
            return result;
          }
          const queueCallback = (err, res, done) => {
            clearTimeout(tid);
            response.callback(err, res, done);
          };
          const pendingItem = new PendingItem(queueCallback);
          const tid = setTimeout(() => {
            removeWhere(this._pendingQueue, (i) => i.callback === queueCallback);
            pendingItem.timedOut = true;
            response.callback(new Error("timeout exceeded when trying to connect"));
          }, this.options.connectionTimeoutMillis);
          if (tid.unref) {
            tid.unref();
          }
          this._pendingQueue.push(pendingItem);
          return result;
        }
        this.newClient(new PendingItem(response.callback));
        return result;
      }
      newClient(pendingItem) {
        const client = new this.Client(this.options);
        this._clients.push(client);
        const idleListener = makeIdleListener(this, client);
        this.log("checking client timeout");
        let tid;
        let timeoutHit = false;
        if (this.options.connectionTimeoutMillis) {
          tid = setTimeout(() => {
            if (client.connection) {
              this.log("ending client due to timeout");
              timeoutHit = true;
              client.connection.stream.destroy();
            } else if (!client.isConnected()) {
              this.log("ending client due to timeout");
              timeoutHit = true;
              client.end();
            }
          }, this.options.connectionTimeoutMillis);
        }
        this.log("connecting new client");
        client.connect((err) => {
          if (tid) {
            clearTimeout(tid);
          }
          client.on("error", idleListener);
          if (err) {
            this.log("client failed to connect", err);
            this._clients = this._clients.filter((c) => c !== client);
            if (timeoutHit) {
              err = new Error("Connection terminated due to connection timeout", { cause: err });
            }
            this._pulseQueue();
            if (!pendingItem.timedOut) {
              pendingItem.callback(err, void 0, NOOP);
            }
          } else {
            this.log("new client connected");
            if (this.options.onConnect) {
              this._promiseTry(() => this.options.onConnect(client)).then(
                () => {
                  this._afterConnect(client, pendingItem, idleListener);
                },
                (hookErr) => {
                  this._clients = this._clients.filter((c) => c !== client);
                  client.end(() => {
                    this._pulseQueue();
                    if (!pendingItem.timedOut) {
                      pendingItem.callback(hookErr, void 0, NOOP);
                    }
                  });
                }
              );
              return;
            }
            return this._afterConnect(client, pendingItem, idleListener);
          }
        });
      }
      _afterConnect(client, pendingItem, idleListener) {
        if (this.options.maxLifetimeSeconds !== 0) {
          const maxLifetimeTimeout = setTimeout(() => {
            this.log("ending client due to expired lifetime");
            this._expired.add(client);
            const idleIndex = this._idle.findIndex((idleItem) => idleItem.client === client);
            if (idleIndex !== -1) {
              this._acquireClient(
                client,
                new PendingItem((err, client2, clientRelease) => clientRelease()),
                idleListener,
                false
              );
            }
          }, this.options.maxLifetimeSeconds * 1e3);
          maxLifetimeTimeout.unref();
          client.once("end", () => clearTimeout(maxLifetimeTimeout));
        }
        return this._acquireClient(client, pendingItem, idleListener, true);
      }
      // acquire a client for a pending work item
      _acquireClient(client, pendingItem, idleListener, isNew) {
        if (isNew) {
          this.emit("connect", client);
        }
        this.emit("acquire", client);
        client.release = this._releaseOnce(client, idleListener);
        client.removeListener("error", idleListener);
        if (!pendingItem.timedOut) {
          if (isNew && this.options.verify) {
            this.options.verify(client, (err) => {
              if (err) {
                client.release(err);
                return pendingItem.callback(err, void 0, NOOP);
              }
              pendingItem.callback(void 0, client, client.release);
            });
          } else {
            pendingItem.callback(void 0, client, client.release);
          }
        } else {
          if (isNew && this.options.verify) {
            this.options.verify(client, client.release);
          } else {
            client.release();
          }
        }
      }
      // returns a function that wraps _release and throws if called more than once
      _releaseOnce(client, idleListener) {
        let released = false;
        return (err) => {
          if (released) {
            throwOnDoubleRelease();
          }
          released = true;
          this._release(client, idleListener, err);
        };
      }
      // release a client back to the poll, include an error
      // to remove it from the pool
      _release(client, idleListener, err) {
        client.on("error", idleListener);
        client._poolUseCount = (client._poolUseCount || 0) + 1;
        this.emit("release", err, client);
        if (err || this.ending || !client._queryable || client._ending || client._poolUseCount >= this.options.maxUses) {
          if (client._poolUseCount >= this.options.maxUses) {
            this.log("remove expended client");
          }
          return this._remove(client, this._pulseQueue.bind(this));
        }
        const isExpired = this._expired.has(client);
        if (isExpired) {
          this.log("remove expired client");
          this._expired.delete(client);
          return this._remove(client, this._pulseQueue.bind(this));
        }
        let tid;
        if (this.options.idleTimeoutMillis && this._isAboveMin()) {
          tid = setTimeout(() => {
            if (this._isAboveMin()) {
              this.log("remove idle client");
              this._remove(client, this._pulseQueue.bind(this));
            }
          }, this.options.idleTimeoutMillis);
          if (this.options.allowExitOnIdle) {
            tid.unref();
          }
        }
        if (this.options.allowExitOnIdle) {
          client.unref();
        }
        this._idle.push(new IdleItem(client, idleListener, tid));
        this._pulseQueue();
      }
      query(text, values, cb) {
        if (typeof text === "function") {
          const response2 = promisify(this.Promise, text);
          setImmediate(function() {
            return response2.callback(new Error("Passing a function as the first parameter to pool.query is not supported"));
          });
          return response2.result;
        }
        if (typeof values === "function") {
          cb = values;
          values = void 0;
        }
        const response = promisify(this.Promise, cb);
        cb = response.callback;
        this.connect((err, client) => {
          if (err) {
            return cb(err);
          }
          let clientReleased = false;
          const onError = (err2) => {
            if (clientReleased) {
              return;
            }
            clientReleased = true;
            client.release(err2);
            cb(err2);
          };
          client.once("error", onError);
          this.log("dispatching query");
          try {
            client.query(text, values, (err2, res) => {
              this.log("query dispatched");
              client.removeListener("error", onError);
              if (clientReleased) {
                return;
              }
              clientReleased = true;
              client.release(err2);
              if (err2) {
                return cb(err2);
              }
              return cb(void 0, res);
            });
          } catch (err2) {
            client.release(err2);
            return cb(err2);
          }
        });
        return response.result;
      }
      end(cb) {
        this.log("ending");
        if (this.ending) {
          const err = new Error("Called end on pool more than once");
          return cb ? cb(err) : this.Promise.reject(err);
        }
        this.ending = true;
        const promised = promisify(this.Promise, cb);
        this._endCallback = promised.callback;
        this._pulseQueue();
        return promised.result;
      }
      get waitingCount() {
        return this._pendingQueue.length;
      }
      get idleCount() {
        return this._idle.length;
      }
      get expiredCount() {
        return this._clients.reduce((acc, client) => acc + (this._expired.has(client) ? 1 : 0), 0);
      }
      get totalCount() {
        return this._clients.length;
      }
    };
    module2.exports = Pool2;
  }
});

// node_modules/pg/lib/native/query.js
var require_query2 = __commonJS({
  "node_modules/pg/lib/native/query.js"(exports2, module2) {
    "use strict";
    var EventEmitter = require("events").EventEmitter;
    var util = require("util");
    var utils = require_utils();
    var NativeQuery = module2.exports = function(config, values, callback) {
      EventEmitter.call(this);
      config = utils.normalizeQueryConfig(config, values, callback);
      this.text = config.text;
      this.values = config.values;
      this.name = config.name;
      this.queryMode = config.queryMode;
      this.callback = config.callback;
      this.state = "new";
      this._arrayMode = config.rowMode === "array";
      this._emitRowEvents = false;
      this.on(
        "newListener",
        function(event) {
          if (event === "row") this._emitRowEvents = true;
        }.bind(this)
      );
    };
    util.inherits(NativeQuery, EventEmitter);
    var errorFieldMap = {
      sqlState: "code",
      statementPosition: "position",
      messagePrimary: "message",
      messageDetail: "detail",
      messageHint: "hint",
      context: "where",
      schemaName: "schema",
      tableName: "table",
      columnName: "column",
      dataTypeName: "dataType",
      constraintName: "constraint",
      sourceFile: "file",
      sourceLine: "line",
      sourceFunction: "routine"
    };
    NativeQuery.prototype.handleError = function(err) {
      const fields = this.native && this.native.pq.resultErrorFields();
      if (fields) {
        for (const key in fields) {
          const normalizedFieldName = errorFieldMap[key] || key;
          err[normalizedFieldName] = fields[key];
        }
      }
      if (this.callback) {
        this.callback(err);
      } else {
        this.emit("error", err);
      }
      this.state = "error";
    };
    NativeQuery.prototype.then = function(onSuccess, onFailure) {
      return this._getPromise().then(onSuccess, onFailure);
    };
    NativeQuery.prototype.catch = function(callback) {
      return this._getPromise().catch(callback);
    };
    NativeQuery.prototype._getPromise = function() {
      if (this._promise) return this._promise;
      this._promise = new Promise(
        function(resolve5, reject) {
          this._once("end", resolve5);
          this._once("error", reject);
        }.bind(this)
      );
      return this._promise;
    };
    NativeQuery.prototype.submit = function(client) {
      this.state = "running";
      const self = this;
      this.native = client.native;
      client.native.arrayMode = this._arrayMode;
      let after = function(err, rows, results) {
        client.native.arrayMode = false;
        setImmediate(function() {
          self.emit("_done");
        });
        if (err) {
          return self.handleError(err);
        }
        if (self._emitRowEvents) {
          if (results.length > 1) {
            rows.forEach((rowOfRows, i) => {
              rowOfRows.forEach((row) => {
                self.emit("row", row, results[i]);
              });
            });
          } else {
            rows.forEach(function(row) {
              self.emit("row", row, results);
            });
          }
        }
        self.state = "end";
        self.emit("end", results);
        if (self.callback) {
          self.callback(null, results);
        }
      };
      if (process.domain) {
        after = process.domain.bind(after);
      }
      if (this.name) {
        if (this.name.length > 63) {
          console.error("Warning! Postgres only supports 63 characters for query names.");
          console.error("You supplied %s (%s)", this.name, this.name.length);
          console.error("This can cause conflicts and silent errors executing queries");
        }
        const values = (this.values || []).map(utils.prepareValue);
        if (client.namedQueries[this.name] !== void 0) {
          if (this.text && client.namedQueries[this.name] !== this.text) {
            const err = new Error(`Prepared statements must be unique - '${this.name}' was used for a different statement`);
            return after(err);
          }
          return client.native.execute(this.name, values, after);
        }
        return client.native.prepare(this.name, this.text, values.length, function(err) {
          if (err) return after(err);
          client.namedQueries[self.name] = self.text;
          return self.native.execute(self.name, values, after);
        });
      } else if (this.values) {
        if (!Array.isArray(this.values)) {
          const err = new Error("Query values must be an array");
          return after(err);
        }
        const vals = this.values.map(utils.prepareValue);
        client.native.query(this.text, vals, after);
      } else if (this.queryMode === "extended") {
        client.native.query(this.text, [], after);
      } else {
        client.native.query(this.text, after);
      }
    };
  }
});

// node_modules/pg/lib/native/client.js
var require_client2 = __commonJS({
  "node_modules/pg/lib/native/client.js"(exports2, module2) {
    var nodeUtils = require("util");
    var Native;
    try {
      Native = require("pg-native");
    } catch (e) {
      throw e;
    }
    var TypeOverrides2 = require_type_overrides();
    var EventEmitter = require("events").EventEmitter;
    var util = require("util");
    var ConnectionParameters = require_connection_parameters();
    var NativeQuery = require_query2();
    var queryQueueLengthDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead."
    );
    var Client2 = module2.exports = function(config) {
      EventEmitter.call(this);
      config = config || {};
      this._Promise = config.Promise || global.Promise;
      this._types = new TypeOverrides2(config.types);
      this.native = new Native({
        types: this._types
      });
      this._queryQueue = [];
      this._ending = false;
      this._connecting = false;
      this._connected = false;
      this._queryable = true;
      this.pipeline = Boolean(config.pipeline);
      this._pipelineInFlight = false;
      const cp = this.connectionParameters = new ConnectionParameters(config);
      if (config.nativeConnectionString) cp.nativeConnectionString = config.nativeConnectionString;
      this.user = cp.user;
      Object.defineProperty(this, "password", {
        configurable: true,
        enumerable: false,
        writable: true,
        value: cp.password
      });
      this.database = cp.database;
      this.host = cp.host;
      this.port = cp.port;
      this.namedQueries = {};
    };
    Client2.Query = NativeQuery;
    util.inherits(Client2, EventEmitter);
    Client2.prototype._errorAllQueries = function(err) {
      const enqueueError = (query) => {
        process.nextTick(() => {
          query.native = this.native;
          query.handleError(err);
        });
      };
      if (this._hasActiveQuery()) {
        enqueueError(this._activeQuery);
        this._activeQuery = null;
      }
      this._queryQueue.forEach(enqueueError);
      this._queryQueue.length = 0;
    };
    Client2.prototype._connect = function(cb) {
      const self = this;
      if (this._connecting) {
        process.nextTick(() => cb(new Error("Client has already been connected. You cannot reuse a client.")));
        return;
      }
      this._connecting = true;
      this.connectionParameters.getLibpqConnectionString(function(err, conString) {
        if (self.connectionParameters.nativeConnectionString) conString = self.connectionParameters.nativeConnectionString;
        if (err) return cb(err);
        self.native.connect(conString, function(err2) {
          if (err2) {
            self.native.end();
            return cb(err2);
          }
          self._connected = true;
          self.native.on("error", function(err3) {
            self._queryable = false;
            self._errorAllQueries(err3);
            self.emit("error", err3);
          });
          self.native.on("notification", function(msg) {
            self.emit("notification", {
              channel: msg.relname,
              payload: msg.extra
            });
          });
          self.emit("connect");
          self._pulseQueryQueue(true);
          cb(null, this);
        });
      });
    };
    Client2.prototype.connect = function(callback) {
      if (callback) {
        this._connect(callback);
        return;
      }
      return new this._Promise((resolve5, reject) => {
        this._connect((error) => {
          if (error) {
            reject(error);
          } else {
            resolve5(this);
          }
        });
      });
    };
    Client2.prototype.query = function(config, values, callback) {
      let query;
      let result;
      let readTimeout;
      let readTimeoutTimer;
      let queryCallback;
      if (config === null || config === void 0) {
        throw new TypeError("Client was passed a null or undefined query");
      } else if (typeof config.submit === "function") {
        readTimeout = config.query_timeout || this.connectionParameters.query_timeout;
        result = query = config;
        if (typeof values === "function") {
          config.callback = values;
        }
      } else {
        readTimeout = config.query_timeout || this.connectionParameters.query_timeout;
        query = new NativeQuery(config, values, callback);
        if (!query.callback) {
          let resolveOut, rejectOut;
          result = new this._Promise((resolve5, reject) => {
            resolveOut = resolve5;
            rejectOut = reject;
          }).catch((err) => {
            Error.captureStackTrace(err);
            throw err;
          });
          query.callback = (err, res) => err ? rejectOut(err) : resolveOut(res);
        }
      }
      if (readTimeout) {
        queryCallback = query.callback || (() => {
        });
        readTimeoutTimer = setTimeout(() => {
          const error = new Error("Query read timeout");
          process.nextTick(() => {
            query.handleError(error, this.connection);
          });
          queryCallback(error);
          query.callback = () => {
          };
          const index = this._queryQueue.indexOf(query);
          if (index > -1) {
            this._queryQueue.splice(index, 1);
          }
          this._pulseQueryQueue();
        }, readTimeout);
        query.callback = (err, res) => {
          clearTimeout(readTimeoutTimer);
          queryCallback(err, res);
        };
      }
      if (!this._queryable) {
        query.native = this.native;
        process.nextTick(() => {
          query.handleError(new Error("Client has encountered a connection error and is not queryable"));
        });
        return result;
      }
      if (this._ending) {
        query.native = this.native;
        process.nextTick(() => {
          query.handleError(new Error("Client was closed and is not queryable"));
        });
        return result;
      }
      if (this._queryQueue.length > 0 && !this.pipeline) {
        queryQueueLengthDeprecationNotice();
      }
      this._queryQueue.push(query);
      this._pulseQueryQueue();
      return result;
    };
    Client2.prototype.end = function(cb) {
      const self = this;
      this._ending = true;
      if (this._connecting && !this._connected) {
        this.once("connect", () => {
          this.end(() => {
          });
        });
      }
      let result;
      if (!cb) {
        result = new this._Promise(function(resolve5, reject) {
          cb = (err) => err ? reject(err) : resolve5();
        });
      }
      const doEnd = function() {
        self.native.end(function() {
          self._connected = false;
          self._errorAllQueries(new Error("Connection terminated"));
          process.nextTick(() => {
            self.emit("end");
            if (cb) cb();
          });
        });
      };
      if (this.pipeline && (this._pipelineInFlight || this._queryQueue.length > 0)) {
        this.once("drain", doEnd);
      } else {
        doEnd();
      }
      return result;
    };
    Client2.prototype._hasActiveQuery = function() {
      return this._activeQuery && this._activeQuery.state !== "error" && this._activeQuery.state !== "end";
    };
    Client2.prototype._pulseQueryQueue = function(initialConnection) {
      if (!this._connected) {
        return;
      }
      if (this.pipeline && !initialConnection) {
        return this._pulsePipelinedQueryQueue();
      }
      if (this._hasActiveQuery()) {
        return;
      }
      const query = this._queryQueue.shift();
      if (!query) {
        if (!initialConnection) {
          this.emit("drain");
        }
        return;
      }
      this._activeQuery = query;
      query.submit(this);
      const self = this;
      query.once("_done", function() {
        self._pulseQueryQueue();
      });
    };
    Client2.prototype._pulsePipelinedQueryQueue = function() {
      if (!this._connected || this._pipelineInFlight) {
        return;
      }
      if (this._queryQueue.length === 0) {
        if (this.hasExecuted) {
          this.emit("drain");
        }
        return;
      }
      this._pipelineInFlight = true;
      const self = this;
      const queries = [];
      const nativeQueries = [];
      const utils = require_utils();
      while (this._queryQueue.length > 0) {
        const query = this._queryQueue.shift();
        this.hasExecuted = true;
        nativeQueries.push(query);
        const values = query.values ? query.values.map(utils.prepareValue) : null;
        const pipelineEntry = { text: query.text, name: query.name, arrayMode: query._arrayMode };
        if (values) {
          pipelineEntry.values = values;
        }
        if (query.name && this.namedQueries[query.name]) {
          pipelineEntry._alreadyPrepared = true;
        }
        queries.push(pipelineEntry);
      }
      this.native.pipeline(queries, function(err, results) {
        self._pipelineInFlight = false;
        if (err) {
          self._connected = false;
          self._queryable = false;
          for (let i = 0; i < nativeQueries.length; i++) {
            const q = nativeQueries[i];
            q.native = self.native;
            q.handleError(err);
          }
          self._errorAllQueries(err);
          self.emit("error", err);
          self.emit("end");
          return;
        }
        for (let i = 0; i < nativeQueries.length; i++) {
          const q = nativeQueries[i];
          const r = results[i];
          q.native = self.native;
          if (r.err) {
            q.handleError(r.err);
          } else {
            if (q.name) {
              self.namedQueries[q.name] = q.text;
            }
            q.state = "end";
            q.emit("end", r.result);
            if (q.callback) {
              q.callback(null, r.result);
            }
          }
          setImmediate(function() {
            q.emit("_done");
          });
        }
        self._pulsePipelinedQueryQueue();
      });
    };
    Client2.prototype.cancel = function(query) {
      if (this._activeQuery === query) {
        this.native.cancel(function() {
        });
      } else if (this._queryQueue.indexOf(query) !== -1) {
        this._queryQueue.splice(this._queryQueue.indexOf(query), 1);
      }
    };
    Client2.prototype.ref = function() {
    };
    Client2.prototype.unref = function() {
    };
    Client2.prototype.setTypeParser = function(oid, format, parseFn) {
      return this._types.setTypeParser(oid, format, parseFn);
    };
    Client2.prototype.getTypeParser = function(oid, format) {
      return this._types.getTypeParser(oid, format);
    };
    Client2.prototype.isConnected = function() {
      return this._connected;
    };
    Client2.prototype.getTransactionStatus = function() {
      return this.native.getTransactionStatus();
    };
  }
});

// node_modules/pg/lib/native/index.js
var require_native = __commonJS({
  "node_modules/pg/lib/native/index.js"(exports2, module2) {
    "use strict";
    module2.exports = require_client2();
  }
});

// node_modules/pg/lib/index.js
var require_lib2 = __commonJS({
  "node_modules/pg/lib/index.js"(exports2, module2) {
    "use strict";
    var Client2 = require_client();
    var defaults2 = require_defaults();
    var Connection2 = require_connection();
    var Result2 = require_result();
    var utils = require_utils();
    var Pool2 = require_pg_pool();
    var TypeOverrides2 = require_type_overrides();
    var { DatabaseError: DatabaseError2 } = require_dist();
    var { escapeIdentifier: escapeIdentifier2, escapeLiteral: escapeLiteral2 } = require_utils();
    var poolFactory = (Client3) => {
      return class BoundPool extends Pool2 {
        constructor(options) {
          super(options, Client3);
        }
      };
    };
    var PG = function(clientConstructor2) {
      this.defaults = defaults2;
      this.Client = clientConstructor2;
      this.Query = this.Client.Query;
      this.Pool = poolFactory(this.Client);
      this._pools = [];
      this.Connection = Connection2;
      this.types = require_pg_types();
      this.DatabaseError = DatabaseError2;
      this.TypeOverrides = TypeOverrides2;
      this.escapeIdentifier = escapeIdentifier2;
      this.escapeLiteral = escapeLiteral2;
      this.Result = Result2;
      this.utils = utils;
    };
    var clientConstructor = Client2;
    var forceNative = false;
    try {
      forceNative = !!process.env.NODE_PG_FORCE_NATIVE;
    } catch {
    }
    if (forceNative) {
      clientConstructor = require_native();
    }
    module2.exports = new PG(clientConstructor);
    Object.defineProperty(module2.exports, "native", {
      configurable: true,
      enumerable: false,
      get() {
        let native = null;
        try {
          native = new PG(require_native());
        } catch (err) {
          if (err.code !== "MODULE_NOT_FOUND") {
            throw err;
          }
        }
        Object.defineProperty(module2.exports, "native", {
          value: native
        });
        return native;
      }
    });
  }
});

// node_modules/pg/esm/index.mjs
var esm_exports = {};
__export(esm_exports, {
  Client: () => Client,
  Connection: () => Connection,
  DatabaseError: () => DatabaseError,
  Pool: () => Pool,
  Query: () => Query,
  Result: () => Result,
  TypeOverrides: () => TypeOverrides,
  default: () => esm_default,
  defaults: () => defaults,
  escapeIdentifier: () => escapeIdentifier,
  escapeLiteral: () => escapeLiteral,
  types: () => types
});
var import_lib, Client, Pool, Connection, types, Query, DatabaseError, escapeIdentifier, escapeLiteral, Result, TypeOverrides, defaults, esm_default;
var init_esm = __esm({
  "node_modules/pg/esm/index.mjs"() {
    import_lib = __toESM(require_lib2(), 1);
    Client = import_lib.default.Client;
    Pool = import_lib.default.Pool;
    Connection = import_lib.default.Connection;
    types = import_lib.default.types;
    Query = import_lib.default.Query;
    DatabaseError = import_lib.default.DatabaseError;
    escapeIdentifier = import_lib.default.escapeIdentifier;
    escapeLiteral = import_lib.default.escapeLiteral;
    Result = import_lib.default.Result;
    TypeOverrides = import_lib.default.TypeOverrides;
    defaults = import_lib.default.defaults;
    esm_default = import_lib.default;
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
  const sorted = [...added].sort((a, b) => compareLoadOrder(a.path, b.path));
  const out = [];
  let i = 0;
  for (const file of sorted) {
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
  for (const field of FIELDS) {
    const site = encodeSite(parse3.sites[field]);
    if (site === void 0) return void 0;
    sites.push(site);
  }
  const revises = parse3.revises ? [parse3.revises.span.start, parse3.revises.span.end, parse3.revises.span.line, parse3.revises.text].join(ITEM) : "";
  const encoded = [MARK, parse3.revision, parse3.revisionSource, parse3.downRevisions.join(ITEM), labels.join(ITEM), depends.join(ITEM), ...sites, revises].join(FIELD);
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
  if (parts.length !== 11 || parts[0] !== MARK || !SOURCES.has(parts[2])) return void 0;
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
var MARK, FIELD, ITEM, FIELDS, stringsOf, list, count, SITE_HEADER, REVISES_HEADER, LAZY_SITES, LAZY_REVISES, SOURCES, NO_ITEMS, NO_PROBLEMS, encodings, definedKeys, stringItems;
var init_parse_cache_codec = __esm({
  "src/cache/parse-cache-codec.ts"() {
    "use strict";
    MARK = "c1";
    FIELD = "	";
    ITEM = "";
    FIELDS = ["revision", "down_revision", "branch_labels", "depends_on"];
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
  return (0, import_node_path.join)((0, import_node_path.dirname)(path), `.${(0, import_node_path.basename)(path)}.migcheck-${pid}-${random}.tmp`);
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
    const full = (0, import_node_path.join)(dir, name);
    try {
      if (isLeftover(name, (0, import_node_fs.lstatSync)(full), now)) {
        (0, import_node_fs.unlinkSync)(full);
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
    (0, import_node_fs.mkdirSync)((0, import_node_path.dirname)(path), { recursive: true, mode: dirMode });
    write(temp);
    (0, import_node_fs.renameSync)(temp, path);
    return true;
  } catch {
    try {
      (0, import_node_fs.unlinkSync)(temp);
    } catch {
    }
    return false;
  }
}
function writeFileAtomicSync(path, data, dirMode) {
  return replaceFileSync(path, (temp) => (0, import_node_fs.writeFileSync)(temp, data, { flag: "wx" }), dirMode);
}
var import_node_fs, import_node_path, TEMPORARY, PIDLESS_STALE_MS;
var init_write_file_atomic_sync = __esm({
  "src/fs/write-file-atomic-sync.cts"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path = require("node:path");
    TEMPORARY = /^\..+\.migcheck-(?:(\d+)-)?[0-9a-f]+\.tmp$/;
    PIDLESS_STALE_MS = 10 * 60 * 1e3;
  }
});

// src/fs/write-chunks.ts
function writeChunks(path, pieces) {
  const fd = (0, import_node_fs4.openSync)(path, "w");
  try {
    const writeAll = (bytes, length) => {
      for (let done = 0; done < length; ) done += (0, import_node_fs4.writeSync)(fd, bytes, done, length - done);
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
    (0, import_node_fs4.closeSync)(fd);
  }
}
function replaceInPieces(path, pieces) {
  return replaceFileSync(path, (temp) => writeChunks(temp, pieces));
}
var import_node_fs4, CHUNK_BYTES;
var init_write_chunks = __esm({
  "src/fs/write-chunks.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    init_write_file_atomic_sync();
    CHUNK_BYTES = 256 * 1024;
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
      let read2 = 0;
      while (read2 < tail.length) {
        const n = (0, import_node_fs7.readSync)(fd, tail, read2, tail.length - read2, from + read2);
        if (n === 0) return void 0;
        read2 += n;
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
function readOpenIndex(file, identity, read2) {
  let fd;
  try {
    fd = (0, import_node_fs7.openSync)(file, "r");
    const stats = (0, import_node_fs7.fstatSync)(fd, { bigint: true });
    const own = fileIdentity(stats);
    if (identity !== void 0 && identity !== own) return void 0;
    return read2(fd, Number(stats.size), own);
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) (0, import_node_fs7.closeSync)(fd);
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
var import_node_fs7, Window, INI, PYPROJECT, ENV_PY, lastRead;
var init_read_index = __esm({
  "src/git/read-index.cts"() {
    "use strict";
    import_node_fs7 = require("node:fs");
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
          const read2 = (0, import_node_fs7.readSync)(this.fd, this.buf, this.length, want - this.length, pos + this.length);
          if (read2 === 0) return -1;
          this.length += read2;
        }
        return 0;
      }
      /** Bytes [pos, pos + n) in a buffer of their own (for parts larger than the window). */
      copy(pos, n) {
        if (pos + n > this.size) return void 0;
        const out = Buffer.allocUnsafe(n);
        let done = 0;
        while (done < n) {
          const read2 = (0, import_node_fs7.readSync)(this.fd, out, done, n - done, pos + done);
          if (read2 === 0) return void 0;
          done += read2;
        }
        return out;
      }
    };
    INI = Buffer.from(".ini");
    PYPROJECT = Buffer.from("pyproject.toml");
    ENV_PY = Buffer.from("env.py");
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

// src/core/reader/evaluate-value.ts
function evaluateValue(text, tokens) {
  let pos = 0;
  let depth = 0;
  const peek = () => tokens[pos];
  const isOp4 = (t, v) => t !== void 0 && t.kind === "op" && t.value === v;
  const snippet = (from, to) => {
    const s = text.slice(tokens[from].start, tokens[Math.min(to, tokens.length) - 1].end).replace(/\s+/g, " ");
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
  };
  const fail2 = (what, _from, _to) => {
    throw new NotLiteral(`${what} (${snippet(0, tokens.length)})`);
  };
  const expectBoundary = (from) => {
    const t = peek();
    if (t === void 0 || isOp4(t, ",") || isOp4(t, ")") || isOp4(t, "]")) return;
    if (isOp4(t, "(")) fail2("a function call", from);
    if (isOp4(t, "[")) fail2("a subscript", from);
    if (t.kind === "name" && t.value === "for") fail2("a comprehension", from);
    if (t.kind === "string") fail2("a string followed by more", from);
    fail2("an expression", from);
  };
  const elem = () => {
    const from = pos;
    const t = peek();
    if (t === void 0) return fail2("an incomplete expression", Math.max(0, from - 1));
    if (t.kind === "string") {
      let value = "";
      while (peek()?.kind === "string") {
        const v = evalStringToken(text, peek());
        if ("error" in v) fail2(v.error, pos, pos + 1);
        value += v.value;
        pos++;
      }
      if (isOp4(peek(), "+")) {
        pos++;
        const rest = elem();
        if (rest.kind !== "str") fail2("an expression", from);
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
      if (t.value === "True" || t.value === "False") fail2("a boolean", from, from + 1);
      if (t.value === "lambda") fail2("a lambda", from);
      let name = t.value;
      pos++;
      while (isOp4(peek(), ".") && tokens[pos + 1]?.kind === "name") {
        name += `.${tokens[pos + 1].value}`;
        pos += 2;
      }
      expectBoundary(from);
      return { kind: "expr", text: name };
    }
    if (t.kind === "number") fail2("a number", from, from + 1);
    if (isOp4(t, "(") || isOp4(t, "[")) {
      if (++depth > 200) fail2("too many nested parentheses");
      const list2 = t.value === "[";
      const close = CLOSE2[t.value];
      pos++;
      const items = [];
      let sawComma = false;
      while (!isOp4(peek(), close)) {
        if (peek() === void 0) fail2(`an unclosed '${t.value}'`, from);
        items.push(elem());
        if (isOp4(peek(), ",")) {
          sawComma = true;
          pos++;
        } else if (!isOp4(peek(), close)) fail2("an expression", from);
      }
      pos++;
      depth--;
      expectBoundary(from);
      if (!list2 && items.length === 1 && !sawComma) return items[0];
      return { kind: "seq", list: list2, items };
    }
    if (isOp4(t, "{")) fail2("a set or dict", from);
    if (isOp4(t, "*")) fail2("a starred expression", from);
    if (isOp4(t, "-") || isOp4(t, "+") || isOp4(t, "~")) fail2("an expression", from);
    return fail2("not a Python value", from);
  };
  try {
    if (tokens.length === 0) return { ok: false, what: "empty" };
    const unclosed = firstUnclosed(tokens);
    if (unclosed !== void 0) fail2(`an unclosed '${unclosed}'`);
    const first = elem();
    let top = first;
    if (isOp4(peek(), ",")) {
      const items = [first];
      while (isOp4(peek(), ",")) {
        pos++;
        if (peek() === void 0) break;
        items.push(elem());
      }
      top = { kind: "seq", list: false, items };
    }
    if (pos < tokens.length) fail2(isOp4(peek(), ")") || isOp4(peek(), "]") ? `an unmatched '${peek().value}'` : "an expression", 0);
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
var NotLiteral, CLOSE2;
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
    CLOSE2 = { "(": ")", "[": "]" };
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

// src/core/reader/scan-module.ts
function topLevel2(tokens, from, to, v) {
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
    const keyword2 = word === "async" && isName2(tokens[1]) ? tokens[1].value : word;
    const isHeader = keyword2 === "def" || keyword2 === "class" || HARD_BLOCKS.has(keyword2) || SOFT_BLOCKS.has(word) && tokens.length > 2 && isOp3(tokens[tokens.length - 1], ":") && !isOp3(tokens[1], "=") && !isOp3(tokens[1], ".");
    if (!isHeader) {
      if (complete) statements(tokens, 0, tokens.length, scope);
      return;
    }
    const kind = keyword2 === "def" || keyword2 === "class" ? "def" : "block";
    if (!logical.colon && (kind === "def" || HARD_BLOCKS.has(keyword2))) structural(head.line, "expected ':'");
    const colon = complete ? topLevel2(tokens, 0, tokens.length, ":")[0] : void 0;
    if (keyword2 === "for" && complete && scope !== "def" && kind === "block") {
      const inAt = tokens.findIndex((t, k) => k > 0 && isName2(t, "in"));
      bindingTargets(tokens, 1, inAt < 0 ? tokens.length : inAt, tokens[0].line, { block: "for" }, scope);
    }
    stack.push({ indent, kind, keyword: keyword2 });
    if (colon !== void 0 && colon + 1 < tokens.length) {
      const inner = kind === "def" || scope === "def" ? "def" : { block: keyword2 };
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
    expectBlock = isOp3(tokens[tokens.length - 1], ":") ? line : void 0;
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
        const call = k > from && prev !== void 0 && (prev.kind === "name" || prev.kind === "string" || isOp3(prev, ")") || isOp3(prev, "]"));
        kinds.push(call);
        if (call) calls++;
      } else if (t.kind === "op" && (t.value === ")" || t.value === "]" || t.value === "}")) {
        if (kinds.pop()) calls--;
      } else if (t.kind === "name" && names.has(t.value) && !isOp3(prev, ".") && calls === 0 && !isName2(prev, "lambda")) {
        dynamic(t.value, line, how, scope);
      }
    }
  };
  const statements = (tokens, from, to, scope) => {
    let start = from;
    for (const semi of [...topLevel2(tokens, from, to, ";"), to]) {
      if (semi > start) statement(tokens, start, semi, scope);
      start = semi + 1;
    }
  };
  const statement = (tokens, from, to, scope) => {
    if (scope === "def") return;
    const t0 = tokens[from];
    const line = t0.line;
    if (isName2(t0, "import")) return importStatement(tokens, from + 1, to, line, scope);
    if (isName2(t0, "from")) return fromStatement(tokens, from + 1, to, line, scope);
    if (isName2(t0, "del")) return bindingTargets(tokens, from + 1, to, line, { bound: "deleted with del" }, scope);
    const lambdaAt = topLevelName(tokens, from, to, "lambda");
    const equals = topLevel2(tokens, from, to, "=").filter((k) => k < lambdaAt);
    if (equals.length === 0) {
      const op = tokens[from + 1];
      if (isName2(t0) && op?.kind === "op" && /^(?:[-+*/%&|^@]|\*\*|\/\/|<<|>>)=$/.test(op.value)) {
        dynamic(t0.value, line, { bound: `changed with ${op.value}` }, scope);
      }
      return;
    }
    const last = equals[equals.length - 1];
    const annotated = isName2(t0) && isOp3(tokens[from + 1], ":");
    let start = from;
    for (const eq of annotated ? [equals[0]] : equals) {
      const single = annotated || eq - start === 1;
      if (single && isName2(tokens[start]) && names.has(tokens[start].value)) {
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
    for (const comma of [...topLevel2(tokens, from, to, ","), to]) {
      const part = tokens.slice(start, comma);
      start = comma + 1;
      const asAt = part.findIndex((t) => isName2(t, "as"));
      const dotted = dottedText(part.slice(0, asAt < 0 ? part.length : asAt));
      if (dotted === void 0) continue;
      const bound = asAt < 0 ? dotted.split(".")[0] : part[asAt + 1]?.value;
      if (bound === void 0) continue;
      out.imports.push({ bound, module: dotted, line, ...asAt < 0 && dotted.includes(".") ? { plainDotted: true } : {} });
      dynamic(bound, line, { bound: "imported" }, scope);
    }
  };
  const fromStatement = (tokens, from, to, line, scope) => {
    const importAt = tokens.findIndex((t, k) => k >= from && k < to && isName2(t, "import"));
    if (importAt < 0) return;
    let module2 = "";
    for (let k = from; k < importAt; k++) module2 += tokens[k].kind === "op" && tokens[k].value === "..." ? "..." : tokens[k].value ?? "";
    let start = importAt + 1;
    for (const comma of [...topLevel2(tokens, importAt + 1, to, ","), to]) {
      const part = tokens.slice(start, comma).filter((t) => !isOp3(t, "(") && !isOp3(t, ")"));
      start = comma + 1;
      if (!isName2(part[0])) continue;
      const imported = part[0].value;
      const bound = isName2(part[1], "as") && isName2(part[2]) ? part[2].value : imported;
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
    if (k % 2 === 0 ? t.kind !== "name" : !isOp3(t, ".")) return void 0;
    s += k % 2 === 0 ? t.value : ".";
  }
  return s;
}
var HARD_BLOCKS, SOFT_BLOCKS, isOp3, isName2;
var init_scan_module = __esm({
  "src/core/reader/scan-module.ts"() {
    "use strict";
    init_scan_python();
    HARD_BLOCKS = /* @__PURE__ */ new Set(["if", "elif", "else", "for", "while", "try", "except", "finally", "with"]);
    SOFT_BLOCKS = /* @__PURE__ */ new Set(["match", "case"]);
    isOp3 = (t, v) => t !== void 0 && t.kind === "op" && t.value === v;
    isName2 = (t, v) => t !== void 0 && t.kind === "name" && (v === void 0 || t.value === v);
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
  const name = basename2(file.path);
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
var REVISION_FIELDS, FIELD_SET, LEGACY_REV, ILLEGAL, ILLEGAL_FROM_1_17_2, basename2;
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
    basename2 = (path) => path.slice(path.lastIndexOf("/") + 1);
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
function catFileBatchArgs() {
  return ["cat-file", "--batch"];
}
function catFileBatchCommandArgs() {
  return ["cat-file", "--batch-command"];
}
var CONFIG_PATHSPECS;
var init_argv = __esm({
  "src/git/argv.ts"() {
    "use strict";
    init_errors();
    init_messages();
    init_staged_paths();
    CONFIG_PATHSPECS = ["*.ini", "pyproject.toml", "*/pyproject.toml", "env.py", "*/env.py"];
  }
});

// src/git/run-git.ts
function spawnFailure(error, cwd) {
  const code = error?.code;
  if (code === "ENOENT" && cwd !== void 0 && !(0, import_node_fs10.existsSync)(cwd)) return new MigcheckError(directoryNotFound(cwd), { cause: error });
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
var import_node_fs10, GitError;
var init_run_git = __esm({
  "src/git/run-git.ts"() {
    "use strict";
    import_node_fs10 = require("node:fs");
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
var MODES, sharedMode;
var init_parse_z = __esm({
  "src/git/parse-z.ts"() {
    "use strict";
    MODES = new Map(["100644", "100755", "120000", "160000", "040000"].map((mode) => [mode, mode]));
    sharedMode = (mode) => MODES.get(mode) ?? mode;
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

// src/git/list-index.ts
async function listIndex(repo, paths) {
  if (paths && paths.length === 0) return { entries: [], unmerged: [] };
  const { stdout } = await runGit(repo, lsFilesArgs(paths));
  return resolveIndexStages(parseLsFiles(stdout));
}
function indexConfigRecords(repo) {
  const named = repo.env.GIT_INDEX_FILE;
  if (repo.gitDir === void 0 || named && !(0, import_node_path7.isAbsolute)(named)) return void 0;
  if (PATHSPEC_VARIABLES.some((name) => repo.env[name])) return void 0;
  const facts = readIndexFacts(named || (0, import_node_path7.join)(repo.gitDir, "index"));
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
var import_node_path7, PATHSPEC_VARIABLES;
var init_list_index = __esm({
  "src/git/list-index.ts"() {
    "use strict";
    import_node_path7 = require("node:path");
    init_argv();
    init_parse_z();
    init_read_index();
    init_run_git();
    PATHSPEC_VARIABLES = ["GIT_LITERAL_PATHSPECS", "GIT_GLOB_PATHSPECS", "GIT_NOGLOB_PATHSPECS", "GIT_ICASE_PATHSPECS"];
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
    const read2 = alembicBoolean(options.get(option), fromToml(option));
    if (read2.compat) note2(read2.compat, option, options.get(option));
    return read2.on;
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
  const names = await (0, import_promises2.readdir)(dir).catch(() => []);
  return removeLeftoversSync(dir, names, now);
}
var import_promises2;
var init_write_file_atomic = __esm({
  "src/fs/write-file-atomic.ts"() {
    "use strict";
    import_promises2 = require("node:fs/promises");
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
      const read2 = (0, import_node_fs11.readSync)(fd, piece, 0, PIECE, null);
      if (read2 === 0) break;
      total += read2;
      if (total > maxBytes) return void 0;
      text += decoder.decode(piece.subarray(0, read2), { stream: true });
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
  const names = await (0, import_promises3.readdir)(dir).catch(() => []);
  await Promise.all(names.map((name) => {
    const pid = OLD_TEMPORARY.exec(name)?.[1];
    return pid !== void 0 && isGone(Number(pid)) ? (0, import_promises3.unlink)((0, import_node_path8.join)(dir, name)).catch(() => void 0) : void 0;
  }));
}
function parseCacheKey(oid, path) {
  return `${oid}:${basename3(path)}`;
}
var import_promises3, import_node_path8, PARSE_CACHE_FILE, PARSE_CACHE_MAX_ENTRIES, MAX_FILE_BYTES, basename3, OLD_TEMPORARY, isGone, ParseCache;
var init_parse_cache = __esm({
  "src/cache/parse-cache.ts"() {
    "use strict";
    import_promises3 = require("node:fs/promises");
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
  const realRoot = await (0, import_promises4.realpath)(root);
  const paths = /* @__PURE__ */ new Set();
  const problems = [];
  const links = /* @__PURE__ */ new Map();
  const walk = async (dir) => {
    let entries;
    try {
      entries = await (0, import_promises4.readdir)((0, import_node_path9.join)(root, dir), { withFileTypes: true });
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
        target = await (0, import_promises4.realpath)((0, import_node_path9.join)(root, path));
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
      if (!inside(realRoot, await (0, import_promises4.realpath)((0, import_node_path9.join)(root, location)))) {
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
var import_node_fs12, import_promises4, import_node_path9, inside;
var init_worktree_reader = __esm({
  "src/trees/worktree-reader.ts"() {
    "use strict";
    import_node_fs12 = require("node:fs");
    import_promises4 = require("node:fs/promises");
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
    const shared4 = sharedDirs(path, importer);
    if (shared4 > bestShared) [best, bestShared] = [path, shared4];
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
function unreadable(path, blob, reason, fix) {
  return {
    path,
    ...blob ? { blob } : {},
    revision: void 0,
    revisionSource: "none",
    downRevisions: void 0,
    branchLabels: [],
    dependsOn: [],
    sites: {},
    problems: [{ severity: "error", line: 1, reason, ...fix ? { fix } : {} }]
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
  const shared4 = new SharedEntries();
  const listings = /* @__PURE__ */ new Map();
  return Promise.all(specs.map((spec) => {
    const key = spec.name === "index" || spec.name === "worktree" ? spec.name : `commit:${spec.commit}`;
    let listing = listings.get(key);
    if (!listing) {
      listing = (spec.name === "index" ? listIndex(repo, paths) : spec.name === "worktree" ? Promise.resolve({ entries: [], unmerged: [] }) : listTree(repo, spec.commit, paths).then((entries) => ({ entries, unmerged: [] }))).then(async ({ entries, unmerged }) => ({ linked: await link(spec, shared4.share(entries)), unmerged }));
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
      const read2 = await Promise.all(wanted.map((path) => clean.has(path) ? void 0 : readWorktreeFile(repo.root, path)));
      const entries = [];
      wanted.forEach((path, k) => {
        const indexed = clean.get(path);
        if (indexed) {
          entries.push({ path, oid: indexed, mode: "100644" });
          return;
        }
        const bytes = read2[k];
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
        files: [...new Set(resolved[t].flatMap((row, e) => row.flatMap((entry, k) => typeof entry === "string" ? [] : [fileAt(entry.oid, selected[t][e][k])])))].filter(hasExpressionItems)
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
      files: resolved[t].map((row, e) => withSymlinkCompat(row.map((entry, k) => {
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

// <db bundle>
var db_bundle_exports = {};
__export(db_bundle_exports, {
  __modules: () => __modules,
  run: () => run
});
module.exports = __toCommonJS(db_bundle_exports);

// src/cli/commands/db.ts
var db_exports = {};
__export(db_exports, {
  run: () => run
});

// src/app/database-report.ts
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
var import_node_path18 = require("node:path");
init_errors();
init_messages();

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
  const components = [];
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
        components.push(component.reverse());
      }
      const parent = frames[frames.length - 1];
      if (parent) low[parent.vertex] = Math.min(low[parent.vertex], low[v]);
    }
  }
  return components;
}

// src/core/graph/topological-order.ts
function topologicalOrder(graph, ids, options = {}) {
  const position = /* @__PURE__ */ new Map();
  graph.order.forEach((id, i) => position.set(id, i));
  const member2 = new Uint8Array(graph.order.length);
  if (ids === void 0) member2.fill(1);
  else for (const id of ids) if (position.has(id)) member2[position.get(id)] = 1;
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

// src/core/graph/ancestors.ts
function ancestors(graph, ids, options = {}) {
  return reach(graph, ids, options, (node) => options.dependsOn ? [...node.parents, ...node.dependsOn] : node.parents);
}
function descendants(graph, ids, options = {}) {
  return reach(graph, ids, options, (node) => options.dependsOn ? [...node.children, ...node.dependents ?? []] : node.children);
}
function reach(graph, ids, options, next) {
  const found = /* @__PURE__ */ new Set();
  const starts = [...ids].filter((id) => graph.nodes.has(id));
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

// src/core/graph/unexcused-heads.ts
function unexcusedHeads(graph, allowedHeads = []) {
  const heads = [...new Set(graph.heads)].filter((h) => !allowedHeads.includes(h) && graph.nodes.get(h)?.file.downRevisions !== void 0);
  const labels = heads.map((h) => new Set(graph.nodes.get(h)?.labels ?? []));
  const ownsLabel = (i) => [...labels[i]].some((l) => labels.every((other, j) => j === i || !other.has(l)));
  return heads.filter((_, i) => !ownsLabel(i));
}

// src/core/database/database-state.ts
function databaseStatus(graph, rows) {
  const recorded = [...new Set(rows ?? [])].sort();
  const known2 = recorded.filter((r) => graph.nodes.has(r));
  const unknown = recorded.filter((r) => !graph.nodes.has(r));
  const overlaps = [];
  for (const row of known2) {
    const below = ancestors(graph, [row], { dependsOn: true });
    for (const other of known2) if (other !== row && below.has(other)) overlaps.push([other, row]);
  }
  const applied = ancestors(graph, known2, { dependsOn: true, inclusive: true });
  const order = topologicalOrder(graph).filter((id) => !applied.has(id));
  const headOf = /* @__PURE__ */ new Map();
  for (const head of graph.heads) {
    for (const id of ancestors(graph, [head], { dependsOn: true, inclusive: true })) if (!headOf.has(id)) headOf.set(id, head);
  }
  const pending = order.map((revision) => ({ revision, head: headOf.get(revision) ?? revision, file: graph.nodes.get(revision).file.path }));
  const appliedHeads = graph.heads.filter((h) => applied.has(h));
  let state;
  if (rows === void 0) state = "no-version-table";
  else if (unknown.length > 0) state = "unknown-revision";
  else if (overlaps.length > 0) state = "overlap";
  else if (recorded.length === 0) state = graph.heads.length === 0 ? "current" : "empty";
  else if (pending.length === 0) state = "current";
  else if (appliedHeads.length > 0) state = "partial";
  else state = "behind";
  return { state, recorded, heads: graph.heads, appliedHeads, pending, unknown, overlaps, applied };
}

// src/core/schema/python-expression.ts
init_python_string();
var MAX_DEPTH = 200;
var OPEN = /* @__PURE__ */ new Set(["(", "[", "{"]);
var CLOSE = /* @__PURE__ */ new Set([")", "]", "}"]);
var isOp = (t, v) => t !== void 0 && t.kind === "op" && t.value === v;
function parseExpression(text, tokens, from = 0, to = tokens.length) {
  let pos = from;
  let depth = 0;
  const src = (a, b) => a >= b ? "" : text.slice(tokens[a].start, tokens[b - 1].end);
  const skipToBoundary = () => {
    let d = 0;
    while (pos < to) {
      const t = tokens[pos];
      if (t.kind === "op") {
        if (OPEN.has(t.value)) d++;
        else if (CLOSE.has(t.value)) {
          if (d === 0) break;
          d--;
        } else if (d === 0 && (t.value === "," || t.value === ":")) break;
      }
      pos++;
    }
    return pos;
  };
  const expression = () => {
    const start = pos;
    const value = primary();
    const t = tokens[pos];
    if (pos >= to || isOp(t, ",") || isOp(t, ":") || t?.kind === "op" && CLOSE.has(t.value)) return value;
    skipToBoundary();
    return { k: "other", text: src(start, pos) };
  };
  const primary = () => {
    const start = pos;
    let node = atom();
    for (; ; ) {
      const t = tokens[pos];
      if (pos >= to || t === void 0 || node.k === "other") return node;
      if (isOp(t, ".") && tokens[pos + 1]?.kind === "name" && pos + 1 < to) {
        node = { k: "attr", obj: node, name: tokens[pos + 1].value };
        pos += 2;
      } else if (isOp(t, "(")) {
        node = call(node);
      } else if (isOp(t, "[")) {
        pos++;
        bracketed("]");
        node = { k: "other", text: src(start, pos) };
      } else return node;
    }
  };
  const bracketed = (close) => {
    let d = 0;
    while (pos < to) {
      const t = tokens[pos++];
      if (t.kind !== "op") continue;
      if (OPEN.has(t.value)) d++;
      else if (CLOSE.has(t.value)) {
        if (d === 0) {
          if (t.value !== close) pos = to;
          return;
        }
        d--;
      }
    }
  };
  const nested = (fn, fallback) => {
    if (++depth > MAX_DEPTH) {
      depth--;
      return fallback();
    }
    try {
      return fn();
    } finally {
      depth--;
    }
  };
  const call = (fn) => {
    const start = pos;
    pos++;
    return nested(() => {
      const args = [];
      const kwargs = [];
      let starred = false;
      while (pos < to && !isOp(tokens[pos], ")")) {
        const t = tokens[pos];
        if (isOp(t, "*") || isOp(t, "**")) {
          starred = true;
          pos++;
          expression();
        } else if (t.kind === "name" && isOp(tokens[pos + 1], "=") && pos + 1 < to) {
          pos += 2;
          kwargs.push({ name: t.value, value: expression() });
        } else {
          const value = expression();
          if (isName3(tokens[pos], "for")) {
            skipToBoundary();
            args.push({ k: "other", text: src(start + 1, pos) });
          } else args.push(value);
        }
        if (isOp(tokens[pos], ",")) pos++;
        else if (!isOp(tokens[pos], ")")) {
          bracketed(")");
          return { k: "other", text: src(start - 1, pos) };
        }
      }
      if (!isOp(tokens[pos], ")")) return { k: "other", text: src(start, Math.min(pos, to)) };
      pos++;
      return { k: "call", fn, args, kwargs, starred };
    }, () => {
      bracketed(")");
      return { k: "other", text: src(start - 1, pos) };
    });
  };
  const isName3 = (t, v) => t !== void 0 && t.kind === "name" && t.value === v;
  const sequence = (open2, close) => {
    const start = pos;
    pos++;
    return nested(() => {
      const items = [];
      let comma = false;
      while (pos < to && !isOp(tokens[pos], close)) {
        if (isOp(tokens[pos], "*")) {
          pos++;
          items.push({ k: "other", text: `*${src(pos, skipAndReturn())}` });
        } else items.push(expression());
        if (isName3(tokens[pos], "for")) {
          bracketed(close);
          return { k: "other", text: src(start, pos) };
        }
        if (isOp(tokens[pos], ",")) {
          comma = true;
          pos++;
        } else if (!isOp(tokens[pos], close)) {
          bracketed(close);
          return { k: "other", text: src(start, pos) };
        }
      }
      if (!isOp(tokens[pos], close)) return { k: "other", text: src(start, Math.min(pos, to)) };
      pos++;
      if (open2 === "(" && items.length === 1 && !comma) return items[0];
      return { k: "seq", list: open2 === "[", items };
    }, () => {
      bracketed(close);
      return { k: "other", text: src(start, pos) };
    });
  };
  const skipAndReturn = () => {
    expression();
    return pos;
  };
  const dict = () => {
    const start = pos;
    pos++;
    return nested(() => {
      const entries = [];
      let spread = false;
      let isSet = false;
      while (pos < to && !isOp(tokens[pos], "}")) {
        if (isOp(tokens[pos], "**")) {
          pos++;
          expression();
          spread = true;
        } else {
          const key = expression();
          if (isOp(tokens[pos], ":")) {
            pos++;
            entries.push({ key, value: expression() });
          } else isSet = true;
        }
        if (isName3(tokens[pos], "for")) {
          bracketed("}");
          return { k: "other", text: src(start, pos) };
        }
        if (isOp(tokens[pos], ",")) pos++;
        else if (!isOp(tokens[pos], "}")) {
          bracketed("}");
          return { k: "other", text: src(start, pos) };
        }
      }
      if (!isOp(tokens[pos], "}")) return { k: "other", text: src(start, Math.min(pos, to)) };
      pos++;
      if (isSet) return { k: "other", text: src(start, pos) };
      return { k: "dict", entries, spread };
    }, () => {
      bracketed("}");
      return { k: "other", text: src(start, pos) };
    });
  };
  const atom = () => {
    const t = tokens[pos];
    const start = pos;
    if (t === void 0 || pos >= to) return { k: "other", text: "" };
    if (t.kind === "string") {
      let value = "";
      let ok = true;
      while (pos < to && tokens[pos].kind === "string") {
        const v = evalStringToken(text, tokens[pos]);
        if ("error" in v) ok = false;
        else value += v.value;
        pos++;
      }
      return ok ? { k: "str", v: value } : { k: "other", text: src(start, pos) };
    }
    if (t.kind === "number") {
      pos++;
      return numberNode(t, text.slice(t.start, t.end), false);
    }
    if (t.kind === "name") {
      pos++;
      switch (t.value) {
        case "None":
          return { k: "none" };
        case "True":
          return { k: "bool", v: true };
        case "False":
          return { k: "bool", v: false };
        case "lambda":
        case "not":
        case "await":
        case "yield":
          skipToBoundary();
          return { k: "other", text: src(start, pos) };
        default:
          return { k: "name", id: t.value };
      }
    }
    if (isOp(t, "-") && tokens[pos + 1]?.kind === "number" && pos + 1 < to) {
      const n = tokens[pos + 1];
      pos += 2;
      return numberNode(n, text.slice(n.start, n.end), true);
    }
    if (isOp(t, "(")) return sequence("(", ")");
    if (isOp(t, "[")) return sequence("[", "]");
    if (isOp(t, "{")) return dict();
    pos++;
    skipToBoundary();
    return { k: "other", text: src(start, pos) };
  };
  if (from >= to) return { k: "other", text: "" };
  const first = expression();
  if (pos >= to) return first;
  if (isOp(tokens[pos], ",")) {
    const items = [first];
    while (isOp(tokens[pos], ",") && pos < to) {
      pos++;
      if (pos >= to) break;
      items.push(expression());
    }
    if (pos >= to) return { k: "seq", list: false, items };
  }
  return { k: "other", text: src(from, to) };
}
function numberNode(t, raw, negative) {
  const clean = raw.replace(/_/g, "");
  const text = negative ? `-${raw}` : raw;
  if (/^(?:0|[1-9]\d*)$/.test(clean) || /^(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?$/.test(clean)) {
    const v = Number(clean);
    if (Number.isFinite(v)) return { k: "num", v: negative ? -v : v, text };
  }
  void t;
  return { k: "other", text };
}
function dottedName(expr) {
  if (expr.k === "name") return expr.id;
  if (expr.k === "attr") {
    const left = dottedName(expr.obj);
    return left === void 0 ? void 0 : `${left}.${expr.name}`;
  }
  return void 0;
}
function calleeName(expr) {
  if (expr.k === "name") return expr.id;
  if (expr.k === "attr") return expr.name;
  return void 0;
}
function keyword(call, name) {
  return call.kwargs.find((kw) => kw.name === name)?.value;
}
function exprText(expr) {
  switch (expr.k) {
    case "str":
      return JSON.stringify(expr.v).replace(/^"|"$/g, "'");
    case "num":
      return expr.text;
    case "bool":
      return expr.v ? "True" : "False";
    case "none":
      return "None";
    case "name":
      return expr.id;
    case "attr":
      return `${exprText(expr.obj)}.${expr.name}`;
    case "call":
      return `${exprText(expr.fn)}(${[...expr.args.map(exprText), ...expr.kwargs.map((kw) => `${kw.name}=${exprText(kw.value)}`)].join(", ")})`;
    case "seq":
      return expr.list ? `[${expr.items.map(exprText).join(", ")}]` : `(${expr.items.map(exprText).join(", ")}${expr.items.length === 1 ? "," : ""})`;
    case "dict":
      return `{${expr.entries.map((e) => `${exprText(e.key)}: ${exprText(e.value)}`).join(", ")}}`;
    case "other":
      return expr.text;
  }
}

// src/core/schema/column-types.ts
var SA_FAMILIES = {
  Integer: "integer",
  INTEGER: "integer",
  INT: "integer",
  BigInteger: "bigint",
  BIGINT: "bigint",
  SmallInteger: "smallint",
  SMALLINT: "smallint",
  String: "varchar",
  VARCHAR: "varchar",
  Unicode: "varchar",
  NVARCHAR: "varchar",
  CHAR: "char",
  NCHAR: "char",
  Text: "text",
  TEXT: "text",
  UnicodeText: "text",
  CLOB: "text",
  Boolean: "boolean",
  BOOLEAN: "boolean",
  Float: "float",
  FLOAT: "float",
  REAL: "float",
  Double: "float",
  DOUBLE: "float",
  DOUBLE_PRECISION: "float",
  Numeric: "numeric",
  NUMERIC: "numeric",
  DECIMAL: "numeric",
  Date: "date",
  DATE: "date",
  DateTime: "timestamp",
  DATETIME: "timestamp",
  TIMESTAMP: "timestamp",
  Time: "time",
  TIME: "time",
  Interval: "interval",
  INTERVAL: "interval",
  JSON: "json",
  JSONB: "jsonb",
  UUID: "uuid",
  Uuid: "uuid",
  LargeBinary: "bytes",
  BYTEA: "bytes",
  BLOB: "bytes",
  BINARY: "bytes",
  VARBINARY: "bytes"
};
var num = (e) => e?.k === "num" && Number.isInteger(e.v) ? e.v : void 0;
function typeFromExpression(expr) {
  const call = expr.k === "call" ? expr : void 0;
  const name = calleeName(call ? call.fn : expr);
  if (name === void 0) return void 0;
  let family = SA_FAMILIES[name];
  if (family === void 0) return void 0;
  const text = exprText(expr);
  const out = { family, text };
  if (!call) return out;
  if (family === "varchar" || family === "char") {
    const length = num(keyword(call, "length") ?? call.args[0]);
    if (length !== void 0) out.length = length;
  } else if (family === "numeric") {
    const precision = num(keyword(call, "precision") ?? call.args[0]);
    const scale = num(keyword(call, "scale") ?? call.args[1]);
    if (precision !== void 0) out.precision = precision;
    if (scale !== void 0) out.scale = scale;
  } else if (family === "timestamp" || family === "time") {
    const tz = keyword(call, "timezone") ?? call.args[0];
    if (tz?.k === "bool" && tz.v && family === "timestamp") family = out.family = "timestamptz";
    else if (tz !== void 0 && tz.k !== "bool") return void 0;
  }
  return out;
}
var CATALOGUE_FAMILIES = [
  [/^(?:INTEGER|INT|INT4|SERIAL|MEDIUMINT)$/, "integer"],
  [/^(?:BIGINT|INT8|BIGSERIAL)$/, "bigint"],
  [/^(?:SMALLINT|INT2|SMALLSERIAL|TINYINT)$/, "smallint"],
  [/^(?:CHARACTER VARYING|VARCHAR|NVARCHAR|VARYING CHARACTER|NATIVE CHARACTER)$/, "varchar"],
  [/^(?:CHARACTER|CHAR|NCHAR|BPCHAR)$/, "char"],
  [/^(?:TEXT|CLOB)$/, "text"],
  [/^(?:BOOLEAN|BOOL)$/, "boolean"],
  [/^(?:DOUBLE PRECISION|DOUBLE|REAL|FLOAT|FLOAT4|FLOAT8)$/, "float"],
  [/^(?:NUMERIC|DECIMAL)$/, "numeric"],
  [/^DATE$/, "date"],
  [/^(?:TIMESTAMP|TIMESTAMP WITHOUT TIME ZONE|DATETIME)$/, "timestamp"],
  [/^(?:TIMESTAMP WITH TIME ZONE|TIMESTAMPTZ)$/, "timestamptz"],
  [/^(?:TIME|TIME WITHOUT TIME ZONE)$/, "time"],
  [/^INTERVAL$/, "interval"],
  [/^JSON$/, "json"],
  [/^JSONB$/, "jsonb"],
  [/^UUID$/, "uuid"],
  [/^(?:BYTEA|BLOB)$/, "bytes"]
];
function typeFromCatalogue(typeText) {
  const m = /^\s*([A-Za-z][A-Za-z0-9 _]*?)\s*(?:\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?\s*((?:with|without) time zone)?\s*$/i.exec(typeText);
  if (!m) return void 0;
  let base = m[1].toUpperCase().replace(/\s+/g, " ");
  if (m[4]) base = `${base} ${m[4].toUpperCase()}`;
  const hit = CATALOGUE_FAMILIES.find(([re]) => re.test(base));
  if (!hit) return void 0;
  const out = { family: hit[1] };
  const a = m[2] === void 0 ? void 0 : Number(m[2]);
  const b = m[3] === void 0 ? void 0 : Number(m[3]);
  if (out.family === "varchar" || out.family === "char") {
    if (a !== void 0) out.length = a;
  } else if (out.family === "numeric") {
    if (a !== void 0) out.precision = a;
    if (b !== void 0) out.scale = b;
  }
  return out;
}
function typeMatches(expected, found, dialect) {
  const family = (f) => dialect === "sqlite" && f === "timestamptz" ? "timestamp" : f;
  if (family(expected.family) !== family(found.family)) return false;
  for (const key of ["length", "precision", "scale"]) {
    if (expected[key] !== void 0 && found[key] !== void 0 && expected[key] !== found[key]) return false;
  }
  return true;
}

// src/core/database/evidence.ts
function catalogueRequest(readings) {
  const schemas = /* @__PURE__ */ new Set();
  const rows = /* @__PURE__ */ new Map();
  for (const reading of readings) {
    for (const o of reading.objects) {
      if (o.schema !== void 0) schemas.add(o.schema);
      if (o.references?.schema !== void 0) schemas.add(o.references.schema);
      if (o.kind !== "rows") continue;
      const key = `${o.schema ?? ""}\0${o.table}`;
      const entry = rows.get(key) ?? { ...o.schema === void 0 ? {} : { schema: o.schema }, table: o.table, columns: /* @__PURE__ */ new Set() };
      for (const row of o.rows ?? []) for (const [column, cell2] of Object.entries(row)) if (cell2.kind === "literal") entry.columns.add(column);
      rows.set(key, entry);
    }
  }
  return {
    schemas: [...schemas].sort(),
    rows: [...rows.values()].filter((r) => r.columns.size > 0).map((r) => ({ ...r.schema === void 0 ? {} : { schema: r.schema }, table: r.table, columns: [...r.columns].sort() }))
  };
}
function judgeRevisions(graph, pending, readings, catalogue) {
  const index = new CatalogueIndex(catalogue);
  const pendingIds = new Set(pending.map((p) => p.revision));
  const touches = /* @__PURE__ */ new Map();
  for (const p of pending) {
    for (const o of readings.get(p.revision)?.objects ?? []) {
      for (const key of [ownKey(o, index)]) {
        const list2 = touches.get(key) ?? [];
        if (list2[list2.length - 1] !== p.revision) list2.push(p.revision);
        touches.set(key, list2);
      }
    }
  }
  return pending.map((p) => {
    const reading = readings.get(p.revision) ?? { objects: [], unknown: [{ line: 1, reason: "unreadable", text: p.file }] };
    let later;
    const laterRevisions = () => later ??= new Set([...descendants(graph, [p.revision], { dependsOn: true })].filter((id) => pendingIds.has(id)));
    const objects = reading.objects.map((o) => {
      const evidence = judgeObject(o, index);
      if (evidence.matches === false) {
        const keys = [ownKey(o, index), tableKey(o, index)];
        const by = keys.flatMap((k) => touches.get(k) ?? []).find((id) => id !== p.revision && laterRevisions().has(id));
        if (by !== void 0) return { ...evidence, matches: null, notes: [...evidence.notes, { code: "superseded", by }] };
      }
      return evidence;
    });
    return { revision: p.revision, evidence: verdict(objects, reading.unknown), objects, unknownSteps: reading.unknown, empty: reading.objects.length === 0 && reading.unknown.length === 0 };
  });
}
function verdict(objects, unknown) {
  const missing = objects.filter((o) => o.matches === false).length;
  const present = objects.filter((o) => o.matches === true).length;
  if (missing > 0) return present > 0 ? "partial" : "absent";
  if (unknown.length > 0 || objects.some((o) => o.matches === null)) return "unknown";
  if (objects.some((o) => o.notes.some((n) => n.code === "rows" && n.differing.length > 0))) return "data-differs";
  return "applied-outside";
}
function ownKey(o, index) {
  const schema = index.schemaFor(o.schema, o.table);
  const table = `${schema}\0${index.fold(o.table)}`;
  if (o.kind === "table") return `table\0${table}`;
  if (o.kind === "column") return `column\0${table}\0${index.fold(o.name ?? "")}`;
  if (o.kind === "rows") return `rows\0${table}`;
  if (o.name !== void 0) return `named\0${schema}\0${index.fold(o.name)}`;
  return `${o.kind}\0${table}\0${(o.columns ?? []).map((c) => index.fold(c)).join(",")}`;
}
function tableKey(o, index) {
  return `table\0${index.schemaFor(o.schema, o.table)}\0${index.fold(o.table)}`;
}
var CatalogueIndex = class {
  constructor(catalogue) {
    this.catalogue = catalogue;
    this.dialect = catalogue.dialect;
    this.schemas = new Set(catalogue.schemas.map((s) => this.fold(s)));
    for (const t of catalogue.tables) this.tables.set(this.key(t.schema, t.name), t);
    const push = (map, key, value) => {
      const list2 = map.get(key);
      if (list2) list2.push(value);
      else map.set(key, [value]);
    };
    for (const i of catalogue.indexes) {
      push(this.indexesBySchema, this.fold(i.schema), i);
      push(this.indexesByTable, this.key(i.schema, i.table), i);
    }
    for (const c of catalogue.constraints) push(this.constraintsByTable, this.key(c.schema, c.table), c);
  }
  catalogue;
  dialect;
  tables = /* @__PURE__ */ new Map();
  schemas;
  indexesBySchema = /* @__PURE__ */ new Map();
  indexesByTable = /* @__PURE__ */ new Map();
  constraintsByTable = /* @__PURE__ */ new Map();
  /** Indexes of a table, or of a whole schema when the table is not named (drop_index without table_name). */
  indexes(schema, table) {
    return (table === "" ? this.indexesBySchema.get(this.fold(schema)) : this.indexesByTable.get(this.key(schema, table))) ?? [];
  }
  constraints(schema, table) {
    return this.constraintsByTable.get(this.key(schema, table)) ?? [];
  }
  /** SQLite matches identifiers without regard to case; PostgreSQL keeps what Alembic quoted. */
  fold(name) {
    return this.dialect === "sqlite" ? name.toLowerCase() : name;
  }
  key(schema, table) {
    return `${this.fold(schema)}\0${this.fold(table)}`;
  }
  /** The schema an unqualified name resolves to: the first on the search path that has the table. */
  schemaFor(schema, table) {
    if (schema !== void 0) return schema;
    const path = this.catalogue.searchPath;
    return path.find((s) => this.tables.has(this.key(s, table))) ?? path[0] ?? "";
  }
  isRead(schema) {
    return this.schemas.has(this.fold(schema));
  }
  table(schema, table) {
    return this.tables.get(this.key(schema, table));
  }
  same(a, b) {
    return this.fold(a) === this.fold(b);
  }
  sameList(a, b) {
    return a.length === b.length && a.every((x, i) => x !== null && b[i] !== null && this.same(x, b[i]));
  }
  sameSet(a, b) {
    if (a.length !== b.length || b.some((x) => x === null)) return false;
    const folded = new Set(b.map((x) => this.fold(x)));
    return a.every((x) => folded.has(this.fold(x)));
  }
  rows(schema, table) {
    return this.catalogue.rows.find((r) => this.same(r.schema, schema) && this.same(r.table, table));
  }
};
function displayName(o) {
  if (o.kind === "table" || o.kind === "rows") return o.table;
  if (o.kind === "column") return `${o.table}.${o.name ?? ""}`;
  return o.name ?? null;
}
function judgeObject(o, index) {
  const schema = index.schemaFor(o.schema, o.table);
  const base = {
    kind: o.kind,
    name: displayName(o),
    schema,
    table: o.table,
    ...o.columns && o.kind !== "table" ? { columns: o.columns } : {},
    expected: o.expected,
    op: o.op,
    line: o.line
  };
  const result = (found, notes = [], differs = false) => ({
    ...base,
    found,
    matches: found === null ? null : o.expected === "present" ? found && !differs : !found,
    notes
  });
  if (!index.isRead(schema)) return result(null, [{ code: "schema-not-read", schema }]);
  const table = index.table(schema, o.table);
  const { catalogue } = index;
  switch (o.kind) {
    case "table": {
      if (!table) return result(false);
      if (o.expected === "absent") return result(true);
      const missing = (o.columns ?? []).filter((c) => !table.columns.some((tc) => index.same(tc.name, c)));
      return missing.length > 0 ? result(true, [{ code: "missing-columns", columns: missing }], true) : result(true);
    }
    case "column": {
      const column = table?.columns.find((c) => index.same(c.name, o.name ?? ""));
      if (!column) return result(false, table ? [] : [{ code: "no-table", table: o.table }]);
      if (o.expected === "absent") return result(true);
      const notes = [];
      let differs = false;
      if (o.type) {
        const found = typeFromCatalogue(column.type);
        if (!found) notes.push({ code: "unchecked", what: [`type_=${o.type.text}`] });
        else if (!typeMatches(o.type, found, catalogue.dialect)) {
          differs = true;
          notes.push({ code: "type-differs", found: column.type, expected: o.type.text });
        }
      }
      if (o.nullable !== void 0 && o.nullable !== column.nullable) {
        differs = true;
        notes.push({ code: "nullable-differs", nullable: column.nullable });
      }
      if (o.unchecked) notes.push({ code: "unchecked", what: o.unchecked });
      return result(true, notes, differs);
    }
    case "index": {
      const candidates = index.indexes(schema, o.table);
      const hit = o.name !== void 0 ? candidates.find((i) => index.same(i.name, o.name)) : o.columns !== void 0 ? candidates.find((i) => index.sameList(o.columns, i.columns)) : void 0;
      if (o.name === void 0 && o.columns === void 0) return result(null);
      if (!hit) return result(false);
      if (o.expected === "absent") return result(true);
      const notes = [];
      let differs = false;
      if (o.columns !== void 0 && !index.sameList(o.columns, hit.columns)) {
        differs = true;
        notes.push({ code: "columns-differ", found: hit.columns });
      }
      if (o.unique && !hit.unique) {
        differs = true;
        notes.push({ code: "not-unique" });
      }
      return result(true, notes, differs);
    }
    case "unique":
    case "primary-key":
    case "foreign-key": {
      const type = o.kind;
      const constraints = index.constraints(schema, o.table).filter((c) => c.type === type);
      const byColumns = (c) => index.sameSet(o.columns ?? [], c.columns) && (type !== "foreign-key" || c.references !== void 0 && index.same(c.references.table, o.references.table) && index.sameSet(o.references.columns, c.references.columns));
      const notes = [];
      let hit;
      if (o.name !== void 0 && catalogue.dialect === "postgresql" && type !== "primary-key") {
        hit = constraints.some((c) => c.name !== null && index.same(c.name, o.name)) || type === "unique" && index.indexes(schema, o.table).some((i) => i.unique && index.same(i.name, o.name));
      } else {
        if (o.name !== void 0 && catalogue.dialect === "sqlite") notes.push({ code: "no-names", dialect: "sqlite" });
        hit = constraints.some(byColumns) || type === "unique" && index.indexes(schema, o.table).some((i) => i.unique && index.sameSet(o.columns ?? [], i.columns));
      }
      if (!table) return result(false, [{ code: "no-table", table: o.table }]);
      return result(hit, notes);
    }
    case "check": {
      if (o.name === void 0) return result(null, [{ code: "unnamed-check" }]);
      if (!table) return result(false, [{ code: "no-table", table: o.table }]);
      return result(index.constraints(schema, o.table).some((c) => c.type === "check" && c.name !== null && index.same(c.name, o.name)));
    }
    case "constraint": {
      if (catalogue.dialect === "sqlite") return result(null, [{ code: "no-names", dialect: "sqlite" }]);
      const found = index.constraints(schema, o.table).some((c) => c.name !== null && index.same(c.name, o.name ?? "")) || index.indexes(schema, o.table).some((i) => index.same(i.name, o.name ?? ""));
      return result(found);
    }
    case "rows":
      return judgeRows(o, table, index.rows(schema, o.table), index, result);
  }
}
function judgeRows(o, table, read2, index, result) {
  const expected = o.rows ?? [];
  if (!table) return result(false, [{ code: "no-table", table: o.table }]);
  const unknownColumns = [...new Set(expected.flatMap((row) => Object.entries(row).filter(([, c]) => c.kind === "unknown").map(([k]) => k)))].sort();
  const literal2 = (row) => Object.entries(row).filter((e) => e[1].kind === "literal");
  const missingColumns = [...new Set(expected.flatMap((row) => literal2(row).map(([k]) => k)))].filter((c) => !table.columns.some((tc) => index.same(tc.name, c)));
  if (missingColumns.length > 0) return result(true, [{ code: "missing-columns", columns: missingColumns }], true);
  if (!read2) return result(null, [{ code: "unchecked", what: unknownColumns }]);
  const position = new Map(read2.columns.map((c, i) => [index.fold(c), i]));
  const used = /* @__PURE__ */ new Set();
  let exact = 0;
  let missing = 0;
  const differing = [];
  for (const row of expected) {
    const cells = literal2(row);
    if (cells.length === 0) continue;
    let best = -1;
    let bestAgree = -1;
    for (let r = 0; r < read2.rows.length; r++) {
      if (used.has(r)) continue;
      let agree = 0;
      for (const [column, cell2] of cells) if (sameCell(cell2.value, read2.rows[r][position.get(index.fold(column))] ?? null)) agree++;
      if (agree > bestAgree) {
        best = r;
        bestAgree = agree;
        if (agree === cells.length) break;
      }
    }
    if (best >= 0 && bestAgree === cells.length) {
      used.add(best);
      exact++;
    } else if (best >= 0 && cells.length >= 2 && bestAgree * 2 >= cells.length) {
      used.add(best);
      const found = read2.rows[best];
      const key = {};
      const columns = [];
      for (const [column, cell2] of cells) {
        const value = found[position.get(index.fold(column))] ?? null;
        if (sameCell(cell2.value, value)) key[column] = value;
        else columns.push({ column, expected: cell2.value, found: value });
      }
      differing.push({ key, columns });
    } else missing++;
  }
  const note2 = {
    code: "rows",
    expected: expected.length,
    exact,
    differing,
    missing,
    unknownColumns,
    ...read2.truncated ? { truncatedAt: read2.rows.length } : {}
  };
  if (missing > 0 && read2.truncated) return result(null, [note2]);
  return result(exact + differing.length > 0 || expected.length === 0 ? true : false, [note2], missing > 0);
}
function sameCell(expected, found) {
  if (expected === null || found === null) return expected === found;
  if (typeof expected === "boolean") {
    if (typeof found === "boolean") return expected === found;
    if (typeof found === "number") return found === (expected ? 1 : 0);
    return found === (expected ? "true" : "false") || found === (expected ? "t" : "f") || found === (expected ? "1" : "0");
  }
  if (typeof expected === "number") {
    const n = typeof found === "number" ? found : typeof found === "string" && found.trim() !== "" ? Number(found) : NaN;
    return n === expected;
  }
  return typeof found === "string" ? found === expected : String(found) === expected;
}
function stampable(graph, judged) {
  const pending = new Set(judged.map((j) => j.revision));
  const out = /* @__PURE__ */ new Set();
  for (const j of judged) {
    if (j.evidence !== "applied-outside" && j.evidence !== "data-differs") continue;
    const node = graph.nodes.get(j.revision);
    const below = node ? [...node.parents, ...node.dependsOn] : [];
    if (below.every((a) => !pending.has(a) || out.has(a))) out.add(j.revision);
  }
  return out;
}

// src/core/database/database-findings.ts
init_messages();
function databaseFindings(status, table) {
  if (status.state === "current") return [];
  const facts = { recorded: status.recorded, heads: status.heads, pending: status.pending.length, appliedHeads: status.appliedHeads, unknown: status.unknown, table };
  const revisions = status.state === "unknown-revision" ? status.unknown : status.state === "overlap" ? status.overlaps.flat() : status.heads.filter((h) => !status.appliedHeads.includes(h));
  return [{
    code: `db-${status.state}`,
    severity: "error",
    message: dbStateText(status.state, facts),
    fix: dbStateFix(status.state, { unknown: status.unknown, overlaps: status.overlaps }),
    revisions
  }];
}
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

// src/core/database/stamp-plan.ts
function planStamp(graph, status, judged, allowedHeads = []) {
  const plan = { steps: [], blockers: [], dataDiffers: [] };
  if (status.state === "unknown-revision") {
    plan.blockers.push({ kind: "unknown-rows", revisions: status.unknown });
    return plan;
  }
  let rows = status.recorded;
  if (status.overlaps.length > 0) {
    const below = new Set(status.overlaps.map(([ancestor]) => ancestor));
    rows = status.recorded.filter((r) => !below.has(r));
    plan.steps.push({ kind: "purge", revisions: rows });
  }
  if (status.pending.length === 0) return plan;
  const ok = stampable(graph, judged);
  const byId = new Map(judged.map((j) => [j.revision, j]));
  const targets = [...ok].filter((id) => !graph.nodes.get(id).children.some((c) => ok.has(c)));
  if (targets.length > 0) {
    const ordered = status.pending.map((p) => p.revision).filter((id) => targets.includes(id));
    plan.steps.push({ kind: "stamp", revisions: ordered, covers: ok.size, beside: rows.filter((r) => !isBelowAny(graph, r, ordered)) });
  }
  const rest = status.pending.filter((p) => !ok.has(p.revision));
  const blocked = /* @__PURE__ */ new Set();
  for (const p of rest) {
    const j = byId.get(p.revision);
    if (!j) continue;
    if (j.evidence === "partial") {
      plan.blockers.push({ kind: "partial", revision: p.revision, missing: j.objects.filter((o) => o.matches === false) });
      blocked.add(p.revision);
    } else if (j.evidence === "unknown") {
      plan.blockers.push({ kind: "unknown", revision: p.revision, evidence: j });
      blocked.add(p.revision);
    } else if (j.evidence === "applied-outside" || j.evidence === "data-differs") {
      if (!j.empty) {
        const node = graph.nodes.get(p.revision);
        const after = [...node.parents, ...node.dependsOn].filter((a) => rest.some((r) => r.revision === a));
        plan.blockers.push({ kind: "present-after-missing", revision: p.revision, after });
        blocked.add(p.revision);
      }
    }
  }
  for (const j of judged) {
    for (const o of j.objects) {
      const rowsNote = o.notes.find((n) => n.code === "rows");
      if (rowsNote?.code === "rows" && rowsNote.differing.length > 0) {
        plan.dataDiffers.push({ revision: j.revision, table: o.table, line: o.line, differences: rowsNote.differing, missing: rowsNote.missing });
      }
    }
  }
  const fork = unexcusedHeads(graph, allowedHeads).length > 1;
  if (fork) plan.steps.push({ kind: "merge", heads: graph.heads });
  if (rest.length > 0 || fork) {
    plan.steps.push({ kind: "upgrade", target: graph.heads.length > 1 && !fork ? "heads" : "head", applies: rest.map((p) => p.revision), afterBlockers: blocked.size > 0 });
  }
  return plan;
}
function isBelowAny(graph, row, revisions) {
  const todo = [...revisions];
  const seen = /* @__PURE__ */ new Set();
  while (todo.length > 0) {
    const id = todo.pop();
    const node = graph.nodes.get(id);
    if (!node) continue;
    for (const p of [...node.parents, ...node.dependsOn]) {
      if (p === row) return true;
      if (!seen.has(p)) {
        seen.add(p);
        todo.push(p);
      }
    }
  }
  return false;
}

// src/core/schema/read-upgrade.ts
init_scan_python();

// src/core/schema/operations.ts
var SIGNATURES = {
  create_table: ["table_name"],
  drop_table: ["table_name"],
  rename_table: ["old_table_name", "new_table_name"],
  add_column: ["table_name", "column"],
  drop_column: ["table_name", "column_name"],
  alter_column: ["table_name", "column_name"],
  create_index: ["index_name", "table_name", "columns"],
  drop_index: ["index_name", "table_name"],
  create_unique_constraint: ["constraint_name", "table_name", "columns"],
  create_foreign_key: ["constraint_name", "source_table", "referent_table", "local_cols", "remote_cols"],
  create_check_constraint: ["constraint_name", "table_name", "condition"],
  create_primary_key: ["constraint_name", "table_name", "columns"],
  drop_constraint: ["constraint_name", "table_name", "type_"],
  bulk_insert: ["table", "rows"],
  batch_alter_table: ["table_name", "schema"],
  "batch.add_column": ["column"],
  "batch.drop_column": ["column_name"],
  "batch.alter_column": ["column_name"],
  "batch.create_index": ["index_name", "columns"],
  "batch.drop_index": ["index_name"],
  "batch.create_unique_constraint": ["constraint_name", "columns"],
  "batch.create_foreign_key": ["constraint_name", "referent_table", "local_cols", "remote_cols"],
  "batch.create_check_constraint": ["constraint_name", "condition"],
  "batch.create_primary_key": ["constraint_name", "columns"],
  "batch.drop_constraint": ["constraint_name", "type_"],
  "batch.bulk_insert": ["table", "rows"]
};
var EXECUTE = /* @__PURE__ */ new Set(["execute", "batch.execute"]);
var Unreadable = class extends Error {
};
function interpretOperation(call, name, context, batch) {
  if (EXECUTE.has(name)) return { kind: "execute" };
  const params = SIGNATURES[name];
  if (params === void 0) return { kind: "unsupported" };
  if (call.starred) return { kind: "argument" };
  try {
    return interpret(call, name, params, context, batch);
  } catch (e) {
    if (e instanceof Unreadable) return { kind: "argument" };
    throw e;
  }
}
function interpret(call, name, params, context, batch) {
  const resolve5 = (expr, depth = 0) => {
    if (expr === void 0 || depth > 20) return expr;
    if (expr.k === "name") {
      if (context.poisoned.has(expr.id)) return { k: "other", text: expr.id };
      const bound = context.locals.get(expr.id) ?? context.constants.get(expr.id);
      return bound === void 0 ? expr : resolve5(bound, depth + 1);
    }
    if (expr.k === "call" && expr.args.length === 1 && (calleeName(expr.fn) === "conv" || calleeName(expr.fn) === "f" && isOpObject(expr.fn))) {
      return resolve5(expr.args[0], depth + 1);
    }
    return expr;
  };
  const isOpObject = (fn) => {
    const owner = fn.k === "attr" ? dottedName(fn.obj) : void 0;
    return owner !== void 0 && (context.opAliases.has(owner) || owner === batch?.alias);
  };
  const arg = (param) => {
    const index = params.indexOf(param);
    return resolve5(keyword(call, param) ?? (index >= 0 ? call.args[index] : void 0));
  };
  const str = (expr) => {
    const v = resolve5(expr);
    if (v?.k === "str") return v.v;
    throw new Unreadable();
  };
  const optStr = (expr) => {
    const v = resolve5(expr);
    if (v === void 0 || v.k === "none") return void 0;
    return str(v);
  };
  const names = (expr) => {
    const v = resolve5(expr);
    if (v?.k === "str") return [v.v];
    if (v?.k !== "seq") throw new Unreadable();
    const out = [];
    for (const item of v.items) {
      const r = resolve5(item);
      if (r?.k === "str") out.push(r.v);
      else if (r?.k === "call" && /^(?:text|literal_column)$/.test(calleeName(r.fn) ?? "")) return void 0;
      else throw new Unreadable();
    }
    return out;
  };
  const flag = (expr) => resolve5(expr)?.k === "bool" && resolve5(expr).v;
  const schemaOf = (param = "schema") => optStr(keyword(call, param));
  const withSchema = (schema2) => schema2 === void 0 ? {} : { schema: schema2 };
  const tolerant = (...params2) => params2.some((p) => flag(keyword(call, p))) ? { tolerant: true } : {};
  const inBatch = name.startsWith("batch.");
  const table = () => inBatch ? batch.table : str(arg("table_name"));
  const schema = () => inBatch ? batch.schema : schemaOf();
  const op = inBatch ? `batch_alter_table.${name.slice(6)}` : name;
  const objects = [];
  const unknownParts = [];
  const done = () => ({ kind: "objects", objects, ...unknownParts.length > 0 ? { unknownParts } : {} });
  switch (name) {
    case "batch_alter_table":
      return { kind: "batch", table: str(arg("table_name")), ...withSchema(optStr(arg("schema"))) };
    case "create_table": {
      const t = str(arg("table_name"));
      const s = schemaOf();
      const columns = [];
      for (const item of call.args.slice(1)) {
        const part = tableArgument(resolve5(item) ?? item, resolve5, { op, table: t, ...withSchema(s) });
        if (part === void 0) unknownParts.push(exprText(item));
        else {
          if (part.column !== void 0) columns.push(part.column);
          objects.push(...part.objects);
        }
      }
      objects.unshift({ kind: "table", expected: "present", op, table: t, ...withSchema(s), columns, ...tolerant("if_not_exists") });
      return done();
    }
    case "drop_table":
      objects.push({ kind: "table", expected: "absent", op, table: table(), ...withSchema(schema()), ...tolerant("if_exists") });
      return done();
    case "rename_table": {
      const s = schemaOf();
      objects.push({ kind: "table", expected: "absent", op, table: str(arg("old_table_name")), ...withSchema(s) });
      objects.push({ kind: "table", expected: "present", op, table: str(arg("new_table_name")), ...withSchema(s) });
      return done();
    }
    case "add_column":
    case "batch.add_column": {
      const t = table();
      const s = schema();
      const column = arg("column");
      const part = column === void 0 ? void 0 : tableArgument(column, resolve5, { op, table: t, ...withSchema(s) });
      if (part?.column === void 0) throw new Unreadable();
      objects.push({ kind: "column", expected: "present", op, table: t, ...withSchema(s), name: part.column, ...tolerant("if_not_exists") });
      objects.push(...part.objects);
      return done();
    }
    case "drop_column":
    case "batch.drop_column":
      objects.push({ kind: "column", expected: "absent", op, table: table(), ...withSchema(schema()), name: str(arg("column_name")), ...tolerant("if_exists") });
      return done();
    case "alter_column":
    case "batch.alter_column": {
      const t = table();
      const s = schema();
      const column = str(arg("column_name"));
      const renamed = optStr(keyword(call, "new_column_name"));
      const nullable = resolve5(keyword(call, "nullable"));
      const typeExpr = resolve5(keyword(call, "type_"));
      const unchecked = [];
      const o = { kind: "column", expected: "present", op, table: t, ...withSchema(s), name: renamed ?? column };
      if (nullable !== void 0) {
        if (nullable.k === "bool") o.nullable = nullable.v;
        else unchecked.push(`nullable=${exprText(nullable)}`);
      }
      if (typeExpr !== void 0 && typeExpr.k !== "none") {
        const type = typeFromExpression(typeExpr);
        if (type) o.type = type;
        else unchecked.push(`type_=${exprText(typeExpr)}`);
      }
      for (const kw of ["server_default", "comment", "autoincrement"]) {
        const v = keyword(call, kw);
        if (v !== void 0) unchecked.push(`${kw}=${exprText(v)}`);
      }
      if (unchecked.length > 0) o.unchecked = unchecked;
      objects.push(o);
      if (renamed !== void 0 && renamed !== column) objects.push({ kind: "column", expected: "absent", op, table: t, ...withSchema(s), name: column });
      return done();
    }
    case "create_index":
    case "batch.create_index": {
      const columns = names(arg("columns"));
      objects.push({
        kind: "index",
        expected: "present",
        op,
        table: table(),
        ...withSchema(schema()),
        ...nameOf(optStr(arg("index_name"))),
        ...columns ? { columns } : {},
        ...flag(keyword(call, "unique")) ? { unique: true } : {},
        ...tolerant("if_not_exists")
      });
      return done();
    }
    case "drop_index":
    case "batch.drop_index": {
      const t = inBatch ? batch.table : optStr(arg("table_name"));
      objects.push({ kind: "index", expected: "absent", op, table: t ?? "", ...withSchema(schema()), name: str(arg("index_name")), ...tolerant("if_exists") });
      return done();
    }
    case "create_unique_constraint":
    case "batch.create_unique_constraint":
      objects.push({ kind: "unique", expected: "present", op, table: table(), ...withSchema(schema()), ...nameOf(optStr(arg("constraint_name"))), columns: names(arg("columns")) ?? fail() });
      return done();
    case "create_primary_key":
    case "batch.create_primary_key":
      objects.push({ kind: "primary-key", expected: "present", op, table: table(), ...withSchema(schema()), ...nameOf(optStr(arg("constraint_name"))), columns: names(arg("columns")) ?? fail() });
      return done();
    case "create_check_constraint":
    case "batch.create_check_constraint":
      objects.push({ kind: "check", expected: "present", op, table: table(), ...withSchema(schema()), ...nameOf(optStr(arg("constraint_name"))) });
      return done();
    case "create_foreign_key":
    case "batch.create_foreign_key": {
      const source = inBatch ? batch.table : str(arg("source_table"));
      const sourceSchema = inBatch ? batch.schema : optStr(keyword(call, "source_schema"));
      const refSchema = optStr(keyword(call, "referent_schema"));
      objects.push({
        kind: "foreign-key",
        expected: "present",
        op,
        table: source,
        ...withSchema(sourceSchema),
        ...nameOf(optStr(arg("constraint_name"))),
        columns: names(arg("local_cols")) ?? fail(),
        references: { table: str(arg("referent_table")), ...withSchema(refSchema), columns: names(arg("remote_cols")) ?? fail() }
      });
      return done();
    }
    case "drop_constraint":
    case "batch.drop_constraint":
      objects.push({ kind: "constraint", expected: "absent", op, table: table(), ...withSchema(schema()), name: str(arg("constraint_name")), ...tolerant("if_exists") });
      return done();
    case "bulk_insert":
    case "batch.bulk_insert": {
      const target = tableReference(arg("table"), resolve5);
      const rows = rowsOf(arg("rows"), resolve5);
      objects.push({ kind: "rows", expected: "present", op, table: target.table, ...withSchema(target.schema), rows });
      return done();
    }
  }
  return { kind: "unsupported" };
}
var fail = () => {
  throw new Unreadable();
};
var nameOf = (name) => name === void 0 ? {} : { name };
function tableArgument(expr, resolve5, at) {
  if (expr.k !== "call" || expr.starred) return void 0;
  const kind = calleeName(expr.fn);
  const base = { expected: "present", op: at.op, table: at.table, ...at.schema === void 0 ? {} : { schema: at.schema } };
  const s = (e) => {
    const v = resolve5(e);
    return v?.k === "str" ? v.v : void 0;
  };
  const strs = (items) => {
    const out = items.map(s);
    return out.every((x) => x !== void 0) ? out : void 0;
  };
  const list2 = (e) => {
    const v = resolve5(e);
    return v?.k === "seq" ? strs(v.items) : v?.k === "str" ? [v.v] : void 0;
  };
  const named = (name) => name === void 0 ? {} : { name };
  const isTrue = (e) => {
    const v = resolve5(e);
    return v?.k === "bool" && v.v;
  };
  switch (kind) {
    case "Column": {
      const column = s(keyword(expr, "name") ?? expr.args[0]);
      if (column === void 0) return void 0;
      const objects = [];
      if (isTrue(keyword(expr, "unique"))) objects.push({ kind: "unique", ...base, columns: [column] });
      if (isTrue(keyword(expr, "index"))) objects.push({ kind: "index", ...base, columns: [column], ...isTrue(keyword(expr, "unique")) ? { unique: true } : {} });
      for (const a of expr.args.slice(1)) {
        const r = resolve5(a);
        if (r?.k === "call" && calleeName(r.fn) === "ForeignKey") {
          const ref = referenceOf(s(r.args[0] ?? keyword(r, "column")));
          if (ref) objects.push({ kind: "foreign-key", ...base, ...named(s(keyword(r, "name"))), columns: [column], references: { table: ref.table, ...ref.schema === void 0 ? {} : { schema: ref.schema }, columns: [ref.column] } });
        }
      }
      return { column, objects };
    }
    case "PrimaryKeyConstraint":
    case "UniqueConstraint": {
      const columns = strs(expr.args);
      if (columns === void 0) return void 0;
      if (kind === "PrimaryKeyConstraint") return { objects: [] };
      return { objects: [{ kind: "unique", ...base, ...named(s(keyword(expr, "name"))), columns }] };
    }
    case "ForeignKeyConstraint": {
      const columns = list2(keyword(expr, "columns") ?? expr.args[0]);
      const refs = list2(keyword(expr, "refcolumns") ?? expr.args[1]);
      if (columns === void 0 || refs === void 0 || refs.length === 0) return void 0;
      const parsed = refs.map(referenceOf);
      if (parsed.some((p) => p === void 0)) return void 0;
      const first = parsed[0];
      return { objects: [{ kind: "foreign-key", ...base, ...named(s(keyword(expr, "name"))), columns, references: { table: first.table, ...first.schema === void 0 ? {} : { schema: first.schema }, columns: parsed.map((p) => p.column) } }] };
    }
    case "CheckConstraint":
      return { objects: [{ kind: "check", ...base, ...named(s(keyword(expr, "name"))) }] };
    case "Index": {
      const name = s(expr.args[0] ?? keyword(expr, "name"));
      const columns = strs(expr.args.slice(1));
      return { objects: [{ kind: "index", ...base, ...named(name), ...columns ? { columns } : {}, ...isTrue(keyword(expr, "unique")) ? { unique: true } : {} }] };
    }
    default:
      return void 0;
  }
}
function referenceOf(text) {
  if (text === void 0) return void 0;
  const parts = text.split(".");
  if (parts.length === 2) return { table: parts[0], column: parts[1] };
  if (parts.length === 3) return { schema: parts[0], table: parts[1], column: parts[2] };
  return void 0;
}
function tableReference(expr, resolve5) {
  const v = resolve5(expr);
  if (v?.k !== "call") throw new Unreadable();
  const kind = calleeName(v.fn);
  if (kind !== "table" && kind !== "Table" && kind !== "create_table") throw new Unreadable();
  const name = resolve5(v.args[0] ?? keyword(v, "name") ?? keyword(v, "table_name"));
  if (name?.k !== "str") throw new Unreadable();
  const schema = resolve5(keyword(v, "schema"));
  if (schema !== void 0 && schema.k !== "str" && schema.k !== "none") throw new Unreadable();
  return { table: name.v, ...schema?.k === "str" ? { schema: schema.v } : {} };
}
function rowsOf(expr, resolve5) {
  const v = resolve5(expr);
  if (v?.k !== "seq") throw new Unreadable();
  return v.items.map((item) => {
    const row = resolve5(item);
    if (row?.k !== "dict" || row.spread) throw new Unreadable();
    const out = {};
    for (const { key, value } of row.entries) {
      const k = resolve5(key);
      if (k?.k !== "str") throw new Unreadable();
      const cell2 = resolve5(value);
      out[k.v] = cell2?.k === "str" || cell2?.k === "num" || cell2?.k === "bool" ? { kind: "literal", value: cell2.v } : cell2?.k === "none" ? { kind: "literal", value: null } : { kind: "unknown", text: exprText(value) };
    }
    return out;
  });
}

// src/core/schema/read-upgrade.ts
var BLOCK_REASON = {
  if: "conditional",
  elif: "conditional",
  else: "conditional",
  match: "conditional",
  case: "conditional",
  for: "loop",
  while: "loop",
  try: "try",
  except: "try",
  finally: "try",
  with: "block"
};
var HEADERS = /* @__PURE__ */ new Set([...Object.keys(BLOCK_REASON), "def", "class", "async"]);
var HARMLESS = /^(?:print|logger\.\w+|log\.\w+|logging\.\w+|LOG\.\w+|warnings\.warn)$/;
var NO_EFFECT = /* @__PURE__ */ new Set(["f", "get_bind", "get_context", "inline_literal", "implementation_for"]);
var isOp2 = (t, v) => t !== void 0 && t.kind === "op" && t.value === v;
var isName = (t, v) => t !== void 0 && t.kind === "name" && (v === void 0 || t.value === v);
function topLevel(tokens, from, to, v) {
  const hits = [];
  let depth = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind !== "op") continue;
    if (t.value === "(" || t.value === "[" || t.value === "{") depth++;
    else if (t.value === ")" || t.value === "]" || t.value === "}") depth = Math.max(0, depth - 1);
    else if (depth === 0 && t.value === v) hits.push(k);
  }
  return hits;
}
function nest(lines) {
  const root = [];
  const stack = [{ indent: -1, body: root }];
  for (const line of lines) {
    while (stack.length > 1 && stack[stack.length - 1].indent >= line.indent) stack.pop();
    const stmt = { line, body: [] };
    stack[stack.length - 1].body.push(stmt);
    stack.push({ indent: line.indent, body: stmt.body });
  }
  return root;
}
function opAliases(lines) {
  const aliases = /* @__PURE__ */ new Set();
  for (const { tokens, indent } of lines) {
    if (indent !== 0 || !isName(tokens[0], "from") || !isName(tokens[1], "alembic") || !isName(tokens[2], "import")) continue;
    for (let k = 3; k < tokens.length; k++) {
      if (!isName(tokens[k], "op")) continue;
      aliases.add(isName(tokens[k + 1], "as") && isName(tokens[k + 2]) ? tokens[k + 2].value : "op");
    }
  }
  return aliases;
}
function readUpgrade(text) {
  const lines = [];
  const problems = scanPython(text, (line) => lines.push(line));
  const out = { objects: [], unknown: [] };
  const unknown = (line, reason, what) => out.unknown.push({ line, reason, text: shorten(what) });
  try {
    read(text, lines, out, unknown);
  } catch (e) {
    out.objects = [];
    unknown(1, "unreadable", String(e));
  }
  if (problems.length > 0) {
    out.objects = [];
    out.unknown = [{ line: problems[0].line, reason: "unreadable", text: shorten(problems[0].reason) }];
  }
  return out;
}
function read(text, lines, out, unknown) {
  const src = (tokens, from = 0, to = tokens.length) => from >= to ? "" : text.slice(tokens[from].start, tokens[to - 1].end);
  const modules = nest(lines);
  let def;
  const constants = /* @__PURE__ */ new Map();
  for (const stmt of modules) {
    const t = stmt.line.tokens;
    if (isName(t[0], "def") && isName(t[1], "upgrade")) def = stmt;
    else if (stmt.line.complete && isName(t[0]) && isOp2(t[1], "=") && t.length > 2 && topLevel(t, 0, t.length, "=").length === 1) {
      constants.set(t[0].value, parseExpression(text, t, 2));
    } else if (isName(t[0], "upgrade") || isName(t[0], "async") && isName(t[2], "upgrade")) def = void 0;
  }
  if (def === void 0) {
    unknown(1, "no-upgrade", "upgrade()");
    return;
  }
  out.line = def.line.line;
  for (const line of lines) if (line.tooLong) unknown(line.line, "unreadable", `line ${line.line}`);
  const context = { opAliases: opAliases(lines), constants, locals: /* @__PURE__ */ new Map(), poisoned: /* @__PURE__ */ new Set() };
  const header2 = def.line.tokens;
  const colon = topLevel(header2, 0, header2.length, ":").pop();
  if (colon !== void 0 && colon + 1 < header2.length) simple(header2, colon + 1, header2.length, void 0, void 0);
  walk(def.body, void 0, void 0);
  function walk(stmts, blocked, batch) {
    for (const stmt of stmts) {
      const t = stmt.line.tokens;
      const word = isName(t[0], "async") ? t[1]?.value : t[0]?.kind === "name" ? t[0].value : void 0;
      const isHeader = word !== void 0 && HEADERS.has(word) && (word !== "match" && word !== "case" || isOp2(t[t.length - 1], ":"));
      if (!isHeader) {
        simple(t, 0, t.length, blocked, batch);
        continue;
      }
      const colon2 = topLevel(t, 0, t.length, ":")[0] ?? t.length;
      const binds = word === "for" ? [t.findIndex((tok) => isName(tok, "for")) + 1, t.findIndex((tok) => isName(tok, "in"))] : [t.findIndex((tok) => isName(tok, "as")) + 1, colon2];
      if (word === "def" || word === "class") binds.splice(0, 2, 1, 2);
      for (let k = binds[0]; k > 0 && k < (binds[1] < 0 ? colon2 : binds[1]); k++) if (isName(t[k])) context.poisoned.add(t[k].value);
      if (word === "def" || word === "class") continue;
      let inner = blocked ?? BLOCK_REASON[word] ?? "block";
      let innerBatch = batch;
      if (word === "with" && blocked === void 0) {
        const opened = withBlock(t, colon2);
        if (opened !== void 0) inner = void 0;
        if (opened !== void 0 && opened !== "transparent") innerBatch = opened;
      }
      if (colon2 + 1 < t.length) simple(t, colon2 + 1, t.length, inner, innerBatch);
      walk(stmt.body, inner, innerBatch);
    }
  }
  function withBlock(t, colon2) {
    const asAt = t.findIndex((tok, k) => k < colon2 && isName(tok, "as"));
    if (topLevel(t, 1, colon2, ",").length > 0) return void 0;
    const expr = parseExpression(text, t, 1, asAt < 0 ? colon2 : asAt);
    if (expr.k !== "call") return void 0;
    const { owner, name } = split(expr.fn);
    if (name === "autocommit_block" && expr.fn.k === "attr" && expr.fn.obj.k === "call" && isAlembicOp(split(expr.fn.obj.fn).owner)) return "transparent";
    if (name !== "batch_alter_table" || !isAlembicOp(owner) || asAt < 0 || !isName(t[asAt + 1])) return void 0;
    const result = interpretOperation(expr, "batch_alter_table", context);
    if (result.kind !== "batch") return void 0;
    return { alias: t[asAt + 1].value, table: result.table, ...result.schema === void 0 ? {} : { schema: result.schema } };
  }
  function isAlembicOp(owner) {
    return owner !== void 0 && (context.opAliases.has(owner) || owner === "alembic.op");
  }
  function simple(t, from, to, blocked, batch) {
    let start = from;
    for (const semi of [...topLevel(t, from, to, ";"), to]) {
      if (semi > start) statement(t, start, semi, blocked, batch);
      start = semi + 1;
    }
  }
  function statement(t, from, to, blocked, batch) {
    const first = t[from];
    const line = first.line;
    const shown = src(t, from, to);
    if (first.kind === "string" || isOp2(first, "...")) return;
    if (first.kind === "name" && QUIET_KEYWORDS.has(first.value)) {
      if (first.value === "return" && to - from > 1) expression(t, from + 1, to, blocked, batch, line, shown);
      return;
    }
    if (isName(first, "raise")) {
      unknown(line, blocked ?? "call", shown);
      return;
    }
    const equals = topLevel(t, from, to, "=");
    const augmented = AUGMENTED.some((op) => topLevel(t, from, to, op).length > 0);
    if (equals.length === 0 && !augmented) {
      expression(t, from, to, blocked, batch, line, shown);
      return;
    }
    const annotated = isName(first) && isOp2(t[from + 1], ":");
    const targets = [];
    let valueFrom = to;
    if (augmented) targets.push([from, from + 1]);
    else if (annotated) {
      targets.push([from, from + 1]);
      valueFrom = equals[0] + 1;
    } else {
      let start = from;
      for (const eq of equals) {
        targets.push([start, eq]);
        start = eq + 1;
      }
      valueFrom = start;
    }
    const value = valueFrom < to ? expression(t, valueFrom, to, blocked, batch, line, shown) : void 0;
    for (const [a, b] of targets) {
      if (b - a === 1 && isName(t[a]) && !augmented && blocked === void 0 && value !== void 0) {
        context.locals.set(t[a].value, value);
        context.poisoned.delete(t[a].value);
      } else {
        for (let k = a; k < b; k++) if (isName(t[k])) context.poisoned.add(t[k].value);
      }
    }
  }
  function expression(t, from, to, blocked, batch, line, shown) {
    const expr = parseExpression(text, t, from, to);
    const mentionsOp = () => {
      for (let k = from; k < to; k++) {
        const tok = t[k];
        if (tok.kind === "name" && (context.opAliases.has(tok.value) || tok.value === batch?.alias) && !isOp2(t[k - 1], ".")) return true;
      }
      return false;
    };
    if (expr.k !== "call") {
      if (mentionsOp() && !isPlainReference(expr)) unknown(line, blocked ?? "call", shown);
      return expr;
    }
    const { owner, name, dotted } = split(expr.fn);
    const alembic = isAlembicOp(owner);
    const onBatch = batch !== void 0 && owner === batch.alias;
    if (alembic && NO_EFFECT.has(name ?? "")) return expr;
    if (dotted !== void 0 && HARMLESS.test(dotted) && !mentionsOp()) return expr;
    if (blocked !== void 0) {
      unknown(line, blocked, shown);
      return expr;
    }
    if (!alembic && !onBatch) {
      if (!mentionsOp() && isConstructor(name)) return expr;
      unknown(line, name !== void 0 && EXECUTE2.has(name) ? "execute" : "call", shown);
      return expr;
    }
    const result = interpretOperation(expr, onBatch ? `batch.${name}` : name, context, batch);
    if (result.kind === "objects") {
      for (const o of result.objects) out.objects.push({ ...o, line });
      for (const part of result.unknownParts ?? []) unknown(line, "argument", part);
      return expr;
    }
    if (result.kind === "batch") {
      unknown(line, "operation", shown);
      return expr;
    }
    unknown(line, result.kind === "execute" ? "execute" : result.kind === "unsupported" ? "operation" : "argument", shown);
    return expr;
  }
}
var QUIET_KEYWORDS = /* @__PURE__ */ new Set(["pass", "import", "from", "global", "nonlocal", "del", "assert", "return", "break", "continue"]);
var AUGMENTED = ["+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "**=", "//=", "<<=", ">>="];
var EXECUTE2 = /* @__PURE__ */ new Set(["execute", "exec_driver_sql", "executemany", "executescript"]);
var CONSTRUCTORS = /^(?:table|column|Table|Column|MetaData|text|literal_column|select|insert|update|delete|and_|or_|func|[A-Z][A-Za-z]*(?:Constraint|Type)?)$/;
function isConstructor(name) {
  return name !== void 0 && CONSTRUCTORS.test(name);
}
function isPlainReference(expr) {
  return expr.k === "name" || expr.k === "attr";
}
function split(fn) {
  const dotted = dottedName(fn);
  const name = calleeName(fn);
  if (fn.k !== "attr") return { owner: void 0, name, dotted };
  return { owner: dottedName(fn.obj), name, dotted };
}
function shorten(text) {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > 100 ? `${one.slice(0, 97)}...` : one;
}

// src/db/open-database.ts
init_errors();
init_messages();

// src/db/database-url.ts
init_errors();

// src/core/hide-passwords.ts
function hideUrlPasswords(text) {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)\S*@/gi, "$1***@");
}

// src/db/database-url.ts
init_messages();
var SCHEME = /^([a-z][a-z0-9]*)(?:\+[a-z0-9_]+)?:\/\//i;
function parseDatabaseUrl(url, extraSecrets = []) {
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  const secrets = secretsOf(url, extraSecrets);
  if (scheme === "postgresql" || scheme === "postgres") {
    const target = url.replace(SCHEME, "postgresql://");
    return { dialect: "postgresql", target, shown: redactText(url, secrets), secrets };
  }
  if (scheme === "sqlite") {
    const rest = url.replace(SCHEME, "").replace(/\?.*$/, "");
    const path = rest.startsWith("/") ? rest.slice(1) : rest;
    if (path === "" || path === ":memory:") throw new MigcheckError(dbInMemory(), { hint: DB_URL_HINT });
    return { dialect: "sqlite", target: decodeURIComponent(path), shown: redactText(url, secrets), secrets };
  }
  throw new MigcheckError(dbUnsupportedUrl(scheme), { hint: DB_URL_HINT });
}
function secretsOf(url, extra) {
  const out = new Set(extra.filter((s) => s !== ""));
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^@/?#]*)@/i.exec(url);
  const userinfo = m?.[1];
  const colon = userinfo?.indexOf(":") ?? -1;
  if (userinfo !== void 0 && colon >= 0) {
    const raw = userinfo.slice(colon + 1);
    if (raw !== "") {
      out.add(raw);
      try {
        out.add(decodeURIComponent(raw));
      } catch {
      }
      out.add(encodeURIComponent(raw));
    }
  }
  for (const s of [...out]) {
    if (s === "") out.delete(s);
  }
  return [...out].sort((a, b) => b.length - a.length);
}
function redactText(text, secrets) {
  let out = text;
  for (const s of secrets) out = out.split(s).join("***");
  return hideUrlPasswords(out);
}

// src/db/database-session.ts
var STATEMENT_TIMEOUT_MS = 3e4;
var CONNECT_TIMEOUT_MS = 1e4;
function quoteIdent(name) {
  return `"${name.replace(/"/g, '""')}"`;
}

// src/db/postgres-session.ts
async function openPostgres(connectionString, loadPg2) {
  const { Client: Client2 } = await loadPg2();
  const client = new Client2({
    connectionString,
    application_name: "migcheck",
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    query_timeout: STATEMENT_TIMEOUT_MS + 5e3,
    // Every transaction of this session is read-only, whatever the statements say.
    options: "-c default_transaction_read_only=on"
  });
  client.on("error", () => void 0);
  await client.connect();
  let open2 = true;
  try {
    await client.query("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await client.query(`SET LOCAL statement_timeout = ${STATEMENT_TIMEOUT_MS}`);
    await client.query("SET LOCAL lock_timeout = 5000");
  } catch (e) {
    await client.end().catch(() => void 0);
    throw e;
  }
  const session = {
    dialect: "postgresql",
    async searchPath() {
      const { rows } = await client.query("SELECT current_schemas(false)::text[] AS path");
      return rows[0]?.path ?? [];
    },
    async versionTable(table, schema) {
      const qualified = schema === void 0 ? quoteIdent(table) : `${quoteIdent(schema)}.${quoteIdent(table)}`;
      const { rows } = await client.query("SELECT to_regclass($1)::oid AS oid", [qualified]);
      const where = schema === void 0 ? {} : { schema };
      if (rows[0]?.oid === null || rows[0]?.oid === void 0) return { exists: false, table, ...where };
      const read2 = await client.query(`SELECT version_num AS v FROM ${qualified}`);
      return { exists: true, table, ...where, rows: read2.rows.map((r) => r.v) };
    },
    async catalogue(schemas) {
      const list2 = [...schemas];
      const [columns, indexes, constraints] = [
        await client.query(
          `SELECT n.nspname AS schema, c.relname AS table, a.attname AS column,
                  format_type(a.atttypid, a.atttypmod) AS type, NOT a.attnotnull AS nullable
             FROM pg_catalog.pg_class c
             JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname = ANY($1)
            ORDER BY n.nspname, c.relname, a.attnum`,
          [list2]
        ),
        await client.query(
          `SELECT n.nspname AS schema, t.relname AS table, i.relname AS name, ix.indisunique AS unique,
                  ARRAY(SELECT a.attname::text FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                          LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum AND k.attnum > 0
                         WHERE k.ord <= ix.indnkeyatts ORDER BY k.ord) AS columns
             FROM pg_catalog.pg_index ix
             JOIN pg_catalog.pg_class i ON i.oid = ix.indexrelid
             JOIN pg_catalog.pg_class t ON t.oid = ix.indrelid
             JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = ANY($1)`,
          [list2]
        ),
        await client.query(
          `SELECT n.nspname AS schema, t.relname AS table, con.conname AS name, con.contype AS type,
                  ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                          JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
                  rn.nspname AS ref_schema, rt.relname AS ref_table,
                  ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                          JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS ref_columns
             FROM pg_catalog.pg_constraint con
             JOIN pg_catalog.pg_class t ON t.oid = con.conrelid
             JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
             LEFT JOIN pg_catalog.pg_class rt ON rt.oid = con.confrelid
             LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rt.relnamespace
            WHERE con.contype IN ('p', 'u', 'f', 'c') AND n.nspname = ANY($1)`,
          [list2]
        )
      ];
      const tables = /* @__PURE__ */ new Map();
      for (const r of columns.rows) {
        const key = `${r.schema}\0${r.table}`;
        let t = tables.get(key);
        if (!t) tables.set(key, t = { schema: r.schema, name: r.table, columns: [] });
        if (r.column !== null) t.columns.push({ name: r.column, type: r.type ?? "", nullable: r.nullable ?? true });
      }
      const TYPES = { p: "primary-key", u: "unique", f: "foreign-key", c: "check" };
      return {
        tables: [...tables.values()],
        indexes: indexes.rows.map((r) => ({ schema: r.schema, table: r.table, name: r.name, unique: r.unique, columns: r.columns })),
        constraints: constraints.rows.map((r) => ({
          schema: r.schema,
          table: r.table,
          name: r.name,
          type: TYPES[r.type],
          columns: r.columns,
          ...r.ref_table !== null ? { references: { schema: r.ref_schema ?? "", table: r.ref_table, columns: r.ref_columns } } : {}
        }))
      };
    },
    async rows(schema, table, columns, limit) {
      const list2 = columns.map((c) => `${quoteIdent(c)}::text`).join(", ");
      const { rows } = await client.query({ text: `SELECT ${list2} FROM ${quoteIdent(schema)}.${quoteIdent(table)} LIMIT ${limit + 1}`, rowMode: "array" });
      const cells = rows.slice(0, limit);
      return { schema, table, columns: [...columns], rows: cells, truncated: rows.length > limit };
    },
    async close() {
      if (!open2) return;
      open2 = false;
      try {
        await client.query("ROLLBACK");
      } finally {
        await client.end().catch(() => void 0);
      }
    }
  };
  return session;
}

// src/db/sqlite-session.ts
var import_promises = require("node:fs/promises");
async function nodeSqlite(path) {
  const getBuiltin = process.getBuiltinModule;
  if (typeof getBuiltin !== "function") return void 0;
  const emit = process.emitWarning;
  let mod;
  try {
    process.emitWarning = (() => void 0);
    mod = getBuiltin("node:sqlite");
  } catch {
    mod = void 0;
  } finally {
    process.emitWarning = emit;
  }
  if (!mod?.DatabaseSync) return void 0;
  const db = new mod.DatabaseSync(path, { readOnly: true, timeout: STATEMENT_TIMEOUT_MS });
  return { all: (sql, params = []) => db.prepare(sql).all(...params), close: () => db.close() };
}
async function sqlJs(path, loadSqlJs2) {
  const bytes = await (0, import_promises.readFile)(path);
  const init = await loadSqlJs2();
  const SQL = await init();
  const db = new SQL.Database(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return {
    all(sql, params = []) {
      const [result] = db.exec(sql, params);
      if (!result) return [];
      return result.values.map((row) => Object.fromEntries(result.columns.map((c, i) => [c, row[i]])));
    },
    close: () => db.close()
  };
}
async function openSqlite(path, loadSqlJs2) {
  const engine = await nodeSqlite(path) ?? await sqlJs(path, loadSqlJs2);
  try {
    engine.all("PRAGMA query_only = ON");
    engine.all("SELECT count(*) AS n FROM sqlite_master");
  } catch (e) {
    engine.close();
    throw e;
  }
  return sqliteSession(engine);
}
var cell = (v) => {
  if (v === null || v === void 0) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof Uint8Array) return Buffer.from(v).toString("hex");
  return String(v);
};
function sqliteSession(engine) {
  const { all } = engine;
  return {
    dialect: "sqlite",
    async searchPath() {
      return ["main"];
    },
    async versionTable(table, schema) {
      const where = schema === void 0 ? {} : { schema };
      const found = all("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE", [table]);
      if (found.length === 0) return { exists: false, table, ...where };
      const rows = all(`SELECT version_num AS v FROM ${quoteIdent(String(found[0].name))}`);
      return { exists: true, table, ...where, rows: rows.map((r) => String(r.v)) };
    },
    async catalogue() {
      const columnRows = all(
        `SELECT m.name AS tbl, p.name AS col, p.type AS type, p."notnull" AS not_null, p.pk AS pk
           FROM sqlite_master m JOIN pragma_table_info(m.name) p
          WHERE m.type IN ('table', 'view') ORDER BY m.name, p.cid`
      );
      const indexRows = all(
        `SELECT m.name AS tbl, il.name AS name, il."unique" AS uniq, il.origin AS origin, ii.seqno AS seqno, ii.name AS col
           FROM sqlite_master m JOIN pragma_index_list(m.name) il JOIN pragma_index_info(il.name) ii
          WHERE m.type = 'table' ORDER BY m.name, il.name, ii.seqno`
      );
      const foreignRows = all(
        `SELECT m.name AS tbl, fk.id AS id, fk.seq AS seq, fk."table" AS ref, fk."from" AS col, fk."to" AS refcol
           FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) fk
          WHERE m.type = 'table' ORDER BY m.name, fk.id, fk.seq`
      );
      const sqlRows = all("SELECT name AS tbl, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL");
      const tables = /* @__PURE__ */ new Map();
      const primary = /* @__PURE__ */ new Map();
      for (const r of columnRows) {
        const name = String(r.tbl);
        let t = tables.get(name);
        if (!t) tables.set(name, t = { schema: "main", name, columns: [] });
        t.columns.push({ name: String(r.col), type: String(r.type ?? ""), nullable: Number(r.not_null) === 0 && Number(r.pk) === 0 });
        if (Number(r.pk) > 0) primary.set(name, [...primary.get(name) ?? [], { pk: Number(r.pk), col: String(r.col) }]);
      }
      const constraints = [];
      for (const [table, cols] of primary) {
        constraints.push({ schema: "main", table, name: null, type: "primary-key", columns: cols.sort((a, b) => a.pk - b.pk).map((c) => c.col) });
      }
      const indexes = /* @__PURE__ */ new Map();
      for (const r of indexRows) {
        const key = `${r.tbl}\0${r.name}`;
        let i = indexes.get(key);
        if (!i) indexes.set(key, i = { schema: "main", table: String(r.tbl), name: String(r.name), unique: Number(r.uniq) === 1, columns: [], origin: String(r.origin) });
        i.columns.push(r.col === null || r.col === void 0 ? null : String(r.col));
      }
      for (const i of indexes.values()) {
        if (i.origin === "u") constraints.push({ schema: "main", table: i.table, name: null, type: "unique", columns: i.columns.filter((c) => c !== null) });
      }
      const foreign = /* @__PURE__ */ new Map();
      for (const r of foreignRows) {
        const key = `${r.tbl}\0${r.id}`;
        let f = foreign.get(key);
        if (!f) foreign.set(key, f = { schema: "main", table: String(r.tbl), name: null, type: "foreign-key", columns: [], references: { schema: "main", table: String(r.ref), columns: [] } });
        f.columns.push(String(r.col));
        const refcol = r.refcol === null || r.refcol === void 0 ? primary.get(String(r.ref))?.find((p) => p.pk === Number(r.seq) + 1)?.col : String(r.refcol);
        f.references.columns.push(refcol ?? "");
      }
      constraints.push(...foreign.values());
      for (const r of sqlRows) {
        for (const m of String(r.sql).matchAll(/CONSTRAINT\s+(?:"((?:[^"]|"")+)"|`([^`]+)`|\[([^\]]+)\]|(\w+))\s+CHECK\b/gi)) {
          const name = m[1]?.replace(/""/g, '"') ?? m[2] ?? m[3] ?? m[4];
          constraints.push({ schema: "main", table: String(r.tbl), name, type: "check", columns: [] });
        }
      }
      return { tables: [...tables.values()], indexes: [...indexes.values()].map(({ origin: _o, ...i }) => i), constraints };
    },
    async rows(schema, table, columns, limit) {
      const list2 = columns.map((c, i) => `${quoteIdent(c)} AS c${i}`).join(", ");
      const rows = all(`SELECT ${list2} FROM ${quoteIdent(table)} LIMIT ${limit + 1}`);
      return { schema, table, columns: [...columns], rows: rows.slice(0, limit).map((r) => columns.map((_, i) => cell(r[`c${i}`]))), truncated: rows.length > limit };
    },
    async close() {
      engine.close();
    }
  };
}

// src/db/open-database.ts
var loadPg = async () => {
  const mod = await Promise.resolve().then(() => (init_esm(), esm_exports));
  return mod.default ?? mod;
};
var loadSqlJs = async () => {
  try {
    const mod = await import("sql.js/dist/sql-wasm-inline.js");
    return mod.default;
  } catch (e) {
    const code = e.code;
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") throw new MigcheckError(dbSqliteDriverMissing(process.version));
    throw e;
  }
};
async function openDatabase(rawUrl, env) {
  const url = parseDatabaseUrl(rawUrl, [env.PGPASSWORD ?? ""]);
  try {
    const session = url.dialect === "postgresql" ? await openPostgres(url.target, loadPg) : await openSqlite(url.target, loadSqlJs);
    return { url, session: guarded(session, url) };
  } catch (e) {
    throw databaseError(e, url);
  }
}
function databaseError(e, url) {
  if (e instanceof MigcheckError) return new MigcheckError(redactText(e.message, url.secrets), { exitCode: e.exitCode, ...e.hint ? { hint: redactText(e.hint, url.secrets) } : {} });
  const code = e.code;
  if (url.dialect === "sqlite" && code === "ENOENT") return new MigcheckError(dbNoFile(url.target), { hint: DB_CONNECT_HINT });
  const detail = e instanceof Error ? e.message || String(code ?? e.name) : String(e);
  return new MigcheckError(redactText(dbCannotOpen(url.shown, detail.split("\n")[0]), url.secrets), { hint: DB_CONNECT_HINT });
}
function guarded(session, url) {
  const wrap = (fn) => async (...args) => {
    try {
      return await fn(...args);
    } catch (e) {
      throw databaseError(e, url);
    }
  };
  return {
    dialect: session.dialect,
    searchPath: wrap(() => session.searchPath()),
    versionTable: wrap((t, s) => session.versionTable(t, s)),
    catalogue: wrap((s) => session.catalogue(s)),
    rows: wrap((s, t, c, l) => session.rows(s, t, c, l)),
    close: async () => {
      await session.close().catch(() => void 0);
    }
  };
}

// src/app/read-graphs.ts
var import_node_path16 = require("node:path");
init_errors();
init_messages();
init_reader_version();

// src/cache/tree-summaries.ts
var import_node_fs6 = require("node:fs");
var import_node_path4 = require("node:path");
init_merge_in_load_order();
init_select_revision_files();
init_parse_cache_codec();

// src/cache/prune-oldest.cts
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");
init_write_file_atomic_sync();
var ENTRY = /^[0-9a-f]{40}$/;
var SMALL_SHARE = 1024;
function pruneOldest(dir, limits) {
  let names;
  try {
    names = (0, import_node_fs2.readdirSync)(dir);
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
      const info = (0, import_node_fs2.statSync)((0, import_node_path2.join)(dir, name), { throwIfNoEntry: false });
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
      (0, import_node_fs2.unlinkSync)((0, import_node_path2.join)(dir, entry.name));
    } catch {
    }
  });
}

// src/cache/retired-caches.cts
var import_node_fs3 = require("node:fs");
var import_node_path3 = require("node:path");
var RETIRED_CACHES = ["trees-v1", "environments-v1.json", "trees-v2", "raw-trees-v1", "code-cache-v1"];
function removeRetiredCaches(cacheDir) {
  for (const name of RETIRED_CACHES) {
    const path = (0, import_node_path3.join)(cacheDir, name);
    try {
      if ((0, import_node_fs3.existsSync)(path)) (0, import_node_fs3.rmSync)(path, { recursive: true, force: true });
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
var import_node_fs5 = require("node:fs");
function sectionInMemory(buffer) {
  return { length: buffer.length, onDisk: false, bytes: (start, end) => buffer.subarray(start, end) };
}
function sectionOnDisk(fd, offset, length) {
  return {
    length,
    onDisk: true,
    bytes: (start, end) => {
      const out = Buffer.allocUnsafe(end - start);
      if ((0, import_node_fs5.readSync)(fd, out, 0, out.length, offset + start) !== out.length) throw new Error("tree summary cut short");
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
var MAX_DEPTH2 = 32;
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
  const ids = env.versionLocations.map((location) => treeOf(normaliseDir(location)));
  return ids.every((id) => id !== void 0) ? summaryKey(readerVersion, env, ids) : void 0;
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
    (0, import_node_fs6.utimesSync)(file, now, now);
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
    return new _TreeSummaries((0, import_node_path4.join)(commonDir, "migcheck", SUMMARY_DIR));
  }
  /**
   * Reads one file's parts, as far as `reach`. Sections the first read did not hold stay in the
   * file, kept open until the parts are closed (line-section). Never throws.
   */
  async parts(key, reach2) {
    const file = (0, import_node_path4.join)(this.dir, key);
    let fd;
    let kept = false;
    try {
      let bytes;
      let unread;
      if (reach2 === "records") bytes = (0, import_node_fs6.readFileSync)(file);
      else {
        fd = (0, import_node_fs6.openSync)(file, "r");
        const first = Buffer.allocUnsafe(FIRST_READ);
        const bytesRead = (0, import_node_fs6.readSync)(fd, first, 0, FIRST_READ, 0);
        const line = first.subarray(0, bytesRead).toString("latin1");
        const end2 = line.indexOf("\n");
        const [, , headerBytes2, idsBytes2, pathsBytes2] = line.slice(0, end2).split(FIELD2);
        const headerEnd = end2 + 1 + Number(headerBytes2);
        const length = headerEnd + (reach2 === "header" ? 0 : Number(idsBytes2)) + (reach2 === "paths" ? Number(pathsBytes2) : 0);
        if (end2 < 0 || !Number.isSafeInteger(length)) return void 0;
        if (length <= bytesRead) bytes = first.subarray(0, length);
        else if (length <= READ_WHOLE) {
          bytes = Buffer.allocUnsafe(length);
          if ((0, import_node_fs6.readSync)(fd, bytes, 0, length, 0) !== length) return void 0;
        } else {
          if (length > headerEnd) unread = headerEnd;
          if (headerEnd <= bytesRead) bytes = first.subarray(0, headerEnd);
          else {
            bytes = Buffer.allocUnsafe(headerEnd);
            if ((0, import_node_fs6.readSync)(fd, bytes, 0, headerEnd, 0) !== headerEnd) return void 0;
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
      const parts = { header: header2, close: () => unread !== void 0 && open2 !== void 0 ? (0, import_node_fs6.closeSync)(open2) : void 0 };
      if (reach2 === "header") return parts;
      const idsStart = end + 1 + headerBytes;
      const pathsStart = idsStart + idsBytes;
      const wanted = reach2 !== "ids" && pathsBytes > 0;
      if (unread !== void 0 && open2 !== void 0) {
        if ((0, import_node_fs6.fstatSync)(open2).size < (wanted ? pathsStart + pathsBytes : pathsStart)) return void 0;
        parts.ids = sectionOnDisk(open2, idsStart, idsBytes);
        if (wanted) parts.paths = sectionOnDisk(open2, pathsStart, pathsBytes);
      } else {
        const ids = bytes.subarray(idsStart, pathsStart);
        if (ids.length !== idsBytes) return void 0;
        parts.ids = sectionInMemory(ids);
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
      if (fd !== void 0 && !kept) (0, import_node_fs6.closeSync)(fd);
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
      const parts = chain2.length > MAX_DEPTH2 ? void 0 : await this.parts(at, options.paths ? "paths" : "ids");
      if (!parts || !parts.header.contained) {
        parts?.close();
        close();
        return void 0;
      }
      chain2.push(parts);
      at = parts.header.parent;
    }
    const ids = chain2.map((parts) => parts.ids);
    const paths = chain2.map((parts) => parts.paths);
    return {
      key,
      header: chain2[0].header,
      has: (id) => {
        if (!keepable(id)) return false;
        const needle = Buffer.from(id, "utf8");
        return ids.some((section) => holdsLine(section, 1, needle));
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
    const ids = `
${sortedLines(files.flatMap((file) => file.revision === void 0 ? [] : [file.revision]))}`;
    await this.save(key, header2, ids, paths ?? "", recordPieces(files));
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
    if (depth > MAX_DEPTH2 || !parent.header.contained) return;
    if (added.some((file) => file.blob === void 0 || file.revision === void 0 || !keepable(file.path) || !keepable(file.revision))) return;
    await this.save(key, { ...header2, parent: parent.key, depth }, `
${sortedLines(added.map((file) => file.revision))}`, paths ?? "", recordPieces(added));
    for (let at = parent.key, n = 0; at !== void 0 && n <= MAX_DEPTH2; n++) {
      const parts = await this.parts(at, "header");
      if (!parts) break;
      if (parts.header.parent === void 0) touch((0, import_node_path4.join)(this.dir, at));
      at = parts.header.parent;
    }
  }
  async save(key, header2, ids, paths, records) {
    const headerText = JSON.stringify(header2);
    const first = `${MAGIC}${FIELD2}${key}${FIELD2}${Buffer.byteLength(headerText, "utf8")}${FIELD2}${Buffer.byteLength(ids, "utf8")}${FIELD2}${Buffer.byteLength(paths, "utf8")}
`;
    const file = (0, import_node_path4.join)(this.dir, key);
    if (replaceInPieces(file, fileText([first, headerText, ids, paths], records))) this.prune((0, import_node_fs6.statSync)(file, { throwIfNoEntry: false })?.size);
  }
  /**
   * Drops the oldest summaries beyond MAX_SUMMARIES or MAX_BYTES, temporaries of killed runs, and
   * the caches of earlier formats (up to 256 MB that nothing reads any more). Never throws.
   */
  prune(written) {
    removeRetiredCaches((0, import_node_path4.join)(this.dir, ".."));
    pruneOldest(this.dir, { files: MAX_SUMMARIES, bytes: MAX_BYTES, written });
  }
};

// src/cache/index-facts.ts
var import_node_fs9 = require("node:fs");
var import_node_path6 = require("node:path");
init_read_index();
init_write_file_atomic_sync();

// src/cache/environment-cache.cts
var import_node_fs8 = require("node:fs");
var import_node_path5 = require("node:path");
init_write_file_atomic_sync();
var salt;
function cacheSalt() {
  if (salt === void 0) {
    salt = "migcheck unknown";
    for (let dir = __dirname; ; dir = (0, import_node_path5.dirname)(dir)) {
      if ((0, import_node_fs8.existsSync)((0, import_node_path5.join)(dir, "bin", "migcheck.js"))) {
        try {
          salt = `migcheck ${String(JSON.parse((0, import_node_fs8.readFileSync)((0, import_node_path5.join)(dir, "package.json"), "utf8")).version)}`;
        } catch {
        }
        break;
      }
      if ((0, import_node_path5.dirname)(dir) === dir) break;
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
    const stored = JSON.parse((0, import_node_fs9.readFileSync)(file, "utf8"));
    return stored?.version === 1 && Array.isArray(stored.entries) ? stored.entries : [];
  } catch {
    return [];
  }
}
function indexFactsKept(commonDir, indexFile) {
  const tail = readIndexTail(indexFile);
  const root = tail?.trees.get("");
  if (!tail?.checksum || root === void 0) return readIndexFacts(indexFile);
  const file = (0, import_node_path6.join)(commonDir, "migcheck", INDEX_FACTS_FILE);
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

// src/trees/load-trees.ts
init_reader();
init_expression_items();
init_blob_reader();

// src/alembic/environment-paths.cts
function isUnder(path, location) {
  return location === "" || path === location || path.startsWith(`${location}/`);
}

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
    let read2 = reads.get(key);
    if (!read2) reads.set(key, read2 = store.files(key));
    return read2;
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

// src/app/read-graphs.ts
init_staged_paths();

// src/git/index.ts
init_run_git();

// src/git/open-repository.ts
init_errors();
init_messages();
init_argv();
init_parse_z();
init_run_git();

// src/git/repository-from-files.ts
var import_node_fs15 = require("node:fs");
var import_node_path11 = require("node:path");

// src/git/locate-repository.cts
var import_node_fs14 = require("node:fs");
var import_node_path10 = require("node:path");
var MOVED = ["GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY", "GIT_NAMESPACE"];
var isFile = (path) => (0, import_node_fs14.statSync)(path, { throwIfNoEntry: false })?.isFile() === true;
var isDirectory = (path) => (0, import_node_fs14.statSync)(path, { throwIfNoEntry: false })?.isDirectory() === true;
function locateRepository(cwd, env) {
  try {
    if (MOVED.some((name) => env[name] !== void 0 && env[name] !== "")) return void 0;
    const start = (0, import_node_path10.resolve)(cwd);
    if (start.split(import_node_path10.sep).includes(".git")) return void 0;
    for (let dir = start; ; dir = (0, import_node_path10.dirname)(dir)) {
      const dotGit = (0, import_node_path10.join)(dir, ".git");
      let gitDir;
      if (isDirectory(dotGit)) gitDir = dotGit;
      else if (isFile(dotGit)) {
        const match = /^gitdir: (.+?)\r?\n?$/.exec((0, import_node_fs14.readFileSync)(dotGit, "utf8"));
        if (!match) return void 0;
        gitDir = (0, import_node_path10.isAbsolute)(match[1]) ? match[1] : (0, import_node_path10.resolve)(dir, match[1]);
      }
      if (gitDir !== void 0) {
        if (!isFile((0, import_node_path10.join)(gitDir, "HEAD"))) return void 0;
        const common = (0, import_node_path10.join)(gitDir, "commondir");
        const commonDir = isFile(common) ? (0, import_node_path10.resolve)(gitDir, (0, import_node_fs14.readFileSync)(common, "utf8").trim()) : gitDir;
        const index = env.GIT_INDEX_FILE;
        return { root: dir, gitDir, commonDir, indexFile: index ? (0, import_node_path10.resolve)(start, index) : (0, import_node_path10.join)(gitDir, "index") };
      }
      if (isFile((0, import_node_path10.join)(dir, "HEAD"))) return void 0;
      if ((0, import_node_path10.dirname)(dir) === dir) return void 0;
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
    text = (0, import_node_fs15.readFileSync)(file, "utf8");
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
var ownedHere = (path) => typeof process.geteuid === "function" && (0, import_node_fs15.statSync)(path).uid === process.geteuid();
function repositoryFromFiles(cwd, env) {
  try {
    if (CHANGES_ANSWER.some((name) => env[name] !== void 0 && env[name] !== "")) return void 0;
    const located = locateRepository(cwd, env);
    if (!located) return void 0;
    const { root, gitDir, commonDir } = located;
    if ([root, gitDir, commonDir].some((path) => (0, import_node_fs15.realpathSync)(path) !== path)) return void 0;
    const device = (0, import_node_fs15.statSync)((0, import_node_path11.resolve)(cwd)).dev;
    for (let dir = (0, import_node_path11.resolve)(cwd); ; dir = (0, import_node_path11.dirname)(dir)) {
      if ((0, import_node_fs15.statSync)(dir).dev !== device) return void 0;
      if (dir === root) break;
    }
    const dotGit = (0, import_node_path11.join)(root, ".git");
    if (![root, dotGit, gitDir, commonDir].every(ownedHere)) return void 0;
    if (!(0, import_node_fs15.statSync)((0, import_node_path11.join)(commonDir, "objects")).isDirectory() || !(0, import_node_fs15.statSync)((0, import_node_path11.join)(commonDir, "refs")).isDirectory()) return void 0;
    if (!plainConfig((0, import_node_path11.join)(commonDir, "config")) || gitDir !== commonDir && !plainConfig((0, import_node_path11.join)(gitDir, "config"))) return void 0;
    const shallow = (0, import_node_fs15.statSync)((0, import_node_path11.join)(commonDir, "shallow"), { throwIfNoEntry: false });
    if (shallow?.size === 0 || (0, import_node_fs15.statSync)((0, import_node_path11.join)(commonDir, "info", "grafts"), { throwIfNoEntry: false })) return void 0;
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

// src/git/index.ts
init_blob_reader();
init_argv();

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
var import_node_path12 = require("node:path");
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
  const fail2 = (key, problem) => {
    throw new MigcheckError(configInvalid(source, key, problem), { hint: CONFIG_KEYS_HINT });
  };
  const table = asTable(raw, "the migcheck settings", fail2);
  checkKeys(table, TOP_KEYS, "", fail2);
  const config = { source, severity: {}, ignore: [], allowedHeads: [] };
  if (table.target !== void 0) config.target = nonEmptyString(table.target, "target", fail2);
  if (table.fetchTarget !== void 0) {
    if (typeof table.fetchTarget !== "boolean") fail2("fetchTarget", `must be true or false, not ${describe(table.fetchTarget)}`);
    config.fetchTarget = table.fetchTarget;
  }
  if (table.environments !== void 0) config.environments = environments2(table.environments, fail2);
  if (table.severity !== void 0) {
    const severity = asTable(table.severity, "severity", fail2);
    for (const [code, value] of Object.entries(severity)) {
      if (!isFindingCode(code)) fail2(`severity.${code}`, `is not a finding code (one of: ${FINDING_CODES.join(", ")})`);
      if (typeof value !== "string" || !SEVERITIES.includes(value)) {
        fail2(`severity.${code}`, `must be "error", "warning" or "off", not ${describe(value)}`);
      }
      config.severity[code] = value;
    }
  }
  if (table.ignore !== void 0) config.ignore = stringList(table.ignore, "ignore", fail2).map((p, i) => repoPath(p, `ignore[${i}]`, fail2));
  if (table.allowedHeads !== void 0) config.allowedHeads = stringList(table.allowedHeads, "allowedHeads", fail2);
  if (table.versionTable !== void 0) config.versionTable = nonEmptyString(table.versionTable, "versionTable", fail2);
  if (table.versionTableSchema !== void 0) config.versionTableSchema = nonEmptyString(table.versionTableSchema, "versionTableSchema", fail2);
  return config;
}
function environments2(value, fail2) {
  if (!Array.isArray(value)) return fail2("environments", `must be a list of versions directories or {dir, recursive, allowedHeads} tables, not ${describe(value)}`);
  return value.map((item, i) => {
    const key = `environments[${i}]`;
    if (typeof item === "string") return { versionLocations: [repoPath(item, key, fail2)], allowedHeads: [] };
    const table = asTable(item, key, fail2);
    checkKeys(table, ENVIRONMENT_KEYS, `${key}.`, fail2);
    if (table.dir === void 0) fail2(`${key}.dir`, "is missing (the versions directory, or a list of them)");
    const dirs = typeof table.dir === "string" ? [table.dir] : stringList(table.dir, `${key}.dir`, fail2);
    if (dirs.length === 0) fail2(`${key}.dir`, "must name at least one versions directory");
    if (table.recursive !== void 0 && typeof table.recursive !== "boolean") fail2(`${key}.recursive`, `must be true or false, not ${describe(table.recursive)}`);
    return {
      versionLocations: dirs.map((d, j) => repoPath(d, typeof table.dir === "string" ? `${key}.dir` : `${key}.dir[${j}]`, fail2)),
      ...table.recursive === true ? { recursive: true } : {},
      allowedHeads: table.allowedHeads === void 0 ? [] : stringList(table.allowedHeads, `${key}.allowedHeads`, fail2),
      ...table.versionTable === void 0 ? {} : { versionTable: nonEmptyString(table.versionTable, `${key}.versionTable`, fail2) },
      ...table.versionTableSchema === void 0 ? {} : { versionTableSchema: nonEmptyString(table.versionTableSchema, `${key}.versionTableSchema`, fail2) }
    };
  });
}
function checkKeys(table, known2, prefix, fail2) {
  for (const key of Object.keys(table)) {
    if (known2.includes(key)) continue;
    const near = known2.find((k) => squash(k) === squash(key));
    fail2(`${prefix}${key}`, near ? `is not a known key (did you mean ${prefix}${near}?)` : "is not a known key");
  }
}
var squash = (key) => key.toLowerCase().replace(/[-_]/g, "");
function asTable(value, key, fail2) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return fail2(key, `must be a table/object, not ${describe(value)}`);
  return value;
}
function nonEmptyString(value, key, fail2) {
  if (typeof value !== "string" || value.trim() === "") return fail2(key, `must be a non-empty string, not ${describe(value)}`);
  return value;
}
function stringList(value, key, fail2) {
  if (!Array.isArray(value)) return fail2(key, `must be a list of strings, not ${describe(value)}`);
  return value.map((item, i) => nonEmptyString(item, `${key}[${i}]`, fail2));
}
function repoPath(value, key, fail2) {
  const path = value.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/\/+$/, "");
  if (path.startsWith("/") || /^[A-Za-z]:\//.test(path) || path.split("/").includes("..") || path === "") {
    fail2(key, `must be a path inside the repository, relative to its root, not ${JSON.stringify(value)}`);
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
    const path = (0, import_node_path12.resolve)(options.cwd ?? repoRoot, options.explicitPath);
    const text = await readText(path);
    if (text === void 0) throw new MigcheckError(configMissing(options.explicitPath), { hint: CONFIG_MISSING_HINT });
    return await fromFile(path, text, displayPath(repoRoot, path), true) ?? { ...DEFAULT_CONFIG, severity: {}, ignore: [], allowedHeads: [], source: displayPath(repoRoot, path) };
  }
  for (const name of [".migcheckrc.json", "package.json", "pyproject.toml"]) {
    const path = (0, import_node_path12.resolve)(repoRoot, name);
    const text = await readText(path);
    if (text === void 0) continue;
    const config = await fromFile(path, text, name, false);
    if (config) return config;
  }
  return { ...DEFAULT_CONFIG, severity: {}, ignore: [], allowedHeads: [] };
}
async function fromFile(path, text, shown, explicit) {
  const name = (0, import_node_path12.basename)(path);
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
  const rel = (0, import_node_path12.relative)(repoRoot, path);
  return rel && !rel.startsWith("..") && !(0, import_node_path12.isAbsolute)(rel) ? rel.split("\\").join("/") : path;
}

// src/trees/discover-environments.ts
var import_promises5 = require("node:fs/promises");
var import_node_path13 = require("node:path");
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
  const defaults2 = /* @__PURE__ */ new Map();
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
      const target = name === "DEFAULT" ? defaults2 : sections.get(name) ?? /* @__PURE__ */ new Map();
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
  return { sections, defaults: defaults2 };
}
var InterpolationError = class extends Error {
  constructor(problem) {
    super(problem.kind === "missing" ? `%(${problem.name})s is not set` : `bad interpolation (${problem.kind})`);
    this.problem = problem;
    this.name = "InterpolationError";
  }
  problem;
};
var MAX_DEPTH3 = 10;
function interpolate(value, lookup, depth = 0) {
  if (depth > MAX_DEPTH3) throw new InterpolationError({ kind: "depth" });
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
  const table = document?.tool?.alembic;
  if (!table || typeof table !== "object" || Array.isArray(table)) return void 0;
  const options = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(table)) {
    if (typeof value === "string") options.set(key, tomlString(value));
    else if (Array.isArray(value)) options.set(key, value.filter((v) => typeof v === "string").map(tomlString));
    else if (typeof value === "boolean" || typeof value === "number") options.set(key, value);
  }
  return { config: file.path, section: "tool.alembic", options, lacksScriptLocation: !options.has("script_location"), texts: { toml: file }, fromToml: new Set(options.keys()) };
}
function environmentsFromConfigs(files, scriptDirectories, options = {}) {
  const problems = [];
  const sorted = [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const tomlByFolder = /* @__PURE__ */ new Map();
  for (const file of sorted) {
    if (basename7(file.path) !== "pyproject.toml" || !options.parseToml) continue;
    const source = tomlSource(file, options.parseToml, problems);
    if (source) tomlByFolder.set(folderOf(file.path), source);
  }
  const sources = [];
  const usedToml = /* @__PURE__ */ new Set();
  for (const file of sorted) {
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
    const read2 = await Promise.all(configs.map(async (entry) => {
      try {
        return { path: entry.path, text: await (0, import_promises5.readFile)((0, import_node_path13.join)(repo.root, entry.path), "utf8") };
      } catch {
        return void 0;
      }
    }));
    texts = read2.filter((item) => item !== void 0);
  } else {
    if (configs.length > 0 && !reader) throw new Error("discoverEnvironments needs a BlobReader for git trees");
    const blobs = configs.length > 0 ? await reader.readAll(configs.map((entry) => entry.oid)) : /* @__PURE__ */ new Map();
    texts = configs.filter((entry) => blobs.has(entry.oid)).map((entry) => ({ path: entry.path, text: decoder.decode(blobs.get(entry.oid)) }));
  }
  const needsToml = texts.some((file) => basename8(file.path) === "pyproject.toml" && file.text.includes("alembic"));
  const parseToml2 = needsToml ? (await Promise.resolve().then(() => (init_dist(), dist_exports))).parse : void 0;
  return environmentsFromConfigs(texts, scriptDirectories, { parseToml: parseToml2, osPathSeparator: import_node_path13.delimiter });
}
function requireEnvironments(result, treeName) {
  if (result.environments.length > 0) return result.environments;
  const detail = result.problems.length > 0 ? `; ${result.problems.join("; ")}` : "";
  throw new MigcheckError(`${noEnvironment(treeName)}${detail}`, { hint: NO_ENVIRONMENT_HINT });
}

// src/trees/environments-from-dirs.ts
var import_promises6 = require("node:fs/promises");
var import_node_path14 = require("node:path");
init_errors();
init_messages();
init_list_index();
init_list_tree();
init_alembic_options();
function repositoryRelativeDir(dir, root, cwd) {
  const rel = (0, import_node_path14.relative)(root, (0, import_node_path14.resolve)(cwd, dir));
  if (rel === ".." || rel.startsWith(`..${import_node_path14.sep}`) || (0, import_node_path14.isAbsolute)(rel)) {
    throw new MigcheckError(locationOutsideRepository("--dir", dir));
  }
  return rel.split(import_node_path14.sep).join("/");
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
    if (await (0, import_promises6.lstat)((0, import_node_path14.join)(root, prefix, ".git")).then(() => true, () => false)) return prefix;
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
      const info = await (0, import_promises6.stat)((0, import_node_path14.join)(repo.root, location)).catch(() => void 0);
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
  const ids = heads.map((h) => h.id);
  return { nodes, order: ids, heads: ids, bases: [], problems: [], unreadable: [], files: [...nodes.values()].map((n) => n.file) };
}

// src/app/summary-heads.ts
init_select_revision_files();
init_reader_version();

// src/git/worktree-state.ts
var import_node_fs17 = require("node:fs");
var import_node_os2 = require("node:os");
var import_node_path15 = require("node:path");
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
  const indexFile = (0, import_node_path15.join)(repo.gitDir, "index");
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
    if (key === "core.attributesfile") attributesFile = value.startsWith("~/") ? (0, import_node_path15.join)((0, import_node_os2.homedir)(), value.slice(2)) : (0, import_node_path15.isAbsolute)(value) ? value : (0, import_node_path15.join)(repo.root, value);
  }
  const xdg = repo.env.XDG_CONFIG_HOME || (0, import_node_path15.join)(repo.env.HOME || (0, import_node_os2.homedir)(), ".config");
  const sources = [
    attributesFile ?? (0, import_node_path15.join)(xdg, "git", "attributes"),
    (0, import_node_path15.join)(repo.commonDir, "info", "attributes"),
    ...repo.env.GIT_ATTR_NOSYSTEM ? [] : ["/etc/gitattributes", "/usr/local/etc/gitattributes"],
    ...[...new Set(locations.flatMap(foldersTo))].map((folder) => (0, import_node_path15.join)(repo.root, folder, ".gitattributes"))
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
      indexFactsKept(context.repo.commonDir, (0, import_node_path16.join)(context.repo.gitDir, "index"));
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

// src/app/alembic-invocation.ts
var import_node_path17 = require("node:path");
function alembicInvocation(env) {
  if (env.config === void 0) return { args: [] };
  const folder = (0, import_node_path17.dirname)(env.config);
  const base = env.config.slice(env.config.lastIndexOf("/") + 1);
  const args = [];
  if (base !== "alembic.ini" && base !== "pyproject.toml") args.push("-c", base);
  if (env.section !== void 0 && env.section !== "alembic" && !env.section.startsWith("tool.")) args.push("-n", env.section);
  return { ...folder === "." ? {} : { cwd: folder }, args };
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

// src/app/database-report.ts
var ROWS_LIMIT = 1e4;
async function inspectDatabase(input, options, env) {
  const { url, session } = await openDatabase(options.url, env);
  try {
    if (session.dialect === "sqlite" && options.versionTable.schema !== void 0 && options.versionTable.schema !== "main") {
      throw new MigcheckError(dbSqliteSchema(options.versionTable.schema));
    }
    const environment = await inspectWith(session, input, options);
    return { ok: environment.status.state === "current" && environment.findings.every((f) => f.severity !== "error"), database: { dialect: session.dialect, url: url.shown }, environments: [environment] };
  } finally {
    await session.close();
  }
}
async function inspectWith(session, input, options) {
  const { graph, environment } = input;
  const table = await session.versionTable(options.versionTable.name, options.versionTable.schema);
  const status = databaseStatus(graph, table.exists ? table.rows : void 0);
  const { applied: _applied, ...shown } = status;
  const report = {
    dir: environment.versionLocations[0] ?? "",
    versionLocations: environment.versionLocations,
    ...environment.config ? { config: environment.config } : {},
    versionTable: { ...options.versionTable, exists: table.exists },
    status: shown,
    // A graph Alembic itself cannot load makes every comparison doubtful: its errors come first.
    findings: [...graphFindings(graph).filter((f) => f.severity === "error"), ...databaseFindings(status, options.versionTable.name)],
    alembic: alembicInvocation(environment)
  };
  if (!options.evidence || status.state === "unknown-revision") {
    if (options.evidence) report.plan = planStamp(graph, status, [], input.allowedHeads);
    return report;
  }
  const files = status.pending.map((p) => graph.nodes.get(p.revision).file);
  const texts = await input.readTexts(files);
  const readings = /* @__PURE__ */ new Map();
  for (const p of status.pending) {
    const text = texts.get(p.file);
    readings.set(p.revision, text === void 0 ? { objects: [], unknown: [{ line: 1, reason: "unreadable", text: p.file }] } : readUpgrade(text));
  }
  const catalogue = await readCatalogue(session, readings.values());
  report.evidence = judgeRevisions(graph, status.pending, readings, catalogue);
  report.plan = planStamp(graph, status, report.evidence, input.allowedHeads);
  return report;
}
async function readCatalogue(session, readings) {
  const request = catalogueRequest(readings);
  const searchPath = await session.searchPath();
  const schemas = session.dialect === "sqlite" ? ["main"] : [.../* @__PURE__ */ new Set([...searchPath, ...request.schemas])];
  const read2 = await session.catalogue(schemas);
  const rows = [];
  for (const want of request.rows) {
    const schema = want.schema ?? searchPath.find((s) => read2.tables.some((t) => same(session, t.schema, s) && same(session, t.name, want.table))) ?? searchPath[0] ?? "main";
    const table = read2.tables.find((t) => same(session, t.schema, schema) && same(session, t.name, want.table));
    if (!table) continue;
    const columns = want.columns.map((c) => table.columns.find((tc) => same(session, tc.name, c))?.name).filter((c) => c !== void 0);
    if (columns.length === 0) continue;
    rows.push(await session.rows(table.schema, table.name, columns, ROWS_LIMIT));
  }
  return { dialect: session.dialect, searchPath, schemas, ...read2, rows };
}
var same = (session, a, b) => session.dialect === "sqlite" ? a.toLowerCase() === b.toLowerCase() : a === b;
function environmentNames(env) {
  const names = [env.config, env.config ? (0, import_node_path18.dirname)(env.config) : void 0, env.section, env.versionLocations[0], env.scriptLocation];
  return [...new Set(names.filter((n) => n !== void 0 && n !== "" && n !== "."))];
}
function chooseEnvironment(graphs, wanted) {
  const label = (g) => g.environment.config ?? g.environment.versionLocations[0] ?? "";
  if (wanted !== void 0) {
    const norm = wanted.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "");
    const hits = graphs.filter((g) => environmentNames(g.environment).includes(norm));
    if (hits.length === 1) return hits[0];
    throw new MigcheckError(hits.length === 0 ? dbUnknownEnvironment(wanted, graphs.map(label)) : dbWhichEnvironment(hits.map((g) => g.environment.versionLocations[0] ?? "")));
  }
  if (graphs.length === 1) return graphs[0];
  throw new MigcheckError(dbWhichEnvironment(graphs.map(label)));
}
var optionString = (args, name) => {
  const v = args.options[name];
  if (v === void 0 || v === false) return void 0;
  if (typeof v !== "string" || v.trim() === "") throw new MigcheckError(dbBadOption(`--${name}`));
  return v;
};
function databaseUrl(args, io, option = "url") {
  const given = optionString(args, option);
  const argument = args.positionals[0];
  if (given !== void 0 && argument !== void 0) throw new MigcheckError(dbUrlTwice(), { hint: DB_URL_HINT });
  if (argument !== void 0 && argument.trim() === "") throw new MigcheckError(dbNoUrl(), { hint: DB_URL_HINT });
  const url = given ?? argument ?? (io.env.MIGCHECK_DATABASE_URL || void 0) ?? (io.env.DATABASE_URL || void 0);
  if (url === void 0) throw new MigcheckError(dbNoUrl(), { hint: DB_URL_HINT });
  return url;
}
function versionTableFor(args, config, env) {
  const entry = config.environments?.find((c) => c.versionLocations.join("\0") === env.versionLocations.join("\0"));
  const name = optionString(args, "version-table") ?? entry?.versionTable ?? config.versionTable ?? "alembic_version";
  const schema = optionString(args, "version-table-schema") ?? entry?.versionTableSchema ?? config.versionTableSchema;
  return { name, ...schema === void 0 ? {} : { schema } };
}
async function readDatabaseReport(args, io, evidence) {
  const url = databaseUrl(args, io);
  const { context, graphs } = await readGraphs(args, io);
  const chosen = chooseEnvironment(graphs, optionString(args, "env"));
  const worktree = typeof args.options.rev !== "string";
  return inspectDatabase(
    { environment: chosen.environment, graph: chosen.graph, readTexts: revisionTextReader(context.repo, worktree), allowedHeads: allowedHeadsFor(context.config, chosen.environment) },
    { url, versionTable: versionTableFor(args, context.config, chosen.environment), evidence },
    io.env
  );
}
async function appliedRepoints(args, io, config, plans) {
  const { url, session } = await openDatabase(databaseUrl(args, io, "db"), io.env);
  try {
    const applied = [];
    for (const plan of plans) {
      if (plan.revisions.length === 0) {
        applied.push([]);
        continue;
      }
      const table = versionTableFor(args, config, plan.environment);
      const read2 = await session.versionTable(table.name, table.schema);
      const graph = buildGraph(plan.files);
      const rows = read2.exists ? read2.rows.filter((r) => graph.nodes.has(r)) : [];
      const done = databaseStatus(graph, rows).applied;
      applied.push(plan.revisions.filter((r) => done.has(r)));
    }
    return { url: url.shown, applied };
  } finally {
    await session.close();
  }
}

// src/render/db-json.ts
init_messages();
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
function renderDatabaseJson(report, options) {
  return `${JSON.stringify(databaseJson(report, options), null, 2)}
`;
}

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
  const verdict2 = e.empty ? dbEmptyRevision() : DB_EVIDENCE_TEXT[e.evidence] ?? e.evidence;
  const colour = e.evidence === "applied-outside" ? style.ok : e.evidence === "absent" ? style.dim : e.evidence === "partial" ? style.error : style.warning;
  const lines = [`    ${style.bold(revision)}  ${colour(verdict2)}  ${style.dim(file)}`];
  for (const o of e.objects) lines.push(objectLine(o, style));
  for (const u of e.unknownSteps) lines.push(`      ${style.warning("?")} ${dbUnknownStep(u.line, u.reason, u.text)}`);
  return lines;
}
function header(report, env, style) {
  const table = `${env.versionTable.schema ? `${env.versionTable.schema}.` : ""}${env.versionTable.name}`;
  return [
    style.bold(environmentHeading(env.dir, env.config)),
    `  ${dbLabels.database}  ${report.database.url} (${table})`,
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
function chooseStyle(flag, env, isTTY) {
  if (flag !== void 0) return flag ? coloured : plain;
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return plain;
  if (env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "0") return coloured;
  return isTTY() ? coloured : plain;
}

// src/cli/commands/db.ts
async function run(args, io) {
  const format = args.options.format ?? "human";
  const plan = args.command === "db stamp-plan";
  const report = await readDatabaseReport(args, io, plan || args.options.schema === true);
  if (format === "json") io.stdout(renderDatabaseJson(report, { plan }));
  else {
    const style = chooseStyle(args.options.color, io.env, () => io.stdoutIsTTY);
    io.stdout(plan ? renderStampPlan(report, style) : renderDatabaseStatus(report, style, { quiet: args.options.quiet === true }));
  }
  return report.ok ? 0 : 1;
}

// <db bundle>
var __modules = { "cli/commands/db": db_exports, "app/database-report": database_report_exports };
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  __modules,
  run
});
