"""Full-text search on PostgreSQL: a GIN index over the Dutch text-search vector of title and text.

SQLite keeps its FTS5 table from 0001; there this migration does nothing.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# queries.py searches with exactly this expression, so the planner can use the index.
INDEX = "ix_item_search_dutch"
EXPRESSION = "to_tsvector('dutch', title || ' ' || text)"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON item USING gin ({EXPRESSION})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {INDEX}")
