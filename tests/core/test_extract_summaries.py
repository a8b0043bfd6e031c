"""Debates as summaries and news reports tell them: the Kamer as the one who votes, in either word order; a motion told
in a lead-in sentence with what it asks in the sentence after or before it. Each text here is written for this file
in the shape such reports use (regional news, trade press, party sites), not copied from a labelled text."""

from __future__ import annotations

import datetime as dt

from kamertaak.core.extract import extract

REF = dt.date(2024, 3, 5)


def _motions(text: str) -> list[tuple[str, str, str, list[str]]]:
    return [
        (c.status, c.title, c.quote, [a.name for a in c.actors])
        for c in extract(text, REF).candidates
        if c.kind == "motion"
    ]


def test_the_kamer_votes_after_a_fronted_word_verb_before_its_subject() -> None:
    [(status, title, _, actors)] = _motions(
        "Wel steunde de Kamer een D66-motie om de bibliotheken in krimpgebieden open te houden.")
    assert status == "adopted"
    assert "bibliotheken" in title
    assert actors == ["D66"]


def test_the_kamer_votes_for_or_against_and_not_along_with() -> None:
    cases = {
        "De Eerste Kamer stemde dinsdag voor een motie van senator Bakker over de zorgpremie.": "adopted",
        "Daarna stemde de Tweede Kamer tegen de motie van de SP om de btw op groente te schrappen.": "rejected",
        "Een ruime meerderheid steunde een motie van het CDA om boeren langer de tijd te geven.": "adopted",
        "De Kamer ging niet mee met de motie van de PVV om de ontwikkelingshulp te halveren.": "rejected",
        "De senaat verwierp de motie van GroenLinks over de windparken op zee.": "rejected",
    }
    for text, want in cases.items():
        assert [s for s, _, _, _ in _motions(text)] == [want], text


def test_a_vote_still_to_come_or_a_condition_is_no_outcome() -> None:
    for text in (
        "Als de Kamer dinsdag voor de motie van de SP stemt, moet de minister die uitvoeren.",
        "De Kamer steunde de minister in het debat over de zorgpremie.",
    ):
        assert all(s not in ("adopted", "rejected") for s, _, _, _ in _motions(text)), text


def test_a_motion_told_by_its_filer_gets_what_it_asks_from_the_next_sentence() -> None:
    [(status, title, quote, actors)] = _motions(
        "De Kamer nam ook een motie aan die werd ingediend door Petra Smit van de SP. "
        "Deze motie roept de regering op om een meldpunt voor huurders op te zetten. "
        "De huurdersbonden hadden daarom gevraagd.")
    assert status == "adopted"
    assert "meldpunt voor huurders" in title
    assert "Deze motie roept" in quote
    assert actors == ["Smit"]


def test_a_motion_pointing_back_takes_what_it_asks_from_the_sentence_before() -> None:
    for text, word in (
        ("Het is de bedoeling dat er één loket komt voor alle vragen over de toeslagen. "
         "De Kamer nam ook hierover een motie aan na een debat over het rapport van de inspectie.", "loket"),
        ("Voordat de minister de subsidie verlengt, moet eerst de evaluatie klaar zijn. "
         "De Tweede Kamer stemde dinsdag voor een motie van de ChristenUnie waarin dat wordt geëist.", "evaluatie"),
    ):
        [(status, title, _, _)] = _motions(text)
        assert status == "adopted", text
        assert word in title, title


def _commitments(text: str) -> list[tuple[str, str, list[str]]]:
    return [(c.status, c.title, [a.name for a in c.actors]) for c in extract(text, REF).candidates
            if c.kind == "commitment"]


def test_the_government_going_to_act_is_an_open_commitment_in_either_word_order() -> None:
    for text, word in (
        ("Minister Jansen (Landbouw) gaat de regeling voor jonge boeren aanpassen.", "regeling"),
        ("Na lang aandringen van de oppositie gaat minister Jansen de regeling voor jonge boeren toch aanpassen.",
         "regeling"),
        ("Twee jaar nadat de Kamer daarom vroeg, gaat het kabinet de oude jachtwet intrekken.", "jachtwet"),
        ("Minister Jansen sprak dinsdag met de Kamer. Hij gaat de subsidie voor kleine musea verhogen.", "musea"),
    ):
        [(status, title, _)] = _commitments(text)
        assert status == "open", text
        assert word in title.lower() and not title.lower().startswith(("minister", "kabinet")), title


def test_going_to_act_is_no_commitment_for_a_member_in_a_subordinate_clause_or_negated() -> None:
    for text in (
        "Kamerlid Pietersen (SP) gaat de minister hierover schriftelijk bevragen.",
        "Na het debat gaat Kamerlid Pietersen de minister hierover schriftelijk bevragen.",
        "Het is nog onduidelijk of minister Jansen de aangenomen motie gaat uitvoeren.",
        "Minister Jansen gaat de regeling voor jonge boeren niet aanpassen.",
        "Minister Jansen gaat in op de vragen van de leden.",
    ):
        assert _commitments(text) == [], text


def test_a_party_motion_told_after_what_it_asks_is_that_partys_one_member_named_in_the_text() -> None:
    [(status, _, _, actors)] = _motions(
        "Voordat de minister de subsidie verlengt, moet eerst de evaluatie klaar zijn. "
        "De Tweede Kamer stemde dinsdag voor een motie van onder meer de ChristenUnie waarin dat wordt geëist. "
        "ChristenUnie-Kamerlid Pieter Dekker vindt het belangrijk dat de evaluatie snel begint.")
    assert status == "adopted"
    assert actors == ["Pieter Dekker"]


def test_an_event_named_in_one_sentence_gets_its_day_from_the_next_that_points_back() -> None:
    for text, title in (
        ("De voorzitter besloot een vervolgdebat in te stellen. Dat wordt volgende week dinsdag gevoerd.",
         "Vervolgdebat"),
        ("De commissie wil een rondetafelgesprek met de sector organiseren. Dat vindt op 12 maart plaats.",
         "Rondetafelgesprek"),
    ):
        [c] = [c for c in extract(text, REF).candidates if c.kind == "deadline"]
        assert c.status == "upcoming" and c.due == dt.date(2024, 3, 12), text
        assert c.title.startswith(title)
        assert c.quote.endswith(text.split(". ")[1])


def test_a_pointing_sentence_without_an_event_before_it_is_none() -> None:
    assert [c for c in extract("De minister stuurde een brief over de kosten. Dat is op 12 maart gebeurd.",
                               REF).candidates if c.kind == "deadline"] == []


def test_a_party_named_as_voting_after_the_motion_is_not_its_filer() -> None:
    [(status, _, _, actors)] = _motions(
        "Het besluit volgt op een motie die met een krappe meerderheid werd aangenomen: 40 voor, 35 tegen. "
        "Het was een verrassende uitslag, omdat alleen de VVD als geheel tegenstemde.")
    assert status == "adopted"
    assert actors == []


def _deadlines(text: str, ref: dt.date) -> list[tuple[dt.date | None, str]]:
    return [(c.due, c.title) for c in extract(text, ref).candidates if c.kind == "deadline"]


def test_the_kamers_debate_told_in_the_present_with_its_weekday_is_to_come_also_on_the_days_own_text() -> None:
    thursday = dt.date(2024, 7, 4)
    text = "De Tweede Kamer debatteert alsnog donderdag met minister Bakker over de dreigende mestcrisis."
    [(due, title)] = _deadlines(text, thursday)
    assert due == thursday and "mestcrisis" in title
    [(due, _)] = _deadlines(text, dt.date(2024, 7, 2))
    assert due == thursday
    # a vote told in the present on its own day is its outcome; a debate told in the past is over
    assert _deadlines("De Tweede Kamer stemt donderdag in met het plan van minister Bakker.", thursday) == []
    assert _deadlines("De Tweede Kamer debatteerde donderdag met minister Bakker over de mestcrisis.", thursday) == []


def test_a_request_that_the_kamer_treats_or_votes_by_a_day_is_that_day() -> None:
    thursday = dt.date(2025, 12, 4)
    [(due, _)] = _deadlines("Daarom doen wij het verzoek om hier dinsdag over te stemmen.", thursday)
    assert due == dt.date(2025, 12, 9)
    [(due, _)] = _deadlines(
        "Het verzoek is dat we die voor de kerst zowel in de Tweede Kamer als in de Eerste Kamer behandelen.", thursday)
    assert due == dt.date(2025, 12, 18)  # the day before the Christmas recess
    # asked for in the past, or treated without a term
    assert _deadlines("Het verzoek was om dinsdag te stemmen, maar dat werd afgewezen.", thursday) == []
    assert _deadlines("Het verzoek is dat we die zorgvuldig behandelen.", thursday) == []


def test_a_debate_or_vote_scheduled_in_the_present_is_to_come_also_today() -> None:
    tuesday = dt.date(2024, 11, 19)
    found = [(c.due, [a.name for a in c.actors]) for c in extract(
        "Timmermans (GroenLinks-PvdA) heeft een hoofdelijke stemming aangevraagd over zijn debataanvraag. "
        "De hoofdelijke stemming vindt dinsdag tegen het einde van de middag plaats.", tuesday).candidates
        if c.kind == "deadline"]
    assert found == [(tuesday, ["Timmermans"])]  # who asked for it, named in the sentence before
    [(due, title)] = _deadlines("De vraag komt vandaag aan bod in een ordedebat.", tuesday)
    assert due == tuesday and title == "Ordedebat"
    assert _deadlines("Het debat vond vandaag plaats.", tuesday) == []


def test_the_kamer_that_must_or_can_treat_something_by_a_term() -> None:
    [(due, _)] = _deadlines("De Eerste Kamer moet de wet voor 1 januari aannemen.", REF)
    assert due == dt.date(2024, 12, 31)
    [(due, _)] = _deadlines(
        "De stukken komen vermoedelijk voor het debat dat de Kamer volgende week zal hebben over het overleg.", REF)
    assert due == dt.date(2024, 3, 15)


def test_a_promise_recalled_as_still_open_is_a_commitment() -> None:
    [c] = [c for c in extract("De minister zou nog een reactie geven op het promotieonderzoek naar studenten die lang "
                              "moeten reizen.", REF).candidates if c.kind == "commitment"]
    assert c.status == "open" and "promotieonderzoek" in c.title and "minister" in [a.name for a in c.actors]
    # the conditional, and one refused, promise nothing
    for text in ("De minister zou dat nog kunnen overwegen en een brief kunnen sturen.",
                 "De minister zou nog geen brief sturen over de studenten."):
        assert [c for c in extract(text, REF).candidates if c.kind == "commitment"] == [], text


def test_a_motion_named_by_its_filer_and_what_it_asks_is_filed() -> None:
    """"de motie die X indiende om ..." names X's motion (a pronoun, "die hij indiende", points back); "Een motie
    van het CDA, die opriep om ..." is the CDA's, filed, in a text that tells no votes."""
    ref = dt.date(2023, 5, 10)
    found = [(c.kind, c.status, [a.name for a in c.actors]) for c in extract(
        "Het debat over het mbo werd woensdag gevoerd. Dat geldt ook voor de motie die Bruins mede namens D66 indiende "
        "om studenten te helpen met hun Nederlands.", ref).candidates]
    assert found == [("motion", "submitted", ["Bruins"])]
    found = [(c.kind, c.status) for c in extract(
        "Het debat over het mbo werd woensdag gevoerd. Een motie van het CDA, die opriep om aandacht te hebben voor "
        "krimpregio's, vond de minister overbodig.", ref).candidates]
    assert found == [("motion", "submitted")]


def test_the_minister_as_he_in_a_clause_that_promises_a_reaction() -> None:
    ref = dt.date(2023, 5, 10)
    [c] = extract("Minister Dijkgraaf vond de motie overbodig. Krimp is volgens hem een deel van de verkenning, die "
                  "voor de zomer verschijnt en waar hij in het najaar op zal reageren.", ref).candidates
    assert (c.kind, c.status, c.due, [a.name for a in c.actors]) == (
        "commitment", "open", dt.date(2023, 12, 21), ["Dijkgraaf"])
    # a request in the passive is no promise
    assert all(c.kind != "commitment" for c in extract(
        "De minister zal worden verzocht de vragen uiterlijk 3 juni te beantwoorden.", ref).candidates)
