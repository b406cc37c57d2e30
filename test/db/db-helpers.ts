/**
 * Builders of the database states the db tests read, each made by Debian's Alembic: the seed's
 * production (chain 2 recorded, chain 1's objects created outside Alembic from Alembic's own
 * offline SQL, the spread factor rows with factor_type 'style').
 */
import { makeRepo, type Repo } from '../helpers/repo.js';
import { alembicEnvironmentFiles, alembicOk, dbChain1, dbChain2, dbShared, revisionFiles } from '../helpers/alembic-environment.js';
import { sql } from '../helpers/postgres.js';

/** A repository holding the seed's main: shared history, chain 1 and chain 2, unmerged. */
export async function seedRepo(): Promise<Repo> {
  const repo = await makeRepo();
  await repo.commit('the seed: both chains on main', { ...alembicEnvironmentFiles(), ...revisionFiles([...dbShared, ...dbChain1, ...dbChain2]) });
  return repo;
}

/**
 * The seed's production: `alembic upgrade r4s5t6u7v8w9` (the shared history and chain 2, recorded),
 * then chain 1's DDL as Alembic writes it offline (`upgrade f8g9h0i1j2k3:k8l9m0n1o2p3 --sql`) run
 * by hand without its version-table statements, with the spread factors typed 'style'.
 */
export async function buildSeedProduction(repo: Repo, url: string): Promise<void> {
  await alembicOk(repo.dir, ['upgrade', 'r4s5t6u7v8w9'], url);
  const offline = await alembicOk(repo.dir, ['upgrade', 'f8g9h0i1j2k3:k8l9m0n1o2p3', '--sql'], url);
  const script = offline
    .split(/;\s*\n/)
    .filter((stmt) => !/alembic_version/i.test(stmt) && stmt.trim() !== '' && !/^\s*(BEGIN|COMMIT)\s*$/i.test(stmt))
    .map((stmt) => stmt.replace(/'spread'/g, "'style'"))
    .join(';\n');
  await sql(url, script);
}
