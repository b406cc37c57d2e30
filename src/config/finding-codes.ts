/**
 * The finding codes a config file may name, at run time. A Record over the FindingCode union
 * makes tsc fail here when a code is added to the contract and not to this list.
 */
import type { FindingCode } from '../core/types.js';

const CODES: Record<FindingCode, true> = {
  'bypassed-chain': true,
  'behind-target': true,
  'multiple-heads': true,
  'redundant-merge': true,
  'edited-published': true,
  'missing-parent': true,
  'duplicate-revision': true,
  cycle: true,
  unparseable: true,
  'duplicate-label': true,
  'unresolved-label': true,
  'alembic-compat': true,
};

/** Every finding code, in the contract's order. */
export const FINDING_CODES = Object.keys(CODES) as FindingCode[];

/** True when `value` is a finding code. */
export function isFindingCode(value: string): value is FindingCode {
  return Object.hasOwn(CODES, value);
}
