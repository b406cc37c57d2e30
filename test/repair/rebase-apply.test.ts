import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { hasAlembic, withRepo, type Repo } from '../helpers/repo.js';
import { revisionText, type RevisionSpec } from '../helpers/revision-files.js';
import { seedAuthOnboarding, seedChain1, seedChain2, seedFiles, seedPath, seedShared, SEED_VERSIONS } from '../helpers/seed-story.js';
import { alembicHeads } from './helpers/alembic-oracle.js';
import { git, migcheck } from './helpers/run-quiet.js';

const INI = 'backend/alembic.ini';
const n0 = seedChain2[0]!;

/** main gains chain 1 after a branch forked at f8g9h0i1j2k3 and wrote chain 2. */
async function staleChain2(repo: Repo, rebase: boolean, style?: RevisionSpec['style'], crlf = false): Promise<void> {
  await repo.commit('main: shared', seedFiles(seedShared));
  await git(repo, ['switch', '-q', '-c', 'symbols']);
  const files: Record<string, string> = {};
  for (const spec of seedChain2) {
    const text = revisionText({ ...spec, style });
    files[seedPath(spec)] = crlf ? text.replace(/\n/g, '\r\n') : text;
  }
  await repo.commit('chain 2', files);
  await git(repo, ['switch', '-q', 'main']);
  await repo.commit('main: chain 1', seedFiles(seedChain1, false));
  await git(repo, ['switch', '-q', 'symbols']);
  if (rebase) assert.is((await git(repo, ['rebase', '-q', 'main'])).code, 0);
}

test('chain 2 from a stale branch, after git rebase: n0o1p2q3r4s5 re-pointed onto k8l9m0n1o2p3', () =>
  withRepo(async (repo) => {
    await staleChain2(repo, true);
    const plan = await migcheck(repo, ['rebase-plan', '--target', 'main']);
    assert.is(plan.stdout, [
      `${SEED_VERSIONS}: put this branch's migrations on top of main's head k8l9m0n1o2p3`,
      `  1. Rewrite down_revision of n0o1p2q3r4s5 (${seedPath(n0)}): f8g9h0i1j2k3 → k8l9m0n1o2p3`,
      '  Result: single head r4s5t6u7v8w9',
      '',
      'Run `migcheck rebase-plan --apply` to make these edits (it never stages or commits).',
      '',
    ].join('\n'));
    const r = await migcheck(repo, ['rebase-plan', '--target', 'main', '--apply']);
    assert.is(r.code, 0, r.stderr);
    assert.is(await repo.read(seedPath(n0)), revisionText(n0).replace('Revises: f8g9h0i1j2k3', 'Revises: k8l9m0n1o2p3').replace("= 'f8g9h0i1j2k3'", "= 'k8l9m0n1o2p3'"));
    if (await hasAlembic()) assert.equal(await alembicHeads(repo.dir, INI), ['r4s5t6u7v8w9']);
  }));

test('CRLF plain-style files round-trip byte for byte', () =>
  withRepo(async (repo) => {
    await staleChain2(repo, true, 'plain', true);
    const before = revisionText({ ...n0, style: 'plain' }).replace(/\n/g, '\r\n');
    assert.is(await repo.read(seedPath(n0)), before);
    const r = await migcheck(repo, ['rebase-plan', '--target', 'main', '--apply']);
    assert.is(r.code, 0, r.stderr);
    assert.is(await repo.read(seedPath(n0)), before.replace('Revises: f8g9h0i1j2k3', 'Revises: k8l9m0n1o2p3').replace("down_revision = 'f8g9h0i1j2k3'", "down_revision = 'k8l9m0n1o2p3'"));
    for (const spec of seedChain2.slice(1)) assert.is(await repo.read(seedPath(spec)), revisionText({ ...spec, style: 'plain' }).replace(/\n/g, '\r\n'));
  }));

test('a branch with two new chains is linearised in commit order; Alembic sees one head', () =>
  withRepo(async (repo) => {
    await repo.commit('main', seedFiles([...seedShared, ...seedChain1]));
    await git(repo, ['switch', '-q', '-c', 'two-chains']);
    const b: RevisionSpec = { rev: 'bbbb00000001', down: ['k8l9m0n1o2p3'], message: 'b one' };
    const a1: RevisionSpec = { rev: 'aaaa00000001', down: ['k8l9m0n1o2p3'], message: 'a one' };
    const a2: RevisionSpec = { rev: 'aaaa00000002', down: ['aaaa00000001'], message: 'a two' };
    await repo.commit('b', seedFiles([b], false));
    await repo.commit('a', seedFiles([a1, a2], false));
    const r = await migcheck(repo, ['rebase-plan', '--target', 'main', '--format', 'json']);
    assert.equal(JSON.parse(r.stdout).environments[0].steps, [{ action: 'repoint', revision: 'aaaa00000001', file: seedPath(a1), from: ['k8l9m0n1o2p3'], to: ['bbbb00000001'] }]);
    assert.equal(JSON.parse(r.stdout).environments[0].resultHeads, ['aaaa00000002']);
    assert.is((await migcheck(repo, ['rebase-plan', '--target', 'main', '--apply'])).code, 0);
    if (await hasAlembic()) assert.equal(await alembicHeads(repo.dir, INI), ['aaaa00000002']);
  }));

test('a target with two heads: say so, propose migcheck merge on it, exit 1, nothing written', () =>
  withRepo(async (repo) => {
    await repo.commit('main: both chains', seedFiles([...seedShared, ...seedChain1, ...seedChain2]));
    await git(repo, ['switch', '-q', '-c', 'AuthOnboarding']);
    await repo.commit('auth', seedFiles(seedAuthOnboarding, false));
    const r = await migcheck(repo, ['rebase-plan', '--target', 'main', '--apply']);
    assert.is(r.code, 1);
    assert.is(r.stdout, `${SEED_VERSIONS}: the target main itself has 2 heads (k8l9m0n1o2p3, r4s5t6u7v8w9); merge them on main first (\`git switch main && migcheck merge\`), then run migcheck rebase-plan again\n`);
    assert.is(r.stderr, 'migcheck: refusing to apply: the plan has no steps to perform until the target has a single head. Nothing was changed.\n');
    assert.is((await git(repo, ['status', '--porcelain'])).stdout, '');
  }));

// ── refusals: exact message, exit 2, the file untouched ──────────────────────

async function refusal(repo: Repo, file: string, expected: string): Promise<void> {
  const before = await repo.read(file).catch(() => undefined);
  const r = await migcheck(repo, ['rebase-plan', '--target', 'main', '--apply']);
  assert.is(r.stderr, `migcheck: ${expected}\n`);
  assert.is(r.code, 2);
  assert.is(await repo.read(file).catch(() => undefined), before);
}

test('refuses a file with unstaged edits', () =>
  withRepo(async (repo) => {
    await staleChain2(repo, true);
    await repo.write({ [seedPath(n0)]: `${revisionText(n0)}# local note\n` });
    await refusal(repo, seedPath(n0), `refusing to edit ${seedPath(n0)}: it has unstaged edits (or is not tracked by git), and rewriting it could not be undone; commit or stage it first, then run migcheck rebase-plan --apply again. Nothing was changed.`);
  }));

test('refuses an untracked file', () =>
  withRepo(async (repo) => {
    await repo.commit('main', seedFiles([...seedShared, ...seedChain1]));
    await git(repo, ['switch', '-q', '-c', 'new']);
    const mine: RevisionSpec = { rev: 'cccc00000001', down: ['f8g9h0i1j2k3'], message: 'c' };
    await repo.write(seedFiles([mine], false));
    await refusal(repo, seedPath(mine), `refusing to edit ${seedPath(mine)}: it has unstaged edits (or is not tracked by git), and rewriting it could not be undone; commit or stage it first, then run migcheck rebase-plan --apply again. Nothing was changed.`);
  }));

test('refuses a read-only file', () =>
  withRepo(async (repo) => {
    await staleChain2(repo, true);
    await chmod(join(repo.dir, seedPath(n0)), 0o444);
    await refusal(repo, seedPath(n0), `refusing to edit ${seedPath(n0)}: it is read-only (or its folder is); make it writable, then run migcheck rebase-plan --apply again. Nothing was changed.`);
  }));

test('refuses to edit a migration whose file exists on the target', () =>
  withRepo(async (repo) => {
    await staleChain2(repo, true);
    // The branch renamed the revision id inside a file main already has.
    const k8 = seedChain1[seedChain1.length - 1]!;
    await repo.commit('renumber', { [seedPath(k8)]: revisionText({ ...k8, rev: 'zzzz00000001', down: ['f8g9h0i1j2k3'] }) });
    // The plan sees the edit of a published migration: it says what cannot be fixed by moving
    // this branch's migrations (exit 1) and writes nothing.
    const before = await repo.read(seedPath(k8));
    const r = await migcheck(repo, ['rebase-plan', '--target', 'main', '--apply']);
    assert.is(r.code, 1);
    assert.match(r.stdout, `✖ edited-published ${seedPath(k8)}:15`);
    assert.match(r.stdout, "fix: restore revision = 'k8l9m0n1o2p3' and down_revision = '792ffb1ab1ad'");
    assert.is(r.stderr, "migcheck: refusing to apply: moving this branch's migrations would not fix what is listed above; fix that first, then run migcheck rebase-plan --apply again. Nothing was changed.\n");
    assert.is(await repo.read(seedPath(k8)), before);
  }));

test('refuses a down_revision that is not a literal, and one assigned twice', () =>
  withRepo(async (repo) => {
    await staleChain2(repo, true);
    const path = seedPath(n0);
    const text = revisionText(n0);
    await repo.commit('expression', { [path]: text.replace("down_revision: Union[str, Sequence[str], None] = 'f8g9h0i1j2k3'", 'down_revision = PARENT\nPARENT = "x"') });
    // The reader cannot evaluate the value: the plan shows it as written, --apply refuses it.
    const plan = await migcheck(repo, ['rebase-plan', '--target', 'main']);
    assert.match(plan.stdout, `  1. Rewrite down_revision of n0o1p2q3r4s5 (${path}): \`PARENT\` → k8l9m0n1o2p3\n`);
    await refusal(repo, path, `cannot rewrite down_revision in ${path}:16: its value \`PARENT\` is not a literal string, tuple, list or None; edit it by hand. Nothing was changed.`);
    await repo.commit('twice', { [path]: text.replace("down_revision: Union[str, Sequence[str], None] = 'f8g9h0i1j2k3'\n", "down_revision = 'f8g9h0i1j2k3'\ndown_revision = 'f8g9h0i1j2k3'\n") });
    await refusal(repo, path, `cannot rewrite down_revision in ${path}: it is assigned 2 times (lines 16, 17); keep one assignment, then run migcheck rebase-plan --apply again. Nothing was changed.`);
  }));

test.run();
