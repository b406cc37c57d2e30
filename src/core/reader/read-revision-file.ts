/**
 * The static reader: what Alembic would learn from a revision file by running it, read from its
 * text without running anything. It never throws and runs in time linear in the text.
 */
import * as msg from '../messages.js';
import type { ReaderProblem, RevisionField, RevisionFile, Span, ValueItem, ValueSite } from '../types.js';
import { evaluateValue } from './evaluate-value.js';
import { findRevises } from './find-revises.js';
import { isEmptyMigration } from './is-empty-migration.js';
import { scanModule, type Assignment } from './scan-module.js';
import { MAX_LINE_TOKENS } from './scan-python.js';

/** A RevisionFile while the reader fills it in; what the reader returns is never changed again. */
type FileDraft = { -readonly [K in keyof RevisionFile]: RevisionFile[K] } & { problems: ReaderProblem[] };

/** The four names Alembic reads, in the order problems are reported. */
export const REVISION_FIELDS: readonly RevisionField[] = ['revision', 'down_revision', 'branch_labels', 'depends_on'];
const FIELD_SET: ReadonlySet<string> = new Set(REVISION_FIELDS);

// Alembic's `_legacy_rev`, applied with re.match to the basename.
const LEGACY_REV = /^([a-f0-9]+)\.py\n?$/;
// verify_rev_id: '@', '-', '+' on every version; ':' only from 1.17.2 (an alembic-compat warning).
const ILLEGAL = ['+', '-', '@'];
const ILLEGAL_FROM_1_17_2 = ':';

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The 1-based line of a text index. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let k = 0; k < index; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) line++;
  }
  return line;
}

/**
 * Reads the module-level `revision`, `down_revision`, `branch_labels` and `depends_on` of one
 * revision file. `path` is repository-relative; `blob` is the git object id, when known.
 * Anything that cannot be read exactly becomes a problem (`error` makes the file unparseable);
 * values are never guessed.
 */
export function readRevisionFile(path: string, text: string, blob?: string): RevisionFile {
  const file: FileDraft = {
    path,
    ...(blob === undefined ? {} : { blob }),
    revision: undefined,
    revisionSource: 'none',
    downRevisions: undefined,
    branchLabels: [],
    dependsOn: [],
    sites: {},
    problems: [],
  };
  try {
    readInto(file, text);
  } catch (e) {
    // A defect in the reader must not stop a hook: report it as this file's problem.
    file.revision = undefined;
    file.downRevisions = undefined;
    file.problems.push({ severity: 'error', line: 1, reason: msg.internalFailure(`reading ${path}: ${String(e)}`) });
  }
  return file;
}

function readInto(file: FileDraft, text: string): void {
  const name = basename(file.path);
  if (/\.py[co]$/.test(name)) {
    file.problems.push({ severity: 'error', line: 1, reason: msg.readerCompiled(file.path) });
    return;
  }
  const scan = scanModule(text, FIELD_SET);
  // Python refuses any NUL byte before it reads a single statement: that is the one syntax
  // problem then (besides conflict markers, which say more).
  const nul = text.indexOf('\0');
  const syntax = nul < 0 ? scan.syntax : [...scan.syntax.filter((p) => p.conflictMarker !== undefined), { line: lineAt(text, nul), reason: msg.READER_NUL_BYTE }];
  const problems: ReaderProblem[] = [];
  // Errors that make Alembic fail to load the file but leave what it declares readable: the
  // file keeps its place in the graph (its children are not orphaned by it).
  const identityKept = new Set<ReaderProblem>();
  const error = (line: number, reason: string, field?: RevisionField) =>
    problems.push({ severity: 'error', line, reason, ...(field ? { field } : {}) });

  const byField = new Map<RevisionField, Assignment[]>();
  for (const a of scan.assignments) {
    const list = byField.get(a.name as RevisionField) ?? [];
    list.push(a);
    byField.set(a.name as RevisionField, list);
  }
  const blocked = new Set<RevisionField>();
  for (const d of scan.dynamic) {
    const field = d.name as RevisionField;
    blocked.add(field);
    error(d.line, 'block' in d.how ? msg.readerConditional(field, d.how.block) : msg.readerBoundBy(field, d.how.bound), field);
  }

  // A syntax error that swallows the rest of the file explains any missing field by itself.
  const swallowed = syntax.length > 0 || scan.tooLong.length > 0;
  // Both sides of a conflict assign the fields: the markers are the one problem worth reporting.
  const conflicted = syntax.some((s) => s.conflictMarker !== undefined);
  let lastFieldLine = 0;
  for (const field of REVISION_FIELDS) {
    const list = byField.get(field);
    if (!list) continue;
    const last = list[list.length - 1]!;
    for (const a of list) lastFieldLine = Math.max(lastFieldLine, a.line);
    if (list.length > 1 && !conflicted) problems.push({ severity: 'warning', line: last.line, field, reason: msg.readerRepeated(field, list.map((a) => a.line)) });
    const site = siteOf(text, field, last);
    file.sites[field] = site;
    if (site.problem !== undefined) error(last.line, site.problem, field);
  }

  // revision: the variable, else the legacy hex file name, else Alembic's CommandError.
  const revSite = file.sites.revision;
  if (revSite === undefined && !blocked.has('revision')) {
    const legacy = LEGACY_REV.exec(name);
    if (legacy) {
      file.revision = legacy[1];
      file.revisionSource = 'filename';
    } else if (!swallowed) error(1, msg.readerNoRevision(name), 'revision');
  } else if (revSite?.items !== undefined && !blocked.has('revision')) {
    const item = revSite.items[0];
    if (!revSite.scalar || revSite.items.length !== 1 || item?.kind !== 'string') {
      const what = revSite.scalar ? (item === undefined ? 'an empty string' : 'a name') : revSite.text.trim() === 'None' ? 'None' : 'a tuple or list';
      if (item === undefined && revSite.scalar) error(revSite.line, msg.READER_EMPTY_REVISION, 'revision');
      else if (item?.kind === 'expression' && revSite.scalar) error(revSite.line, msg.readerNotLiteral('revision', `a name (${item.text})`), 'revision');
      else error(revSite.line, msg.readerNotString('revision', what), 'revision');
    } else {
      const illegal = ILLEGAL.filter((c) => item.value.includes(c));
      if (illegal.length > 0) error(revSite.line, msg.readerIllegalChars(illegal, item.value), 'revision');
      else {
        file.revision = item.value;
        file.revisionSource = 'variable';
        if (item.value.includes(ILLEGAL_FROM_1_17_2)) {
          problems.push({ severity: 'warning', code: 'alembic-compat', line: revSite.line, field: 'revision', reason: msg.compatColonInRevision(item.value), fix: msg.COMPAT_COLON_IN_REVISION_FIX });
        }
      }
    }
  }

  const downSite = file.sites.down_revision;
  if (downSite === undefined && !blocked.has('down_revision')) {
    if (!swallowed) error(1, msg.readerNoDownRevision(name.replace(/[^\p{L}\p{N}_]/gu, '_')), 'down_revision');
  } else if (downSite?.items !== undefined && !blocked.has('down_revision')) {
    const expr = downSite.items.find((i) => i.kind === 'expression');
    if (expr) error(downSite.line, msg.readerNotLiteral('down_revision', `a name (${expr.kind === 'expression' ? expr.text : ''})`), 'down_revision');
    else file.downRevisions = downSite.items.map((i) => (i as { value: string }).value);
    // `down_revision = ''` (a scalar that evaluates to no parent, unlike None): a base up to 1.12.
    if (!expr && downSite.scalar && downSite.items.length === 0) {
      problems.push({ severity: 'warning', code: 'alembic-compat', line: downSite.line, field: 'down_revision', reason: msg.COMPAT_EMPTY_DOWN_REVISION, fix: msg.COMPAT_EMPTY_DOWN_REVISION_FIX });
    }
  }

  for (const [field, key] of [['branch_labels', 'branchLabels'], ['depends_on', 'dependsOn']] as const) {
    const site = file.sites[field];
    if (site?.items !== undefined && !blocked.has(field)) file[key] = site.items;
  }

  for (const line of scan.tooLong) error(line, msg.readerLineTooLong(MAX_LINE_TOKENS));
  // Syntax errors: Python cannot compile the file, so Alembic fails to load it on every version.
  // One that could hide or corrupt an assignment (before or at the last one, or a field went
  // missing) also leaves the file's identity unknown.
  const missing = file.revisionSource === 'none' || file.downRevisions === undefined;
  for (const s of syntax) {
    // Conflict markers are an error wherever they stand: both sides' values are in the file and
    // "the last assignment wins" would be a guess at the resolution.
    if (s.conflictMarker !== undefined) problems.push({ severity: 'error', line: s.line, reason: msg.readerConflictMarkers(s.conflictMarker), fix: msg.READER_CONFLICT_FIX });
    else {
      const problem: ReaderProblem = { severity: 'error', line: s.line, reason: msg.readerSyntax(s.reason), fix: msg.READER_SYNTAX_FIX };
      problems.push(problem);
      // A NUL byte hides nothing: one inside a value already makes that value unreadable.
      if (!missing && (s.line > lastFieldLine || s.reason === msg.READER_NUL_BYTE)) identityKept.add(problem);
    }
  }
  // Alembic cannot load a file named exactly `.py` on any version (its module has no suffix).
  if (name === '.py') {
    const problem: ReaderProblem = { severity: 'error', line: 1, reason: msg.READER_DOT_PY_NAME, fix: msg.readerDotPyNameFix(file.revision) };
    problems.push(problem);
    identityKept.add(problem);
  }
  if (problems.some((p) => p.severity === 'error' && p.field === undefined && !identityKept.has(p))) {
    // A syntax error that may touch the assignments: no half-read identity reaches the graph.
    file.revision = undefined;
    file.revisionSource = 'none';
    file.downRevisions = undefined;
  }

  if (scan.docstring) {
    const revises = findRevises(text, scan.docstring);
    if (revises) file.revises = revises;
  }
  // Only a merge may be deleted by a plan: other files never pay for the look at their bodies.
  if (file.downRevisions !== undefined && new Set(file.downRevisions).size > 1 && isEmptyMigration(text)) file.emptyMigration = true;
  problems.sort((a, b) => a.line - b.line);
  file.problems.push(...problems);
}

/** The ValueSite of one assignment. */
function siteOf(text: string, field: RevisionField, a: Assignment): ValueSite {
  const first = a.value[0]!;
  const lastTok = a.value[a.value.length - 1]!;
  const span: Span = { start: first.start, end: lastTok.end, line: first.line };
  const valueText = text.slice(span.start, span.end);
  const ev = evaluateValue(text, a.value);
  if (!ev.ok) {
    const problem = ev.notString ? msg.readerNotString(field, ev.what) : msg.readerNotLiteral(field, ev.what);
    return { field, line: a.line, span, text: valueText, items: undefined, scalar: false, problem };
  }
  const items: ValueItem[] = ev.items;
  return { field, line: a.line, span, text: valueText, items, scalar: ev.scalar };
}
