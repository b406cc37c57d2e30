/**
 * Plans the husky v9 set-up (a repository with package.json), merging into what is there: husky
 * in devDependencies and the install script only when missing, and migcheck's line in
 * `.husky/pre-commit`, `.husky/pre-merge-commit` and `.husky/pre-push`. The commit hooks run
 * `migcheck check` themselves rather than through lint-staged: lint-staged passes only added and
 * modified files, so a deleted migration (its child loses its parent) or an edited alembic.ini
 * never reached migcheck; migcheck's own fast lane keeps a commit that stages nothing it reads
 * cheap. Nothing is installed: the package manager's install is the user's to run.
 */
import { MigcheckError } from '../core/errors.js';
import { INIT_ADD_MIGCHECK, INIT_WHAT, initBadJson, initLintStagedLeft, initRunHusky, initRunInstall } from '../core/messages.js';
import { editJson } from './edit-json.js';
import type { FileChange, InitPlan } from './init-plan.js';
import type { PackageManager } from './package-manager.js';

/** The version husky is added with. */
export const HUSKY_RANGE = '^9.1.7';

/** The line each husky script gets, and how an existing migcheck line is recognised. */
export const HUSKY_LINES = {
  'pre-commit': { line: 'migcheck check', present: /^[^#\n]*\bmigcheck\b(?![^\n]*\bpre-push\b)/m },
  'pre-merge-commit': { line: 'migcheck check', present: /^[^#\n]*\bmigcheck\b(?![^\n]*\bpre-push\b)/m },
  'pre-push': { line: 'migcheck pre-push "$@"', present: /^[^#\n]*\bmigcheck\b[^\n]*\bpre-push\b/m },
} as const;

/**
 * git writes the pushed refs on pre-push's stdin, and the first command that reads it takes it
 * all. In a script that has commands of its own, migcheck reads it first and hands the same
 * lines to the rest of the script as its stdin.
 */
export const HUSKY_PRE_PUSH_BLOCK = [
  '# migcheck reads the pushed refs from stdin; the commands below get the same lines.',
  'migcheck_refs=$(cat)',
  'printf \'%s\\n\' "$migcheck_refs" | migcheck pre-push "$@"',
  'exec <<migcheck_refs_end',
  '$migcheck_refs',
  'migcheck_refs_end',
].join('\n');

/**
 * lint-staged's own config file names after package.json, in the order it searches them
 * (lint-staged 16, lib/configFiles.js); the first that exists is the one it reads. Only to find
 * the entry an earlier migcheck init added there.
 */
export const LINT_STAGED_FILES = [
  '.lintstagedrc', '.lintstagedrc.json', '.lintstagedrc.yaml', '.lintstagedrc.yml',
  '.lintstagedrc.mjs', '.lintstagedrc.js', '.lintstagedrc.cjs', '.lintstagedrc.mts', '.lintstagedrc.ts', '.lintstagedrc.cts',
  'lint-staged.config.mjs', 'lint-staged.config.js', 'lint-staged.config.cjs', 'lint-staged.config.mts', 'lint-staged.config.ts', 'lint-staged.config.cts',
] as const;

/** The files the plan reads, by repository-relative path; undefined = absent. */
export interface HuskyState {
  /** Absolute repository root, for FileChange paths. */
  root: string;
  files: Record<string, string | undefined>;
  packageManager: PackageManager;
  /** core.hooksPath points at .husky already. */
  huskyActive: boolean;
}

/** A lint-staged task that is migcheck's (the entry an earlier init wrote). */
const isMigcheckTask = (task: unknown) => typeof task === 'string' && /^\s*(npx\s+)?migcheck(\s+check)?\s*$/.test(task);

/** Removes migcheck's tasks from a lint-staged config object; returns the keys it changed. */
function dropMigcheckTasks(config: Record<string, unknown>): string[] {
  const changed: string[] = [];
  for (const [key, task] of Object.entries(config)) {
    if (isMigcheckTask(task)) {
      delete config[key];
      changed.push(key);
    } else if (Array.isArray(task) && task.some(isMigcheckTask)) {
      const rest = task.filter((t) => !isMigcheckTask(t));
      if (rest.length === 0) delete config[key];
      else config[key] = rest;
      changed.push(key);
    }
  }
  return changed;
}

/**
 * Puts `line` before the first command of a script (after a shebang, comments and blank lines),
 * so that an `exit` or a failing command of the team's own cannot skip it.
 */
export function insertFirst(script: string, line: string): string {
  const lines = script === '' ? [] : script.replace(/\n$/, '').split('\n');
  const at = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  if (at === -1) return `${[...lines, line].join('\n')}\n`;
  return `${[...lines.slice(0, at), line, ...lines.slice(at)].join('\n')}\n`;
}

/** Plans the husky set-up. */
export function planHusky(state: HuskyState): InitPlan {
  const changes: FileChange[] = [];
  const notes: string[] = [];
  const at = (path: string) => `${state.root}/${path}`;
  const packageText = state.files['package.json'] ?? '{}\n';
  const packageWhat: string[] = [];
  let installNeeded = false;
  let packageJson: Record<string, unknown>;
  try {
    packageJson = JSON.parse(packageText.replace(/^\uFEFF/, '')) as Record<string, unknown>;
    if (typeof packageJson !== 'object' || packageJson === null || Array.isArray(packageJson)) throw new Error('not a JSON object');
  } catch (error) {
    throw new MigcheckError(initBadJson('package.json', (error as Error).message));
  }
  const hasDependency = (name: string) => ['dependencies', 'devDependencies'].some((k) => Object.hasOwn(objectAt(packageJson, k), name));
  const lintStagedFile = LINT_STAGED_FILES.find((f) => state.files[f] !== undefined);
  const scriptName = state.packageManager.installScript;

  const newPackage = editJson(packageText, (pkg) => {
    if (!hasDependency('husky')) {
      const dev = objectAt(pkg, 'devDependencies');
      dev.husky = HUSKY_RANGE;
      pkg.devDependencies = sortKeys(dev);
      packageWhat.push(INIT_WHAT.devDependencies(['husky']));
      installNeeded = true;
    }
    const scripts = objectAt(pkg, 'scripts');
    if (!Object.values(scripts).some((s) => typeof s === 'string' && /(^|&&|;)\s*husky\s*($|&&|;)/.test(s))) {
      const current = scripts[scriptName];
      // An existing script (a build) keeps running; husky runs after it and never fails an install.
      scripts[scriptName] = typeof current === 'string' && current.trim() !== '' ? `${current} && husky` : 'husky';
      pkg.scripts = scripts;
      packageWhat.push(INIT_WHAT.installScript(scriptName, scripts[scriptName] as string));
      installNeeded = true;
    }
    const lintStaged = pkg['lint-staged'];
    if (typeof lintStaged === 'object' && lintStaged !== null && !Array.isArray(lintStaged)) {
      for (const key of dropMigcheckTasks(lintStaged as Record<string, unknown>)) packageWhat.push(INIT_WHAT.removeLintStagedEntry(key));
      if (Object.keys(lintStaged).length === 0) delete pkg['lint-staged'];
    }
  });
  if (newPackage !== packageText) {
    changes.push({ kind: 'write', path: at('package.json'), shown: 'package.json', before: packageText, content: newPackage, executable: false, what: packageWhat });
  }

  // An earlier migcheck init ran migcheck through lint-staged; the hook now runs it directly.
  let lintStagedEmptied = newPackage !== packageText && !Object.hasOwn(JSON.parse(newPackage.replace(/^\uFEFF/, '')) as object, 'lint-staged') && Object.hasOwn(packageJson, 'lint-staged');
  if (lintStagedFile && state.files[lintStagedFile]!.includes('migcheck')) {
    const text = state.files[lintStagedFile]!;
    const edited = /\.[mc]?[jt]s$/.test(lintStagedFile) ? undefined : tryEditJson(text) ?? editYaml(text);
    if (edited) {
      changes.push({ kind: 'write', path: at(lintStagedFile), shown: lintStagedFile, before: text, content: edited.text, executable: false, what: edited.keys.map(INIT_WHAT.removeLintStagedEntry) });
      lintStagedEmptied ||= edited.empty;
    } else {
      notes.push(initLintStagedLeft(lintStagedFile));
    }
  }

  for (const hook of ['pre-commit', 'pre-merge-commit', 'pre-push'] as const) {
    const path = `.husky/${hook}`;
    const current = state.files[path];
    let content = current ?? '';
    const what: string[] = [];
    if (hook === 'pre-commit' && lintStagedEmptied && /^\s*npx lint-staged\s*$/m.test(content)) {
      // The line an earlier init added; with no lint-staged config left it would fail every commit.
      content = content.replace(/^\s*npx lint-staged\s*\n?/m, '');
      what.push(INIT_WHAT.removeLintStagedLine);
    }
    if (!HUSKY_LINES[hook].present.test(content)) {
      const hasCommands = content.split('\n').some((l) => l.trim() !== '' && !l.trim().startsWith('#'));
      content = insertFirst(content, hook === 'pre-push' && hasCommands ? HUSKY_PRE_PUSH_BLOCK : HUSKY_LINES[hook].line);
      what.push(INIT_WHAT.huskyHook(HUSKY_LINES[hook].line));
    }
    if (content === (current ?? '')) continue;
    changes.push({ kind: 'write', path: at(path), shown: path, before: current, content, executable: false, what });
  }
  const pm = state.packageManager;
  if (installNeeded) notes.unshift(initRunInstall(pm.install, pm.installScript));
  else if (!state.huskyActive) notes.unshift(initRunHusky(pm.exec('husky'), pm.install));
  if (!hasDependency('migcheck')) notes.push(INIT_ADD_MIGCHECK);
  return { mode: 'husky', where: '.husky', changes, notes };
}

/** A JSON lint-staged config without migcheck's tasks; undefined when it is not JSON. */
function tryEditJson(text: string): { text: string; keys: string[]; empty: boolean } | undefined {
  let keys: string[] = [];
  let empty = false;
  try {
    const edited = editJson(text, (config) => {
      keys = dropMigcheckTasks(config);
      empty = Object.keys(config).length === 0;
    });
    return keys.length > 0 ? { text: edited, keys, empty } : undefined;
  } catch {
    return undefined;
  }
}

/** A YAML lint-staged config without the one line an earlier init appended (`'glob': migcheck check`). */
function editYaml(text: string): { text: string; keys: string[]; empty: boolean } | undefined {
  const line = /^(['"]?)([^\n]*?)\1\s*:\s*(?:npx\s+)?migcheck(?:\s+check)?\s*(?:\n|$)/m.exec(text);
  if (!line) return undefined;
  const rest = text.slice(0, line.index) + text.slice(line.index + line[0].length);
  return { text: rest, keys: [line[2]!], empty: !rest.split('\n').some((l) => l.trim() !== '' && !l.trim().startsWith('#')) };
}

function objectAt(value: Record<string, unknown>, key: string): Record<string, unknown> {
  const found = value[key];
  return typeof found === 'object' && found !== null && !Array.isArray(found) ? (found as Record<string, unknown>) : {};
}

/** npm keeps dependency maps sorted; so does init. */
function sortKeys(map: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b, 'en')));
}
