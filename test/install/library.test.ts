/**
 * The library entry, as a user gets it: the packed package installed into a clean directory and
 * imported by name. `check`, `heads` and `planRebase` return exactly the documents the CLI prints
 * with `--format json`, write nothing to stdout or stderr, never exit the process, and reject with
 * a recognisable MigcheckError when they cannot check. The ES module import (named exports of the
 * CommonJS bundle), a CommonJS `require`, and the declared types (checked by tsc in strict mode)
 * are all exercised.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeRepo, projectRoot, run, type Repo } from '../helpers/repo.js';
import { FORK_POINT, NEW_PATH, json, newRevision, seedMain } from '../check/check-helpers.js';
import { npm, npmProject, packTarball, userEnv, withDir } from './install-helpers.js';

/** A clean project with the packed migcheck installed, and the seed's repository with the bypass committed on a branch. */
async function withInstalled(fn: (dirs: { project: string; app: Repo }) => Promise<void>): Promise<void> {
  await withDir(async (root) => {
    const project = join(root, 'project');
    const tarball = await packTarball(root);
    await run('mkdir', ['-p', project], { cwd: root });
    await npmProject(project, { type: 'module' });
    const install = await npm(['install', '--offline', tarball], project);
    assert.is(install.code, 0, install.stdout + install.stderr);
    const app = await makeRepo({ dir: join(root, 'app') });
    await seedMain(app);
    await app.exec(['checkout', '-q', '-b', 'feature']);
    await app.commit('bypass', { [NEW_PATH]: newRevision(FORK_POINT) });
    await fn({ project, app });
  });
}

const PROBE = `
import { check, heads, planRebase, isMigcheckError } from 'migcheck';
const cwd = process.argv[2];
let written = '';
const realWrite = { out: process.stdout.write, err: process.stderr.write };
process.stdout.write = (chunk) => { written += chunk; return true; };
process.stderr.write = (chunk) => { written += chunk; return true; };
process.exit = () => { throw new Error('process.exit was called'); };
const out = {};
out.rev = await check({ cwd, rev: 'HEAD' });
out.index = await check({ cwd, target: 'main' });
out.heads = await heads({ cwd });
out.plan = await planRebase({ cwd });
try {
  await check({ cwd, rev: 'no-such-branch' });
} catch (error) {
  out.error = { is: isMigcheckError(error), name: error.name, exitCode: error.exitCode, message: error.message, hint: error.hint };
}
out.notAnError = isMigcheckError(new Error('x'));
process.stdout.write = realWrite.out;
process.stdout.write(JSON.stringify({ out, written }));
`;

test('import { check, heads, planRebase } from the packed package: the CLI\'s JSON, nothing written, no exit', async () => {
  await withInstalled(async ({ project, app }) => {
    await writeFile(join(project, 'probe.mjs'), PROBE);
    const r = await run(process.execPath, ['probe.mjs', app.dir], { cwd: project, env: userEnv() });
    assert.is(r.code, 0, r.stdout + r.stderr);
    assert.is(r.stderr, '');
    const { out, written } = JSON.parse(r.stdout);
    assert.is(written, '', 'the library wrote nothing');

    const cli = async (args: string[]) => json(await app.migcheck([...args, '--format', 'json']));
    assert.equal(out.rev, await cli(['check', '--rev', 'HEAD']));
    assert.is(out.rev.ok, false);
    assert.is(out.rev.environments[0].findings[0].code, 'bypassed-chain');
    assert.equal(out.heads, await cli(['heads']));
    assert.equal(out.plan, await cli(['rebase-plan']));
    assert.is(out.plan.applied, false);
    assert.is(out.plan.environments[0].steps[0].action, 'repoint');
    // The index with nothing staged: still checked (the hook would skip it), every environment.
    assert.equal(out.index, await cli(['check', NEW_PATH, '--target', 'main']));
    assert.is(out.index.environments.length, 1);

    assert.equal(out.error, {
      is: true,
      name: 'MigcheckError',
      exitCode: 2,
      message: "'no-such-branch' does not name a commit",
      hint: 'name a commit, branch or tag that exists here (run `git fetch` first if it lives on a remote)',
    });
    assert.is(out.notAnError, false);
    assert.is((await app.exec(['status', '--porcelain'])).stdout, '', 'planRebase edited nothing');
  });
});

test('CommonJS: require(\'migcheck\') gives the same functions', async () => {
  await withInstalled(async ({ project, app }) => {
    await writeFile(join(project, 'probe.cjs'), `
const { check, heads, planRebase } = require('migcheck');
check({ cwd: process.argv[2], rev: 'HEAD' }).then((r) => console.log(JSON.stringify({ types: [typeof heads, typeof planRebase], ok: r.ok, code: r.environments[0].findings[0].code })));
`);
    const r = await run(process.execPath, ['probe.cjs', app.dir], { cwd: project, env: userEnv() });
    assert.is(r.code, 0, r.stdout + r.stderr);
    assert.equal(JSON.parse(r.stdout), { types: ['function', 'function'], ok: false, code: 'bypassed-chain' });
  });
});

test('the declared types: a correct use type-checks in strict mode, a wrong one is refused', async () => {
  await withInstalled(async ({ project }) => {
    await writeFile(join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [] },
      include: ['*.ts'],
    }));
    await writeFile(join(project, 'good.ts'), `
import { check, heads, planRebase, isMigcheckError, type CheckResult, type Finding, type RebasePlanResult } from 'migcheck';
export async function gate(cwd: string): Promise<boolean> {
  try {
    const report: CheckResult = await check({ cwd, rev: 'HEAD', target: 'origin/main', dirs: ['db/versions'] });
    const first: Finding | undefined = report.environments[0]?.findings[0];
    const line: number | undefined = first?.line;
    const plan: RebasePlanResult = await planRebase({ cwd });
    const steps = plan.environments.flatMap((e) => e.steps.map((s) => (s.action === 'repoint' ? s.to.join(',') : s.action)));
    const names: string[] = (await heads({ cwd, staged: true })).environments.flatMap((e) => e.heads);
    return report.ok && line !== 0 && steps.length >= 0 && names.length >= 0;
  } catch (error) {
    if (isMigcheckError(error)) return error.exitCode === 2 && (error.hint ?? '').length >= 0;
    throw error;
  }
}
`);
    const tsc = join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc');
    const good = await run(process.execPath, [tsc, '-p', '.'], { cwd: project, env: userEnv() });
    assert.is(good.code, 0, good.stdout + good.stderr);

    await writeFile(join(project, 'bad.ts'), `
import { check } from 'migcheck';
export const wrong: Promise<number> = check({ cwd: '.', rev: 42 }).then((r) => r.ok);
`);
    const bad = await run(process.execPath, [tsc, '-p', '.'], { cwd: project, env: userEnv() });
    assert.ok(bad.code !== 0, bad.stdout + bad.stderr);
    assert.match(bad.stdout, /bad\.ts\(3,/);
    assert.not.match(bad.stdout, /good\.ts/);
  });
});

test.run();
