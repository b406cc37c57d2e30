/**
 * `migcheck pre-push [REMOTE [URL]]` — checks the tree of every pushed tip against the target.
 * Git's pre-push lines arrive on stdin; under the pre-commit framework (no stdin) the
 * PRE_COMMIT_* variables say what is pushed; with neither, HEAD is checked.
 */
import { MigcheckError } from '../../core/errors.js';
import { checkedAgainst, fetchFailed, fetchLocalTarget, unknownRev, UNKNOWN_REV_HINT } from '../../core/messages.js';
import { parsePrePushLines, prePushUpdatesFromEnv, type PushUpdate } from '../../hooks/pre-push-input.js';
import { resolveCommit } from '../../git/index.js';
import type { CommandIO } from '../../app/command-io.js';
import type { ParsedArgs } from '../command-table.js';
import { checkTree } from '../../app/check-tree.js';
import { printReports } from '../print-report.js';
import { openRunContext } from '../../app/run-context.js';
import { prepareTarget } from '../../app/fetch-target.js';

const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * What is being pushed, from stdin or the framework's variables. Run by git (a REMOTE argument)
 * with empty stdin, the push is up to date and sends nothing; run by hand, HEAD is checked.
 */
export function pushedUpdates(stdinText: string, env: NodeJS.ProcessEnv, calledByGit: boolean): PushUpdate[] {
  if (stdinText.trim() !== '') return parsePrePushLines(stdinText);
  const fromFramework = prePushUpdatesFromEnv(env);
  if (fromFramework) return fromFramework;
  return calledByGit ? [] : [{ localRef: 'HEAD', localCommit: 'HEAD', remoteRef: 'HEAD', remoteCommit: null }];
}

export async function run(args: ParsedArgs, io: CommandIO): Promise<number> {
  const updates = pushedUpdates(await io.readStdin(), io.env, args.positionals.length > 0);
  if (updates.length === 0) return 0;
  const context = await openRunContext(args, io);
  const pushed: { commit: string; ref: string }[] = [];
  for (const update of updates) {
    const commit = OBJECT_ID.test(update.localCommit) ? update.localCommit : await resolveCommit(context.repo, update.localCommit);
    if (!commit) throw new MigcheckError(unknownRev(update.localCommit), { hint: UNKNOWN_REV_HINT });
    if (!pushed.some((p) => p.commit === commit)) pushed.push({ commit, ref: update.localRef.replace(/^refs\/heads\//, '') });
  }
  const human = (args.options.format ?? 'human') === 'human';
  const fetch = args.options.fetch === true || context.config.fetchTarget === true;
  const freshness = await prepareTarget(context, fetch);
  if (freshness.failure !== undefined) io.stderr(`${fetchFailed(freshness.remote!.remote, freshness.remote!.branch, freshness.failure)}\n`);
  else if (fetch && freshness.remote === undefined) io.stderr(`${fetchLocalTarget(freshness.ref)}\n`);
  const reports = [];
  for (const { commit, ref } of pushed) reports.push(await checkTree(context, { mode: 'push', tree: { kind: 'commit', commit, ref } }));
  const code = await printReports(reports, args, io);
  const target = reports[0]?.target;
  if (human && args.options.quiet !== true && target) {
    io.stdout(`${checkedAgainst(target.ref, target.commit, freshness.remote === undefined ? 'local' : freshness.fetched ? 'fetched' : 'last-fetched')}\n`);
  }
  return code;
}
