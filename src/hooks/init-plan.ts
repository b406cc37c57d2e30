/**
 * The file changes `migcheck init` makes, as data: computed from the files' current texts
 * without touching disk, printed by --dry-run, applied otherwise. A change whose new text equals
 * the old one is never planned, which is what makes a second run change nothing.
 */

/** One change to one file. Paths are absolute; `shown` is what messages print. */
export type FileChange =
  | { kind: 'write'; path: string; shown: string; before: string | undefined; content: string; executable: boolean; what: string[] }
  | { kind: 'rename'; path: string; shown: string; to: string; toShown: string; what: string[] };

/** Everything init would do. */
export interface InitPlan {
  mode: 'husky' | 'plain';
  /** Where the hooks go (`.husky`, or the hooks directory git uses), for the first line. */
  where: string;
  changes: FileChange[];
  /** Sentences printed after the changes (next steps, things left to the user). */
  notes: string[];
}

/** Appends `line` to a shell script, on its own line, keeping the file's last newline. */
export function appendLine(script: string, line: string): string {
  if (script === '') return `${line}\n`;
  return `${script}${script.endsWith('\n') ? '' : '\n'}${line}\n`;
}
