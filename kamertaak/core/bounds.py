"""The ranges kamertaak works with: every date, reminder offset and snooze is checked against them
where it enters (the store, import json, the sync, the config), so what is stored or asked for can
always be computed on and shown (a week later, a year on, an alarm a year before)."""

from __future__ import annotations

import datetime as dt

from kamertaak.core.errors import DomainError, UserError

EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2199, 12, 31)


def check_date(value: dt.date, what: str) -> dt.date:
    """The date itself, or a UserError naming `what` when it lies outside EARLIEST..LATEST."""
    if not EARLIEST <= value <= LATEST:
        raise UserError(f"{what} {value.isoformat()} valt buiten {EARLIEST.isoformat()} t/m {LATEST.isoformat()}")
    return value


# A reminder goes off at most this many days before its due date; a snooze reaches at most this far.
MAX_OFFSET_DAYS = 365
MAX_SNOOZE_DAYS = 366


def in_range(value: dt.date) -> bool:
    return EARLIEST <= value <= LATEST


def range_text() -> str:
    return f"{EARLIEST.isoformat()} t/m {LATEST.isoformat()}"


# An item's title is a short line (a list's column, a board's card, a mail's subject line); the text
# holds the rest. The register's and triage's own titles stay well under it (100 and about 90).
MAX_TITLE = 200


def check_title(title: str, what: str = "een item") -> str:
    """The title stripped, or a DomainError when it is empty or longer than MAX_TITLE characters."""
    title = title.strip()
    if not title:
        raise DomainError(f"{what} heeft een titel nodig")
    if len(title) > MAX_TITLE:
        raise DomainError(f"een titel heeft hoogstens {MAX_TITLE} tekens (deze heeft er {len(title)}); "
                        "de rest past in de tekst")
    return title
