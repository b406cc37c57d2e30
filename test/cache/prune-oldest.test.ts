/**
 * pruneOldest keeps a cache folder (tree summaries, verdicts) within its limits with the files a
 * real folder holds: entries named by 40 hex digits, leftovers of killed writes, anything else.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pruneOldest } from '../../src/cache/prune-oldest.cjs';

const key = (i: number) => i.toString(16).padStart(40, '0');

/** A folder with `count` entries of `size` bytes, entry i made i minutes after entry 0. */
function folder(count: number, size = 10): string {
  const dir = mkdtempSync(join(tmpdir(), 'migcheck-prune-'));
  for (let i = 0; i < count; i++) {
    const file = join(dir, key(i));
    writeFileSync(file, 'x'.repeat(size));
    const when = new Date(Date.UTC(2026, 0, 1, 0, i));
    utimesSync(file, when, when);
  }
  return dir;
}

const names = (dir: string) => readdirSync(dir).sort();

test('beyond the count, the oldest entries go and other names stay', () => {
  const dir = folder(6);
  try {
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    mkdirSync(join(dir, 'sub'));
    pruneOldest(dir, { files: 4 });
    assert.equal(names(dir), [key(2), key(3), key(4), key(5), 'notes.txt', 'sub']);
    pruneOldest(dir, { files: 4 });
    assert.equal(names(dir), [key(2), key(3), key(4), key(5), 'notes.txt', 'sub'], 'within its limit: nothing more goes');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a folder is let grow a quarter past its count, then pruned back to it', () => {
  const dir = folder(10);
  try {
    pruneOldest(dir, { files: 8 });
    assert.equal(names(dir).length, 10, 'within the count and its quarter: nothing goes');
    writeFileSync(join(dir, key(10)), 'x');
    pruneOldest(dir, { files: 8 });
    assert.equal(names(dir), [3, 4, 5, 6, 7, 8, 9, 10].map(key), 'past it: back to the newest 8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a small file written leaves a folder within its count unmeasured; a larger one has it measured', () => {
  const dir = folder(4, 100);
  try {
    pruneOldest(dir, { files: 8, bytes: 250 * 1024, written: 100 });
    assert.equal(names(dir).length, 4, 'small: not measured, nothing goes');
    pruneOldest(dir, { files: 8, bytes: 250, written: 0 });
    assert.equal(names(dir).length, 4, 'nothing written to speak of: not measured');
    pruneOldest(dir, { files: 8, bytes: 250, written: 100 });
    assert.equal(names(dir), [key(2), key(3)], 'a file of 40% of the limit: measured, and pruned to the bytes');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('beyond the bytes, the oldest go, but never the newest', () => {
  const dir = folder(5, 100);
  try {
    pruneOldest(dir, { files: 10, bytes: 250 });
    assert.equal(names(dir), [key(3), key(4)]);
    pruneOldest(dir, { files: 10, bytes: 50 });
    assert.equal(names(dir), [key(4)], 'the newest stays even when larger than the limit');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a killed writer\'s temporary goes, a live writer\'s stays; a missing folder is no error', () => {
  const dir = folder(1);
  try {
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const dead = `.${key(7)}.migcheck-${child.stdout}-00aa11bb.tmp`;
    const live = `.${key(8)}.migcheck-${process.pid}-00aa11bb.tmp`;
    writeFileSync(join(dir, dead), 'half');
    writeFileSync(join(dir, live), 'half');
    pruneOldest(dir, { files: 4 });
    assert.equal(names(dir), [live, key(0)].sort());
    pruneOldest(join(dir, 'missing'), { files: 1 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
