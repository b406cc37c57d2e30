/**
 * line-section: halving over sorted lines finds exactly the lines a section holds, in memory and
 * read from a file a window at a time alike — short lines and lines longer than a window, names
 * in other scripts, the first and the last line — and a section that does not end its last line
 * (damage) never answers yes for it.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstLine, holdsLine, sectionInMemory, sectionOnDisk, type LineSection } from '../../src/cache/line-section.js';

/** A generator of the same lines on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 2 ** 32;
  };
}

const ALPHABET = ['a', 'b', 'z', '0', '_', '.', 'é', 'ß', '中', '😀'];

function lineOf(next: () => number): string {
  const length = next() < 0.05 ? 600 + Math.floor(next() * 1500) : 1 + Math.floor(next() * 40);
  let text = '';
  for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return text;
}

const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** `count` distinct lines in byte order, and the section `head` + them. */
function sectionText(count: number, seed: number, head: string): { lines: string[]; bytes: Buffer } {
  const next = random(seed);
  const lines = [...new Set(Array.from({ length: count }, () => lineOf(next)))].sort(byBytes);
  return { lines, bytes: Buffer.from(`${head}\n${lines.map((line) => `${line}\n`).join('')}`) };
}

/** Runs `body` with `bytes` as a section in memory and as one in a file, after other bytes. */
function bothWays(bytes: Buffer, body: (section: LineSection, how: string) => void): void {
  body(sectionInMemory(bytes), 'in memory');
  const dir = mkdtempSync(join(tmpdir(), 'migcheck-lines-'));
  try {
    const file = join(dir, 'summary');
    const before = Buffer.from('header bytes before the section\n');
    writeFileSync(file, Buffer.concat([before, bytes, Buffer.from('records after it')]));
    const fd = openSync(file, 'r');
    try {
      body(sectionOnDisk(fd, before.length, bytes.length), 'on disk');
    } finally {
      closeSync(fd);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const [count, seed] of [[1, 1], [2, 2], [7, 3], [300, 4], [5000, 5]] as const) {
  test(`${count} lines: every line is found, no other`, () => {
    const { lines, bytes } = sectionText(count, seed, 'migrations/versions');
    const from = bytes.indexOf(0x0a) + 1;
    const present = new Set(lines);
    const next = random(seed + 100);
    const absent = Array.from({ length: 200 }, () => lineOf(next)).filter((line) => !present.has(line));
    // Neighbours of held lines: one byte more, one byte less.
    const near = lines.flatMap((line) => [`${line}a`, line.slice(0, -1)]).filter((line) => line !== '' && !present.has(line));
    bothWays(bytes, (section, how) => {
      assert.is(firstLine(section)?.text.toString(), 'migrations/versions', how);
      for (const line of lines) assert.ok(holdsLine(section, from, Buffer.from(line)), `${how}: ${line.slice(0, 40)}`);
      for (const line of [...absent, ...near.slice(0, 400), '', '\uffff']) assert.not.ok(holdsLine(section, from, Buffer.from(line)), `${how}: not ${line.slice(0, 40)}`);
    });
  });
}

test('a section that does not end its last line never holds it', () => {
  const bytes = Buffer.from('\nalpha\nbeta\ngamma');
  bothWays(bytes, (section, how) => {
    assert.ok(holdsLine(section, 1, Buffer.from('alpha')), how);
    assert.not.ok(holdsLine(section, 1, Buffer.from('gamma')), how);
  });
});

test('a file shorter than the section said: the read throws, never answers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'migcheck-lines-'));
  try {
    const file = join(dir, 'summary');
    writeFileSync(file, '\na\nb\n');
    const fd = openSync(file, 'r');
    try {
      assert.throws(() => holdsLine(sectionOnDisk(fd, 0, 4096), 1, Buffer.from('b')));
    } finally {
      closeSync(fd);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
