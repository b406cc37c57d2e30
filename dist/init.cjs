// Built by scripts/build.mjs from src/: do not edit; run `npm run build`.
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

// bundle-of:src/git/git-process.cts
var require_git_process = __commonJS({
  "bundle-of:src/git/git-process.cts"(exports2, module2) {
    module2.exports = require("./migcheck.cjs").__modules["git/git-process"];
  }
});

// bundle-of:src/git/staged-paths.cts
var require_staged_paths = __commonJS({
  "bundle-of:src/git/staged-paths.cts"(exports2, module2) {
    module2.exports = require("./migcheck.cjs").__modules["git/staged-paths"];
  }
});

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError;
var init_error = __esm({
  "node_modules/smol-toml/dist/error.js"() {
    TomlError = class _TomlError extends Error {
      line;
      column;
      codeblock;
      constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}

${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
      }
      /** @internal */
      static x(message, ctx, ptr) {
        throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
      }
    };
  }
});

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}
var init_primitive = __esm({
  "node_modules/smol-toml/dist/primitive.js"() {
    init_error();
  }
});

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE, TomlDate;
var init_date = __esm({
  "node_modules/smol-toml/dist/date.js"() {
    DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
    TomlDate = class _TomlDate extends Date {
      #hasDate = false;
      #hasTime = false;
      #offset = null;
      constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = "Z";
        let c;
        if (typeof date === "string") {
          if (fasttype)
            prep: {
              if (fasttype < 3) {
                if (+date.slice(11, 13) > 23) {
                  date = "";
                  break prep;
                }
                if (fasttype === 2) {
                  offset = null;
                  date += "Z";
                } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
                  offset = date.slice(date.length - 6);
                }
                if (unsafeDelim)
                  date = date.slice(0, 10) + "T" + date.slice(11);
              } else if (fasttype === 4) {
                date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
              }
              hasDate = fasttype !== 4;
              hasTime = fasttype !== 3;
            }
          else {
            let match = date.match(DATE_TIME_RE);
            if (match) {
              if (!match[1]) {
                hasDate = false;
                date = `0000-01-01T${date}`;
              }
              hasTime = !!match[2];
              hasTime && date[10] === " " && (date = date.replace(" ", "T"));
              if (match[2] && +match[2] > 23) {
                date = "";
              } else {
                offset = match[3] || null;
                if (!offset && hasTime)
                  date += "Z";
              }
            } else {
              date = "";
            }
          }
        }
        super(date);
        if (!isNaN(this.getTime())) {
          this.#hasDate = hasDate;
          this.#hasTime = hasTime;
          this.#offset = offset;
        }
      }
      isDateTime() {
        return this.#hasDate && this.#hasTime;
      }
      isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
      }
      isDate() {
        return this.#hasDate && !this.#hasTime;
      }
      isTime() {
        return this.#hasTime && !this.#hasDate;
      }
      isValid() {
        return this.#hasDate || this.#hasTime;
      }
      toISOString() {
        let iso = super.toISOString();
        if (this.isDate())
          return iso.slice(0, 10);
        if (this.isTime())
          return iso.slice(11, 23);
        if (this.#offset === null)
          return iso.slice(0, -1);
        if (this.#offset === "Z" || this.#offset === "z")
          return iso;
        let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
        offset = this.#offset[0] === "-" ? offset : -offset;
        let offsetDate = new Date(this.getTime() - offset * 6e4);
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
      }
      static wrapAsOffsetDateTime(jsDate, offset = "Z") {
        let date = new _TomlDate(jsDate);
        date.#offset = offset;
        return date;
      }
      static wrapAsLocalDateTime(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#offset = null;
        return date;
      }
      static wrapAsLocalDate(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
      }
      static wrapAsLocalTime(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
      }
    };
  }
});

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}
var init_extract = __esm({
  "node_modules/smol-toml/dist/extract.js"() {
    init_primitive();
    init_struct();
    init_error();
    init_date();
  }
});

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}
var init_util = __esm({
  "node_modules/smol-toml/dist/util.js"() {
    init_error();
  }
});

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}
var init_struct = __esm({
  "node_modules/smol-toml/dist/struct.js"() {
    init_primitive();
    init_extract();
    init_util();
    init_error();
  }
});

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}
var init_parse = __esm({
  "node_modules/smol-toml/dist/parse.js"() {
    init_struct();
    init_extract();
    init_util();
    init_error();
  }
});

// node_modules/smol-toml/dist/stringify.js
function extendedTypeOf(obj) {
  let type = typeof obj;
  if (type === "object") {
    if (Array.isArray(obj))
      return "array";
    if (typeof obj.getUTCDate === "function" && obj instanceof Date)
      return "date";
    if (globalThis.Temporal) {
      if (obj.until) {
        if (obj instanceof Temporal.ZonedDateTime)
          return "temporal/tz+uc";
        if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
          return "temporal/uc";
        if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
          return "temporal";
        if (obj instanceof Temporal.PlainYearMonth)
          return "temporal/x";
      } else if (obj.toPlainDate && obj instanceof Temporal.PlainMonthDay || obj.negated && obj instanceof Temporal.Duration) {
        return "temporal/x";
      }
    }
  }
  return type;
}
function isArrayOfTables(obj) {
  for (let i = 0; i < obj.length; i++) {
    if (extendedTypeOf(obj[i]) !== "object")
      return false;
  }
  return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
  return JSON.stringify(s).replaceAll("", "\\u007f");
}
function formatString(s) {
  return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
  if (BARE_KEY.test(s))
    return s;
  if (HAS_WELLFORMED && !s.isWellFormed())
    throw new RangeError("key contains illegal lone surrogates");
  return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
  if (depth === 0) {
    throw new Error("Could not stringify the object: maximum object depth exceeded");
  }
  switch (type) {
    // @ts-expect-error -- intentional fallthrough case
    case "number":
      if (isNaN(val))
        return "nan";
      if (val === Infinity)
        return "inf";
      if (val === -Infinity)
        return "-inf";
      if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
        return val.toFixed(1);
    case "bigint":
    case "boolean":
    case "temporal":
      return val.toString();
    case "string":
      return formatString(val);
    case "date":
      if (isNaN(val.getTime()))
        throw new TypeError("cannot serialize invalid date");
      return val.toISOString();
    case "object":
      return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
    case "array":
      return stringifyArray(val, depth, numberAsFloat, strictTemporal);
    // @ts-expect-error -- intentional fallthrough case
    case "temporal/tz+uc":
      if (strictTemporal) {
        let tz = val.timeZoneId;
        let tzc = tz.charCodeAt(0);
        if (
          // Classic offset
          tzc !== 43 && tzc !== 45 && // Fast pre-check pass; see below for the actually accepted values
          (tzc !== 85 && tzc !== 71 && tzc !== 90 && tzc !== 69 || // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
          tz !== "UTC" && tz !== "UCT" && tz !== "Universal" && tz !== "Zulu" && // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
          !tz.startsWith("GMT") && tz !== "Greenwich" && // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
          !tz.startsWith("Etc/"))
        ) {
          throw new TypeError("Temporal objects with an IANA timezone are not allowed in Temporal strict mode");
        }
      }
    case "temporal/uc":
      if (strictTemporal && val.calendarId !== "iso8601")
        throw new TypeError("Temporal objects with a non-default calendar are not allowed in Temporal strict mode");
      return val.toString({
        calendarName: "never",
        timeZoneName: "never"
      });
    case "temporal/x":
      throw new TypeError("Unsupported " + val[Symbol.toStringTag]);
  }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
  let keys = Object.keys(obj);
  if (keys.length === 0)
    return "{}";
  let res = "{ ";
  for (let i = 0; i < keys.length; i++) {
    let k = keys[i];
    if (i)
      res += ", ";
    res += formatKey(k) + " = " + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
  }
  return res + " }";
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
  if (array.length === 0)
    return "[]";
  let res = "[ ";
  for (let i = 0; i < array.length; i++) {
    if (i)
      res += ", ";
    if (array[i] === null || array[i] === void 0) {
      throw new TypeError("arrays cannot contain null or undefined values");
    }
    res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
  }
  return res + " ]";
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
  if (depth === 0) {
    throw new Error("Could not stringify the object: maximum object depth exceeded");
  }
  let res = "";
  for (let i = 0; i < array.length; i++) {
    res += `${res && "\n"}[[${key}]]
`;
    res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
  }
  return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
  if (depth === 0) {
    throw new Error("Could not stringify the object: maximum object depth exceeded");
  }
  let preamble = "";
  let tables = "";
  let keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    let k = keys[i];
    if (obj[k] !== null && obj[k] !== void 0) {
      let type = extendedTypeOf(obj[k]);
      if (type === "symbol" || type === "function") {
        throw new TypeError(`cannot serialize values of type '${type}'`);
      }
      let key = formatKey(k);
      if (type === "array" && isArrayOfTables(obj[k])) {
        tables += (tables && "\n") + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
      } else if (type === "object") {
        let tblKey = prefix ? `${prefix}.${key}` : key;
        tables += (tables && "\n") + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
      } else {
        preamble += key;
        preamble += " = ";
        preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
        preamble += "\n";
      }
    }
  }
  if (tableKey && (preamble || !tables))
    preamble = preamble ? `[${tableKey}]
${preamble}` : `[${tableKey}]`;
  return preamble && tables ? `${preamble}
${tables}` : preamble || tables;
}
function stringify(obj, { maxDepth = 1e3, numbersAsFloat = false, strictTemporal = false } = {}) {
  if (extendedTypeOf(obj) !== "object") {
    throw new TypeError("stringify can only be called with an object");
  }
  let str = stringifyTable(0, obj, "", maxDepth, numbersAsFloat, strictTemporal);
  if (str[str.length - 1] !== "\n")
    return str + "\n";
  return str;
}
var BARE_KEY, HAS_WELLFORMED;
var init_stringify = __esm({
  "node_modules/smol-toml/dist/stringify.js"() {
    BARE_KEY = /^[a-z0-9-_]+$/i;
    HAS_WELLFORMED = !!"".isWellFormed;
  }
});

// node_modules/smol-toml/dist/index.js
var dist_exports = {};
__export(dist_exports, {
  TomlDate: () => TomlDate,
  TomlError: () => TomlError,
  default: () => dist_default,
  parse: () => parse,
  stringify: () => stringify
});
var dist_default;
var init_dist = __esm({
  "node_modules/smol-toml/dist/index.js"() {
    init_parse();
    init_stringify();
    init_date();
    init_error();
    dist_default = { parse, stringify, TomlDate, TomlError };
  }
});

// bundle-of:src/alembic/config-candidate.cts
var require_config_candidate = __commonJS({
  "bundle-of:src/alembic/config-candidate.cts"(exports2, module2) {
    module2.exports = require("./migcheck.cjs").__modules["alembic/config-candidate"];
  }
});

// bundle-of:src/fs/install-root.ts
var require_install_root = __commonJS({
  "bundle-of:src/fs/install-root.ts"(exports2, module2) {
    module2.exports = require("./migcheck.cjs").__modules["fs/install-root"];
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
var import_node_path6 = require("node:path");
var import_errors12 = __toESM(require_errors(), 1);
var import_messages15 = __toESM(require_messages(), 1);

// src/git/run-git.ts
var import_node_fs = require("node:fs");
var import_errors = __toESM(require_errors(), 1);
var import_messages = __toESM(require_messages(), 1);
var import_git_process = __toESM(require_git_process(), 1);
var import_git_process2 = __toESM(require_git_process(), 1);
var GitError = class extends import_errors.MigcheckError {
  args;
  code;
  stderr;
  constructor(args, code, stderr) {
    super((0, import_messages.gitFailed)(args, stderr));
    this.name = "GitError";
    this.args = args;
    this.code = code;
    this.stderr = stderr;
  }
};
function spawnFailure(error, cwd) {
  const code = error?.code;
  if (code === "ENOENT" && cwd !== void 0 && !(0, import_node_fs.existsSync)(cwd)) return new import_errors.MigcheckError((0, import_messages.directoryNotFound)(cwd), { cause: error });
  if (code === "ENOENT") return new import_errors.MigcheckError(import_messages.GIT_NOT_FOUND, { hint: import_messages.GIT_NOT_FOUND_HINT, cause: error });
  return new import_errors.MigcheckError((0, import_messages.gitFailed)(["(start)"], String(error?.message ?? error)), { cause: error });
}
function runGit(context, args, options = {}) {
  return new Promise((resolve4, reject) => {
    let child;
    try {
      child = (0, import_git_process.spawnGit)(context, args);
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

// src/git/open-repository.ts
var import_errors3 = __toESM(require_errors(), 1);
var import_messages3 = __toESM(require_messages(), 1);

// src/git/argv.ts
var import_errors2 = __toESM(require_errors(), 1);
var import_messages2 = __toESM(require_messages(), 1);
var import_staged_paths = __toESM(require_staged_paths(), 1);
function validateRef(ref, what = "ref") {
  if (ref === "" || ref.startsWith("-") || /[\u0000-\u001f\u007f]/.test(ref)) {
    throw new import_errors2.MigcheckError((0, import_messages2.badRef)(what, ref), { hint: import_messages2.BAD_REF_HINT });
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
      throw new import_errors3.MigcheckError((0, import_messages3.notARepository)(cwd), { hint: import_messages3.NOT_A_REPOSITORY_HINT });
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

// src/git/index.ts
var import_staged_paths2 = __toESM(require_staged_paths(), 1);

// src/git/refs.ts
var import_errors4 = __toESM(require_errors(), 1);
var import_messages4 = __toESM(require_messages(), 1);

// src/git/blob-reader.ts
var import_errors5 = __toESM(require_errors(), 1);
var import_messages5 = __toESM(require_messages(), 1);

// src/config/load-config.ts
var import_promises = require("node:fs/promises");
var import_node_path = require("node:path");
var import_errors7 = __toESM(require_errors(), 1);
var import_messages7 = __toESM(require_messages(), 1);

// src/config/validate-config.ts
var import_errors6 = __toESM(require_errors(), 1);
var import_messages6 = __toESM(require_messages(), 1);

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
  "unresolved-label": true
};
var FINDING_CODES = Object.keys(CODES);
function isFindingCode(value) {
  return Object.hasOwn(CODES, value);
}

// src/config/validate-config.ts
var TOP_KEYS = ["target", "environments", "severity", "ignore", "allowedHeads", "fetchTarget"];
var ENVIRONMENT_KEYS = ["dir", "allowedHeads"];
var SEVERITIES = ["error", "warning", "off"];
function validateConfig(raw, source) {
  const fail = (key, problem) => {
    throw new import_errors6.MigcheckError((0, import_messages6.configInvalid)(source, key, problem), { hint: import_messages6.CONFIG_KEYS_HINT });
  };
  const table = asTable(raw, "the migcheck settings", fail);
  checkKeys(table, TOP_KEYS, "", fail);
  const config = { source, severity: {}, ignore: [], allowedHeads: [] };
  if (table.target !== void 0) config.target = nonEmptyString(table.target, "target", fail);
  if (table.fetchTarget !== void 0) {
    if (typeof table.fetchTarget !== "boolean") fail("fetchTarget", `must be true or false, not ${describe(table.fetchTarget)}`);
    config.fetchTarget = table.fetchTarget;
  }
  if (table.environments !== void 0) config.environments = environments(table.environments, fail);
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
  return config;
}
function environments(value, fail) {
  if (!Array.isArray(value)) return fail("environments", `must be a list of versions directories or {dir, allowedHeads} tables, not ${describe(value)}`);
  return value.map((item, i) => {
    const key = `environments[${i}]`;
    if (typeof item === "string") return { versionLocations: [repoPath(item, key, fail)], allowedHeads: [] };
    const table = asTable(item, key, fail);
    checkKeys(table, ENVIRONMENT_KEYS, `${key}.`, fail);
    if (table.dir === void 0) fail(`${key}.dir`, "is missing (the versions directory, or a list of them)");
    const dirs = typeof table.dir === "string" ? [table.dir] : stringList(table.dir, `${key}.dir`, fail);
    if (dirs.length === 0) fail(`${key}.dir`, "must name at least one versions directory");
    return {
      versionLocations: dirs.map((d, j) => repoPath(d, typeof table.dir === "string" ? `${key}.dir` : `${key}.dir[${j}]`, fail)),
      allowedHeads: table.allowedHeads === void 0 ? [] : stringList(table.allowedHeads, `${key}.allowedHeads`, fail)
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
    if (text === void 0) throw new import_errors7.MigcheckError((0, import_messages7.configMissing)(options.explicitPath), { hint: import_messages7.CONFIG_MISSING_HINT });
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
    throw new import_errors7.MigcheckError((0, import_messages7.configUnreadable)(shown, error.message), { cause: error });
  }
}
async function parseToml(text, shown) {
  const { parse: parse2 } = await Promise.resolve().then(() => (init_dist(), dist_exports));
  try {
    return parse2(text);
  } catch (error) {
    throw new import_errors7.MigcheckError((0, import_messages7.configUnreadable)(shown, error.message.split("\n")[0]), { cause: error });
  }
}
async function readText(path) {
  try {
    return await (0, import_promises.readFile)(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return void 0;
    throw new import_errors7.MigcheckError((0, import_messages7.configUnreadable)(path, error.message), { cause: error });
  }
}
function displayPath(repoRoot, path) {
  const rel = (0, import_node_path.relative)(repoRoot, path);
  return rel && !rel.startsWith("..") && !(0, import_node_path.isAbsolute)(rel) ? rel.split("\\").join("/") : path;
}

// src/trees/discover-environments.ts
var import_promises2 = require("node:fs/promises");
var import_node_path2 = require("node:path");
var import_errors8 = __toESM(require_errors(), 1);
var import_messages10 = __toESM(require_messages(), 1);

// src/alembic/environments-from-configs.ts
var import_messages9 = __toESM(require_messages(), 1);

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
var import_messages8 = __toESM(require_messages(), 1);
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
function asBool(value) {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  return typeof value === "string" && ["true", "yes", "on", "y", "t", "1"].includes(value.trim().toLowerCase());
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
  const scriptValue = asText(options.get("script_location"));
  let scriptLocation;
  if (scriptValue !== void 0 && scriptValue.trim() !== "") {
    const resolved = resolveScriptLocation(folder, scriptValue.trim(), input.isScriptDirectory);
    if ("packageNotFound" in resolved) return { problems: [(0, import_messages8.packageLocationNotFound)(config, scriptValue)] };
    if ("outside" in resolved) return { problems: [(0, import_messages8.locationOutsideRepository)(config, `script_location ${scriptValue}`)] };
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
      const separator = asText(options.get("path_separator")) ?? asText(options.get("version_path_separator"));
      items = splitVersionLocations(String(raw), separator?.trim(), input.osPathSeparator);
      if (items === void 0) return { problems: [(0, import_messages8.badPathSeparator)(config, separator ?? "")] };
    }
    locations = [];
    for (const item of items) {
      const location = resolveLocation(folder, item);
      if (location === void 0) problems.push((0, import_messages8.locationOutsideRepository)(config, `version location ${item}`));
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
    recursive: asBool(options.get("recursive_version_locations")),
    sourceless: asBool(options.get("sourceless")),
    fileTemplate: asText(options.get("file_template")) ?? DEFAULT_FILE_TEMPLATE,
    truncateSlugLength: Number.isFinite(truncate) ? truncate : DEFAULT_TRUNCATE_SLUG_LENGTH,
    ...timezone ? { timezone } : {}
  };
  return { environment, problems };
}

// src/alembic/environments-from-configs.ts
var import_config_candidate = __toESM(require_config_candidate(), 1);
var basename2 = (path) => path.slice(path.lastIndexOf("/") + 1);
function iniSources(file, problems) {
  const isAlembicIni = basename2(file.path) === "alembic.ini";
  if (!isAlembicIni && !/^\s*\[alembic\]/m.test(file.text)) return [];
  let ini;
  try {
    ini = parseIni(file.text);
  } catch (error) {
    problems.push((0, import_messages9.alembicConfigUnreadable)(file.path, error.message));
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
        problems.push(problem.kind === "missing" ? (0, import_messages9.interpolationMissing)(file.path, key, problem.name) : (0, import_messages9.interpolationSyntax)(file.path, key, own.get(key) ?? ""));
        broken = true;
      }
    }
    if (!broken) sources.push({ config: file.path, section, options, lacksScriptLocation: !options.has("script_location") });
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
    problems.push((0, import_messages9.alembicConfigUnreadable)(file.path, String(error.message).split("\n")[0] ?? ""));
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
  return { config: file.path, section: "tool.alembic", options, lacksScriptLocation: !options.has("script_location") };
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
        sources.push({ ...fromToml ? toml : source, options: merged, lacksScriptLocation: !merged.has("script_location") });
      } else {
        sources.push(source);
      }
    }
  }
  for (const toml of tomlByFolder.values()) if (!usedToml.has(toml)) sources.push(toml);
  const environments2 = [];
  const seen = /* @__PURE__ */ new Set();
  for (const source of sources) {
    const folder = folderOf(source.config);
    let defaultScriptLocation;
    if (source.lacksScriptLocation) {
      if (source.section === "alembic" && source.config.endsWith(".ini") && scriptDirectories.has(folder)) defaultScriptLocation = folder;
      else {
        problems.push((0, import_messages9.scriptLocationMissing)(source.config, source.section));
        continue;
      }
    }
    const result = environmentFromOptions({
      config: source.config,
      section: source.section,
      options: source.options,
      defaultScriptLocation,
      isScriptDirectory: (dir) => scriptDirectories.has(dir),
      osPathSeparator: options.osPathSeparator
    });
    problems.push(...result.problems);
    const environment = result.environment;
    if (!environment) continue;
    const key = `${environment.recursive}\0${environment.versionLocations.join("\0")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    environments2.push(environment);
  }
  return { environments: environments2, problems };
}

// src/trees/discover-environments.ts
var basename3 = (path) => path.slice(path.lastIndexOf("/") + 1);
function configEntries(entries) {
  const configs = entries.filter((entry) => (0, import_config_candidate.isConfigCandidate)(entry.path) && entry.mode !== "120000");
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
var import_errors9 = __toESM(require_errors(), 1);
var import_messages11 = __toESM(require_messages(), 1);
function repositoryRelativeDir(dir, root, cwd) {
  const rel = (0, import_node_path3.relative)(root, (0, import_node_path3.resolve)(cwd, dir));
  if (rel === ".." || rel.startsWith(`..${import_node_path3.sep}`) || (0, import_node_path3.isAbsolute)(rel)) {
    throw new import_errors9.MigcheckError((0, import_messages11.locationOutsideRepository)("--dir", dir));
  }
  return rel.split(import_node_path3.sep).join("/");
}
function environmentsFromDirs(dirs, options) {
  const seen = /* @__PURE__ */ new Set();
  const environments2 = [];
  for (const dir of dirs) {
    const location = repositoryRelativeDir(dir, options.root, options.cwd);
    if (seen.has(location)) continue;
    seen.add(location);
    const isVersions = location.slice(location.lastIndexOf("/") + 1) === "versions";
    environments2.push({
      ...isVersions ? { scriptLocation: folderOf(location) } : {},
      versionLocations: [location],
      recursive: false,
      sourceless: false,
      fileTemplate: DEFAULT_FILE_TEMPLATE,
      truncateSlugLength: DEFAULT_TRUNCATE_SLUG_LENGTH
    });
  }
  return environments2;
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
var import_node_path5 = require("node:path");
var import_install_root = __toESM(require_install_root(), 1);
var import_messages12 = __toESM(require_messages(), 1);
var HOOK_NAMES = ["pre-commit", "pre-push"];
var HOOK_MARKER = "# migcheck-managed hook";
var CHAINED_SUFFIX = ".migcheck-chained";
var INSTALL_ROOT = (0, import_install_root.installRoot)();
var MIGCHECK_JS = (0, import_node_path5.join)(INSTALL_ROOT, "bin", "migcheck.js");
function readHookTemplate(hook) {
  return (0, import_promises4.readFile)((0, import_node_path5.join)(INSTALL_ROOT, "hooks", hook), "utf8");
}
function renderHookScript(template, values) {
  const replacements = {
    "@MIGCHECK_JS@": shellQuote(values.migcheckJs),
    "@NODE@": shellQuote(values.node),
    "@NOT_FOUND@": shellQuote((0, import_messages12.hookCannotFindMigcheck)(values.hook, values.migcheckJs)),
    // A comment line: newlines must not escape it.
    "@REMOVE@": (0, import_messages12.hookRemoval)(values.hookPath, `${values.hookPath}${CHAINED_SUFFIX}`).replace(/[\r\n]/g, " ")
  };
  return template.replace(/@[A-Z_]+@/g, (name) => replacements[name] ?? name);
}
function shellQuote(value) {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

// src/hooks/plan-husky.ts
var import_errors10 = __toESM(require_errors(), 1);
var import_messages13 = __toESM(require_messages(), 1);

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
    throw new import_errors10.MigcheckError((0, import_messages13.initBadJson)("package.json", error.message));
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
      packageWhat.push(import_messages13.INIT_WHAT.devDependencies(missing));
    }
    const scripts = objectAt(pkg, "scripts");
    const prepare = scripts.prepare;
    if (typeof prepare !== "string" || !/\bhusky\b/.test(prepare)) {
      scripts.prepare = typeof prepare === "string" && prepare.trim() !== "" ? `${prepare} && husky` : "husky";
      pkg.scripts = scripts;
      packageWhat.push(import_messages13.INIT_WHAT.prepare(scripts.prepare));
    }
    if (entryInPackage) {
      const config = pkg["lint-staged"] ?? {};
      if (typeof config === "object" && config !== null && !Array.isArray(config)) {
        if (!JSON.stringify(config).includes("migcheck")) {
          config[state.glob] = LINT_STAGED_COMMAND;
          pkg["lint-staged"] = config;
          packageWhat.push(import_messages13.INIT_WHAT.lintStagedEntry(state.glob));
        }
      } else {
        notes.push((0, import_messages13.initLintStagedManual)('package.json "lint-staged"', state.glob));
      }
    }
  });
  if (newPackage !== packageText) {
    changes.push({ kind: "write", path: at("package.json"), shown: "package.json", before: packageText, content: newPackage, executable: false, what: packageWhat });
  }
  if (!entryInPackage && lintStagedFile) {
    const change = planLintStagedFile(lintStagedFile, state.files[lintStagedFile], state.glob);
    if (change === "manual") notes.push((0, import_messages13.initLintStagedManual)(lintStagedFile, state.glob));
    else if (change !== void 0) changes.push({ kind: "write", path: at(lintStagedFile), shown: lintStagedFile, before: state.files[lintStagedFile], content: change, executable: false, what: [import_messages13.INIT_WHAT.lintStagedEntry(state.glob)] });
  }
  for (const [path, line, present, what] of [
    [".husky/pre-commit", HUSKY_PRE_COMMIT_LINE, /\blint-staged\b/, import_messages13.INIT_WHAT.huskyPreCommit],
    [".husky/pre-push", HUSKY_PRE_PUSH_LINE, /\bmigcheck\b[^\n]*\bpre-push\b/, import_messages13.INIT_WHAT.huskyPrePush]
  ]) {
    const current = state.files[path];
    if (current !== void 0 && present.test(current)) continue;
    changes.push({ kind: "write", path: at(path), shown: path, before: current, content: appendLine(current ?? "", line), executable: false, what: [what] });
  }
  if (!hasDependency("migcheck")) notes.push(import_messages13.INIT_ADD_MIGCHECK);
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
  const found = value[key];
  return typeof found === "object" && found !== null && !Array.isArray(found) ? found : {};
}
function sortKeys(map) {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b, "en")));
}

// src/hooks/plan-plain-hooks.ts
var import_errors11 = __toESM(require_errors(), 1);
var import_messages14 = __toESM(require_messages(), 1);
function planPlainHooks(where, hooks) {
  const changes = [];
  for (const name of HOOK_NAMES) {
    const hook = hooks[name];
    if (hook.current === hook.script) continue;
    if (hook.current !== void 0 && hook.current.includes(HOOK_MARKER)) {
      changes.push({ kind: "write", path: hook.path, shown: hook.shown, before: hook.current, content: hook.script, executable: true, what: [import_messages14.INIT_WHAT.refreshHook(name)] });
      continue;
    }
    if (hook.current !== void 0) {
      if (hook.chainedExists) throw new import_errors11.MigcheckError((0, import_messages14.initChainTaken)(hook.shown, `${hook.shown}${CHAINED_SUFFIX}`), { hint: import_messages14.INIT_CHAIN_TAKEN_HINT });
      changes.push({ kind: "rename", path: hook.path, shown: hook.shown, to: `${hook.path}${CHAINED_SUFFIX}`, toShown: `${hook.shown}${CHAINED_SUFFIX}`, what: [import_messages14.INIT_WHAT.chain(name)] });
    }
    changes.push({ kind: "write", path: hook.path, shown: hook.shown, before: void 0, content: hook.script, executable: true, what: [import_messages14.INIT_WHAT.plainHook(name)] });
  }
  const removal = HOOK_NAMES.map((name) => (0, import_messages14.hookRemoval)(hooks[name].shown, `${hooks[name].shown}${CHAINED_SUFFIX}`));
  return { mode: "plain", where, changes, notes: changes.length > 0 ? [(0, import_messages14.initPlainRemoval)(removal)] : [] };
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
    io.stdout((0, import_messages15.preCommitSnippet)(preCommitFilesPattern(dirs)));
    return 0;
  }
  if (repo.isBare) throw new import_errors12.MigcheckError(import_messages15.INIT_BARE);
  const plan = await exists((0, import_node_path6.join)(repo.root, "package.json")) ? await huskyPlan(repo, dirs) : await plainPlan(repo);
  io.stdout(`${(0, import_messages15.initMode)(plan.mode, dryRun, plan.where)}
`);
  if (plan.changes.length === 0) io.stdout(`${import_messages15.INIT_NOTHING_TO_DO}
`);
  for (const change of plan.changes) {
    const verb = change.kind === "rename" ? "rename" : change.before === void 0 ? "create" : "update";
    const shown = change.kind === "rename" ? `${change.shown} -> ${change.toShown}` : change.shown;
    for (const what of change.what) io.stdout(`${(0, import_messages15.initChange)(verb, shown, what, dryRun)}
`);
  }
  if (!dryRun) await applyInitPlan(plan);
  for (const note of plan.notes) io.stdout(`${note}
`);
  if (dryRun) io.stdout(`${import_messages15.INIT_DRY_RUN_DONE}
`);
  return 0;
}
async function huskyPlan(repo, dirs) {
  const files = {};
  for (const path of ["package.json", ".husky/pre-commit", ".husky/pre-push", ...LINT_STAGED_FILES]) {
    files[path] = await readOptional((0, import_node_path6.join)(repo.root, path));
  }
  const plan = planHusky({ root: repo.root, files, glob: lintStagedGlob(dirs) });
  if (plan.changes.some((c) => c.shown === "package.json")) {
    plan.notes.unshift(import_messages15.INIT_RUN_NPM_INSTALL);
  } else {
    const hooksPath = await runGit(repo, ["config", "--get", "core.hooksPath"], { allowExit: [1] });
    if (!/(^|\/)\.husky(\/_)?\/?$/.test(hooksPath.stdout.trim())) plan.notes.unshift(import_messages15.INIT_RUN_HUSKY);
  }
  return plan;
}
async function plainPlan(repo) {
  const gitPath = await runGit(repo, ["rev-parse", "--git-path", "hooks"]);
  const hooksDir = (0, import_node_path6.resolve)(repo.root, gitPath.stdout.trim());
  const where = shownPath(repo.root, hooksDir);
  const hooks = {};
  for (const hook of HOOK_NAMES) {
    const path = (0, import_node_path6.join)(hooksDir, hook);
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
  const found = await discoverEnvironments(repo, { kind: "worktree" }, void 0);
  return found.environments.flatMap((e) => e.versionLocations);
}
function shownPath(root, path) {
  const rel = (0, import_node_path6.relative)(root, path);
  return rel && !rel.startsWith("..") && !(0, import_node_path6.isAbsolute)(rel) ? rel.split("\\").join("/") : path;
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
/*! Bundled license information:

smol-toml/dist/error.js:
smol-toml/dist/primitive.js:
smol-toml/dist/date.js:
smol-toml/dist/extract.js:
smol-toml/dist/util.js:
smol-toml/dist/struct.js:
smol-toml/dist/parse.js:
smol-toml/dist/stringify.js:
smol-toml/dist/index.js:
  (*!
   * Copyright (c) Squirrel Chat et al., All rights reserved.
   * SPDX-License-Identifier: BSD-3-Clause
   *
   * Redistribution and use in source and binary forms, with or without
   * modification, are permitted provided that the following conditions are met:
   *
   * 1. Redistributions of source code must retain the above copyright notice, this
   *    list of conditions and the following disclaimer.
   * 2. Redistributions in binary form must reproduce the above copyright notice,
   *    this list of conditions and the following disclaimer in the
   *    documentation and/or other materials provided with the distribution.
   * 3. Neither the name of the copyright holder nor the names of its contributors
   *    may be used to endorse or promote products derived from this software without
   *    specific prior written permission.
   *
   * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
   * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
   * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
   * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
   * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
   * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
   * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
   * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
   * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
   * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
   *)
*/
