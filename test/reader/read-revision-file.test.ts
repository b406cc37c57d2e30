import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readRevisionFile } from '../../src/core/reader/read-revision-file.js';
import type { RevisionField, RevisionFile, ValueItem } from '../../src/core/types.js';

const s = (value: string): ValueItem => ({ kind: 'string', value });
const e = (text: string): ValueItem => ({ kind: 'expression', text });

/** The value text each site's span covers, read back from the source. */
function spans(file: RevisionFile, text: string): Partial<Record<RevisionField, string>> {
  const out: Partial<Record<RevisionField, string>> = {};
  for (const [field, site] of Object.entries(file.sites)) {
    assert.is(text.slice(site!.span.start, site!.span.end), site!.text, `${field} span/text`);
    out[field as RevisionField] = site!.text;
  }
  return out;
}

interface Case {
  name: string;
  text: string;
  path?: string;
  revision?: string | undefined;
  down?: string[] | undefined;
  labels?: ValueItem[];
  depends?: ValueItem[];
  spans?: Partial<Record<RevisionField, string>>;
  /** [severity, line, reason] of every problem, in order. */
  problems?: [string, number, string][];
}

const R = "revision = 'r1'\n";

const syntaxCases: Case[] = [
  { name: 'plain', text: "revision = 'ae1027a6acf'\ndown_revision = '1975ea83b712'\n", revision: 'ae1027a6acf', down: ['1975ea83b712'], spans: { revision: "'ae1027a6acf'", down_revision: "'1975ea83b712'" } },
  {
    name: 'annotated (template since 1.11.2)',
    text: "revision: str = 'ab'\ndown_revision: Union[str, Sequence[str], None] = ('x', 'y')\nbranch_labels: Union[str, Sequence[str], None] = None\ndepends_on: Union[str, Sequence[str], None] = None\n",
    revision: 'ab', down: ['x', 'y'], labels: [], depends: [],
    spans: { revision: "'ab'", down_revision: "('x', 'y')", branch_labels: 'None', depends_on: 'None' },
  },
  { name: 'double quotes', text: 'revision = "r1"\ndown_revision = "p"\n', revision: 'r1', down: ['p'], spans: { revision: '"r1"', down_revision: '"p"' } },
  { name: 'triple quotes', text: `revision = '''r1'''\ndown_revision = """p"""\n`, revision: 'r1', down: ['p'], spans: { revision: "'''r1'''", down_revision: '"""p"""' } },
  { name: 'prefixes r u R U', text: "revision = r'r1'\ndown_revision = (u'a', R'b', U\"c\")\n", revision: 'r1', down: ['a', 'b', 'c'] },
  { name: 'escapes as Python evaluates them', text: R + "down_revision = ('\\x41\\u00e9\\101', 'a\\\\b', 'q\\'s', 'tab\\there', 'keep\\d')\n", down: ['Aé' + 'A', 'a\\b', "q's", 'tab\there', 'keep\\d'] },
  { name: 'raw string keeps backslashes', text: R + "down_revision = r'a\\nb'\n", down: ['a\\nb'] },
  { name: 'implicit concatenation', text: R + "down_revision = 'ab' \"cd\"\n", down: ['abcd'], spans: { revision: "'r1'", down_revision: "'ab' \"cd\"" } },
  { name: 'concatenation over lines in parentheses', text: R + "down_revision = (\n    'ab'\n    'cd'\n)\n", down: ['abcd'], spans: { revision: "'r1'", down_revision: "(\n    'ab'\n    'cd'\n)" } },
  { name: 'parenthesised scalar', text: R + "down_revision = ('p')\n", down: ['p'] },
  { name: 'one-item tuple', text: R + "down_revision = ('p',)\n", down: ['p'] },
  { name: 'bare tuple', text: R + "down_revision = 'a', 'b'\n", down: ['a', 'b'], spans: { revision: "'r1'", down_revision: "'a', 'b'" } },
  { name: 'list', text: R + "down_revision = ['a', 'b']\n", down: ['a', 'b'] },
  {
    name: 'multi-line tuple with comments and trailing comma',
    text: R + "down_revision = (\n    'a',  # first\n    # between\n    'b',\n)  # after\nbranch_labels = None\n",
    down: ['a', 'b'], spans: { revision: "'r1'", down_revision: "(\n    'a',  # first\n    # between\n    'b',\n)", branch_labels: 'None' },
  },
  { name: 'None is a base', text: R + 'down_revision = None\n', down: [] },
  { name: '() is a base', text: R + 'down_revision = ()\n', down: [] },
  { name: '[] is a base', text: R + 'down_revision = []\n', down: [] },
  { name: 'comment after the value', text: R + "down_revision = 'p'  # parent: down_revision = 'x'\n", down: ['p'], spans: { revision: "'r1'", down_revision: "'p'" } },
  { name: 'line continuation', text: R + "down_revision = \\\n    'p'\n", down: ['p'] },
  { name: 'CRLF', text: "revision = 'r1'\r\ndown_revision = (\r\n  'a',\r\n  'b')\r\n", revision: 'r1', down: ['a', 'b'], spans: { revision: "'r1'", down_revision: "(\r\n  'a',\r\n  'b')" } },
  { name: 'BOM', text: "\ufeffrevision = 'r1'\ndown_revision = None\n", revision: 'r1', down: [], spans: { revision: "'r1'", down_revision: 'None' } },
  { name: 'encoding cookie', text: "# -*- coding: latin-1 -*-\n# caf\u00e9\nrevision = 'r1'\ndown_revision = None\n", revision: 'r1', down: [] },
  { name: 'semicolons', text: "revision = 'r1'; down_revision = 'p'\n", revision: 'r1', down: ['p'] },
  { name: 'chained assignment', text: "revision = other = 'r1'\ndown_revision = None\n", revision: 'r1', down: [] },
  {
    name: 'docstring with assignments does not count; Revises span',
    text: `"""msg\n\nRevision ID: r1\nRevises: a, b \ndown_revision = 'x'\n"""\nrevision = 'r1'\ndown_revision = ('a', 'b')\n`,
    revision: 'r1', down: ['a', 'b'],
  },
  { name: 'string holding an assignment does not count', text: R + "x = '''\ndown_revision = 'zz'\n'''\ndown_revision = 'p'\ny = \"down_revision = 'q'\"\n", down: ['p'] },
  { name: 'assignments inside def and class do not count', text: R + "down_revision = 'p'\ndef upgrade():\n    down_revision = 'x'\n    if True:\n        revision = 'y'\nclass A:\n    depends_on = 'z'\n", revision: 'r1', down: ['p'], depends: [] },
  { name: 'one-line def body does not count', text: R + "down_revision = 'p'\ndef f(): revision = 'x'\n", revision: 'r1', down: ['p'] },
  { name: 'Python 2 file', text: `revision = 'r1'\ndown_revision = 'p'\nprint "hello"\ntry:\n    pass\nexcept Exception, e:\n    print e\n`, revision: 'r1', down: ['p'] },
  { name: 'branch_labels string and depends_on list', text: R + "down_revision = None\nbranch_labels = 'lbl'\ndepends_on = ['d1', 'd2']\n", labels: [s('lbl')], depends: [s('d1'), s('d2')] },
  { name: 'branch_labels as constants (OpenStack)', text: R + 'down_revision = None\nbranch_labels = (cli.EXPAND_BRANCH,)\n', labels: [e('cli.EXPAND_BRANCH')], spans: { revision: "'r1'", down_revision: 'None', branch_labels: '(cli.EXPAND_BRANCH,)' } },
  { name: 'legacy hex file name', path: 'v/1975ea83b712.py', text: "down_revision = None\n", revision: '1975ea83b712', down: [] },
  { name: 'the variable wins over the file name and docstring', path: 'v/abc.py', text: '"""x\n\nRevision ID: zzz\nRevises: q\n"""\nrevision = \'r9\'\ndown_revision = None\n', revision: 'r9', down: [] },
  { name: 'annotation only does not assign', text: "revision: str\nrevision = 'r1'\ndown_revision = None\n", revision: 'r1', down: [] },
  { name: 'lambda default is not an assignment target', text: "f = lambda revision='x': revision\nrevision = 'r1'\ndown_revision = None\n", revision: 'r1', down: [] },
  { name: 'keyword arguments are not assignments', text: "op.f(revision='x')\nrevision = 'r1'\ndown_revision = None\n", revision: 'r1', down: [] },
  { name: 'tabs and form feed indentation still nest', text: "revision = 'r1'\ndown_revision = None\ndef f():\n\trevision = 'x'\n", revision: 'r1', down: [] },
  { name: 'a sum of strings is a string (Alembic runs the file)', text: R + "down_revision = 'a' + 'b'\n", down: ['ab'] },
  { name: "branch_labels = ('neutron-' + 'contract',) is the label neutron-contract", text: R + "down_revision = None\nbranch_labels = ('neutron-' + 'contract',)\n", labels: [s('neutron-contract')] },
  { name: 'a backslash continuation on a line of its own starts the next statement at its column', text: R + "down_revision = None\n\\\ndef upgrade():\n    pass\n", down: [] },
  { name: 'tabs and spaces used consistently', text: R + "down_revision = None\nif x:\n\tif y:\n\t\tpass\n\telse:\n\t\tpass\n", down: [] },
  { name: 'f-string with nested quotes is skipped', text: `x = f"{'a'}{d["k"]:>{w}}"\nrevision = 'r1'\ndown_revision = None\n`, revision: 'r1', down: [] },
];

for (const c of syntaxCases) {
  test(`syntax: ${c.name}`, () => {
    const file = readRevisionFile(c.path ?? 'migrations/versions/x_1.py', c.text);
    const got = spans(file, c.text);
    assert.equal(file.problems, [], 'no problems');
    if ('revision' in c) assert.is(file.revision, c.revision);
    if ('down' in c) assert.equal(file.downRevisions, c.down);
    if (c.labels) assert.equal(file.branchLabels, c.labels);
    if (c.depends) assert.equal(file.dependsOn, c.depends);
    if (c.spans) assert.equal(got, c.spans);
  });
}

test('Revises: span is the value after the label, trailing blanks excluded', () => {
  const text = `"""msg\n\nRevision ID: r1\nRevises: a, b \nCreate Date: x\n"""\nrevision = 'r1'\ndown_revision = ('a', 'b')\n`;
  const file = readRevisionFile('v/x.py', text);
  assert.equal(file.revises, { span: { start: text.indexOf('a, b'), end: text.indexOf('a, b') + 4, line: 4 }, text: 'a, b' });
  const base = `"""m\n\nRevises: \r\nCreate Date: x\r\n"""\r\nrevision = 'r1'\r\ndown_revision = None\r\n`;
  const b = readRevisionFile('v/x.py', base);
  assert.equal(b.revises, { span: { start: base.indexOf(' \r\n') + 1, end: base.indexOf(' \r\n') + 1, line: 3 }, text: '' });
});

test('site lines and span lines are 1-based lines of the statement and value', () => {
  const text = "\n\nrevision = 'r1'\ndown_revision = \\\n  'p'\n";
  const file = readRevisionFile('v/x.py', text);
  assert.is(file.sites.revision!.line, 3);
  assert.is(file.sites.down_revision!.line, 4);
  assert.is(file.sites.down_revision!.span.line, 5);
  assert.is(file.sites.revision!.scalar, true);
});

test('blob is kept', () => {
  assert.is(readRevisionFile('v/x.py', R + 'down_revision = None\n', 'abc123').blob, 'abc123');
});

const NOT_LIT = 'not a literal; migcheck reads revision files without running them, so write it as a string, tuple or list literal';
const problemCases: Case[] = [
  { name: 'no revision, non-hex file name', path: 'v/add_cart.py', text: 'down_revision = None\n', revision: undefined, problems: [['error', 1, "Could not determine revision id from filename add_cart.py. Be sure the 'revision' variable is declared inside the script (please see 'Upgrading from Alembic 0.1 to 0.2' in the documentation)."]] },
  { name: 'legacy rule is re.match on the basename', path: 'v/x1975ea.py', text: 'down_revision = None\n', revision: undefined, problems: [['error', 1, "Could not determine revision id from filename x1975ea.py. Be sure the 'revision' variable is declared inside the script (please see 'Upgrading from Alembic 0.1 to 0.2' in the documentation)."]] },
  { name: 'missing down_revision', path: 'v/no-dn.py', text: R, down: undefined, problems: [['error', 1, "down_revision is not assigned at module level; Alembic fails to load this file (AttributeError: module 'no_dn_py' has no attribute 'down_revision')"]] },
  { name: 'call', text: R + 'down_revision = get_down_revision(revision)\n', down: undefined, problems: [['error', 2, `down_revision is a function call (get_down_revision(revision)), ${NOT_LIT}`]] },
  { name: 'bare name', text: R + 'down_revision = BASE\n', down: undefined, problems: [['error', 2, `down_revision is a name (BASE), ${NOT_LIT}`]] },
  { name: 'f-string', text: R + "down_revision = f'{x}'\n", down: undefined, problems: [['error', 2, `down_revision is an f-string (f'{x}'), ${NOT_LIT}`]] },
  { name: 'bytes', text: R + "down_revision = b'p'\n", down: undefined, problems: [['error', 2, `down_revision is a bytes literal (b'p'), ${NOT_LIT}`]] },
  { name: 'a sum with a name', text: R + "down_revision = 'a' + B\n", down: undefined, problems: [['error', 2, `down_revision is an expression ('a' + B), ${NOT_LIT}`]] },
  { name: "'' is a base on Alembic 1.12 and older, a KeyError from 1.13: alembic-compat", text: R + "down_revision = ''\n", down: [], problems: [['warning', 2, "down_revision = '' is a base on Alembic 1.12 and older, but Alembic 1.13 and newer fail to load this tree (KeyError: '')"]] },
  { name: 'number', text: R + 'down_revision = 12\n', down: undefined, problems: [['error', 2, `down_revision is a number (12), ${NOT_LIT}`]] },
  { name: 'revision as a call', text: "revision = make_id()\ndown_revision = None\n", revision: undefined, problems: [['error', 1, `revision is a function call (make_id()), ${NOT_LIT}`]] },
  { name: 'revision None', text: "revision = None\ndown_revision = None\n", revision: undefined, problems: [['error', 1, 'revision must be a string (or a tuple or list of strings), not None']] },
  { name: 'revision empty', text: "revision = ''\ndown_revision = None\n", revision: undefined, problems: [['error', 1, 'revision is an empty string']] },
  { name: 'nested tuple', text: R + "down_revision = (('a', 'b'),)\n", down: undefined, problems: [['error', 2, 'down_revision must be a string (or a tuple or list of strings), not a tuple holding a nested tuple or list']] },
  {
    name: 'unclosed bracket', text: R + "down_revision = ('a',\n\ndef upgrade():\n    pass\n", down: undefined,
    problems: [['error', 2, `down_revision is an unclosed '(' (('a', def upgrade(): pass), ${NOT_LIT}`], ['error', 2, "Python cannot parse this file: '(' was never closed"]],
  },
  {
    name: 'unterminated string', text: R + "down_revision = 'abc\nbranch_labels = None\n", down: undefined,
    problems: [['error', 2, `down_revision is an unterminated string ('abc), ${NOT_LIT}`], ['error', 2, 'Python cannot parse this file: unterminated string literal (detected at line 2)']],
  },
  { name: 'illegal characters', text: "revision = 'a-b@c'\ndown_revision = None\n", revision: undefined, problems: [['error', 1, "Character(s) '-, @' not allowed in revision identifier 'a-b@c'"]] },
  { name: 'a colon: illegal from Alembic 1.17.2 only (alembic-compat), the id is kept', text: "revision = 'a:b'\ndown_revision = None\n", revision: 'a:b', problems: [['warning', 1, "revision 'a:b' contains ':', which Alembic 1.17.2 and newer refuse (\"Character(s) ':' not allowed in revision identifier\"); older versions load it"]] },
  { name: 'a colon beside another illegal character is an error', text: "revision = 'a:b-c'\ndown_revision = None\n", revision: undefined, problems: [['error', 1, "Character(s) '-' not allowed in revision identifier 'a:b-c'"]] },
  { name: 'a NUL byte: Python refuses the file (identity kept when after the assignments)', text: R + "down_revision = None\nx = 1\u0000\n", revision: 'r1', down: [], problems: [['error', 3, 'Python cannot parse this file: source code cannot contain null bytes']] },
  { name: 'a NUL byte before the assignments', text: "# \u0000\n" + R + "down_revision = None\n", revision: 'r1', down: [], problems: [['error', 1, 'Python cannot parse this file: source code cannot contain null bytes']] },
  { name: 'a NUL byte inside a value', text: "revision = 'r1'\u0000\ndown_revision = None\n", revision: undefined, problems: [['error', 1, "revision is an expression ('r1'\u0000), not a literal; migcheck reads revision files without running them, so write it as a string, tuple or list literal"], ['error', 1, 'Python cannot parse this file: source code cannot contain null bytes']] },
  { name: 'a missing colon', text: R + "down_revision = None\ndef upgrade()\n    pass\n", revision: 'r1', down: [], problems: [['error', 3, "Python cannot parse this file: expected ':'"]] },
  { name: 'a missing colon after except', text: R + "down_revision = None\ntry:\n    pass\nexcept ValueError\n    pass\n", revision: 'r1', problems: [['error', 5, "Python cannot parse this file: expected ':'"]] },
  { name: 'an unexpected indent', text: R + "down_revision = None\n  x = 1\n", revision: 'r1', problems: [['error', 3, 'Python cannot parse this file: unexpected indent']] },
  { name: 'an unindent to no outer level', text: R + "down_revision = None\ndef upgrade():\n    x = 1\n  y = 2\n", revision: 'r1', problems: [['error', 5, 'Python cannot parse this file: unindent does not match any outer indentation level']] },
  { name: 'a block with no body', text: R + "down_revision = None\ndef upgrade():\nx = 1\n", revision: 'r1', problems: [['error', 4, 'Python cannot parse this file: expected an indented block after line 3']] },
  { name: 'a block with no body at the end', text: R + "down_revision = None\ndef upgrade():\n", revision: 'r1', problems: [['error', 3, 'Python cannot parse this file: expected an indented block after line 3']] },
  { name: 'tabs and spaces mixed inconsistently', text: R + "down_revision = None\nif x:\n        a = 1\n\tb = 2\n", revision: 'r1', problems: [['error', 5, 'Python cannot parse this file: inconsistent use of tabs and spaces in indentation']] },
  { name: 'an indentation error before the assignments hides them', text: "  x = 1\n" + R + "down_revision = None\n", revision: undefined, problems: [['error', 1, 'Python cannot parse this file: unexpected indent']] },
  {
    name: 'repeated assignment: last wins, with a warning', text: "revision = 'r1'\ndown_revision = 'a'\ndown_revision = 'b'\n", down: ['b'],
    problems: [['warning', 3, 'down_revision is assigned 2 times at module level (lines 2, 3); Python keeps the last value, and migcheck will not edit this file']],
  },
  {
    name: 'assignment in an if block', text: R + "down_revision = 'a'\nif FLAG:\n    down_revision = 'b'\n", down: undefined,
    problems: [['error', 4, "down_revision is assigned inside a module-level 'if' block, so its value is decided when Python runs the file and cannot be read statically; assign it once at module level"]],
  },
  {
    name: 'assignment in try/except', text: "try:\n    revision = 'r1'\nexcept ImportError:\n    revision = 'r2'\ndown_revision = None\n", revision: undefined,
    problems: [
      ['error', 2, "revision is assigned inside a module-level 'try' block, so its value is decided when Python runs the file and cannot be read statically; assign it once at module level"],
      ['error', 4, "revision is assigned inside a module-level 'except' block, so its value is decided when Python runs the file and cannot be read statically; assign it once at module level"],
    ],
  },
  { name: 'assignment in a with block', text: R + "with ctx():\n    down_revision = 'b'\n", down: undefined, problems: [['error', 3, "down_revision is assigned inside a module-level 'with' block, so its value is decided when Python runs the file and cannot be read statically; assign it once at module level"]] },
  { name: 'one-line if', text: R + "if X: down_revision = 'b'\n", down: undefined, problems: [['error', 2, "down_revision is assigned inside a module-level 'if' block, so its value is decided when Python runs the file and cannot be read statically; assign it once at module level"]] },
  { name: 'imported', text: R + 'from .base import down_revision\n', down: undefined, problems: [['error', 2, 'down_revision is imported, which cannot be read statically; assign it once at module level']] },
  { name: 'unpacked', text: R + "a, down_revision = 1, 'p'\n", down: undefined, problems: [['error', 2, 'down_revision is assigned by unpacking, which cannot be read statically; assign it once at module level']] },
  { name: 'augmented', text: R + "down_revision = 'a'\ndown_revision += 'b'\n", down: undefined, problems: [['error', 3, 'down_revision is changed with +=, which cannot be read statically; assign it once at module level']] },
  { name: 'compiled file', path: 'v/__pycache__/a.cpython-311.pyc', text: '\u0000\u0001', revision: undefined, problems: [['error', 1, 'v/__pycache__/a.cpython-311.pyc is compiled bytecode; migcheck reads revision sources only']] },
  {
    name: 'syntax error after all assignments: an error (Alembic cannot import it), the identity kept', text: "revision = 'r1'\ndown_revision = None\ndef upgrade():\n    op.f((\n", revision: 'r1', down: [],
    problems: [['error', 4, "Python cannot parse this file: '(' was never closed"]],
  },
  {
    name: 'syntax error before the assignments is an error', text: "x = ']'[\nrevision = 'r1'\ndown_revision = None\n", revision: undefined, down: undefined,
    problems: [['error', 1, "Python cannot parse this file: '[' was never closed"]],
  },
];

for (const c of problemCases) {
  test(`problem: ${c.name}`, () => {
    const file = readRevisionFile(c.path ?? 'v/x.py', c.text);
    spans(file, c.text);
    assert.equal(file.problems.map((p) => [p.severity, p.line, p.reason]), c.problems);
    if ('revision' in c) assert.is(file.revision, c.revision);
    if ('down' in c) assert.equal(file.downRevisions, c.down);
  });
}

test('a non-literal value keeps its site with items undefined and the reason', () => {
  const text = R + 'down_revision = get_down_revision(revision)\n';
  const site = readRevisionFile('v/x.py', text).sites.down_revision!;
  assert.equal(site.items, undefined);
  assert.is(site.text, 'get_down_revision(revision)');
  assert.is(site.problem, `down_revision is a function call (get_down_revision(revision)), ${NOT_LIT}`);
  assert.is(site.field, 'down_revision');
});

test("a file named exactly '.py': Alembic crashes on every version (error), its identity kept", () => {
  const file = readRevisionFile('v/.py', R + 'down_revision = None\n');
  assert.equal(file.problems.map((p) => [p.severity, p.line, p.reason, p.fix]), [['error', 1, "a file named exactly '.py' makes Alembic crash on every version (it cannot make a module of a name without a stem)", 'rename the file, e.g. to r1_<slug>.py']]);
  assert.is(file.revision, 'r1');
  assert.is(readRevisionFile('v/x.py', R + 'down_revision = None\n').problems.length, 0);
});

test('a merge whose upgrade() and downgrade() do nothing is marked emptyMigration; other files are not', () => {
  const merge = R + "down_revision = ('a', 'b')\n\ndef upgrade():\n    pass\n\ndef downgrade():\n    pass\n";
  assert.is(readRevisionFile('v/x.py', merge).emptyMigration, true);
  assert.is(readRevisionFile('v/x.py', merge.replace('def upgrade():\n    pass', 'def upgrade():\n    op.drop_table("t")')).emptyMigration, undefined);
  assert.is(readRevisionFile('v/x.py', R + "down_revision = ('a', 'b')\n").emptyMigration, undefined, 'no functions');
  assert.is(readRevisionFile('v/x.py', R + "down_revision = 'a'\n\ndef upgrade():\n    pass\n\ndef downgrade():\n    pass\n").emptyMigration, undefined, 'not a merge');
});

test('reader never throws on garbage', () => {
  for (const text of ['', '\u0000', '"""', "'", '(((', ')))', '\\', 'revision =', 'revision = (', 'if:\n  revision = ', '\r\r\r', 'f"{', "f'{x:{'"]) {
    const file = readRevisionFile('v/x.py', text);
    assert.ok(file.problems.length > 0, JSON.stringify(text));
  }
});

test.run();
