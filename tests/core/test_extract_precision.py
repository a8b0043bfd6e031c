"""Candidates nobody would note (fifteenth session): what a text tells of the past, of motions in general, of
itself, and what someone wants, is no follow-up. Every text here is our own, in the shape of the real ones."""

from __future__ import annotations

import datetime as dt

import pytest

from kamertaak.core.extract import extract

D = dt.date


_LETTER = ("Nr. 12 BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT\n\n"
           "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 februari 2024\n\n")


def _kinds(text: str, ref: dt.date, kind: str) -> list:
    return [c for c in extract(text, ref).candidates if c.kind == kind]


@pytest.mark.parametrize("sentence", [
    "De moties volgden op het debat van 16 mei.",
    "Van de moties die zijn ingediend in het dertigledendebat van 16 mei is een deel aangenomen.",
])
def test_a_day_without_its_year_shortly_before_the_text_is_that_day_not_next_years(sentence: str) -> None:
    """Read on 22 May 2024, "het debat van 16 mei" was six days before: over, no term (the old code proposed the
    debate of 16 May 2025, the next 16 May the phrase alone gives)."""
    assert _kinds(sentence, D(2024, 5, 22), "deadline") == []


def test_a_day_without_its_year_after_the_text_is_still_to_come() -> None:
    [d] = _kinds("Het commissiedebat over de jeugdzorg is op 16 mei.", D(2024, 5, 10), "deadline")
    assert d.due == D(2024, 5, 16)


def test_a_meeting_told_in_the_perfect_on_the_texts_day_is_over() -> None:
    """"heeft ... het debat ... afgerond" on the day the text was written: held, no term (the old code proposed the
    debate as a deadline on that day)."""
    text = ("Mediawet aangenomen na derde termijn\n\nDe Eerste Kamer heeft dinsdag 8 maart 2016 na een derde termijn "
            "het debat over het toekomstbestendig maken van de publieke omroep afgerond.")
    assert _kinds(text, D(2016, 3, 8), "deadline") == []


@pytest.mark.parametrize("sentence", [
    "Maar wat heeft een motie nog voor nut wanneer er zo veel worden ingediend dat het kabinet ze negeert?",
    "Dat er zo veel moties van wantrouwen worden ingediend, dat geen bewindspersoon er nog wakker van ligt?",
    "Hier vindt u door de raad aangenomen moties.",
])
def test_a_question_about_motions_or_the_text_showing_its_reader_motions_is_no_motion(sentence: str) -> None:
    """A question about motions, or a page telling its reader where motions are shown, names none (the old code
    proposed each as a filed or adopted motion)."""
    assert _kinds(sentence, D(2024, 3, 14), "motion") == []


def test_a_letter_telling_its_reader_what_its_overview_shows_names_no_motion() -> None:
    text = _LETTER + ("In onderstaand overzicht, leest u welke amendementen en moties, ingediend bij de begroting, "
                      "inmiddels zijn uitgevoerd.")
    assert _kinds(text, D(2024, 2, 3), "motion") == []


def test_a_question_naming_a_members_motion_still_names_it() -> None:
    text = "Waarom voert de minister de aangenomen motie van Bakker (CDA) over pleegzorg niet uit?"
    assert [[a.name for a in m.actors] for m in _kinds(text, D(2024, 3, 14), "motion")] == [["Bakker"]]


def test_a_letter_telling_what_it_does_itself_is_no_promise() -> None:
    """The letter informing the Kamer now, owed to no promise or request, is the letter itself (the old code proposed
    an open promise to inform the Kamer by the meeting's day)."""
    text = _LETTER + ("Voorafgaand aan het wetgevingsoverleg Sport op 12 februari informeer ik uw Kamer in deze brief "
                      "graag over de stand van zaken op het terrein van sport en bewegen.")
    assert _kinds(text, D(2024, 2, 3), "commitment") == []


def test_a_letter_keeping_a_promise_is_still_one() -> None:
    text = _LETTER + ("In het commissiedebat van 10 januari heb ik toegezegd uw Kamer te informeren over de "
                      "sportakkoorden. Met deze brief informeer ik uw Kamer daarover, zoals toegezegd.")
    assert "done" in [c.status for c in _kinds(text, D(2024, 2, 3), "commitment")]


def test_what_the_kamer_wants_is_no_term_of_the_classifiers() -> None:
    """A wish is no promise, and no term either: the learned classifier's deadline is refused as its promise is (the
    old code proposed "Nederland het gebruik van kooihuisvesting voor konijnen afbouwt" by 15 January)."""
    text = ("Kamer wil af van kooien\n\nDe Tweede Kamer wil dat Nederland het gebruik van kooihuisvesting voor "
            "konijnen zo snel mogelijk afbouwt.")
    assert _kinds(text, D(2020, 12, 18), "deadline") == []


@pytest.mark.parametrize(("before", "sentence"), [
    (" • Kamer dient moties in voor de voltijdbonus\n\n  ",
     "In de tweede termijn konden de Tweede Kamer moties indienen."),  # (as the writer put it)
    ("Dit jaar zijn er bijna 4.900 moties ingediend.\n\nHet aantal ingediende moties ligt hoger dan tussen 2009 en "
     "2017. ", "Eén verklaring is dat er steeds meer fracties zijn gekomen, die zich via moties willen profileren."),
    ("", "GroenLinks had al aangekondigd een dergelijke motie te zullen steunen."),
])
def test_who_may_file_motions_and_a_motion_like_another_name_no_motion(before: str, sentence: str) -> None:
    """Who may file motions, motions as a means, a motion like one told: no motion filed or announced (the old code
    proposed each)."""
    assert not any(m.quote.startswith(sentence[:30]) for m in _kinds(before + sentence, D(2022, 9, 22), "motion"))


def test_a_motion_like_another_with_its_own_subject_is_one() -> None:
    text = "GroenLinks diende een dergelijke motie over de huren in, die werd verworpen."
    assert [m.status for m in _kinds(text, D(2024, 3, 14), "motion")] == ["rejected"]


def test_what_someone_pleads_for_is_no_term() -> None:
    """A plea for the government's act is someone's wish, as "wil dat" is (the old code proposed the classifier's
    deadline by the end of 2025)."""
    text = ("Al op 15 september pleitte de ANBO voor acute maatregelen van het kabinet om te voorkomen dat de "
            "pensioenen van vele ouderen in 2025 gekort zouden worden.")
    assert _kinds(text, D(2024, 11, 1), "deadline") == []
