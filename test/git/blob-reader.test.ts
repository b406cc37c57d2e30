import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cleanEnv, run, withRepo } from '../helpers/repo.js';
import { BlobReader, withBlobReader } from '../../src/git/blob-reader.js';
import { listIndex } from '../../src/git/list-index.js';
import { MigcheckError } from '../../src/core/errors.js';

const decoder = new TextDecoder();

test('BlobReader: 1,000 blobs through one pipelined process, each read once', async () => {
  await withRepo(async (repo) => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) files[`v/${String(i).padStart(4, '0')}_rev.py`] = `revision = 'r${i}'\n${'#'.repeat(i % 97)}\n`;
    // One large blob, bigger than a pipe buffer, arrives in many chunks.
    files['v/big.py'] = 'x'.repeat(300_000);
    await repo.write(files);
    await repo.exec(['add', '-A']);
    const ctx = { cwd: repo.dir, env: cleanEnv() };
    const { entries } = await listIndex(ctx, ['v']);
    assert.is(entries.length, 1001);
    const reader = new BlobReader(ctx);
    try {
      const oids = entries.map((e) => e.oid);
      const blobs = await reader.readAll([...oids, ...oids.slice(0, 10)]);
      assert.is(reader.objectsRead, 1001);
      for (const entry of entries) assert.is(decoder.decode(blobs.get(entry.oid)), files[entry.path]);
      // A second, concurrent pair of reads on the same process.
      const [a, b] = await Promise.all([reader.readAll(oids.slice(0, 3)), reader.readAll(oids.slice(3, 5))]);
      assert.equal([a.size, b.size], [3, 2]);
      assert.is(reader.objectsRead, 1006);
    } finally {
      await reader.close();
    }
    const child = (reader as unknown as { child: { exitCode: number | null } }).child;
    assert.is(child.exitCode, 0);
  });
});

test('BlobReader: info names objects without reading them; git without --batch-command (before 2.36) gets --batch', async () => {
  await withRepo(async (repo) => {
    const head = await repo.commit('one', { 'v/a.py': 'a\n', 'v/b.py': 'b\n' });
    const tree = (await repo.exec(['rev-parse', 'HEAD:v'])).stdout.trim();
    const blob = (await repo.exec(['rev-parse', 'HEAD:v/a.py'])).stdout.trim();
    // Old git, as far as cat-file goes: a `git` first on PATH that refuses --batch-command the way git 2.35 did.
    const bin = join(repo.dir, '.old-git');
    await mkdir(bin);
    const real = (await run('sh', ['-c', 'command -v git'], { cwd: repo.dir })).stdout.trim();
    await writeFile(join(bin, 'git'), `#!/bin/sh\nfor a in "$@"; do [ "$a" = --batch-command ] && { echo "error: unknown option \\\`batch-command'" >&2; echo "usage: git cat-file <type> <object>" >&2; exit 129; }; done\nexec ${real} "$@"\n`);
    await chmod(join(bin, 'git'), 0o755);
    for (const env of [cleanEnv(), cleanEnv({ PATH: `${bin}:${process.env.PATH}` })]) {
      await withBlobReader({ cwd: repo.dir, env }, async (reader) => {
        const [info, blobs] = await Promise.all([reader.info(['HEAD', 'HEAD:v', 'HEAD:nope', 'main^{commit}']), reader.readAll([blob])]);
        assert.equal(Object.fromEntries(info), { HEAD: { oid: head, type: 'commit' }, 'HEAD:v': { oid: tree, type: 'tree' }, 'main^{commit}': { oid: head, type: 'commit' } });
        assert.is(decoder.decode(blobs.get(blob)), 'a\n');
        assert.equal(Object.fromEntries(await reader.treeIds(['HEAD:v', 'HEAD:v/a.py'])), { 'HEAD:v': tree });
      });
    }
  });
});

test('BlobReader: missing objects are absent, the empty blob needs no git, nothing started when not needed', async () => {
  await withRepo(async (repo) => {
    await repo.write({ 'a.py': 'a\n' });
    await repo.exec(['add', '-A']);
    const ctx = { cwd: repo.dir, env: cleanEnv() };
    const [entry] = (await listIndex(ctx)).entries;
    await withBlobReader(ctx, async (reader) => {
      const empty = await reader.readAll(['e69de29bb2d1d6434b8b29ae775ad8c2e48c5391']);
      assert.equal([...empty.keys()], ['e69de29bb2d1d6434b8b29ae775ad8c2e48c5391']);
      assert.is((reader as unknown as { child: unknown }).child, undefined);
      const blobs = await reader.readAll([entry!.oid, '0123456789012345678901234567890123456789']);
      assert.equal([...blobs.keys()], [entry!.oid]);
      const bad = await reader.readAll(['HEAD:a.py']).then(() => undefined, (e: unknown) => e);
      assert.instance(bad, MigcheckError);
    });
  });
});

test('BlobReader: a process that dies rejects every pending read and leaves nothing behind', async () => {
  await withRepo(async (repo) => {
    await repo.write({ 'a.py': 'a\n' });
    await repo.exec(['add', '-A']);
    const ctx = { cwd: repo.dir, env: cleanEnv() };
    const [entry] = (await listIndex(ctx)).entries;
    const reader = new BlobReader(ctx);
    await reader.readAll([entry!.oid]);
    const child = (reader as unknown as { child: { kill(signal: string): void; exitCode: number | null; signalCode: string | null } }).child;
    // Killed before the request is written, so git cannot answer it first.
    child.kill('SIGTERM');
    const pending = reader.readAll(['1'.repeat(40)]);
    const error = await pending.then(() => undefined, (e: unknown) => e);
    assert.instance(error, MigcheckError);
    assert.match((error as Error).message, /^reading blobs with git cat-file failed: /);
    await reader.close();
    assert.is(child.signalCode, 'SIGTERM');
    // Later reads fail fast instead of hanging.
    assert.instance(await reader.readAll(['2'.repeat(40)]).then(() => undefined, (e: unknown) => e), Error);
  });
});

test('BlobReader: git cannot start (no such directory) is an error, not a hang', async () => {
  const reader = new BlobReader({ cwd: '/nonexistent/migcheck', env: cleanEnv() });
  const error = await reader.readAll(['3'.repeat(40)]).then(() => undefined, (e: unknown) => e);
  assert.instance(error, MigcheckError);
  await reader.close();
});

test('BlobReader.forEach: a promise from the callback holds back git until it settles; a rejection fails the read', async () => {
  await withRepo(async (repo) => {
    // 200 blobs of 8 KB: git's answers come in many chunks of a pipe's size.
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`v/${String(i).padStart(3, '0')}.py`] = `${i}\n${'y'.repeat(8192)}`;
    await repo.write(files);
    await repo.exec(['add', '-A']);
    const ctx = { cwd: repo.dir, env: cleanEnv() };
    const { entries } = await listIndex(ctx, ['v']);
    const reader = new BlobReader(ctx);
    try {
      const seen: string[] = [];
      let release!: () => void;
      const held = new Promise<void>((resolve) => { release = resolve; });
      let arrivedWhileHeld = -1;
      const done = reader.forEach(entries.map((e) => e.oid), (oid, data) => {
        seen.push(oid);
        assert.is(decoder.decode(data), files[entries.find((e) => e.oid === oid)!.path]);
        return seen.length === 1 ? held : undefined;
      });
      // Long enough for git to answer everything, were it not held back.
      await new Promise((resolve) => setTimeout(resolve, 300));
      arrivedWhileHeld = seen.length;
      release();
      await done;
      assert.ok(arrivedWhileHeld >= 1 && arrivedWhileHeld < 50, `only what was read before the hold arrived (${arrivedWhileHeld})`);
      assert.equal(seen, entries.map((e) => e.oid), 'every blob, in order, once');
      const failing = reader.forEach(entries.slice(0, 20).map((e) => e.oid), () => Promise.reject(new Error('consumer failed')));
      await failing.then(() => assert.unreachable('the read fails'), (error: Error) => assert.is(error.message, 'consumer failed'));
    } finally {
      await reader.close();
    }
  });
});

test.run();
