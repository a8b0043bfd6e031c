"""A term that had passed before the debate is the follow-up's due date, shown as passed, not dropped (a missed
deadline a lobbyist wants to see), in sentences of my own. `deadline_in` (what `deadline --batch` answers) is
unchanged by it."""

from __future__ import annotations

import datetime as dt

from kamertaak.core.deadlines import deadline_in, passed_terms
from kamertaak.core.extract import extract

DEBATE = "Commissiedebat Wonen, 3 april 2025\n"


def test_a_missed_term_with_its_year_is_the_due_date() -> None:
    text = DEBATE + "De minister zegde toe de Kamer uiterlijk 1 maart 2025 een brief te sturen over de huurgrens."
    [c] = extract(text, dt.date(2025, 4, 10)).candidates
    assert (c.kind, c.due, c.due_phrase) == ("commitment", dt.date(2025, 3, 1), "uiterlijk 1 maart 2025")
    assert "maart" not in c.title  # the phrase is no part of the title, as with a term still to come


def test_a_past_date_without_a_deadline_word_or_year_is_no_term() -> None:
    said = "De minister zegde toe de Kamer op 1 maart 2025 een brief te hebben gestuurd."
    assert passed_terms(said, dt.date(2025, 4, 3)) == []
    assert passed_terms("De minister stuurt voor 1 maart een brief.", dt.date(2025, 4, 3)) == []
    [term] = passed_terms("De minister stuurt uiterlijk 1 maart 2025 een brief.", dt.date(2025, 4, 3))
    assert (term.phrase, term.resolution.due, term.term) == ("uiterlijk 1 maart 2025", dt.date(2025, 3, 1), True)


def test_deadline_in_answers_as_before() -> None:
    found = deadline_in("De minister stuurt uiterlijk 1 maart 2025 een brief.", dt.date(2025, 4, 3))
    assert found is not None and found.resolution.due == dt.date(2025, 3, 1)
    assert deadline_in("De minister stuurde op 1 maart 2025 een brief.", dt.date(2025, 4, 3)) is None
