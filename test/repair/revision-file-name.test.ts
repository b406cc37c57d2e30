import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { revisionFileName, slugOf } from '../../src/core/merge/revision-file-name.js';
import { formatCreateDate } from '../../src/core/merge/create-date.js';
import { newRevisionId, validateRevisionId } from '../../src/core/merge/new-revision-id.js';
import { localDateTime } from '../../src/app/local-date-time.js';

const date = { year: 2026, month: 1, day: 5, hour: 4, minute: 3, second: 7, microsecond: 0, epochSeconds: 17 };

// Expected values printed by Alembic 1.8.1's own `_rev_path` slug code.
test('slug: Alembic rules and 40-character truncation', () => {
  assert.is(slugOf('merge chain1 and chain2 heads'), 'merge_chain1_and_chain2_heads');
  assert.is(slugOf('Add a VERY long message that goes on and on beyond forty characters'), 'add_a_very_long_message_that_goes_on_');
  assert.is(slugOf('averyveryveryveryveryverylongsinglewordthatneverends_x'), 'averyveryveryveryveryverylongsinglewordt_');
  assert.is(slugOf('Ünïcödé straße — 2 ½ x'), 'ünïcödé_straße_2_½_x');
  assert.is(slugOf(undefined), '');
});

test('file name from file_template; <rev>_.py without a message', () => {
  assert.is(revisionFileName('%(rev)s_%(slug)s', 'u7v8w9x0y1z2', 'merge chain1 and chain2 heads', date), 'u7v8w9x0y1z2_merge_chain1_and_chain2_heads.py');
  assert.is(revisionFileName('%(rev)s_%(slug)s', 'abc', undefined, date), 'abc_.py');
  assert.is(revisionFileName('%(rev)s_%(year)d_%(month).2d_%(day).2d_%(slug)s_%(epoch)s', 'abc', 'x', date), 'abc_2026_01_05_x_17.py');
});

test('Create Date as Python prints a datetime', () => {
  assert.is(formatCreateDate(date), '2026-01-05 04:03:07');
  assert.is(formatCreateDate({ ...date, microsecond: 42 }), '2026-01-05 04:03:07.000042');
  assert.is(formatCreateDate({ ...date, microsecond: 42, utcOffsetMinutes: -330 }), '2026-01-05 04:03:07.000042-05:30');
});

test('revision ids: 12 hex digits; --rev-id validated', () => {
  assert.is(newRevisionId(new Uint8Array([0, 1, 0xab, 0xcd, 0xef, 0x10])), '0001abcdef10');
  assert.is(validateRevisionId('u7v8w9x0y1z2'), 'u7v8w9x0y1z2');
  assert.throws(() => validateRevisionId('--force'), /--rev-id "--force" is not a usable revision id/);
  assert.throws(() => validateRevisionId('a/b'), /not a usable revision id/);
});

test('timezone: the zone\'s wall time and offset; an unknown zone is Alembic\'s error', () => {
  const noon = new Date(Date.UTC(2026, 0, 5, 12, 0, 0, 123));
  const kolkata = localDateTime(noon, 'Asia/Kolkata');
  assert.is(formatCreateDate(kolkata), '2026-01-05 17:30:00.123000+05:30');
  assert.is(kolkata.epochSeconds, 1767614400);
  assert.is(formatCreateDate(localDateTime(noon, 'America/New_York')), '2026-01-05 07:00:00.123000-05:00');
  assert.throws(() => localDateTime(noon, 'Mars/Base'), /^Can't locate timezone: Mars\/Base$/);
});

test.run();
