/**
 * Lists the files of the index (the staged state; GIT_INDEX_FILE when git set it): one
 * `ls-files -s -z` for all paths asked about, or the index file itself where it tells for certain.
 */
import { isAbsolute, join } from 'node:path';
import { lsFilesArgs, lsFilesConfigArgs } from './argv.js';
import { parseLsFiles, resolveIndexStages, type IndexListing, type IndexRecord } from './parse-z.js';
import { isDiscoveryPath, readIndexFacts } from './read-index.cjs';
import { runGit, type GitContext } from './run-git.js';

/**
 * The index entries under `paths` (literal repo-relative folders or files), or all entries when
 * `paths` is undefined; conflicts resolved as resolveIndexStages documents. An empty `paths`
 * lists nothing and runs no git.
 */
export async function listIndex(repo: GitContext, paths?: readonly string[]): Promise<IndexListing> {
  if (paths && paths.length === 0) return { entries: [], unmerged: [] };
  const { stdout } = await runGit(repo, lsFilesArgs(paths));
  return resolveIndexStages(parseLsFiles(stdout));
}

// Variables that change how git matches CONFIG_PATHSPECS (`*.ini` read literally or without case).
const PATHSPEC_VARIABLES = ['GIT_LITERAL_PATHSPECS', 'GIT_GLOB_PATHSPECS', 'GIT_NOGLOB_PATHSPECS', 'GIT_ICASE_PATHSPECS'];

/**
 * What `ls-files -s -z -- CONFIG_PATHSPECS` prints, read from the index file instead (readIndexFacts:
 * the discovery paths and the links, in index order), or undefined when git should be asked: the
 * index file is not the one git would read for certain (GIT_INDEX_FILE relative to a folder git
 * may see otherwise), a variable changes how git matches the pathspecs, or read-index is unsure
 * (a split or sparse index, an unknown version or extension).
 */
export function indexConfigRecords(repo: GitContext & { gitDir?: string }): IndexRecord[] | undefined {
  const named = repo.env.GIT_INDEX_FILE;
  if (repo.gitDir === undefined || (named && !isAbsolute(named))) return undefined;
  if (PATHSPEC_VARIABLES.some((name) => repo.env[name])) return undefined;
  const facts = readIndexFacts(named || join(repo.gitDir, 'index'));
  if (!facts) return undefined;
  // ls-files lists a symlink by these names too (discovery skips it as a config but counts an
  // `env.py` link as a script directory's marker); parseLsFiles drops submodules.
  const symlinks = facts.links.filter((link) => link.mode === '120000' && isDiscoveryPath(link.path));
  const records = [...facts.configs, ...symlinks].map(({ path, mode, oid, stage }) => ({ path, mode, oid, stage }));
  // The index's own order: names by their bytes, then stage.
  if (symlinks.length > 0) records.sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)) || a.stage - b.stage);
  return records;
}

/**
 * The index entries that may be Alembic configs or script directories (CONFIG_PATHSPECS): from
 * the index file when it tells for certain (indexConfigRecords), from git otherwise. Git also
 * lists the files inside a folder named like a config (`pyproject.toml/x`, a pathspec matches
 * folders too); discovery never reads those, and both answers leave them out.
 */
export async function listIndexConfigFiles(repo: GitContext & { gitDir?: string }): Promise<IndexListing> {
  const records = indexConfigRecords(repo) ?? parseLsFiles((await runGit(repo, lsFilesConfigArgs())).stdout).filter((record) => isDiscoveryPath(record.path));
  return resolveIndexStages(records);
}
