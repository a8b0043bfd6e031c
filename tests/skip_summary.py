"""The end of a test run names why tests were skipped, counted by reason: `pytest` alone says only "N
skipped", and a new user cannot tell a PostgreSQL variant without a server from a test that lost its data
(u7: 407 of 2260 skipped, the output silent on why). `pytest -rs` still lists each one."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any


def skip_reason(report: Any) -> str:
    """The reason a skipped test's report gives (pytest keeps it as (path, line, 'Skipped: reason'))."""
    longrepr = report.longrepr
    reason = longrepr[2] if isinstance(longrepr, tuple) and len(longrepr) == 3 else str(longrepr)
    return str(reason).removeprefix("Skipped: ").strip()


def skip_lines(reports: Iterable[Any]) -> list[str]:
    """One line per reason, most frequent first: the count, then the reason."""
    counts = Counter(skip_reason(r) for r in reports)
    return [f"{n:>5}  {reason}" for reason, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def write_skip_summary(terminalreporter: Any) -> None:
    reports = terminalreporter.stats.get("skipped", [])
    if not reports:
        return
    terminalreporter.write_sep("-", f"{len(reports)} skipped, by reason (pytest -rs lists each)")
    for line in skip_lines(reports):
        terminalreporter.write_line(line)
