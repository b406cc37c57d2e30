/**
 * Whether a migration's upgrade() and downgrade() do nothing (`pass`, `...`, docstrings and
 * comments only), read from its text. Only such a merge may be deleted: a merge that carries
 * operations is re-pointed instead, so nothing it does is lost.
 */

const TRIPLE_QUOTED = /("""|''')[\s\S]*?\1/g;
const NOOP_LINE = /^(?:pass|\.\.\.|(?:[rRuUbB]{0,2})?(?:"[^"\n]*"|'[^'\n]*'))?$/;

/** The body text of a top-level `def NAME(...)` (the part after its colon), or undefined. */
function functionBody(text: string, name: string): string | undefined {
  const def = new RegExp(`^def[ \\t]+${name}[ \\t]*\\(`, 'm').exec(text);
  if (!def) return undefined;
  const colon = text.slice(def.index).search(/\)[^\n]*?:/);
  if (colon < 0) return undefined;
  const afterColon = text.indexOf(':', def.index + colon);
  const rest = text.slice(afterColon + 1);
  // The body ends at the next line that starts in column 0 with something other than a comment.
  const end = rest.search(/\n(?=[^\s#])/);
  return end < 0 ? rest : rest.slice(0, end);
}

/** True when both upgrade() and downgrade() exist and do nothing. */
export function isEmptyMigration(text: string): boolean {
  for (const name of ['upgrade', 'downgrade']) {
    const body = functionBody(text, name);
    if (body === undefined) return false;
    const lines = body.replace(TRIPLE_QUOTED, '').split('\n').map((line) => line.replace(/#.*$/, '').trim());
    if (!lines.every((line) => NOOP_LINE.test(line))) return false;
  }
  return true;
}
