"""The backup's content, both ways: every table's rows read out in a stable order, and a backup written
back into an empty database, all or nothing.

A restore recreates the operation log itself (it is part of what is restored), so it writes no log
entry of its own: that is what makes export → import → export give the same bytes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from kamertaak.store.db import SCHEMA_HEAD, Database, DatabaseError

FORMAT = "kamertaak-backup"
VERSION = 1
# Parents before children, so foreign keys hold at every insert; each table with its sort key.
TABLES: tuple[tuple[str, str], ...] = (
    ("debate", "id"),
    ("actor", "id"),
    ("debate_actor", "debate_id, actor_id"),
    ("topic", "id"),
    ("item", "id"),
    ("item_actor", "item_id, actor_id"),
    ("item_topic", "item_id, topic_id"),
    ("note", "id"),
    ("link", "id"),
    ("register_ref", "id"),
    ("reminder", "id"),
    ("oplog", "id"),
)
_NAMES = {name for name, _ in TABLES}
# Column names end up in SQL text, so a backup may only name plain identifiers.
_COLUMN = re.compile(r"^[a-z_][a-z0-9_]*$")
_SCALARS = (str, int, float, bool, type(None))


class RestoreError(DatabaseError):
    """The file is not a backup this kamertaak can restore, or the database is not empty."""


def dump(db: Database) -> dict[str, Any]:
    """Every row of every table, in key order: the document `export json` writes."""
    tables = {name: db.query(f"SELECT * FROM {name} ORDER BY {key}") for name, key in TABLES}
    return {"format": FORMAT, "version": VERSION, "schema": db.schema_revision() or SCHEMA_HEAD, "tables": tables}


def _columns(db: Database, table: str) -> set[str] | None:
    """The table's columns where the backend can tell cheaply (SQLite), else None (the insert checks)."""
    if db.dialect != "sqlite":
        return None
    return {r["name"] for r in db.query(f"PRAGMA table_info({table})")}


def check_document(data: Any) -> dict[str, list[dict[str, Any]]]:
    """The tables of a backup document, or a RestoreError saying in one line what is wrong with it."""
    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise RestoreError("geen kamertaak-backup (maak er een met `kamertaak export json`)")
    if data.get("version") != VERSION:
        raise RestoreError(f"backupformaat versie {data.get('version')!r} is onbekend (verwacht {VERSION})")
    if data.get("schema") != SCHEMA_HEAD:
        raise RestoreError(f"backup heeft schemaversie {data.get('schema')!r}, deze kamertaak verwacht {SCHEMA_HEAD}")
    tables = data.get("tables")
    if not isinstance(tables, Mapping):
        raise RestoreError("backup zonder tabellen")
    unknown = set(tables) - _NAMES
    if unknown:
        raise RestoreError(f"onbekende tabel in de backup: {', '.join(sorted(unknown))}")
    out: dict[str, list[dict[str, Any]]] = {}
    for name, rows in tables.items():
        if not isinstance(rows, list) or not all(isinstance(r, Mapping) and r for r in rows):
            raise RestoreError(f"tabel {name} in de backup is geen lijst van rijen")
        for n, row in enumerate(rows, start=1):
            bad = [k for k, v in row.items() if not isinstance(k, str) or not _COLUMN.match(k)
                   or not isinstance(v, _SCALARS)]
            if bad:
                raise RestoreError(f"tabel {name}, rij {n}: ongeldige kolom of waarde bij {bad[0]!r}")
        out[name] = [dict(r) for r in rows]
    return out


def is_empty(db: Database) -> bool:
    return all(not db.query(f"SELECT 1 FROM {name} LIMIT 1") for name, _ in TABLES)


def restore(db: Database, data: Any) -> dict[str, int]:
    """Write a backup into an empty database in one transaction; returns rows per table. On any
    problem nothing is written and a RestoreError says what was wrong."""
    tables = check_document(data)
    if not is_empty(db):
        raise RestoreError("de database is niet leeg; importeer een backup in een nieuwe database (--db PAD)")
    counts: dict[str, int] = {}
    try:
        with db.transaction():
            for name, _ in TABLES:
                rows = tables.get(name, [])
                known = _columns(db, name)
                for n, row in enumerate(rows, start=1):
                    if known is not None and not set(row) <= known:
                        extra = ", ".join(sorted(set(row) - known))
                        raise RestoreError(f"tabel {name}, rij {n}: onbekende kolom(men) {extra}")
                    cols = list(row)
                    db.execute(f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join(':' + c for c in cols)})",
                               row)
                counts[name] = len(rows)
            if db.dialect == "postgresql":
                _advance_sequences(db)
    except RestoreError:
        raise
    except DatabaseError as exc:
        raise RestoreError(f"backup niet geïmporteerd, database ongewijzigd: {exc}") from None
    return counts


def _advance_sequences(db: Database) -> None:
    """Explicit ids bypass PostgreSQL's sequences; move them past the restored ids."""
    for name, key in TABLES:
        if key == "id":
            db.query(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), COALESCE(MAX(id), 1)) FROM {name}")
