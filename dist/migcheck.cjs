// Built by scripts/build.mjs from src/: do not edit; run `npm run build`.
var __migcheck_import_meta_url = require("node:url").pathToFileURL(__filename).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
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

// bundle-of:src/cli/commands/check.ts
var require_check = __commonJS({
  "bundle-of:src/cli/commands/check.ts"(exports2, module2) {
    module2.exports = require("./check.cjs").__modules["cli/commands/check"];
  }
});

// bundle-of:src/cli/commands/pre-push.ts
var require_pre_push = __commonJS({
  "bundle-of:src/cli/commands/pre-push.ts"(exports2, module2) {
    module2.exports = require("./check.cjs").__modules["cli/commands/pre-push"];
  }
});

// bundle-of:src/cli/commands/rebase-plan.ts
var require_rebase_plan = __commonJS({
  "bundle-of:src/cli/commands/rebase-plan.ts"(exports2, module2) {
    module2.exports = require("./repair.cjs").__modules["cli/commands/rebase-plan"];
  }
});

// bundle-of:src/cli/commands/merge.ts
var require_merge = __commonJS({
  "bundle-of:src/cli/commands/merge.ts"(exports2, module2) {
    module2.exports = require("./repair.cjs").__modules["cli/commands/merge"];
  }
});

// bundle-of:src/cli/commands/heads.ts
var require_heads = __commonJS({
  "bundle-of:src/cli/commands/heads.ts"(exports2, module2) {
    module2.exports = require("./check.cjs").__modules["cli/commands/heads"];
  }
});

// bundle-of:src/cli/commands/graph.ts
var require_graph = __commonJS({
  "bundle-of:src/cli/commands/graph.ts"(exports2, module2) {
    module2.exports = require("./check.cjs").__modules["cli/commands/graph"];
  }
});

// bundle-of:src/cli/commands/init.ts
var require_init = __commonJS({
  "bundle-of:src/cli/commands/init.ts"(exports2, module2) {
    module2.exports = require("./init.cjs").__modules["cli/commands/init"];
  }
});

// bundle-of:src/cli/yargs-cli.ts
var require_yargs_cli = __commonJS({
  "bundle-of:src/cli/yargs-cli.ts"(exports2, module2) {
    module2.exports = require("./help.cjs").__modules["cli/yargs-cli"];
  }
});

// <migcheck bundle>
var migcheck_bundle_exports = {};
__export(migcheck_bundle_exports, {
  __modules: () => __modules,
  main: () => main,
  parseFast: () => parseFast
});
module.exports = __toCommonJS(migcheck_bundle_exports);

// src/cli/main.ts
var main_exports = {};
__export(main_exports, {
  main: () => main,
  parseFast: () => parseFast
});
var import_node_util = require("node:util");
var import_node_path = require("node:path");

// src/cli/command-table.ts
var command_table_exports = {};
__export(command_table_exports, {
  COMMANDS: () => COMMANDS,
  DEFAULT_COMMAND: () => DEFAULT_COMMAND,
  GLOBAL_OPTIONS: () => GLOBAL_OPTIONS
});
var GLOBAL_OPTIONS = {
  cwd: { type: "string", describe: "run as if started in DIR" },
  target: { type: "string", describe: "the branch this work will merge into (default: origin/HEAD, origin/main, origin/master, main, master)" },
  dir: { type: "string", multiple: true, describe: "a versions directory to check, overriding discovery (repeatable)" },
  config: { type: "string", describe: "the migcheck config file to use" },
  format: { type: "string", describe: "output format: human, json or github (graph: text, mermaid, dot, json)" },
  quiet: { type: "boolean", short: "q", describe: "print only errors" },
  color: { type: "boolean", describe: "force colour on (--no-color turns it off)" },
  debug: { type: "boolean", describe: "print internal detail when something fails" }
};
var rev = { type: "string", describe: "check a committed tree (a commit, branch or tag) instead of the index" };
var COMMANDS = [
  {
    name: "check",
    usage: "check [paths..]",
    describe: "check the staged migrations (or --rev REV) against the target branch",
    options: { rev },
    load: () => Promise.resolve().then(() => __toESM(require_check(), 1))
  },
  {
    name: "pre-push",
    usage: "pre-push [remote] [url]",
    describe: "check each pushed tip (git's pre-push lines on stdin)",
    options: {},
    load: () => Promise.resolve().then(() => __toESM(require_pre_push(), 1))
  },
  {
    name: "rebase-plan",
    usage: "rebase-plan",
    describe: "print the steps that put this branch's migrations on top of the target's head(s)",
    options: { apply: { type: "boolean", describe: "perform the file edits (never stages or commits)" } },
    load: () => Promise.resolve().then(() => __toESM(require_rebase_plan(), 1))
  },
  {
    name: "merge",
    usage: "merge",
    describe: "write a merge migration over the current heads, as `alembic merge heads` would",
    options: {
      message: { type: "string", short: "m", describe: "the message (also the file name slug)" },
      "rev-id": { type: "string", describe: "the new revision id (default: 12 random hex digits)" }
    },
    load: () => Promise.resolve().then(() => __toESM(require_merge(), 1))
  },
  {
    name: "heads",
    usage: "heads",
    describe: "list the heads of each environment (working tree by default)",
    options: { rev: { type: "string", describe: "read a committed tree" }, staged: { type: "boolean", describe: "read the index" } },
    load: () => Promise.resolve().then(() => __toESM(require_heads(), 1))
  },
  {
    name: "graph",
    usage: "graph",
    describe: "draw the revision graph (--format text, mermaid, dot or json)",
    options: { rev: { type: "string", describe: "read a committed tree" }, staged: { type: "boolean", describe: "read the index" } },
    load: () => Promise.resolve().then(() => __toESM(require_graph(), 1))
  },
  {
    name: "init",
    usage: "init",
    describe: "install the hooks (husky + lint-staged with package.json, plain git hooks otherwise)",
    options: {
      "dry-run": { type: "boolean", describe: "print what would change, change nothing" },
      "pre-commit": { type: "boolean", describe: "print the snippet for the pre-commit framework" }
    },
    load: () => Promise.resolve().then(() => __toESM(require_init(), 1))
  }
];
var DEFAULT_COMMAND = "check";

// src/core/errors.ts
var errors_exports = {};
__export(errors_exports, {
  MigcheckError: () => MigcheckError
});
var MigcheckError = class extends Error {
  /** 2 = could not check (usage, repository, target, history, config), per the CLI contract. */
  exitCode;
  /** What to do about it, printed on its own line. */
  hint;
  constructor(message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "MigcheckError";
    this.exitCode = options.exitCode ?? 2;
    this.hint = options.hint;
  }
};

// src/core/messages.ts
var messages_exports = {};
__export(messages_exports, {
  APPLIED_NOT_STAGED: () => APPLIED_NOT_STAGED,
  BAD_REF_HINT: () => BAD_REF_HINT,
  BRANCHPOINT_MARKER: () => BRANCHPOINT_MARKER,
  CONFIG_KEYS_HINT: () => CONFIG_KEYS_HINT,
  CONFIG_MISSING_HINT: () => CONFIG_MISSING_HINT,
  CYCLE_MARKER: () => CYCLE_MARKER,
  GIT_NOT_FOUND: () => GIT_NOT_FOUND,
  GIT_NOT_FOUND_HINT: () => GIT_NOT_FOUND_HINT,
  INIT_ADD_MIGCHECK: () => INIT_ADD_MIGCHECK,
  INIT_BARE: () => INIT_BARE,
  INIT_CHAIN_TAKEN_HINT: () => INIT_CHAIN_TAKEN_HINT,
  INIT_DRY_RUN_DONE: () => INIT_DRY_RUN_DONE,
  INIT_NOTHING_TO_DO: () => INIT_NOTHING_TO_DO,
  INIT_RUN_HUSKY: () => INIT_RUN_HUSKY,
  INIT_RUN_NPM_INSTALL: () => INIT_RUN_NPM_INSTALL,
  INIT_WHAT: () => INIT_WHAT,
  MERGEPOINT_MARKER: () => MERGEPOINT_MARKER,
  MERGE_NOT_STAGED: () => MERGE_NOT_STAGED,
  MULTIPLE_HEADS_FIX: () => MULTIPLE_HEADS_FIX,
  NOT_A_REPOSITORY_HINT: () => NOT_A_REPOSITORY_HINT,
  NO_ENVIRONMENT_HINT: () => NO_ENVIRONMENT_HINT,
  NO_MERGE_BASE_SHALLOW_HINT: () => NO_MERGE_BASE_SHALLOW_HINT,
  NO_TARGET_HINT: () => NO_TARGET_HINT,
  PLAN_APPLY_HINT: () => PLAN_APPLY_HINT,
  READER_CONFLICT_FIX: () => READER_CONFLICT_FIX,
  READER_EMPTY_REVISION: () => READER_EMPTY_REVISION,
  REFUSE_BLOCKED_PLAN: () => REFUSE_BLOCKED_PLAN,
  SYMLINK_FIX: () => SYMLINK_FIX,
  UNKNOWN_REV_HINT: () => UNKNOWN_REV_HINT,
  UNKNOWN_TARGET_HINT: () => UNKNOWN_TARGET_HINT,
  alembicConfigUnreadable: () => alembicConfigUnreadable,
  allClear: () => allClear,
  appliedDelete: () => appliedDelete,
  appliedGitStillToDo: () => appliedGitStillToDo,
  appliedHeader: () => appliedHeader,
  appliedRepoint: () => appliedRepoint,
  applyWriteFailed: () => applyWriteFailed,
  applyWrongHeads: () => applyWrongHeads,
  badObjectId: () => badObjectId,
  badPathSeparator: () => badPathSeparator,
  badRef: () => badRef,
  behindTarget: () => behindTarget,
  behindTargetFix: () => behindTargetFix,
  blobMissing: () => blobMissing,
  blobReaderFailed: () => blobReaderFailed,
  bypassedChain: () => bypassedChain,
  bypassedChainFix: () => bypassedChainFix,
  checkSummary: () => checkSummary,
  configInvalid: () => configInvalid,
  configMissing: () => configMissing,
  configUnreadable: () => configUnreadable,
  cycle: () => cycle,
  cycleFix: () => cycleFix,
  dependsOnMarker: () => dependsOnMarker,
  dirInSubmodule: () => dirInSubmodule,
  dirIsFile: () => dirIsFile,
  dirMissing: () => dirMissing,
  directoryNotFound: () => directoryNotFound,
  downRevisionLiteral: () => downRevisionLiteral,
  duplicateLabel: () => duplicateLabel,
  duplicateLabelFix: () => duplicateLabelFix,
  duplicateRevision: () => duplicateRevision,
  duplicateRevisionFix: () => duplicateRevisionFix,
  editedPublished: () => editedPublished,
  editedPublishedFix: () => editedPublishedFix,
  environmentHeading: () => environmentHeading,
  gitFailed: () => gitFailed,
  graphUnreadable: () => graphUnreadable,
  headMarker: () => headMarker,
  hookCannotFindMigcheck: () => hookCannotFindMigcheck,
  hookRemoval: () => hookRemoval,
  initBadJson: () => initBadJson,
  initChainTaken: () => initChainTaken,
  initChange: () => initChange,
  initLintStagedManual: () => initLintStagedManual,
  initMode: () => initMode,
  initPlainRemoval: () => initPlainRemoval,
  internalFailure: () => internalFailure,
  interpolationMissing: () => interpolationMissing,
  interpolationSyntax: () => interpolationSyntax,
  labelsMarker: () => labelsMarker,
  latin1Unencodable: () => latin1Unencodable,
  locationOutsideRepository: () => locationOutsideRepository,
  mergeBadRevId: () => mergeBadRevId,
  mergeChooseEnvironment: () => mergeChooseEnvironment,
  mergeFileExists: () => mergeFileExists,
  mergeFileTemplateUnsupported: () => mergeFileTemplateUnsupported,
  mergeNothingToDo: () => mergeNothingToDo,
  mergeRevIdTaken: () => mergeRevIdTaken,
  mergeTemplateUnsupported: () => mergeTemplateUnsupported,
  mergeUnknownTimezone: () => mergeUnknownTimezone,
  mergeWrote: () => mergeWrote,
  missingParent: () => missingParent,
  missingParentFix: () => missingParentFix,
  missingParentMarker: () => missingParentMarker,
  missingParentMeant: () => missingParentMeant,
  missingParentMeantFix: () => missingParentMeantFix,
  multipleHeads: () => multipleHeads,
  noEnvironment: () => noEnvironment,
  noMergeBaseShallow: () => noMergeBaseShallow,
  noTargetFound: () => noTargetFound,
  notARepository: () => notARepository,
  notCausedByChange: () => notCausedByChange,
  onceMerged: () => onceMerged,
  packageLocationNotFound: () => packageLocationNotFound,
  planDeleteStep: () => planDeleteStep,
  planGitStep: () => planGitStep,
  planHeader: () => planHeader,
  planNothingToDo: () => planNothingToDo,
  planRepointStep: () => planRepointStep,
  planResultHeads: () => planResultHeads,
  planTargetHasHeads: () => planTargetHasHeads,
  preCommitSnippet: () => preCommitSnippet,
  prePushBadLine: () => prePushBadLine,
  preexistingBaseHeads: () => preexistingBaseHeads,
  preexistingBaseHeadsFix: () => preexistingBaseHeadsFix,
  preexistingHeads: () => preexistingHeads,
  preexistingHeadsFix: () => preexistingHeadsFix,
  readerBoundBy: () => readerBoundBy,
  readerCompiled: () => readerCompiled,
  readerConditional: () => readerConditional,
  readerConflictMarkers: () => readerConflictMarkers,
  readerIllegalChars: () => readerIllegalChars,
  readerLineTooLong: () => readerLineTooLong,
  readerNoDownRevision: () => readerNoDownRevision,
  readerNoRevision: () => readerNoRevision,
  readerNotLiteral: () => readerNotLiteral,
  readerNotString: () => readerNotString,
  readerRepeated: () => readerRepeated,
  readerSyntax: () => readerSyntax,
  readerUnresolvedConstant: () => readerUnresolvedConstant,
  redundantMerge: () => redundantMerge,
  redundantMergeFix: () => redundantMergeFix,
  refuseChanged: () => refuseChanged,
  refuseNoDownRevision: () => refuseNoDownRevision,
  refuseNotLiteral: () => refuseNotLiteral,
  refusePublished: () => refusePublished,
  refuseReadOnly: () => refuseReadOnly,
  refuseSeveralAssignments: () => refuseSeveralAssignments,
  refuseUnstaged: () => refuseUnstaged,
  repairUnreadable: () => repairUnreadable,
  scriptLocationMissing: () => scriptLocationMissing,
  skipped: () => skipped,
  stagedAndRev: () => stagedAndRev,
  symlinkEscapes: () => symlinkEscapes,
  symlinkNotFollowed: () => symlinkNotFollowed,
  unknownFormat: () => unknownFormat,
  unknownRev: () => unknownRev,
  unknownTarget: () => unknownTarget,
  unparseable: () => unparseable,
  unparseableFix: () => unparseableFix,
  unresolvedLabel: () => unresolvedLabel,
  unresolvedLabelFix: () => unresolvedLabelFix,
  usageError: () => usageError
});
var readerNoRevision = (filename) => `Could not determine revision id from filename ${filename}. Be sure the 'revision' variable is declared inside the script (please see 'Upgrading from Alembic 0.1 to 0.2' in the documentation).`;
var readerNoDownRevision = (moduleId) => `down_revision is not assigned at module level; Alembic fails to load this file (AttributeError: module '${moduleId}' has no attribute 'down_revision')`;
var readerIllegalChars = (chars, revision) => `Character(s) '${chars.join(", ")}' not allowed in revision identifier '${revision}'`;
var readerNotLiteral = (field, what) => `${field} is ${what}, not a literal; migcheck reads revision files without running them, so write it as a string, tuple or list literal`;
var readerNotString = (field, what) => `${field} must be a string (or a tuple or list of strings), not ${what}`;
var READER_EMPTY_REVISION = "revision is an empty string";
var readerRepeated = (field, lines) => `${field} is assigned ${lines.length} times at module level (lines ${lines.length > 10 ? `${lines.slice(0, 10).join(", ")}, …` : lines.join(", ")}); Python keeps the last value, and migcheck will not edit this file`;
var readerConditional = (field, keyword) => `${field} is assigned inside a module-level '${keyword}' block, so its value is decided when Python runs the file and cannot be read statically; assign it once at module level`;
var readerBoundBy = (field, how) => `${field} is ${how}, which cannot be read statically; assign it once at module level`;
var readerLineTooLong = (max) => `this statement has more than ${max} tokens and names revision, down_revision, branch_labels or depends_on; migcheck does not read statements that long`;
var readerSyntax = (detail) => `Python cannot parse this file: ${detail}`;
var readerConflictMarkers = (marker) => `unresolved merge conflict markers (${marker} starts this line): resolve the conflict first`;
var READER_CONFLICT_FIX = "keep the lines you mean, delete every marker line (<<<<<<<, |||||||, =======, >>>>>>>), then run migcheck again";
var readerCompiled = (path) => `${path} is compiled bytecode; migcheck reads revision sources only`;
var readerUnresolvedConstant = (field, expression, why) => `${field} item ${expression} could not be resolved to a string constant (${why}); it is kept as written`;
var latin1Unencodable = (codePoint) => `cannot write U+${codePoint.toString(16).toUpperCase().padStart(4, "0")} into a latin-1 encoded revision file`;
var quoted = (ids2) => ids2.map((id) => `'${id}'`).join(", ");
var missingParent = (revision, field, missing) => field === "down_revision" ? `revision '${revision}' has down_revision '${missing}', which no revision file declares` : `revision '${revision}' has depends_on '${missing}', which is neither a revision nor a branch label`;
var missingParentMeant = (field, missing, meant, file) => `${field} names '${missing}', which is a file name: that file (${file}) declares revision '${meant}'`;
var missingParentMeantFix = (field, missing, meant, sole) => sole ? `set ${field} = '${meant}'` : `in ${field}, replace '${missing}' with '${meant}'`;
var missingParentFix = (field, missing) => `point ${field} at an existing revision instead of '${missing}', or restore the file that declares '${missing}'`;
var duplicateRevision = (revision, files) => `revision '${revision}' is declared by ${files.length} files: ${files.join(", ")}`;
var duplicateRevisionFix = (revision) => `give all but one of these files a new revision id (and repoint their children), or delete the copy; which file Alembic uses for '${revision}' depends on file-system order`;
var cycle = (revisions, via) => revisions.length === 1 ? `revision '${revisions[0]}' names itself in ${via}` : via === "down_revision" ? `the down_revision links of ${quoted(revisions)} form a cycle` : `the down_revision and depends_on links of ${quoted(revisions)} form a cycle`;
var cycleFix = (revisions, via) => revisions.length === 1 ? `remove '${revisions[0]}' from its own ${via}` : `break the cycle: one of ${quoted(revisions)} must name a revision outside it in ${via === "down_revision" ? "down_revision" : "down_revision or depends_on"}`;
var duplicateLabel = (label, revisions, isRevisionId) => isRevisionId ? `branch label '${label}' of ${quoted(revisions.slice(1))} is also a revision id` : revisions.length === 1 ? `branch label '${label}' is listed twice in branch_labels of '${revisions[0]}'` : `branch label '${label}' is used by ${revisions.length} revisions: ${quoted(revisions)}`;
var duplicateLabelFix = (label) => `rename branch label '${label}' so that each label names one revision and no label equals a revision id`;
var unresolvedLabel = (revision, field, text) => field === "branch_labels" ? `branch_labels of '${revision}' holds ${text}, which cannot be read without running Python: migcheck counts it as a label named '${text}'` : `depends_on of '${revision}' holds ${text}, which cannot be read without running Python: migcheck ignores it`;
var unresolvedLabelFix = (field) => `write ${field} as string literals to let migcheck check it`;
var unparseable = (reason) => reason;
var unparseableFix = (field) => field === "revision" ? `write revision = '<id>' as a plain string literal` : field === void 0 ? `write revision, down_revision, branch_labels and depends_on as plain literals at module level` : `write ${field} as a string literal, a tuple or list of string literals, or None`;
var labelsMarker = (labels) => labels.length > 0 ? ` (${labels.join(", ")})` : "";
var headMarker = (effective) => effective ? " (effective head)" : " (head)";
var BRANCHPOINT_MARKER = " (branchpoint)";
var MERGEPOINT_MARKER = " (mergepoint)";
var CYCLE_MARKER = " (cycle)";
var missingParentMarker = (missing) => ` (missing ${quoted(missing)})`;
var dependsOnMarker = (ids2) => ` (depends on ${ids2.join(", ")})`;
var graphUnreadable = (path) => `? ${path} (revision id unreadable)`;
var gitFailed = (args, stderr) => {
  const line = stderr.split("\n").map((l) => l.trim()).find((l) => l !== "") ?? "no message";
  return `git ${args[0] ?? ""} failed: ${line.replace(/^(fatal|error): /, "")}`;
};
var GIT_NOT_FOUND = "git was not found on PATH";
var GIT_NOT_FOUND_HINT = "install git (2.31 or newer) or add it to PATH";
var directoryNotFound = (dir) => `${dir} does not exist`;
var notARepository = (cwd) => `${cwd} is not inside a git repository`;
var NOT_A_REPOSITORY_HINT = "run migcheck inside the repository, or pass --cwd DIR";
var badRef = (what, ref) => `${what} ${JSON.stringify(ref)} is not a valid git ref`;
var BAD_REF_HINT = 'name a branch, tag or commit (a ref never starts with "-")';
var unknownTarget = (ref, origin) => `target ${ref} (from ${origin}) does not name a commit`;
var UNKNOWN_TARGET_HINT = "check the name; for a remote branch run `git fetch origin` first (a single-branch clone: `git fetch origin <branch>`)";
var noTargetFound = (tried) => `no target branch found (tried ${tried.join(", ")})`;
var NO_TARGET_HINT = "name it with --target REF (or `target` in the config file, or MIGCHECK_TARGET); in a fresh clone run `git fetch origin`";
var noMergeBaseShallow = (a, b) => `no merge-base of ${a} and ${b}: this is a shallow clone and the history that joins them was not fetched`;
var NO_MERGE_BASE_SHALLOW_HINT = "run `git fetch --unshallow` (or `git fetch --deepen=N` until they meet); in CI, check out with fetch-depth: 0";
var badObjectId = (oid) => `not a full object id: ${JSON.stringify(oid)}`;
var blobReaderFailed = (detail) => `reading blobs with git cat-file failed: ${detail}`;
var noEnvironment = (tree) => `no Alembic environment found in the ${tree} (searched every tracked alembic.ini, *.ini with an [alembic] section, and pyproject.toml with [tool.alembic])`;
var NO_ENVIRONMENT_HINT = "name the versions directory with --dir PATH, or set `environments` in the migcheck config file";
var dirMissing = (dir, tree) => `--dir ${dir}: no such directory in ${tree}; nothing would be checked (the path is relative to where migcheck runs)`;
var dirIsFile = (dir, tree) => `--dir ${dir}: is a file in ${tree}, not a directory of revision files`;
var dirInSubmodule = (dir, submodule) => `--dir ${dir}: lies inside the submodule ${submodule}, a separate repository whose files this repository's trees do not hold; run migcheck inside ${submodule} instead`;
var alembicConfigUnreadable = (file, detail) => `${file}: cannot be read (${detail})`;
var interpolationMissing = (file, option, name) => `${file}: ${option} refers to %(${name})s, which is not set`;
var interpolationSyntax = (file, option, value) => `${file}: ${option} has a bad '%' in ${JSON.stringify(value)} (write %% for a literal %)`;
var locationOutsideRepository = (file, location) => `${file}: ${location} is outside the repository; its migrations are not checked`;
var packageLocationNotFound = (file, location) => `${file}: script_location ${location} names a package that is not a folder in this repository; its migrations are not checked`;
var scriptLocationMissing = (file, section) => `${file}: [${section}] has no script_location, and its folder has no env.py; skipped`;
var badPathSeparator = (file, value) => `${file}: path_separator ${JSON.stringify(value)} is not one of space, newline, os, ':' or ';'`;
var symlinkEscapes = (path) => `${path} is a symlink that leads outside the repository; not read`;
var symlinkNotFollowed = (path, target) => `${path} is a symlink to ${target}, which is not a migration file of this tree; not read`;
var SYMLINK_FIX = "replace the symlink with the migration file itself, or point it at a migration file inside the repository";
var blobMissing = (path, oid) => `${path}: git has no object ${oid} (run \`git fetch\` or \`git fsck\`)`;
var configInvalid = (source, key, problem) => `config: ${key} in ${source} ${problem}`;
var CONFIG_KEYS_HINT = 'Known keys: target, environments, severity, ignore, allowedHeads (see the README, "Configuration").';
var configUnreadable = (source, detail) => `config: cannot read ${source}: ${detail}`;
var configMissing = (path) => `config: ${path} does not exist`;
var CONFIG_MISSING_HINT = 'Pass an existing file to --config, or leave it out to use .migcheckrc.json, package.json "migcheck" or pyproject.toml [tool.migcheck].';
var COUNT_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
var countOf = (n, noun) => `${COUNT_WORDS[n] ?? String(n)} ${noun}${n === 1 ? "" : "s"}`;
var idList = (list) => list.length === 0 ? "<base>" : list.join(", ");
var downRevisionLiteral = (list) => list.length === 0 ? "None" : list.length === 1 ? `'${list[0]}'` : `(${list.map((r) => `'${r}'`).join(", ")})`;
var bypassedChain = (rev2, parents, target, count, ends) => `${rev2} revises ${idList(parents)}, but ${target} already continues from ${idList(parents)} with ${count} revision${count === 1 ? "" : "s"} ending at ${idList(ends)}`;
var bypassedChainFix = (suggested) => `set down_revision = ${downRevisionLiteral(suggested)} (or run \`migcheck rebase-plan\`)`;
var behindTarget = (rev2, parents, target, targetHeads, mergedHeads) => `${rev2} revises ${idList(parents)}, but ${target} has since moved on to ${idList(targetHeads)}: merged, there would be ${countOf(mergedHeads.length, "head")} (${idList(mergedHeads)})`;
var behindTargetFix = (target) => `run \`git rebase ${target}\`, then \`migcheck rebase-plan\``;
var multipleHeads = (heads) => `the migrations have ${countOf(heads.length, "head")}: ${idList(heads)} (\`alembic upgrade head\` fails on this tree)`;
var MULTIPLE_HEADS_FIX = "join them with `migcheck merge`, or set the down_revision of the newer one to the other head";
var preexistingHeads = (target, heads) => `${target} itself has ${countOf(heads.length, "head")}: ${idList(heads)} (not caused by this change)`;
var preexistingBaseHeads = (target, heads) => `this branch's merge-base with ${target} has ${countOf(heads.length, "head")}: ${idList(heads)} (not caused by this change; ${target} has joined them since)`;
var preexistingHeadsFix = (target) => `join them on ${target} (\`migcheck merge\` there), then \`git rebase ${target}\``;
var preexistingBaseHeadsFix = (target) => `run \`git rebase ${target}\`, then \`migcheck rebase-plan\``;
var notCausedByChange = (message) => `${message} (not caused by this change)`;
var onceMerged = (target, message) => `once merged into ${target}: ${message}`;
var redundantMerge = (rev2, parents, target, join) => `${rev2} merges ${idList(parents)}, which ${target} already joins at ${join}`;
var redundantMergeFix = (file, suggested) => `delete ${file} and set down_revision = ${downRevisionLiteral(suggested)} in the migrations that revise it (or run \`migcheck rebase-plan\`)`;
var editedPublished = (rev2, target, edits) => `${rev2} is already on ${target}, but this change alters its ${edits.map((e) => `${e.field} from ${e.from} to ${e.to}`).join(" and ")}`;
var editedPublishedFix = (file, edits) => `restore ${edits.map((e) => `${e.field} = ${e.from}`).join(" and ")} in ${file}; put new work in a new migration on top instead`;
var ids = (list) => list.length === 0 ? "<base>" : list.join(", ");
var planDeleteStep = (rev2, file, targetRef, mergedBy) => `Delete ${rev2} (${file}): its parents are already merged on ${targetRef} by ${mergedBy}`;
var planRepointStep = (rev2, file, from, to) => `Rewrite down_revision of ${rev2} (${file}): ${ids(from)} → ${ids(to)}`;
var planGitStep = (command, targetRef, missing) => `Run \`${command}\` first: this branch lacks ${missing.length} migration${missing.length === 1 ? "" : "s"} of ${targetRef} (${missing.join(", ")}); migcheck does not run git for you`;
var appliedDelete = (rev2, file, targetRef, mergedBy) => `Deleted ${rev2} (${file}): its parents are already merged on ${targetRef} by ${mergedBy}`;
var appliedRepoint = (rev2, file, from, to) => `Rewrote down_revision of ${rev2} (${file}): ${ids(from)} → ${ids(to)}`;
var appliedGitStillToDo = (command) => `Still to do: run \`${command}\` (migcheck never runs git for you)`;
var APPLIED_NOT_STAGED = "Nothing was staged or committed: review with `git diff`, then commit.";
var PLAN_APPLY_HINT = "Run `migcheck rebase-plan --apply` to make these edits (it never stages or commits).";
var planNothingToDo = (dir, targetRef, onto) => `${dir}: nothing to do; this branch's migrations already build on ${targetRef}'s head ${ids(onto)}`;
var planHeader = (dir, targetRef, onto) => `${dir}: put this branch's migrations on top of ${targetRef}'s head ${ids(onto)}`;
var appliedHeader = (dir, targetRef, onto) => `${dir}: this branch's migrations now build on ${targetRef}'s head ${ids(onto)}`;
var planResultHeads = (heads) => `Result: ${heads.length === 1 ? "single head" : `${heads.length} heads`} ${ids(heads)}`;
var planTargetHasHeads = (dir, targetRef, heads) => `${dir}: the target ${targetRef} itself has ${heads.length} heads (${heads.join(", ")}); merge them on ${targetRef} first (\`git switch ${targetRef} && migcheck merge\`), then run migcheck rebase-plan again`;
var refuseUnstaged = (file) => `refusing to edit ${file}: it has unstaged edits (or is not tracked by git), and rewriting it could not be undone; commit or stage it first, then run migcheck rebase-plan --apply again. Nothing was changed.`;
var refusePublished = (rev2, file, targetRef) => `refusing to edit ${rev2} (${file}): it exists on ${targetRef}, and re-pointing a revision that other databases may have applied makes them skip migrations silently; write a merge migration instead (migcheck merge). Nothing was changed.`;
var refuseChanged = (file) => `refusing to edit ${file}: it changed since the plan was computed; run migcheck rebase-plan --apply again. Nothing was changed.`;
var refuseReadOnly = (file) => `refusing to edit ${file}: it is read-only (or its folder is); make it writable, then run migcheck rebase-plan --apply again. Nothing was changed.`;
var refuseNotLiteral = (file, line, text) => `cannot rewrite down_revision in ${file}:${line}: its value \`${text}\` is not a literal string, tuple, list or None; edit it by hand. Nothing was changed.`;
var refuseSeveralAssignments = (file, lines) => `cannot rewrite down_revision in ${file}: it is assigned ${lines.length} times (lines ${lines.join(", ")}); keep one assignment, then run migcheck rebase-plan --apply again. Nothing was changed.`;
var refuseNoDownRevision = (file) => `cannot rewrite down_revision in ${file}: no \`down_revision = …\` assignment was found; edit it by hand. Nothing was changed.`;
var REFUSE_BLOCKED_PLAN = "refusing to apply: the plan has no steps to perform until the target has a single head. Nothing was changed.";
var applyWriteFailed = (file, reason) => `could not write ${file} (${reason}); every file was restored to what it was`;
var applyWrongHeads = (dir, predicted, actual) => `${dir}: after the edits the heads were ${ids(actual)}, not the predicted ${ids(predicted)}; every file was restored to what it was (please report this)`;
var repairUnreadable = (file, line, reason) => `cannot read ${file}:${line}: ${reason}; migcheck will not merge or re-point migrations it cannot read. Nothing was changed.`;
var mergeNothingToDo = (dir, heads) => heads.length === 0 ? `${dir} has no revisions: nothing to merge` : `${dir} has a single head (${heads[0]}): nothing to merge`;
var mergeWrote = (rev2, file, heads) => `Wrote merge revision ${rev2} (${file}) over ${heads.join(", ")}`;
var MERGE_NOT_STAGED = "Nothing was staged or committed: review the file, then `git add` and commit it.";
var mergeChooseEnvironment = (dirs) => `several environments have more than one head (${dirs.join(", ")}); choose one with --dir`;
var mergeBadRevId = (id) => `--rev-id ${JSON.stringify(id)} is not a usable revision id (letters, digits and _ only, as it also names the file)`;
var mergeRevIdTaken = (id, file) => `revision ${id} already exists (${file}); choose another --rev-id`;
var mergeFileExists = (file) => `${file} already exists; choose another --rev-id or -m`;
var mergeTemplateUnsupported = (file, line, construct) => `cannot render ${file}:${line}: ${construct} is not supported (migcheck renders the subset of Mako that Alembic's own templates use); run \`alembic merge heads\` instead`;
var mergeFileTemplateUnsupported = (template, detail) => `cannot use file_template ${JSON.stringify(template)}: ${detail}`;
var mergeUnknownTimezone = (name) => `Can't locate timezone: ${name}`;
var prePushBadLine = (line) => `pre-push: cannot read the line ${JSON.stringify(line)} from git (expected "<local ref> <local sha> <remote ref> <remote sha>")`;
var hookCannotFindMigcheck = (hook, bin) => `migcheck: the ${hook} hook cannot find migcheck (not at ${bin}, not on PATH, not in node_modules/.bin). Install it (npm install -D migcheck), run migcheck init again, or skip once with MIGCHECK_SKIP=1.`;
var hookRemoval = (hookPath, chainedPath) => `delete ${hookPath}; if ${chainedPath} exists, rename it back to ${hookPath}.`;
var initMode = (mode, dryRun, where) => `migcheck init${dryRun ? " --dry-run" : ""}: ${mode === "husky" ? "husky + lint-staged (package.json found)" : `plain git hooks in ${where} (no package.json)`}`;
var initChange = (verb, path, what, dryRun) => `  ${dryRun ? `would ${verb}` : { create: "created", update: "updated", rename: "renamed" }[verb]} ${path}: ${what}`;
var INIT_NOTHING_TO_DO = "  nothing to change: the hooks are already installed.";
var INIT_DRY_RUN_DONE = "Nothing was written (--dry-run).";
var INIT_WHAT = {
  devDependencies: (names) => `add ${names.join(" and ")} to devDependencies`,
  prepare: (script) => `set scripts.prepare to ${JSON.stringify(script)} (installs the husky hooks on npm install)`,
  lintStagedEntry: (glob) => `lint-staged runs "migcheck check" for ${glob}`,
  huskyPreCommit: "runs npx lint-staged",
  huskyPrePush: 'runs migcheck pre-push "$@"',
  plainHook: (hook) => `runs migcheck ${hook === "pre-push" ? "pre-push" : "check"}`,
  refreshHook: (hook) => `refresh migcheck's ${hook} hook`,
  chain: (hook) => `the existing ${hook} hook, kept and run first by migcheck's`
};
var INIT_RUN_NPM_INSTALL = "Next: run npm install. It installs husky and lint-staged, and the prepare script (husky) points git at .husky/.";
var INIT_RUN_HUSKY = "Next: run npx husky (or npm install) so git uses the hooks in .husky/.";
var INIT_ADD_MIGCHECK = "Note: migcheck is not in package.json; the hooks call the migcheck on PATH (node_modules/.bin first). Add it to devDependencies so every clone has it.";
var initLintStagedManual = (file, glob) => `Left for you: ${file} cannot be edited safely; add the entry ${JSON.stringify(glob)}: "migcheck check" to it yourself.`;
var initPlainRemoval = (lines) => `To remove them:
${lines.map((l) => `  ${l}`).join("\n")}`;
var initChainTaken = (hookPath, chainedPath) => `init: ${hookPath} is not migcheck's hook, and ${chainedPath} already exists; migcheck will not overwrite either`;
var INIT_CHAIN_TAKEN_HINT = "Merge the two hooks by hand (or delete the one you no longer need), then run migcheck init again.";
var INIT_BARE = "init: this is a bare repository; hooks run where commits are made, so run migcheck init in a clone";
var initBadJson = (file, detail) => `init: cannot read ${file}: ${detail}`;
var preCommitSnippet = (files) => `# .pre-commit-config.yaml: migcheck as local hooks (needs migcheck on PATH: npm install -g migcheck, or a
# project devDependency with node_modules/.bin on PATH). Install both hook types afterwards:
#   pre-commit install --hook-type pre-commit --hook-type pre-push
repos:
  - repo: local
    hooks:
      - id: migcheck
        name: migcheck (Alembic migration chain)
        entry: migcheck check
        language: system
        pass_filenames: false
        files: ${files}
        stages: [commit]
      - id: migcheck-pre-push
        name: migcheck (pushed migrations against the target)
        entry: migcheck pre-push
        language: system
        pass_filenames: false
        always_run: true
        stages: [push]
# Or reference the migcheck repository itself (its .pre-commit-hooks.yaml has the same two ids):
#   - repo: <the migcheck git URL>
#     rev: <a tag or commit>
#     hooks: [{id: migcheck}, {id: migcheck-pre-push}]
`;
var environmentHeading = (dir, config) => `${dir}${config ? ` (${config})` : ""}`;
var allClear = (environments2) => `migcheck: ok — ${environments2.map((e) => `${e.dir}: ${e.heads.length === 1 ? `head ${e.heads[0]}` : e.heads.length === 0 ? "no revisions" : `heads ${e.heads.join(", ")}`}`).join("; ") || "no migrations to check"}`;
var unknownFormat = (format, known) => `unknown --format '${format}': use ${known.join(", ")}`;
var unknownRev = (rev2) => `'${rev2}' does not name a commit`;
var UNKNOWN_REV_HINT = "name a commit, branch or tag that exists here (run `git fetch` first if it lives on a remote)";
var stagedAndRev = () => "--staged and --rev name different trees: give one of them";
var checkSummary = (errors, warnings) => {
  const parts = [errors ? `${errors} error${errors === 1 ? "" : "s"}` : "", warnings ? `${warnings} warning${warnings === 1 ? "" : "s"}` : ""].filter(Boolean);
  return `migcheck: ${parts.join(", ")}${errors ? " — blocked" : ""}`;
};
var internalFailure = (detail) => `migcheck: internal error: ${detail} (run again with --debug for detail, and please report it)`;
var skipped = (command) => `migcheck: ${command} skipped (MIGCHECK_SKIP=1)`;
var usageError = (detail) => `${detail} (see migcheck --help)`;

// src/fast-lane/quick-check.cts
var quick_check_exports = {};
__export(quick_check_exports, {
  mightTouchMigrations: () => mightTouchMigrations,
  nothingToCheckJson: () => nothingToCheckJson,
  quickCheck: () => quickCheck,
  quickLaneState: () => quickLaneState
});

// src/alembic/config-candidate.cts
var config_candidate_exports = {};
__export(config_candidate_exports, {
  isConfigCandidate: () => isConfigCandidate
});
function isConfigCandidate(path) {
  return path.endsWith(".ini") || path.slice(path.lastIndexOf("/") + 1) === "pyproject.toml";
}

// src/git/staged-paths.cts
var staged_paths_exports = {};
__export(staged_paths_exports, {
  parseStagedChanges: () => parseStagedChanges,
  stagedChanges: () => stagedChanges,
  stagedPathsArgs: () => stagedPathsArgs
});

// src/git/git-process.cts
var git_process_exports = {};
__export(git_process_exports, {
  GIT_GLOBAL_ARGS: () => GIT_GLOBAL_ARGS,
  gitEnvironment: () => gitEnvironment,
  runGitSync: () => runGitSync,
  spawnGit: () => spawnGit
});
var import_node_child_process = require("node:child_process");
var GIT_GLOBAL_ARGS = ["--no-optional-locks"];
function gitEnvironment(env) {
  let copy = environments.get(env);
  if (!copy) environments.set(env, copy = { ...env, LC_ALL: "C", LANGUAGE: "C" });
  return copy;
}
var environments = /* @__PURE__ */ new WeakMap();
function spawnGit(context, args) {
  return (0, import_node_child_process.spawn)("git", [...GIT_GLOBAL_ARGS, ...args], {
    cwd: context.cwd,
    env: gitEnvironment(context.env),
    stdio: ["pipe", "pipe", "pipe"],
    windowsHide: true
  });
}
function runGitSync(context, args) {
  const result = (0, import_node_child_process.spawnSync)("git", [...GIT_GLOBAL_ARGS, ...args], {
    cwd: context.cwd,
    env: gitEnvironment(context.env),
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    maxBuffer: 1 << 30,
    windowsHide: true
  });
  return result.error || result.status !== 0 ? void 0 : result.stdout;
}

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

// src/fast-lane/quick-check.cts
var CONFIG_NAMES = /* @__PURE__ */ new Set([".migcheckrc.json", "package.json"]);
var VALUED = /* @__PURE__ */ new Set(["--target", "--config", "--format"]);
var FLAGS = /* @__PURE__ */ new Set(["--quiet", "-q", "--color", "--no-color"]);
var FORMATS = /* @__PURE__ */ new Set(["human", "json", "github"]);
function mightTouchMigrations(paths) {
  return paths.some((path) => {
    const name = path.slice(path.lastIndexOf("/") + 1);
    return /\.py[co]?$/.test(name) || isConfigCandidate(path) || CONFIG_NAMES.has(name);
  });
}
function nothingToCheckJson() {
  return `${JSON.stringify({ ok: true, target: null, environments: [] }, null, 2)}
`;
}
function plainCheckFormat(argv) {
  const rest = argv[0] === "check" ? argv.slice(1) : argv;
  let format = "human";
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (FLAGS.has(arg)) continue;
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUED.has(name)) return void 0;
    const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === void 0 || eq < 0 && value.startsWith("-")) return void 0;
    if (name === "--format") format = value;
  }
  return FORMATS.has(format) ? format : void 0;
}
var quickLaneState = {};
function quickCheck(argv, env, cwd, write) {
  try {
    if (env.MIGCHECK_SKIP !== void 0) return void 0;
    const format = plainCheckFormat(argv);
    if (format === void 0) return void 0;
    const changes = stagedChanges({ cwd, env });
    if (changes === void 0) return void 0;
    if (mightTouchMigrations(changes.map((change) => change.path))) {
      quickLaneState.staged = { cwd, changes };
      return void 0;
    }
    if (format === "json") write(nothingToCheckJson());
    return 0;
  } catch {
    return void 0;
  }
}

// src/cli/main.ts
function parseFast(argv) {
  if (argv.some((a) => a === "--help" || a === "-h" || a === "--version" || a === "-v")) return void 0;
  const first = argv[0];
  const named = COMMANDS.find((c) => c.name === first);
  const spec = named ?? COMMANDS.find((c) => c.name === DEFAULT_COMMAND);
  const rest = named ? argv.slice(1) : argv;
  const options = {};
  for (const [name, o] of Object.entries({ ...GLOBAL_OPTIONS, ...spec.options })) {
    options[name] = { type: o.type, ...o.short ? { short: o.short } : {}, ...o.multiple ? { multiple: true } : {} };
    if (o.type === "boolean") options[`no-${name}`] = { type: "boolean" };
  }
  try {
    const { values, positionals } = (0, import_node_util.parseArgs)({ args: rest, options, allowPositionals: true, strict: true });
    const out = {};
    for (const [key, value] of Object.entries(values)) {
      if (key.startsWith("no-") && value === true) out[key.slice(3)] = false;
      else out[key] = value;
    }
    return { command: spec.name, positionals, options: out };
  } catch {
    return void 0;
  }
}
function processIO(cwd) {
  return {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    readStdin: () => readAllStdin(),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd
  };
}
async function readAllStdin() {
  if (process.stdin.isTTY) return "";
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
async function main(argv) {
  const debug = argv.includes("--debug");
  try {
    const quick = quickCheck(argv, process.env, process.cwd(), (text) => process.stdout.write(text));
    if (quick !== void 0) return quick;
    const parsed = parseFast(argv) ?? await (await Promise.resolve().then(() => __toESM(require_yargs_cli(), 1))).parseWithYargs(argv);
    if (!parsed) return 0;
    const io = processIO((0, import_node_path.resolve)(typeof parsed.options.cwd === "string" ? parsed.options.cwd : process.cwd()));
    if (process.env.MIGCHECK_SKIP === "1" && ["check", "pre-push"].includes(parsed.command)) {
      io.stderr(`${skipped(parsed.command)}
`);
      return 0;
    }
    const spec = COMMANDS.find((c) => c.name === parsed.command);
    const module2 = await spec.load();
    return await module2.run(parsed, io);
  } catch (error) {
    if (error instanceof MigcheckError) {
      process.stderr.write(`migcheck: ${error.message}
${error.hint ? `${error.hint}
` : ""}`);
      if (debug && error.cause) process.stderr.write(`${String(error.cause.stack ?? error.cause)}
`);
      return error.exitCode;
    }
    process.stderr.write(`${internalFailure(error instanceof Error ? error.message : String(error))}
`);
    if (debug) process.stderr.write(`${error?.stack ?? ""}
`);
    return 2;
  }
}

// <migcheck bundle>
var __modules = { "cli/main": main_exports, "alembic/config-candidate": config_candidate_exports, "cli/command-table": command_table_exports, "core/errors": errors_exports, "core/messages": messages_exports, "fast-lane/quick-check": quick_check_exports, "git/git-process": git_process_exports, "git/staged-paths": staged_paths_exports };
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  __modules,
  main,
  parseFast
});
