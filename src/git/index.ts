/**
 * The git module family: the only code that runs git. Re-exports the pieces commands use.
 */
export { runGit, spawnGit, GitError, GIT_GLOBAL_ARGS, type GitContext, type GitResult } from './run-git.js';
export { openRepository, type Repository } from './open-repository.js';
export { listTree } from './list-tree.js';
export { listIndex, listIndexConfigFiles } from './list-index.js';
export { stagedChanges, type StagedChange } from './staged-paths.cjs';
export { resolveCommit, mergeBase, resolveTarget, TARGET_CANDIDATES, type Target, type TargetSource } from './refs.js';
export { BlobReader, BatchParser, withBlobReader, type BatchAnswer } from './blob-reader.js';
export { validateRef } from './argv.js';
export { mergingCommits } from './merging-commits.js';
export type { IndexListing, IndexRecord, RepositoryInfo, RefRecord } from './parse-z.js';
