import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { withRepo } from '../helpers/repo.js';
import { snapshot } from './init-helpers.js';

const HEADER = 'migcheck init: husky + lint-staged (package.json found)';
const NPM_INSTALL = 'Next: run npm install. It installs husky and lint-staged, and the prepare script (husky) points git at .husky/.';
const RUN_HUSKY = 'Next: run npx husky (or npm install) so git uses the hooks in .husky/.';
const ADD_MIGCHECK = 'Note: migcheck is not in package.json; the hooks call the migcheck on PATH (node_modules/.bin first). Add it to devDependencies so every clone has it.';

test('a bare package.json: deps, prepare, lint-staged entry, .husky scripts; formatting kept; rerun changes nothing', async () => {
  await withRepo(async (repo) => {
    await repo.write({ 'package.json': '{\n    "name": "app",\n    "private": true,\n    "scripts": {\n        "test": "pytest"\n    }\n}\n' });
    const first = await repo.migcheck(['init']);
    assert.is(first.stderr, '');
    assert.is(first.code, 0);
    assert.is(first.stdout, [
      HEADER,
      '  updated package.json: add husky and lint-staged to devDependencies',
      '  updated package.json: set scripts.prepare to "husky" (installs the husky hooks on npm install)',
      '  updated package.json: lint-staged runs "migcheck check" for **/versions/**/*.py',
      '  created .husky/pre-commit: runs npx lint-staged',
      '  created .husky/pre-push: runs migcheck pre-push "$@"',
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
      '        "husky": "^9.1.7",',
      '        "lint-staged": "^16.4.0"',
      '    },',
      '    "lint-staged": {',
      '        "**/versions/**/*.py": "migcheck check"',
      '    }',
      '}',
      '',
    ].join('\n'));
    assert.is(await repo.read('.husky/pre-commit'), 'npx lint-staged\n');
    assert.is(await repo.read('.husky/pre-push'), 'migcheck pre-push "$@"\n');

    const before = await snapshot(repo.dir);
    const second = await repo.migcheck(['init']);
    assert.is(second.code, 0, second.stderr);
    assert.is(second.stdout, [HEADER, '  nothing to change: the hooks are already installed.', RUN_HUSKY, ADD_MIGCHECK, ''].join('\n'));
    assert.equal(await snapshot(repo.dir), before);
  });
});

test('merges into an existing husky + lint-staged set-up without clobbering it', async () => {
  await withRepo(async (repo) => {
    const pkg = {
      name: 'app',
      scripts: { build: 'tsc', prepare: 'npm run build' },
      devDependencies: { 'lint-staged': '^15.0.0', husky: '^9.0.0', migcheck: '^0.1.0' },
      'lint-staged': { '*.ts': 'eslint --fix' },
    };
    await repo.write({
      'package.json': `${JSON.stringify(pkg, null, 2)}\n`,
      '.husky/pre-commit': 'npm test',
      '.husky/pre-push': '#!/bin/sh\nnpm run e2e\n',
    });
    const result = await repo.migcheck(['init', '--dir', 'db/versions']);
    assert.is(result.stdout, [
      HEADER,
      '  updated package.json: set scripts.prepare to "npm run build && husky" (installs the husky hooks on npm install)',
      '  updated package.json: lint-staged runs "migcheck check" for db/versions/**/*.py',
      '  updated .husky/pre-commit: runs npx lint-staged',
      '  updated .husky/pre-push: runs migcheck pre-push "$@"',
      NPM_INSTALL,
      '',
    ].join('\n'));
    assert.equal(JSON.parse(await repo.read('package.json')), {
      ...pkg,
      scripts: { build: 'tsc', prepare: 'npm run build && husky' },
      'lint-staged': { '*.ts': 'eslint --fix', 'db/versions/**/*.py': 'migcheck check' },
    });
    assert.is(await repo.read('.husky/pre-commit'), 'npm test\nnpx lint-staged\n');
    assert.is(await repo.read('.husky/pre-push'), '#!/bin/sh\nnpm run e2e\nmigcheck pre-push "$@"\n');
  });
});

test('a .lintstagedrc.json gets the entry (and package.json does not)', async () => {
  await withRepo(async (repo) => {
    await repo.write({
      'package.json': '{"name": "app", "devDependencies": {"husky": "9", "lint-staged": "16", "migcheck": "0"}, "scripts": {"prepare": "husky"}}\n',
      '.lintstagedrc.json': '{\n\t"*.css": "stylelint"\n}\n',
      '.husky/pre-commit': 'lint-staged\n',
      '.husky/pre-push': 'migcheck pre-push "$@"\n',
    });
    const result = await repo.migcheck(['init']);
    assert.is(result.stdout, [HEADER, '  updated .lintstagedrc.json: lint-staged runs "migcheck check" for **/versions/**/*.py', RUN_HUSKY, ''].join('\n'));
    assert.is(await repo.read('.lintstagedrc.json'), '{\n\t"*.css": "stylelint",\n\t"**/versions/**/*.py": "migcheck check"\n}\n');
    assert.is(await repo.read('package.json'), '{"name": "app", "devDependencies": {"husky": "9", "lint-staged": "16", "migcheck": "0"}, "scripts": {"prepare": "husky"}}\n');
  });
});

test('a YAML .lintstagedrc gets one line; a JavaScript config is left to the user', async () => {
  await withRepo(async (repo) => {
    const base = { 'package.json': '{"name": "app", "devDependencies": {"husky": "9", "lint-staged": "16", "migcheck": "0"}, "scripts": {"prepare": "husky"}}\n', '.husky/pre-commit': 'npx lint-staged\n', '.husky/pre-push': 'migcheck pre-push "$@"\n' };
    await repo.write({ ...base, '.lintstagedrc': '# tasks\n"*.js": eslint\n' });
    await repo.migcheck(['init']);
    assert.is(await repo.read('.lintstagedrc'), "# tasks\n\"*.js\": eslint\n'**/versions/**/*.py': migcheck check\n");

    await repo.write({ '.lintstagedrc': null, 'lint-staged.config.js': 'export default { "*.js": "eslint" };\n' });
    const before = await snapshot(repo.dir);
    const result = await repo.migcheck(['init']);
    assert.is(result.code, 0, result.stderr);
    assert.is(result.stdout, [
      HEADER,
      '  nothing to change: the hooks are already installed.',
      RUN_HUSKY,
      'Left for you: lint-staged.config.js cannot be edited safely; add the entry "**/versions/**/*.py": "migcheck check" to it yourself.',
      '',
    ].join('\n'));
    assert.equal(await snapshot(repo.dir), before);
  });
});

test('--dry-run writes nothing', async () => {
  await withRepo(async (repo) => {
    await repo.write({ 'package.json': '{"name": "app"}\n' });
    const before = await snapshot(repo.dir);
    const result = await repo.migcheck(['init', '--dry-run']);
    assert.is(result.code, 0, result.stderr);
    assert.is(result.stdout, [
      'migcheck init --dry-run: husky + lint-staged (package.json found)',
      '  would update package.json: add husky and lint-staged to devDependencies',
      '  would update package.json: set scripts.prepare to "husky" (installs the husky hooks on npm install)',
      '  would update package.json: lint-staged runs "migcheck check" for **/versions/**/*.py',
      '  would create .husky/pre-commit: runs npx lint-staged',
      '  would create .husky/pre-push: runs migcheck pre-push "$@"',
      NPM_INSTALL,
      ADD_MIGCHECK,
      'Nothing was written (--dry-run).',
      '',
    ].join('\n'));
    assert.equal(await snapshot(repo.dir), before);
  });
});

test('environments from the config file become the lint-staged pattern', async () => {
  await withRepo(async (repo) => {
    await repo.write({
      'package.json': '{"name": "app", "migcheck": {"environments": ["services/b/versions", {"dir": ["services/a/versions", "services/a/extra"]}]}}\n',
    });
    await repo.migcheck(['init']);
    assert.equal(JSON.parse(await repo.read('package.json'))['lint-staged'], {
      '{services/a/extra,services/a/versions,services/b/versions}/**/*.py': 'migcheck check',
    });
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
