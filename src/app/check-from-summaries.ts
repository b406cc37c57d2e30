/**
 * The pre-commit check of a commit that stages new migrations, answered from what earlier checks
 * kept, without listing or reading the history: HEAD's verdict (what the check of the index that
 * became HEAD said) and the trees' summaries, extended by the staged revision files
 * (core/analysis/extend-verdict). Git is asked once, through one `cat-file --batch-command`
 * (HEAD, the target, their versions folders' tree ids, the staged blobs), plus `merge-base` when
 * HEAD is not the target's tip and the pair is not known yet. Whether the target or the
 * merge-base already holds a staged path comes from their summaries (the names in the version
 * location), and is asked of the objects only where a summary kept none. What it says is the
 * report the full check would print; it then keeps the index's summary and verdict under the
 * tree ids git will give the commit, so the next commit starts here too.
 *
 * Anything it cannot answer exactly — no verdict, a shape the derivation declines, a staged file
 * it must read for another reason, a config that leaves files out — returns undefined before
 * printing anything, and the full check runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckReport, Environment, RevisionFile } from '../core/types.js';
import { READER_VERSION } from '../core/reader/reader-version.js';
import { decodeSource } from '../core/reader/decode-source.js';
import { readRevisionFile } from '../core/reader/read-revision-file.js';
import { normaliseDir, selectRevisionFiles } from '../core/reader/select-revision-files.js';
import { extendVerdict, selfVerdict, type TreeView } from '../core/analysis/extend-verdict.js';
import { isUnder, outsideOwner, touchesEnvironment } from '../alembic/environment-paths.cjs';
import { BlobReader } from '../git/blob-reader.js';
import { repositoryFiles } from '../git/repository-files.cjs';
import { mergeBase, resolveTarget, TARGET_CANDIDATES, type RefLookup } from '../git/refs.js';
import { keyIn as summaryKeyIn, locationPaths, TreeSummaries, type TreeFacts } from '../cache/tree-summaries.js';
import { Verdicts } from '../cache/verdicts.js';
import { loadConfig } from '../config/load-config.js';
import { allowedHeadsFor } from '../config/allowed-heads.js';
import { checkReport, environmentReport } from './check-report.js';
import { indexUnchanged } from './index-environments.js';
import type { LaneHandOff } from './lane-hand-off.js';
import type { CommandIO } from './command-io.js';
import type { ParsedArgs } from './parsed-args.js';

const REGULAR = new Set(['100644', '100755']);

/** The staged revision files of `env` when they are only additions of regular files, else undefined. */
function addedIn(env: Environment, lane: LaneHandOff): { path: string; oid: string }[] | undefined {
  if (env.versionLocations.length !== 1 || env.recursive || env.sourceless) return undefined;
  const location = normaliseDir(env.versionLocations[0]!);
  const added: { path: string; oid: string }[] = [];
  for (const change of lane.changes) {
    if (location !== '' && isUnder(location, change.path)) return undefined;
    if (!isUnder(change.path, location)) continue;
    const revision = selectRevisionFiles([change.path], env).length > 0;
    if (!revision) continue; // __init__.py, notes: not part of the graph.
    if (change.status !== 'A' || !REGULAR.has(change.mode)) return undefined;
    added.push({ path: change.path, oid: change.oid });
  }
  return added.length > 0 ? added : undefined;
}

/** A ref lookup over `info` answers already asked for (commits of named refs and candidates). */
function answeredLookup(commits: ReadonlyMap<string, string>, commonDir: string): RefLookup {
  return {
    commitOf: async (ref) => commits.get(ref),
    candidates: async () => {
      const found = new Map<string, { commit: string; symref?: string }>();
      for (const candidate of TARGET_CANDIDATES) {
        const commit = commits.get(candidate);
        if (!commit) continue;
        let symref: string | undefined;
        if (candidate === 'refs/remotes/origin/HEAD') {
          // A symbolic ref is a loose file in the files backend ("ref: refs/remotes/origin/main").
          const text = readFileSync(join(commonDir, candidate), 'utf8');
          symref = /^ref: (refs\/\S+)\s*$/.exec(text)?.[1];
          if (!symref) throw new Error('origin/HEAD is not a symbolic ref file');
        }
        found.set(candidate, { commit, ...(symref ? { symref } : {}) });
      }
      return found;
    },
  };
}

/**
 * The merge-base of HEAD and the target from HEAD's parent's, when that is kept and is not the
 * parent itself: the parent is then no ancestor of the target, so neither is HEAD, and the common
 * ancestors of HEAD are those of its parent. (A parent that is the merge-base may be one of the
 * target's own commits; git is asked then.) Only for a commit with one parent.
 */
async function mergeBaseFromParent(verdicts: Verdicts, commit: Uint8Array, target: string): Promise<string | undefined> {
  const text = new TextDecoder().decode(commit.subarray(0, Math.min(commit.length, 4096)));
  const parents = [...text.slice(0, text.indexOf('\n\n') >>> 0).matchAll(/^parent ([0-9a-f]{40,64})$/gm)].map((m) => m[1]!);
  if (parents.length !== 1) return undefined;
  const known = await verdicts.mergeBase(parents[0]!, target);
  return typeof known === 'string' && known !== parents[0] ? known : undefined;
}

/** The report of `check` for the index the lane described, or undefined (see the module comment). */
export async function checkFromSummaries(args: ParsedArgs, io: CommandIO, lane: LaneHandOff): Promise<CheckReport | undefined> {
  const repository = lane.repository;
  const all = lane.environments;
  if (!repository || !all || lane.linked !== false || !indexUnchanged(lane)) return undefined;
  if (lane.changes.some((change) => outsideOwner(change.path, all) >= 0)) return undefined;
  const config = await loadConfig(repository.root, { cwd: io.cwd }).catch(() => undefined);
  if (!config || config.ignore.length > 0) return undefined;
  const environments = all.filter((env) => lane.changes.some((change) => touchesEnvironment(change.path, env, all)));
  const staged = environments.map((env) => addedIn(env, lane));
  if (environments.length === 0 || staged.some((added) => added === undefined)) return undefined;
  const locations = environments.map((env) => normaliseDir(env.versionLocations[0]!));

  const repo = { cwd: repository.root, env: io.env, isShallow: existsSync(join(repository.commonDir, 'shallow')) };
  // HEAD, the target, their folders and the staged blobs, from the repository's files where they
  // tell for certain (a commit on a branch usually needs no git at all).
  const hashBytes = (lane.indexTrees?.get('')?.length ?? 40) === 64 ? 32 : 20;
  const files = lane.files ?? repositoryFiles(repository, io.env, hashBytes);
  const reader = new BlobReader(repo, files);
  /** The summaries read, whose large files stay open for their questions (TreeFacts). */
  const opened: Promise<TreeFacts | undefined>[] = [];
  try {
    // One round: HEAD and the target candidates, their versions folders, the staged blobs.
    const named = [args.options.target, config.target, io.env.MIGCHECK_TARGET].find((ref): ref is string => typeof ref === 'string' && ref !== '');
    const refs = named !== undefined ? [named] : [...TARGET_CANDIDATES];
    if (refs.some((ref) => ref.startsWith('-') || /[\0-\x1f\x7f]/.test(ref))) return undefined;
    // Whether a staged path exists in the target or the base is not asked here (that reads the
    // target's whole versions folder): their summaries tell (pathsIn).
    const names = ['HEAD', ...locations.map((l) => `HEAD:${l}`), ...refs.flatMap((ref) => [`${ref}^{commit}`, ...locations.map((l) => `${ref}^{commit}:${l}`)])];
    const [info, blobs, headObject] = await Promise.all([reader.info(names), reader.readAll(staged.flatMap((added) => added!.map((file) => file.oid))), reader.named(['HEAD'])]);
    const head = info.get('HEAD');
    if (head?.type !== 'commit' || headObject.get('HEAD')?.oid !== head.oid) return undefined;
    const commits = new Map(refs.flatMap((ref) => (info.get(`${ref}^{commit}`) ? [[ref, info.get(`${ref}^{commit}`)!.oid] as const] : [])));
    const target = await resolveTarget(repo, named !== undefined ? { explicit: named } : {}, answeredLookup(commits, repository.commonDir)).catch(() => undefined);
    if (!target) return undefined;
    const targetRef = refs.find((ref) => commits.get(ref) === target.commit && (named !== undefined || ref === TARGET_CANDIDATES.find((c) => commits.has(c))))!;

    // The merge-base: HEAD itself at the target's tip, else kept per pair, else git.
    const verdicts = Verdicts.at(repository.commonDir);
    let base: string | null | undefined = head.oid === target.commit ? head.oid : await verdicts.mergeBase(head.oid, target.commit);
    if (base === undefined) {
      base = (await mergeBaseFromParent(verdicts, headObject.get('HEAD')!.data!, target.commit))
        ?? (await mergeBase(repo, head.oid, target.commit).catch(() => undefined)) ?? null;
      await verdicts.rememberMergeBase(head.oid, target.commit, base);
    }
    if (base === null) return undefined;
    const baseInfo = base === head.oid ? new Map([...locations.map((l) => [`${base}:${l}`, info.get(`HEAD:${l}`)!] as const)])
      : base === target.commit ? new Map([...locations.map((l) => [`${base}:${l}`, info.get(`${targetRef}^{commit}:${l}`)!] as const)])
        : await reader.info(locations.map((l) => `${base}:${l}`));
    /**
     * Whether each of `wanted` is a path of `commit`'s tree: from its summary's paths, else (a
     * summary written without them) from the object lookup the summary spares — or no, for the
     * merge-base that is HEAD, where each is staged as added (as the lane took it before
     * summaries kept paths); undefined when none can tell (a name that cannot be asked on one line).
     */
    const pathsIn = async (facts: TreeFacts, commit: string, wanted: readonly string[], addedTo = false): Promise<((path: string) => boolean) | undefined> => {
      const known = new Map(wanted.map((path) => [path, facts.hasPath(path) ?? (addedTo ? false : undefined)]));
      const unknown = wanted.filter((path) => known.get(path) === undefined);
      if (unknown.some((path) => /[\n\r]/.test(path))) return undefined;
      if (unknown.length > 0) {
        const found = await reader.info(unknown.map((path) => `${commit}:${path}`));
        for (const path of unknown) known.set(path, found.has(`${commit}:${path}`));
      }
      return (path) => known.get(path) ?? true; // Never asked of another path: "there" declines.
    };

    const store = TreeSummaries.at(repository.commonDir);
    const tree = (get: (location: string) => string | undefined, env: Environment) => summaryKeyIn(READER_VERSION, env, get);
    const reports = [];
    const keep: (() => Promise<void>)[] = [];
    for (const [e, env] of environments.entries()) {
      const location = locations[e]!;
      const treeId = (name: string) => (info.get(name) ?? baseInfo.get(name))?.type === 'tree' ? (info.get(name) ?? baseInfo.get(name))!.oid : undefined;
      const keys = {
        head: tree(() => treeId(`HEAD:${location}`), env),
        base: tree(() => treeId(`${base}:${location}`), env),
        target: tree(() => treeId(`${targetRef}^{commit}:${location}`), env),
      };
      if (!keys.head || !keys.base || !keys.target) return undefined;
      // One read per tree: at a target's tip (or a branch's first commit) the three are one or two.
      const read = new Map<string, Promise<TreeFacts | undefined>>();
      const factsOf = (key: string) => {
        if (!read.has(key)) {
          const facts = store.facts(key, { paths: key === keys.base || key === keys.target });
          opened.push(facts);
          read.set(key, facts);
        }
        return read.get(key)!;
      };
      const [headFacts, baseFacts, targetFacts] = await Promise.all([factsOf(keys.head), factsOf(keys.base), factsOf(keys.target)]);
      if (!headFacts || !baseFacts || !targetFacts) return undefined;
      const stagedPaths = staged[e]!.map((file) => file.path);
      const inTarget = await pathsIn(targetFacts, target.commit, stagedPaths);
      const inBase = base === target.commit ? inTarget : await pathsIn(baseFacts, base, stagedPaths, base === head.oid);
      if (!inBase || !inTarget) return undefined;
      const allowedHeads = allowedHeadsFor(config, env);
      const question = { checked: keys.head, base: keys.base, target: keys.target, mode: 'commit', targetName: target.ref, allowedHeads, readerVersion: READER_VERSION };
      const view = (facts: TreeFacts, has: (path: string) => boolean): TreeView => ({ ...facts.header, has: (id) => facts.has(id), hasPath: has });
      const headView = view(headFacts, () => false); // Staged as added: not in HEAD.
      const verdict = (await verdicts.read(question)) ?? (keys.head === keys.base && keys.base === keys.target ? selfVerdict(headView, allowedHeads) : undefined);
      if (!verdict) return undefined;
      const added: RevisionFile[] = [];
      for (const file of staged[e]!) {
        const bytes = blobs.get(file.oid);
        if (!bytes) return undefined;
        added.push(readRevisionFile(file.path, decodeSource(bytes).text, file.oid));
      }
      const extended = extendVerdict({
        verdict,
        head: headView,
        base: view(baseFacts, inBase),
        target: view(targetFacts, inTarget),
        added,
        targetName: target.ref,
        allowedHeads,
      });
      if (!extended) return undefined;
      reports.push(environmentReport(env, { target: [...extended.verdict.heads.target], mergeBase: [...extended.verdict.heads.mergeBase], result: extended.verdict.heads.result.map((h) => h.id) }, extended.verdict.findings, config));
      // The index, kept under the id its versions folder has in git's cache-tree (the commit's).
      const indexKey = lane.indexTrees ? summaryKeyIn(READER_VERSION, env, (l) => lane.indexTrees!.get(l)) : undefined;
      if (indexKey && indexKey !== keys.head) {
        // The names the index adds to HEAD's location; a change that may remove one (a deletion,
        // a type change) leaves them unknown from here on.
        const changed = lane.changes.filter((change) => isUnder(change.path, location));
        const grown = changed.every((change) => change.status === 'A' || change.status === 'M') ? locationPaths(env, changed.filter((change) => change.status === 'A')) : undefined;
        keep.push(async () => {
          const { header } = headFacts;
          await store.writeDelta(indexKey, headFacts, [...added].sort((a, b) => (a.path < b.path ? -1 : 1)), { ...header, count: header.count + added.length, heads: extended.heads, parent: undefined, depth: undefined }, grown);
          await verdicts.write({ ...question, checked: indexKey }, extended.verdict);
        });
      }
    }
    if (indexUnchanged(lane)) await Promise.all(keep.map((write) => write()));
    return checkReport({ tree: { kind: 'index' } }, { ref: target.ref, commit: target.commit, mergeBase: base }, reports);
  } catch {
    return undefined;
  } finally {
    for (const facts of await Promise.all(opened)) facts?.close();
    await reader.close();
  }
}
