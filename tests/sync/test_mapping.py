"""The words of the mapping on their own: statuses as the schema has them, outcomes, dates."""

from __future__ import annotations

import pytest

from kamertaak.sync.mapping import commitment_status, motion_status, parse_date


@pytest.mark.parametrize(("raw", "status"), [
    ("Openstaand", "open"), ("Voldaan", "done"), ("Deels Voldaan", "partial"), ("  deels   VOLDAAN ", "partial"),
    ("Vervallen", "lapsed"),
])
def test_the_schemas_four_statuses_in_any_capitalisation(raw: str, status: str) -> None:
    assert commitment_status(raw) == (status, False)


@pytest.mark.parametrize("raw", ["Afgedaan", "Deels afgedaan", "Nagekomen (ten dele)", None, ""])
def test_any_other_status_is_unknown_never_guessed(raw: str | None) -> None:
    assert commitment_status(raw) == (None, True)


def test_the_vote_decisions_words() -> None:
    assert motion_status(None) == ("submitted", False)
    assert motion_status("Stemmen - zonder stemming aannemen") == ("adopted", False)
    assert motion_status("Stemmen - gesplitst") == ("submitted", True)


def test_dates_as_the_register_wrote_them() -> None:
    assert parse_date("0001-01-01T00:00:00Z") is None
    assert parse_date("2025-06-30T00:00:00+02:00") == "2025-06-30"  # the register's own day, not UTC's
    assert parse_date("morgen") is None
