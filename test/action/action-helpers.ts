/**
 * Runs the GitHub Action's entry the way the runner does: `node <runs.main of action.yml>` in the
 * workspace, with the variables GitHub sets (event name and payload file, GITHUB_SHA, the step's
 * summary and output files, the repository's address) and every input of action.yml as
 * `INPUT_<NAME>`, its default unless the test gives one.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, projectRoot, run, type RunResult } from '../helpers/repo.js';

const actionYml = readFileSync(join(projectRoot, 'action.yml'), 'utf8');

/** The file action.yml runs (`runs.main`), and the Node version it asks for (`runs.using`). */
export const actionMain = join(projectRoot, /^runs:\n(?:\s+.*\n)*?\s+main:\s*(\S+)/m.exec(actionYml)![1]!);
export const actionUsing = /^runs:\n(?:\s+.*\n)*?\s+using:\s*(\S+)/m.exec(actionYml)![1]!;

/** Each input of action.yml with its default (the runner sets every declared input). */
export function actionInputDefaults(): Record<string, string> {
  const block = /^inputs:\n((?:[ \t]+.*\n|\n)*)/m.exec(actionYml)![1]!;
  const defaults: Record<string, string> = {};
  let name = '';
  for (const line of block.split('\n')) {
    const input = /^ {2}([\w-]+):\s*$/.exec(line);
    if (input) { name = input[1]!; defaults[name] = ''; continue; }
    const value = /^ {4}default:\s*(.*)$/.exec(line);
    if (value && name) defaults[name] = value[1]!.replace(/^"(.*)"$/, '$1');
  }
  return defaults;
}

export interface ActionRun extends RunResult {
  /** The job summary the step wrote. */
  summary: string;
  /** The step outputs (GITHUB_OUTPUT), parsed. */
  outputs: Record<string, string>;
  /** The raw GITHUB_OUTPUT text. */
  outputText: string;
}

/** Parses the runner's output file: `name=value` lines and `name<<DELIMITER` … `DELIMITER` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      if (end < 0) throw new Error(`unterminated output ${heredoc[1]}`);
      out[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

/** Runs the action in `workspace` for `event` (its payload written to a file, as the runner does). */
export async function runActionEntry(workspace: string, options: {
  event: string;
  payload?: unknown;
  sha?: string;
  refName?: string;
  inputs?: Record<string, string>;
  env?: Record<string, string | undefined>;
}): Promise<ActionRun> {
  const runnerTemp = await mkdtemp(join(tmpdir(), 'migcheck-runner-'));
  try {
    const eventPath = join(runnerTemp, 'event.json');
    const summaryPath = join(runnerTemp, 'step_summary');
    const outputPath = join(runnerTemp, 'output');
    if (options.payload !== undefined) await writeFile(eventPath, JSON.stringify(options.payload));
    await writeFile(summaryPath, '');
    await writeFile(outputPath, '');
    const inputs = { ...actionInputDefaults(), ...options.inputs };
    const env = cleanEnv({
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: options.event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_SHA: options.sha,
      GITHUB_REF_NAME: options.refName,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_OUTPUT: outputPath,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/app',
      RUNNER_TEMP: runnerTemp,
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])),
      ...options.env,
    });
    const result = await run(process.execPath, [actionMain], { cwd: workspace, env });
    const outputText = await readFile(outputPath, 'utf8');
    return { ...result, summary: await readFile(summaryPath, 'utf8'), outputs: parseOutputFile(outputText), outputText };
  } finally {
    await rm(runnerTemp, { recursive: true, force: true });
  }
}

/** The `::error …::` / `::warning …::` / `::notice …::` workflow commands of a log, decoded. */
export function workflowCommands(stdout: string): { command: string; props: Record<string, string>; message: string }[] {
  const decode = (s: string) => s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const out = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) props[pair.slice(0, pair.indexOf('='))] = decode(pair.slice(pair.indexOf('=') + 1));
    out.push({ command: m[1]!, props, message: decode(m[3]!) });
  }
  return out;
}
