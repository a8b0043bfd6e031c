"""The register's entities as last received, any category, with their references indexed by target.

In the register the child owns the link (tk-opendata fact 18): a vote points at its decision, a
decision and a document at their case, an agenda item at its activity, and a new child arrives without
its parent changing. Keeping every entity we read, with its references, lets a later child find its
parent and a parent find its children, across pages and runs. These rows are the register's, written
here directly (no operation log): what reaches an item goes through Store.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from kamertaak.store.db import Database


@dataclass(frozen=True)
class Entity:
    """One stored entity: fields by the register's element name (None for nil), references as ids."""

    category: str
    id: str
    deleted: bool
    changed_at: str | None
    fields: dict[str, str | None]
    refs: dict[str, tuple[str, ...]]

    def field(self, name: str) -> str:
        """A field's text, '' when absent or nil."""
        value = self.fields.get(name)
        return "" if value is None else str(value).strip()

    def ref(self, name: str) -> str | None:
        ids = self.refs.get(name) or ()
        return ids[0] if ids else None


def _entity(row: Mapping[str, Any]) -> Entity:
    refs = json.loads(row["refs"] or "{}")
    return Entity(category=row["category"], id=row["external_id"], deleted=bool(row["deleted"]),
                  changed_at=row["changed_at"], fields=json.loads(row["fields"] or "{}"),
                  refs={k: tuple(v) for k, v in refs.items()})


class EntityStore:
    """Reads and writes of register_entity and its reference index."""

    def __init__(self, db: Database, stamp: Callable[[], str]) -> None:
        self.db = db
        self.stamp = stamp

    def put(self, category: str, external_id: str, *, deleted: bool, changed_at: str | None,
            fields: Mapping[str, str | None], refs: Mapping[str, Iterable[str]]) -> bool:
        """Store an entity (a deleted one keeps the fields it had); True when anything changed."""
        ident = external_id.lower()
        ref_map = {k: sorted({v.lower() for v in ids if v}) for k, ids in refs.items()}
        ref_map = {k: v for k, v in sorted(ref_map.items()) if v}
        previous = self.db.one("SELECT * FROM register_entity WHERE category = :c AND external_id = :e",
                               {"c": category, "e": ident})
        if deleted and previous is not None:
            fields_json, refs_json = previous["fields"], previous["refs"]
        else:
            fields_json = json.dumps(dict(sorted(fields.items())), ensure_ascii=False)
            refs_json = json.dumps(ref_map, ensure_ascii=False)
        values = {"c": category, "e": ident, "ch": changed_at, "d": bool(deleted), "f": fields_json,
                  "r": refs_json, "u": self.stamp()}
        if previous is None:
            self.db.execute("INSERT INTO register_entity (category, external_id, changed_at, deleted, fields, refs,"
                            " updated_at) VALUES (:c, :e, :ch, :d, :f, :r, :u)", values)
        elif (bool(previous["deleted"]), previous["fields"], previous["refs"]) == (bool(deleted), fields_json,
                                                                                  refs_json):
            return False
        else:
            self.db.execute("UPDATE register_entity SET changed_at = :ch, deleted = :d, fields = :f, refs = :r,"
                            " updated_at = :u WHERE category = :c AND external_id = :e", values)
        if previous is None or previous["refs"] != refs_json:
            self.db.execute("DELETE FROM register_entity_ref WHERE category = :c AND external_id = :e", values)
            for name, targets in json.loads(refs_json).items():
                for target in targets:
                    self.db.execute("INSERT INTO register_entity_ref (category, external_id, name, target)"
                                    " VALUES (:c, :e, :n, :t)", {**values, "n": name, "t": target})
        return True

    def get(self, category: str, external_id: str | None) -> Entity | None:
        if not external_id:
            return None
        row = self.db.one("SELECT * FROM register_entity WHERE category = :c AND external_id = :e",
                          {"c": category, "e": external_id.lower()})
        return None if row is None else _entity(row)

    def children(self, category: str, name: str, target: str, *, live: bool = True) -> list[Entity]:
        """Entities of a category whose reference `name` points at target (a case's documents, say)."""
        # The references are found through their target's index. `|| ''` keeps SQLite's planner from
        # scanning every reference of the category through the primary key instead (category is its
        # first column): that made each lookup, and a full sync, grow with the size of the store.
        rows = self.db.query(
            "SELECT e.* FROM register_entity e WHERE e.category = :c AND e.external_id IN"
            " (SELECT r.external_id FROM register_entity_ref r WHERE r.target = :t AND r.category || '' = :c"
            " AND r.name = :n)" + (" AND e.deleted = :f" if live else "") + " ORDER BY e.external_id",
            {"t": target.lower(), "c": category, "n": name, "f": False})
        return [_entity(r) for r in rows]

    def referring(self, target: str) -> list[tuple[str, str, str]]:
        """(category, id, element name) of every entity that refers to target."""
        rows = self.db.query("SELECT category, external_id, name FROM register_entity_ref WHERE target = :t"
                             " ORDER BY category, external_id", {"t": target.lower()})
        return [(r["category"], r["external_id"], r["name"]) for r in rows]

    def by_field(self, category: str, name: str, value: str) -> Entity | None:
        """The newest live entity of a category whose field has this exact value (an activity's number)."""
        if not value or not all(c.isalnum() or c in "-_" for c in value):
            return None
        like = self.db.like
        rows = self.db.query(f"SELECT * FROM register_entity WHERE category = :c AND fields {like} :p"
                             " ORDER BY deleted, changed_at DESC", {"c": category, "p": f'%"{value}"%'})
        for row in rows:
            entity = _entity(row)
            if entity.field(name).lower() == value.lower():
                return entity
        return None
