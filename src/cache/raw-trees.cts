/**
 * Large tree objects kept uncompressed in `<commonDir>/migcheck/raw-trees-v1/<id>`, so the
 * commit-time fast lane (and the check after it) does not inflate HEAD's versions folder (3 MB at
 * 50,000 revisions, packed as a delta of an older tree) on every commit. Every large tree the
 * object store rebuilds from a pack's deltas is kept; a loose one is not, because inflating it
 * costs what reading and hashing its kept copy does (~9 ms for 3 MB), and writing it costs as
 * much again.
 *
 * A tree id names its bytes forever, so a kept tree is never stale; and a kept file is used only
 * when its bytes hash to the id it is kept under (git's `tree <size>\0` header included), so a
 * damaged, truncated or foreign file is a miss, never a wrong tree. CommonJS and synchronous,
 * because the lane runs before any ES module is loaded. An optimisation only: failures are
 * ignored, writes are atomic (write-file-atomic's temporary names, so a killed run's leftover is
 * swept like the other caches'), and only the few trees used last are kept.
 */
import { readdirSync, readFileSync, statSync, unlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import type { TreeKeeper } from '../git/object-store.cjs';
import { writeFileAtomicSync } from '../fs/write-file-atomic-sync.cjs';

/** The folder's format version is in its name, so an old migcheck never reads a new format. */
export const RAW_TREES_DIR = 'raw-trees-v1';

/** Trees smaller than this (about 1,000 entries) inflate about as fast as a kept file is read and hashed. */
export const MIN_KEPT_TREE = 64 * 1024;

/** Files kept at most: HEAD's tree, the index's and the target's, for a few branches. */
export const MAX_KEPT_TREES = 8;

const OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** git's object id of a tree with content `data`: the hash of `tree <size>\0` and the content. */
function treeId(data: Buffer, hashBytes: number): string {
  // Loaded here, on a kept file's first use: loading node:crypto costs the lane ~10 ms, which
  // the commits that read no large tree (most of them) should not pay.
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  return createHash(hashBytes === 32 ? 'sha256' : 'sha1').update(`tree ${data.length}\0`, 'latin1').update(data).digest('hex');
}

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
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return undefined;
  }
  if (treeId(data, hashBytes) !== oid) return undefined;
  try {
    // Used: pruning keeps the newest, and every commit on HEAD reads HEAD's tree.
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // Kept or not, the bytes read are the tree's.
  }
  return data;
}

/** Keeps a tree's content under its id, and drops all but the MAX_KEPT_TREES newest. Never throws. */
function keep(dir: string, oid: string, data: Buffer): void {
  if (!writeFileAtomicSync(join(dir, oid), data)) return;
  try {
    const dated = readdirSync(dir)
      .filter((name) => OID.test(name))
      .map((name) => ({ name, time: statSync(join(dir, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
      .sort((a, b) => b.time - a.time);
    for (const { name } of dated.slice(MAX_KEPT_TREES)) unlinkSync(join(dir, name));
  } catch {
    // Pruned by another run, or nothing to prune.
  }
}
