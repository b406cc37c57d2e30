/**
 * `migcheck init`: installs the hooks. With a package.json at the repository root, husky v9 +
 * lint-staged (merged into whatever is there); otherwise plain git hooks in the directory git
 * really runs hooks from. `--dry-run` prints the plan and writes nothing; a rerun plans nothing.
 * `--pre-commit` prints the pre-commit framework's entry instead.
 */
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { ParsedArgs } from '../command-table.js';
import type { CommandIO } from '../../app/command-io.js';
import { MigcheckError } from '../../core/errors.js';
import {
  INIT_BARE, INIT_DRY_RUN_DONE, INIT_NOTHING_TO_DO, INIT_RUN_HUSKY, INIT_RUN_NPM_INSTALL, initChange, initMode, preCommitSnippet,
} from '../../core/messages.js';
import { openRepository, runGit, type Repository } from '../../git/index.js';
import { loadConfig } from '../../config/load-config.js';
import { discoverEnvironments } from '../../trees/discover-environments.js';
import { environmentsFromDirs } from '../../trees/environments-from-dirs.js';
import { applyInitPlan, exists, readOptional } from '../../hooks/apply-init-plan.js';
import { HOOK_NAMES, MIGCHECK_JS, CHAINED_SUFFIX, readHookTemplate, renderHookScript, type HookName } from '../../hooks/hook-script.js';
import type { InitPlan } from '../../hooks/init-plan.js';
import { LINT_STAGED_FILES, planHusky } from '../../hooks/plan-husky.js';
import { planPlainHooks, type PlainHookState } from '../../hooks/plan-plain-hooks.js';
import { lintStagedGlob, preCommitFilesPattern } from '../../hooks/version-globs.js';

/** Runs init; exit 0 when the hooks are (or would be) in place. */
export async function run(args: ParsedArgs, io: CommandIO): Promise<number> {
  const dryRun = args.options['dry-run'] === true;
  const repo = await openRepository(io.cwd, io.env);
  const config = await loadConfig(repo.root, { explicitPath: stringOption(args.options.config), cwd: io.cwd });
  const dirs = await versionLocations(repo, config.environments?.flatMap((e) => e.versionLocations), asList(args.options.dir), io.cwd);
  if (args.options['pre-commit'] === true) {
    io.stdout(preCommitSnippet(preCommitFilesPattern(dirs)));
    return 0;
  }
  if (repo.isBare) throw new MigcheckError(INIT_BARE);

  const plan = (await exists(join(repo.root, 'package.json')))
    ? await huskyPlan(repo, dirs)
    : await plainPlan(repo);
  io.stdout(`${initMode(plan.mode, dryRun, plan.where)}\n`);
  if (plan.changes.length === 0) io.stdout(`${INIT_NOTHING_TO_DO}\n`);
  for (const change of plan.changes) {
    const verb = change.kind === 'rename' ? 'rename' : change.before === undefined ? 'create' : 'update';
    const shown = change.kind === 'rename' ? `${change.shown} -> ${change.toShown}` : change.shown;
    for (const what of change.what) io.stdout(`${initChange(verb, shown, what, dryRun)}\n`);
  }
  if (!dryRun) await applyInitPlan(plan);
  for (const note of plan.notes) io.stdout(`${note}\n`);
  if (dryRun) io.stdout(`${INIT_DRY_RUN_DONE}\n`);
  return 0;
}

async function huskyPlan(repo: Repository, dirs: string[]): Promise<InitPlan> {
  const files: Record<string, string | undefined> = {};
  for (const path of ['package.json', '.husky/pre-commit', '.husky/pre-push', ...LINT_STAGED_FILES]) {
    files[path] = await readOptional(join(repo.root, path));
  }
  const plan = planHusky({ root: repo.root, files, glob: lintStagedGlob(dirs) });
  if (plan.changes.some((c) => c.shown === 'package.json')) {
    plan.notes.unshift(INIT_RUN_NPM_INSTALL);
  } else {
    // Everything is in place on disk; say so if git is not running .husky/ yet.
    const hooksPath = await runGit(repo, ['config', '--get', 'core.hooksPath'], { allowExit: [1] });
    if (!/(^|\/)\.husky(\/_)?\/?$/.test(hooksPath.stdout.trim())) plan.notes.unshift(INIT_RUN_HUSKY);
  }
  return plan;
}

async function plainPlan(repo: Repository): Promise<InitPlan> {
  // --git-path honours core.hooksPath and resolves a linked worktree to the shared hooks folder.
  const gitPath = await runGit(repo, ['rev-parse', '--git-path', 'hooks']);
  const hooksDir = resolve(repo.root, gitPath.stdout.trim());
  const where = shownPath(repo.root, hooksDir);
  const hooks = {} as Record<HookName, PlainHookState>;
  for (const hook of HOOK_NAMES) {
    const path = join(hooksDir, hook);
    const shown = shownPath(repo.root, path);
    hooks[hook] = {
      path,
      shown,
      current: await readOptional(path),
      chainedExists: await exists(`${path}${CHAINED_SUFFIX}`),
      script: renderHookScript(await readHookTemplate(hook), { hook, hookPath: shown, migcheckJs: MIGCHECK_JS, node: process.execPath }),
    };
  }
  return planPlainHooks(where, hooks);
}

/**
 * The version locations the hook entries should match: --dir, else the config's environments,
 * else those discovered from the tracked alembic.ini / pyproject.toml files. None found (Alembic
 * not set up yet) gives [], and the patterns then match any `versions/` folder.
 */
async function versionLocations(repo: Repository, configured: string[] | undefined, dirs: string[] | undefined, cwd: string): Promise<string[]> {
  if (dirs) return environmentsFromDirs(dirs, { root: repo.root, cwd }).flatMap((e) => e.versionLocations);
  if (configured) return configured;
  if (repo.isBare) return [];
  const found = await discoverEnvironments(repo, { kind: 'worktree' }, undefined);
  return found.environments.flatMap((e) => e.versionLocations);
}

function shownPath(root: string, path: string): string {
  const rel = relative(root, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : path;
}

function stringOption(value: ParsedArgs['options'][string]): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function asList(value: ParsedArgs['options'][string]): string[] | undefined {
  if (Array.isArray(value) && value.length > 0) return value;
  return typeof value === 'string' ? [value] : undefined;
}
