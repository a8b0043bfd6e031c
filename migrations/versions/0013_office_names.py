"""Offices named as Dutch names them: an actor stored as "minister OCW" or "staatssecretaris SZW" (how triage and
`--actor "minister van ..."` named an office before) is "minister van OCW", "staatssecretaris van SZW"; a department
whose abbreviation is no word is written out ("minister van Financiën"), the minister voor BHO keeps "voor", and
"minister-president AZ" is "minister-president". Triage names new ones so (core/actors.py office_title), so an office
accepted before and after is one actor, and `--actor "minister van OCW"` finds both. Only names that are exactly an
office and the ministry the actor has are renamed; where the new name is taken already (the same office stored
twice) the old row stays as it is. The rule is copied here: a migration does not change with the code.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_SHOWN = {"Fin": "Financiën", "Def": "Defensie", "AenM": "Asiel en Migratie"}
_OFFICE = {"minister": "minister", "state_secretary": "staatssecretaris"}


def _renames(old_to_new: bool) -> list[tuple[str, str, str, str]]:
    """(role, ministry, name before, name after) for every office this migration renames."""
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT DISTINCT role, ministry FROM actor"
                                " WHERE role IN ('minister', 'state_secretary') AND ministry <> ''")).fetchall()
    out: list[tuple[str, str, str, str]] = []
    for role, ministry in rows:
        office = _OFFICE[role]
        old = f"{office} {ministry}"
        if role == "minister" and ministry == "AZ":
            pairs = [("minister-president AZ", "minister-president"), (old, f"{office} van AZ")]
        elif role == "minister" and ministry == "BHO":
            pairs = [(old, "minister voor BHO")]
        else:
            pairs = [(old, f"{office} van {_SHOWN.get(ministry, ministry)}")]
        out.extend((role, ministry, a, b) if old_to_new else (role, ministry, b, a) for a, b in pairs)
    return out


def _rename(old_to_new: bool) -> None:
    bind = op.get_bind()
    for role, ministry, before, after in _renames(old_to_new):
        bind.execute(sa.text(
            "UPDATE actor SET name = :after WHERE name = :before AND role = :role AND ministry = :ministry"
            " AND NOT EXISTS (SELECT 1 FROM actor AS taken WHERE taken.name = :after AND taken.party = actor.party"
            " AND taken.role = actor.role AND taken.ministry = actor.ministry)"),
            {"before": before, "after": after, "role": role, "ministry": ministry})


def upgrade() -> None:
    _rename(True)


def downgrade() -> None:
    _rename(False)
