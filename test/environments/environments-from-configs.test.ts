import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseToml } from 'smol-toml';
import { environmentsFromConfigs, type ConfigText } from '../../src/alembic/environments-from-configs.js';
import { splitVersionLocations } from '../../src/alembic/alembic-options.js';
import { changedPathsTouchEnvironments } from '../../src/alembic/touches-environments.js';
import type { Environment } from '../../src/core/types.js';

const discover = (files: ConfigText[], scriptDirs: string[] = []) =>
  environmentsFromConfigs(files, new Set(scriptDirs), { parseToml, osPathSeparator: ':' });

const env = (over: Partial<Environment>): Environment => ({
  config: 'alembic.ini', section: 'alembic', scriptLocation: 'migrations', versionLocations: ['migrations/versions'],
  recursive: false, sourceless: false, fileTemplate: '%(rev)s_%(slug)s', truncateSlugLength: 40, ...over,
});

test('nested alembic.ini and two environments in one repository', () => {
  const result = discover([
    { path: 'services/billing/alembic.ini', text: '[alembic]\nscript_location = db/migrations\n' },
    { path: 'backend/alembic.ini', text: '[alembic]\nscript_location = %(here)s/migrations_core\nrecursive_version_locations = true\nsourceless = false\ntruncate_slug_length = 30\ntimezone = UTC\nfile_template = %%(year)d_%%(rev)s_%%(slug)s\n' },
    { path: 'tox.ini', text: '[tox]\nenvlist = py311\n' },
  ]);
  assert.equal(result, {
    environments: [
      env({ config: 'backend/alembic.ini', scriptLocation: 'backend/migrations_core', versionLocations: ['backend/migrations_core/versions'],
        recursive: true, truncateSlugLength: 30, timezone: 'UTC', fileTemplate: '%(year)d_%(rev)s_%(slug)s' }),
      env({ config: 'services/billing/alembic.ini', scriptLocation: 'services/billing/db/migrations', versionLocations: ['services/billing/db/migrations/versions'] }),
    ],
    problems: [],
  });
});

test('version_locations: path_separator variants, the legacy split, %(here)s, outside the repository', () => {
  const ini = (extra: string) => [{ path: 'app/alembic.ini', text: `[alembic]\nscript_location = mig\n${extra}` }];
  const locations = (extra: string) => discover(ini(extra)).environments[0]?.versionLocations;
  assert.equal(locations('path_separator = os\nversion_locations = %(here)s/a:%(here)s/b c'), ['app/a', 'app/b c']);
  assert.equal(locations('path_separator = ;\nversion_locations = a;b'), ['app/a', 'app/b']);
  assert.equal(locations('path_separator = :\nversion_locations = a:b'), ['app/a', 'app/b']);
  assert.equal(locations('path_separator = space\nversion_locations = a  b'), ['app/a', 'app/b']);
  assert.equal(locations('path_separator = newline\nversion_locations =\n    a b\n    ../c'), ['app/a b', 'c']);
  assert.equal(locations('version_path_separator = ;\nversion_locations = x;y'), ['app/x', 'app/y']);
  assert.equal(locations('version_locations = a, b c,d'), ['app/a', 'app/b', 'app/c', 'app/d']);
  assert.equal(locations(''), ['app/mig/versions']);
  assert.equal(discover(ini('path_separator = tab\nversion_locations = a')), {
    environments: [], problems: ['app/alembic.ini: path_separator "tab" is not one of space, newline, os, \':\' or \';\''],
  });
  assert.equal(discover(ini('version_locations = ../../outside mig/versions')), {
    environments: [env({ config: 'app/alembic.ini', scriptLocation: 'app/mig', versionLocations: ['app/mig/versions'] })],
    problems: ['app/alembic.ini: version location ../../outside is outside the repository; its migrations are not checked'],
  });
  assert.equal(splitVersionLocations('a, b', undefined), ['a', 'b']);
});

test('pyproject.toml [tool.alembic] with a TOML list, and paired with an ini in the same folder', () => {
  const toml = '[project]\nname = "x"\n\n[tool.alembic]\nscript_location = "%(here)s/alembic"\nversion_locations = ["%(here)s/alembic/versions", "%(here)s/more"]\nrecursive_version_locations = true\n';
  assert.equal(discover([{ path: 'pyproject.toml', text: toml }]).environments, [
    env({ config: 'pyproject.toml', section: 'tool.alembic', scriptLocation: 'alembic', versionLocations: ['alembic/versions', 'more'], recursive: true }),
  ]);
  // Alembic 1.16's pyproject template: alembic.ini keeps only the URL; [tool.alembic] locates the scripts.
  const paired = discover([
    { path: 'svc/alembic.ini', text: '[alembic]\nsqlalchemy.url = sqlite://\n' },
    { path: 'svc/pyproject.toml', text: '[tool.alembic]\nscript_location = "db"\n' },
  ]);
  assert.equal(paired, { environments: [env({ config: 'svc/pyproject.toml', section: 'tool.alembic', scriptLocation: 'svc/db', versionLocations: ['svc/db/versions'] })], problems: [] });
  const broken = discover([{ path: 'pyproject.toml', text: '[tool.alembic\nscript_location = 1' }]);
  assert.is(broken.environments.length, 0);
  assert.match(broken.problems[0]!, /^pyproject\.toml: cannot be read \(/);
});

test('Flask-Migrate: an [alembic] section without script_location is its own folder (when env.py is there)', () => {
  const flask = { path: 'migrations/alembic.ini', text: '[alembic]\n# template used to generate migration files\n\n[loggers]\nkeys = root\n' };
  assert.equal(discover([flask], ['migrations']), {
    environments: [env({ config: 'migrations/alembic.ini', scriptLocation: 'migrations', versionLocations: ['migrations/versions'] })],
    problems: [],
  });
  assert.equal(discover([flask], []), {
    environments: [], problems: ['migrations/alembic.ini: [alembic] has no script_location, and its folder has no env.py; skipped'],
  });
});

test('pkg:path script locations, other ini files, named sections, duplicates', () => {
  assert.equal(discover([{ path: 'alembic.ini', text: '[alembic]\nscript_location = myapp.db:migrations\n' }], ['src/myapp/db/migrations']).environments,
    [env({ scriptLocation: 'src/myapp/db/migrations', versionLocations: ['src/myapp/db/migrations/versions'] })]);
  assert.equal(discover([{ path: 'alembic.ini', text: '[alembic]\nscript_location = gone:migrations\n' }]), {
    environments: [], problems: ['alembic.ini: script_location gone:migrations names a package that is not a folder in this repository; its migrations are not checked'],
  });
  const result = discover([
    { path: 'config/db.ini', text: '[alembic]\nscript_location = ../mig\n[reports]\nscript_location = ../reports_mig\n[loggers]\nkeys = root\n' },
    { path: 'setup/pytest.ini', text: '[pytest]\nscript_location = nope\n' },
    { path: 'alembic.ini', text: '[alembic]\nscript_location = mig\n' },
  ]);
  assert.equal(result.environments.map((e) => [e.config, e.section, e.versionLocations]), [
    ['alembic.ini', 'alembic', ['mig/versions']],
    ['config/db.ini', 'reports', ['reports_mig/versions']],
  ]);
  assert.equal(discover([{ path: 'alembic.ini', text: 'no header = here\n' }]).problems, ['alembic.ini: cannot be read (line 1: File contains no section headers)']);
});

test('changedPathsTouchEnvironments: version locations and configs only', () => {
  const envs = [env({ config: 'backend/alembic.ini', versionLocations: ['backend/m/versions'] })];
  assert.is(changedPathsTouchEnvironments(['README.md', 'backend/app.py', 'backend/m/versions2/x.py'], envs), false);
  assert.is(changedPathsTouchEnvironments(['backend/m/versions/abc_x.py'], envs), true);
  assert.is(changedPathsTouchEnvironments(['backend/alembic.ini'], envs), true);
  assert.is(changedPathsTouchEnvironments(['other/pyproject.toml'], envs), true);
  assert.is(changedPathsTouchEnvironments([], envs), false);
});

test.run();

test('booleans as Alembic reads them: only the exact ini value `true`, only TOML booleans; the rest is an alembic-compat note', () => {
  const ini = (extra: string) => discover([{ path: 'alembic.ini', text: `[alembic]\nscript_location = migrations\n${extra}\n` }]).environments[0]!;
  assert.is(ini('recursive_version_locations = true').recursive, true);
  assert.is(ini('recursive_version_locations = true').compat, undefined);
  for (const loose of ['True', 'TRUE', 'yes', '1', 'on']) {
    const env = ini(`# a comment\nrecursive_version_locations = ${loose}\nsourceless = ${loose}`);
    assert.is(env.recursive, false, loose);
    assert.is(env.sourceless, false, loose);
    assert.equal(env.compat, [
      { kind: 'loose-boolean', config: 'alembic.ini', line: 4, option: 'recursive_version_locations', value: loose },
      { kind: 'loose-boolean', config: 'alembic.ini', line: 5, option: 'sourceless', value: loose },
    ], loose);
  }
  assert.is(ini('recursive_version_locations = false').compat, undefined);
  const toml = (value: string) => discover([{ path: 'pyproject.toml', text: `[project]\nname = "x"\n\n[tool.alembic]\nscript_location = "migrations"\nrecursive_version_locations = ${value}\n` }]).environments[0]!;
  assert.is(toml('true').recursive, true);
  assert.is(toml('true').compat, undefined);
  assert.is(toml('"true"').recursive, false);
  assert.equal(toml('"true"').compat, [{ kind: 'toml-not-boolean', config: 'pyproject.toml', line: 6, option: 'recursive_version_locations', value: 'true' }]);
  assert.equal(toml('1').compat?.map((c) => c.kind), ['toml-not-boolean']);
});

test('path_separator in [tool.alembic] is not read for the ini\'s version_locations (Alembic reads it from the ini only)', () => {
  const result = discover([
    { path: 'alembic.ini', text: '[alembic]\nscript_location = migrations\nversion_locations = a;b c\n' },
    { path: 'pyproject.toml', text: '[tool.alembic]\npath_separator = ";"\n' },
  ]);
  const env = result.environments[0]!;
  assert.equal(env.versionLocations, ['a;b', 'c']);
  assert.equal(env.compat, [{ kind: 'toml-path-separator', config: 'pyproject.toml', line: 2, option: 'path_separator', value: ';' }]);
  // The ini's own separator is read, and then [tool.alembic]'s is harmless.
  const own = discover([
    { path: 'alembic.ini', text: '[alembic]\nscript_location = migrations\npath_separator = ;\nversion_locations = a;b c\n' },
    { path: 'pyproject.toml', text: '[tool.alembic]\npath_separator = ";"\n' },
  ]).environments[0]!;
  assert.equal(own.versionLocations, ['a', 'b c']);
  assert.is(own.compat, undefined);
});
