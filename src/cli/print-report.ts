/**
 * Prints a check report in the chosen format and turns it into the exit code: 1 when any
 * finding is an error, else 0.
 */
import { appendFileSync } from 'node:fs';
import type { CheckReport } from '../core/types.js';
import { allClear, summaryNotWritten } from '../core/messages.js';
import type { CommandIO } from '../app/command-io.js';
import type { ParsedArgs } from './command-table.js';

/** Writes the reports (one per checked tree) and returns the exit code. */
export async function printReports(reports: readonly CheckReport[], args: ParsedArgs, io: CommandIO): Promise<number> {
  // The parser has checked the value against the command's formats.
  const format = args.options.format ?? 'human';
  const quiet = args.options.quiet === true;
  // Only the chosen format's renderer is loaded: a hook runs on every commit.
  if (format === 'json') {
    const { renderCheckJson } = await import('../render/check-json.js');
    io.stdout(reports.length === 1 ? renderCheckJson(reports[0]!) : `[${reports.map((r) => renderCheckJson(r).trimEnd()).join(',\n')}]\n`);
  } else if (format === 'github') {
    const { renderCheckGithub } = await import('../render/check-github.js');
    io.stdout(reports.map(renderCheckGithub).join(''));
  } else if (format === 'sarif') {
    const [{ renderCheckSarif }, { packageVersion }] = await Promise.all([import('../render/check-sarif.js'), import('../app/package-version.js')]);
    io.stdout(renderCheckSarif(reports, { version: await packageVersion() }));
  } else {
    const [{ renderCheckHuman }, { chooseStyle }] = await Promise.all([import('../render/check-human.js'), import('../render/style.js')]);
    const style = chooseStyle(args.options.color as boolean | undefined, io.env, () => io.stdoutIsTTY);
    const text = reports.map((r) => renderCheckHuman(r, style, { quiet })).join('');
    if (text) io.stdout(text);
    else if (!quiet) io.stdout(`${allClear(reports.flatMap((r) => r.environments.map((e) => ({ dir: e.dir, heads: e.heads.result }))))}\n`);
  }
  // In GitHub Actions the whole report also goes to the job summary: annotations stop at ten.
  if (io.env.GITHUB_STEP_SUMMARY) await writeStepSummary(io.env.GITHUB_STEP_SUMMARY, reports, io);
  return reports.every((r) => r.ok) ? 0 : 1;
}

async function writeStepSummary(path: string, reports: readonly CheckReport[], io: CommandIO): Promise<void> {
  const [{ renderCheckSummary }, { blobLinker }] = await Promise.all([import('../render/check-summary.js'), import('../render/github-links.js')]);
  const commit = reports.length === 1 ? reports[0]!.rev?.commit : undefined;
  const link = blobLinker(io.env.GITHUB_SERVER_URL, io.env.GITHUB_REPOSITORY, commit);
  try {
    appendFileSync(path, `${renderCheckSummary(reports, { link })}\n`);
  } catch (error) {
    io.stderr(`${summaryNotWritten(path, (error as Error).message)}\n`);
  }
}
