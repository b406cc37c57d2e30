import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { tmpdir } from 'node:os';
import { run } from '../helpers/repo.js';
import { getOption, parseIni, IniSyntaxError, InterpolationError } from '../../src/alembic/ini.js';

// Each text is also read by Python's configparser (Alembic's parser) as the oracle.
const CASES: string[] = [
  '[alembic]\nscript_location = migrations\nsqlalchemy.url = driver://u:p@h/db\n',
  '[alembic]\nscript_location: %(here)s/alembic\nversion_locations = %(here)s/a\n    %(here)s/b\n\n    %(here)s/c\n\n\n[other]\nx=1\n',
  '# comment\n; another\n[alembic]\n  # indented comment\nScript_Location = m\nfile_template = %%(year)d_%%(rev)s_%%(slug)s\n',
  '[DEFAULT]\nbase = app\n[alembic]\nscript_location = %(base)s/migrations\nversion_locations = %(script_location)s/versions %(base)s/extra\n',
  '[alembic]\nkey=a=b:c\nother : x = y\nempty =\nurl = postgresql://x/%%(name)s\n',
  '[alembic]\nscript_location = m\nscript_location = n\n[alembic]\ntimezone = UTC\n',
  '\ufeff[alembic]\r\nscript_location = crlf\r\nversion_locations = a\r\n  b\r\n',
];

const PY = `
import configparser, json, sys
p = configparser.ConfigParser({'here': '.'}, strict=False)
p.read_string(sys.stdin.read())
print(json.dumps({s: {k: p.get(s, k) for k in p.options(s)} for s in p.sections()}))
`;

test('parseIni + getOption read every case exactly as Python configparser does', async () => {
  for (const text of CASES) {
    const oracle = await run('/usr/bin/python3', ['-c', PY], { cwd: tmpdir(), input: text.replace(/^\ufeff/, '') });
    assert.is(oracle.code, 0, oracle.stderr);
    const expected = JSON.parse(oracle.stdout) as Record<string, Record<string, string>>;
    const ini = parseIni(text);
    const actual: Record<string, Record<string, string>> = {};
    for (const section of ini.sections.keys()) {
      actual[section] = {};
      const keys = new Set([...ini.sections.get(section)!.keys(), ...ini.defaults.keys(), 'here']);
      for (const key of keys) actual[section]![key] = getOption(ini, section, key, { here: '.' })!;
    }
    assert.equal(actual, expected, JSON.stringify(text));
  }
});

test('configparser errors: no section header, a line that is not an option', () => {
  assert.throws(() => parseIni('script_location = x\n'), (e: unknown) => e instanceof IniSyntaxError && e.message === 'line 1: File contains no section headers');
  assert.throws(() => parseIni('[a]\njust words\n'), (e: unknown) => e instanceof IniSyntaxError && e.line === 2);
});

test('interpolation errors: a missing name, a stray %', () => {
  const ini = parseIni('[alembic]\na = %(nope)s/x\nb = 100%\n');
  assert.throws(() => getOption(ini, 'alembic', 'a'), (e: unknown) => e instanceof InterpolationError && e.message === '%(nope)s is not set');
  assert.throws(() => getOption(ini, 'alembic', 'b'), (e: unknown) => e instanceof InterpolationError && e.problem.kind === 'syntax');
  assert.is(getOption(ini, 'alembic', 'missing'), undefined);
});

test.run();
