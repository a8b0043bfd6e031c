"""Meetings among the items: a deadline item that is a meeting on its date (a commissiedebat, a
tweeminutendebat, the stemmingen) is an event. It shows among the coming debates, and once its day has
passed it is history ("geweest"), never late. The agenda's index gains `event` and `recurrence`, so its
counts stay answered from the index alone now that past events and recurring items (which roll on to
their next occurrence) are not counted as late.

Deadline items that were already stored are marked as events when their title names a meeting, by the
rule kamertaak.core.kinds.is_meeting uses for new items (copied here: a migration does not change with
the code).

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_MEETING_TITLE = re.compile(
    r"(?:het\s+|de\s+|een\s+)?(?:(?:plenaire?\s+)?\w*debat|(?:algemeen|wetgevings|nota|notitie)\s*overleg|v?ao|"
    r"stemming(?:en)?|hoofdelijke\s+stemming|rondetafelgesprek|hoorzitting|procedurevergadering|"
    r"(?:plenaire\s+)?vergadering|technische\s+briefing|werkbezoek|vragenuur|mondelinge\s+vragen|"
    r"begrotingsbehandeling|(?:plenaire\s+)?behandeling\s+in\s+de\s+(?:eerste|tweede)\s+kamer|"
    r"installatie|interpellatie)\b",
    re.IGNORECASE,
)


def upgrade() -> None:
    # Plain ADD COLUMN and CREATE INDEX: a batch copy of the item table would drop the search triggers on SQLite.
    op.add_column("item", sa.Column("event", sa.Boolean(), nullable=False, server_default=sa.false()))
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, title FROM item WHERE kind = 'deadline'")).fetchall()
    meetings = [row[0] for row in rows if _MEETING_TITLE.match(row[1].strip())]
    for start in range(0, len(meetings), 500):
        chunk = meetings[start:start + 500]
        marks = ", ".join(f":id{n}" for n in range(len(chunk)))
        bind.execute(sa.text(f"UPDATE item SET event = TRUE WHERE id IN ({marks})"),
                     {f"id{n}": v for n, v in enumerate(chunk)})
    op.drop_index("ix_item_status_due_open", table_name="item")
    op.create_index("ix_item_status_due_open", "item",
                    ["status", "due", "deleted", "hide_until", "event", "recurrence"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_item_status_due_open", table_name="item")
    op.create_index("ix_item_status_due_open", "item", ["status", "due", "deleted", "hide_until"], unique=False)
    op.drop_column("item", "event")
