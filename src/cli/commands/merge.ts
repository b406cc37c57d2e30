/**
 * `migcheck merge [-m MSG] [--rev-id ID] [--dir PATH]`: writes the merge migration over the
 * current heads of an environment's working tree, as `alembic merge heads` would — the file
 * named by `file_template`, the text rendered from the environment's `script.py.mako` (or
 * Alembic's default) — without running Python. Never stages or commits.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MigcheckError } from '../../core/errors.js';
import { buildGraph, isEffectiveHead } from '../../core/graph/index.js';
import { newRevisionId, validateRevisionId } from '../../core/merge/new-revision-id.js';
import { renderMergeRevision } from '../../core/merge/render-merge-revision.js';
import { MERGE_NOT_STAGED, mergeChooseEnvironment, mergeFileExists, mergeNothingToDo, mergeRevIdTaken, mergeWrote } from '../../core/messages.js';
import type { Environment, Graph } from '../../core/types.js';
import { writeFileAtomic } from '../../fs/write-file-atomic.js';
import type { CommandIO } from '../../app/command-io.js';
import type { ParsedArgs } from '../command-table.js';
import { localDateTime } from '../../app/local-date-time.js';
import { openRepairContext, readWorktreeRevisions } from '../../app/repair-inputs.js';

/** `alembic merge heads` merges the real heads: not named in down_revision nor in depends_on. */
const realHeads = (graph: Graph) => graph.heads.filter((h) => !isEffectiveHead(graph, h));

/** The environment's own template, when its script directory has one. */
async function readTemplate(root: string, env: Environment): Promise<{ text: string; path: string } | undefined> {
  if (env.scriptLocation === undefined) return undefined;
  const path = env.scriptLocation === '' ? 'script.py.mako' : `${env.scriptLocation}/script.py.mako`;
  const text = await readFile(join(root, path), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : { text, path };
}

/** Runs merge. */
export async function run(args: ParsedArgs, io: CommandIO): Promise<number> {
  const context = await openRepairContext(args, io, false);
  const root = context.repo.root;
  const graphs = await Promise.all(context.environments.map(async (env) => ({ env, graph: buildGraph((await readWorktreeRevisions(context.repo, env)).files) })));
  const forked = graphs.filter(({ graph }) => realHeads(graph).length > 1);
  if (forked.length === 0) {
    for (const { env, graph } of graphs) io.stdout(`${mergeNothingToDo(env.versionLocations[0] ?? '', realHeads(graph))}\n`);
    return 0;
  }
  if (forked.length > 1) throw new MigcheckError(mergeChooseEnvironment(forked.map(({ env }) => env.versionLocations[0] ?? '')));
  const { env, graph } = forked[0]!;
  const heads = realHeads(graph);

  const rev = typeof args.options['rev-id'] === 'string' ? validateRevisionId(args.options['rev-id']) : newRevisionId(randomBytes(6));
  const taken = graph.nodes.get(rev);
  if (taken) throw new MigcheckError(mergeRevIdTaken(rev, taken.file.path));
  const message = typeof args.options.message === 'string' ? args.options.message : undefined;
  const merge = renderMergeRevision({
    rev,
    message,
    heads,
    date: localDateTime(new Date(), env.timezone),
    template: await readTemplate(root, env),
    fileTemplate: env.fileTemplate,
    truncateSlugLength: env.truncateSlugLength,
  });
  // With several version locations Alembic writes into the first head's folder.
  const firstHead = graph.nodes.get(heads[0]!)!.file.path;
  const dir = env.versionLocations.length > 1 ? firstHead.slice(0, firstHead.lastIndexOf('/')) : env.versionLocations[0]!;
  const path = dir === '' ? merge.fileName : `${dir}/${merge.fileName}`;
  if (existsSync(join(root, path))) throw new MigcheckError(mergeFileExists(path));
  await writeFileAtomic(join(root, path), new TextEncoder().encode(merge.text), 0o644);
  io.stdout(`${mergeWrote(rev, path, heads)}\n${MERGE_NOT_STAGED}\n`);
  return 0;
}
