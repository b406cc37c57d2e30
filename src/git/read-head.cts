/**
 * HEAD's commit and root tree id, read from the repository's files without starting git: HEAD
 * and the branch's ref (repository-files' Refs: loose, `packed-refs`, symbolic refs followed), and
 * the commit object — loose (every commit made here is, until `git gc` packs it), or through an
 * object store when the caller has one. The commit-time fast lane keys what it knows of a tree's
 * environments by tree id; git's own answer is used whenever this one is not certain: a packed
 * commit without a store, the reftable format, a ref that cannot be read.
 */
import { join } from 'node:path';
import type { LocatedRepository } from './locate-repository.cjs';
import { readLoose, type ObjectStore } from './object-store.cjs';
import { Refs } from './repository-files.cjs';

/**
 * HEAD's commit id and root tree id, or undefined when they cannot be read for certain. With
 * `store`, a packed commit is read through it too.
 */
export function readHead(repository: LocatedRepository, store?: ObjectStore): { commit: string; tree: string } | undefined {
  try {
    const commit = new Refs(repository).ref('HEAD');
    if (commit === undefined || commit === 'missing') return undefined;
    const object = store ? store.read(commit) : readLoose(join(repository.commonDir, 'objects'), commit);
    if (object?.type !== 'commit') return undefined;
    const match = /^tree ([0-9a-f]{40}(?:[0-9a-f]{24})?)\n/.exec(object.data.toString('latin1', 0, Math.min(object.data.length, 200)));
    return match ? { commit, tree: match[1]! } : undefined;
  } catch {
    return undefined;
  }
}
