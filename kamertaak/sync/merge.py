"""The register's record under the user's own layer: what a sync may change on an item, and what not.

Rules, in short:
- the user's own fields (owner, priority, stance, next action, notes, reminders) are never written;
- title, text, due date and actors follow the register until anyone but the register has set them
  (the operation log says who did), so an own due date or a renamed title stays;
- the status follows the register whenever the register's status changes, along the kind's allowed
  transitions; a move the lifecycle does not allow is reported as a conflict, never forced (a
  tracked motion's status and due date follow its vote decision, in kamertaak.sync.outcomes);
- a record deleted in the register marks the item (register_deleted); nothing else is removed.
"""

from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass
from typing import Any

from kamertaak.core import kinds
from kamertaak.core.kinds import DomainError
from kamertaak.store import queries
from kamertaak.store.register import ACCEPTED, INBOX, FollowRule, RegisterMirror
from kamertaak.store.service import Store
from kamertaak.sync.mapping import RegisterEntry, item_fields, search_fields

SOURCE = "tweedekamer"
# Official fields that become the user's once anyone but the register has written them.
FOLLOWED_FIELDS = ("title", "text", "due", "actors")


@dataclass
class Outcome:
    """What one record did to the mirror and to its item."""

    change: str  # new, updated, unchanged, deleted, ignored (a deletion of a record we never had)
    record_id: int | None
    item_id: int | None = None
    item_created: bool = False
    item_changed: bool = False
    inbox: bool = False
    conflict: str | None = None


def mirror_values(entry: RegisterEntry) -> dict[str, Any]:
    """The mirror table's columns for an entry."""
    return {"external_id": entry.external_id, "category": entry.category, "kind": entry.kind,
            "number": entry.number, "kamerstuk": entry.kamerstuk, "title": entry.title, "text": entry.text,
            "raw_status": entry.raw_status, "status": entry.status, "status_unknown": entry.status_unknown,
            "due": entry.due, "changed_at": entry.changed_at, "deleted": entry.deleted,
            "record": json.dumps(entry.as_dict(), ensure_ascii=False, sort_keys=True),
            "raw": json.dumps(entry.raw, ensure_ascii=False, sort_keys=True, default=str),
            "fingerprint": entry.fingerprint(), **search_fields(entry)}


def stored_entry(row: dict[str, Any]) -> RegisterEntry:
    """The entry a mirror row was saved from (the merge base)."""
    entry = RegisterEntry.from_dict(json.loads(row["record"] or "{}"))
    entry.raw = json.loads(row["raw"] or "{}")
    return entry


def apply_entry(store: Store, mirror: RegisterMirror, entry: RegisterEntry, rules: list[FollowRule],
                *, accept: bool = False) -> Outcome:
    """Bring one register record into the mirror and, if an item follows it, into that item."""
    previous = mirror.get(entry.external_id)
    if previous is not None and previous["fingerprint"] == entry.fingerprint():
        return Outcome("unchanged", previous["id"], previous["item_id"])
    if previous is None and entry.deleted and not _item_for(store, entry.external_id):
        # A tombstone of something we never had: nothing to mark, nothing worth keeping.
        return Outcome("ignored", None)
    with store.db.transaction():
        values = mirror_values(entry)
        record_id = mirror.save(values, previous)
        if previous is None:
            change = "deleted" if entry.deleted else "new"
        else:
            change = "deleted" if entry.deleted and not previous["deleted"] else "updated"
        outcome = Outcome(change, record_id)
        item_id = previous["item_id"] if previous is not None else None
        base = stored_entry(previous) if previous is not None and item_id is not None else None
        if item_id is None:
            item_id = _item_for(store, entry.external_id)
            if item_id is not None:
                mirror.link_item(record_id, item_id)
        if item_id is not None:
            outcome.item_id = item_id
            outcome.item_changed, outcome.conflict = merge_into_item(store, item_id, entry, base)
            return outcome
        triage = previous["triage"] if previous is not None else ""
        if entry.deleted or triage not in ("", INBOX):
            return outcome
        rule = mirror.matching_rule(values, rules)
        if rule is None:
            return outcome
        if accept:
            outcome.item_id = create_item(store, entry)
            outcome.item_created = True
            mirror.link_item(record_id, outcome.item_id)
            mirror.set_triage(record_id, ACCEPTED, rule.id)
        elif triage != INBOX:
            mirror.set_triage(record_id, INBOX, rule.id)
            outcome.inbox = True
        return outcome


def _item_for(store: Store, external_id: str) -> int | None:
    found = queries.live_item_by_external_id(store.db, external_id)
    return None if found is None else int(found["id"])


def create_item(store: Store, entry: RegisterEntry) -> int:
    """A new item following the record (source tweedekamer, so the register keeps it up to date)."""
    fields = item_fields(entry)
    return store.add_item(entry.kind, fields["title"] or entry.number, status=fields["status"], text=fields["text"],
                          due=fields.get("due"), actors=fields["actors"], source=SOURCE,
                          external_id=entry.external_id, raw_status=fields["raw_status"],
                          status_unknown=fields["status_unknown"], registers=fields["registers"])


def user_owned(store: Store, item_id: int) -> set[str]:
    """Followed fields that anyone but the register has set (and not undone) on this item."""
    return queries.fields_set_by_others(store.db, item_id, SOURCE) & set(FOLLOWED_FIELDS)


def status_path(kind: str, current: str, target: str) -> list[str] | None:
    """The shortest chain of allowed moves from current to target (without current); None if none.
    A chain never passes through a final status: adopted → submitted is no walk via lapsed and held
    (that would log a lapse that never happened), it is a conflict."""
    lc = kinds.lifecycle(kind)
    previous: dict[str, str | None] = {current: None}
    todo = deque([current])
    while todo:
        status = todo.popleft()
        if status == target:
            path: list[str] = []
            step: str | None = status
            while step is not None and step != current:
                path.append(step)
                step = previous[step]
            return path[::-1]
        if status != current and status in lc.final:
            continue
        for nxt in lc.allowed(status):
            if nxt not in previous:
                previous[nxt] = status
                todo.append(nxt)
    return None


def merge_into_item(store: Store, item_id: int, entry: RegisterEntry,
                    base: RegisterEntry | None) -> tuple[bool, str | None]:
    """Apply the register's record to its item; returns (changed?, conflict message or None)."""
    row = queries.item_row(store.db, item_id)
    if row is None or row["deleted"]:
        return False, None  # the user deleted the item: the register does not bring it back
    new = item_fields(entry)
    changed = False
    conflict = None
    # A tracked motion's status moves with its vote decision (sync.outcomes, earlier in the same page);
    # here only when the item has just come to follow the record (a link, or a record first seen).
    follows_status = entry.kind != "motion" or base is None
    if (follows_status and not entry.deleted and not entry.status_unknown and new["status"]
            and new["status"] != row["status"]):
        register_moved = base is None or base.status != entry.status
        if register_moved:
            path = status_path(row["kind"], row["status"], new["status"])
            if path is None:
                conflict = (f"{entry.number}: register zegt '{entry.raw_status}', maar {row['status']} →"
                            f" {new['status']} mag niet voor item {item_id}")
            else:
                for n, step in enumerate(path):
                    last = n == len(path) - 1
                    store.set_status(item_id, step, source=SOURCE, raw_status=new["raw_status"] if last else None)
                changed = True
    changes: dict[str, Any] = {}
    if not entry.deleted:
        owned = user_owned(store, item_id)
        for name in ("title", "text"):
            if name not in owned and new[name] and new[name] != row[name]:
                changes[name] = new[name]
        if "due" in new and "due" not in owned and (new["due"] or None) != row["due"]:
            changes["due"] = new["due"] or ""
        if "actors" not in owned and new["actors"]:
            current = [{k: a[k] for k in ("name", "party", "role", "ministry")}
                       for a in queries.item_actors(store.db, [item_id]).get(item_id, [])]
            if current != new["actors"]:
                changes["actors"] = new["actors"]
        if new["raw_status"] != row["raw_status"]:
            changes["raw_status"] = new["raw_status"]
        if bool(new["status_unknown"]) != bool(row["status_unknown"]):
            changes["status_unknown"] = new["status_unknown"]
    if bool(entry.deleted) != bool(row["register_deleted"]):
        changes["register_deleted"] = entry.deleted
    if changes and store.update_item(item_id, changes, source=SOURCE):
        changed = True
    if not entry.deleted:
        have = set(queries.item_registers(store.db, [item_id]).get(item_id, []))
        for number in new["registers"]:
            if number not in have:
                store.add_register(item_id, number, source=SOURCE)
                changed = True
    return changed, conflict


def accept_record(store: Store, mirror: RegisterMirror, record: dict[str, Any]) -> int:
    """Take a mirrored record (from the inbox, say) into the tracker; returns the new item's id."""
    if record["item_id"] is not None:
        raise DomainError(f"{record['number']} wordt al gevolgd door item {record['item_id']}")
    if record["deleted"]:
        raise DomainError(f"{record['number']} is verwijderd uit het register")
    with store.db.transaction():
        item_id = create_item(store, stored_entry(record))
        mirror.link_item(record["id"], item_id)
    return item_id


def link_record(store: Store, mirror: RegisterMirror, item_id: int,
                record: dict[str, Any]) -> tuple[bool, str | None]:
    """Let a hand-made item follow a mirrored record: the link is the user's act (source user), the
    official fields that come with it are the register's. Returns merge_into_item's answer."""
    if record["item_id"] not in (None, item_id):
        raise DomainError(f"{record['number']} wordt al gevolgd door item {record['item_id']}")
    # One logged step: one undo takes the link and what came with it back, and the record returns to
    # the inbox (or wherever it was).
    with store.one_step(item_id, "register_link") as step:
        row = queries.item_row(store.db, item_id)
        if row is None or row["deleted"]:
            raise DomainError(f"geen item met nummer {item_id}")
        if row["external_id"] not in (None, record["external_id"]):
            raise DomainError(f"item {item_id} volgt al een ander registerrecord ({row['external_id']})")
        store.update_item(item_id, {"external_id": record["external_id"]}, source="user")
        store.add_register(item_id, record["number"], source="user")
        before = mirror.get_id(record["id"])
        mirror.link_item(record["id"], item_id)
        step["record"] = [None, {"id": record["id"], "number": record["number"],
                                 "triage": before["triage"] if before else INBOX}]
        return merge_into_item(store, item_id, stored_entry(record), None)
