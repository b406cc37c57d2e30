/**
 * What `check` prints when the index stages nothing migcheck reads, whether the fast lane or the
 * full check found it: one line (none with --quiet), an empty report in JSON, nothing as GitHub
 * annotations.
 */
import { NOTHING_STAGED } from '../core/messages.js';
import type { CommandIO } from '../app/command-io.js';
import type { ParsedArgs } from '../app/parsed-args.js';

/**
 * The formats this module prints. A check in another format (one added later) runs in full even
 * with nothing staged, so its renderer says "nothing to check" in its own form.
 */
const FORMATS = ['human', 'json', 'github'];

/** Whether a check with nothing staged can be answered here in the format `args` asks for. */
export function printsNothingStaged(args: ParsedArgs): boolean {
  return FORMATS.includes(String(args.options.format ?? 'human'));
}

/** The JSON report of a check with nothing to check. */
export function nothingToCheckJson(): string {
  return `${JSON.stringify({ ok: true, target: null, environments: [] }, null, 2)}\n`;
}

export function printNothingStaged(args: ParsedArgs, io: CommandIO): void {
  const format = args.options.format ?? 'human';
  if (format === 'json') io.stdout(nothingToCheckJson());
  else if (format === 'human' && args.options.quiet !== true) io.stdout(`${NOTHING_STAGED}\n`);
}
