"""The register inbox, written once for both faces: `kamertaak register accept|dismiss` and the TUI
inbox's a and x find a record the same way and do the same to it. (Letting a tracked item follow a
record instead, `register link` and the inbox's k, is sync.linking.link_register.)

It lives in the sync layer, beside accept_record, because taking a record in makes an item out of the
register's shape (sync.mapping); the store only keeps the mirror."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kamertaak.core.errors import NotFound
from kamertaak.store.register import DISMISSED, RegisterMirror
from kamertaak.store.service import Store


@dataclass(frozen=True)
class Taken:
    """What accept or dismiss did to a record: its id in the mirror, how the register numbers it, and
    for an accepted record the new item."""

    record_id: int
    number: str  # the register's number: 'TZ202504-057', '2025Z06123'
    item_id: int | None = None


def find_record(mirror: RegisterMirror, ref: int | str) -> dict[str, Any]:
    """The mirrored record `ref` names: its id in the mirror (an int, or digits as `register list` shows
    them in its # column) or a register or Kamerstuk number. NotFound names what was asked for."""
    row = mirror.get_id(int(ref)) if isinstance(ref, int) or ref.isdigit() else mirror.by_number(ref)
    if row is None:
        raise NotFound(f"geen registerrecord '{ref}' in het spiegelregister")
    return row


def accept(store: Store, ref: int | str) -> Taken:
    """Take the record into the tracker as a new item (the sync keeps it up to date from then on); one
    undo takes the item out again and the record back to the inbox. Refused for a record already
    followed or deleted from the register."""
    from kamertaak.sync.merge import accept_record

    mirror = RegisterMirror(store.db, store.stamp)
    row = find_record(mirror, ref)
    item_id = accept_record(store, mirror, row)
    return Taken(row["id"], row["number"], item_id)


def dismiss(store: Store, ref: int | str) -> Taken:
    """Lay the record aside: out of the inbox, not followed."""
    mirror = RegisterMirror(store.db, store.stamp)
    row = find_record(mirror, ref)
    mirror.set_triage(row["id"], DISMISSED)
    return Taken(row["id"], row["number"])
