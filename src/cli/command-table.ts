/**
 * The one description of migcheck's commands and options. The argv parser (parse-argv.ts), the
 * fast lane's decision (main.ts) and the help (help.ts) all read it, so they cannot disagree.
 * Adding a command is one entry in COMMANDS (plus its module under commands/, and its bundle in
 * scripts/build.mjs when it should be read only when it runs).
 */
import type { CommandIO } from '../app/command-io.js';
import type { ParsedArgs } from '../app/parsed-args.js';

export type { ParsedArgs } from '../app/parsed-args.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Repeatable: the value is the list of every occurrence. */
  multiple?: boolean;
  /** A boolean that `--no-NAME` turns off. */
  negatable?: boolean;
  /** The placeholder of its value in help (`--target REF`). */
  value?: string;
  describe: string;
  choices?: readonly string[];
}

/** A command module exports `run`; the exit code it returns is the process's. */
export interface CommandModule {
  run(args: ParsedArgs, io: CommandIO): Promise<number>;
}

export interface CommandSpec {
  name: string;
  /**
   * How it is called after `migcheck`: `check [paths..]`. `[x]` is optional, `<x>` required,
   * `..` any number; the parser takes the count of arguments from it.
   */
  usage: string;
  describe: string;
  /** Its own options. A name means the same thing, with the same type, in every command. */
  options: Record<string, OptionSpec>;
  /** The global options it takes besides --format (default: all of them). */
  globals?: readonly GlobalOptionName[];
  /** The values of --format, the default first; absent: no --format. */
  formats?: readonly string[];
  /** Its arguments name files or folders, which must exist. */
  paths?: boolean;
  /** `[command line, what it does]` pairs for its help. */
  examples?: readonly (readonly [string, string])[];
  /** Sub-commands (`migcheck db status`): the word after the command picks one. */
  subcommands?: readonly CommandSpec[];
  load?: () => Promise<CommandModule>;
}

/** Options that may stand anywhere on the line and mean the same for every command that takes them. */
export const GLOBAL_OPTIONS = {
  cwd: { type: 'string', value: 'DIR', describe: 'run as if started in DIR' },
  target: { type: 'string', value: 'REF', describe: 'the branch this work will merge into (default: MIGCHECK_TARGET, then origin/HEAD, origin/main, origin/master, main, master)' },
  dir: { type: 'string', value: 'PATH', multiple: true, describe: 'a versions folder to read, instead of those the Alembic configs name (repeatable)' },
  config: { type: 'string', value: 'FILE', describe: 'the migcheck config file (default: .migcheckrc.json, package.json "migcheck", [tool.migcheck])' },
  format: { type: 'string', value: 'FORMAT', describe: 'output format' },
  quiet: { type: 'boolean', short: 'q', describe: 'print only errors' },
  color: { type: 'boolean', negatable: true, describe: 'colour on (--no-color: off; default: on a terminal unless NO_COLOR is set)' },
  debug: { type: 'boolean', describe: 'print internal detail when something fails' },
} as const satisfies Record<string, OptionSpec>;

export type GlobalOptionName = keyof typeof GLOBAL_OPTIONS;

/** What every command that reads a repository takes. */
const READING: readonly GlobalOptionName[] = ['cwd', 'dir', 'config', 'debug'];

const treeOptions = {
  rev: { type: 'string', value: 'REV', describe: 'read a committed tree (a commit, branch or tag)' },
  staged: { type: 'boolean', describe: 'read the index (what the next commit holds)' },
} as const satisfies Record<string, OptionSpec>;

/** Where the version table is, when env.py moves it (migcheck db, rebase-plan --db). */
const versionTableOptions = {
  'version-table': { type: 'string', value: 'NAME', describe: 'the version table env.py uses (default: the config, then alembic_version)' },
  'version-table-schema': { type: 'string', value: 'SCHEMA', describe: 'the schema of the version table (default: the config, then the search path)' },
} as const satisfies Record<string, OptionSpec>;

/** What both `db` sub-commands take. */
const databaseOptions = {
  url: { type: 'string', value: 'URL', describe: 'the database, postgresql://… or sqlite:///path (or the URL argument; default: MIGCHECK_DATABASE_URL, then DATABASE_URL)' },
  rev: { type: 'string', value: 'REV', describe: 'read the migrations of a committed tree (a commit, branch or tag) instead of the working tree' },
  env: { type: 'string', value: 'NAME', describe: 'the environment to read when there are several (its alembic.ini, folder or section)' },
  ...versionTableOptions,
} as const satisfies Record<string, OptionSpec>;

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'check',
    usage: 'check [paths..]',
    describe: 'check the staged migrations (or a committed tree) against the target branch; what the pre-commit hook runs',
    options: { rev: { type: 'string', value: 'REV', describe: 'check a committed tree (a commit, branch or tag) instead of the index: the CI gate' } },
    formats: ['human', 'json', 'github', 'sarif'],
    paths: true,
    examples: [
      ['migcheck', 'check what is staged (the same as `migcheck check`)'],
      ['migcheck check --rev HEAD --target origin/main', 'the CI gate: check the committed tree against origin/main'],
      ['migcheck check --format github', 'annotations for GitHub Actions'],
      ['migcheck check --rev HEAD --format sarif > migcheck.sarif', 'a SARIF 2.1.0 log for code scanning'],
      ['MIGCHECK_SKIP=1 git commit', 'let one commit through'],
    ],
    load: () => import('./commands/check.js'),
  },
  {
    name: 'pre-push',
    usage: 'pre-push [remote] [url]',
    describe: "check each pushed branch tip against the target (git's pre-push lines on stdin; without them, HEAD)",
    options: { fetch: { type: 'boolean', describe: 'fetch the target branch from its remote first (default: check against the last-fetched commit; config "fetchTarget": true)' } },
    formats: ['human', 'json', 'github', 'sarif'],
    examples: [['migcheck pre-push', 'check HEAD as a push would'], ['migcheck pre-push --fetch', 'the same against the target as the remote has it now']],
    load: () => import('./commands/pre-push.js'),
  },
  {
    name: 'rebase-plan',
    usage: 'rebase-plan',
    describe: "print the steps that put this branch's migrations on top of the target's head(s)",
    options: {
      apply: { type: 'boolean', describe: 'perform the file edits (never stages or commits)' },
      db: { type: 'string', value: 'URL', describe: 'refuse to re-point a revision this database has applied (read-only)' },
      ...versionTableOptions,
    },
    globals: ['cwd', 'target', 'dir', 'config', 'color', 'debug'],
    formats: ['human', 'json'],
    examples: [['migcheck rebase-plan --apply', 're-point this branch’s migrations onto the target’s head']],
    load: () => import('./commands/rebase-plan.js'),
  },
  {
    name: 'merge',
    usage: 'merge',
    describe: 'write a merge migration over the current heads, as `alembic merge heads` would',
    options: {
      message: { type: 'string', short: 'm', value: 'MSG', describe: 'the message (also the file name slug)' },
      'rev-id': { type: 'string', value: 'ID', describe: 'the new revision id (default: 12 random hex digits)' },
    },
    globals: READING,
    examples: [['migcheck merge -m "merge heads"', 'join the two heads of the working tree']],
    load: () => import('./commands/merge.js'),
  },
  {
    name: 'heads',
    usage: 'heads',
    describe: 'list the heads of each environment (working tree by default), as `alembic heads` prints them',
    options: treeOptions,
    globals: [...READING, 'quiet', 'color'],
    formats: ['human', 'json'],
    examples: [['migcheck heads --rev origin/main', 'the heads of origin/main']],
    load: () => import('./commands/heads.js'),
  },
  {
    name: 'graph',
    usage: 'graph',
    describe: 'draw the revision graph, marking heads, merge points and branch labels',
    options: treeOptions,
    globals: READING,
    formats: ['text', 'mermaid', 'dot', 'json'],
    examples: [['migcheck graph --format mermaid', 'a Mermaid flowchart (one subgraph per environment)']],
    load: () => import('./commands/graph.js'),
  },
  {
    name: 'init',
    usage: 'init',
    describe: 'install the hooks (pre-commit, pre-merge-commit, pre-push) in the set-up the repository already uses',
    options: {
      'dry-run': { type: 'boolean', describe: 'print what would change, change nothing' },
      mode: { type: 'string', value: 'MODE', describe: 'choose the set-up (pre-commit: the pre-commit framework)', choices: ['husky', 'plain', 'pre-commit'] },
      'pre-commit': { type: 'boolean', describe: 'same as --mode pre-commit' },
      'hook-repo': { type: 'string', value: 'URL', describe: "--mode pre-commit: the migcheck repository the config names (default: this installation's)" },
      'hook-rev': { type: 'string', value: 'REV', describe: '--mode pre-commit: the tag or commit of that repository to pin (default: v<version>)' },
    },
    // No --dir or --target: the hooks it writes would not carry them (the config does).
    globals: ['cwd', 'config', 'debug'],
    examples: [
      ['migcheck init --dry-run', 'show what init would write'],
      ['migcheck init --mode pre-commit', 'add migcheck to .pre-commit-config.yaml'],
    ],
    load: () => import('./commands/init.js'),
  },
  {
    // The investigation of a forked tree, for people: its own bundle (dist/explain.cjs), and the
    // database code only with --db.
    name: 'explain',
    usage: 'explain',
    describe: 'write up a tree whose migrations fork (several heads): the heads, where they diverged, each chain, how it happened and the fix, as Markdown for an issue',
    options: {
      rev: { type: 'string', value: 'REV', describe: 'explain a committed tree (a commit, branch or tag; default: the target, else the working tree when it is the one that forks)' },
      db: { type: 'string', value: 'URL', describe: 'add the database section for this database: what it records, the evidence of each pending revision and the stamp plan, as `db` reads them (read-only)' },
      env: databaseOptions.env,
      ...versionTableOptions,
    },
    globals: ['cwd', 'target', 'dir', 'config', 'debug'],
    formats: ['markdown', 'json'],
    examples: [
      ['migcheck explain > heads.md', 'the investigation of the target branch, ready for an issue'],
      ['migcheck explain --rev origin/main --db postgresql://app@db/prod', 'with what the database records and the stamp that makes it true'],
    ],
    load: () => import('./commands/explain.js'),
  },
  {
    // `db status` and `db stamp-plan`: read-only, and in a bundle of their own (dist/db.cjs) with
    // the PostgreSQL driver, which no hook ever reads.
    name: 'db',
    usage: 'db <command>',
    describe: 'what the database records against the repository, read-only (never run by a hook)',
    options: {},
    globals: [],
    subcommands: [
      {
        name: 'status',
        usage: 'status [url]',
        describe: 'the recorded revisions against the graph: current, behind, partial, unknown-revision, overlap, empty or no-version-table',
        options: { ...databaseOptions, schema: { type: 'boolean', describe: 'look up the objects of each pending revision in the catalogue (applied-outside, partial, absent, unknown, data-differs)' } },
        globals: ['cwd', 'dir', 'config', 'quiet', 'color', 'debug'],
        formats: ['human', 'json'],
        examples: [
          ['migcheck db status --schema --url postgresql://app@db:5432/prod', 'which pending revisions the database already has (password: PGPASSWORD)'],
          ['migcheck db status sqlite:///app.db --env migrations', 'one environment of several against a SQLite file'],
        ],
        load: () => import('./commands/db.js'),
      },
      {
        name: 'stamp-plan',
        usage: 'stamp-plan [url]',
        describe: 'print the commands (alembic stamp, migcheck merge, alembic upgrade) that make the version table true; runs none of them',
        options: databaseOptions,
        globals: ['cwd', 'dir', 'config', 'color', 'debug'],
        formats: ['human', 'json'],
        examples: [['MIGCHECK_DATABASE_URL=postgresql://app@db/prod migcheck db stamp-plan', 'the stamp that records what was applied outside Alembic']],
        load: () => import('./commands/db.js'),
      },
    ],
  },
  {
    name: 'help',
    usage: 'help [command..]',
    describe: 'show the help of migcheck or of a command',
    options: {},
    globals: [],
    load: () => import('./help.js'),
  },
];

/** The command a bare `migcheck` (or one given only paths) runs. */
export const DEFAULT_COMMAND = 'check';

/** What --help / -h and --version / -v ask for; they are answered before anything is checked. */
export const HELP_FLAGS = ['--help', '-h'] as const;
export const VERSION_FLAGS = ['--version', '-v'] as const;
