import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  lsFilesArgs, lsTreeArgs, mergeBaseArgs, repositoryInfoArgs, resolveCommitArgs, stagedPathsArgs, validateRef, forEachRefArgs,
} from '../../src/git/argv.js';
import {
  parseForEachRef, parseLsFiles, parseLsTree, parseRepositoryInfo, resolveIndexStages, splitNul, shortRefName,
} from '../../src/git/parse-z.js';
import { BatchParser } from '../../src/git/blob-reader.js';
import { MigcheckError } from '../../src/core/errors.js';

const OID_A = 'a'.repeat(40);
const OID_B = 'b'.repeat(40);
const ODD = ['sub dir/q ü.py', 'it\'s "quoted".py', 'new\nline.py', 'tab\there.py'];

test('argv builders put refs after --end-of-options and paths after --', () => {
  assert.equal(lsTreeArgs('abc123', ['a b/versions']), ['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', 'abc123', '--', 'a b/versions']);
  assert.equal(lsTreeArgs('HEAD'), ['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', 'HEAD']);
  assert.equal(lsFilesArgs(['d[1]/versions', '-x']), ['ls-files', '-s', '-z', '--', ':(literal)d[1]/versions', ':(literal)-x']);
  assert.equal(resolveCommitArgs('origin/main'), ['rev-parse', '--verify', '-q', '--end-of-options', 'origin/main^{commit}']);
  assert.equal(mergeBaseArgs('a', 'b'), ['merge-base', '--end-of-options', 'a', 'b']);
  assert.equal(stagedPathsArgs(), ['diff', '--cached', '--raw', '-z', '--no-abbrev', '--no-renames', '--no-ext-diff']);
  assert.equal(forEachRefArgs(['refs/heads/main']), ['for-each-ref', '--format=%(refname)%00%(objectname)%00%(symref)%00%(*objectname)', '--', 'refs/heads/main']);
  assert.equal(repositoryInfoArgs(false).includes('--show-toplevel'), false);
});

test('option-looking and unpassable refs are refused before git', () => {
  for (const bad of ['-h', '--output=/tmp/x', '', 'a\nb', 'nul\x00x']) {
    assert.throws(() => validateRef(bad), (e: unknown) => e instanceof MigcheckError && e.exitCode === 2);
    assert.throws(() => resolveCommitArgs(bad), (e: unknown) => e instanceof MigcheckError);
    assert.throws(() => lsTreeArgs(bad), (e: unknown) => e instanceof MigcheckError);
  }
  assert.throws(() => mergeBaseArgs('main', '--all'), /"--all" is not a valid git ref/);
  assert.is(validateRef('feature/x-1'), 'feature/x-1');
});

test('ls-tree -z parser keeps odd paths verbatim and drops submodules', () => {
  const out = ODD.map((p) => `100644 blob ${OID_A}\t${p}\x00`).join('')
    + `160000 commit ${OID_B}\tvendor/lib\x00120000 blob ${OID_B}\tlink.py\x00`;
  assert.equal(parseLsTree(out), [
    ...ODD.map((path) => ({ path, oid: OID_A, mode: '100644' })),
    { path: 'link.py', oid: OID_B, mode: '120000' },
  ]);
  assert.equal(parseLsTree(''), []);
});

test('ls-files -s -z parser and conflict stages: stage 0, else stage 2, else left out', () => {
  const out = `100644 ${OID_A} 0\tclean ü.py\x00`
    + `100644 ${OID_A} 1\tboth.py\x00100644 ${OID_B} 2\tboth.py\x00100644 ${OID_A} 3\tboth.py\x00`
    + `100644 ${OID_A} 1\tgone-in-head.py\x00100644 ${OID_B} 3\tgone-in-head.py\x00`
    + `160000 ${OID_B} 0\tsubmodule\x00`;
  const records = parseLsFiles(out);
  assert.is(records.length, 6);
  assert.equal(resolveIndexStages(records), {
    entries: [
      { path: 'clean ü.py', oid: OID_A, mode: '100644' },
      { path: 'both.py', oid: OID_B, mode: '100644' },
    ],
    unmerged: ['both.py', 'gone-in-head.py'],
  });
});

test('NUL lists, rev-parse and for-each-ref parsers', () => {
  assert.equal(splitNul('a\x00b c\x00new\nline\x00'), ['a', 'b c', 'new\nline']);
  assert.equal(splitNul(''), []);
  assert.equal(parseRepositoryInfo('/r\n/r/.git\n/r/.git\nfalse\nfalse\n' + OID_A + '\nrefs/heads/main\n', true), {
    root: '/r', gitDir: '/r/.git', commonDir: '/r/.git', isShallow: false, isBare: false, head: OID_A, symbolicHead: 'refs/heads/main',
  });
  assert.equal(parseRepositoryInfo('/r.git\n/r.git\ntrue\ntrue\n', false), {
    root: undefined, gitDir: '/r.git', commonDir: '/r.git', isShallow: true, isBare: true, head: undefined, symbolicHead: undefined,
  });
  assert.equal(parseForEachRef(`refs/remotes/origin/HEAD\x00${OID_A}\x00refs/remotes/origin/main\x00\nrefs/tags/v1\x00${OID_B}\x00\x00${OID_A}\n`), [
    { name: 'refs/remotes/origin/HEAD', commit: OID_A, symref: 'refs/remotes/origin/main' },
    { name: 'refs/tags/v1', commit: OID_A, symref: undefined },
  ]);
  assert.is(shortRefName('refs/remotes/origin/main'), 'origin/main');
  assert.is(shortRefName('refs/heads/feat/x'), 'feat/x');
});

test('cat-file --batch parser handles answers split at every byte', () => {
  const body = Buffer.from('line one\nline two\n\u00e9\n', 'utf8');
  const stream = Buffer.concat([
    Buffer.from(`${OID_A} blob ${body.length}\n`), body, Buffer.from('\n'),
    Buffer.from(`${OID_B} missing\n`),
    Buffer.from(`${OID_B} blob 0\n\n`),
  ]);
  for (const step of [1, 2, 7, stream.length]) {
    const parser = new BatchParser();
    const answers = [];
    for (let i = 0; i < stream.length; i += step) answers.push(...parser.push(stream.subarray(i, i + step)));
    assert.is(answers.length, 3);
    // A body whole in one chunk is lent as a view of it; one split over chunks is copied together.
    assert.is((answers[0] as { borrowed?: boolean }).borrowed, step === stream.length ? true : undefined, `step ${step}`);
    const plain = answers.map((answer) => {
      const { borrowed: _borrowed, ...rest } = answer as typeof answer & { borrowed?: boolean };
      return rest;
    });
    assert.equal(plain[0], { name: OID_A, kind: 'object', type: 'blob', data: body });
    assert.equal(plain[1], { name: OID_B, kind: 'missing' });
    assert.equal(plain[2], { name: OID_B, kind: 'object', type: 'blob', data: Buffer.alloc(0) });
    assert.ok(parser.idle);
  }
  assert.throws(() => new BatchParser().push(Buffer.from('garbage header here x\n')), /unexpected header/);
});

test.run();
