"""The cabinet's appreciation of a motion kept on the item ("Ontraden", "Oordeel Kamer", "Overgenomen", ...), as
a text says it (triage) or the user sets it (`set ID appreciation=ontraden`); a motion that follows the register
shows the register's own when the item has none.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN: a batch copy of the item table would drop the search triggers on SQLite.
    op.add_column("item", sa.Column("appreciation", sa.String(), nullable=True))


def downgrade() -> None:
    op.drop_column("item", "appreciation")
