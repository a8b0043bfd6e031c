"""The date a due phrase was resolved against, and whether it follows its debate's date.

`due_ref` is the day a phrase was read against ("volgende week" said on 27 November), so a report a
month later can say so; `due_from_debate` marks a phrase that counts from its debate's date (triage,
`add --debate`), which is read again when the debate's date changes. A phrase typed when editing counts
from the day it was typed and keeps that.

Items that already had a phrase and a dated debate were all resolved against that date.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN: a batch copy of the item table would drop the search triggers on SQLite.
    op.add_column("item", sa.Column("due_ref", sa.String(), nullable=True))
    op.add_column("item", sa.Column("due_from_debate", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.execute(
        "UPDATE item SET due_from_debate = TRUE,"
        " due_ref = (SELECT d.date FROM debate d WHERE d.id = item.debate_id)"
        " WHERE due_phrase IS NOT NULL AND debate_id IS NOT NULL"
        " AND (SELECT d.date FROM debate d WHERE d.id = item.debate_id) IS NOT NULL"
    )


def downgrade() -> None:
    op.drop_column("item", "due_from_debate")
    op.drop_column("item", "due_ref")
