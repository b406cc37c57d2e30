/**
 * Edits a JSON file the way npm does: parse, change, and write back with the file's own indent,
 * line endings and final newline, keys in their original order (new keys go last). A file that
 * npm or an editor formatted comes back byte-identical apart from the change.
 */

/** The layout of a JSON text, so a rewrite keeps it. */
export interface JsonLayout {
  indent: string;
  newline: '\n' | '\r\n';
  finalNewline: boolean;
  bom: boolean;
}

/** Reads the indent (first indented line), line ending and final newline of `text`. */
export function jsonLayout(text: string): JsonLayout {
  const indent = /^[{[][ \t]*\r?\n([ \t]+)\S/.exec(text.replace(/^\uFEFF/, ''))?.[1] ?? '  ';
  return { indent, newline: text.includes('\r\n') ? '\r\n' : '\n', finalNewline: /\n$/.test(text), bom: text.startsWith('\uFEFF') };
}

/** Serialises `value` in `layout`. */
export function formatJson(value: unknown, layout: JsonLayout): string {
  const body = JSON.stringify(value, null, layout.indent).replace(/\n/g, layout.newline);
  return `${layout.bom ? '\uFEFF' : ''}${body}${layout.finalNewline ? layout.newline : ''}`;
}

/**
 * Applies `mutate` to the parsed text and returns the new text; returns `text` itself when
 * nothing changed (so an idempotent rerun compares equal).
 */
export function editJson(text: string, mutate: (value: Record<string, unknown>) => void): string {
  const value = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
  const before = JSON.stringify(value);
  mutate(value);
  if (JSON.stringify(value) === before) return text;
  return formatJson(value, jsonLayout(text));
}
