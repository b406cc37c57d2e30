/**
 * The action's inputs, as the runner hands them over: `INPUT_<NAME>` variables (the name upper-
 * cased, spaces as `_`, hyphens kept). Every value is validated; an input the action does not
 * understand stops it (exit 2) instead of being ignored.
 */
import { MigcheckError } from '../core/errors.js';
import { actionBadInput } from '../core/messages.js';

/** What the log shows: `github` = annotations (plus the human report in a collapsed group). */
export type ActionFormat = 'github' | 'human' | 'json' | 'sarif';

export interface ActionInputs {
  format: ActionFormat;
  /** Overrides the event's base branch. */
  target: string | undefined;
  /** Versions directories instead of discovery. */
  dirs: string[];
  config: string | undefined;
  /** Relative to the workspace. */
  workingDirectory: string;
  /** Where to write the SARIF log, when asked. */
  sarifFile: string | undefined;
  summary: boolean;
}

const FORMATS: readonly ActionFormat[] = ['github', 'human', 'json', 'sarif'];

/** One input, trimmed; undefined when unset or empty (the runner sets unset inputs to ''). */
function input(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim();
  return value ? value : undefined;
}

/** A YAML 1.2 core-schema boolean, as GitHub's own toolkit reads `getBooleanInput`. */
function booleanInput(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = input(env, name);
  if (value === undefined) return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new MigcheckError(actionBadInput(name, value, 'true or false'));
}

/** Reads and validates every input. */
export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const format = input(env, 'format') ?? 'github';
  if (!(FORMATS as readonly string[]).includes(format)) throw new MigcheckError(actionBadInput('format', format, `one of ${FORMATS.join(', ')}`));
  return {
    format: format as ActionFormat,
    target: input(env, 'target'),
    // One directory per line (commas too, for a one-line YAML value).
    dirs: (input(env, 'dirs') ?? '').split(/[\n,]/).map((d) => d.trim()).filter(Boolean),
    config: input(env, 'config'),
    workingDirectory: input(env, 'working-directory') ?? '.',
    sarifFile: input(env, 'sarif-file'),
    summary: booleanInput(env, 'summary', true),
  };
}
