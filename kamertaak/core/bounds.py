"""The range of dates kamertaak works with: every date a user gives is checked against it where it
enters, so what is stored or asked for can always be computed on and shown (a week later, a year on)."""

from __future__ import annotations

import datetime as dt

from kamertaak.core.errors import UserError

EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2199, 12, 31)


def check_date(value: dt.date, what: str) -> dt.date:
    """The date itself, or a UserError naming `what` when it lies outside EARLIEST..LATEST."""
    if not EARLIEST <= value <= LATEST:
        raise UserError(f"{what} {value.isoformat()} valt buiten {EARLIEST.isoformat()} t/m {LATEST.isoformat()}")
    return value
