/**
 * The GitHub Action's entry, driven as the runner drives it (action-helpers.ts) in real clones of
 * a real "origin": a pull_request event (the workspace checked out at the pull request's merge
 * commit, as actions/checkout does) and a merge_group event (the merge queue's branch), each
 * with the event payload file, the job summary file and GITHUB_OUTPUT. It must annotate the
 * down_revision line, put the whole report in the summary, write a valid SARIF file and the step
 * outputs, and exit 1 / 0; a shallow checkout gets the fetch-depth advice in one line (exit 2).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, repoAt, type Repo } from '../helpers/repo.js';
import { revisionText } from '../helpers/revision-files.js';
import { seedChain1, seedFiles } from '../helpers/seed-story.js';
import { CHAIN1_HEAD, FORK_POINT, NEW_PATH, NEW_REV, assertNoTrace, downRevisionLine, newRevision, seedMain } from '../check/check-helpers.js';
import { actionInputDefaults, actionMain, actionUsing, runActionEntry, workflowCommands } from './action-helpers.js';
import { sarifErrors } from './sarif-schema.js';

let origin: Repo;
let dev: Repo;
const commits: Record<string, string> = {};

const sha = async (repo: Repo, rev: string) => (await repo.exec(['rev-parse', rev])).stdout.trim();

/**
 * origin holds main (the seed's shared history + chain 1) and three pull requests:
 * #12 `feature` writes n0o1p2q3r4s5 on production's head although main continues (the seed's bypass);
 * #13 `fixed` builds it on main's head; #14 `stale` forked before chain 1 landed.
 * Each has its merge commit at refs/pull/N/merge, and #12 and #13 a merge-queue branch.
 */
test.before(async () => {
  origin = await makeRepo({ bare: true });
  dev = await makeRepo();
  await seedMain(dev, 'stale');
  commits.main = await sha(dev, 'main');
  await dev.exec(['remote', 'add', 'origin', origin.dir]);
  for (const [branch, from, down] of [['feature', 'main', FORK_POINT], ['fixed', 'main', CHAIN1_HEAD], ['stale', 'stale', FORK_POINT]] as const) {
    await dev.exec(['checkout', '-q', '-B', branch, from]);
    commits[branch] = await dev.commit(`add symbol analytics tables (${branch})`, { [NEW_PATH]: newRevision(down) });
  }
  for (const [number, branch] of [[12, 'feature'], [13, 'fixed'], [14, 'stale']] as const) {
    await dev.exec(['checkout', '-q', '--detach', 'main']);
    const merged = await dev.exec(['merge', '-q', '--no-ff', '--no-verify', '-m', `Merge ${branch} into main`, branch]);
    assert.is(merged.code, 0, merged.stderr);
    commits[`pull${number}`] = await sha(dev, 'HEAD');
    await dev.exec(['update-ref', `refs/pull/${number}/merge`, 'HEAD']);
    if (number !== 14) await dev.exec(['update-ref', `refs/heads/gh-readonly-queue/main/pr-${number}-${commits.main}`, 'HEAD']);
  }
  const pushed = await dev.exec(['push', '-q', '--no-verify', 'origin', 'refs/heads/*:refs/heads/*', 'refs/pull/*:refs/pull/*']);
  assert.is(pushed.code, 0, pushed.stderr);
});

test.after(async () => {
  await origin.cleanup();
  await dev.cleanup();
});

/**
 * A workspace as actions/checkout leaves it: `git init`, fetch (all branches for fetch-depth 0,
 * else only `ref` at that depth), then a detached checkout of `ref`.
 */
async function checkout(ref: string, depth?: number): Promise<Repo> {
  const ws = await makeRepo();
  await ws.exec(['remote', 'add', 'origin', `file://${origin.dir}`]);
  const fetched = depth === undefined
    ? await ws.exec(['fetch', '-q', '--no-tags', 'origin', '+refs/heads/*:refs/remotes/origin/*', `+${ref}:refs/remotes/checkout`])
    : await ws.exec(['fetch', '-q', '--no-tags', `--depth=${depth}`, 'origin', `+${ref}:refs/remotes/checkout`]);
  assert.is(fetched.code, 0, fetched.stderr);
  await ws.exec(['checkout', '-q', '--detach', 'refs/remotes/checkout']);
  return repoAt(ws.dir);
}

/** Runs `fn` in a fresh checkout (see checkout) and removes it afterwards. */
async function withCheckout(fn: (ws: Repo) => Promise<void>, ref: string, depth?: number): Promise<void> {
  const ws = await checkout(ref, depth);
  try {
    await fn(ws);
  } finally {
    await ws.cleanup();
  }
}

function pullRequestPayload(number: number, head: string): object {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      head: { ref: head, sha: commits[head] },
      base: { ref: 'main', sha: commits.main },
    },
  };
}

function mergeGroupPayload(number: number): object {
  const headRef = `refs/heads/gh-readonly-queue/main/pr-${number}-${commits.main}`;
  return {
    action: 'checks_requested',
    merge_group: { head_sha: commits[`pull${number}`], head_ref: headRef, base_sha: commits.main, base_ref: 'refs/heads/main' },
  };
}

const line = downRevisionLine(newRevision(FORK_POINT));

test('action.yml runs the entry on node24, and that entry exists', () => {
  assert.is(actionUsing, 'node24');
  assert.ok(existsSync(actionMain), actionMain);
  assert.equal(Object.keys(actionInputDefaults()).sort(), ['config', 'dirs', 'format', 'sarif-file', 'summary', 'target', 'working-directory']);
});

test('pull_request: the seed bypass is annotated on its down_revision line, summarised in full, written as SARIF; exit 1', async () => {
  await withCheckout(async (ws) => {
      const r = await runActionEntry(ws.dir, { event: 'pull_request', payload: pullRequestPayload(12, 'feature'), sha: commits.pull12, refName: '12/merge', inputs: { 'sarif-file': 'reports/migcheck.sarif' } });
      assert.is(r.code, 1, r.stdout + r.stderr);
      assertNoTrace(r);
      const annotations = workflowCommands(r.stdout);
      assert.is(annotations.length, 1, r.stdout);
      assert.equal(annotations[0], {
        command: 'error',
        props: { file: NEW_PATH, line: String(line), title: 'migcheck bypassed-chain' },
        message: `${NEW_REV} revises ${FORK_POINT}, but origin/main already continues from ${FORK_POINT} with 16 revisions ending at ${CHAIN1_HEAD}\nfix: set down_revision = '${CHAIN1_HEAD}' (or run \`migcheck rebase-plan\`)`,
      });
      // The human report follows in a collapsed group, where the runner reads no commands.
      assert.match(r.stdout, /::group::migcheck report\n::stop-commands::(migcheck-[\w-]+)\n[\s\S]*✖ bypassed-chain[\s\S]*\n::\1::\n::endgroup::\n$/);

      assert.ok(r.summary.startsWith('## ✖ migcheck: 1 error — blocked\n'), r.summary);
      assert.ok(r.summary.includes(`Checked \`feature\` (${commits.feature!.slice(0, 12)}) against \`origin/main\` (${commits.main!.slice(0, 12)})`), r.summary);
      assert.ok(r.summary.includes(`| ✖ error | \`bypassed-chain\` | [\`${NEW_PATH}:${line}\`](https://github.com/acme/app/blob/${commits.feature}/${NEW_PATH}#L${line}) |`), r.summary);
      assert.ok(r.summary.includes(seedChain1.map((s) => s.rev).join(' → ')), 'the bypassed chain is in the summary');

      const sarifPath = join(ws.dir, 'reports/migcheck.sarif');
      assert.equal(r.outputs, { 'sarif-file': sarifPath, ok: 'false', errors: '1', warnings: '0' });
      const log = JSON.parse(readFileSync(sarifPath, 'utf8'));
      assert.equal(sarifErrors(log), []);
      assert.equal(log.runs[0].results.map((x: any) => [x.ruleId, x.locations[0].physicalLocation.region.startLine]), [['bypassed-chain', line]]);
  }, 'refs/pull/12/merge');
});

test('pull_request built on main\'s head: exit 0, no annotation, an ok summary and ok=true', async () => {
  await withCheckout(async (ws) => {
      const r = await runActionEntry(ws.dir, { event: 'pull_request', payload: pullRequestPayload(13, 'fixed'), sha: commits.pull13 });
      assert.is(r.code, 0, r.stdout + r.stderr);
      assert.equal(workflowCommands(r.stdout), []);
      assert.ok(r.summary.startsWith('## ✔ migcheck: ok\n'), r.summary);
      assert.ok(r.summary.includes(`Heads: after the merge ${NEW_REV}`), r.summary);
      assert.equal(r.outputs, { ok: 'true', errors: '0', warnings: '0' });
  }, 'refs/pull/13/merge');
});

test('merge_group: the queue\'s commit is checked against base_sha; the bypass merged in is caught, the fixed one passes', async () => {
  await withCheckout(async (ws) => {
      const r = await runActionEntry(ws.dir, { event: 'merge_group', payload: mergeGroupPayload(12), sha: commits.pull12 });
      assert.is(r.code, 1, r.stdout + r.stderr);
      const codes = workflowCommands(r.stdout).map((a) => `${a.command}:${a.props.title}:${a.props.file}:${a.props.line}`);
      assert.ok(codes.includes(`error:migcheck bypassed-chain:${NEW_PATH}:${line}`), codes.join('\n'));
      assert.ok(r.summary.includes(`Checked \`gh-readonly-queue/main/pr-12-${commits.main}\``), r.summary);
      assert.ok(r.summary.includes('`bypassed-chain`'), r.summary);
      assert.is(r.outputs.ok, 'false');

      await ws.exec(['fetch', '-q', 'origin', `+refs/heads/gh-readonly-queue/main/pr-13-${commits.main}:refs/remotes/checkout`]);
      await ws.exec(['checkout', '-q', '--detach', 'refs/remotes/checkout']);
      const fixed = await runActionEntry(ws.dir, { event: 'merge_group', payload: mergeGroupPayload(13), sha: commits.pull13, inputs: { format: 'json' } });
      assert.is(fixed.code, 0, fixed.stdout + fixed.stderr);
      const report = JSON.parse(fixed.stdout);
      assert.equal(report.rev, { ref: `gh-readonly-queue/main/pr-13-${commits.main}`, commit: commits.pull13 });
      assert.equal(report.target, { ref: 'origin/main', commit: commits.main, mergeBase: commits.main });
      assert.equal(report.environments[0].heads.result, [NEW_REV]);
  }, `refs/heads/gh-readonly-queue/main/pr-12-${commits.main}`);
});

test('a shallow checkout (actions/checkout\'s default depth 1): one line of fetch-depth advice, exit 2, in the log and the summary', async () => {
  await withCheckout(async (ws) => {
      const r = await runActionEntry(ws.dir, { event: 'pull_request', payload: pullRequestPayload(12, 'feature'), sha: commits.pull12 });
      assert.is(r.code, 2, r.stdout + r.stderr);
      assertNoTrace(r);
      assert.equal(workflowCommands(r.stdout), [{
        command: 'error',
        props: { title: 'migcheck could not check' },
        message: `migcheck: the pull request's head commit ${commits.feature!.slice(0, 12)} is not in this clone\ncheck out with \`fetch-depth: 0\` (actions/checkout) so that both commits and their merge-base are in the clone`,
      }]);
      assert.is(r.stdout.split('\n').filter(Boolean).length, 1);
      assert.ok(r.summary.startsWith('## ✖ migcheck could not check\n'), r.summary);
      assert.ok(r.summary.includes('fetch-depth: 0'), r.summary);
      assert.equal(r.outputs, {});
  }, 'refs/pull/12/merge', 1);
});

test('both commits present but not their merge-base (fetch-depth 2 of a stale pull request): the shallow-clone advice, exit 2', async () => {
  await withCheckout(async (ws) => {
      const r = await runActionEntry(ws.dir, { event: 'pull_request', payload: pullRequestPayload(14, 'stale'), sha: commits.pull14 });
      assert.is(r.code, 2, r.stdout + r.stderr);
      const [error] = workflowCommands(r.stdout);
      // origin/main was not fetched, so the target is named by the base commit itself.
      assert.ok(error!.message.startsWith(`migcheck: no merge-base of stale and ${commits.main}: this is a shallow clone`), error!.message);
      assert.match(error!.message, /fetch-depth: 0/);
  }, 'refs/pull/14/merge', 2);
});

test('a stale pull request with full history: behind-target is an error (the merge would leave two heads)', async () => {
  await withCheckout(async (ws) => {
      const r = await runActionEntry(ws.dir, { event: 'pull_request', payload: pullRequestPayload(14, 'stale'), sha: commits.pull14, inputs: { summary: 'false' } });
      assert.is(r.code, 1, r.stdout + r.stderr);
      assert.ok(workflowCommands(r.stdout).some((a) => a.command === 'error' && a.props.title === 'migcheck behind-target'), r.stdout);
      assert.is(r.summary, '', 'summary: false writes no summary');
  }, 'refs/pull/14/merge');
});

test('push and other events: GITHUB_SHA against the target migcheck finds (origin/main here)', async () => {
  await withCheckout(async (ws) => {
      const r = await runActionEntry(ws.dir, { event: 'push', sha: commits.pull12, refName: 'main', inputs: { format: 'human' } });
      assert.is(r.code, 1, r.stdout + r.stderr);
      assert.match(r.stdout, /^::stop-commands::/);
      assert.match(r.stdout, /✖ bypassed-chain/);
      assert.ok(r.summary.includes('Checked `main`'), r.summary);
  }, 'refs/pull/12/merge');
});

test('more findings than GitHub shows: all annotated, a notice says so, the summary lists every one', async () => {
  const repo = await makeRepo();
  try {
    const files: Record<string, string> = { ...seedFiles([]) };
    for (let i = 0; i < 12; i++) files[`backend/migrations_core/versions/m${i}_orphan.py`] = revisionText({ rev: `m${i}`, down: [`gone${i}`], message: `orphan ${i}` });
    await repo.commit('orphans', files);
    const head = await sha(repo, 'HEAD');
    const r = await runActionEntry(repo.dir, { event: 'workflow_dispatch', sha: head, refName: 'main', inputs: { target: 'HEAD' } });
    assert.is(r.code, 1, r.stdout + r.stderr);
    const commands = workflowCommands(r.stdout);
    const errors = commands.filter((c) => c.command === 'error');
    assert.ok(errors.length > 12, `${errors.length}`);
    const notice = commands.find((c) => c.command === 'notice');
    assert.ok(notice && notice.message.includes(`reported ${errors.length} findings; GitHub shows 10 of them`), r.stdout);
    for (let i = 0; i < 12; i++) assert.ok(r.summary.includes(`m${i}_orphan.py`), `m${i} in the summary`);
    assert.is(r.outputs.errors, String(errors.length));
  } finally {
    await repo.cleanup();
  }
});

test('inputs and payloads the action does not understand stop it in one line (exit 2)', async () => {
  await withCheckout(async (ws) => {
      const cases: [Parameters<typeof runActionEntry>[1], RegExp][] = [
        [{ event: 'pull_request', payload: pullRequestPayload(13, 'fixed'), inputs: { format: 'xml' } }, /^migcheck: input format: "xml" is not one of github, human, json, sarif$/],
        [{ event: 'pull_request', payload: pullRequestPayload(13, 'fixed'), inputs: { summary: 'yes' } }, /^migcheck: input summary: "yes" is not true or false$/],
        [{ event: 'pull_request' }, /^migcheck: the pull_request event's payload \(GITHUB_EVENT_PATH\) could not be read: .*\nrun migcheck as a step/],
        [{ event: 'merge_group', payload: { merge_group: { head_sha: 'abc' } } }, /^migcheck: the merge_group event names no merge_group\.head_sha$/],
        [{ event: 'pull_request', payload: pullRequestPayload(13, 'fixed'), inputs: { target: '--output=x' } }, /^migcheck: --target "--output=x" is not a valid git ref|is not a valid git ref/],
        [{ event: 'pull_request', payload: pullRequestPayload(13, 'fixed'), inputs: { 'working-directory': 'nowhere' } }, /^migcheck: /],
      ];
      for (const [options, message] of cases) {
        const r = await runActionEntry(ws.dir, options);
        assert.is(r.code, 2, `${JSON.stringify(options)}\n${r.stdout}${r.stderr}`);
        assertNoTrace(r);
        const commands = workflowCommands(r.stdout);
        assert.is(commands.length, 1, r.stdout);
        assert.match(commands[0]!.message, message);
        assert.equal(r.outputs, {});
      }
  }, 'refs/pull/13/merge');
});

test.run();
