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

// src/fs/write-file-atomic-sync.cts
function temporaryName(path, pid = process.pid, random = Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, "0")) {
  return (0, import_node_path.join)((0, import_node_path.dirname)(path), `.${(0, import_node_path.basename)(path)}.migcheck-${pid}-${random}.tmp`);
}
function writeFileAtomicSync(path, data, dirMode) {
  const temp = temporaryName(path);
  try {
    (0, import_node_fs.mkdirSync)((0, import_node_path.dirname)(path), { recursive: true, mode: dirMode });
    (0, import_node_fs.writeFileSync)(temp, data, { flag: "wx" });
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
var import_node_fs, import_node_path;
var init_write_file_atomic_sync = __esm({
  "src/fs/write-file-atomic-sync.cts"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path = require("node:path");
  }
});

// src/cache/checksum.cts
function checksum(data) {
  const { crc32 } = require("node:zlib");
  return crc32(data).toString(16).padStart(8, "0");
}
var init_checksum = __esm({
  "src/cache/checksum.cts"() {
    "use strict";
  }
});

// src/cache/code-cache.cts
var code_cache_exports = {};
__export(code_cache_exports, {
  CACHED_BUNDLES: () => CACHED_BUNDLES,
  CODE_CACHE_DIR: () => CODE_CACHE_DIR,
  GENERATIONS: () => GENERATIONS,
  enableCodeCache: () => enableCodeCache,
  requireBundle: () => requireBundle
});
function enableCodeCache(commonDir) {
  folder = commonDir === void 0 || typeof process.getuid !== "function" ? void 0 : (0, import_node_path8.join)(commonDir, "migcheck", CODE_CACHE_DIR);
}
function identityOf(info) {
  return `${MAGIC} ${info.size} ${info.ino} ${info.ctimeMs} ${info.mtimeMs} ${process.version} ${process.arch}
`;
}
function keptCache(file, identity) {
  try {
    const uid = process.getuid();
    if ((0, import_node_fs10.statSync)((0, import_node_path8.dirname)(file)).uid !== uid) return void 0;
    const info = (0, import_node_fs10.statSync)(file, { throwIfNoEntry: false });
    if (!info?.isFile() || info.uid !== uid) return void 0;
    const data = (0, import_node_fs10.readFileSync)(file);
    const header = Buffer.from(identity, "latin1");
    if (!data.subarray(0, header.length).equals(header)) return void 0;
    const end = data.indexOf(10, header.length);
    const check = /^([0-9a-f]{8}) ([1-9])$/.exec(data.toString("latin1", header.length, end < 0 ? header.length : end));
    if (!check) return void 0;
    const payload = data.subarray(end + 1);
    return payload.length > 0 && checksum(payload) === check[1] ? { payload, generation: Number(check[2]) } : void 0;
  } catch {
    return void 0;
  }
}
function saveAtExit() {
  for (const { script, file, identity, generation } of unsaved.splice(0)) {
    try {
      const payload = script.createCachedData();
      writeFileAtomicSync(file, Buffer.concat([Buffer.from(`${identity}${checksum(payload)} ${generation}
`, "latin1"), payload]), 448);
    } catch {
    }
  }
}
function requireBundle(name) {
  const path = (0, import_node_path8.join)(__dirname, `${name}.cjs`);
  const known = require.cache[path];
  if (known) return known.exports;
  if (folder === void 0 || !CACHED_BUNDLES.includes(name)) return require(path);
  return loadCached(path, (0, import_node_path8.join)(folder, `${name}.bin`));
}
function loadCached(path, cacheFile) {
  const vm = require("node:vm");
  const { Module, createRequire } = require("node:module");
  let source;
  let identity;
  try {
    source = (0, import_node_fs10.readFileSync)(path, "utf8");
    identity = identityOf((0, import_node_fs10.statSync)(path));
  } catch {
    return require(path);
  }
  const kept = keptCache(cacheFile, identity);
  const cachedData = kept?.payload;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) { ${source}
});`, {
    filename: path,
    cachedData
  });
  const generation = cachedData !== void 0 && script.cachedDataRejected !== true ? kept.generation : 0;
  if (generation < GENERATIONS) {
    if (unsaved.length === 0) process.once("exit", saveAtExit);
    unsaved.push({ script, file: cacheFile, identity, generation: generation + 1 });
  }
  const loaded = new Module(path, module);
  loaded.filename = path;
  loaded.paths = Module._nodeModulePaths((0, import_node_path8.dirname)(path));
  require.cache[path] = loaded;
  try {
    const wrapper = script.runInThisContext();
    wrapper.call(loaded.exports, loaded.exports, createRequire(path), loaded, path, (0, import_node_path8.dirname)(path));
  } catch (error) {
    delete require.cache[path];
    throw error;
  }
  loaded.loaded = true;
  return loaded.exports;
}
var import_node_fs10, import_node_path8, CODE_CACHE_DIR, MAGIC, CACHED_BUNDLES, folder, unsaved, GENERATIONS;
var init_code_cache = __esm({
  "src/cache/code-cache.cts"() {
    "use strict";
    import_node_fs10 = require("node:fs");
    import_node_path8 = require("node:path");
    init_write_file_atomic_sync();
    init_checksum();
    CODE_CACHE_DIR = "code-cache-v1";
    MAGIC = "migcheck-code-cache-1";
    CACHED_BUNDLES = ["check", "toml"];
    unsaved = [];
    GENERATIONS = 4;
  }
});

// bundle-of:src/cli/commands/check.ts
var check_exports = {};
__export(check_exports, {
  run: () => run
});
var shared, run;
var init_check = __esm({
  "bundle-of:src/cli/commands/check.ts"() {
    init_code_cache();
    shared = requireBundle("check").__modules["cli/commands/check"];
    ({ run } = shared);
  }
});

// bundle-of:src/cli/commands/pre-push.ts
var pre_push_exports = {};
__export(pre_push_exports, {
  pushedUpdates: () => pushedUpdates,
  run: () => run2
});
var shared2, pushedUpdates, run2;
var init_pre_push = __esm({
  "bundle-of:src/cli/commands/pre-push.ts"() {
    init_code_cache();
    shared2 = requireBundle("check").__modules["cli/commands/pre-push"];
    ({ pushedUpdates, run: run2 } = shared2);
  }
});

// bundle-of:src/cli/commands/rebase-plan.ts
var rebase_plan_exports = {};
__export(rebase_plan_exports, {
  run: () => run3
});
var shared3, run3;
var init_rebase_plan = __esm({
  "bundle-of:src/cli/commands/rebase-plan.ts"() {
    init_code_cache();
    shared3 = requireBundle("repair").__modules["cli/commands/rebase-plan"];
    ({ run: run3 } = shared3);
  }
});

// bundle-of:src/cli/commands/merge.ts
var merge_exports = {};
__export(merge_exports, {
  run: () => run4
});
var shared4, run4;
var init_merge = __esm({
  "bundle-of:src/cli/commands/merge.ts"() {
    init_code_cache();
    shared4 = requireBundle("repair").__modules["cli/commands/merge"];
    ({ run: run4 } = shared4);
  }
});

// bundle-of:src/cli/commands/heads.ts
var heads_exports = {};
__export(heads_exports, {
  run: () => run5
});
var shared5, run5;
var init_heads = __esm({
  "bundle-of:src/cli/commands/heads.ts"() {
    init_code_cache();
    shared5 = requireBundle("check").__modules["cli/commands/heads"];
    ({ run: run5 } = shared5);
  }
});

// bundle-of:src/cli/commands/graph.ts
var graph_exports = {};
__export(graph_exports, {
  run: () => run6
});
var shared6, run6;
var init_graph = __esm({
  "bundle-of:src/cli/commands/graph.ts"() {
    init_code_cache();
    shared6 = requireBundle("check").__modules["cli/commands/graph"];
    ({ run: run6 } = shared6);
  }
});

// bundle-of:src/cli/commands/init.ts
var init_exports = {};
__export(init_exports, {
  run: () => run7
});
var shared7, run7;
var init_init = __esm({
  "bundle-of:src/cli/commands/init.ts"() {
    init_code_cache();
    shared7 = requireBundle("init").__modules["cli/commands/init"];
    ({ run: run7 } = shared7);
  }
});

// bundle-of:src/cli/commands/explain.ts
var explain_exports = {};
__export(explain_exports, {
  run: () => run8
});
var shared8, run8;
var init_explain = __esm({
  "bundle-of:src/cli/commands/explain.ts"() {
    init_code_cache();
    shared8 = requireBundle("explain").__modules["cli/commands/explain"];
    ({ run: run8 } = shared8);
  }
});

// bundle-of:src/cli/commands/db.ts
var db_exports = {};
__export(db_exports, {
  run: () => run9
});
var shared9, run9;
var init_db = __esm({
  "bundle-of:src/cli/commands/db.ts"() {
    init_code_cache();
    shared9 = requireBundle("db").__modules["cli/commands/db"];
    ({ run: run9 } = shared9);
  }
});

// bundle-of:src/cli/help.ts
var help_exports = {};
__export(help_exports, {
  helpText: () => helpText,
  run: () => run10
});
var shared10, helpText, run10;
var init_help = __esm({
  "bundle-of:src/cli/help.ts"() {
    init_code_cache();
    shared10 = requireBundle("help").__modules["cli/help"];
    ({ helpText, run: run10 } = shared10);
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
var import_node_fs13 = require("node:fs");
var import_node_path10 = require("node:path");

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

// src/core/hide-passwords.ts
function hideUrlPasswords(text) {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)\S*@/gi, "$1***@");
}

// src/core/messages.ts
var unknownFormat = (format, known) => `unknown --format '${format}': use ${known.join(", ")}`;
var internalFailure = (detail) => `migcheck: internal error: ${detail} (run again with --debug for detail, and please report it)`;
var skipped = (command) => `migcheck: ${command} skipped (MIGCHECK_SKIP=1)`;
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

// src/fast-lane/quick-check.cts
var quick_check_exports = {};
__export(quick_check_exports, {
  mightTouchMigrations: () => mightTouchMigrations,
  quickCheck: () => quickCheck,
  touchesEnvironments: () => touchesEnvironments
});
var import_node_fs8 = require("node:fs");

// src/alembic/config-candidate.cts
function isConfigCandidate(path) {
  return path.endsWith(".ini") || path.slice(path.lastIndexOf("/") + 1) === "pyproject.toml";
}

// src/alembic/environment-paths.cts
function isUnder(path, location) {
  return location === "" || path === location || path.startsWith(`${location}/`);
}
function inVersionLocation(path, env) {
  const folder2 = path.slice(0, Math.max(path.lastIndexOf("/"), 0));
  return env.versionLocations.some((location) => env.recursive ? location === "" || path.startsWith(`${location}/`) : folder2 === location);
}
function outsideOwner(path, environments2) {
  if (!path.endsWith(".py")) return -1;
  if (environments2.some((env) => inVersionLocation(path, env))) return -1;
  return environments2.findIndex((env) => env.scriptLocation !== void 0 && env.scriptLocation !== path && isUnder(path, env.scriptLocation));
}
function touchesEnvironment(path, env, environments2) {
  if (path === env.config) return true;
  if (env.versionLocations.some((location) => isUnder(path, location) || isUnder(location, path))) return true;
  const owner = outsideOwner(path, environments2);
  return owner >= 0 && environments2[owner] === env;
}
function linkedLocations(environments2, links) {
  return environments2.some((env) => env.versionLocations.some((location) => links.some((link) => isUnder(location, link.path))));
}

// src/cache/environment-cache.cts
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");
init_write_file_atomic_sync();
var ENVIRONMENT_CACHE_FILE = "environments-v2.json";
var MAX_ENTRIES = 32;
var SETTINGS_FILES = [".migcheckrc.json", "package.json", "pyproject.toml"];
var salt;
function cacheSalt() {
  if (salt === void 0) {
    salt = "migcheck unknown";
    for (let dir = __dirname; ; dir = (0, import_node_path2.dirname)(dir)) {
      if ((0, import_node_fs2.existsSync)((0, import_node_path2.join)(dir, "bin", "migcheck.js"))) {
        try {
          salt = `migcheck ${String(JSON.parse((0, import_node_fs2.readFileSync)((0, import_node_path2.join)(dir, "package.json"), "utf8")).version)}`;
        } catch {
        }
        break;
      }
      if ((0, import_node_path2.dirname)(dir) === dir) break;
    }
  }
  return salt;
}
function settingsText(root) {
  return SETTINGS_FILES.map((name) => {
    try {
      const text = (0, import_node_fs2.readFileSync)((0, import_node_path2.join)(root, name), "utf8");
      return `${name} ${text.length}
${text}`;
    } catch {
      return `${name} absent`;
    }
  }).join("\0");
}
function treeKey(rootTree, settings) {
  return `tree ${rootTree}\0${cacheSalt()}\0${settings}`;
}
function indexKey(entries, settings) {
  return `index\0${cacheSalt()}\0${entries.map((e) => `${e.mode} ${e.oid} ${e.stage} ${e.path}`).join("\n")}\0${settings}`;
}
function read(commonDir) {
  try {
    const stored = JSON.parse((0, import_node_fs2.readFileSync)((0, import_node_path2.join)(commonDir, "migcheck", ENVIRONMENT_CACHE_FILE), "utf8"));
    return stored && stored.version === 1 && Array.isArray(stored.entries) ? stored : void 0;
  } catch {
    return void 0;
  }
}
var isEnvironment = (env) => !!env && Array.isArray(env.versionLocations) && env.versionLocations.every((l) => typeof l === "string") && typeof env.recursive === "boolean" && typeof env.sourceless === "boolean" && typeof env.fileTemplate === "string" && Number.isSafeInteger(env.truncateSlugLength);
function cachedEnvironments(commonDir, key) {
  const entry = read(commonDir)?.entries.find((e) => e && e.key === key);
  if (!entry || typeof entry.linked !== "boolean" || !Array.isArray(entry.environments) || entry.environments.length === 0 || !entry.environments.every(isEnvironment)) return void 0;
  return { environments: entry.environments, linked: entry.linked };
}
function rememberEnvironments(commonDir, keys, known) {
  if (known.environments.length === 0 || keys.length === 0) return;
  const dir = (0, import_node_path2.join)(commonDir, "migcheck");
  const file = (0, import_node_path2.join)(dir, ENVIRONMENT_CACHE_FILE);
  const stored = read(commonDir) ?? { version: 1, entries: [] };
  const fresh = keys.map((key) => ({ key, environments: [...known.environments], linked: known.linked }));
  const entries = [...fresh, ...stored.entries.filter((e) => e && !keys.includes(e.key))].slice(0, MAX_ENTRIES);
  const text = JSON.stringify({ version: 1, entries });
  if (text !== JSON.stringify(stored)) writeFileAtomicSync(file, text);
}

// src/cache/raw-trees.cts
var import_node_fs3 = require("node:fs");
var import_node_path3 = require("node:path");

// src/git/object-id.cts
var crypto;
function objectId(type, data, algorithm) {
  crypto ??= require("node:crypto");
  return crypto.createHash(algorithm).update(`${type} ${data.length}\0`, "latin1").update(data).digest();
}

// src/cache/raw-trees.cts
init_write_file_atomic_sync();
init_checksum();
var RAW_TREES_DIR = "raw-trees-v2";
var PREVIOUS_DIR = "raw-trees-v1";
var MIN_KEPT_TREE = 64 * 1024;
var MAX_KEPT_TREES = 8;
var OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function rawTrees(commonDir, hashBytes) {
  const dir = (0, import_node_path3.join)(commonDir, "migcheck", RAW_TREES_DIR);
  return {
    read: (oid) => readKept(dir, oid, hashBytes),
    keep: (oid, data) => {
      if (data.length >= MIN_KEPT_TREE && OID.test(oid)) keep(dir, oid, data);
    }
  };
}
function readKept(dir, oid, hashBytes) {
  if (oid.length !== hashBytes * 2 || !OID.test(oid)) return void 0;
  const file = (0, import_node_path3.join)(dir, oid);
  let content;
  try {
    content = (0, import_node_fs3.readFileSync)(file);
  } catch {
    return void 0;
  }
  const header = `${oid} `;
  const start = header.length + 9;
  if (content.length < start || content.toString("latin1", 0, header.length) !== header || content[start - 1] !== 10) return void 0;
  const data = content.subarray(start);
  if (checksum(data) !== content.toString("latin1", header.length, start - 1)) return void 0;
  try {
    const now = /* @__PURE__ */ new Date();
    (0, import_node_fs3.utimesSync)(file, now, now);
  } catch {
  }
  return data;
}
function keep(dir, oid, data) {
  if (objectId("tree", data, oid.length === 64 ? "sha256" : "sha1").toString("hex") !== oid) return;
  if (!writeFileAtomicSync((0, import_node_path3.join)(dir, oid), Buffer.concat([Buffer.from(`${oid} ${checksum(data)}
`, "latin1"), data]))) return;
  try {
    const dated = (0, import_node_fs3.readdirSync)(dir).filter((name) => OID.test(name)).map((name) => ({ name, time: (0, import_node_fs3.statSync)((0, import_node_path3.join)(dir, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 })).sort((a, b) => b.time - a.time);
    for (const { name } of dated.slice(MAX_KEPT_TREES)) (0, import_node_fs3.unlinkSync)((0, import_node_path3.join)(dir, name));
    if (dated.length === 1) (0, import_node_fs3.rmSync)((0, import_node_path3.join)(dir, "..", PREVIOUS_DIR), { recursive: true, force: true });
  } catch {
  }
}

// src/git/locate-repository.cts
var import_node_fs4 = require("node:fs");
var import_node_path4 = require("node:path");
var MOVED = ["GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY", "GIT_NAMESPACE"];
var isFile = (path) => (0, import_node_fs4.statSync)(path, { throwIfNoEntry: false })?.isFile() === true;
var isDirectory = (path) => (0, import_node_fs4.statSync)(path, { throwIfNoEntry: false })?.isDirectory() === true;
function locateRepository(cwd, env) {
  try {
    if (MOVED.some((name) => env[name] !== void 0 && env[name] !== "")) return void 0;
    const start = (0, import_node_path4.resolve)(cwd);
    if (start.split(import_node_path4.sep).includes(".git")) return void 0;
    for (let dir = start; ; dir = (0, import_node_path4.dirname)(dir)) {
      const dotGit = (0, import_node_path4.join)(dir, ".git");
      let gitDir;
      if (isDirectory(dotGit)) gitDir = dotGit;
      else if (isFile(dotGit)) {
        const match = /^gitdir: (.+?)\r?\n?$/.exec((0, import_node_fs4.readFileSync)(dotGit, "utf8"));
        if (!match) return void 0;
        gitDir = (0, import_node_path4.isAbsolute)(match[1]) ? match[1] : (0, import_node_path4.resolve)(dir, match[1]);
      }
      if (gitDir !== void 0) {
        if (!isFile((0, import_node_path4.join)(gitDir, "HEAD"))) return void 0;
        const common = (0, import_node_path4.join)(gitDir, "commondir");
        const commonDir = isFile(common) ? (0, import_node_path4.resolve)(gitDir, (0, import_node_fs4.readFileSync)(common, "utf8").trim()) : gitDir;
        const index = env.GIT_INDEX_FILE;
        return { root: dir, gitDir, commonDir, indexFile: index ? (0, import_node_path4.resolve)(start, index) : (0, import_node_path4.join)(gitDir, "index") };
      }
      if (isFile((0, import_node_path4.join)(dir, "HEAD"))) return void 0;
      if ((0, import_node_path4.dirname)(dir) === dir) return void 0;
    }
  } catch {
    return void 0;
  }
}

// src/git/read-index.cts
var import_node_fs5 = require("node:fs");
function fileIdentity(stats) {
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.ctimeNs}:${stats.mtimeNs}`;
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
var Window = class {
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
      const read2 = (0, import_node_fs5.readSync)(this.fd, this.buf, this.length, want - this.length, pos + this.length);
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
      const read2 = (0, import_node_fs5.readSync)(this.fd, out, done, n - done, pos + done);
      if (read2 === 0) return void 0;
      done += read2;
    }
    return out;
  }
};
function parse(w, hashBytes, identity, choice) {
  const head = w.at(0, 12);
  if (head < 0 || w.size < 12 + hashBytes || w.buf.toString("latin1", head, head + 4) !== "DIRC") return void 0;
  const version = w.buf.readUInt32BE(head + 4);
  const count = w.buf.readUInt32BE(head + 8);
  if (version < 2 || version > 4) return void 0;
  const configs = [];
  const links = [];
  const end = w.size - hashBytes;
  let at = 12;
  let name = Buffer.allocUnsafe(4096);
  let nameLength = 0;
  let hidesWorktree = false;
  const folderEntries = choice ? /* @__PURE__ */ new Map() : void 0;
  const belowPrefixes = (choice?.below ?? []).map((folder2) => `${folder2}/`);
  let untreeable = false;
  let lastFolder;
  let lastList;
  let lastChosen = false;
  const flagsAt = 40 + hashBytes;
  const most = flagsAt + 4 + 8192;
  for (let i = 0; i < count; i++) {
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
      const keep2 = nameLength - strip;
      if (keep2 + (nul - after) > name.length) {
        const larger = Buffer.allocUnsafe(2 * (keep2 + (nul - after)));
        name.copy(larger, 0, 0, keep2);
        name = larger;
      }
      bytes.copy(name, keep2, after, nul);
      nameLength = keep2 + (nul - after);
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
        const folder2 = source.toString("utf8", from, from + folderLength);
        lastFolder = Buffer.from(source.subarray(from, from + folderLength));
        lastChosen = belowPrefixes.some((prefix) => folder2 === prefix.slice(0, -1) || folder2.startsWith(prefix));
        lastList = void 0;
        if (lastChosen) {
          lastList = folderEntries.get(folder2);
          if (!lastList) folderEntries.set(folder2, lastList = []);
        }
      }
      if (lastChosen) {
        if ((flags >> 12 & 3) !== 0 || extended && (bytes[o + flagsAt + 2] & 32) !== 0) untreeable = true;
        lastList.push({ name: Buffer.from(source.subarray(folderLength === 0 ? from : slash + 1, to)), mode: bytes.readUInt32BE(o + 24), oid: Buffer.from(bytes.subarray(o + 40, o + 40 + hashBytes)) });
      }
    }
    const isLink = type === 160 || type === 224;
    const last = source[to - 1];
    if (isLink || last === 105 || last === 108 || last === 121) {
      if (isLink || endsWith(source, from, to, INI) || endsWith(source, from, to, PYPROJECT) || endsWith(source, from, to, ENV_PY)) {
        const path = source.toString("utf8", from, to);
        if (isLink || isDiscoveryPath(path)) {
          const mode = bytes.readUInt32BE(o + 24);
          const fact = { path, mode: mode.toString(8).padStart(6, "0"), oid: bytes.toString("hex", o + 40, o + 40 + hashBytes), stage: flags >> 12 & 3 };
          (isLink ? links : configs).push(fact);
        }
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
var INI = Buffer.from(".ini");
var PYPROJECT = Buffer.from("pyproject.toml");
var ENV_PY = Buffer.from("env.py");
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
  let fd;
  try {
    fd = (0, import_node_fs5.openSync)(file, "r");
    const stats = (0, import_node_fs5.fstatSync)(fd, { bigint: true });
    const own = fileIdentity(stats);
    if (identity !== void 0 && identity !== own) return void 0;
    const size = Number(stats.size);
    for (const length of [64 * 1024, 1024 * 1024]) {
      const from = Math.max(12, size - length);
      const tail = Buffer.allocUnsafe(size - from);
      let read2 = 0;
      while (read2 < tail.length) {
        const n = (0, import_node_fs5.readSync)(fd, tail, read2, tail.length - read2, from + read2);
        if (n === 0) return void 0;
        read2 += n;
      }
      for (const hashBytes of [20, 32]) {
        const trees = cacheTreeInTail(tail, tail.length - hashBytes, hashBytes);
        if (trees) return { trees, identity: own };
      }
      if (from === 12) break;
    }
    return void 0;
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) (0, import_node_fs5.closeSync)(fd);
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
var lastRead;
function readIndexFacts(file, identity, choice) {
  let fd;
  try {
    fd = (0, import_node_fs5.openSync)(file, "r");
    const stats = (0, import_node_fs5.fstatSync)(fd, { bigint: true });
    const own = fileIdentity(stats);
    if (identity !== void 0 && identity !== own) return void 0;
    if (!choice && lastRead?.file === file && lastRead.facts.identity === own) return lastRead.facts;
    const window = new Window(fd, Number(stats.size));
    const facts = parse(window, 20, own, choice) ?? parse(window, 32, own, choice);
    if (facts && !choice) lastRead = { file, facts };
    return facts;
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) (0, import_node_fs5.closeSync)(fd);
  }
}

// src/git/read-head.cts
var import_node_path7 = require("node:path");

// src/git/object-store.cts
var object_store_exports = {};
__export(object_store_exports, {
  ObjectStore: () => ObjectStore,
  readLoose: () => readLoose
});
var import_node_fs6 = require("node:fs");
var import_node_path5 = require("node:path");

// src/git/inflate-small.cts
var Refused = class extends Error {
};
var refuse = () => {
  throw new Refused();
};
var LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
var LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
var DISTANCE_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
var DISTANCE_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
var CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
var FAST_BITS = 9;
function buildCode(lengths) {
  const counts = new Uint16Array(16);
  for (let s = 0; s < lengths.length; s++) counts[lengths[s]]++;
  counts[0] = 0;
  let left = 1;
  for (let len = 1; len < 16; len++) {
    left = left * 2 - counts[len];
    if (left < 0) refuse();
  }
  const offsets = new Uint16Array(16);
  for (let len = 1; len < 15; len++) offsets[len + 1] = offsets[len] + counts[len];
  const symbols = new Uint16Array(lengths.length);
  for (let s = 0; s < lengths.length; s++) if (lengths[s]) symbols[offsets[lengths[s]]++] = s;
  const fast = new Int32Array(1 << FAST_BITS);
  let code = 0;
  let index = 0;
  for (let len = 1; len <= FAST_BITS; len++) {
    for (let n = 0; n < counts[len]; n++, index++, code++) {
      let reversed = 0;
      for (let bit = 0; bit < len; bit++) reversed |= (code >> bit & 1) << len - 1 - bit;
      for (let fill = reversed; fill < 1 << FAST_BITS; fill += 1 << len) fast[fill] = symbols[index] << 4 | len;
    }
    code <<= 1;
  }
  return { fast, counts, symbols };
}
var fixed;
function fixedCodes() {
  if (!fixed) {
    const lengths = new Uint8Array(288);
    lengths.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
    fixed = { literals: buildCode(lengths), distances: buildCode(new Uint8Array(30).fill(5)) };
  }
  return fixed;
}
var Inflater = class {
  constructor(input, start, end, limit, sizeHint) {
    this.input = input;
    this.end = end;
    this.limit = limit;
    this.at = start;
    this.out = new Uint8Array(Math.min(limit, Math.max(sizeHint, 64)));
  }
  input;
  end;
  limit;
  at;
  bits = 0;
  count = 0;
  out;
  length = 0;
  /** Makes `n` (≤ 24) bits available, as far as the input goes. */
  fill(n) {
    while (this.count < n && this.at < this.end) {
      this.bits |= this.input[this.at++] << this.count;
      this.count += 8;
    }
  }
  take(n) {
    if (n === 0) return 0;
    this.fill(n);
    if (this.count < n) refuse();
    const value = this.bits & (1 << n) - 1;
    this.bits >>>= n;
    this.count -= n;
    return value;
  }
  decode(code) {
    this.fill(15);
    const entry = code.fast[this.bits & (1 << FAST_BITS) - 1];
    const len = entry & 15;
    if (len !== 0 && len <= this.count) {
      this.bits >>>= len;
      this.count -= len;
      return entry >> 4;
    }
    let value = 0;
    let first = 0;
    let index = 0;
    for (let length = 1; length < 16; length++) {
      value |= this.take(1);
      const count = code.counts[length];
      if (value - first < count) return code.symbols[index + value - first];
      index += count;
      first = first + count << 1;
      value <<= 1;
    }
    return refuse();
  }
  room(n) {
    if (this.length + n <= this.out.length) return;
    if (this.length + n > this.limit) refuse();
    const grown = new Uint8Array(Math.min(this.limit, Math.max(this.out.length * 2, this.length + n)));
    grown.set(this.out.subarray(0, this.length));
    this.out = grown;
  }
  stored() {
    this.at -= this.count >> 3;
    this.bits = 0;
    this.count = 0;
    if (this.at + 4 > this.end) refuse();
    const { input } = this;
    const len = input[this.at] | input[this.at + 1] << 8;
    const nlen = input[this.at + 2] | input[this.at + 3] << 8;
    if ((len ^ 65535) !== nlen) refuse();
    this.at += 4;
    if (this.at + len > this.end) refuse();
    this.room(len);
    this.out.set(input.subarray(this.at, this.at + len), this.length);
    this.length += len;
    this.at += len;
  }
  dynamicCodes() {
    const literalCount = this.take(5) + 257;
    const distanceCount = this.take(5) + 1;
    const codeLengthCount = this.take(4) + 4;
    if (literalCount > 286 || distanceCount > 30) refuse();
    const codeLengths = new Uint8Array(19);
    for (let i = 0; i < codeLengthCount; i++) codeLengths[CODE_LENGTH_ORDER[i]] = this.take(3);
    const lengthCode = buildCode(codeLengths);
    const lengths = new Uint8Array(literalCount + distanceCount);
    for (let i = 0; i < lengths.length; ) {
      const symbol = this.decode(lengthCode);
      if (symbol < 16) {
        lengths[i++] = symbol;
        continue;
      }
      let repeat;
      let value = 0;
      if (symbol === 16) {
        if (i === 0) refuse();
        value = lengths[i - 1];
        repeat = 3 + this.take(2);
      } else if (symbol === 17) repeat = 3 + this.take(3);
      else repeat = 11 + this.take(7);
      if (i + repeat > lengths.length) refuse();
      lengths.fill(value, i, i + repeat);
      i += repeat;
    }
    if (lengths[256] === 0) refuse();
    return { literals: buildCode(lengths.subarray(0, literalCount)), distances: buildCode(lengths.subarray(literalCount)) };
  }
  huffman(literals, distances) {
    for (; ; ) {
      const symbol = this.decode(literals);
      if (symbol < 256) {
        this.room(1);
        this.out[this.length++] = symbol;
        continue;
      }
      if (symbol === 256) return;
      const l = symbol - 257;
      if (l >= 29) refuse();
      const length = LENGTH_BASE[l] + this.take(LENGTH_EXTRA[l]);
      const d = this.decode(distances);
      if (d >= 30) refuse();
      const distance2 = DISTANCE_BASE[d] + this.take(DISTANCE_EXTRA[d]);
      if (distance2 > this.length) refuse();
      this.room(length);
      const { out } = this;
      for (let from = this.length - distance2, n = 0; n < length; n++) out[this.length++] = out[from + n];
    }
  }
  run() {
    const { input } = this;
    if (this.at + 2 > this.end) refuse();
    const cmf = input[this.at];
    const flg = input[this.at + 1];
    if ((cmf & 15) !== 8 || cmf >> 4 > 7 || (cmf << 8 | flg) % 31 !== 0 || flg & 32) refuse();
    this.at += 2;
    let last = 0;
    while (!last) {
      last = this.take(1);
      const type = this.take(2);
      if (type === 0) this.stored();
      else if (type === 1) {
        const codes = fixedCodes();
        this.huffman(codes.literals, codes.distances);
      } else if (type === 2) {
        const codes = this.dynamicCodes();
        this.huffman(codes.literals, codes.distances);
      } else refuse();
    }
    this.at -= this.count >> 3;
    if (this.at + 4 > this.end) refuse();
    const expected = (input[this.at] << 24 | input[this.at + 1] << 16 | input[this.at + 2] << 8 | input[this.at + 3]) >>> 0;
    if (adler32(this.out, this.length) !== expected) refuse();
    return { data: Buffer.from(this.out.buffer, this.out.byteOffset, this.length), end: this.at + 4 };
  }
};
function adler32(data, length) {
  let a = 1;
  let b = 0;
  for (let i = 0; i < length; ) {
    const stop = Math.min(length, i + 5552);
    for (; i < stop; i++) {
      a += data[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return (b << 16 | a) >>> 0;
}
function inflateSmall(input, start, end, limit, sizeHint = limit) {
  try {
    return new Inflater(input, start, end, limit, sizeHint).run();
  } catch (error) {
    if (error instanceof Refused) return void 0;
    throw error;
  }
}

// src/git/object-store.cts
var zlibModule;
var zlib = () => zlibModule ??= require("node:zlib");
var PACKED_TYPES = [void 0, "commit", "tree", "blob", "tag"];
var OFS_DELTA = 6;
var REF_DELTA = 7;
var MAX_DELTA_DEPTH = 1e4;
var MAX_ALTERNATE_DEPTH = 5;
var CACHE_BUDGET = 32 * 1024 * 1024;
var CACHE_MAX_OBJECT = 4 * 1024 * 1024;
var FIRST_SLICE_MAX = 64 * 1024;
var WHOLE_SLICE_MAX = 16 * 1024 * 1024;
var ENTRY_READ = 8 * 1024;
var SMALL_OBJECT = 16 * 1024;
var MAX_OBJECT_SIZE = 1024 * 1024 * 1024;
var Unreadable = class extends Error {
};
function fail() {
  throw new Unreadable();
}
function readAt(fd, position, length) {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = (0, import_node_fs6.readSync)(fd, buffer, done, length - done, position + done);
    if (n === 0) fail();
    done += n;
  }
  return buffer;
}
var Pack = class {
  constructor(id, idxPath, packPath, hashBytes) {
    this.id = id;
    this.idxPath = idxPath;
    this.packPath = packPath;
    this.hashBytes = hashBytes;
  }
  id;
  idxPath;
  packPath;
  hashBytes;
  opened = false;
  broken = false;
  idxFd = -1;
  packFd = -1;
  packSize = 0;
  version = 2;
  fanout = new Uint32Array(256);
  namesAt = 0;
  offsetsAt = 0;
  largeAt = 0;
  largeCount = 0;
  /** The entry's offset in the pack, or undefined when this pack does not hold the object (or cannot be read). */
  find(oid) {
    if (!this.open()) return void 0;
    const first = oid[0];
    const lo = first === 0 ? 0 : this.fanout[first - 1];
    const hi = this.fanout[first];
    if (lo >= hi) return void 0;
    const h = this.hashBytes;
    if (this.version === 1) {
      const stride = 4 + h;
      const rows = readAt(this.idxFd, 1024 + lo * stride, (hi - lo) * stride);
      const i2 = search(rows, hi - lo, stride, 4, h, oid);
      return i2 === void 0 ? void 0 : this.checkOffset(rows.readUInt32BE(i2 * stride));
    }
    const names = readAt(this.idxFd, this.namesAt + lo * h, (hi - lo) * h);
    const i = search(names, hi - lo, h, 0, h, oid);
    if (i === void 0) return void 0;
    const small = readAt(this.idxFd, this.offsetsAt + (lo + i) * 4, 4).readUInt32BE(0);
    if (small < 2147483648) return this.checkOffset(small);
    const slot = small & 2147483647;
    if (slot >= this.largeCount) fail();
    const large = readAt(this.idxFd, this.largeAt + slot * 8, 8).readBigUInt64BE(0);
    if (large > BigInt(Number.MAX_SAFE_INTEGER)) fail();
    return this.checkOffset(Number(large));
  }
  /** An offset must point between the pack's header and its trailing checksum. */
  checkOffset(offset) {
    if (offset < 12 || offset >= this.packSize - this.hashBytes) fail();
    return offset;
  }
  /**
   * The entry at `offset`: its type code, inflated data (a delta's instructions, for a delta) and
   * where its delta base is. One read usually brings both the header and the compressed data.
   */
  entry(offset) {
    const end = this.packSize - this.hashBytes;
    const chunk = readAt(this.packFd, offset, Math.min(ENTRY_READ, end - offset));
    let at = 0;
    let byte = chunk[at++];
    const code = byte >> 4 & 7;
    let size = byte & 15;
    let scale = 16;
    while (byte & 128) {
      if (at >= chunk.length || scale > 2 ** 42) fail();
      byte = chunk[at++];
      size += (byte & 127) * scale;
      scale *= 128;
    }
    if (size > MAX_OBJECT_SIZE) fail();
    let baseOffset;
    let baseOid;
    if (code === OFS_DELTA) {
      if (at >= chunk.length) fail();
      byte = chunk[at++];
      let distance2 = byte & 127;
      while (byte & 128) {
        if (at >= chunk.length || distance2 > 2 ** 45) fail();
        byte = chunk[at++];
        distance2 = (distance2 + 1) * 128 + (byte & 127);
      }
      if (distance2 <= 0 || distance2 > offset - 12) fail();
      baseOffset = offset - distance2;
    } else if (code === REF_DELTA) {
      if (at + this.hashBytes > chunk.length) fail();
      baseOid = Buffer.from(chunk.subarray(at, at + this.hashBytes));
      at += this.hashBytes;
    } else if (PACKED_TYPES[code] === void 0) {
      fail();
    }
    return { code, data: this.inflate(chunk, offset, offset + at, size), baseOffset, baseOid };
  }
  /**
   * An entry's inflated data. The pack does not record how long an entry's compressed stream is,
   * so a slice is inflated without requiring the stream to end (what follows it is ignored). Up
   * to WHOLE_SLICE_MAX bytes of data, the first slice is zlib's bound for `size` bytes — no
   * stream of that data is longer — so a 3 MB tree is read and inflated once, into one buffer of
   * its known size (inflating growing slices again and again, in zlib's default 16 KB chunks then
   * concatenated, cost several times the inflation itself). Larger objects, usually blobs that
   * compress well, start with a small slice and grow by doubling until it yields `size` bytes.
   * `chunk` (read from `chunkAt`) is used when it already holds the slice.
   */
  inflate(chunk, chunkAt, dataAt, size) {
    const end = this.packSize - this.hashBytes;
    if (size <= SMALL_OBJECT) {
      const bound = Math.min(deflateBound(size), end - dataAt);
      const input = dataAt + bound <= chunkAt + chunk.length ? chunk : readAt(this.packFd, dataAt, bound);
      const start = input === chunk ? dataAt - chunkAt : 0;
      const small = inflateSmall(input, start, start + bound, size);
      if (small?.data.length === size) return small.data;
    }
    const { constants, inflateSync } = zlib();
    let length = size <= WHOLE_SLICE_MAX ? deflateBound(size) : FIRST_SLICE_MAX;
    for (; ; ) {
      const available = Math.min(length, end - dataAt);
      if (available <= 0) fail();
      const slice = dataAt + available <= chunkAt + chunk.length ? chunk.subarray(dataAt - chunkAt, dataAt - chunkAt + available) : readAt(this.packFd, dataAt, available);
      const data = inflateSync(slice, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: Math.max(size, 1), chunkSize: Math.max(size + 1, 64) });
      if (data.length === size) return data;
      if (data.length > size || available < length) fail();
      length *= 2;
    }
  }
  /** Opens and checks the pair once; false (for good) when they cannot be read or do not belong together. */
  open() {
    if (this.opened) return !this.broken;
    this.opened = true;
    try {
      this.load();
    } catch {
      this.broken = true;
    }
    return !this.broken;
  }
  load() {
    const h = this.hashBytes;
    this.idxFd = (0, import_node_fs6.openSync)(this.idxPath, "r");
    const idxSize = (0, import_node_fs6.fstatSync)(this.idxFd).size;
    const head = readAt(this.idxFd, 0, Math.min(idxSize, 8 + 1024));
    let fanoutAt = 0;
    if (head.length >= 8 && head.readUInt32BE(0) === 4285812579) {
      if (head.readUInt32BE(4) !== 2) fail();
      fanoutAt = 8;
    } else {
      if (h !== 20) fail();
      this.version = 1;
    }
    if (head.length < fanoutAt + 1024) fail();
    let previous = 0;
    for (let i = 0; i < 256; i++) {
      const value = head.readUInt32BE(fanoutAt + i * 4);
      if (value < previous) fail();
      this.fanout[i] = previous = value;
    }
    const count = previous;
    let packChecksumAt;
    if (this.version === 1) {
      if (idxSize !== 1024 + count * (4 + h) + 2 * h) fail();
      packChecksumAt = 1024 + count * (4 + h);
    } else {
      this.namesAt = 8 + 1024;
      this.offsetsAt = this.namesAt + count * (h + 4);
      this.largeAt = this.offsetsAt + count * 4;
      const rest = idxSize - this.largeAt - 2 * h;
      if (rest < 0 || rest % 8 !== 0) fail();
      this.largeCount = rest / 8;
      packChecksumAt = this.largeAt + rest;
    }
    this.packFd = (0, import_node_fs6.openSync)(this.packPath, "r");
    this.packSize = (0, import_node_fs6.fstatSync)(this.packFd).size;
    if (this.packSize < 12 + h) fail();
    const packHead = readAt(this.packFd, 0, 12);
    const packVersion = packHead.readUInt32BE(4);
    if (packHead.toString("latin1", 0, 4) !== "PACK" || packVersion !== 2 && packVersion !== 3 || packHead.readUInt32BE(8) !== count) fail();
    const trailer = readAt(this.packFd, this.packSize - h, h);
    if (!trailer.equals(readAt(this.idxFd, packChecksumAt, h))) fail();
  }
};
function search(rows, count, stride, at, h, oid) {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    const start = mid * stride + at;
    const order2 = rows.compare(oid, 0, h, start, start + h);
    if (order2 === 0) return mid;
    if (order2 < 0) lo = mid + 1;
    else hi = mid;
  }
  return void 0;
}
function deltaSize(delta, at) {
  let value = 0;
  let scale = 1;
  for (; ; ) {
    if (at >= delta.length || scale > 2 ** 42) fail();
    const byte = delta[at++];
    value += (byte & 127) * scale;
    scale *= 128;
    if (!(byte & 128)) return [value, at];
  }
}
function deflateBound(size) {
  return size + Math.floor(size / 4096) + Math.floor(size / 16384) + Math.floor(size / 33554432) + 13;
}
function applyDelta(base, delta) {
  let [baseSize, at] = deltaSize(delta, 0);
  if (baseSize !== base.length) fail();
  let resultSize;
  [resultSize, at] = deltaSize(delta, at);
  if (resultSize > MAX_OBJECT_SIZE) fail();
  const out = Buffer.allocUnsafe(resultSize);
  let written = 0;
  while (at < delta.length) {
    const op = delta[at++];
    if (op & 128) {
      let offset = 0;
      let length = 0;
      for (let bit = 0; bit < 7; bit++) {
        if (!(op & 1 << bit)) continue;
        if (at >= delta.length) fail();
        const byte = delta[at++];
        if (bit < 4) offset += byte * 2 ** (8 * bit);
        else length += byte * 2 ** (8 * (bit - 4));
      }
      if (length === 0) length = 65536;
      if (offset + length > base.length || written + length > resultSize) fail();
      out.set(new Uint8Array(base.buffer, base.byteOffset + offset, length), written);
      written += length;
    } else if (op !== 0) {
      if (at + op > delta.length || written + op > resultSize) fail();
      out.set(new Uint8Array(delta.buffer, delta.byteOffset + at, op), written);
      at += op;
      written += op;
    } else {
      fail();
    }
  }
  if (written !== resultSize) fail();
  return out;
}
function readLoose(objectsDir, hex) {
  let raw;
  try {
    raw = (0, import_node_fs6.readFileSync)((0, import_node_path5.join)(objectsDir, hex.slice(0, 2), hex.slice(2)));
  } catch {
    return void 0;
  }
  const small = raw.length <= SMALL_OBJECT ? inflateSmall(raw, 0, raw.length, SMALL_OBJECT * 4, raw.length * 2) : void 0;
  const inflated = small?.data ?? zlib().inflateSync(raw, { maxOutputLength: MAX_OBJECT_SIZE, chunkSize: Math.min(64 * 1024 * 1024, Math.max(64 * 1024, raw.length * 4)) });
  const nul = inflated.indexOf(0, 0);
  if (nul < 0 || nul > 32) fail();
  const match = /^(commit|tree|blob|tag) (0|[1-9][0-9]*)$/.exec(inflated.toString("latin1", 0, nul));
  if (!match || Number(match[2]) !== inflated.length - nul - 1) fail();
  return { type: match[1], data: inflated.subarray(nul + 1) };
}
var ObjectStore = class _ObjectStore {
  constructor(objectsDir, hashBytes) {
    this.objectsDir = objectsDir;
    this.hashBytes = hashBytes;
    this.oidPattern = hashBytes === 20 ? /^[0-9a-f]{40}$/ : /^[0-9a-f]{64}$/;
  }
  objectsDir;
  hashBytes;
  sources;
  /** Resolved pack entries by `<pack id>:<offset>`, oldest first. */
  cache = /* @__PURE__ */ new Map();
  /** Loose objects read, by id (small ones; a run reads a handful). */
  loose = /* @__PURE__ */ new Map();
  cacheBytes = 0;
  packCount = 0;
  oidPattern;
  keeper;
  /** objectsDir: `<commonDir>/objects`; hashBytes: 20 (SHA-1) or 32 (SHA-256). Reads nothing until asked. */
  static open(objectsDir, hashBytes) {
    return new _ObjectStore(objectsDir, hashBytes);
  }
  /**
   * Reads large trees through `keeper` from now on: a kept tree is not inflated again, and a
   * large tree inflated here is kept. The fast lane sets it; HEAD's versions folder is then read
   * from a file by every commit but the first.
   */
  keepTreesWith(keeper) {
    this.keeper = keeper;
  }
  /** The object, or undefined when it cannot be read for certain (missing, damaged, a format not handled): the caller then asks git. Never throws. */
  read(oid) {
    try {
      if (typeof oid !== "string" || !this.oidPattern.test(oid)) return void 0;
      const known = this.loose.get(oid);
      if (known) return known;
      const kept = this.keeper?.read(oid);
      if (kept !== void 0) {
        const tree = { type: "tree", data: kept };
        if (kept.length <= CACHE_MAX_OBJECT) this.loose.set(oid, tree);
        return tree;
      }
      const located = this.locate(Buffer.from(oid, "hex"));
      if (located !== void 0 && "type" in located) {
        if (located.data.length <= CACHE_MAX_OBJECT) this.loose.set(oid, located);
        return located;
      }
      const object = located === void 0 ? void 0 : this.unpack(located.pack, located.offset);
      if (object?.type === "tree") this.keeper?.keep(oid, object.data);
      return object;
    } catch {
      return void 0;
    }
  }
  /**
   * A packed object, its delta chain walked down to a whole object (or a cached result) and then
   * applied upwards: a loop rather than recursion, so that long chains cannot exhaust the stack.
   */
  unpack(pack, offset) {
    const deltas = [];
    let base;
    let current = { pack, offset };
    for (; ; ) {
      if (deltas.length > MAX_DELTA_DEPTH) return void 0;
      const cached = this.cache.get(`${current.pack.id}:${current.offset}`);
      if (cached !== void 0) {
        base = cached;
        break;
      }
      const entry = current.pack.entry(current.offset);
      const data = entry.data;
      if (entry.code !== OFS_DELTA && entry.code !== REF_DELTA) {
        base = { type: PACKED_TYPES[entry.code], data };
        this.remember(current.pack, current.offset, base);
        break;
      }
      deltas.push({ ...current, delta: data });
      if (entry.baseOffset !== void 0) {
        current = { pack: current.pack, offset: entry.baseOffset };
        continue;
      }
      const sameOffset = current.pack.find(entry.baseOid);
      const located = sameOffset !== void 0 ? { pack: current.pack, offset: sameOffset } : this.locate(entry.baseOid);
      if (located === void 0) return void 0;
      if ("type" in located) {
        base = located;
        break;
      }
      current = located;
    }
    for (let i = deltas.length - 1; i >= 0; i--) {
      const step = deltas[i];
      base = { type: base.type, data: applyDelta(base.data, step.delta) };
      this.remember(step.pack, step.offset, base);
    }
    return base;
  }
  /** Where an object is: a pack entry (packs first: most objects live there), or the loose object itself. */
  locate(oid) {
    for (const source of this.allSources()) {
      for (const pack of this.packsOf(source)) {
        const offset = pack.find(oid);
        if (offset !== void 0) return { pack, offset };
      }
      const loose = readLoose(source.objectsDir, oid.toString("hex"));
      if (loose !== void 0) return loose;
    }
    return void 0;
  }
  remember(pack, offset, object) {
    if (object.data.length > CACHE_MAX_OBJECT) return;
    const key = `${pack.id}:${offset}`;
    if (this.cache.has(key)) return;
    this.cache.set(key, object);
    this.cacheBytes += object.data.length;
    for (const [oldKey, old] of this.cache) {
      if (this.cacheBytes <= CACHE_BUDGET) break;
      this.cache.delete(oldKey);
      this.cacheBytes -= old.data.length;
    }
  }
  /** This directory, then the ones its alternates name (depth first, each once), found on first need. */
  allSources() {
    if (this.sources !== void 0) return this.sources;
    const sources = [];
    const seen = /* @__PURE__ */ new Set();
    const visit = (dir, depth) => {
      const key = (0, import_node_path5.resolve)(dir);
      if (seen.has(key)) return;
      seen.add(key);
      sources.push({ objectsDir: dir });
      if (depth >= MAX_ALTERNATE_DEPTH) return;
      let text;
      try {
        text = (0, import_node_fs6.readFileSync)((0, import_node_path5.join)(dir, "info", "alternates"), "utf8");
      } catch {
        return;
      }
      for (const line of text.split("\n")) {
        if (line === "" || line.startsWith("#") || line.startsWith('"')) continue;
        visit((0, import_node_path5.resolve)(dir, line), depth + 1);
      }
    };
    visit(this.objectsDir, 0);
    return this.sources = sources;
  }
  packsOf(source) {
    if (source.packs !== void 0) return source.packs;
    const packDir = (0, import_node_path5.join)(source.objectsDir, "pack");
    let names;
    try {
      names = (0, import_node_fs6.readdirSync)(packDir);
    } catch {
      names = [];
    }
    const present = new Set(names);
    source.packs = names.filter((name) => name.endsWith(".idx") && present.has(`${name.slice(0, -4)}.pack`)).map((name) => new Pack(this.packCount++, (0, import_node_path5.join)(packDir, name), (0, import_node_path5.join)(packDir, `${name.slice(0, -4)}.pack`), this.hashBytes));
    return source.packs;
  }
};

// src/git/repository-files.cts
var repository_files_exports = {};
__export(repository_files_exports, {
  Refs: () => Refs,
  RepositoryFiles: () => RepositoryFiles,
  objectsAsStored: () => objectsAsStored,
  repositoryFiles: () => repositoryFiles
});
var import_node_fs7 = require("node:fs");
var import_node_path6 = require("node:path");
var OID2 = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
var REF = /^refs\/(?:[A-Za-z0-9._+@-]+\/)*[A-Za-z0-9._+@-]+$/;
var isRefName = (name) => REF.test(name) && !name.split("/").includes("..");
function objectsAsStored(commonDir, env) {
  if (env.GIT_OBJECT_DIRECTORY || env.GIT_ALTERNATE_OBJECT_DIRECTORIES || env.GIT_REPLACE_REF_BASE || env.GIT_QUARANTINE_PATH) return false;
  if ((0, import_node_fs7.existsSync)((0, import_node_path6.join)(commonDir, "refs", "replace"))) return false;
  try {
    return !(0, import_node_fs7.readFileSync)((0, import_node_path6.join)(commonDir, "packed-refs"), "latin1").includes(" refs/replace/");
  } catch {
    return true;
  }
}
function repositoryFiles(repository, env, hashBytes) {
  return objectsAsStored(repository.commonDir, env) ? new RepositoryFiles(repository, ObjectStore.open((0, import_node_path6.join)(repository.commonDir, "objects"), hashBytes)) : void 0;
}
var Refs = class {
  constructor(repository) {
    this.repository = repository;
  }
  repository;
  packed;
  /** True when refs are kept as files (no reftable), so a ref absent from them does not exist. */
  get filesBackend() {
    return !(0, import_node_fs7.existsSync)((0, import_node_path6.join)(this.repository.commonDir, "reftable"));
  }
  /** `packed-refs` as ref → id (null: none; its peeled `^` lines are not needed). */
  packedRefs() {
    if (this.packed !== void 0) return this.packed;
    let text;
    try {
      text = (0, import_node_fs7.readFileSync)((0, import_node_path6.join)(this.repository.commonDir, "packed-refs"), "utf8");
    } catch {
      return this.packed = null;
    }
    const refs = /* @__PURE__ */ new Map();
    for (const line of text.split("\n")) {
      const space = line.indexOf(" ");
      if (line.startsWith("#") || line.startsWith("^") || space < 0) continue;
      refs.set(line.slice(space + 1), line.slice(0, space));
    }
    return this.packed = refs;
  }
  /** The file of a loose ref (HEAD is this worktree's own), or undefined for a name git would not read so. */
  fileOf(name) {
    return name === "HEAD" ? (0, import_node_path6.join)(this.repository.gitDir, "HEAD") : isRefName(name) ? (0, import_node_path6.join)(this.repository.commonDir, name) : void 0;
  }
  /**
   * The ref a symbolic ref names (`HEAD` → `refs/heads/main`); null when `name` is no symbolic
   * ref (it holds an id, is packed — packed refs never are — or does not exist); undefined when
   * unsure.
   */
  symbolicTarget(name) {
    if (!this.filesBackend) return void 0;
    const file = this.fileOf(name);
    if (!file) return void 0;
    let text;
    try {
      text = (0, import_node_fs7.readFileSync)(file, "utf8").trim();
    } catch (error) {
      const code = error.code;
      return name !== "HEAD" && (code === "ENOENT" || code === "EISDIR" || code === "ENOTDIR") ? null : void 0;
    }
    if (!text.startsWith("ref: ")) return OID2.test(text) ? null : void 0;
    const target = text.slice(5).trim();
    return isRefName(target) ? target : void 0;
  }
  /** The id a ref holds, following symbolic refs; 'missing' when it does not exist; undefined when unsure. */
  ref(name, depth = 0) {
    if (depth > 5 || !this.filesBackend) return void 0;
    const file = this.fileOf(name);
    if (!file) return void 0;
    let text;
    try {
      text = (0, import_node_fs7.readFileSync)(file, "utf8").trim();
    } catch (error) {
      const code = error.code;
      if (code !== "ENOENT" && code !== "EISDIR" && code !== "ENOTDIR") return void 0;
    }
    if (text !== void 0) {
      if (text.startsWith("ref: ")) return this.ref(text.slice(5).trim(), depth + 1);
      return OID2.test(text) ? text : void 0;
    }
    if (name === "HEAD") return void 0;
    const packed = this.packedRefs()?.get(name);
    if (packed === void 0) return "missing";
    return OID2.test(packed) ? packed : void 0;
  }
};
var RepositoryFiles = class {
  constructor(repository, store) {
    this.repository = repository;
    this.store = store;
    this.refs = new Refs(repository);
  }
  repository;
  store;
  refs;
  /** The commit, tag or other object a revision (no path) names. */
  revision(rev) {
    if (OID2.test(rev)) return this.store.read(rev) ? rev : void 0;
    if (rev === "HEAD" || rev.startsWith("refs/")) return this.refs.ref(rev);
    if (!/^[A-Za-z0-9._+@/-]+$/.test(rev) || /^[0-9a-fA-F]{4,}$/.test(rev) || rev.includes("..") || rev.startsWith("-")) return void 0;
    if ((0, import_node_fs7.existsSync)((0, import_node_path6.join)(this.repository.gitDir, rev))) return void 0;
    const found2 = [];
    for (const candidate of [`refs/${rev}`, `refs/tags/${rev}`, `refs/heads/${rev}`, `refs/remotes/${rev}`, `refs/remotes/${rev}/HEAD`]) {
      const id = this.refs.ref(candidate);
      if (id === void 0) return void 0;
      if (id !== "missing") found2.push(id);
    }
    return found2.length === 1 ? found2[0] : void 0;
  }
  /** The commit an object leads to (a tag is followed), or undefined. */
  peelToCommit(oid) {
    for (let depth = 0; depth < 5; depth++) {
      const object = this.store.read(oid);
      if (!object) return void 0;
      if (object.type === "commit") return oid;
      if (object.type !== "tag") return void 0;
      const target = /^object ([0-9a-f]{40,64})\n/.exec(object.data.toString("latin1", 0, 200))?.[1];
      if (!target) return void 0;
      oid = target;
    }
    return void 0;
  }
  /** What `name` names (see NameAnswer). Never throws. */
  resolve(name) {
    try {
      const colon = name.indexOf(":");
      let rev = colon < 0 ? name : name.slice(0, colon);
      const path = colon < 0 ? void 0 : name.slice(colon + 1);
      const peel = rev.endsWith("^{commit}");
      if (peel) rev = rev.slice(0, -"^{commit}".length);
      const id = this.revision(rev);
      if (id === void 0 || id === "missing") return id;
      if (!peel && path === void 0) {
        const object = this.store.read(id);
        return object ? { oid: id, type: object.type } : void 0;
      }
      const commit = this.peelToCommit(id);
      if (!commit) return void 0;
      if (path === void 0) return { oid: commit, type: "commit" };
      const tree = /^tree ([0-9a-f]{40,64})\n/.exec(this.store.read(commit).data.toString("latin1", 0, 100))?.[1];
      if (!tree) return void 0;
      return path === "" ? { oid: tree, type: "tree" } : this.walk(tree, path);
    } catch {
      return void 0;
    }
  }
  /** The entry at `path` below the tree `tree`. */
  walk(tree, path) {
    const parts = path.split("/");
    if (parts.some((part) => part === "" || part === "." || part === "..")) return void 0;
    let at = { oid: tree, type: "tree" };
    for (const part of parts) {
      if (at.type !== "tree") return "missing";
      const object = this.store.read(at.oid);
      if (object?.type !== "tree") return void 0;
      const entry = findEntry(object.data, part, at.oid.length / 2);
      if (entry === void 0) return void 0;
      if (entry === "missing") return "missing";
      at = entry;
    }
    return at;
  }
};
function findEntry(data, name, hashBytes) {
  const wanted = Buffer.from(` ${name}\0`, "utf8");
  let next = data.indexOf(wanted);
  if (next < 0) return "missing";
  for (let at = 0; at < data.length; ) {
    const nul = data.indexOf(0, at);
    if (nul < 0 || nul + 1 + hashBytes > data.length) return void 0;
    const space = data.indexOf(32, at);
    if (space < 0 || space > nul) return void 0;
    while (next >= 0 && next < space) next = data.indexOf(wanted, next + 1);
    if (next < 0) return "missing";
    if (next === space && nul === space + wanted.length - 1) {
      const mode = data.toString("latin1", at, space);
      const type = mode === "40000" ? "tree" : mode === "160000" ? "commit" : "blob";
      return { oid: data.toString("hex", nul + 1, nul + 1 + hashBytes), type };
    }
    at = nul + 1 + hashBytes;
  }
  return "missing";
}

// src/git/read-head.cts
function readHead(repository, store) {
  try {
    const commit = new Refs(repository).ref("HEAD");
    if (commit === void 0 || commit === "missing") return void 0;
    const object = store ? store.read(commit) : readLoose((0, import_node_path7.join)(repository.commonDir, "objects"), commit);
    if (object?.type !== "commit") return void 0;
    const match = /^tree ([0-9a-f]{40}(?:[0-9a-f]{24})?)\n/.exec(object.data.toString("latin1", 0, Math.min(object.data.length, 200)));
    return match ? { commit, tree: match[1] } : void 0;
  } catch {
    return void 0;
  }
}

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
function runGitInBackground(context, args) {
  return new Promise((resolve4) => {
    let child;
    try {
      child = processes().spawn("git", [...GIT_GLOBAL_ARGS, ...args], { cwd: context.cwd, env: gitEnvironment(context.env), stdio: ["ignore", "pipe", "ignore"], windowsHide: true });
    } catch {
      resolve4(void 0);
      return;
    }
    const out = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.on("error", () => resolve4(void 0));
    child.on("close", (code) => resolve4(code === 0 ? Buffer.concat(out).toString("utf8") : void 0));
  });
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
function stagedChangesInBackground(context) {
  return runGitInBackground(context, stagedPathsArgs()).then((stdout) => stdout === void 0 ? void 0 : parseStagedChanges(stdout));
}

// src/git/staged-from-files.cts
var TREE = 16384;
var TYPE_BITS = 61440;
var SLASH = 47;
function canonicalMode(mode) {
  switch (mode & TYPE_BITS) {
    case 32768:
      return mode & 64 ? 33261 : 33188;
    case 40960:
      return 40960;
    case TREE:
      return TREE;
    default:
      return 57344;
  }
}
var TreeBytes = class _TreeBytes {
  constructor(data, hashBytes) {
    this.data = data;
    this.hashBytes = hashBytes;
  }
  data;
  hashBytes;
  /** The tree `oid` from the store, or undefined when it is not a readable tree. */
  static read(store, oid, hashBytes) {
    const object = store.read(oid);
    return object?.type === "tree" ? new _TreeBytes(object.data, hashBytes) : void 0;
  }
  /** Where the entry at `at` ends (the next one starts), or -1 when the bytes do not add up. */
  end(at) {
    const nul = this.data.indexOf(0, at);
    return nul < 0 || nul + 1 + this.hashBytes > this.data.length ? -1 : nul + 1 + this.hashBytes;
  }
  /** The entry at `at` (ending at `end`), or undefined when damaged. */
  entry(at, end) {
    const data = this.data;
    const space = data.indexOf(32, at);
    const nul = end - 1 - this.hashBytes;
    if (space < 0 || space >= nul) return void 0;
    let mode = 0;
    for (let k = at; k < space; k++) {
      const digit = data[k] - 48;
      if (digit < 0 || digit > 7) return void 0;
      mode = mode * 8 + digit;
    }
    return { nameStart: space + 1, nameEnd: nul, mode: canonicalMode(mode) };
  }
  name(entry) {
    return this.data.toString("utf8", entry.nameStart, entry.nameEnd);
  }
  oid(entry) {
    return this.data.toString("hex", entry.nameEnd + 1, entry.nameEnd + 1 + this.hashBytes);
  }
};
function order(a, x, b, y) {
  const aLength = x.nameEnd - x.nameStart;
  const bLength = y.nameEnd - y.nameStart;
  const common = Math.min(aLength, bLength);
  const c = a.data.compare(b.data, y.nameStart, y.nameStart + common, x.nameStart, x.nameStart + common);
  if (c !== 0) return c;
  const aNext = aLength > common ? a.data[x.nameStart + common] : x.mode === TREE ? SLASH : 0;
  const bNext = bLength > common ? b.data[y.nameStart + common] : y.mode === TREE ? SLASH : 0;
  return aNext - bNext;
}
function commonLength(a, at, b, bt) {
  let lo = 0;
  let hi = Math.min(a.length - at, b.length - bt);
  if (a.compare(b, bt, bt + hi, at, at + hi) === 0) return hi;
  while (hi - lo > 1) {
    const mid = lo + hi >>> 1;
    if (a.compare(b, bt + lo, bt + mid, at + lo, at + mid) === 0) lo = mid;
    else hi = mid;
  }
  return lo;
}
var modeText = (mode) => mode.toString(8).padStart(6, "0");
var childPath = (folder2, name) => folder2 === "" ? name : `${folder2}/${name}`;
function stagedFromFiles(input) {
  const { store, hashBytes } = input;
  if (input.indexTree === input.headTree) return [];
  const zeros = "0".repeat(hashBytes * 2);
  const changes = [];
  const all = (folder2, oid, status) => {
    const tree = TreeBytes.read(store, oid, hashBytes);
    if (!tree) return false;
    for (let at = 0; at < tree.data.length; ) {
      const end = tree.end(at);
      const entry = end < 0 ? void 0 : tree.entry(at, end);
      if (!entry) return false;
      const path = childPath(folder2, tree.name(entry));
      if (entry.mode === TREE) {
        if (!all(path, tree.oid(entry), status)) return false;
      } else if (status === "A") changes.push({ status, mode: modeText(entry.mode), oid: tree.oid(entry), path });
      else changes.push({ status, mode: "000000", oid: zeros, path });
      at = end;
    }
    return true;
  };
  const compare = (folder2, headId, indexId) => {
    const head = TreeBytes.read(store, headId, hashBytes);
    const index = TreeBytes.read(store, indexId, hashBytes);
    if (!head || !index) return false;
    let a = 0;
    let b = 0;
    while (a < head.data.length || b < index.data.length) {
      const start = a;
      const same = commonLength(head.data, a, index.data, b);
      if (same === head.data.length - a && same === index.data.length - b) break;
      while (a < head.data.length) {
        const end = head.end(a);
        if (end < 0) return false;
        if (end - start > same) break;
        b += end - a;
        a = end;
      }
      const aEnd = a < head.data.length ? head.end(a) : head.data.length;
      const bEnd = b < index.data.length ? index.end(b) : index.data.length;
      if (aEnd < 0 || bEnd < 0) return false;
      const x = a < aEnd ? head.entry(a, aEnd) : void 0;
      const y = b < bEnd ? index.entry(b, bEnd) : void 0;
      if (a < aEnd && !x || b < bEnd && !y) return false;
      const c = !x ? 1 : !y ? -1 : order(head, x, index, y);
      if (c < 0) {
        const path = childPath(folder2, head.name(x));
        if (x.mode === TREE) {
          if (!all(path, head.oid(x), "D")) return false;
        } else changes.push({ status: "D", mode: "000000", oid: zeros, path });
        a = aEnd;
      } else if (c > 0) {
        const path = childPath(folder2, index.name(y));
        if (y.mode === TREE) {
          if (!all(path, index.oid(y), "A")) return false;
        } else changes.push({ status: "A", mode: modeText(y.mode), oid: index.oid(y), path });
        b = bEnd;
      } else {
        const path = childPath(folder2, index.name(y));
        const same2 = head.oid(x) === index.oid(y);
        if (y.mode === TREE) {
          if (!same2 && !compare(path, head.oid(x), index.oid(y))) return false;
        } else if (!same2 || x.mode !== y.mode) {
          const status = (x.mode & TYPE_BITS) !== (y.mode & TYPE_BITS) ? "T" : "M";
          changes.push({ status, mode: modeText(y.mode), oid: index.oid(y), path });
        }
        a = aEnd;
        b = bEnd;
      }
    }
    return true;
  };
  if (!compare("", input.headTree, input.indexTree)) return void 0;
  const keys = new Map(changes.map((change) => [change, Buffer.from(change.path, "utf8")]));
  return changes.sort((a, b) => Buffer.compare(keys.get(a), keys.get(b)));
}

// src/fast-lane/quick-check.cts
var CONFIG_NAMES = /* @__PURE__ */ new Set([".migcheckrc.json", "package.json"]);
function mightTouchMigrations(paths) {
  return paths.some((path) => {
    const name = path.slice(path.lastIndexOf("/") + 1);
    return /\.py[co]?$/.test(name) || isConfigCandidate(path) || CONFIG_NAMES.has(name);
  });
}
function touchesEnvironments(changes, environments2, linked) {
  return changes.some(({ path, mode }) => {
    const name = path.slice(path.lastIndexOf("/") + 1);
    if (isDiscoveryPath(path) || isConfigCandidate(path) || CONFIG_NAMES.has(name) || mode === "120000" || mode === "160000") return true;
    if (linked && /\.py[co]?$/.test(name)) return true;
    return environments2.some((env) => touchesEnvironment(path, env, environments2));
  });
}
async function quickCheck(context) {
  const { cwd, env } = context;
  try {
    const repository = locateRepository(cwd, env);
    const before = repository ? (0, import_node_fs8.statSync)(repository.indexFile, { bigint: true, throwIfNoEntry: false }) : void 0;
    const tail = repository && before ? readIndexTail(repository.indexFile, fileIdentity(before)) : void 0;
    const root = tail?.trees.get("");
    let fromFiles;
    let files;
    let head;
    const hashBytes = root?.length === 64 ? 32 : 20;
    if (repository && before && root !== void 0 && (files = repositoryFiles(repository, env, hashBytes))) {
      const { store } = files;
      head = readHead(repository, store);
      store.keepTreesWith(rawTrees(repository.commonDir, hashBytes));
      if (head) fromFiles = stagedFromFiles({ indexTree: root, headTree: head.tree, store, hashBytes });
      if (fromFiles && !mightTouchMigrations(fromFiles.map((change) => change.path))) return true;
    } else if (repository) head = readHead(repository);
    const diff = fromFiles ? Promise.resolve(fromFiles) : stagedChangesInBackground({ cwd, env });
    let known;
    let fromHead = false;
    let keys = [];
    let links;
    let headTreeKey;
    if (repository && before) {
      const identity = fileIdentity(before);
      const settings = settingsText(repository.root);
      if (root !== void 0) keys.push(treeKey(root, settings));
      headTreeKey = head ? treeKey(head.tree, settings) : void 0;
      known = headTreeKey ? cachedEnvironments(repository.commonDir, headTreeKey) : void 0;
      fromHead = known !== void 0;
      if (!known) {
        const walked = readIndexFacts(repository.indexFile, identity);
        if (walked) {
          links = [...walked.links];
          const key = indexKey([...walked.configs, ...walked.links], settings);
          keys.push(key);
          const cached = cachedEnvironments(repository.commonDir, key);
          if (cached) known = { environments: cached.environments, linked: linkedLocations(cached.environments, walked.links) };
        }
      }
    }
    const changes = await diff;
    if (changes === void 0) return void 0;
    if (!mightTouchMigrations(changes.map((change) => change.path))) return true;
    const configStaged = changes.some(({ path, mode }) => isDiscoveryPath(path) || isConfigCandidate(path) || CONFIG_NAMES.has(path.slice(path.lastIndexOf("/") + 1)) || mode === "120000" || mode === "160000");
    if (fromHead && configStaged) known = void 0;
    else if (!fromHead && headTreeKey && !configStaged) keys.push(headTreeKey);
    if (known && !touchesEnvironments(changes, known.environments, known.linked)) {
      if (repository) rememberEnvironments(repository.commonDir, keys, known);
      return true;
    }
    if (repository && known && root !== void 0 && keys[0] !== headTreeKey) rememberEnvironments(repository.commonDir, [keys[0]], known);
    return {
      cwd,
      changes,
      repository,
      indexIdentity: before ? fileIdentity(before) : void 0,
      indexTrees: tail?.trees,
      links,
      files,
      environments: known?.environments,
      linked: known?.linked,
      environmentKeys: keys
    };
  } catch {
    return void 0;
  }
}

// src/fast-lane/start-heads.cts
var import_node_fs9 = require("node:fs");

// src/git/folder-differences.cts
function folderDifferencesArgs(locations) {
  return ["ls-files", "-z", "--modified", "--deleted", "--others", "--", ...locations.map((l) => `:(literal)${l}`)];
}

// src/fast-lane/start-heads.cts
function startHeads(repository, env) {
  try {
    if (env.GIT_INDEX_FILE) return void 0;
    const info = (0, import_node_fs9.statSync)(repository.indexFile, { bigint: true, throwIfNoEntry: false });
    const indexIdentity = info ? fileIdentity(info) : void 0;
    const root = indexIdentity !== void 0 ? readIndexTail(repository.indexFile, indexIdentity)?.trees.get("") : void 0;
    if (root === void 0) return void 0;
    const known = cachedEnvironments(repository.commonDir, treeKey(root, settingsText(repository.root)));
    if (!known || known.linked || known.environments.some((env2) => env2.recursive || env2.sourceless)) return void 0;
    const args = folderDifferencesArgs(known.environments.flatMap((env2) => env2.versionLocations));
    return { cwd: repository.root, args, indexIdentity, output: runGitInBackground({ cwd: repository.root, env }, args) };
  } catch {
    return void 0;
  }
}

// src/cli/main.ts
init_code_cache();

// src/fs/install-root.ts
var import_node_fs11 = require("node:fs");
var import_node_path9 = require("node:path");
var import_node_url = require("node:url");
var found;
function installRoot() {
  if (found !== void 0) return found;
  const start = (0, import_node_path9.dirname)((0, import_node_url.fileURLToPath)(__migcheck_import_meta_url));
  for (let dir = start; ; dir = (0, import_node_path9.dirname)(dir)) {
    if ((0, import_node_fs11.existsSync)((0, import_node_path9.join)(dir, "package.json")) && (0, import_node_fs11.existsSync)((0, import_node_path9.join)(dir, "bin", "migcheck.js"))) return found = dir;
    if ((0, import_node_path9.dirname)(dir) === dir) throw new Error(`no migcheck installation (package.json beside bin/migcheck.js) above ${start}`);
  }
}
function installedVersion() {
  return JSON.parse((0, import_node_fs11.readFileSync)((0, import_node_path9.join)(installRoot(), "package.json"), "utf8")).version;
}

// src/cli/command-table.ts
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
var versionTableOptions = {
  "version-table": { type: "string", value: "NAME", describe: "the version table env.py uses (default: the config, then alembic_version)" },
  "version-table-schema": { type: "string", value: "SCHEMA", describe: "the schema of the version table (default: the config, then the search path)" }
};
var databaseOptions = {
  url: { type: "string", value: "URL", describe: "the database, postgresql://… or sqlite:///path (or the URL argument; default: MIGCHECK_DATABASE_URL, then DATABASE_URL)" },
  rev: { type: "string", value: "REV", describe: "read the migrations of a committed tree (a commit, branch or tag) instead of the working tree" },
  env: { type: "string", value: "NAME", describe: "the environment to read when there are several (its alembic.ini, folder or section)" },
  ...versionTableOptions
};
var COMMANDS = [
  {
    name: "check",
    usage: "check [paths..]",
    describe: "check the staged migrations (or a committed tree) against the target branch; what the pre-commit hook runs",
    options: { rev: { type: "string", value: "REV", describe: "check a committed tree (a commit, branch or tag) instead of the index: the CI gate" } },
    formats: ["human", "json", "github", "sarif"],
    paths: true,
    examples: [
      ["migcheck", "check what is staged (the same as `migcheck check`)"],
      ["migcheck check --rev HEAD --target origin/main", "the CI gate: check the committed tree against origin/main"],
      ["migcheck check --format github", "annotations for GitHub Actions"],
      ["migcheck check --rev HEAD --format sarif > migcheck.sarif", "a SARIF 2.1.0 log for code scanning"],
      ["MIGCHECK_SKIP=1 git commit", "let one commit through"]
    ],
    load: () => Promise.resolve().then(() => (init_check(), check_exports))
  },
  {
    name: "pre-push",
    usage: "pre-push [remote] [url]",
    describe: "check each pushed branch tip against the target (git's pre-push lines on stdin; without them, HEAD)",
    options: { fetch: { type: "boolean", describe: 'fetch the target branch from its remote first (default: check against the last-fetched commit; config "fetchTarget": true)' } },
    formats: ["human", "json", "github", "sarif"],
    examples: [["migcheck pre-push", "check HEAD as a push would"], ["migcheck pre-push --fetch", "the same against the target as the remote has it now"]],
    load: () => Promise.resolve().then(() => (init_pre_push(), pre_push_exports))
  },
  {
    name: "rebase-plan",
    usage: "rebase-plan",
    describe: "print the steps that put this branch's migrations on top of the target's head(s)",
    options: {
      apply: { type: "boolean", describe: "perform the file edits (never stages or commits)" },
      db: { type: "string", value: "URL", describe: "refuse to re-point a revision this database has applied (read-only)" },
      ...versionTableOptions
    },
    globals: ["cwd", "target", "dir", "config", "color", "debug"],
    formats: ["human", "json"],
    examples: [["migcheck rebase-plan --apply", "re-point this branch’s migrations onto the target’s head"]],
    load: () => Promise.resolve().then(() => (init_rebase_plan(), rebase_plan_exports))
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
    load: () => Promise.resolve().then(() => (init_merge(), merge_exports))
  },
  {
    name: "heads",
    usage: "heads",
    describe: "list the heads of each environment (working tree by default), as `alembic heads` prints them",
    options: treeOptions,
    globals: [...READING, "quiet", "color"],
    formats: ["human", "json"],
    examples: [["migcheck heads --rev origin/main", "the heads of origin/main"]],
    load: () => Promise.resolve().then(() => (init_heads(), heads_exports))
  },
  {
    name: "graph",
    usage: "graph",
    describe: "draw the revision graph, marking heads, merge points and branch labels",
    options: treeOptions,
    globals: READING,
    formats: ["text", "mermaid", "dot", "json"],
    examples: [["migcheck graph --format mermaid", "a Mermaid flowchart (one subgraph per environment)"]],
    load: () => Promise.resolve().then(() => (init_graph(), graph_exports))
  },
  {
    name: "init",
    usage: "init",
    describe: "install the hooks (pre-commit, pre-merge-commit, pre-push) in the set-up the repository already uses",
    options: {
      "dry-run": { type: "boolean", describe: "print what would change, change nothing" },
      mode: { type: "string", value: "MODE", describe: "choose the set-up (pre-commit: the pre-commit framework)", choices: ["husky", "plain", "pre-commit"] },
      "pre-commit": { type: "boolean", describe: "same as --mode pre-commit" },
      "hook-repo": { type: "string", value: "URL", describe: "--mode pre-commit: the migcheck repository the config names (default: this installation's)" },
      "hook-rev": { type: "string", value: "REV", describe: "--mode pre-commit: the tag or commit of that repository to pin (default: v<version>)" }
    },
    // No --dir or --target: the hooks it writes would not carry them (the config does).
    globals: ["cwd", "config", "debug"],
    examples: [
      ["migcheck init --dry-run", "show what init would write"],
      ["migcheck init --mode pre-commit", "add migcheck to .pre-commit-config.yaml"]
    ],
    load: () => Promise.resolve().then(() => (init_init(), init_exports))
  },
  {
    // The investigation of a forked tree, for people: its own bundle (dist/explain.cjs), and the
    // database code only with --db.
    name: "explain",
    usage: "explain",
    describe: "write up a tree whose migrations fork (several heads): the heads, where they diverged, each chain, how it happened and the fix, as Markdown for an issue",
    options: {
      rev: { type: "string", value: "REV", describe: "explain a committed tree (a commit, branch or tag; default: the target, else the working tree when it is the one that forks)" },
      db: { type: "string", value: "URL", describe: "add the database section for this database: what it records, the evidence of each pending revision and the stamp plan, as `db` reads them (read-only)" },
      env: databaseOptions.env,
      ...versionTableOptions
    },
    globals: ["cwd", "target", "dir", "config", "debug"],
    formats: ["markdown", "json"],
    examples: [
      ["migcheck explain > heads.md", "the investigation of the target branch, ready for an issue"],
      ["migcheck explain --rev origin/main --db postgresql://app@db/prod", "with what the database records and the stamp that makes it true"]
    ],
    load: () => Promise.resolve().then(() => (init_explain(), explain_exports))
  },
  {
    // `db status` and `db stamp-plan`: read-only, and in a bundle of their own (dist/db.cjs) with
    // the PostgreSQL driver, which no hook ever reads.
    name: "db",
    usage: "db <command>",
    describe: "what the database records against the repository, read-only (never run by a hook)",
    options: {},
    globals: [],
    subcommands: [
      {
        name: "status",
        usage: "status [url]",
        describe: "the recorded revisions against the graph: current, behind, partial, unknown-revision, overlap, empty or no-version-table",
        options: { ...databaseOptions, schema: { type: "boolean", describe: "look up the objects of each pending revision in the catalogue (applied-outside, partial, absent, unknown, data-differs)" } },
        globals: ["cwd", "dir", "config", "quiet", "color", "debug"],
        formats: ["human", "json"],
        examples: [
          ["migcheck db status --schema --url postgresql://app@db:5432/prod", "which pending revisions the database already has (password: PGPASSWORD)"],
          ["migcheck db status sqlite:///app.db --env migrations", "one environment of several against a SQLite file"]
        ],
        load: () => Promise.resolve().then(() => (init_db(), db_exports))
      },
      {
        name: "stamp-plan",
        usage: "stamp-plan [url]",
        describe: "print the commands (alembic stamp, migcheck merge, alembic upgrade) that make the version table true; runs none of them",
        options: databaseOptions,
        globals: ["cwd", "dir", "config", "color", "debug"],
        formats: ["human", "json"],
        examples: [["MIGCHECK_DATABASE_URL=postgresql://app@db/prod migcheck db stamp-plan", "the stamp that records what was applied outside Alembic"]],
        load: () => Promise.resolve().then(() => (init_db(), db_exports))
      }
    ]
  },
  {
    name: "help",
    usage: "help [command..]",
    describe: "show the help of migcheck or of a command",
    options: {},
    globals: [],
    load: () => Promise.resolve().then(() => (init_help(), help_exports))
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
  const fail2 = (message) => {
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
      fail2(unknownOption(written, arg.startsWith("--") ? suggestOption(written.slice(2), [...options.keys()]) : void 0));
      continue;
    }
    if (option.type === "boolean") {
      if (inline !== void 0) fail2(optionTakesNoValue(written));
      occurrences.push({ name, written, value: !negated });
      continue;
    }
    let value = inline;
    if (value === void 0) {
      const next = argv[i + 1];
      if (next === void 0 || next.startsWith("-") && next !== "-") {
        fail2(optionNeedsValue(written));
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
  const usage = [...path.slice(0, -1), spec.usage].join(" ");
  if (rest.length > max) throw new MigcheckError(tooManyArguments(command, rest.slice(max), usage));
  if (rest.length < min) throw new MigcheckError(missingArgument(command, usage));
  if (spec.paths) {
    const missing = rest.find((word) => !exists(word, cwdOption));
    if (missing !== void 0) throw new MigcheckError(argumentNamesNothing(command, missing));
  }
  return { kind: "run", spec, args: { command, positionals: rest, options } };
}

// src/cli/process-io.cts
var import_node_fs12 = require("node:fs");
function streamWriter(name, fd) {
  let route = "fd";
  const toStream = (text) => {
    if (route === "fd") {
      route = "stream";
      process[name].on("error", () => {
        route = "closed";
      });
    }
    process[name].write(text);
  };
  return (text) => {
    if (route === "closed" || text === "") return;
    if (route === "stream") {
      toStream(text);
      return;
    }
    const bytes = Buffer.from(text, "utf8");
    let done = 0;
    try {
      while (done < bytes.length) done += (0, import_node_fs12.writeSync)(fd, bytes, done);
    } catch (error) {
      if (error.code === "EAGAIN") toStream(bytes.subarray(done));
      else route = "closed";
    }
  };
}
function isCharacterDevice(fd) {
  try {
    return (0, import_node_fs12.fstatSync)(fd).isCharacterDevice();
  } catch {
    return false;
  }
}
async function readAllStdin() {
  if (process.stdin.isTTY) return "";
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
function processIO() {
  let tty;
  return {
    stdout: streamWriter("stdout", 1),
    stderr: streamWriter("stderr", 2),
    readStdin: () => readAllStdin(),
    // A getter: `node:tty` is as heavy as the streams, and only colour choices need it. Only a
    // character device can be a terminal: a pipe or a file (CI, editors, a hook's captured
    // output) is answered by one fstat.
    get stdoutIsTTY() {
      tty ??= isCharacterDevice(1) && require("node:tty").isatty(1);
      return tty;
    },
    env: process.env,
    cwd: process.cwd()
  };
}
function withIO(io, parts) {
  return Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(io), ...Object.getOwnPropertyDescriptors(parts) });
}

// src/cli/nothing-staged.ts
var FORMATS = ["human", "json", "github"];
function printsNothingStaged(args) {
  return FORMATS.includes(String(args.options.format ?? "human"));
}
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
function fastLaneTakes(args) {
  const { rev, dir, config } = args.options;
  return args.command === "check" && args.positionals.length === 0 && rev === void 0 && dir === void 0 && config === void 0 && printsNothingStaged(args);
}
function headStartTakes(args) {
  const { rev, staged, dir, config } = args.options;
  return args.command === "heads" && rev === void 0 && staged === void 0 && dir === void 0 && config === void 0;
}
async function main(argv, options = {}) {
  let io = options.io ?? processIO();
  let debug = argv.includes("--debug");
  try {
    const exists = (path, cwdOption) => (0, import_node_fs13.existsSync)((0, import_node_path10.resolve)(io.cwd, cwdOption ?? ".", path));
    const parsed = parseArgv(argv, exists);
    if (parsed.kind === "version") {
      io.stdout(`${installedVersion()}
`);
      return 0;
    }
    const { spec, args } = parsed;
    debug = args.options.debug === true;
    if (typeof args.options.cwd === "string") io = withIO(io, { cwd: (0, import_node_path10.resolve)(io.cwd, args.options.cwd) });
    if (io.env.MIGCHECK_SKIP === "1" && SKIPPABLE.has(args.command)) {
      io.stderr(`${skipped(args.command)}
`);
      return 0;
    }
    if (options.fastLane !== false && fastLaneTakes(args)) {
      const lane = await quickCheck({ cwd: io.cwd, env: io.env });
      if (lane === true) {
        options.onFastLane?.();
        printNothingStaged(args, io);
        return 0;
      }
      if (lane) io = withIO(io, { lane });
    }
    const repository = io.lane?.repository ?? locateRepository(io.cwd, io.env);
    if (repository && headStartTakes(args)) {
      const started = startHeads(repository, io.env);
      if (started) io = withIO(io, { started });
    }
    enableCodeCache(repository?.commonDir);
    const module2 = await spec.load();
    return await module2.run(args, io);
  } catch (error) {
    const print = (text) => io.stderr(hideUrlPasswords(text));
    if (error instanceof MigcheckError) {
      print(`migcheck: ${error.message}
${error.hint ? `${error.hint}
` : ""}`);
      if (debug && error.cause) print(`${String(error.cause.stack ?? error.cause)}
`);
      return error.exitCode;
    }
    print(`${internalFailure(error instanceof Error ? error.message : String(error))}
`);
    if (debug) print(`${error?.stack ?? ""}
`);
    return 2;
  }
}

// <migcheck bundle>
init_code_cache();
var __modules = { "cli/main": main_exports, "core/errors": errors_exports, "fast-lane/quick-check": quick_check_exports, "git/object-store": object_store_exports, "git/repository-files": repository_files_exports, "cache/code-cache": code_cache_exports };
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  __modules,
  main
});
