"""An item's operation-log entries in Dutch sentences ("termijn verschoven van 3 juli naar 1 oktober")."""

from __future__ import annotations

from typing import Any

from kamertaak.core.labels import (
    FIELD_LABELS,
    REMINDER_DISMISSED,
    REMINDER_SENT,
    date_nl,
    offset_words,
    snoozed_words,
    status_label,
)
from kamertaak.core.refs import actors_label

_SKIP = {"due_phrase", "due_precision", "due_explanation", "due_estimated", "due_ref", "due_from_debate", "version",
         "source", "deleted"}


def _value(field: str, value: Any, kind: str = "") -> str:
    if field == "event" or isinstance(value, bool):  # a yes/no column (SQLite hands back 0 and 1)
        return "ja" if value else "nee"
    if value in (None, "", []):
        return "leeg"
    if field == "status":
        return status_label(kind, str(value))
    if field in ("due", "scheduled", "hide_until"):
        return date_nl(value)
    if field == "actors":
        return actors_label(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    text = str(value)
    return text if len(text) <= 60 else text[:59] + "…"


def describe_entry(entry: dict[str, Any], kind: str = "") -> str:
    """One history entry as a sentence, without the time stamp (kind gives status labels)."""
    action, changes = entry["action"], entry["changes"]
    if action == "create":
        numbers = changes.get("registers", [[], []])[1]
        return "aangemaakt" + (f"; registernummer {', '.join(numbers)}" if numbers else "")
    if action == "note":
        return f"notitie: {_value('note', changes['note'][1]['text'])}"
    if action == "link":
        return f"link toegevoegd: {changes['link'][1]['url']}"
    if action == "register":
        return f"registernummer {changes['register'][1]['value']}"
    if action == "reminder":
        r = changes["reminder"][1]
        return f"herinnering gezet: {r['at'] or offset_words(r['offset_days']) + ' de termijn'}"
    if action == "delete":
        return "verwijderd"
    if action == "reminder_update":
        return _reminder_update(changes)
    if action == "undo":
        return _undone(changes, kind)
    if action == "register_link":
        return _register_link(entry, changes, kind)
    parts = []
    for field, pair in changes.items():
        if field in _SKIP or field == "debate_date" or not isinstance(pair, list) or len(pair) != 2:
            continue
        old, new = pair
        if field == "due":
            verb = "termijn verschoven" if old and new else "termijn gezet" if new else "termijn gewist"
            # The register moved it (a meeting the deadline is tied to, a vote): say so.
            by = " (register)" if entry.get("source") == "tweedekamer" else ""
            parts.append(f"{verb} van {_value(field, old)} naar {_value(field, new)}{by}" if old and new
                         else f"{verb}: {_value(field, new or old)}{by}")
        else:
            parts.append(f"{FIELD_LABELS.get(field, field)}: {_value(field, old, kind)} → {_value(field, new, kind)}")
    if not parts and changes.get("due_ref") and changes["due_ref"][1]:
        # A phrase read again from a debate's new date that gives the same day ("voor de zomer"): the day it
        # counts from changed, the due date not.
        parts.append(f"termijn blijft, telt nu vanaf {_value('due', changes['due_ref'][1])}")
    prefix = "volgende keer: " if action == "recur" else ""
    # Why it moved: "termijn verschoven van 11 april naar 18 april (debatdatum 3 april → 8 april)".
    why = changes.get("debate_date")
    reason = f" (debatdatum {_value('due', why[0])} → {_value('due', why[1])})" if why and why[1] else ""
    return prefix + ("; ".join(parts) or _NO_FIELD.get(action, action)) + reason


# An entry whose fields did not change ("set 1 due=" on an item without a due date): said in words, not its code.
_NO_FIELD = {"update": "geen veld veranderd", "recur": "herhaald"}


_REMOVED = {"note": "notitie", "link": "link", "register": "registernummer", "reminder": "herinnering"}


def _reminder_update(changes: dict[str, Any]) -> str:
    """'herinnering 3 afgevinkt', '... verstuurd', '... gesluimerd tot 12 april 2025', or back to active
    (the state words are labels.REMINDER_*, as every face shows them)."""
    rid = changes["reminder_id"][0]
    states = []
    for field, done, undone in (("dismissed_at", REMINDER_DISMISSED, f"niet meer {REMINDER_DISMISSED}"),
                                ("sent_at", REMINDER_SENT, "weer te versturen")):
        if field in changes:
            states.append(done if changes[field][1] else undone)
    if "snoozed_until" in changes:
        until = changes["snoozed_until"][1]
        states.append(snoozed_words(until) if until else "niet meer gesluimerd")
    return f"herinnering {rid} " + ", ".join(states)


_LINK_KEYS = ("registers", "record", "external_id")


def _register_link(entry: dict[str, Any], changes: dict[str, Any], kind: str) -> str:
    """'gekoppeld aan het register: 2025Z06500; status: ingediend → aangenomen' (one step: the link and
    what the register brought with it)."""
    record = changes.get("record", [None, None])[1]
    numbers = changes.get("registers", [[], []])[1] or ([record["number"]] if record else [])
    rest = {k: v for k, v in changes.items() if k not in _LINK_KEYS}
    fields = describe_entry({**entry, "action": "update", "changes": rest}, kind) if rest else ""
    return f"gekoppeld aan het register: {', '.join(numbers)}" + (f"; {fields}" if fields else "")


def _undone(changes: dict[str, Any], kind: str) -> str:
    if "reminder_id" in changes:
        return _reminder_update(changes)
    if "record" in changes or "registers" in changes:
        # The inverse of a register_link: the numbers and the record's link are gone.
        record = changes.get("record", [None, None])[0]
        numbers = changes.get("registers", [[], []])[0] or ([record["number"]] if record else [])
        rest = {k: v for k, v in changes.items() if k not in _LINK_KEYS}
        text = f"koppeling met het register weggehaald: {', '.join(numbers)}"
        if record and record.get("triage") == "inbox":
            text += " (weer in de inbox)"
        return text + (f"; {describe_entry({'action': 'update', 'changes': rest}, kind)}" if rest else "")
    for key, word in _REMOVED.items():
        if key in changes:
            return f"{word} weggehaald"
    if "deleted" in changes:
        return "item verwijderd" if changes["deleted"][1] else "item teruggezet"
    return describe_entry({"action": "update", "changes": changes}, kind)


def history_lines(entries: list[dict[str, Any]], kind: str = "") -> list[str]:
    """'2025-04-03 12:00 anna (user): termijn verschoven van 3 juli 2025 naar 1 oktober 2025'."""
    lines = []
    for e in entries:
        mark = " (teruggedraaid)" if e["undone"] else ""
        undo = "ongedaan gemaakt: " if e["action"] == "undo" else ""
        when = e["at"][:16].replace("T", " ")
        lines.append(f"{when} {e['who']} ({e['source']}): {undo}{describe_entry(e, kind)}{mark}")
    return lines
