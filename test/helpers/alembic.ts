/**
 * The two Alembic oracles every test that asks Alembic runs against: Debian's 1.8.1 (the
 * `python3-alembic` package) and 1.19.1 (unmodified, in ../shared/oracle/alembic-1.19.1; it
 * needs Debian's python3-typing-extensions). Teams run 1.13–1.20, and where the versions
 * disagree migcheck must be right for both, so a test that asks one asks both.
 * MIGCHECK_REQUIRE_ALEMBIC=1 (CI) turns a missing oracle into a failure instead of a skip.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot, run, type RunResult } from './repo.js';

/** One Alembic to ask. */
export interface AlembicOracle {
  /** `1.8.1` or `1.19.1`: what messages and assertions name it by. */
  version: string;
  /** Extra environment for /usr/bin/python3 (PYTHONPATH for the vendored copy). */
  env: Record<string, string>;
}

/** Where the 1.19.1 oracle lives (beside the project, as the shared folder is). */
export const ORACLE_1_19 = join(projectRoot, '..', 'shared', 'oracle', 'alembic-1.19.1');

const ALL: AlembicOracle[] = [
  { version: '1.8.1', env: {} },
  { version: '1.19.1', env: { PYTHONPATH: ORACLE_1_19 } },
];

let found: Promise<AlembicOracle[]> | undefined;

/**
 * The oracles that import here and report the version they are named for. Missing ones are
 * skipped (with a line saying so), unless MIGCHECK_REQUIRE_ALEMBIC=1, which makes a missing one
 * throw; MIGCHECK_TEST_NO_ALEMBIC=1 pretends none is installed.
 */
export function alembicOracles(): Promise<AlembicOracle[]> {
  found ??= (async () => {
    if (process.env.MIGCHECK_TEST_NO_ALEMBIC === '1') return [];
    const usable: AlembicOracle[] = [];
    for (const oracle of ALL) {
      if (oracle.env.PYTHONPATH !== undefined && !existsSync(oracle.env.PYTHONPATH)) continue;
      const r = await python(oracle, ['-c', 'import alembic; print(alembic.__version__)'], tmpdir()).catch(() => undefined);
      if (r?.code === 0 && r.stdout.trim() === oracle.version) usable.push(oracle);
    }
    return usable;
  })();
  return found;
}

/** Fails (CI) or says so (a developer's machine) when an oracle is missing; true when both run. */
export async function requireOracles(): Promise<boolean> {
  const usable = await alembicOracles();
  if (usable.length === ALL.length) return true;
  const missing = ALL.filter((o) => !usable.some((u) => u.version === o.version)).map((o) => o.version);
  const how = 'apt-get install python3-alembic python3-typing-extensions, and keep ../shared/oracle/alembic-1.19.1 beside the project';
  if (process.env.MIGCHECK_REQUIRE_ALEMBIC === '1' && process.env.MIGCHECK_TEST_NO_ALEMBIC !== '1') {
    throw new Error(`Alembic ${missing.join(' and ')} required (MIGCHECK_REQUIRE_ALEMBIC=1) but not importable: ${how}`);
  }
  console.log(`  (Alembic ${missing.join(' and ')} not available: ${how}; the oracle part is skipped)`);
  return usable.length > 0;
}

/** Runs /usr/bin/python3 with the oracle on its path. */
export function python(oracle: AlembicOracle, args: string[], cwd: string, input?: string): Promise<RunResult> {
  return run('/usr/bin/python3', args, {
    cwd,
    input,
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', ...oracle.env },
    timeoutMs: 120_000,
  });
}

const HEADS = `
import sys, warnings
warnings.simplefilter('ignore')
from alembic.config import Config
from alembic.script import ScriptDirectory
script = ScriptDirectory.from_config(Config(sys.argv[1]))
print(" ".join(sorted(script.get_heads())))
`;

/** Alembic's heads (sorted) for the ini at `ini` (repository-relative) inside `root`, or the error it raised. */
export async function oracleHeads(oracle: AlembicOracle, root: string, ini: string): Promise<string[] | { error: string }> {
  const r = await python(oracle, ['-c', HEADS, join(root, ini)], join(root, ini, '..'));
  if (r.code !== 0) return { error: r.stderr.trim().split('\n').pop() ?? `exit ${r.code}` };
  return r.stdout.trim().split(' ').filter((h) => h !== '');
}
