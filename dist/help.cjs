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
var tooManyArguments, HELP_TITLE, HELP_USAGE, HELP_OPTIONS_ANYWHERE, HELP_ENVIRONMENT, HELP_GENERAL_EXAMPLES, HELP_EXIT_CODES, HELP_DOCS, helpFormat, helpChoices, HELP_FLAG, VERSION_FLAG, unknownHelpTopic;
var init_messages = __esm({
  "src/core/messages.ts"() {
    "use strict";
    tooManyArguments = (command, extra, usage) => `\`migcheck ${command}\` does not take ${extra.map((word) => `\`${word}\``).join(" ")} (usage: migcheck ${usage})`;
    HELP_TITLE = "migcheck: stops Alembic migration chains from forking, and repairs them when they have.";
    HELP_USAGE = "migcheck [command] [options]   (no command: check what is staged)";
    HELP_OPTIONS_ANYWHERE = "Options may stand before or after the command. `migcheck help COMMAND` lists the options each command takes.";
    HELP_ENVIRONMENT = [
      ["MIGCHECK_SKIP=1", "the hooks (check, pre-push) pass and say so: lets one commit or push through"],
      ["MIGCHECK_TARGET=REF", "the target branch when neither --target nor the config names one"],
      ["NO_COLOR=1", "no colour (--color still forces it)"],
      ["MIGCHECK_DATABASE_URL=URL", "migcheck db: the database when no URL is given (then DATABASE_URL)"],
      ["PGPASSWORD=…", "migcheck db: the PostgreSQL password, kept out of the URL (never printed)"]
    ];
    HELP_GENERAL_EXAMPLES = [
      ["migcheck init", "install the hooks (pre-commit: check, pre-push: pre-push)"],
      ["migcheck", "check what is staged against the target branch"],
      ["migcheck check --rev HEAD --target origin/main", "the CI gate for a committed tree"],
      ["migcheck rebase-plan --apply", "put this branch's migrations on top of the target's head"],
      ["migcheck graph --format mermaid", "draw the revision graph"]
    ];
    HELP_EXIT_CODES = "Exit codes: 0 nothing blocking, 1 a finding of severity error (blocked), 2 could not check.";
    HELP_DOCS = "More: docs/cli.md in the migcheck repository.";
    helpFormat = (formats) => `output format: ${formats.join(", ")} (default ${formats[0]})`;
    helpChoices = (describe, choices) => `${describe} (${choices.join(", ")})`;
    HELP_FLAG = "show this help";
    VERSION_FLAG = "print the version";
    unknownHelpTopic = (words, nearest2) => `no command \`${words}\`: did you mean \`${nearest2}\`?`;
  }
});

// bundle-of:src/cli/commands/check.ts
var check_exports = {};
__export(check_exports, {
  run: () => run
});
var shared2, run;
var init_check = __esm({
  "bundle-of:src/cli/commands/check.ts"() {
    shared2 = require("./boot.cjs").requireBundle("check").__modules["cli/commands/check"];
    ({ run } = shared2);
  }
});

// bundle-of:src/cli/commands/pre-push.ts
var pre_push_exports = {};
__export(pre_push_exports, {
  pushedUpdates: () => pushedUpdates,
  run: () => run2
});
var shared3, pushedUpdates, run2;
var init_pre_push = __esm({
  "bundle-of:src/cli/commands/pre-push.ts"() {
    shared3 = require("./boot.cjs").requireBundle("check").__modules["cli/commands/pre-push"];
    ({ pushedUpdates, run: run2 } = shared3);
  }
});

// bundle-of:src/cli/commands/rebase-plan.ts
var rebase_plan_exports = {};
__export(rebase_plan_exports, {
  run: () => run3
});
var shared4, run3;
var init_rebase_plan = __esm({
  "bundle-of:src/cli/commands/rebase-plan.ts"() {
    shared4 = require("./boot.cjs").requireBundle("repair").__modules["cli/commands/rebase-plan"];
    ({ run: run3 } = shared4);
  }
});

// bundle-of:src/cli/commands/merge.ts
var merge_exports = {};
__export(merge_exports, {
  run: () => run4
});
var shared5, run4;
var init_merge = __esm({
  "bundle-of:src/cli/commands/merge.ts"() {
    shared5 = require("./boot.cjs").requireBundle("repair").__modules["cli/commands/merge"];
    ({ run: run4 } = shared5);
  }
});

// bundle-of:src/cli/commands/heads.ts
var heads_exports = {};
__export(heads_exports, {
  run: () => run5
});
var shared6, run5;
var init_heads = __esm({
  "bundle-of:src/cli/commands/heads.ts"() {
    shared6 = require("./boot.cjs").requireBundle("check").__modules["cli/commands/heads"];
    ({ run: run5 } = shared6);
  }
});

// bundle-of:src/cli/commands/graph.ts
var graph_exports = {};
__export(graph_exports, {
  run: () => run6
});
var shared7, run6;
var init_graph = __esm({
  "bundle-of:src/cli/commands/graph.ts"() {
    shared7 = require("./boot.cjs").requireBundle("check").__modules["cli/commands/graph"];
    ({ run: run6 } = shared7);
  }
});

// bundle-of:src/cli/commands/init.ts
var init_exports = {};
__export(init_exports, {
  run: () => run7
});
var shared8, run7;
var init_init = __esm({
  "bundle-of:src/cli/commands/init.ts"() {
    shared8 = require("./boot.cjs").requireBundle("init").__modules["cli/commands/init"];
    ({ run: run7 } = shared8);
  }
});

// bundle-of:src/cli/commands/explain.ts
var explain_exports = {};
__export(explain_exports, {
  run: () => run8
});
var shared9, run8;
var init_explain = __esm({
  "bundle-of:src/cli/commands/explain.ts"() {
    shared9 = require("./boot.cjs").requireBundle("explain").__modules["cli/commands/explain"];
    ({ run: run8 } = shared9);
  }
});

// bundle-of:src/cli/commands/db.ts
var db_exports = {};
__export(db_exports, {
  run: () => run9
});
var shared10, run9;
var init_db = __esm({
  "bundle-of:src/cli/commands/db.ts"() {
    shared10 = require("./boot.cjs").requireBundle("db").__modules["cli/commands/db"];
    ({ run: run9 } = shared10);
  }
});

// src/cli/command-table.ts
var GLOBAL_OPTIONS, READING, treeOptions, versionTableOptions, databaseOptions, COMMANDS;
var init_command_table = __esm({
  "src/cli/command-table.ts"() {
    "use strict";
    GLOBAL_OPTIONS = {
      cwd: { type: "string", value: "DIR", describe: "run as if started in DIR" },
      target: { type: "string", value: "REF", describe: "the branch this work will merge into (default: MIGCHECK_TARGET, then origin/HEAD, origin/main, origin/master, main, master)" },
      dir: { type: "string", value: "PATH", multiple: true, describe: "a versions folder to read, instead of those the Alembic configs name (repeatable)" },
      config: { type: "string", value: "FILE", describe: 'the migcheck config file (default: .migcheckrc.json, package.json "migcheck", [tool.migcheck])' },
      format: { type: "string", value: "FORMAT", describe: "output format" },
      quiet: { type: "boolean", short: "q", describe: "print only errors" },
      color: { type: "boolean", negatable: true, describe: "colour on (--no-color: off; default: on a terminal unless NO_COLOR is set)" },
      debug: { type: "boolean", describe: "print internal detail when something fails" }
    };
    READING = ["cwd", "dir", "config", "debug"];
    treeOptions = {
      rev: { type: "string", value: "REV", describe: "read a committed tree (a commit, branch or tag)" },
      staged: { type: "boolean", describe: "read the index (what the next commit holds)" }
    };
    versionTableOptions = {
      "version-table": { type: "string", value: "NAME", describe: "the version table env.py uses (default: the config, then alembic_version)" },
      "version-table-schema": { type: "string", value: "SCHEMA", describe: "the schema of the version table (default: the config, then the search path)" }
    };
    databaseOptions = {
      url: { type: "string", value: "URL", describe: "the database, postgresql://… or sqlite:///path (or the URL argument; default: MIGCHECK_DATABASE_URL, then DATABASE_URL)" },
      rev: { type: "string", value: "REV", describe: "read the migrations of a committed tree (a commit, branch or tag) instead of the working tree" },
      env: { type: "string", value: "NAME", describe: "the environment to read when there are several (its alembic.ini, folder or section)" },
      ...versionTableOptions
    };
    COMMANDS = [
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
  }
});

// src/cli/parse-argv.ts
function optionsOf(spec) {
  const globals = spec.globals ?? Object.keys(GLOBAL_OPTIONS).filter((name) => name !== "format");
  const taken = new Map(Object.entries(spec.options));
  if (spec.formats) taken.set("format", { ...GLOBAL_OPTIONS.format, choices: spec.formats });
  for (const name of globals) taken.set(name, GLOBAL_OPTIONS[name]);
  return taken;
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
var init_parse_argv = __esm({
  "src/cli/parse-argv.ts"() {
    "use strict";
    init_errors();
    init_messages();
    init_command_table();
  }
});

// src/cli/help.ts
var help_exports = {};
__export(help_exports, {
  helpText: () => helpText,
  run: () => run10
});
function wrap(text, room) {
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}
function table(rows, width) {
  const left = Math.min(Math.max(...rows.map(([l]) => l.length)) + 2, 34);
  const room = Math.max(width - left - 2, 30);
  return rows.flatMap(([l, r]) => {
    const lines = wrap(r, room);
    const head = `  ${l}`;
    return head.length + 2 > left + 2 ? [head, ...lines.map((text) => `${" ".repeat(left + 2)}${text}`)] : lines.map((text, i) => `${i === 0 ? head.padEnd(left + 2) : " ".repeat(left + 2)}${text}`);
  });
}
function optionRow(name, option) {
  const flag = option.type === "boolean" && option.negatable ? `--[no-]${name}` : `--${name}`;
  const left = `${option.short ? `-${option.short}, ` : ""}${flag}${option.type === "string" ? ` ${option.value ?? "VALUE"}` : ""}`;
  const describe = name === "format" && option.choices ? helpFormat(option.choices) : option.choices ? helpChoices(option.describe, option.choices) : option.describe;
  return [left, describe];
}
function generalHelp(width) {
  const common = ["cwd", "target", "dir", "config", "format", "quiet", "color", "debug"].map((name) => {
    const option = GLOBAL_OPTIONS[name];
    return optionRow(name, name === "format" ? { ...option, describe: "output format (each command lists its own)" } : option);
  });
  return [
    ...wrap(HELP_TITLE, width),
    "",
    `Usage: ${HELP_USAGE}`,
    "",
    "Commands:",
    ...table(COMMANDS.map((c) => [c.usage, c.describe]), width),
    "",
    "Options:",
    ...table([...common, ["-h, --help", HELP_FLAG], ["-v, --version", VERSION_FLAG]], width),
    ...wrap(HELP_OPTIONS_ANYWHERE, width),
    "",
    "Environment:",
    ...table(HELP_ENVIRONMENT, width),
    "",
    "Examples:",
    ...table(HELP_GENERAL_EXAMPLES, width),
    "",
    ...wrap(HELP_EXIT_CODES, width),
    ...wrap(HELP_DOCS, width)
  ];
}
function commandHelp(spec, path, width) {
  const lines = [`Usage: migcheck ${spec.subcommands ? `${path.join(" ")} <command>` : [...path.slice(0, -1), spec.usage].join(" ")}`, "", ...wrap(spec.describe, width)];
  if (spec.subcommands) lines.push("", "Commands:", ...table(spec.subcommands.map((s) => [`${path.join(" ")} ${s.usage}`, s.describe]), width));
  const options = [...optionsOf(spec)].map(([name, option]) => optionRow(name, option));
  lines.push("", "Options:", ...table([...options, ["-h, --help", HELP_FLAG]], width));
  const environment = HELP_ENVIRONMENT.filter(([name]) => name.startsWith("MIGCHECK_SKIP") && ["check", "pre-push"].includes(spec.name) || name.startsWith("MIGCHECK_TARGET") && optionsOf(spec).has("target") || name.startsWith("NO_COLOR") && optionsOf(spec).has("color") || /^(MIGCHECK_DATABASE_URL|PGPASSWORD)=/.test(name) && optionsOf(spec).has("url"));
  if (environment.length > 0) lines.push("", "Environment:", ...table(environment, width));
  if (spec.examples?.length) lines.push("", "Examples:", ...table(spec.examples, width));
  return lines;
}
function helpText(topic, width = 80) {
  if (topic.length === 0) return `${generalHelp(width).join("\n")}
`;
  let specs = COMMANDS;
  let spec;
  for (let i = 0; i < topic.length; i++) {
    const word = topic[i];
    const next = specs.find((s) => s.name === word);
    if (!next && specs.length === 0) throw new MigcheckError(tooManyArguments("help", topic.slice(i), `help ${topic.slice(0, i).join(" ")}`));
    if (!next) {
      const words = [...topic.slice(0, i), nearest(word, specs.map((s) => s.name))].join(" ");
      throw new MigcheckError(unknownHelpTopic(topic.slice(0, i + 1).join(" "), words));
    }
    spec = next;
    specs = next.subcommands ?? [];
  }
  return `${commandHelp(spec, topic, width).join("\n")}
`;
}
async function run10(args, io) {
  io.stdout(helpText(args.positionals, Number(io.env.COLUMNS) || 80));
  return 0;
}
var init_help = __esm({
  "src/cli/help.ts"() {
    "use strict";
    init_errors();
    init_messages();
    init_command_table();
    init_parse_argv();
  }
});

// <help bundle>
var help_bundle_exports = {};
__export(help_bundle_exports, {
  __modules: () => __modules,
  helpText: () => helpText,
  run: () => run10
});
module.exports = __toCommonJS(help_bundle_exports);
init_help();
init_help();
var __modules = { "cli/help": help_exports };
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  __modules,
  helpText,
  run
});
