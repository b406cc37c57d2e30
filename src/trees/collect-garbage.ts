/**
 * A full garbage collection, asked for at the few points of a big cold read where much of what
 * it allocated has just died. V8 collects its old generation only once the heap has grown well
 * past what is live: at 50,000 files it let a first run's heap reach ~140 MB over ~60 MB live,
 * and the process's peak memory with it. A collection costs ~35–60 ms there, on a run of seconds;
 * only a read that starts parse workers (POOL_MINIMUM blobs) asks for one, never a commit's check
 * that the summaries answer.
 *
 * Node gives code the collector only behind `--expose-gc`. Set at run time, the flag shows `gc`
 * to contexts made after it (the way Jest's leak detector reaches it), and is cleared again at
 * once: V8 stamps the code cache with a hash of its flags, and the bundles' code cache, written
 * at exit, would otherwise be refused by every later run. Where any of this fails, nothing
 * happens: it is about memory, never about results.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collector: (() => void) | null | undefined;

function findCollector(): (() => void) | null {
  // Node started with --expose-gc (a test harness, say): its flag is left as it is.
  const exposed: unknown = (globalThis as { gc?: unknown }).gc;
  if (typeof exposed === 'function') return exposed as () => void;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  } finally {
    try {
      setFlagsFromString('--no-expose-gc');
    } catch {
      // The flag stays set: only the code cache's next write is lost.
    }
  }
}

/** Collects the main thread's garbage now (see the module comment). Never throws. */
export function collectGarbage(): void {
  collector ??= findCollector();
  try {
    collector?.();
  } catch {
    collector = null;
  }
}
