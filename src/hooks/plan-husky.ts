/**
 * Plans the husky v9 + lint-staged set-up (a repository with package.json), merging into what
 * is there: devDependencies and scripts.prepare only when missing, one lint-staged entry in the
 * config lint-staged will really read, and one line appended to each .husky script. Nothing is
 * installed: npm install is the user's to run.
 */
import { MigcheckError } from '../core/errors.js';
import { INIT_ADD_MIGCHECK, INIT_WHAT, initBadJson, initLintStagedManual } from '../core/messages.js';
import { editJson } from './edit-json.js';
import { appendLine, type FileChange, type InitPlan } from './init-plan.js';

/** The versions husky and lint-staged are added with (lint-staged 17 needs Node 22). */
export const HUSKY_RANGE = '^9.1.7';
export const LINT_STAGED_RANGE = '^16.4.0';

/** What the lint-staged entry runs; lint-staged appends the staged paths, which limit the check. */
export const LINT_STAGED_COMMAND = 'migcheck check';
export const HUSKY_PRE_COMMIT_LINE = 'npx lint-staged';
export const HUSKY_PRE_PUSH_LINE = 'migcheck pre-push "$@"';

/**
 * lint-staged's own config file names after package.json, in the order it searches them
 * (lint-staged 16, lib/configFiles.js); the first that exists is the one it reads.
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
  /** The lint-staged pattern for the version locations' revision files. */
  glob: string;
}

/** Plans the husky + lint-staged set-up. */
export function planHusky(state: HuskyState): InitPlan {
  const changes: FileChange[] = [];
  const notes: string[] = [];
  const at = (path: string) => `${state.root}/${path}`;
  const packageText = state.files['package.json'] ?? '{}\n';
  const packageWhat: string[] = [];
  let packageJson: Record<string, unknown>;
  try {
    packageJson = JSON.parse(packageText.replace(/^\uFEFF/, '')) as Record<string, unknown>;
    if (typeof packageJson !== 'object' || packageJson === null || Array.isArray(packageJson)) throw new Error('not a JSON object');
  } catch (error) {
    throw new MigcheckError(initBadJson('package.json', (error as Error).message));
  }
  const hasDependency = (name: string) => ['dependencies', 'devDependencies'].some((k) => Object.hasOwn(objectAt(packageJson, k), name));
  const lintStagedFile = LINT_STAGED_FILES.find((f) => state.files[f] !== undefined);
  const entryInPackage = Object.hasOwn(packageJson, 'lint-staged') || lintStagedFile === undefined;

  const newPackage = editJson(packageText, (pkg) => {
    const missing = ['husky', 'lint-staged'].filter((name) => !hasDependency(name));
    if (missing.length > 0) {
      const dev = objectAt(pkg, 'devDependencies');
      for (const name of missing) dev[name] = name === 'husky' ? HUSKY_RANGE : LINT_STAGED_RANGE;
      pkg.devDependencies = sortKeys(dev);
      packageWhat.push(INIT_WHAT.devDependencies(missing));
    }
    const scripts = objectAt(pkg, 'scripts');
    const prepare = scripts.prepare;
    if (typeof prepare !== 'string' || !/\bhusky\b/.test(prepare)) {
      // An existing prepare (a build) keeps running; husky runs after it and never fails an install.
      scripts.prepare = typeof prepare === 'string' && prepare.trim() !== '' ? `${prepare} && husky` : 'husky';
      pkg.scripts = scripts;
      packageWhat.push(INIT_WHAT.prepare(scripts.prepare as string));
    }
    if (entryInPackage) {
      const config = pkg['lint-staged'] ?? {};
      if (typeof config === 'object' && config !== null && !Array.isArray(config)) {
        if (!JSON.stringify(config).includes('migcheck')) {
          (config as Record<string, unknown>)[state.glob] = LINT_STAGED_COMMAND;
          pkg['lint-staged'] = config;
          packageWhat.push(INIT_WHAT.lintStagedEntry(state.glob));
        }
      } else {
        notes.push(initLintStagedManual('package.json "lint-staged"', state.glob));
      }
    }
  });
  if (newPackage !== packageText) {
    changes.push({ kind: 'write', path: at('package.json'), shown: 'package.json', before: packageText, content: newPackage, executable: false, what: packageWhat });
  }

  if (!entryInPackage && lintStagedFile) {
    const change = planLintStagedFile(lintStagedFile, state.files[lintStagedFile]!, state.glob);
    if (change === 'manual') notes.push(initLintStagedManual(lintStagedFile, state.glob));
    else if (change !== undefined) changes.push({ kind: 'write', path: at(lintStagedFile), shown: lintStagedFile, before: state.files[lintStagedFile], content: change, executable: false, what: [INIT_WHAT.lintStagedEntry(state.glob)] });
  }

  for (const [path, line, present, what] of [
    ['.husky/pre-commit', HUSKY_PRE_COMMIT_LINE, /\blint-staged\b/, INIT_WHAT.huskyPreCommit],
    ['.husky/pre-push', HUSKY_PRE_PUSH_LINE, /\bmigcheck\b[^\n]*\bpre-push\b/, INIT_WHAT.huskyPrePush],
  ] as const) {
    const current = state.files[path];
    if (current !== undefined && present.test(current)) continue;
    changes.push({ kind: 'write', path: at(path), shown: path, before: current, content: appendLine(current ?? '', line), executable: false, what: [what] });
  }
  if (!hasDependency('migcheck')) notes.push(INIT_ADD_MIGCHECK);
  return { mode: 'husky', where: '.husky', changes, notes };
}

/**
 * The new text of a lint-staged config file with migcheck's entry, undefined when the entry is
 * there already, or 'manual' for a file init cannot edit without executing or re-printing code.
 */
export function planLintStagedFile(name: string, text: string, glob: string): string | undefined | 'manual' {
  if (text.includes('migcheck')) return undefined;
  if (/\.[mc]?[jt]s$/.test(name)) return 'manual';
  if (name === '.lintstagedrc' || name === '.lintstagedrc.json') {
    try {
      return editJson(text, (config) => { config[glob] = LINT_STAGED_COMMAND; });
    } catch {
      if (name === '.lintstagedrc.json') return 'manual';
      // `.lintstagedrc` without an extension may be YAML: fall through.
    }
  }
  // YAML: a top-level block mapping takes one more `key: value` line at its end.
  const firstLine = text.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  if (firstLine !== undefined && /^\s*[{[]/.test(firstLine)) return 'manual';
  return appendLine(text, `'${glob.replace(/'/g, "''")}': ${LINT_STAGED_COMMAND}`);
}

function objectAt(value: Record<string, unknown>, key: string): Record<string, unknown> {
  const found = value[key];
  return typeof found === 'object' && found !== null && !Array.isArray(found) ? (found as Record<string, unknown>) : {};
}

/** npm keeps dependency maps sorted; so does init. */
function sortKeys(map: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b, 'en')));
}
