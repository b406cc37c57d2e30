/**
 * Parse workers for a big cold read: on a machine with more than one core, threads parse the
 * blobs while the main thread reads git's answers and keeps what the workers send back. A worker
 * holds at most two batches; while all are that busy the main thread waits (room) and git's
 * output waits with it. A worker that fails or is missing changes nothing but speed: its batches
 * are parsed on the main thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParseBatch, ParsedBlob } from './parse-worker.js';
import { startIsolates } from './hold-heap-growth.js';

/** Blobs to parse from which threads pay for themselves (starting one and its bundle: ~40 ms). */
export const POOL_MINIMUM = 3000;

/** Batches a worker holds at most: one it works on, one waiting. */
const IN_HAND = 2;

/**
 * A worker's young generation, in MB (V8's default is 48): a worker keeps nothing between
 * batches, yet with the default it grew its new space to 32 MB of a 39 MB heap at 50,000 blobs;
 * with 12 its heap stays at ~15 MB and it parses as fast.
 */
export const WORKER_YOUNG_MB = 12;

/**
 * The semi-space a worker starts with, in MB: its largest (V8 makes a young generation of three
 * semi-spaces' worth, two semi-spaces and as much for large objects). A read holds the young
 * generation from growing (hold-heap-growth), which holds the workers' too: started at 1 MB, a
 * worker moved most of what it parsed to its old generation, and a first run at 50,000 files
 * took ~10 MB more and ~0.3 s longer.
 */
const WORKER_SEMI_MB = WORKER_YOUNG_MB / 3;

/** The bundled worker beside the bundle that runs this (dist/); absent when running from src/. */
function bundledScript(): string | undefined {
  try {
    const path = fileURLToPath(new URL('./parse-worker.cjs', import.meta.url));
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

interface Slot {
  worker: Worker;
  inHand: number;
  alive: boolean;
}

/** A few parse workers. */
export class ParsePool {
  private nextId = 0;
  private readonly waiting = new Map<number, { slot: Slot; resolve: (blobs: ParsedBlob[] | undefined) => void }>();
  /** Callers of room() waiting for a worker to finish a batch (or die). */
  private roomWanted: (() => void)[] = [];
  /**
   * Settles once every worker is running (or failed to start): a thread's heap is set up by
   * then, and with it the flags a new thread's set-up changes (see startIsolates).
   */
  readonly ready: Promise<void>;

  private constructor(private readonly slots: Slot[], started: () => void) {
    this.ready = Promise.all(slots.map(({ worker }) => new Promise<void>((resolve) => {
      worker.once('online', resolve);
      worker.once('error', resolve);
      worker.once('exit', resolve);
    }))).then(started);
    for (const slot of slots) {
      slot.worker.on('message', (answer: { id: number; blobs?: ParsedBlob[] }) => this.answer(answer.id, answer.blobs));
      // A worker that dies leaves its batches to the main thread.
      const lost = () => {
        slot.alive = false;
        for (const [id, wait] of this.waiting) if (wait.slot === slot) this.answer(id, undefined);
        this.roomMade();
      };
      slot.worker.on('error', lost);
      slot.worker.on('exit', lost);
    }
  }

  /**
   * Starts the workers: one fewer than the cores (at most 3), none on one core or without a
   * worker script. `script` and `threads` are for tests (the bundled worker is found beside the
   * bundle).
   */
  static start(script: string | undefined = bundledScript(), threads = Math.min(3, availableParallelism() - 1)): ParsePool | undefined {
    if (script === undefined || threads < 1) return undefined;
    const started = startIsolates(WORKER_SEMI_MB);
    try {
      return new ParsePool(Array.from({ length: threads }, () => ({ worker: new Worker(script, { stdout: false, stderr: false, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } }), inHand: 0, alive: true })), started);
    } catch {
      started();
      return undefined;
    }
  }

  /**
   * Hands `batch` to a worker with room for it; undefined when every worker is busy (the caller
   * parses it). The promise gives the parsed blobs, or undefined when the worker failed.
   */
  offer(batch: ParseBatch): Promise<ParsedBlob[] | undefined> | undefined {
    const slot = this.slots.find((s) => s.alive && s.inHand < IN_HAND);
    if (!slot) return undefined;
    const id = this.nextId++;
    slot.inHand += 1;
    return new Promise((resolve) => {
      this.waiting.set(id, { slot, resolve });
      try {
        slot.worker.postMessage({ id, batch });
      } catch {
        this.answer(id, undefined);
      }
    });
  }

  /** True while some worker is alive (offer can take a batch once one has room). */
  get working(): boolean {
    return this.slots.some((slot) => slot.alive);
  }

  /** Resolves once a worker has room for a batch, or none is alive (at once when either holds). */
  room(): Promise<void> {
    if (!this.working || this.slots.some((slot) => slot.alive && slot.inHand < IN_HAND)) return Promise.resolve();
    return new Promise((resolve) => this.roomWanted.push(resolve));
  }

  private roomMade(): void {
    const wanted = this.roomWanted;
    this.roomWanted = [];
    for (const resolve of wanted) resolve();
  }

  private answer(id: number, blobs: ParsedBlob[] | undefined): void {
    const wait = this.waiting.get(id);
    if (!wait) return;
    this.waiting.delete(id);
    wait.slot.inHand -= 1;
    wait.resolve(blobs);
    this.roomMade();
  }

  /** Stops the workers (batches still in hand are answered undefined, callers of room() released). */
  async close(): Promise<void> {
    for (const slot of this.slots) slot.alive = false;
    for (const id of [...this.waiting.keys()]) this.answer(id, undefined);
    this.roomMade();
    await Promise.all(this.slots.map((slot) => slot.worker.terminate().catch(() => undefined)));
  }
}

/**
 * Collects blobs into batches (their bytes copied end to end). One builder serves a whole read:
 * its buffer is reused for every batch, since take() copies each batch out (a fresh 256 KB
 * buffer per batch was ~100 MB of garbage at 50,000 blobs).
 */
export class BatchBuilder {
  private bytes = new Uint8Array(256 * 1024);
  private length = 0;
  private blobs: ParseBatch['blobs'] = [];

  add(oid: string, data: Uint8Array, paths: string[]): void {
    if (this.length + data.length > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + data.length));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.bytes.set(data, this.length);
    this.blobs.push({ oid, start: this.length, end: this.length + data.length, paths });
    this.length += data.length;
  }

  /** True when the batch is worth sending. */
  get full(): boolean {
    return this.blobs.length >= 64 || this.length >= 192 * 1024;
  }

  /**
   * The batch so far, its bytes copied to their size (a message clones a view's whole buffer),
   * and an empty builder for the next.
   */
  take(): ParseBatch {
    const batch = { bytes: this.bytes.slice(0, this.length), blobs: this.blobs };
    this.length = 0;
    this.blobs = [];
    return batch;
  }
}
