/**
 * `migcheck check [paths..]` — the pre-commit check of the index against the target branch;
 * `migcheck check --rev REV` — the CI gate of a committed tree.
 * The commit-time fast path costs one git call: a commit that stages no Python file and no
 * config cannot change a migration graph (quick-check; bin/migcheck.js runs it before loading
 * this module, and hands over the staged changes it read).
 */
// Only what the fast-path decision needs is imported up front (a commit that stages no
// migration must cost little more than Node's start); the check itself is loaded after it.
import { mightTouchMigrations, quickLaneState } from '../../fast-lane/quick-check.cjs';
import { stagedChanges } from '../../git/staged-paths.cjs';
import { printNothingStaged, printsNothingStaged } from '../nothing-staged.js';
import type { CommandIO } from '../../app/command-io.js';
import type { ParsedArgs } from '../command-table.js';

export async function run(args: ParsedArgs, io: CommandIO): Promise<number> {
  const rev = args.options.rev;
  if (typeof rev === 'string') {
    const [{ MigcheckError }, { unknownRev, UNKNOWN_REV_HINT }, { resolveCommit, validateRef }, { checkTree }, { printReports }, { openRunContext }] = await Promise.all([
      import('../../core/errors.js'), import('../../core/messages.js'), import('../../git/index.js'),
      import('../../app/check-tree.js'), import('../print-report.js'), import('../../app/run-context.js'),
    ]);
    const context = await openRunContext(args, io);
    validateRef(rev, '--rev');
    const commit = await resolveCommit(context.repo, rev);
    if (!commit) throw new MigcheckError(unknownRev(rev), { hint: UNKNOWN_REV_HINT });
    return printReports([await checkTree(context, { mode: 'rev', tree: { kind: 'commit', commit, ref: rev } })], args, io);
  }
  // Not a repository, or git trouble: undefined, and openRunContext says it clearly.
  const handed = quickLaneState.staged;
  const changes = handed && handed.cwd === io.cwd ? handed.changes : stagedChanges({ cwd: io.cwd, env: io.env });
  const staged = changes?.map((change) => change.path);
  if (staged && !mightTouchMigrations(staged) && args.positionals.length === 0 && printsNothingStaged(args)) {
    // A config file or folders named on the command line must still exist and read well.
    if (args.options.config !== undefined || args.options.dir !== undefined) {
      const { openRunContext, environmentsFor } = await import('../../app/run-context.js');
      const context = await openRunContext(args, io);
      if (args.options.dir !== undefined) await environmentsFor(context, { kind: 'index' }, undefined);
    }
    printNothingStaged(args, io);
    return 0;
  }
  // The repository is opened while the check's own modules load: git runs in its own process.
  const opening = import('../../app/run-context.js').then(({ openRunContext }) => openRunContext(args, io));
  opening.catch(() => undefined); // Awaited below; this only keeps Node from calling it unhandled meanwhile.
  const [{ relative, resolve, sep }, { checkTree }, { printReports }] = await Promise.all([
    import('node:path'), import('../../app/check-tree.js'), import('../print-report.js'),
  ]);
  const context = await opening;
  // lint-staged passes absolute paths; users may pass paths relative to where they stand.
  const onlyPaths = args.positionals.length > 0
    ? args.positionals.map((p) => relative(context.repo.root, resolve(io.cwd, p)).split(sep).join('/'))
    : staged;
  return printReports([await checkTree(context, { mode: 'commit', tree: { kind: 'index' }, onlyPaths, staged: changes })], args, io);
}
