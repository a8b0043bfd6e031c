"""A day Dutch calls coming ("op 4 juni aanstaande", "van oktober a.s."): something is set for it, whatever the verb's
tense and whatever the meeting is called (core/extract/events.py). The sentences are written for this file."""

from __future__ import annotations

import datetime as dt

from kamertaak.core.extract import Candidate, extract

D = dt.date


def deadlines(text: str, ref: dt.date) -> list[Candidate]:
    return [c for c in extract(text, ref).candidates if c.kind == "deadline"]


def test_a_meeting_planned_in_the_perfect_tense_on_a_coming_day_is_to_come() -> None:
    for text in (
        "Op 12 maart aanstaande heeft de commissie een rondetafelgesprek gepland over de toekomst van de visserij.",
        "De vaste commissie heeft voor 20 maart a.s. een commissiedebat over de jeugdzorg ingepland.",
    ):
        [event] = deadlines(text, D(2025, 3, 3))
        assert event.status == "upcoming"
        assert event.due in (D(2025, 3, 12), D(2025, 3, 20)), text


def test_a_meeting_planned_in_the_perfect_tense_on_a_later_day_is_to_come_and_one_held_is_history() -> None:
    [event] = deadlines("Op 14 mei heeft de commissie een hoorzitting over de Omgevingswet gepland.", D(2025, 5, 2))
    assert event.due == D(2025, 5, 14)
    held = "De commissie heeft op 14 april een hoorzitting over de Omgevingswet gehouden."
    assert deadlines(held, D(2025, 5, 2)) == []


def test_what_is_planned_voor_a_coming_day_is_on_that_day() -> None:
    text = "Voor donderdag 13 maart a.s. is een plenair debat ingepland over de stikstofaanpak."
    [event] = deadlines(text, D(2025, 3, 3))
    assert event.due == D(2025, 3, 13)


def test_any_act_on_a_day_called_coming_is_a_day_to_watch() -> None:
    cases = [
        # an EU council by its month, a meeting no event word names
        ("Het voorzitterschap wil in de Milieuraad van juni a.s. een akkoord bereiken over de verordening.",
         D(2025, 6, 30)),
        # a signing by the minister
        ("Ik ga het convenant op 8 april aanstaande met de provincies en de waterschappen ondertekenen.",
         D(2025, 4, 8)),
        # the chair's proposal to reopen a debate
        ("Ik stel voor om op 25 maart aanstaande de beraadslaging over het wetsvoorstel kort te heropenen.",
         D(2025, 3, 25)),
    ]
    for text, due in cases:
        found = deadlines(text, D(2025, 3, 3))
        assert [c.due for c in found] == [due], text
        assert "aanstaande" not in found[0].title and "a.s." not in found[0].title
    # "aanstaande" of no day: nothing set
    no_day = "Twee gemeenten stellen de verkiezingen uit vanwege een aanstaande herindeling."
    assert deadlines(no_day, D(2025, 3, 3)) == []
    assert deadlines("De aanstaande ministers moeten wegblijven bij de opening.", D(2025, 3, 3)) == []
