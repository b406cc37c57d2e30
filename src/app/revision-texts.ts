/**
 * The texts of revision files, for what reads more than the graph needs (the database's schema
 * evidence, explain's docstrings): from the working tree, or from git by blob id for a commit.
 */
import { decodeSource } from '../core/reader/index.js';
import type { RevisionFile } from '../core/types.js';
import { BlobReader, type Repository } from '../git/index.js';
import { readWorktreeFile } from '../trees/worktree-reader.js';

/** Reads the texts of the given files, by path (a file that cannot be read is left out). */
export type RevisionTexts = (files: readonly RevisionFile[]) => Promise<Map<string, string>>;

/** Texts of revision files: from the working tree, or from git by blob id for a committed tree. */
export function revisionTextReader(repo: Repository, worktree: boolean): RevisionTexts {
  return async (files) => {
    const out = new Map<string, string>();
    if (worktree) {
      for (const file of files) {
        const bytes = await readWorktreeFile(repo.root, file.path);
        if (bytes) out.set(file.path, decodeSource(bytes).text);
      }
      return out;
    }
    const reader = new BlobReader(repo);
    try {
      const blobs = await reader.readAll(files.flatMap((f) => (f.blob ? [f.blob] : [])));
      for (const file of files) {
        const bytes = file.blob ? blobs.get(file.blob) : undefined;
        if (bytes) out.set(file.path, decodeSource(bytes).text);
      }
    } finally {
      await reader.close();
    }
    return out;
  };
}
