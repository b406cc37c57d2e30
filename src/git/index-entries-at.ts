/**
 * Which of some exact paths the index holds an entry at (a file or a symlink, never a folder:
 * the index stores no folders). One `git cat-file --batch-check` asked for `:<path>` names, so a
 * folder that is really a symlink is found without listing everything below it.
 */
import { runGit, type GitContext } from './run-git.js';

/** The `--batch-check` input for `paths` (one `:<path>` per line; a newline cannot be asked). */
export function indexEntryQueries(paths: readonly string[]): string[] {
  return paths.filter((path) => path !== '' && !path.includes('\n')).map((path) => `:${path}`);
}

/** The paths whose query was answered with an object (`<oid> <type> <size>`), not `missing`. */
export function parseIndexEntryAnswers(queries: readonly string[], stdout: string): Set<string> {
  const lines = stdout.split('\n');
  const found = new Set<string>();
  queries.forEach((query, i) => {
    if (lines[i] !== undefined && !lines[i]!.endsWith(' missing')) found.add(query.slice(1));
  });
  return found;
}

/** The subset of `paths` that has an index entry of its own. */
export async function indexEntriesAt(repo: GitContext, paths: readonly string[]): Promise<Set<string>> {
  const queries = indexEntryQueries(paths);
  if (queries.length === 0) return new Set();
  // --batch-check reads names from stdin: nothing here can be taken as an option.
  const { stdout } = await runGit(repo, ['cat-file', '--batch-check'], { input: `${queries.join('\n')}\n` });
  return parseIndexEntryAnswers(queries, stdout);
}
