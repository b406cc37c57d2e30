/**
 * Writes a file from text made piece by piece: each piece is encoded straight into one reused
 * buffer of CHUNK_BYTES, written whenever it fills, so a file of tens of megabytes (a parse cache
 * or tree summary at 50,000 revisions) never exists whole in memory, neither as one string nor
 * as its bytes. Pieces are never joined: a joined chunk of a megabyte is a large object to V8,
 * freed only by a full collection, and a file's worth of them grew the heap by ~40 MB.
 * replaceInPieces is the atomic form the caches use.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { replaceFileSync } from './write-file-atomic-sync.cjs';

/** Bytes gathered before a write: large enough that writes are few, small next to the file. */
export const CHUNK_BYTES = 256 * 1024;

/** Writes `pieces` (UTF-8) to `path` in order; throws (the file left partial) when a write fails. */
export function writeChunks(path: string, pieces: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    const writeAll = (bytes: Uint8Array, length: number) => {
      for (let done = 0; done < length;) done += writeSync(fd, bytes, done, length - done);
    };
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let used = 0;
    for (const piece of pieces) {
      // A UTF-16 unit takes at most 3 bytes in UTF-8 (a surrogate pair, 2 units, takes 4).
      if (used + piece.length * 3 > CHUNK_BYTES) {
        writeAll(buffer, used);
        used = 0;
      }
      if (piece.length * 3 > CHUNK_BYTES) {
        const bytes = Buffer.from(piece, 'utf8');
        writeAll(bytes, bytes.length);
      } else used += buffer.write(piece, used, 'utf8');
    }
    writeAll(buffer, used);
  } finally {
    closeSync(fd);
  }
}

/**
 * Replaces `path` with `pieces` atomically (write-file-atomic-sync's replaceFileSync): never
 * throws, says whether the file was written. Synchronous like the other cache writes: a commit's
 * check writes a small summary and waits for nothing else meanwhile, and each asynchronous step
 * (folder, open, write, close, rename) was a round trip through libuv's thread pool; a first run's
 * large files are written at its end, when nothing else is left to run.
 */
export function replaceInPieces(path: string, pieces: Iterable<string>): boolean {
  return replaceFileSync(path, (temp) => writeChunks(temp, pieces));
}
