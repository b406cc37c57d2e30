/**
 * Links into the repository on GitHub, from the variables a workflow run sets
 * (`GITHUB_SERVER_URL`, `GITHUB_REPOSITORY`): a file of a commit, at a line.
 */
import { pathToUri } from './check-sarif.js';

/** The link maker for files of `commit`, or undefined when the run does not say where the repository lives. */
export function blobLinker(serverUrl: string | undefined, repository: string | undefined, commit: string | undefined): ((file: string, line: number | undefined) => string) | undefined {
  if (!serverUrl || !repository || !commit || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^https?:\/\//.test(serverUrl)) return undefined;
  const base = `${serverUrl.replace(/\/+$/, '')}/${repository}/blob/${commit}/`;
  return (file, line) => `${base}${pathToUri(file)}${line ? `#L${line}` : ''}`;
}
