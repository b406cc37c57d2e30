/**
 * A large text file read a piece at a time, for the caches of a long history (the parse cache is
 * ~23 MB at 50,000 revisions). Read whole, its bytes were one buffer of the file's size, and
 * freeing a buffer that large raises glibc's threshold for giving allocations their own mappings
 * to that size: what later came from its heap stayed resident after it was freed. A full read
 * with a warm parse cache at 50,000 revisions peaked at ~270 MB that way, ~236 MB with the
 * threshold fixed (`MALLOC_MMAP_THRESHOLD_`). Pieces of 64 KB stay under the threshold.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const PIECE = 64 * 1024;

/**
 * The file's text (UTF-8), or undefined when it is missing, unreadable or larger than `maxBytes`.
 * Never throws.
 */
export function readTextInPieces(path: string, maxBytes: number): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    if (fstatSync(fd).size > maxBytes) return undefined;
    const piece = Buffer.allocUnsafe(PIECE);
    const decoder = new TextDecoder();
    let text = '';
    let total = 0;
    for (;;) {
      const read = readSync(fd, piece, 0, PIECE, null);
      if (read === 0) break;
      total += read;
      // The file grew while it was read: as damaged as a file too large from the start.
      if (total > maxBytes) return undefined;
      text += decoder.decode(piece.subarray(0, read), { stream: true });
    }
    return text + decoder.decode();
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
