"""Items as CSV for a spreadsheet: one row per item, Dutch column names, lists joined with '; '."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from typing import Any

from kamertaak.core.refs import actors_label
from kamertaak.core.text import one_line

COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "nummer"),
    ("kind_label", "soort"),
    ("status_label", "status"),
    ("title", "titel"),
    ("due", "termijn"),
    ("due_phrase", "termijnzin"),
    ("due_ref", "gezegd op"),
    ("overdue", "te laat"),
    ("actors", "actoren"),
    ("topics", "onderwerpen"),
    ("debate", "debat"),
    ("owner", "eigenaar"),
    ("priority", "prioriteit"),
    ("stance", "standpunt"),
    ("next_action", "volgende stap"),
    ("registers", "registernummers"),
    ("text", "tekst"),
    ("created_at", "aangemaakt"),
    ("updated_at", "gewijzigd"),
)
# A cell starting with one of these is run as a formula by Excel and LibreOffice (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(key: str, item: Mapping[str, Any]) -> str:
    value = item.get(key)
    if key == "actors":
        text = actors_label(value or [], "; ")
    elif key == "debate":
        text = f"{value['kind']} {value['title']} ({value['date'] or ''})".strip() if value else ""
    elif key in ("topics", "registers"):
        text = "; ".join(value or [])
    elif key == "overdue":
        text = "ja" if value else ""
    else:
        text = "" if value is None else str(value)
    text = one_line(text)
    return "'" + text if text.startswith(_FORMULA_START) else text


def items_csv(items: Iterable[Mapping[str, Any]]) -> str:
    """CSV text (RFC 4180, CRLF line ends) with a header row."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([label for _, label in COLUMNS])
    for item in items:
        writer.writerow([_cell(key, item) for key, _ in COLUMNS])
    return out.getvalue()
