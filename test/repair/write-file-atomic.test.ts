import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { withTempDir } from '../helpers/temp-dir.js';
import { basename, join } from 'node:path';
import { removeStaleTemporaries, temporaryName, writeFileAtomic } from '../../src/fs/write-file-atomic.js';
import { isRevisionFileName } from '../../src/core/reader/index.js';

const withDir = (body: (dir: string) => Promise<void>) => withTempDir('atomic', body);

/** The pid of a process that has exited (and been reaped). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => child.on('close', resolve));
  return child.pid!;
}

test('temporary names carry the pid, end in .tmp, and are never revision files for Alembic', () => {
  const name = basename(temporaryName('/r/m/versions/a1_add.py', 4242, '0badf00d'));
  assert.is(name, '.a1_add.py.migcheck-4242-0badf00d.tmp');
  assert.is(isRevisionFileName(name, { sourceless: false }), false);
  assert.is(isRevisionFileName(name, { sourceless: true }), false);
});

test('removeStaleTemporaries: a dead writer\'s file goes; a live writer\'s, a fresh pid-less one and other files stay', async () => {
  await withDir(async (dir) => {
    const dead = await deadPid();
    const names = {
      dead: `.a_x.py.migcheck-${dead}-0011aabb.tmp`,
      live: `.a_x.py.migcheck-${process.pid}-0011aabb.tmp`,
      oldPidless: '.b_y.py.migcheck-deadbeef.tmp',
      freshPidless: '.c_z.py.migcheck-cafebabe.tmp',
      revision: 'a_x.py',
      otherTmp: 'notes.tmp',
    };
    for (const name of Object.values(names)) await writeFile(join(dir, name), 'x');
    // A folder with such a name is not migcheck's to remove.
    await mkdir(join(dir, `.d.py.migcheck-${dead}-00000000.tmp`));
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    await utimes(join(dir, names.oldPidless), hourAgo, hourAgo);
    assert.equal((await removeStaleTemporaries(dir)).sort(), [names.dead, names.oldPidless].sort());
    assert.equal((await readdir(dir)).sort(), [names.live, names.freshPidless, names.revision, names.otherTmp, `.d.py.migcheck-${dead}-00000000.tmp`].sort());
    assert.equal(await removeStaleTemporaries(join(dir, 'no-such-folder')), []);
  });
});

test('writeFileAtomic sweeps its folder first and leaves only the target', async () => {
  await withDir(async (dir) => {
    const leftover = `.a.py.migcheck-${await deadPid()}-12345678.tmp`;
    await writeFile(join(dir, leftover), 'half');
    await writeFileAtomic(join(dir, 'a.py'), new TextEncoder().encode('whole\n'));
    assert.equal(await readdir(dir), ['a.py']);
    assert.is(await readFile(join(dir, 'a.py'), 'utf8'), 'whole\n');
  });
});

test.run();
