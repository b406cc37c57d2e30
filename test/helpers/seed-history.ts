/**
 * The seed's story as git history, with the dates it had: main holds the shared history and then
 * chain 1 (one commit, as the seed's "Dual database architecture"); a branch written against
 * production's f8g9h0i1j2k3 adds chain 2 one commit at a time and is merged into main by a merge
 * commit without a merge migration; AuthOnboarding, branched from that main, carries its own merge
 * of the two heads and two feature migrations. `explain` tests and `npm run demo` replay it.
 */
import type { Repo } from './repo.js';
import type { RevisionSpec } from './revision-files.js';
import { revisionText } from './revision-files.js';
import { seedAuthOnboarding, seedChain1, seedChain2, seedFiles, seedPath, seedShared, seedSpec } from './seed-story.js';

/** Create Dates of the seed's revisions (the investigation's tables); others keep the helper's. */
export const SEED_CREATE_DATES: Record<string, string> = {
  '1a2b3c4d5e6f': '2025-09-01 09:00:00.000000', c5d6e7f8a9b0: '2025-09-20 09:00:00.000000', f8g9h0i1j2k3: '2025-10-19 20:00:00.000000',
  '7003a3be89fe': '2025-10-19 21:00:00.000000', h1i2j3k4l5m6: '2025-10-19 22:00:00.000000', b9f866cb3838: '2025-10-20 10:00:00.000000',
  '035e1888bea0': '2025-10-20 11:00:00.000000', ca2a68ee0c2c: '2025-10-28 10:00:00.000000', '9b0768a49ad8': '2025-11-01 10:00:00.000000',
  ce3dd9222427: '2025-11-02 10:00:00.000000', f2a8b1c4d5e6: '2025-11-02 11:00:00.000000', '2623cfc89fb7': '2025-11-03 10:00:00.000000',
  a3b4c5d6e7f8: '2025-11-04 10:00:00.000000', '62b5c8b1d8a3': '2025-11-04 11:00:00.000000', g3h4i5j6k7l8: '2025-11-06 10:00:00.000000',
  i6j7k8l9m0n1: '2025-11-06 11:00:00.000000', j7k8l9m0n1o2: '2025-11-06 12:00:00.000000', '792ffb1ab1ad': '2025-11-11 10:00:00.000000',
  k8l9m0n1o2p3: '2025-11-17 10:00:00.000000', n0o1p2q3r4s5: '2025-12-20 10:00:00.000000', o1p2q3r4s5t6: '2025-12-22 09:00:00.000000',
  p2q3r4s5t6u7: '2025-12-22 10:00:00.000000', q3r4s5t6u7v8: '2025-12-22 11:00:00.000000', r4s5t6u7v8w9: '2025-12-22 12:00:00.000000',
  t6u7v8w9x0y1: '2026-01-02 10:00:00.000000', s5t6u7v8w9x0: '2026-01-02 11:00:00.000000', '15e70d6147cd': '2026-01-03 10:00:00.000000',
};

/** Seed files with their own Create Dates. */
export function datedSeedFiles(specs: RevisionSpec[], withIni = true): Record<string, string> {
  const files = seedFiles(specs, withIni);
  for (const s of specs) {
    const date = SEED_CREATE_DATES[s.rev];
    if (date) files[seedPath(s)] = revisionText(s).replace('Create Date: 2025-10-19 20:00:00.000000', `Create Date: ${date}`);
  }
  return files;
}

/** Commits with a fixed author and committer date (`2025-12-20T10:00:00Z`). */
export async function commitAt(repo: Repo, date: string, message: string, files?: Record<string, string | null>): Promise<string> {
  if (files) await repo.write(files);
  await repo.exec(['add', '-A']);
  const env = { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  const r = await repo.exec(['commit', '-q', '--no-verify', '--allow-empty', '-m', message], { env });
  if (r.code !== 0) throw new Error(`git commit failed: ${r.stderr}`);
  return (await repo.exec(['rev-parse', 'HEAD'])).stdout.trim();
}

/** The commits of the story, by what they did. */
export interface SeedHistory {
  shared: string;
  chain1: string;
  chain2: string[];
  merge: string;
  authOnboarding: string;
}

/**
 * Replays the story in `repo` (on `main`); leaves main checked out at the merge commit that
 * joined the chains, two heads and no merge migration.
 */
export async function replaySeedHistory(repo: Repo): Promise<SeedHistory> {
  const shared = await commitAt(repo, '2025-10-19T20:30:00Z', 'Add AI insights tables', datedSeedFiles(seedShared));
  const chain1 = await commitAt(repo, '2025-11-17T12:00:00Z', 'feat: Dual database architecture', datedSeedFiles(seedChain1, false));
  // Chain 2 is written against production, which was still on f8g9h0i1j2k3.
  await repo.exec(['checkout', '-q', '-b', 'symbol-analytics', shared]);
  const chain2: string[] = [];
  const subjects = ['Add symbol analytics tables', 'Add admin user tables', 'Add user activity events', 'Add AI request metrics', 'Add batch history & daily metrics'];
  for (const [i, spec] of seedChain2.entries()) {
    const at = i === 0 ? '2025-12-20T10:30:00Z' : `2025-12-22T${String(9 + i).padStart(2, '0')}:30:00Z`;
    chain2.push(await commitAt(repo, at, subjects[i]!, datedSeedFiles([spec], false)));
  }
  await repo.exec(['checkout', '-q', 'main']);
  const env = { GIT_AUTHOR_DATE: '2025-12-24T09:00:00Z', GIT_COMMITTER_DATE: '2025-12-24T09:00:00Z' };
  const merged = await repo.exec(['merge', '-q', '--no-ff', '--no-verify', '-m', "Merge branch 'symbol-analytics'", 'symbol-analytics'], { env });
  if (merged.code !== 0) throw new Error(`git merge failed: ${merged.stderr}`);
  const merge = (await repo.exec(['rev-parse', 'HEAD'])).stdout.trim();
  // AuthOnboarding joins the heads itself, then builds on its own merge.
  await repo.exec(['checkout', '-q', '-b', 'AuthOnboarding']);
  let authOnboarding = '';
  for (const [i, spec] of seedAuthOnboarding.entries()) {
    authOnboarding = await commitAt(repo, `2026-01-0${2 + i}T10:00:00Z`, i === 0 ? 'Merge alembic heads' : `Add ${spec.message}`, datedSeedFiles([spec], false));
  }
  await repo.exec(['checkout', '-q', 'main']);
  return { shared, chain1, chain2, merge, authOnboarding };
}

export { seedSpec };
