"""The Kamer's agenda and its entities: debates that follow an activity (number, time, status), and
the register's entities as received, so a child that arrives later (a vote, a decision, an answer
document) finds its parent. The new item kind `question` (kamervraag) is a value of item.kind and
needs no column of its own.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("debate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("external_id", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("number", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("time", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("status", sa.String(), nullable=False, server_default=""))
        batch_op.create_index(batch_op.f("ix_debate_number"), ["number"], unique=False)
        batch_op.create_unique_constraint("uq_debate_external_id", ["external_id"])
    op.create_table(
        "register_entity",
        sa.Column("category", sa.String(), nullable=False),
        sa.Column("external_id", sa.String(), nullable=False),
        sa.Column("changed_at", sa.String(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("fields", sa.String(), nullable=False),
        sa.Column("refs", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("category", "external_id"),
    )
    op.create_table(
        "register_entity_ref",
        sa.Column("category", sa.String(), nullable=False),
        sa.Column("external_id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("target", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("category", "external_id", "name", "target"),
    )
    with op.batch_alter_table("register_entity_ref", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_register_entity_ref_target"), ["target"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("register_entity_ref", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_register_entity_ref_target"))
    op.drop_table("register_entity_ref")
    op.drop_table("register_entity")
    with op.batch_alter_table("debate", schema=None) as batch_op:
        batch_op.drop_constraint("uq_debate_external_id", type_="unique")
        batch_op.drop_index(batch_op.f("ix_debate_number"))
        batch_op.drop_column("status")
        batch_op.drop_column("time")
        batch_op.drop_column("number")
        batch_op.drop_column("external_id")
