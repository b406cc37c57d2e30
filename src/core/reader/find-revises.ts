/**
 * The `Revises:` line of a module docstring (Alembic's template writes the parents there too),
 * located so an edit can rewrite it byte-exactly alongside `down_revision`.
 */
import type { Span } from '../types.js';
import type { Token } from './scan-python.js';

const REVISES = /^[ \t]*Revises:[ \t]*/gm;

/** The span and text of the value after `Revises:` in the docstring token, trailing blanks excluded. */
export function findRevises(text: string, doc: Token): { span: Span; text: string } | undefined {
  const q = doc.quotes ?? 1;
  const bodyStart = doc.start + (doc.prefix ?? '').length + q;
  const bodyEnd = doc.closed === false ? doc.end : doc.end - q;
  const body = text.slice(bodyStart, bodyEnd);
  REVISES.lastIndex = 0;
  const hit = REVISES.exec(body);
  if (!hit) return undefined;
  const start = bodyStart + hit.index + hit[0].length;
  let end = start;
  while (end < bodyEnd && text[end] !== '\n' && text[end] !== '\r') end++;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  let line = doc.line;
  for (let k = doc.start; k < start; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) line++;
  }
  return { span: { start, end, line }, text: text.slice(start, end) };
}
