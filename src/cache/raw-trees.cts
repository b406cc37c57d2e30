/**
 * Large tree objects kept uncompressed in `<commonDir>/migcheck/raw-trees-v2/<id>`, so the
 * commit-time fast lane (and the check after it) does not inflate HEAD's versions folder (3 MB at
 * 50,000 revisions, packed as a delta of an older tree) on every commit. Every large tree the
 * object store rebuilds from a pack's deltas is kept; a loose one is not, because inflating it
 * costs about what reading its kept copy does, and writing it costs as much again.
 *
 * A tree id names its bytes forever, so a kept tree is never stale. A tree is kept only when its
 * bytes hash to its id (git's `tree <size>\0` header included), and the file starts with one line,
 * `<id> <CRC-32 of the bytes>`, checked on every read: a damaged or truncated file, or another
 * tree's file under this name, is a miss, never a wrong tree. (Hashing 3 MB with SHA-1 on every
 * read, as version 1 did, cost ~6 ms and node:crypto's ~3 ms load on every commit; the CRC takes
 * ~1 ms.) A file forged by hand to pass is not guarded against: `.git` is the user's own. CommonJS and synchronous,
 * because the lane runs before any ES module is loaded. An optimisation only: failures are
 * ignored, writes are atomic (write-file-atomic's temporary names, so a killed run's leftover is
 * swept like the other caches'), and only the few trees used last are kept.
 */
import { readdirSync, readFileSync, statSync, unlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { SMALL_OBJECT, type TreeKeeper } from '../git/object-store.cjs';
import { objectId } from '../git/object-id.cjs';
import { writeFileAtomicSync } from '../fs/write-file-atomic-sync.cjs';
import { checksum } from './checksum.cjs';
import { removeRetiredCaches } from './retired-caches.cjs';

/** The folder's format version is in its name, so an old migcheck never reads a new format. */
export const RAW_TREES_DIR = 'raw-trees-v2';

/**
 * Trees up to this size are inflated in JavaScript, about as fast as a kept file is read and
 * checked. A larger one is inflated by zlib, and rebuilding it from a chain of deltas costs more
 * than reading a kept copy: ~1.5 ms for a 60 KB versions folder of 1,000 revisions, against ~0.2.
 */
export const MIN_KEPT_TREE = SMALL_OBJECT + 1;

/** Files kept at most: HEAD's tree, the index's and the target's, for a few branches. */
export const MAX_KEPT_TREES = 8;

const OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** The keeper of large trees under `<commonDir>/migcheck` (for ObjectStore.keepTreesWith). Reads nothing until asked. */
export function rawTrees(commonDir: string, hashBytes: 20 | 32): TreeKeeper {
  const dir = join(commonDir, 'migcheck', RAW_TREES_DIR);
  return {
    read: (oid) => readKept(dir, oid, hashBytes),
    keep: (oid, data) => {
      if (data.length >= MIN_KEPT_TREE && OID.test(oid)) keep(dir, oid, data);
    },
  };
}

/** The content of the tree kept under `oid`, or undefined when none is kept or its bytes are not that tree's. */
function readKept(dir: string, oid: string, hashBytes: number): Buffer | undefined {
  // Only ids name files here: nothing else reaches the file system.
  if (oid.length !== hashBytes * 2 || !OID.test(oid)) return undefined;
  const file = join(dir, oid);
  let content: Buffer;
  try {
    content = readFileSync(file);
  } catch {
    return undefined;
  }
  const header = `${oid} `;
  const start = header.length + 9;
  if (content.length < start || content.toString('latin1', 0, header.length) !== header || content[start - 1] !== 0x0a) return undefined;
  const data = content.subarray(start);
  if (checksum(data) !== content.toString('latin1', header.length, start - 1)) return undefined;
  try {
    // Used: pruning keeps the newest, and every commit on HEAD reads HEAD's tree.
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // Kept or not, the bytes read are the tree's.
  }
  return data;
}

/**
 * Keeps a tree's content under its id when the content is that tree's, and drops all but the
 * MAX_KEPT_TREES newest. Never throws.
 */
function keep(dir: string, oid: string, data: Buffer): void {
  if (objectId('tree', data, oid.length === 64 ? 'sha256' : 'sha1').toString('hex') !== oid) return;
  if (!writeFileAtomicSync(join(dir, oid), Buffer.concat([Buffer.from(`${oid} ${checksum(data)}\n`, 'latin1'), data]))) return;
  try {
    const dated = readdirSync(dir)
      .filter((name) => OID.test(name))
      .map((name) => ({ name, time: statSync(join(dir, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
      .sort((a, b) => b.time - a.time);
    for (const { name } of dated.slice(MAX_KEPT_TREES)) unlinkSync(join(dir, name));
    // The first tree kept in this format: those of the formats before (up to 8 × 3 MB) go.
    if (dated.length === 1) removeRetiredCaches(join(dir, '..'));
  } catch {
    // Pruned by another run, or nothing to prune.
  }
}
