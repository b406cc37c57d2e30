/**
 * An OpenStack-like repository for the label-constant tests: a real importable package
 * (`neutron/db/migration/cli.py` defines the branch names) and two chains, expand and contract,
 * forking from one base, their first revisions labelled `(cli.EXPAND_BRANCH,)` /
 * `(cli.CONTRACT_BRANCH,)` as Neutron writes them. Alembic imports the module (PYTHONPATH set to
 * the repository); migcheck reads it.
 */
import type { AlembicOracle } from '../helpers/alembic.js';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cleanEnv, run, type Repo, type RunResult } from '../helpers/repo.js';
import { alembicIni } from '../helpers/revision-files.js';
import type { Environment } from '../../src/core/types.js';

export const PACKAGE = 'neutron/db/migration';
export const SCRIPTS = `${PACKAGE}/alembic_migrations`;
export const VERSIONS = `${SCRIPTS}/versions`;
export const CLI = `${PACKAGE}/cli.py`;

/** The environment of the layout, as discovery finds it (for loadTrees tests). */
export const ENV: Environment = {
  config: 'alembic.ini', section: 'alembic', scriptLocation: SCRIPTS,
  versionLocations: [VERSIONS], recursive: false, sourceless: false,
  fileTemplate: '%(rev)s_%(slug)s', truncateSlugLength: 40,
};

/** cli.py with the two branch names (Neutron's own module holds more than constants). */
export function cliModule(expand = 'expand', contract = 'contract'): string {
  return `import os\n\nfrom alembic import command as alembic_command\n\n\nEXPAND_BRANCH = '${expand}'\nCONTRACT_BRANCH = '${contract}'\nMIGRATION_BRANCHES = (EXPAND_BRANCH, CONTRACT_BRANCH)\n\n\ndef main():\n    pass\n`;
}

/** One revision file: literal ids, `labels` written as Python source (`(cli.EXPAND_BRANCH,)`). */
export function revision(rev: string, down: string | undefined, labels = 'None', imports = 'from neutron.db.migration import cli', dependsOn = 'None'): string {
  return `"""${rev}\n\nRevision ID: ${rev}\nRevises: ${down ?? ''}\nCreate Date: 2016-03-01 12:00:00.000000\n\n"""\n\nfrom alembic import op\nimport sqlalchemy as sa\n\n${imports}\n\n\n# revision identifiers, used by Alembic.\nrevision = '${rev}'\ndown_revision = ${down ? `'${down}'` : 'None'}\nbranch_labels = ${labels}\ndepends_on = ${dependsOn}\n\n\ndef upgrade():\n    pass\n`;
}

/**
 * The whole layout: kilo ← e1 ← e2 (expand) and kilo ← c1 ← c2 (contract), package
 * `__init__.py` files so Alembic can import `neutron.db.migration.cli`.
 */
export function openstackFiles(options: { expand?: string; contract?: string; labels?: [string, string] } = {}): Record<string, string> {
  const [expandLabels, contractLabels] = options.labels ?? ['(cli.EXPAND_BRANCH,)', '(cli.CONTRACT_BRANCH,)'];
  return {
    'alembic.ini': alembicIni(SCRIPTS),
    'neutron/__init__.py': '', 'neutron/db/__init__.py': '', [`${PACKAGE}/__init__.py`]: '',
    [CLI]: cliModule(options.expand, options.contract),
    [`${SCRIPTS}/env.py`]: '# not run by `alembic heads`\n',
    [`${VERSIONS}/kilo_initial.py`]: revision('kilo', undefined),
    [`${VERSIONS}/e1_expand_initial.py`]: revision('e1', 'kilo', expandLabels),
    [`${VERSIONS}/e2_add_column.py`]: revision('e2', 'e1'),
    [`${VERSIONS}/c1_contract_initial.py`]: revision('c1', 'kilo', contractLabels),
    [`${VERSIONS}/c2_drop_column.py`]: revision('c2', 'c1'),
  };
}

/** `alembic heads` by one Alembic oracle, importing the repository's package. */
export function alembicHeads(repo: Repo, oracle: AlembicOracle): Promise<RunResult> {
  const path = [repo.dir, oracle.env.PYTHONPATH].filter(Boolean).join(':');
  return run('/usr/bin/python3', ['-m', 'alembic', 'heads'], {
    cwd: repo.dir, env: cleanEnv({ PYTHONPATH: path, PYTHONDONTWRITEBYTECODE: '1' }),
  });
}

/** Lines sorted: Alembic 1.8.1 lists version files in os.listdir order (1.10+ by name), so its line order is the file system's. */
export const sortedLines = (text: string) => text.split('\n').filter(Boolean).sort();

/**
 * The git commands a migcheck run started, from GIT_TRACE written to a file (git's own stderr is
 * captured by migcheck, a file is not): `ls-files -s -z -- …`, `cat-file --batch`, ….
 */
export async function gitCommands(repo: Repo, args: string[], traceFile: string): Promise<{ result: RunResult; commands: string[] }> {
  await writeFile(traceFile, '');
  const result = await repo.migcheck(args, { env: { GIT_TRACE: traceFile } });
  const trace = await readFile(traceFile, 'utf8');
  const commands = trace.split('\n').flatMap((line) => {
    const at = line.indexOf('trace: built-in: git ');
    return at < 0 ? [] : [line.slice(at + 'trace: built-in: git '.length).replace(/^--no-optional-locks /, '')];
  });
  return { result, commands };
}

/** A trace file path inside the repository's git dir (never part of a tree). */
export const traceFileOf = (repo: Repo) => join(repo.dir, '.git', 'trace.txt');
