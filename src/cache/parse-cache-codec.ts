/**
 * A compact text form for the parse cache's common case: a revision file whose four values are
 * plain string literals and which has no problems (nearly every file of a real history). Stored
 * as one string instead of a nested object, the cache is ~3× smaller and a warm 10,000-file run
 * spends a fraction of the time in JSON.parse and the garbage collector. Anything else stays in
 * the full object form: encodeParse only returns a string that decodes back to exactly the same
 * value (checked on every encode), so the form can never change a result.
 */
import type { RevisionField, RevisionFile, ValueItem, ValueSite } from '../core/types.js';

/** A parse as the cache stores it: everything but the path and the blob id (built here, so writable). */
export type StoredParse = { -readonly [K in keyof Omit<RevisionFile, 'path' | 'blob'>]: RevisionFile[K] };

const MARK = 'c1';
const FIELD = '\t';
const ITEM = '\x1f';
const FIELDS: readonly RevisionField[] = ['revision', 'down_revision', 'branch_labels', 'depends_on'];

const stringsOf = (items: RevisionFile['branchLabels']): string[] | undefined =>
  items.every((item) => item.kind === 'string') ? items.map((item) => (item as { value: string }).value) : undefined;

const list = (text: string): string[] => (text === '' ? [] : text.split(ITEM));

function encodeSite(site: ValueSite | undefined): string | undefined {
  if (site === undefined) return '';
  if (site.items === undefined) return undefined;
  const values = stringsOf(site.items);
  if (values === undefined) return undefined;
  return [site.line, site.span.start, site.span.end, site.span.line, site.scalar ? 1 : 0, site.text, ...values].join(ITEM);
}

/** A stored number; NaN (a damaged string) makes the whole decode fail. */
const count = (text: string | undefined): number => {
  const n = Number(text);
  if (text === '' || !Number.isSafeInteger(n)) throw new RangeError('not a stored number');
  return n;
};

/** A stored site's line, span and scalar flag: what decodeSite's numbers need to hold. */
const SITE_HEADER = /^\d{1,15}\x1f\d{1,15}\x1f\d{1,15}\x1f\d{1,15}\x1f[01]\x1f/;

/** A stored `revises` span: what decodeRevises's numbers need to hold. */
const REVISES_HEADER = /^\d{1,15}\x1f\d{1,15}\x1f\d{1,15}(?:\x1f|$)/;

/** Replaces a lazy getter by its value (an ordinary property from then on, in the same place). */
function settle<K extends 'sites' | 'revises'>(parse: StoredParse, key: K, value: StoredParse[K]): StoredParse[K] {
  Object.defineProperty(parse, key, { value, enumerable: true, writable: true, configurable: true });
  return value;
}

/** The `sites` of a decoded parse: decoded from its compact string when first read. */
const LAZY_SITES: PropertyDescriptor = {
  get(this: StoredParse) {
    const parts = encodings.get(this)!.split(FIELD);
    return settle(this, 'sites', decodeSites(parts[6]!, parts[7]!, parts[8]!, parts[9]!));
  },
  enumerable: true,
  configurable: true,
};

/**
 * The `revises` of a decoded parse, the same way: only edits and files without a blob read it,
 * and decoding it for every file held three objects and a string each (~6 MB at 50,000 files).
 */
const LAZY_REVISES: PropertyDescriptor = {
  get(this: StoredParse) {
    return settle(this, 'revises', decodeRevises(encodings.get(this)!.split(FIELD)[10]!));
  },
  enumerable: true,
  configurable: true,
};

/**
 * The three revision sources as the literals themselves: a decoded parse then holds one shared
 * string, not a copy cut from its compact string (50,000 copies at 50,000 files).
 */
const SOURCES = new Map<string, StoredParse['revisionSource']>([['variable', 'variable'], ['filename', 'filename'], ['none', 'none']]);

/** The empty label and depends_on list most files have, shared (never mutated, so frozen). */
const NO_ITEMS = Object.freeze([]) as unknown as ValueItem[];
/** The empty problem list every compact parse has, shared the same way. */
const NO_PROBLEMS = Object.freeze([]) as unknown as StoredParse['problems'];

function decodeSites(s0: string, s1: string, s2: string, s3: string): StoredParse['sites'] {
  const sites: StoredParse['sites'] = {};
  if (s0 !== '') sites.revision = decodeSite('revision', s0);
  if (s1 !== '') sites.down_revision = decodeSite('down_revision', s1);
  if (s2 !== '') sites.branch_labels = decodeSite('branch_labels', s2);
  if (s3 !== '') sites.depends_on = decodeSite('depends_on', s3);
  return sites;
}

function decodeRevises(text: string): NonNullable<StoredParse['revises']> {
  const [start, end, line, value = ''] = text.split(ITEM);
  return { span: { start: count(start), end: count(end), line: count(line) }, text: value };
}

function decodeSite(field: RevisionField, text: string): ValueSite {
  const [line, start, end, spanLine, scalar, valueText = '', ...values] = text.split(ITEM);
  return {
    field,
    line: count(line),
    span: { start: count(start), end: count(end), line: count(spanLine) },
    text: valueText,
    items: values.map((value) => ({ kind: 'string', value })),
    scalar: scalar === '1',
  };
}

// The compact string each parse object came from or was stored as (decodeParse and the parse
// cache record it), so a tree snapshot of the same objects never encodes and checks them again:
// that check is most of what encoding costs.
const encodings = new WeakMap<object, string>();

/** Records that `file` (a parse object never changed after reading) is stored as `encoded`. */
export function rememberEncoding(file: object, encoded: string): void {
  encodings.set(file, encoded);
}

/** The compact string of a parse object, from what decodeParse and the cache recorded, else encodeParse. */
export function encodingOf(file: RevisionFile): string | undefined {
  const known = encodings.get(file);
  if (known !== undefined) return known;
  const { path: _path, blob: _blob, ...parse } = file;
  return encodeParse(parse);
}

/** The compact string of a parse, or undefined when only the full form holds it exactly. */
export function encodeParse(parse: StoredParse): string | undefined {
  if (parse.problems.length > 0 || parse.revision === undefined || parse.downRevisions === undefined) return undefined;
  const labels = stringsOf(parse.branchLabels);
  const depends = stringsOf(parse.dependsOn);
  if (!labels || !depends) return undefined;
  const sites: string[] = [];
  for (const field of FIELDS) {
    const site = encodeSite(parse.sites[field]);
    if (site === undefined) return undefined;
    sites.push(site);
  }
  const revises = parse.revises ? [parse.revises.span.start, parse.revises.span.end, parse.revises.span.line, parse.revises.text].join(ITEM) : '';
  const encoded = [MARK, parse.revision, parse.revisionSource, parse.downRevisions.join(ITEM), labels.join(ITEM), depends.join(ITEM), ...sites, revises].join(FIELD);
  // Separators inside values, an unusual key order, an extra property: all fail this comparison.
  // It is made with the whole decoding at once (decodedWhole): reading decodeParse's lazy fields
  // replaced each getter by its value, which cost more than the comparison itself (a quarter of
  // a parse worker's time at 50,000 files).
  return sameAsJson(decodedWhole(encoded), parse) ? encoded : undefined;
}

/**
 * True when `a` and `b` serialise to the same JSON (properties holding undefined left out, keys
 * in order), compared in place: building both strings was most of a cold run's encoding time.
 * Anything JSON would render alike but this cannot prove alike (NaN, a function) counts as
 * different, which only keeps a parse in the full form.
 */
function sameAsJson(a: unknown, b: unknown): boolean {
  if (a === b) return typeof a !== 'function' && typeof a !== 'symbol' && (typeof a !== 'number' || Number.isFinite(a));
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let k = 0; k < a.length; k++) if (a[k] === undefined || b[k] === undefined || !sameAsJson(a[k], b[k])) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const ka = definedKeys(a as Record<string, unknown>);
  const kb = definedKeys(b as Record<string, unknown>);
  if (ka.length !== kb.length) return false;
  for (let k = 0; k < ka.length; k++) {
    if (ka[k] !== kb[k] || !sameAsJson((a as Record<string, unknown>)[ka[k]!], (b as Record<string, unknown>)[kb[k]!])) return false;
  }
  return true;
}

const definedKeys = (o: Record<string, unknown>): string[] => Object.keys(o).filter((key) => o[key] !== undefined);

type Parts = [string, string, string, string, string, string, string, string, string, string, string];

/**
 * The eleven fields of a compact string, or undefined when it is not one. Sites and `revises`
 * are decoded on first read (decodeParse): a check reads them only for the few files it reports,
 * and decoding every file's four sites was a fifth of a warm 10,000-file run. Their headers are
 * checked here, so a damaged string fails now (a cache miss) and never at that later read.
 */
function partsOf(encoded: string): Parts | undefined {
  const parts = encoded.split(FIELD);
  if (parts.length !== 11 || parts[0] !== MARK || !SOURCES.has(parts[2]!)) return undefined;
  if (!parts.slice(6, 10).every((site) => site === '' || SITE_HEADER.test(site))) return undefined;
  if (parts[10] !== '' && !REVISES_HEADER.test(parts[10]!)) return undefined;
  return parts as Parts;
}

const stringItems = (text: string): ValueItem[] => (text === '' ? NO_ITEMS : list(text).map((value) => ({ kind: 'string', value })));

/**
 * What decodeParse gives for `encoded` once its lazy fields have been read, in the same key
 * order, built at once (encodeParse's comparison reads every field).
 */
function decodedWhole(encoded: string): StoredParse | undefined {
  const parts = partsOf(encoded);
  if (parts === undefined) return undefined;
  const [, revision, sourceText, down, labels, depends, s0, s1, s2, s3, revisesText] = parts;
  try {
    return {
      revision,
      revisionSource: SOURCES.get(sourceText)!,
      downRevisions: list(down),
      branchLabels: stringItems(labels),
      dependsOn: stringItems(depends),
      sites: decodeSites(s0, s1, s2, s3),
      problems: NO_PROBLEMS,
      ...(revisesText !== '' ? { revises: decodeRevises(revisesText) } : {}),
    };
  } catch {
    return undefined;
  }
}

/**
 * The parse a compact string holds; undefined when the string is not one (a damaged cache).
 * With `path` and `blob`, the RevisionFile itself, those two first as the reader orders them
 * (built in one literal: spreading a decoded parse into another object cost as much again).
 */
export function decodeParse(encoded: string): StoredParse | undefined;
export function decodeParse(encoded: string, path: string, blob: string): RevisionFile | undefined;
export function decodeParse(encoded: string, path?: string, blob?: string): StoredParse | RevisionFile | undefined {
  const parts = partsOf(encoded);
  if (parts === undefined) return undefined;
  const [, revision, sourceText, down, labels, depends, , , , , revisesText] = parts;
  const revisionSource = SOURCES.get(sourceText)!;
  try {
    const downRevisions = list(down);
    const branchLabels = stringItems(labels);
    const dependsOn = stringItems(depends);
    // The getter is added to a plain literal, not written in it: V8 makes a literal with an
    // accessor a dictionary-mode object (~500 bytes each, slow to read), and a closure per
    // object would hold the four site strings; the shared getter finds them in `encodings`.
    const parse: Omit<StoredParse, 'sites' | 'problems'> & { path?: string; blob?: string; problems?: StoredParse['problems'] } = path === undefined
      ? { revision, revisionSource, downRevisions, branchLabels, dependsOn }
      : { path, blob, revision, revisionSource, downRevisions, branchLabels, dependsOn };
    Object.defineProperty(parse, 'sites', LAZY_SITES);
    parse.problems = NO_PROBLEMS;
    if (revisesText !== '') Object.defineProperty(parse, 'revises', LAZY_REVISES);
    encodings.set(parse, encoded);
    return parse as StoredParse | RevisionFile;
  } catch {
    return undefined;
  }
}

/** True when a stored full-form value has the shape of a parse (a damaged cache may hold anything). */
export function looksLikeRevisionFile(value: unknown): value is StoredParse {
  const f = value as StoredParse | null;
  return !!f && typeof f === 'object' && Array.isArray(f.problems) && typeof f.sites === 'object'
    && Array.isArray(f.branchLabels) && Array.isArray(f.dependsOn) && typeof f.revisionSource === 'string';
}

/**
 * A stored parse — its compact string, or the full object — as the RevisionFile at `path` with
 * `blob`, or undefined when it is not one (a damaged store). The full object is shared, not
 * copied: RevisionFiles are never changed after reading (a copy cost ~50 µs each).
 */
export function restoreParse(stored: unknown, path: string, blob: string): RevisionFile | undefined {
  if (typeof stored === 'string') return decodeParse(stored, path, blob);
  return looksLikeRevisionFile(stored) ? { path, blob, ...stored } : undefined;
}
