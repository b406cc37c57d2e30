/**
 * Config values are data. No key names a command, and values that look like shell, git options
 * or paths out of the repository are refused with exit 2 naming the key — or, where a value is a
 * harmless string (a ref that does not exist), refused by git lookup — and nothing is executed.
 * Alembic configs with odd values are read as text too.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withRepo, type Repo } from '../helpers/repo.js';
import { alembicIni, revisionText } from '../helpers/revision-files.js';
import { assertCouldNotCheck, assertExit } from '../edge/edge-helpers.js';

const A = 'aaaa00000001';
let markers: string;
test.before(async () => {
  markers = await mkdtemp(join(tmpdir(), 'migcheck-markers-'));
});
test.after(async () => {
  await rm(markers, { recursive: true, force: true });
});
const touch = (name: string) => `touch ${join(markers, name)}`;

async function setUp(repo: Repo): Promise<void> {
  await repo.commit('base', { 'alembic.ini': alembicIni('m'), 'm/env.py': '', [`m/versions/${A}_a.py`]: revisionText({ rev: A }) });
  await repo.write({ 'm/versions/b.py': revisionText({ rev: 'bbbb00000002', down: [A] }) });
  await repo.exec(['add', '-A']);
}

const KEY_HINT = /\nKnown keys: target, environments, severity, ignore, allowedHeads, fetchTarget/;

test('.migcheckrc.json with odd values: exit 2 naming the key, nothing executed', async () => {
  await withRepo(async (repo) => {
    await setUp(repo);
    const cases: [unknown, RegExp][] = [
      [{ exec: touch('exec') }, /^migcheck: config: exec in \.migcheckrc\.json is not a known key/],
      [{ hooks: { 'pre-commit': touch('hooks') } }, /^migcheck: config: hooks in \.migcheckrc\.json is not a known key/],
      [{ environments: [{ dir: 'm/versions', command: touch('env-command') }] }, /^migcheck: config: environments\[0\]\.command in \.migcheckrc\.json is not a known key/],
      [{ severity: { 'bypassed-chain': touch('severity') } }, /^migcheck: config: severity\.bypassed-chain in \.migcheckrc\.json must be "error", "warning" or "off", not the string "touch /],
      [{ severity: { [touch('code')]: 'off' } }, /^migcheck: config: severity\.touch .* is not a finding code/],
      [{ environments: ['../../etc'] }, /^migcheck: config: environments\[0\] in \.migcheckrc\.json must be a path inside the repository, relative to its root, not "\.\.\/\.\.\/etc"/],
      [{ environments: ['/etc'] }, /^migcheck: config: environments\[0\] .* not "\/etc"/],
      [{ ignore: ['../outside'] }, /^migcheck: config: ignore\[0\] .* must be a path inside the repository/],
      [{ target: 123 }, /^migcheck: config: target in \.migcheckrc\.json must be a non-empty string, not the number 123/],
      [{ allowedHeads: [{ run: touch('heads') }] }, /^migcheck: config: allowedHeads\[0\] in \.migcheckrc\.json must be a non-empty string, not a table\/object/],
      [JSON.parse(`{"__proto__": {"target": "main"}}`), /^migcheck: config: __proto__ in \.migcheckrc\.json is not a known key/],
      [[touch('list')], /^migcheck: config: the migcheck settings in \.migcheckrc\.json must be a table\/object, not a list/],
    ];
    // The first through discovery; the rest in parallel through --config (same validation).
    await repo.write({ '.migcheckrc.json': JSON.stringify(cases[0]![0]) });
    assertCouldNotCheck(await repo.migcheck(['check']), cases[0]![1]);
    await repo.write({ '.migcheckrc.json': null });
    await repo.write(Object.fromEntries(cases.map(([config], i) => [`cfg/${i}/.migcheckrc.json`, JSON.stringify(config)])));
    const results = await Promise.all(cases.map((_, i) => repo.migcheck(['check', '--config', `cfg/${i}/.migcheckrc.json`])));
    results.forEach((r, i) => {
      assertCouldNotCheck(r, new RegExp(cases[i]![1].source.replaceAll('\\.migcheckrc\\.json', `cfg/${i}/\\.migcheckrc\\.json`)));
      assert.match(r.stderr, KEY_HINT);
    });
    // Shell-looking targets are names git does not know: refused, never run by a shell.
    const targets = [`$(${touch('subshell')})`, `\`${touch('backtick')}\``, `main; ${touch('semicolon')}`, `main && ${touch('and')}`];
    await repo.write(Object.fromEntries(targets.map((target, i) => [`cfg/t${i}.json`, JSON.stringify({ target })])));
    for (const r of await Promise.all(targets.map((_, i) => repo.migcheck(['check', '--config', `cfg/t${i}.json`])))) {
      assertCouldNotCheck(r, /^migcheck: target .* \(from the config file\) does not name a commit/);
    }
    assert.equal(await readdir(markers), []);
  });
});

test('package.json and pyproject.toml settings are validated the same way; unreadable files say where', async () => {
  await withRepo(async (repo) => {
    await setUp(repo);
    const cases: [Record<string, string | null>, RegExp][] = [
      [{ 'package.json': JSON.stringify({ scripts: { postinstall: touch('npm') }, migcheck: { target: 'main', scripts: touch('pkg') } }) },
        /^migcheck: config: scripts in package\.json "migcheck" is not a known key/],
      [{ 'package.json': '{"migcheck": ' }, /^migcheck: config: cannot read package\.json: /],
      [{ 'package.json': null, 'pyproject.toml': `[tool.migcheck]\nenvironments = [ { dir = "m/versions", run = "${touch('toml')}" } ]\n` },
        /^migcheck: config: environments\[0\]\.run in pyproject\.toml \[tool\.migcheck\] is not a known key/],
      [{ 'pyproject.toml': '[tool.migcheck\ntarget = "main"\n' }, /^migcheck: config: cannot read pyproject\.toml: /],
      [{ 'pyproject.toml': null, '.migcheckrc.json': '{"target": "main"' }, /^migcheck: config: cannot read \.migcheckrc\.json: /],
    ];
    for (const [files, pattern] of cases) {
      await repo.write(files);
      assertCouldNotCheck(await repo.migcheck(['check']), pattern);
    }
    assert.equal(await readdir(markers), []);
  });
});

test('alembic.ini values that look like commands or leave the repository are text, never run or read', async () => {
  await withRepo(async (repo) => {
    await setUp(repo);
    const inis: [string, RegExp | string][] = [
      [`[alembic]\nscript_location = $(${touch('ini')})\n`, `migcheck: ok — $(${touch('ini')})/versions: no revisions\n`],
      ['[alembic]\nscript_location = m\nversion_locations = /etc /tmp\n', /version location \/etc is outside the repository; its migrations are not checked/],
      ['[alembic]\nscript_location = ../../../../tmp\n', /script_location \.\.\/\.\.\/\.\.\/\.\.\/tmp is outside the repository/],
      ['[alembic]\nscript_location = os:path\n', /names a package that is not a folder in this repository/],
      ['[alembic]\nscript_location = %(a)s\na = %(b)s\nb = %(a)s\n', /script_location has a bad '%'/],
      ['\0\0[alembic\n', /alembic\.ini: cannot be read/],
    ];
    const commits: string[] = [];
    for (const [ini] of inis) commits.push(await repo.commit('ini', { 'alembic.ini': ini }));
    const results = await Promise.all(commits.map((commit) => repo.migcheck(['check', '--rev', commit])));
    results.forEach((r, i) => {
      const expected = inis[i]![1];
      if (typeof expected === 'string') {
        assertExit(r, 0);
        assert.is(r.stdout, expected);
      } else {
        assertCouldNotCheck(r, expected);
      }
    });
    assert.equal(await readdir(markers), []);
  });
});

test.run();
