/**
 * `--format sarif`: a SARIF 2.1.0 log that the official JSON schema accepts, one result per
 * finding, rule ids = finding codes, each result at the file and down_revision line the finding
 * names; for check of the index, check --rev and pre-push, and an empty log when there is
 * nothing to check.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { makeRepo, withRepo, type Repo } from '../helpers/repo.js';
import { revisionText } from '../helpers/revision-files.js';
import { CHAIN1_HEAD, CHAIN1_IDS, FORK_POINT, NEW_PATH, NEW_REV, assertExit, downRevisionLine, json, newRevision, seedMain } from '../check/check-helpers.js';
import { FINDING_CODES } from '../../src/config/finding-codes.js';
import { FINDING_RULES } from '../../src/core/messages.js';
import { pathToUri } from '../../src/render/check-sarif.js';
import { sarifErrors } from './sarif-schema.js';

let repo: Repo;
let line = 0;

test.before(async () => {
  repo = await makeRepo();
  await seedMain(repo);
  await repo.exec(['checkout', '-q', '-b', 'feature']);
  const text = newRevision(FORK_POINT);
  line = downRevisionLine(text);
  await repo.commit('add symbol analytics tables', { [NEW_PATH]: text });
});

test.after(async () => {
  await repo.cleanup();
});

/** The parsed log of a run, after checking it against the schema. */
function validLog(r: { stdout: string }): any {
  const log = json({ ...r, code: 0, stderr: '' } as any);
  assert.equal(sarifErrors(log), [], 'valid SARIF 2.1.0');
  return log;
}

test('check --rev: the seed bypass is one error result at the down_revision line, rule id bypassed-chain', async () => {
  const r = await repo.migcheck(['check', '--rev', 'HEAD', '--format', 'sarif']);
  assertExit(r, 1);
  assert.is(r.stderr, '');
  const log = validLog(r);
  assert.is(log.version, '2.1.0');
  assert.is(log.runs.length, 1);
  const run = log.runs[0];
  assert.is(run.tool.driver.name, 'migcheck');
  assert.match(run.tool.driver.version, /^\d+\.\d+\.\d+/);
  assert.is(run.results.length, 1);
  const [result] = run.results;
  assert.is(result.ruleId, 'bypassed-chain');
  assert.is(run.tool.driver.rules[result.ruleIndex].id, 'bypassed-chain');
  assert.is(run.tool.driver.rules[result.ruleIndex].defaultConfiguration.level, 'error');
  assert.ok(run.tool.driver.rules[result.ruleIndex].shortDescription.text.length > 20);
  assert.is(result.level, 'error');
  assert.equal(result.locations, [{ physicalLocation: { artifactLocation: { uri: NEW_PATH, uriBaseId: '%SRCROOT%' }, region: { startLine: line } } }]);
  assert.ok(result.message.text.startsWith(`${NEW_REV} revises ${FORK_POINT}, but main already continues`), result.message.text);
  assert.ok(result.message.text.includes(`fix: set down_revision = '${CHAIN1_HEAD}'`), result.message.text);
  assert.equal(result.properties.bypassed, CHAIN1_IDS);
  assert.equal(result.properties.suggestedDownRevision, [CHAIN1_HEAD]);
});

test('check of the staged index and pre-push give the same result; two pushed tips with one problem give one result', async () => {
  await repo.exec(['branch', '-f', 'feature-copy', 'HEAD']);
  const head = (await repo.exec(['rev-parse', 'HEAD'])).stdout.trim();
  const main = (await repo.exec(['rev-parse', 'main'])).stdout.trim();
  await repo.write({ 'notes.txt': 'x\n' });
  await repo.exec(['add', 'notes.txt']);
  const [index, push] = await Promise.all([
    repo.migcheck(['check', NEW_PATH, '--format', 'sarif']),
    repo.migcheck(['pre-push', 'origin', 'url', '--format', 'sarif'], {
      input: `refs/heads/feature ${head} refs/heads/feature ${main}\nrefs/heads/feature-copy ${head} refs/heads/feature-copy ${main}\n`,
    }),
  ]);
  await repo.exec(['rm', '-q', '--cached', 'notes.txt']);
  for (const r of [index, push]) {
    assertExit(r, 1);
    const results = validLog(r).runs[0].results;
    assert.is(results.length, 1, r.stdout);
    assert.is(results[0].ruleId, 'bypassed-chain');
    assert.is(results[0].locations[0].physicalLocation.region.startLine, line);
  }
});

test('nothing to check (a commit that stages no migration): an empty, valid log and exit 0', async () => {
  await withRepo(async (other) => {
    await seedMain(other);
    await other.write({ 'README.md': 'hello\n' });
    await other.exec(['add', 'README.md']);
    const r = await other.migcheck(['check', '--format', 'sarif']);
    assertExit(r, 0);
    const log = validLog(r);
    assert.equal(log.runs[0].results, []);
  });
});

test('a clean tree: exit 0, no results', async () => {
  const r = await repo.migcheck(['check', '--rev', 'main', '--format', 'sarif']);
  assertExit(r, 0);
  assert.equal(validLog(r).runs[0].results, []);
});

test('paths with spaces, #, %, quotes and unicode are percent-encoded URI references that decode to the path', async () => {
  await withRepo(async (other) => {
    const dir = 'db/mig rations #1 %x "q" ü/versions';
    const ini = `[alembic]\nscript_location = db/mig rations #1 %%x "q" ü\n`;
    await other.commit('two heads', {
      'alembic.ini': ini,
      [`${dir}/a1_init.py`]: revisionText({ rev: 'a1', down: [], message: 'init' }),
      [`${dir}/b2_left.py`]: revisionText({ rev: 'b2', down: ['a1'], message: 'left' }),
      [`${dir}/c3_right.py`]: revisionText({ rev: 'c3', down: ['a1'], message: 'right' }),
    });
    const r = await other.migcheck(['check', '--rev', 'HEAD', '--target', 'HEAD', '--format', 'sarif']);
    assertExit(r, 1);
    const results = validLog(r).runs[0].results;
    assert.ok(results.length >= 1, r.stdout);
    const uris: string[] = results.map((x: any) => x.locations[0].physicalLocation.artifactLocation.uri);
    for (const uri of uris) {
      assert.not.match(uri, /[ #"ü]/);
      assert.ok(decodeURIComponent(uri).startsWith(`${dir}/`), uri);
    }
    assert.is(results[0].ruleId, 'multiple-heads');
  });
});

test('pathToUri keeps separators and encodes what a URI reference may not hold raw', () => {
  assert.is(pathToUri('a/b c/d#e?f%g/(h)!*\'.py'), 'a/b%20c/d%23e%3Ff%25g/%28h%29%21%2A%27.py');
  assert.is(pathToUri('plain/path_1-2.py'), 'plain/path_1-2.py');
});

test('every finding code has a rule text (SARIF rules, job summary)', () => {
  for (const code of FINDING_CODES) {
    assert.ok(FINDING_RULES[code], `no rule text for ${code}`);
    assert.ok(FINDING_RULES[code]!.title.length > 10 && FINDING_RULES[code]!.help.length > 10, code);
  }
});

test('an unknown --format is still refused', async () => {
  const r = await repo.migcheck(['check', '--rev', 'HEAD', '--format', 'sarif2']);
  assertExit(r, 2);
  assert.match(r.stderr, /unknown --format 'sarif2': use human, json, github, sarif/);
});

test.run();
