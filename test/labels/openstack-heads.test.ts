import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, repoAt, run, withRepo } from '../helpers/repo.js';
import { alembicOracles, requireOracles } from '../helpers/alembic.js';
import { alembicHeads, CLI, cliModule, openstackFiles, sortedLines, VERSIONS } from './label-helpers.js';

const HEADS = 'c2 (contract) (head)\ne2 (expand) (head)\n';
const OK = `migcheck: ok — ${VERSIONS}: heads c2, e2\n`;

test('OpenStack layout: heads resolves cli.EXPAND_BRANCH / cli.CONTRACT_BRANCH like Alembic, in every tree', async () => {
  await withRepo(async (repo) => {
    await repo.commit('neutron', openstackFiles());
    for (const args of [['heads'], ['heads', '--staged'], ['heads', '--rev', 'HEAD']]) {
      const r = await repo.migcheck(args);
      assert.equal([r.code, r.stdout, r.stderr], [0, HEADS, ''], args.join(' '));
    }
    if (!(await requireOracles())) return;
    for (const version of await alembicOracles()) {
      const oracle = await alembicHeads(repo, version);
      assert.is(oracle.code, 0, `Alembic ${version.version}: ${oracle.stderr}`);
      assert.equal(sortedLines(oracle.stdout), sortedLines(HEADS), `Alembic ${version.version}`);
    }
  });
});

test('OpenStack layout: check --rev HEAD reports no multiple-heads; without the labels it does', async () => {
  await withRepo(async (repo) => {
    await repo.commit('neutron', openstackFiles());
    const labelled = await repo.migcheck(['check', '--rev', 'HEAD']);
    assert.equal([labelled.code, labelled.stdout, labelled.stderr], [0, OK, '']);

    // The control: the same chains unlabelled are a fork, so the labels above are what allowed it.
    await repo.commit('drop the labels', openstackFiles({ labels: ['None', 'None'] }));
    const unlabelled = await repo.migcheck(['check', '--rev', 'HEAD', '--format', 'json']);
    assert.is(unlabelled.code, 1, unlabelled.stderr);
    const codes = JSON.parse(unlabelled.stdout).environments[0].findings.map((f: { code: string }) => f.code);
    assert.ok(codes.includes('multiple-heads'), codes.join(', '));
  });
});

test('the module missing: labels stay as their expression text, an unresolved-label warning each, still no multiple-heads', async () => {
  await withRepo(async (repo) => {
    await repo.commit('neutron', { ...openstackFiles(), [CLI]: null });
    const heads = await repo.migcheck(['heads', '--rev', 'HEAD']);
    assert.equal([heads.code, heads.stdout], [0, 'c2 (cli.CONTRACT_BRANCH) (head)\ne2 (cli.EXPAND_BRANCH) (head)\n']);
    const check = await repo.migcheck(['check', '--rev', 'HEAD', '--format', 'json']);
    assert.is(check.code, 0, check.stderr);
    const report = JSON.parse(check.stdout);
    assert.is(report.ok, true);
    assert.equal(report.environments[0].findings, [
      {
        code: 'unresolved-label', severity: 'warning',
        message: "branch_labels of 'c1' holds cli.CONTRACT_BRANCH, which cannot be read without running Python: migcheck counts it as a label named 'cli.CONTRACT_BRANCH'",
        fix: 'write branch_labels as string literals to let migcheck check it',
        file: `${VERSIONS}/c1_contract_initial.py`, line: 18, revision: 'c1',
      },
      {
        code: 'unresolved-label', severity: 'warning',
        message: "branch_labels of 'e1' holds cli.EXPAND_BRANCH, which cannot be read without running Python: migcheck counts it as a label named 'cli.EXPAND_BRANCH'",
        fix: 'write branch_labels as string literals to let migcheck check it',
        file: `${VERSIONS}/e1_expand_initial.py`, line: 18, revision: 'e1',
      },
    ]);
  });
});

test('each tree reads the module of the same tree: --rev the commit, --staged the index, heads the working tree', async () => {
  await withRepo(async (repo) => {
    const first = await repo.commit('neutron', openstackFiles());
    await repo.commit('renamed branches', { [CLI]: cliModule('expand_v2', 'contract_v2') });
    await repo.write({ [CLI]: cliModule('expand_staged', 'contract_staged') });
    await repo.exec(['add', CLI]);
    await repo.write({ [CLI]: cliModule('expand_disk', 'contract_disk') });
    const heads = async (args: string[]) => {
      const r = await repo.migcheck(['heads', ...args]);
      assert.is(r.code, 0, r.stderr);
      return r.stdout;
    };
    assert.is(await heads(['--rev', first]), HEADS);
    assert.is(await heads(['--rev', 'HEAD']), 'c2 (contract_v2) (head)\ne2 (expand_v2) (head)\n');
    assert.is(await heads(['--staged']), 'c2 (contract_staged) (head)\ne2 (expand_staged) (head)\n');
    assert.is(await heads([]), 'c2 (contract_disk) (head)\ne2 (expand_disk) (head)\n');
  });
});

test('a SHA-256 repository: --rev lists the commit\'s modules from its own empty tree', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'migcheck-sha256-'));
  const init = await run('git', ['init', '--quiet', '--initial-branch=main', '--object-format=sha256'], { cwd: dir, env: cleanEnv() });
  assert.is(init.code, 0, init.stderr);
  const repo = repoAt(dir);
  try {
    await repo.commit('neutron', openstackFiles());
    for (const args of [['heads', '--rev', 'HEAD'], ['heads', '--staged']]) {
      const r = await repo.migcheck(args);
      assert.equal([r.code, r.stdout, r.stderr], [0, HEADS, ''], args.join(' '));
    }
  } finally {
    await repo.cleanup();
  }
});

test.run();
