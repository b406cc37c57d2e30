/**
 * Writes revision files the way Alembic's templates (and real projects) do, for tests.
 * Styles: `annotated` (the generic template since 1.11.2), `plain` (older templates),
 * `double` (double quotes, list parents) and `compact` (no docstring, tuple spread over lines).
 */
export type RevisionStyle = 'annotated' | 'plain' | 'double' | 'compact';

export interface RevisionSpec {
  rev: string;
  /** Parent ids; [] or undefined for a base. */
  down?: string[];
  labels?: string[];
  dependsOn?: string[];
  message?: string;
  style?: RevisionStyle;
  /** Extra lines placed after the identifiers (e.g. a comment). */
  extra?: string;
  /** The body of upgrade() (indented by four spaces), instead of `pass`. */
  upgrade?: string;
}

const py = (s: string, q: "'" | '"') => `${q}${s}${q}`;

function literal(items: string[] | undefined, q: "'" | '"', list = false): string {
  if (!items || items.length === 0) return 'None';
  if (items.length === 1 && !list) return py(items[0]!, q);
  const inner = items.map((i) => py(i, q)).join(', ');
  return list ? `[${inner}]` : `(${inner}${items.length === 1 ? ',' : ''})`;
}

/** The text of one revision file. */
export function revisionText(spec: RevisionSpec): string {
  const style = spec.style ?? 'annotated';
  const message = spec.message ?? `revision ${spec.rev}`;
  const body = spec.upgrade ?? '    pass';
  const doc = `"""${message}\n\nRevision ID: ${spec.rev}\nRevises: ${(spec.down ?? []).join(', ')}\nCreate Date: 2025-10-19 20:00:00.000000\n\n"""\n`;
  switch (style) {
    case 'annotated':
      return `${doc}from typing import Sequence, Union\n\nfrom alembic import op\nimport sqlalchemy as sa\n\n\n# revision identifiers, used by Alembic.\nrevision: str = ${py(spec.rev, "'")}\ndown_revision: Union[str, Sequence[str], None] = ${literal(spec.down, "'")}\nbranch_labels: Union[str, Sequence[str], None] = ${literal(spec.labels, "'")}\ndepends_on: Union[str, Sequence[str], None] = ${literal(spec.dependsOn, "'")}\n${spec.extra ?? ''}\n\ndef upgrade() -> None:\n${body}\n\n\ndef downgrade() -> None:\n    pass\n`;
    case 'plain':
      return `${doc}from alembic import op\nimport sqlalchemy as sa\n\n\n# revision identifiers, used by Alembic.\nrevision = ${py(spec.rev, "'")}\ndown_revision = ${literal(spec.down, "'")}\nbranch_labels = ${literal(spec.labels, "'")}\ndepends_on = ${literal(spec.dependsOn, "'")}\n${spec.extra ?? ''}\n\ndef upgrade():\n${body}\n\n\ndef downgrade():\n    pass\n`;
    case 'double':
      return `${doc}from alembic import op\n\nrevision = ${py(spec.rev, '"')}\ndown_revision = ${literal(spec.down, '"', (spec.down?.length ?? 0) > 1)}  # parent\nbranch_labels = ${literal(spec.labels, '"', true)}\ndepends_on = ${literal(spec.dependsOn, '"', true)}\n${spec.extra ?? ''}\n\ndef upgrade():\n${body}\n\n\ndef downgrade():\n    pass\n`;
    case 'compact': {
      const multi = (items: string[] | undefined) =>
        !items || items.length === 0 ? '()' : `(\n${items.map((i) => `    ${py(i, "'")},  # item\n`).join('')})`;
      return `from alembic import op\n\nrevision = ${py(spec.rev, "'")}\ndown_revision = ${multi(spec.down)}\nbranch_labels = ${multi(spec.labels)}\ndepends_on = ${multi(spec.dependsOn)}\n${spec.extra ?? ''}\n\ndef upgrade():\n    pass\n\ndef downgrade():\n    pass\n`;
    }
  }
}

/** A file name as Alembic's default `file_template` (`%(rev)s_%(slug)s`) would give it. */
export function revisionFileName(spec: RevisionSpec): string {
  const slug = (spec.message ?? `revision ${spec.rev}`).match(/\w+/g)?.join('_').toLowerCase() ?? '';
  return `${spec.rev}_${slug}.py`;
}

/** A minimal alembic.ini whose script_location is `location` (relative to the ini). */
export function alembicIni(location = 'migrations', extra = ''): string {
  return `[alembic]\nscript_location = ${location}\npath_separator = os\n${extra}\n[loggers]\nkeys = root\n`;
}

/** Files for an environment: alembic.ini at `root`, revisions under `<root>/<location>/versions`. */
export function environmentFiles(root: string, specs: RevisionSpec[], location = 'migrations'): Record<string, string> {
  const prefix = root ? `${root.replace(/\/$/, '')}/` : '';
  const files: Record<string, string> = { [`${prefix}alembic.ini`]: alembicIni(location) };
  for (const spec of specs) files[`${prefix}${location}/versions/${revisionFileName(spec)}`] = revisionText(spec);
  return files;
}
