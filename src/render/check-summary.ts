/**
 * The job summary (GitHub-flavoured Markdown for `$GITHUB_STEP_SUMMARY`): the whole report, because
 * GitHub shows at most ten annotations of each kind per step. One table per environment; every
 * text that comes from the repository (paths, revision ids, messages quoting them) is escaped so
 * it cannot break the table or inject HTML.
 */
import type { CheckReport, Finding } from '../core/types.js';
import { environmentHeading, SUMMARY_NO_FINDINGS, summaryChecked, summaryHeading, summaryHeads, summaryTruncated } from '../core/messages.js';

export interface SummaryOptions {
  /** A link to a file (and line) of the checked commit, when the caller knows the repository's address. */
  link?: (file: string, line: number | undefined) => string | undefined;
  /** Bytes the summary may take (GitHub refuses a step summary over 1 MiB). */
  budget?: number;
}

const DEFAULT_BUDGET = 1_000_000;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/**
 * Text for a paragraph or heading: code spans kept as they are (Markdown shows their content
 * literally), HTML escaped elsewhere, all on one line.
 */
export function markdownText(text: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g)) {
    parts.push(escapeHtml(text.slice(last, m.index)), m[0]);
    last = m.index + m[0].length;
  }
  parts.push(escapeHtml(text.slice(last)));
  return parts.join('').replace(/\r?\n/g, ' ');
}

/** Text for a table cell: as markdownText, with pipes escaped (GFM splits cells on them, even in code spans). */
export function markdownCell(text: string): string {
  return text.split(/\r?\n/).map((line) => markdownText(line).replace(/\|/g, '\\|')).join('<br>');
}

/** Inline code that holds any text: a fence longer than the longest run of backticks inside. */
export function markdownCode(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r?\n/g, ' ')}${pad}${fence}`;
}

const short = (commit: string) => commit.slice(0, 12);

function row(finding: Finding, options: SummaryOptions): string {
  const mark = finding.severity === 'error' ? '✖ error' : '⚠ warning';
  let where = '';
  if (finding.file) {
    const label = markdownCell(markdownCode(`${finding.file}${finding.line ? `:${finding.line}` : ''}`));
    const url = options.link?.(finding.file, finding.line);
    where = url ? `[${label}](${url.replace(/[()\s|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})` : label;
  }
  let what = markdownCell(finding.message);
  if (finding.fix) what += `<br>**fix:** ${markdownCell(finding.fix)}`;
  if (finding.bypassed && finding.bypassed.length > 0) {
    what += `<details><summary>bypassed: ${finding.bypassed.length} revision${finding.bypassed.length === 1 ? '' : 's'}</summary>${markdownCell(finding.bypassed.join(' → '))}</details>`;
  }
  return `| ${mark} | ${markdownCell(markdownCode(finding.code))} | ${where} | ${what} |`;
}

function checkedWhat(report: CheckReport): string {
  if (report.rev) return `${markdownCode(report.rev.ref)} (${short(report.rev.commit)})`;
  return report.tree === 'index' ? 'the staged changes' : `the ${report.tree}`;
}

/** Renders the reports (one per checked tree) as one job summary. */
export function renderCheckSummary(reports: readonly CheckReport[], options: SummaryOptions = {}): string {
  const budget = options.budget ?? DEFAULT_BUDGET;
  const findings = reports.flatMap((r) => r.environments.flatMap((e) => e.findings));
  const errors = findings.filter((f) => f.severity === 'error').length;
  const mark = errors > 0 ? '✖' : findings.length > 0 ? '⚠' : '✔';
  const out: string[] = [`## ${mark} ${escapeHtml(summaryHeading(errors, findings.length - errors))}`, ''];
  let size = utf8Length(out.join('\n'));
  let written = 0;
  const push = (line: string): boolean => {
    const bytes = utf8Length(line) + 1;
    // Room is kept for the closing line that says what was left out.
    if (size + bytes > budget - 400) return false;
    out.push(line);
    size += bytes;
    return true;
  };
  outer: for (const report of reports) {
    const target = report.target ? `${markdownCode(report.target.ref)} (${short(report.target.commit)})` : undefined;
    if (!push(markdownText(summaryChecked(checkedWhat(report), target, report.target ? (report.target.mergeBase ? short(report.target.mergeBase) : null) : undefined))) || !push('')) break;
    for (const env of report.environments) {
      if (!push(`### ${environmentHeading(markdownCode(env.dir), env.config ? markdownCode(env.config) : undefined)}`) || !push('')) break outer;
      if (!push(markdownText(summaryHeads(env.heads, report.target !== null))) || !push('')) break outer;
      if (env.findings.length === 0) {
        if (!push(SUMMARY_NO_FINDINGS) || !push('')) break outer;
        continue;
      }
      if (!push('| | finding | where | what |') || !push('|---|---|---|---|')) break outer;
      for (const finding of env.findings) {
        if (!push(row(finding, options))) break outer;
        written += 1;
      }
      if (!push('')) break outer;
    }
  }
  if (written < findings.length) out.push('', markdownText(summaryTruncated(findings.length - written)));
  return `${out.join('\n').trimEnd()}\n`;
}
