/**
 * One object per listed file across the listings of one read: a branch's index and its target
 * hold nearly the same files, and at 50,000 files each listing kept its own entry objects and,
 * through their strings, its own copy of git's output (~10 MB held through the whole check).
 * Entries are never changed after listing, so an equal one met before stands for it.
 */
import type { TreeEntry } from '../core/types.js';

export class SharedEntries {
  private readonly byPath = new Map<string, TreeEntry>();

  /**
   * `entries` with each entry replaced, in place, by an equal one (path, blob id and mode) met
   * in an earlier listing; the others are remembered for the next listing.
   */
  share(entries: TreeEntry[]): TreeEntry[] {
    for (let k = 0; k < entries.length; k++) {
      const entry = entries[k]!;
      const known = this.byPath.get(entry.path);
      if (known === undefined) this.byPath.set(entry.path, entry);
      else if (known.oid === entry.oid && known.mode === entry.mode) entries[k] = known;
    }
    return entries;
  }
}
