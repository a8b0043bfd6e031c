"""Linking a tracked item to the register, written once for both faces: `kamertaak link ID NUMMER`,
`kamertaak register link #` and the register inbox's k all call link_register and print its answer.

What a number is decides what happens: an activity number (2025A04002) ties the item to that meeting
(its due date follows the date the Kamer gives), a number of a mirrored record (TZ..., 2025Z..., a
Kamerstuk) lets the item follow that record, and any other number is most likely a typo: refused with
suggestions, unless `force` keeps it on the item anyway."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kamertaak.core.errors import NotFound, UserError
from kamertaak.core.kinds import is_open
from kamertaak.core.labels import date_nl, debate_status_label
from kamertaak.core.refs import normalise_register, register_scheme
from kamertaak.store import queries
from kamertaak.store.register import RegisterMirror, suggestions
from kamertaak.store.service import Store
from kamertaak.sync.inbox import find_record

RECORD = "record"  # a record in the register mirror: the item follows it
ACTIVITY = "activity"  # a meeting of the Kamer: the item's due date follows its date
NUMBER = "number"  # a number the mirror does not know, kept on the item (force)


@dataclass(frozen=True)
class RegisterLink:
    """What linking did, for a face to print: what the item now follows, its due date before and after,
    and why the due date moved or stayed."""

    item_id: int
    what: str  # RECORD, ACTIVITY or NUMBER
    linked: str  # as the register names it: 'TZ202504-057', '21501-20, nr. 2333', 'tweeminutendebat 2025A04002'
    old_due: str | None
    new_due: str | None
    why: str  # why the due date moved or stayed, in words; '' when there is nothing to say
    detail: str = ""  # the register's own status word, or the meeting's date and status
    conflict: str | None = None  # what the register says that the item could not take over

    @property
    def due_moved(self) -> bool:
        return self.old_due != self.new_due

    def due_change(self) -> str:
        """'termijn 30 april 2025 → 23 april 2025' when the link moved the due date, else ''."""
        if not self.due_moved:
            return ""
        return f"termijn {date_nl(self.old_due) or 'geen'} → {date_nl(self.new_due) or 'geen'}"


class UnknownNumber(UserError):
    """A number that is not in the register mirror: nothing was linked. `suggestions` are records the user
    may have meant (for the item's own kind first); `mirror_empty` when there is nothing to suggest from."""

    def __init__(self, message: str, suggestions: list[dict[str, Any]], mirror_empty: bool) -> None:
        super().__init__(message)
        self.suggestions = suggestions
        self.mirror_empty = mirror_empty


def link_register(store: Store, item_id: int, target: str | int, *, force: bool = False) -> RegisterLink:
    """Let item `item_id` follow `target`: a register number (text) or a record of the mirror by its id
    (an int, as the inbox and `register link #` know it). One undo takes the link and what came with it
    back. Raises NotFound for an unknown item or record id, UnknownNumber for a number the mirror does
    not know (nothing saved) unless `force`."""
    mirror = RegisterMirror(store.db, store.stamp)
    if isinstance(target, int):
        return _follow_record(store, mirror, item_id, find_record(mirror, target))
    if register_scheme(target) == "activiteit":
        return _tie_activity(store, item_id, normalise_register(target))
    record = mirror.by_number(target)
    if record is not None:
        return _follow_record(store, mirror, item_id, record)
    item = _live_item(store, item_id)
    if force:
        store.add_register(item_id, target)
        return RegisterLink(item_id, NUMBER, normalise_register(target), item["due"], item["due"], "")
    candidates = mirror.candidates()
    # A commitment is not meant to follow a motion (nor the other way round): suggest its own kind.
    same_kind = [c for c in candidates if c["kind"] == item["kind"]]
    hits = suggestions(target, f"{item['title']} {item['text']}", same_kind or candidates) if candidates else []
    raise UnknownNumber(f"'{target}' staat niet in het spiegelregister; niets opgeslagen"
                        " (--force zet het nummer toch op het item)", hits, not candidates)


def _live_item(store: Store, item_id: int) -> dict[str, Any]:
    row = queries.item_row(store.db, item_id)
    if row is None or row["deleted"]:
        raise NotFound(f"geen item met nummer {item_id}")
    return row


def _due(store: Store, item_id: int) -> str | None:
    row = queries.item_row(store.db, item_id)
    return row["due"] if row else None


def _follow_record(store: Store, mirror: RegisterMirror, item_id: int, record: dict[str, Any]) -> RegisterLink:
    from kamertaak.sync.mapping import item_fields
    from kamertaak.sync.merge import link_record, stored_entry

    before = _live_item(store, item_id)["due"]
    _changed, conflict = link_record(store, mirror, item_id, record)
    after = _due(store, item_id)
    register_due = item_fields(stored_entry(record)).get("due") or None
    if after != before:
        why = "uit het register"
    elif register_due and register_due != after:
        why = f"je eigen termijn blijft staan; het register zegt {date_nl(register_due)}"
    else:
        why = ""
    return RegisterLink(item_id, RECORD, record["kamerstuk"] or record["number"], before, after, why,
                        detail=record["raw_status"] or "geen status", conflict=conflict)


def _tie_activity(store: Store, item_id: int, number: str) -> RegisterLink:
    """The item's due date follows that meeting from now on."""
    from kamertaak.sync.agenda import tie_item

    item = _live_item(store, item_id)
    before = item["due"]
    debate = tie_item(store, item_id, number)
    after = _due(store, item_id)
    if debate is None:
        return RegisterLink(item_id, ACTIVITY, f"activiteit {number}", before, after,
                            "die is nog niet binnen: de termijn volgt zodra de sync de activiteit ophaalt en de"
                            " Kamer haar plant")
    when = date_nl(debate["date"]) if debate["date"] else "nog geen datum"
    status = debate_status_label(debate["status"])
    if not debate["date"]:
        why = "de termijn blijft tot de Kamer een datum geeft"
    elif not is_open(item["kind"], item["status"]):
        why = "het item is afgerond: de termijn blijft staan"
    else:
        why = "de termijn volgt de datum die de Kamer geeft"
    return RegisterLink(item_id, ACTIVITY, f"{debate['kind']} {number}", before, after, why,
                        detail=f"{when}{', ' + status if status else ''}")
