import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readRevisionFile } from '../../src/core/reader/read-revision-file.js';
import { labelConstantImports, moduleCandidatePaths, resolveLabelConstants } from '../../src/core/reader/resolve-label-constants.js';

// Neutron's shape: neutron/db/migration/alembic_migrations/versions/liberty/expand/…
const neutron = `"""initial expand

Revision ID: 354db87e3225
Revises: None
"""
from neutron.db.migration import cli
import neutron.db.migration.other as other
from neutron.db.migration.cli import CONTRACT_BRANCH as CB
from . import local_consts
import pkg.sub.mod

LOCAL = 'local'

# revision identifiers, used by Alembic.
revision = '354db87e3225'
down_revision = None
branch_labels = (cli.EXPAND_BRANCH, other.X, CB, local_consts.Y, pkg.sub.mod.Z, LOCAL, 'plain', unknown.Q, NOPE)
depends_on = (cli.EXPAND_BRANCH,)
`;
const path = 'neutron/db/migration/alembic_migrations/versions/liberty/expand/354db87e3225_initial.py';

test('labelConstantImports names the module and attribute of each imported expression', () => {
  const file = readRevisionFile(path, neutron);
  assert.equal(labelConstantImports(file, neutron), [
    { field: 'branch_labels', expression: 'cli.EXPAND_BRANCH', module: 'neutron.db.migration.cli', attribute: 'EXPAND_BRANCH' },
    { field: 'branch_labels', expression: 'other.X', module: 'neutron.db.migration.other', attribute: 'X' },
    { field: 'branch_labels', expression: 'CB', module: 'neutron.db.migration.cli', attribute: 'CONTRACT_BRANCH' },
    { field: 'branch_labels', expression: 'local_consts.Y', module: '.local_consts', attribute: 'Y' },
    { field: 'branch_labels', expression: 'pkg.sub.mod.Z', module: 'pkg.sub.mod', attribute: 'Z' },
    { field: 'depends_on', expression: 'cli.EXPAND_BRANCH', module: 'neutron.db.migration.cli', attribute: 'EXPAND_BRANCH' },
  ]);
});

test('moduleCandidatePaths: file or package, at the root or under any prefix, root first; relative to the importer', () => {
  const repo = [
    'src/neutron/db/migration/cli.py', 'neutron/db/migration/cli.py', 'x/neutron/db/migration/cli/__init__.py', 'neutron/db/migration/cli.pyi',
    'myneutron/db/migration/cli.py', path.replace(/[^/]+$/, 'local_consts.py'), 'neutron/db/migration/alembic_migrations/versions/liberty/__init__.py',
  ];
  assert.equal(moduleCandidatePaths('neutron.db.migration.cli', repo), [
    'neutron/db/migration/cli.py', 'src/neutron/db/migration/cli.py', 'x/neutron/db/migration/cli/__init__.py',
  ]);
  assert.equal(moduleCandidatePaths('.local_consts', repo, path), [path.replace(/[^/]+$/, 'local_consts.py')]);
  assert.equal(moduleCandidatePaths('..', repo, path), ['neutron/db/migration/alembic_migrations/versions/liberty/__init__.py']);
  assert.equal(moduleCandidatePaths('.x', repo), []);
});

test('resolveLabelConstants replaces found constants and warns for the rest', () => {
  const file = readRevisionFile(path, neutron);
  const modules = new Map([
    ['neutron.db.migration.cli', "EXPAND_BRANCH = 'expand'\nCONTRACT_BRANCH = \"contract\"\ndef f():\n    EXPAND_BRANCH = 'no'\n"],
    ['neutron.db.migration.other', 'X = compute()\n'],
    ['.local_consts', "Y = 'y1'\nY = 'y2'\n"],
  ]);
  const out = resolveLabelConstants(file, neutron, modules);
  assert.equal(out.branchLabels, [
    { kind: 'string', value: 'expand' }, { kind: 'expression', text: 'other.X' }, { kind: 'string', value: 'contract' },
    { kind: 'string', value: 'y2' }, { kind: 'expression', text: 'pkg.sub.mod.Z' }, { kind: 'string', value: 'local' },
    { kind: 'string', value: 'plain' }, { kind: 'expression', text: 'unknown.Q' }, { kind: 'expression', text: 'NOPE' },
  ]);
  assert.equal(out.sites.branch_labels!.items, out.branchLabels);
  assert.equal(out.dependsOn, [{ kind: 'string', value: 'expand' }]);
  assert.equal(out.problems.map((p) => [p.severity, p.line, p.reason]), [
    ['warning', 17, 'branch_labels item other.X could not be resolved to a string constant (X is not a string literal); it is kept as written'],
    ['warning', 17, 'branch_labels item pkg.sub.mod.Z could not be resolved to a string constant (module pkg.sub.mod was not found); it is kept as written'],
    ['warning', 17, 'branch_labels item unknown.Q could not be resolved to a string constant (unknown is not imported); it is kept as written'],
    ['warning', 17, 'branch_labels item NOPE could not be resolved to a string constant (NOPE is neither imported nor a string constant of this file); it is kept as written'],
  ]);
  // The input is not mutated.
  assert.equal(file.branchLabels[0], { kind: 'expression', text: 'cli.EXPAND_BRANCH' });
  assert.is(file.problems.length, 0);
});

test('a file without expression items is returned as is', () => {
  const text = "revision = 'a'\ndown_revision = None\nbranch_labels = ('x',)\n";
  const file = readRevisionFile('v/a.py', text);
  assert.is(resolveLabelConstants(file, text, new Map()), file);
  assert.equal(labelConstantImports(file, text), []);
});

test.run();
