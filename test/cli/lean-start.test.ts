/**
 * What a commit costs beyond Node's own start is mostly what it loads. Through real `git commit`s
 * and the hook `migcheck init` installs, a commit that stages nothing migcheck reads — only a
 * README, or only application code — loads none of Node's stream machinery: not `node:zlib`
 * (small objects are inflated in JavaScript), not `node:crypto`, not the stdio streams (`node:net`, `node:tty`: the
 * line is written to the descriptor), not `node:child_process` (no git is started). The same is
 * asserted for a history that git has packed and for loose objects, and the line still arrives.
 * A full check whose output goes to a pipe loads no terminal module either.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withRepo, type Repo } from '../helpers/repo.js';
import { R2, R3_PATH, commitMainHistory, r3 } from '../hooks/hook-helpers.js';

/** Modules that would mean the lean start was lost. */
const HEAVY = ['NativeModule zlib', 'NativeModule stream', 'NativeModule net', 'NativeModule tty', 'NativeModule child_process', 'NativeModule crypto'];

/**
 * Commits what is staged through the hook, with a preload in NODE_OPTIONS (git passes the
 * environment on to the hook's node) that records the builtin modules the run loaded.
 */
async function commitRecording(repo: Repo, message: string): Promise<{ loaded: string[]; output: string }> {
  const preload = join(repo.dir, '.git', 'record-modules.cjs');
  const record = join(repo.dir, '.git', 'modules.json');
  await writeFile(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(process.moduleLoadList)));\n`);
  const committed = await repo.exec(['commit', '-q', '-m', message], { env: { NODE_OPTIONS: `--require ${preload}` } });
  assert.is(committed.code, 0, committed.stderr);
  const loaded = JSON.parse(await readFile(record, 'utf8')) as unknown;
  assert.ok(Array.isArray(loaded) && loaded.includes('NativeModule fs'), 'the module list was recorded');
  return { loaded: loaded as string[], output: `${committed.stdout}${committed.stderr}` };
}

test('a commit of a README or of application code loads no stream, zlib, tty, net, crypto or child process', async () => {
  await withRepo(async (repo) => {
    await commitMainHistory(repo);
    assert.is((await repo.migcheck(['init'])).code, 0);
    // A first check keeps the environments the application-code lane answers from.
    await repo.write({ 'app/models.py': 'VERSION = 0\n' });
    await repo.exec(['add', 'app/models.py']);
    assert.is((await repo.exec(['commit', '-q', '-m', 'app'])).code, 0);
    for (const packed of [true, false]) {
      if (packed) assert.is((await repo.exec(['gc', '-q'])).code, 0);
      await repo.write({ 'README.md': `readme ${packed}\n` });
      await repo.exec(['add', 'README.md']);
      const readme = await commitRecording(repo, `readme ${packed}`);
      assert.match(readme.output, /nothing staged that migcheck reads/);
      assert.equal(readme.loaded.filter((name) => HEAVY.includes(name)), [], `README, packed: ${packed}`);

      await repo.write({ 'app/models.py': `VERSION = ${packed ? 1 : 2}\n` });
      await repo.exec(['add', 'app/models.py']);
      const app = await commitRecording(repo, `app ${packed}`);
      assert.match(app.output, /nothing staged that migcheck reads/);
      assert.equal(app.loaded.filter((name) => HEAVY.includes(name)), [], `application code, packed: ${packed}`);
    }
    // A migration runs the full check (git's pipes bring node:net); its output, captured through a pipe, needs no terminal module.
    await repo.write({ [R3_PATH]: r3(R2) });
    await repo.exec(['add', R3_PATH]);
    const migration = await commitRecording(repo, 'add widgets');
    assert.ok(migration.loaded.includes('NativeModule vm'), 'the full check ran');
    assert.equal(migration.loaded.filter((name) => name === 'NativeModule tty'), []);
  });
});

test.run();
