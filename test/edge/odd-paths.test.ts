/**
 * Paths with spaces, quotes, unicode, tabs, a leading dash and newlines, in the versions
 * directory and in revision file names. Git's `-z` output carries them unquoted; the JSON and
 * GitHub outputs escape them; a file name with a newline is skipped exactly as Alembic's own
 * file-name pattern skips it (checked against /usr/bin/python3's `re`).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { run, withRepo, type Repo } from '../helpers/repo.js';
import { alembicIni, revisionText } from '../helpers/revision-files.js';
import { assertExit, findingCodes, report } from './edge-helpers.js';

const A = 'aaaa00000001';
const B = 'bbbb00000002';
const C = 'cccc00000003';
const N = 'dddd00000004';
const DIR = `db/mig "q" 's' ü 日本\tx\nnl/versions`;
const FILE_A = `${DIR}/${A} first "one".py`;
const FILE_B = `${DIR}/${B} sec ond ü 'q'.py`;
const FILE_C = `${DIR}/-rf ${C} th'ird.py`;
const FILE_NL = `${DIR}/${N} new\nline.py`;

/** A: base; B on A (main). The branch adds C on A (a bypass) and a newline-named file. */
async function setUp(repo: Repo): Promise<void> {
  await repo.commit('base', {
    '.migcheckrc.json': JSON.stringify({ environments: [DIR] }),
    [FILE_A]: revisionText({ rev: A }),
    [FILE_B]: revisionText({ rev: B, down: [A] }),
  });
  await repo.exec(['checkout', '-q', '-b', 'feature']);
  await repo.write({ [FILE_C]: revisionText({ rev: C, down: [A] }), [FILE_NL]: revisionText({ rev: N, down: [B] }) });
  await repo.exec(['add', '-A']);
}

test("Alembic's own file-name pattern skips a name with a newline (the oracle for the next tests)", async () => {
  const py = `import re, sys\nfrom alembic.script.base import _only_source_rev_file as r\nprint([bool(r.match(n)) for n in sys.argv[1:]])`;
  const names = [FILE_A, FILE_B, FILE_C, FILE_NL].map((p) => p.slice(DIR.length + 1));
  const r = await run('/usr/bin/python3', ['-c', py, ...names], { cwd: '/' });
  assert.is(r.code, 0, r.stderr);
  assert.is(r.stdout, '[True, True, True, False]\n');
});

test('special characters in the versions directory and file names: the bypass is found and named exactly', async () => {
  await withRepo(async (repo) => {
    await setUp(repo);
    const json = await repo.migcheck(['check', '--format', 'json']);
    assertExit(json, 1);
    assert.equal(findingCodes(json), [`bypassed-chain:${C}`]);
    const env = report(json).environments[0]!;
    assert.is(env.dir, DIR);
    assert.is(env.findings[0]!.file, FILE_C);
    assert.equal(env.findings[0]!.bypassed, [B]);

    // Committed, the same tree through ls-tree; GitHub annotations stay one line each.
    assert.is((await repo.exec(['commit', '-q', '-m', 'c'])).code, 0);
    const github = await repo.migcheck(['check', '--rev', 'HEAD', '--format', 'github']);
    assertExit(github, 1);
    const lines = github.stdout.trimEnd().split('\n');
    assert.is(lines.length, 1, github.stdout);
    assert.ok(lines[0]!.startsWith('::error file=db/mig "q" \'s\' ü 日本\tx%0Anl/versions/-rf cccc00000003 th\'ird.py,line='), lines[0]);

    const heads = await repo.migcheck(['heads', '--format', 'json']);
    assertExit(heads, 0);
    assert.equal((JSON.parse(heads.stdout) as { environments: { heads: string[] }[] }).environments[0]!.heads.slice().sort(), [B, C]);
  });
});

test('the re-pointed file passes; --dir with the same odd path works as the config does', async () => {
  await withRepo(async (repo) => {
    await setUp(repo);
    await repo.write({ [FILE_C]: revisionText({ rev: C, down: [B] }) });
    await repo.exec(['add', '-A']);
    const ok = await repo.migcheck(['check', '--format', 'json']);
    assertExit(ok, 0);
    assert.equal(findingCodes(ok), []);
    await repo.write({ '.migcheckrc.json': null });
    await repo.exec(['add', '-A']);
    const viaDir = await repo.migcheck(['check', '--dir', DIR, '--format', 'json']);
    assertExit(viaDir, 0);
    assert.is(report(viaDir).environments[0]!.dir, DIR);
    const heads = await repo.migcheck(['heads', '--dir', DIR]);
    assertExit(heads, 0);
    assert.is(heads.stdout, `${C} (head)\n`);
  });
});

test('a script_location with spaces and unicode in alembic.ini is discovered', async () => {
  await withRepo(async (repo) => {
    const loc = 'my migrations ü';
    await repo.commit('base', {
      'alembic.ini': alembicIni(loc),
      [`${loc}/versions/${A} a.py`]: revisionText({ rev: A }),
      [`${loc}/versions/${B} b.py`]: revisionText({ rev: B, down: [A] }),
    });
    await repo.exec(['checkout', '-q', '-b', 'feature']);
    await repo.write({ [`${loc}/versions/${C} c.py`]: revisionText({ rev: C, down: [A] }) });
    await repo.exec(['add', '-A']);
    const r = await repo.migcheck(['check', '--format', 'json']);
    assertExit(r, 1);
    assert.equal(findingCodes(r), [`bypassed-chain:${C}`]);
    assert.is(report(r).environments[0]!.dir, `${loc}/versions`);
  });
});

test.run();
