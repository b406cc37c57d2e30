/**
 * edited-published: the branch re-identifies or re-points a migration the target already has.
 * Databases that ran it recorded its id and position; editing it rewrites history under them.
 */
import { downRevisionLiteral, editedPublished, editedPublishedFix } from '../messages.js';
import type { Finding, RevisionFile } from '../types.js';
import type { FileChange } from './analysis-types.js';

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/** One error per modified or renamed file whose revision or down_revision changed while on the target. */
export function findEditedPublished(changes: readonly FileChange[], target: readonly RevisionFile[], targetName: string): Finding[] {
  const targetPaths = new Set(target.map((f) => f.path));
  const targetRevisions = new Set(target.map((f) => f.revision).filter((r) => r !== undefined));
  const findings: Finding[] = [];
  for (const change of changes) {
    if (change.kind !== 'modified' && change.kind !== 'renamed') continue;
    const { before, after } = change;
    const published = targetPaths.has(before.path) || (before.revision !== undefined && targetRevisions.has(before.revision));
    if (!published) continue;
    const edits: { field: string; from: string; to: string; line: number | undefined }[] = [];
    if (before.revision !== undefined && after.revision !== undefined && before.revision !== after.revision) {
      edits.push({ field: 'revision', from: `'${before.revision}'`, to: `'${after.revision}'`, line: after.sites.revision?.line });
    }
    if (before.downRevisions && after.downRevisions && !sameList(before.downRevisions, after.downRevisions)) {
      edits.push({
        field: 'down_revision',
        from: downRevisionLiteral(before.downRevisions),
        to: downRevisionLiteral(after.downRevisions),
        line: after.sites.down_revision?.line,
      });
    }
    if (edits.length === 0) continue;
    findings.push({
      code: 'edited-published',
      severity: 'error',
      message: editedPublished(before.revision ?? after.revision ?? after.path, targetName, edits),
      fix: editedPublishedFix(after.path, edits),
      file: after.path,
      line: edits[0]!.line,
      revision: after.revision,
      downRevision: after.downRevisions,
    });
  }
  return findings;
}
