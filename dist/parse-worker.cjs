// Built by scripts/build.mjs from src/: do not edit; run `npm run bundle`.
var __migcheck_import_meta_url = require("node:url").pathToFileURL(__filename).href;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
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

// <parse-worker bundle>
var parse_worker_bundle_exports = {};
__export(parse_worker_bundle_exports, {
  __modules: () => __modules,
  parseBatch: () => parseBatch
});
module.exports = __toCommonJS(parse_worker_bundle_exports);

// src/trees/parse-worker.ts
var parse_worker_exports = {};
__export(parse_worker_exports, {
  parseBatch: () => parseBatch
});
var import_node_worker_threads = require("node:worker_threads");

// src/cache/parse-cache-codec.ts
var MARK = "c1";
var FIELD = "	";
var ITEM = "";
var FIELDS = ["revision", "down_revision", "branch_labels", "depends_on"];
var stringsOf = (items) => items.every((item) => item.kind === "string") ? items.map((item) => item.value) : void 0;
var list = (text) => text === "" ? [] : text.split(ITEM);
function encodeSite(site) {
  if (site === void 0) return "";
  if (site.items === void 0) return void 0;
  const values = stringsOf(site.items);
  if (values === void 0) return void 0;
  return [site.line, site.span.start, site.span.end, site.span.line, site.scalar ? 1 : 0, site.text, ...values].join(ITEM);
}
var count = (text) => {
  const n = Number(text);
  if (text === "" || !Number.isSafeInteger(n)) throw new RangeError("not a stored number");
  return n;
};
var SITE_HEADER = /^\d{1,15}\x1f\d{1,15}\x1f\d{1,15}\x1f\d{1,15}\x1f[01]\x1f/;
var REVISES_HEADER = /^\d{1,15}\x1f\d{1,15}\x1f\d{1,15}(?:\x1f|$)/;
var SOURCES = /* @__PURE__ */ new Map([["variable", "variable"], ["filename", "filename"], ["none", "none"]]);
var NO_ITEMS = Object.freeze([]);
var NO_PROBLEMS = Object.freeze([]);
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
function encodeParse(parse) {
  if (parse.problems.length > 0 || parse.revision === void 0 || parse.downRevisions === void 0) return void 0;
  const labels = stringsOf(parse.branchLabels);
  const depends = stringsOf(parse.dependsOn);
  if (!labels || !depends) return void 0;
  const sites = [];
  for (const field of FIELDS) {
    const site = encodeSite(parse.sites[field]);
    if (site === void 0) return void 0;
    sites.push(site);
  }
  const revises = parse.revises ? [parse.revises.span.start, parse.revises.span.end, parse.revises.span.line, parse.revises.text].join(ITEM) : "";
  const encoded = [MARK, parse.revision, parse.revisionSource, parse.downRevisions.join(ITEM), labels.join(ITEM), depends.join(ITEM), ...sites, revises].join(FIELD);
  return sameAsJson(decodedWhole(encoded), parse) ? encoded : void 0;
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
var definedKeys = (o) => Object.keys(o).filter((key) => o[key] !== void 0);
function partsOf(encoded) {
  const parts = encoded.split(FIELD);
  if (parts.length !== 11 || parts[0] !== MARK || !SOURCES.has(parts[2])) return void 0;
  if (!parts.slice(6, 10).every((site) => site === "" || SITE_HEADER.test(site))) return void 0;
  if (parts[10] !== "" && !REVISES_HEADER.test(parts[10])) return void 0;
  return parts;
}
var stringItems = (text) => text === "" ? NO_ITEMS : list(text).map((value) => ({ kind: "string", value }));
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

// bundle-of:src/core/errors.ts
var shared = require("./boot.cjs").requireBundle("migcheck").__modules["core/errors"];
var { MigcheckError } = shared;

// src/core/messages.ts
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
var internalFailure = (detail) => `migcheck: internal error: ${detail} (run again with --debug for detail, and please report it)`;
var READER_NUL_BYTE = "source code cannot contain null bytes";
var READER_SYNTAX_FIX = "fix the Python syntax at this line (Alembic imports the file, and fails on it on every version)";
var READER_DOT_PY_NAME = "a file named exactly '.py' makes Alembic crash on every version (it cannot make a module of a name without a stem)";
var readerDotPyNameFix = (revision) => `rename the file, e.g. to ${revision ?? "<revision>"}_<slug>.py`;
var COMPAT_EMPTY_DOWN_REVISION = "down_revision = '' is a base on Alembic 1.12 and older, but Alembic 1.13 and newer fail to load this tree (KeyError: '')";
var COMPAT_EMPTY_DOWN_REVISION_FIX = "write down_revision = None";
var compatColonInRevision = (revision) => `revision '${revision}' contains ':', which Alembic 1.17.2 and newer refuse ("Character(s) ':' not allowed in revision identifier"); older versions load it`;
var COMPAT_COLON_IN_REVISION_FIX = "give the revision an id without ':' (and update the down_revision of its children), before the team upgrades Alembic";

// src/core/reader/decode-source.ts
var COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
var BLANK_OR_COMMENT = /^[ \t\f]*(?:#.*)?$/;
var LATIN1_NAMES = /^(?:latin[-_]?1|iso[-_]?8859[-_]?1|iso[-_]?latin[-_]?1|l1|cp1252|windows[-_]1252|cp819)(?:[-_].*)?$/i;
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var encoder = new TextEncoder();
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

// src/core/reader/python-string.ts
var SIMPLE = {
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
var HEX = /^[0-9a-fA-F]+$/;
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

// src/core/reader/evaluate-value.ts
var NotLiteral = class {
  constructor(what) {
    this.what = what;
  }
  what;
};
var CLOSE = { "(": ")", "[": "]" };
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
  const open = [];
  for (const t of tokens) {
    if (t.kind !== "op") continue;
    if (t.value === "(" || t.value === "[" || t.value === "{") open.push(t.value);
    else if (t.value === ")" || t.value === "]" || t.value === "}") open.pop();
  }
  return open[open.length - 1];
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

// src/core/reader/find-revises.ts
var REVISES = /^[ \t]*Revises:[ \t]*/gm;
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

// src/core/reader/is-empty-migration.ts
var TRIPLE_QUOTED = /("""|''')[\s\S]*?\1/g;
var NOOP_LINE = /^(?:pass|\.\.\.|(?:[rRuUbB]{0,2})?(?:"[^"\n]*"|'[^'\n]*'))?$/;
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

// src/core/reader/scan-python.ts
var MAX_LINE_TOKENS = 1e5;
var KINDS = ["name", "string", "number", "op", "other"];
var K_NAME = 0;
var K_STRING = 1;
var K_NUMBER = 2;
var K_OP = 3;
var K_OTHER = 4;
var STRING_PREFIXES = /* @__PURE__ */ new Set(["r", "u", "f", "b", "br", "rb", "fr", "rf"]);
var NO_FIELDS = [];
var LONGEST = 40;
var isNameStart = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c >= 128 && c !== 65279;
var isNameChar = (c) => isNameStart(c) || c >= 48 && c <= 57;
var isDigit = (c) => c >= 48 && c <= 57;
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
  let allStrings = true;
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
    onLine({ tokens, indent, altIndent, colon, line: lines[0], complete, allStrings, tooLong: overflow && keep });
    count2 = 0;
    keep = false;
    overflow = false;
    allStrings = true;
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
    if (kind !== K_STRING) allStrings = false;
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
      const open = depth > 0 ? openCh[--depth] : void 0;
      const openAt = openLine[depth];
      if (problems.length > 0) {
      } else if (open === void 0) problems.push({ line, reason: `unmatched '${text[i]}'` });
      else if (open !== (c === 41 ? 40 : c - 2)) {
        problems.push({
          line,
          reason: `closing parenthesis '${text[i]}' does not match opening parenthesis '${String.fromCharCode(open)}'${openAt === line ? "" : ` on line ${openAt}`}`
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
var KEPT_CAPACITY = 4096;
var spare;
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
var OP_CHARS = new Uint8Array(128);
for (const ch of "+-*/%&|^@<>=!:") OP_CHARS[ch.charCodeAt(0)] = 1;
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

// src/core/reader/scan-module.ts
var HARD_BLOCKS = /* @__PURE__ */ new Set(["if", "elif", "else", "for", "while", "try", "except", "finally", "with"]);
var SOFT_BLOCKS = /* @__PURE__ */ new Set(["match", "case"]);
var isOp = (t, v) => t !== void 0 && t.kind === "op" && t.value === v;
var isName = (t, v) => t !== void 0 && t.kind === "name" && (v === void 0 || t.value === v);
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
    const { tokens, indent, complete, allStrings, tooLong } = logical;
    if (tooLong) out.tooLong.push(tokens[0].line);
    checkIndentation(logical);
    if (first) {
      first = false;
      if (allStrings) out.docstring = tokens[0];
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

// src/core/reader/read-revision-file.ts
var REVISION_FIELDS = ["revision", "down_revision", "branch_labels", "depends_on"];
var FIELD_SET = new Set(REVISION_FIELDS);
var LEGACY_REV = /^([a-f0-9]+)\.py\n?$/;
var ILLEGAL = ["+", "-", "@"];
var ILLEGAL_FROM_1_17_2 = ":";
var basename = (path) => path.slice(path.lastIndexOf("/") + 1);
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

// src/core/reader/expression-items.ts
function hasExpressionItems(file) {
  return file.branchLabels.some((i) => i.kind === "expression") || file.dependsOn.some((i) => i.kind === "expression");
}

// src/trees/parse-blob.ts
var basename2 = (path) => path.slice(path.lastIndexOf("/") + 1);
function sameParse(earlier, path) {
  if (earlier.problems.some((problem) => problem.reason.includes(earlier.path))) return false;
  if (basename2(earlier.path) === basename2(path)) return true;
  return earlier.revisionSource === "variable" && earlier.path.endsWith(".py") && path.endsWith(".py");
}
function parseBlob(oid, bytes, paths, settle = (file) => file) {
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
    const file = settle(readRevisionFile(path, source.text, oid));
    first ??= file;
    files.push(file);
    parsed.push(true);
    expressions ||= hasExpressionItems(file);
  }
  return { files, parsed, source, expressions };
}

// src/trees/parse-worker.ts
function parseBatch(batch) {
  return batch.blobs.map(({ oid, start, end, paths }) => {
    const { files, parsed, source, expressions } = parseBlob(oid, batch.bytes.subarray(start, end), paths);
    return {
      oid,
      files: files.map((file, k) => {
        if (!parsed[k]) return null;
        const { path: _path, blob: _blob, ...rest } = file;
        return encodeParse(rest) ?? file;
      }),
      ...expressions ? { source } : {}
    };
  });
}
import_node_worker_threads.parentPort?.on("message", (message) => {
  let answer;
  try {
    answer = { id: message.id, blobs: parseBatch(message.batch) };
  } catch (error) {
    answer = { id: message.id, failed: String(error) };
  }
  import_node_worker_threads.parentPort.postMessage(answer);
});

// <parse-worker bundle>
var __modules = { "trees/parse-worker": parse_worker_exports };
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  __modules,
  parseBatch
});
