/**
 * The compact form of a parse must decode to exactly what was read. The oracle is JSON: a parse
 * is stored compactly only when the decoded string serialises exactly as the parse itself does,
 * and every other parse stays in the full form.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readRevisionFile } from '../../src/core/reader/read-revision-file.js';
import { decodeParse, encodeParse, type StoredParse } from '../../src/cache/parse-cache-codec.js';

const storedOf = (text: string): StoredParse => {
  const { path: _path, blob: _blob, ...parse } = readRevisionFile('versions/a1_x.py', text, 'b'.repeat(40));
  return parse as StoredParse;
};

const texts: Record<string, string> = {
  plain: "revision = 'a1'\ndown_revision = 'p0'\nbranch_labels = None\ndepends_on = None\n",
  docstring: '"""x\n\nRevision ID: a1\nRevises: p0\n"""\nrevision = \'a1\'\ndown_revision = \'p0\'\n',
  annotated: "revision: str = 'a1'\ndown_revision: Union[str, None] = ('p0', 'p1')\nbranch_labels = ('core',)\ndepends_on = ['d9']\n",
  root: "revision = 'a1'\ndown_revision = None\n",
  tabInValue: "revision = 'a\\t1'\ndown_revision = None\n",
  separatorInValue: "revision = 'a\\x1f1'\ndown_revision = 'p0'\n",
  expression: "revision = 'a' + '1'\ndown_revision = 'p0'\n",
  constant: "P = 'p0'\nrevision = 'a1'\ndown_revision = P\n",
  broken: "revision = 'a1\ndown_revision = 'p0'\n",
  missing: "down_revision = 'p0'\n",
  labelsFromName: "revision = 'a1'\ndown_revision = 'p0'\nbranch_labels = LABELS\n",
};

for (const [name, text] of Object.entries(texts)) {
  test(`${name}: stored compactly only when it decodes to the same JSON`, () => {
    const parse = storedOf(text);
    const encoded = encodeParse(parse);
    if (encoded === undefined) return;
    assert.is(JSON.stringify(decodeParse(encoded)), JSON.stringify(parse));
  });
}

test('the common file is stored compactly', () => {
  for (const name of ['plain', 'docstring', 'annotated', 'root']) assert.type(encodeParse(storedOf(texts[name]!)), 'string', name);
});

test('revises is decoded when first read, in its place, and a damaged span is a miss at decode time', () => {
  const parse = storedOf(texts.docstring!);
  const encoded = encodeParse(parse)!;
  const decoded = decodeParse(encoded)!;
  assert.ok(Object.getOwnPropertyDescriptor(decoded, 'revises')!.get, 'not decoded before it is read');
  assert.equal(decoded.revises, parse.revises);
  assert.is(Object.getOwnPropertyDescriptor(decoded, 'revises')!.get, undefined, 'kept as a value once read');
  assert.equal(Object.keys(decoded), Object.keys(parse));
  assert.not.ok('revises' in decodeParse(encodeParse(storedOf(texts.plain!))!)!);
  const fields = encoded.split('\t');
  for (const damaged of ['x\x1f2\x1f3\x1fp0', '1\x1f\x1f3\x1fp0', '1\x1f2']) {
    assert.is(decodeParse([...fields.slice(0, 10), damaged].join('\t')), undefined, JSON.stringify(damaged));
  }
});

test('a value holding a separator stays in the full form', () => {
  assert.is(encodeParse(storedOf(texts.tabInValue!)), undefined);
  assert.is(encodeParse(storedOf(texts.separatorInValue!)), undefined);
});

test('a parse with an extra property, another key order, or a non-finite number stays in the full form', () => {
  const parse = storedOf(texts.plain!);
  assert.type(encodeParse(parse), 'string');
  assert.is(encodeParse({ ...parse, extra: 1 } as StoredParse), undefined);
  const { revision, ...rest } = parse;
  assert.is(encodeParse({ ...rest, revision } as StoredParse), undefined);
  const site = parse.sites.revision!;
  assert.is(encodeParse({ ...parse, sites: { ...parse.sites, revision: { ...site, line: Number.NaN } } }), undefined);
  assert.is(encodeParse({ ...parse, sites: { ...parse.sites, revision: { ...site, span: { ...site.span, start: 1.5 } } } }), undefined);
});

test('a property holding undefined is left out, as JSON leaves it out', () => {
  const parse = storedOf(texts.plain!);
  const encoded = encodeParse({ ...parse, revises: undefined });
  assert.type(encoded, 'string');
  assert.is(JSON.stringify(decodeParse(encoded!)), JSON.stringify(parse));
});

test.run();
