/**
 * runGit decodes git's output as it arrives: a listing far longer than one pipe read, of paths
 * whose characters take two to four bytes, comes back exactly (a character cut between two reads
 * must not turn into replacement characters).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cleanEnv, withRepo } from '../helpers/repo.js';
import { runGit } from '../../src/git/run-git.js';
import { splitNul } from '../../src/git/parse-z.js';

test('a long listing of multi-byte paths comes back exactly', async () => {
  await withRepo(async (repo) => {
    const empty = (await repo.exec(['hash-object', '-w', '--stdin'], { input: '' })).stdout.trim();
    // ~36 bytes a path, 6,000 paths: ~220 KB of output, read in pieces of at most 64 KB.
    const paths = Array.from({ length: 6000 }, (_, n) => `versions/ré€😀_${String(n).padStart(5, '0')}_${'ü'.repeat(n % 7)}.py`);
    await repo.exec(['update-index', '--add', '--index-info'], { input: paths.map((path) => `100644 ${empty}\t${path}\n`).join('') });
    const { stdout } = await runGit({ cwd: repo.dir, env: cleanEnv() }, ['-c', 'core.quotePath=false', 'ls-files', '-z']);
    assert.ok(Buffer.byteLength(stdout, 'utf8') > 150_000, 'the output is long enough to come in pieces');
    assert.not.ok(stdout.includes('\ufffd'), 'no character was cut');
    assert.equal(splitNul(stdout).sort(), [...paths].sort());
  });
});

test.run();
