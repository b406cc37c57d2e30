/**
 * Newer Alembic: each rule where Alembic versions differ (or where Alembic reads a file or option
 * otherwise than it is written), judged against both oracles — Debian's 1.8.1 and 1.19.1 — and
 * migcheck's answer through the real CLI on a real repository: the graph migcheck follows, and the
 * `alembic-compat` warning (or the error, where every version fails) that says so.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { withRepo, type Repo } from '../helpers/repo.js';
import { alembicOracles, oracleHeads, requireOracles } from '../helpers/alembic.js';
import { alembicIni } from '../helpers/revision-files.js';

const INI = 'alembic.ini';
const V = 'migrations/versions';

/** A revision file in the plain template's shape; `down` and `labels` are Python source. */
const revision = (id: string, down: string, labels = 'None', extra = '') =>
  `"""${id}\n\nRevision ID: ${id}\n"""\nrevision = ${JSON.stringify(id)}\ndown_revision = ${down}\nbranch_labels = ${labels}\ndepends_on = None\n${extra}\n\ndef upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n`;

type Answer = string[] | RegExp;

interface Case {
  name: string;
  files: Record<string, string>;
  /** What each Alembic says: its heads, or a pattern its error matches. */
  alembic: { '1.8.1': Answer; '1.19.1': Answer };
  /** migcheck's heads and `code:severity` of its findings (`check --rev HEAD`). */
  heads: string[];
  findings: string[];
  /** Exit code of `check --rev HEAD`. */
  exit: 0 | 1;
  /** Also a fragment of the finding's message and fix. */
  says?: [string, string];
  setup?: (repo: Repo) => Promise<void>;
}

const base = (extraIni = '') => ({ [INI]: alembicIni('migrations', extraIni), 'migrations/env.py': '' });

const cases: Case[] = [
  {
    name: "down_revision = '': a base on 1.8.1, KeyError from 1.13",
    files: { ...base(), [`${V}/a1_a.py`]: revision('a1', "''"), [`${V}/b1_b.py`]: revision('b1', "'a1'") },
    alembic: { '1.8.1': ['b1'], '1.19.1': /KeyError: ''/ },
    heads: ['b1'], findings: ['alembic-compat:warning'], exit: 0,
    says: ["down_revision = '' is a base on Alembic 1.12 and older", 'write down_revision = None'],
  },
  {
    name: 'a down_revision naming a branch label: KeyError on every version; migcheck resolves it and warns',
    files: { ...base(), [`${V}/a1_a.py`]: revision('a1', 'None', "('core',)"), [`${V}/b1_b.py`]: revision('b1', "'core'") },
    alembic: { '1.8.1': /KeyError: 'core'/, '1.19.1': /KeyError: 'core'/ },
    heads: ['b1'], findings: ['alembic-compat:warning'], exit: 0,
    says: ["b1 has down_revision 'core', a branch label (of a1)", "replace 'core' with 'a1' in down_revision"],
  },
  {
    name: "':' in a revision id: loads on 1.8.1, refused from 1.17.2",
    files: { ...base(), [`${V}/a1_a.py`]: revision('a:1', 'None'), [`${V}/b1_b.py`]: revision('b1', "'a:1'") },
    alembic: { '1.8.1': ['b1'], '1.19.1': /Character\(s\) ':' not allowed in revision identifier 'a:1'/ },
    heads: ['b1'], findings: ['alembic-compat:warning'], exit: 0,
    says: ["revision 'a:1' contains ':'", "give the revision an id without ':'"],
  },
  {
    name: "a file named exactly '.py': every version crashes",
    files: { ...base(), [`${V}/.py`]: revision('a1', 'None') },
    alembic: { '1.8.1': /UnboundLocalError/, '1.19.1': /AssertionError/ },
    heads: ['a1'], findings: ['unparseable:error'], exit: 1,
    says: ["a file named exactly '.py' makes Alembic crash", 'rename the file, e.g. to a1_<slug>.py'],
  },
  {
    name: "branch_labels = ('neutron-' + 'contract',): a label on every version, not an error",
    files: { ...base(), [`${V}/a1_a.py`]: revision('a1', 'None', "('neutron-' + 'contract',)"), [`${V}/b1_b.py`]: revision('b1', 'None', "('neutron-' + 'expand',)") },
    alembic: { '1.8.1': ['a1', 'b1'], '1.19.1': ['a1', 'b1'] },
    heads: ['a1', 'b1'], findings: [], exit: 0,
  },
  ...([
    ['a missing colon', 'def downgrade()\n    pass\n', /SyntaxError: expected ':'/],
    ['a bad indent', 'def downgrade():\n    pass\n  x = 1\n', /IndentationError: unindent does not match any outer indentation level/],
    ['an unexpected indent', 'y = 2\n    x = 1\n', /IndentationError: unexpected indent/],
    ['tabs and spaces mixed', 'if True:\n        x = 1\n\ty = 2\n', /TabError/],
    ['a NUL byte', 'x = 1\u0000\n', /null bytes/],
  ] as const).map(([what, tail, error]): Case => ({
    name: `${what} after the identifiers: every version fails to import the file`,
    files: { ...base(), [`${V}/a1_a.py`]: revision('a1', 'None'), [`${V}/b1_b.py`]: `${revision('b1', "'a1'")}\n${tail}` },
    alembic: { '1.8.1': error, '1.19.1': error },
    // The identifiers before the error are read: the graph keeps b1 (no orphaned children).
    heads: ['b1'], findings: ['unparseable:error'], exit: 1,
    says: ['Python cannot parse this file', 'fix the Python syntax at this line'],
  })),
  {
    name: 'recursive_version_locations = True: no version recurses (only the exact `true` does)',
    files: { ...base('recursive_version_locations = True'), [`${V}/a1_a.py`]: revision('a1', 'None'), [`${V}/sub/b1_b.py`]: revision('b1', "'a1'") },
    alembic: { '1.8.1': ['a1'], '1.19.1': ['a1'] },
    heads: ['a1'], findings: ['alembic-compat:warning'], exit: 0,
    says: ["recursive_version_locations = True leaves recursive_version_locations off in Alembic", 'write recursive_version_locations = true'],
  },
  {
    name: 'recursive_version_locations = true: 1.10+ recurse (1.8.1 predates the option)',
    files: { ...base('recursive_version_locations = true'), [`${V}/a1_a.py`]: revision('a1', 'None'), [`${V}/sub/b1_b.py`]: revision('b1', "'a1'") },
    alembic: { '1.8.1': ['a1'], '1.19.1': ['b1'] },
    heads: ['b1'], findings: [], exit: 0,
  },
  {
    name: 'path_separator in [tool.alembic]: Alembic reads it only from the ini and splits version_locations on spaces and commas',
    files: {
      [INI]: '[alembic]\nscript_location = migrations\nversion_locations = migrations/a;migrations/b c\n', 'migrations/env.py': '',
      'pyproject.toml': '[tool.alembic]\npath_separator = ";"\n',
      'migrations/a/a1_a.py': revision('a1', 'None'), 'migrations/b c/b1_b.py': revision('b1', "'a1'"),
      'migrations/b/c1_c.py': revision('c1', 'None'), 'migrations/a;migrations/b/x.py': revision('zz', 'None'),
    },
    // Split on the space: `migrations/a;migrations/b` and `c` — neither holds a1 or b1.
    alembic: { '1.8.1': ['zz'], '1.19.1': ['zz'] },
    heads: ['zz'], findings: ['alembic-compat:warning'], exit: 0,
    says: ['path_separator = ; in [tool.alembic] has no effect', 'move path_separator to the [alembic] section of alembic.ini'],
  },
  {
    name: 'a symlink matched by the link\'s name only: 1.8.1 loads it, 1.10+ skip it',
    files: { ...base(), [`${V}/a1_a.py`]: revision('a1', 'None'), 'shared/b1_b.txt': revision('b1', "'a1'") },
    setup: (repo) => symlink('../../shared/b1_b.txt', join(repo.dir, V, 'b1_b.py')),
    alembic: { '1.8.1': ['b1'], '1.19.1': ['a1'] },
    heads: ['a1'], findings: ['alembic-compat:warning'], exit: 0,
    says: [`${V}/b1_b.py is a symlink to a file named b1_b.txt: Alembic 1.8.1 loads it`, 'give the link and the file it points to the same revision file name'],
  },
  {
    name: 'a symlink matched by the target\'s name only: 1.10+ load it, 1.8.1 skips it',
    files: { ...base(), [`${V}/a1_a.py`]: revision('a1', 'None'), 'shared/b1_b.py': revision('b1', "'a1'") },
    setup: (repo) => symlink('../../shared/b1_b.py', join(repo.dir, V, 'b1_link')),
    alembic: { '1.8.1': ['a1'], '1.19.1': ['b1'] },
    heads: ['b1'], findings: ['alembic-compat:warning'], exit: 0,
    says: [`${V}/b1_link is a symlink to a file named b1_b.py: Alembic 1.10 and newer load it`, 'give the link and the file it points to the same revision file name'],
  },
];

for (const c of cases) {
  test(c.name, () =>
    withRepo(async (repo) => {
      await repo.write(c.files);
      await c.setup?.(repo);
      await repo.commit('the case');
      if (await requireOracles()) {
        for (const oracle of await alembicOracles()) {
          const expected = c.alembic[oracle.version as '1.8.1' | '1.19.1'];
          const answer = await oracleHeads(oracle, repo.dir, INI);
          if (expected instanceof RegExp) assert.ok(!Array.isArray(answer) && expected.test(answer.error), `Alembic ${oracle.version}: ${JSON.stringify(answer)}`);
          else assert.equal(answer, expected, `Alembic ${oracle.version}`);
        }
      }
      const r = await repo.migcheck(['check', '--rev', 'HEAD', '--target', 'main', '--format', 'json']);
      assert.is(r.code, c.exit, r.stdout + r.stderr);
      const env = JSON.parse(r.stdout).environments[0];
      assert.equal([...env.heads.result].sort(), c.heads);
      assert.equal(env.findings.map((f: any) => `${f.code}:${f.severity}`), c.findings);
      if (c.says) {
        assert.match(env.findings[0].message, c.says[0]);
        assert.match(env.findings[0].fix, c.says[1]);
      }
    }));
}

test('`migcheck heads` follows the same rules (the symlink only 1.10+ loads is a head)', () =>
  withRepo(async (repo) => {
    await repo.write({ ...base(), [`${V}/a1_a.py`]: revision('a1', 'None'), 'shared/b1_b.py': revision('b1', "'a1'") });
    await symlink('../../shared/b1_b.py', join(repo.dir, V, 'b1_link'));
    await repo.commit('link');
    const r = await repo.migcheck(['heads']);
    assert.is(r.stdout, 'b1 (head)\n');
  }));

test.run();
