"""The calendar feed, parsed back with the icalendar library."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar

from kamertaak.reports.ics import calendar_feed, item_uid
from kamertaak.store import reminders as rem
from kamertaak.store.queries import tracker_id
from kamertaak.store.service import Store

TODAY = dt.date(2025, 4, 10)
DEFAULTS = {"commitment": ["7 dagen voor", "1 dag voor"], "task": ["1 dag voor"]}


def _events(data: bytes) -> dict[str, object]:
    cal = Calendar.from_ical(data)
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_every_dated_open_item_is_an_all_day_event_with_a_stable_uid(rstore: Store) -> None:
    a = rstore.add_item("commitment", "Brief over opvang", due="2025-05-01", topics=["opvang"],
                        actors=["Van Nispen (SP)"], text="Regel één\nregel twee; met, tekens")
    b = rstore.add_item("task", "Bellen", due="2025-04-12")
    rstore.add_item("task", "Zonder datum")
    done = rstore.add_item("task", "Klaar", due="2025-04-11")
    rstore.set_status(done, "done")
    first = calendar_feed(rstore.db, TODAY, DEFAULTS)
    events = _events(first)
    assert set(events) == {item_uid(a, tracker_id(rstore.db)), item_uid(b, tracker_id(rstore.db))}
    ev = events[item_uid(a, tracker_id(rstore.db))]
    assert ev.decoded("DTSTART") == dt.date(2025, 5, 1)  # type: ignore[attr-defined]
    assert ev.decoded("DTEND") == dt.date(2025, 5, 2)  # type: ignore[attr-defined]
    assert str(ev["SUMMARY"]) == "toezegging: Brief over opvang"  # type: ignore[index]
    assert "Regel één\nregel twee; met, tekens" in str(ev["DESCRIPTION"])  # type: ignore[index]
    assert "Van Nispen (SP)" in str(ev["DESCRIPTION"])  # type: ignore[index]
    # Same data, same bytes; a change bumps SEQUENCE under the same UID, so calendars update in place.
    assert calendar_feed(rstore.db, TODAY, DEFAULTS) == first
    rstore.update_item(a, {"due": "2025-05-08"})
    again = _events(calendar_feed(rstore.db, TODAY, DEFAULTS))[item_uid(a, tracker_id(rstore.db))]
    assert int(again["SEQUENCE"]) > int(ev["SEQUENCE"])  # type: ignore[index]
    assert again.decoded("DTSTART") == dt.date(2025, 5, 8)  # type: ignore[attr-defined]


def test_alarms_come_from_stored_and_default_reminders(rstore: Store) -> None:
    a = rstore.add_item("commitment", "Brief", due="2025-05-01")
    rem.add(rstore, a, "2025-04-20T09:30")
    rem.add(rstore, a, "3 dagen voor")
    gone = rem.add(rstore, a, "2025-04-25")
    rem.dismiss(rstore, gone)
    events = _events(calendar_feed(rstore.db, TODAY, DEFAULTS))
    alarms = events[item_uid(a, tracker_id(rstore.db))].walk("VALARM")  # type: ignore[attr-defined]
    triggers = sorted(str(al.decoded("TRIGGER")) for al in alarms)
    start = dt.datetime(2025, 5, 1)
    relative = {dt.timedelta(days=-7, hours=9), dt.timedelta(days=-1, hours=9), dt.timedelta(days=-3, hours=9)}
    assert len(alarms) == 4
    assert {al.decoded("TRIGGER") for al in alarms if isinstance(al.decoded("TRIGGER"), dt.timedelta)} == relative
    assert dt.datetime(2025, 4, 20, 9, 30) in {al.decoded("TRIGGER") for al in alarms}
    assert all(al["ACTION"] == "DISPLAY" for al in alarms)
    assert start and triggers


def test_control_characters_do_not_reach_the_calendar(rstore: Store) -> None:
    a = rstore.add_item("task", "Titel\x1b[31m rood\x07", due="2025-04-20", text="a\r\nb")
    data = calendar_feed(rstore.db, TODAY, {})
    assert b"\x1b" not in data and b"\x07" not in data
    ev = _events(data)[item_uid(a, tracker_id(rstore.db))]
    assert "\\x1b" in str(ev["SUMMARY"])  # type: ignore[index]


def test_two_trackers_never_share_a_uid(rstore: Store, tmp_path: Path) -> None:
    rstore.add_item("task", "Bellen", due="2025-04-12")
    other = Store.open(str(tmp_path / "team.db"))
    other.user = "team"
    other.add_item("task", "Bellen", due="2025-04-12")
    mine, theirs = set(_events(calendar_feed(rstore.db, TODAY, DEFAULTS))), set(_events(calendar_feed(
        other.db, TODAY, DEFAULTS)))
    assert len(mine) == len(theirs) == 1 and mine != theirs
    other.close()
