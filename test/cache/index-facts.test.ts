/**
 * The index file's facts kept by its checksum (cache/index-facts): what is kept is what a walk
 * finds; a kept answer is taken for an index with the same checksum and never for another — a
 * staged config, an entry marked assume-unchanged or skip-worktree each rewrite the index, and
 * are then walked; a damaged, foreign or inconsistent kept file is a miss. Against real git.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withRepo, type Repo } from '../helpers/repo.js';
import { INDEX_FACTS_FILE, indexFactsKept } from '../../src/cache/index-facts.js';
import { readIndexFacts, readIndexTail } from '../../src/git/read-index.cjs';

const files = {
  'alembic.ini': '[alembic]\nscript_location = db\n',
  'db/env.py': '# env\n',
  'db/versions/a1_x.py': "revision = 'a1'\n",
  'svc/pyproject.toml': '[tool.alembic]\n',
};

const paths = (repo: Repo) => ({ git: join(repo.dir, '.git'), index: join(repo.dir, '.git', 'index'), kept: join(repo.dir, '.git', 'migcheck', INDEX_FACTS_FILE) });

/** The facts compared on what they say (the identity is the file's at the time of reading). */
const said = (facts: ReturnType<typeof readIndexFacts>) => facts && { configs: [...facts.configs], links: [...facts.links], hidesWorktree: facts.hidesWorktree, trees: [...facts.trees] };

/** A fresh walk of the index, as a run that kept nothing would make it. */
async function walked(repo: Repo) {
  // A different path string to the same file: read-index's memo of this run is not asked.
  return said(readIndexFacts(`${repo.dir}/.git/./index`));
}

/** The index as a commit leaves it, its cache-tree up to date (git commit refreshes it). */
async function committed(repo: Repo): Promise<void> {
  await repo.commit('one', files);
  await repo.exec(['write-tree']);
}

test('the first read walks and keeps; the next takes what was kept: the same facts as a walk', () => withRepo(async (repo) => {
  await committed(repo);
  const { git, index, kept } = paths(repo);
  const first = indexFactsKept(git, index);
  assert.equal(said(first), await walked(repo));
  assert.ok(existsSync(kept), 'kept');
  assert.equal(first!.configs.map((c) => c.path), ['alembic.ini', 'db/env.py', 'svc/pyproject.toml']);
  // What was kept is what is answered: a marker put into the kept entry comes back.
  const stored = JSON.parse(readFileSync(kept, 'utf8'));
  stored.entries[0].configs.push({ path: 'marker.ini', mode: '100644', oid: 'f'.repeat(40), stage: 0 });
  writeFileSync(kept, JSON.stringify(stored));
  const second = indexFactsKept(git, index);
  assert.equal(second!.configs.map((c) => c.path), ['alembic.ini', 'db/env.py', 'svc/pyproject.toml', 'marker.ini'], 'taken from the kept file');
  // And later reads of the same file in this run answer the same, without a walk.
  assert.equal(said(readIndexFacts(index)), said(second));
}));

test('a staged config, assume-unchanged, skip-worktree: another index, walked again (never the kept facts)', () => withRepo(async (repo) => {
  await committed(repo);
  const { git, index } = paths(repo);
  const before = indexFactsKept(git, index);
  assert.is(before!.hidesWorktree, false);
  // A config staged with other content: the index's checksum changes with its entry.
  await repo.write({ 'alembic.ini': '[alembic]\nscript_location = elsewhere\n', 'new/alembic.ini': '[alembic]\n' });
  await repo.exec(['add', '-A']);
  await repo.exec(['write-tree']);
  const staged = indexFactsKept(git, index);
  assert.equal(said(staged), await walked(repo));
  assert.not.equal(staged!.configs.find((c) => c.path === 'alembic.ini')!.oid, before!.configs.find((c) => c.path === 'alembic.ini')!.oid, 'the staged blob');
  assert.ok(staged!.configs.some((c) => c.path === 'new/alembic.ini'), 'the added config');
  for (const flag of ['--assume-unchanged', '--skip-worktree']) {
    await repo.exec(['update-index', flag, 'db/versions/a1_x.py']);
    const marked = indexFactsKept(git, index);
    assert.is(marked!.hidesWorktree, true, `${flag}: the walk sees the flag`);
    assert.equal(said(marked), await walked(repo));
    await repo.exec(['update-index', flag.replace('--', '--no-'), 'db/versions/a1_x.py']);
    assert.is(indexFactsKept(git, index)!.hidesWorktree, false, `${flag} cleared`);
  }
}));

test('a damaged, foreign or inconsistent kept file is a miss: the walk answers, and is kept anew', () => withRepo(async (repo) => {
  await committed(repo);
  const { git, index, kept } = paths(repo);
  indexFactsKept(git, index);
  const good = readFileSync(kept, 'utf8');
  const walk = await walked(repo);
  const root = readIndexTail(index)!.trees.get('');
  const entry = JSON.parse(good).entries[0];
  const variants = [
    'not json',
    JSON.stringify({ version: 2, entries: JSON.parse(good).entries }),
    JSON.stringify({ version: 1, entries: [{ ...entry, root: '0'.repeat(40), configs: [] }] }),
    JSON.stringify({ version: 1, entries: [{ ...entry, configs: [{ path: 1 }] }] }),
    JSON.stringify({ version: 1, entries: [{ ...entry, hidesWorktree: 'no' }] }),
    JSON.stringify({ version: 1, entries: [{ ...entry, key: `${entry.key.split(' ').slice(0, -1).join(' ')} ${'1'.repeat(40)}`, configs: [] }] }),
  ];
  for (const text of variants) {
    writeFileSync(kept, text);
    assert.equal(said(indexFactsKept(git, index)), walk, text.slice(0, 60));
    const now = JSON.parse(readFileSync(kept, 'utf8'));
    assert.is(now.entries[0].root, root, 'kept anew');
  }
}));

test('an index without a cache-tree is walked and nothing is kept', () => withRepo(async (repo) => {
  await committed(repo);
  await repo.write({ 'db/versions/b2_y.py': "revision = 'b2'\n" });
  // `git add` leaves the root's cache-tree entry invalid until a tree is written.
  await repo.exec(['add', '-A']);
  const { git, index, kept } = paths(repo);
  assert.is(readIndexTail(index)?.trees.get(''), undefined);
  assert.equal(said(indexFactsKept(git, index)), await walked(repo));
  assert.not.ok(existsSync(kept));
}));

test.run();
