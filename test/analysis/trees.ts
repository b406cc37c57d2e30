/**
 * Builds RevisionFile trees for analysis tests: seed specs written as real revision texts, read
 * by the real static reader, with real git blob ids, so paths, lines and blobs are what git and
 * the reader would give.
 */
import { createHash } from 'node:crypto';
import { readRevisionFile } from '../../src/core/reader/index.js';
import type { RevisionFile } from '../../src/core/types.js';
import { revisionText, type RevisionSpec } from '../helpers/revision-files.js';
import { seedPath } from '../helpers/seed-story.js';

/** The id `git hash-object` gives `text`. */
export const blobOf = (text: string) => createHash('sha1').update(`blob ${Buffer.byteLength(text)}\0${text}`).digest('hex');

/** One file as the reader sees it, at the seed's path for the spec unless `path` is given. */
export function fileOf(spec: RevisionSpec, path = seedPath(spec)): RevisionFile {
  const text = revisionText(spec);
  return readRevisionFile(path, text, blobOf(text));
}

/** A tree of files in load order (sorted paths, as in one version location). */
export function treeOf(...groups: (RevisionSpec | RevisionFile | readonly (RevisionSpec | RevisionFile)[])[]): RevisionFile[] {
  const files = groups.flat().map((g) => ('path' in g ? g : fileOf(g)));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The spec re-pointed onto other parents (a new blob, same path). */
export const repointed = (spec: RevisionSpec, down: string[]): RevisionSpec => ({ ...spec, down });
