/**
 * The one description of migcheck's commands and options. Both argument parsers read it: the
 * fast `node:util` parser used on every run (a hook runs on every commit, and importing yargs
 * costs ~100 ms here), and yargs, loaded only for --help, --version and usage errors.
 */
import type { CommandIO } from '../app/command-io.js';
import type { ParsedArgs } from '../app/parsed-args.js';

export type { ParsedArgs } from '../app/parsed-args.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  describe: string;
  choices?: readonly string[];
}


/** A command module exports `run`; the exit code it returns is the process's. */
export interface CommandModule {
  run(args: ParsedArgs, io: CommandIO): Promise<number>;
}

export interface CommandSpec {
  name: string;
  /** yargs usage string, e.g. `check [paths..]`. */
  usage: string;
  describe: string;
  options: Record<string, OptionSpec>;
  load: () => Promise<CommandModule>;
}

/** Options every command accepts (the contract's global options). */
export const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  cwd: { type: 'string', describe: 'run as if started in DIR' },
  target: { type: 'string', describe: 'the branch this work will merge into (default: origin/HEAD, origin/main, origin/master, main, master)' },
  dir: { type: 'string', multiple: true, describe: 'a versions directory to check, overriding discovery (repeatable)' },
  config: { type: 'string', describe: 'the migcheck config file to use' },
  format: { type: 'string', describe: 'output format: human, json or github (graph: text, mermaid, dot, json)' },
  quiet: { type: 'boolean', short: 'q', describe: 'print only errors' },
  color: { type: 'boolean', describe: 'force colour on (--no-color turns it off)' },
  debug: { type: 'boolean', describe: 'print internal detail when something fails' },
};

const rev = { type: 'string', describe: 'check a committed tree (a commit, branch or tag) instead of the index' } as const;

export const COMMANDS: CommandSpec[] = [
  {
    name: 'check',
    usage: 'check [paths..]',
    describe: 'check the staged migrations (or --rev REV) against the target branch',
    options: { rev },
    load: () => import('./commands/check.js'),
  },
  {
    name: 'pre-push',
    usage: 'pre-push [remote] [url]',
    describe: "check each pushed tip (git's pre-push lines on stdin)",
    options: {},
    load: () => import('./commands/pre-push.js'),
  },
  {
    name: 'rebase-plan',
    usage: 'rebase-plan',
    describe: "print the steps that put this branch's migrations on top of the target's head(s)",
    options: { apply: { type: 'boolean', describe: 'perform the file edits (never stages or commits)' } },
    load: () => import('./commands/rebase-plan.js'),
  },
  {
    name: 'merge',
    usage: 'merge',
    describe: 'write a merge migration over the current heads, as `alembic merge heads` would',
    options: {
      message: { type: 'string', short: 'm', describe: 'the message (also the file name slug)' },
      'rev-id': { type: 'string', describe: 'the new revision id (default: 12 random hex digits)' },
    },
    load: () => import('./commands/merge.js'),
  },
  {
    name: 'heads',
    usage: 'heads',
    describe: 'list the heads of each environment (working tree by default)',
    options: { rev: { type: 'string', describe: 'read a committed tree' }, staged: { type: 'boolean', describe: 'read the index' } },
    load: () => import('./commands/heads.js'),
  },
  {
    name: 'graph',
    usage: 'graph',
    describe: 'draw the revision graph (--format text, mermaid, dot or json)',
    options: { rev: { type: 'string', describe: 'read a committed tree' }, staged: { type: 'boolean', describe: 'read the index' } },
    load: () => import('./commands/graph.js'),
  },
  {
    name: 'init',
    usage: 'init',
    describe: 'install the hooks (pre-commit, pre-merge-commit, pre-push) in the set-up the repository already uses',
    options: {
      'dry-run': { type: 'boolean', describe: 'print what would change, change nothing' },
      mode: { type: 'string', describe: 'choose the set-up: husky, plain or pre-commit (the pre-commit framework)', choices: ['husky', 'plain', 'pre-commit'] },
      'pre-commit': { type: 'boolean', describe: 'same as --mode pre-commit' },
      'hook-repo': { type: 'string', describe: "--mode pre-commit: the migcheck repository the config names (default: this installation's)" },
      'hook-rev': { type: 'string', describe: '--mode pre-commit: the tag or commit of that repository to pin (default: v<version>)' },
    },
    load: () => import('./commands/init.js'),
  },
];

/** The command a bare `migcheck` (or a first argument that is not a command) runs. */
export const DEFAULT_COMMAND = 'check';
