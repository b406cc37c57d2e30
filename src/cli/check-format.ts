/**
 * The --format of check-like commands. Apart from print-report so the commit-time fast path can
 * validate it without loading the renderers.
 */
import { MigcheckError } from '../core/errors.js';
import { unknownFormat } from '../core/messages.js';
import type { ParsedArgs } from './command-table.js';

const FORMATS = ['human', 'json', 'github', 'sarif'] as const;

/** The --format of a check-like command, validated (exit 2 for anything else). */
export function checkFormat(args: ParsedArgs): (typeof FORMATS)[number] {
  const format = args.options.format ?? 'human';
  if (typeof format !== 'string' || !(FORMATS as readonly string[]).includes(format)) throw new MigcheckError(unknownFormat(String(format), FORMATS));
  return format as (typeof FORMATS)[number];
}
