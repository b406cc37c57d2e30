/**
 * `migcheck heads`: Alembic's own line format (`<rev> (head)`, `<rev> (labels) (head)`), checked
 * against `alembic heads` of both oracles (1.8.1 and 1.19.1) run on the same directory; the working tree by
 * default, the index with --staged, a commit with --rev; JSON; several environments; broken
 * graphs give their named finding on stderr and exit 1.
 */
import { alembicOracles, python, requireOracles, type AlembicOracle } from '../helpers/alembic.js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile, realpath, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeRepo, withRepo, type Repo } from '../helpers/repo.js';
import { environmentFiles, revisionFileName, revisionText, type RevisionSpec } from '../helpers/revision-files.js';
import { assertCouldNotCheck, assertExit, json } from '../check/check-helpers.js';
import { gitCommands } from '../labels/label-helpers.js';

// Labels on the base propagate to everything; c3 and g7 add their own; one revision per style.
const LABELLED: RevisionSpec[] = [
  { rev: 'a1', down: [], labels: ['core'], message: 'base' },
  { rev: 'b2', down: ['a1'], message: 'left', style: 'plain' },
  { rev: 'c3', down: ['a1'], labels: ['reports'], message: 'right', style: 'double' },
  { rev: 'd4', down: ['b2'], message: 'left two', style: 'compact' },
  { rev: 'e5', down: ['d4', 'c3'], message: 'merge' },
  { rev: 'f6', down: ['e5'], message: 'after' },
  { rev: 'g7', down: ['e5'], labels: ['audit'], message: 'side' },
];
// No labels at all: plain `<rev> (head)` lines.
const PLAIN: RevisionSpec[] = [
  { rev: '3f1c2a9d0b7e', down: [], message: 'create events' },
  { rev: '8b0e4d6c2f11', down: ['3f1c2a9d0b7e'], message: 'add sessions' },
];
const versions = (root: string) => `${root}/migrations/versions`;
const fileOf = (root: string, spec: RevisionSpec) => `${versions(root)}/${revisionFileName(spec)}`;

let alembic = false;
let repo: Repo;

/** `alembic heads` in `dir` by one oracle, lines with their labels sorted (Alembic prints a Python set). */
async function alembicHeads(dir: string, oracle: AlembicOracle): Promise<string[]> {
  const r = await python(oracle, ['-m', 'alembic', 'heads'], dir);
  assert.is(r.code, 0, `alembic ${oracle.version} heads failed in ${dir}:\n${r.stderr}`);
  return normalise(r.stdout);
}
const normalise = (text: string) => text.split('\n').filter(Boolean)
  .map((line) => line.replace(/^(\S+) \(([^)]*)\) \(head\)$/, (_, rev, labels) => `${rev} (${labels.split(', ').sort().join(', ')}) (head)`))
  .sort();

/** Compares with Alembic when it is installed; otherwise says it skipped (fails in CI). */
async function sameAsAlembic(dir: string, ours: string): Promise<void> {
  if (!alembic) {
    if (process.env.MIGCHECK_REQUIRE_ALEMBIC === '1') assert.unreachable('Alembic is required (MIGCHECK_REQUIRE_ALEMBIC=1) but /usr/bin/python3 cannot import it');
    console.log(`skipped: Alembic not installed, heads of ${dir} not compared`);
    return;
  }
  for (const oracle of await alembicOracles()) {
    assert.equal(normalise(ours), await alembicHeads(join(repo.dir, dir), oracle), `heads of ${dir} differ from alembic ${oracle.version} heads`);
  }
}

test.before(async () => {
  alembic = await requireOracles().catch(() => false);
  repo = await makeRepo();
  await repo.commit('two environments', { ...environmentFiles('db', LABELLED), ...environmentFiles('events', PLAIN) });
});

test.after(async () => {
  await repo.cleanup();
});

test('one environment: exactly Alembic\'s lines, labels included', async () => {
  const [db, events] = await Promise.all([
    repo.migcheck(['heads'], { cwd: join(repo.dir, 'db') }),
    repo.migcheck(['heads', '--dir', versions('events')]),
  ]);
  assertExit(db, 0);
  assertExit(events, 0);
  // From inside db/ discovery still finds both environments: --dir picks one.
  assert.equal([events.stdout, events.stderr], ['8b0e4d6c2f11 (head)\n', '']);
  await sameAsAlembic('events', events.stdout);
  const onlyDb = await repo.migcheck(['heads', '--dir', versions('db')]);
  assertExit(onlyDb, 0);
  assert.equal([onlyDb.stdout, onlyDb.stderr], ['f6 (core, reports) (head)\ng7 (audit, core, reports) (head)\n', '']);
  await sameAsAlembic('db', onlyDb.stdout);
  assert.is(db.stdout, [
    '# db/migrations/versions (db/alembic.ini)',
    'f6 (core, reports) (head)',
    'g7 (audit, core, reports) (head)',
    '',
    '# events/migrations/versions (events/alembic.ini)',
    '8b0e4d6c2f11 (head)',
    '',
  ].join('\n'));
});

test('--format json: {"environments":[{"dir","heads",…}]}', async () => {
  const r = await repo.migcheck(['heads', '--format', 'json']);
  assertExit(r, 0);
  assert.is(r.stderr, '');
  assert.equal(json(r), {
    environments: [
      { dir: versions('db'), versionLocations: [versions('db')], config: 'db/alembic.ini', heads: ['f6', 'g7'], findings: [] },
      { dir: versions('events'), versionLocations: [versions('events')], config: 'events/alembic.ini', heads: ['8b0e4d6c2f11'], findings: [] },
    ],
  });
});

test('working tree (default) vs --staged vs --rev', async () => {
  const staged = { rev: 'h8', down: ['f6'], message: 'staged' };
  const unstaged = { rev: 'i9', down: ['g7'], message: 'unstaged' };
  await repo.write({ [fileOf('db', staged)]: revisionText(staged) });
  await repo.exec(['add', fileOf('db', staged)]);
  await repo.write({ [fileOf('db', unstaged)]: revisionText(unstaged) });
  const dir = ['--dir', versions('db')];
  try {
    const [worktree, index, rev, both] = await Promise.all([
      repo.migcheck(['heads', ...dir]),
      repo.migcheck(['heads', '--staged', ...dir]),
      repo.migcheck(['heads', '--rev', 'HEAD', ...dir]),
      repo.migcheck(['heads', '--staged', '--rev', 'HEAD']),
    ]);
    assertExit(worktree, 0);
    assert.equal([worktree.stdout, worktree.stderr], ['h8 (core, reports) (head)\ni9 (audit, core, reports) (head)\n', '']);
    await sameAsAlembic('db', worktree.stdout);
    assertExit(index, 0);
    assert.equal([index.stdout, index.stderr], ['g7 (audit, core, reports) (head)\nh8 (core, reports) (head)\n', '']);
    assertExit(rev, 0);
    assert.equal([rev.stdout, rev.stderr], ['f6 (core, reports) (head)\ng7 (audit, core, reports) (head)\n', '']);
    assertCouldNotCheck(both, '--staged and --rev name different trees: give one of them');
  } finally {
    await repo.exec(['rm', '-q', '--cached', fileOf('db', staged)]);
    await repo.write({ [fileOf('db', staged)]: null, [fileOf('db', unstaged)]: null });
  }
});

test('working tree from HEAD\'s summary while its versions folders are HEAD\'s; read from disk as soon as anything there may differ', async () => {
  await withRepo(async (repo) => {
    await repo.commit('labelled', environmentFiles('db', LABELLED));
    const trace = join(repo.dir, '.git', 'trace.txt');
    const HEAD_LINES = 'f6 (core, reports) (head)\ng7 (audit, core, reports) (head)\n';
    // Reads the working tree's heads; says whether the folder was listed (not answered from the summary).
    const heads = async () => {
      const { result, commands } = await gitCommands(repo, ['heads'], trace);
      assertExit(result, result.code === 1 ? 1 : 0);
      return { out: result.stdout, listed: commands.some((c) => c.startsWith('ls-files -s -v')) };
    };
    assert.equal((await repo.migcheck(['heads', '--rev', 'HEAD'])).stdout, HEAD_LINES);
    // Clean: one `git status` of the folder, no listing, no file read.
    assert.equal(await heads(), { out: HEAD_LINES, listed: false });
    const g7 = fileOf('db', LABELLED[6]!);
    const i9 = { rev: 'i9', down: ['g7'], message: 'new' };
    const cases: { name: string; set: () => Promise<unknown>; expected: string; undo: () => Promise<unknown> }[] = [
      { name: 'an untracked revision', set: () => repo.write({ [fileOf('db', i9)]: revisionText(i9) }), expected: 'f6 (core, reports) (head)\ni9 (audit, core, reports) (head)\n', undo: () => repo.write({ [fileOf('db', i9)]: null }) },
      { name: 'an ignored revision (Alembic reads it)', set: () => repo.write({ [`${versions('db')}/.gitignore`]: 'local_*.py\n', [`${versions('db')}/local_i9.py`]: revisionText(i9) }), expected: 'f6 (core, reports) (head)\ni9 (audit, core, reports) (head)\n', undo: () => repo.write({ [`${versions('db')}/.gitignore`]: null, [`${versions('db')}/local_i9.py`]: null }) },
      { name: 'a staged revision', set: async () => { await repo.write({ [fileOf('db', i9)]: revisionText(i9) }); await repo.exec(['add', fileOf('db', i9)]); }, expected: 'f6 (core, reports) (head)\ni9 (audit, core, reports) (head)\n', undo: async () => { await repo.exec(['rm', '-q', '--cached', fileOf('db', i9)]); await repo.write({ [fileOf('db', i9)]: null }); } },
      // git status does not look at these files: the index must say so.
      { name: 'an assume-unchanged file edited', set: async () => { await repo.exec(['update-index', '--assume-unchanged', g7]); await repo.write({ [g7]: revisionText({ ...LABELLED[6]!, down: ['f6'] }) }); }, expected: 'g7 (audit, core, reports) (head)\n', undo: async () => { await repo.exec(['update-index', '--no-assume-unchanged', g7]); await repo.exec(['checkout', '--', g7]); } },
      { name: 'a skip-worktree file removed', set: async () => { await repo.exec(['update-index', '--skip-worktree', g7]); await repo.write({ [g7]: null }); }, expected: 'f6 (core, reports) (head)\n', undo: async () => { await repo.exec(['update-index', '--no-skip-worktree', g7]); await repo.exec(['checkout', '--', g7]); } },
      // An attributes file that can convert bytes on checkout: the folder is read from disk.
      { name: 'a conversion attribute', set: () => repo.write({ '.gitattributes': '*.py text eol=crlf\n' }), expected: HEAD_LINES, undo: () => repo.write({ '.gitattributes': null }) },
    ];
    for (const c of cases) {
      await c.set();
      try {
        const got = await heads();
        assert.equal(got, { out: c.expected, listed: true }, c.name);
        if (alembic && !c.name.startsWith('a conversion')) {
          for (const oracle of await alembicOracles()) assert.equal(normalise(got.out), await alembicHeads(join(repo.dir, 'db'), oracle), `${c.name}: alembic ${oracle.version} heads`);
        }
      } finally {
        await c.undo();
      }
      assert.equal(await heads(), { out: HEAD_LINES, listed: false }, `${c.name} undone`);
    }
    // All changes staged (no `git write-tree`: the folder's id is computed from the index): read
    // once, then kept under the index's folder id, and dropped as soon as the working tree differs.
    const j1 = { rev: 'j1', down: ['g7'], message: 'staged' };
    const STAGED_LINES = 'f6 (core, reports) (head)\nj1 (audit, core, reports) (head)\n';
    await repo.write({ [fileOf('db', j1)]: revisionText(j1) });
    await repo.exec(['add', fileOf('db', j1)]);
    assert.equal(await heads(), { out: STAGED_LINES, listed: true }, 'staged, first read');
    assert.equal(await heads(), { out: STAGED_LINES, listed: false }, 'staged, from the index summary');
    await repo.write({ [fileOf('db', j1)]: revisionText({ ...j1, down: ['f6'] }) });
    assert.equal(await heads(), { out: 'g7 (audit, core, reports) (head)\nj1 (core, reports) (head)\n', listed: true }, 'edited after staging');
  });
});

test('the repository and its configs from their files: the same answers as git gives, in every tree, from the top and a subfolder', async () => {
  await withRepo(async (repo) => {
    await repo.commit('two environments', { ...environmentFiles('db', LABELLED), ...environmentFiles('events', PLAIN) });
    const root = await realpath(repo.dir);
    const trace = join(root, '.git', 'trace.txt');
    // The git commands one run starts, and its result.
    const traced = async (args: string[], env: Record<string, string>, cwd?: string) => {
      await writeFile(trace, '');
      const result = await repo.migcheck(args, { env: { ...env, GIT_TRACE: trace }, ...(cwd ? { cwd } : {}) });
      const commands = (await readFile(trace, 'utf8')).split('\n').flatMap((line) => {
        const at = line.indexOf('trace: built-in: git ');
        return at < 0 ? [] : [line.slice(at + 'trace: built-in: git '.length).replace(/^--no-optional-locks /, '')];
      });
      return { result, asked: commands.filter((c) => c.startsWith('rev-parse --path-format') || (c.startsWith('ls-files -s -z -- ') && c.includes('pyproject.toml'))).length };
    };
    // GIT_DIR and GIT_WORK_TREE leave the repository to git, GIT_ICASE_PATHSPECS the configs (no
    // name here differs by case but its case).
    const byGit = { GIT_DIR: join(root, '.git'), GIT_WORK_TREE: root, GIT_ICASE_PATHSPECS: '1' };
    const i9 = { rev: 'i9', down: ['f6'], message: 'new' };
    const states: [string, () => Promise<unknown>][] = [
      ['clean', async () => undefined],
      ['untracked revision', () => repo.write({ [fileOf('db', i9)]: revisionText(i9) })],
      ['staged revision', () => repo.exec(['add', fileOf('db', i9)])],
      ['new environment staged', async () => { await repo.write(environmentFiles('later', PLAIN)); await repo.exec(['add', 'later']); }],
    ];
    for (const [state, set] of states) {
      await set();
      for (const args of [['heads'], ['heads', '--format', 'json'], ['heads', '--staged'], ['heads', '--rev', 'HEAD']]) {
        for (const cwd of [undefined, join(root, 'db', 'migrations')]) {
          const fromFiles = await traced(args, {}, cwd);
          const fromGit = await traced(args, byGit, cwd);
          assert.is(fromFiles.asked, 0, `${state}, ${args.join(' ')}: git asked`);
          // A commit's configs are listed from its tree (ls-tree) either way.
          assert.is(fromGit.asked, args.includes('--rev') ? 1 : 2, `${state}, ${args.join(' ')}: git not asked`);
          assert.equal(fromFiles.result, fromGit.result, `${state}, ${args.join(' ')}`);
          assertExit(fromFiles.result, 0);
        }
      }
    }
  });
});

test('broken graphs: missing parent (a file name), cycle, duplicate — named findings on stderr, exit 1', async () => {
  await withRepo(async (broken) => {
    const m2 = { rev: 'm2', down: ['m1'], message: 'add users' };
    await broken.commit('three broken environments', {
      // down_revision written as the parent's file name, as teams do.
      ...environmentFiles('missing', [{ rev: 'm1', down: [], message: 'base' }, m2, { rev: 'm3', down: ['m2_add_users'], message: 'add orders' }]),
      ...environmentFiles('cycle', [{ rev: 'c0', down: [], message: 'base' }, { rev: 'c1', down: ['c0'], message: 'one' }, { rev: 'c2', down: ['c3'], message: 'two' }, { rev: 'c3', down: ['c2'], message: 'three' }]),
      ...environmentFiles('dup', [{ rev: 'd1', down: [], message: 'base' }, { rev: 'd2', down: ['d1'], message: 'first' }, { rev: 'd2', down: ['d1'], message: 'second' }]),
    });
    const [all, dupJson] = await Promise.all([
      broken.migcheck(['heads']),
      broken.migcheck(['heads', '--format', 'json', '--dir', versions('dup')]),
    ]);
    assertExit(all, 1);
    assert.is(all.stdout, [
      '# cycle/migrations/versions (cycle/alembic.ini)', 'c1 (head)', '',
      '# dup/migrations/versions (dup/alembic.ini)', 'd2 (head)', '',
      '# missing/migrations/versions (missing/alembic.ini)', 'm2 (head)', 'm3 (head)', '',
    ].join('\n'));
    assert.is(all.stderr, [
      'cycle/migrations/versions (cycle/alembic.ini)',
      '  ✖ cycle cycle/migrations/versions/c2_two.py:16',
      "    the down_revision links of 'c2', 'c3' form a cycle",
      "    fix: break the cycle: one of 'c2', 'c3' must name a revision outside it in down_revision",
      'dup/migrations/versions (dup/alembic.ini)',
      '  ✖ duplicate-revision dup/migrations/versions/d2_second.py:15',
      "    revision 'd2' is declared by 2 files: dup/migrations/versions/d2_first.py, dup/migrations/versions/d2_second.py",
      "    fix: give all but one of these files a new revision id (and repoint their children), or delete the copy; which file Alembic uses for 'd2' depends on file-system order",
      'missing/migrations/versions (missing/alembic.ini)',
      '  ✖ missing-parent missing/migrations/versions/m3_add_orders.py:16',
      "    down_revision names 'm2_add_users', which is a file name: that file (missing/migrations/versions/m2_add_users.py) declares revision 'm2'",
      "    fix: set down_revision = 'm2'",
      'migcheck: 3 errors — blocked',
      '',
    ].join('\n'));
    assertExit(dupJson, 1);
    assert.equal(json(dupJson).environments.map((e: any) => [e.dir, e.heads, e.findings.map((f: any) => [f.code, f.severity, f.revision, f.files])]), [
      [versions('dup'), ['d2'], [['duplicate-revision', 'error', 'd2', [fileOf('dup', { rev: 'd2', message: 'first' }), fileOf('dup', { rev: 'd2', message: 'second' })]]]],
    ]);
  });
});

test.run();
