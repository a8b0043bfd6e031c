""""Vandaag" that tells when a speaker does the act of the clause ("dien ik vandaag een motie in") is no term: a
motion's due is its dictum's own term or its vote's date, never the day it is handed in (u8 saw a filed motion
under "Vandaag" with a reminder). Sentences of my own."""

from __future__ import annotations

import datetime as dt

from kamertaak.core.extract import extract

REF = dt.date(2024, 3, 6)

TURN = (
    "Aan de orde is het tweeminutendebat Jeugdzorg.\n\n"
    "Mevrouw De Wit (SP):\n\n"
    "Voorzitter. Vorig jaar nam de Kamer een motie aan waarin de staatssecretaris werd gevraagd om de wachtlijsten "
    "te halveren. Omdat hij heeft gezegd dat hij die motie niet uitvoert, dien ik vandaag een nieuwe motie in, die "
    "verder gaat.\n\n"
    "De Kamer,\n\ngehoord de beraadslaging,\n\noverwegende, dat:\n\n"
    "  • - de wachtlijsten in de jeugdzorg oplopen;\n\n"
    "  • - gemeenten te weinig geld hebben;\n\n"
    "verzoekt de regering{term} een plan te maken om de wachtlijsten in de jeugdzorg te halveren"
)


def _motions(text: str) -> list:  # type: ignore[type-arg]
    motions = [c for c in extract(text, REF).candidates if c.kind == "motion"]
    assert motions
    return motions


def test_the_day_a_motion_is_handed_in_is_not_its_term() -> None:
    # the excerpt ends inside the dictum, as a copied page may
    assert [(m.due, m.due_phrase) for m in _motions(TURN.format(term=""))] == [(None, None)] * len(
        _motions(TURN.format(term="")))
    closed = TURN.format(term="") + ",\n\nen gaat over tot de orde van de dag.\n\nDe Wit\n"
    assert all(m.due is None for m in _motions(closed))
    announced = ("Commissiedebat Jeugdzorg, 6 maart 2024\nMevrouw De Wit (SP): Ik dien vandaag een motie in over de "
                 "wachtlijsten, want de staatssecretaris doet te weinig.")
    assert [(m.status, m.due) for m in _motions(announced)] == [("announced", None)]


def test_a_term_in_the_dictum_stays_the_motions_term() -> None:
    closed = TURN.format(term=" uiterlijk 1 juli 2024") + ",\n\nen gaat over tot de orde van de dag.\n\nDe Wit\n"
    assert [m.due for m in _motions(closed)] == [dt.date(2024, 7, 1)]


def test_today_stays_a_term_when_it_is_promised() -> None:
    text = ("Commissiedebat Jeugdzorg, 6 maart 2024\n"
            "De staatssecretaris: Ik stuur de Kamer vandaag nog de brief over de wachtlijsten.")
    [c] = [c for c in extract(text, REF).candidates if c.kind == "commitment"]
    assert c.due == REF
