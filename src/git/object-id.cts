/**
 * Git's id of an object: the hash (SHA-1, or SHA-256 in a SHA-256 repository) of `<type> <size>\0`
 * followed by the content. Used wherever migcheck names content as git would — a worktree file
 * (so it shares the parse cache with the committed blob), a folder's tree (as `git write-tree`
 * would write it), a kept tree checked against its name. `node:crypto` is loaded on the first
 * use: it costs ~3 ms, and most commits hash nothing.
 */
let crypto: typeof import('node:crypto') | undefined;

/** The id, as bytes, of an object of `type` holding `data`. */
export function objectId(type: 'blob' | 'tree', data: Uint8Array, algorithm: 'sha1' | 'sha256'): Buffer {
  crypto ??= require('node:crypto') as typeof import('node:crypto');
  return crypto.createHash(algorithm).update(`${type} ${data.length}\0`, 'latin1').update(data).digest();
}
