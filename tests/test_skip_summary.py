"""The test run's own summary of skipped tests (tests/skip_summary.py, called from tests/conftest.py)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from skip_summary import skip_lines, write_skip_summary


def skipped(reason: str) -> Any:
    return SimpleNamespace(longrepr=("tests/conftest.py", 138, f"Skipped: {reason}"))


class Reporter:
    def __init__(self, stats: dict[str, list[Any]]) -> None:
        self.stats = stats
        self.lines: list[str] = []

    def write_sep(self, sep: str, title: str) -> None:
        self.lines.append(f"{sep * 3} {title} {sep * 3}")

    def write_line(self, line: str) -> None:
        self.lines.append(line)


def test_skips_are_counted_by_reason_most_frequent_first() -> None:
    reports = [skipped("PostgreSQL variant skipped: set KAMERTAAK_TEST_PG_URL")] * 3 + [
        skipped("shared eval corpus not available")]
    assert skip_lines(reports) == ["    3  PostgreSQL variant skipped: set KAMERTAAK_TEST_PG_URL",
                                   "    1  shared eval corpus not available"]


def test_the_run_ends_with_the_reasons_or_says_nothing_without_skips() -> None:
    """u7: `pytest` said '407 skipped' and not why; the README's command now ends with the reasons."""
    reporter = Reporter({"skipped": [skipped("shared seed not available")] * 2})
    write_skip_summary(reporter)
    assert reporter.lines == ["--- 2 skipped, by reason (pytest -rs lists each) ---",
                              "    2  shared seed not available"]
    quiet = Reporter({"passed": [object()]})
    write_skip_summary(quiet)
    assert quiet.lines == []
