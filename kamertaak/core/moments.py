"""Register dates and times on the Dutch calendar: '2025-03-18T23:00:00Z' is 19 March in The Hague."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

LOCAL = ZoneInfo("Europe/Amsterdam")
_MOMENT = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*"
                     r"(Z|z|[+-]\d{2}(?::?\d{2})?)?$")


def local_moment(value: str | None) -> tuple[dt.date, dt.time | None] | None:
    """The Dutch calendar day and clock time of a register date or date-time ('2025-03-19',
    '2025-03-18T23:00:00Z', '2025-03-19T10:00:00+01:00', or without a zone: Dutch local time already).
    The time is None for a bare date; '0001-01-01' (the register's "no date") and nonsense are None."""
    m = _MOMENT.match((value or "").strip())
    if not m or m.group(1) == "0001":
        return None
    try:
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m.group(4) is None:
            return day, None
        moment = dt.datetime.combine(day, dt.time(int(m.group(4)), int(m.group(5)), int(m.group(6) or 0)))
    except ValueError:
        return None
    zone = m.group(7)
    if zone:
        if zone in ("Z", "z"):
            offset = dt.timedelta(0)
        else:
            digits = zone[1:].replace(":", "")
            offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
            offset = offset if zone[0] == "+" else -offset
        moment = moment.replace(tzinfo=dt.timezone(offset)).astimezone(LOCAL).replace(tzinfo=None)
    return moment.date(), moment.time()


def local_date(value: str | None) -> dt.date | None:
    found = local_moment(value)
    return found[0] if found else None
