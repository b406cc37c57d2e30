/**
 * One blob's revision files, at every path a load wants it at: decoded once, parsed once per
 * path that needs its own parse (see sameParse), the others copies of the first. The same code
 * runs on the main thread and in the parse workers (parse-pool), so both give the same files.
 */
import type { DecodedSource, RevisionFile } from '../core/types.js';
import * as reader from '../core/reader/index.js';
import { hasExpressionItems } from '../core/reader/expression-items.js';

/** What parseBlob gives for one blob. */
export interface BlobParse {
  /** Per path, in the order given. */
  files: RevisionFile[];
  /** Per path: true when the file was parsed, false when it is a copy of an earlier path's parse. */
  parsed: boolean[];
  /** The decoded text (edits and labels written as constants need it later). */
  source: DecodedSource;
  /** True when some file's labels are written as constants (its text must be kept). */
  expressions: boolean;
}

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * True when a parse of the same blob at another path holds for `path` too: the reader looks at
 * the name only for the legacy hex-filename revision id and for `.pyc`, and a problem text may
 * name the path.
 */
function sameParse(earlier: RevisionFile, path: string): boolean {
  if (earlier.problems.some((problem) => problem.reason.includes(earlier.path))) return false;
  if (basename(earlier.path) === basename(path)) return true;
  return earlier.revisionSource === 'variable' && earlier.path.endsWith('.py') && path.endsWith('.py');
}

/**
 * Parses the blob `oid` (its bytes) at `paths`. `settle` turns a fresh parse into the object
 * kept from then on (the parse cache's compact form); it sees only parsed files, in order.
 */
export function parseBlob(oid: string, bytes: Uint8Array, paths: readonly string[], settle: (file: RevisionFile) => RevisionFile = (file) => file): BlobParse {
  const source = reader.decodeSource(bytes);
  const files: RevisionFile[] = [];
  const parsed: boolean[] = [];
  let first: RevisionFile | undefined;
  let expressions = false;
  for (const path of paths) {
    if (first && sameParse(first, path)) {
      files.push({ ...first, path });
      parsed.push(false);
      continue;
    }
    const file = settle(reader.readRevisionFile(path, source.text, oid));
    first ??= file;
    files.push(file);
    parsed.push(true);
    expressions ||= hasExpressionItems(file);
  }
  return { files, parsed, source, expressions };
}
