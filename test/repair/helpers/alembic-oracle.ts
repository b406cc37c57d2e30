/**
 * Alembic itself as the judge: the heads `ScriptDirectory.get_heads()` reports for an ini in a
 * temporary repository (Debian's Alembic 1.8.1 under /usr/bin/python3).
 */
import { dirname, join } from 'node:path';
import { cleanEnv, projectRoot, run } from '../../helpers/repo.js';

const HEADS = `
import sys
from alembic.config import Config
from alembic.script import ScriptDirectory
script = ScriptDirectory.from_config(Config(sys.argv[1]))
print(" ".join(sorted(script.get_heads())))
`;

/** The newer Alembic the tests also judge with (see ../shared/oracle/README). */
export const ALEMBIC_1_19 = join(projectRoot, '..', 'shared', 'oracle', 'alembic-1.19.1');

/**
 * Alembic's heads (sorted) for the ini at `ini` (repository-relative) inside `root`; Debian's
 * 1.8.1, or the Alembic found on `pythonPath` (ALEMBIC_1_19).
 */
export async function alembicHeads(root: string, ini: string, pythonPath?: string): Promise<string[]> {
  const env = pythonPath ? cleanEnv({ PYTHONPATH: pythonPath }) : undefined;
  const r = await run('/usr/bin/python3', ['-c', HEADS, join(root, ini)], { cwd: dirname(join(root, ini)), env });
  if (r.code !== 0) throw new Error(`alembic failed: ${r.stderr}`);
  return r.stdout.trim().split(' ').filter((h) => h !== '');
}
