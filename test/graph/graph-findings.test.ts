import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildGraph } from '../../src/core/graph/build-graph.js';
import { graphFindings } from '../../src/core/graph/graph-findings.js';
import type { RevisionFile } from '../../src/core/types.js';
import { revisionFile } from './fixtures/revision-file.js';

test('a file name in down_revision: the message names the file, the fix the revision', () => {
  const findings = graphFindings(buildGraph([
    revisionFile({ rev: 'abc123', down: [], path: 'v/abc123_add_users.py' }),
    revisionFile({ rev: 'def456', down: ['abc123_add_users.py'], path: 'v/def456_add_orders.py' }),
  ]));
  assert.equal(findings, [{
    code: 'missing-parent',
    severity: 'error',
    message: "down_revision names 'abc123_add_users.py', which is a file name: that file (v/abc123_add_users.py) declares revision 'abc123'",
    fix: "set down_revision = 'abc123'",
    file: 'v/def456_add_orders.py',
    line: 11,
    revision: 'def456',
    downRevision: ['abc123_add_users.py'],
    suggestedDownRevision: ['abc123'],
  }]);
});

test('a slug among several parents: replace just that entry', () => {
  const [finding] = graphFindings(buildGraph([
    revisionFile({ rev: 'abc123', down: [], path: 'v/abc123_add_users.py' }),
    revisionFile({ rev: 'x', down: [] }),
    revisionFile({ rev: 'm', down: ['x', 'add_users'] }),
  ]));
  assert.is(finding!.fix, "in down_revision, replace 'add_users' with 'abc123'");
  assert.equal(finding!.suggestedDownRevision, ['x', 'abc123']);
});

test('a parent nobody declares, and a depends_on that names nothing', () => {
  const findings = graphFindings(buildGraph([revisionFile({ rev: 'b', down: ['zzz9'], dependsOn: ['core'] })]));
  assert.equal(findings.map((f) => [f.code, f.severity, f.message, f.fix, f.line]), [
    ['missing-parent', 'error', "revision 'b' has down_revision 'zzz9', which no revision file declares", "point down_revision at an existing revision instead of 'zzz9', or restore the file that declares 'zzz9'", 11],
    ['missing-parent', 'error', "revision 'b' has depends_on 'core', which is neither a revision nor a branch label", "point depends_on at an existing revision instead of 'core', or restore the file that declares 'core'", 13],
  ]);
});

test('duplicate revision: both files named, the later one annotated', () => {
  const findings = graphFindings(buildGraph([
    revisionFile({ rev: 'b', down: [], path: 'v/b_one.py' }),
    revisionFile({ rev: 'b', down: [], path: 'v/b_two.py' }),
  ]));
  assert.equal(findings, [{
    code: 'duplicate-revision',
    severity: 'error',
    message: "revision 'b' is declared by 2 files: v/b_one.py, v/b_two.py",
    fix: "give all but one of these files a new revision id (and repoint their children), or delete the copy; which file Alembic uses for 'b' depends on file-system order",
    file: 'v/b_two.py',
    line: 10,
    revision: 'b',
    files: ['v/b_one.py', 'v/b_two.py'],
  }]);
});

test('cycles: through down_revision, a self-loop, through depends_on', () => {
  const findings = graphFindings(buildGraph([
    revisionFile({ rev: 'p', down: ['q'] }),
    revisionFile({ rev: 'q', down: ['p'] }),
    revisionFile({ rev: 's', down: ['s'] }),
    revisionFile({ rev: 'base', down: [] }),
    revisionFile({ rev: 'd', down: ['base'], dependsOn: ['e'] }),
    revisionFile({ rev: 'e', down: ['d'] }),
  ]));
  assert.equal(findings.map((f) => [f.code, f.message, f.fix, f.revisions, f.file, f.line]), [
    ['cycle', "the down_revision links of 'p', 'q' form a cycle", "break the cycle: one of 'p', 'q' must name a revision outside it in down_revision", ['p', 'q'], 'versions/p_m.py', 11],
    ['cycle', "revision 's' names itself in down_revision", "remove 's' from its own down_revision", ['s'], 'versions/s_m.py', 11],
    ['cycle', "the down_revision and depends_on links of 'd', 'e' form a cycle", "break the cycle: one of 'd', 'e' must name a revision outside it in down_revision or depends_on", ['d', 'e'], 'versions/d_m.py', 13],
  ]);
});

test('duplicate labels: shared by two revisions, equal to a revision id, listed twice', () => {
  const findings = graphFindings(buildGraph([
    revisionFile({ rev: 'a', down: [], labels: ['core'] }),
    revisionFile({ rev: 'b', down: [], labels: ['core', 'a'] }),
    revisionFile({ rev: 'c', down: [], labels: ['y', 'y'] }),
  ]));
  assert.equal(findings.map((f) => [f.code, f.severity, f.message, f.revision, f.line]), [
    ['duplicate-label', 'error', "branch label 'core' is used by 2 revisions: 'a', 'b'", 'b', 12],
    ['duplicate-label', 'error', "branch label 'a' of 'b' is also a revision id", 'b', 12],
    ['duplicate-label', 'error', "branch label 'y' is listed twice in branch_labels of 'c'", 'c', 12],
  ]);
  assert.is(findings[0]!.fix, "rename branch label 'core' so that each label names one revision and no label equals a revision id");
});

test('expression labels and depends_on entries are warnings, not errors', () => {
  const findings = graphFindings(buildGraph([revisionFile({ rev: 'a', down: [], labels: ['=cli.EXPAND_BRANCH'], dependsOn: ['=DEPS'] })]));
  assert.equal(findings, [
    {
      code: 'unresolved-label',
      severity: 'warning',
      message: "branch_labels of 'a' holds cli.EXPAND_BRANCH, which cannot be read without running Python: migcheck counts it as a label named 'cli.EXPAND_BRANCH'",
      fix: 'write branch_labels as string literals to let migcheck check it',
      file: 'versions/a_m.py',
      line: 12,
      revision: 'a',
    },
    {
      code: 'unresolved-label',
      severity: 'warning',
      message: "depends_on of 'a' holds DEPS, which cannot be read without running Python: migcheck ignores it",
      fix: 'write depends_on as string literals to let migcheck check it',
      file: 'versions/a_m.py',
      line: 13,
      revision: 'a',
    },
  ]);
});

test('reader errors become unparseable findings with file, line and reason; warnings do not', () => {
  const broken: RevisionFile = { ...revisionFile({ rev: undefined, path: 'v/x.py' }), problems: [
    { severity: 'error', line: 7, field: 'revision', reason: 'revision is not a string literal' },
    { severity: 'warning', line: 9, reason: 'something harmless' },
  ] };
  const odd: RevisionFile = { ...revisionFile({ rev: 'o', down: undefined, path: 'v/o.py' }), problems: [
    { severity: 'error', line: 12, field: 'down_revision', reason: 'down_revision is a function call' },
  ] };
  assert.equal(graphFindings(buildGraph([broken, odd])), [
    { code: 'unparseable', severity: 'error', message: 'revision is not a string literal', fix: "write revision = '<id>' as a plain string literal", file: 'v/x.py', line: 7 },
    { code: 'unparseable', severity: 'error', message: 'down_revision is a function call', fix: 'write down_revision as a string literal, a tuple or list of string literals, or None', file: 'v/o.py', line: 12, revision: 'o' },
  ]);
});

test('a healthy graph has no findings', () => {
  assert.equal(graphFindings(buildGraph([revisionFile({ rev: 'a', down: [] }), revisionFile({ rev: 'b', down: ['a'] })])), []);
});

test.run();
