/**
 * Errors that end a run with a clear line instead of a stack trace. The CLI's single catch turns
 * a MigcheckError into `migcheck: <message>` (plus the hint) and its exit code; anything else is
 * an internal failure (exit 2, detail only with --debug).
 */
export class MigcheckError extends Error {
  /** 2 = could not check (usage, repository, target, history, config), per the CLI contract. */
  readonly exitCode: number;
  /** What to do about it, printed on its own line. */
  readonly hint: string | undefined;

  constructor(message: string, options: { hint?: string; exitCode?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MigcheckError';
    this.exitCode = options.exitCode ?? 2;
    this.hint = options.hint;
  }
}
