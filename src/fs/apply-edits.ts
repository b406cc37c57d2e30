/**
 * Performs a set of file edits all-or-nothing. Before anything is written each file is checked:
 * it must still hold exactly the bytes the plan was computed from, and it (and its folder) must
 * be writable. Rewrites go first, deletions last, each one atomic; if any step fails — or the
 * caller's verification of the result fails — every file already touched is put back.
 */
import { access, constants, readFile, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { MigcheckError } from '../core/errors.js';
import { applyWriteFailed, refuseChanged, refuseReadOnly } from '../core/messages.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** One file's change: its bytes when the plan was made, and its new bytes (null: delete it). */
export interface FileEdit {
  /** Repository-relative path, `/` separators. */
  path: string;
  before: Uint8Array;
  after: Uint8Array | null;
}

/** How applyEdits runs. */
export interface ApplyOptions {
  /** The worktree top the paths are relative to. */
  root: string;
  /** Called after each completed write or delete with the running count (the tests' fault hook). */
  afterWrite?: (count: number) => void;
  /** Checks the result once everything is written; a throw restores every file, then rethrows. */
  verify?: () => Promise<void>;
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Refuses (MigcheckError, nothing written) a file that changed since the plan or is read-only. */
async function preflight(root: string, edit: FileEdit): Promise<number> {
  const full = join(root, edit.path);
  const current = await readFile(full).catch(() => undefined);
  if (!current || !sameBytes(current, edit.before)) throw new MigcheckError(refuseChanged(edit.path));
  const mode = (await stat(full)).mode & 0o7777;
  try {
    await access(full, constants.W_OK);
    // The rename that makes the write atomic (and a deletion) needs the folder writable.
    await access(dirname(full), constants.W_OK);
  } catch {
    throw new MigcheckError(refuseReadOnly(edit.path));
  }
  // root passes access(); a file with no write bit at all was still made read-only on purpose.
  if ((mode & 0o222) === 0) throw new MigcheckError(refuseReadOnly(edit.path));
  return mode;
}

/** Applies `edits` all-or-nothing (see the module comment). Never stages or commits. */
export async function applyEdits(edits: readonly FileEdit[], options: ApplyOptions): Promise<void> {
  const modes = new Map<string, number>();
  for (const edit of edits) modes.set(edit.path, await preflight(options.root, edit));

  const ordered = [...edits.filter((e) => e.after !== null), ...edits.filter((e) => e.after === null)];
  const done: FileEdit[] = [];
  const restore = async () => {
    for (const edit of [...done].reverse()) await writeFileAtomic(join(options.root, edit.path), edit.before, modes.get(edit.path));
  };
  for (const edit of ordered) {
    const full = join(options.root, edit.path);
    try {
      if (edit.after === null) await unlink(full);
      else await writeFileAtomic(full, edit.after, modes.get(edit.path));
    } catch (error) {
      await restore();
      throw new MigcheckError(applyWriteFailed(edit.path, (error as NodeJS.ErrnoException).code ?? String(error)), { cause: error });
    }
    done.push(edit);
    options.afterWrite?.(done.length);
  }
  if (options.verify) {
    try {
      await options.verify();
    } catch (error) {
      await restore();
      throw error;
    }
  }
}
