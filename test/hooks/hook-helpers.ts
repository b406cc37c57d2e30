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
