/**
 * Teams paste file names into down_revision (`'abc123_add_users.py'`, `'abc123_add_users'`) or
 * the slug alone (`'add_users'`). When a missing id is one of those, the fix is certain: name the
 * revision that file declares.
 */
import type { RevisionFile, RevisionId } from '../types.js';

/** The revision a missing id most likely meant, and the file that declares it. */
export interface MeantRevision {
  revision: RevisionId;
  file: string;
}

/** Builds a lookup from file name, file stem and slug to the revision that file declares. */
export function meantRevisionLookup(files: readonly RevisionFile[]): (missing: string) => MeantRevision | undefined {
  const byKey = new Map<string, MeantRevision | null>();
  // A key two files share is ambiguous: null, so that no guess is offered.
  const add = (key: string, meant: MeantRevision) => {
    if (!key) return;
    const known = byKey.get(key);
    if (known === undefined) byKey.set(key, meant);
    else if (known !== null && known.revision !== meant.revision) byKey.set(key, null);
  };
  for (const file of files) {
    if (file.revision === undefined) continue;
    const meant = { revision: file.revision, file: file.path };
    const name = baseName(file.path);
    const stem = name.replace(/\.py[co]?$/, '');
    add(name, meant);
    add(stem, meant);
    if (stem.startsWith(`${file.revision}_`)) add(stem.slice(file.revision.length + 1), meant);
  }
  return (missing) => byKey.get(baseName(missing.trim())) ?? undefined;
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
