/**
 * What the commit-time fast lane (fast-lane/quick-check) read before it left a run to the full
 * check: the staged changes, and what it learnt of the index without git. Handed to the check of
 * the same process through CommandIO, so nothing is asked of git twice. Types only: the lane is
 * CommonJS and imports nothing of this module at run time.
 */
import type { Environment } from '../core/types.js';
import type { StagedChange } from '../git/staged-paths.cjs';
import type { LocatedRepository } from '../git/locate-repository.cjs';
import type { IndexFacts } from '../git/read-index.cjs';

/** What the lane read, for the full check of the same process (the same index). */
export interface LaneHandOff {
  /** The directory the lane ran in. */
  readonly cwd: string;
  /** `git diff --cached --raw` against HEAD. */
  readonly changes: readonly StagedChange[];
  /** The repository's folders, when found without git. */
  readonly repository?: LocatedRepository | undefined;
  /** The index file's facts, when it could be read, and the fingerprint of its environment inputs. */
  readonly index?: IndexFacts | undefined;
  readonly fingerprint?: string | undefined;
  /** The environments the cache holds for that fingerprint. */
  readonly environments?: readonly Environment[] | undefined;
}
