"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-26 15:02:46.463228
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "actor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("party", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("ministry", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name", "party", "role", "ministry", name="uq_actor_identity"),
    )
    with op.batch_alter_table("actor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actor_ministry"), ["ministry"], unique=False)
        batch_op.create_index(batch_op.f("ix_actor_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_actor_party"), ["party"], unique=False)

    op.create_table(
        "debate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("date", sa.String(), nullable=True),
        sa.Column("committee", sa.String(), nullable=True),
        sa.Column("source_url", sa.String(), nullable=True),
        sa.Column("source_text", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("debate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_debate_date"), ["date"], unique=False)

    op.create_table(
        "oplog",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("who", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("changes", sa.String(), nullable=False),
        sa.Column("undone", sa.Boolean(), nullable=False),
        sa.Column("undoes", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("oplog", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_oplog_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_oplog_item_id"), ["item_id"], unique=False)

    op.create_table(
        "topic",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "debate_actor",
        sa.Column("debate_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["actor.id"]),
        sa.ForeignKeyConstraint(["debate_id"], ["debate.id"]),
        sa.PrimaryKeyConstraint("debate_id", "actor_id"),
    )
    with op.batch_alter_table("debate_actor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_debate_actor_actor_id"), ["actor_id"], unique=False)

    op.create_table(
        "item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("debate_id", sa.Integer(), nullable=True),
        sa.Column("due", sa.String(), nullable=True),
        sa.Column("due_phrase", sa.String(), nullable=True),
        sa.Column("due_precision", sa.String(), nullable=False),
        sa.Column("due_explanation", sa.String(), nullable=True),
        sa.Column("due_estimated", sa.Boolean(), nullable=False),
        sa.Column("recurrence", sa.String(), nullable=True),
        sa.Column("scheduled", sa.String(), nullable=True),
        sa.Column("hide_until", sa.String(), nullable=True),
        sa.Column("priority", sa.String(), nullable=False),
        sa.Column("owner", sa.String(), nullable=True),
        sa.Column("stance", sa.String(), nullable=True),
        sa.Column("next_action", sa.String(), nullable=True),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("external_id", sa.String(), nullable=True),
        sa.Column("raw_status", sa.String(), nullable=True),
        sa.Column("status_unknown", sa.Boolean(), nullable=False),
        sa.Column("register_deleted", sa.Boolean(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["debate_id"],
            ["debate.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("external_id"),
    )
    with op.batch_alter_table("item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_item_debate_id"), ["debate_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_item_due"), ["due"], unique=False)
        batch_op.create_index("ix_item_kind_status", ["kind", "status"], unique=False)
        batch_op.create_index(batch_op.f("ix_item_owner"), ["owner"], unique=False)
        batch_op.create_index(batch_op.f("ix_item_scheduled"), ["scheduled"], unique=False)
        batch_op.create_index("ix_item_status_due", ["status", "due"], unique=False)
        batch_op.create_index("ix_item_updated", ["updated_at"], unique=False)

    op.create_table(
        "item_actor",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("relation", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actor.id"],
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["item.id"],
        ),
        sa.PrimaryKeyConstraint("item_id", "actor_id"),
    )
    with op.batch_alter_table("item_actor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_item_actor_actor_id"), ["actor_id"], unique=False)

    op.create_table(
        "item_topic",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["item.id"],
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["topic.id"],
        ),
        sa.PrimaryKeyConstraint("item_id", "topic_id"),
    )
    with op.batch_alter_table("item_topic", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_item_topic_topic_id"), ["topic_id"], unique=False)

    op.create_table(
        "link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["item.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_link_item_id"), ["item_id"], unique=False)

    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["item.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_item_id"), ["item_id"], unique=False)

    op.create_table(
        "register_ref",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("scheme", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["item.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("item_id", "value", name="uq_register_ref"),
    )
    with op.batch_alter_table("register_ref", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_register_ref_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_register_ref_value"), ["value"], unique=False)

    op.create_table(
        "reminder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(), nullable=True),
        sa.Column("offset_days", sa.Integer(), nullable=True),
        sa.Column("sent_at", sa.String(), nullable=True),
        sa.Column("dismissed_at", sa.String(), nullable=True),
        sa.Column("snoozed_until", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["item.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reminder_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_reminder_item_id"), ["item_id"], unique=False)

    _create_search_index()


def downgrade() -> None:
    _drop_search_index()
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reminder_item_id"))
        batch_op.drop_index(batch_op.f("ix_reminder_at"))

    op.drop_table("reminder")
    with op.batch_alter_table("register_ref", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_register_ref_value"))
        batch_op.drop_index(batch_op.f("ix_register_ref_item_id"))

    op.drop_table("register_ref")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_item_id"))

    op.drop_table("note")
    with op.batch_alter_table("link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_link_item_id"))

    op.drop_table("link")
    with op.batch_alter_table("item_topic", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_item_topic_topic_id"))

    op.drop_table("item_topic")
    with op.batch_alter_table("item_actor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_item_actor_actor_id"))

    op.drop_table("item_actor")
    with op.batch_alter_table("item", schema=None) as batch_op:
        batch_op.drop_index("ix_item_updated")
        batch_op.drop_index("ix_item_status_due")
        batch_op.drop_index(batch_op.f("ix_item_scheduled"))
        batch_op.drop_index(batch_op.f("ix_item_owner"))
        batch_op.drop_index("ix_item_kind_status")
        batch_op.drop_index(batch_op.f("ix_item_due"))
        batch_op.drop_index(batch_op.f("ix_item_debate_id"))

    op.drop_table("item")
    op.drop_table("topic")
    with op.batch_alter_table("oplog", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_oplog_item_id"))
        batch_op.drop_index(batch_op.f("ix_oplog_at"))

    op.drop_table("oplog")
    with op.batch_alter_table("debate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_debate_date"))

    with op.batch_alter_table("debate_actor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_debate_actor_actor_id"))

    op.drop_table("debate_actor")
    op.drop_table("debate")
    with op.batch_alter_table("actor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actor_party"))
        batch_op.drop_index(batch_op.f("ix_actor_name"))
        batch_op.drop_index(batch_op.f("ix_actor_ministry"))

    op.drop_table("actor")


# Full-text search over titles and texts: SQLite's FTS5, kept in step with `item` by triggers.
# PostgreSQL gets its own search in the team-mode migration.
_FTS_SQLITE = [
    "CREATE VIRTUAL TABLE item_fts USING fts5(title, text, content='item', content_rowid='id',"
    " tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER item_fts_ai AFTER INSERT ON item BEGIN"
    " INSERT INTO item_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER item_fts_ad AFTER DELETE ON item BEGIN"
    " INSERT INTO item_fts(item_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END",
    "CREATE TRIGGER item_fts_au AFTER UPDATE OF title, text ON item BEGIN"
    " INSERT INTO item_fts(item_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);"
    " INSERT INTO item_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
]


def _create_search_index() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in _FTS_SQLITE:
            op.execute(statement)


def _drop_search_index() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("item_fts_ai", "item_fts_ad", "item_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS item_fts")
