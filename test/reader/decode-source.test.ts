import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { decodeSource, encodeSource } from '../../src/core/reader/decode-source.js';
import { MigcheckError } from '../../src/core/errors.js';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

const cases: [string, Uint8Array, string, 'utf8' | 'latin1'][] = [
  ['ascii', bytes("revision = 'a'\n"), "revision = 'a'\n", 'utf8'],
  ['utf-8 with BOM keeps U+FEFF', bytes([0xef, 0xbb, 0xbf], 'x = 1\n'), '\ufeffx = 1\n', 'utf8'],
  ['utf-8 non-ascii', bytes('# café\n'), '# café\n', 'utf8'],
  ['invalid utf-8 falls back to latin1', bytes('# caf', [0xe9], '\n'), '# caf\u00e9\n', 'latin1'],
  ['latin-1 cookie wins over valid utf-8', bytes('# -*- coding: latin-1 -*-\n# caf', [0xc3, 0xa9], '\n'), '# -*- coding: latin-1 -*-\n# caf\u00c3\u00a9\n', 'latin1'],
  ['iso-8859-1 cookie on line 2', bytes('#!/usr/bin/env python\n# coding=iso-8859-1\nx = 1\n'), '#!/usr/bin/env python\n# coding=iso-8859-1\nx = 1\n', 'latin1'],
  ['cp1252 cookie', bytes('# vim: set fileencoding=cp1252 :\n', [0x80], '\n'), '# vim: set fileencoding=cp1252 :\n\u0080\n', 'latin1'],
  ['cookie on line 2 ignored after code on line 1', bytes('x = 1\n# coding: latin-1\n'), 'x = 1\n# coding: latin-1\n', 'utf8'],
  ['utf-8 cookie', bytes('# -*- coding: utf-8 -*-\n# é\n'), '# -*- coding: utf-8 -*-\n# é\n', 'utf8'],
  ['NUL bytes', bytes('a', [0], 'b'), 'a\u0000b', 'utf8'],
  ['lone surrogate bytes are not utf-8', bytes([0xed, 0xa0, 0x80]), '\u00ed\u00a0\u0080', 'latin1'],
  ['empty', bytes(), '', 'utf8'],
];

for (const [name, input, text, encoding] of cases) {
  test(`decode: ${name}`, () => {
    const src = decodeSource(input);
    assert.equal(src, { text, encoding });
    assert.equal(Array.from(encodeSource(src)), Array.from(input), 'round trip');
  });
}

test('decode: a splice survives the round trip byte-for-byte outside the splice', () => {
  const input = bytes([0xef, 0xbb, 0xbf], "# caf\u00e9\r\ndown_revision = 'a'\r\n");
  const src = decodeSource(input);
  const text = src.text.replace("'a'", "'b'");
  assert.equal(Array.from(encodeSource({ ...src, text })), Array.from(input).map((b, i, all) => (b === 0x61 && all[i - 1] === 0x27 ? 0x62 : b)));
});

test('encode: latin-1 text with a character above U+00FF is refused', () => {
  try {
    encodeSource({ text: 'a\u20acb', encoding: 'latin1' });
    assert.unreachable();
  } catch (e) {
    assert.instance(e, MigcheckError);
    assert.is((e as Error).message, 'cannot write U+20AC into a latin-1 encoded revision file');
  }
});

test('decode: a 5 MB latin-1 file round-trips byte for byte', () => {
  const big = new Uint8Array(5 * 1024 * 1024).map((_, i) => (i * 7919) % 256);
  const src = decodeSource(big);
  const back = encodeSource(src);
  assert.is(src.encoding, 'latin1');
  assert.ok(back.length === big.length && back.every((b, i) => b === big[i]));
});

test.run();
