/**
 * Which commit to check, and against what, from the event that started the workflow:
 * - `pull_request` / `pull_request_target`: the pull request's head commit (`pull_request.head.sha`)
 *   against its base (`pull_request.base.sha`, on branch `base.ref`);
 * - `merge_group`: the merge queue's commit (`merge_group.head_sha`) against the commit it was
 *   built on (`merge_group.base_sha`, on `base_ref`);
 * - anything else (`push`, `workflow_dispatch`, `schedule`): `GITHUB_SHA` against the target the
 *   CLI would find (the `target` input, the config, `origin/HEAD`, …).
 * Pure: the payload is parsed JSON.
 */
import { MigcheckError } from '../core/errors.js';
import { actionPayloadLacks } from '../core/messages.js';

export interface EventCommits {
  /** The commit to check and the name it goes by (a branch, or the merge queue's ref). */
  head: { commit: string; name: string; what: string };
  /** The base the event names: its commit and branch. */
  base?: { commit: string; branch: string | undefined; what: string };
}

const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** A field of the payload, by path. */
function field(payload: unknown, path: string[]): unknown {
  let value: unknown = payload;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

function commitAt(event: string, payload: unknown, path: string[]): string {
  const value = field(payload, path);
  if (typeof value !== 'string' || !OBJECT_ID.test(value)) throw new MigcheckError(actionPayloadLacks(event, path.join('.')));
  return value;
}

const branchOf = (ref: unknown) => (typeof ref === 'string' && ref !== '' ? ref.replace(/^refs\/heads\//, '') : undefined);

/** The commits an event names. `sha` is GITHUB_SHA, `refName` GITHUB_REF_NAME. */
export function eventCommits(event: string, payload: unknown, sha: string | undefined, refName: string | undefined): EventCommits {
  if (event === 'pull_request' || event === 'pull_request_target') {
    const number = field(payload, ['pull_request', 'number']);
    const name = branchOf(field(payload, ['pull_request', 'head', 'ref'])) ?? `pull request #${String(number)}`;
    return {
      head: { commit: commitAt(event, payload, ['pull_request', 'head', 'sha']), name, what: "pull request's head commit" },
      base: { commit: commitAt(event, payload, ['pull_request', 'base', 'sha']), branch: branchOf(field(payload, ['pull_request', 'base', 'ref'])), what: "pull request's base commit" },
    };
  }
  if (event === 'merge_group') {
    return {
      head: { commit: commitAt(event, payload, ['merge_group', 'head_sha']), name: branchOf(field(payload, ['merge_group', 'head_ref'])) ?? 'the merge group', what: "merge group's commit" },
      base: { commit: commitAt(event, payload, ['merge_group', 'base_sha']), branch: branchOf(field(payload, ['merge_group', 'base_ref'])), what: "merge group's base commit" },
    };
  }
  if (sha === undefined || !OBJECT_ID.test(sha)) throw new MigcheckError(actionPayloadLacks(event, 'GITHUB_SHA'));
  return { head: { commit: sha, name: refName || sha.slice(0, 12), what: 'commit GITHUB_SHA' } };
}
