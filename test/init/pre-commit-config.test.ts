/**
 * The line edit of .pre-commit-config.yaml, judged by a real YAML parser (Python's, the one
 * pre-commit itself uses) and by Debian's pre-commit: the edited file must load as the original
 * plus migcheck's entry and hook types, keep every original line (comments included) in order,
 * pass `pre-commit validate-config`, and plan nothing on a second run.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, run } from '../helpers/repo.js';
import { planPreCommitConfig, PRE_COMMIT_HOOK_TYPES } from '../../src/hooks/plan-pre-commit-config.js';

const REPO = { url: 'https://github.com/example/migcheck', rev: 'v0.1.0' };
const ENTRY = { repo: REPO.url, rev: REPO.rev, hooks: [{ id: 'migcheck' }, { id: 'migcheck-pre-push' }] };

const LOAD = 'import json, sys, yaml\nprint(json.dumps([yaml.safe_load(t) for t in json.load(sys.stdin)]))';

/** Python's yaml.safe_load of each text (what pre-commit parses with). */
async function loadYaml(texts: string[]): Promise<unknown[]> {
  const result = await run('/usr/bin/python3', ['-c', LOAD], { cwd: tmpdir(), input: JSON.stringify(texts) });
  assert.is(result.code, 0, result.stderr);
  return JSON.parse(result.stdout) as unknown[];
}

/** True when every line of `before` appears in `after`, in order. */
function keepsLines(before: string, after: string): boolean {
  const lines = after.split(/\r?\n/);
  let at = 0;
  for (const line of before.split(/\r?\n/)) {
    while (at < lines.length && lines[at] !== line) at++;
    if (at === lines.length) return false;
    at++;
  }
  return true;
}

async function validate(text: string): Promise<void> {
  if (!existsSync('/usr/bin/pre-commit')) throw new Error('/usr/bin/pre-commit is not installed (apt-get install pre-commit)');
  const dir = await mkdtemp(join(tmpdir(), 'migcheck-pc-config-'));
  try {
    await writeFile(join(dir, 'config.yaml'), text);
    const result = await run('/usr/bin/pre-commit', ['validate-config', 'config.yaml'], { cwd: dir, env: cleanEnv({ PRE_COMMIT_HOME: join(dir, 'home') }) });
    assert.is(result.code, 0, `${result.stdout}${result.stderr}\n${text}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const SHAPES: Record<string, string> = {
  'two-space items, comments, keys after repos': [
    '# See https://pre-commit.com for more information',
    'exclude: ^docs/',
    'repos:',
    '  # formatting',
    '  - repo: https://github.com/psf/black',
    '    rev: 23.1.0  # pinned',
    '    hooks:',
    '      - id: black',
    '        args: [--quiet]',
    '',
    '  # trailing comment of the block',
    '',
    'ci:',
    '  autofix_prs: false',
    '',
  ].join('\n'),
  'indentless sequences (warehouse style)': [
    'repos:',
    '- repo: https://github.com/pre-commit/pre-commit-hooks',
    '  rev: v4.4.0',
    '  hooks:',
    '  - id: check-yaml',
    '  - id: end-of-file-fixer',
    '- repo: local',
    '  hooks:',
    '  - id: lint',
    '    name: lint',
    '    entry: make lint',
    '    language: system',
    '',
  ].join('\n'),
  'four-space indent, CRLF, no final newline': 'repos:\r\n    -   repo: https://github.com/pycqa/flake8\r\n        rev: 6.0.0\r\n        hooks:\r\n            -   id: flake8',
  'empty flow repos with a comment': 'minimum_pre_commit_version: 2.18.0\nrepos: []  # none yet\n',
  'no repos key': 'exclude: ^vendor/\n',
  'hook types in flow style, repos key with a comment': 'default_install_hook_types: [pre-commit, commit-msg]  # ours\nrepos:  # the hooks\n- repo: local\n  hooks:\n  - id: t\n    name: t\n    entry: "true"\n    language: system\n',
  'hook types in block style': 'default_install_hook_types:\n  - pre-commit\n  - commit-msg\nrepos:\n- repo: local\n  hooks:\n  - id: t\n    name: t\n    entry: "true"\n    language: system\n',
  'document start marker': '---\nrepos:\n  - repo: local\n    hooks:\n      - id: t\n        name: t\n        entry: "true"\n        language: system\n',
};

test('every shape: loads as the original plus migcheck, keeps every line, validates, and a rerun plans nothing', async () => {
  const names = Object.keys(SHAPES);
  const outputs = names.map((name) => {
    const plan = planPreCommitConfig(SHAPES[name], REPO);
    assert.equal(plan.manual, [], name);
    assert.ok(plan.content !== undefined, name);
    return plan.content!;
  });
  const [before, after] = [await loadYaml(names.map((n) => SHAPES[n]!)), await loadYaml(outputs)];
  names.forEach((name, i) => {
    const original = (before[i] ?? {}) as Record<string, unknown>;
    const types = (original.default_install_hook_types as string[] | undefined) ?? [];
    const expected = {
      ...original,
      repos: [...((original.repos as unknown[] | undefined) ?? []), ENTRY],
      default_install_hook_types: [...types, ...PRE_COMMIT_HOOK_TYPES.filter((t) => !types.includes(t))],
    };
    assert.equal(after[i], expected, name);
    // Every line but the two init edits in place (a flow list of hook types, an empty `repos: []`).
    const kept = SHAPES[name]!.replace(/repos: \[\]/, 'repos:').replace(/^default_install_hook_types: \[.*\n/m, '');
    assert.ok(keepsLines(kept, outputs[i]!), `${name}:\n${outputs[i]}`);
    assert.equal(planPreCommitConfig(outputs[i], REPO), { content: undefined, what: [], manual: [] }, name);
  });
  assert.ok(outputs[2]!.split('\r\n').length > 5 && !/[^\r]\n/.test(outputs[2]!), 'CRLF kept');
  assert.not.ok(outputs[2]!.endsWith('\n'), 'no final newline added');
  for (const output of outputs) await validate(output);
});

test('a new file, and exact placement in the common shape', async () => {
  const created = planPreCommitConfig(undefined, REPO);
  assert.is(created.content, [
    'default_install_hook_types: [pre-commit, pre-merge-commit, pre-push]',
    'repos:',
    '  - repo: https://github.com/example/migcheck',
    '    rev: v0.1.0',
    '    hooks:',
    '      - id: migcheck',
    '      - id: migcheck-pre-push',
    '',
  ].join('\n'));
  await validate(created.content!);
  assert.is(planPreCommitConfig(SHAPES['two-space items, comments, keys after repos'], REPO).content, [
    '# See https://pre-commit.com for more information',
    'exclude: ^docs/',
    'default_install_hook_types: [pre-commit, pre-merge-commit, pre-push]',
    'repos:',
    '  # formatting',
    '  - repo: https://github.com/psf/black',
    '    rev: 23.1.0  # pinned',
    '    hooks:',
    '      - id: black',
    '        args: [--quiet]',
    '  - repo: https://github.com/example/migcheck',
    '    rev: v0.1.0',
    '    hooks:',
    '      - id: migcheck',
    '      - id: migcheck-pre-push',
    '',
    '  # trailing comment of the block',
    '',
    'ci:',
    '  autofix_prs: false',
    '',
  ].join('\n'));
});

test('an entry that has only the commit hook gets migcheck-pre-push after the whole hook item', async () => {
  const text = 'repos:\n  - repo: https://github.com/example/migcheck\n    rev: v0.0.9\n    hooks:\n      - id: migcheck\n        verbose: true\n\n  - repo: local\n    hooks:\n      - id: t\n        name: t\n        entry: "true"\n        language: system\n';
  const plan = planPreCommitConfig(text, { url: 'unused', rev: 'unused' });
  assert.is(plan.content, 'default_install_hook_types: [pre-commit, pre-merge-commit, pre-push]\nrepos:\n  - repo: https://github.com/example/migcheck\n    rev: v0.0.9\n    hooks:\n      - id: migcheck\n        verbose: true\n      - id: migcheck-pre-push\n\n  - repo: local\n    hooks:\n      - id: t\n        name: t\n        entry: "true"\n        language: system\n');
  await validate(plan.content!);
});

test('repos in flow style is left to the user with the entry to paste; values that need quoting are quoted', async () => {
  const plan = planPreCommitConfig('repos: [{repo: local, hooks: [{id: t, name: t, entry: "true", language: system}]}]\n', REPO);
  assert.equal(plan.manual.map((m) => m.snippet), ['  - repo: https://github.com/example/migcheck\n    rev: v0.1.0\n    hooks:\n      - id: migcheck\n      - id: migcheck-pre-push']);
  assert.is(plan.content, 'default_install_hook_types: [pre-commit, pre-merge-commit, pre-push]\nrepos: [{repo: local, hooks: [{id: t, name: t, entry: "true", language: system}]}]\n');
  const odd = planPreCommitConfig(undefined, { url: '/tmp/a dir/migcheck#1', rev: 'abc' });
  assert.equal(((await loadYaml([odd.content!]))[0] as { repos: { repo: string }[] }).repos[0]!.repo, '/tmp/a dir/migcheck#1');
  assert.throws(() => planPreCommitConfig(undefined, { url: '--upload-pack=x', rev: 'v1' }), /init: --hook-repo "--upload-pack=x" is not a git URL or revision pre-commit can use/);
  assert.throws(() => planPreCommitConfig(undefined, { url: 'https://x/y', rev: 'v1\nx' }), /--hook-rev/);
});

test.run();
