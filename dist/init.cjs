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
var shared2, TomlDate, TomlError, parse, stringify, dist_default;
var init_dist = __esm({
  "bundle-of:node_modules/smol-toml/dist/index.js"() {
    shared2 = require("./toml.cjs").__modules["node_modules/smol-toml/dist/index"];
    ({ TomlDate, TomlError, parse, stringify } = shared2);
    dist_default = shared2.default;
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
var import_node_path7 = require("node:path");

// bundle-of:src/core/errors.ts
var shared = require("./migcheck.cjs").__modules["core/errors"];
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
var badRef = (what, ref) => `${what} ${JSON.stringify(ref)} is not a valid git ref`;
var BAD_REF_HINT = 'name a branch, tag or commit (a ref never starts with "-")';
var alembicConfigUnreadable = (file, detail) => `${file}: cannot be read (${detail})`;
var interpolationMissing = (file, option, name) => `${file}: ${option} refers to %(${name})s, which is not set`;
var interpolationSyntax = (file, option, value) => `${file}: ${option} has a bad '%' in ${JSON.stringify(value)} (write %% for a literal %)`;
var locationOutsideRepository = (file, location) => `${file}: ${location} is outside the repository; its migrations are not checked`;
var packageLocationNotFound = (file, location) => `${file}: script_location ${location} names a package that is not a folder in this repository; its migrations are not checked`;
var scriptLocationMissing = (file, section) => `${file}: [${section}] has no script_location, and its folder has no env.py; skipped`;
var badPathSeparator = (file, value) => `${file}: path_separator ${JSON.stringify(value)} is not one of space, newline, os, ':' or ';'`;
var configInvalid = (source, key, problem) => `config: ${key} in ${source} ${problem}`;
var CONFIG_KEYS_HINT = 'Known keys: target, environments, severity, ignore, allowedHeads, fetchTarget, versionTable, versionTableSchema (see the README, "Configuration", and docs/db.md).';
var configUnreadable = (source, detail) => `config: cannot read ${source}: ${detail}`;
var configMissing = (path) => `config: ${path} does not exist`;
var CONFIG_MISSING_HINT = 'Pass an existing file to --config, or leave it out to use .migcheckrc.json, package.json "migcheck" or pyproject.toml [tool.migcheck].';
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

// src/git/run-git.ts
var import_node_fs = require("node:fs");

// src/git/git-process.cts
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
  return new Promise((resolve4, reject) => {
    let child;
    try {
      child = spawnGit(context, args);
    } catch (error) {
      reject(spawnFailure(error, context.cwd));
      return;
    }
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.stdin.on("error", () => void 0);
    child.on("error", (error) => reject(spawnFailure(error, context.cwd)));
    child.on("close", (code, signal) => {
      const result = {
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        code: code ?? (signal ? 128 : 1)
      };
      if (result.code === 0 || options.allowExit?.includes(result.code)) resolve4(result);
      else reject(new GitError(args, result.code, result.stderr));
    });
    child.stdin.end(options.input ?? "");
  });
}

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
var CONFIG_PATHSPECS = ["*.ini", "pyproject.toml", "*/pyproject.toml", "env.py", "*/env.py"];
function lsFilesConfigArgs() {
  return ["ls-files", "-s", "-z", "--", ...CONFIG_PATHSPECS];
}

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
    if (type === "blob") entries.push({ path: record.slice(tab + 1), oid, mode });
  }
  return entries;
}
function parseLsFiles(stdout) {
  const records = [];
  for (const record of splitNul(stdout)) {
    const tab = record.indexOf("	");
    const [mode, oid, stage] = record.slice(0, tab).split(" ");
    if (tab < 0 || !mode || !oid || stage === void 0) throw new Error(`unexpected ls-files output: ${JSON.stringify(record)}`);
    if (mode !== "160000") records.push({ path: record.slice(tab + 1), oid, mode, stage: Number(stage) });
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

// src/git/open-repository.ts
async function openRepository(cwd, env = process.env) {
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

// src/git/list-tree.ts
async function listTree(repo, rev, paths) {
  if (paths && paths.length === 0) return [];
  const { stdout } = await runGit(repo, lsTreeArgs(rev, paths));
  return parseLsTree(stdout);
}

// src/git/list-index.ts
async function listIndexConfigFiles(repo) {
  const { stdout } = await runGit(repo, lsFilesConfigArgs());
  return resolveIndexStages(parseLsFiles(stdout));
}

// src/config/load-config.ts
var import_promises = require("node:fs/promises");
var import_node_path = require("node:path");

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
    const path = (0, import_node_path.resolve)(options.cwd ?? repoRoot, options.explicitPath);
    const text = await readText(path);
    if (text === void 0) throw new MigcheckError(configMissing(options.explicitPath), { hint: CONFIG_MISSING_HINT });
    return await fromFile(path, text, displayPath(repoRoot, path), true) ?? { ...DEFAULT_CONFIG, severity: {}, ignore: [], allowedHeads: [], source: displayPath(repoRoot, path) };
  }
  for (const name of [".migcheckrc.json", "package.json", "pyproject.toml"]) {
    const path = (0, import_node_path.resolve)(repoRoot, name);
    const text = await readText(path);
    if (text === void 0) continue;
    const config = await fromFile(path, text, name, false);
    if (config) return config;
  }
  return { ...DEFAULT_CONFIG, severity: {}, ignore: [], allowedHeads: [] };
}
async function fromFile(path, text, shown, explicit) {
  const name = (0, import_node_path.basename)(path);
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
    return await (0, import_promises.readFile)(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return void 0;
    throw new MigcheckError(configUnreadable(path, error.message), { cause: error });
  }
}
function displayPath(repoRoot, path) {
  const rel = (0, import_node_path.relative)(repoRoot, path);
  return rel && !rel.startsWith("..") && !(0, import_node_path.isAbsolute)(rel) ? rel.split("\\").join("/") : path;
}

// src/trees/discover-environments.ts
var import_promises2 = require("node:fs/promises");
var import_node_path2 = require("node:path");

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
    const header = SECTION.exec(value);
    if (header) {
      const name = header[1];
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
var MAX_DEPTH = 10;
function interpolate(value, lookup, depth = 0) {
  if (depth > MAX_DEPTH) throw new InterpolationError({ kind: "depth" });
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

// src/alembic/alembic-options.ts
var HERE = ".";
var DEFAULT_FILE_TEMPLATE = "%(rev)s_%(slug)s";
var DEFAULT_TRUNCATE_SLUG_LENGTH = 40;
var LEGACY_SPLIT = /, *|(?: +)/;
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
var LOOSE_TRUE = ["true", "yes", "on", "y", "t", "1"];
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
  const note = (kind, option, value) => compat.push({ kind, ...input.locate?.(option, fromToml(option)) ?? { config }, option, value: asText(value) ?? "" });
  const flag = (option) => {
    const read = alembicBoolean(options.get(option), fromToml(option));
    if (read.compat) note(read.compat, option, options.get(option));
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
        for (const name of ["path_separator", "version_path_separator"]) if (fromToml(name)) note("toml-path-separator", name, options.get(name));
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

// src/alembic/config-candidate.cts
function isConfigCandidate(path) {
  return path.endsWith(".ini") || path.slice(path.lastIndexOf("/") + 1) === "pyproject.toml";
}

// src/alembic/environments-from-configs.ts
var basename2 = (path) => path.slice(path.lastIndexOf("/") + 1);
function optionLine(text, section, option) {
  let current = "";
  const lines = text.split(/\r\n|\n|\r/);
  const key = new RegExp(`^\\s*["']?${option.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*[=:]`, "i");
  for (let i = 0; i < lines.length; i++) {
    const header = /^\s*\[([^\]]+)\]/.exec(lines[i]);
    if (header) current = header[1].trim();
    else if (current === section && key.test(lines[i])) return i + 1;
  }
  return void 0;
}
function iniSources(file, problems) {
  const isAlembicIni = basename2(file.path) === "alembic.ini";
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
    if (basename2(file.path) !== "pyproject.toml" || !options.parseToml) continue;
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
var basename3 = (path) => path.slice(path.lastIndexOf("/") + 1);
function configEntries(entries) {
  const configs = entries.filter((entry) => isConfigCandidate(entry.path) && entry.mode !== "120000");
  const scriptDirectories = new Set(entries.filter((entry) => basename3(entry.path) === "env.py").map((entry) => folderOf(entry.path)));
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
        return { path: entry.path, text: await (0, import_promises2.readFile)((0, import_node_path2.join)(repo.root, entry.path), "utf8") };
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
  const needsToml = texts.some((file) => basename3(file.path) === "pyproject.toml" && file.text.includes("alembic"));
  const parseToml2 = needsToml ? (await Promise.resolve().then(() => (init_dist(), dist_exports))).parse : void 0;
  return environmentsFromConfigs(texts, scriptDirectories, { parseToml: parseToml2, osPathSeparator: import_node_path2.delimiter });
}

// src/trees/environments-from-dirs.ts
var import_node_path3 = require("node:path");
function repositoryRelativeDir(dir, root, cwd) {
  const rel = (0, import_node_path3.relative)(root, (0, import_node_path3.resolve)(cwd, dir));
  if (rel === ".." || rel.startsWith(`..${import_node_path3.sep}`) || (0, import_node_path3.isAbsolute)(rel)) {
    throw new MigcheckError(locationOutsideRepository("--dir", dir));
  }
  return rel.split(import_node_path3.sep).join("/");
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

// src/hooks/apply-init-plan.ts
var import_promises3 = require("node:fs/promises");
var import_node_path4 = require("node:path");
async function readOptional(path) {
  try {
    return await (0, import_promises3.readFile)(path, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    throw error;
  }
}
async function exists(path) {
  try {
    await (0, import_promises3.stat)(path);
    return true;
  } catch {
    return false;
  }
}
async function applyInitPlan(plan) {
  for (const change of plan.changes) {
    if (change.kind === "rename") {
      await (0, import_promises3.rename)(change.path, change.to);
      continue;
    }
    await (0, import_promises3.mkdir)((0, import_node_path4.dirname)(change.path), { recursive: true });
    const mode = await (0, import_promises3.stat)(change.path).then((s) => s.mode & 4095, () => void 0);
    const temporary = `${change.path}.migcheck-${Date.now()}.tmp`;
    await (0, import_promises3.writeFile)(temporary, change.content);
    await (0, import_promises3.chmod)(temporary, mode ?? (change.executable ? 493 : 420));
    await (0, import_promises3.rename)(temporary, change.path);
  }
}

// src/hooks/hook-script.ts
var import_promises4 = require("node:fs/promises");
var import_node_path6 = require("node:path");

// src/fs/install-root.ts
var import_node_fs2 = require("node:fs");
var import_node_path5 = require("node:path");
var import_node_url = require("node:url");
var found;
function installRoot() {
  if (found !== void 0) return found;
  const start = (0, import_node_path5.dirname)((0, import_node_url.fileURLToPath)(__migcheck_import_meta_url));
  for (let dir = start; ; dir = (0, import_node_path5.dirname)(dir)) {
    if ((0, import_node_fs2.existsSync)((0, import_node_path5.join)(dir, "package.json")) && (0, import_node_fs2.existsSync)((0, import_node_path5.join)(dir, "bin", "migcheck.js"))) return found = dir;
    if ((0, import_node_path5.dirname)(dir) === dir) throw new Error(`no migcheck installation (package.json beside bin/migcheck.js) above ${start}`);
  }
}

// src/hooks/hook-script.ts
var HOOK_NAMES = ["pre-commit", "pre-push"];
var HOOK_MARKER = "# migcheck-managed hook";
var CHAINED_SUFFIX = ".migcheck-chained";
var INSTALL_ROOT = installRoot();
var MIGCHECK_JS = (0, import_node_path6.join)(INSTALL_ROOT, "bin", "migcheck.js");
function readHookTemplate(hook) {
  return (0, import_promises4.readFile)((0, import_node_path6.join)(INSTALL_ROOT, "hooks", hook), "utf8");
}
function renderHookScript(template, values) {
  const replacements = {
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

// src/hooks/init-plan.ts
function appendLine(script, line) {
  if (script === "") return `${line}
`;
  return `${script}${script.endsWith("\n") ? "" : "\n"}${line}
`;
}

// src/hooks/plan-husky.ts
var HUSKY_RANGE = "^9.1.7";
var LINT_STAGED_RANGE = "^16.4.0";
var LINT_STAGED_COMMAND = "migcheck check";
var HUSKY_PRE_COMMIT_LINE = "npx lint-staged";
var HUSKY_PRE_PUSH_LINE = 'migcheck pre-push "$@"';
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
function planHusky(state) {
  const changes = [];
  const notes = [];
  const at = (path) => `${state.root}/${path}`;
  const packageText = state.files["package.json"] ?? "{}\n";
  const packageWhat = [];
  let packageJson;
  try {
    packageJson = JSON.parse(packageText.replace(/^\uFEFF/, ""));
    if (typeof packageJson !== "object" || packageJson === null || Array.isArray(packageJson)) throw new Error("not a JSON object");
  } catch (error) {
    throw new MigcheckError(initBadJson("package.json", error.message));
  }
  const hasDependency = (name) => ["dependencies", "devDependencies"].some((k) => Object.hasOwn(objectAt(packageJson, k), name));
  const lintStagedFile = LINT_STAGED_FILES.find((f) => state.files[f] !== void 0);
  const entryInPackage = Object.hasOwn(packageJson, "lint-staged") || lintStagedFile === void 0;
  const newPackage = editJson(packageText, (pkg) => {
    const missing = ["husky", "lint-staged"].filter((name) => !hasDependency(name));
    if (missing.length > 0) {
      const dev = objectAt(pkg, "devDependencies");
      for (const name of missing) dev[name] = name === "husky" ? HUSKY_RANGE : LINT_STAGED_RANGE;
      pkg.devDependencies = sortKeys(dev);
      packageWhat.push(INIT_WHAT.devDependencies(missing));
    }
    const scripts = objectAt(pkg, "scripts");
    const prepare = scripts.prepare;
    if (typeof prepare !== "string" || !/\bhusky\b/.test(prepare)) {
      scripts.prepare = typeof prepare === "string" && prepare.trim() !== "" ? `${prepare} && husky` : "husky";
      pkg.scripts = scripts;
      packageWhat.push(INIT_WHAT.prepare(scripts.prepare));
    }
    if (entryInPackage) {
      const config = pkg["lint-staged"] ?? {};
      if (typeof config === "object" && config !== null && !Array.isArray(config)) {
        if (!JSON.stringify(config).includes("migcheck")) {
          config[state.glob] = LINT_STAGED_COMMAND;
          pkg["lint-staged"] = config;
          packageWhat.push(INIT_WHAT.lintStagedEntry(state.glob));
        }
      } else {
        notes.push(initLintStagedManual('package.json "lint-staged"', state.glob));
      }
    }
  });
  if (newPackage !== packageText) {
    changes.push({ kind: "write", path: at("package.json"), shown: "package.json", before: packageText, content: newPackage, executable: false, what: packageWhat });
  }
  if (!entryInPackage && lintStagedFile) {
    const change = planLintStagedFile(lintStagedFile, state.files[lintStagedFile], state.glob);
    if (change === "manual") notes.push(initLintStagedManual(lintStagedFile, state.glob));
    else if (change !== void 0) changes.push({ kind: "write", path: at(lintStagedFile), shown: lintStagedFile, before: state.files[lintStagedFile], content: change, executable: false, what: [INIT_WHAT.lintStagedEntry(state.glob)] });
  }
  for (const [path, line, present, what] of [
    [".husky/pre-commit", HUSKY_PRE_COMMIT_LINE, /\blint-staged\b/, INIT_WHAT.huskyPreCommit],
    [".husky/pre-push", HUSKY_PRE_PUSH_LINE, /\bmigcheck\b[^\n]*\bpre-push\b/, INIT_WHAT.huskyPrePush]
  ]) {
    const current = state.files[path];
    if (current !== void 0 && present.test(current)) continue;
    changes.push({ kind: "write", path: at(path), shown: path, before: current, content: appendLine(current ?? "", line), executable: false, what: [what] });
  }
  if (!hasDependency("migcheck")) notes.push(INIT_ADD_MIGCHECK);
  return { mode: "husky", where: ".husky", changes, notes };
}
function planLintStagedFile(name, text, glob) {
  if (text.includes("migcheck")) return void 0;
  if (/\.[mc]?[jt]s$/.test(name)) return "manual";
  if (name === ".lintstagedrc" || name === ".lintstagedrc.json") {
    try {
      return editJson(text, (config) => {
        config[glob] = LINT_STAGED_COMMAND;
      });
    } catch {
      if (name === ".lintstagedrc.json") return "manual";
    }
  }
  const firstLine = text.split("\n").find((l) => l.trim() !== "" && !l.trim().startsWith("#"));
  if (firstLine !== void 0 && /^\s*[{[]/.test(firstLine)) return "manual";
  return appendLine(text, `'${glob.replace(/'/g, "''")}': ${LINT_STAGED_COMMAND}`);
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

// src/hooks/version-globs.ts
function lintStagedGlob(versionLocations2) {
  const dirs = [...new Set(versionLocations2.map((d) => d.replace(/\/+$/, "")))].sort();
  if (dirs.length === 0) return "**/versions/**/*.py";
  return dirs.length === 1 ? `${dirs[0]}/**/*.py` : `{${dirs.join(",")}}/**/*.py`;
}
function preCommitFilesPattern(versionLocations2) {
  const configs = String.raw`(^|/)(alembic\.ini|pyproject\.toml|\.migcheckrc\.json)$`;
  const dirs = [...new Set(versionLocations2.map((d) => d.replace(/\/+$/, "")))].sort();
  if (dirs.length === 0) return String.raw`(^|/)versions/.+\.py$|${configs}`;
  const escaped = dirs.map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return `^(${escaped.join("|")})/.+\\.py$|${configs}`;
}

// src/cli/commands/init.ts
async function run(args, io) {
  const dryRun = args.options["dry-run"] === true;
  const repo = await openRepository(io.cwd, io.env);
  const config = await loadConfig(repo.root, { explicitPath: stringOption(args.options.config), cwd: io.cwd });
  const dirs = await versionLocations(repo, config.environments?.flatMap((e) => e.versionLocations), asList(args.options.dir), io.cwd);
  if (args.options["pre-commit"] === true) {
    io.stdout(preCommitSnippet(preCommitFilesPattern(dirs)));
    return 0;
  }
  if (repo.isBare) throw new MigcheckError(INIT_BARE);
  const plan = await exists((0, import_node_path7.join)(repo.root, "package.json")) ? await huskyPlan(repo, dirs) : await plainPlan(repo);
  io.stdout(`${initMode(plan.mode, dryRun, plan.where)}
`);
  if (plan.changes.length === 0) io.stdout(`${INIT_NOTHING_TO_DO}
`);
  for (const change of plan.changes) {
    const verb = change.kind === "rename" ? "rename" : change.before === void 0 ? "create" : "update";
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
async function huskyPlan(repo, dirs) {
  const files = {};
  for (const path of ["package.json", ".husky/pre-commit", ".husky/pre-push", ...LINT_STAGED_FILES]) {
    files[path] = await readOptional((0, import_node_path7.join)(repo.root, path));
  }
  const plan = planHusky({ root: repo.root, files, glob: lintStagedGlob(dirs) });
  if (plan.changes.some((c) => c.shown === "package.json")) {
    plan.notes.unshift(INIT_RUN_NPM_INSTALL);
  } else {
    const hooksPath = await runGit(repo, ["config", "--get", "core.hooksPath"], { allowExit: [1] });
    if (!/(^|\/)\.husky(\/_)?\/?$/.test(hooksPath.stdout.trim())) plan.notes.unshift(INIT_RUN_HUSKY);
  }
  return plan;
}
async function plainPlan(repo) {
  const gitPath = await runGit(repo, ["rev-parse", "--git-path", "hooks"]);
  const hooksDir = (0, import_node_path7.resolve)(repo.root, gitPath.stdout.trim());
  const where = shownPath(repo.root, hooksDir);
  const hooks = {};
  for (const hook of HOOK_NAMES) {
    const path = (0, import_node_path7.join)(hooksDir, hook);
    const shown = shownPath(repo.root, path);
    hooks[hook] = {
      path,
      shown,
      current: await readOptional(path),
      chainedExists: await exists(`${path}${CHAINED_SUFFIX}`),
      script: renderHookScript(await readHookTemplate(hook), { hook, hookPath: shown, migcheckJs: MIGCHECK_JS, node: process.execPath })
    };
  }
  return planPlainHooks(where, hooks);
}
async function versionLocations(repo, configured, dirs, cwd) {
  if (dirs) return environmentsFromDirs(dirs, { root: repo.root, cwd }).flatMap((e) => e.versionLocations);
  if (configured) return configured;
  if (repo.isBare) return [];
  const found2 = await discoverEnvironments(repo, { kind: "worktree" }, void 0);
  return found2.environments.flatMap((e) => e.versionLocations);
}
function shownPath(root, path) {
  const rel = (0, import_node_path7.relative)(root, path);
  return rel && !rel.startsWith("..") && !(0, import_node_path7.isAbsolute)(rel) ? rel.split("\\").join("/") : path;
}
function stringOption(value) {
  return typeof value === "string" ? value : void 0;
}
function asList(value) {
  if (Array.isArray(value) && value.length > 0) return value;
  return typeof value === "string" ? [value] : void 0;
}

// <init bundle>
var __modules = { "cli/commands/init": init_exports };
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  __modules,
  run
});
