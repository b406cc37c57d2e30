/**
 * Alembic itself as the judge: the heads `ScriptDirectory.get_heads()` reports for an ini in a
 * temporary repository (Debian's Alembic 1.8.1 under /usr/bin/python3).
 */
import { dirname, join } from 'node:path';
import { run } from '../../helpers/repo.js';

const HEADS = `
import sys
from alembic.config import Config
from alembic.script import ScriptDirectory
script = ScriptDirectory.from_config(Config(sys.argv[1]))
print(" ".join(sorted(script.get_heads())))
`;

/** Alembic's heads (sorted) for the ini at `ini` (repository-relative) inside `root`. */
export async function alembicHeads(root: string, ini: string): Promise<string[]> {
  const r = await run('/usr/bin/python3', ['-c', HEADS, join(root, ini)], { cwd: dirname(join(root, ini)) });
  if (r.code !== 0) throw new Error(`alembic failed: ${r.stderr}`);
  return r.stdout.trim().split(' ').filter((h) => h !== '');
}
