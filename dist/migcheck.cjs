// Built by scripts/build.mjs from src/: do not edit; run `npm run build`.
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

// bundle-of:src/cli/commands/check.ts
var check_exports = {};
__export(check_exports, {
  run: () => run
});
var shared, run;
var init_check = __esm({
  "bundle-of:src/cli/commands/check.ts"() {
    shared = require("./check.cjs").__modules["cli/commands/check"];
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
    shared2 = require("./check.cjs").__modules["cli/commands/pre-push"];
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
    shared3 = require("./repair.cjs").__modules["cli/commands/rebase-plan"];
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
    shared4 = require("./repair.cjs").__modules["cli/commands/merge"];
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
    shared5 = require("./check.cjs").__modules["cli/commands/heads"];
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
    shared6 = require("./check.cjs").__modules["cli/commands/graph"];
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
    shared7 = require("./init.cjs").__modules["cli/commands/init"];
    ({ run: run7 } = shared7);
  }
});

// bundle-of:src/cli/help.ts
var help_exports = {};
__export(help_exports, {
  helpText: () => helpText,
  run: () => run8
});
var shared8, helpText, run8;
var init_help = __esm({
  "bundle-of:src/cli/help.ts"() {
    shared8 = require("./help.cjs").__modules["cli/help"];
    ({ helpText, run: run8 } = shared8);
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
  quickLaneState: () => quickLaneState
});

// src/alembic/config-candidate.cts
function isConfigCandidate(path) {
  return path.endsWith(".ini") || path.slice(path.lastIndexOf("/") + 1) === "pyproject.toml";
}

// src/git/git-process.cts
var import_node_child_process = require("node:child_process");
var GIT_GLOBAL_ARGS = ["--no-optional-locks"];
function gitEnvironment(env) {
  let copy = environments.get(env);
  if (!copy) environments.set(env, copy = { ...env, LC_ALL: "C", LANGUAGE: "C" });
  return copy;
}
var environments = /* @__PURE__ */ new WeakMap();
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
    load: () => Promise.resolve().then(() => (init_check(), check_exports))
  },
  {
    name: "pre-push",
    usage: "pre-push [remote] [url]",
    describe: "check each pushed branch tip against the target (git's pre-push lines on stdin; without them, HEAD)",
    options: { fetch: { type: "boolean", describe: 'fetch the target branch from its remote first (default: check against the last-fetched commit; config "fetchTarget": true)' } },
    formats: ["human", "json", "github"],
    examples: [["migcheck pre-push", "check HEAD as a push would"], ["migcheck pre-push --fetch", "the same against the target as the remote has it now"]],
    load: () => Promise.resolve().then(() => (init_pre_push(), pre_push_exports))
  },
  {
    name: "rebase-plan",
    usage: "rebase-plan",
    describe: "print the steps that put this branch's migrations on top of the target's head(s)",
    options: { apply: { type: "boolean", describe: "perform the file edits (never stages or commits)" } },
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
  const { rev, dir, config } = args.options;
  return args.command === "check" && args.positionals.length === 0 && rev === void 0 && dir === void 0 && config === void 0 && printsNothingStaged(args);
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
var __modules = { "cli/main": main_exports, "core/errors": errors_exports, "fast-lane/quick-check": quick_check_exports };
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  __modules,
  main
});
