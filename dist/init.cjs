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

// bundle-of:node_modules/smol-toml/dist/index.js
var dist_exports = {};
__export(dist_exports, {
  TomlDate: () => TomlDate,
  TomlError: () => TomlError,
  default: () => dist_default,
  parse: () => parse,
  stringify: () => stringify
});
var shared3, TomlDate, TomlError, parse, stringify, dist_default;
var init_dist = __esm({
  "bundle-of:node_modules/smol-toml/dist/index.js"() {
    shared3 = require("./boot.cjs").requireBundle("toml").__modules["node_modules/smol-toml/dist/index"];
    ({ TomlDate, TomlError, parse, stringify } = shared3);
    dist_default = shared3.default;
  }
});

// <init bundle>
var init_bundle_exports = {};
__export(init_bundle_exports, {
  __modules: () => __modules,
  run: () => run
});
module.exports = __toCommonJS(init_bundle_exports);

// src/cli/commands/init.ts
var init_exports = {};
__export(init_exports, {
  run: () => run
});
var import_node_path8 = require("node:path");

// bundle-of:src/core/errors.ts
var shared = require("./boot.cjs").requireBundle("migcheck").__modules["core/errors"];
var { MigcheckError } = shared;

// src/core/messages.ts
var gitFailed = (args, stderr) => {
  const line = stderr.split("\n").map((l) => l.trim()).find((l) => l !== "") ?? "no message";
  return `git ${args[0] ?? ""} failed: ${line.replace(/^(fatal|error): /, "")}`;
};
var GIT_NOT_FOUND = "git was not found on PATH";
var GIT_NOT_FOUND_HINT = "install git (2.31 or newer) or add it to PATH";
var directoryNotFound = (dir) => `${dir} does not exist`;
var notARepository = (cwd) => `${cwd} is not inside a git repository`;
var NOT_A_REPOSITORY_HINT = "run migcheck inside the repository, or pass --cwd DIR";
var configInvalid = (source, key, problem) => `config: ${key} in ${source} ${problem}`;
var CONFIG_KEYS_HINT = 'Known keys: target, environments, severity, ignore, allowedHeads, fetchTarget, versionTable, versionTableSchema (see the README, "Configuration", and docs/db.md).';
var configUnreadable = (source, detail) => `config: cannot read ${source}: ${detail}`;
var configMissing = (path) => `config: ${path} does not exist`;
var CONFIG_MISSING_HINT = 'Pass an existing file to --config, or leave it out to use .migcheckrc.json, package.json "migcheck" or pyproject.toml [tool.migcheck].';
var hookCannotFindMigcheck = (hook, bin) => `migcheck: the ${hook} hook cannot find migcheck (not at ${bin}, not on PATH, not in node_modules/.bin). Install it (npm install -D migcheck), run migcheck init again, or skip once with MIGCHECK_SKIP=1.`;
var hookRemoval = (hookPath, chainedPath) => `delete ${hookPath}; if ${chainedPath} exists, rename it back to ${hookPath}.`;
var initMode = (mode, dryRun, where, reason) => `migcheck init${dryRun ? " --dry-run" : ""}: ${mode === "husky" ? "husky" : mode === "pre-commit" ? "the pre-commit framework, .pre-commit-config.yaml" : `plain git hooks in ${where}`} (${reason})`;
var initChange = (verb, path, what, dryRun) => `  ${dryRun ? `would ${verb}` : { create: "created", update: "updated", rename: "renamed", delete: "deleted" }[verb]} ${path}: ${what}`;
var INIT_NOTHING_TO_DO = "  nothing to change: the hooks are already installed.";
var INIT_DRY_RUN_DONE = "Nothing was written (--dry-run).";
var INIT_WHAT = {
  devDependencies: (names) => `add ${names.join(" and ")} to devDependencies`,
  installScript: (name, script) => `set scripts.${name} to ${JSON.stringify(script)} (installs the husky hooks on install)`,
  huskyHook: (line) => `runs ${line}`,
  plainHook: (hook) => `runs migcheck ${hook === "pre-push" ? "pre-push" : "check"}`,
  refreshHook: (hook) => `refresh migcheck's ${hook} hook`,
  chain: (hook) => `the existing ${hook} hook, kept and run first by migcheck's`,
  removeLintStagedEntry: (key) => `remove migcheck's lint-staged entry ${JSON.stringify(key)} (.husky/pre-commit runs migcheck check itself, which also sees deleted migrations and alembic.ini)`,
  removeLintStagedLine: "remove npx lint-staged (migcheck was its only task)",
  removePlainHook: (hook) => `migcheck's plain ${hook} hook, replaced by this set-up`,
  restoreChained: (hook) => `the ${hook} hook migcheck's plain hook had kept, back in its place`,
  preCommitRepo: (url, rev) => `add ${url} at ${rev}: hooks migcheck (commit, merge-commit) and migcheck-pre-push`,
  preCommitHookId: (id) => `add the hook ${id} to the migcheck entry`,
  hookTypes: (types) => `default_install_hook_types gets ${types.join(", ")} (pre-commit install then installs every hook migcheck needs)`
};
var initRunInstall = (install, script) => `Next: run ${install}. It installs husky, and the ${script} script (husky) points git at .husky/.`;
var initRunHusky = (exec, install) => `Next: run ${exec} (or ${install}) so git uses the hooks in .husky/.`;
var INIT_ADD_MIGCHECK = "Note: migcheck is not in package.json; the hooks call the migcheck on PATH (node_modules/.bin first). Add it to devDependencies so every clone has it.";
var initLintStagedLeft = (file) => `Left for you: ${file} still runs migcheck through lint-staged; remove that entry (.husky/pre-commit runs migcheck check itself).`;
var initPlainRemoval = (lines) => `To remove them:
${lines.map((l) => `  ${l}`).join("\n")}`;
var initChainTaken = (hookPath, chainedPath) => `init: ${hookPath} is not migcheck's hook, and ${chainedPath} already exists; migcheck will not overwrite either`;
var INIT_CHAIN_TAKEN_HINT = "Merge the two hooks by hand (or delete the one you no longer need), then run migcheck init again.";
var INIT_BARE = "init: this is a bare repository; hooks run where commits are made, so run migcheck init in a clone";
var initBadJson = (file, detail) => `init: cannot read ${file}: ${detail}`;
var INIT_REASON = {
  requested: (mode) => `--mode ${mode}`,
  found: (what) => `${what} found`,
  installed: (where) => `migcheck's hooks are installed in ${where}`,
  huskyRuns: (hooksPath) => `husky runs the hooks: core.hooksPath = ${hooksPath}`,
  frameworkRuns: (hook) => `the pre-commit framework runs the hooks: ${hook}`,
  keepsHooks: (what) => `package.json found, but husky would switch off ${what}`,
  noPackageJson: "no package.json"
};
var initManagerNotEdited = (manager, evidence) => `init: ${manager} manages this repository's git hooks (${evidence}); migcheck does not edit its config, and hooks installed beside it would be overwritten by its next install`;
var initManagerNotEditedHint = (manager) => `Add migcheck to ${manager} yourself (docs/hooks.md, "${manager}", has the lines): migcheck check at pre-commit and pre-merge-commit, migcheck pre-push "$@" at pre-push.`;
var initTwoManagers = (husky, framework) => `init: both husky (${husky}) and the pre-commit framework (${framework}) are set up here, and git runs neither yet; migcheck will not guess which one your team uses`;
var INIT_TWO_MANAGERS_HINT = "Choose one: migcheck init --mode husky, or migcheck init --mode pre-commit.";
var initHuskySwitchesOff = (what) => `init: husky would switch off ${what}: it points core.hooksPath at .husky/_, and git then runs no hook from the old place`;
var INIT_FRAMEWORK_HOOKS = (hooks) => `the pre-commit framework's hooks (${hooks.join(", ")})`;
var INIT_HUSKY_SWITCHES_OFF_FRAMEWORK_HINT = "Use migcheck init --mode pre-commit (it adds migcheck to .pre-commit-config.yaml), or move those hooks to husky first.";
var INIT_HUSKY_SWITCHES_OFF_HINT = "Use migcheck init --mode plain (it keeps them and runs them first), or move them into .husky/ first.";
var INIT_HUSKY_NEEDS_PACKAGE_JSON = "init: --mode husky needs a package.json at the repository root (husky is installed by the package manager)";
var INIT_HUSKY_NEEDS_PACKAGE_JSON_HINT = "Use migcheck init --mode plain, or --mode pre-commit.";
var initPlainUnder = (manager, evidence) => `init: ${manager} writes these hook files (${evidence}); plain hooks there would be overwritten, or loop through its own chaining, on its next install`;
var INIT_PLAIN_UNDER_HUSKY_HINT = "Use migcheck init --mode husky.";
var INIT_PLAIN_UNDER_FRAMEWORK_HINT = "Use migcheck init --mode pre-commit (it adds migcheck to .pre-commit-config.yaml).";
var initFrameworkHooksPath = (hooksPath) => `init: core.hooksPath is set (${hooksPath}), and pre-commit install refuses to install hooks while it is`;
var INIT_FRAMEWORK_HOOKS_PATH_HUSKY_HINT = "Use migcheck init --mode husky, or remove husky and run git config --unset-all core.hooksPath first.";
var INIT_FRAMEWORK_HOOKS_PATH_HINT = "Use migcheck init --mode plain (it installs into that folder), or run git config --unset-all core.hooksPath first.";
var initModeConflict = (mode) => `init: --pre-commit and --mode ${mode} ask for different set-ups: give one of them`;
var INIT_NO_HOOK_REPOSITORY = 'init: this migcheck installation does not say where its git repository is (no "repository" in its package.json), so .pre-commit-config.yaml cannot name it';
var INIT_NO_HOOK_REPOSITORY_HINT = "Name it: migcheck init --mode pre-commit --hook-repo <git URL of migcheck> --hook-rev <tag or commit>.";
var initBadHookRef = (option, value) => `init: --${option} ${JSON.stringify(value)} is not a git URL or revision pre-commit can use`;
var initPreCommitInstall = (types) => `Next: run pre-commit install${types.map((t) => ` --hook-type ${t}`).join("")} (pre-commit fetches and installs migcheck on the first run).`;
var INIT_PRE_COMMIT_STAGES_NOTE = "Note: the hooks in .pre-commit-config.yaml that set no stages also run at pre-merge-commit and pre-push once those hook types are installed; give them stages: [commit] if they should run at commit only.";
var initPreCommitManual = (why, snippet) => `Left for you: .pre-commit-config.yaml ${why}:
${snippet}`;
var INIT_PRE_COMMIT_WHY = {
  flowRepos: "writes its repos or hooks in a form init does not edit line by line; add this item to repos yourself",
  flowTypes: "writes default_install_hook_types in a form init does not edit; make it list these hook types yourself"
};

// src/git/run-git.ts
var import_node_fs = require("node:fs");

// src/git/git-process.cts
var childProcess;
var processes = () => childProcess ??= require("node:child_process");
var GIT_GLOBAL_ARGS = ["--no-optional-locks"];
function gitEnvironment(env) {
  let copy = environments.get(env);
  if (!copy) environments.set(env, copy = { ...env, LC_ALL: "C", LANGUAGE: "C" });
  return copy;
}
var environments = /* @__PURE__ */ new WeakMap();
function spawnGit(context, args) {
  return processes().spawn("git", [...GIT_GLOBAL_ARGS, ...args], {
    cwd: context.cwd,
    env: gitEnvironment(context.env),
    stdio: ["pipe", "pipe", "pipe"],
    windowsHide: true
  });
}

// src/git/run-git.ts
var GitError = class extends MigcheckError {
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

// src/git/argv.ts
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

// src/git/parse-z.ts
var MODES = new Map(["100644", "100755", "120000", "160000", "040000"].map((mode) => [mode, mode]));
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

// src/git/read-index.cts
var INI = Buffer.from(".ini");
var PYPROJECT = Buffer.from("pyproject.toml");
var ENV_PY = Buffer.from("env.py");

// src/config/load-config.ts
var import_node_fs4 = require("node:fs");
var import_node_path3 = require("node:path");

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
  const table = asTable(raw, "the migcheck settings", fail);
  checkKeys(table, TOP_KEYS, "", fail);
  const config = { source, severity: {}, ignore: [], allowedHeads: [] };
  if (table.target !== void 0) config.target = nonEmptyString(table.target, "target", fail);
  if (table.fetchTarget !== void 0) {
    if (typeof table.fetchTarget !== "boolean") fail("fetchTarget", `must be true or false, not ${describe(table.fetchTarget)}`);
    config.fetchTarget = table.fetchTarget;
  }
  if (table.environments !== void 0) config.environments = environments2(table.environments, fail);
  if (table.severity !== void 0) {
    const severity = asTable(table.severity, "severity", fail);
    for (const [code, value] of Object.entries(severity)) {
      if (!isFindingCode(code)) fail(`severity.${code}`, `is not a finding code (one of: ${FINDING_CODES.join(", ")})`);
      if (typeof value !== "string" || !SEVERITIES.includes(value)) {
        fail(`severity.${code}`, `must be "error", "warning" or "off", not ${describe(value)}`);
      }
      config.severity[code] = value;
    }
  }
  if (table.ignore !== void 0) config.ignore = stringList(table.ignore, "ignore", fail).map((p, i) => repoPath(p, `ignore[${i}]`, fail));
  if (table.allowedHeads !== void 0) config.allowedHeads = stringList(table.allowedHeads, "allowedHeads", fail);
  if (table.versionTable !== void 0) config.versionTable = nonEmptyString(table.versionTable, "versionTable", fail);
  if (table.versionTableSchema !== void 0) config.versionTableSchema = nonEmptyString(table.versionTableSchema, "versionTableSchema", fail);
  return config;
}
function environments2(value, fail) {
  if (!Array.isArray(value)) return fail("environments", `must be a list of versions directories or {dir, recursive, allowedHeads} tables, not ${describe(value)}`);
  return value.map((item, i) => {
    const key = `environments[${i}]`;
    if (typeof item === "string") return { versionLocations: [repoPath(item, key, fail)], allowedHeads: [] };
    const table = asTable(item, key, fail);
    checkKeys(table, ENVIRONMENT_KEYS, `${key}.`, fail);
    if (table.dir === void 0) fail(`${key}.dir`, "is missing (the versions directory, or a list of them)");
    const dirs = typeof table.dir === "string" ? [table.dir] : stringList(table.dir, `${key}.dir`, fail);
    if (dirs.length === 0) fail(`${key}.dir`, "must name at least one versions directory");
    if (table.recursive !== void 0 && typeof table.recursive !== "boolean") fail(`${key}.recursive`, `must be true or false, not ${describe(table.recursive)}`);
    return {
      versionLocations: dirs.map((d, j) => repoPath(d, typeof table.dir === "string" ? `${key}.dir` : `${key}.dir[${j}]`, fail)),
      ...table.recursive === true ? { recursive: true } : {},
      allowedHeads: table.allowedHeads === void 0 ? [] : stringList(table.allowedHeads, `${key}.allowedHeads`, fail),
      ...table.versionTable === void 0 ? {} : { versionTable: nonEmptyString(table.versionTable, `${key}.versionTable`, fail) },
      ...table.versionTableSchema === void 0 ? {} : { versionTableSchema: nonEmptyString(table.versionTableSchema, `${key}.versionTableSchema`, fail) }
    };
  });
}
function checkKeys(table, known, prefix, fail) {
  for (const key of Object.keys(table)) {
    if (known.includes(key)) continue;
    const near = known.find((k) => squash(k) === squash(key));
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
    const path = (0, import_node_path3.resolve)(options.cwd ?? repoRoot, options.explicitPath);
    const text = await readText(path);
    if (text === void 0) throw new MigcheckError(configMissing(options.explicitPath), { hint: CONFIG_MISSING_HINT });
    return await fromFile(path, text, displayPath(repoRoot, path), true) ?? { ...DEFAULT_CONFIG, severity: {}, ignore: [], allowedHeads: [], source: displayPath(repoRoot, path) };
  }
  for (const name of [".migcheckrc.json", "package.json", "pyproject.toml"]) {
    const path = (0, import_node_path3.resolve)(repoRoot, name);
    const text = await readText(path);
    if (text === void 0) continue;
    const config = await fromFile(path, text, name, false);
    if (config) return config;
  }
  return { ...DEFAULT_CONFIG, severity: {}, ignore: [], allowedHeads: [] };
}
async function fromFile(path, text, shown, explicit) {
  const name = (0, import_node_path3.basename)(path);
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
  const { parse: parse2 } = await Promise.resolve().then(() => (init_dist(), dist_exports));
  try {
    return parse2(text);
  } catch (error) {
    throw new MigcheckError(configUnreadable(shown, error.message.split("\n")[0]), { cause: error });
  }
}
async function readText(path) {
  try {
    return (0, import_node_fs4.readFileSync)(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return void 0;
    throw new MigcheckError(configUnreadable(path, error.message), { cause: error });
  }
}
function displayPath(repoRoot, path) {
  const rel = (0, import_node_path3.relative)(repoRoot, path);
  return rel && !rel.startsWith("..") && !(0, import_node_path3.isAbsolute)(rel) ? rel.split("\\").join("/") : path;
}

// src/hooks/apply-init-plan.ts
var import_promises = require("node:fs/promises");
var import_node_path4 = require("node:path");
async function readOptional(path) {
  try {
    return await (0, import_promises.readFile)(path, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    throw error;
  }
}
async function exists(path) {
  try {
    await (0, import_promises.stat)(path);
    return true;
  } catch {
    return false;
  }
}
async function applyInitPlan(plan) {
  for (const change of plan.changes) {
    if (change.kind === "rename") {
      await (0, import_promises.rename)(change.path, change.to);
      continue;
    }
    if (change.kind === "delete") {
      await (0, import_promises.unlink)(change.path);
      continue;
    }
    await (0, import_promises.mkdir)((0, import_node_path4.dirname)(change.path), { recursive: true });
    const mode = await (0, import_promises.stat)(change.path).then((s) => s.mode & 4095, () => void 0);
    const temporary = `${change.path}.migcheck-${Date.now()}.tmp`;
    await (0, import_promises.writeFile)(temporary, change.content);
    await (0, import_promises.chmod)(temporary, mode ?? (change.executable ? 493 : 420));
    await (0, import_promises.rename)(temporary, change.path);
  }
}

// src/hooks/hook-script.ts
var import_promises2 = require("node:fs/promises");
var import_node_path6 = require("node:path");

// src/fs/install-root.ts
var import_node_fs5 = require("node:fs");
var import_node_path5 = require("node:path");
var import_node_url = require("node:url");
var found;
function installRoot() {
  if (found !== void 0) return found;
  const start = (0, import_node_path5.dirname)((0, import_node_url.fileURLToPath)(__migcheck_import_meta_url));
  for (let dir = start; ; dir = (0, import_node_path5.dirname)(dir)) {
    if ((0, import_node_fs5.existsSync)((0, import_node_path5.join)(dir, "package.json")) && (0, import_node_fs5.existsSync)((0, import_node_path5.join)(dir, "bin", "migcheck.js"))) return found = dir;
    if ((0, import_node_path5.dirname)(dir) === dir) throw new Error(`no migcheck installation (package.json beside bin/migcheck.js) above ${start}`);
  }
}

// src/hooks/hook-script.ts
var HOOK_NAMES = ["pre-commit", "pre-merge-commit", "pre-push"];
var TEMPLATE_OF = { "pre-commit": "pre-commit", "pre-merge-commit": "pre-commit", "pre-push": "pre-push" };
var GIT_COMMAND_OF = { "pre-commit": "git commit", "pre-merge-commit": "git merge", "pre-push": "git push" };
var HOOK_MARKER = "# migcheck-managed hook";
var CHAINED_SUFFIX = ".migcheck-chained";
var INSTALL_ROOT = installRoot();
var MIGCHECK_JS = (0, import_node_path6.join)(INSTALL_ROOT, "bin", "migcheck.js");
function readHookTemplate(hook) {
  return (0, import_promises2.readFile)((0, import_node_path6.join)(INSTALL_ROOT, "hooks", TEMPLATE_OF[hook]), "utf8");
}
function renderHookScript(template, values) {
  const replacements = {
    "@HOOK@": values.hook,
    "@GIT_COMMAND@": GIT_COMMAND_OF[values.hook],
    "@MIGCHECK_JS@": shellQuote(values.migcheckJs),
    "@NODE@": shellQuote(values.node),
    "@NOT_FOUND@": shellQuote(hookCannotFindMigcheck(values.hook, values.migcheckJs)),
    // A comment line: newlines must not escape it.
    "@REMOVE@": hookRemoval(values.hookPath, `${values.hookPath}${CHAINED_SUFFIX}`).replace(/[\r\n]/g, " ")
  };
  return template.replace(/@[A-Z_]+@/g, (name) => replacements[name] ?? name);
}
function shellQuote(value) {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

// src/hooks/choose-init-mode.ts
var isHuskyHooksPath = (path) => path !== void 0 && /(^|\/)\.husky(\/_)?\/?$/.test(path);
function huskyDependency(packageJson) {
  if (!packageJson) return false;
  try {
    const pkg = JSON.parse(packageJson.replace(/^\uFEFF/, ""));
    return ["dependencies", "devDependencies"].some((key) => {
      const deps = pkg[key];
      return typeof deps === "object" && deps !== null && Object.hasOwn(deps, "husky");
    });
  } catch {
    return false;
  }
}
function otherHooks(facts) {
  return facts.installed.flatMap((hook) => {
    if (hook.owner === "other") return [hook.shown];
    if (hook.owner === "migcheck" && hook.chained) return [`${hook.shown}.migcheck-chained`];
    return [];
  });
}
var frameworkHooks = (facts) => facts.installed.filter((hook) => hook.owner === "pre-commit").map((hook) => hook.shown);
function chooseInitMode(facts, requested) {
  const lefthook = facts.lefthookConfig ?? facts.installed.find((h) => h.owner === "lefthook")?.shown;
  if (lefthook) throw new MigcheckError(initManagerNotEdited("lefthook", lefthook), { hint: initManagerNotEditedHint("lefthook") });
  const simple = facts.simpleGitHooksConfig ?? facts.installed.find((h) => h.owner === "simple-git-hooks")?.shown;
  if (simple) throw new MigcheckError(initManagerNotEdited("simple-git-hooks", simple), { hint: initManagerNotEditedHint("simple-git-hooks") });
  const huskyActive = isHuskyHooksPath(facts.hooksPath);
  const husky = huskyActive || facts.huskyDir || huskyDependency(facts.packageJson);
  const installedFramework = huskyActive ? [] : frameworkHooks(facts);
  const framework = facts.preCommitConfig !== void 0 || installedFramework.length > 0;
  const huskyEvidence = huskyActive ? `core.hooksPath = ${facts.hooksPath}` : facts.huskyDir ? ".husky/" : "husky in package.json";
  const frameworkEvidence = facts.preCommitConfig !== void 0 ? ".pre-commit-config.yaml" : installedFramework[0];
  const ownPlain = facts.installed.find((hook) => hook.owner === "migcheck");
  let choice;
  if (requested) {
    choice = { mode: requested, reason: INIT_REASON.requested(requested) };
  } else if (ownPlain && !framework && !husky) {
    choice = { mode: "plain", reason: INIT_REASON.installed(facts.hooksDirShown) };
  } else if (framework && husky) {
    if (huskyActive) choice = { mode: "husky", reason: INIT_REASON.huskyRuns(facts.hooksPath) };
    else if (installedFramework.length > 0) choice = { mode: "pre-commit", reason: INIT_REASON.frameworkRuns(installedFramework[0]) };
    else throw new MigcheckError(initTwoManagers(huskyEvidence, frameworkEvidence), { hint: INIT_TWO_MANAGERS_HINT });
  } else if (framework) {
    choice = { mode: "pre-commit", reason: INIT_REASON.found(frameworkEvidence) };
  } else if (husky) {
    choice = { mode: "husky", reason: INIT_REASON.found(huskyEvidence) };
  } else if (facts.packageJson !== void 0 && facts.hooksPath === void 0 && otherHooks(facts).length === 0) {
    choice = { mode: "husky", reason: INIT_REASON.found("package.json") };
  } else if (facts.packageJson !== void 0) {
    choice = { mode: "plain", reason: INIT_REASON.keepsHooks(facts.hooksPath !== void 0 ? `core.hooksPath = ${facts.hooksPath}` : otherHooks(facts)[0]) };
  } else {
    choice = { mode: "plain", reason: INIT_REASON.noPackageJson };
  }
  if (choice.mode === "husky") {
    if (facts.packageJson === void 0) throw new MigcheckError(INIT_HUSKY_NEEDS_PACKAGE_JSON, { hint: INIT_HUSKY_NEEDS_PACKAGE_JSON_HINT });
    if (!huskyActive) {
      if (installedFramework.length > 0) throw new MigcheckError(initHuskySwitchesOff(INIT_FRAMEWORK_HOOKS(installedFramework)), { hint: INIT_HUSKY_SWITCHES_OFF_FRAMEWORK_HINT });
      if (facts.hooksPath !== void 0) throw new MigcheckError(initHuskySwitchesOff(`core.hooksPath = ${facts.hooksPath}`), { hint: INIT_HUSKY_SWITCHES_OFF_HINT });
      const others = otherHooks(facts);
      if (others.length > 0) throw new MigcheckError(initHuskySwitchesOff(others.join(", ")), { hint: INIT_HUSKY_SWITCHES_OFF_HINT });
    }
  } else if (choice.mode === "plain") {
    if (huskyActive) throw new MigcheckError(initPlainUnder("husky", `core.hooksPath = ${facts.hooksPath}`), { hint: INIT_PLAIN_UNDER_HUSKY_HINT });
    const framed = facts.installed.filter((h) => h.owner === "pre-commit" && HOOK_NAMES.includes(h.name)).map((h) => h.shown);
    if (framed.length > 0) throw new MigcheckError(initPlainUnder("the pre-commit framework", framed.join(", ")), { hint: INIT_PLAIN_UNDER_FRAMEWORK_HINT });
  } else if (facts.hooksPath !== void 0) {
    throw new MigcheckError(initFrameworkHooksPath(facts.hooksPath), { hint: huskyActive ? INIT_FRAMEWORK_HOOKS_PATH_HUSKY_HINT : INIT_FRAMEWORK_HOOKS_PATH_HINT });
  }
  return choice;
}

// src/hooks/hook-setup-facts.ts
var import_promises3 = require("node:fs/promises");
var import_node_path7 = require("node:path");
var GIT_HOOK_NAMES = [
  "applypatch-msg",
  "pre-applypatch",
  "post-applypatch",
  "pre-commit",
  "pre-merge-commit",
  "prepare-commit-msg",
  "commit-msg",
  "post-commit",
  "pre-rebase",
  "post-checkout",
  "post-merge",
  "pre-push",
  "pre-receive",
  "update",
  "proc-receive",
  "post-receive",
  "post-update",
  "reference-transaction",
  "push-to-checkout",
  "pre-auto-gc",
  "post-rewrite",
  "sendemail-validate",
  "fsmonitor-watchman",
  "p4-changelist",
  "p4-prepare-changelist",
  "p4-post-changelist",
  "p4-pre-submit",
  "post-index-change"
];
var LEFTHOOK_CONFIGS = [
  "lefthook.yml",
  ".lefthook.yml",
  "lefthook.yaml",
  ".lefthook.yaml",
  "lefthook.json",
  ".lefthook.json",
  "lefthook.toml",
  ".lefthook.toml",
  "lefthook.jsonc",
  ".lefthook.jsonc",
  ".config/lefthook.yml",
  ".config/lefthook.yaml"
];
var SIMPLE_GIT_HOOKS_CONFIGS = [
  ".simple-git-hooks.cjs",
  ".simple-git-hooks.js",
  ".simple-git-hooks.mjs",
  ".simple-git-hooks.json",
  "simple-git-hooks.cjs",
  "simple-git-hooks.js",
  "simple-git-hooks.mjs",
  "simple-git-hooks.json"
];
var LOCKFILES = ["pnpm-lock.yaml", "yarn.lock", "bun.lockb", "bun.lock", "package-lock.json", "npm-shrinkwrap.json"];
function hookOwner(text) {
  if (text.includes(HOOK_MARKER)) return "migcheck";
  if (/File generated by pre-commit|138fd403232d2ddd5efb44317e38bf03|pre_commit/.test(text)) return "pre-commit";
  if (/lefthook/i.test(text)) return "lefthook";
  if (text.includes("SKIP_SIMPLE_GIT_HOOKS")) return "simple-git-hooks";
  if (/\/h"\s*$|husky\.sh/.test(text.trim())) return "husky";
  return "other";
}
function shownPath(root, path) {
  const rel = (0, import_node_path7.relative)(root, path);
  return rel && !rel.startsWith("..") && !(0, import_node_path7.isAbsolute)(rel) ? rel.split("\\").join("/") : path;
}
async function firstExisting(root, names) {
  for (const name of names) if (await exists((0, import_node_path7.join)(root, name))) return name;
  return void 0;
}
async function installedHooks(root, hooksDir) {
  const names = await (0, import_promises3.readdir)(hooksDir).catch(() => []);
  const found2 = [];
  for (const name of names.filter((n) => GIT_HOOK_NAMES.includes(n)).sort()) {
    const path = (0, import_node_path7.join)(hooksDir, name);
    const info = await (0, import_promises3.stat)(path).catch(() => void 0);
    if (!info?.isFile() || (info.mode & 73) === 0) continue;
    const text = await readOptional(path) ?? "";
    found2.push({ name, path, shown: shownPath(root, path), owner: hookOwner(text), text, chained: await exists(`${path}${CHAINED_SUFFIX}`) });
  }
  return found2;
}
async function readHookSetupFacts(repo) {
  const root = repo.root;
  const at = (name) => (0, import_node_path7.join)(root, name);
  const packageJson = await readOptional(at("package.json"));
  let simpleGitHooksConfig = await firstExisting(root, SIMPLE_GIT_HOOKS_CONFIGS);
  if (!simpleGitHooksConfig && packageJson && /"simple-git-hooks"\s*:\s*\{/.test(packageJson)) simpleGitHooksConfig = 'package.json "simple-git-hooks"';
  const [gitPath, hooksPath] = await Promise.all([
    runGit(repo, ["rev-parse", "--git-path", "hooks"]),
    runGit(repo, ["config", "--get", "core.hooksPath"], { allowExit: [1] })
  ]);
  const hooksDir = (0, import_node_path7.resolve)(root, gitPath.stdout.trim());
  const lockfiles = [];
  for (const name of LOCKFILES) if (await exists(at(name))) lockfiles.push(name);
  return {
    root,
    packageJson,
    lockfiles,
    yarnBerry: await exists(at(".yarnrc.yml")),
    preCommitConfig: await readOptional(at(".pre-commit-config.yaml")),
    huskyDir: await exists(at(".husky")),
    lefthookConfig: await firstExisting(root, LEFTHOOK_CONFIGS),
    simpleGitHooksConfig,
    hooksPath: hooksPath.code === 0 && hooksPath.stdout.trim() !== "" ? hooksPath.stdout.trim() : void 0,
    hooksDir,
    hooksDirShown: shownPath(root, hooksDir),
    installed: await installedHooks(root, hooksDir)
  };
}

// src/hooks/package-manager.ts
var LOCKFILE_OWNERS = [
  ["pnpm-lock.yaml", "pnpm"],
  ["yarn.lock", "yarn"],
  ["bun.lockb", "bun"],
  ["bun.lock", "bun"],
  ["package-lock.json", "npm"],
  ["npm-shrinkwrap.json", "npm"]
];
function detectPackageManager(packageJson, lockfiles, yarnBerry) {
  const field = typeof packageJson.packageManager === "string" ? packageJson.packageManager : "";
  const declared = /^(npm|pnpm|yarn|bun)@(\d+)?/.exec(field);
  const name = declared?.[1] ?? LOCKFILE_OWNERS.find(([file]) => lockfiles.includes(file))?.[1] ?? "npm";
  const berry = name === "yarn" && (declared?.[2] !== void 0 ? Number(declared[2]) >= 2 : yarnBerry);
  switch (name) {
    case "pnpm":
      return { name, install: "pnpm install", exec: (bin) => `pnpm exec ${bin}`, installScript: "prepare" };
    case "yarn":
      return { name, install: "yarn", exec: (bin) => `yarn ${bin}`, installScript: berry ? "postinstall" : "prepare" };
    case "bun":
      return { name, install: "bun install", exec: (bin) => `bunx ${bin}`, installScript: "prepare" };
    default:
      return { name, install: "npm install", exec: (bin) => `npx ${bin}`, installScript: "prepare" };
  }
}

// src/hooks/edit-json.ts
function jsonLayout(text) {
  const indent = /^[{[][ \t]*\r?\n([ \t]+)\S/.exec(text.replace(/^\uFEFF/, ""))?.[1] ?? "  ";
  return { indent, newline: text.includes("\r\n") ? "\r\n" : "\n", finalNewline: /\n$/.test(text), bom: text.startsWith("\uFEFF") };
}
function formatJson(value, layout) {
  const body = JSON.stringify(value, null, layout.indent).replace(/\n/g, layout.newline);
  return `${layout.bom ? "\uFEFF" : ""}${body}${layout.finalNewline ? layout.newline : ""}`;
}
function editJson(text, mutate) {
  const value = JSON.parse(text.replace(/^\uFEFF/, ""));
  const before = JSON.stringify(value);
  mutate(value);
  if (JSON.stringify(value) === before) return text;
  return formatJson(value, jsonLayout(text));
}

// src/hooks/plan-husky.ts
var HUSKY_RANGE = "^9.1.7";
var HUSKY_LINES = {
  "pre-commit": { line: "migcheck check", present: /^[^#\n]*\bmigcheck\b(?![^\n]*\bpre-push\b)/m },
  "pre-merge-commit": { line: "migcheck check", present: /^[^#\n]*\bmigcheck\b(?![^\n]*\bpre-push\b)/m },
  "pre-push": { line: 'migcheck pre-push "$@"', present: /^[^#\n]*\bmigcheck\b[^\n]*\bpre-push\b/m }
};
var HUSKY_PRE_PUSH_BLOCK = [
  "# migcheck reads the pushed refs from stdin; the commands below get the same lines.",
  "migcheck_refs=$(cat)",
  `printf '%s\\n' "$migcheck_refs" | migcheck pre-push "$@"`,
  "exec <<migcheck_refs_end",
  "$migcheck_refs",
  "migcheck_refs_end"
].join("\n");
var LINT_STAGED_FILES = [
  ".lintstagedrc",
  ".lintstagedrc.json",
  ".lintstagedrc.yaml",
  ".lintstagedrc.yml",
  ".lintstagedrc.mjs",
  ".lintstagedrc.js",
  ".lintstagedrc.cjs",
  ".lintstagedrc.mts",
  ".lintstagedrc.ts",
  ".lintstagedrc.cts",
  "lint-staged.config.mjs",
  "lint-staged.config.js",
  "lint-staged.config.cjs",
  "lint-staged.config.mts",
  "lint-staged.config.ts",
  "lint-staged.config.cts"
];
var isMigcheckTask = (task) => typeof task === "string" && /^\s*(npx\s+)?migcheck(\s+check)?\s*$/.test(task);
function dropMigcheckTasks(config) {
  const changed = [];
  for (const [key, task] of Object.entries(config)) {
    if (isMigcheckTask(task)) {
      delete config[key];
      changed.push(key);
    } else if (Array.isArray(task) && task.some(isMigcheckTask)) {
      const rest = task.filter((t) => !isMigcheckTask(t));
      if (rest.length === 0) delete config[key];
      else config[key] = rest;
      changed.push(key);
    }
  }
  return changed;
}
function insertFirst(script, line) {
  const lines = script === "" ? [] : script.replace(/\n$/, "").split("\n");
  const at = lines.findIndex((l) => l.trim() !== "" && !l.trim().startsWith("#"));
  if (at === -1) return `${[...lines, line].join("\n")}
`;
  return `${[...lines.slice(0, at), line, ...lines.slice(at)].join("\n")}
`;
}
function planHusky(state) {
  const changes = [];
  const notes = [];
  const at = (path) => `${state.root}/${path}`;
  const packageText = state.files["package.json"] ?? "{}\n";
  const packageWhat = [];
  let installNeeded = false;
  let packageJson;
  try {
    packageJson = JSON.parse(packageText.replace(/^\uFEFF/, ""));
    if (typeof packageJson !== "object" || packageJson === null || Array.isArray(packageJson)) throw new Error("not a JSON object");
  } catch (error) {
    throw new MigcheckError(initBadJson("package.json", error.message));
  }
  const hasDependency = (name) => ["dependencies", "devDependencies"].some((k) => Object.hasOwn(objectAt(packageJson, k), name));
  const lintStagedFile = LINT_STAGED_FILES.find((f) => state.files[f] !== void 0);
  const scriptName = state.packageManager.installScript;
  const newPackage = editJson(packageText, (pkg) => {
    if (!hasDependency("husky")) {
      const dev = objectAt(pkg, "devDependencies");
      dev.husky = HUSKY_RANGE;
      pkg.devDependencies = sortKeys(dev);
      packageWhat.push(INIT_WHAT.devDependencies(["husky"]));
      installNeeded = true;
    }
    const scripts = objectAt(pkg, "scripts");
    if (!Object.values(scripts).some((s) => typeof s === "string" && /(^|&&|;)\s*husky\s*($|&&|;)/.test(s))) {
      const current = scripts[scriptName];
      scripts[scriptName] = typeof current === "string" && current.trim() !== "" ? `${current} && husky` : "husky";
      pkg.scripts = scripts;
      packageWhat.push(INIT_WHAT.installScript(scriptName, scripts[scriptName]));
      installNeeded = true;
    }
    const lintStaged = pkg["lint-staged"];
    if (typeof lintStaged === "object" && lintStaged !== null && !Array.isArray(lintStaged)) {
      for (const key of dropMigcheckTasks(lintStaged)) packageWhat.push(INIT_WHAT.removeLintStagedEntry(key));
      if (Object.keys(lintStaged).length === 0) delete pkg["lint-staged"];
    }
  });
  if (newPackage !== packageText) {
    changes.push({ kind: "write", path: at("package.json"), shown: "package.json", before: packageText, content: newPackage, executable: false, what: packageWhat });
  }
  let lintStagedEmptied = newPackage !== packageText && !Object.hasOwn(JSON.parse(newPackage.replace(/^\uFEFF/, "")), "lint-staged") && Object.hasOwn(packageJson, "lint-staged");
  if (lintStagedFile && state.files[lintStagedFile].includes("migcheck")) {
    const text = state.files[lintStagedFile];
    const edited = /\.[mc]?[jt]s$/.test(lintStagedFile) ? void 0 : tryEditJson(text) ?? editYaml(text);
    if (edited) {
      changes.push({ kind: "write", path: at(lintStagedFile), shown: lintStagedFile, before: text, content: edited.text, executable: false, what: edited.keys.map(INIT_WHAT.removeLintStagedEntry) });
      lintStagedEmptied ||= edited.empty;
    } else {
      notes.push(initLintStagedLeft(lintStagedFile));
    }
  }
  for (const hook of ["pre-commit", "pre-merge-commit", "pre-push"]) {
    const path = `.husky/${hook}`;
    const current = state.files[path];
    let content = current ?? "";
    const what = [];
    if (hook === "pre-commit" && lintStagedEmptied && /^\s*npx lint-staged\s*$/m.test(content)) {
      content = content.replace(/^\s*npx lint-staged\s*\n?/m, "");
      what.push(INIT_WHAT.removeLintStagedLine);
    }
    if (!HUSKY_LINES[hook].present.test(content)) {
      const hasCommands = content.split("\n").some((l) => l.trim() !== "" && !l.trim().startsWith("#"));
      content = insertFirst(content, hook === "pre-push" && hasCommands ? HUSKY_PRE_PUSH_BLOCK : HUSKY_LINES[hook].line);
      what.push(INIT_WHAT.huskyHook(HUSKY_LINES[hook].line));
    }
    if (content === (current ?? "")) continue;
    changes.push({ kind: "write", path: at(path), shown: path, before: current, content, executable: false, what });
  }
  const pm = state.packageManager;
  if (installNeeded) notes.unshift(initRunInstall(pm.install, pm.installScript));
  else if (!state.huskyActive) notes.unshift(initRunHusky(pm.exec("husky"), pm.install));
  if (!hasDependency("migcheck")) notes.push(INIT_ADD_MIGCHECK);
  return { mode: "husky", where: ".husky", changes, notes };
}
function tryEditJson(text) {
  let keys = [];
  let empty = false;
  try {
    const edited = editJson(text, (config) => {
      keys = dropMigcheckTasks(config);
      empty = Object.keys(config).length === 0;
    });
    return keys.length > 0 ? { text: edited, keys, empty } : void 0;
  } catch {
    return void 0;
  }
}
function editYaml(text) {
  const line = /^(['"]?)([^\n]*?)\1\s*:\s*(?:npx\s+)?migcheck(?:\s+check)?\s*(?:\n|$)/m.exec(text);
  if (!line) return void 0;
  const rest = text.slice(0, line.index) + text.slice(line.index + line[0].length);
  return { text: rest, keys: [line[2]], empty: !rest.split("\n").some((l) => l.trim() !== "" && !l.trim().startsWith("#")) };
}
function objectAt(value, key) {
  const found2 = value[key];
  return typeof found2 === "object" && found2 !== null && !Array.isArray(found2) ? found2 : {};
}
function sortKeys(map) {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b, "en")));
}

// src/hooks/plan-plain-hooks.ts
function planPlainHooks(where, hooks) {
  const changes = [];
  for (const name of HOOK_NAMES) {
    const hook = hooks[name];
    if (hook.current === hook.script) continue;
    if (hook.current !== void 0 && hook.current.includes(HOOK_MARKER)) {
      changes.push({ kind: "write", path: hook.path, shown: hook.shown, before: hook.current, content: hook.script, executable: true, what: [INIT_WHAT.refreshHook(name)] });
      continue;
    }
    if (hook.current !== void 0) {
      if (hook.chainedExists) throw new MigcheckError(initChainTaken(hook.shown, `${hook.shown}${CHAINED_SUFFIX}`), { hint: INIT_CHAIN_TAKEN_HINT });
      changes.push({ kind: "rename", path: hook.path, shown: hook.shown, to: `${hook.path}${CHAINED_SUFFIX}`, toShown: `${hook.shown}${CHAINED_SUFFIX}`, what: [INIT_WHAT.chain(name)] });
    }
    changes.push({ kind: "write", path: hook.path, shown: hook.shown, before: void 0, content: hook.script, executable: true, what: [INIT_WHAT.plainHook(name)] });
  }
  const removal = HOOK_NAMES.map((name) => hookRemoval(hooks[name].shown, `${hooks[name].shown}${CHAINED_SUFFIX}`));
  return { mode: "plain", where, changes, notes: changes.length > 0 ? [initPlainRemoval(removal)] : [] };
}
function planPlainRemoval(installed) {
  return installed.filter((hook) => hook.owner === "migcheck").flatMap((hook) => [
    { kind: "delete", path: hook.path, shown: hook.shown, what: [INIT_WHAT.removePlainHook(hook.name)] },
    ...hook.chained ? [{ kind: "rename", path: `${hook.path}${CHAINED_SUFFIX}`, shown: `${hook.shown}${CHAINED_SUFFIX}`, to: hook.path, toShown: hook.shown, what: [INIT_WHAT.restoreChained(hook.name)] }] : []
  ]);
}

// src/hooks/plan-pre-commit-config.ts
var PRE_COMMIT_HOOK_IDS = ["migcheck", "migcheck-pre-push"];
var PRE_COMMIT_HOOK_TYPES = ["pre-commit", "pre-merge-commit", "pre-push"];
function scalar(value, option) {
  if (value === "" || value.startsWith("-") || /[\u0000-\u001f\u007f]/.test(value)) throw new MigcheckError(initBadHookRef(option, value));
  return /^[A-Za-z0-9/._~][^\s'"#,[\]{}]*$/.test(value) && !/:$/.test(value) ? value : JSON.stringify(value);
}
var isComment = (line) => line.trim().startsWith("#");
var isBlank = (line) => line.trim() === "";
var pad = (n) => " ".repeat(n);
function repoItem(repo, dash, gap, hooksOffset) {
  const key = dash + 1 + gap;
  return [
    `${pad(dash)}-${pad(gap)}repo: ${scalar(repo.url, "hook-repo")}`,
    `${pad(key)}rev: ${scalar(repo.rev, "hook-rev")}`,
    `${pad(key)}hooks:`,
    ...PRE_COMMIT_HOOK_IDS.map((id) => `${pad(key + hooksOffset)}- id: ${id}`)
  ];
}
function preCommitEntrySnippet(repo) {
  return repoItem(repo, 2, 1, 2).join("\n");
}
function planPreCommitConfig(current, repo) {
  const typesLine = `default_install_hook_types: [${PRE_COMMIT_HOOK_TYPES.join(", ")}]`;
  if (current === void 0) {
    return {
      content: [typesLine, "repos:", ...repoItem(repo, 2, 1, 2), ""].join("\n"),
      what: [INIT_WHAT.hookTypes([...PRE_COMMIT_HOOK_TYPES]), INIT_WHAT.preCommitRepo(repo.url, repo.rev)],
      manual: []
    };
  }
  const newline = current.includes("\r\n") ? "\r\n" : "\n";
  const bom = current.startsWith("\uFEFF") ? "\uFEFF" : "";
  const finalNewline = /\n$/.test(current);
  const lines = current.slice(bom.length).replace(/\r?\n$/, "").split(/\r?\n/);
  const what = [];
  const manual = [];
  const ids = /* @__PURE__ */ new Map();
  lines.forEach((line, i) => {
    const m = /^\s*(?:-\s+)?id\s*:\s*(['"]?)([\w.-]+)\1\s*(?:#.*)?$/.exec(line);
    if (m && PRE_COMMIT_HOOK_IDS.includes(m[2])) ids.set(m[2], i);
  });
  if (ids.size > 0) {
    for (const id of PRE_COMMIT_HOOK_IDS) {
      if (ids.has(id)) continue;
      const [, at] = [...ids.entries()][0];
      const dash = /^(\s*)-(\s+)id\s*:/.exec(lines[at]);
      if (!dash) {
        manual.push({ why: INIT_PRE_COMMIT_WHY.flowRepos, snippet: preCommitEntrySnippet(repo) });
        break;
      }
      let end = at + 1;
      while (end < lines.length && (isBlank(lines[end]) || isComment(lines[end]) || indentOf(lines[end]) > dash[1].length)) end++;
      while (end > at + 1 && (isBlank(lines[end - 1]) || isComment(lines[end - 1]))) end--;
      lines.splice(end, 0, `${dash[1]}-${dash[2]}id: ${id}`);
      for (const [other, index] of ids) if (index >= end) ids.set(other, index + 1);
      ids.set(id, end);
      what.push(INIT_WHAT.preCommitHookId(id));
    }
  } else {
    let reposAt = lines.findIndex((line) => /^repos\s*:/.test(line));
    let blockDone = false;
    if (reposAt === -1) {
      lines.push("repos:");
      reposAt = lines.length - 1;
    } else {
      const rest = lines[reposAt].replace(/^repos\s*:/, "");
      if (/^\s*\[\s*\]\s*(#.*)?$/.test(rest)) {
        lines[reposAt] = `repos:${rest.replace(/\s*\[\s*\]/, "")}`.replace(/\s+$/, "");
      } else if (!/^\s*(#.*)?$/.test(rest)) {
        manual.push({ why: INIT_PRE_COMMIT_WHY.flowRepos, snippet: preCommitEntrySnippet(repo) });
        blockDone = true;
      }
    }
    if (!blockDone) {
      let end = reposAt + 1;
      while (end < lines.length && (isBlank(lines[end]) || /^[\s#]/.test(lines[end]) || /^-/.test(lines[end]) && !/^---/.test(lines[end]))) end++;
      let insertAt = end;
      while (insertAt > reposAt + 1 && (isBlank(lines[insertAt - 1]) || isComment(lines[insertAt - 1]))) insertAt--;
      const block = lines.slice(reposAt + 1, end);
      const first = block.map((line) => /^(\s*)-(\s+)\S/.exec(line)).find(Boolean);
      const hooksLine = block.findIndex((line) => /^\s*hooks\s*:\s*(#.*)?$/.test(line));
      const hooksChild = hooksLine === -1 ? void 0 : block.slice(hooksLine + 1).find((line) => !isBlank(line) && !isComment(line));
      const hooksOffset = hooksChild && /^\s*-\s/.test(hooksChild) ? indentOf(hooksChild) - indentOf(block[hooksLine]) : 2;
      lines.splice(insertAt, 0, ...repoItem(repo, first ? first[1].length : 2, first ? first[2].length : 1, Math.max(0, hooksOffset)));
      what.push(INIT_WHAT.preCommitRepo(repo.url, repo.rev));
    }
  }
  const typesAt = lines.findIndex((line) => /^default_install_hook_types\s*:/.test(line));
  if (typesAt === -1) {
    let at = lines.findIndex((line) => /^repos\s*:/.test(line));
    if (at === -1) at = lines.length;
    while (at > 0 && isComment(lines[at - 1]) && !isBlank(lines[at - 1])) at--;
    lines.splice(at, 0, typesLine);
    what.unshift(INIT_WHAT.hookTypes([...PRE_COMMIT_HOOK_TYPES]));
  } else {
    const rest = lines[typesAt].replace(/^default_install_hook_types\s*:/, "");
    const flow = /^(\s*)\[([^\]#]*)\](\s*(?:#.*)?)$/.exec(rest);
    if (flow) {
      const items = flow[2].split(",").map((item) => item.trim().replace(/^(['"])(.*)\1$/, "$2")).filter(Boolean);
      const missing = PRE_COMMIT_HOOK_TYPES.filter((type) => !items.includes(type));
      if (missing.length > 0) {
        lines[typesAt] = `default_install_hook_types:${flow[1]}[${[...flow[2].split(",").map((s) => s.trim()).filter(Boolean), ...missing].join(", ")}]${flow[3]}`;
        what.unshift(INIT_WHAT.hookTypes(missing));
      }
    } else if (/^\s*(#.*)?$/.test(rest)) {
      let end = typesAt + 1;
      const items = [];
      let indent = "  ";
      while (end < lines.length && (isBlank(lines[end]) || isComment(lines[end]) || /^\s*-\s/.test(lines[end]))) {
        const m = /^(\s*)-\s+(['"]?)([\w-]+)\2/.exec(lines[end]);
        if (m) {
          items.push(m[3]);
          indent = m[1];
        }
        end++;
      }
      while (end > typesAt + 1 && !/^\s*-\s/.test(lines[end - 1])) end--;
      const missing = PRE_COMMIT_HOOK_TYPES.filter((type) => !items.includes(type));
      if (missing.length > 0) {
        lines.splice(end, 0, ...missing.map((type) => `${indent}- ${type}`));
        what.unshift(INIT_WHAT.hookTypes(missing));
      }
    } else {
      manual.push({ why: INIT_PRE_COMMIT_WHY.flowTypes, snippet: typesLine });
    }
  }
  if (what.length === 0) return { content: void 0, what, manual };
  return { content: `${bom}${lines.join(newline)}${finalNewline ? newline : ""}`, what, manual };
}
function indentOf(line) {
  return /^\s*/.exec(line)[0].length;
}

// src/hooks/hook-repository.ts
function hookRepositoryOf(packageJsonText) {
  if (!packageJsonText) return void 0;
  let pkg;
  try {
    pkg = JSON.parse(packageJsonText);
  } catch {
    return void 0;
  }
  const field = typeof pkg.repository === "string" ? pkg.repository : typeof pkg.repository === "object" && pkg.repository !== null && typeof pkg.repository.url === "string" ? pkg.repository.url : void 0;
  const url = field === void 0 ? void 0 : cloneUrl(field);
  if (!url) return void 0;
  return { url, rev: typeof pkg.version === "string" ? `v${pkg.version}` : void 0 };
}
function cloneUrl(field) {
  const short = /^(?:(github|gitlab|bitbucket):)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(field);
  if (short) return `https://${short[1] ?? "github"}.${short[1] === "bitbucket" ? "org" : "com"}/${short[2]}/${short[3]}`;
  const url = /^(?:git\+)?(https?:\/\/[^\s]+?)(?:\.git)?$/.exec(field);
  return url ? url[1] : void 0;
}

// src/cli/commands/init.ts
async function run(args, io) {
  const dryRun = args.options["dry-run"] === true;
  const requested = requestedMode(args);
  const repo = await openRepository(io.cwd, io.env);
  if (repo.isBare) throw new MigcheckError(INIT_BARE);
  await loadConfig(repo.root, { explicitPath: stringOption(args.options.config), cwd: io.cwd });
  const facts = await readHookSetupFacts(repo);
  const choice = chooseInitMode(facts, requested);
  const plan = choice.mode === "husky" ? await huskyPlan(repo, facts) : choice.mode === "pre-commit" ? await preCommitPlan(facts, hookRepository(args)) : await plainPlan(facts);
  io.stdout(`${initMode(plan.mode, dryRun, plan.where, choice.reason)}
`);
  if (plan.changes.length === 0) io.stdout(`${INIT_NOTHING_TO_DO}
`);
  for (const change of plan.changes) {
    const verb = change.kind === "write" ? change.before === void 0 ? "create" : "update" : change.kind;
    const shown = change.kind === "rename" ? `${change.shown} -> ${change.toShown}` : change.shown;
    for (const what of change.what) io.stdout(`${initChange(verb, shown, what, dryRun)}
`);
  }
  if (!dryRun) await applyInitPlan(plan);
  for (const note of plan.notes) io.stdout(`${note}
`);
  if (dryRun) io.stdout(`${INIT_DRY_RUN_DONE}
`);
  return 0;
}
function requestedMode(args) {
  const mode = stringOption(args.options.mode);
  if (mode !== void 0) {
    if (args.options["pre-commit"] === true && mode !== "pre-commit") throw new MigcheckError(initModeConflict(mode));
    return mode;
  }
  return args.options["pre-commit"] === true ? "pre-commit" : void 0;
}
function hookRepository(args) {
  return async () => {
    const url = stringOption(args.options["hook-repo"]);
    const rev = stringOption(args.options["hook-rev"]);
    const own = hookRepositoryOf(await readOptional((0, import_node_path8.join)(INSTALL_ROOT, "package.json")));
    if ((url ?? own?.url) === void 0) throw new MigcheckError(INIT_NO_HOOK_REPOSITORY, { hint: INIT_NO_HOOK_REPOSITORY_HINT });
    return { url: url ?? own.url, rev: rev ?? own?.rev ?? "HEAD" };
  };
}
async function huskyPlan(repo, facts) {
  const files = { "package.json": facts.packageJson };
  for (const path of HOOK_NAMES.map((hook) => `.husky/${hook}`).concat(LINT_STAGED_FILES)) {
    files[path] = await readOptional((0, import_node_path8.join)(repo.root, path));
  }
  let pkg = {};
  try {
    pkg = JSON.parse((facts.packageJson ?? "{}").replace(/^\uFEFF/, ""));
  } catch {
  }
  const packageManager = detectPackageManager(typeof pkg === "object" && pkg !== null ? pkg : {}, facts.lockfiles, facts.yarnBerry);
  return planHusky({ root: repo.root, files, packageManager, huskyActive: isHuskyHooksPath(facts.hooksPath) });
}
async function preCommitPlan(facts, hookRepo) {
  const path = (0, import_node_path8.join)(facts.root, ".pre-commit-config.yaml");
  const current = facts.preCommitConfig;
  const needsRepo = current === void 0 || !/^\s*(?:-\s+)?id\s*:\s*['"]?migcheck['"]?\s*(?:#.*)?$/m.test(current);
  const edit = planPreCommitConfig(current, needsRepo ? await hookRepo() : { url: "unused", rev: "unused" });
  const changes = planPlainRemoval(facts.installed);
  if (edit.content !== void 0) {
    changes.push({ kind: "write", path, shown: ".pre-commit-config.yaml", before: current, content: edit.content, executable: false, what: edit.what });
  }
  const notes = edit.manual.map((m) => initPreCommitManual(m.why, m.snippet));
  const installed = new Set(facts.installed.filter((hook) => hook.owner === "pre-commit").map((hook) => hook.name));
  const missing = PRE_COMMIT_HOOK_TYPES.filter((type) => !installed.has(type));
  if (missing.length > 0) notes.push(initPreCommitInstall(missing));
  if (current !== void 0 && edit.what.some((w) => /default_install_hook_types/.test(w))) notes.push(INIT_PRE_COMMIT_STAGES_NOTE);
  return { mode: "pre-commit", where: ".pre-commit-config.yaml", changes, notes };
}
async function plainPlan(facts) {
  const hooks = {};
  for (const hook of HOOK_NAMES) {
    const path = (0, import_node_path8.join)(facts.hooksDir, hook);
    const shown = shownPath(facts.root, path);
    hooks[hook] = {
      path,
      shown,
      current: await readOptional(path),
      chainedExists: await exists(`${path}${CHAINED_SUFFIX}`),
      script: renderHookScript(await readHookTemplate(hook), { hook, hookPath: shown, migcheckJs: MIGCHECK_JS, node: process.execPath })
    };
  }
  return planPlainHooks(facts.hooksDirShown, hooks);
}
function stringOption(value) {
  return typeof value === "string" ? value : void 0;
}

// <init bundle>
var __modules = { "cli/commands/init": init_exports };
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  __modules,
  run
});
