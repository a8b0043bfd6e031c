"""Every dated open item as an all-day calendar entry, with alarms from its reminders.

The UID depends only on the item's id and the tracker it lives in, and DTSTAMP/SEQUENCE on its last
change, so exporting twice gives the same file and a calendar that imports the feed again updates
entries instead of adding duplicates, while item 1 of a personal and of a team tracker stay apart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from datetime import tzinfo
from typing import Any

from kamertaak.core.refs import actors_label
from kamertaak.core.text import printable
from kamertaak.store import queries
from kamertaak.store.db import Database
from kamertaak.store.reminders import When, alarms_by_item

PRODID = "-//kamertaak//kamertaak//NL"
UID_DOMAIN = "kamertaak"
ALARM_TIME = dt.time(9, 0)


def item_uid(item_id: int, tracker: str) -> str:
    return f"item-{item_id}-{tracker}@{UID_DOMAIN}"


def _text(value: object) -> str:
    # The icalendar library folds and escapes; control characters still have to go.
    return printable(value).replace("\r", "")


def _description(item: Mapping[str, Any]) -> str:
    lines = [f"{item['kind_label']} · {item['status_label']}"]
    if item["due_phrase"]:
        from kamertaak.core.deadlines import phrase_with_reference

        phrase = phrase_with_reference(item["due_phrase"], item["due_ref"])
        lines.append(f"termijn: {phrase}" + (f" ({item['explanation']})" if item["explanation"] else ""))
    if item["actors"]:
        lines.append("actoren: " + actors_label(item["actors"]))
    debate = item.get("debate")
    if debate:
        lines.append(f"debat: {debate.get('kind') or ''} {debate['title']} ({debate.get('date') or ''})".strip())
    if item["text"]:
        lines += ["", item["text"]]
    return _text("\n".join(lines))


def alarm_moment(when: When, due: dt.date, zone: tzinfo) -> dt.datetime:
    """When an alarm goes off, in UTC: a moment the user wrote is local time in `zone`; a date alone and
    "N dagen voor" an all-day due date mean 09:00 local time on that day (a calendar alarm at midnight
    would go off in the night)."""
    if when.at is not None:
        local = dt.datetime.fromisoformat(when.at if "T" in when.at else when.at + "T09:00:00")
    else:
        local = dt.datetime.combine(due - dt.timedelta(days=when.offset_days or 0), ALARM_TIME)
    return local.replace(tzinfo=zone).astimezone(dt.UTC)


def _alarm(when: When, title: str, due: dt.date, zone: tzinfo) -> Any:
    from icalendar import Alarm

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", _text(f"{title} ({when.describe()})"))
    # An absolute trigger in UTC with VALUE=DATE-TIME (RFC 5545 3.8.6.3): Outlook ignores or misplaces
    # relative triggers on all-day events and floating times, and every client reads this form alike.
    alarm.add("trigger", alarm_moment(when, due, zone), parameters={"VALUE": "DATE-TIME"})
    return alarm


def calendar(items: Sequence[Mapping[str, Any]], alarms: Mapping[int, Sequence[When]], tracker: str,
             zone: tzinfo) -> bytes:
    """The VCALENDAR for these items (each needs a due date) of the tracker `tracker` (queries.tracker_id);
    alarm times are local to `zone`."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "kamertaak")
    for item in items:
        due = dt.date.fromisoformat(item["due"])
        title = f"{item['kind_label']}: {item['title']}"
        event = Event()
        event.add("uid", item_uid(item["id"], tracker))
        event.add("dtstamp", dt.datetime.fromisoformat(item["updated_at"]).replace(tzinfo=dt.UTC))
        event.add("sequence", int(item["version"]))
        event.add("dtstart", due)
        event.add("dtend", due + dt.timedelta(days=1))
        event.add("summary", _text(" ".join(title.split())))
        event.add("description", _description(item))
        event.add("status", "CONFIRMED" if item["precision"] == "day" else "TENTATIVE")
        event.add("transp", "TRANSPARENT")
        if item["topics"]:
            event.add("categories", [_text(t) for t in item["topics"]])
        debate = item.get("debate")
        if debate and debate.get("source_url"):
            event.add("url", _text(debate["source_url"]))
        for when in alarms.get(item["id"], []):
            event.add_component(_alarm(when, _text(item["title"]), due, zone))
        cal.add_component(event)
    return bytes(cal.to_ical())


def calendar_feed(db: Database, today: dt.date, defaults: Mapping[str, Sequence[str]], zone: tzinfo) -> bytes:
    """Every open item with a due date, with its stored and default reminders as alarms (local to `zone`)."""
    items = queries.list_items(db, queries.ItemFilter(open_only=True, dated=True, sort="id"), today)
    return calendar(items, alarms_by_item(db, items, defaults), queries.tracker_id(db), zone)

