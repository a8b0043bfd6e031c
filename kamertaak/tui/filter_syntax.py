"""The filter line of the table and the boards: Dutch `sleutel:waarde` words plus free search text.

    motie partij:SP te-laat opvang      → kind=motion, party=SP, overdue, search "opvang"
"""

from __future__ import annotations

import datetime as dt
import re
import shlex
from dataclasses import replace

from kamertaak.core.kinds import KINDS, LIFECYCLES
from kamertaak.core.labels import KIND_LABELS, KIND_PLURALS, STATUS_LABELS
from kamertaak.store.queries import ItemFilter, search_words

# Dutch keys (and English codes) to ItemFilter fields.
KEYS: dict[str, str] = {
    "soort": "kind", "kind": "kind",
    "status": "status",
    "onderwerp": "topic", "topic": "topic",
    "partij": "party", "party": "party",
    "ministerie": "ministry", "ministry": "ministry",
    "eigenaar": "owner", "owner": "owner",
    "actor": "actor", "wie": "actor",
    "voor": "due_before", "tot": "due_before",
    "na": "due_after", "vanaf": "due_after",
    "debat": "debate_id",
}
FLAGS: dict[str, str] = {"te-laat": "overdue", "telaat": "overdue", "open": "open_only", "lopend": "open_only"}
HELP = ("zoek vrij in titel, tekst, actoren en nummers; of gebruik soort:motie status:ingediend partij:SP "
        "ministerie:J&V onderwerp:opvang eigenaar:ik actor:naam voor:2025-06-30 na:2025-04-01 te-laat open")


def kind_code(word: str) -> str | None:
    """'motie', 'moties' or 'motion' → 'motion'."""
    w = word.strip().lower()
    for code in KINDS:
        if w in (code, KIND_LABELS[code], KIND_PLURALS[code]):
            return code
    return None


def status_code(word: str, kind: str | None = None) -> str | None:
    """A status label ('ingediend') or code ('submitted'), preferring the given kind."""
    w = word.strip().lower()
    kinds_first = [kind] if kind else []
    for k in [*kinds_first, *[k for k in KINDS if k != kind]]:
        for status in LIFECYCLES[k].statuses:
            if w in (status, STATUS_LABELS[(k, status)]):
                return status
    return None


def _split(text: str) -> list[str]:
    try:
        return shlex.split(text)
    except ValueError:
        # An unclosed quote while the user is still typing: fall back to plain words.
        return text.replace('"', " ").split()


def parse_filter(text: str, base: ItemFilter | None = None) -> tuple[ItemFilter, list[str]]:
    """The ItemFilter a filter line asks for, and what was not understood (in Dutch)."""
    f = replace(base) if base is not None else ItemFilter()
    problems: list[str] = []
    words: list[str] = []
    pending_status: str | None = None
    for token in _split(text):
        key, sep, value = token.partition(":")
        field = KEYS.get(key.lower()) if sep else None
        if token.lower() in FLAGS:
            setattr(f, FLAGS[token.lower()], True)
        elif field is None:
            words.append(token)
        elif not value:
            continue
        elif field == "kind":
            code = kind_code(value)
            if code is None:
                problems.append(f"onbekende soort '{value}'")
            f.kind = code or f.kind
        elif field == "status":
            pending_status = value
        elif field in ("due_before", "due_after"):
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                try:
                    setattr(f, field, dt.date.fromisoformat(value).isoformat())
                except ValueError:
                    problems.append(f"'{value}' is geen datum")
            else:
                problems.append(f"{key}: schrijf een datum als JJJJ-MM-DD")
        elif field == "debate_id":
            if value.isdigit():
                f.debate_id = int(value)
            else:
                problems.append(f"debat: geef een nummer, niet '{value}'")
        else:
            setattr(f, field, value)
    if pending_status is not None:
        code = status_code(pending_status, f.kind)
        if code is None:
            problems.append(f"onbekende status '{pending_status}'")
        f.status = code or f.status
    f.search = " ".join(words) or None
    if f.search and not search_words(f.search):
        # else the line filters nothing and every item shows as if it matched (as `list --search "A B"` did)
        problems.append("geen zoekwoorden: één letter telt niet")
    return f, problems
