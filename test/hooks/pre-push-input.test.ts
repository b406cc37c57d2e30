import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parsePrePushLines, prePushUpdatesFromEnv } from '../../src/hooks/pre-push-input.js';
import { MigcheckError } from '../../src/core/errors.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const Z = '0'.repeat(40);

test('update, new branch, tag, HEAD:ref; deletions skipped', () => {
  const stdin = [
    `refs/heads/main ${A} refs/heads/main ${B}`,
    `refs/heads/feature ${A} refs/heads/feature ${Z}`,
    `(delete) ${Z} refs/heads/old ${B}`,
    `refs/tags/v1 ${B} refs/tags/v1 ${Z}`,
    `HEAD ${A} refs/heads/tmp ${Z}`,
    '',
  ].join('\n');
  assert.equal(parsePrePushLines(stdin), [
    { localRef: 'refs/heads/main', localCommit: A, remoteRef: 'refs/heads/main', remoteCommit: B },
    { localRef: 'refs/heads/feature', localCommit: A, remoteRef: 'refs/heads/feature', remoteCommit: null },
    { localRef: 'refs/tags/v1', localCommit: B, remoteRef: 'refs/tags/v1', remoteCommit: null },
    { localRef: 'HEAD', localCommit: A, remoteRef: 'refs/heads/tmp', remoteCommit: null },
  ]);
});

test('empty stdin (an up-to-date push) and CRLF', () => {
  assert.equal(parsePrePushLines(''), []);
  assert.equal(parsePrePushLines('\n'), []);
  assert.equal(parsePrePushLines(`refs/heads/main ${A} refs/heads/main ${B}\r\n`).length, 1);
});

test('SHA-256 object ids', () => {
  const long = 'c'.repeat(64);
  assert.equal(parsePrePushLines(`refs/heads/main ${long} refs/heads/main ${'0'.repeat(64)}`), [
    { localRef: 'refs/heads/main', localCommit: long, remoteRef: 'refs/heads/main', remoteCommit: null },
  ]);
});

test('a line that is not git\'s is an exit-2 error naming it', () => {
  for (const line of ['refs/heads/main', `refs/heads/main --upload-pack=x refs/heads/main ${B}`, `refs/heads/main ${A} refs/heads/main HEAD`]) {
    try {
      parsePrePushLines(line);
      assert.unreachable(line);
    } catch (error) {
      assert.instance(error, MigcheckError);
      assert.is((error as MigcheckError).message, `pre-push: cannot read the line ${JSON.stringify(line)} from git (expected "<local ref> <local sha> <remote ref> <remote sha>")`);
      assert.is((error as MigcheckError).exitCode, 2);
    }
  }
});

test('pre-commit framework: an update', () => {
  assert.equal(prePushUpdatesFromEnv({
    PRE_COMMIT_FROM_REF: B, PRE_COMMIT_TO_REF: A,
    PRE_COMMIT_LOCAL_BRANCH: 'refs/heads/main', PRE_COMMIT_REMOTE_BRANCH: 'refs/heads/main',
    PRE_COMMIT_REMOTE_NAME: 'origin', PRE_COMMIT_REMOTE_URL: '/tmp/remote.git',
  }), [{ localRef: 'refs/heads/main', localCommit: A, remoteRef: 'refs/heads/main', remoteCommit: B }]);
});

test('pre-commit framework: legacy names only', () => {
  assert.equal(prePushUpdatesFromEnv({ PRE_COMMIT_ORIGIN: B, PRE_COMMIT_SOURCE: A }), [
    { localRef: 'HEAD', localCommit: A, remoteRef: 'HEAD', remoteCommit: B },
  ]);
});

test('pre-commit framework: a new branch including its root has no FROM/TO refs', () => {
  assert.equal(prePushUpdatesFromEnv({
    PRE_COMMIT_LOCAL_BRANCH: 'refs/heads/feature', PRE_COMMIT_REMOTE_BRANCH: 'refs/heads/feature',
    PRE_COMMIT_REMOTE_NAME: 'origin', PRE_COMMIT_REMOTE_URL: '/tmp/remote.git',
  }), [{ localRef: 'refs/heads/feature', localCommit: 'refs/heads/feature', remoteRef: 'refs/heads/feature', remoteCommit: null }]);
});

test('pre-commit framework: a ref that could pass as an option is never used', () => {
  assert.equal(prePushUpdatesFromEnv({ PRE_COMMIT_LOCAL_BRANCH: '--output=/tmp/x', PRE_COMMIT_REMOTE_BRANCH: 'refs/heads/x' }), [
    { localRef: 'HEAD', localCommit: 'HEAD', remoteRef: 'refs/heads/x', remoteCommit: null },
  ]);
});

test('not under the framework: undefined (read stdin)', () => {
  assert.is(prePushUpdatesFromEnv({ PATH: '/usr/bin', PRE_COMMIT: '1' }), undefined);
  assert.is(prePushUpdatesFromEnv({}), undefined);
});

test.run();
