"""Which occurrence of a recurring deadline is the current one: "jaarlijks vóór het zomerreces" read in
2024 and looked at in December 2026 is due before the summer recess of 2027, not 17 months late."""

from __future__ import annotations

import datetime as dt
import functools

from kamertaak.core.calendar import Calendar
from kamertaak.core.deadlines import Resolution, next_occurrence

# Enough steps for a weekly deadline across the whole range of dates kamertaak accepts (1900-2199).
_MAX_STEPS = 300 * 53


@functools.lru_cache(maxsize=4096)  # the agenda asks once for its sections and again for the reminders
def occurrence_from(res: Resolution, today: dt.date, calendar: Calendar | None = None) -> Resolution:
    """The first occurrence of a recurring resolution due on or after `today` (the resolution itself when
    it is not past, or does not recur, or no later occurrence can be read)."""
    current = res
    for _ in range(_MAX_STEPS):
        if current.due is None or current.due >= today:
            break
        following = next_occurrence(current, calendar)
        if following is None or following.due is None or following.due <= current.due:
            break
        current = following
    return current
