"""The debate's title a person would write (u3 bugs 4, 5, 7), in texts of my own: a letter's title line without
the site's document type, a headline under a site's section label, a Kamerstuk's one-word dossier heading that
gives way to the title line, and a meeting named with its subject after the meeting word."""

from __future__ import annotations

import datetime as dt

import pytest

from kamertaak.core.extract import extract
from kamertaak.core.extract.header import heading_title, meeting_subject

REF = dt.date(2026, 3, 4)
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
