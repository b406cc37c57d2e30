/**
 * The file changes `migcheck init` makes, as data: computed from the files' current texts
 * without touching disk, printed by --dry-run, applied otherwise. A change whose new text equals
 * the old one is never planned, which is what makes a second run change nothing.
 */

/** One change to one file. Paths are absolute; `shown` is what messages print. */
export type FileChange =
  | { kind: 'write'; path: string; shown: string; before: string | undefined; content: string; executable: boolean; what: string[] }
  | { kind: 'rename'; path: string; shown: string; to: string; toShown: string; what: string[] }
  | { kind: 'delete'; path: string; shown: string; what: string[] };

/** Everything init would do. */
export interface InitPlan {
  mode: 'husky' | 'plain' | 'pre-commit';
  /** Where the hooks go (`.husky`, the hooks directory git uses, or the config file), for the first line. */
  where: string;
  changes: FileChange[];
  /** Sentences printed after the changes (next steps, things left to the user). */
  notes: string[];
}

