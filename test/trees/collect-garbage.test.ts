/**
 * collectGarbage: a real full collection (an object nothing holds is gone after it), and V8's
 * flags as they were (bytecode cached before it is still taken after it: V8 refuses a code cache
 * made under other flags, and the bundles' code cache is written at exit).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Script } from 'node:vm';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { collectGarbage } from '../../src/trees/collect-garbage.js';

// Made before any collection is asked for, under the flags Node started with.
const source = 'function twice(x) { return 2 * x }\ntwice(21);';
const made = new Script(source, { filename: 'cached.js' });
made.runInThisContext();
const cachedData = made.createCachedData();

test('an object nothing holds is collected', async () => {
  const ref = (() => new WeakRef({ big: new Array(1000).fill(1) }))();
  // A WeakRef keeps its target until the job that made it ends.
  await nextTurn();
  collectGarbage();
  assert.is(ref.deref(), undefined);
});

test('bytecode cached before the first collection is taken after it', () => {
  collectGarbage();
  // Another name: the engine's in-memory cache of compiled scripts would answer the same one.
  const again = new Script(source, { filename: 'cached-again.js', cachedData });
  assert.is(again.cachedDataRejected, false);
  assert.is(typeof (globalThis as { gc?: unknown }).gc, 'undefined', 'nothing is left on the global object');
});

test.run();
