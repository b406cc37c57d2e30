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

// bundle-of:src/cli/help.ts
var require_help = __commonJS({
  "bundle-of:src/cli/help.ts"(exports2, module2) {
    module2.exports = require("./help.cjs").__modules["cli/help"];
  }
});

// <migcheck bundle>
var migcheck_bundle_exports = {};
__export(migcheck_bundle_exports, {
  __modules: () => __modules,
  main: () => main
});
module.exports = __toCommonJS(migcheck_bundle_exports);

// src/cli/main.ts
var main_exports = {};
__export(main_exports, {
  main: () => main
});
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");

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
  HELP_DOCS: () => HELP_DOCS,
  HELP_ENVIRONMENT: () => HELP_ENVIRONMENT,
  HELP_EXIT_CODES: () => HELP_EXIT_CODES,
  HELP_FLAG: () => HELP_FLAG,
  HELP_GENERAL_EXAMPLES: () => HELP_GENERAL_EXAMPLES,
  HELP_OPTIONS_ANYWHERE: () => HELP_OPTIONS_ANYWHERE,
  HELP_TITLE: () => HELP_TITLE,
  HELP_USAGE: () => HELP_USAGE,
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
  NOTHING_STAGED: () => NOTHING_STAGED,
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
  VERSION_FLAG: () => VERSION_FLAG,
  alembicConfigUnreadable: () => alembicConfigUnreadable,
  allClear: () => allClear,
  appliedDelete: () => appliedDelete,
  appliedGitStillToDo: () => appliedGitStillToDo,
  appliedHeader: () => appliedHeader,
  appliedRepoint: () => appliedRepoint,
  applyWriteFailed: () => applyWriteFailed,
  applyWrongHeads: () => applyWrongHeads,
  argumentNamesNothing: () => argumentNamesNothing,
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
  checkedAgainst: () => checkedAgainst,
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
  fetchFailed: () => fetchFailed,
  fetchLocalTarget: () => fetchLocalTarget,
  gitFailed: () => gitFailed,
  graphUnreadable: () => graphUnreadable,
  headMarker: () => headMarker,
  helpChoices: () => helpChoices,
  helpFormat: () => helpFormat,
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
  missingArgument: () => missingArgument,
  missingParent: () => missingParent,
  missingParentFix: () => missingParentFix,
  missingParentMarker: () => missingParentMarker,
  missingParentMeant: () => missingParentMeant,
  missingParentMeantFix: () => missingParentMeantFix,
  missingSubcommand: () => missingSubcommand,
  multipleHeads: () => multipleHeads,
  noEnvironment: () => noEnvironment,
  noMergeBaseShallow: () => noMergeBaseShallow,
  noTargetFound: () => noTargetFound,
  notARepository: () => notARepository,
  notCausedByChange: () => notCausedByChange,
  onceMerged: () => onceMerged,
  optionChoice: () => optionChoice,
  optionNeedsValue: () => optionNeedsValue,
  optionNotTaken: () => optionNotTaken,
  optionTakesNoValue: () => optionTakesNoValue,
  optionTwice: () => optionTwice,
  packageLocationNotFound: () => packageLocationNotFound,
  pathNamesNothing: () => pathNamesNothing,
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
  tooManyArguments: () => tooManyArguments,
  unknownCommand: () => unknownCommand,
  unknownFormat: () => unknownFormat,
  unknownHelpTopic: () => unknownHelpTopic,
  unknownOption: () => unknownOption,
  unknownRev: () => unknownRev,
  unknownSubcommand: () => unknownSubcommand,
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
var CONFIG_KEYS_HINT = 'Known keys: target, environments, severity, ignore, allowedHeads, fetchTarget (see the README, "Configuration").';
var configUnreadable = (source, detail) => `config: cannot read ${source}: ${detail}`;
var configMissing = (path) => `config: ${path} does not exist`;
var CONFIG_MISSING_HINT = 'Pass an existing file to --config, or leave it out to use .migcheckrc.json, package.json "migcheck" or pyproject.toml [tool.migcheck].';
var COUNT_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
var countOf = (n, noun) => `${COUNT_WORDS[n] ?? String(n)} ${noun}${n === 1 ? "" : "s"}`;
var idList = (list) => list.length === 0 ? "<base>" : list.join(", ");
var downRevisionLiteral = (list) => list.length === 0 ? "None" : list.length === 1 ? `'${list[0]}'` : `(${list.map((r) => `'${r}'`).join(", ")})`;
var bypassedChain = (rev, parents, target, count, ends) => `${rev} revises ${idList(parents)}, but ${target} already continues from ${idList(parents)} with ${count} revision${count === 1 ? "" : "s"} ending at ${idList(ends)}`;
var bypassedChainFix = (suggested) => `set down_revision = ${downRevisionLiteral(suggested)} (or run \`migcheck rebase-plan\`)`;
var behindTarget = (rev, parents, target, targetHeads, mergedHeads) => `${rev} revises ${idList(parents)}, but ${target} has since moved on to ${idList(targetHeads)}: merged, there would be ${countOf(mergedHeads.length, "head")} (${idList(mergedHeads)})`;
var behindTargetFix = (target) => `run \`git rebase ${target}\`, then \`migcheck rebase-plan\``;
var multipleHeads = (heads) => `the migrations have ${countOf(heads.length, "head")}: ${idList(heads)} (\`alembic upgrade head\` fails on this tree)`;
var MULTIPLE_HEADS_FIX = "join them with `migcheck merge`, or set the down_revision of the newer one to the other head";
var preexistingHeads = (target, heads) => `${target} itself has ${countOf(heads.length, "head")}: ${idList(heads)} (not caused by this change)`;
var preexistingBaseHeads = (target, heads) => `this branch's merge-base with ${target} has ${countOf(heads.length, "head")}: ${idList(heads)} (not caused by this change; ${target} has joined them since)`;
var preexistingHeadsFix = (target) => `join them on ${target} (\`migcheck merge\` there), then \`git rebase ${target}\``;
var preexistingBaseHeadsFix = (target) => `run \`git rebase ${target}\`, then \`migcheck rebase-plan\``;
var notCausedByChange = (message) => `${message} (not caused by this change)`;
var onceMerged = (target, message) => `once merged into ${target}: ${message}`;
var redundantMerge = (rev, parents, target, join2) => `${rev} merges ${idList(parents)}, which ${target} already joins at ${join2}`;
var redundantMergeFix = (file, suggested) => `delete ${file} and set down_revision = ${downRevisionLiteral(suggested)} in the migrations that revise it (or run \`migcheck rebase-plan\`)`;
var editedPublished = (rev, target, edits) => `${rev} is already on ${target}, but this change alters its ${edits.map((e) => `${e.field} from ${e.from} to ${e.to}`).join(" and ")}`;
var editedPublishedFix = (file, edits) => `restore ${edits.map((e) => `${e.field} = ${e.from}`).join(" and ")} in ${file}; put new work in a new migration on top instead`;
var ids = (list) => list.length === 0 ? "<base>" : list.join(", ");
var planDeleteStep = (rev, file, targetRef, mergedBy) => `Delete ${rev} (${file}): its parents are already merged on ${targetRef} by ${mergedBy}`;
var planRepointStep = (rev, file, from, to) => `Rewrite down_revision of ${rev} (${file}): ${ids(from)} → ${ids(to)}`;
var planGitStep = (command, targetRef, missing) => `Run \`${command}\` first: this branch lacks ${missing.length} migration${missing.length === 1 ? "" : "s"} of ${targetRef} (${missing.join(", ")}); migcheck does not run git for you`;
var appliedDelete = (rev, file, targetRef, mergedBy) => `Deleted ${rev} (${file}): its parents are already merged on ${targetRef} by ${mergedBy}`;
var appliedRepoint = (rev, file, from, to) => `Rewrote down_revision of ${rev} (${file}): ${ids(from)} → ${ids(to)}`;
var appliedGitStillToDo = (command) => `Still to do: run \`${command}\` (migcheck never runs git for you)`;
var APPLIED_NOT_STAGED = "Nothing was staged or committed: review with `git diff`, then commit.";
var PLAN_APPLY_HINT = "Run `migcheck rebase-plan --apply` to make these edits (it never stages or commits).";
var planNothingToDo = (dir, targetRef, onto) => `${dir}: nothing to do; this branch's migrations already build on ${targetRef}'s head ${ids(onto)}`;
var planHeader = (dir, targetRef, onto) => `${dir}: put this branch's migrations on top of ${targetRef}'s head ${ids(onto)}`;
var appliedHeader = (dir, targetRef, onto) => `${dir}: this branch's migrations now build on ${targetRef}'s head ${ids(onto)}`;
var planResultHeads = (heads) => `Result: ${heads.length === 1 ? "single head" : `${heads.length} heads`} ${ids(heads)}`;
var planTargetHasHeads = (dir, targetRef, heads) => `${dir}: the target ${targetRef} itself has ${heads.length} heads (${heads.join(", ")}); merge them on ${targetRef} first (\`git switch ${targetRef} && migcheck merge\`), then run migcheck rebase-plan again`;
var refuseUnstaged = (file) => `refusing to edit ${file}: it has unstaged edits (or is not tracked by git), and rewriting it could not be undone; commit or stage it first, then run migcheck rebase-plan --apply again. Nothing was changed.`;
var refusePublished = (rev, file, targetRef) => `refusing to edit ${rev} (${file}): it exists on ${targetRef}, and re-pointing a revision that other databases may have applied makes them skip migrations silently; write a merge migration instead (migcheck merge). Nothing was changed.`;
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
var mergeWrote = (rev, file, heads) => `Wrote merge revision ${rev} (${file}) over ${heads.join(", ")}`;
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
var unknownRev = (rev) => `'${rev}' does not name a commit`;
var UNKNOWN_REV_HINT = "name a commit, branch or tag that exists here (run `git fetch` first if it lives on a remote)";
var stagedAndRev = () => "--staged and --rev name different trees: give one of them";
var checkSummary = (errors, warnings) => {
  const parts = [errors ? `${errors} error${errors === 1 ? "" : "s"}` : "", warnings ? `${warnings} warning${warnings === 1 ? "" : "s"}` : ""].filter(Boolean);
  return `migcheck: ${parts.join(", ")}${errors ? " — blocked" : ""}`;
};
var internalFailure = (detail) => `migcheck: internal error: ${detail} (run again with --debug for detail, and please report it)`;
var skipped = (command) => `migcheck: ${command} skipped (MIGCHECK_SKIP=1)`;
var usageError = (detail) => `${detail} (see migcheck --help)`;
var unknownCommand = (word, nearest2) => `unknown command \`${word}\`: did you mean \`${nearest2}\`? (\`migcheck --help\` lists the commands)`;
var pathNamesNothing = (word) => `\`${word}\` is not a command, and no file or folder has that name`;
var argumentNamesNothing = (command, word) => `\`migcheck ${command}\`: no file or folder named \`${word}\``;
var unknownOption = (option, nearest2) => `unknown option \`${option}\`${nearest2 ? `: did you mean \`${nearest2}\`?` : ""} (\`migcheck --help\` lists the options)`;
var optionNotTaken = (option, command, taken) => `\`migcheck ${command}\` takes no ${option}${taken.length ? ` (its options: ${taken.join(", ")})` : " (it takes no options)"}`;
var optionNeedsValue = (option) => `${option} needs a value (write ${option}=VALUE when the value begins with -)`;
var optionTakesNoValue = (option) => `${option} takes no value`;
var optionTwice = (option, values) => `${option} is given more than once (${values.join(", ")}): give it once`;
var optionChoice = (option, value, choices) => `unknown ${option} '${value}': use ${choices.join(", ")}`;
var tooManyArguments = (command, extra, usage) => `\`migcheck ${command}\` does not take ${extra.map((word) => `\`${word}\``).join(" ")} (usage: migcheck ${usage})`;
var missingArgument = (command, usage) => `\`migcheck ${command}\` needs more (usage: migcheck ${usage})`;
var missingSubcommand = (command, subcommands) => `\`migcheck ${command}\` needs one of: ${subcommands.join(", ")}`;
var unknownSubcommand = (command, word, nearest2) => `unknown command \`${command} ${word}\`: did you mean \`${command} ${nearest2}\`?`;
var NOTHING_STAGED = "migcheck: ok — nothing staged that migcheck reads";
var HELP_TITLE = "migcheck: stops Alembic migration chains from forking, and repairs them when they have.";
var HELP_USAGE = "migcheck [command] [options]   (no command: check what is staged)";
var HELP_OPTIONS_ANYWHERE = "Options may stand before or after the command. `migcheck help COMMAND` lists the options each command takes.";
var HELP_ENVIRONMENT = [
  ["MIGCHECK_SKIP=1", "the hooks (check, pre-push) pass and say so: lets one commit or push through"],
  ["MIGCHECK_TARGET=REF", "the target branch when neither --target nor the config names one"],
  ["NO_COLOR=1", "no colour (--color still forces it)"]
];
var HELP_GENERAL_EXAMPLES = [
  ["migcheck init", "install the hooks (pre-commit: check, pre-push: pre-push)"],
  ["migcheck", "check what is staged against the target branch"],
  ["migcheck check --rev HEAD --target origin/main", "the CI gate for a committed tree"],
  ["migcheck rebase-plan --apply", "put this branch's migrations on top of the target's head"],
  ["migcheck graph --format mermaid", "draw the revision graph"]
];
var HELP_EXIT_CODES = "Exit codes: 0 nothing blocking, 1 a finding of severity error (blocked), 2 could not check.";
var HELP_DOCS = "More: docs/cli.md in the migcheck repository.";
var helpFormat = (formats) => `output format: ${formats.join(", ")} (default ${formats[0]})`;
var helpChoices = (describe, choices) => `${describe} (${choices.join(", ")})`;
var HELP_FLAG = "show this help";
var VERSION_FLAG = "print the version";
var unknownHelpTopic = (words, nearest2) => `no command \`${words}\`: did you mean \`${nearest2}\`?`;
var checkedAgainst = (ref, commit, how) => `migcheck: checked against ${ref} at ${commit.slice(0, 12)}${how === "fetched" ? ", fetched just now" : how === "last-fetched" ? ', as last fetched (`--fetch` or the config key "fetchTarget": true fetches it first)' : ""}`;
var fetchFailed = (remote, branch, detail) => `migcheck: could not fetch ${branch} from ${remote} (${detail}); checking against the last-fetched commit`;
var fetchLocalTarget = (ref) => `migcheck: the target ${ref} is a local branch: nothing to fetch`;

// src/fast-lane/quick-check.cts
var quick_check_exports = {};
__export(quick_check_exports, {
  mightTouchMigrations: () => mightTouchMigrations,
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
function mightTouchMigrations(paths) {
  return paths.some((path) => {
    const name = path.slice(path.lastIndexOf("/") + 1);
    return /\.py[co]?$/.test(name) || isConfigCandidate(path) || CONFIG_NAMES.has(name);
  });
}
var quickLaneState = {};
function quickCheck(context) {
  try {
    const changes = stagedChanges(context);
    if (changes === void 0) return false;
    if (mightTouchMigrations(changes.map((change) => change.path))) {
      quickLaneState.staged = { cwd: context.cwd, changes };
      return false;
    }
    return true;
  } catch {
    return false;
  }
}

// src/fs/install-root.ts
var install_root_exports = {};
__export(install_root_exports, {
  installRoot: () => installRoot,
  installedVersion: () => installedVersion
});
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var import_node_url = require("node:url");
var found;
function installRoot() {
  if (found !== void 0) return found;
  const start = (0, import_node_path.dirname)((0, import_node_url.fileURLToPath)(__migcheck_import_meta_url));
  for (let dir = start; ; dir = (0, import_node_path.dirname)(dir)) {
    if ((0, import_node_fs.existsSync)((0, import_node_path.join)(dir, "package.json")) && (0, import_node_fs.existsSync)((0, import_node_path.join)(dir, "bin", "migcheck.js"))) return found = dir;
    if ((0, import_node_path.dirname)(dir) === dir) throw new Error(`no migcheck installation (package.json beside bin/migcheck.js) above ${start}`);
  }
}
function installedVersion() {
  return JSON.parse((0, import_node_fs.readFileSync)((0, import_node_path.join)(installRoot(), "package.json"), "utf8")).version;
}

// src/cli/parse-argv.ts
var parse_argv_exports = {};
__export(parse_argv_exports, {
  argumentCount: () => argumentCount,
  nearest: () => nearest,
  optionIndex: () => optionIndex,
  optionsOf: () => optionsOf,
  parseArgv: () => parseArgv
});

// src/cli/command-table.ts
var command_table_exports = {};
__export(command_table_exports, {
  COMMANDS: () => COMMANDS,
  DEFAULT_COMMAND: () => DEFAULT_COMMAND,
  GLOBAL_OPTIONS: () => GLOBAL_OPTIONS,
  HELP_FLAGS: () => HELP_FLAGS,
  VERSION_FLAGS: () => VERSION_FLAGS
});
var GLOBAL_OPTIONS = {
  cwd: { type: "string", value: "DIR", describe: "run as if started in DIR" },
  target: { type: "string", value: "REF", describe: "the branch this work will merge into (default: MIGCHECK_TARGET, then origin/HEAD, origin/main, origin/master, main, master)" },
  dir: { type: "string", value: "PATH", multiple: true, describe: "a versions folder to read, instead of those the Alembic configs name (repeatable)" },
  config: { type: "string", value: "FILE", describe: 'the migcheck config file (default: .migcheckrc.json, package.json "migcheck", [tool.migcheck])' },
  format: { type: "string", value: "FORMAT", describe: "output format" },
  quiet: { type: "boolean", short: "q", describe: "print only errors" },
  color: { type: "boolean", negatable: true, describe: "colour on (--no-color: off; default: on a terminal unless NO_COLOR is set)" },
  debug: { type: "boolean", describe: "print internal detail when something fails" }
};
var READING = ["cwd", "dir", "config", "debug"];
var treeOptions = {
  rev: { type: "string", value: "REV", describe: "read a committed tree (a commit, branch or tag)" },
  staged: { type: "boolean", describe: "read the index (what the next commit holds)" }
};
var COMMANDS = [
  {
    name: "check",
    usage: "check [paths..]",
    describe: "check the staged migrations (or a committed tree) against the target branch; what the pre-commit hook runs",
    options: { rev: { type: "string", value: "REV", describe: "check a committed tree (a commit, branch or tag) instead of the index: the CI gate" } },
    formats: ["human", "json", "github"],
    paths: true,
    examples: [
      ["migcheck", "check what is staged (the same as `migcheck check`)"],
      ["migcheck check --rev HEAD --target origin/main", "the CI gate: check the committed tree against origin/main"],
      ["migcheck check --format github", "annotations for GitHub Actions"],
      ["MIGCHECK_SKIP=1 git commit", "let one commit through"]
    ],
    load: () => Promise.resolve().then(() => __toESM(require_check(), 1))
  },
  {
    name: "pre-push",
    usage: "pre-push [remote] [url]",
    describe: "check each pushed branch tip against the target (git's pre-push lines on stdin; without them, HEAD)",
    options: { fetch: { type: "boolean", describe: 'fetch the target branch from its remote first (default: check against the last-fetched commit; config "fetchTarget": true)' } },
    formats: ["human", "json", "github"],
    examples: [["migcheck pre-push", "check HEAD as a push would"], ["migcheck pre-push --fetch", "the same against the target as the remote has it now"]],
    load: () => Promise.resolve().then(() => __toESM(require_pre_push(), 1))
  },
  {
    name: "rebase-plan",
    usage: "rebase-plan",
    describe: "print the steps that put this branch's migrations on top of the target's head(s)",
    options: { apply: { type: "boolean", describe: "perform the file edits (never stages or commits)" } },
    globals: ["cwd", "target", "dir", "config", "color", "debug"],
    formats: ["human", "json"],
    examples: [["migcheck rebase-plan --apply", "re-point this branch’s migrations onto the target’s head"]],
    load: () => Promise.resolve().then(() => __toESM(require_rebase_plan(), 1))
  },
  {
    name: "merge",
    usage: "merge",
    describe: "write a merge migration over the current heads, as `alembic merge heads` would",
    options: {
      message: { type: "string", short: "m", value: "MSG", describe: "the message (also the file name slug)" },
      "rev-id": { type: "string", value: "ID", describe: "the new revision id (default: 12 random hex digits)" }
    },
    globals: READING,
    examples: [['migcheck merge -m "merge heads"', "join the two heads of the working tree"]],
    load: () => Promise.resolve().then(() => __toESM(require_merge(), 1))
  },
  {
    name: "heads",
    usage: "heads",
    describe: "list the heads of each environment (working tree by default), as `alembic heads` prints them",
    options: treeOptions,
    globals: [...READING, "quiet", "color"],
    formats: ["human", "json"],
    examples: [["migcheck heads --rev origin/main", "the heads of origin/main"]],
    load: () => Promise.resolve().then(() => __toESM(require_heads(), 1))
  },
  {
    name: "graph",
    usage: "graph",
    describe: "draw the revision graph, marking heads, merge points and branch labels",
    options: treeOptions,
    globals: READING,
    formats: ["text", "mermaid", "dot", "json"],
    examples: [["migcheck graph --format mermaid", "a Mermaid flowchart (one subgraph per environment)"]],
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
    globals: READING,
    examples: [["migcheck init --dry-run", "show what init would write"]],
    load: () => Promise.resolve().then(() => __toESM(require_init(), 1))
  },
  {
    name: "help",
    usage: "help [command..]",
    describe: "show the help of migcheck or of a command",
    options: {},
    globals: [],
    load: () => Promise.resolve().then(() => __toESM(require_help(), 1))
  }
];
var DEFAULT_COMMAND = "check";
var HELP_FLAGS = ["--help", "-h"];
var VERSION_FLAGS = ["--version", "-v"];

// src/cli/parse-argv.ts
var indexes = /* @__PURE__ */ new WeakMap();
function optionIndex(commands = COMMANDS) {
  let index = indexes.get(commands);
  if (index) return index;
  const options = new Map(Object.entries(GLOBAL_OPTIONS));
  const visit = (specs) => {
    for (const spec of specs) {
      for (const [name, option] of Object.entries(spec.options)) if (!options.has(name)) options.set(name, option);
      if (spec.subcommands) visit(spec.subcommands);
    }
  };
  visit(commands);
  const shorts = new Map([...options].flatMap(([name, option]) => option.short ? [[option.short, name]] : []));
  indexes.set(commands, index = { options, shorts });
  return index;
}
function optionsOf(spec) {
  const globals = spec.globals ?? Object.keys(GLOBAL_OPTIONS).filter((name) => name !== "format");
  const taken = new Map(Object.entries(spec.options));
  if (spec.formats) taken.set("format", { ...GLOBAL_OPTIONS.format, choices: spec.formats });
  for (const name of globals) taken.set(name, GLOBAL_OPTIONS[name]);
  return taken;
}
function argumentCount(spec) {
  let min = 0;
  let max = 0;
  for (const word of spec.usage.split(/\s+/)) {
    if (!/^[[<]/.test(word)) continue;
    if (word.startsWith("<")) min += 1;
    max = word.includes("..") ? Infinity : max + 1;
  }
  return { min, max };
}
function distance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
function nearest(word, names) {
  const score = (name) => name.startsWith(word) || word.startsWith(name) ? Math.min(1, distance(word, name)) : distance(word, name);
  return [...names].sort((a, b) => score(a) - score(b) || a.localeCompare(b))[0];
}
function suggestOption(name, names) {
  const best = nearest(name, names);
  return distance(name, best) <= Math.max(1, Math.floor(best.length / 3)) ? `--${best}` : void 0;
}
var looksLikePath = (word) => /[\\/]/.test(word) || /\.[A-Za-z0-9]+$/.test(word) || word === "." || word === "..";
function tokenize(argv, { options, shorts }) {
  const occurrences = [];
  const positionals = [];
  let help = false;
  let version = false;
  let problem;
  const fail = (message) => {
    problem ??= message;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (HELP_FLAGS.includes(arg)) {
      help = true;
      continue;
    }
    if (VERSION_FLAGS.includes(arg)) {
      version = true;
      continue;
    }
    if (arg.length < 2 || !arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    let name;
    let inline;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      inline = eq > 0 ? arg.slice(eq + 1) : void 0;
    } else if (arg.length === 2) {
      name = shorts.get(arg.slice(1));
    }
    const written = inline === void 0 ? arg : arg.slice(0, arg.indexOf("="));
    let option = name === void 0 ? void 0 : options.get(name);
    let negated = false;
    if (!option && name?.startsWith("no-") && options.get(name.slice(3))?.negatable) {
      name = name.slice(3);
      option = options.get(name);
      negated = true;
    }
    if (!option || name === void 0) {
      fail(unknownOption(written, arg.startsWith("--") ? suggestOption(written.slice(2), [...options.keys()]) : void 0));
      continue;
    }
    if (option.type === "boolean") {
      if (inline !== void 0) fail(optionTakesNoValue(written));
      occurrences.push({ name, written, value: !negated });
      continue;
    }
    let value = inline;
    if (value === void 0) {
      const next = argv[i + 1];
      if (next === void 0 || next.startsWith("-") && next !== "-") {
        fail(optionNeedsValue(written));
        continue;
      }
      value = next;
      i += 1;
    }
    occurrences.push({ name, written, value });
  }
  return { occurrences, positionals, help, version, problem };
}
function pickCommand(commands, positionals, cwdOption, exists) {
  const first = positionals[0];
  const named = first === void 0 ? void 0 : commands.find((c) => c.name === first);
  if (!named) {
    const spec2 = commands.find((c) => c.name === DEFAULT_COMMAND);
    if (first !== void 0 && !exists(first, cwdOption)) {
      throw new MigcheckError(looksLikePath(first) ? pathNamesNothing(first) : unknownCommand(first, nearest(first, commands.map((c) => c.name))));
    }
    return { spec: spec2, path: [spec2.name], rest: [...positionals] };
  }
  let spec = named;
  const path = [named.name];
  let rest = positionals.slice(1);
  while (spec.subcommands) {
    const names = spec.subcommands.map((s) => s.name);
    const word = rest[0];
    if (word === void 0) throw new MigcheckError(missingSubcommand(path.join(" "), names));
    const sub = spec.subcommands.find((s) => s.name === word);
    if (!sub) throw new MigcheckError(unknownSubcommand(path.join(" "), word, nearest(word, names)));
    spec = sub;
    path.push(sub.name);
    rest = rest.slice(1);
  }
  return { spec, path, rest };
}
function helpTopic(commands, positionals) {
  const topic = [];
  let specs = commands;
  for (const word of positionals) {
    const spec = specs?.find((s) => s.name === word);
    if (!spec) break;
    topic.push(word);
    specs = spec.subcommands;
  }
  return topic[0] === "help" ? [] : topic;
}
function parseArgv(argv, exists, commands = COMMANDS) {
  const { occurrences, positionals, help, version, problem } = tokenize(argv, optionIndex(commands));
  const helpSpec = commands.find((c) => c.name === "help");
  if (help) return { kind: "run", spec: helpSpec, args: { command: "help", positionals: helpTopic(commands, positionals), options: {} } };
  if (version) return { kind: "version" };
  if (problem) throw new MigcheckError(problem);
  const cwdOption = occurrences.filter((o) => o.name === "cwd").map((o) => o.value).at(-1);
  const { spec, path, rest } = pickCommand(commands, positionals, cwdOption, exists);
  const command = path.join(" ");
  const taken = optionsOf(spec);
  const options = {};
  for (const [name, option] of taken) {
    const given = occurrences.filter((o) => o.name === name);
    if (given.length === 0) continue;
    if (option.multiple) {
      options[name] = given.map((o) => String(o.value));
      continue;
    }
    const values = [...new Set(given.map((o) => o.value))];
    if (values.length > 1) throw new MigcheckError(optionTwice(`--${name}`, option.type === "boolean" ? [...new Set(given.map((o) => o.written))] : values.map(String)));
    const value = values[0];
    if (typeof value === "string" && option.choices && !option.choices.includes(value)) {
      throw new MigcheckError(name === "format" ? unknownFormat(value, option.choices) : optionChoice(`--${name}`, value, option.choices));
    }
    options[name] = value;
  }
  const stray = occurrences.find((o) => !taken.has(o.name));
  if (stray) throw new MigcheckError(optionNotTaken(stray.written, command, [...taken.keys()].map((name) => `--${name}`)));
  if (spec.name === "help") return { kind: "run", spec, args: { command, positionals: rest, options } };
  const { min, max } = argumentCount(spec);
  if (rest.length > max) throw new MigcheckError(tooManyArguments(command, rest.slice(max), spec.usage));
  if (rest.length < min) throw new MigcheckError(missingArgument(command, spec.usage));
  if (spec.paths) {
    const missing = rest.find((word) => !exists(word, cwdOption));
    if (missing !== void 0) throw new MigcheckError(argumentNamesNothing(command, missing));
  }
  return { kind: "run", spec, args: { command, positionals: rest, options } };
}

// src/cli/nothing-staged.ts
var nothing_staged_exports = {};
__export(nothing_staged_exports, {
  nothingToCheckJson: () => nothingToCheckJson,
  printNothingStaged: () => printNothingStaged
});
function nothingToCheckJson() {
  return `${JSON.stringify({ ok: true, target: null, environments: [] }, null, 2)}
`;
}
function printNothingStaged(args, io) {
  const format = args.options.format ?? "human";
  if (format === "json") io.stdout(nothingToCheckJson());
  else if (format === "human" && args.options.quiet !== true) io.stdout(`${NOTHING_STAGED}
`);
}

// src/cli/main.ts
var SKIPPABLE = /* @__PURE__ */ new Set(["check", "pre-push"]);
function processIO() {
  const open = { stdout: true, stderr: true };
  for (const name of ["stdout", "stderr"]) {
    process[name].on("error", () => {
      open[name] = false;
    });
  }
  return {
    stdout: (text) => {
      if (open.stdout) process.stdout.write(text);
    },
    stderr: (text) => {
      if (open.stderr) process.stderr.write(text);
    },
    readStdin: () => readAllStdin(),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd()
  };
}
async function readAllStdin() {
  if (process.stdin.isTTY) return "";
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
function fastLaneTakes(args) {
  const { rev, dir, config, format } = args.options;
  return args.command === "check" && args.positionals.length === 0 && rev === void 0 && dir === void 0 && config === void 0 && (format === void 0 || format === "human" || format === "json" || format === "github");
}
async function main(argv, options = {}) {
  let io = options.io ?? processIO();
  let debug = argv.includes("--debug");
  try {
    const exists = (path, cwdOption) => (0, import_node_fs2.existsSync)((0, import_node_path2.resolve)(io.cwd, cwdOption ?? ".", path));
    const parsed = parseArgv(argv, exists);
    if (parsed.kind === "version") {
      io.stdout(`${installedVersion()}
`);
      return 0;
    }
    const { spec, args } = parsed;
    debug = args.options.debug === true;
    if (typeof args.options.cwd === "string") io = { ...io, cwd: (0, import_node_path2.resolve)(io.cwd, args.options.cwd) };
    if (io.env.MIGCHECK_SKIP === "1" && SKIPPABLE.has(args.command)) {
      io.stderr(`${skipped(args.command)}
`);
      return 0;
    }
    if (options.fastLane !== false && fastLaneTakes(args) && quickCheck({ cwd: io.cwd, env: io.env })) {
      options.onFastLane?.();
      printNothingStaged(args, io);
      return 0;
    }
    const module2 = await spec.load();
    return await module2.run(args, io);
  } catch (error) {
    if (error instanceof MigcheckError) {
      io.stderr(`migcheck: ${error.message}
${error.hint ? `${error.hint}
` : ""}`);
      if (debug && error.cause) io.stderr(`${String(error.cause.stack ?? error.cause)}
`);
      return error.exitCode;
    }
    io.stderr(`${internalFailure(error instanceof Error ? error.message : String(error))}
`);
    if (debug) io.stderr(`${error?.stack ?? ""}
`);
    return 2;
  }
}

// <migcheck bundle>
var __modules = { "cli/main": main_exports, "alembic/config-candidate": config_candidate_exports, "cli/command-table": command_table_exports, "cli/nothing-staged": nothing_staged_exports, "cli/parse-argv": parse_argv_exports, "core/errors": errors_exports, "core/messages": messages_exports, "fast-lane/quick-check": quick_check_exports, "fs/install-root": install_root_exports, "git/git-process": git_process_exports, "git/staged-paths": staged_paths_exports };
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  __modules,
  main
});
