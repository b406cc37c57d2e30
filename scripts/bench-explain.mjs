#!/usr/bin/env node
// `migcheck explain` on a large generated history: REVISIONS revisions added over COMMITS commits
// on main (the rest of the commits touch other files), a side branch forked a quarter of the way
// in that writes 5 revisions on the head of that time and is merged at the end by a merge commit
// without a merge migration (two heads), and a branch carrying its own merge of the two heads.
// The repository is written with one `git fast-import`, so building it takes seconds.
//   node scripts/bench-explain.mjs [--runs N] [--revisions N] [--commits N]   (npm run bench:explain)
// Defaults (2,000 revisions, 10,000 commits) run in well under a minute; the sizes of
// docs/benchmarks.md are `--revisions 10000 --commits 50000`.
// Prints the median, min and max wall time of the whole CLI process, Markdown and JSON.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('runs', 3);
const N = arg('revisions', 2000);
const C = Math.max(arg('commits', 10_000), N);
const id = (i) => `r${String(i).padStart(11, '0')}`;
const sideId = (i) => `s${String(i).padStart(11, '0')}`;

if (!existsSync(join(root, 'dist/explain.cjs'))) spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });

const revisionText = (rev, down, message) =>
  `"""${message}\n\nRevision ID: ${rev}\nRevises: ${down.join(', ')}\nCreate Date: 2025-10-19 20:00:00.000000\n\n"""\nfrom alembic import op\n\nrevision = '${rev}'\ndown_revision = ${down.length === 0 ? 'None' : down.length === 1 ? `'${down[0]}'` : `(${down.map((d) => `'${d}'`).join(', ')})`}\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n`;

/** The fast-import stream of the whole history. */
function stream() {
  const out = [];
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const file = (path, text) => `M 100644 inline ${path}\n${data(text)}`;
  let mark = 0;
  let time = 1_700_000_000;
  const commit = (ref, message, files, parents = []) => {
    mark++;
    time += 60;
    out.push(`commit ${ref}\nmark :${mark}\ncommitter b <b@b> ${time} +0000\n${data(message)}${parents.map((p, i) => `${i === 0 ? 'from' : 'merge'} :${p}\n`).join('')}${files.join('')}`);
    return mark;
  };
  let added = 0;
  let fork;
  let forkParent;
  let last = commit('refs/heads/main', 'alembic.ini', [file('alembic.ini', '[alembic]\nscript_location = migrations\n'), file('README', 'start\n')]);
  for (let c = 1; c < C; c++) {
    const want = Math.floor((c * N) / C);
    const files = [];
    while (added < want) {
      added++;
      files.push(file(`migrations/versions/${id(added)}_step_${added}.py`, revisionText(id(added), added === 1 ? [] : [id(added - 1)], `step ${added}`)));
    }
    if (files.length === 0) files.push(file('README', `commit ${c}\n`));
    last = commit('refs/heads/main', files.length > 0 ? `commit ${c}` : `touch ${c}`, files);
    if (c === Math.floor(C / 4)) [fork, forkParent] = [last, id(added)];
  }
  // The side branch, written on the head of a quarter of the way in, after main moved on.
  let side = fork;
  const sideFiles = [];
  for (let i = 1; i <= 5; i++) {
    sideFiles.push(file(`migrations/versions/${sideId(i)}_side_${i}.py`, revisionText(sideId(i), [i === 1 ? forkParent : sideId(i - 1)], `side ${i}`)));
    side = commit('refs/heads/side', `side ${i}`, [sideFiles.at(-1)], i === 1 ? [fork] : []);
  }
  // fast-import writes a merge's tree as given: main's files plus the side's.
  const merged = commit('refs/heads/main', "Merge branch 'side'", sideFiles, [last, side]);
  const own = commit('refs/heads/feature', 'merge heads', [file('migrations/versions/m00000000001_merge_heads.py', revisionText('m00000000001', [id(N), sideId(5)], 'merge heads'))], [merged]);
  commit('refs/heads/feature', 'feature', [file('migrations/versions/f00000000001_feature.py', revisionText('f00000000001', ['m00000000001'], 'feature'))], [own]);
  return out.join('');
}

const work = mkdtempSync(join(tmpdir(), 'migcheck-bench-explain-'));
try {
  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', NO_COLOR: '1' };
  spawnSync('git', ['init', '-q', '-b', 'main', work], { env });
  const started = Date.now();
  const imported = spawnSync('git', ['fast-import', '--quiet'], { cwd: work, env, input: stream(), maxBuffer: 1 << 30 });
  if (imported.status !== 0) throw new Error(`fast-import failed: ${imported.stderr}`);
  spawnSync('git', ['reset', '-q', '--hard', 'main'], { cwd: work, env });
  console.log(`repository: ${N + 7} revisions, ${C + 8} commits, built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const format of ['markdown', 'json']) {
    const times = [];
    for (let r = 0; r < RUNS; r++) {
      const t = process.hrtime.bigint();
      const run = spawnSync(process.execPath, [join(root, 'bin/migcheck.js'), 'explain', '--target', 'main', '--format', format], { cwd: work, env, maxBuffer: 1 << 30 });
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
      if (run.status !== 1) throw new Error(`explain exited ${run.status}: ${run.stderr}`);
      if (r === 0 && format === 'markdown' && !/#### `feature`/.test(run.stdout.toString())) throw new Error('the report does not name the feature branch');
    }
    times.sort((a, b) => a - b);
    console.log(`explain --format ${format}: median ${Math.round(times[Math.floor(times.length / 2)])} ms (min ${Math.round(times[0])}, max ${Math.round(times.at(-1))}) over ${RUNS} runs`);
  }
} finally {
  if (process.env.BENCH_KEEP) console.log(`kept ${work}`); else rmSync(work, { recursive: true, force: true });
}
