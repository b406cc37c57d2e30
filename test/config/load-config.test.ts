import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load-config.js';
import { MigcheckError } from '../../src/core/errors.js';
import type { MigcheckConfig } from '../../src/core/types.js';

async function inDir(files: Record<string, string>, fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'migcheck-config-'));
  try {
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function loadError(files: Record<string, string>, explicitPath?: string): Promise<MigcheckError> {
  let caught: unknown;
  await inDir(files, async (dir) => {
    try {
      await loadConfig(dir, explicitPath === undefined ? {} : { explicitPath });
    } catch (error) {
      caught = error;
    }
  });
  assert.instance(caught, MigcheckError, 'expected a MigcheckError');
  assert.is((caught as MigcheckError).exitCode, 2);
  return caught as MigcheckError;
}

const EMPTY: MigcheckConfig = { source: undefined, severity: {}, ignore: [], allowedHeads: [] };

test('no config source gives the defaults', async () => {
  await inDir({ 'package.json': '{"name": "x"}\n', 'pyproject.toml': '[tool.black]\nline-length = 100\n' }, async (dir) => {
    assert.equal(await loadConfig(dir), EMPTY);
  });
});

test('.migcheckrc.json: every key, normalised', async () => {
  const rc = {
    target: 'origin/develop',
    environments: ['./backend/migrations/versions/', { dir: ['db/a/versions', 'db/b'], allowedHeads: ['expand_head'] }],
    severity: { 'behind-target': 'error', 'redundant-merge': 'off' },
    ignore: ['backend/migrations/versions/legacy/**', 'old_*.py'],
    allowedHeads: ['contract_head'],
  };
  await inDir({ '.migcheckrc.json': JSON.stringify(rc) }, async (dir) => {
    assert.equal(await loadConfig(dir), {
      source: '.migcheckrc.json',
      target: 'origin/develop',
      environments: [
        { versionLocations: ['backend/migrations/versions'], allowedHeads: [] },
        { versionLocations: ['db/a/versions', 'db/b'], allowedHeads: ['expand_head'] },
      ],
      severity: { 'behind-target': 'error', 'redundant-merge': 'off' },
      ignore: ['backend/migrations/versions/legacy/**', 'old_*.py'],
      allowedHeads: ['contract_head'],
    });
  });
});

test('order: .migcheckrc.json, then package.json "migcheck", then pyproject.toml [tool.migcheck]', async () => {
  const pkg = JSON.stringify({ name: 'x', migcheck: { target: 'from-package' } });
  const py = '[project]\nname = "x"\n\n[tool.migcheck]\ntarget = "from-pyproject"\n';
  await inDir({ '.migcheckrc.json': '{"target": "from-rc"}', 'package.json': pkg, 'pyproject.toml': py }, async (dir) => {
    assert.equal((await loadConfig(dir)).target, 'from-rc');
  });
  await inDir({ 'package.json': pkg, 'pyproject.toml': py }, async (dir) => {
    const config = await loadConfig(dir);
    assert.equal([config.source, config.target], ['package.json "migcheck"', 'from-package']);
  });
  await inDir({ 'package.json': '{"name": "x"}', 'pyproject.toml': py }, async (dir) => {
    const config = await loadConfig(dir);
    assert.equal([config.source, config.target], ['pyproject.toml [tool.migcheck]', 'from-pyproject']);
  });
});

test('pyproject.toml: sub-tables and inline tables', async () => {
  const py = [
    '[tool.migcheck]',
    'target = "main"',
    'environments = [{ dir = "alembic/versions", allowedHeads = ["x1"] }]',
    '',
    '[tool.migcheck.severity]',
    '"behind-target" = "error"',
    '',
  ].join('\n');
  await inDir({ 'pyproject.toml': py }, async (dir) => {
    assert.equal(await loadConfig(dir), {
      source: 'pyproject.toml [tool.migcheck]',
      target: 'main',
      environments: [{ versionLocations: ['alembic/versions'], allowedHeads: ['x1'] }],
      severity: { 'behind-target': 'error' },
      ignore: [],
      allowedHeads: [],
    });
  });
});

test('--config FILE: JSON, a package.json, a TOML file', async () => {
  await inDir({ 'ci.json': '{"target": "origin/release"}', 'other.toml': 'target = "t"\n', '.migcheckrc.json': '{"target": "ignored"}' }, async (dir) => {
    assert.equal(await loadConfig(dir, { explicitPath: 'ci.json' }), { ...EMPTY, source: 'ci.json', target: 'origin/release' });
    assert.equal(await loadConfig(dir, { explicitPath: join(dir, 'other.toml') }), { ...EMPTY, source: 'other.toml', target: 't' });
  });
});

test('unknown key: names the key and the file', async () => {
  const error = await loadError({ '.migcheckrc.json': '{"target": "main", "taget": "x"}' });
  assert.is(error.message, 'config: taget in .migcheckrc.json is not a known key');
  assert.is(error.hint, 'Known keys: target, environments, severity, ignore, allowedHeads, fetchTarget (see the README, "Configuration").');
});

test('a pyproject spelling of a key gets a did-you-mean', async () => {
  const error = await loadError({ 'pyproject.toml': '[tool.migcheck]\nallowed-heads = ["a"]\n' });
  assert.is(error.message, 'config: allowed-heads in pyproject.toml [tool.migcheck] is not a known key (did you mean allowedHeads?)');
});

test('wrong types name the exact key', async () => {
  const cases: [string, string][] = [
    ['{"target": 3}', 'config: target in .migcheckrc.json must be a non-empty string, not the number 3'],
    ['{"severity": {"behind-target": "fatal"}}', 'config: severity.behind-target in .migcheckrc.json must be "error", "warning" or "off", not the string "fatal"'],
    ['{"severity": {"two-heads": "error"}}', 'config: severity.two-heads in .migcheckrc.json is not a finding code (one of: bypassed-chain, behind-target, multiple-heads, redundant-merge, edited-published, missing-parent, duplicate-revision, cycle, unparseable, duplicate-label, unresolved-label, alembic-compat)'],
    ['{"environments": "a/versions"}', 'config: environments in .migcheckrc.json must be a list of versions directories or {dir, allowedHeads} tables, not the string "a/versions"'],
    ['{"environments": [{"dir": "a", "cmd": "rm -rf /"}]}', 'config: environments[0].cmd in .migcheckrc.json is not a known key'],
    ['{"environments": [{"allowedHeads": []}]}', 'config: environments[0].dir in .migcheckrc.json is missing (the versions directory, or a list of them)'],
    ['{"environments": [{"dir": ["a", 1]}]}', 'config: environments[0].dir[1] in .migcheckrc.json must be a non-empty string, not the number 1'],
    ['{"environments": ["../elsewhere/versions"]}', 'config: environments[0] in .migcheckrc.json must be a path inside the repository, relative to its root, not "../elsewhere/versions"'],
    ['{"ignore": "x.py"}', 'config: ignore in .migcheckrc.json must be a list of strings, not the string "x.py"'],
    ['{"allowedHeads": [null]}', 'config: allowedHeads[0] in .migcheckrc.json must be a non-empty string, not null'],
    ['["target"]', 'config: the migcheck settings in .migcheckrc.json must be a table/object, not a list'],
  ];
  for (const [text, message] of cases) {
    assert.is((await loadError({ '.migcheckrc.json': text })).message, message, text);
  }
});

test('package.json "migcheck" that is not an object', async () => {
  const error = await loadError({ 'package.json': '{"name": "x", "migcheck": true}' });
  assert.is(error.message, 'config: the migcheck settings in package.json "migcheck" must be a table/object, not the boolean true');
});

test('unreadable files and a missing --config file', async () => {
  assert.match((await loadError({ '.migcheckrc.json': '{"target": "main",}' })).message, /^config: cannot read \.migcheckrc\.json: /);
  assert.match((await loadError({ 'pyproject.toml': '[tool.migcheck]\ntarget = \n' })).message, /^config: cannot read pyproject\.toml: /);
  const missing = await loadError({}, 'nope.json');
  assert.is(missing.message, 'config: nope.json does not exist');
});

test.run();
