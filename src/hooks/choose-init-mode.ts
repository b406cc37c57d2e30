/**
 * Which set-up `migcheck init` uses, so that it never switches off a team's other hooks: the
 * pre-commit framework when the repository uses it (migcheck joins .pre-commit-config.yaml),
 * husky when the repository uses husky, plain git hooks (chaining what is there) when hooks or a
 * core.hooksPath exist that husky would switch off, husky for a package.json otherwise, plain
 * hooks without one. `--mode` chooses by hand. Whenever the chosen set-up would stop another
 * manager's hooks from running, or another manager would overwrite migcheck's, init refuses with
 * one line naming the manager and the choices.
 */
import { MigcheckError } from '../core/errors.js';
import * as say from '../core/messages.js';
import type { HookSetupFacts, InstalledHook } from './hook-setup-facts.js';
import { HOOK_NAMES } from './hook-script.js';

export const INIT_MODES = ['husky', 'plain', 'pre-commit'] as const;
export type InitMode = (typeof INIT_MODES)[number];

export interface InitChoice {
  mode: InitMode;
  /** Why, for init's first line. */
  reason: string;
}

/** core.hooksPath written by husky v9 (`.husky/_`) or v8 (`.husky`). */
export const isHuskyHooksPath = (path: string | undefined) => path !== undefined && /(^|\/)\.husky(\/_)?\/?$/.test(path);

function huskyDependency(packageJson: string | undefined): boolean {
  if (!packageJson) return false;
  try {
    const pkg = JSON.parse(packageJson.replace(/^\uFEFF/, '')) as Record<string, unknown>;
    return ['dependencies', 'devDependencies'].some((key) => {
      const deps = pkg[key];
      return typeof deps === 'object' && deps !== null && Object.hasOwn(deps, 'husky');
    });
  } catch {
    return false; // planHusky reports a package.json that does not parse.
  }
}

/** Hooks git runs today that belong to nobody init knows (or that migcheck's hook chains). */
function otherHooks(facts: HookSetupFacts): string[] {
  return facts.installed.flatMap((hook: InstalledHook) => {
    if (hook.owner === 'other') return [hook.shown];
    if (hook.owner === 'migcheck' && hook.chained) return [`${hook.shown}.migcheck-chained`];
    return [];
  });
}

const frameworkHooks = (facts: HookSetupFacts) => facts.installed.filter((hook) => hook.owner === 'pre-commit').map((hook) => hook.shown);

/** Chooses the set-up, or throws the one-line refusal. */
export function chooseInitMode(facts: HookSetupFacts, requested: InitMode | undefined): InitChoice {
  // Managers that write the hook files themselves: migcheck's hooks would be overwritten by
  // their next install, or (chained) would loop through their "legacy hook" handling.
  const lefthook = facts.lefthookConfig ?? facts.installed.find((h) => h.owner === 'lefthook')?.shown;
  if (lefthook) throw new MigcheckError(say.initManagerNotEdited('lefthook', lefthook), { hint: say.initManagerNotEditedHint('lefthook') });
  const simple = facts.simpleGitHooksConfig ?? facts.installed.find((h) => h.owner === 'simple-git-hooks')?.shown;
  if (simple) throw new MigcheckError(say.initManagerNotEdited('simple-git-hooks', simple), { hint: say.initManagerNotEditedHint('simple-git-hooks') });

  const huskyActive = isHuskyHooksPath(facts.hooksPath);
  const husky = huskyActive || facts.huskyDir || huskyDependency(facts.packageJson);
  const installedFramework = huskyActive ? [] : frameworkHooks(facts);
  const framework = facts.preCommitConfig !== undefined || installedFramework.length > 0;
  const huskyEvidence = huskyActive ? `core.hooksPath = ${facts.hooksPath}` : facts.huskyDir ? '.husky/' : 'husky in package.json';
  const frameworkEvidence = facts.preCommitConfig !== undefined ? '.pre-commit-config.yaml' : installedFramework[0]!;

  const ownPlain = facts.installed.find((hook) => hook.owner === 'migcheck');
  let choice: InitChoice;
  if (requested) {
    choice = { mode: requested, reason: say.INIT_REASON.requested(requested) };
  } else if (ownPlain && !framework && !husky) {
    // A rerun keeps the set-up an earlier init chose.
    choice = { mode: 'plain', reason: say.INIT_REASON.installed(facts.hooksDirShown) };
  } else if (framework && husky) {
    // Keep whichever of the two git runs today; when neither runs yet, the team must say.
    if (huskyActive) choice = { mode: 'husky', reason: say.INIT_REASON.huskyRuns(facts.hooksPath!) };
    else if (installedFramework.length > 0) choice = { mode: 'pre-commit', reason: say.INIT_REASON.frameworkRuns(installedFramework[0]!) };
    else throw new MigcheckError(say.initTwoManagers(huskyEvidence, frameworkEvidence), { hint: say.INIT_TWO_MANAGERS_HINT });
  } else if (framework) {
    choice = { mode: 'pre-commit', reason: say.INIT_REASON.found(frameworkEvidence) };
  } else if (husky) {
    choice = { mode: 'husky', reason: say.INIT_REASON.found(huskyEvidence) };
  } else if (facts.packageJson !== undefined && facts.hooksPath === undefined && otherHooks(facts).length === 0) {
    choice = { mode: 'husky', reason: say.INIT_REASON.found('package.json') };
  } else if (facts.packageJson !== undefined) {
    choice = { mode: 'plain', reason: say.INIT_REASON.keepsHooks(facts.hooksPath !== undefined ? `core.hooksPath = ${facts.hooksPath}` : otherHooks(facts)[0]!) };
  } else {
    choice = { mode: 'plain', reason: say.INIT_REASON.noPackageJson };
  }

  // What the chosen set-up would break, whether chosen here or by hand.
  if (choice.mode === 'husky') {
    if (facts.packageJson === undefined) throw new MigcheckError(say.INIT_HUSKY_NEEDS_PACKAGE_JSON, { hint: say.INIT_HUSKY_NEEDS_PACKAGE_JSON_HINT });
    if (!huskyActive) {
      // husky points core.hooksPath at .husky/_, and git then runs nothing from the old place.
      if (installedFramework.length > 0) throw new MigcheckError(say.initHuskySwitchesOff(say.INIT_FRAMEWORK_HOOKS(installedFramework)), { hint: say.INIT_HUSKY_SWITCHES_OFF_FRAMEWORK_HINT });
      if (facts.hooksPath !== undefined) throw new MigcheckError(say.initHuskySwitchesOff(`core.hooksPath = ${facts.hooksPath}`), { hint: say.INIT_HUSKY_SWITCHES_OFF_HINT });
      const others = otherHooks(facts);
      if (others.length > 0) throw new MigcheckError(say.initHuskySwitchesOff(others.join(', ')), { hint: say.INIT_HUSKY_SWITCHES_OFF_HINT });
    }
  } else if (choice.mode === 'plain') {
    // husky rewrites .husky/_ on every install; a framework hook chained by migcheck's would
    // call itself once `pre-commit install` runs again (it runs the hook it replaced as legacy).
    if (huskyActive) throw new MigcheckError(say.initPlainUnder('husky', `core.hooksPath = ${facts.hooksPath}`), { hint: say.INIT_PLAIN_UNDER_HUSKY_HINT });
    const framed = facts.installed.filter((h) => h.owner === 'pre-commit' && (HOOK_NAMES as readonly string[]).includes(h.name)).map((h) => h.shown);
    if (framed.length > 0) throw new MigcheckError(say.initPlainUnder('the pre-commit framework', framed.join(', ')), { hint: say.INIT_PLAIN_UNDER_FRAMEWORK_HINT });
  } else if (facts.hooksPath !== undefined) {
    // `pre-commit install` refuses while core.hooksPath is set.
    throw new MigcheckError(say.initFrameworkHooksPath(facts.hooksPath), { hint: huskyActive ? say.INIT_FRAMEWORK_HOOKS_PATH_HUSKY_HINT : say.INIT_FRAMEWORK_HOOKS_PATH_HINT });
  }
  return choice;
}
