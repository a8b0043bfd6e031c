"""A motion's number with its dossier where the text names the dossier unambiguously, also after the motion: a
page's "Dossier: 36410" or the Kamerstuk's id "kst-36410-17" (u8: "nr. 40" alone cannot be matched to the
register). Sentences of my own."""

from __future__ import annotations

import datetime as dt

from kamertaak.core.extract import extract

REF = dt.date(2023, 11, 9)
MOTION = (
    "Stemming\n\nMotie van het lid Bikker over een meldpunt voor mantelzorgers\n\n61,3 %\n38,7 %\n\n"
    "Nr. 17 MOTIE VAN HET LID BIKKER\n\nVoorgesteld 7 november 2023\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n"
    "constaterende dat mantelzorgers vaak niet weten waar zij terechtkunnen;\n\n"
    "verzoekt de regering, een landelijk meldpunt voor mantelzorgers in te richten,\n\n"
    "en gaat over tot de orde van de dag.\n\nBikker\n"
)


def _registers(text: str) -> list[str | None]:
    return [c.register for c in extract(text, REF).candidates if c.kind == "motion"]


def test_the_dossier_a_page_names_after_the_motion() -> None:
    assert _registers(MOTION + "\nDossier: 36410\n") == ["36410, nr. 17"]


def test_the_kamerstuks_id_with_the_motions_number() -> None:
    assert _registers(MOTION + "\nBron: https://zoek.officielebekendmakingen.nl/kst-36410-17.html\n") == [
        "36410, nr. 17"]


def test_two_dossiers_named_leave_the_number_bare() -> None:
    assert _registers(MOTION + "\nDossier: 36410\nDossier: 36200-XVI\n") == ["nr. 17"]
