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


@pytest.mark.parametrize("told", [
    "Op dinsdag 14 maart vonden de laatste stemmingen voor het reces plaats en daarna ging de Kamer met vakantie.",
    "Op dinsdag 14 maart werd het commissiedebat over de jeugdzorg gehouden.",
    "Het rondetafelgesprek over de jeugdzorg heeft op 14 maart plaatsgevonden.",
])
@pytest.mark.parametrize("ref", [None, D(2026, 12, 3)])
def test_an_event_told_as_held_is_no_deadline_to_come(told: str, ref: dt.date | None) -> None:
    # without a date in the text "14 maart" is read from today and lies ahead: the past tense says it is over
    assert [c for c in extract(told, ref).candidates if c.kind == "deadline"] == []


def test_an_event_to_come_next_to_a_held_one_is_kept() -> None:
    text = "Het commissiedebat over de jeugdzorg, dat in maart werd gehouden, krijgt op 12 mei een vervolg."
    [c] = extract(text, D(2026, 4, 1)).candidates
    assert (c.kind, c.due) == ("deadline", D(2026, 5, 12))


def test_bound_to_a_day_is_no_event_held() -> None:
    text = "De minister is gehouden om de Kamer uiterlijk 1 juli over de evaluatie te informeren."
    assert any(c.due == D(2026, 7, 1) for c in extract(text, D(2026, 4, 1)).candidates)


_LETTER = (
    "Brief regering : Verzamelbrief bodem en ondergrond mei 2026\n"
    "30 015 Bodembeleid\n"
    "Nr. 88\n"
    "BRIEF VAN DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT\n"
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
    "Den Haag, 12 mei 2026\n"
    "Met deze brief informeer ik u over enkele onderwerpen op het gebied van bodem. Hiermee kom ik ook tegemoet aan "
    "een aantal toezeggingen.\n"
    "Bodemmonitor 2025\n"
    "Sinds 2010 meet het RIVM elk jaar de kwaliteit van de bodem op een vast aantal plaatsen in het land. De metingen "
    "laten zien dat de bodem op de meeste plaatsen schoner is geworden.\n"
    "Evaluatie van de saneringsregeling\n"
    "Zoals toegezegd in het commissiedebat stuur ik uw Kamer de evaluatie van de saneringsregeling voor de zomer.\n"
)


def test_a_letter_signed_by_its_sender_line_is_the_actor_of_its_promises() -> None:
    found = extract(_LETTER).candidates
    promised = [c for c in found if c.kind == "commitment" and "saneringsregeling" in c.quote]
    assert promised and all(("staatssecretaris van IenW", "state_secretary") in {(a.name, a.role) for a in c.actors}
                            for c in promised)


def test_a_section_about_a_subject_is_no_promise_on_its_own() -> None:
    assert not any("Bodemmonitor" in c.title or "RIVM" in c.quote for c in extract(_LETTER).candidates)
