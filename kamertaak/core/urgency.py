"""How far away a due date is, in words a lobbyist reads at a glance."""

from __future__ import annotations

import datetime as dt


def days_until(due: dt.date, today: dt.date) -> int:
    return (due - today).days


def relative_due(due: dt.date | str | None, today: dt.date, event: bool = False) -> str:
    """'vandaag', 'morgen', 'over 3 dagen', 'over 2 weken', '2 weken te laat', ... ('' without a date).
    A meeting (`event`) whose day has passed is history, not late: 'gisteren', '2 weken geleden'."""
    if due is None or due == "":
        return ""
    day = due if isinstance(due, dt.date) else dt.date.fromisoformat(due)
    n = days_until(day, today)
    if n == 0:
        return "vandaag"
    if n == 1:
        return "morgen"
    if n == -1:
        return "gisteren" if event else "1 dag te laat"
    amount = _amount(abs(n))
    if n > 0:
        return f"over {amount}"
    return f"{amount} geleden" if event else f"{amount} te laat"


def _amount(days: int) -> str:
    if days < 14:
        return f"{days} dagen"
    if days < 61:
        weeks = round(days / 7)
        return f"{weeks} weken"
    if days < 730:
        months = round(days / 30.4)
        return f"{months} maanden"
    return f"{int(days / 365.25)} jaar"  # whole years gone by: 18 years and 7 months is "18 jaar", not 19

