/**
 * Writes a file from text made piece by piece: the pieces are gathered into chunks of about
 * CHUNK_CHARS and each chunk is written before the next is made, so a file of tens of megabytes
 * (a parse cache or tree summary at 50,000 revisions) never exists whole in memory as one string
 * and again as its bytes. The file is created or truncated; callers that need atomicity write a
 * temporary file and rename it, as they did with writeFile.
 */
import { open } from 'node:fs/promises';

/** Characters gathered before a write: large enough that writes are few, small next to the file. */
export const CHUNK_CHARS = 1 << 20;

/** Writes `pieces` (UTF-8) to `path` in order; rejects (the file left partial) when a write fails. */
export async function writeChunks(path: string, pieces: Iterable<string>): Promise<void> {
  const handle = await open(path, 'w');
  try {
    let gathered: string[] = [];
    let length = 0;
    for (const piece of pieces) {
      gathered.push(piece);
      length += piece.length;
      if (length >= CHUNK_CHARS) {
        await handle.write(gathered.join(''));
        gathered = [];
        length = 0;
      }
    }
    if (length > 0) await handle.write(gathered.join(''));
  } finally {
    await handle.close();
  }
}
