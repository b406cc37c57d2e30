import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderMergeRevision } from '../../src/core/merge/render-merge-revision.js';
import { DEFAULT_SCRIPT_TEMPLATE } from '../../src/core/merge/default-script-template.js';
import { MigcheckError } from '../../src/core/errors.js';
import { hasAlembic, run } from '../helpers/repo.js';

const TEMPLATES = '/usr/lib/python3/dist-packages/alembic/templates';
const date = { year: 2026, month: 1, day: 5, hour: 14, minute: 3, second: 27, microsecond: 123456, epochSeconds: 1767621807 };

// Mako itself renders the same templates with the context Alembic's generate_revision passes
// (one Python process for every case: jobs in, rendered texts out, as JSON).
const MAKO = `
import sys, json, datetime
from mako.template import Template
from alembic.util import format_as_comma
out = []
for job in json.load(sys.stdin):
    heads = job["heads"]
    down = None if not heads else heads[0] if len(heads) == 1 else tuple(heads)
    out.append(Template(text=job["template"]).render_unicode(up_revision='u7v8w9x0y1z2', down_revision=down, branch_labels=None,
        depends_on=None, create_date=datetime.datetime(2026, 1, 5, 14, 3, 27, 123456), comma=format_as_comma, message=job["message"]))
json.dump(out, sys.stdout)
`;

interface Job { name: string; template: string; heads: string[]; message: string }

async function makoRenderAll(jobs: Job[]): Promise<string[]> {
  const r = await run('/usr/bin/python3', ['-c', MAKO], { cwd: tmpdir(), input: JSON.stringify(jobs) });
  if (r.code !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[];
}

const ours = (text: string, heads: string[], message: string) =>
  renderMergeRevision({ rev: 'u7v8w9x0y1z2', message, heads, date, template: { text, path: 'x/script.py.mako' }, fileTemplate: '%(rev)s_%(slug)s', truncateSlugLength: 40 }).text;

const CUSTOM = `## a comment line that Mako drops
"""\${message}

Revision ID: \${up_revision}
Revises: \${down_revision | comma,n}
Create Date: \${create_date}

"""
% if imports:
\${imports}
% else:
# no imports \\
(joined)
% endif
revision = \${repr(up_revision)}
down_revision = \${repr(down_revision)}
    ## indented comment
message_repr = \${repr(message)}
lines = \${str(down_revision) if down_revision else 'none'}
`;

const cases: [string, () => Promise<string>][] = [
  ['generic', () => readFile(join(TEMPLATES, 'generic/script.py.mako'), 'utf8')],
  ['async', () => readFile(join(TEMPLATES, 'async/script.py.mako'), 'utf8')],
  ['default (1.11.2+ annotated)', async () => DEFAULT_SCRIPT_TEMPLATE],
  ['custom: if/else, comments, continuation', async () => CUSTOM],
  ['CRLF template', async () => DEFAULT_SCRIPT_TEMPLATE.replace(/\n/g, '\r\n')],
];

test('renders exactly like Mako: generic, async, the default, a custom template, CRLF', async () => {
  if (!(await hasAlembic())) return;
  const jobs: Job[] = [];
  for (const [name, load] of cases) {
    const template = await load();
    for (const [heads, message] of [[['k8l9m0n1o2p3', 'r4s5t6u7v8w9'], 'merge chain1 and chain2 heads'], [['aaa'], "it's \"quoted\""], [[], 'empty message']] as const) {
      jobs.push({ name: `${name} with ${heads.length} heads`, template, heads: [...heads], message });
    }
  }
  const expected = await makoRenderAll(jobs);
  jobs.forEach((job, i) => assert.is(ours(job.template, job.heads, job.message), expected[i], job.name));
});

test('multidb: a clear error naming the line, never a broken file', async () => {
  const text = await readFile(join(TEMPLATES, 'multidb/script.py.mako'), 'utf8');
  try {
    ours(text, ['a', 'b'], 'm');
    assert.unreachable();
  } catch (error) {
    assert.instance(error, MigcheckError);
    assert.is((error as Error).message, "cannot render x/script.py.mako:29: `<%` is not supported (migcheck renders the subset of Mako that Alembic's own templates use); run `alembic merge heads` instead");
  }
});

test('unsupported expression and control line name their line', () => {
  const attempt = (text: string) => {
    try {
      ours(text, ['a'], 'm');
    } catch (error) {
      return (error as Error).message;
    }
    return 'rendered';
  };
  assert.is(attempt('a\n${config.get_main_option("x")}\n'), "cannot render x/script.py.mako:2: the expression `config.get_main_option(\"x\")` is not supported (migcheck renders the subset of Mako that Alembic's own templates use); run `alembic merge heads` instead");
  assert.is(attempt('a\nb\n% for x in y:\n% endfor\n'), "cannot render x/script.py.mako:3: the control line `% for x in y:` is not supported (migcheck renders the subset of Mako that Alembic's own templates use); run `alembic merge heads` instead");
  assert.is(attempt('${imports}'), "cannot render x/script.py.mako:1: the expression `imports` is not supported (migcheck renders the subset of Mako that Alembic's own templates use); run `alembic merge heads` instead");
});

test.run();
