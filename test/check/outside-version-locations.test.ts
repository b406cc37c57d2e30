/**
 * outside-version-locations on a repository shaped like openstack/neutron: its alembic.ini names
 * only the script location, and nearly every revision lives in `versions/<release>/<expand|
 * contract>/`, folders Alembic loads only when told (neutron does it in code). A bypass staged
 * there passed with "ok"; now the file is named with the fix, through the real CLI, and with the
 * fix applied (ini option, or migcheck's recursive environments) the bypass itself is reported.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { makeRepo, type Repo } from '../helpers/repo.js';
import { alembicIni, revisionFileName, revisionText, type RevisionSpec } from '../helpers/revision-files.js';
import { assertExit, json } from './check-helpers.js';

const ROOT = 'neutron/db/migration';
const SCRIPT = `${ROOT}/alembic_migrations`;
const VERSIONS = `${SCRIPT}/versions`;
const INI = `${ROOT}/alembic.ini`;

const base: RevisionSpec = { rev: 'kilo', down: [], message: 'kilo initial' };
const expand1: RevisionSpec = { rev: 'e1a000000001', down: ['kilo'], labels: ['expand'], message: 'expand start' };
const expand2: RevisionSpec = { rev: 'e1a000000002', down: ['e1a000000001'], message: 'add port table' };
const contract1: RevisionSpec = { rev: 'c1a000000001', down: ['kilo'], labels: ['contract'], message: 'contract start' };
// The seed's mistake in neutron's layout: built on the expand branch's first revision, beside its second.
const bypass: RevisionSpec = { rev: 'e1a0000000ff', down: ['e1a000000001'], message: 'add qos table' };

const at = (folder: string, spec: RevisionSpec) => `${VERSIONS}/${folder}${folder ? '/' : ''}${revisionFileName(spec)}`;
const BYPASS_PATH = at('2026.2/expand', bypass);

let repo: Repo;

test.before(async () => {
  repo = await makeRepo();
  await repo.commit('neutron-shaped history', {
    [INI]: alembicIni('%(here)s/alembic_migrations'),
    [`${SCRIPT}/env.py`]: '# neutron sets version_locations in code\n',
    [`${SCRIPT}/script.py.mako`]: '"""${message}"""\n',
    [at('', base)]: revisionText(base),
    [at('2026.1/expand', expand1)]: revisionText(expand1),
    [at('2026.1/expand', expand2)]: revisionText(expand2),
    [at('2026.1/contract', contract1)]: revisionText(contract1),
    'neutron/api.py': 'x = 1\n',
  });
  await repo.exec(['checkout', '-q', '-b', 'feature']);
});

test.after(async () => {
  await repo.cleanup();
});

const stageBypass = async () => {
  await repo.write({ [BYPASS_PATH]: revisionText(bypass) });
  await repo.exec(['add', BYPASS_PATH]);
};

test('a revision staged in a release folder is named, with the ini option and the config form as the fix', async () => {
  await stageBypass();
  try {
    const r = await repo.migcheck(['check']);
    assertExit(r, 0);
    assert.equal(r.stdout.split('\n').slice(0, 4), [
      `${VERSIONS} (${INI})`,
      `  ⚠ outside-version-locations ${BYPASS_PATH}:15`,
      `    ${BYPASS_PATH} declares revision e1a0000000ff but lies in no version location (${VERSIONS}): Alembic's configured run and migcheck do not load it`,
      `    fix: add \`recursive_version_locations = true\` to [alembic] in ${INI} (Alembic then loads the sub-folders), or name the folder in migcheck's config: "environments": [{"dir": "${VERSIONS}", "recursive": true}]`,
    ]);
    const doc = json(await repo.migcheck(['check', '--format', 'json']));
    assert.equal(doc.environments[0].findings.map((f: any) => [f.code, f.severity, f.file, f.revision]), [['outside-version-locations', 'warning', BYPASS_PATH, 'e1a0000000ff']]);
  } finally {
    await repo.exec(['rm', '-q', '--cached', BYPASS_PATH]);
  }
});

test('staged Python that declares no revision, or lies outside the script location, says nothing', async () => {
  await repo.write({ [`${SCRIPT}/env.py`]: '# changed\n', 'neutron/api.py': 'x = 2\n', [`${SCRIPT}/tools/helpers.py`]: 'revision = "not alone"\n' });
  await repo.exec(['add', `${SCRIPT}/env.py`, 'neutron/api.py', `${SCRIPT}/tools/helpers.py`]);
  try {
    const r = await repo.migcheck(['check', '--format', 'json']);
    assertExit(r, 0);
    assert.equal(json(r).environments, []);
  } finally {
    await repo.exec(['reset', '-q']);
  }
});

test('check --rev reads the committed tree: every revision in a sub-folder, in one warning', async () => {
  const r = await repo.migcheck(['check', '--rev', 'HEAD', '--format', 'json']);
  assertExit(r, 0);
  const [finding] = json(r).environments[0].findings;
  assert.equal([finding.code, finding.file, finding.files], ['outside-version-locations', at('2026.1/contract', contract1),
    [at('2026.1/contract', contract1), at('2026.1/expand', expand1), at('2026.1/expand', expand2)]]);
  assert.match(finding.message, /^3 files under the script location declare revisions but lie in no version location/);
});

test('with the fix applied (migcheck config or the ini option) the bypass itself blocks the commit', async () => {
  await stageBypass();
  try {
    await repo.write({ '.migcheckrc.json': JSON.stringify({ environments: [{ dir: VERSIONS, recursive: true }] }) });
    const viaConfig = await repo.migcheck(['check', '--format', 'json']);
    assertExit(viaConfig, 1);
    assert.equal(json(viaConfig).environments[0].findings.map((f: any) => f.code), ['bypassed-chain']);
    await repo.write({ '.migcheckrc.json': null, [INI]: alembicIni('%(here)s/alembic_migrations', 'recursive_version_locations = true') });
    await repo.exec(['add', INI]);
    const viaIni = await repo.migcheck(['check', '--format', 'json']);
    assertExit(viaIni, 1);
    assert.equal(json(viaIni).environments[0].findings.map((f: any) => f.code), ['bypassed-chain']);
  } finally {
    await repo.exec(['reset', '-q']);
    await repo.exec(['checkout', '-q', '--', INI]);
    await repo.write({ [BYPASS_PATH]: null });
  }
});

test('a recursive flag that is not a boolean is exit 2 naming the key', async () => {
  await repo.write({ '.migcheckrc.json': JSON.stringify({ environments: [{ dir: VERSIONS, recursive: 'yes' }] }), [BYPASS_PATH]: revisionText(bypass) });
  await repo.exec(['add', BYPASS_PATH]);
  try {
    const r = await repo.migcheck(['check']);
    assertExit(r, 2);
    assert.match(r.stderr, /environments\[0\]\.recursive in \.migcheckrc\.json must be true or false, not the string "yes"/);
  } finally {
    await repo.exec(['reset', '-q']);
    await repo.write({ '.migcheckrc.json': null, [BYPASS_PATH]: null });
  }
});

test.run();
