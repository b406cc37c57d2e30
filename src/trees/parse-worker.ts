/**
 * The body of a parse worker (a thread parse-pool starts for a big cold read): it parses the
 * blobs it is sent with parseBlob, exactly as the main thread would, and answers each parsed
 * file in the parse cache's compact form when it has one (a short string costs little to send
 * and nothing to hold), else as the whole object. Copies of an earlier path's parse are left to
 * the main thread (null), which makes them from its own object as it always does.
 */
import { parentPort } from 'node:worker_threads';
import type { DecodedSource, RevisionFile } from '../core/types.js';
import { encodeParse } from '../cache/parse-cache-codec.js';
import { parseBlob } from './parse-blob.js';

/** A batch: the blobs' bytes end to end, and per blob its id, where its bytes are, and its paths. */
export interface ParseBatch {
  bytes: Uint8Array;
  blobs: { oid: string; start: number; end: number; paths: string[] }[];
}

/** The answer for one blob of a batch. */
export interface ParsedBlob {
  oid: string;
  /** Per path: the compact form, the whole file, or null for a copy of an earlier path's parse. */
  files: (string | RevisionFile | null)[];
  /** The decoded text, when a label is written as a constant (the main thread resolves those). */
  source?: DecodedSource;
}

/** Parses one batch (exported for the pool's own fallback and for tests). */
export function parseBatch(batch: ParseBatch): ParsedBlob[] {
  return batch.blobs.map(({ oid, start, end, paths }) => {
    const { files, parsed, source, expressions } = parseBlob(oid, batch.bytes.subarray(start, end), paths);
    return {
      oid,
      files: files.map((file, k) => {
        if (!parsed[k]) return null;
        const { path: _path, blob: _blob, ...rest } = file;
        return encodeParse(rest) ?? file;
      }),
      ...(expressions ? { source } : {}),
    };
  });
}

parentPort?.on('message', (message: { id: number; batch: ParseBatch }) => {
  let answer: { id: number; blobs?: ParsedBlob[]; failed?: string };
  try {
    answer = { id: message.id, blobs: parseBatch(message.batch) };
  } catch (error) {
    // The main thread parses the batch itself: a worker's defect never loses a file.
    answer = { id: message.id, failed: String(error) };
  }
  parentPort!.postMessage(answer);
});
