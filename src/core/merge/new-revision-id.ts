/**
 * A new revision id the way Alembic makes one (`uuid.uuid4().hex[-12:]`): 12 lowercase hex
 * digits. The random bytes come from the caller so the core stays deterministic.
 */
import { MigcheckError } from '../errors.js';
import { mergeBadRevId } from '../messages.js';

/** 12 hex digits from 6 random bytes. */
export function newRevisionId(random: Uint8Array): string {
  if (random.length < 6) throw new RangeError('newRevisionId needs 6 random bytes');
  return [...random.subarray(0, 6)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Checks a `--rev-id`: Alembic refuses `@ - + :`, and the id also names the file, so only
 * letters, digits and `_` are accepted.
 */
export function validateRevisionId(id: string): string {
  if (!/^[A-Za-z0-9_]+$/.test(id)) throw new MigcheckError(mergeBadRevId(id));
  return id;
}
