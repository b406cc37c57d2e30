/**
 * The human rendering of a check: one block per finding, grouped per environment, each with
 * where, what and the exact fix. Nothing at all when there is nothing to say.
 */
import type { CheckReport, Finding } from '../core/types.js';
import { checkSummary, environmentHeading } from '../core/messages.js';
import type { Style } from './style.js';

/** One finding as a block: where, what, the fix (also used by the rebase plan for what it cannot fix). */
export function renderFinding(f: Finding, style: Style): string {
  const mark = f.severity === 'error' ? style.error('✖') : style.warning('⚠');
  const where = f.file ? ` ${style.dim(`${f.file}${f.line ? `:${f.line}` : ''}`)}` : '';
  const lines = [`  ${mark} ${style.bold(f.code)}${where}`, `    ${f.message}`];
  if (f.bypassed && f.bypassed.length > 0) lines.push(`    ${style.dim(`bypassed: ${f.bypassed.join(' → ')}`)}`);
  if (f.fix) lines.push(`    fix: ${f.fix}`);
  return lines.join('\n');
}

/** Renders the report; `quiet` keeps errors only. Returns '' when nothing is worth printing. */
export function renderCheckHuman(report: CheckReport, style: Style, options: { quiet?: boolean } = {}): string {
  const blocks: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const env of report.environments) {
    const findings = env.findings.filter((f) => !options.quiet || f.severity === 'error');
    if (findings.length === 0) continue;
    blocks.push(style.bold(environmentHeading(env.dir, env.config)));
    for (const f of findings) {
      blocks.push(renderFinding(f, style));
      if (f.severity === 'error') errors += 1;
      else warnings += 1;
    }
  }
  if (blocks.length === 0) return '';
  const summary = checkSummary(errors, warnings);
  blocks.push(errors > 0 ? style.error(summary) : style.warning(summary));
  return `${blocks.join('\n')}\n`;
}
