"""A batch of register Records into the tracker: kept in the entity store, then every activity and case
they touched is looked at again: activities become debates (sync.agenda), written questions go through
the mirror and the follow rules like commitments and motions do (sync.questions, sync.merge), and a
tracked motion takes its outcome from its vote decision (sync.outcomes)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from kamertaak.store.entities import EntityStore
from kamertaak.store.register import RegisterMirror
from kamertaak.store.service import Store
from kamertaak.sync.agenda import update_activity
from kamertaak.sync.entities import CASE, RecordLike, store_records
from kamertaak.sync.merge import apply_entry
from kamertaak.sync.outcomes import apply_outcome
from kamertaak.sync.questions import is_question, map_question


@dataclass
class FollowUp:
    """What a batch did beyond the entity store."""

    debates_created: int = 0
    debates_updated: int = 0
    dues_moved: int = 0
    questions_new: int = 0
    questions_updated: int = 0
    items_created: int = 0
    items_updated: int = 0
    inbox: int = 0
    conflicts: list[str] = field(default_factory=list)
    cases: list[str] = field(default_factory=list)  # every case the batch touched (a motion's, say)


def take_records(store: Store, records: Iterable[RecordLike], *, accept: bool = False) -> FollowUp:
    """Store the records and follow up what they touched, in one transaction."""
    entities = EntityStore(store.db, store.stamp)
    mirror = RegisterMirror(store.db, store.stamp)
    rules = mirror.rules()
    done = FollowUp()
    with store.db.transaction():
        touched = store_records(entities, records)
        done.cases = list(touched.cases)
        for activity_id in touched.activities:
            agenda = update_activity(store, entities, activity_id, rules)
            done.debates_created += agenda.created
            done.debates_updated += agenda.changed and not agenda.created
            done.dues_moved += agenda.items_moved
        for case_id in touched.cases:
            case = entities.get(CASE, case_id)
            if case is None:
                continue
            if is_question(case):
                outcome = apply_entry(store, mirror, map_question(entities, case), rules, accept=accept)
                done.questions_new += outcome.change == "new"
                done.questions_updated += outcome.change == "updated"
                done.items_created += outcome.item_created
                done.items_updated += outcome.item_changed
                done.inbox += outcome.inbox
                if outcome.conflict:
                    done.conflicts.append(outcome.conflict)
            else:
                result = apply_outcome(store, case_id)
                done.items_updated += result.changed
                if result.conflict:
                    done.conflicts.append(result.conflict)
    return done
