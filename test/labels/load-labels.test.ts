import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cleanEnv, withRepo, type Repo } from '../helpers/repo.js';
import { readListedTrees, type TreeSpec } from '../../src/trees/read-listed-trees.js';
import { ParseCache, PARSE_CACHE_FILE } from '../../src/cache/parse-cache.js';
import { openRepository } from '../../src/git/open-repository.js';
import type { Environment, RevisionFile } from '../../src/core/types.js';
import { CLI, cliModule, ENV, gitCommands, openstackFiles, revision, traceFileOf, VERSIONS } from './label-helpers.js';

/** `rev: labels / depends_on` of one environment's files, as strings (`expression:` for unresolved items). */
const labelsOf = (files: RevisionFile[]) => Object.fromEntries(files.map((f) => [f.revision, [
  ...f.branchLabels.map((i) => (i.kind === 'string' ? i.value : `expression:${i.text}`)),
  ...f.dependsOn.map((i) => (i.kind === 'string' ? `depends:${i.value}` : `depends-expression:${i.text}`)),
].join(' ')]));

async function load(repo: Repo, specs: TreeSpec[], env: Environment = ENV, cache: ParseCache | null = null) {
  const git = await openRepository(repo.dir, cleanEnv());
  return readListedTrees(git, [env], specs, { cache });
}

test('the parse cache keeps the blob\'s own parse; the resolution is redone against the current module', async () => {
  await withRepo(async (repo) => {
    await repo.commit('neutron', openstackFiles());
    const git = await openRepository(repo.dir, cleanEnv());
    const cold = await readListedTrees(git, [ENV], [{ name: 'index' }], { cache: await ParseCache.open(git.commonDir, 'labels-test') });
    assert.equal(labelsOf(cold.trees[0]!.files[0]!), { c1: 'contract', c2: '', e1: 'expand', e2: '', kilo: '' });
    // Five revision blobs and cli.py, one batched reader; five parses.
    assert.equal(cold.stats, { blobsRead: 6, parsed: 5, cacheHits: 0 });

    const stored = JSON.parse(await readFile(join(git.commonDir, 'migcheck', PARSE_CACHE_FILE), 'utf8'));
    const e1 = Object.values(stored.entries as Record<string, { p: string; f: RevisionFile }>).find((entry) => entry.p.endsWith('e1_expand_initial.py'))!;
    assert.equal(e1.f.branchLabels, [{ kind: 'expression', text: 'cli.EXPAND_BRANCH' }]);
    assert.equal(e1.f.problems, []);

    await repo.write({ [CLI]: cliModule('expand_v2', 'contract_v2') });
    await repo.exec(['add', CLI]);
    const warm = await readListedTrees(git, [ENV], [{ name: 'index' }], { cache: await ParseCache.open(git.commonDir, 'labels-test') });
    assert.equal(labelsOf(warm.trees[0]!.files[0]!), { c1: 'contract_v2', c2: '', e1: 'expand_v2', e2: '', kilo: '' });
    // Nothing parsed again; the two labelled revision blobs are read for their imports, and cli.py.
    assert.equal(warm.stats, { blobsRead: 3, parsed: 0, cacheHits: 5 });
  });
});

test('one load of several trees: each tree\'s own module, a commit named twice listed once', async () => {
  await withRepo(async (repo) => {
    const first = await repo.commit('neutron', openstackFiles());
    const second = await repo.commit('renamed', { [CLI]: cliModule('expand_v2', 'contract_v2') });
    await repo.write({ [CLI]: cliModule('expand_disk', 'contract_disk') });
    const result = await load(repo, [{ name: 'base', commit: first }, { name: 'head', commit: second }, { name: 'target', commit: second }, { name: 'index' }, { name: 'worktree' }]);
    assert.equal(result.trees.map((tree) => labelsOf(tree.files[0]!).e1), ['expand', 'expand_v2', 'expand_v2', 'expand_v2', 'expand_disk']);
  });
});

test('a relative import (`from .. import branches`) reads the module next to the script directory, not a namesake', async () => {
  await withRepo(async (repo) => {
    const env: Environment = { ...ENV, config: 'pkg/alembic.ini', scriptLocation: 'pkg/migrations', versionLocations: ['pkg/migrations/versions'] };
    await repo.commit('relative', {
      'pkg/migrations/branches.py': "EXPAND = 'expand'\nCONTRACT = 'contract'\n",
      'other/migrations/branches.py': "EXPAND = 'wrong'\nCONTRACT = 'wrong'\n",
      'pkg/migrations/versions/a_base.py': revision('a', undefined),
      'pkg/migrations/versions/b_expand.py': revision('b', 'a', '(branches.EXPAND,)', 'from .. import branches'),
      'pkg/migrations/versions/c_contract.py': revision('c', 'a', 'CONTRACT', 'from ..branches import CONTRACT'),
    });
    const result = await load(repo, [{ name: 'index' }, { name: 'worktree' }], env);
    for (const tree of result.trees) assert.equal(labelsOf(tree.files[0]!), { a: '', b: 'expand', c: 'contract' }, tree.spec.name);
  });
});

test('an absolute import under a prefix (src/ layout) picks the module nearest the revision file; depends_on constants too', async () => {
  await withRepo(async (repo) => {
    const env: Environment = { ...ENV, config: 'src/alembic.ini', scriptLocation: `src/${ENV.scriptLocation}`, versionLocations: [`src/${VERSIONS}`] };
    const V = `src/${VERSIONS}`;
    await repo.commit('src layout', {
      [`src/${CLI}`]: `${cliModule()}KILO = 'kilo'\n`,
      [`vendor/old/${CLI}`]: cliModule('wrong', 'wrong'),
      [`${V}/kilo_initial.py`]: revision('kilo', undefined),
      [`${V}/e1_expand.py`]: revision('e1', 'kilo', '(cli.EXPAND_BRANCH,)', 'from neutron.db.migration import cli', '(cli.KILO,)'),
      [`${V}/c1_contract.py`]: revision('c1', 'kilo', 'cli.CONTRACT_BRANCH', 'import neutron.db.migration.cli as cli'),
    });
    const result = await load(repo, [{ name: 'head', commit: 'HEAD' }, { name: 'index' }], env);
    for (const tree of result.trees) {
      assert.equal(labelsOf(tree.files[0]!), { c1: 'contract', e1: 'expand depends:kilo', kilo: '' }, tree.spec.name);
    }
  });
});

test('an unresolved item keeps its expression with a reader warning that says why', async () => {
  await withRepo(async (repo) => {
    await repo.commit('neutron', { ...openstackFiles(), [CLI]: "EXPAND_BRANCH = compute()\n" });
    const result = await load(repo, [{ name: 'index' }]);
    const files = result.trees[0]!.files[0]!;
    assert.equal(labelsOf(files), { c1: 'expression:cli.CONTRACT_BRANCH', c2: '', e1: 'expression:cli.EXPAND_BRANCH', e2: '', kilo: '' });
    assert.equal(files.find((f) => f.revision === 'e1')!.problems, [{
      severity: 'warning', line: 18, field: 'branch_labels',
      reason: 'branch_labels item cli.EXPAND_BRANCH could not be resolved to a string constant (EXPAND_BRANCH is not a string literal); it is kept as written',
    }]);
    assert.equal(files.find((f) => f.revision === 'c1')!.problems, [{
      severity: 'warning', line: 18, field: 'branch_labels',
      reason: 'branch_labels item cli.CONTRACT_BRANCH could not be resolved to a string constant (no module-level CONTRACT_BRANCH); it is kept as written',
    }]);
  });
});

test('git processes (GIT_TRACE): literal labels start none beyond the usual; expression labels add exactly one module listing (and the tree is listed, never taken from a snapshot)', async () => {
  await withRepo(async (literal) => {
    await withRepo(async (expression) => {
      await literal.commit('literal labels', openstackFiles({ labels: ["('expand',)", "('contract',)"] }));
      await expression.commit('expression labels', openstackFiles());
      const globs = "':(glob)**/cli.py' ':(glob)**/cli/__init__.py'"; // as GIT_TRACE quotes them
      for (const [args, extra] of [
        [['heads'], `ls-files -s -z -- ${globs}`],
        [['heads', '--staged'], `ls-files -s -z -- ${globs}`],
        [['heads', '--rev', 'HEAD'], `diff-tree -r -z --no-renames --end-of-options 4b825dc642cb6eb9a060e54bf8d69288fbee4904 __COMMIT__ -- ${globs}`],
      ] as const) {
        // Twice each: a cold run (parses) and a warm one (the parse cache answers).
        for (const run of ['cold', 'warm']) {
          const plain = await gitCommands(literal, [...args], traceFileOf(literal));
          const labelled = await gitCommands(expression, [...args], traceFileOf(expression));
          assert.equal([plain.result.code, plain.result.stdout], [0, 'c2 (contract) (head)\ne2 (expand) (head)\n'], `${args.join(' ')} ${run}: ${plain.result.stderr}`);
          assert.equal([labelled.result.code, labelled.result.stdout], [0, 'c2 (contract) (head)\ne2 (expand) (head)\n'], `${args.join(' ')} ${run}: ${labelled.result.stderr}`);
          assert.not.ok(plain.commands.some((c) => c.includes(':(glob)') || c.startsWith('diff-tree')), plain.commands.join('\n'));
          const commit = (await expression.exec(['rev-parse', 'HEAD'])).stdout.trim();
          const literalCommit = (await literal.exec(['rev-parse', 'HEAD'])).stdout.trim();
          const normal = (commands: string[], c: string) => commands.map((line) => line.replaceAll(c, '__COMMIT__')).sort();
          // A tree whose labels are constants depends on its modules too: it is never taken from a
          // tree snapshot, so where the literal tree is (warm), it is listed again.
          const labelledCommands = normal(labelled.commands, commit);
          const plainCommands = normal(plain.commands, literalCommit);
          const added = labelledCommands.filter((c) => !plainCommands.includes(c));
          assert.ok(plainCommands.every((c) => labelledCommands.includes(c)), `${args.join(' ')} ${run}: ${labelledCommands.join('\n')}`);
          assert.equal(added.filter((c) => !/^ls-(?:tree|files) .* -- neutron\/db\/migration\/alembic_migrations\/versions$/.test(c)), [extra], `${args.join(' ')} ${run}`);
          assert.ok(added.length <= 2, `${args.join(' ')} ${run}: ${added.join('\n')}`);
        }
      }
    });
  });
});

test.run();
