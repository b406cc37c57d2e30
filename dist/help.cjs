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

// bundle-of:src/core/errors.ts
var require_errors = __commonJS({
  "bundle-of:src/core/errors.ts"(exports2, module2) {
    module2.exports = require("./migcheck.cjs").__modules["core/errors"];
  }
});

// bundle-of:src/core/messages.ts
var require_messages = __commonJS({
  "bundle-of:src/core/messages.ts"(exports2, module2) {
    module2.exports = require("./migcheck.cjs").__modules["core/messages"];
  }
});

// bundle-of:src/cli/command-table.ts
var require_command_table = __commonJS({
  "bundle-of:src/cli/command-table.ts"(exports2, module2) {
    module2.exports = require("./migcheck.cjs").__modules["cli/command-table"];
  }
});

// bundle-of:src/cli/parse-argv.ts
var require_parse_argv = __commonJS({
  "bundle-of:src/cli/parse-argv.ts"(exports2, module2) {
    module2.exports = require("./migcheck.cjs").__modules["cli/parse-argv"];
  }
});

// <help bundle>
var help_bundle_exports = {};
__export(help_bundle_exports, {
  __modules: () => __modules,
  helpText: () => helpText,
  run: () => run
});
module.exports = __toCommonJS(help_bundle_exports);

// src/cli/help.ts
var help_exports = {};
__export(help_exports, {
  helpText: () => helpText,
  run: () => run
});
var import_errors = __toESM(require_errors(), 1);
var import_messages = __toESM(require_messages(), 1);
var import_command_table = __toESM(require_command_table(), 1);
var import_parse_argv = __toESM(require_parse_argv(), 1);
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
  const describe = name === "format" && option.choices ? (0, import_messages.helpFormat)(option.choices) : option.choices ? (0, import_messages.helpChoices)(option.describe, option.choices) : option.describe;
  return [left, describe];
}
function generalHelp(width) {
  const common = ["cwd", "target", "dir", "config", "format", "quiet", "color", "debug"].map((name) => {
    const option = import_command_table.GLOBAL_OPTIONS[name];
    return optionRow(name, name === "format" ? { ...option, describe: "output format (each command lists its own)" } : option);
  });
  return [
    ...wrap(import_messages.HELP_TITLE, width),
    "",
    `Usage: ${import_messages.HELP_USAGE}`,
    "",
    "Commands:",
    ...table(import_command_table.COMMANDS.map((c) => [c.usage, c.describe]), width),
    "",
    "Options:",
    ...table([...common, ["-h, --help", import_messages.HELP_FLAG], ["-v, --version", import_messages.VERSION_FLAG]], width),
    ...wrap(import_messages.HELP_OPTIONS_ANYWHERE, width),
    "",
    "Environment:",
    ...table(import_messages.HELP_ENVIRONMENT, width),
    "",
    "Examples:",
    ...table(import_messages.HELP_GENERAL_EXAMPLES, width),
    "",
    import_messages.HELP_EXIT_CODES,
    import_messages.HELP_DOCS
  ];
}
function commandHelp(spec, path, width) {
  const lines = [`Usage: migcheck ${spec.subcommands ? `${path.join(" ")} <command>` : [...path.slice(0, -1), spec.usage].join(" ")}`, "", ...wrap(spec.describe, width)];
  if (spec.subcommands) lines.push("", "Commands:", ...table(spec.subcommands.map((s) => [`${path.join(" ")} ${s.usage}`, s.describe]), width));
  const options = [...(0, import_parse_argv.optionsOf)(spec)].map(([name, option]) => optionRow(name, option));
  lines.push("", "Options:", ...table([...options, ["-h, --help", import_messages.HELP_FLAG]], width));
  const environment = import_messages.HELP_ENVIRONMENT.filter(([name]) => name.startsWith("MIGCHECK_SKIP") && ["check", "pre-push"].includes(spec.name) || name.startsWith("MIGCHECK_TARGET") && (0, import_parse_argv.optionsOf)(spec).has("target") || name.startsWith("NO_COLOR") && (0, import_parse_argv.optionsOf)(spec).has("color"));
  if (environment.length > 0) lines.push("", "Environment:", ...table(environment, width));
  if (spec.examples?.length) lines.push("", "Examples:", ...table(spec.examples, width));
  return lines;
}
function helpText(topic, width = 80) {
  if (topic.length === 0) return `${generalHelp(width).join("\n")}
`;
  let specs = import_command_table.COMMANDS;
  let spec;
  for (let i = 0; i < topic.length; i++) {
    const word = topic[i];
    const next = specs.find((s) => s.name === word);
    if (!next) {
      const words = [...topic.slice(0, i), (0, import_parse_argv.nearest)(word, specs.map((s) => s.name))].join(" ");
      throw new import_errors.MigcheckError((0, import_messages.unknownHelpTopic)(topic.slice(0, i + 1).join(" "), words));
    }
    spec = next;
    specs = next.subcommands ?? [];
  }
  return `${commandHelp(spec, topic, width).join("\n")}
`;
}
async function run(args, io) {
  io.stdout(helpText(args.positionals, Number(io.env.COLUMNS) || 80));
  return 0;
}

// <help bundle>
var __modules = { "cli/help": help_exports };
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  __modules,
  helpText,
  run
});
