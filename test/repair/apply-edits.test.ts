import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { applyEdits } from '../../src/fs/apply-edits.js';
import { MigcheckError } from '../../src/core/errors.js';

const enc = (s: string) => new TextEncoder().encode(s);

async function withDir(fn: (root: string) => Promise<void>): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'migcheck-apply-'));
  try {
    await mkdir(join(root, 'v'));
    await writeFile(join(root, 'v/a.py'), 'a old\r\n');
    await writeFile(join(root, 'v/b.py'), 'b old\n');
    await writeFile(join(root, 'v/c.py'), 'c old\n');
    await fn(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const read = (root: string, p: string) => readFile(join(root, p), 'utf8').catch(() => undefined);
const edits = () => [
  { path: 'v/a.py', before: enc('a old\r\n'), after: enc('a new\r\n') },
  { path: 'v/c.py', before: enc('c old\n'), after: null },
  { path: 'v/b.py', before: enc('b old\n'), after: enc('b new\n') },
];

test('writes, then deletes last, reporting each completed write', () =>
  withDir(async (root) => {
    const seen: number[] = [];
    await applyEdits(edits(), { root, afterWrite: (n) => seen.push(n) });
    assert.equal(seen, [1, 2, 3]);
    assert.is(await read(root, 'v/a.py'), 'a new\r\n');
    assert.is(await read(root, 'v/b.py'), 'b new\n');
    assert.is(await read(root, 'v/c.py'), undefined);
    assert.equal((await readdir(join(root, 'v'))).sort(), ['a.py', 'b.py']);
  }));

test('refuses a file changed since the plan was computed, writing nothing', () =>
  withDir(async (root) => {
    await writeFile(join(root, 'v/b.py'), 'b edited meanwhile\n');
    try {
      await applyEdits(edits(), { root });
      assert.unreachable();
    } catch (error) {
      assert.instance(error, MigcheckError);
      assert.is((error as Error).message, 'refusing to edit v/b.py: it changed since the plan was computed; run migcheck rebase-plan --apply again. Nothing was changed.');
    }
    assert.is(await read(root, 'v/a.py'), 'a old\r\n');
    assert.is(await read(root, 'v/c.py'), 'c old\n');
  }));

test('a failed verification restores every file, deleted ones included', () =>
  withDir(async (root) => {
    const wrong = new MigcheckError('wrong heads');
    try {
      await applyEdits(edits(), { root, verify: async () => { throw wrong; } });
      assert.unreachable();
    } catch (error) {
      assert.is(error, wrong);
    }
    assert.is(await read(root, 'v/a.py'), 'a old\r\n');
    assert.is(await read(root, 'v/b.py'), 'b old\n');
    assert.is(await read(root, 'v/c.py'), 'c old\n');
    assert.equal((await readdir(join(root, 'v'))).sort(), ['a.py', 'b.py', 'c.py']);
  }));

test('a write that fails midway restores what was already written', () =>
  withDir(async (root) => {
    const list = [
      { path: 'v/a.py', before: enc('a old\r\n'), after: enc('a new\r\n') },
      { path: 'v/b.py', before: enc('b old\n'), after: enc('b new\n') },
    ];
    // After the first write, b.py becomes a folder: renaming the new b.py over it fails.
    const afterWrite = (n: number) => {
      if (n !== 1) return;
      rmSync(join(root, 'v/b.py'));
      mkdirSync(join(root, 'v/b.py'));
      writeFileSync(join(root, 'v/b.py/keep'), '');
    };
    try {
      await applyEdits(list, { root, afterWrite });
      assert.unreachable();
    } catch (error) {
      assert.instance(error, MigcheckError);
      assert.match((error as Error).message, /^could not write v\/b\.py \((EISDIR|ENOTEMPTY|EEXIST)\); every file was restored to what it was$/);
    }
    assert.is(await read(root, 'v/a.py'), 'a old\r\n');
    assert.equal((await readdir(join(root, 'v'))).sort(), ['a.py', 'b.py', 'c.py']);
  }));

test.run();
