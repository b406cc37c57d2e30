/**
 * HEAD's commit and root tree id, read from the repository's files without starting git: the
 * `HEAD` file, the branch's ref (a loose ref file, or `packed-refs`), and the commit object when it
 * is a loose object (every commit made here is, until `git gc` packs it). The commit-time fast
 * lane keys what it knows of a tree's environments by tree id; git's own answer is used whenever
 * this one is not certain: a packed commit, the reftable format, a symbolic ref it cannot follow.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { LocatedRepository } from './locate-repository.cjs';
import type { ObjectStore } from './object-store.cjs';

const OID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** The commit a ref names, from its loose file or `packed-refs`; undefined when not found. */
function readRef(commonDir: string, ref: string): string | undefined {
  if (!/^refs\/[^\0\n]+$/.test(ref) || ref.split('/').includes('..')) return undefined;
  let text: string | undefined;
  try {
    text = readFileSync(join(commonDir, ref), 'utf8').trim();
  } catch {
    text = undefined;
  }
  if (text !== undefined) return OID.test(text) ? text : undefined; // A symbolic branch: ask git.
  let packed: string;
  try {
    packed = readFileSync(join(commonDir, 'packed-refs'), 'utf8');
  } catch {
    return undefined;
  }
  const at = packed.indexOf(` ${ref}\n`);
  if (at < 0) return undefined;
  const start = packed.lastIndexOf('\n', at) + 1;
  const oid = packed.slice(start, at);
  return OID.test(oid) ? oid : undefined;
}

/**
 * HEAD's commit id and root tree id, or undefined when they cannot be read for certain. With
 * `store`, a packed commit is read through it too.
 */
export function readHead(repository: LocatedRepository, store?: ObjectStore): { commit: string; tree: string } | undefined {
  try {
    // The reftable format keeps refs elsewhere.
    try {
      readFileSync(join(repository.commonDir, 'reftable', 'tables.list'));
      return undefined;
    } catch {
      // The files backend.
    }
    const head = readFileSync(join(repository.gitDir, 'HEAD'), 'utf8').trim();
    const commit = head.startsWith('ref: ') ? readRef(repository.commonDir, head.slice(5)) : OID.test(head) ? head : undefined;
    if (commit === undefined) return undefined;
    let text: string;
    if (store) {
      const object = store.read(commit);
      if (object?.type !== 'commit') return undefined;
      text = `commit ${object.data.length}\0${object.data.toString('latin1', 0, Math.min(object.data.length, 200))}`;
    } else {
      const object = inflateSync(readFileSync(join(repository.commonDir, 'objects', commit.slice(0, 2), commit.slice(2))));
      text = object.toString('latin1', 0, Math.min(object.length, 200));
    }
    const match = /^commit \d+\0tree ([0-9a-f]{40}(?:[0-9a-f]{24})?)\n/.exec(text);
    return match ? { commit, tree: match[1]! } : undefined;
  } catch {
    return undefined;
  }
}
