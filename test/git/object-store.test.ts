/**
 * Objects read without git, checked against what git itself reads (`cat-file --batch`): loose
 * objects, packs with both kinds of delta, idx files whose offsets all go through the large-offset
 * table, version 1 idx files, alternates (absolute, relative, two levels), SHA-256 repositories,
 * a delta against a loose object in a hand-made pack, and damage of every kind giving undefined,
 * never a wrong object.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { deflateSync } from 'node:zlib';
import { cleanEnv, makeRepo, repoAt, withRepo, type Repo } from '../helpers/repo.js';
import { ObjectStore } from '../../src/git/object-store.cjs';

/** git's output as bytes (the helpers decode it as text, which blobs are not). */
const gitBytes = (dir: string, args: string[]) => execFileSync('git', args, { cwd: dir, env: cleanEnv(), maxBuffer: 1 << 30 });
const gitText = (dir: string, args: string[]) => gitBytes(dir, args).toString('utf8');

interface GitObject { oid: string; type: string; data: Buffer }

/** Every object git can read in the repository (alternates included), with its type and content. */
function gitObjects(dir: string): GitObject[] {
  const out = gitBytes(dir, ['cat-file', '--batch-all-objects', '--batch']);
  const objects: GitObject[] = [];
  let at = 0;
  while (at < out.length) {
    const nl = out.indexOf(10, at);
    const [oid, type, size] = out.toString('latin1', at, nl).split(' ');
    const end = nl + 1 + Number(size);
    objects.push({ oid: oid!, type: type!, data: out.subarray(nl + 1, end) });
    at = end + 1;
  }
  return objects;
}

const objectsDir = (dir: string) => join(dir, '.git', 'objects');

/** Reads every object git knows through a fresh store; returns how many there were. */
function sameAsGit(dir: string, hashBytes: 20 | 32, label: string, store = ObjectStore.open(objectsDir(dir), hashBytes)): number {
  const objects = gitObjects(dir);
  assert.ok(objects.length > 0, `${label}: git lists objects`);
  for (const { oid, type, data } of objects) {
    const got = store.read(oid);
    assert.ok(got, `${label}: ${type} ${oid} read`);
    assert.is(got!.type, type, `${label}: ${oid} type`);
    assert.ok(got!.data.equals(data), `${label}: ${type} ${oid} content (${got!.data.length} bytes, git ${data.length})`);
  }
  return objects.length;
}

/** A deterministic byte generator: the same history on every run. */
function bytes(seed: number, length: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed * 2654435761 + 1;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out[i] = x >> 16;
  }
  return out;
}

/** Versions of files that differ a little from one commit to the next, so that packs hold delta chains. */
function version(i: number): Record<string, string | Uint8Array> {
  const lines = (count: number, salt: string) => Array.from({ length: count }, (_, k) => `value_${k} = ${k % 13 === i % 13 ? `${salt}${i}` : k}\n`).join('');
  return {
    'app/settings.py': lines(300, 's'),
    // Over 64 KiB: copy instructions with multi-byte offsets and lengths.
    'data/large.txt': lines(6000, 'l'),
    // Incompressible and larger than the first slice read: the slice must grow.
    'data/noise.bin': Buffer.concat([bytes(7, 150_000), bytes(i, 64)]),
    [`db/versions/v${i}.py`]: `revision = 'r${i}'\ndown_revision = 'r${i - 1}'\n`,
    'empty.txt': '',
  };
}

/** Commits `commits` versions in one `git fast-import` (a commit per process would take most of the run), then an annotated tag. */
function history(repo: Repo, commits: number): void {
  const parts: Buffer[] = [];
  const data = (content: string | Uint8Array) => {
    const bytes = Buffer.from(content);
    parts.push(Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n'));
  };
  for (let i = 0; i < commits; i++) {
    parts.push(Buffer.from(`commit refs/heads/main\nmark :${i + 1}\ncommitter Test <test@example.com> ${1_700_000_000 + i * 60} +0000\n`));
    data(`version ${i}\n`);
    if (i > 0) parts.push(Buffer.from(`from :${i}\n`));
    for (const [path, content] of Object.entries(version(i))) {
      parts.push(Buffer.from(`M 100644 inline ${path}\n`));
      data(content);
    }
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: repo.dir, env: cleanEnv(), input: Buffer.concat(parts) });
  gitBytes(repo.dir, ['tag', '-a', '-m', 'a tag object', 'v1']);
}

/** Turns every packed object into a loose one (fast-import writes a pack). */
async function unpackAll(dir: string): Promise<void> {
  for (const pack of await packFiles(dir, '.pack')) {
    const bytes = await readFile(pack);
    await rm(pack);
    await rm(pack.replace(/\.pack$/, '.idx'));
    execFileSync('git', ['unpack-objects', '-q'], { cwd: dir, env: cleanEnv(), input: bytes });
  }
}

/** Counts the pack entries of each kind, from the type bits at each offset `verify-pack -v` lists. */
async function entryKinds(dir: string): Promise<{ whole: number; ofs: number; ref: number }> {
  const kinds = { whole: 0, ofs: 0, ref: 0 };
  const packDir = join(objectsDir(dir), 'pack');
  for (const name of (await readdir(packDir)).filter((n) => n.endsWith('.idx'))) {
    const pack = await readFile(join(packDir, name.replace(/\.idx$/, '.pack')));
    for (const line of gitText(dir, ['verify-pack', '-v', join(packDir, name)]).split('\n')) {
      const fields = line.split(/\s+/);
      if (!/^[0-9a-f]{40,64}$/.test(fields[0]!) || fields.length < 5) continue;
      const code = (pack[Number(fields[4])]! >> 4) & 7;
      if (code === 6) kinds.ofs++;
      else if (code === 7) kinds.ref++;
      else kinds.whole++;
    }
  }
  return kinds;
}

const packFiles = async (dir: string, ext: string) => (await readdir(join(objectsDir(dir), 'pack'))).filter((n) => n.endsWith(ext)).map((n) => join(objectsDir(dir), 'pack', n));

/** Every loose object file of the repository. */
async function looseFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of await readdir(objectsDir(dir))) {
    if (!/^[0-9a-f]{2}$/.test(name)) continue;
    for (const rest of await readdir(join(objectsDir(dir), name))) found.push(join(objectsDir(dir), name, rest));
  }
  return found;
}

test('loose objects: every commit, tree, blob and tag reads as git reads it', async () => {
  await withRepo(async (repo) => {
    history(repo, 4);
    await unpackAll(repo.dir);
    await repo.commit('made by git commit', { 'z.txt': 'z\n' });
    assert.equal(await packFiles(repo.dir, '.pack'), []);
    const count = sameAsGit(repo.dir, 20, 'loose');
    assert.is(count, (await looseFiles(repo.dir)).length);
  });
});

test('a pack with long delta chains (git gc, then repack --depth=50 --window=250): every object reads as git reads it', async () => {
  await withRepo(async (repo) => {
    history(repo, 30);
    await repo.exec(['gc', '--quiet']);
    sameAsGit(repo.dir, 20, 'gc');
    await repo.exec(['repack', '-adf', '-q', '--depth=50', '--window=250']);
    assert.equal(await looseFiles(repo.dir), []);
    const kinds = await entryKinds(repo.dir);
    assert.ok(kinds.ofs > 20, `offset deltas: ${JSON.stringify(kinds)}`);
    assert.is(kinds.ref, 0);
    const depths = gitText(repo.dir, ['verify-pack', '-v', (await packFiles(repo.dir, '.idx'))[0]!]);
    assert.ok(/chain length = ([2-9]|\d\d)/.test(depths), 'chains longer than one delta');
    sameAsGit(repo.dir, 20, 'repack');
    // A later commit's loose objects beside the pack, one store reading both.
    await repo.commit('after', version(31));
    sameAsGit(repo.dir, 20, 'pack and loose');
  });
});

test('deltas against a base named by id (repack.useDeltaBaseOffset=false): every object reads as git reads it', async () => {
  await withRepo(async (repo) => {
    history(repo, 20);
    await repo.exec(['-c', 'repack.useDeltaBaseOffset=false', 'repack', '-adf', '-q', '--depth=50']);
    const kinds = await entryKinds(repo.dir);
    assert.ok(kinds.ref > 20, `id deltas: ${JSON.stringify(kinds)}`);
    assert.is(kinds.ofs, 0);
    sameAsGit(repo.dir, 20, 'ref deltas');
  });
});

test('an idx whose offsets go through the large-offset table, and a version 1 idx: every object reads as git reads it', async () => {
  await withRepo(async (repo) => {
    history(repo, 12);
    await repo.exec(['repack', '-adf', '-q']);
    const [idx] = await packFiles(repo.dir, '.idx');
    const [pack] = await packFiles(repo.dir, '.pack');
    assert.equal(await looseFiles(repo.dir), []);
    const count = gitObjects(repo.dir).length;
    const small = (await stat(idx!)).size;
    await rm(idx!, { force: true });
    // Every offset above 12 (all but the first entry's, which git keeps in the 31-bit table).
    gitBytes(repo.dir, ['index-pack', '--index-version=2,12', pack!]);
    assert.is((await stat(idx!)).size - small, 8 * (count - 1), 'one 64-bit offset for every entry but the first');
    sameAsGit(repo.dir, 20, 'large offsets');
    await rm(idx!, { force: true });
    gitBytes(repo.dir, ['index-pack', '--index-version=1', pack!]);
    assert.is((await readFile(idx!)).readUInt32BE(0) === 0xff744f63, false, 'version 1 has no header');
    sameAsGit(repo.dir, 20, 'idx version 1');
  });
});

test('alternates: a shared clone reads the objects that live only in its source, through absolute, relative and two-level alternates', async () => {
  const source = await makeRepo();
  const parent = await mkdtemp(join(tmpdir(), 'migcheck-test-'));
  try {
    history(source, 6);
    await source.exec(['gc', '--quiet']);
    await source.commit('loose in the source', { 'later.txt': 'later\n' });
    const cloneDir = join(parent, 'clone');
    gitBytes(parent, ['clone', '--quiet', '--shared', source.dir, cloneDir]);
    const clone = repoAt(cloneDir);
    await clone.exec(['config', 'gc.auto', '0']);
    await clone.commit('in the clone', { 'clone.txt': 'mine\n' });
    const own = (await looseFiles(cloneDir)).length;
    assert.ok(own >= 3 && (await packFiles(cloneDir, '.pack')).length === 0, 'the clone holds only its own commit');
    const all = sameAsGit(cloneDir, 20, 'absolute alternate');
    assert.ok(all > own + 50);
    await writeFile(join(objectsDir(cloneDir), 'info', 'alternates'), `# a comment\n${relative(objectsDir(cloneDir), objectsDir(source.dir))}\n`);
    assert.is(sameAsGit(cloneDir, 20, 'relative alternate'), all);
    const secondDir = join(parent, 'second');
    gitBytes(parent, ['clone', '--quiet', '--shared', cloneDir, secondDir]);
    assert.is(sameAsGit(secondDir, 20, 'two levels'), all);
    // The source's objects are only where the alternates say: without them they are missing.
    await rm(join(objectsDir(cloneDir), 'info', 'alternates'));
    const sourceOnly = gitText(source.dir, ['rev-parse', 'HEAD~1^{tree}']).trim();
    assert.is(ObjectStore.open(objectsDir(cloneDir), 20).read(sourceOnly), undefined);
  } finally {
    await source.cleanup();
    await rm(parent, { recursive: true, force: true });
  }
});

test('SHA-256 repositories: loose objects, then a pack with deltas of both kinds', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'migcheck-test-'));
  try {
    gitBytes(dir, ['init', '--quiet', '--object-format=sha256', '--initial-branch=main']);
    const repo = repoAt(dir);
    for (const [key, value] of [['gc.auto', '0'], ['maintenance.auto', 'false'], ['commit.gpgSign', 'false']]) await repo.exec(['config', key!, value!]);
    history(repo, 15);
    await unpackAll(dir);
    assert.equal(await packFiles(dir, '.pack'), []);
    sameAsGit(dir, 32, 'sha256 loose');
    const head = gitText(dir, ['rev-parse', 'HEAD']).trim();
    assert.is(head.length, 64);
    assert.is(ObjectStore.open(objectsDir(dir), 20).read(head), undefined, 'a SHA-256 id is not a SHA-1 id');
    await repo.exec(['repack', '-adf', '-q', '--depth=50']);
    assert.ok((await entryKinds(dir)).ofs > 10);
    sameAsGit(dir, 32, 'sha256 offset deltas');
    await repo.exec(['-c', 'repack.useDeltaBaseOffset=false', 'repack', '-adf', '-q']);
    assert.ok((await entryKinds(dir)).ref > 10);
    sameAsGit(dir, 32, 'sha256 id deltas');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

/** A little-endian base-128 number, as delta headers write sizes. */
function varint(value: number): number[] {
  const out: number[] = [];
  do {
    out.push((value & 0x7f) | (value >= 0x80 ? 0x80 : 0));
    value = Math.floor(value / 128);
  } while (value > 0);
  return out;
}

/** Writes a one-entry pack and its version 2 idx: `oid` stored as a delta against `baseOid`. */
async function handMadePack(dir: string, oid: string, baseOid: string, delta: Buffer): Promise<string> {
  const header = Buffer.from([0x80 | (7 << 4) | (delta.length & 15), delta.length >> 4]);
  const body = Buffer.concat([Buffer.from('PACK'), Buffer.from([0, 0, 0, 2, 0, 0, 0, 1]), header, Buffer.from(baseOid, 'hex'), deflateSync(delta)]);
  const packSum = createHash('sha1').update(body).digest();
  const id = Buffer.from(oid, 'hex');
  const fanout = Buffer.alloc(1024);
  for (let i = id[0]!; i < 256; i++) fanout.writeUInt32BE(1, i * 4);
  const offset = Buffer.alloc(4);
  offset.writeUInt32BE(12);
  // The CRC-32 is left at zero: only git's verify-pack and pack reuse read it.
  const idxBody = Buffer.concat([Buffer.from([0xff, 0x74, 0x4f, 0x63, 0, 0, 0, 2]), fanout, id, Buffer.alloc(4), offset, packSum]);
  const name = join(objectsDir(dir), 'pack', `pack-${packSum.toString('hex')}`);
  await mkdir(join(objectsDir(dir), 'pack'), { recursive: true });
  await writeFile(`${name}.pack`, Buffer.concat([body, packSum]));
  await writeFile(`${name}.idx`, Buffer.concat([idxBody, createHash('sha1').update(idxBody).digest()]));
  return name;
}

// Git itself looks for such a base only in the same pack (a pack that needs another is a "thin"
// pack, completed before it is stored), so its answer cannot be the oracle here: the content is.
test('a hand-made pack whose only entry is a delta against a loose object: the object, then undefined once the base is gone; a delta that is its own base: undefined', async () => {
  await withRepo(async (repo) => {
    const baseText = 'line\n'.repeat(100);
    const baseOid = (await repo.exec(['hash-object', '-w', '--stdin'], { input: baseText })).stdout.trim();
    const targetText = `${baseText}extra\n`;
    const targetOid = (await repo.exec(['hash-object', '--stdin'], { input: targetText })).stdout.trim();
    // Copy all of the base (no offset bytes, a two-byte length), then insert the new line.
    const delta = Buffer.from([...varint(500), ...varint(506), 0x80 | 0x10 | 0x20, 500 & 0xff, 500 >> 8, 6, ...Buffer.from('extra\n')]);
    const name = await handMadePack(repo.dir, targetOid, baseOid, delta);
    const got = ObjectStore.open(objectsDir(repo.dir), 20).read(targetOid);
    assert.is(got?.type, 'blob');
    assert.is(got?.data.toString(), targetText);
    // As in a partial clone whose base was never fetched.
    await rm(join(objectsDir(repo.dir), baseOid.slice(0, 2), baseOid.slice(2)), { force: true });
    assert.is(ObjectStore.open(objectsDir(repo.dir), 20).read(targetOid), undefined);
    // A loop: the chain is cut at its depth limit.
    await rm(`${name}.pack`);
    await rm(`${name}.idx`);
    await handMadePack(repo.dir, targetOid, targetOid, delta);
    assert.is(ObjectStore.open(objectsDir(repo.dir), 20).read(targetOid), undefined);
  });
});

test('missing objects, ids that are not ids, damaged loose objects: undefined, never a throw', async () => {
  await withRepo(async (repo) => {
    const commit = await repo.commit('one', { 'a.txt': 'a\n'.repeat(1000), 'b.txt': 'b\n' });
    const store = ObjectStore.open(objectsDir(repo.dir), 20);
    assert.is(store.read(commit)?.type, 'commit');
    for (const oid of ['0'.repeat(40), 'f'.repeat(40), '', 'HEAD', commit.toUpperCase(), `${commit}0`, commit.slice(0, 39), `../${commit.slice(3)}`, 'g'.repeat(40), '0'.repeat(64)]) {
      assert.is(store.read(oid), undefined, JSON.stringify(oid));
    }
    assert.is(store.read(undefined as unknown as string), undefined);
    const blob = gitText(repo.dir, ['rev-parse', 'HEAD:a.txt']).trim();
    const path = join(objectsDir(repo.dir), blob.slice(0, 2), blob.slice(2));
    await chmod(path, 0o644);
    const whole = await readFile(path);
    await truncate(path, Math.floor(whole.length / 2));
    assert.is(ObjectStore.open(objectsDir(repo.dir), 20).read(blob), undefined, 'truncated');
    await writeFile(path, deflateSync(Buffer.from(`blob 5\0${'a\n'.repeat(1000)}`)));
    assert.is(ObjectStore.open(objectsDir(repo.dir), 20).read(blob), undefined, 'size in the header does not match');
    await writeFile(path, deflateSync(Buffer.from('blub 2\0a\n')));
    assert.is(ObjectStore.open(objectsDir(repo.dir), 20).read(blob), undefined, 'unknown type');
    await writeFile(path, Buffer.from('not zlib at all'));
    assert.is(ObjectStore.open(objectsDir(repo.dir), 20).read(blob), undefined, 'not a zlib stream');
    assert.is(ObjectStore.open(join(repo.dir, 'no-such-dir'), 20).read(commit), undefined, 'no object directory');
  });
});

test('damaged packs: a read gives git\'s object or undefined, never anything else', async () => {
  await withRepo(async (repo) => {
    history(repo, 10);
    await repo.exec(['repack', '-adf', '-q', '--depth=50']);
    const objects = gitObjects(repo.dir);
    const [pack] = await packFiles(repo.dir, '.pack');
    const [idx] = await packFiles(repo.dir, '.idx');
    await chmod(pack!, 0o644);
    await chmod(idx!, 0o644);
    const original = await readFile(pack!);
    const originalIdx = await readFile(idx!);
    const readAll = (label: string) => {
      const store = ObjectStore.open(objectsDir(repo.dir), 20);
      let read = 0;
      for (const { oid, type, data } of objects) {
        const got = store.read(oid);
        if (got === undefined) continue;
        read++;
        assert.ok(got.type === type && got.data.equals(data), `${label}: ${oid} is git's object`);
      }
      return read;
    };
    assert.is(readAll('intact'), objects.length);
    // Bytes changed in place, all over the pack (the size stays, so only the entries tell).
    for (let at = 12; at < original.length - 20; at += Math.ceil(original.length / 40)) {
      const damaged = Buffer.from(original);
      for (let i = at; i < Math.min(at + 16, damaged.length - 20); i++) damaged[i] = damaged[i]! ^ 0x5a;
      await writeFile(pack!, damaged);
      readAll(`bytes at ${at}`);
    }
    await writeFile(pack!, original.subarray(0, original.length >> 1));
    assert.is(readAll('truncated pack'), 0);
    // An idx without its pack, and a pack without its idx.
    await rm(pack!);
    assert.is(readAll('idx alone'), 0);
    await writeFile(pack!, original);
    await rm(idx!);
    assert.is(readAll('pack alone'), 0);
    // An idx of another shape: garbage in its fan-out, a wrong version, cut short.
    const garbage = Buffer.from(originalIdx);
    garbage.writeUInt32BE(0xffffffff, 8 + 4 * 10);
    for (const [label, bad] of [['fan-out', garbage], ['version 3', Buffer.concat([originalIdx.subarray(0, 4), Buffer.from([0, 0, 0, 3]), originalIdx.subarray(8)])], ['cut', originalIdx.subarray(0, originalIdx.length - 7)]] as const) {
      await writeFile(idx!, bad);
      assert.is(readAll(label), 0, label);
    }
    await writeFile(idx!, originalIdx);
    assert.is(readAll('restored'), objects.length);
  });
});

test.run();
