// extendGraph must be buildGraph, only cheaper: on random histories with random new revisions
// inserted anywhere in load order, the extended graph equals the rebuilt one; where a new file
// could change what older revisions mean, it declines.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildGraph } from '../../src/core/graph/build-graph.js';
import { extendGraph } from '../../src/core/graph/extend-graph.js';
import type { Graph, RevisionFile } from '../../src/core/types.js';
import { seededRandom } from '../alembic/fixtures/random-graph.js';
import { chainFiles, revisionFile } from './fixtures/revision-file.js';

/** A graph as plain data (node objects, not their identity). */
const plain = (graph: Graph) => JSON.parse(JSON.stringify({ ...graph, nodes: [...graph.nodes].map(([id, n]) => [id, { ...n, file: n.file.path }]), files: graph.files?.map((f) => f.path) }));

test('random histories with new revisions anywhere in load order: the same graph as a rebuild', () => {
  const rand = seededRandom(20261124);
  let extended = 0;
  for (let round = 0; round < 400; round++) {
    const n = 1 + Math.floor(rand() * 30);
    const files: RevisionFile[] = [];
    for (let i = 0; i < n; i++) {
      const down = i === 0 || rand() < 0.1 ? [] : [...new Set([files[Math.floor(rand() * i)]!.revision!, ...(rand() < 0.15 ? [files[Math.floor(rand() * i)]!.revision!] : [])])];
      files.push(revisionFile({ rev: `r${round}_${i}`, down, path: `v/${rand().toString(36).slice(2, 8)}_${i}.py` }));
    }
    files.sort((a, b) => (a.path < b.path ? -1 : 1));
    const base = buildGraph(files);
    const added: RevisionFile[] = [];
    for (let k = 0, count = 1 + Math.floor(rand() * 3); k < count; k++) {
      const parents = rand() < 0.1 ? [] : [files[Math.floor(rand() * n)]!.revision!, ...(rand() < 0.2 ? [files[Math.floor(rand() * n)]!.revision!] : [])];
      added.push(revisionFile({ rev: `new${round}_${k}`, down: parents, path: `v/${rand().toString(36).slice(2, 8)}_new${k}.py` }));
    }
    const all = [...files, ...added].sort((a, b) => (a.path < b.path ? -1 : 1));
    const graph = extendGraph(base, all, added);
    assert.ok(graph, `round ${round}: a plain extension is taken`);
    extended++;
    assert.equal(plain(graph!), plain(buildGraph(all)), `round ${round}`);
    // The graph it extended is left as it was.
    assert.equal(plain(base), plain(buildGraph(files)), `round ${round}: base unchanged`);
  }
  assert.is(extended, 400);
});

test('declines whatever could change older revisions, so the caller rebuilds', () => {
  const base = buildGraph(chainFiles('a:', 'b:a'));
  const with_ = (spec: Parameters<typeof revisionFile>[0], from = base, files = chainFiles('a:', 'b:a')) =>
    extendGraph(from, [...files, revisionFile(spec)], [revisionFile(spec)]);
  assert.ok(with_({ rev: 'c', down: ['b'] }));
  assert.is(with_({ rev: 'c', down: ['zz'] }), undefined, 'a missing parent');
  assert.is(with_({ rev: 'b', down: ['a'] }), undefined, 'a repeated id');
  assert.is(with_({ rev: 'c', down: ['b'], labels: ['x'] }), undefined, 'a branch label');
  assert.is(with_({ rev: 'c', down: ['b'], dependsOn: ['a'] }), undefined, 'depends_on');
  assert.is(with_({ rev: undefined }), undefined, 'an unreadable id');
  assert.is(with_({ rev: 'c', down: undefined }), undefined, 'an unreadable down_revision');
  const missing = chainFiles('a:', 'b:c');
  assert.is(with_({ rev: 'c', down: ['a'] }, buildGraph(missing), missing), undefined, 'a new file that a missing parent named');
  const labelled = [revisionFile({ rev: 'a', labels: ['main'] }), revisionFile({ rev: 'b', down: ['a'] })];
  assert.is(with_({ rev: 'c', down: ['b'] }, buildGraph(labelled), labelled), undefined, 'labels in the history');
  assert.is(extendGraph(base, chainFiles('a:', 'b:a'), []), undefined, 'nothing added');
});

test.run();
