/**
 * Nothing the user, the config, the environment, git's hook input or the repository's file names
 * supply reaches git as an option. Refs that begin with `-` are refused by name (exit 2) before git
 * runs; paths that begin with `-` (a versions directory named `--dir`, files named `-rf.py` and
 * `--output=owned.py`) are read as paths. `git diff --output=FILE` would create FILE, so the
 * absence of `owned.py` (and of the marker files) proves no path became an option.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withRepo, type Repo } from '../helpers/repo.js';
import { alembicIni, revisionText } from '../helpers/revision-files.js';
import { assertCouldNotCheck, assertExit, findingCodes, report } from '../edge/edge-helpers.js';

const A = 'aaaa00000001';
const B = 'bbbb00000002';
const C = 'cccc00000003';
const DIR = '--dir/versions';
const OWNED = 'owned.py';
const BYPASS = `${DIR}/--output=${OWNED}`;

let markers: string;
test.before(async () => {
  markers = await mkdtemp(join(tmpdir(), 'migcheck-markers-'));
});
test.after(async () => {
  await rm(markers, { recursive: true, force: true });
});

/** main: A ← B (`-rf.py`) in `--dir/versions`; the branch stages C on A in `--output=owned.py`. */
async function setUp(repo: Repo): Promise<void> {
  await repo.commit('base', {
    'alembic.ini': alembicIni('--dir'),
    [`${DIR}/${A}_a.py`]: revisionText({ rev: A }),
    [`${DIR}/-rf.py`]: revisionText({ rev: B, down: [A] }),
  });
  await repo.exec(['checkout', '-q', '-b', 'feature']);
  await repo.write({ [BYPASS]: revisionText({ rev: C, down: [A] }) });
  await repo.exec(['add', '--', BYPASS]);
}

async function assertNothingInjected(repo: Repo): Promise<void> {
  assert.not.ok(existsSync(join(repo.dir, OWNED)), 'a path reached git as --output');
  assert.not.ok(existsSync(join(repo.dir, '--dir', 'versions', OWNED)), 'a path reached git as --output');
  assert.equal(await readdir(markers), [], 'an option reached git');
}

test('paths that begin with "-" are read as paths by every command', async () => {
  await withRepo(async (repo) => {
    await setUp(repo);
    const [check, viaDir, viaPositional, heads, staged, graph] = await Promise.all([
      repo.migcheck(['check', '--format', 'json']),
      repo.migcheck(['check', `--dir=${DIR}`, '--format', 'json']),
      repo.migcheck(['check', '--format', 'json', '--', BYPASS, `${DIR}/-rf.py`]),
      repo.migcheck(['heads']),
      repo.migcheck(['heads', '--staged']),
      repo.migcheck(['graph']),
    ]);
    for (const r of [check, viaDir, viaPositional]) {
      assertExit(r, 1);
      assert.equal(findingCodes(r), [`bypassed-chain:${C}`]);
      assert.is(report(r).environments[0]!.findings[0]!.file, BYPASS);
    }
    assertExit(heads, 0);
    assert.equal(heads.stdout.split('\n').sort(), ['', `${B} (head)`, `${C} (head)`]);
    assert.is(staged.stdout, heads.stdout);
    assertExit(graph, 0);
    assert.match(graph.stdout, /-rf/);

    // Committed: ls-tree and the pre-push path; then the repair commands write into `--dir`.
    assert.is((await repo.exec(['commit', '-q', '-m', 'c'])).code, 0);
    for (const r of await Promise.all([repo.migcheck(['check', '--rev', 'HEAD']), repo.migcheck(['pre-push'])])) assertExit(r, 1);
    const merge = await repo.migcheck(['merge', '-m', 'join', '--rev-id', 'dddd00000004']);
    assertExit(merge, 0);
    const merged = await repo.migcheck(['heads']);
    assert.is(merged.stdout, 'dddd00000004 (head)\n', merged.stderr);
    await repo.write({ [`${DIR}/dddd00000004_join.py`]: null });
    const apply = await repo.migcheck(['rebase-plan', '--apply']);
    assertExit(apply, 0);
    assert.is((await repo.migcheck(['heads'])).stdout, `${C} (head)\n`);
    await assertNothingInjected(repo);
  });
});

test('refs that begin with "-" are refused before git runs, from every source', async () => {
  await withRepo(async (repo) => {
    await setUp(repo);
    const m = (name: string) => join(markers, name);
    const cases: [string[], Record<string, string>, RegExp][] = [
      [['check', `--target=--output=${m('target')}`], {}, /^migcheck: target \(from --target\) "--output=.*" is not a valid git ref/],
      [['check', `--rev=--upload-pack=touch ${m('upload')}`], {}, /^migcheck: --rev "--upload-pack=touch .*" is not a valid git ref/],
      [['heads', `--rev=--output=${m('heads')}`], {}, /^migcheck: --rev "--output=.*" is not a valid git ref/],
      [['graph', '--rev=-p'], {}, /^migcheck: --rev "-p" is not a valid git ref/],
      [['rebase-plan', `--target=--output=${m('plan')}`], {}, /^migcheck: target \(from --target\) "--output=.*" is not a valid git ref/],
      [['check'], { MIGCHECK_TARGET: `--output=${m('env')}` }, /^migcheck: target \(from MIGCHECK_TARGET\) "--output=.*" is not a valid git ref/],
      [['check', '--rev', 'HEAD\n--output=x'], {}, /^migcheck: --rev .* is not a valid git ref/],
    ];
    const results = await Promise.all(cases.map(([args, env]) => repo.migcheck(args, { env })));
    results.forEach((r, i) => assertCouldNotCheck(r, cases[i]![2]));
    assert.match(results[0]!.stderr, /\nname a branch, tag or commit \(a ref never starts with "-"\)\n$/);
    await assertNothingInjected(repo);
  });
});

test('the config file cannot smuggle an option in as the target', async () => {
  await withRepo(async (repo) => {
    await setUp(repo);
    await repo.write({ '.migcheckrc.json': JSON.stringify({ target: `--output=${join(markers, 'config')}` }) });
    assertCouldNotCheck(await repo.migcheck(['check']), /^migcheck: target \(from the config file\) "--output=.*" is not a valid git ref/);
    await assertNothingInjected(repo);
  });
});

test("pre-push lines with option-like refs and ids: ids are validated, ref names stay names", async () => {
  await withRepo(async (repo) => {
    await setUp(repo);
    await repo.exec(['commit', '-q', '-m', 'c']);
    const head = (await repo.exec(['rev-parse', 'HEAD'])).stdout.trim();
    const zero = '0'.repeat(40);
    const bad = [
      `refs/heads/feature --output=${join(markers, 'sha')} refs/heads/feature ${zero}\n`,
      `refs/heads/feature ${head} refs/heads/feature --upload-pack=${join(markers, 'remote')}\n`,
      `refs/heads/feature ${head} refs/heads/feature ${'-'.repeat(40)}\n`,
    ];
    // Option-like ref names are just names: the pushed commit is what gets checked.
    const nameLine = `--output=${join(markers, 'ref')} ${head} --output=${OWNED} ${zero}\n`;
    const results = await Promise.all([...bad, nameLine].map((input) => repo.migcheck(['pre-push', 'origin', 'file:///nowhere'], { input })));
    for (const r of results.slice(0, bad.length)) assertCouldNotCheck(r, /^migcheck: pre-push: cannot read the line/);
    assertExit(results[bad.length]!, 1);
    assert.match(results[bad.length]!.stdout, /bypassed-chain/);
    await assertNothingInjected(repo);
  });
});

test.run();
