#!/usr/bin/env node
// `npm run bench`: builds synthetic Alembic repositories of 1,000, 10,000 and 50,000 realistic
// revision files and times, interleaved in the same run (so machine noise hits every command alike):
//   node -e 0 (the floor: Node's own start);
//   migcheck heads (the working tree);
//   migcheck check, cold (.git/migcheck and the code cache removed first: a first run; the code
//     cache the other cases made is put back after it);
//   migcheck check, warm, new migration: the caches kept, a migration never seen before staged for
//     every sample (nothing about the index is cached) — a commit of a new migration on a branch
//     at its target's tip;
//   migcheck check, successive commits on a branch behind its target: before every sample the last
//     staged migration is committed and a new one staged on top, as a developer does, on a branch
//     whose target gained a migration after it forked (every check reports behind-target);
//   migcheck check with a staged Python file that is not a migration (most commits of a Python team);
//   migcheck check with no Python file or config staged;
//   `alembic heads` (Debian's Alembic, bytecode cache warm and cold).
// Before each check, `git write-tree` brings the index's cache-tree up to date, as `git commit`
// does before it runs the pre-commit hook. The history is packed, as git keeps a repository of
// that size (later commits stay loose, as they do between two `gc --auto`). Prints medians, ratios and peak memory. Targets are
// ratios, never absolute times.
// Options (env): BENCH_ROUNDS (default 11), BENCH_SIZES (default "1000,10000,50000"), BENCH_KEEP=1
// (keep the generated repositories and print where they are, to profile a case by hand),
// BENCH_ALEMBIC=0 (no Alembic rows: a quick run while working). A ratio is the median over rounds of
// each round's sample divided by that round's `node -e 0` (results.json also has the ratio of the medians).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, existsSync, mkdtempSync, cpSync, renameSync, symlinkSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.env.BENCH_ROUNDS ?? 11);
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
// The bundled build (bin/migcheck.js → dist/*.cjs) is what users run: it must be the source's.
const fresh = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--check'], { encoding: 'utf8' });
if (fresh.status !== 0) {
  process.stderr.write(`${fresh.stdout}${fresh.stderr}bench: dist/ is not a fresh build of src/: run \`npm run build\` first\n`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'migcheck-bench-'));
// Time a private copy of the build, so a rebuild of dist/ during the run cannot disturb it.
const install = join(work, 'migcheck');
for (const part of ['bin', 'dist', 'package.json']) cpSync(join(root, part), join(install, part), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(install, 'node_modules'));
const bin = join(install, 'bin', 'migcheck.js');

// Users' machines do not set NODE_EXTRA_CA_CERTS; here it costs ~40 ms per node start.
const env = { ...process.env, NO_COLOR: '1' };
delete env.NODE_EXTRA_CA_CERTS;
for (const key of Object.keys(env)) if (key.startsWith('GIT_') || key.startsWith('MIGCHECK_')) delete env[key];
Object.assign(env, { GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'b@e', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'b@e', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' });
// The code cache (src/cache/code-cache.cts) lives in the user's cache folder: the bench's own, so
// that what the user's holds does not count, and so that the cold case can start without one.
env.XDG_CACHE_HOME = join(work, 'xdg-cache');

const sh = (cmd, args, cwd) => {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${r.stderr}`);
  return r.stdout;
};

const hex = (n) => (n * 2654435761 % 2 ** 48).toString(16).padStart(12, '0');

/** A revision file shaped like real ones: the annotated template plus a table's worth of ops. */
function revisionFile(rev, down, i) {
  const cols = Array.from({ length: 12 }, (_, c) => `        sa.Column('col_${c}', sa.String(length=${32 + c}), nullable=${c % 2 ? 'True' : 'False'}),`).join('\n');
  return `"""add table t_${i}

Revision ID: ${rev}
Revises: ${down ?? ''}
Create Date: 2025-10-19 20:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '${rev}'
down_revision: Union[str, Sequence[str], None] = ${down ? `'${down}'` : 'None'}
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        't_${i}',
        sa.Column('id', sa.Integer(), nullable=False),
${cols}
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index(op.f('ix_t_${i}_col_0'), 't_${i}', ['col_0'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_t_${i}_col_0'), table_name='t_${i}')
    op.drop_table('t_${i}')
`;
}

/** A repository on branch `feature` (forked from main) with one new migration staged, and its variants. */
function buildRepo(size) {
  const dir = join(work, `repo-${size}`);
  const versions = join(dir, 'migrations', 'versions');
  mkdirSync(versions, { recursive: true });
  mkdirSync(join(dir, 'app'), { recursive: true });
  writeFileSync(join(dir, 'alembic.ini'), '[alembic]\nscript_location = migrations\npath_separator = os\n');
  writeFileSync(join(dir, 'migrations', 'env.py'), '# env.py is read by Alembic, never by migcheck\n');
  writeFileSync(join(dir, 'app', 'models.py'), 'VERSION = 0\n');
  writeFileSync(join(dir, 'README.md'), 'bench\n');
  let prev;
  for (let i = 0; i < size; i++) {
    const rev = hex(i + 1);
    writeFileSync(join(versions, `${rev}_add_table_t_${i}.py`), revisionFile(rev, prev, i));
    prev = rev;
  }
  sh('git', ['init', '-q', '--initial-branch=main'], dir);
  // No background `gc --auto` after the big commit: it would pack objects while the clones below
  // copy them (a clone then fails on a vanished loose object), and slow the rounds it overlaps.
  sh('git', ['config', 'gc.auto', '0'], dir);
  sh('git', ['add', '-A'], dir);
  sh('git', ['commit', '-q', '-m', 'history'], dir);
  // Packed, as git's own `gc --auto` leaves any repository past 6,700 loose objects (and as a
  // clone arrives): 50,000 loose blobs would time the file system (git alone takes seconds to
  // open them one by one), not what a real first run costs.
  sh('git', ['repack', '-adq'], dir);
  sh('git', ['prune-packed'], dir);
  const head = prev;
  // Clones for the other cases, before the new migration is staged.
  const clone = (name) => {
    const path = join(work, `${name}-${size}`);
    sh('git', ['clone', '-q', '-c', 'gc.auto=0', '--branch', 'main', dir, path], work);
    sh('git', ['checkout', '-q', '-b', 'feature'], path);
    return path;
  };
  const fast = clone('fast');
  writeFileSync(join(fast, 'README.md'), 'bench changed\n');
  sh('git', ['add', 'README.md'], fast);
  sh('git', ['write-tree'], fast);
  const python = clone('python');
  let pythonRound = 0;
  const restagePython = () => {
    writeFileSync(join(python, 'app', 'models.py'), `VERSION = ${++pythonRound}\n`);
    sh('git', ['add', 'app/models.py'], python);
    sh('git', ['write-tree'], python);
  };
  // Behind: main gains a migration after the branch forked; the branch commits one of its own.
  const behind = clone('behind');
  const mainRev = hex(size + 500);
  sh('git', ['checkout', '-q', 'main'], behind);
  writeFileSync(join(behind, 'migrations', 'versions', `${mainRev}_main_moves_on.py`), revisionFile(mainRev, head, size + 500));
  sh('git', ['add', '-A'], behind);
  sh('git', ['commit', '-q', '-m', 'main moves on'], behind);
  sh('git', ['checkout', '-q', 'feature'], behind);
  let behindHead = head;
  let behindRound = 0;
  const commitAndStage = () => {
    // The last sample's migration is committed (the hook already ran: --no-verify), a new one staged on it.
    if (behindRound > 0) sh('git', ['commit', '-q', '--no-verify', '-m', `branch ${behindRound}`], behind);
    const rev = hex(size + 1000 + ++behindRound);
    writeFileSync(join(behind, 'migrations', 'versions', `${rev}_branch_${behindRound}.py`), revisionFile(rev, behindHead, size + 1000 + behindRound));
    behindHead = rev;
    sh('git', ['add', '-A'], behind);
    sh('git', ['write-tree'], behind);
  };
  commitAndStage();
  sh('git', ['checkout', '-q', '-b', 'feature'], dir);
  const rev = hex(size + 1);
  writeFileSync(join(versions, `${rev}_add_table_t_${size}.py`), revisionFile(rev, prev, size));
  sh('git', ['add', '-A'], dir);
  let round = 0;
  // A new blob for the staged migration (same revision, another message): never seen before.
  const restage = () => {
    round += 1;
    writeFileSync(join(versions, `${rev}_add_table_t_${size}.py`), revisionFile(rev, prev, size).replace(`add table t_${size}`, `add table t_${size}, take ${round}`));
    sh('git', ['add', '-A'], dir);
    sh('git', ['write-tree'], dir);
  };
  return { dir, fast, python, behind, head, restage, restagePython, commitAndStage };
}

function time(cmd, args, cwd, extraEnv = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

function peakMB(cmd, args, cwd, extraEnv = {}) {
  if (!existsSync('/usr/bin/time')) return undefined;
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { cwd, env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const kb = Number(r.stderr.trim().split('\n').pop());
  return Number.isFinite(kb) ? kb / 1024 : undefined;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
// BENCH_ALEMBIC=0 leaves Alembic out (a quick run while working; the figures that count include it).
const hasAlembic = process.env.BENCH_ALEMBIC !== '0' && spawnSync('/usr/bin/python3', ['-c', 'import alembic'], { env }).status === 0;

const results = [];
for (const size of sizes) {
  process.stderr.write(`building a ${size}-revision repository…\n`);
  const { dir, fast, python, behind, restage, restagePython, commitAndStage } = buildRepo(size);
  const cacheDir = join(dir, '.git', 'migcheck');
  const codeCache = join(env.XDG_CACHE_HOME, 'migcheck');
  const keptCodeCache = join(work, `code-cache-${size}`);
  // Moved aside and back (a copy would not keep the folder's mode, and a code cache in a folder
  // others may write to is not read).
  const keepCodeCache = () => {
    rmSync(keptCodeCache, { recursive: true, force: true });
    if (existsSync(codeCache)) renameSync(codeCache, keptCodeCache);
  };
  const restoreCodeCache = () => {
    rmSync(codeCache, { recursive: true, force: true });
    if (existsSync(keptCodeCache)) renameSync(keptCodeCache, codeCache);
  };
  const warmPrefix = join(work, `pycache-warm-${size}`);
  const check = [bin, 'check', '--target', 'main'];
  const cases = [
    { name: 'node -e 0', cmd: process.execPath, args: ['-e', '0'], cwd: dir },
    { name: 'migcheck heads', cmd: process.execPath, args: [bin, 'heads'], cwd: dir },
    // A first run has no cache at all, not even the code cache; the code cache the other cases
    // have made is put back afterwards, so that they are timed as a developer's later commits.
    { name: 'check, cold (first run)', cmd: process.execPath, args: check, cwd: dir, before: () => { keepCodeCache(); rmSync(cacheDir, { recursive: true, force: true }); }, after: restoreCodeCache },
    { name: 'check, new migration (warm)', cmd: process.execPath, args: check, cwd: dir, before: restage },
    { name: 'check, behind, successive', cmd: process.execPath, args: check, cwd: behind, before: commitAndStage },
    { name: 'check, app .py staged', cmd: process.execPath, args: check, cwd: python, before: restagePython },
    { name: 'check, nothing relevant', cmd: process.execPath, args: check, cwd: fast },
  ];
  if (hasAlembic) {
    cases.push({ name: 'alembic heads (warm bytecode)', cmd: '/usr/bin/python3', args: ['-m', 'alembic', 'heads'], cwd: dir, extraEnv: { PYTHONPYCACHEPREFIX: warmPrefix } });
    cases.push({ name: 'alembic heads (cold bytecode)', cmd: '/usr/bin/python3', args: ['-m', 'alembic', 'heads'], cwd: dir, coldPython: true });
  }
  // Warm-up: the caches of every case (a first run each, as a developer's first commit makes),
  // Alembic's bytecode cache, and the OS file cache for all.
  time(process.execPath, check, dir);
  // The code cache is made again by the first few runs (src/cache/code-cache.cts, GENERATIONS),
  // each adding what it compiled: a developer's first commits and `heads` calls.
  for (let i = 0; i < 3; i++) {
    restage();
    time(process.execPath, check, dir);
    time(process.execPath, [bin, 'heads'], dir);
    time(process.execPath, check, fast);
    restagePython();
    time(process.execPath, check, python);
    commitAndStage();
    time(process.execPath, check, behind);
  }
  restagePython();
  time(process.execPath, check, python);
  time(process.execPath, check, behind);
  commitAndStage();
  time(process.execPath, check, behind);
  if (hasAlembic) time('/usr/bin/python3', ['-m', 'alembic', 'heads'], dir, { PYTHONPYCACHEPREFIX: warmPrefix });
  const samples = new Map(cases.map((c) => [c.name, []]));
  for (let r = 0; r < rounds; r++) {
    for (const c of cases) {
      c.before?.();
      let extra = c.extraEnv ?? {};
      let cold;
      if (c.coldPython) { cold = mkdtempSync(join(work, 'pycache-cold-')); extra = { PYTHONPYCACHEPREFIX: cold }; }
      samples.get(c.name).push(time(c.cmd, c.args, c.cwd, extra));
      c.after?.();
      if (cold) rmSync(cold, { recursive: true, force: true });
    }
  }
  const floor = median(samples.get('node -e 0'));
  // Each ratio is the median of the rounds' own ratios (a sample over the same round's
  // `node -e 0`): this host's speed drifts by a third within minutes, and a round's samples are
  // seconds apart, so a drift between rounds cancels instead of landing on one case's median.
  const nodeSamples = samples.get('node -e 0');
  const perRound = (name) => median(samples.get(name).map((ms, r) => ms / nodeSamples[r]));
  const alembicWarm = hasAlembic ? median(samples.get('alembic heads (warm bytecode)')) : undefined;
  for (const c of cases) {
    c.before?.();
    const ms = median(samples.get(c.name));
    const mem = peakMB(c.cmd, c.args, c.cwd, c.coldPython ? { PYTHONPYCACHEPREFIX: mkdtempSync(join(work, 'pycache-mem-')) } : c.extraEnv ?? {});
    c.after?.();
    results.push({ size, name: c.name, ms, ratioToNode: perRound(c.name), ratioOfMedians: ms / floor, alembicWarmOverThis: alembicWarm ? alembicWarm / ms : undefined, peakMB: mem });
  }
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`\nmigcheck bench — ${rounds} interleaved rounds, medians; × node -e 0 is the median of each round's ratio (node ${process.version}, NODE_EXTRA_CA_CERTS unset)\n`);
console.log(`${pad('revisions', 10)} ${pad('command', 32)} ${pad('median ms', 10)} ${pad('× node -e 0', 12)} ${pad('alembic warm ÷', 15)} peak MB`);
for (const r of results) {
  console.log(`${pad(r.size, 10)} ${pad(r.name, 32)} ${pad(r.ms.toFixed(0), 10)} ${pad(r.ratioToNode.toFixed(2), 12)} ${pad(r.alembicWarmOverThis ? `${r.alembicWarmOverThis.toFixed(1)}×` : '-', 15)} ${r.peakMB ? r.peakMB.toFixed(0) : '-'}`);
}
if (!hasAlembic) console.log('\n(alembic rows skipped: /usr/bin/python3 cannot import alembic; apt-get install python3-alembic)');
mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
if (process.env.BENCH_KEEP === '1') process.stderr.write(`bench: the repositories are kept in ${work}\n`);
else rmSync(work, { recursive: true, force: true });
