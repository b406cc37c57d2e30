/**
 * The job summary: `migcheck check` run in GitHub Actions (GITHUB_STEP_SUMMARY set) appends the
 * whole report as Markdown, in every --format, without changing stdout or the exit code; text
 * from the repository cannot break the table or inject HTML; a report too big for GitHub's 1 MiB
 * is cut with a line that says how much is missing.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withRepo } from '../helpers/repo.js';
import { CHAIN1_HEAD, FORK_POINT, NEW_PATH, assertExit, downRevisionLine, newRevision, seedMain } from '../check/check-helpers.js';
import { markdownCell, markdownCode, renderCheckSummary } from '../../src/render/check-summary.js';
import type { CheckReport, Finding } from '../../src/core/types.js';

async function withSummaryFile<T>(fn: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'migcheck-summary-'));
  try {
    const path = join(dir, 'step_summary');
    await writeFile(path, '');
    return await fn(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('check --rev in GitHub Actions appends the report to the summary, in every format, leaving stdout as it was', async () => {
  await withRepo(async (repo) => {
    await seedMain(repo);
    await repo.exec(['checkout', '-q', '-b', 'feature']);
    const head = await repo.commit('bypass', { [NEW_PATH]: newRevision(FORK_POINT) });
    const line = downRevisionLine(newRevision(FORK_POINT));
    await withSummaryFile(async (path) => {
      const env = { GITHUB_STEP_SUMMARY: path, GITHUB_SERVER_URL: 'https://github.example', GITHUB_REPOSITORY: 'acme/app' };
      const plain = await repo.migcheck(['check', '--rev', 'HEAD', '--format', 'github']);
      const inActions = await repo.migcheck(['check', '--rev', 'HEAD', '--format', 'github'], { env });
      assertExit(inActions, 1);
      assert.is(inActions.stdout, plain.stdout);
      const summary = await readFile(path, 'utf8');
      assert.ok(summary.startsWith('## ✖ migcheck: 1 error — blocked\n\nChecked `HEAD`'), summary);
      assert.ok(summary.includes(`[\`${NEW_PATH}:${line}\`](https://github.example/acme/app/blob/${head}/${NEW_PATH}#L${line})`), summary);
      assert.ok(summary.includes(`**fix:** set down_revision = '${CHAIN1_HEAD}'`), summary);

      for (const format of ['human', 'json', 'sarif']) {
        const r = await repo.migcheck(['check', '--rev', 'HEAD', '--format', format], { env });
        assertExit(r, 1);
      }
      const all = await readFile(path, 'utf8');
      assert.is(all.split('## ✖ migcheck: 1 error — blocked').length - 1, 4, 'one summary per run, appended');

      // The staged check (the hook's) writes one too, without links (the index has no commit).
      await repo.exec(['checkout', '-q', '-b', 'second', 'main']);
      await repo.write({ [NEW_PATH]: newRevision(FORK_POINT) });
      await repo.exec(['add', NEW_PATH]);
      await writeFile(path, '');
      assertExit(await repo.migcheck(['check'], { env }), 1);
      const staged = await readFile(path, 'utf8');
      assert.ok(staged.includes('Checked the staged changes against `main`'), staged);
      assert.ok(staged.includes(`| ✖ error | \`bypassed-chain\` | \`${NEW_PATH}:${line}\` |`), staged);
    });
  });
});

test('an unwritable summary file: the check still answers (exit 1), with one line on stderr', async () => {
  await withRepo(async (repo) => {
    await seedMain(repo);
    await repo.exec(['checkout', '-q', '-b', 'feature']);
    await repo.commit('bypass', { [NEW_PATH]: newRevision(FORK_POINT) });
    const r = await repo.migcheck(['check', '--rev', 'HEAD'], { env: { GITHUB_STEP_SUMMARY: join(repo.dir, 'no/such/dir/summary') } });
    assertExit(r, 1);
    assert.match(r.stderr, /^migcheck: could not write the job summary to .*no\/such\/dir\/summary: ENOENT[^\n]*\n$/);
  });
});

const finding = (over: Partial<Finding>): Finding => ({ code: 'missing-parent', severity: 'error', message: 'm', ...over });
const report = (findings: Finding[], dir = 'db/versions'): CheckReport => ({
  ok: false,
  tree: 'head',
  rev: { ref: 'feature', commit: 'a'.repeat(40) },
  target: { ref: 'origin/main', commit: 'b'.repeat(40), mergeBase: 'c'.repeat(40) },
  environments: [{ dir, versionLocations: [dir], heads: { target: ['t'], mergeBase: ['b'], result: ['r1', 'r2'] }, findings }],
});

test('repository text cannot break the table or inject HTML', () => {
  const text = renderCheckSummary([report([finding({
    file: 'db/versions/a|b <img src=x> `tick`.py',
    line: 3,
    message: "x revises 'y|z', see `a|b` and <script>alert(1)</script>\nsecond line",
    fix: 'run `migcheck merge` & retry',
  })], 'db/ver|sions <b>')]);
  const row = text.split('\n').find((l) => l.startsWith('| ✖'))!;
  // Five cell borders exactly: every pipe of the text is escaped.
  assert.is(row.replace(/\\\|/g, '').split('|').length, 6, row);
  // Outside code spans (whose content GitHub shows literally) no tag of the repository's survives.
  const outsideCode = text.replace(/(`+)[\s\S]*?[^`]\1(?!`)/g, '');
  assert.not.ok(/<(script|img|b)\b/.test(outsideCode), outsideCode);
  assert.ok(row.includes('&lt;script&gt;'), row);
  assert.ok(row.includes('`a\\|b`'), 'pipes escaped inside code spans too');
  assert.ok(row.includes('<br>second line'), row);
  assert.ok(row.includes('``db/versions/a\\|b <img src=x> `tick`.py:3``'), 'a path with a backtick gets a longer fence');
  assert.ok(text.includes('### `db/ver|sions <b>`'), 'headings keep the path in a code span');
});

test('markdownCode and markdownCell', () => {
  assert.is(markdownCode('plain'), '`plain`');
  assert.is(markdownCode('a`b'), '``a`b``');
  assert.is(markdownCode('`edge'), '`` `edge ``');
  assert.is(markdownCell('a | b\nc'), 'a \\| b<br>c');
  assert.is(markdownCell('<i> `<i>`'), '&lt;i&gt; `<i>`');
});

test('over the budget: cut between rows, with a line that counts what is missing', () => {
  const findings = Array.from({ length: 200 }, (_, i) => finding({ file: `db/versions/f${i}.py`, line: 1, message: `finding ${i} ${'x'.repeat(100)}` }));
  const text = renderCheckSummary([report(findings)], { budget: 6_000 });
  assert.ok(new TextEncoder().encode(text).length <= 6_000, `${text.length}`);
  const rows = text.split('\n').filter((l) => l.startsWith('| ✖')).length;
  assert.ok(rows > 5 && rows < 200, `${rows}`);
  assert.ok(text.trimEnd().endsWith(`${200 - rows} more findings did not fit in the job summary (GitHub keeps 1 MiB per step): see the step's log or the SARIF file.`), text.slice(-300));
  const whole = renderCheckSummary([report(findings)]);
  assert.is(whole.split('\n').filter((l) => l.startsWith('| ✖')).length, 200);
});

test('an empty check (nothing to compare yet) and several pushed tips', () => {
  assert.is(renderCheckSummary([]), '## ✔ migcheck: ok\n');
  const two = renderCheckSummary([report([finding({ severity: 'warning', code: 'behind-target' })]), { ...report([]), rev: { ref: 'other', commit: 'd'.repeat(40) } }]);
  assert.ok(two.startsWith('## ⚠ migcheck: 1 warning\n'), two);
  assert.ok(two.includes('Checked `feature`') && two.includes('Checked `other`'), two);
  assert.ok(two.includes('No findings.'), two);
});

test.run();
