/**
 * Finds the Alembic environments of a tree: one listing of the tree's config candidates (the
 * index, a commit or the tracked files of the worktree) and one batched read of their texts,
 * from the SAME tree that is being checked.
 */
import { readFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import type { Environment, TreeEntry } from '../core/types.js';
import { MigcheckError } from '../core/errors.js';
import { noEnvironment, NO_ENVIRONMENT_HINT } from '../core/messages.js';
import type { BlobReader } from '../git/blob-reader.js';
import { listIndexConfigFiles } from '../git/list-index.js';
import { listTree } from '../git/list-tree.js';
import type { GitContext } from '../git/run-git.js';
import { environmentsFromConfigs, isConfigCandidate, type ConfigText, type DiscoveryResult } from '../alembic/environments-from-configs.js';
import { folderOf } from '../alembic/alembic-options.js';

/** Which tree to discover in: the index, a commit, or the working tree (tracked files, read from disk). */
export type DiscoverySource = { kind: 'index' } | { kind: 'commit'; commit: string } | { kind: 'worktree' };

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The config candidates and `env.py` markers of a listing (pure). */
export function configEntries(entries: readonly TreeEntry[]): { configs: TreeEntry[]; scriptDirectories: Set<string> } {
  const configs = entries.filter((entry) => isConfigCandidate(entry.path) && entry.mode !== '120000');
  const scriptDirectories = new Set(entries.filter((entry) => basename(entry.path) === 'env.py').map((entry) => folderOf(entry.path)));
  return { configs, scriptDirectories };
}

/**
 * The environments of one tree, with sentences about configs that were skipped. `reader` is the
 * run's shared BlobReader (worktree discovery reads from disk and needs none).
 */
export async function discoverEnvironments(
  repo: GitContext & { root: string; gitDir?: string },
  source: DiscoverySource,
  reader: BlobReader | undefined,
): Promise<DiscoveryResult> {
  const listing = source.kind === 'commit'
    ? await listTree(repo, source.commit)
    : (await listIndexConfigFiles(repo)).entries;
  const { configs, scriptDirectories } = configEntries(listing);
  const decoder = new TextDecoder();
  let texts: ConfigText[];
  if (source.kind === 'worktree') {
    const read = await Promise.all(configs.map(async (entry) => {
      try {
        return { path: entry.path, text: await readFile(join(repo.root, entry.path), 'utf8') };
      } catch {
        return undefined; // Deleted in the worktree: not part of this tree.
      }
    }));
    texts = read.filter((item): item is ConfigText => item !== undefined);
  } else {
    if (configs.length > 0 && !reader) throw new Error('discoverEnvironments needs a BlobReader for git trees');
    const blobs = configs.length > 0 ? await reader!.readAll(configs.map((entry) => entry.oid)) : new Map<string, Uint8Array>();
    texts = configs.filter((entry) => blobs.has(entry.oid)).map((entry) => ({ path: entry.path, text: decoder.decode(blobs.get(entry.oid)) }));
  }
  // smol-toml costs ~20 ms to import: only when a pyproject.toml may hold [tool.alembic].
  const needsToml = texts.some((file) => basename(file.path) === 'pyproject.toml' && file.text.includes('alembic'));
  const parseToml = needsToml ? (await import('smol-toml')).parse : undefined;
  return environmentsFromConfigs(texts, scriptDirectories, { parseToml, osPathSeparator: delimiter });
}

/** The environments, or the exit-2 error that says what was searched and how to name them. */
export function requireEnvironments(result: DiscoveryResult, treeName: string): Environment[] {
  if (result.environments.length > 0) return result.environments;
  const detail = result.problems.length > 0 ? `; ${result.problems.join('; ')}` : '';
  throw new MigcheckError(`${noEnvironment(treeName)}${detail}`, { hint: NO_ENVIRONMENT_HINT });
}
