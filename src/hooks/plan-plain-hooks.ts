/**
 * Plans plain git hooks (a repository without package.json). An existing hook that is not
 * migcheck's is renamed to `<hook>.migcheck-chained` and run first by migcheck's hook, with the
 * same arguments and stdin, so nothing the user had stops running; renaming (rather than
 * copying) keeps its mode, and a symlinked hook stays a symlink.
 */
import { MigcheckError } from '../core/errors.js';
import { INIT_CHAIN_TAKEN_HINT, INIT_WHAT, hookRemoval, initChainTaken, initPlainRemoval } from '../core/messages.js';
import { CHAINED_SUFFIX, HOOK_MARKER, HOOK_NAMES, type HookName } from './hook-script.js';
import type { FileChange, InitPlan } from './init-plan.js';
import type { InstalledHook } from './hook-setup-facts.js';

/** What is in the hooks directory now, per hook. */
export interface PlainHookState {
  /** Absolute path of the hook file. */
  path: string;
  /** How messages show it (repository-relative when inside). */
  shown: string;
  /** The current text, undefined when there is no hook. */
  current: string | undefined;
  /** True when `<hook>.migcheck-chained` exists. */
  chainedExists: boolean;
  /** migcheck's script for this hook, rendered. */
  script: string;
}

/** Plans the plain hooks from the current state of each hook. */
export function planPlainHooks(where: string, hooks: Record<HookName, PlainHookState>): InitPlan {
  const changes: FileChange[] = [];
  for (const name of HOOK_NAMES) {
    const hook = hooks[name];
    if (hook.current === hook.script) continue;
    if (hook.current !== undefined && hook.current.includes(HOOK_MARKER)) {
      changes.push({ kind: 'write', path: hook.path, shown: hook.shown, before: hook.current, content: hook.script, executable: true, what: [INIT_WHAT.refreshHook(name)] });
      continue;
    }
    if (hook.current !== undefined) {
      if (hook.chainedExists) throw new MigcheckError(initChainTaken(hook.shown, `${hook.shown}${CHAINED_SUFFIX}`), { hint: INIT_CHAIN_TAKEN_HINT });
      changes.push({ kind: 'rename', path: hook.path, shown: hook.shown, to: `${hook.path}${CHAINED_SUFFIX}`, toShown: `${hook.shown}${CHAINED_SUFFIX}`, what: [INIT_WHAT.chain(name)] });
    }
    changes.push({ kind: 'write', path: hook.path, shown: hook.shown, before: undefined, content: hook.script, executable: true, what: [INIT_WHAT.plainHook(name)] });
  }
  const removal = HOOK_NAMES.map((name) => hookRemoval(hooks[name].shown, `${hooks[name].shown}${CHAINED_SUFFIX}`));
  return { mode: 'plain', where, changes, notes: changes.length > 0 ? [initPlainRemoval(removal)] : [] };
}

/**
 * Undoes the plain hooks when another set-up takes over (a plain hook left in place would run
 * the check a second time, as the pre-commit framework's "legacy" hook): migcheck's hook is
 * deleted and the hook it had kept goes back to its name.
 */
export function planPlainRemoval(installed: readonly InstalledHook[]): FileChange[] {
  return installed.filter((hook) => hook.owner === 'migcheck').flatMap((hook): FileChange[] => [
    { kind: 'delete', path: hook.path, shown: hook.shown, what: [INIT_WHAT.removePlainHook(hook.name)] },
    ...(hook.chained
      ? [{ kind: 'rename' as const, path: `${hook.path}${CHAINED_SUFFIX}`, shown: `${hook.shown}${CHAINED_SUFFIX}`, to: hook.path, toShown: hook.shown, what: [INIT_WHAT.restoreChained(hook.name)] }]
      : []),
  ]);
}
