/**
 * JSON.stringify of an object, given in pieces: one property of `spread` at a time (each one
 * stringified alone), the other properties whole. Joined, the pieces are exactly the text
 * JSON.stringify gives (same key order, properties JSON leaves out left out), so a cache written
 * through writeChunks keeps its bytes while no single string holds all of it.
 */

/** The text of one property: `"key":value`, or undefined when JSON.stringify would leave it out. */
function member(key: string, value: unknown): string | undefined {
  const text = JSON.stringify(value) as string | undefined;
  return text === undefined ? undefined : `${JSON.stringify(key)}:${text}`;
}

function* ownMembers(object: Record<string, unknown>): Generator<readonly [string, unknown]> {
  for (const key of Object.keys(object)) yield [key, object[key]];
}

/**
 * The pieces of JSON.stringify(value) for a plain object `value` whose property `spread` (when
 * present) is a plain object too. Both must be plain data (no toJSON, no getters with effects):
 * what the caches write. `members`, when given, lists the spread object's properties in its
 * place (a cache that keeps some of them elsewhere writes them as one object).
 */
export function* jsonPieces(value: Record<string, unknown>, spread: string, members?: () => Iterable<readonly [string, unknown]>): Generator<string> {
  yield '{';
  let first = true;
  for (const key of Object.keys(value)) {
    const inner = value[key];
    if (key === spread && inner !== null && typeof inner === 'object' && !Array.isArray(inner)) {
      yield `${first ? '' : ','}${JSON.stringify(key)}:{`;
      first = false;
      let firstInner = true;
      const pairs = members ? members() : ownMembers(inner as Record<string, unknown>);
      for (const [innerKey, innerValue] of pairs) {
        const text = member(innerKey, innerValue);
        if (text === undefined) continue;
        yield firstInner ? text : `,${text}`;
        firstInner = false;
      }
      yield '}';
      continue;
    }
    const text = member(key, inner);
    if (text === undefined) continue;
    yield first ? text : `,${text}`;
    first = false;
  }
  yield '}';
}
