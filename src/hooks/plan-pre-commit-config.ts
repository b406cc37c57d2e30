/**
 * Adds migcheck to `.pre-commit-config.yaml` by editing lines, never by re-serialising: the
 * team's comments, quoting, order and other repos stay byte for byte. What it adds:
 *   - one item under `repos:` naming migcheck's repository with the hooks `migcheck` (commit and
 *     merge-commit stages) and `migcheck-pre-push`, indented like the items already there;
 *   - the hook types migcheck needs in `default_install_hook_types`, so a teammate's plain
 *     `pre-commit install` installs all of them.
 * A config already naming the ids is left alone; shapes the line edit cannot handle safely
 * (`repos` in flow style) are left to the user with the entry to paste.
 */
import { MigcheckError } from '../core/errors.js';
import { INIT_PRE_COMMIT_WHY, INIT_WHAT, initBadHookRef } from '../core/messages.js';

/** The ids in migcheck's .pre-commit-hooks.yaml. */
export const PRE_COMMIT_HOOK_IDS = ['migcheck', 'migcheck-pre-push'] as const;

/** The git hooks the framework must install for those ids (their stages). */
export const PRE_COMMIT_HOOK_TYPES = ['pre-commit', 'pre-merge-commit', 'pre-push'] as const;

export interface HookRepository {
  url: string;
  rev: string;
}

export interface PreCommitConfigPlan {
  /** The new text; undefined when nothing changes. */
  content: string | undefined;
  what: string[];
  /** What could not be edited safely: why, and the lines to add by hand. */
  manual: { why: string; snippet: string }[];
}

/** A value as a YAML scalar: plain when that is unambiguous, else double-quoted (JSON's escapes are YAML's). */
function scalar(value: string, option: string): string {
  // eslint-disable-next-line no-control-regex
  if (value === '' || value.startsWith('-') || /[\u0000-\u001f\u007f]/.test(value)) throw new MigcheckError(initBadHookRef(option, value));
  return /^[A-Za-z0-9/._~][^\s'"#,[\]{}]*$/.test(value) && !/:$/.test(value) ? value : JSON.stringify(value);
}

const isComment = (line: string) => line.trim().startsWith('#');
const isBlank = (line: string) => line.trim() === '';
const pad = (n: number) => ' '.repeat(n);

/** The lines of migcheck's repos item. */
function repoItem(repo: HookRepository, dash: number, gap: number, hooksOffset: number): string[] {
  const key = dash + 1 + gap;
  return [
    `${pad(dash)}-${pad(gap)}repo: ${scalar(repo.url, 'hook-repo')}`,
    `${pad(key)}rev: ${scalar(repo.rev, 'hook-rev')}`,
    `${pad(key)}hooks:`,
    ...PRE_COMMIT_HOOK_IDS.map((id) => `${pad(key + hooksOffset)}- id: ${id}`),
  ];
}

/** The entry as a user would paste it under `repos:`. */
export function preCommitEntrySnippet(repo: HookRepository): string {
  return repoItem(repo, 2, 1, 2).join('\n');
}

/** Plans the edit of `current` (undefined: the file does not exist). */
export function planPreCommitConfig(current: string | undefined, repo: HookRepository): PreCommitConfigPlan {
  const typesLine = `default_install_hook_types: [${PRE_COMMIT_HOOK_TYPES.join(', ')}]`;
  if (current === undefined) {
    return {
      content: [typesLine, 'repos:', ...repoItem(repo, 2, 1, 2), ''].join('\n'),
      what: [INIT_WHAT.hookTypes([...PRE_COMMIT_HOOK_TYPES]), INIT_WHAT.preCommitRepo(repo.url, repo.rev)],
      manual: [],
    };
  }
  const newline = current.includes('\r\n') ? '\r\n' : '\n';
  const bom = current.startsWith('\uFEFF') ? '\uFEFF' : '';
  const finalNewline = /\n$/.test(current);
  const lines = current.slice(bom.length).replace(/\r?\n$/, '').split(/\r?\n/);
  const what: string[] = [];
  const manual: PreCommitConfigPlan['manual'] = [];

  // 1. The repos entry (or the id it lacks).
  const ids = new Map<string, number>();
  lines.forEach((line, i) => {
    const m = /^\s*(?:-\s+)?id\s*:\s*(['"]?)([\w.-]+)\1\s*(?:#.*)?$/.exec(line);
    if (m && (PRE_COMMIT_HOOK_IDS as readonly string[]).includes(m[2]!)) ids.set(m[2]!, i);
  });
  if (ids.size > 0) {
    for (const id of PRE_COMMIT_HOOK_IDS) {
      if (ids.has(id)) continue;
      const [, at] = [...ids.entries()][0]!;
      const dash = /^(\s*)-(\s+)id\s*:/.exec(lines[at]!);
      if (!dash) {
        manual.push({ why: INIT_PRE_COMMIT_WHY.flowRepos, snippet: preCommitEntrySnippet(repo) });
        break;
      }
      // After the whole hook item: its continuation lines are indented past its dash.
      let end = at + 1;
      while (end < lines.length && (isBlank(lines[end]!) || isComment(lines[end]!) || indentOf(lines[end]!) > dash[1]!.length)) end++;
      while (end > at + 1 && (isBlank(lines[end - 1]!) || isComment(lines[end - 1]!))) end--;
      lines.splice(end, 0, `${dash[1]}-${dash[2]}id: ${id}`);
      for (const [other, index] of ids) if (index >= end) ids.set(other, index + 1);
      ids.set(id, end);
      what.push(INIT_WHAT.preCommitHookId(id));
    }
  } else {
    let reposAt = lines.findIndex((line) => /^repos\s*:/.test(line));
    let blockDone = false;
    if (reposAt === -1) {
      lines.push('repos:');
      reposAt = lines.length - 1;
    } else {
      const rest = lines[reposAt]!.replace(/^repos\s*:/, '');
      if (/^\s*\[\s*\]\s*(#.*)?$/.test(rest)) {
        lines[reposAt] = `repos:${rest.replace(/\s*\[\s*\]/, '')}`.replace(/\s+$/, '');
      } else if (!/^\s*(#.*)?$/.test(rest)) {
        manual.push({ why: INIT_PRE_COMMIT_WHY.flowRepos, snippet: preCommitEntrySnippet(repo) });
        blockDone = true;
      }
    }
    if (!blockDone) {
      // The block runs to the next line at column 0 that is neither a comment nor an item.
      let end = reposAt + 1;
      while (end < lines.length && (isBlank(lines[end]!) || /^[\s#]/.test(lines[end]!) || (/^-/.test(lines[end]!) && !/^---/.test(lines[end]!)))) end++;
      let insertAt = end;
      while (insertAt > reposAt + 1 && (isBlank(lines[insertAt - 1]!) || isComment(lines[insertAt - 1]!))) insertAt--;
      const block = lines.slice(reposAt + 1, end);
      const first = block.map((line) => /^(\s*)-(\s+)\S/.exec(line)).find(Boolean);
      const hooksLine = block.findIndex((line) => /^\s*hooks\s*:\s*(#.*)?$/.test(line));
      const hooksChild = hooksLine === -1 ? undefined : block.slice(hooksLine + 1).find((line) => !isBlank(line) && !isComment(line));
      const hooksOffset = hooksChild && /^\s*-\s/.test(hooksChild) ? indentOf(hooksChild) - indentOf(block[hooksLine]!) : 2;
      lines.splice(insertAt, 0, ...repoItem(repo, first ? first[1]!.length : 2, first ? first[2]!.length : 1, Math.max(0, hooksOffset)));
      what.push(INIT_WHAT.preCommitRepo(repo.url, repo.rev));
    }
  }

  // 2. The hook types a plain `pre-commit install` installs.
  const typesAt = lines.findIndex((line) => /^default_install_hook_types\s*:/.test(line));
  if (typesAt === -1) {
    let at = lines.findIndex((line) => /^repos\s*:/.test(line));
    if (at === -1) at = lines.length;
    while (at > 0 && isComment(lines[at - 1]!) && !isBlank(lines[at - 1]!)) at--;
    lines.splice(at, 0, typesLine);
    what.unshift(INIT_WHAT.hookTypes([...PRE_COMMIT_HOOK_TYPES]));
  } else {
    const rest = lines[typesAt]!.replace(/^default_install_hook_types\s*:/, '');
    const flow = /^(\s*)\[([^\]#]*)\](\s*(?:#.*)?)$/.exec(rest);
    if (flow) {
      const items = flow[2]!.split(',').map((item) => item.trim().replace(/^(['"])(.*)\1$/, '$2')).filter(Boolean);
      const missing = PRE_COMMIT_HOOK_TYPES.filter((type) => !items.includes(type));
      if (missing.length > 0) {
        lines[typesAt] = `default_install_hook_types:${flow[1]}[${[...flow[2]!.split(',').map((s) => s.trim()).filter(Boolean), ...missing].join(', ')}]${flow[3]}`;
        what.unshift(INIT_WHAT.hookTypes(missing));
      }
    } else if (/^\s*(#.*)?$/.test(rest)) {
      let end = typesAt + 1;
      const items: string[] = [];
      let indent = '  ';
      while (end < lines.length && (isBlank(lines[end]!) || isComment(lines[end]!) || /^\s*-\s/.test(lines[end]!))) {
        const m = /^(\s*)-\s+(['"]?)([\w-]+)\2/.exec(lines[end]!);
        if (m) {
          items.push(m[3]!);
          indent = m[1]!;
        }
        end++;
      }
      while (end > typesAt + 1 && !/^\s*-\s/.test(lines[end - 1]!)) end--;
      const missing = PRE_COMMIT_HOOK_TYPES.filter((type) => !items.includes(type));
      if (missing.length > 0) {
        lines.splice(end, 0, ...missing.map((type) => `${indent}- ${type}`));
        what.unshift(INIT_WHAT.hookTypes(missing));
      }
    } else {
      manual.push({ why: INIT_PRE_COMMIT_WHY.flowTypes, snippet: typesLine });
    }
  }
  if (what.length === 0) return { content: undefined, what, manual };
  return { content: `${bom}${lines.join(newline)}${finalNewline ? newline : ''}`, what, manual };
}

function indentOf(line: string): number {
  return /^\s*/.exec(line)![0].length;
}
