import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { hasAlembic, run, withRepo, type Repo } from '../helpers/repo.js';
import { git, migcheck } from './helpers/run-quiet.js';
import { seedChain1, seedChain2, seedFiles, seedShared, SEED_VERSIONS } from '../helpers/seed-story.js';
import { alembicHeads } from './helpers/alembic-oracle.js';

const INI = 'backend/alembic.ini';
const TEMPLATES = '/usr/lib/python3/dist-packages/alembic/templates';
const MERGED = `${SEED_VERSIONS}/u7v8w9x0y1z2_merge_chain1_and_chain2_heads.py`;
const withoutCreateDate = (text: string) => text.replace(/^Create Date: .*$/m, 'Create Date: <now>');
// Alembic 1.8.1 lists heads in os.listdir order (file-system dependent); 1.9+ sorts, as migcheck does.
const sortedParents = (text: string) => withoutCreateDate(text)
  .replace(/^Revises: (.*)$/m, (_, ids: string) => `Revises: ${ids.split(', ').sort().join(', ')}`)
  .replace(/^(down_revision[^=]*= )\((.*)\)$/m, (_, lhs: string, ids: string) => `${lhs}(${ids.split(', ').sort().join(', ')})`);

/** main with both chains: two heads, k8l9m0n1o2p3 and r4s5t6u7v8w9. */
async function twoHeads(repo: Repo, template?: string): Promise<void> {
  const files: Record<string, string> = seedFiles([...seedShared, ...seedChain1, ...seedChain2]);
  if (template) files['backend/migrations_core/script.py.mako'] = await readFile(join(TEMPLATES, template, 'script.py.mako'), 'utf8');
  await repo.commit('main: both chains', files);
}

/** What Alembic's own `alembic merge heads` writes, for comparison. */
async function alembicMerge(repo: Repo, message: string | undefined, rev: string): Promise<void> {
  const script = 'import sys\nfrom alembic.config import Config\nfrom alembic import command\ncommand.merge(Config(sys.argv[1]), "heads", message=(sys.argv[3] or None), rev_id=sys.argv[2])';
  const r = await run('/usr/bin/python3', ['-c', script, join(repo.dir, INI), rev, message ?? ''], { cwd: join(repo.dir, 'backend') });
  if (r.code !== 0) throw new Error(r.stderr);
}

test('Phase 1: merge on a main with two heads, as alembic merge heads writes it; Alembic sees one head', () =>
  withRepo(async (repo) => {
    await twoHeads(repo);
    const r = await migcheck(repo, ['merge', '-m', 'merge chain1 and chain2 heads', '--rev-id', 'u7v8w9x0y1z2']);
    assert.is(r.stderr, '');
    assert.is(r.code, 0);
    assert.is(r.stdout, `Wrote merge revision u7v8w9x0y1z2 (${MERGED}) over k8l9m0n1o2p3, r4s5t6u7v8w9\nNothing was staged or committed: review the file, then \`git add\` and commit it.\n`);
    const text = await repo.read(MERGED);
    assert.match(text, /^Create Date: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{6})?$/m);
    assert.is(withoutCreateDate(text), `"""merge chain1 and chain2 heads

Revision ID: u7v8w9x0y1z2
Revises: k8l9m0n1o2p3, r4s5t6u7v8w9
Create Date: <now>

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'u7v8w9x0y1z2'
down_revision: Union[str, Sequence[str], None] = ('k8l9m0n1o2p3', 'r4s5t6u7v8w9')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
`);
    assert.is((await git(repo, ['status', '--porcelain'])).stdout, `?? ${MERGED}\n`);
    if (await hasAlembic()) assert.equal(await alembicHeads(repo.dir, INI), ['u7v8w9x0y1z2']);
  }));

for (const [template, message] of [['generic', 'merge chain1 and chain2 heads'], ['async', undefined]] as const) {
  test(`the environment's script.py.mako (Alembic's ${template}): same file as alembic merge itself`, () =>
    withRepo(async (repo) => {
      if (!(await hasAlembic())) return;
      await twoHeads(repo, template);
      {
        const r = await migcheck(repo, ['merge', '--rev-id', 'abcdef012345', ...(message ? ['-m', message] : [])]);
        assert.is(r.code, 0, r.stderr);
        const file = `${SEED_VERSIONS}/abcdef012345_${message ? 'merge_chain1_and_chain2_heads' : ''}.py`;
        const ours = await repo.read(file);
        assert.equal(await alembicHeads(repo.dir, INI), ['abcdef012345']);
        await rm(join(repo.dir, file));
        await alembicMerge(repo, message, 'abcdef012345');
        assert.is(sortedParents(ours), sortedParents(await repo.read(file)), `${template}, message ${message}`);
        await rm(join(repo.dir, file));
      }
    }));
}

test('a single head: nothing to merge, exit 0, no file', () =>
  withRepo(async (repo) => {
    await repo.commit('main', seedFiles([...seedShared, ...seedChain1]));
    const r = await migcheck(repo, ['merge', '-m', 'x']);
    assert.is(r.code, 0);
    assert.is(r.stdout, `${SEED_VERSIONS} has a single head (k8l9m0n1o2p3): nothing to merge\n`);
    assert.is((await git(repo, ['status', '--porcelain'])).stdout, '');
  }));

test('a template construct outside the subset: exit 2 naming the line, no file written', () =>
  withRepo(async (repo) => {
    await twoHeads(repo, 'multidb');
    const r = await migcheck(repo, ['merge', '-m', 'x', '--rev-id', 'abc']);
    assert.is(r.code, 2);
    assert.is(r.stderr, "migcheck: cannot render backend/migrations_core/script.py.mako:29: `<%` is not supported (migcheck renders the subset of Mako that Alembic's own templates use); run `alembic merge heads` instead\n");
    assert.is((await git(repo, ['status', '--porcelain'])).stdout, '');
  }));

test('--rev-id that is taken or unusable: exit 2, no file', () =>
  withRepo(async (repo) => {
    await twoHeads(repo);
    const taken = await migcheck(repo, ['merge', '--rev-id', 'k8l9m0n1o2p3']);
    assert.is(taken.code, 2);
    assert.is(taken.stderr, `migcheck: revision k8l9m0n1o2p3 already exists (${SEED_VERSIONS}/k8l9m0n1o2p3_add_snapshot_idempotency_fields.py); choose another --rev-id\n`);
    const bad = await migcheck(repo, ['merge', '--rev-id', 'a-b']);
    assert.is(bad.stderr, 'migcheck: --rev-id "a-b" is not a usable revision id (letters, digits and _ only, as it also names the file)\n');
    assert.is((await git(repo, ['status', '--porcelain'])).stdout, '');
  }));

test.run();
