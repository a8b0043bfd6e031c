"""Written questions (Kamervragen) from the register's own entities (tk-opendata fact 11).

A question is a `zaak` with soort `Schriftelijke vragen`. Its `zaakActor` rows name the members who ask
(`Indiener`, `Medeindiener`) and the minister asked (`Gericht aan`, with `functie` such as "minister van
Financiën"); its `document` rows are the question itself (`Schriftelijke vragen`), a postponement notice
(`Mededeling (uitstel antwoord)`) and the answer (`Antwoord schriftelijke vragen`, also `(nader)`).
The answer is due three weeks after the question, six weeks after it once a postponement notice is
there (Reglement van Orde); the question is open until an answer document exists.
"""

from __future__ import annotations

import datetime as dt

from kamertaak.core.moments import local_date
from kamertaak.core.refs import normalise_register
from kamertaak.core.text import one_line
from kamertaak.store.entities import Entity, EntityStore
from kamertaak.sync.entities import CASE, CASE_ACTOR, DOCUMENT
from kamertaak.sync.mapping import TITLE_WIDTH, RegisterEntry

QUESTION = "Schriftelijke vragen"  # Zaak.Soort, and the category of the mirror
ANSWER_DAYS = 21
POSTPONED_DAYS = 42

ASKED_DOCUMENT = "schriftelijke vragen"
POSTPONEMENT = "mededeling (uitstel antwoord)"
ANSWERS = ("antwoord schriftelijke vragen", "antwoord schriftelijke vragen (nader)")


def _words(value: str) -> str:
    return " ".join(value.split()).lower()


def is_question(case: Entity) -> bool:
    return _words(case.field("soort")) == _words(QUESTION)


def _ministry(function: str) -> str:
    """'minister van Financiën' → 'Financiën'; 'staatssecretaris van Justitie en Veiligheid' → ..."""
    words = function.strip()
    for marker in (" van ", " voor "):
        if marker in words.lower():
            return words[words.lower().index(marker) + len(marker):].strip()
    return ""


def _role(function: str) -> str:
    first = function.strip().split(" ", 1)[0].lower()
    return {"minister": "minister", "staatssecretaris": "state_secretary"}.get(first, "other")


def map_question(entities: EntityStore, case: Entity) -> RegisterEntry:
    """The mirror's entry for a written question, with its status and the answer's due date."""
    entry = RegisterEntry(category=QUESTION, kind="question", external_id=case.id, deleted=case.deleted,
                          changed_at=case.changed_at)
    entry.number = normalise_register(case.field("nummer"))
    if case.deleted:
        return entry
    subject = case.field("onderwerp") or case.field("titel")
    entry.text = subject
    entry.title = one_line(subject, TITLE_WIDTH) or entry.number
    for actor in sorted(entities.children(CASE_ACTOR, CASE, case.id), key=lambda a: a.id):
        relation, name = _words(actor.field("relatie")), actor.field("actorNaam")
        if not name:
            continue
        if relation in ("indiener", "medeindiener"):
            party = actor.field("actorFractie")
            member = {"name": name, "party": party, "role": "member", "ministry": ""}
            # The first submitter leads: keep Indiener before Medeindiener.
            entry.actors.insert(sum(1 for a in entry.actors if a["role"] == "member") if relation == "medeindiener"
                                else 0, member)
            entry.people.append(name)
            if party and party not in entry.parties:
                entry.parties.append(party)
        elif relation == "gericht aan":
            function = actor.field("functie")
            ministry = _ministry(function)
            entry.actors.append({"name": name, "party": "", "role": _role(function), "ministry": ministry})
            entry.people.append(name)
            entry.ministry = entry.ministry or ministry
    documents = entities.children(DOCUMENT, CASE, case.id)
    kinds = {d.id: _words(d.field("soort")) for d in documents}
    asked_on = min((day for d in documents if kinds[d.id] == ASKED_DOCUMENT
                    for day in [local_date(d.field("datum"))] if day), default=None)
    asked_on = asked_on or local_date(case.field("gestartOp"))
    entry.made_on = asked_on.isoformat() if asked_on else None
    answers = sorted((d for d in documents if kinds[d.id] in ANSWERS), key=lambda d: d.field("datum"))
    postponed = any(kinds[d.id] == POSTPONEMENT for d in documents)
    entry.letters = [d.field("documentNummer") for d in answers if d.field("documentNummer")]
    if answers:
        entry.status, entry.raw_status = "answered", answers[-1].field("soort")
    elif postponed:
        entry.status, entry.raw_status = "postponed", "Mededeling (uitstel antwoord)"
    else:
        entry.status, entry.raw_status = "asked", QUESTION
    if asked_on:
        entry.due = (asked_on + dt.timedelta(days=POSTPONED_DAYS if postponed else ANSWER_DAYS)).isoformat()
    return entry
