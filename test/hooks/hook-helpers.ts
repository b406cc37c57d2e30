/**
 * The scenario the end-to-end hook tests share: `main` holds r1 <- r2; a branch adds r3. With
 * `down_revision = r1`, r3 forks the chain its author could see (bypassing r2): `bypassed-chain`,
 * which blocks. With `down_revision = r2` it is fine.
 */
import { alembicIni, revisionText } from '../helpers/revision-files.js';
import type { Repo } from '../helpers/repo.js';

export const R1 = 'aaaa00000001';
export const R2 = 'bbbb00000002';
export const R3 = 'cccc00000003';
export const R3_PATH = `migrations/versions/${R3}_add_widgets.py`;

/** r3's text; `down` R1 bypasses R2. `message` changes the text without changing the graph. */
export function r3(down: string, message = 'add widgets'): string {
  return revisionText({ rev: R3, down: [down], message });
}

/** Commits alembic.ini, r1 and r2 on `main` (hooks bypassed: this is the history, not the test). */
export async function commitMainHistory(repo: Repo, extra: Record<string, string> = {}): Promise<void> {
  await repo.commit('history', {
    'alembic.ini': alembicIni('migrations'),
    [`migrations/versions/${R1}_initial.py`]: revisionText({ rev: R1, down: [], message: 'initial' }),
    [`migrations/versions/${R2}_add_users.py`]: revisionText({ rev: R2, down: [R1], message: 'add users' }),
    ...extra,
  });
}

/** HEAD's commit id. */
export async function head(repo: Repo): Promise<string> {
  return (await repo.exec(['rev-parse', 'HEAD'])).stdout.trim();
}

export const R4 = 'dddd00000004';
export const R4_PATH = `migrations/versions/${R4}_add_orders.py`;

/**
 * Two branches that were each right when they were made: `feature` adds r3 on r2, then `main`
 * gains r4 on r2 too (committed past the hooks: this is the history, not the test). Merging
 * either into the other leaves two heads, r3 and r4. HEAD is left on `main`.
 */
export async function divergedBranches(repo: Repo, extra: { feature?: Record<string, string>; main?: Record<string, string> } = {}): Promise<void> {
  await repo.exec(['checkout', '-q', '-b', 'feature']);
  await repo.commit('add widgets', { [R3_PATH]: r3(R2), ...extra.feature });
  await repo.exec(['checkout', '-q', 'main']);
  await repo.commit('add orders', { [R4_PATH]: revisionText({ rev: R4, down: [R2], message: 'add orders' }), ...extra.main });
}

/** True when a merge is waiting for `git commit` (MERGE_HEAD exists). */
export async function mergeInProgress(repo: Repo): Promise<boolean> {
  return (await repo.exec(['rev-parse', '-q', '--verify', 'MERGE_HEAD'])).code === 0;
}
