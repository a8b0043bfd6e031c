"""The backup's content, both ways: every table's rows read out in a stable order, and a backup written
back into an empty database, all or nothing.

A restore recreates the operation log itself (it is part of what is restored), so it writes no log
entry of its own: that is what makes export → import → export give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from typing import Any

from kamertaak.core import bounds, kinds
from kamertaak.core.refs import check_url
from kamertaak.core.text import invalid_utf8
from kamertaak.store.db import SCHEMA_HEAD, SCHEMA_REVISIONS, Database, DatabaseError
from kamertaak.store.service import paired_text

FORMAT = "kamertaak-backup"
VERSION = 1
# Column names end up in SQL text, so a backup may only name plain identifiers.
_COLUMN = re.compile(r"^[a-z_][a-z0-9_]*$")
_SCALARS = (str, int, float, bool, type(None))


class RestoreError(DatabaseError):
    """The file is not a backup this kamertaak can restore, or the database is not empty."""


def _as_booleans(rows: list[dict[str, Any]], columns: list[str]) -> list[dict[str, Any]]:
    for row in rows:
        for column in columns:
            if row.get(column) is not None:
                row[column] = bool(row[column])
    return rows


def _check_booleans(table: str, rows: list[dict[str, Any]], columns: list[str]) -> None:
    """Booleans as true/false; older backups made on SQLite hold 0/1, which PostgreSQL does not take."""
    for n, row in enumerate(rows, start=1):
        for column in columns:
            value = row.get(column)
            if value is None:
                continue
            if value not in (0, 1) or isinstance(value, float):
                raise RestoreError(f"tabel {table}, rij {n}: {column} {value!r} is geen true of false")
            row[column] = bool(value)


def _check_integers(table: str, rows: list[dict[str, Any]], columns: list[str]) -> None:
    """Numbers where the table keeps numbers (an id, a count): SQLite would store ' ' there and fail later."""
    for n, row in enumerate(rows, start=1):
        for column in columns:
            value = row.get(column)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                raise RestoreError(f"tabel {table}, rij {n}: {column} {value!r} is geen geheel getal")


def dump(db: Database) -> dict[str, Any]:
    """Every row of every data table, in key order: the document `export json` writes. Booleans are
    JSON booleans on every backend, so the same tracker gives the same bytes on SQLite and PostgreSQL."""
    tables = {name: _as_booleans(db.query(f"SELECT * FROM {name} ORDER BY {key}"), db.boolean_columns(name))
              for name, key in db.data_tables()}
    _pair_debate_entries(tables.get("oplog", []))
    return {"format": FORMAT, "version": VERSION, "schema": db.schema_revision() or SCHEMA_HEAD, "tables": tables}


def check_document(data: Any, known_tables: set[str]) -> dict[str, list[dict[str, Any]]]:
    """The tables of a backup document, or a RestoreError saying in one line what is wrong with it."""
    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise RestoreError("geen kamertaak-backup (maak er een met `kamertaak export json`)")
    if data.get("version") != VERSION:
        raise RestoreError(f"backupformaat versie {data.get('version')!r} is onbekend (verwacht {VERSION})")
    # An older schema restores too: later migrations only add, and their columns take their defaults.
    if data.get("schema") not in SCHEMA_REVISIONS:
        raise RestoreError(f"backup heeft schemaversie {data.get('schema')!r}, onbekend voor deze kamertaak"
                           f" (nieuwste: {SCHEMA_HEAD}); is hij gemaakt door een nieuwere versie?")
    tables = data.get("tables")
    if not isinstance(tables, Mapping):
        raise RestoreError("backup zonder tabellen")
    unknown = set(tables) - known_tables
    if unknown:
        raise RestoreError(f"onbekende tabel in de backup: {', '.join(sorted(unknown))}")
    out: dict[str, list[dict[str, Any]]] = {}
    for name, rows in tables.items():
        if not isinstance(rows, list) or not all(isinstance(r, Mapping) and r for r in rows):
            raise RestoreError(f"tabel {name} in de backup is geen lijst van rijen")
        for n, row in enumerate(rows, start=1):
            bad = [k for k, v in row.items() if not isinstance(k, str) or not _COLUMN.match(k)
                   or not isinstance(v, _SCALARS) or (isinstance(v, str) and invalid_utf8(v) is not None)]
            if bad:
                raise RestoreError(f"tabel {name}, rij {n}: ongeldige kolom of waarde bij {bad[0]!r}")
            nul = [k for k, v in row.items() if isinstance(v, str) and "\x00" in v]
            if nul:
                raise RestoreError(f"tabel {name}, rij {n}: {nul[0]} bevat een NUL-teken (\\x00), dat niet wordt"
                                   " opgeslagen")
        out[name] = [dict(r) for r in rows]
    _pair_debate_entries(out.get("oplog", []))
    for name, rows in out.items():
        for n, row in enumerate(rows, start=1):
            _check_values(name, f"tabel {name}, rij {n}", row)
    return out


# What the store checks when a value enters, per table: dates (JJJJ-MM-DD), moments (a date or a local
# date-time), link addresses, and columns holding a JSON object (the operation log, the register).
_DATES = {"item": ("due", "scheduled", "hide_until"), "debate": ("date",), "register_record": ("due",)}
_MOMENTS = {"reminder": ("at", "snoozed_until", "sent_at", "dismissed_at")}
_URLS = {"link": ("url",), "debate": ("source_url",)}
_JSON_OBJECTS = {"oplog": ("changes",), "register_record": ("record", "raw"), "register_entity": ("fields", "refs")}


def _check_values(table: str, where: str, row: Mapping[str, Any]) -> None:
    """The rules every change through the store keeps: a known kind and a status of that kind, a known
    priority, dates within the range, bounded reminder offsets, addresses that parse, a readable
    operation log. A backup that breaks them would leave a database the commands cannot show."""
    if table == "item" and "kind" in row and "status" in row:
        try:
            kinds.check_status(str(row["kind"]), str(row["status"]))
        except kinds.DomainError as exc:
            raise RestoreError(f"{where}: {exc}") from None
        if "priority" in row and row["priority"] not in kinds.PRIORITIES:
            raise RestoreError(f"{where}: onbekende prioriteit {row['priority']!r}")
    for column in _DATES.get(table, ()):
        if row.get(column) is not None:
            _check_day(where, column, row[column], date_only=True)
    for column in _MOMENTS.get(table, ()):
        if row.get(column) is not None:
            _check_day(where, column, row[column], date_only=False)
    offset = row.get("offset_days") if table == "reminder" else None
    if offset is not None and (isinstance(offset, bool) or not isinstance(offset, int)
                               or not 0 <= offset <= bounds.MAX_OFFSET_DAYS):
        raise RestoreError(f"{where}: offset_days {offset!r} ligt niet tussen 0 en {bounds.MAX_OFFSET_DAYS}")
    for column in _URLS.get(table, ()):
        if row.get(column):
            try:
                check_url(str(row[column]))
            except kinds.DomainError as exc:
                raise RestoreError(f"{where}: {exc}") from None
    for column in _JSON_OBJECTS.get(table, ()):
        if row.get(column) is not None:
            _check_json_object(where, column, row[column], pairs=table == "oplog")


def _check_day(where: str, column: str, value: Any, *, date_only: bool) -> None:
    text = str(value)
    try:
        day = dt.date.fromisoformat(text) if date_only or len(text) == 10 else dt.datetime.fromisoformat(text).date()
    except ValueError:
        shape = "JJJJ-MM-DD" if date_only else "JJJJ-MM-DD of JJJJ-MM-DDTUU:MM"
        raise RestoreError(f"{where}: {column} {value!r} is geen datum ({shape})") from None
    if not bounds.in_range(day):
        raise RestoreError(f"{where}: {column} {value!r} valt buiten {bounds.range_text()}")


def _check_json_object(where: str, column: str, value: Any, *, pairs: bool) -> None:
    """A JSON object as text; for the operation log every change is a pair [old, new]."""
    try:
        data = json.loads(value) if isinstance(value, str) else None
    except (ValueError, RecursionError):
        data = None
    if not isinstance(data, dict):
        raise RestoreError(f"{where}: {column} is geen JSON-object")
    if pairs and not all(isinstance(v, list) and len(v) == 2 for v in data.values()):
        raise RestoreError(f"{where}: {column} heeft niet overal [oud, nieuw]")


def _pair_debate_entries(rows: list[dict[str, Any]]) -> None:
    """Debate entries an older version logged with bare lists go out and come in as [old, new] pairs."""
    for row in rows:
        if row.get("entity") == "debate" and isinstance(row.get("changes"), str):
            row["changes"] = paired_text(row["changes"])


def is_empty(db: Database, tables: list[tuple[str, str]]) -> bool:
    return all(not db.query(f"SELECT 1 FROM {name} LIMIT 1") for name, _ in tables)


def restore(db: Database, data: Any) -> dict[str, int]:
    """Write a backup into an empty database in one transaction; returns rows per table. On any
    problem nothing is written and a RestoreError says what was wrong."""
    order = db.data_tables()
    tables = check_document(data, {name for name, _ in order})
    if not is_empty(db, order):
        raise RestoreError("de database is niet leeg; importeer een backup in een nieuwe database (--db PAD)")
    counts: dict[str, int] = {}
    try:
        with db.transaction():
            for name, _ in order:
                rows = tables.get(name, [])
                _check_booleans(name, rows, db.boolean_columns(name))
                _check_integers(name, rows, db.integer_columns(name))
                known = db.known_columns(name)
                for n, row in enumerate(rows, start=1):
                    if known is not None and not set(row) <= known:
                        extra = ", ".join(sorted(set(row) - known))
                        raise RestoreError(f"tabel {name}, rij {n}: onbekende kolom(men) {extra}")
                    cols = list(row)
                    db.execute(f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join(':' + c for c in cols)})",
                               row)
                counts[name] = len(rows)
            db.reset_sequences(name for name, _ in order)
    except RestoreError:
        raise
    except DatabaseError as exc:
        raise RestoreError(f"backup niet geïmporteerd, database ongewijzigd: {exc}") from None
    return counts
