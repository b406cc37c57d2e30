/**
 * `migcheck check [paths..]` — the pre-commit check of the index against the target branch;
 * `migcheck check --rev REV` — the CI gate of a committed tree.
 * The commit-time fast path costs one git call: a commit that stages nothing an environment
 * reads cannot change a migration graph (quick-check; main.ts runs it before loading this
 * module, and hands over what it read through CommandIO's `lane`).
 */
// Only what the fast-path decision needs is imported up front (a commit that stages no
// migration must cost little more than Node's start); the check itself is loaded after it.
// node:path is loaded with Node itself; a dynamic import() of it would stop the bundle from being
// loaded through the code cache (cache/code-cache), where import() has no loader.
import { relative, resolve, sep } from 'node:path';
import { mightTouchMigrations } from '../../fast-lane/quick-check.cjs';
import { stagedChanges } from '../../git/staged-paths.cjs';
import { printNothingStaged, printsNothingStaged } from '../nothing-staged.js';
import type { CommandIO } from '../../app/command-io.js';
import type { ParsedArgs } from '../command-table.js';

export async function run(args: ParsedArgs, io: CommandIO): Promise<number> {
  const rev = args.options.rev;
  if (typeof rev === 'string') {
    const [{ resolveRev }, { checkTree }, { printReports }, { openRunContext }] = await Promise.all([
      import('../../app/resolve-rev.js'), import('../../app/check-tree.js'), import('../print-report.js'), import('../../app/run-context.js'),
    ]);
    const context = await openRunContext(args, io);
    const commit = await resolveRev(context.repo, rev);
    return printReports([await checkTree(context, { mode: 'rev', tree: { kind: 'commit', commit, ref: rev } })], args, io);
  }
  // Not a repository, or git trouble: undefined, and openRunContext says it clearly.
  const lane = io.lane && io.lane.cwd === io.cwd ? io.lane : undefined;
  const changes = lane ? lane.changes : stagedChanges({ cwd: io.cwd, env: io.env });
  const staged = changes?.map((change) => change.path);
  if (staged && !mightTouchMigrations(staged) && args.positionals.length === 0 && printsNothingStaged(args)) {
    // A config file or folders named on the command line must still exist and read well.
    if (args.options.config !== undefined || args.options.dir !== undefined) {
      const { openRunContext, environmentsFor } = await import('../../app/run-context.js');
      const context = await openRunContext(args, io);
      if (args.options.dir !== undefined) await environmentsFor(context, { kind: 'index' }, undefined);
    }
    printNothingStaged(args, io);
    // A SARIF reader expects a log even when there was nothing to check.
    if (args.options.format === 'sarif') await (await import('../print-report.js')).printReports([], args, io);
    return 0;
  }
  // A new migration on a history an earlier check has seen was answered before this module was
  // loaded, when it could be (main.ts, summary-answer.ts).
  // The full check reads through git: what the lane and the summary answer inflated is not read again.
  io.lane?.files?.store.forgetObjects();
  // The repository is opened while the check's own modules load: git runs in its own process.
  const opening = import('../../app/run-context.js').then(({ openRunContext }) => openRunContext(args, io));
  opening.catch(() => undefined); // Awaited below; this only keeps Node from calling it unhandled meanwhile.
  const [{ checkTree }, { printReports }] = await Promise.all([import('../../app/check-tree.js'), import('../print-report.js')]);
  const context = await opening;
  // lint-staged passes absolute paths; users may pass paths relative to where they stand.
  const onlyPaths = args.positionals.length > 0
    ? args.positionals.map((p) => relative(context.repo.root, resolve(io.cwd, p)).split(sep).join('/'))
    : staged;
  const report = await checkTree(context, { mode: 'commit', tree: { kind: 'index' }, onlyPaths, staged: changes, lane });
  // Python files staged, none of them an environment's: the fast lane's answer, word for word.
  if (report.environments.length === 0 && args.positionals.length === 0 && printsNothingStaged(args)) {
    printNothingStaged(args, io);
    return 0;
  }
  return printReports([report], args, io);
}
