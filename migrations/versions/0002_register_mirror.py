"""The Tweede Kamer register mirror: records as last seen, follow rules and sync positions.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "follow_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ministry", sa.String(), nullable=True),
        sa.Column("committee", sa.String(), nullable=True),
        sa.Column("member", sa.String(), nullable=True),
        sa.Column("party", sa.String(), nullable=True),
        sa.Column("text", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "sync_state",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("position", sa.String(), nullable=True),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "register_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(), nullable=False),
        sa.Column("category", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("number", sa.String(), nullable=False),
        sa.Column("kamerstuk", sa.String(), nullable=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("raw_status", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=True),
        sa.Column("status_unknown", sa.Boolean(), nullable=False),
        sa.Column("due", sa.String(), nullable=True),
        sa.Column("ministry", sa.String(), nullable=False),
        sa.Column("committee", sa.String(), nullable=False),
        sa.Column("people", sa.String(), nullable=False),
        sa.Column("parties", sa.String(), nullable=False),
        sa.Column("changed_at", sa.String(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("record", sa.String(), nullable=False),
        sa.Column("raw", sa.String(), nullable=False),
        sa.Column("fingerprint", sa.String(), nullable=False),
        sa.Column("triage", sa.String(), nullable=False),
        sa.Column("rule_id", sa.Integer(), nullable=True),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("first_seen", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("external_id"),
    )
    with op.batch_alter_table("register_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_register_record_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_register_record_kamerstuk"), ["kamerstuk"], unique=False)
        batch_op.create_index(batch_op.f("ix_register_record_number"), ["number"], unique=False)
        batch_op.create_index("ix_register_record_triage", ["triage", "kind"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("register_record", schema=None) as batch_op:
        batch_op.drop_index("ix_register_record_triage")
        batch_op.drop_index(batch_op.f("ix_register_record_number"))
        batch_op.drop_index(batch_op.f("ix_register_record_kamerstuk"))
        batch_op.drop_index(batch_op.f("ix_register_record_item_id"))
    op.drop_table("register_record")
    op.drop_table("sync_state")
    op.drop_table("follow_rule")
