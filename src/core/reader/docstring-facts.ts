/**
 * What an Alembic revision file's docstring says about it: the message (`alembic revision -m`
 * puts it on the first line) and the `Create Date:` line. Read for reports only (`explain`), never
 * for the graph: Alembic itself ignores the docstring.
 */

/** The message and Create Date of a revision file's docstring, when it has them. */
export interface DocstringFacts {
  message?: string;
  createDate?: string;
}

// Comments, blank lines and an encoding line may stand before the docstring; a string prefix
// (r, u) may open it.
const OPENING = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*[rRuU]?("""|''')/;

/** Reads the module docstring's first line and its `Create Date:` line. */
export function docstringFacts(text: string): DocstringFacts {
  const opening = OPENING.exec(text.replace(/^\uFEFF/, ''));
  if (!opening) return {};
  const start = opening.index + opening[0].length + (text.startsWith('\uFEFF') ? 1 : 0);
  const end = text.indexOf(opening[1]!, start);
  const body = end < 0 ? text.slice(start) : text.slice(start, end);
  const facts: DocstringFacts = {};
  const message = body.split(/\r?\n/, 1)[0]!.trim();
  if (message !== '') facts.message = message;
  const date = /^[ \t]*Create Date:[ \t]*(\S[^\r\n]*?)[ \t]*$/m.exec(body);
  if (date) facts.createDate = date[1]!;
  return facts;
}
