import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { withRepo } from '../helpers/repo.js';
import { snapshot } from './init-helpers.js';

const HEADER = 'migcheck init: husky (package.json found)';
const HUSKY_FOUND = 'migcheck init: husky (.husky/ found)';
const NPM_INSTALL = 'Next: run npm install. It installs husky, and the prepare script (husky) points git at .husky/.';
const RUN_HUSKY = 'Next: run npx husky (or npm install) so git uses the hooks in .husky/.';
const ADD_MIGCHECK = 'Note: migcheck is not in package.json; the hooks call the migcheck on PATH (node_modules/.bin first). Add it to devDependencies so every clone has it.';
const CREATED = [
  '  created .husky/pre-commit: runs migcheck check',
  '  created .husky/pre-merge-commit: runs migcheck check',
  '  created .husky/pre-push: runs migcheck pre-push "$@"',
];

test('a bare package.json: husky, prepare, three .husky scripts; formatting kept; rerun changes nothing', async () => {
  await withRepo(async (repo) => {
    await repo.write({ 'package.json': '{\n    "name": "app",\n    "private": true,\n    "scripts": {\n        "test": "pytest"\n    }\n}\n' });
    const first = await repo.migcheck(['init']);
    assert.is(first.stderr, '');
    assert.is(first.code, 0);
    assert.is(first.stdout, [
      HEADER,
      '  updated package.json: add husky to devDependencies',
      '  updated package.json: set scripts.prepare to "husky" (installs the husky hooks on install)',
      ...CREATED,
      NPM_INSTALL,
      ADD_MIGCHECK,
      '',
    ].join('\n'));
    assert.is(await repo.read('package.json'), [
      '{',
      '    "name": "app",',
      '    "private": true,',
      '    "scripts": {',
      '        "test": "pytest",',
      '        "prepare": "husky"',
      '    },',
      '    "devDependencies": {',
      '        "husky": "^9.1.7"',
      '    }',
      '}',
      '',
    ].join('\n'));
    assert.is(await repo.read('.husky/pre-commit'), 'migcheck check\n');
    assert.is(await repo.read('.husky/pre-merge-commit'), 'migcheck check\n');
    assert.is(await repo.read('.husky/pre-push'), 'migcheck pre-push "$@"\n');

    const before = await snapshot(repo.dir);
    const second = await repo.migcheck(['init']);
    assert.is(second.code, 0, second.stderr);
    assert.is(second.stdout, [HUSKY_FOUND, '  nothing to change: the hooks are already installed.', RUN_HUSKY, ADD_MIGCHECK, ''].join('\n'));
    assert.equal(await snapshot(repo.dir), before);
  });
});

test('merges into an existing husky set-up: migcheck runs before the team\'s commands, and pre-push hands them the refs', async () => {
  await withRepo(async (repo) => {
    const pkg = {
      name: 'app',
      scripts: { build: 'tsc', prepare: 'npm run build' },
      devDependencies: { 'lint-staged': '^15.0.0', husky: '^9.0.0', migcheck: '^0.1.0' },
      'lint-staged': { '*.ts': 'eslint --fix' },
    };
    await repo.write({
      'package.json': `${JSON.stringify(pkg, null, 2)}\n`,
      '.husky/pre-commit': 'npx lint-staged',
      '.husky/pre-push': '#!/bin/sh\n# e2e first\nnpm run e2e\n',
    });
    const result = await repo.migcheck(['init']);
    assert.is(result.stdout, [
      HUSKY_FOUND,
      '  updated package.json: set scripts.prepare to "npm run build && husky" (installs the husky hooks on install)',
      '  updated .husky/pre-commit: runs migcheck check',
      '  created .husky/pre-merge-commit: runs migcheck check',
      '  updated .husky/pre-push: runs migcheck pre-push "$@"',
      NPM_INSTALL,
      '',
    ].join('\n'));
    assert.equal(JSON.parse(await repo.read('package.json')), { ...pkg, scripts: { build: 'tsc', prepare: 'npm run build && husky' } });
    assert.is(await repo.read('.husky/pre-commit'), 'migcheck check\nnpx lint-staged\n');
    assert.is(await repo.read('.husky/pre-push'), [
      '#!/bin/sh',
      '# e2e first',
      '# migcheck reads the pushed refs from stdin; the commands below get the same lines.',
      'migcheck_refs=$(cat)',
      'printf \'%s\\n\' "$migcheck_refs" | migcheck pre-push "$@"',
      'exec <<migcheck_refs_end',
      '$migcheck_refs',
      'migcheck_refs_end',
      'npm run e2e',
      '',
    ].join('\n'));
  });
});

test('a set-up from an earlier init (migcheck through lint-staged) is moved to the hook itself', async () => {
  await withRepo(async (repo) => {
    await repo.write({
      'package.json': '{"name": "app", "devDependencies": {"husky": "9", "lint-staged": "16", "migcheck": "0"}, "scripts": {"prepare": "husky"}, "lint-staged": {"**/versions/**/*.py": "migcheck check"}}\n',
      '.husky/pre-commit': 'npx lint-staged\n',
      '.husky/pre-push': 'migcheck pre-push "$@"\n',
    });
    const result = await repo.migcheck(['init']);
    assert.is(result.stdout, [
      HUSKY_FOUND,
      '  updated package.json: remove migcheck\'s lint-staged entry "**/versions/**/*.py" (.husky/pre-commit runs migcheck check itself, which also sees deleted migrations and alembic.ini)',
      '  updated .husky/pre-commit: remove npx lint-staged (migcheck was its only task)',
      '  updated .husky/pre-commit: runs migcheck check',
      '  created .husky/pre-merge-commit: runs migcheck check',
      RUN_HUSKY,
      '',
    ].join('\n'));
    assert.equal(JSON.parse(await repo.read('package.json')), { name: 'app', devDependencies: { husky: '9', 'lint-staged': '16', migcheck: '0' }, scripts: { prepare: 'husky' } });
    assert.is(await repo.read('.husky/pre-commit'), 'migcheck check\n');
  });
});

test("lint-staged config files: migcheck's entry leaves JSON and YAML; the team's entries and lint-staged stay; a JavaScript config is left to the user", async () => {
  await withRepo(async (repo) => {
    const base = { 'package.json': '{"name": "app", "devDependencies": {"husky": "9", "lint-staged": "16", "migcheck": "0"}, "scripts": {"prepare": "husky"}}\n', '.husky/pre-commit': 'npx lint-staged\n' };
    await repo.write({ ...base, '.lintstagedrc.json': '{\n\t"*.css": "stylelint",\n\t"**/versions/**/*.py": "migcheck check"\n}\n' });
    await repo.migcheck(['init']);
    assert.is(await repo.read('.lintstagedrc.json'), '{\n\t"*.css": "stylelint"\n}\n');
    assert.is(await repo.read('.husky/pre-commit'), 'migcheck check\nnpx lint-staged\n');

    await repo.write({ ...base, '.lintstagedrc.json': null, '.lintstagedrc': "# tasks\n\"*.js\": eslint\n'**/versions/**/*.py': migcheck check\n" });
    await repo.migcheck(['init']);
    assert.is(await repo.read('.lintstagedrc'), '# tasks\n"*.js": eslint\n');
    assert.is(await repo.read('.husky/pre-commit'), 'migcheck check\nnpx lint-staged\n');

    await repo.write({ '.lintstagedrc': null, 'lint-staged.config.js': 'export default { "*.js": "eslint", "**/versions/**/*.py": "migcheck check" };\n' });
    const result = await repo.migcheck(['init']);
    assert.is(result.code, 0, result.stderr);
    assert.match(result.stdout, /\nLeft for you: lint-staged\.config\.js still runs migcheck through lint-staged; remove that entry \(\.husky\/pre-commit runs migcheck check itself\)\.\n$/);
  });
});

test('--dry-run writes nothing', async () => {
  await withRepo(async (repo) => {
    await repo.write({ 'package.json': '{"name": "app"}\n' });
    const before = await snapshot(repo.dir);
    const result = await repo.migcheck(['init', '--dry-run']);
    assert.is(result.code, 0, result.stderr);
    assert.is(result.stdout, [
      'migcheck init --dry-run: husky (package.json found)',
      '  would update package.json: add husky to devDependencies',
      '  would update package.json: set scripts.prepare to "husky" (installs the husky hooks on install)',
      ...CREATED.map((line) => line.replace('created', 'would create')),
      NPM_INSTALL,
      ADD_MIGCHECK,
      'Nothing was written (--dry-run).',
      '',
    ].join('\n'));
    assert.equal(await snapshot(repo.dir), before);
  });
});

test("the next step names the project's package manager: packageManager, else the lockfile; Yarn 2+ installs husky from postinstall", async () => {
  const cases: [Record<string, string>, string][] = [
    [{ 'package.json': '{"name": "app", "packageManager": "pnpm@9.12.0"}\n' }, 'Next: run pnpm install. It installs husky, and the prepare script (husky) points git at .husky/.'],
    [{ 'package.json': '{"name": "app"}\n', 'yarn.lock': '' }, 'Next: run yarn. It installs husky, and the prepare script (husky) points git at .husky/.'],
    [{ 'package.json': '{"name": "app"}\n', 'bun.lockb': '' }, 'Next: run bun install. It installs husky, and the prepare script (husky) points git at .husky/.'],
    [{ 'package.json': '{"name": "app", "packageManager": "yarn@4.5.0"}\n', 'yarn.lock': '' }, 'Next: run yarn. It installs husky, and the postinstall script (husky) points git at .husky/.'],
    [{ 'package.json': '{"name": "app"}\n', 'pnpm-lock.yaml': '', 'package-lock.json': '' }, 'Next: run pnpm install. It installs husky, and the prepare script (husky) points git at .husky/.'],
  ];
  for (const [files, next] of cases) {
    await withRepo(async (repo) => {
      await repo.write(files);
      const result = await repo.migcheck(['init']);
      assert.is(result.code, 0, result.stderr);
      assert.ok(result.stdout.split('\n').includes(next), result.stdout);
    });
  }
  await withRepo(async (repo) => {
    await repo.write({ 'package.json': '{"name": "app", "devDependencies": {"husky": "9"}, "scripts": {"prepare": "husky"}}\n', 'pnpm-lock.yaml': '' });
    const result = await repo.migcheck(['init']);
    assert.ok(result.stdout.split('\n').includes('Next: run pnpm exec husky (or pnpm install) so git uses the hooks in .husky/.'), result.stdout);
  });
  await withRepo(async (repo) => {
    await repo.write({ 'package.json': '{"name": "app"}\n', '.yarnrc.yml': 'nodeLinker: node-modules\n', 'yarn.lock': '' });
    await repo.migcheck(['init']);
    assert.equal(JSON.parse(await repo.read('package.json')).scripts, { postinstall: 'husky' });
  });
});

test('--dir and --target are refused: the hooks would not carry them', async () => {
  await withRepo(async (repo) => {
    await repo.write({ 'package.json': '{"name": "app"}\n' });
    const before = await snapshot(repo.dir);
    const result = await repo.migcheck(['init', '--dir', 'db/versions']);
    assert.is(result.code, 2);
    // The command table gives init no --dir or --target; the parser refuses them, naming what init takes.
    assert.match(result.stderr, /^migcheck: `migcheck init` takes no --dir \(its options: --dry-run, --mode, [^)]*\)\n$/);
    const target = await repo.migcheck(['init', '--target', 'origin/develop']);
    assert.is(target.code, 2);
    assert.match(target.stderr, /^migcheck: `migcheck init` takes no --target /);
    assert.equal(await snapshot(repo.dir), before);
  });
});

test('a package.json that does not parse is an exit-2 error', async () => {
  await withRepo(async (repo) => {
    await repo.write({ 'package.json': '{"name": "app",}\n' });
    const result = await repo.migcheck(['init']);
    assert.is(result.code, 2);
    assert.match(result.stderr, /^migcheck: init: cannot read package\.json: /);
  });
});

test.run();
