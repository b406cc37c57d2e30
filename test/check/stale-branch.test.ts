/**
 * Chain 2 developed on a stale branch: `feature` forked from main at f8g9h0i1j2k3 before chain 1
 * landed there. Each commit was right when it was made, so `check` only warns (the fix is a
 * rebase, not a different commit); `check --rev` and `pre-push` judge the merged view and block,
 * naming main's head. The config can make the warning an error, and `ignore` leaves files out.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { makeRepo, type Repo } from '../helpers/repo.js';
import { revisionText } from '../helpers/revision-files.js';
import { SEED_VERSIONS, seedChain2, seedFiles, seedPath } from '../helpers/seed-story.js';
import { CHAIN1_HEAD, CHAIN2_HEAD, FORK_POINT, NEW_PATH, NEW_REV, ZEROS, assertExit, json, seedMain } from './check-helpers.js';

const MESSAGE = `${NEW_REV} revises ${FORK_POINT}, but main has since moved on to ${CHAIN1_HEAD}: merged, there would be two heads (${CHAIN1_HEAD}, ${CHAIN2_HEAD})`;
const FIX = 'run `git rebase main`, then `migcheck rebase-plan`';
const block = (mark: '⚠' | '✖', summary: string) => [
  `${SEED_VERSIONS} (backend/alembic.ini)`,
  `  ${mark} behind-target ${NEW_PATH}:16`,
  `    ${MESSAGE}`,
  `    fix: ${FIX}`,
  summary,
  '',
].join('\n');
const WARNING = block('⚠', 'migcheck: 1 warning');
const ERROR = block('✖', 'migcheck: 1 error — blocked');
const LAST = seedChain2.at(-1)!;

let repo: Repo;
let main = '';
/** The line a human pre-push report ends with: the target is the local main here. */
const against = () => `migcheck: checked against main at ${main.slice(0, 12)}\n`;
let shared = '';

test.before(async () => {
  repo = await makeRepo();
  ({ main, shared } = await seedMain(repo, 'feature'));
  await repo.exec(['checkout', '-q', 'feature']);
  await repo.commit('chain 2: first four', seedFiles(seedChain2.slice(0, -1), false));
  await repo.write(seedFiles([LAST], false));
  await repo.exec(['add', '-A']);
});

test.after(async () => {
  await repo.cleanup();
});

test('check (the index) passes with a behind-target warning naming main\'s head', async () => {
  const [human, asJson, github] = await Promise.all([
    repo.migcheck(['check']),
    repo.migcheck(['check', '--format', 'json']),
    repo.migcheck(['check', '--format', 'github']),
  ]);
  assertExit(human, 0);
  assert.equal([human.stdout, human.stderr], [WARNING, '']);
  assertExit(github, 0);
  assert.equal([github.stdout, github.stderr], [`::warning file=${NEW_PATH},line=16,title=migcheck behind-target::${MESSAGE}%0Afix: ${FIX}\n`, '']);
  assertExit(asJson, 0);
  assert.equal(json(asJson), {
    ok: true,
    target: { ref: 'main', commit: main, mergeBase: shared },
    environments: [{
      dir: SEED_VERSIONS,
      versionLocations: [SEED_VERSIONS],
      config: 'backend/alembic.ini',
      heads: { target: [CHAIN1_HEAD], mergeBase: [FORK_POINT], result: [CHAIN1_HEAD, CHAIN2_HEAD] },
      findings: [{
        code: 'behind-target',
        severity: 'warning',
        message: MESSAGE,
        fix: FIX,
        file: NEW_PATH,
        line: 16,
        revision: NEW_REV,
        downRevision: [FORK_POINT],
        suggestedDownRevision: [CHAIN1_HEAD],
        revisions: [CHAIN1_HEAD, CHAIN2_HEAD],
      }],
    }],
  });
});

test('config: severity behind-target = error fails the stale branch at commit time', async () => {
  await repo.write({ '.migcheckrc.json': JSON.stringify({ severity: { 'behind-target': 'error' } }) });
  await repo.exec(['add', '.migcheckrc.json']);
  try {
    const r = await repo.migcheck(['check']);
    assertExit(r, 1);
    assert.equal([r.stdout, r.stderr], [ERROR, '']);
  } finally {
    await repo.exec(['rm', '-q', '--cached', '.migcheckrc.json']);
    await repo.write({ '.migcheckrc.json': null });
  }
});

test('config: ignore leaves a file out (a kept copy of a migration stops failing the commit)', async () => {
  const copy = `${SEED_VERSIONS}/legacy_copy_of_n0o1p2q3r4s5.py`;
  await repo.write({ [copy]: await repo.read(NEW_PATH) });
  await repo.exec(['add', copy]);
  try {
    const broken = await repo.migcheck(['check', '--format', 'json']);
    assertExit(broken, 1);
    assert.equal(json(broken).environments[0].findings.map((f: any) => [f.code, f.severity, f.revision, f.files ?? f.file]), [
      ['duplicate-revision', 'error', NEW_REV, [copy, NEW_PATH]],
      ['behind-target', 'warning', NEW_REV, NEW_PATH],
    ]);
    await repo.write({ '.migcheckrc.json': JSON.stringify({ ignore: [`${SEED_VERSIONS}/legacy_*.py`] }) });
    await repo.exec(['add', '.migcheckrc.json']);
    const ignored = await repo.migcheck(['check']);
    assertExit(ignored, 0);
    assert.equal([ignored.stdout, ignored.stderr], [WARNING, '']);
  } finally {
    await repo.exec(['rm', '-q', '--cached', '.migcheckrc.json', copy]);
    await repo.write({ '.migcheckrc.json': null, [copy]: null });
  }
});

test('committed: check --rev HEAD and pre-push of the new branch block, naming main\'s head', async () => {
  const tip = await repo.commit('chain 2: fifth');
  const [rev, byHand, push, pushJson] = await Promise.all([
    repo.migcheck(['check', '--rev', 'HEAD']),
    // Run by hand (no REMOTE argument, no stdin): HEAD is checked.
    repo.migcheck(['pre-push'], { input: '' }),
    repo.migcheck(['pre-push', 'origin', 'git@example.com:shop.git'], { input: `refs/heads/feature ${tip} refs/heads/feature ${ZEROS}\n` }),
    repo.migcheck(['pre-push', '--format', 'json'], { input: `refs/heads/feature ${tip} refs/heads/feature ${ZEROS}\n` }),
  ]);
  assertExit(rev, 1);
  assert.equal([rev.stdout, rev.stderr], [ERROR, '']);
  assertExit(byHand, 1);
  assert.equal([byHand.stdout, byHand.stderr], [ERROR + against(), '']);
  assertExit(push, 1);
  assert.equal([push.stdout, push.stderr], [ERROR + against(), '']);
  assertExit(pushJson, 1);
  const doc = json(pushJson);
  assert.equal([doc.ok, doc.rev, doc.target], [false, { ref: 'feature', commit: tip }, { ref: 'main', commit: main, mergeBase: shared }]);
  assert.equal(doc.environments[0].findings.map((f: any) => [f.code, f.severity, f.suggestedDownRevision]), [['behind-target', 'error', [CHAIN1_HEAD]]]);
});

test('pre-push: deletions skipped, several refs each checked, git with empty stdin is an up-to-date push', async () => {
  const tip = (await repo.exec(['rev-parse', 'feature'])).stdout.trim();
  const deletion = `(delete) ${ZEROS} refs/heads/old-feature ${shared}\n`;
  const mainLine = `refs/heads/main ${main} refs/heads/main ${shared}\n`;
  const featureLine = `refs/heads/feature ${tip} refs/heads/feature ${ZEROS}\n`;
  const [onlyDeletion, mainOnly, several, severalJson, upToDate] = await Promise.all([
    repo.migcheck(['pre-push', 'origin', 'url'], { input: deletion }),
    repo.migcheck(['pre-push', 'origin', 'url'], { input: deletion + mainLine }),
    repo.migcheck(['pre-push', 'origin', 'url'], { input: mainLine + deletion + featureLine }),
    repo.migcheck(['pre-push', 'origin', 'url', '--format', 'json'], { input: mainLine + deletion + featureLine }),
    repo.migcheck(['pre-push', 'origin', 'url'], { input: '' }),
  ]);
  assertExit(onlyDeletion, 0);
  assert.is(onlyDeletion.stdout + onlyDeletion.stderr, '');
  assertExit(mainOnly, 0);
  assert.equal([mainOnly.stdout, mainOnly.stderr], [`migcheck: ok — ${SEED_VERSIONS}: head ${CHAIN1_HEAD}\n${against()}`, '']);
  // main is clean and prints nothing beside the feature's block; the feature blocks the push.
  assertExit(several, 1);
  assert.equal([several.stdout, several.stderr], [ERROR + against(), '']);
  assertExit(severalJson, 1);
  const reports = json(severalJson);
  assert.ok(Array.isArray(reports), 'one report per pushed tip');
  assert.equal(reports.map((r: any) => [r.ok, r.rev, r.environments[0].heads.result]), [
    [true, { ref: 'main', commit: main }, [CHAIN1_HEAD]],
    [false, { ref: 'feature', commit: tip }, [CHAIN1_HEAD, CHAIN2_HEAD]],
  ]);
  assertExit(upToDate, 0);
  assert.is(upToDate.stdout + upToDate.stderr, '');
});

test('pre-push under the pre-commit framework: PRE_COMMIT_FROM_REF/TO_REF with empty stdin', async () => {
  const tip = (await repo.exec(['rev-parse', 'feature'])).stdout.trim();
  const env = { PRE_COMMIT_FROM_REF: shared, PRE_COMMIT_TO_REF: tip, PRE_COMMIT_REMOTE_NAME: 'origin', PRE_COMMIT_REMOTE_URL: 'url', PRE_COMMIT_REMOTE_BRANCH: 'refs/heads/feature', PRE_COMMIT_LOCAL_BRANCH: 'refs/heads/feature' };
  const [blocked, clean] = await Promise.all([
    repo.migcheck(['pre-push'], { input: '', env }),
    repo.migcheck(['pre-push'], { input: '', env: { ...env, PRE_COMMIT_TO_REF: main, PRE_COMMIT_LOCAL_BRANCH: 'refs/heads/main', PRE_COMMIT_REMOTE_BRANCH: 'refs/heads/main' } }),
  ]);
  assertExit(blocked, 1);
  assert.equal([blocked.stdout, blocked.stderr], [ERROR + against(), '']);
  assertExit(clean, 0);
  assert.equal([clean.stdout, clean.stderr], [`migcheck: ok — ${SEED_VERSIONS}: head ${CHAIN1_HEAD}\n${against()}`, '']);
});

test('after `git rebase main` and re-pointing n0o1p2q3r4s5, check --rev HEAD and pre-push pass', async () => {
  const rebase = await repo.exec(['rebase', '-q', 'main']);
  assert.is(rebase.code, 0, rebase.stderr);
  const fixed = await repo.commit('re-point chain 2 onto k8l9m0n1o2p3', {
    [NEW_PATH]: revisionText({ ...seedChain2[0]!, down: [CHAIN1_HEAD] }),
  });
  assert.ok(seedPath(seedChain2[0]!) === NEW_PATH);
  const [rev, push] = await Promise.all([
    repo.migcheck(['check', '--rev', 'HEAD']),
    repo.migcheck(['pre-push', 'origin', 'url'], { input: `refs/heads/feature ${fixed} refs/heads/feature ${ZEROS}\n` }),
  ]);
  for (const [r, after] of [[rev, ''], [push, against()]] as const) {
    assertExit(r, 0);
    assert.equal([r.stdout, r.stderr], [`migcheck: ok — ${SEED_VERSIONS}: head ${CHAIN2_HEAD}\n${after}`, '']);
  }
});

test.run();
