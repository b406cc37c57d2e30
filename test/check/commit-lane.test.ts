/**
 * Successive commits through a real pre-commit hook: after the first check of a branch, each
 * commit that stages a new migration is answered from the verdict and summaries the previous
 * check kept under the tree id git gave the commit — and read from the repository's own files
 * (index, refs, objects), starting no git at all (the merge-base is asked once, when HEAD leaves
 * the target's tip, then follows from the parent's) — and says, in every format, exactly what a
 * check without any cache says: on a
 * branch at its target's tip, on a branch behind its target (the behind-target warning follows
 * the branch's new head), and when a commit bypasses a chain (the full check answers).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { makeRepo, writeMigcheckScript, type Repo } from '../helpers/repo.js';
import { environmentFiles, revisionFileName, revisionText, type RevisionSpec } from '../helpers/revision-files.js';
import { assertExit, gitSpy } from './check-helpers.js';

const V = 'migrations/versions';
const history: RevisionSpec[] = Array.from({ length: 30 }, (_, i) => ({ rev: `h${String(i).padStart(3, '0')}`, down: i === 0 ? [] : [`h${String(i - 1).padStart(3, '0')}`] }));
const HEAD0 = history[history.length - 1]!.rev;

async function setUp(): Promise<Repo> {
  const repo = await makeRepo();
  await repo.commit('history', environmentFiles('', history));
  await writeMigcheckScript(join(repo.dir, '.git', 'hooks', 'pre-commit'), 'check');
  return repo;
}

/** Stages one revision file. */
async function stage(repo: Repo, spec: RevisionSpec): Promise<string> {
  const path = `${V}/${revisionFileName(spec)}`;
  await repo.write({ [path]: revisionText(spec) });
  await repo.exec(['add', path]);
  return path;
}

/** `check` in every format with the caches as they are, and the git commands of the first run. */
async function warm(repo: Repo) {
  // What `git commit` does to the index before its hook runs: the cache-tree brought up to date.
  await repo.exec(['write-tree']);
  const spy = await gitSpy();
  try {
    const human = await repo.migcheck(['check'], { env: spy.env });
    const commands = (await spy.calls()).map((call) => call.replace(/^--no-optional-locks /, '').split(' ')[0]!);
    const json = await repo.migcheck(['check', '--format', 'json']);
    const github = await repo.migcheck(['check', '--format', 'github']);
    return { outputs: [human, json, github].map((r) => [r.code, r.stdout, r.stderr]), commands };
  } finally {
    await spy.cleanup();
  }
}

/** The same three checks with no cache at all (the caches are put back afterwards). */
async function cold(repo: Repo) {
  const caches = join(repo.dir, '.git', 'migcheck');
  await rename(caches, `${caches}.kept`);
  try {
    return await Promise.all([['check'], ['check', '--format', 'json'], ['check', '--format', 'github']].map(async (args) => {
      const r = await repo.migcheck(args);
      return [r.code, r.stdout, r.stderr];
    }));
  } finally {
    await rm(caches, { recursive: true, force: true });
    await rename(`${caches}.kept`, caches);
  }
}

const commit = async (repo: Repo, message: string) => {
  const r = await repo.exec(['commit', '-q', '-m', message]);
  assert.is(r.code, 0, `${message}: ${r.stdout}${r.stderr}`);
};

test('a branch at its target tip: every commit after the first is answered from the last one', async () => {
  const repo = await setUp();
  try {
    await repo.exec(['checkout', '-q', '-b', 'feature']);
    let parent = HEAD0;
    for (let i = 0; i < 4; i++) {
      const spec = { rev: `f${i}00000000`, down: [parent], message: `feature ${i}` };
      await stage(repo, spec);
      const { outputs, commands } = await warm(repo);
      assert.equal(outputs, await cold(repo), `commit ${i}`);
      assert.equal(outputs[0]![1], `migcheck: ok — ${V}: head ${spec.rev}\n`);
      // The very first check of the branch reads the history; then the previous commit's verdict
      // serves, from the files: git is asked only the merge-base, once (HEAD leaves the target's tip).
      if (i > 0) assert.equal(commands.sort(), i === 1 ? ['merge-base'] : [], `commit ${i}: ${commands.join(', ')}`);
      await commit(repo, `feature ${i}`);
      parent = spec.rev;
    }
  } finally {
    await repo.cleanup();
  }
});

test('a branch behind its target: the warning follows each new head; a bypass goes to the full check', async () => {
  const repo = await setUp();
  try {
    await repo.exec(['checkout', '-q', '-b', 'feature']);
    await stage(repo, { rev: 'b000000000', down: [HEAD0], message: 'branch start' });
    await commit(repo, 'branch start');
    await repo.exec(['checkout', '-q', 'main']);
    await repo.commit('main moves on', { [`${V}/${revisionFileName({ rev: 'm000000000', message: 'main' })}`]: revisionText({ rev: 'm000000000', down: [HEAD0], message: 'main' }) });
    await repo.exec(['checkout', '-q', 'feature']);
    let parent = 'b000000000';
    for (let i = 1; i < 4; i++) {
      const spec = { rev: `b${i}00000000`, down: [parent], message: `branch ${i}` };
      await stage(repo, spec);
      const { outputs, commands } = await warm(repo);
      assert.equal(outputs, await cold(repo), `commit ${i}`);
      assert.match(String(outputs[0]![1]), /behind-target/, String(outputs[0]![1]));
      assert.match(String(outputs[0]![1]), new RegExp(`merged, there would be two heads \\(${spec.rev}, m000000000\\)`), String(outputs[0]![1]));
      if (i > 1) assert.equal(commands.sort(), [], `commit ${i}: ${commands.join(', ')}`);
      // The index's environments are kept under its root tree, so the next commit (whose HEAD it
      // is) finds them without walking the index file.
      const root = (await repo.exec(['write-tree'])).stdout.trim();
      const kept = JSON.parse(await readFile(join(repo.dir, '.git', 'migcheck', 'environments-v2.json'), 'utf8')) as { entries: { key: string }[] };
      assert.ok(kept.entries.some((entry) => entry.key.startsWith(`tree ${root}\0`)), `commit ${i}: environments kept for the index's tree`);
      await commit(repo, `branch ${i}`);
      parent = spec.rev;
    }
    // A revision beside the branch's own chain: not an extension of a head, so the full check says it.
    await stage(repo, { rev: 'bad0000000', down: ['b000000000'], message: 'beside' });
    const { outputs } = await warm(repo);
    assertExit({ code: outputs[0]![0] as number, stdout: String(outputs[0]![1]), stderr: String(outputs[0]![2]) }, 1);
    assert.equal(outputs, await cold(repo));
  } finally {
    await repo.cleanup();
  }
});

test.run();
