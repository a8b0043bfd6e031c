"""A debate's or an item's number is never handed out twice: after `kamertaak demo --remove` (or a debate
deleted, merged or its creation undone) the next new debate gets a new number, so history, undo and
notes that name "debat 1" keep meaning the one they meant.

SQLite: a table whose id is a plain INTEGER PRIMARY KEY hands out max(id) + 1, so the number of the
newest debate, once deleted, came back. The `debate` and `item` tables are made again with AUTOINCREMENT
(SQLite then remembers the highest number ever used, in sqlite_sequence). Each is rebuilt from its own
CREATE TABLE text with only the id's declaration changed, rows copied with their ids, and its indexes and
triggers (the search tables' of 0006/0007, whose rows keep pointing at the same ids) made again from their
own text, so nothing else about the table changes. The highest number ever used is seeded from the rows
and from the operation log, which names debates and items that are gone (a deleted debate's id under
"debate_id"). PostgreSQL's sequences never hand out a number twice: nothing to do there.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import re
from collections.abc import Callable

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

TABLES = ("debate", "item")
_PLAIN_ID = "id INTEGER NOT NULL"
_AUTO_ID = "id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT"
_PK_CONSTRAINT = re.compile(r",\s*PRIMARY KEY \(id\)")
_FIRST_CONSTRAINT = re.compile(r"\n\t(?=FOREIGN KEY|CONSTRAINT|UNIQUE)")
_HEAD = re.compile(r'^CREATE TABLE "?(\w+)"? \(')
# The highest id the oplog names, per table (a debate's under "debate_id" [old, new], also in item entries
# that moved an item between debates; an item's in the item_id column).
_LOGGED = {
    "debate": ("SELECT MAX(MAX(COALESCE(json_extract(changes, '$.debate_id[0]'), 0)),"
               " MAX(COALESCE(json_extract(changes, '$.debate_id[1]'), 0))) FROM oplog"
               " WHERE changes LIKE '%\"debate_id\"%' AND json_valid(changes)"),
    "item": "SELECT MAX(item_id) FROM oplog WHERE entity = 'item'",
}


def _rebuild(table: str, change: Callable[[str], str]) -> None:
    """Make `table` again from its CREATE TABLE text as `change` rewrites it, with its rows (ids kept),
    indexes and triggers as they were. Foreign keys are off on the migration's connection (SQLite's
    default), so the tables that point at it keep pointing at the new one of the same name."""
    bind = op.get_bind()
    sql = bind.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).scalar()
    others = [r[0] for r in bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL"
        " ORDER BY type, name", (table,))]
    new = change(str(sql))
    head = _HEAD.match(new)
    if head is None or head.group(1) != table:
        raise RuntimeError(f"tabel {table}: onverwachte definitie, niet omgezet")
    columns = ", ".join(r[1] for r in bind.exec_driver_sql(f"PRAGMA table_info({table})"))
    op.execute(_HEAD.sub(f"CREATE TABLE _new_{table} (", new, count=1))
    op.execute(f"INSERT INTO _new_{table} ({columns}) SELECT {columns} FROM {table}")
    op.execute(f"DROP TABLE {table}")
    op.execute(f"ALTER TABLE _new_{table} RENAME TO {table}")
    for statement in others:
        op.execute(statement)


def _autoincrement(sql: str) -> str:
    if _AUTO_ID in sql:
        return sql
    if not _PK_CONSTRAINT.search(sql) or f"\t{_PLAIN_ID}," not in sql:
        raise RuntimeError("id-kolom niet gevonden")
    return _PK_CONSTRAINT.sub("", sql, count=1).replace(f"\t{_PLAIN_ID},", f"\t{_AUTO_ID},", 1)


def _plain(sql: str) -> str:
    """Back to 0011's text: the key as a table constraint before the first other one."""
    sql = sql.replace(f"\t{_AUTO_ID},", f"\t{_PLAIN_ID},", 1)
    constraint = _FIRST_CONSTRAINT.search(sql)
    if constraint is None:
        raise RuntimeError("beperkingen van de tabel niet gevonden")
    return f"{sql[:constraint.start()]}\n\tPRIMARY KEY (id), {sql[constraint.start():]}"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for table in TABLES:
        _rebuild(table, _autoincrement)
        highest = max(int(bind.exec_driver_sql(f"SELECT COALESCE(MAX(id), 0) FROM {table}").scalar() or 0),
                      int(bind.exec_driver_sql(_LOGGED[table]).scalar() or 0))
        op.execute(f"DELETE FROM sqlite_sequence WHERE name = '{table}'")
        op.execute(f"INSERT INTO sqlite_sequence (name, seq) VALUES ('{table}', {highest})")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        _rebuild(table, _plain)
