"""The debate's title a person would write (u3 bugs 4, 5, 7), in texts of my own: a letter's title line without
the site's document type, a headline under a site's section label, a Kamerstuk's one-word dossier heading that
gives way to the title line, and a meeting named with its subject after the meeting word."""

from __future__ import annotations

import datetime as dt

import pytest

from kamertaak.core.extract import extract
from kamertaak.core.extract.clean import clean_text
from kamertaak.core.extract.header import heading_title as title_of_clean
from kamertaak.core.extract.header import meeting_subject

REF = dt.date(2026, 3, 4)


def heading_title(text: str) -> str | None:
    return title_of_clean(clean_text(text), text)

BODY = "\nDe minister zegt toe de Kamer voor de zomer te informeren over de huren.\n"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a site's document type before the title: the title is what follows
        ("Brief regering : Voortgangsbrief huurbeleid maart 2026\n31 200 Huur\nNr. 12" + BODY,
         "Voortgangsbrief huurbeleid maart 2026"),
        # a section label above the headline is no title; the headline under it is
        ("Achtergrond Politiek\n\nWat deed de Kamer met de huurmoties?\n\n4 maart 2026 - Redactie" + BODY,
         "Wat deed de Kamer met de huurmoties?"),
        ("Nieuws\nKamer wil huurbevriezing voor sociale huur\n" + BODY, "Kamer wil huurbevriezing voor sociale huur"),
        # a one-word dossier heading is no title: the line above it is
        ("Verzamelbrief wonen en ruimte\n32 847 Woonbeleid\nNr. 901" + BODY, "Verzamelbrief wonen en ruimte"),
        # u15: a title line as long as the text's lines is one line of its own, however the lines are joined
        ("Brief regering : Programma ‘Een thuis voor iedereen’ en rapport 'Voorrang bij toewijzing sociale "
         "huurwoningen'\n32 847 Integrale visie op de woningmarkt\nNr. 883\nDen Haag, 11 mei 2022\nHierbij stuur ik u "
         "het programma en het rapport, zoals ik in het commissiedebat van april heb toegezegd.\n",
         "Programma 'Een thuis voor iedereen' en rapport 'Voorrang bij toewijzing sociale huurwoningen'"),
        ("Brief regering : Verzamelbrief circulaire economie april 2025\nDen Haag, 3 april 2025\n\nIk zeg toe de Kamer "
         "voor de zomer te informeren over de huurgrens.\n", "Verzamelbrief circulaire economie april 2025"),
    ],
)
def test_a_text_without_a_named_debate_is_titled_as_a_person_would(text: str, title: str) -> None:
    assert heading_title(text) == title
    assert extract(text, REF).debate.title == title


@pytest.mark.parametrize(
    ("after", "subject"),
    [
        ("\nwonen en ruimte op 12 maart aanstaande", "wonen en ruimte"),  # lowercase, on the next line
        (" Landbouw, Natuur en Voedselkwaliteit op 1 oktober", "Landbouw, Natuur en Voedselkwaliteit"),
        (" Zeden en (on)veiligheid vrouwen.", "Zeden en (on)veiligheid vrouwen"),
        (" jeugdzorg, waarin de minister", "jeugdzorg"),
        (" van 3 april", None),
        (" op dinsdag", None),
        (" is verplaatst naar juni", None),
        (" inplannen.", None),  # what is done with the meeting, not its subject
        (" over de jeugdzorg", None),  # an `over` phrase has its own rule
        (" ter voorbereiding op de top", None),
        ("\n\nDe minister", None),  # a new paragraph is not the meeting's name
    ],
)
def test_the_subject_after_a_meeting_word(after: str, subject: str | None) -> None:
    assert meeting_subject(after) == subject


def test_a_meeting_announced_with_its_subject_keeps_it_in_the_title() -> None:
    """u3 bug 7: a letter announcing 'het commissiedebat\\nwonen en ruimte op 12 maart' gave a bare
    'Commissiedebat'."""
    text = ("Onderwerp: Stand van zaken woningbouw\nDen Haag, 2 maart 2026\nGeachte voorzitter,\n"
            "Met deze brief ontvangt de Tweede Kamer informatie ten behoeve van het commissiedebat\nwonen en ruimte"
            " op 12 maart aanstaande.\n")
    ex = extract(text, REF)
    assert ex.debate.title == "Stand van zaken woningbouw"
    events = [c for c in ex.candidates if c.kind == "deadline"]
    assert [(c.title, c.due) for c in events] == [("Commissiedebat wonen en ruimte", dt.date(2026, 3, 12))]


def test_a_kamerstuk_named_by_a_one_word_dossier() -> None:
    """u4: a Kamerbrief as officielebekendmakingen prints it ('26 991 Voedselveiligheid', then 'Nr. 524 BRIEF VAN
    ...') was named after its file: a dossier's name of one word was taken for no title."""
    letter = ("Kamerstuk\n\n40 123 Kinderopvang\n\nNr. 17 BRIEF VAN DE STAATSSECRETARIS VAN SOCIALE ZAKEN\n\n"
              "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 2 maart 2026\n\n"
              "Hierbij stuur ik u de voortgangsrapportage.\n")
    assert heading_title(letter) == "Kinderopvang"
    assert heading_title("40 123 Kinderopvang en onderwijs\n\nTekst.\n") == "Kinderopvang en onderwijs"
    assert heading_title("Memo\n\n12 345\n\nTekst.\n") is None


def test_a_budget_chapters_long_dossier_heading_is_the_title() -> None:
    """u11: a motion as officielebekendmakingen prints it under its budget chapter ('40 500 VII Vaststelling van de
    begrotingsstaten ... voor het jaar 2027', longer than a headline) was named after its file."""
    motion = ("40 500 VII Vaststelling van de begrotingsstaten van het Ministerie van Binnenlandse Zaken en "
              "Koninkrijksrelaties (VII) voor het jaar 2027\n\nNr. 21 MOTIE VAN HET LID JANSEN C.S.\n\n"
              "Voorgesteld 8 november 2026\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering, de "
              "Kamer voor 1 april 2027 een plan voor te leggen,\n\nen gaat over tot de orde van de dag.\n\nJansen\n")
    assert heading_title(motion) == ("Vaststelling van de begrotingsstaten van het Ministerie van Binnenlandse Zaken "
                                     "en Koninkrijksrelaties (VII) voor het jaar 2027")


def test_a_letter_is_titled_by_its_own_headline_and_speaks_for_its_sender() -> None:
    """u5 bug 1: a Kamerbrief as a Kamerstuk site prints it (its headline, the dossier, 'Nr. 394 BRIEF VAN DE
    MINISTER ...') was titled by the dossier, which names many letters, and its sender was missed."""
    letter = ("Voortgangsbrief moties en toezeggingen kinderopvang\n\nKinderopvang\n\nBrief regering\n\n"
              "Tweede Kamer der Staten-Generaal\nVergaderjaar 2025-2026\n\n40 123 Kinderopvang\n\n"
              "Nr. 88 BRIEF VAN DE STAATSSECRETARIS VAN SOCIALE ZAKEN EN WERKGELEGENHEID\n\n"
              "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 2 maart 2026\n\n"
              "In mijn brief van 3 februari heb ik toegezegd voor de zomer de evaluatie van de toeslag met uw Kamer"
              " te delen.\n")
    found = extract(letter, REF)
    assert found.debate.title == "Voortgangsbrief moties en toezeggingen kinderopvang"
    assert [a.name for a in found.actors] == ["staatssecretaris van SZW"]
    szw = ["staatssecretaris van SZW"]
    assert found.candidates and all([a.name for a in c.actors] == szw for c in found.candidates)
    # Its subject line, when it has one, comes first.
    assert heading_title("Onderwerp: Evaluatie toeslag kinderopvang\n" + letter) == "Evaluatie toeslag kinderopvang"


def test_committee_minutes_are_titled_by_their_long_first_line() -> None:
    """u5 bug 3: minutes whose first line names the meeting (too long for a headline) were named after the file."""
    minutes = ("Korte aantekeningen vergadering commissies Sociale Zaken en Werkgelegenheid (SZW) en Onderwijs,"
               " Cultuur en Wetenschap (OCW) van 4 maart 2026\n1. Halfjaarlijks toezeggingenrappel\n\n"
               "De commissies besluiten toezegging T03001 als voldaan aan te merken.\n")
    assert extract(minutes, REF).debate.title == (
        "Korte aantekeningen vergadering commissies Sociale Zaken en Werkgelegenheid (SZW) en Onderwijs, Cultuur en"
        " Wetenschap (OCW)")


def test_a_committee_report_under_a_sites_document_type_is_titled_by_its_subject() -> None:
    """A commissiedebat's report as the Kamer's site prints it: its document type before a colon, then the report's
    own line (hard-wrapped onto the dossier's heading). Titled 'Verslag van een commissiedebat' before."""
    report = ("Verslag van een commissiedebat : Verslag van een commissiedebat, gehouden op 4 februari 2026, over"
              " Toeslagen en kinderopvang\n40 123 Kinderopvang\nNr. 90 VERSLAG VAN EEN COMMISSIEDEBAT\n"
              "Vastgesteld 2 maart 2026\nDe vaste commissie voor Sociale Zaken en Werkgelegenheid heeft op 4 februari"
              " 2026 overleg gevoerd met de staatssecretaris.\n")
    debate = extract(report, REF).debate
    assert (debate.title, debate.kind, debate.date) == ("Toeslagen en kinderopvang", "commissiedebat",
                                                        dt.date(2026, 2, 4))


def test_a_meeting_to_come_named_in_the_body_is_not_the_debates_date() -> None:
    # "in een brief voor het wetgevingsoverleg van 12 april": a meeting ahead, not the debate the text reports; taken
    # as the debate's day it was last year's 12 April and every term counted from it came a year early
    found = extract(
        "Aan de orde is het tweeminutendebat Wonen.\n\nMinister Jansen:\n\nVoorzitter. Ik zeg toe dat ik de Kamer voor "
        "de zomer een brief stuur over de uitvoering. Op de vraag van mevrouw Kok over de huren kom ik terug in een "
        "brief voor het wetgevingsoverleg van 12 april.", dt.date(2024, 3, 20))
    assert found.debate.date != dt.date(2023, 4, 12)
    assert {c.due for c in found.candidates if c.kind == "commitment"} >= {dt.date(2024, 7, 4)}
