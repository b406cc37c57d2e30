// Database URLs as Alembic users write them, and redaction: the password never survives, raw,
// percent-encoded or decoded, in the URL shown or in any text (a driver's message).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDatabaseUrl, redactText } from '../../src/db/database-url.js';
import { hideUrlPasswords } from '../../src/core/hide-passwords.js';

test('SQLAlchemy URLs: +driver suffixes, postgres://, sqlite relative and absolute paths', () => {
  assert.equal(parseDatabaseUrl('postgresql+psycopg2://app:pw@db:5432/prod?sslmode=require'), {
    dialect: 'postgresql', target: 'postgresql://app:pw@db:5432/prod?sslmode=require', shown: 'postgresql+psycopg2://app:***@db:5432/prod?sslmode=require', secrets: ['pw'],
  });
  assert.is(parseDatabaseUrl('postgres://app@db/prod').dialect, 'postgresql');
  assert.is(parseDatabaseUrl('sqlite:///relative/app.db').target, 'relative/app.db');
  assert.is(parseDatabaseUrl('sqlite:////abs/app.db').target, '/abs/app.db');
  assert.is(parseDatabaseUrl('sqlite+pysqlite:////abs/my%20app.db?timeout=5').target, '/abs/my app.db');
  assert.throws(() => parseDatabaseUrl('sqlite:///:memory:'), /in-memory/);
  assert.throws(() => parseDatabaseUrl('mysql+pymysql://u:secret@h/db'), (e: Error) => !e.message.includes('secret'));
  assert.throws(() => parseDatabaseUrl('just-a-word'), /no scheme/);
});

test('redaction: raw, encoded and decoded passwords, extra secrets, and any other URL in the text', () => {
  const url = parseDatabaseUrl(`postgresql://app:${encodeURIComponent('p@ss/wörd:1')}@db/prod`, ['from-env']);
  assert.is(url.shown, 'postgresql://app:***@db/prod');
  for (const leak of ['p@ss/wörd:1', encodeURIComponent('p@ss/wörd:1'), 'from-env']) {
    assert.not.ok(redactText(`driver said: ${leak} was wrong`, url.secrets).includes(leak));
  }
  assert.is(redactText('failed to reach postgres://other:hunter2@10.0.0.1/x', []), 'failed to reach postgres://other:***@10.0.0.1/x');
  assert.is(redactText('nothing secret here', url.secrets), 'nothing secret here');
});

test('the last guard: any scheme://user:password@ in a text, an unencoded @ or / in the password included', () => {
  assert.is(hideUrlPasswords('`x` does not take `postgresql://app:p@ss/w:1@db/prod` (usage)'), '`x` does not take `postgresql://app:***@db/prod` (usage)');
  assert.is(hideUrlPasswords('--url twice (postgres://a:one@h/x, sqlite:///x.db, mysql://b:two@h/y)'), '--url twice (postgres://a:***@h/x, sqlite:///x.db, mysql://b:***@h/y)');
  assert.is(hideUrlPasswords('postgresql://app@db/prod and https://host/path@v2'), 'postgresql://app@db/prod and https://host/path@v2');
});

test.run();
