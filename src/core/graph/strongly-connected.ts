/**
 * Tarjan's strongly connected components, iterative: a 100,000-revision chain must not overflow
 * the call stack, and every vertex and edge is visited once.
 */

/**
 * The strongly connected components of the graph over `count` vertices `0..count-1`, where
 * `successors(v)` lists v's out-edges. Each component lists its vertices in discovery order.
 */
export function stronglyConnected(count: number, successors: (vertex: number) => readonly number[]): number[][] {
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  const components: number[][] = [];
  // An explicit frame stack replaces recursion: [vertex, next successor position].
  const frames: { vertex: number; edges: readonly number[]; next: number }[] = [];
  let counter = 0;

  const enter = (vertex: number) => {
    index[vertex] = low[vertex] = counter++;
    stack.push(vertex);
    onStack[vertex] = 1;
    frames.push({ vertex, edges: successors(vertex), next: 0 });
  };

  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    enter(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      if (frame.next < frame.edges.length) {
        const to = frame.edges[frame.next++]!;
        if (index[to] === -1) enter(to);
        else if (onStack[to]) low[frame.vertex] = Math.min(low[frame.vertex]!, index[to]!);
        continue;
      }
      frames.pop();
      const v = frame.vertex;
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        components.push(component.reverse());
      }
      const parent = frames[frames.length - 1];
      if (parent) low[parent.vertex] = Math.min(low[parent.vertex]!, low[v]!);
    }
  }
  return components;
}
