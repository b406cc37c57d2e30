/**
 * GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`), so findings show
 * as annotations on the pull request's down_revision line.
 * Escaping per GitHub's runner: data escapes % CR LF; properties also escape : and ,.
 */
import type { CheckReport } from '../core/types.js';

/** Escapes the message part of a workflow command. */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Escapes a property value (`file=`, `title=`) of a workflow command. */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One workflow command per finding; findings without a file are annotated without location. */
export function renderCheckGithub(report: CheckReport): string {
  const lines: string[] = [];
  for (const env of report.environments) {
    for (const f of env.findings) {
      const props = [
        ...(f.file ? [`file=${escapeProperty(f.file)}`] : []),
        ...(f.line ? [`line=${f.line}`] : []),
        `title=${escapeProperty(`migcheck ${f.code}`)}`,
      ];
      const text = f.fix ? `${f.message}\nfix: ${f.fix}` : f.message;
      lines.push(`::${f.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(text)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
