// The layout is the design (docs/architecture.md): each folder of src/ may import only the folders
// listed for it here, the core and the Alembic rules stay pure, and only src/git starts processes.
// A scan of every import keeps that true as the code grows.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { projectRoot } from './helpers/repo.js';

/** What each folder of src/ may import besides itself (docs/architecture.md, "What may import what"). */
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  alembic: ['core'],
  git: ['core'],
  fs: ['core'],
  cache: ['core', 'fs', 'git'],
  config: ['core', 'alembic'],
  trees: ['core', 'alembic', 'git', 'cache', 'fs', 'config'],
  hooks: ['core', 'alembic', 'git', 'fs', 'config'],
  db: ['core', 'alembic'],
  render: ['core'],
  app: ['core', 'alembic', 'git', 'fs', 'cache', 'config', 'trees', 'hooks', 'db'],
  'fast-lane': ['alembic', 'git', 'cache', 'core', 'app'],
  cli: ['core', 'alembic', 'git', 'fs', 'cache', 'config', 'trees', 'hooks', 'db', 'render', 'app', 'fast-lane'],
  library: ['core', 'git', 'render', 'app'],
  action: ['core', 'git', 'render', 'app'],
};
/** Folders that must not touch Node's I/O: they turn texts into data. */
const PURE = new Set(['core', 'alembic']);

const srcRoot = join(projectRoot, 'src');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(c|m)?ts$/.test(full) ? [full] : [];
  });
}
const sources = files(srcRoot).map((full) => ({ full, rel: full.slice(srcRoot.length + 1).split('\\').join('/') }));
const folderOf = (rel: string) => rel.split('/')[0]!;
const code = (full: string) => readFileSync(full, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
function importsOf(full: string, options: { values?: boolean } = {}): string[] {
  const specs: string[] = [];
  for (const m of code(full).matchAll(/(?:^|\n)\s*(?:import|export)(\s+type\b)?[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    // `import type` is erased when compiled: it loads nothing.
    if (options.values && m[1]) continue;
    specs.push(m[2] ?? m[3] ?? m[4]!);
  }
  return specs;
}

test('every folder of src/ is described', () => {
  const folders = new Set(sources.map(({ rel }) => folderOf(rel)).filter((f) => !f.includes('.')));
  assert.equal([...folders].filter((f) => !(f in ALLOWED)), []);
  assert.ok(sources.length > 50);
});

test('each folder imports only what docs/architecture.md allows', () => {
  const offenders: string[] = [];
  for (const { full, rel } of sources) {
    const from = folderOf(rel);
    for (const spec of importsOf(full)) {
      if (!spec.startsWith('.')) continue;
      const path = posix.normalize(posix.join(posix.dirname(rel), spec));
      // The package's own manifest (its version salts cache keys).
      if (path === '../package.json') continue;
      const target = folderOf(path);
      if (target !== from && !ALLOWED[from]?.includes(target)) offenders.push(`${rel} imports ${spec} (${from} → ${target})`);
    }
  }
  assert.equal(offenders, []);
});

test('the core and the Alembic rules import no Node module or package and touch no process, clock or randomness', () => {
  const offenders: string[] = [];
  for (const { full, rel } of sources.filter(({ rel }) => PURE.has(folderOf(rel)))) {
    for (const spec of importsOf(full)) if (!spec.startsWith('.')) offenders.push(`${rel} imports ${spec}`);
    const text = code(full);
    for (const word of ['process.', 'console.', 'Date.now', 'new Date(', 'Math.random', 'require(']) {
      if (text.includes(word)) offenders.push(`${rel} uses ${word}`);
    }
  }
  assert.equal(offenders, []);
});

test('only src/git starts processes', () => {
  const offenders = sources
    .filter(({ rel }) => folderOf(rel) !== 'git')
    .filter(({ full }) => importsOf(full).some((spec) => spec === 'node:child_process' || spec === 'child_process'))
    .map(({ rel }) => rel);
  assert.equal(offenders, []);
});

test('the fast lane loads no ES module: it runs before Node’s ES module loader starts', () => {
  const offenders: string[] = [];
  const loaded = new Set<string>();
  const visit = (rel: string) => {
    if (loaded.has(rel)) return;
    loaded.add(rel);
    if (!rel.endsWith('.cts')) offenders.push(`${rel} is not CommonJS`);
    for (const spec of importsOf(join(srcRoot, rel), { values: true })) {
      if (!spec.startsWith('.')) continue;
      const path = posix.normalize(posix.join(posix.dirname(rel), spec));
      if (path === '../package.json') continue;
      if (!spec.endsWith('.cjs')) offenders.push(`${rel} imports ${spec}`);
      else visit(path.replace(/\.cjs$/, '.cts'));
    }
  };
  // Everything the lane loads, followed through its imports (types excepted: they are erased).
  for (const { rel } of sources.filter(({ rel }) => folderOf(rel) === 'fast-lane')) visit(rel);
  assert.equal(offenders, []);
});

test.run();
