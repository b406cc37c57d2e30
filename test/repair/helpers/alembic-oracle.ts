/**
 * Alembic itself as the judge: the heads `ScriptDirectory.get_heads()` reports for an ini in a
 * temporary repository, asked of both oracles (Debian's 1.8.1 and 1.19.1); they must agree.
 */
import { alembicOracles, oracleHeads } from '../../helpers/alembic.js';

/** Alembic's heads (sorted) for the ini at `ini` (repository-relative) inside `root`, the same on every oracle. */
export async function alembicHeads(root: string, ini: string): Promise<string[]> {
  const answers: string[] = [];
  let heads: string[] | undefined;
  for (const oracle of await alembicOracles()) {
    const answer = await oracleHeads(oracle, root, ini);
    if (!Array.isArray(answer)) throw new Error(`alembic ${oracle.version} failed: ${answer.error}`);
    answers.push(`${oracle.version}: ${answer.join(' ')}`);
    if (heads !== undefined && heads.join(' ') !== answer.join(' ')) throw new Error(`the Alembic oracles disagree: ${answers.join('; ')}`);
    heads = answer;
  }
  if (heads === undefined) throw new Error('no Alembic oracle is installed');
  return heads;
}
