// The everyday incident (as in many public trackers): two feature branches each add a migration
// on the same parent, and both are merged. Neither author could see the other's revision, so
// explain says the chains grew side by side and names the merge commit that brought the second
// head. Also: a sound target with a forked working tree is explained as the working tree.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { makeRepo } from '../helpers/repo.js';
import { environmentFiles, revisionFileName, revisionText, type RevisionSpec } from '../helpers/revision-files.js';
import { commitAt } from '../helpers/seed-history.js';

const base: RevisionSpec[] = [{ rev: 'ae1027a6acf', down: [], message: 'create account table' }];
const addName: RevisionSpec = { rev: '27c6a30d7c24', down: ['ae1027a6acf'], message: 'add name column' };
const addEmail: RevisionSpec = { rev: '1975ea83b712', down: ['ae1027a6acf'], message: 'add email column' };
const file = (s: RevisionSpec) => ({ [`migrations/versions/${revisionFileName(s)}`]: revisionText(s) });

test('two feature branches on the same parent, both merged: side by side, and the merge commit that forked main', async () => {
  const repo = await makeRepo();
  try {
    await commitAt(repo, '2024-03-01T10:00:00Z', 'initial schema', environmentFiles('', base));
    await repo.exec(['checkout', '-q', '-b', 'feature/name']);
    const nameCommit = await commitAt(repo, '2024-03-04T10:00:00Z', 'add name column', file(addName));
    await repo.exec(['checkout', '-q', '-b', 'feature/email', 'main']);
    const emailCommit = await commitAt(repo, '2024-03-05T10:00:00Z', 'add email column', file(addEmail));
    await repo.exec(['checkout', '-q', 'main']);
    const env = (at: string) => ({ GIT_AUTHOR_DATE: at, GIT_COMMITTER_DATE: at });
    await repo.exec(['merge', '-q', '--no-ff', '-m', 'Merge pull request #12 from feature/name', 'feature/name'], { env: env('2024-03-06T10:00:00Z') });
    await repo.exec(['merge', '-q', '--no-ff', '-m', 'Merge pull request #13 from feature/email', 'feature/email'], { env: env('2024-03-07T10:00:00Z') });
    const second = (await repo.exec(['rev-parse', 'HEAD'])).stdout.trim();

    const r = await repo.migcheck(['explain', '--target', 'main']);
    assert.is(r.code, 1, r.stderr);
    assert.match(r.stdout, /`main` has 2 heads: `1975ea83b712` and `27c6a30d7c24`/);
    assert.match(r.stdout, /`ae1027a6acf` \(create account table, Create Date 2025-10-19 20:00\) is the last revision every head builds on/);
    assert.match(r.stdout, /No revision was written on a parent that `main` had already built on: the chains grew side by side/);
    assert.match(r.stdout, new RegExp(`The second head appeared on \`main\` with commit \`${second.slice(0, 10)}\` "Merge pull request #13 from feature/email" \\(2024-03-07\\).*It is a merge commit`));
    assert.match(r.stdout, new RegExp(`\\| \`27c6a30d7c24\` \\| \`27c6a30d7c24_add_name_column.py\` \\| 2025-10-19 20:00 \\| \`${nameCommit.slice(0, 10)}\` add name column \\| 2024-03-04 \\|`));
    assert.match(r.stdout, new RegExp(`\\| 1 \\| \`1975ea83b712\` \\| add email column \\| 2025-10-19 20:00 \\| \`${emailCommit.slice(0, 10)}\` add email column \\|`));
    // Both feature branches are merged: nothing of theirs moves.
    assert.match(r.stdout, /No other branch carries migrations that the merge moves\./);
    // Phase 1 in migrations/ at the root: alembic runs from the root.
    assert.match(r.stdout, /or, with Alembic:\n\n```sh\nalembic merge -m "merge heads" --rev-id [0-9a-f]{12} 1975ea83b712 27c6a30d7c24\n```/);
    const json = JSON.parse((await repo.migcheck(['explain', '--target', 'main', '--format', 'json'])).stdout);
    assert.equal(json.environments[0].history.olderParents, []);
    assert.is(json.environments[0].history.secondHead.commit.id, second);
  } finally {
    await repo.cleanup();
  }
});

test('a sound target and a working tree that forks: the working tree is explained, its fork not committed', async () => {
  const repo = await makeRepo();
  try {
    await commitAt(repo, '2024-03-01T10:00:00Z', 'schema', environmentFiles('', [...base, addName]));
    await repo.write(file(addEmail));
    const r = await repo.migcheck(['explain', '--target', 'main']);
    assert.is(r.code, 1, r.stderr);
    assert.match(r.stdout, /^# Migration heads of `migrations\/versions` on the working tree\n/);
    assert.match(r.stdout, /\| `1975ea83b712` \| `1975ea83b712_add_email_column.py` \| 2025-10-19 20:00 \| not committed \| — \|/);
    assert.match(r.stdout, /No commit of `main` brought the second head: it exists only in the tree explained/);
    // The target itself is sound: --rev main has nothing to explain.
    assert.is((await repo.migcheck(['explain', '--rev', 'main'])).stdout, 'Nothing to explain: every environment of `main` has a single head.\n');
  } finally {
    await repo.cleanup();
  }
});

test.run();
