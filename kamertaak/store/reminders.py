"""Reminders beyond the table's plain rows: when one is written ("7 dagen voor", a date), the defaults
per kind from the config, which reminders are due now, and marking them sent, snoozed or dismissed.

Default reminders are not stored up front: an item with a due date gets its kind's defaults (say 7
days and 1 day before) virtually, so 100,000 items do not mean 200,000 rows and a changed config
applies at once. A default becomes a stored row the moment the user acts on it (sent, snoozed,
dismissed), and a stored row with the same offset then shadows the default for good.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kamertaak.core.bounds import MAX_OFFSET_DAYS, MAX_SNOOZE_DAYS, in_range, range_text
from kamertaak.core.errors import DomainError, NotFound
from kamertaak.core.labels import (
    REMINDER_ACTIVE,
    REMINDER_DISMISSED,
    REMINDER_SENT,
    date_nl,
    offset_words,
    snoozed_words,
)
from kamertaak.store import queries
from kamertaak.store.db import Database

if TYPE_CHECKING:
    from kamertaak.store.service import Store

_OFFSET = re.compile(
    r"^\s*(?P<n>\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|veertien)\s*"
    r"(?P<unit>dag|dagen|d|week|weken|w)\s+(?:voor|vóór|ervoor|tevoren|van\s*tevoren)"
    r"(?:\s+de\s+termijn)?\s*$",
    re.IGNORECASE,
)
_WORDS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
          "negen": 9, "tien": 10, "veertien": 14}
_SAME_DAY = re.compile(r"^\s*(?:op\s+de\s+dag\s+(?:zelf)?|op\s+de\s+termijn|0\s*dagen\s+voor)\s*$", re.IGNORECASE)
# A default reminder's reference is "ITEM:DAYS" (item 12, 7 days before); a stored one is its number.
_DEFAULT_REF = re.compile(r"^\s*(\d+)\s*:\s*(\d+)\s*$")


@dataclass(frozen=True)
class When:
    """A reminder moment as the reminder table stores it: a fixed moment or days before the due date."""

    at: str | None = None
    offset_days: int | None = None

    def describe(self) -> str:
        if self.at is not None:
            return self.at.replace("T", " ")
        return offset_words(self.offset_days or 0)


def reminder_state(reminder: Mapping[str, Any]) -> str:
    """A stored reminder's state in the words every face uses: 'afgevinkt', 'verstuurd', 'gesluimerd tot
    12 april 2025' or 'actief'."""
    if reminder.get("dismissed_at"):
        return REMINDER_DISMISSED
    if reminder.get("sent_at"):
        return REMINDER_SENT
    if reminder.get("snoozed_until"):
        return snoozed_words(str(reminder["snoozed_until"]))
    return REMINDER_ACTIVE


def parse_when(text: str) -> When:
    """'7 dagen voor', '1 dag voor', '2 weken voor', an ISO date or an ISO date-time."""
    value = " ".join(text.split())
    if _SAME_DAY.match(value):
        return When(offset_days=0)
    m = _OFFSET.match(value)
    if m:
        raw = m.group("n").lower()
        n = int(raw) if raw.isdigit() else _WORDS[raw]
        days = n * 7 if m.group("unit").lower().startswith("w") else n
        if days > MAX_OFFSET_DAYS:
            raise DomainError(f"herinnering '{text}': hoogstens {MAX_OFFSET_DAYS} dagen voor de termijn")
        return When(offset_days=days)
    try:
        if len(value) == 10:
            moment = dt.datetime.combine(dt.date.fromisoformat(value), dt.time(0, 0))
        else:
            moment = dt.datetime.fromisoformat(value.replace(" ", "T"))
    except ValueError:
        raise DomainError(
            f"herinnering '{text}' niet begrepen; schrijf bv. '7 dagen voor', '1 dag voor', 2025-04-20 of "
            "2025-04-20T09:00"
        ) from None
    if moment.tzinfo is not None:
        raise DomainError("geef een tijd zonder tijdzone (lokale tijd), bv. 2025-04-20T09:00")
    if not in_range(moment.date()):
        raise DomainError(f"herinnering '{text}' valt buiten {range_text()}")
    if len(value) == 10:
        return When(at=moment.date().isoformat())
    return When(at=moment.isoformat(timespec="minutes" if moment.second == 0 else "seconds"))


def default_offsets(defaults: Mapping[str, Sequence[str]]) -> dict[str, list[int]]:
    """The config's defaults per kind ('7 dagen voor') as day offsets; fixed dates make no sense there."""
    out: dict[str, list[int]] = {}
    for kind, phrases in defaults.items():
        offsets = []
        for phrase in phrases:
            when = parse_when(str(phrase))
            if when.offset_days is None:
                raise DomainError(f"standaardherinnering voor {kind}: '{phrase}' moet 'N dagen voor' zijn")
            offsets.append(when.offset_days)
        out[kind] = sorted(set(offsets), reverse=True)
    return out


def stored_by_item(db: Database, item_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """The reminder rows of these items, oldest first."""
    return queries.rows_by_item(
        db, "SELECT id, item_id, at, offset_days, sent_at, dismissed_at, snoozed_until FROM reminder"
            " WHERE item_id IN ({ids}) ORDER BY item_id, id", item_ids)


def defaults_for(item: Mapping[str, Any], offsets: Mapping[str, Sequence[int]],
                 stored: Sequence[Mapping[str, Any]]) -> list[int]:
    """The default offsets that still apply to an item: its kind's, minus those a stored row shadows."""
    if not item.get("due"):
        return []
    taken = {r["offset_days"] for r in stored if r["offset_days"] is not None}
    return [n for n in offsets.get(item["kind"], []) if n not in taken]


def _due(db: Database, moment: dt.datetime, today: dt.date,
         defaults: Mapping[str, Sequence[str]]) -> list[tuple[str, int, str, dict[str, Any]]]:
    """Every reminder whose moment has come, stored and default, oldest moment first, as (moment, item
    id, ref, reminder) without reading the items themselves: a caller shows only the first few."""
    found: list[tuple[str, int, str, dict[str, Any]]] = []
    for r in queries.due_reminders(db, moment):
        ref = str(r["id"])
        found.append((r["at"], r["item_id"], ref, {"id": r["id"], "ref": ref, "at": r["at"],
                                                  "offset_days": r["offset_days"], "default": False}))
    offsets = default_offsets(defaults)
    longest = max((n for values in offsets.values() for n in values), default=-1)
    if longest >= 0:
        # A default reminder only matters while its due date is still ahead (or today): once the date has
        # passed the item sits under "Te laat" and a "7 dagen voor" has nothing left to announce.
        stamp = moment.isoformat(timespec="seconds")
        start = max(today, moment.date())
        candidates = queries.item_keys(
            db, queries.ItemFilter(open_only=True, due_after=start.isoformat(),
                                   due_before=(moment.date() + dt.timedelta(days=longest)).isoformat()), today)
        # A recurring item whose stored date has passed reminds before its current occurrence.
        candidates += [{"id": v["id"], "kind": v["kind"], "due": v["due"]}
                       for v in queries.rolled_on(db, today, start, moment.date() + dt.timedelta(days=longest))]
        stored = stored_by_item(db, [c["id"] for c in candidates])
        for item in candidates:
            for n in defaults_for(item, offsets, stored.get(item["id"], [])):
                when = queries.reminder_moment(None, n, None, item["due"])
                if when is None or when > stamp:
                    continue
                ref = f"{item['id']}:{n}"
                found.append((when, item["id"], ref, {"id": None, "ref": ref, "at": when, "offset_days": n,
                                                      "default": True}))
    found.sort(key=lambda t: t[:3])
    return found


def _with_items(db: Database, found: Sequence[tuple[str, int, str, dict[str, Any]]],
                today: dt.date) -> list[queries.ItemView]:
    """Each reminder as its item's view with a `reminder` key."""
    items = queries.items_by_id(db, [item_id for _, item_id, _, _ in found], today)
    return [queries.ItemView(**items[item_id], reminder=reminder) for _, item_id, _, reminder in found]


def due_now(db: Database, moment: dt.datetime, today: dt.date,
            defaults: Mapping[str, Sequence[str]]) -> list[queries.ItemView]:
    """Reminders whose moment has come, stored and default, each as an item view with a `reminder` key
    ({id, ref, at, offset_days, default}); oldest moment first. Sent or dismissed ones never return."""
    return _with_items(db, _due(db, moment, today, defaults), today)


def morning_agenda(db: Database, today: dt.date, defaults: Mapping[str, Sequence[str]], days: int = 14,
                   cap: int | None = None) -> dict[str, Any]:
    """The agenda as the CLI and the TUI show it: queries.agenda's sections, with the reminders due by
    the end of today (stored and the kinds' defaults) and the upcoming debates, each capped with its
    full count beside it (`reminders_count`, `debates_count`; the meetings among the items, `events`,
    are queries.agenda's). Only the items shown are read whole."""
    sections = queries.agenda(db, today, days, cap)
    due = _due(db, dt.datetime.combine(today, dt.time(23, 59, 59)), today, defaults)
    sections["reminders"] = _with_items(db, due[:cap] if cap else due, today)
    sections["reminders_count"] = len(due)
    sections["debates_count"] = len(sections["debates"])
    sections["debates"] = sections["debates"][:cap] if cap else sections["debates"]
    return sections


def _materialise(store: Store, ref: str | int) -> int:
    """The stored reminder a reference names; a default ("12:7") is stored first (inside the caller's
    transaction, so acting on it and storing it are one change)."""
    text = str(ref).strip()
    m = _DEFAULT_REF.match(text)
    if m is None:
        if not text.isdigit():
            raise DomainError(f"'{ref}' is geen herinnering; gebruik het nummer uit `kamertaak remind`")
        rid = int(text)
        if store.db.scalar("SELECT id FROM reminder WHERE id = :id", {"id": rid}) is None:
            raise NotFound(f"geen herinnering met nummer {rid}")
        return rid
    item_id, days = int(m.group(1)), int(m.group(2))
    existing = store.db.scalar("SELECT id FROM reminder WHERE item_id = :i AND offset_days = :o ORDER BY id LIMIT 1",
                               {"i": item_id, "o": days})
    if existing is not None:
        return int(existing)
    from kamertaak.config import settings

    item = store.db.one("SELECT kind, due FROM item WHERE id = :i AND deleted = :f", {"i": item_id, "f": False})
    if item is None:
        raise NotFound(f"geen item met nummer {item_id}")
    if days not in defaults_for(item, default_offsets(settings().reminders), []):
        raise NotFound(f"item {item_id} heeft geen herinnering {text}; zie `kamertaak remind` of `kamertaak show`")
    return store.add_reminder(item_id, offset_days=days)


def add(store: Store, item_id: int, when_text: str) -> int:
    """Store a reminder for an item from 'N dagen voor' or a date (time); returns its number. One the
    item has stored already (and not ticked off) is refused: it would go off twice. Its kind's default
    may be stored: it then stands for the default, which goes off once still."""
    when = parse_when(when_text)
    with store.db.transaction():
        rows = stored_by_item(store.db, [item_id]).get(item_id, [])
        same = [r for r in rows if (_moment(r["at"]), r["offset_days"]) == (_moment(when.at), when.offset_days)
                and not r["dismissed_at"]]
        if same:
            state = reminder_state(same[0])
            shown = When(at=same[0]["at"], offset_days=same[0]["offset_days"]).describe()
            raise DomainError(f"#{item_id} heeft deze herinnering al: herinnering {same[0]['id']}, {shown}"
                              f" ({state}); niets toegevoegd")
        return store.add_reminder(item_id, at=when.at, offset_days=when.offset_days)


def _moment(at: str | None) -> dt.datetime | None:
    """A stored moment as a time: a date alone (2025-04-20) is its midnight, as when it goes off."""
    if at is None:
        return None
    return dt.datetime.fromisoformat(at if len(at) > 10 else f"{at}T00:00")


def mark_sent(store: Store, reminders: Sequence[Mapping[str, Any]]) -> int:
    """Mark listed reminders (as due_now returns them) sent, all in one transaction; returns how many."""
    stamp = store.stamp()
    with store.db.transaction():
        for view in reminders:
            rid = _materialise(store, view["reminder"]["ref"])
            store.update_reminder(rid, sent_at=stamp)
    return len(reminders)


def take_due(store: Store, moment: dt.datetime, today: dt.date,
             defaults: Mapping[str, Sequence[str]]) -> list[queries.ItemView]:
    """The reminders due now (as due_now), chosen and marked sent in one write transaction: two runs at
    once (cron and a hand) never both get the same one, and a run that cannot mark them (the database
    stays locked) gets none, so a reminder is never sent twice. Show them after this returns."""
    with store.db.transaction():
        due = due_now(store.db, moment, today, defaults)
        mark_sent(store, due)
    return due


def snooze(store: Store, ref: str | int, until: dt.datetime) -> int:
    """Let a reminder go off again at `until`; it re-arms one already sent, which is what a user who
    snoozes a notification expects. Returns the stored reminder's number."""
    with store.db.transaction():
        rid = _materialise(store, ref)
        row = store.db.one("SELECT dismissed_at FROM reminder WHERE id = :id", {"id": rid})
        if row and row["dismissed_at"]:
            raise DomainError(f"herinnering {rid} is {REMINDER_DISMISSED}; zet een nieuwe met `kamertaak remind add`")
        if until.isoformat(timespec="seconds") < store.stamp():
            raise DomainError(f"{until.isoformat(sep=' ', timespec='minutes')} ligt in het verleden")
        latest = dt.datetime.fromisoformat(store.stamp()) + dt.timedelta(days=MAX_SNOOZE_DAYS)
        if until > latest:
            raise DomainError(f"uitstellen kan hoogstens {MAX_SNOOZE_DAYS} dagen vooruit (tot"
                              f" {latest.date().isoformat()})")
        _check_before_due(store, rid, until)
        store.update_reminder(rid, snoozed_until=until.isoformat(timespec="seconds"), sent_at=None)
    return rid


def _check_before_due(store: Store, rid: int, until: dt.datetime) -> None:
    """A reminder warns before its item's deadline: a snooze that would carry it past a due date still
    ahead is refused (the item would reach its deadline unannounced). Past or today's deadlines are in the
    agenda already, so a reminder about them may be put off."""
    item = store.db.one("SELECT i.id, i.due FROM reminder r JOIN item i ON i.id = r.item_id WHERE r.id = :id",
                        {"id": rid})
    if item is None or not item["due"]:
        return
    due = dt.date.fromisoformat(item["due"])
    if store.today() < due < until.date():
        raise DomainError(f"tot {date_nl(until.date())} uitstellen valt na de termijn van #{item['id']}"
                          f" ({date_nl(due)}); sluimer hoogstens tot {due.isoformat()}")


def dismiss(store: Store, ref: str | int) -> int:
    """Silence a reminder for good; returns the stored reminder's number."""
    with store.db.transaction():
        rid = _materialise(store, ref)
        store.update_reminder(rid, dismissed_at=store.stamp())
    return rid


def alarms_by_item(db: Database, items: Sequence[Mapping[str, Any]],
                   defaults: Mapping[str, Sequence[str]]) -> dict[int, list[When]]:
    """Every reminder still to go off per item, stored (not dismissed) and default, for a calendar feed."""
    offsets = default_offsets(defaults)
    stored = stored_by_item(db, [i["id"] for i in items])
    out: dict[int, list[When]] = {}
    for item in items:
        rows = stored.get(item["id"], [])
        whens = [When(offset_days=n) for n in defaults_for(item, offsets, rows)]
        for r in rows:
            if r["dismissed_at"]:
                continue
            if r["snoozed_until"]:
                whens.append(When(at=r["snoozed_until"]))
            elif r["at"]:
                whens.append(When(at=r["at"]))
            elif r["offset_days"] is not None:
                whens.append(When(offset_days=r["offset_days"]))
        if whens:
            out[item["id"]] = sorted(set(whens), key=lambda w: (w.at is None, w.at or "", -(w.offset_days or 0)))
    return out
