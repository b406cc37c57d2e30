/**
 * outside-version-locations: Python files under an environment's script location that declare
 * `revision` and `down_revision` but lie in none of its version locations. Alembic's configured
 * run never loads them, and neither does migcheck, so a fork written there would pass unseen
 * (OpenStack keeps revisions in `versions/<release>/<expand|contract>/` and names the folders
 * in code). One warning per environment, naming the first file and the fix for where they sit.
 */
import { outsideVersionLocations, outsideVersionLocationsMoveFix, outsideVersionLocationsRecursiveFix } from '../messages.js';
import type { Environment, Finding, RevisionFile } from '../types.js';

/** True when a parsed Python file declares both names Alembic reads from a revision file. */
export function declaresRevision(file: RevisionFile): boolean {
  return file.revisionSource === 'variable' && file.sites.down_revision !== undefined;
}

const folderOf = (path: string) => path.slice(0, Math.max(path.lastIndexOf('/'), 0));

/** The finding for `files` (parsed, in path order) of `env`, or undefined when none declares a revision. */
export function findOutsideVersionLocations(env: Environment, files: readonly RevisionFile[]): Finding | undefined {
  const declaring = files.filter(declaresRevision);
  if (declaring.length === 0) return undefined;
  const first = declaring[0]!;
  // The version location the first file sits below, if any: then recursion is the fix.
  const below = env.versionLocations.find((location) => location === '' || first.path.startsWith(`${location}/`));
  const source = env.section !== undefined && env.config !== undefined
    ? { kind: 'alembic' as const, config: env.config, section: env.section }
    : env.config !== undefined ? { kind: 'migcheck' as const, config: env.config } : { kind: 'dir' as const };
  return {
    code: 'outside-version-locations',
    severity: 'warning',
    message: outsideVersionLocations(declaring.map((f) => f.path), first.revision, env.versionLocations),
    fix: below !== undefined
      ? outsideVersionLocationsRecursiveFix(source, below)
      : outsideVersionLocationsMoveFix(folderOf(first.path), env.versionLocations[0] ?? '', source.kind === 'alembic' ? source.config : undefined),
    file: first.path,
    line: first.sites.revision?.line ?? 1,
    ...(first.revision !== undefined ? { revision: first.revision } : {}),
    ...(declaring.length > 1 ? { files: declaring.map((f) => f.path) } : {}),
  };
}
