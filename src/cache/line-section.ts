/**
 * A section of a tree summary made of lines (`text\n` each, in byte order), searched by halving.
 * It is in memory when the read that found the summary's header held it (a delta, a small
 * tree), and otherwise stays in the open file and is read a window at a time: a question about
 * one of 50,000 revision ids or names then reads ~17 windows of half a kilobyte, where reading
 * the sections whole took 2–3 MB, and ~1.5 ms with their pages, of every commit's check.
 */
import { readSync } from 'node:fs';

/** Bytes of one section. */
export interface LineSection {
  readonly length: number;
  /** True when each read of bytes() is a read of the file. */
  readonly onDisk: boolean;
  /** Bytes `start` to `end` (end ≤ length). Throws when the file is shorter than it said. */
  bytes(start: number, end: number): Buffer;
}

/** A section held in memory. */
export function sectionInMemory(buffer: Buffer): LineSection {
  return { length: buffer.length, onDisk: false, bytes: (start, end) => buffer.subarray(start, end) };
}

/** A section of `length` bytes at `offset` of the file open as `fd` (the caller closes it). */
export function sectionOnDisk(fd: number, offset: number, length: number): LineSection {
  return {
    length,
    onDisk: true,
    bytes: (start, end) => {
      const out = Buffer.allocUnsafe(end - start);
      if (readSync(fd, out, 0, out.length, offset + start) !== out.length) throw new Error('tree summary cut short');
      return out;
    },
  };
}

/** Bytes read around a probe at first: ids and names are far shorter, and a longer line doubles it. */
const WINDOW = 512;

/** A range of a file this short is read at once and halved in memory: one read instead of ~6. */
const WHOLE = 32 * 1024;

/**
 * The line that holds byte `at`, where `lo <= at < hi` and both are where lines start: where it
 * starts and ends (at its newline), and its bytes; undefined when no newline ends it (damage).
 */
function lineAround(section: LineSection, lo: number, hi: number, at: number): { start: number; end: number; text: Buffer } | undefined {
  for (let reach = WINDOW; ; reach *= 2) {
    const from = Math.max(lo, at - reach);
    const to = Math.min(hi, at + reach);
    const window = section.bytes(from, to);
    // `from < at` unless the window already starts at `lo`, a line's start.
    const before = from < at ? window.lastIndexOf(0x0a, at - from - 1) : -1;
    if (before < 0 && from > lo) continue;
    const start = before < 0 ? lo : from + before + 1;
    const newline = window.indexOf(0x0a, start - from);
    if (newline >= 0) return { start, end: from + newline, text: window.subarray(start - from, newline) };
    if (to === hi) return undefined;
  }
}

/** The first line of `section`: where its newline is and its bytes, or undefined (damage). */
export function firstLine(section: LineSection): { end: number; text: Buffer } | undefined {
  if (section.length === 0) return undefined;
  const line = lineAround(section, 0, section.length, 0);
  return line && { end: line.end, text: line.text };
}

/** Whether the lines of `section` from byte `from` on (a line's start) hold `needle`: by halving. */
export function holdsLine(section: LineSection, from: number, needle: Buffer): boolean {
  // `lo` and `hi` are always where lines start (or the end): the line wanted lies between them.
  let lo = from;
  let hi = section.length;
  while (lo < hi) {
    if (section.onDisk && hi - lo <= WHOLE) return holdsLine(sectionInMemory(section.bytes(lo, hi)), 0, needle);
    const line = lineAround(section, lo, hi, (lo + hi) >>> 1);
    if (!line) return false; // A section always ends its last line; damage otherwise.
    const order = line.text.compare(needle);
    if (order === 0) return true;
    if (order < 0) lo = line.end + 1;
    else hi = line.start;
  }
  return false;
}
