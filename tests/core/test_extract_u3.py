"""What a new user (u3) found on texts of their own, each with a sentence of our own in the same shape: a vote that
went against a motion is never read as adopted, a past event is no planned deadline, a letter's "ik" is its signer."""

from __future__ import annotations

import datetime as dt

import pytest

from kamertaak.core.extract import extract

D = dt.date


@pytest.mark.parametrize("told", [
    "Een motie van de SP om de huren te bevriezen werd weggestemd door een ruime meerderheid.",
    "De Kamer stemde een motie van de SP om de huren te bevriezen met grote meerderheid weg.",
    "Een motie van de SP om de huren te bevriezen is gesneuveld, ondanks steun van een meerderheid van de oppositie.",
    "Een motie van de SP om de huren te bevriezen sneuvelde, al kreeg de SP veel bijval van huurders.",
    # the adoption told in between (by a party congress) is not the Kamer's; the next sentence tells the Kamer's vote
    "De SP bracht een motie die op haar partijcongres was aangenomen ook in de Kamer in stemming. Ook die werd "
    "weggestemd door een ruime meerderheid.",
])
def test_a_motion_voted_down_is_never_adopted(told: str) -> None:
    [c] = [c for c in extract(told, D(2022, 6, 1)).candidates if c.kind == "motion"]
    assert c.status == "rejected"
    assert "weg" not in c.title.split() and "weggestemd" not in c.title
