/**
 * The file name `alembic merge` / `alembic revision` gives a new revision (ScriptDirectory
 * `_rev_path`): `file_template % {rev, slug, epoch, year, month, day, hour, minute, second}` +
 * `.py`, the slug being the message's `\w+` runs joined by `_`, lower-cased, and cut at
 * `truncate_slug_length` back to the last `_` (which is kept).
 */
import { MigcheckError } from '../errors.js';
import { mergeFileTemplateUnsupported } from '../messages.js';
import type { LocalDateTime } from './create-date.js';

// Python's `\w` in str patterns: letters, digits (all Unicode numbers) and underscore.
const WORD = /[\p{L}\p{N}_]+/gu;

/** Alembic's slug of a message (`"_".join(re.findall(r"\w+", message)).lower()`, truncated). */
export function slugOf(message: string | undefined, truncateSlugLength = 40): string {
  let slug = (message ?? '').match(WORD)?.join('_').toLowerCase() ?? '';
  const limit = truncateSlugLength || 40;
  if ([...slug].length > limit) {
    const cut = [...slug].slice(0, limit).join('');
    const at = cut.lastIndexOf('_');
    slug = `${at < 0 ? cut : cut.slice(0, at)}_`;
  }
  return slug;
}

// `%(name)` + conversion flags, width, precision and type, as Python's printf-style formatting.
const PLACEHOLDER = /%(?:%|\((\w+)\)([-#0 +]*)(\d*)(?:\.(\d+))?([sdirfx]))/g;

/** Python `%`-formatting of `template` with named values (the subset file_template needs). */
export function pythonPercentFormat(template: string, values: Readonly<Record<string, string | number>>): string {
  const rest = template.replace(PLACEHOLDER, '');
  if (rest.includes('%')) throw new MigcheckError(mergeFileTemplateUnsupported(template, 'it holds a % placeholder that is not %(name)s / %(name)d'));
  return template.replace(PLACEHOLDER, (whole, name: string | undefined, flags: string, width: string, precision: string | undefined, type: string) => {
    if (whole === '%%') return '%';
    const value = values[name!];
    if (value === undefined) throw new MigcheckError(mergeFileTemplateUnsupported(template, `%(${name})${type} is not one of rev, slug, epoch, year, month, day, hour, minute, second`));
    let text: string;
    if (type === 's' || type === 'r') text = String(value);
    else {
      if (typeof value !== 'number') throw new MigcheckError(mergeFileTemplateUnsupported(template, `%(${name})${type} needs a number`));
      // For integers Python's precision is a minimum number of digits.
      text = String(Math.abs(Math.trunc(value))).padStart(precision ? Number(precision) : 0, '0');
      if (value < 0) text = `-${text}`;
    }
    if (type === 's' && precision) text = text.slice(0, Number(precision));
    const size = Number(width || 0);
    if (text.length < size) text = flags.includes('-') ? text.padEnd(size) : flags.includes('0') && type !== 's' ? text.padStart(size, '0') : text.padStart(size);
    return text;
  });
}

/** The new revision's file name (`u7v8w9x0y1z2_merge_chain1_and_chain2_heads.py`). */
export function revisionFileName(fileTemplate: string, rev: string, message: string | undefined, date: LocalDateTime, truncateSlugLength = 40): string {
  return `${pythonPercentFormat(fileTemplate || '%(rev)s_%(slug)s', {
    rev,
    slug: slugOf(message, truncateSlugLength),
    epoch: date.epochSeconds,
    year: date.year,
    month: date.month,
    day: date.day,
    hour: date.hour,
    minute: date.minute,
    second: date.second,
  })}.py`;
}
