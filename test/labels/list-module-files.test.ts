import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cleanEnv, withRepo } from '../helpers/repo.js';
import {
  diffTreeFromEmptyArgs, EMPTY_TREE, listModuleFiles, lsFilesPathspecArgs, moduleFilePathspecs, parseDiffTreeRaw,
} from '../../src/git/list-module-files.js';
import { openRepository } from '../../src/git/open-repository.js';

test('moduleFilePathspecs: a module file and a package per name, once, sorted; glob characters escaped; the empty name is every package', () => {
  assert.equal(moduleFilePathspecs(['cli', 'cli', 'a*b', '']), [
    ':(glob)**/__init__.py', ':(glob)**/a\\*b.py', ':(glob)**/a\\*b/__init__.py', ':(glob)**/cli.py', ':(glob)**/cli/__init__.py',
  ]);
  assert.equal(moduleFilePathspecs(['a/b', 'x\0y']), []);
});

test('argv: the commit follows --end-of-options and is validated; pathspecs follow --', () => {
  assert.equal(lsFilesPathspecArgs([':(glob)**/cli.py']), ['ls-files', '-s', '-z', '--', ':(glob)**/cli.py']);
  assert.equal(diffTreeFromEmptyArgs(EMPTY_TREE.sha1, 'HEAD', [':(glob)**/cli.py']), [
    'diff-tree', '-r', '-z', '--no-renames', '--end-of-options', '4b825dc642cb6eb9a060e54bf8d69288fbee4904', 'HEAD', '--', ':(glob)**/cli.py',
  ]);
  assert.throws(() => diffTreeFromEmptyArgs(EMPTY_TREE.sha1, '--output=/tmp/x', []), /--output=\/tmp\/x/);
});

test('parseDiffTreeRaw: the new side of each record; submodules dropped; paths with spaces and newlines kept', () => {
  const zero = '0'.repeat(40);
  const a = 'a'.repeat(40);
  const b = 'b'.repeat(40);
  const out = `:000000 100644 ${zero} ${a} A\0odd dir/x\ny/cli.py\0:000000 160000 ${zero} ${b} A\0vendor/cli.py\0`;
  assert.equal(parseDiffTreeRaw(out), [{ path: 'odd dir/x\ny/cli.py', oid: a, mode: '100644' }]);
  assert.equal(parseDiffTreeRaw(''), []);
  assert.throws(() => parseDiffTreeRaw('garbage\0path\0'), /unexpected diff-tree output/);
});

test('listModuleFiles: index and commit list the same module files, at the root and under any folder, nothing else', async () => {
  await withRepo(async (repo) => {
    const files = {
      'cli.py': 'A = 1\n', 'neutron/db/migration/cli.py': "EXPAND_BRANCH = 'expand'\n", 'pkg/cli/__init__.py': '',
      'pkg/cli/other.py': '', 'notcli.py': '', 'cli.pyc': '', 'docs/cli.py.txt': '', 'sp ace/cli.py': '',
    };
    const commit = await repo.commit('modules', files);
    // Staged after the commit: the index sees it, the commit does not.
    await repo.write({ 'late/cli.py': '' });
    await repo.exec(['add', 'late/cli.py']);
    const git = await openRepository(repo.dir, cleanEnv());
    const paths = async (tree: Parameters<typeof listModuleFiles>[1]) => (await listModuleFiles(git, tree, ['cli'])).map((e) => e.path).sort();
    const committed = ['cli.py', 'neutron/db/migration/cli.py', 'pkg/cli/__init__.py', 'sp ace/cli.py'];
    assert.equal(await paths({ kind: 'commit', commit, algorithm: 'sha1' }), committed);
    assert.equal(await paths({ kind: 'index' }), [...committed, 'late/cli.py'].sort());
    const [entry] = await listModuleFiles(git, { kind: 'commit', commit, algorithm: 'sha1' }, ['migration']);
    assert.is(entry, undefined);
    const blob = (await repo.exec(['rev-parse', `${commit}:neutron/db/migration/cli.py`])).stdout.trim();
    const listed = await listModuleFiles(git, { kind: 'index' }, ['cli']);
    assert.equal(listed.find((e) => e.path === 'neutron/db/migration/cli.py'), { path: 'neutron/db/migration/cli.py', oid: blob, mode: '100644' });
    assert.equal(await listModuleFiles(git, { kind: 'index' }, []), []);
  });
});

test.run();
