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
import { readFile, rename, rm, stat } from 'node:fs/promises';
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

/**
 * Deletes the versions folders' tree objects of `revs` (loose, as a test repository keeps them):
 * nothing can be looked up in those folders any more, by migcheck's reader or by git.
 */
async function removeFolders(repo: Repo, revs: readonly string[]): Promise<void> {
  for (const rev of revs) {
    const oid = (await repo.exec(['rev-parse', `${rev}:${V}`])).stdout.trim();
    const loose = join(repo.dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2));
    assert.ok(await stat(loose).catch(() => undefined), `${rev}:${V} (${oid}) is a loose object`);
    await rm(loose);
  }
}

/** A branch `feature` one commit behind `main`, whose next commits the lane answers; returns the branch's head. */
async function behindBranch(repo: Repo, mainFiles: Record<string, string> = {}): Promise<string> {
  await repo.exec(['checkout', '-q', '-b', 'feature']);
  await stage(repo, { rev: 'b000000000', down: [HEAD0], message: 'branch start' });
  await commit(repo, 'branch start');
  await repo.exec(['checkout', '-q', 'main']);
  await repo.commit('main moves on', { [`${V}/${revisionFileName({ rev: 'm000000000', message: 'main' })}`]: revisionText({ rev: 'm000000000', down: [HEAD0], message: 'main' }), ...mainFiles });
  await repo.exec(['checkout', '-q', 'feature']);
  // The first check of the branch behind reads the trees in full and keeps their summaries.
  await stage(repo, { rev: 'b100000000', down: ['b000000000'], message: 'branch 1' });
  const { outputs } = await warm(repo);
  assert.equal(outputs, await cold(repo));
  await commit(repo, 'branch 1');
  return 'b100000000';
}

test('a branch behind its target: whether a staged path is taken comes from the summaries, not from the target\'s or base\'s versions folder', async () => {
  const repo = await setUp();
  try {
    const parent = await behindBranch(repo);
    assert.is((await repo.exec(['merge-base', 'HEAD', 'main'])).stdout.trim(), (await repo.exec(['rev-parse', 'main~1'])).stdout.trim());
    await removeFolders(repo, ['main', 'main~1']);
    const spec = { rev: 'b200000000', down: [parent], message: 'branch 2' };
    await stage(repo, spec);
    const { outputs, commands } = await warm(repo);
    assert.equal(commands, []);
    assert.match(String(outputs[0]![1]), new RegExp(`merged, there would be two heads \\(${spec.rev}, m000000000\\)`), String(outputs[0]![1]));
  } finally {
    await repo.cleanup();
  }
});

test('a branch behind its target stages a path the target already has (a file, a folder): the full check answers', async () => {
  const repo = await setUp();
  try {
    const taken = `${V}/t000000000_taken.py`;
    const parent = await behindBranch(repo, { [`${taken}/README`]: 'a folder with a revision file\'s name\n' });
    const mainFile = `${V}/${revisionFileName({ rev: 'm000000000', message: 'main' })}`;
    for (const path of [mainFile, taken]) {
      await repo.write({ [path]: revisionText({ rev: 'c000000000', down: [parent], message: 'same path' }) });
      await repo.exec(['add', path]);
      const { outputs, commands } = await warm(repo);
      assert.equal(outputs, await cold(repo), path);
      // The lane starts no git; the full check lists the trees.
      assert.ok(commands.length > 0, `${path}: answered by the full check`);
      await repo.exec(['rm', '-q', '--cached', path]);
      await rm(join(repo.dir, path));
    }
  } finally {
    await repo.cleanup();
  }
});

test('a target summarised by the lane itself (a delta): the names its commits added are known too', async () => {
  const repo = await setUp();
  try {
    // Two commits on main through the hook: the second is kept as a delta on the first.
    await stage(repo, { rev: 'm100000000', down: [HEAD0], message: 'main 1' });
    await commit(repo, 'main 1');
    const mainFile = await stage(repo, { rev: 'm200000000', down: ['m100000000'], message: 'main 2' });
    const { commands: onMain } = await warm(repo);
    assert.equal(onMain, [], 'the lane answered on main');
    await commit(repo, 'main 2');
    // A branch from main 1, behind main 2; its first commit is checked in full.
    await repo.exec(['checkout', '-q', '-b', 'feature', 'main~1']);
    await stage(repo, { rev: 'b100000000', down: ['m100000000'], message: 'branch 1' });
    await commit(repo, 'branch 1');
    await repo.write({ [mainFile]: revisionText({ rev: 'c000000000', down: ['b100000000'], message: 'same path' }) });
    await repo.exec(['add', mainFile]);
    const { outputs, commands } = await warm(repo);
    assert.equal(outputs, await cold(repo));
    assert.ok(commands.length > 0, 'answered by the full check');
    await repo.exec(['rm', '-q', '--cached', mainFile]);
    await rm(join(repo.dir, mainFile));
    // Paths main does not have: the lane, from main's delta summary (and, with main's and the
    // merge-base's versions folders gone, from nothing else).
    await stage(repo, { rev: 'b200000000', down: ['b100000000'], message: 'branch 2' });
    const again = await warm(repo);
    assert.equal(again.outputs, await cold(repo));
    await commit(repo, 'branch 2');
    await removeFolders(repo, ['main', 'main~1']);
    await stage(repo, { rev: 'b300000000', down: ['b200000000'], message: 'branch 3' });
    const last = await warm(repo);
    assert.equal(last.commands, []);
    assert.match(String(last.outputs[0]![1]), /merged, there would be two heads \(b300000000, m200000000\)/, String(last.outputs[0]![1]));
  } finally {
    await repo.cleanup();
  }
});

test.run();
