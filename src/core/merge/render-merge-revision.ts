/**
 * The merge migration `alembic merge heads` would write: its file name (from `file_template`)
 * and its text (the environment's `script.py.mako`, or Alembic's default), with the context
 * Alembic's `generate_revision` passes. Pure: id, clock and template text come from the caller.
 */
import type { RevisionId } from '../types.js';
import { formatCreateDate, type LocalDateTime } from './create-date.js';
import { DEFAULT_SCRIPT_TEMPLATE } from './default-script-template.js';
import { py, type PyValue } from './python-value.js';
import { renderScriptTemplate } from './render-script-template.js';
import { revisionFileName } from './revision-file-name.js';

/** What a merge revision is made from. */
export interface MergeRevisionInput {
  rev: RevisionId;
  /** `-m`; Alembic writes "empty message" without one, and the file name gets an empty slug. */
  message?: string;
  /** The heads being merged, in load order (they become down_revision). */
  heads: readonly RevisionId[];
  date: LocalDateTime;
  /** The environment's `script.py.mako` (text and repository path), or undefined for the default. */
  template?: { text: string; path: string };
  fileTemplate: string;
  truncateSlugLength: number;
}

/** The rendered merge revision. */
export interface MergeRevision {
  fileName: string;
  text: string;
}

/** Renders the merge revision's file name and text. */
export function renderMergeRevision(input: MergeRevisionInput): MergeRevision {
  const context = new Map<string, PyValue>([
    ['up_revision', py.str(input.rev)],
    ['down_revision', py.revisions(input.heads)],
    // util.to_tuple(None) and tuple_rev_as_scalar(None) are both None.
    ['branch_labels', py.none],
    ['depends_on', py.none],
    ['create_date', py.datetime(formatCreateDate(input.date))],
    ['message', py.str(input.message ?? 'empty message')],
  ]);
  const template = input.template ?? { text: DEFAULT_SCRIPT_TEMPLATE, path: 'script.py.mako (Alembic default)' };
  return {
    fileName: revisionFileName(input.fileTemplate, input.rev, input.message, input.date, input.truncateSlugLength),
    text: renderScriptTemplate(template.text, template.path, context),
  };
}
