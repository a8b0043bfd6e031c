"""Copy a whole kamertaak database to another one, losslessly: a personal SQLite file to the team's
PostgreSQL server and back (`kamertaak db copy --to URL`).

Every table of the schema is copied row for row with its ids (items, debates, actors, topics, notes,
links, register numbers, reminders, the operation log, the register mirror, follow rules, sync state),
into a target that is empty and at the same schema head, in one transaction: either everything
arrives or nothing does. On PostgreSQL the id sequences are moved past the copied ids afterwards.
The source is read in one consistent snapshot, so people may keep working while it is copied.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kamertaak.store.db import (
    SCHEMA_HEAD,
    Database,
    DatabaseError,
    connect,
    open_database,
    remove_sqlite_file,
    shown_target,
    sqlite_path,
)
from kamertaak.store.files import database_files

BATCH = 2_000
# Not data: the schema version (the same on both sides) and SQLite's own search index (rebuilt by
# triggers as the items arrive) and bookkeeping tables.
_SKIP_PREFIXES = ("alembic_version", "item_fts", "sqlite_")


@dataclass
class CopyReport:
    source: str
    target: str
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def schema_tables() -> list[Any]:
    """The tables of the schema in foreign-key order (parents first), from the SQLModel declaration
    that the migrations are tested against."""
    from sqlmodel import SQLModel

    from kamertaak.store import models  # noqa: F401  (registers the tables)

    return list(SQLModel.metadata.sorted_tables)


def _data_tables(db: Database) -> set[str]:
    return {t for t in db.tables() if not t.startswith(_SKIP_PREFIXES)}


def _check_same_shape(db: Database, tables: list[Any], where: str) -> None:
    known = {t.name for t in tables}
    extra = _data_tables(db) - known
    if extra:
        raise DatabaseError(f"{where} heeft tabellen die deze kamertaak niet kent ({', '.join(sorted(extra))});"
                            " kopiëren zou ze overslaan, dus er wordt niets gekopieerd")
    missing = known - _data_tables(db)
    if missing:
        raise DatabaseError(f"{where} mist tabellen ({', '.join(sorted(missing))})")


def _is_empty(db: Database, tables: list[Any]) -> dict[str, int]:
    return {t.name: n for t in tables if (n := int(db.scalar(f"SELECT COUNT(*) AS n FROM {t.name}") or 0))}


def _converters(table: Any) -> dict[str, Callable[[Any], Any]]:
    """Booleans are 0/1 on SQLite and true/false on PostgreSQL: give every target a real bool."""
    from sqlalchemy import Boolean

    return {c.name: (lambda v: v if v is None else bool(v)) for c in table.columns if isinstance(c.type, Boolean)}


def _rows(db: Database, table: Any) -> Iterator[list[dict[str, Any]]]:
    """The table's rows in primary-key order, a batch at a time."""
    columns = ", ".join(c.name for c in table.columns)
    order = ", ".join(c.name for c in table.primary_key.columns)
    offset = 0
    while True:
        batch = db.query(f"SELECT {columns} FROM {table.name} ORDER BY {order} LIMIT :limit OFFSET :offset",
                         {"limit": BATCH, "offset": offset})
        if not batch:
            return
        yield batch
        offset += len(batch)


def _refuse_nul(table: Any, batch: list[dict[str, Any]]) -> None:
    """A NUL character (older versions stored them on SQLite) stops the copy naming the row to fix."""
    for row in batch:
        for column, value in row.items():
            if isinstance(value, str) and "\x00" in value:
                key = ", ".join(f"{c.name} {row[c.name]}" for c in table.primary_key.columns)
                raise DatabaseError(f"{table.name} ({key}): {column} bevat een NUL-teken (\\x00), dat PostgreSQL"
                                    " niet kan opslaan; haal het eerst weg (niets gekopieerd)")


def copy_database(source: Database, target: Database) -> CopyReport:
    """Copy every table from source into the empty target (both at SCHEMA_HEAD) in one transaction."""
    for db, where in ((source, "de bron"), (target, "het doel")):
        revision = db.schema_revision()
        if revision != SCHEMA_HEAD:
            raise DatabaseError(f"{where} heeft schemaversie {revision or 'geen'}, verwacht {SCHEMA_HEAD};"
                                " draai eerst `kamertaak db upgrade`")
    tables = schema_tables()
    _check_same_shape(source, tables, "de bron")
    _check_same_shape(target, tables, "het doel")
    report = CopyReport(source=source.shown(), target=target.shown())
    with source.read_snapshot(), target.transaction():
        filled = _is_empty(target, tables)
        if filled:
            detail = ", ".join(f"{name}: {n}" for name, n in sorted(filled.items()))
            raise DatabaseError(f"het doel is niet leeg ({detail}); kopieer alleen naar een lege database")
        for table in tables:
            convert = _converters(table)
            names = [c.name for c in table.columns]
            insert = (f"INSERT INTO {table.name} ({', '.join(names)})"
                      f" VALUES ({', '.join(':' + n for n in names)})")
            count = 0
            for batch in _rows(source, table):
                _refuse_nul(table, batch)
                if convert:
                    for row in batch:
                        for name, fn in convert.items():
                            row[name] = fn(row[name])
                target.executemany(insert, batch)
                count += len(batch)
            report.rows[table.name] = count
        target.reset_sequences(t.name for t in tables)
        for table in tables:
            copied = int(target.scalar(f"SELECT COUNT(*) AS n FROM {table.name}") or 0)
            if copied != report.rows[table.name]:
                raise DatabaseError(f"{table.name}: {report.rows[table.name]} rijen gelezen, {copied} geschreven")
    return report


def copy_to(source: Database, target_url: str) -> CopyReport:
    """Open (creating and migrating if needed) the target and copy into it; a new SQLite file that
    did not receive the copy is removed again."""
    path = sqlite_path(target_url)
    if path is not None:
        real = os.path.realpath(path)
        if any(real == os.path.realpath(kept) for kept in database_files(source)):
            raise DatabaseError("bron en doel zijn hetzelfde bestand (of een bestand van de bron)")
        if path.is_symlink():
            raise DatabaseError(f"{path} is een symbolische link; geef het echte pad van de doeldatabase")
    created = path is not None and not path.exists()
    try:
        if not created:
            # Look before opening: open_database would upgrade (and back up) a database we must refuse.
            probe = connect(target_url)
            try:
                present = _data_tables(probe)
                filled = _is_empty(probe, [t for t in schema_tables() if t.name in present])
            finally:
                probe.close()
            if filled:
                raise DatabaseError(f"{shown_target(target_url)}: het doel is niet leeg; kopieer alleen naar een lege"
                                    " database")
        target = open_database(target_url)
        try:
            return copy_database(source, target)
        finally:
            target.close()
    except BaseException:
        if created and path is not None:
            remove_sqlite_file(path)
        raise
