#!/usr/bin/env node
// `npm run bundle`: bundles src/ into the few CommonJS files of dist/ that need nothing but Node
// (no runtime dependency is installed: smol-toml and the rest are inside). dist/ is committed,
// so an install from git, a tarball or the pre-commit framework runs it without a build step;
// `.ci/run` rebuilds and fails when the committed files differ (the build is deterministic).
// The script is `bundle`, not `build`: npm installs every devDependency of a git dependency
// whose package.json has a `build` (or prepare, prepack, install) script before packing it.
//
// One table, BUNDLES, says which files exist. A bundle lists the source modules it owns
// (`modules`); everything they import is copied in (and shaken down to what is used), except a
// module another bundle owns, which is loaded from that bundle at run time. So:
// - code that a hook run never needs (help, init, repairs, …) sits in a bundle of its own and
//   is read only when its command runs: list its command module there;
// - a module whose identity matters exists once: list it in the first bundle, which every run
//   loads (the error class the CLI's catch recognises).
//   Anything else may be copied into several bundles: each copy is only what that bundle uses.
// A bundle's own exports are those of its first module (what a program that requires it uses).
// A command module that no bundle lists gets a bundle of its own, named after it.
//
//   node scripts/build.mjs           build dist/
//   node scripts/build.mjs --check   build into a temporary folder and compare with dist/
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, mkdirSync, renameSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The bundle bin/migcheck.js requires first, holding only the code cache's loader (which then
 * loads every other bundle, the entry included), and the entry, which holds the CLI.
 */
const BOOT = 'boot';
const ENTRY = 'migcheck';

/** The bundles of dist/, in load order: the first is the one every run loads. */
export const BUNDLES = [
  // bin/migcheck.js requires this one, and loads the entry through it: the code cache's loader
  // (it must run before the entry is read, so that the entry too comes from the cache), small,
  // compiled on every run.
  { name: 'boot', modules: ['src/cache/code-cache.cts'] },
  // The entry: argv, the command table, the fast lane of `check`, the one catch; with the error
  // class that catch recognises (the fast lane hands what it read to `check` as a value). The
  // object store is one too: the lane hands the check what it read (and keeps) of the repository.
  { name: 'migcheck', modules: ['src/cli/main.ts', 'src/core/errors.ts', 'src/fast-lane/quick-check.cts', 'src/git/object-store.cts', 'src/git/repository-files.cts'] },
  // A commit that stages a new migration on a history an earlier check has seen: answered from
  // what that check kept, without reading check.cjs (its source and bytecode cost more than the answer).
  { name: 'warm', modules: ['src/cli/summary-answer.ts'] },
  // `heads` of a working tree from the summaries, before check.cjs (src/cli/heads-answer.ts).
  { name: 'heads-answer', modules: ['src/cli/heads-answer.ts'] },
  // What a hook and CI run: check, pre-push, and the two readers that share all of it.
  { name: 'check', modules: ['src/cli/commands/check.ts', 'src/cli/commands/pre-push.ts', 'src/cli/commands/heads.ts', 'src/cli/commands/graph.ts'] },
  { name: 'repair', modules: ['src/cli/commands/rebase-plan.ts', 'src/cli/commands/merge.ts'] },
  { name: 'init', modules: ['src/cli/commands/init.ts'] },
  // The TOML parser, read only when a pyproject.toml may hold settings (check, init, repairs share it).
  { name: 'toml', modules: ['node_modules/smol-toml/dist/index.js'] },
  { name: 'help', modules: ['src/cli/help.ts'] },
  // The parse workers a big cold read starts (src/trees/parse-pool.ts finds this file beside the
  // bundle that runs it).
  { name: 'parse-worker', modules: ['src/trees/parse-worker.ts'] },
  // migcheck db (and what rebase-plan --db and explain --db read of it), with the PostgreSQL
  // driver, pg, inside: pure JavaScript, so `db` needs nothing installed. `external` names what
  // stays a require() at run time: pg's own optional modules (pg-native, reached only through
  // pg.native, which migcheck never touches; pg-cloudflare, only on Cloudflare Workers) and sql.js,
  // SQLite in WebAssembly, an optional peer loaded only where Node has no node:sqlite.
  {
    name: 'db',
    modules: ['src/cli/commands/db.ts', 'src/app/database-report.ts'],
    external: ['pg-native', 'pg-cloudflare', 'sql.js', 'sql.js/*'],
  },
  // `import … from 'migcheck'` (package.json "exports"); its declarations: index.d.ts below.
  { name: 'index', modules: ['src/library/index.ts'] },
  // The GitHub Action (action.yml `runs.main`).
  { name: 'action', modules: ['src/action/main.ts'] },
];

/**
 * The table, completed: a command module under src/cli/commands/ that no bundle lists gets a
 * bundle of its own, named after it — a new command is never read on every run by accident.
 */
function bundles() {
  const listed = new Set(BUNDLES.flatMap((bundle) => bundle.modules));
  const commands = readdirSync(join(root, 'src', 'cli', 'commands')).filter((name) => /\.ts$/.test(name)).sort();
  const extra = commands.map((name) => `src/cli/commands/${name}`).filter((path) => !listed.has(path))
    .map((path) => ({ name: path.slice(path.lastIndexOf('/') + 1).replace(/\.ts$/, ''), modules: [path] }));
  return [...BUNDLES, ...extra];
}

/** The key a module has in its bundle's `__modules`: its path under src/ (or the project) without extension. */
const keyOf = (path) => {
  const under = relative(join(root, 'src'), path).split('\\').join('/');
  return (under.startsWith('../') ? relative(root, path).split('\\').join('/') : under).replace(/\.(c|m)?[jt]s$/, '');
};
const abs = (path) => join(root, path);

/** The names `path` exports (esbuild resolves `export *` for us). */
async function exportNames(path) {
  const result = await build({
    entryPoints: [path], bundle: true, format: 'esm', platform: 'node', packages: 'external', write: false, metafile: true,
    outdir: join(tmpdir(), 'migcheck-exports'), absWorkingDir: root, logLevel: 'silent',
  });
  return Object.values(result.metafile.outputs)[0].exports;
}

/**
 * The esbuild plugin that makes the table true: an import of a module that belongs to another
 * bundle becomes a stand-in module that takes its exports from `require('./<that bundle>.cjs')`.
 * The stand-in is an ES module naming each export: a CommonJS one would make esbuild copy the
 * whole namespace into every module that imports it (~10 ms per run for the messages alone).
 */
function shareModules(self, owners) {
  return {
    name: 'migcheck-bundles',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.namespace === 'bundle-of' || args.pluginData === 'resolving') return undefined;
        if (args.kind === 'entry-point') return undefined;
        const resolved = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'resolving' });
        if (resolved.errors.length > 0) return undefined;
        const owner = owners.get(resolved.path);
        if (owner === undefined || owner.bundle === self) return undefined;
        // The path is relative so the bundle text does not depend on where the checkout lives.
        return { path: relative(root, resolved.path).split('\\').join('/'), namespace: 'bundle-of', pluginData: owner };
      });
      b.onLoad({ filter: /.*/, namespace: 'bundle-of' }, (args) => {
        const { bundle, names } = args.pluginData;
        // The boot bundle is loaded first, by bin/migcheck.js; every other one through the code
        // cache's requireBundle, which is boot's (src/cache/code-cache.cts). Where boot was not
        // loaded first (the library, a worker), requiring it turns no cache on.
        const lines = [];
        const boot = `require("./${BOOT}.cjs")`;
        const load = bundle === BOOT ? boot : `${boot}.requireBundle(${JSON.stringify(bundle)})`;
        const named = names.filter((name) => name !== 'default');
        lines.push(`const shared = ${load}.__modules[${JSON.stringify(keyOf(abs(args.path)))}];`, `export const { ${named.join(', ')} } = shared;`);
        if (names.includes('default')) lines.push('export default shared.default;');
        return { contents: `${lines.join('\n')}\n`, loader: 'js', resolveDir: root };
      });
      b.onResolve({ filter: /^\.\/[\w-]+\.cjs$/, namespace: 'bundle-of' }, (args) => ({ path: args.path, external: true }));
    },
  };
}

/** The source of a bundle's entry: its first module's exports, and every module it owns by key. */
function entrySource(modules) {
  const lines = [`export * from ${JSON.stringify(modules[0])};`];
  modules.forEach((path, i) => lines.push(`import * as m${i} from ${JSON.stringify(path)};`));
  lines.push(`export const __modules = { ${modules.map((path, i) => `${JSON.stringify(keyOf(path))}: m${i}`).join(', ')} };`);
  return `${lines.join('\n')}\n`;
}

const BANNER = [
  '// Built by scripts/build.mjs from src/: do not edit; run `npm run bundle`.',
  'var __migcheck_import_meta_url = require("node:url").pathToFileURL(__filename).href;',
].join('\n');

const options = (bundle, modules, owners, outfile) => ({
  stdin: { contents: entrySource(modules), resolveDir: root, sourcefile: `<${bundle.name} bundle>`, loader: 'js' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20.19',
  outfile,
  absWorkingDir: root,
  // A symlinked node_modules (a shared install) must not change the paths written into comments.
  preserveSymlinks: true,
  write: true,
  logLevel: 'warning',
  // A bundle has no import.meta: a module that locates its own file gets the bundle's URL.
  define: { 'import.meta.url': '__migcheck_import_meta_url' },
  legalComments: 'eof',
  charset: 'utf8',
  banner: { js: BANNER },
  plugins: [shareModules(bundle.name, owners)],
  external: bundle.external ?? [],
  // Every run compiles boot.cjs and reads the entry's source (and check.cjs's, on a commit that
  // stages a migration): the code cache holds what earlier runs compiled, the rest is compiled
  // from the source, and a run without a cache compiles all it uses. Without whitespace and with
  // shorter syntax V8 reads a quarter less (check.cjs: 428 → 327 KB). Names are kept, so a
  // --debug stack trace still says which function failed.
  ...([BOOT, ENTRY, 'warm', 'heads-answer', 'check'].includes(bundle.name) ? { minifyWhitespace: true, minifySyntax: true } : {}),
});

/** Builds every bundle into `outDir`. */
export async function buildAll(outDir) {
  mkdirSync(outDir, { recursive: true });
  const owners = new Map();
  const all = bundles();
  for (const bundle of all) {
    if (all.filter((other) => other.name === bundle.name).length > 1) throw new Error(`two bundles are named ${bundle.name}`);
    for (const path of bundle.modules) {
      if (owners.has(abs(path))) throw new Error(`${path} is listed in two bundles`);
      owners.set(abs(path), { bundle: bundle.name, names: await exportNames(abs(path)) });
    }
  }
  await Promise.all(all.map((bundle) => build(options(bundle, bundle.modules.map(abs), owners, join(outDir, `${bundle.name}.cjs`)))));
  // The library's declaration file (scripts/library-types.mjs refuses one that is not self-contained).
  const types = spawnSync(process.execPath, [join(root, 'scripts/library-types.mjs'), join(outDir, 'index.d.ts')], { cwd: root, stdio: 'inherit' });
  if (types.status !== 0) throw new Error('the library declaration file could not be written');
}

const outputs = (dir) => (existsSync(dir) ? readdirSync(dir).sort() : []);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = join(root, 'dist');
  if (process.argv.includes('--check')) {
    const fresh = mkdtempSync(join(tmpdir(), 'migcheck-dist-'));
    try {
      await buildAll(fresh);
      const names = [...new Set([...outputs(fresh), ...outputs(dist)])];
      const stale = names.filter((name) => !existsSync(join(dist, name)) || !existsSync(join(fresh, name)) || !readFileSync(join(dist, name)).equals(readFileSync(join(fresh, name))));
      // exitCode, not exit(): the fresh build is removed below either way.
      if (stale.length > 0) {
        console.error(`dist/ is stale: ${stale.join(', ')} differ${stale.length === 1 ? 's' : ''} from a fresh build of src/. Run \`npm run bundle\` and commit dist/.`);
        process.exitCode = 1;
      } else console.log('dist/ matches a fresh build of src/.');
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  } else {
    // Built aside and swapped in, so a removed bundle does not linger and a failed build leaves dist/ as it was.
    const next = `${dist}.next`;
    rmSync(next, { recursive: true, force: true });
    await buildAll(next);
    rmSync(dist, { recursive: true, force: true });
    renameSync(next, dist);
  }
}
