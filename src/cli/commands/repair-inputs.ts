/**
 * What `rebase-plan` and `merge` read: the repository, the target and merge-base, the
 * environments, and the revision files of an environment in the working tree (with their bytes,
 * which --apply compares against before writing) or in a commit.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { environmentsFromConfigs } from '../../adapters/environments/environments-from-configs.js';
import { DEFAULT_FILE_TEMPLATE, DEFAULT_TRUNCATE_SLUG_LENGTH } from '../../adapters/environments/alembic-options.js';
import { MigcheckError } from '../../core/errors.js';
import { NO_ENVIRONMENT_HINT, noEnvironment } from '../../core/messages.js';
import { decodeSource, readRevisionFile, selectRevisionFiles } from '../../core/reader/index.js';
import type { Environment, RevisionFile } from '../../core/types.js';
import { listIndexConfigFiles, listTree, mergeBase, openRepository, resolveTarget, withBlobReader, type Repository } from '../../git/index.js';
import type { CommandIO } from '../command-io.js';
import type { ParsedArgs } from '../command-table.js';

/** The repository and its environments (and the target, when the command needs one). */
export interface RepairContext {
  repo: Repository;
  environments: Environment[];
  target?: { ref: string; commit: string; mergeBase: string | null };
}

/** Revision files of one environment as the working tree holds them. */
export interface WorktreeRevisions {
  files: RevisionFile[];
  bytes: Map<string, Uint8Array>;
  texts: Map<string, string>;
}

const normalise = (dir: string) => dir.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');

function environmentForDir(dir: string): Environment {
  return { versionLocations: [dir], recursive: false, sourceless: false, fileTemplate: DEFAULT_FILE_TEMPLATE, truncateSlugLength: DEFAULT_TRUNCATE_SLUG_LENGTH };
}

/** Environments discovered from the tracked configs, narrowed (or named) by --dir. */
async function loadEnvironments(repo: Repository, dirs: readonly string[]): Promise<Environment[]> {
  const listing = await listIndexConfigFiles(repo);
  const configs = listing.entries.filter((e) => e.path.endsWith('.ini') || e.path.endsWith('pyproject.toml'));
  const blobs = await withBlobReader(repo, (reader) => reader.readAll(configs.map((e) => e.oid)));
  const files = configs.map((e) => ({ path: e.path, text: decodeSource(blobs.get(e.oid) ?? new Uint8Array()).text }));
  const scriptDirs = new Set(listing.entries.filter((e) => e.path === 'env.py' || e.path.endsWith('/env.py')).map((e) => e.path.slice(0, Math.max(0, e.path.lastIndexOf('/')))));
  const found = environmentsFromConfigs(files, scriptDirs, { parseToml }).environments;
  if (dirs.length === 0) {
    if (found.length === 0) throw new MigcheckError(noEnvironment('index'), { hint: NO_ENVIRONMENT_HINT });
    return found;
  }
  return dirs.map((dir) => {
    const wanted = normalise(dir);
    return found.find((env) => env.versionLocations.includes(wanted)) ?? environmentForDir(wanted);
  });
}

/** Opens the repository and reads the environments; with `withTarget`, the target and merge-base too. */
export async function openRepairContext(args: ParsedArgs, io: CommandIO, withTarget: boolean): Promise<RepairContext> {
  const repo = await openRepository(io.cwd, io.env);
  const dirs = (args.options.dir as string[] | undefined) ?? [];
  const environments = await loadEnvironments(repo, dirs);
  if (!withTarget) return { repo, environments };
  const target = await resolveTarget(repo, { explicit: args.options.target as string | undefined, envTarget: io.env.MIGCHECK_TARGET });
  const base = repo.head ? await mergeBase(repo, repo.head, target.commit, { a: 'HEAD', b: target.ref }) : undefined;
  return { repo, environments, target: { ref: target.ref, commit: target.commit, mergeBase: base ?? null } };
}

async function listFiles(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => normalise(join(e.parentPath ?? (e as unknown as { path: string }).path, e.name).slice(root.length + 1)));
}

/** The environment's revision files in the working tree, in Alembic's load order. */
export async function readWorktreeRevisions(root: string, env: Environment): Promise<WorktreeRevisions> {
  const paths = (await Promise.all(env.versionLocations.map((dir) => listFiles(root, dir)))).flat();
  const out: WorktreeRevisions = { files: [], bytes: new Map(), texts: new Map() };
  for (const path of selectRevisionFiles(paths, env)) {
    const bytes = new Uint8Array(await readFile(join(root, path)));
    const text = decodeSource(bytes).text;
    out.bytes.set(path, bytes);
    out.texts.set(path, text);
    out.files.push(readRevisionFile(path, text));
  }
  return out;
}

/** The environment's revision files in a commit, in Alembic's load order. */
export async function readCommitRevisions(repo: Repository, commit: string, env: Environment): Promise<RevisionFile[]> {
  const entries = await listTree(repo, commit, env.versionLocations);
  const byPath = new Map(entries.map((e) => [e.path, e.oid]));
  const selected = selectRevisionFiles(entries.map((e) => e.path), env);
  const blobs = await withBlobReader(repo, (reader) => reader.readAll(selected.map((p) => byPath.get(p)!)));
  return selected.map((path) => readRevisionFile(path, decodeSource(blobs.get(byPath.get(path)!) ?? new Uint8Array()).text, byPath.get(path)));
}
