/**
 * Bytes ⇄ text for revision files, lossless in both directions so an edit can be spliced into
 * the text and written back changing nothing but the splice.
 */
import { MigcheckError } from '../errors.js';
import { latin1Unencodable } from '../messages.js';
import type { DecodedSource } from '../types.js';

// PEP 263: the cookie sits on line 1, or on line 2 when line 1 is a comment or blank.
const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const BLANK_OR_COMMENT = /^[ \t\f]*(?:#.*)?$/;
// Python's `get_normal_name` folds these spellings onto iso-8859-1; cp1252 shares its bytes for
// everything an identifier can hold, and decoding it 1:1 keeps the round trip exact.
const LATIN1_NAMES = /^(?:latin[-_]?1|iso[-_]?8859[-_]?1|iso[-_]?latin[-_]?1|l1|cp1252|windows[-_]1252|cp819)(?:[-_].*)?$/i;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/** The coding cookie's encoding name, if the first two lines carry one. */
function cookieName(bytes: Uint8Array): string | undefined {
  // The cookie is ASCII by definition; look at the first two lines only, and only when they hold
  // a `#` at all (nearly no revision file has a cookie: no strings are built for them).
  let hash = false;
  for (let i = 0, newlines = 0; i < bytes.length && newlines < 2 && !hash; i++) {
    if (bytes[i] === 0x0a) newlines++;
    else hash = bytes[i] === 0x23;
  }
  if (!hash) return undefined;
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length && lines.length < 2; i++) {
    if (bytes[i] === 0x0a || i === bytes.length - 1) {
      const end = bytes[i] === 0x0a ? i : i + 1;
      lines.push(latin1Slice(bytes, start, end).replace(/\r$/, ''));
      start = i + 1;
    }
  }
  const first = (lines[0] ?? '').replace(/^\u00ef\u00bb\u00bf/, '');
  const hit = COOKIE.exec(first) ?? (BLANK_OR_COMMENT.test(first) ? COOKIE.exec(lines[1] ?? '') : null);
  return hit?.[1];
}

function latin1Slice(bytes: Uint8Array, start: number, end: number): string {
  let out = '';
  // Chunks keep `fromCharCode.apply` under the engine's argument limit.
  for (let i = start; i < end; i += 8192) {
    out += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, Math.min(end, i + 8192))));
  }
  return out;
}

/**
 * Decodes a revision file: UTF-8 when the bytes are valid UTF-8 (a BOM stays in the text as
 * U+FEFF), otherwise — or when a PEP 263 cookie names latin-1/iso-8859-1/cp1252 — latin-1, one
 * character per byte. `encodeSource(decodeSource(b))` always equals `b`.
 */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  const cookie = cookieName(bytes);
  if (cookie === undefined || !LATIN1_NAMES.test(cookie)) {
    try {
      return { text: utf8.decode(bytes), encoding: 'utf8' };
    } catch {
      // Not UTF-8: fall through to the lossless 1:1 decoding.
    }
  }
  return { text: latin1Slice(bytes, 0, bytes.length), encoding: 'latin1' };
}

/**
 * Encodes text back with the encoding it was decoded with. Throws a MigcheckError when a latin-1
 * file would have to hold a character above U+00FF (an edit never inserts one for ASCII ids).
 */
export function encodeSource(src: DecodedSource): Uint8Array {
  if (src.encoding === 'utf8') return encoder.encode(src.text);
  const out = new Uint8Array(src.text.length);
  for (let i = 0; i < src.text.length; i++) {
    const code = src.text.charCodeAt(i);
    if (code > 0xff) throw new MigcheckError(latin1Unencodable(src.text.codePointAt(i)!));
    out[i] = code;
  }
  return out;
}
