/**
 * Where some entries of a large tree object begin, kept in `<commonDir>/migcheck/tree-marks-v1/<id>`,
 * so that comparing the index's versions folder with HEAD's (git/staged-from-files) can jump over
 * the bytes the two share instead of stepping over every entry before the first difference: a
 * tree's entries (`<mode> <name>\0<id>`) can only be found one after the other from the start,
 * and at 50,000 revisions that walk cost ~6 ms of every commit. A mark is kept for about every
 * 64th entry (git/staged-from-files's MARK_EVERY, whose TreeMarks this implements). The lane
 * keeps the index's marks after each comparison (derived from HEAD's, without a walk), so the
 * next commit, whose HEAD that tree is, finds them.
 *
 * A tree id names its bytes forever, so marks are never stale. A file holds one line,
 * `<magic> <tree id> <tree length> <count> <CRC-32 of the offsets>`, then the offsets (4 bytes
 * each, little-endian); it is used only when all of that agrees with the tree at hand, the
 * offsets rise and lie inside it, and each follows a name's NUL and its id's bytes, before a mode
 * digit. Anything else is a miss, and the comparison walks the entries. CommonJS and synchronous:
 * the fast lane runs before any ES module is loaded. An optimisation only: never throws.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomicSync } from '../fs/write-file-atomic-sync.cjs';
import { checksum } from './checksum.cjs';
import { pruneOldest } from './prune-oldest.cjs';
import type { TreeMarks } from '../git/staged-from-files.cjs';

/** The folder's format version is in its name, so an old migcheck never reads a new format. */
export const TREE_MARKS_DIR = 'tree-marks-v1';

const MAGIC = 'migcheck-tree-marks-1';

/** Files kept: HEAD's and the index's, for a few branches. */
const MAX_FILES = 16;

const OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** The marks kept under `<commonDir>/migcheck`. Reads nothing until asked. */
export function treeMarks(commonDir: string): TreeMarks {
  const dir = join(commonDir, 'migcheck', TREE_MARKS_DIR);
  return {
    read: (oid, data, hashBytes) => read(dir, oid, data, hashBytes),
    keep: (oid, length, offsets) => {
      if (!OID.test(oid)) return;
      const body = Buffer.alloc(offsets.length * 4);
      offsets.forEach((offset, i) => body.writeUInt32LE(offset, i * 4));
      if (writeFileAtomicSync(join(dir, oid), Buffer.concat([Buffer.from(`${MAGIC} ${oid} ${length} ${offsets.length} ${checksum(body)}\n`, 'latin1'), body]))) {
        pruneOldest(dir, { files: MAX_FILES, names: OID });
      }
    },
  };
}

function read(dir: string, oid: string, data: Uint8Array, hashBytes: number): Uint32Array | undefined {
  // Only ids name files here: nothing else reaches the file system.
  if (!OID.test(oid)) return undefined;
  let content: Buffer;
  try {
    content = readFileSync(join(dir, oid));
  } catch {
    return undefined;
  }
  const end = content.indexOf(10);
  const line = /^(\S+) (\S+) (\d+) (\d+) ([0-9a-f]{8})$/.exec(content.toString('latin1', 0, end < 0 ? 0 : end));
  if (!line || line[1] !== MAGIC || line[2] !== oid || Number(line[3]) !== data.length) return undefined;
  const body = content.subarray(end + 1);
  const count = Number(line[4]);
  if (body.length !== count * 4 || checksum(body) !== line[5]) return undefined;
  const offsets = new Uint32Array(count);
  let last = 0;
  for (let i = 0; i < count; i++) {
    const at = body.readUInt32LE(i * 4);
    // An entry starts after the NUL that ends a name and the id's bytes, with its mode's first digit.
    if (at <= last || at >= data.length || data[at - 1 - hashBytes] !== 0 || data[at]! < 0x31 || data[at]! > 0x37) return undefined;
    offsets[i] = last = at;
  }
  return offsets;
}
