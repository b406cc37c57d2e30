/**
 * The migrations of ../shared/seed/alembic-multiple-heads-investigation.md, as revision specs.
 * The environment lives at `backend/alembic.ini` with `script_location = migrations_core`, as in
 * the investigation (`backend/migrations_core/versions/`).
 */
import { alembicIni, revisionFileName, revisionText, type RevisionSpec } from './revision-files.js';

export const SEED_ROOT = 'backend';
export const SEED_VERSIONS = 'backend/migrations_core/versions';

const spec = (rev: string, down: string[], message: string, extra?: string): RevisionSpec => ({ rev, down, message, extra });

/** Before the fork: the history both chains share, ending at f8g9h0i1j2k3. */
export const seedShared: RevisionSpec[] = [
  spec('1a2b3c4d5e6f', [], 'initial schema'),
  spec('c5d6e7f8a9b0', ['1a2b3c4d5e6f'], 'add portfolios'),
  spec('f8g9h0i1j2k3', ['c5d6e7f8a9b0'], 'add ai insights tables'),
];

/** Chain 1: 16 migrations on f8g9h0i1j2k3 with a fork at f2a8b1c4d5e6 joined by 792ffb1ab1ad. */
export const seedChain1: RevisionSpec[] = [
  spec('7003a3be89fe', ['f8g9h0i1j2k3'], 'add sector exposure and concentration'),
  spec('h1i2j3k4l5m6', ['7003a3be89fe'], 'add portfolio id to interest rate betas'),
  spec('b9f866cb3838', ['h1i2j3k4l5m6'], 'add spread factor definitions'),
  spec('035e1888bea0', ['b9f866cb3838'], 'add portfolio target price fields'),
  spec('ca2a68ee0c2c', ['035e1888bea0'], 'add batch run tracking table'),
  spec('9b0768a49ad8', ['ca2a68ee0c2c'], 'add multi portfolio support'),
  spec('ce3dd9222427', ['9b0768a49ad8'], 'add fundamental tables and enhance'),
  spec('f2a8b1c4d5e6', ['ce3dd9222427'], 'change share counts to bigint'),
  spec('2623cfc89fb7', ['f2a8b1c4d5e6'], 'add notes column and active positions'),
  spec('a3b4c5d6e7f8', ['2623cfc89fb7'], 'add position realized events'),
  spec('62b5c8b1d8a3', ['a3b4c5d6e7f8'], 'add equity changes table'),
  spec('g3h4i5j6k7l8', ['f2a8b1c4d5e6'], 'add portfolio account name unique constraint'),
  spec('i6j7k8l9m0n1', ['62b5c8b1d8a3'], 'add composite indexes for performance'),
  spec('j7k8l9m0n1o2', ['i6j7k8l9m0n1'], 'add priority performance indexes'),
  spec('792ffb1ab1ad', ['g3h4i5j6k7l8', 'j7k8l9m0n1o2'], 'merge migration heads'),
  spec('k8l9m0n1o2p3', ['792ffb1ab1ad'], 'add snapshot idempotency fields'),
];

/** Chain 2: 5 migrations written against production's f8g9h0i1j2k3. */
export const seedChain2: RevisionSpec[] = [
  spec('n0o1p2q3r4s5', ['f8g9h0i1j2k3'], 'add symbol analytics tables', '# Current Railway version (AI insights tables)'),
  spec('o1p2q3r4s5t6', ['n0o1p2q3r4s5'], 'add admin user tables'),
  spec('p2q3r4s5t6u7', ['o1p2q3r4s5t6'], 'add user activity events'),
  spec('q3r4s5t6u7v8', ['p2q3r4s5t6u7'], 'add ai request metrics'),
  spec('r4s5t6u7v8w9', ['q3r4s5t6u7v8'], 'add batch history daily metrics'),
];

/** Phase 1: main's merge of the two heads. */
export const seedPhase1Merge: RevisionSpec = spec('u7v8w9x0y1z2', ['k8l9m0n1o2p3', 'r4s5t6u7v8w9'], 'merge chain1 and chain2 heads');

/** The AuthOnboarding branch: its own merge of the two heads, then two feature migrations. */
export const seedAuthOnboarding: RevisionSpec[] = [
  spec('t6u7v8w9x0y1', ['k8l9m0n1o2p3', 'r4s5t6u7v8w9'], 'merge heads'),
  spec('s5t6u7v8w9x0', ['t6u7v8w9x0y1'], 'add clerk auth columns'),
  spec('15e70d6147cd', ['s5t6u7v8w9x0'], 'add batch runs table'),
];

/** Repository-relative path of a seed revision file. */
export function seedPath(s: RevisionSpec): string {
  return `${SEED_VERSIONS}/${revisionFileName(s)}`;
}

/** Files for the seed environment holding `specs` (plus the alembic.ini). */
export function seedFiles(specs: RevisionSpec[], withIni = true): Record<string, string> {
  const files: Record<string, string> = withIni ? { [`${SEED_ROOT}/alembic.ini`]: alembicIni('migrations_core') } : {};
  for (const s of specs) files[seedPath(s)] = revisionText(s);
  return files;
}

/** Looks a seed revision up by id. */
export function seedSpec(rev: string): RevisionSpec {
  const all = [...seedShared, ...seedChain1, ...seedChain2, seedPhase1Merge, ...seedAuthOnboarding];
  const found = all.find((s) => s.rev === rev);
  if (!found) throw new Error(`no seed revision ${rev}`);
  return found;
}
