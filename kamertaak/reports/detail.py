"""One item in full, as plain data both faces draw: `kamertaak show` prints it, the TUI's detail screen
shows it. Fields, reminders (stored and the kinds' defaults, with their state in words), notes, links and
history are worded here once; a face only chooses colours and layout.

Every string is printable (control characters made visible) but not escaped: a face that parses
markup must still pass them on as literal text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from kamertaak.core.history import history_lines
from kamertaak.core.kinds import passed_is_not_late
from kamertaak.core.labels import (
    FIELD_LABELS,
    PRECISION_LABELS,
    ROLE_LABELS,
    date_nl,
    kind_label,
    offset_words,
    recurrence_label,
    status_label,
)
from kamertaak.core.refs import ActorRef
from kamertaak.core.text import one_line, printable
from kamertaak.core.urgency import relative_due
from kamertaak.core.votes import party_text, vote_heading
from kamertaak.store.queries import reminder_moment
from kamertaak.store.reminders import default_offsets, defaults_for, reminder_state

# How a face may colour a field's value.
PLAIN, OVERDUE, WARNING, MUTED = "", "overdue", "warning", "muted"


@dataclass(frozen=True)
class Field:
    label: str
    value: str | None  # None: the item has no value here (the TUI shows '—', the CLI leaves the line out)
    tone: str = PLAIN


@dataclass(frozen=True)
class ReminderLine:
    """One reminder: when it goes off, what it is, whether it is a kind's default, its state in words."""

    moment: str  # '2025-04-07', or '2025-04-07 09:00' for one at a time
    what: str  # '1 week voor de termijn', 'op een moment'
    default: bool
    state: str  # 'actief', 'verstuurd', 'afgevinkt', 'gesluimerd tot …', 'gaat niet meer af'
    ref: str  # what `kamertaak remind snooze|dismiss` take: '5', or '12:7' for a default


@dataclass(frozen=True)
class Note:
    moment: str
    author: str
    text: str


@dataclass(frozen=True)
class Link:
    id: int
    label: str
    url: str


@dataclass(frozen=True)
class ItemSheet:
    id: int
    heading: str  # '#7 actie · te doen'
    title: str
    fields: list[Field]
    text: str
    links: list[Link] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    reminders: list[ReminderLine] = field(default_factory=list)
    history: list[str] = field(default_factory=list)


def due_words(item: Mapping[str, Any], today: dt.date) -> str:
    """'over 3 dagen · 13 april 2025' (≈ when the date is an estimate); a finished item only has its date
    (it is never 'te laat'); '' without a due date."""
    if not item.get("due"):
        return ""
    mark = "≈ " if item.get("estimated") else ""
    if item.get("open") is False:
        return f"{mark}{date_nl(item['due'])}"
    history = passed_is_not_late(item["kind"], item["status"], bool(item.get("event")))
    return f"{mark}{relative_due(item['due'], today, history)} · {date_nl(item['due'])}"


def register_warning(item: Mapping[str, Any]) -> str | None:
    """"registerstatus 'Nagekomen' (onbekend)" for a register status nobody documented; None otherwise."""
    raw = item.get("raw_status")
    if not (raw and item.get("status_unknown")):
        return None
    return f"registerstatus '{one_line(raw, 40)}' (onbekend)"


def actor_label(actor: Mapping[str, Any]) -> str:
    """'Van Nispen (SP)', 'staatssecretaris (J&V)'; printable, one line."""
    return one_line(ActorRef.from_dict(dict(actor)).label())


def moment_text(when: str | None) -> str:
    """'2025-04-07' for a reminder on a day, '2025-04-07 09:00' for one at a time."""
    return (when or "?").removesuffix("T00:00:00")[:16].replace("T", " ")


def reminder_when(reminder: Mapping[str, Any]) -> str:
    """A due reminder ({at, offset_days, default}, as store.reminders.due_now gives it) for the agenda line
    and the notification: '1 week voor (standaard)' or '9 april 2025 14:00'."""
    if reminder.get("offset_days") is not None:
        words = offset_words(reminder["offset_days"])
    else:
        at = str(reminder.get("at") or "")
        words = date_nl(at[:10]) + (f" {at[11:16]}" if at[11:16] not in ("", "00:00") else "")
    return words + (" (standaard)" if reminder.get("default") else "")


def vote_fields(item: Mapping[str, Any]) -> list[Field]:
    """A motion from the register: the cabinet's appreciation, the co-signers, and a vote's decision with
    the tally, then each party with its seats and how it voted (one line each)."""
    fields = []
    if item.get("appreciation"):
        fields.append(Field("kabinet", f"appreciatie: {printable(item['appreciation'])}"))
    if item.get("cosigners"):
        fields.append(Field("medeindieners", printable(", ".join(item["cosigners"]))))
    votes = item.get("votes")
    if votes:
        fields.append(Field("stemming", printable(vote_heading(item.get("vote"), votes))))
        fields += [Field("", printable(party_text(party))) for party in votes["parties"]]
    return fields


def item_fields(item: Mapping[str, Any], today: dt.date) -> list[Field]:
    """Every field of an item in the order both faces show them."""
    debate = item.get("debate")
    debate_text = None
    if debate:
        parts = [one_line(debate.get("kind") or "debat"), date_nl(debate.get("date")) if debate.get("date") else "",
                 one_line(debate.get("title")), one_line(debate.get("committee") or "")]
        debate_text = f"#{debate['id']} " + " · ".join(p for p in parts if p)
    status = item.get("status_label") or status_label(item["kind"], item["status"])  # 'geweest': a held meeting
    warning = register_warning(item)
    if item.get("raw_status") and warning is None:
        status += f" (register: {one_line(item['raw_status'])})"
    actors = [f"{actor_label(a)} – {ROLE_LABELS.get(a.get('role') or '', a.get('role') or '')}"
              for a in item.get("actors", [])]
    precision = PRECISION_LABELS.get(item.get("precision") or "none", item.get("precision") or "")
    due = due_words(item, today)

    def text(value: object) -> str | None:
        return None if value in (None, "") else printable(value)

    fields = [
        Field("soort", kind_label(item["kind"])),
        Field("status", printable(status)),
        *([Field("let op", warning, WARNING)] if warning is not None else []),
        Field("termijn", due or "geen termijn", OVERDUE if item.get("overdue") else PLAIN if due else MUTED),
        Field("termijnzin", text(_said(item.get("due_phrase"), item.get("due_ref"), today))),
        Field("uitleg", text(item.get("explanation"))),
        Field("precisie", precision + (", geschat" if item.get("estimated") else "") if item.get("due") else None),
        Field("herhaling", recurrence_label(item["recurrence"]) if item.get("recurrence") else None),
        Field("gepland op", date_nl(item.get("scheduled")) if item.get("scheduled") else None),
        Field("verborgen tot", date_nl(item.get("hide_until")) if item.get("hide_until") else None),
        Field(FIELD_LABELS["priority"], text(item.get("priority"))),
        Field(FIELD_LABELS["owner"], text(item.get("owner"))),
        Field(FIELD_LABELS["stance"], text(item.get("stance"))),
        Field(FIELD_LABELS["next_action"], text(item.get("next_action"))),
        Field("debat", debate_text),
        Field("actoren", "; ".join(actors) or None),
        Field("onderwerpen", text(", ".join(item.get("topics", [])))),
        *vote_fields(item),
        Field("registernummers", text(", ".join(item.get("registers", [])))),
        Field("extern nummer", text(item.get("external_id"))),
        Field("bron", text(item.get("source"))),
        Field("aangemaakt", text((item.get("created_at") or "").replace("T", " "))),
        Field("gewijzigd", f"{(item.get('updated_at') or '').replace('T', ' ')} (versie {item.get('version')})"),
    ]
    if item.get("register_deleted"):
        fields.append(Field("let op", "verwijderd uit het register", WARNING))
    return fields


def reminder_lines(item: Mapping[str, Any], offsets: Mapping[str, Sequence[int]],
                   today: dt.date) -> list[ReminderLine]:
    """An item's reminders in the order they go off: the stored ones and its kind's defaults from the
    config, as the agenda and `kamertaak remind` count them."""
    stored = item.get("reminders", [])
    rows: list[tuple[str, ReminderLine]] = []
    for r in stored:
        when = reminder_moment(r["at"], r["offset_days"], r["snoozed_until"], item.get("due"))
        days = r["offset_days"]
        what = "op een moment" if days is None else offset_words(days) + (" de termijn" if days else "")
        rows.append((when or "", ReminderLine(moment_text(when), what, False, reminder_state(r), str(r["id"]))))
    # A default goes off only for an open item whose due date is still ahead (or today), as in the agenda.
    live = bool(item.get("open")) and bool(item.get("due")) and str(item["due"]) >= today.isoformat()
    for days in defaults_for(item, offsets, stored):
        when = reminder_moment(None, days, None, item.get("due"))
        what = offset_words(days) + (" de termijn" if days else "")
        state = "actief" if live else "gaat niet meer af"
        rows.append((when or "", ReminderLine(moment_text(when), what, True, state, f"{item['id']}:{days}")))
    rows.sort(key=lambda row: row[0])
    return [line for _, line in rows]


def _said(phrase: str | None, ref: str | None, today: dt.date) -> str | None:
    """The due phrase with the day it was said when it counts from that day ('volgende week, gezegd op …'),
    that day with its year when it is not this year's."""
    if not phrase:
        return None
    from kamertaak.core.deadlines import phrase_with_reference

    return phrase_with_reference(phrase, ref, today=today)


def item_detail(item: Mapping[str, Any], today: dt.date, defaults: Mapping[str, Sequence[str]]) -> ItemSheet:
    """The whole item as both faces show it; `defaults` are the config's default reminders per kind."""
    # The config checked its default reminders when it was read: they are all "N dagen voor".
    offsets = default_offsets(defaults)
    kind = item["kind"]
    return ItemSheet(
        id=int(item["id"]),
        # a held meeting is 'geweest' in the heading too, as in its status field (u15: 'termijn · gepland' above it)
        heading=f"#{item['id']} {kind_label(kind)} · {item.get('status_label') or status_label(kind, item['status'])}",
        title=printable(item["title"]),
        fields=item_fields(item, today),
        text=printable(item.get("text") or ""),
        links=[Link(int(link["id"]), printable(link.get("label") or ""), printable(link["url"]))
               for link in item.get("links", [])],
        notes=[Note((n.get("created_at") or "")[:16].replace("T", " "), one_line(n.get("author") or ""),
                    printable(n["text"])) for n in item.get("notes", [])],
        reminders=reminder_lines(item, offsets, today),
        history=[printable(line) for line in history_lines(item.get("history", []), kind)],
    )
