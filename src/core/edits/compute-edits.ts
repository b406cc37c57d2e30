/**
 * Turns the file steps of a plan into new file contents, without touching disk: a `repoint`
 * becomes the file's bytes with down_revision (and `Revises:`) spliced, a `delete` becomes a
 * deletion. The file is decoded and re-read here from the very bytes the edit starts from, so
 * the splice spans always belong to those bytes.
 */
import { decodeSource, encodeSource, readRevisionFile } from '../reader/index.js';
import type { PlanStep } from '../plan/plan-types.js';
import { spliceDownRevision } from './splice-down-revision.js';

/** One file's change: its bytes as read for the plan, and its new bytes (null: delete it). */
export interface PlannedEdit {
  path: string;
  before: Uint8Array;
  after: Uint8Array | null;
}

/** The edits for `steps` (git steps have none); `bytes` holds each step's file as read. */
export function computeEdits(steps: readonly PlanStep[], bytes: ReadonlyMap<string, Uint8Array>): PlannedEdit[] {
  const edits: PlannedEdit[] = [];
  for (const step of steps) {
    if (step.action === 'git') continue;
    const before = bytes.get(step.file);
    if (!before) throw new Error(`no content read for ${step.file}`);
    if (step.action === 'delete') {
      edits.push({ path: step.file, before, after: null });
      continue;
    }
    const source = decodeSource(before);
    const text = spliceDownRevision(source.text, readRevisionFile(step.file, source.text), step.to);
    edits.push({ path: step.file, before, after: encodeSource({ ...source, text }) });
  }
  return edits;
}
