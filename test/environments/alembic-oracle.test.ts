import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { alembicOracles, python, requireOracles } from '../helpers/alembic.js';
import { environmentsFromConfigs } from '../../src/alembic/environments-from-configs.js';

// Real Alembic (both oracles: Debian's 1.8.1 and 1.19.1) reads each ini from its own folder; its
// script directory and version locations, made repository-relative, must be what discovery computes.
const PY = `
import os, sys, json, warnings
warnings.simplefilter('ignore')
from alembic.config import Config
from alembic.script import ScriptDirectory
root, ini = sys.argv[1], sys.argv[2]
os.chdir(os.path.dirname(ini))
s = ScriptDirectory.from_config(Config(ini))
rel = lambda p: os.path.relpath(os.path.abspath(p), root).replace(os.sep, '/')
locs = s.version_locations or [os.path.join(s.dir, 'versions')]
print(json.dumps({'script': rel(s.dir), 'versions': [rel(p) for p in locs], 'sourceless': s.sourceless,
  'template': s.file_template, 'truncate': s.truncate_slug_length, 'tz': s.timezone}))
`;

const CASES: Record<string, string> = {
  'alembic.ini': '[alembic]\nscript_location = migrations\n',
  'backend/alembic.ini': '[alembic]\nscript_location = %(here)s/db\nversion_locations = %(here)s/db/versions, %(here)s/extra  more\nsourceless = true\n',
  'svc/alembic.ini': '[alembic]\nscript_location = ../shared/mig\nversion_path_separator = ;\nversion_locations = ../shared/mig/versions;%(here)s/v2\ntruncate_slug_length = 12\ntimezone = UTC\n',
  'cfg/db.ini': '[alembic]\nscript_location = ../dbmig\nversion_path_separator = space\nversion_locations = ../dbmig/a ../dbmig/b\nfile_template = %%(rev)s_x_%%(slug)s\n',
};

test('discovery agrees with both Alembic oracles on script directory, version locations and options', async () => {
  if (!(await requireOracles())) return;
  const root = await mkdtemp(join(tmpdir(), 'migcheck-oracle-'));
  try {
    for (const dir of ['migrations/versions', 'backend/db/versions', 'backend/extra', 'backend/more', 'shared/mig/versions', 'svc/v2', 'dbmig/a', 'dbmig/b']) {
      await mkdir(join(root, dir), { recursive: true });
    }
    const files = Object.entries(CASES).map(([path, text]) => ({ path, text }));
    for (const { path, text } of files) {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    }
    const ours = environmentsFromConfigs(files, new Set(), { osPathSeparator: ':' });
    assert.equal(ours.problems, []);
    for (const version of await alembicOracles()) for (const { path } of files) {
      const oracle = await python(version, ['-c', PY, root, join(root, path)], root);
      assert.is(oracle.code, 0, oracle.stderr);
      const expected = JSON.parse(oracle.stdout) as { script: string; versions: string[]; sourceless: boolean; template: string; truncate: number; tz: string | null };
      const env = ours.environments.find((e) => e.config === path)!;
      assert.equal({
        script: env.scriptLocation || '.', versions: env.versionLocations, sourceless: env.sourceless,
        template: env.fileTemplate, truncate: env.truncateSlugLength, tz: env.timezone ?? null,
      }, expected, `${path}, Alembic ${version.version}`);
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test.run();
