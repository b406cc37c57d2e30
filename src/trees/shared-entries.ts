/**
 * One object per listed file across the listings of one read: a branch's index and its target
 * hold nearly the same files, and at 50,000 files each listing kept its own entry objects and,
 * through their strings, its own copy of git's output (~10 MB held through the whole check).
 * Entries are never changed after listing, so an equal one met before stands for it.
 */
import type { TreeEntry } from '../core/types.js';

/**
 * `text` copied into a string of its own. V8 cuts a substring out of the string it came from
 * without copying, and keeps that whole string alive for it: one staged file's path would hold a
 * later listing's whole output (5 MB at 50,000 files) once its other entries are shared.
 */
function ownCopy(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

export class SharedEntries {
  private readonly byPath = new Map<string, TreeEntry>();

  /**
   * `entries` with each entry replaced, in place, by an equal one (path, blob id and mode) met
   * in an earlier listing; the others are remembered for the next listing. In a listing after
   * the first, the entries kept as they are (new or changed files, usually a few) get strings of
   * their own, so that git's output for that listing can go.
   */
  share(entries: TreeEntry[]): TreeEntry[] {
    const later = this.byPath.size > 0;
    for (let k = 0; k < entries.length; k++) {
      let entry = entries[k]!;
      const known = this.byPath.get(entry.path);
      if (known !== undefined && known.oid === entry.oid && known.mode === entry.mode) {
        entries[k] = known;
        continue;
      }
      if (later) entries[k] = entry = { ...entry, path: ownCopy(entry.path), oid: ownCopy(entry.oid) };
      if (known === undefined) this.byPath.set(entry.path, entry);
    }
    return entries;
  }
}
