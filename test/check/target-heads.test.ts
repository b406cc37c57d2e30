/**
 * main itself has two heads (someone merged chain 2 without joining it). A branch that adds a
 * healthy migration did not cause that: `check` reports it once as a warning and passes; the CI
 * gate of main (`check --rev main`) keeps the error.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { withRepo } from '../helpers/repo.js';
import { revisionText } from '../helpers/revision-files.js';
import { SEED_VERSIONS, seedChain1, seedChain2, seedFiles, seedShared } from '../helpers/seed-story.js';
import { CHAIN1_HEAD, CHAIN2_HEAD, assertExit, json } from './check-helpers.js';

const FEATURE = { rev: 'fe0000000001', down: [CHAIN1_HEAD], message: 'add watchlists' };
const FEATURE_PATH = `${SEED_VERSIONS}/fe0000000001_add_watchlists.py`;

test('main with two heads: a healthy branch gets one preexisting warning, check --rev main fails', async () => {
  await withRepo(async (repo) => {
    const main = await repo.commit('main with both chains, unjoined', seedFiles([...seedShared, ...seedChain1, ...seedChain2]));
    await repo.exec(['checkout', '-q', '-b', 'feature']);
    await repo.write({ [FEATURE_PATH]: revisionText(FEATURE) });
    await repo.exec(['add', FEATURE_PATH]);
    const [branch, branchJson, gate, gateJson] = await Promise.all([
      repo.migcheck(['check']),
      repo.migcheck(['check', '--format', 'json']),
      repo.migcheck(['check', '--rev', 'main']),
      repo.migcheck(['check', '--rev', 'main', '--format', 'json']),
    ]);
    assertExit(branch, 0);
    assert.is(branch.stderr, '');
    assert.is(branch.stdout, [
      `${SEED_VERSIONS} (backend/alembic.ini)`,
      // The warning points at main's newest head, not at this branch's file (it did not cause it).
      `  ⚠ multiple-heads ${SEED_VERSIONS}/r4s5t6u7v8w9_add_batch_history_daily_metrics.py:16`,
      `    main itself has two heads: ${CHAIN1_HEAD}, ${CHAIN2_HEAD} (not caused by this change)`,
      `    fix: join them on main (\`migcheck merge\` there), then \`git rebase main\``,
      'migcheck: 1 warning',
      '',
    ].join('\n'));
    assertExit(branchJson, 0);
    const findings = json(branchJson).environments[0].findings;
    assert.is(findings.length, 1);
    assert.equal([findings[0].code, findings[0].severity, findings[0].preexisting], ['multiple-heads', 'warning', true]);

    assertExit(gate, 1);
    assert.is(gate.stderr, '');
    assertExit(gateJson, 1);
    const doc = json(gateJson);
    assert.equal(doc.rev, { ref: 'main', commit: main });
    assert.equal(doc.environments[0].heads.result, [CHAIN1_HEAD, CHAIN2_HEAD]);
    assert.equal(doc.environments[0].findings.map((f: any) => [f.code, f.severity, f.revisions]), [['multiple-heads', 'error', [CHAIN1_HEAD, CHAIN2_HEAD]]]);
    assert.match(gate.stdout, /✖ multiple-heads/);
    assert.ok(gate.stdout.endsWith('migcheck: 1 error — blocked\n'), gate.stdout);
  });
});

test.run();
