/**
 * The heap of a big read, kept from growing ahead of what it holds. A full read keeps most of what
 * it makes (the listings, then every parse), and V8 sizes the heap by what survives:
 *
 * - The young generation (two semi-spaces, up to 16 MB each) is doubled whenever much of what a
 *   thread allocated survives. At 50,000 files the main thread's stood at its full 2 × 16 MB from
 *   the listings on, ~30 MB of a first run's peak of ~190 MB, and it is never handed back. Held at
 *   its starting 2 × 1 MB, what survives moves to the old generation a little sooner, which costs
 *   nothing here: the main thread mostly waits for its parse worker.
 * - The old generation is next collected once it has grown by a factor V8 picks (up to 4) over
 *   what the last collection left. Building the graphs of 50,000 revisions leaves ~25 MB of large
 *   arrays behind, which then waited for the end of the run. Held at 1.5 (heap_growing_percent),
 *   V8 collects them sooner; the first run's time did not move.
 *
 * Node fixes the semi-spaces' largest size when a thread starts (`--max-semi-space-size` is a
 * start flag), but V8 reads both factors each time it resizes, so setting them at run time
 * (`--semi-space-growth-factor=1`, `--heap-growing-percent=50`) takes effect at once. The flags
 * are the process's: every new thread's heap set-up raises the semi-space factor back to 2 (V8's
 * floor for a start), so a hold puts it back once a worker is up (the function startIsolates
 * returns). A worker thread would not grow its young generation either, and a parse worker that
 * stays at 2 × 1 MB moves most of what it parses to its old generation (slower, and bigger); so
 * it is started at its largest semi-space size instead (startIsolates).
 *
 * Every flag is back at its default before the run's code cache is written at exit (V8 stamps
 * that cache with a hash of its flags; see collect-garbage). Only V8 versions whose flags were
 * checked are touched: an unknown flag would be printed on stderr. Where any of this fails,
 * nothing happens: it is about memory, never about results.
 */
import { setFlagsFromString } from 'node:v8';

/** V8 11–13 (Node 20–24) have the three flags set here, with the defaults restored below. */
const V8_MAJOR = Number(process.versions.v8.split('.')[0]);
const KNOWN_FLAGS = V8_MAJOR >= 11 && V8_MAJOR <= 13;

/** V8's defaults: the semi-spaces' growth factor, the old generation's left to V8 (0), and their smallest size left to V8 (0). */
const GROWTH_DEFAULT = 2;
const OLD_GROWTH_DEFAULT = 0;
const MIN_SEMI_DEFAULT = 0;

/** The old generation's growing factor while held, as a percentage over 1 (1.5). */
const OLD_GROWTH_HELD = 50;

/** Holds not yet released; one until exit counts for ever. */
let holds = 0;
let untilExit = false;
let exitHooked = false;

function setFlag(flag: string): void {
  if (!KNOWN_FLAGS) return;
  try {
    setFlagsFromString(flag);
  } catch {
    // Nothing to undo: the flag kept its value.
  }
}

const held = () => holds > 0 || untilExit;

function applyGrowth(): void {
  setFlag(`--semi-space-growth-factor=${held() ? 1 : GROWTH_DEFAULT}`);
  setFlag(`--heap-growing-percent=${held() ? OLD_GROWTH_HELD : OLD_GROWTH_DEFAULT}`);
}

/** What holdHeapGrowth gives back. */
export interface HeapGrowthHold {
  /** Lets the heap grow as V8 likes again (when no other hold remains); once. */
  release(): void;
  /**
   * Keeps the hold until the process exits: after a read with parse workers, what the run does
   * next (graphs, summaries) would otherwise grow the heap as before.
   */
  keepUntilExit(): void;
}

/** Holds the heap's growth (see the module comment) until released. */
export function holdHeapGrowth(): HeapGrowthHold {
  holds += 1;
  if (!exitHooked) {
    exitHooked = true;
    // Ahead of the code cache's own exit listener, whatever order they were added in.
    process.prependOnceListener('exit', () => {
      holds = 0;
      untilExit = false;
      applyGrowth();
      setFlag(`--min-semi-space-size=${MIN_SEMI_DEFAULT}`);
    });
  }
  applyGrowth();
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    holds -= 1;
    applyGrowth();
  };
  return {
    release,
    keepUntilExit() {
      untilExit = true;
      release();
    },
  };
}

/**
 * Makes the threads started next begin with semi-spaces of `mb` MB (at most the size their
 * resource limits allow). The returned function is called once they are all up: it puts the
 * smallest size back to V8's default and the growth factor back where a hold wants it (each new
 * thread's heap set-up raised it to 2).
 */
export function startIsolates(mb: number): () => void {
  setFlag(`--min-semi-space-size=${mb}`);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    setFlag(`--min-semi-space-size=${MIN_SEMI_DEFAULT}`);
    applyGrowth();
  };
}
