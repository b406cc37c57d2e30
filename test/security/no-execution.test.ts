/**
 * migcheck never executes repository content: revision files, env.py, script.py.mako and
 * alembic.ini's post_write_hooks are all text to it. Each hostile file would create a marker file
 * if Python, Mako or a hook ran it; every command is run, and no marker may appear.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withRepo, type Repo } from '../helpers/repo.js';
import { alembicIni, revisionText } from '../helpers/revision-files.js';
import { assertExit, assertNoTrace } from '../edge/edge-helpers.js';

const A = 'aaaa00000001';
const B = 'bbbb00000002';
const C = 'cccc00000003';

let markers: string;
test.before(async () => {
  markers = await mkdtemp(join(tmpdir(), 'migcheck-markers-'));
});
test.after(async () => {
  await rm(markers, { recursive: true, force: true });
});

const marker = (name: string) => join(markers, name);
const py = (name: string) => `open(${JSON.stringify(marker(name))}, 'w').write('ran')`;

async function assertNoMarkers(): Promise<void> {
  assert.equal(await readdir(markers), [], 'repository content was executed');
}

/** main: A ← B; the branch adds C on A (two heads in the worktree, a bypass to plan away). */
async function hostileRepo(repo: Repo, files: Record<string, string>, iniExtra = ''): Promise<void> {
  await repo.commit('base', {
    'alembic.ini': alembicIni('migrations', iniExtra),
    'migrations/env.py': `import os\n${py('env')}\nos.system(${JSON.stringify(`touch ${marker('env-system')}`)})\n`,
    [`migrations/versions/${A}_a.py`]: `import os\n${py('revision-import')}\n${revisionText({ rev: A })}`,
    [`migrations/versions/${B}_b.py`]: revisionText({ rev: B, down: [A], extra: `${py('revision-body')}\n__import__('os').system(${JSON.stringify(`touch ${marker('revision-system')}`)})` }),
    'migrations/__init__.py': py('package-init'),
    'migrations/versions/__init__.py': py('versions-init'),
    'conftest.py': py('conftest'),
    ...files,
  });
  await repo.exec(['checkout', '-q', '-b', 'feature']);
  await repo.commit('c', { [`migrations/versions/${C}_c.py`]: revisionText({ rev: C, down: [A], extra: py('new-revision') }) });
}

test('revision files, env.py and package __init__ files are read as text by every command', async () => {
  await withRepo(async (repo) => {
    await hostileRepo(repo, {});
    await repo.write({ [`migrations/versions/${C}_c.py`]: revisionText({ rev: C, down: [A], extra: `${py('staged')}\n` }) });
    await repo.exec(['add', '-A']);
    const runs = await Promise.all([
      repo.migcheck(['check']), repo.migcheck(['check', '--rev', 'HEAD']), repo.migcheck(['pre-push']),
      repo.migcheck(['heads']), repo.migcheck(['heads', '--staged']), repo.migcheck(['graph', '--format', 'json']),
      repo.migcheck(['rebase-plan', '--format', 'json']),
    ]);
    for (const r of runs) assertNoTrace(r);
    assert.equal(runs.map((r) => r.code), [1, 1, 1, 0, 0, 0, 0]);
    const applied = await repo.migcheck(['rebase-plan', '--apply']);
    assertExit(applied, 0);
    assert.match(await repo.read(`migrations/versions/${C}_c.py`), new RegExp(`down_revision: Union\\[str, Sequence\\[str\\], None\\] = '${B}'`));
    await assertNoMarkers();
  });
});

const HOSTILE_TEMPLATES: Record<string, string> = {
  'a <% %> block': `<% import os; os.system('touch ${'MARK'}') %>`,
  'a module-level <%! %> block': `<%! import os; os.system('touch ${'MARK'}') %>`,
  'an expression calling __import__': `\${__import__('os').system('touch ${'MARK'}')}`,
  'an expression calling a method': `\${message.__class__.__mro__[1].__subclasses__()}`,
  'a % for control line': `% for x in __import__('os').system('touch ${'MARK'}'):\n% endfor`,
  'a <%include>': `<%include file="/etc/passwd"/>`,
};

test('merge with a hostile script.py.mako: refused in one line, or rendered as text, never run', async () => {
  await withRepo(async (repo) => {
    await hostileRepo(repo, {});
    const outcomes: string[] = [];
    for (const [name, body] of Object.entries(HOSTILE_TEMPLATES)) {
      const mark = marker(`mako-${name.replace(/\W+/g, '-')}`);
      const hostile = body.replaceAll('MARK', mark);
      await repo.write({
        'migrations/script.py.mako': `"""\${message}\n\nRevision ID: \${up_revision}\n"""\n${hostile}\nrevision = \${repr(up_revision)}\ndown_revision = \${repr(down_revision)}\nbranch_labels = None\ndepends_on = None\n`,
      });
      const r = await repo.migcheck(['merge', '-m', 'join', '--rev-id', 'dddd00000004']);
      assertNoTrace(r);
      const written = (await repo.exec(['ls-files', '--others', '--exclude-standard', 'migrations/versions'])).stdout.trim();
      if (r.code === 2) {
        assert.match(r.stderr, /^migcheck: cannot render migrations\/script\.py\.mako:\d+: .* is not supported/, name);
        assert.is(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
        assert.is(written, '', `${name}: a refused merge wrote ${written}`);
        outcomes.push(`${name}: refused`);
      } else {
        assert.is(r.code, 0, `${name}: ${r.stderr}`);
        assert.ok((await repo.read(written)).includes(hostile), `${name}: not kept as text`);
        await repo.write({ [written]: null });
        outcomes.push(`${name}: text`);
      }
      assert.not.ok(existsSync(mark), `${name} was executed`);
    }
    // Every construct that could run code is refused outright (none is "rendered as text").
    assert.equal(outcomes, Object.keys(HOSTILE_TEMPLATES).map((name) => `${name}: refused`));
  });
  await assertNoMarkers();
});

test("merge never runs alembic.ini's post_write_hooks (exec, console_scripts)", async () => {
  await withRepo(async (repo) => {
    const hooks = `[post_write_hooks]\nhooks = touch, black\ntouch.type = exec\ntouch.executable = /usr/bin/touch\ntouch.options = ${marker('post-write-exec')}\n`
      + `black.type = console_scripts\nblack.entrypoint = black\nblack.options = -l 79 REVISION_SCRIPT_FILENAME\n`;
    await hostileRepo(repo, {}, hooks);
    const r = await repo.migcheck(['merge', '-m', 'join', '--rev-id', 'dddd00000004']);
    assertExit(r, 0);
    assert.match(r.stdout, /^Wrote merge revision dddd00000004 \(migrations\/versions\/dddd00000004_join\.py\)/);
    const heads = await repo.migcheck(['heads']);
    assert.is(heads.stdout, 'dddd00000004 (head)\n');
    await assertNoMarkers();
  });
});

test.run();
