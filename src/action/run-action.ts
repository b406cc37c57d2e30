/**
 * The GitHub Action: checks the commit the event names (a pull request's head, a merge group's
 * commit, or GITHUB_SHA) against the event's base, as `migcheck check --rev` does, and reports it
 * three ways: annotations on the down_revision lines (GitHub shows ten of each kind per step), the
 * whole report in the job summary, and, when asked, a SARIF file for code scanning. Outputs `ok`,
 * `errors`, `warnings` and `sarif-file`. Exit 1 on an error finding, 2 when it could not check.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { CommandIO } from '../app/command-io.js';
import type { ParsedArgs } from '../app/parsed-args.js';
import { checkTree } from '../app/check-tree.js';
import { openRunContext, type RunContext } from '../app/run-context.js';
import { MigcheckError } from '../core/errors.js';
import {
  ACTION_FETCH_DEPTH_HINT, ACTION_NO_PAYLOAD_HINT, actionMissingCommit, actionNoPayload, actionNotWritten,
  annotationsCapped, internalFailure, SUMMARY_COULD_NOT_CHECK,
} from '../core/messages.js';
import type { CheckReport } from '../core/types.js';
import { resolveCommit, type Repository } from '../git/index.js';
import { escapeData, escapeProperty, renderCheckGithub } from '../render/check-github.js';
import { renderCheckHuman } from '../render/check-human.js';
import { renderCheckJson } from '../render/check-json.js';
import { renderCheckSarif } from '../render/check-sarif.js';
import { markdownText, renderCheckSummary } from '../render/check-summary.js';
import { blobLinker } from '../render/github-links.js';
import { chooseStyle } from '../render/style.js';
import { readInputs, type ActionInputs } from './action-inputs.js';
import { eventCommits, type EventCommits } from './event-commits.js';
import { appendOutputs, appendSummary } from './workflow-files.js';

/** What the action may touch of its process. */
export interface ActionIO {
  stdout(text: string): void;
  env: NodeJS.ProcessEnv;
  /** The workspace (a JavaScript action starts in GITHUB_WORKSPACE). */
  cwd: string;
  /** migcheck's version, for the SARIF log. */
  version?: string;
}

/** GitHub shows this many annotations of each kind per step. */
const ANNOTATIONS_PER_KIND = 10;

async function readPayload(event: string, path: string | undefined): Promise<unknown> {
  try {
    if (!path) throw new Error('GITHUB_EVENT_PATH is not set');
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (error) {
    throw new MigcheckError(actionNoPayload(event, (error as Error).message), { hint: ACTION_NO_PAYLOAD_HINT });
  }
}

/**
 * The target to name: the base branch's remote-tracking ref (or local branch) when it is exactly
 * the base commit the event names, so that messages say `origin/main`; the commit itself otherwise.
 */
async function targetOf(repo: Repository, base: NonNullable<EventCommits['base']>): Promise<string> {
  if (base.branch && !base.branch.startsWith('-')) {
    for (const name of [`origin/${base.branch}`, base.branch]) {
      if ((await resolveCommit(repo, name).catch(() => undefined)) === base.commit) return name;
    }
  }
  return base.commit;
}

/** Fails with the fetch-depth advice when a commit the event names is not in the clone. */
async function requireCommits(repo: Repository, commits: EventCommits): Promise<void> {
  for (const named of [commits.head, commits.base]) {
    if (named && (await resolveCommit(repo, named.commit)) !== named.commit) {
      throw new MigcheckError(actionMissingCommit(named.what, named.commit), { hint: ACTION_FETCH_DEPTH_HINT });
    }
  }
}

/** Opens the repository and the config with the inputs as the CLI's options. */
async function openContext(inputs: ActionInputs, io: ActionIO): Promise<RunContext> {
  const args: ParsedArgs = {
    command: 'check',
    positionals: [],
    options: { ...(inputs.dirs.length > 0 ? { dir: inputs.dirs } : {}), ...(inputs.config ? { config: inputs.config } : {}) },
  };
  const commandIO: CommandIO = { stdout: () => undefined, stderr: () => undefined, readStdin: async () => '', stdoutIsTTY: false, env: io.env, cwd: resolve(io.cwd, inputs.workingDirectory) };
  return openRunContext(args, commandIO);
}

/** Text printed where the runner must not read workflow commands (repository text could hold `::`). */
function verbatim(text: string): string {
  const token = `migcheck-${randomUUID()}`;
  return `::stop-commands::${token}\n${text}${text.endsWith('\n') ? '' : '\n'}::${token}::\n`;
}

/** What the step's log shows, in the chosen format. */
function logText(report: CheckReport, inputs: ActionInputs, io: ActionIO): string {
  if (inputs.format === 'json') return renderCheckJson(report);
  if (inputs.format === 'sarif') return renderCheckSarif([report], { version: io.version });
  const human = renderCheckHuman(report, chooseStyle(undefined, io.env, () => false)) || 'migcheck: ok\n';
  if (inputs.format === 'human') return verbatim(human);
  const findings = report.environments.flatMap((e) => e.findings);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  let text = renderCheckGithub(report);
  if (errors > ANNOTATIONS_PER_KIND || warnings > ANNOTATIONS_PER_KIND) {
    const shown = Math.min(errors, ANNOTATIONS_PER_KIND) + Math.min(warnings, ANNOTATIONS_PER_KIND);
    text += `::notice title=${escapeProperty('migcheck')}::${escapeData(annotationsCapped(shown, findings.length))}\n`;
  }
  return `${text}::group::migcheck report\n${verbatim(human)}::endgroup::\n`;
}

async function write(what: string, path: string, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    throw new MigcheckError(actionNotWritten(what, path, (error as Error).message));
  }
}

/** Runs the action; returns the exit code. Everything it has to say goes to `io.stdout`. */
export async function runAction(io: ActionIO): Promise<number> {
  let inputs: ActionInputs = { format: 'github', target: undefined, dirs: [], config: undefined, workingDirectory: '.', sarifFile: undefined, summary: true };
  try {
    inputs = readInputs(io.env);
    const event = io.env.GITHUB_EVENT_NAME ?? '';
    const payload = ['pull_request', 'pull_request_target', 'merge_group'].includes(event) ? await readPayload(event, io.env.GITHUB_EVENT_PATH) : undefined;
    const commits = eventCommits(event, payload, io.env.GITHUB_SHA, io.env.GITHUB_REF_NAME);
    const opened = await openContext(inputs, io);
    await requireCommits(opened.repo, commits);
    const target = inputs.target ?? (commits.base ? await targetOf(opened.repo, commits.base) : undefined);
    const context: RunContext = target ? { ...opened, args: { ...opened.args, options: { ...opened.args.options, target } } } : opened;
    const report = await checkTree(context, { mode: 'rev', tree: { kind: 'commit', commit: commits.head.commit, ref: commits.head.name } });

    io.stdout(logText(report, inputs, io));
    const outputs: Record<string, string> = {};
    if (inputs.sarifFile) {
      const path = resolve(io.cwd, inputs.sarifFile);
      await write('SARIF log', path, async () => {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, renderCheckSarif([report], { version: io.version }));
      });
      outputs['sarif-file'] = path;
    }
    const summaryPath = io.env.GITHUB_STEP_SUMMARY;
    if (inputs.summary && summaryPath) {
      const link = blobLinker(io.env.GITHUB_SERVER_URL, io.env.GITHUB_REPOSITORY, commits.head.commit);
      await write('job summary', summaryPath, () => appendSummary(summaryPath, renderCheckSummary([report], { link })));
    }
    const findings = report.environments.flatMap((e) => e.findings);
    const errors = findings.filter((f) => f.severity === 'error').length;
    Object.assign(outputs, { ok: String(report.ok), errors: String(errors), warnings: String(findings.length - errors) });
    if (io.env.GITHUB_OUTPUT) await write('step outputs', io.env.GITHUB_OUTPUT, () => appendOutputs(io.env.GITHUB_OUTPUT!, outputs));
    return report.ok ? 0 : 1;
  } catch (error) {
    const known = error instanceof MigcheckError;
    const message = known ? `migcheck: ${error.message}` : internalFailure(error instanceof Error ? error.message : String(error));
    const hint = known ? error.hint : undefined;
    io.stdout(`::error title=${escapeProperty('migcheck could not check')}::${escapeData(hint ? `${message}\n${hint}` : message)}\n`);
    const summaryPath = io.env.GITHUB_STEP_SUMMARY;
    if (inputs.summary && summaryPath) {
      await appendSummary(summaryPath, `## ✖ ${SUMMARY_COULD_NOT_CHECK}\n\n${markdownText(message)}\n${hint ? `\n${markdownText(hint)}\n` : ''}`).catch(() => undefined);
    }
    return known ? error.exitCode : 2;
  }
}
