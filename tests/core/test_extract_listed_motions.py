"""A letter that lists the motions it answers and then other things with their own Kamerstuk numbers ("en op de
toezegging ... (commissiedebat Jeugd, Kamerstuk 31 839, nr. 901)"): only the motions' numbers are motions, each
with the movers bracketed after it (u8: an AO report's number became a motion "deels uitgevoerd", and the motions
lacked their movers). Sentences of my own."""

from __future__ import annotations

import datetime as dt

from kamertaak.core.extract import extract

REF = dt.date(2023, 3, 3)
LETTER = "Den Haag, 3 maart 2023\n"


def _motions(text: str) -> list[tuple[str | None, list[str]]]:
    return [(c.register, [a.name for a in c.actors]) for c in extract(LETTER + text, REF).candidates
            if c.kind == "motion"]


def test_a_toezeggings_number_after_the_motions_is_no_motion() -> None:
    text = ("In deze brief ga ik in op de moties Kamerstuk 36 200 XVI, nr. 41 (Tielen/Agema) en Kamerstuk 36 200 XVI, "
            "nr. 44 (Westerveld), en op de toezegging de Kamer te informeren over de wachtlijsten (commissiedebat "
            "Jeugd, Kamerstuk 31 839, nr. 901).")
    assert _motions(text) == [("36200-XVI, nr. 41", ["Tielen", "Agema"]), ("36200-XVI, nr. 44", ["Westerveld"])]


def test_a_number_in_an_aside_naming_a_meeting_is_no_motion() -> None:
    text = ("Hierbij reageer ik op de moties 29 477, nr. 801 (Van den Berg) en 29 477, nr. 805 (Hijink), ingediend "
            "tijdens het debat over geneesmiddelen (verslag AO Geneesmiddelenbeleid, Kamerstuk 29 477, nr. 790).")
    assert [r for r, _ in _motions(text)] == ["29477, nr. 801", "29477, nr. 805"]


def test_a_party_in_brackets_is_no_mover() -> None:
    text = "In deze brief ga ik in op de moties 36200-XVI, nr. 41 (CDA) en 36200-XVI, nr. 44 (VVD)."
    assert _motions(text) == [("36200-XVI, nr. 41", []), ("36200-XVI, nr. 44", [])]
