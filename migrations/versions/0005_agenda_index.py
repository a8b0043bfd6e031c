"""The morning agenda counts its sections from one index: open items by status and due date, with
`deleted` and `hide_until` beside them, so "Te laat (12667)" is counted without reading a single item
row (the count at 50,000 items went from reading each late item to an index-only search).
The new index starts with the columns of ix_item_status_due, which it replaces.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("item", schema=None) as batch_op:
        batch_op.drop_index("ix_item_status_due")
        batch_op.create_index("ix_item_status_due_open", ["status", "due", "deleted", "hide_until"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("item", schema=None) as batch_op:
        batch_op.drop_index("ix_item_status_due_open")
        batch_op.create_index("ix_item_status_due", ["status", "due"], unique=False)
