// indexEntriesAt: exact index entries at paths (a symlinked folder is one entry; a real folder none).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { symlink, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { indexEntriesAt, indexEntryQueries, parseIndexEntryAnswers } from '../../src/git/index-entries-at.js';
import { cleanEnv, withRepo } from '../helpers/repo.js';

test('queries skip the root and paths with a newline', () => {
  assert.equal(indexEntryQueries(['', 'a/b', 'x\ny']), [':a/b']);
});

test('answers: an object line is an entry, `missing` is not', () => {
  const found = parseIndexEntryAnswers([':a', ':b'], `${'1'.repeat(40)} blob 9\n:b missing\n`);
  assert.equal([...found], ['a']);
});

test('a symlinked folder has an entry of its own; a real folder and a missing path have none', async () => {
  await withRepo(async (repo) => {
    await repo.write({ 'shared/a.py': 'x = 1\n', 'real/versions/b.py': 'y = 2\n' });
    await mkdir(join(repo.dir, 'migrations'), { recursive: true });
    await symlink('../shared', join(repo.dir, 'migrations/versions'));
    await repo.exec(['add', '-A']);
    const found = await indexEntriesAt({ cwd: repo.dir, env: cleanEnv() }, ['migrations', 'migrations/versions', 'real', 'real/versions', 'nope', '-p']);
    assert.equal([...found], ['migrations/versions']);
  });
});

test.run();
