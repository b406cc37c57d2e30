/**
 * Symlinks in git trees (the index, commits), followed the way Alembic meets them on disk. A
 * link is a blob (mode 120000) whose content is its target path, resolved against the link's
 * real folder; a target outside the repository is never read. A version location that is a link
 * to a folder of the repository is listed through the link, its files named under the location
 * (as `os.listdir` of the location names them in Alembic's messages); a revision file that is a
 * link is read through it. Targets outside the first listing cost one more listing per hop, and
 * only when such a link exists.
 */
import type { TreeEntry } from '../core/types.js';
import { symlinkEscapes, symlinkNotFollowed } from '../core/messages.js';
import { folderOf, resolveLocation } from '../alembic/alembic-options.js';

/** Git's mode of a symlink. */
export const SYMLINK = '120000';

// Links to links are followed this far; a longer chain (or a loop) is not followed.
const MAX_HOPS = 8;

/** What following links needs from git: a listing of more paths of the same tree, and blob reads. */
export interface TreeLinkSource {
  list(paths: string[]): Promise<TreeEntry[]>;
  read(oids: Iterable<string>): Promise<Map<string, Uint8Array>>;
}

/** A tree's listing with the links of its version locations followed. */
export class LinkedListing {
  /** Every entry git listed for this tree, by its real path. */
  private readonly known: Map<string, TreeEntry>;
  /** The real path of an entry reached through a linked folder, by the path it is shown at. */
  readonly realPaths = new Map<string, string>();
  /** Sentences about links that were not followed (a location leading outside the repository). */
  readonly problems: string[] = [];
  private readonly texts = new Map<string, string>();
  /** Whether any entry known is a link: without one, following files is a no-op (no lookup per path). */
  private links: boolean;

  /**
   * Wraps a listing (no git is run until a link is met). `entries` grows by the files of linked
   * locations: they are what the selection of revision files sees.
   */
  constructor(readonly entries: TreeEntry[]) {
    this.known = new Map(entries.map((entry) => [entry.path, entry]));
    this.links = entries.some((entry) => entry.mode === SYMLINK);
  }

  /** The entry shown at `path` (a linked folder's file under the location's path). */
  entryAt(path: string): TreeEntry | undefined {
    const real = this.realPaths.get(path);
    if (real === undefined) return this.known.get(path);
    const entry = this.known.get(real);
    return entry && { ...entry, path };
  }

  private add(entries: readonly TreeEntry[]): void {
    for (const entry of entries) {
      this.known.set(entry.path, entry);
      if (entry.mode === SYMLINK) this.links = true;
    }
  }

  private async readTexts(source: TreeLinkSource, entries: readonly TreeEntry[]): Promise<void> {
    const missing = entries.map((entry) => entry.oid).filter((oid) => !this.texts.has(oid));
    if (missing.length === 0) return;
    const decoder = new TextDecoder();
    for (const [oid, bytes] of await source.read(missing)) this.texts.set(oid, decoder.decode(bytes));
  }

  /** Where the link at real path `real` leads: a repository path, or undefined when outside. */
  private targetOf(real: string, entry: TreeEntry): string | undefined {
    return resolveLocation(folderOf(real), this.texts.get(entry.oid) ?? '');
  }

  /**
   * Follows each location that is a link (to a link, …) to a folder of the repository and adds
   * that folder's files under the location. A location leading outside is a problem, not read.
   */
  async followLocations(locations: readonly string[], source: TreeLinkSource): Promise<this> {
    let pending = [...new Set(locations)].filter((l) => l !== '' && this.known.get(l)?.mode === SYMLINK)
      .map((location) => ({ location, real: location }));
    for (let hop = 0; hop < MAX_HOPS && pending.length > 0; hop++) {
      await this.readTexts(source, pending.map(({ real }) => this.known.get(real)!));
      const next: typeof pending = [];
      const reached: typeof pending = [];
      for (const { location, real } of pending) {
        const to = this.targetOf(real, this.known.get(real)!);
        if (to === undefined) this.problems.push(symlinkEscapes(location));
        else if (to !== '') reached.push({ location, real: to }); // A link to the root is no versions folder.
      }
      if (reached.length === 0) break;
      const folders = [...new Set(reached.map(({ real }) => real))];
      this.add(await source.list(folders));
      for (const { location, real } of reached) {
        if (this.known.get(real)?.mode === SYMLINK) {
          next.push({ location, real });
          continue;
        }
        const prefix = `${real}/`;
        for (const entry of [...this.known.values()]) {
          if (!entry.path.startsWith(prefix)) continue;
          const shown = `${location}/${entry.path.slice(prefix.length)}`;
          this.entries.push({ ...entry, path: shown });
          this.realPaths.set(shown, entry.path);
        }
      }
      pending = next;
    }
    return this;
  }

  /**
   * The entries the selected `paths` stand for, links followed inside the repository: the
   * target's entry (its blob is the content to read), or the sentence saying why it is not read.
   * Paths that are not links are left out.
   */
  async followFiles(paths: Iterable<string>, source: TreeLinkSource): Promise<Map<string, TreeEntry | string>> {
    const result = new Map<string, TreeEntry | string>();
    if (!this.links) return result;
    let pending: { path: string; real: string; entry: TreeEntry }[] = [];
    for (const path of new Set(paths)) {
      const entry = this.entryAt(path);
      if (entry?.mode === SYMLINK) pending.push({ path, real: this.realPaths.get(path) ?? path, entry });
    }
    const asked = new Set<string>();
    for (let hop = 0; pending.length > 0; hop++) {
      if (hop >= MAX_HOPS) {
        for (const { path, real } of pending) result.set(path, symlinkNotFollowed(path, real));
        break;
      }
      await this.readTexts(source, pending.map(({ entry }) => entry));
      const targets = pending.map(({ path, real, entry }) => ({ path, to: this.targetOf(real, entry) }));
      const unknown = [...new Set(targets.flatMap(({ to }) => (to !== undefined && to !== '' && !this.known.has(to) && !asked.has(to) ? [to] : [])))];
      if (unknown.length > 0) {
        unknown.forEach((to) => asked.add(to));
        this.add(await source.list(unknown));
      }
      const next: typeof pending = [];
      for (const { path, to } of targets) {
        const entry = to === undefined ? undefined : this.known.get(to);
        if (to === undefined) result.set(path, symlinkEscapes(path));
        else if (!entry) result.set(path, symlinkNotFollowed(path, to));
        else if (entry.mode === SYMLINK) next.push({ path, real: to, entry });
        else result.set(path, entry);
      }
      pending = next;
    }
    return result;
  }
}
