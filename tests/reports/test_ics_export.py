"""The calendar feed, parsed back with the icalendar library."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar

from kamertaak.reports.ics import calendar_feed, item_uid
from kamertaak.store import reminders as rem
from kamertaak.store.queries import tracker_id
from kamertaak.store.service import Store

TODAY = dt.date(2025, 4, 10)
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
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
    first = calendar_feed(rstore.db, TODAY, DEFAULTS, AMSTERDAM)
    events = _events(first)
    assert set(events) == {item_uid(a, tracker_id(rstore.db)), item_uid(b, tracker_id(rstore.db))}
    ev = events[item_uid(a, tracker_id(rstore.db))]
    assert ev.decoded("DTSTART") == dt.date(2025, 5, 1)  # type: ignore[attr-defined]
    assert ev.decoded("DTEND") == dt.date(2025, 5, 2)  # type: ignore[attr-defined]
    assert str(ev["SUMMARY"]) == "toezegging: Brief over opvang"  # type: ignore[index]
    assert "Regel één\nregel twee; met, tekens" in str(ev["DESCRIPTION"])  # type: ignore[index]
    assert "Van Nispen (SP)" in str(ev["DESCRIPTION"])  # type: ignore[index]
    # Same data, same bytes; a change bumps SEQUENCE under the same UID, so calendars update in place.
    assert calendar_feed(rstore.db, TODAY, DEFAULTS, AMSTERDAM) == first
    rstore.update_item(a, {"due": "2025-05-08"})
    again = _events(calendar_feed(rstore.db, TODAY, DEFAULTS, AMSTERDAM))[item_uid(a, tracker_id(rstore.db))]
    assert int(again["SEQUENCE"]) > int(ev["SEQUENCE"])  # type: ignore[index]
    assert again.decoded("DTSTART") == dt.date(2025, 5, 8)  # type: ignore[attr-defined]


def test_alarms_are_absolute_utc_triggers_from_stored_and_default_reminders(rstore: Store) -> None:
    a = rstore.add_item("commitment", "Brief", due="2025-05-01")
    rem.add(rstore, a, "2025-04-20T09:30")
    rem.add(rstore, a, "3 dagen voor")
    gone = rem.add(rstore, a, "2025-04-25")
    rem.dismiss(rstore, gone)
    data = calendar_feed(rstore.db, TODAY, DEFAULTS, AMSTERDAM)
    alarms = _events(data)[item_uid(a, tracker_id(rstore.db))].walk("VALARM")  # type: ignore[attr-defined]
    assert all(al["ACTION"] == "DISPLAY" for al in alarms)
    # RFC 5545 3.8.6.3: an absolute trigger says VALUE=DATE-TIME and is in UTC.
    assert all(al["TRIGGER"].params.get("VALUE") == "DATE-TIME" for al in alarms)
    triggers = {al.decoded("TRIGGER") for al in alarms}
    assert all(t.utcoffset() == dt.timedelta(0) for t in triggers)
    # 09:00 in The Hague on the day "N dagen voor" lands (summer time, UTC+2); the stored moment 09:30 as
    # written; the dismissed one is gone.
    assert triggers == {
        dt.datetime(2025, 4, 24, 7, 0, tzinfo=dt.UTC),   # default 7 dagen voor
        dt.datetime(2025, 4, 30, 7, 0, tzinfo=dt.UTC),   # default 1 dag voor
        dt.datetime(2025, 4, 28, 7, 0, tzinfo=dt.UTC),   # stored 3 dagen voor
        dt.datetime(2025, 4, 20, 7, 30, tzinfo=dt.UTC),  # stored 2025-04-20T09:30
    }
    assert b"TRIGGER;VALUE=DATE-TIME:20250424T070000Z\r\n" in data


def test_alarm_times_follow_the_clock_change_of_the_configured_zone(rstore: Store) -> None:
    winter = rstore.add_item("task", "In de winter", due="2025-11-05")
    switch = rstore.add_item("task", "Na de klokwissel", due="2025-03-31")  # 1 dag voor = 30 March, CEST
    dated = rstore.add_item("task", "Herinnering op een dag", due="2025-12-20")
    rem.add(rstore, dated, "2025-12-01")
    events = _events(calendar_feed(rstore.db, TODAY, {"task": ["1 dag voor"]}, AMSTERDAM))
    tracker = tracker_id(rstore.db)

    def triggers(item_id: int) -> set[dt.datetime]:
        return {al.decoded("TRIGGER") for al in events[item_uid(item_id, tracker)].walk("VALARM")}  # type: ignore[attr-defined]

    assert triggers(winter) == {dt.datetime(2025, 11, 4, 8, 0, tzinfo=dt.UTC)}  # 09:00 CET
    assert triggers(switch) == {dt.datetime(2025, 3, 30, 7, 0, tzinfo=dt.UTC)}  # 09:00 CEST
    # A reminder on a date alone also goes off at 09:00 local time.
    assert dt.datetime(2025, 12, 1, 8, 0, tzinfo=dt.UTC) in triggers(dated)
    # Another zone moves them accordingly.
    elsewhere = _events(calendar_feed(rstore.db, TODAY, {"task": ["1 dag voor"]}, ZoneInfo("America/New_York")))
    assert {al.decoded("TRIGGER") for al in elsewhere[item_uid(winter, tracker)].walk("VALARM")} == {  # type: ignore[attr-defined]
        dt.datetime(2025, 11, 4, 14, 0, tzinfo=dt.UTC)}


def test_control_characters_do_not_reach_the_calendar(rstore: Store) -> None:
    a = rstore.add_item("task", "Titel\x1b[31m rood\x07", due="2025-04-20", text="a\r\nb")
    data = calendar_feed(rstore.db, TODAY, {}, AMSTERDAM)
    assert b"\x1b" not in data and b"\x07" not in data
    ev = _events(data)[item_uid(a, tracker_id(rstore.db))]
    assert "\\x1b" in str(ev["SUMMARY"])  # type: ignore[index]


def test_two_trackers_never_share_a_uid(rstore: Store, tmp_path: Path) -> None:
    rstore.add_item("task", "Bellen", due="2025-04-12")
    other = Store.open(str(tmp_path / "team.db"))
    other.user = "team"
    other.add_item("task", "Bellen", due="2025-04-12")
    mine, theirs = set(_events(calendar_feed(rstore.db, TODAY, DEFAULTS, AMSTERDAM))), set(_events(calendar_feed(
        other.db, TODAY, DEFAULTS, AMSTERDAM)))
    assert len(mine) == len(theirs) == 1 and mine != theirs
    other.close()
