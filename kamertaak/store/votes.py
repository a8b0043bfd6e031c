"""A motion as the register decided it, from the stored entities: the vote decision, the tally per party,
the cabinet's appreciation and who signed it. Read by every face (show, the detail screen, the weekly
report); the counting rules are core.votes'.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from kamertaak.core.moments import local_moment
from kamertaak.core.votes import DecisionRow, VoteCount, VoteRow, count_votes, deciding
from kamertaak.store.db import Database
from kamertaak.store.entities import Entity, EntityStore


@dataclass
class MotionFacts:
    """What the register says about a motion beyond its status."""

    decision: DecisionRow | None = None
    count: VoteCount | None = None
    appreciation: str = ""
    submitters: list[str] = field(default_factory=list)
    cosigners: list[str] = field(default_factory=list)

    @property
    def decided_on(self) -> dt.date | None:
        return self.decision.meeting.date() if self.decision and self.decision.meeting else None

    def votes(self) -> dict[str, Any] | None:
        """`{"for", "against", "parties": [{"party", "seats", "for", "against"}]}`, or None before a vote."""
        return self.count.as_dict() if self.count and self.count.parties else None


def _meeting(activity: Entity) -> dt.datetime | None:
    """When a meeting was held, on the Dutch clock (its date, and its start time when known)."""
    day = local_moment(activity.field("datum"))
    start = local_moment(activity.field("aanvangstijd"))
    if day is None:
        return dt.datetime.combine(start[0], start[1] or dt.time()) if start else None
    return dt.datetime.combine(day[0], start[1] if start and start[1] else day[1] or dt.time())


def _int(value: str) -> int:
    return int(value) if value.strip().isdigit() else 0


def _label(actor: Entity) -> str:
    name, party = actor.field("actorNaam"), actor.field("actorFractie")
    return f"{name} ({party})" if name and party else name


def decision_rows(entities: EntityStore, case_id: str) -> list[DecisionRow]:
    """The live decisions on a case, each with the date of the meeting it was taken in."""
    rows = []
    for besluit in entities.children("besluit", "zaak", case_id):
        meeting = None
        point = entities.get("agendapunt", besluit.ref("agendapunt"))
        activity = entities.get("activiteit", point.ref("activiteit")) if point else None
        if activity is not None:
            meeting = _meeting(activity)
        changed = dt.datetime.fromisoformat(besluit.changed_at).replace(tzinfo=None) if besluit.changed_at else None
        rows.append(DecisionRow(id=besluit.id, soort=besluit.field("besluitSoort"), status=besluit.field("status"),
                                meeting=meeting, order=_int(besluit.field("agendapuntZaakBesluitVolgorde")),
                                changed=changed, text=besluit.field("besluitTekst"),
                                vote_kind=besluit.field("stemmingsSoort")))
    return rows


def vote_rows(entities: EntityStore, decision_id: str) -> list[VoteRow]:
    return [VoteRow(id=v.id, party=v.field("actorFractie"), choice=v.field("soort"),
                    seats=_int(v.field("fractieGrootte")), person=v.ref("persoon") or "", name=v.field("actorNaam"),
                    mistake=v.field("vergissing").lower() in ("true", "1"))
            for v in entities.children("stemming", "besluit", decision_id)]


def motion_facts(db: Database, case_id: str | None) -> MotionFacts | None:
    """The register's facts on the motion with this case id, or None when the case is not stored."""
    entities = EntityStore(db, lambda: "")
    case = entities.get("zaak", case_id)
    if case is None:
        return None
    facts = MotionFacts(appreciation=case.field("kabinetsappreciatie"))
    for actor in sorted(entities.children("zaakActor", "zaak", case.id), key=lambda a: a.id):
        relation = " ".join(actor.field("relatie").split()).lower()
        if relation == "indiener":
            facts.submitters.append(_label(actor))
        elif relation == "medeindiener":
            facts.cosigners.append(_label(actor))
    facts.decision = deciding(decision_rows(entities, case.id))
    if facts.decision is not None:
        facts.count = count_votes(vote_rows(entities, facts.decision.id), facts.decision.vote_kind)
    return facts
