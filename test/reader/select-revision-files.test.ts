import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { compareLoadOrder, isRevisionFileName, selectRevisionFiles } from '../../src/core/reader/select-revision-files.js';

const NAMES = [
  'a.py', '_under.py', '.hidden.py', '.#lock.py', '__init__.py', '__init__x.py', 'x__init__.py', 'a.pyi', 'a.py~', 'a.txt',
  'a.pyc', 'a.pyo', 'a.pyd', 'a.py.py', 'README', '1975ea83b712_add_cart.py', 'ünïcode.py', 'a b.py', 'a.PY', 'py', '.py', 'a.py\n',
];

test('isRevisionFileName matches Alembic 1.8.1 regexes (python oracle)', () => {
  const script = `import json,sys\nfrom alembic.script.base import _only_source_rev_file as s, _sourceless_rev_file as c\nnames=json.load(sys.stdin)\nprint(json.dumps([[bool(s.match(n)), bool(c.match(n))] for n in names]))`;
  const py = spawnSync('/usr/bin/python3', ['-c', script], { input: JSON.stringify(NAMES), encoding: 'utf8' });
  assert.is(py.status, 0, py.stderr);
  const expected = JSON.parse(py.stdout) as [boolean, boolean][];
  const got = NAMES.map((n) => [isRevisionFileName(n, { sourceless: false }), isRevisionFileName(n, { sourceless: true })]);
  assert.equal(got, expected);
  // Guard against an oracle that says yes to everything.
  assert.equal(got.filter(([a]) => a).length, 10);
});

const tree = [
  'm/versions/b.py', 'm/versions/a.py', 'm/versions/__init__.py', 'm/versions/.hidden.py', 'm/versions/c.pyi', 'm/versions/d.py~',
  'm/versions/README', 'm/versions/sub/z.py', 'm/versions/sub/__init__.py', 'm/versions/sub/deeper/y.py', 'm/versions/Ab.py',
  'm/versions/__pycache__/a.cpython-311.pyc', 'm/versions/x__pycache__/q.py', 'm/versions/aa/w.py', 'm/env.py', 'other/versions/o.py',
  'm/versions2/k.py',
];

test('select: direct children only, sorted by code point, dotfiles in, .pyi/.py~ out', () => {
  assert.equal(selectRevisionFiles(tree, { versionLocations: ['m/versions'], recursive: false, sourceless: false }), [
    'm/versions/.hidden.py', 'm/versions/Ab.py', 'm/versions/a.py', 'm/versions/b.py',
  ]);
});

test('select: recursive is a top-down walk, files first then sorted subdirs, skipping *__pycache__', () => {
  assert.equal(selectRevisionFiles(tree, { versionLocations: ['m/versions/'], recursive: true, sourceless: false }), [
    'm/versions/.hidden.py', 'm/versions/Ab.py', 'm/versions/a.py', 'm/versions/b.py',
    'm/versions/aa/w.py', 'm/versions/sub/z.py', 'm/versions/sub/deeper/y.py',
  ]);
});

test('select: locations in order; a path reached twice is loaded once; prefixes are directory-exact', () => {
  assert.equal(selectRevisionFiles(tree, { versionLocations: ['other/versions', 'm/versions/sub', './m/versions', 'm/versions/sub'], recursive: true, sourceless: false }), [
    'other/versions/o.py', 'm/versions/sub/z.py', 'm/versions/sub/deeper/y.py',
    'm/versions/.hidden.py', 'm/versions/Ab.py', 'm/versions/a.py', 'm/versions/b.py', 'm/versions/aa/w.py',
  ]);
});

test('select: sourceless prefers .py over .pyc over .pyo and adds stray __pycache__ files', () => {
  const files = ['v/a.py', 'v/a.pyc', 'v/b.pyc', 'v/b.pyo', 'v/c.pyo', 'v/__pycache__/a.cpython-311.pyc', 'v/__pycache__/d.cpython-311.pyc'];
  assert.equal(selectRevisionFiles(files, { versionLocations: ['v'], recursive: false, sourceless: true }), [
    'v/a.py', 'v/b.pyc', 'v/c.pyo', 'v/__pycache__/d.cpython-311.pyc',
  ]);
  assert.equal(selectRevisionFiles(files, { versionLocations: ['v'], recursive: false, sourceless: false }), ['v/a.py']);
});

test('select: the shortcut for one plain location (no links, no bytecode) walks as the general walk does', () => {
  // A map of links that names no listed path sends the same paths through the general walk.
  const general = new Map([['elsewhere/none.py', 'elsewhere/none.py']]);
  const names = ['a.py', 'b.py', 'a.py', '__init__.py', '.#x.py', 'x.pyc', 'é.py', '\u{1F600}.py', 'z.py\n', 'notes.txt', 'sub/c.py', 'sub/__pycache__/d.py', 'deep/er/e.py'];
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let round = 0; round < 200; round++) {
    const paths = Array.from({ length: 1 + Math.floor(random() * 12) }, () => `v/${names[Math.floor(random() * names.length)]}`);
    for (const recursive of [false, true]) {
      const env = { versionLocations: ['v'], recursive, sourceless: false };
      assert.equal(selectRevisionFiles(paths, env), selectRevisionFiles(paths, env, general), JSON.stringify({ paths, recursive }));
    }
  }
});

test('select: the repository root as a location', () => {
  assert.equal(selectRevisionFiles(['b.py', 'a.py', 'x/c.py'], { versionLocations: ['.'], recursive: false, sourceless: false }), ['a.py', 'b.py']);
});

test('compareLoadOrder sorts a location\'s revision files exactly as selectRevisionFiles walks them', () => {
  const names = ['a', 'B', 'a_b', 'a.b', 'z', '0', 'é', '😀', 'ｚ', 'sub', 'sub2', 'a b'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let round = 0; round < 200; round++) {
    const paths = new Set<string>();
    for (let k = 0, n = 1 + Math.floor(next() * 25); k < n; k++) {
      const depth = Math.floor(next() * 3);
      const dirs = Array.from({ length: depth }, () => names[Math.floor(next() * names.length)]);
      paths.add(['v', ...dirs, `${names[Math.floor(next() * names.length)]}${k % 3}.py`].join('/'));
    }
    for (const recursive of [false, true]) {
      const env = { versionLocations: ['v'], recursive, sourceless: false };
      const walked = selectRevisionFiles([...paths], env);
      assert.equal([...walked].sort(compareLoadOrder), walked, `round ${round}, recursive ${recursive}`);
    }
  }
});

test.run();
