/**
 * A staged migration whose down_revision cannot be read statically is ONE finding, `unparseable`,
 * at its line: where it sits in the graph is unknown, so migcheck must not also guess that it is
 * a second head (multiple-heads) or the start of a stale chain (behind-target).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { withRepo } from '../helpers/repo.js';
import { SEED_VERSIONS } from '../helpers/seed-story.js';
import { assertExit, json, seedMain } from './check-helpers.js';

const COMPUTED = `${SEED_VERSIONS}/x1y2z3a4b5c6_computed_parent.py`;

test('an unreadable down_revision is one unparseable finding, not a guessed second head', async () => {
  await withRepo(async (repo) => {
    await seedMain(repo);
    await repo.exec(['checkout', '-q', '-b', 'feature']);
    await repo.write({ [COMPUTED]: `"""computed parent"""\nrevision = 'x1y2z3a4b5c6'\ndown_revision = get_down_revision(revision)\nbranch_labels = None\n` });
    await repo.exec(['add', COMPUTED]);
    const index = await repo.migcheck(['check', '--format', 'json']);
    assertExit(index, 1);
    assert.equal(json(index).environments[0].findings.map((f: any) => [f.code, f.severity, f.file, f.line]), [['unparseable', 'error', COMPUTED, 3]]);
    await repo.commit('computed parent');
    const rev = await repo.migcheck(['check', '--rev', 'HEAD', '--format', 'json']);
    assertExit(rev, 1);
    assert.equal(json(rev).environments[0].findings.map((f: any) => [f.code, f.severity, f.file, f.line]), [['unparseable', 'error', COMPUTED, 3]]);
  });
});

test.run();
