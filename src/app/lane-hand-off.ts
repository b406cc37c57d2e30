/**
 * What the commit-time fast lane (fast-lane/quick-check) read before it left a run to the full
 * check: the staged changes, and what it learnt of the index without git. Handed to the check of
 * the same process through CommandIO, so nothing is asked of git twice. Types only: the lane is
 * CommonJS and imports nothing of this module at run time.
 */
import type { Environment } from '../core/types.js';
import type { StagedChange } from '../git/staged-paths.cjs';
import type { LocatedRepository } from '../git/locate-repository.cjs';
import type { IndexEntryFact } from '../git/read-index.cjs';
import type { RepositoryFiles } from '../git/repository-files.cjs';

/** What the lane read, for the full check of the same process (the same index). */
export interface LaneHandOff {
  /** The directory the lane ran in. */
  readonly cwd: string;
  /** `git diff --cached --raw` against HEAD (git's, or the same records read from the files). */
  readonly changes: readonly StagedChange[];
  /** The repository's folders, when found without git. */
  readonly repository?: LocatedRepository | undefined;
  /** The index file's identity when the lane read it (before git described it): "still the same index?". */
  readonly indexIdentity?: string | undefined;
  /** The index's tree ids by folder (git's cache-tree), when the lane found them. */
  readonly indexTrees?: ReadonlyMap<string, string> | undefined;
  /** The index's links (symlinks, submodules), when the lane read the whole index. */
  readonly links?: readonly IndexEntryFact[] | undefined;
  /** The index's environments, when the environment cache knows them, and whether a location is behind a link. */
  readonly environments?: readonly Environment[] | undefined;
  readonly linked?: boolean | undefined;
  /** The repository's files as the lane read them (refs, objects; its caches kept), when git may be spared. */
  readonly files?: RepositoryFiles | undefined;
  /** The environment-cache keys under which the index's environments can be kept (see cache/environment-cache). */
  readonly environmentKeys?: readonly string[] | undefined;
}
