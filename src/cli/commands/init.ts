/**
 * `migcheck init`: installs the hooks — pre-commit, pre-merge-commit and pre-push — in the
 * set-up that keeps the team's other hooks running: the pre-commit framework's config when the
 * repository uses it, husky when it uses husky (or has a package.json and nothing husky would
 * switch off), plain git hooks otherwise (an existing hook is kept and run first). `--mode
 * husky|plain|pre-commit` chooses by hand (`--pre-commit` = `--mode pre-commit`). `--dry-run`
 * prints the plan and writes nothing; a rerun plans nothing.
 */
import { join } from 'node:path';
import type { ParsedArgs } from '../command-table.js';
import type { CommandIO } from '../../app/command-io.js';
import { MigcheckError } from '../../core/errors.js';
import * as say from '../../core/messages.js';
import { openRepository, type Repository } from '../../git/index.js';
import { loadConfig } from '../../config/load-config.js';
import { applyInitPlan, exists, readOptional } from '../../hooks/apply-init-plan.js';
import { chooseInitMode, isHuskyHooksPath, type InitMode } from '../../hooks/choose-init-mode.js';
import { readHookSetupFacts, shownPath, type HookSetupFacts } from '../../hooks/hook-setup-facts.js';
import { HOOK_NAMES, INSTALL_ROOT, MIGCHECK_JS, CHAINED_SUFFIX, readHookTemplate, renderHookScript, type HookName } from '../../hooks/hook-script.js';
import type { InitPlan } from '../../hooks/init-plan.js';
import { detectPackageManager } from '../../hooks/package-manager.js';
import { LINT_STAGED_FILES, planHusky } from '../../hooks/plan-husky.js';
import { planPlainHooks, planPlainRemoval, type PlainHookState } from '../../hooks/plan-plain-hooks.js';
import { planPreCommitConfig, PRE_COMMIT_HOOK_TYPES, type HookRepository } from '../../hooks/plan-pre-commit-config.js';
import { hookRepositoryOf } from '../../hooks/hook-repository.js';

/** Runs init; exit 0 when the hooks are (or would be) in place. */
export async function run(args: ParsedArgs, io: CommandIO): Promise<number> {
  const dryRun = args.options['dry-run'] === true;
  const requested = requestedMode(args);
  const repo = await openRepository(io.cwd, io.env);
  if (repo.isBare) throw new MigcheckError(say.INIT_BARE);
  // The config every hook will read must load now, not fail on the first commit.
  await loadConfig(repo.root, { explicitPath: stringOption(args.options.config), cwd: io.cwd });

  const facts = await readHookSetupFacts(repo);
  const choice = chooseInitMode(facts, requested);
  const plan = choice.mode === 'husky'
    ? await huskyPlan(repo, facts)
    : choice.mode === 'pre-commit'
      ? await preCommitPlan(facts, hookRepository(args))
      : await plainPlan(facts);

  io.stdout(`${say.initMode(plan.mode, dryRun, plan.where, choice.reason)}\n`);
  if (plan.changes.length === 0) io.stdout(`${say.INIT_NOTHING_TO_DO}\n`);
  for (const change of plan.changes) {
    const verb = change.kind === 'write' ? (change.before === undefined ? 'create' : 'update') : change.kind;
    const shown = change.kind === 'rename' ? `${change.shown} -> ${change.toShown}` : change.shown;
    for (const what of change.what) io.stdout(`${say.initChange(verb, shown, what, dryRun)}\n`);
  }
  if (!dryRun) await applyInitPlan(plan);
  for (const note of plan.notes) io.stdout(`${note}\n`);
  if (dryRun) io.stdout(`${say.INIT_DRY_RUN_DONE}\n`);
  return 0;
}

function requestedMode(args: ParsedArgs): InitMode | undefined {
  // parse-argv has refused a value outside the table's choices; they are INIT_MODES (help.test).
  const mode = stringOption(args.options.mode) as InitMode | undefined;
  if (mode !== undefined) {
    if (args.options['pre-commit'] === true && mode !== 'pre-commit') throw new MigcheckError(say.initModeConflict(mode));
    return mode;
  }
  return args.options['pre-commit'] === true ? 'pre-commit' : undefined;
}

/** --hook-repo/--hook-rev, else this installation's own repository and version. */
function hookRepository(args: ParsedArgs): () => Promise<HookRepository> {
  return async () => {
    const url = stringOption(args.options['hook-repo']);
    const rev = stringOption(args.options['hook-rev']);
    const own = hookRepositoryOf(await readOptional(join(INSTALL_ROOT, 'package.json')));
    if ((url ?? own?.url) === undefined) throw new MigcheckError(say.INIT_NO_HOOK_REPOSITORY, { hint: say.INIT_NO_HOOK_REPOSITORY_HINT });
    return { url: url ?? own!.url, rev: rev ?? own?.rev ?? 'HEAD' };
  };
}

async function huskyPlan(repo: Repository, facts: HookSetupFacts): Promise<InitPlan> {
  const files: Record<string, string | undefined> = { 'package.json': facts.packageJson };
  for (const path of HOOK_NAMES.map((hook) => `.husky/${hook}`).concat(LINT_STAGED_FILES)) {
    files[path] = await readOptional(join(repo.root, path));
  }
  let pkg: Record<string, unknown> = {};
  try {
    pkg = JSON.parse((facts.packageJson ?? '{}').replace(/^\uFEFF/, '')) as Record<string, unknown>;
  } catch {
    // planHusky reports it.
  }
  const packageManager = detectPackageManager(typeof pkg === 'object' && pkg !== null ? pkg : {}, facts.lockfiles, facts.yarnBerry);
  return planHusky({ root: repo.root, files, packageManager, huskyActive: isHuskyHooksPath(facts.hooksPath) });
}

async function preCommitPlan(facts: HookSetupFacts, hookRepo: () => Promise<HookRepository>): Promise<InitPlan> {
  const path = join(facts.root, '.pre-commit-config.yaml');
  const current = facts.preCommitConfig;
  // Only a config that names no migcheck yet needs to know which repository to name.
  const needsRepo = current === undefined || !/^\s*(?:-\s+)?id\s*:\s*['"]?migcheck['"]?\s*(?:#.*)?$/m.test(current);
  const edit = planPreCommitConfig(current, needsRepo ? await hookRepo() : { url: 'unused', rev: 'unused' });
  const changes = planPlainRemoval(facts.installed);
  if (edit.content !== undefined) {
    changes.push({ kind: 'write', path, shown: '.pre-commit-config.yaml', before: current, content: edit.content, executable: false, what: edit.what });
  }
  const notes = edit.manual.map((m) => say.initPreCommitManual(m.why, m.snippet));
  const installed = new Set(facts.installed.filter((hook) => hook.owner === 'pre-commit').map((hook) => hook.name));
  const missing = PRE_COMMIT_HOOK_TYPES.filter((type) => !installed.has(type));
  if (missing.length > 0) notes.push(say.initPreCommitInstall(missing));
  if (current !== undefined && edit.what.some((w) => /default_install_hook_types/.test(w))) notes.push(say.INIT_PRE_COMMIT_STAGES_NOTE);
  return { mode: 'pre-commit', where: '.pre-commit-config.yaml', changes, notes };
}

async function plainPlan(facts: HookSetupFacts): Promise<InitPlan> {
  const hooks = {} as Record<HookName, PlainHookState>;
  for (const hook of HOOK_NAMES) {
    const path = join(facts.hooksDir, hook);
    const shown = shownPath(facts.root, path);
    hooks[hook] = {
      path,
      shown,
      current: await readOptional(path),
      chainedExists: await exists(`${path}${CHAINED_SUFFIX}`),
      script: renderHookScript(await readHookTemplate(hook), { hook, hookPath: shown, migcheckJs: MIGCHECK_JS, node: process.execPath }),
    };
  }
  return planPlainHooks(facts.hooksDirShown, hooks);
}

function stringOption(value: ParsedArgs['options'][string]): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
