/**
 * The minimal edit `rebase-plan --apply` makes to a revision file: the value of `down_revision`
 * and the value of the docstring's `Revises:` line are replaced, and nothing else (quotes style,
 * annotation, comments, line endings and BOM stay byte-for-byte). A value that cannot be spliced
 * safely is refused with the file and the reason rather than guessed at.
 */
import { MigcheckError } from '../errors.js';
import { refuseNoDownRevision, refuseNotLiteral, refuseSeveralAssignments } from '../messages.js';
import type { RevisionFile, RevisionId, Span } from '../types.js';

// A module-level assignment starts at column 0 (a BOM may precede line 1); `==` is a comparison.
const ASSIGNMENT = /^(?:\uFEFF)?down_revision[ \t]*(?::[^=\n]*)?=(?!=)/gm;

/** The 1-based lines of every module-level `down_revision = …` in the text. */
export function downRevisionAssignmentLines(text: string): number[] {
  const lines: number[] = [];
  for (const match of text.matchAll(ASSIGNMENT)) {
    lines.push(text.slice(0, match.index).split('\n').length);
  }
  return lines;
}

/** The quote character the file uses for its ids (so a rewrite keeps its style). */
function quoteOf(file: RevisionFile): "'" | '"' {
  for (const site of [file.sites.down_revision, file.sites.revision]) {
    const hit = site?.text.match(/['"]/);
    if (hit) return hit[0] as "'" | '"';
  }
  return "'";
}

/**
 * The Python literal for `parents`, the way Alembic itself writes it: `None` for a base, a
 * scalar string for one parent (a one-item tuple becomes a scalar), a tuple (or a list, when the
 * file wrote a list) for a merge.
 */
export function downRevisionLiteral(parents: readonly RevisionId[], quote: "'" | '"', asList = false): string {
  if (parents.length === 0) return 'None';
  const items = parents.map((p) => `${quote}${p}${quote}`);
  if (items.length === 1) return items[0]!;
  return asList ? `[${items.join(', ')}]` : `(${items.join(', ')})`;
}

function replaceSpans(text: string, edits: { span: Span; value: string }[]): string {
  let out = text;
  // From the end backwards so earlier offsets stay valid.
  for (const { span, value } of [...edits].sort((a, b) => b.span.start - a.span.start)) {
    out = out.slice(0, span.start) + value + out.slice(span.end);
  }
  return out;
}

/**
 * Returns `text` with down_revision set to `parents` and the docstring's `Revises:` value to
 * match. `file` must be what the reader made of exactly this text. Throws a MigcheckError naming
 * the file when the value is not a literal, is assigned several times, or is missing.
 */
export function spliceDownRevision(text: string, file: RevisionFile, parents: readonly RevisionId[]): string {
  const site = file.sites.down_revision;
  if (!site) throw new MigcheckError(refuseNoDownRevision(file.path));
  const lines = downRevisionAssignmentLines(text);
  if (lines.length > 1) throw new MigcheckError(refuseSeveralAssignments(file.path, lines));
  const literal = site.items !== undefined && site.items.every((item) => item.kind === 'string');
  if (!literal || text.slice(site.span.start, site.span.end) !== site.text) {
    throw new MigcheckError(refuseNotLiteral(file.path, site.line, site.text));
  }
  const asList = site.text.trimStart().startsWith('[');
  const edits = [{ span: site.span, value: downRevisionLiteral(parents, quoteOf(file), asList) }];
  // Alembic writes `Revises: a, b` (format_as_comma), and an empty value for a base.
  if (file.revises) edits.push({ span: file.revises.span, value: parents.join(', ') });
  return replaceSpans(text, edits);
}
