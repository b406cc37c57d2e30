/**
 * A runnable Alembic environment for the database tests: alembic.ini, an env.py that takes the
 * URL and the version table from `-x` arguments, and the seed's migrations with real operations
 * in their upgrade() — so the states the tests read are built by Debian's Alembic itself.
 */
import { join } from 'node:path';
import { run, type RunResult } from './repo.js';
import { alembicIni, revisionFileName, revisionText, type RevisionSpec } from './revision-files.js';
import { seedChain1, seedChain2, seedPhase1Merge, seedShared, SEED_ROOT } from './seed-story.js';

const ENV_PY = `from alembic import context
from sqlalchemy import create_engine, pool

config = context.config
x = context.get_x_argument(as_dictionary=True)
url = x.get("url") or config.get_main_option("sqlalchemy.url")
options = {}
if x.get("version_table"):
    options["version_table"] = x["version_table"]
if x.get("version_table_schema"):
    options["version_table_schema"] = x["version_table_schema"]


def run_migrations_offline():
    context.configure(url=url, target_metadata=None, literal_binds=True, dialect_opts={"paramstyle": "named"}, **options)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online():
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=None, **options)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
`;

const SCRIPT_MAKO = `"""\${message}

Revision ID: \${up_revision}
Revises: \${down_revision | comma,n}
Create Date: \${create_date}

"""
from alembic import op
import sqlalchemy as sa
\${imports if imports else ""}

# revision identifiers, used by Alembic.
revision = \${repr(up_revision)}
down_revision = \${repr(down_revision)}
branch_labels = \${repr(branch_labels)}
depends_on = \${repr(depends_on)}


def upgrade():
    \${upgrades if upgrades else "pass"}


def downgrade():
    \${downgrades if downgrades else "pass"}
`;

/** alembic.ini, env.py and script.py.mako of an environment at `root` with `script_location = location`. */
export function alembicEnvironmentFiles(root = SEED_ROOT, location = 'migrations_core'): Record<string, string> {
  const prefix = root ? `${root}/` : '';
  return {
    [`${prefix}alembic.ini`]: alembicIni(location),
    [`${prefix}${location}/env.py`]: ENV_PY,
    [`${prefix}${location}/script.py.mako`]: SCRIPT_MAKO,
  };
}

/** Revision files of `specs` under `<root>/<location>/versions`. */
export function revisionFiles(specs: readonly RevisionSpec[], root = SEED_ROOT, location = 'migrations_core'): Record<string, string> {
  const prefix = root ? `${root}/` : '';
  return Object.fromEntries(specs.map((s) => [`${prefix}${location}/versions/${revisionFileName(s)}`, revisionText(s)]));
}

/** Runs Debian's Alembic in `<repoDir>/<root>` against `url` (`-x url=…`, plus other `-x` values). */
export function runAlembic(repoDir: string, args: string[], url: string, x: Record<string, string> = {}, root = SEED_ROOT): Promise<RunResult> {
  const xs = Object.entries({ url, ...x }).flatMap(([k, v]) => ['-x', `${k}=${v}`]);
  return run('/usr/bin/python3', ['-m', 'alembic', ...xs, ...args], { cwd: join(repoDir, root), timeoutMs: 120_000 });
}

/** Runs Alembic and fails the test with its output when it fails. */
export async function alembicOk(repoDir: string, args: string[], url: string, x: Record<string, string> = {}, root = SEED_ROOT): Promise<string> {
  const r = await runAlembic(repoDir, args, url, x, root);
  if (r.code !== 0) throw new Error(`alembic ${args.join(' ')} failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** `alembic current`'s revisions (ids only), as Alembic reads the database. */
export async function alembicCurrent(repoDir: string, url: string, x: Record<string, string> = {}, root = SEED_ROOT): Promise<string[]> {
  const out = await alembicOk(repoDir, ['current'], url, x, root);
  return out.split('\n').map((l) => l.trim().split(' ')[0]!).filter((id) => /^\w+$/.test(id)).sort();
}

const body = (...lines: string[]) => lines.map((l) => `    ${l}`).join('\n');

/** The seed's upgrade() bodies: real operations, as autogenerate and people write them. */
const UPGRADES: Record<string, string> = {
  '1a2b3c4d5e6f': body(
    "op.create_table('users',",
    "    sa.Column('id', sa.Integer(), nullable=False),",
    "    sa.Column('email', sa.String(length=255), nullable=False),",
    "    sa.PrimaryKeyConstraint('id'),",
    "    sa.UniqueConstraint('email', name='uq_users_email'),",
    ')',
    "op.create_table('factor_definitions',",
    "    sa.Column('id', sa.Integer(), nullable=False),",
    "    sa.Column('name', sa.String(length=100), nullable=False),",
    "    sa.Column('factor_type', sa.String(length=50), nullable=False),",
    "    sa.Column('description', sa.Text(), nullable=True),",
    "    sa.PrimaryKeyConstraint('id'),",
    ')',
    "op.create_table('interest_rate_betas',",
    "    sa.Column('id', sa.Integer(), nullable=False),",
    "    sa.Column('symbol', sa.String(length=20), nullable=False),",
    "    sa.Column('beta', sa.Float(), nullable=True),",
    "    sa.PrimaryKeyConstraint('id'),",
    ')',
  ),
  c5d6e7f8a9b0: body(
    "op.create_table('portfolios',",
    "    sa.Column('id', sa.Integer(), nullable=False),",
    "    sa.Column('user_id', sa.Integer(), sa.ForeignKey('users.id'), nullable=False),",
    "    sa.Column('name', sa.String(length=100), nullable=False),",
    "    sa.PrimaryKeyConstraint('id'),",
    ')',
    "op.create_table('positions',",
    "    sa.Column('id', sa.Integer(), nullable=False),",
    "    sa.Column('portfolio_id', sa.Integer(), nullable=False),",
    "    sa.Column('symbol', sa.String(length=20), nullable=False),",
    "    sa.Column('quantity', sa.Numeric(precision=18, scale=6), nullable=False),",
    "    sa.ForeignKeyConstraint(['portfolio_id'], ['portfolios.id'], ),",
    "    sa.PrimaryKeyConstraint('id'),",
    ')',
    "op.create_table('portfolio_snapshots',",
    "    sa.Column('id', sa.Integer(), nullable=False),",
    "    sa.Column('portfolio_id', sa.Integer(), nullable=False),",
    "    sa.Column('snapshot_date', sa.Date(), nullable=False),",
    "    sa.Column('total_value', sa.Numeric(precision=18, scale=2), nullable=True),",
    "    sa.ForeignKeyConstraint(['portfolio_id'], ['portfolios.id'], name='fk_portfolio_snapshots_portfolio'),",
    "    sa.PrimaryKeyConstraint('id'),",
    ')',
  ),
  f8g9h0i1j2k3: body(
    "op.create_table('ai_insights',",
    "    sa.Column('id', sa.Integer(), nullable=False),",
    "    sa.Column('portfolio_id', sa.Integer(), nullable=False),",
    "    sa.Column('content', sa.Text(), nullable=False),",
    "    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),",
    "    sa.PrimaryKeyConstraint('id'),",
    ')',
    "op.create_index(op.f('ix_ai_insights_portfolio_id'), 'ai_insights', ['portfolio_id'], unique=False)",
  ),
  // Chain 1
  '7003a3be89fe': body(
    "op.create_table('sector_exposure',",
    "    sa.Column('id', sa.Integer(), nullable=False),",
    "    sa.Column('portfolio_id', sa.Integer(), nullable=False),",
    "    sa.Column('sector', sa.String(length=50), nullable=False),",
    "    sa.Column('weight', sa.Numeric(precision=8, scale=4), nullable=False),",
    "    sa.PrimaryKeyConstraint('id'),",
    ')',
    "op.add_column('portfolio_snapshots', sa.Column('concentration_hhi', sa.Numeric(precision=8, scale=4), nullable=True))",
  ),
  h1i2j3k4l5m6: body(
    "op.add_column('interest_rate_betas', sa.Column('portfolio_id', sa.Integer(), nullable=True))",
    "op.create_foreign_key('fk_interest_rate_betas_portfolio', 'interest_rate_betas', 'portfolios', ['portfolio_id'], ['id'])",
    "op.create_index(op.f('ix_interest_rate_betas_portfolio_id'), 'interest_rate_betas', ['portfolio_id'], unique=False)",
  ),
  b9f866cb3838: body(
    "factor_definitions = sa.table(",
    "    'factor_definitions',",
    "    sa.column('name', sa.String),",
    "    sa.column('factor_type', sa.String),",
    "    sa.column('description', sa.Text),",
    ')',
    'op.bulk_insert(factor_definitions, [',
    "    {'name': 'Credit Spread', 'factor_type': 'spread', 'description': 'HY minus IG yield'},",
    "    {'name': 'Term Spread', 'factor_type': 'spread', 'description': '10y minus 2y'},",
    "    {'name': 'Liquidity Spread', 'factor_type': 'spread', 'description': 'bid-ask premium'},",
    "    {'name': 'Quality Spread', 'factor_type': 'spread', 'description': 'quality minus junk'},",
    '])',
  ),
  '035e1888bea0': body(
    "op.add_column('portfolio_snapshots', sa.Column('target_price_return', sa.Numeric(precision=12, scale=4), nullable=True))",
    "op.add_column('portfolio_snapshots', sa.Column('target_price_upside', sa.Numeric(precision=12, scale=4), nullable=True))",
  ),
  ca2a68ee0c2c: body(
    "op.create_table('batch_run_tracking',",
    "    sa.Column('id', sa.Integer(), nullable=False),",
    "    sa.Column('started_at', sa.DateTime(), nullable=False),",
    "    sa.Column('status', sa.String(length=20), nullable=False),",
    "    sa.PrimaryKeyConstraint('id'),",
    ')',
  ),
  '9b0768a49ad8': body(
    "op.add_column('portfolios', sa.Column('account_name', sa.String(length=100), nullable=True))",
  ),
  ce3dd9222427: body(
    "op.create_table('fundamentals',",
    "    sa.Column('id', sa.Integer(), nullable=False),",
    "    sa.Column('symbol', sa.String(length=20), nullable=False),",
    "    sa.Column('shares_outstanding', sa.Integer(), nullable=True),",
    "    sa.PrimaryKeyConstraint('id'),",
    ')',
    "op.create_index('ix_fundamentals_symbol', 'fundamentals', ['symbol'], unique=True)",
  ),
  f2a8b1c4d5e6: body(
    "op.alter_column('fundamentals', 'shares_outstanding',",
    '               existing_type=sa.INTEGER(),',
    '               type_=sa.BigInteger(),',
    '               existing_nullable=True)',
  ),
  '2623cfc89fb7': body(
    "op.add_column('positions', sa.Column('notes', sa.Text(), nullable=True))",
    "op.add_column('positions', sa.Column('is_active', sa.Boolean(), server_default=sa.text('true'), nullable=False))",
  ),
  a3b4c5d6e7f8: body(
    "op.create_table('position_realized_events',",
    "    sa.Column('id', sa.Integer(), nullable=False),",
    "    sa.Column('position_id', sa.Integer(), nullable=False),",
    "    sa.Column('realized_pnl', sa.Numeric(precision=18, scale=2), nullable=False),",
    "    sa.ForeignKeyConstraint(['position_id'], ['positions.id'], ondelete='CASCADE'),",
    "    sa.PrimaryKeyConstraint('id'),",
    ')',
  ),
  '62b5c8b1d8a3': body(
    "op.create_table('equity_changes',",
    "    sa.Column('id', sa.Integer(), nullable=False),",
    "    sa.Column('portfolio_id', sa.Integer(), nullable=False),",
    "    sa.Column('amount', sa.Numeric(precision=18, scale=2), nullable=False),",
    "    sa.Column('change_type', sa.String(length=20), nullable=False),",
    "    sa.PrimaryKeyConstraint('id'),",
    ')',
  ),
  g3h4i5j6k7l8: body(
    "op.create_unique_constraint('uq_portfolios_user_account_name', 'portfolios', ['user_id', 'account_name'])",
  ),
  i6j7k8l9m0n1: body(
    "op.create_index('ix_positions_portfolio_symbol', 'positions', ['portfolio_id', 'symbol'], unique=False)",
  ),
  j7k8l9m0n1o2: body(
    "op.create_index('ix_positions_active', 'positions', ['portfolio_id', 'is_active'], unique=False)",
    "op.create_index('ix_portfolio_snapshots_date', 'portfolio_snapshots', ['snapshot_date'], unique=False)",
  ),
  k8l9m0n1o2p3: body(
    "op.add_column('portfolio_snapshots', sa.Column('is_complete', sa.Boolean(), server_default=sa.text('false'), nullable=False))",
    "op.create_unique_constraint('uq_portfolio_snapshots_portfolio_date', 'portfolio_snapshots', ['portfolio_id', 'snapshot_date'])",
  ),
  // Chain 2
  n0o1p2q3r4s5: body(
    "op.create_table('symbol_analytics',",
    "    sa.Column('id', sa.Integer(), nullable=False),",
    "    sa.Column('symbol', sa.String(length=20), nullable=False),",
    "    sa.Column('volatility', sa.Float(), nullable=True),",
    "    sa.PrimaryKeyConstraint('id'),",
    ')',
  ),
  o1p2q3r4s5t6: body(
    "op.create_table('admin_users',",
    "    sa.Column('id', sa.Integer(), nullable=False),",
    "    sa.Column('email', sa.String(length=255), nullable=False),",
    "    sa.PrimaryKeyConstraint('id'),",
    ')',
  ),
  p2q3r4s5t6u7: body(
    "op.create_table('user_activity_events',",
    "    sa.Column('id', sa.Integer(), nullable=False),",
    "    sa.Column('user_id', sa.Integer(), nullable=False),",
    "    sa.Column('event', sa.String(length=50), nullable=False),",
    "    sa.PrimaryKeyConstraint('id'),",
    ')',
    "op.create_index(op.f('ix_user_activity_events_user_id'), 'user_activity_events', ['user_id'], unique=False)",
  ),
  q3r4s5t6u7v8: body(
    "op.create_table('ai_request_metrics',",
    "    sa.Column('id', sa.Integer(), nullable=False),",
    "    sa.Column('model', sa.String(length=50), nullable=False),",
    "    sa.Column('tokens', sa.Integer(), nullable=False),",
    "    sa.PrimaryKeyConstraint('id'),",
    ')',
  ),
  r4s5t6u7v8w9: body(
    "op.create_table('batch_history',",
    "    sa.Column('id', sa.Integer(), nullable=False),",
    "    sa.Column('finished_at', sa.DateTime(), nullable=True),",
    "    sa.PrimaryKeyConstraint('id'),",
    ')',
    "op.create_table('daily_metrics',",
    "    sa.Column('id', sa.Integer(), nullable=False),",
    "    sa.Column('metric_date', sa.Date(), nullable=False),",
    "    sa.Column('value', sa.Float(), nullable=True),",
    "    sa.PrimaryKeyConstraint('id'),",
    ')',
  ),
};

const withUpgrade = (s: RevisionSpec): RevisionSpec => ({ ...s, ...(UPGRADES[s.rev] ? { upgrade: UPGRADES[s.rev] } : {}) });

/** The seed's revisions with real operations. */
export const dbShared = seedShared.map(withUpgrade);
export const dbChain1 = seedChain1.map(withUpgrade);
export const dbChain2 = seedChain2.map(withUpgrade);
export const dbMerge = withUpgrade(seedPhase1Merge);

/**
 * SQLite cannot ALTER constraints or column types in place: SQLite projects write those steps in
 * batch mode (Alembic copies the table). Chain 1 as such a project would write it.
 */
const SQLITE_UPGRADES: Record<string, string> = {
  h1i2j3k4l5m6: body(
    "with op.batch_alter_table('interest_rate_betas') as batch_op:",
    "    batch_op.add_column(sa.Column('portfolio_id', sa.Integer(), nullable=True))",
    "    batch_op.create_foreign_key('fk_interest_rate_betas_portfolio', 'portfolios', ['portfolio_id'], ['id'])",
    "    batch_op.create_index(batch_op.f('ix_interest_rate_betas_portfolio_id'), ['portfolio_id'], unique=False)",
  ),
  f2a8b1c4d5e6: body(
    "with op.batch_alter_table('fundamentals') as batch_op:",
    "    batch_op.alter_column('shares_outstanding', existing_type=sa.INTEGER(), type_=sa.BigInteger(), existing_nullable=True)",
  ),
  g3h4i5j6k7l8: body(
    "with op.batch_alter_table('portfolios') as batch_op:",
    "    batch_op.create_unique_constraint('uq_portfolios_user_account_name', ['user_id', 'account_name'])",
  ),
  k8l9m0n1o2p3: body(
    "with op.batch_alter_table('portfolio_snapshots') as batch_op:",
    "    batch_op.add_column(sa.Column('is_complete', sa.Boolean(), server_default=sa.text('0'), nullable=False))",
    "    batch_op.create_unique_constraint('uq_portfolio_snapshots_portfolio_date', ['portfolio_id', 'snapshot_date'])",
  ),
  '2623cfc89fb7': body(
    "op.add_column('positions', sa.Column('notes', sa.Text(), nullable=True))",
    "op.add_column('positions', sa.Column('is_active', sa.Boolean(), server_default=sa.text('1'), nullable=False))",
  ),
};

/** Chain 1 for SQLite (batch mode where SQLite needs it). */
export const dbChain1Sqlite = dbChain1.map((s) => (SQLITE_UPGRADES[s.rev] ? { ...s, upgrade: SQLITE_UPGRADES[s.rev] } : s));
