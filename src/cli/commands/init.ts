import type { ParsedArgs } from '../command-table.js';
import type { CommandIO } from '../command-io.js';
import { MigcheckError } from '../../core/errors.js';

/** Placeholder until the command lands. */
export async function run(_args: ParsedArgs, _io: CommandIO): Promise<number> {
  throw new MigcheckError('init is not built yet');
}
