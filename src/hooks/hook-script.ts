/**
 * The plain git hooks `migcheck init` writes, rendered from the templates in hooks/. The
 * templates only call migcheck; rendering fills in where this installation lives (so the hook
 * calls the migcheck that installed it) and the sentences, which live in core/messages.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { installRoot } from '../fs/install-root.js';
import { hookCannotFindMigcheck, hookRemoval } from '../core/messages.js';

/**
 * The hooks migcheck installs: every way history changes on a developer's machine that git lets
 * a hook refuse. pre-merge-commit gates `git merge` / `git pull` when they commit the merge
 * themselves (a merge stopped by conflicts is finished with `git commit`, so pre-commit).
 */
export const HOOK_NAMES = ['pre-commit', 'pre-merge-commit', 'pre-push'] as const;
export type HookName = (typeof HOOK_NAMES)[number];

/** The template each hook is rendered from (pre-merge-commit runs the same check as pre-commit). */
const TEMPLATE_OF: Record<HookName, string> = { 'pre-commit': 'pre-commit', 'pre-merge-commit': 'pre-commit', 'pre-push': 'pre-push' };

/** The git command a hook guards, for the "skip it once" line. */
const GIT_COMMAND_OF: Record<HookName, string> = { 'pre-commit': 'git commit', 'pre-merge-commit': 'git merge', 'pre-push': 'git push' };

/** The line that marks a hook as migcheck's, so a rerun refreshes it instead of chaining it. */
export const HOOK_MARKER = '# migcheck-managed hook';

/** Suffix of the previous hook that migcheck's hook keeps and runs first. */
export const CHAINED_SUFFIX = '.migcheck-chained';

/** This installation's root (holding bin/, hooks/, dist/); the same from dist/ and from src/. */
export const INSTALL_ROOT = installRoot();

/** The bin the hooks call: this installation's. */
export const MIGCHECK_JS = join(INSTALL_ROOT, 'bin', 'migcheck.js');

/** Reads the template of `hook` from this installation's hooks/ folder. */
export function readHookTemplate(hook: HookName): Promise<string> {
  return readFile(join(INSTALL_ROOT, 'hooks', TEMPLATE_OF[hook]), 'utf8');
}

/** Fills a template's @PLACEHOLDERS@; every value is single-quoted for sh. */
export function renderHookScript(template: string, values: { hook: HookName; hookPath: string; migcheckJs: string; node: string }): string {
  const replacements: Record<string, string> = {
    '@HOOK@': values.hook,
    '@GIT_COMMAND@': GIT_COMMAND_OF[values.hook],
    '@MIGCHECK_JS@': shellQuote(values.migcheckJs),
    '@NODE@': shellQuote(values.node),
    '@NOT_FOUND@': shellQuote(hookCannotFindMigcheck(values.hook, values.migcheckJs)),
    // A comment line: newlines must not escape it.
    '@REMOVE@': hookRemoval(values.hookPath, `${values.hookPath}${CHAINED_SUFFIX}`).replace(/[\r\n]/g, ' '),
  };
  return template.replace(/@[A-Z_]+@/g, (name) => replacements[name] ?? name);
}

/** `value` as one sh word. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
