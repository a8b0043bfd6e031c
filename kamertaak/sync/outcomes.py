"""A motion's outcome from its vote decision (never the filing decision beside it), onto its item.

When the register's vote decision moves a tracked motion (ingediend → aangenomen, say), the item
follows along the motion's allowed moves, logged with source `tweedekamer`. An adopted motion is no
longer waiting for a vote: its due date becomes the implementation deadline the dictum names ("voor
de zomer", "uiterlijk 1 juli 2026", read from the vote's date with core.deadlines), else none.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from kamertaak.core.deadlines import find_deadlines
from kamertaak.store.queries import live_item_by_external_id
from kamertaak.store.service import Store
from kamertaak.store.votes import motion_facts
from kamertaak.sync.mapping import motion_status
from kamertaak.sync.merge import SOURCE, status_path


@dataclass
class OutcomeChange:
    item_id: int | None = None
    changed: bool = False
    conflict: str | None = None


def implementation_due(store: Store, text: str, decided: dt.date | None) -> str:
    """The dictum's deadline phrase (the first one that gives a date), or '' for none."""
    for found in find_deadlines(text, decided or store.today(), store.calendar()):
        if found.resolution.due is not None:
            return found.phrase
    return ""


def apply_outcome(store: Store, case_id: str) -> OutcomeChange:
    """Bring a tracked motion's status (and, once adopted, its due date) in line with its vote decision."""
    row = live_item_by_external_id(store.db, case_id, "motion")
    if row is None:
        return OutcomeChange()
    change = OutcomeChange(item_id=row["id"])
    facts = motion_facts(store.db, case_id)
    if facts is None or facts.decision is None:
        return change
    status, unknown = motion_status(facts.decision.soort)
    # The vote that adopted it does not undo a motion the government has (partly) carried out since.
    if unknown or status == row["status"] or (status == "adopted" and row["status"] in ("partial", "executed")):
        return change
    path = status_path("motion", row["status"], status)
    if path is None:
        change.conflict = (f"{row['title']}: stemming zegt '{facts.decision.soort}', maar {row['status']} →"
                           f" {status} mag niet voor item {row['id']}")
        return change
    with store.db.transaction():
        for n, step in enumerate(path):
            store.set_status(row["id"], step, source=SOURCE,
                             raw_status=facts.decision.soort if n == len(path) - 1 else None)
        if status == "adopted":
            case = store.db.scalar("SELECT fields FROM register_entity WHERE category = 'zaak' AND external_id = :e",
                                   {"e": case_id})
            subject = (json.loads(case or "{}").get("onderwerp") or "") if case else ""
            # The motion's own words (the register's subject, its dictum) before what was said about it.
            phrase = implementation_due(store, f"{subject}\n{row['text']}", facts.decided_on)
            store.update_item(row["id"], {"due": phrase}, source=SOURCE, due_ref=facts.decided_on)
    change.changed = True
    return change
