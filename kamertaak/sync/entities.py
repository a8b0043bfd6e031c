"""Register Records into the entity store, and what each one touches: the activities (debates), written
questions and motions that have to be looked at again.

A Record is the Kamer's entity in the XSD's own words (see kamertaak.sync.records). Children own their
links (tk-opendata fact 18): a vote names its decision, a decision and a document their case, an agenda
item its activity, a case its agenda items. So a page of any category can change what an activity, a
question or a motion looks like; `affected` follows the links up to them, through what is stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from kamertaak.store.entities import Entity, EntityStore

ACTIVITY = "activiteit"
AGENDA_ITEM = "agendapunt"
CASE = "zaak"
CASE_ACTOR = "zaakActor"
DOCUMENT = "document"
DECISION = "besluit"
VOTE = "stemming"
DOSSIER = "kamerstukdossier"
ACTIVITY_ACTOR = "activiteitActor"
# The categories this module keeps and follows up (the feed's category names, lower camel case).
CATEGORIES = (ACTIVITY, AGENDA_ITEM, ACTIVITY_ACTOR, CASE, CASE_ACTOR, DOCUMENT, DECISION, VOTE, DOSSIER)


class RecordLike(Protocol):
    """What is read of a Record (kamertaak.sync.records.Record)."""

    @property
    def category(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def deleted(self) -> bool: ...
    @property
    def changed(self) -> dt.datetime | None: ...
    @property
    def fields(self) -> Mapping[str, str | None]: ...
    @property
    def refs(self) -> Mapping[str, tuple[str, ...]]: ...


@dataclass
class Touched:
    """Ids of the activities and cases a batch of records may have changed, in the order met."""

    activities: list[str] = field(default_factory=list)
    cases: list[str] = field(default_factory=list)

    def add(self, kind: str, ident: str | None) -> None:
        if not ident:
            return
        bucket = self.activities if kind == ACTIVITY else self.cases
        if ident not in bucket:
            bucket.append(ident)


def _key(category: str) -> str:
    """Category names compare without case (the feed echoes 'zaakactor' as well as 'zaakActor')."""
    lowered = category.lower()
    return next((c for c in CATEGORIES if c.lower() == lowered), category)


def store_records(entities: EntityStore, records: Iterable[RecordLike]) -> Touched:
    """Keep every record of our categories; returns the activities and cases to look at again."""
    touched = Touched()
    for record in records:
        category = _key(record.category)
        if category not in CATEGORIES:
            continue
        changed_at = record.changed.astimezone(dt.UTC).isoformat() if record.changed else None
        previous = entities.get(category, record.id)
        if not entities.put(category, record.id, deleted=record.deleted, changed_at=changed_at,
                            fields=dict(record.fields), refs={k: tuple(v) for k, v in record.refs.items()}):
            continue
        stored = entities.get(category, record.id)
        for entity in (previous, stored):
            if entity is not None:
                _follow_up(entities, entity, touched)
    return touched


def _follow_up(entities: EntityStore, entity: Entity, touched: Touched) -> None:
    """The activities and cases an entity is part of (through the stored links)."""
    category = entity.category
    if category == ACTIVITY:
        touched.add(ACTIVITY, entity.id)
        # A meeting that replaces or continues another moves that one's debate.
        for name in ("vervangenVanuit", "voortgezetVanuit"):
            touched.add(ACTIVITY, entity.ref(name))
    elif category in (AGENDA_ITEM, ACTIVITY_ACTOR):
        touched.add(ACTIVITY, entity.ref(ACTIVITY))
        if category == AGENDA_ITEM:
            for case in entities.children(CASE, AGENDA_ITEM, entity.id):
                touched.add(CASE, case.id)
    elif category == CASE:
        touched.add(CASE, entity.id)
        for agenda_item in entity.refs.get(AGENDA_ITEM, ()):
            stored = entities.get(AGENDA_ITEM, agenda_item)
            touched.add(ACTIVITY, stored.ref(ACTIVITY) if stored else None)
    elif category in (CASE_ACTOR, DOCUMENT, DECISION):
        for case_id in entity.refs.get(CASE, ()):
            touched.add(CASE, case_id)
    elif category == VOTE:
        decision = entities.get(DECISION, entity.ref(DECISION))
        for case_id in decision.refs.get(CASE, ()) if decision else ():
            touched.add(CASE, case_id)
    elif category == DOSSIER:
        for case in entities.children(CASE, DOSSIER, entity.id):
            touched.add(CASE, case.id)
