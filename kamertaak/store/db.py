"""Opening the database: SQLite through the standard library (fast start), anything else through
SQLAlchemy; schema checks, backups and Alembic upgrades.

Queries are SQL text with `:name` parameters, which both sqlite3 and SQLAlchemy's `text()` accept,
so one set of queries serves every backend. Alembic and SQLAlchemy are imported only when a
schema change or a non-SQLite URL asks for them.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from kamertaak.core.errors import DatabaseError, os_reason

# Every migration in order; the last one is the schema this code expects.
T = TypeVar("T")
SCHEMA_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010",
                                     "0011", "0012", "0013")
SCHEMA_HEAD = SCHEMA_REVISIONS[-1]
BUSY_TIMEOUT_MS = 10_000
# PostgreSQL: every write transaction takes this transaction-scoped advisory lock first, so writers
# run one at a time as on SQLite (BEGIN IMMEDIATE): read-modify-write in the store stays correct under
# READ COMMITTED, and oplog ids are handed out in commit order (max(oplog.id) is a change counter).
PG_WRITE_LOCK = 0x6B616D72  # "kamr"
PG_MIGRATION_LOCK = 0x6B616D6D  # "kamm"

Params = Mapping[str, Any] | None
# What the user reads when another process held the write lock for the whole busy timeout.
BUSY_MESSAGE = (f"de database is langer dan {BUSY_TIMEOUT_MS // 1000} s bezig met een wijziging van een ander"
                " proces; niets opgeslagen, probeer het zo opnieuw")
# What SQLite keeps beside a database file: the write-ahead log, its index, a rollback journal.
SIDECARS = ("-wal", "-shm", "-journal")
# Search ignores diacritics: these letters count as their plain ones, and combining accents as nothing,
# on both sides (the query in Python, the text in the database). Migration 0006 writes the same
# strings into SQLite's triggers and PostgreSQL's index (tests/store/test_search.py holds them equal).
FOLD_FROM = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿ"
FOLD_TO = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyy"
FOLD_DROP = "\u0300\u0301\u0302\u0303\u0308\u030a\u0327"
_FOLD = str.maketrans(FOLD_FROM, FOLD_TO, FOLD_DROP)
# What search reads of an item (s) and an actor (a); over the item, PostgreSQL's trigram index.
ITEM_TEXT = "s.title || ' ' || s.text"
ACTOR_TEXT = "a.name || ' ' || a.party || ' ' || a.ministry"
# A word of at least this many characters matches anywhere inside words (the trigram index answers it);
# a shorter one with a letter or digit matches the start of a word, as a part anywhere it would match
# nearly everything (migration 0007).
TRIGRAM = 3


def fold(text: str) -> str:
    """Text as search compares it: 'Coöperaties' -> 'Cooperaties' (case is left to the comparison)."""
    return text.translate(_FOLD)


def starts_words(word: str) -> bool:
    """Whether a (folded) search word matches the start of a word rather than any part of one."""
    return len(word) < TRIGRAM and any(c.isalnum() for c in word)


def like_pattern(word: str) -> str:
    """A LIKE pattern for `word` anywhere in a text, its own % and _ taken literally (escape \\)."""
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


# Tables that hold no data of their own: Alembic's bookkeeping (the search index is SQLite's virtual
# tables, recognised as such).
_NOT_DATA = {"alembic_version"}


# A URL's password as SQLAlchemy's make_url reads it: after "scheme://user:" up to the first "@"; and a
# libpq-style password=... in the query string.
_URL_PASSWORD = re.compile(r"^([\w+]+://[^:/]*):([^@]*)@")
_QUERY_PASSWORD = re.compile(r"(?i)([?&;]password=)([^&;\s]*)")


def shown_target(target: str) -> str:
    """A database as messages, `config` and `db status` show it: a path as given, a URL as given but
    with its password masked (what SQLAlchemy's render_as_string(hide_password=True) hides, and a
    `password=` in the query string)."""
    if "://" not in target:
        return target
    return _QUERY_PASSWORD.sub(r"\1***", _URL_PASSWORD.sub(r"\1:***@", target))


def _secrets(target: str) -> list[str]:
    """The password of a URL as it may appear in a message: written in the URL, and decoded."""
    from urllib.parse import unquote

    found = [m.group(2) for m in (_URL_PASSWORD.match(target),) if m]
    found += [m.group(2) for m in _QUERY_PASSWORD.finditer(target)]
    return sorted({v for raw in found for v in (raw, unquote(raw)) if v}, key=len, reverse=True)


def scrub(message: str, target: str) -> str:
    """A message (a driver's error text) with the target's password masked wherever it appears."""
    for secret in _secrets(target):
        message = message.replace(secret, "***")
    return message


NUL_MESSAGE = "tekst met een NUL-teken (\\x00) wordt niet opgeslagen (PostgreSQL kan het niet bewaren); haal het weg"


def refuse_nul(params: Params | list[dict[str, Any]]) -> None:
    """Refuse a NUL character in any text value: PostgreSQL cannot store one, so no backend takes it and
    a tracker stays copyable between them."""
    if not params:
        return
    for values in params if isinstance(params, list) else (params,):
        for value in values.values():
            if isinstance(value, str) and "\x00" in value:
                raise DatabaseError(NUL_MESSAGE)


def _is_busy(exc: sqlite3.Error) -> bool:
    """SQLite's "database is locked" / "database table is locked" / SQLITE_BUSY."""
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc))


def _dict_row(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> dict[str, Any]:
    return {col[0]: value for col, value in zip(cursor.description, row, strict=True)}


class Database:
    """A connection with the few operations the store needs, the same on every backend."""

    dialect: str = ""
    url: str = ""
    path: Path | None = None

    def shown(self) -> str:
        """Where the database is, for people: the path, or the URL without its password."""
        return str(self.path) if self.path is not None else shown_target(self.url)

    def query(self, sql: str, params: Params = None) -> list[dict[str, Any]]:
        raise NotImplementedError

    def execute(self, sql: str, params: Params = None) -> int:
        """Run a statement; returns the number of rows it changed."""
        raise NotImplementedError

    _depth = 0

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """A write transaction, all or nothing; a transaction inside another joins the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            self._begin_write()
            yield self
        except BaseException:
            self._rollback()
            raise
        else:
            try:
                self._commit()
            except BaseException:
                self._rollback()
                raise
        finally:
            self._depth = 0

    def _begin_write(self) -> None:
        raise NotImplementedError

    def _commit(self) -> None:
        raise NotImplementedError

    def _rollback(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def executemany(self, sql: str, rows: list[dict[str, Any]]) -> None:
        """Run one statement for many parameter sets (bulk copy)."""
        for row in rows:
            self.execute(sql, row)

    def read_snapshot(self) -> Any:
        """A read-only transaction that sees one consistent state of the whole database."""
        raise NotImplementedError

    def one(self, sql: str, params: Params = None) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Params = None) -> Any:
        row = self.one(sql, params)
        return next(iter(row.values())) if row else None

    def insert(self, sql: str, params: Params = None) -> int:
        """Run an INSERT ... RETURNING id and return the id."""
        row = self.one(sql, params)
        if row is None:
            raise DatabaseError("insert gaf geen id terug")
        return int(next(iter(row.values())))

    def tables(self) -> set[str]:
        raise NotImplementedError

    def schema_revision(self) -> str | None:
        if "alembic_version" not in self.tables():
            return None
        value = self.scalar("SELECT version_num FROM alembic_version")
        return str(value) if value is not None else None

    # -- what differs between backends: every face and every other store module asks here ---------

    # The LIKE that ignores case (ASCII at least): SQLite's LIKE does, PostgreSQL's needs ILIKE.
    like = "LIKE"

    def word_search(self, word: str, key: str, params: dict[str, Any]) -> str:
        """SQL for the ids of the items in which `word` occurs, case and diacritics aside, inside any
        word: in the title or text, a topic, the debate's title, an actor's name, party or ministry,
        or a register number. Adds its parameters to `params` under names starting with `key`.
        Each part is answered by its own index and the parts are joined with UNION ALL (an OR across
        them would make the database read every item; IN drops the duplicates without a sort)."""
        folded = fold(word)
        short = starts_words(folded)
        params[key] = self._word_start(folded) if short else like_pattern(folded)

        def found(expression: str, fold_it: bool = True) -> str:
            value = self._folded(expression) if fold_it else expression
            return self._starts_word(value, key) if short else f"{value} {self.like} :{key} ESCAPE '\\'"

        return " UNION ALL ".join((
            f"SELECT s.id FROM item s WHERE {found(ITEM_TEXT)}",
            f"SELECT it.item_id FROM item_topic it JOIN topic t ON t.id = it.topic_id WHERE {found('t.name')}",
            f"SELECT s.id FROM item s JOIN debate d ON d.id = s.debate_id WHERE {found('d.title')}",
            f"SELECT ia.item_id FROM item_actor ia JOIN actor a ON a.id = ia.actor_id WHERE {found(ACTOR_TEXT)}",
            f"SELECT r.item_id FROM register_ref r WHERE {found('r.value', fold_it=False)}",
        ))

    def unless_stale(self, stale: Callable[[], bool], run: Callable[[], T]) -> T | None:
        """run()'s answer, or None when a newer question made it useless (`stale`, asked on this thread).
        Here checked before it starts; SQLite also stops a running query (a count a newer keystroke
        replaced) so it does not hold a core the next page needs."""
        return None if stale() else run()

    def unindexed(self, expression: str) -> str:
        """The expression, marked so the planner answers a condition on it row by row instead of from an
        index: a first page then walks the index of its ORDER BY and stops when the page is full. Here as
        it is (PostgreSQL plans from its statistics)."""
        return expression

    def _word_start(self, word: str) -> str:
        """The parameter _starts_word compares with: here a plain part (no backend-neutral way to say
        'start of a word')."""
        return like_pattern(word)

    def _starts_word(self, expression: str, key: str) -> str:
        return f"{expression} {self.like} :{key} ESCAPE '\\'"

    def _folded(self, expression: str) -> str:
        """SQL for an expression with diacritics folded as fold() does (where the backend can)."""
        return expression

    def change_token(self, last_change: int) -> tuple[int, ...]:
        """A value that moves whenever anyone commits, given the newest oplog id: every change through
        the store writes the log, and writers commit one at a time, so the ids grow in commit order."""
        return (last_change,)

    def reset_sequences(self, tables: Iterable[str]) -> None:
        """After rows were written with explicit ids (a restore, a copy): the next id each table hands
        out is the one after the highest ever used (1 for an empty table, see `highest_used`)."""

    def highest_used(self, table: str) -> int:
        """The highest id `table` ever handed out, as far as the database can tell: its rows and, for
        debates and items, the operation log, which names those that are gone (a deleted debate's id under
        "debate_id" [old, new], an item's in the item_id column). A restored backup or a copy carries the log,
        so a number the log names is never handed out again (migration 0012 seeds the same way)."""
        highest = int(self.scalar(f"SELECT COALESCE(MAX(id), 0) FROM {table}") or 0)
        if table == "item":
            return max(highest, int(self.scalar("SELECT COALESCE(MAX(item_id), 0) FROM oplog WHERE entity = 'item'")
                                    or 0))
        if table == "debate":
            for row in self.query("SELECT changes FROM oplog WHERE changes LIKE :k", {"k": '%"debate_id"%'}):
                try:
                    ids = json.loads(row["changes"]).get("debate_id")
                except (ValueError, AttributeError):
                    continue
                for value in ids if isinstance(ids, list) else [ids]:
                    if isinstance(value, int):
                        highest = max(highest, value)
        return highest

    def data_tables(self) -> list[tuple[str, str]]:
        """The tables holding data, parents before children, each with the ORDER BY of its primary key.
        Derived tables (the search index) and Alembic's bookkeeping are left out: they rebuild themselves."""
        raise NotImplementedError

    def boolean_columns(self, table: str) -> list[str]:
        """The table's boolean columns (SQLite hands them out as 0/1, PostgreSQL as false/true)."""
        raise NotImplementedError

    def known_columns(self, table: str) -> set[str] | None:
        """The table's columns where the backend can tell cheaply, else None (the insert checks)."""
        return None

    def integer_columns(self, table: str) -> list[str]:
        """The table's integer columns where the backend would store any value in them (SQLite's type affinity:
        ' ' in a log's item_id), else [] (the insert refuses what is no number)."""
        return []


class SQLiteDatabase(Database):
    dialect = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = path
        self.url = f"sqlite:///{path}"
        try:
            self.conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(f"{path} is niet te openen ({exc})") from None
        try:
            # Reading the header through SQLite itself: any other open() and close() of the file in this
            # process would drop the locks this process's connections hold on it (POSIX lock semantics),
            # and another process could then checkpoint and delete the WAL under them.
            self.conn.execute("PRAGMA schema_version")
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            if _is_busy(exc):
                raise DatabaseError(BUSY_MESSAGE) from None
            raise DatabaseError(f"{path} is geen SQLite-database") from None
        try:
            self.conn.row_factory = _dict_row
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            if _is_busy(exc):
                raise DatabaseError(BUSY_MESSAGE) from None
            raise DatabaseError(f"{path}: geen bruikbare SQLite-database ({exc})") from None
        self._depth = 0

    def query(self, sql: str, params: Params = None) -> list[dict[str, Any]]:
        refuse_nul(params)
        try:
            return self.conn.execute(sql, params or {}).fetchall()
        except OverflowError:
            raise DatabaseError("een getal is te groot voor de database") from None
        except sqlite3.DatabaseError as exc:
            raise self._failure(exc) from exc

    def execute(self, sql: str, params: Params = None) -> int:
        refuse_nul(params)
        try:
            return self.conn.execute(sql, params or {}).rowcount
        except OverflowError:
            raise DatabaseError("een getal is te groot voor de database") from None
        except sqlite3.DatabaseError as exc:
            raise self._failure(exc) from exc

    def _begin_write(self) -> None:
        # BEGIN IMMEDIATE takes the write lock up front, so two writers never deadlock halfway.
        self.execute("BEGIN IMMEDIATE")

    def _commit(self) -> None:
        self.execute("COMMIT")

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def _failure(self, exc: sqlite3.DatabaseError) -> DatabaseError:
        """sqlite3's error as one line for the user: a lock held past the busy timeout in Dutch."""
        if isinstance(exc, sqlite3.IntegrityError):
            return DatabaseError(f"conflict in de database: {exc}")
        if _is_busy(exc):
            return DatabaseError(BUSY_MESSAGE)
        return DatabaseError(f"{self.path}: {exc}")

    def executemany(self, sql: str, rows: list[dict[str, Any]]) -> None:
        refuse_nul(rows)
        try:
            self.conn.executemany(sql, rows)
        except sqlite3.DatabaseError as exc:
            raise self._failure(exc) from exc

    @contextmanager
    def read_snapshot(self) -> Iterator[SQLiteDatabase]:
        """BEGIN (deferred): in WAL mode the first read fixes the snapshot; writers are not blocked."""
        if self._depth:
            yield self
            return
        self.execute("BEGIN")
        self._depth = 1
        try:
            yield self
        finally:
            self._depth = 0
            self.conn.execute("COMMIT")

    def tables(self) -> set[str]:
        return {r["name"] for r in self.query("SELECT name FROM sqlite_master WHERE type = 'table'")}

    _trigram: bool | None = None

    def word_search(self, word: str, key: str, params: dict[str, Any]) -> str:
        """The FTS5 tables of migrations 0006 and 0007 hold every searchable text already folded. A word
        of three characters or more is a trigram MATCH (a phrase, so nothing typed is read as an
        operator), or a LIKE where SQLite has no trigram tokenizer; a shorter one is a prefix MATCH on
        item_fts_words (FTS5's words) and a GLOB after a non-letter in the small tables."""
        folded = fold(word)
        if self._trigram is None:
            sql = self.scalar("SELECT sql FROM sqlite_master WHERE name = 'item_fts'")
            self._trigram = "trigram" in str(sql or "")
        if starts_words(folded):
            params[key] = '"' + folded.replace('"', '""') + '"*'
            params[key + "_start"] = "*[^a-z0-9]" + "".join(f"[{c}]" if c in "*?[" else c for c in folded.lower()) + "*"
            found = "SELECT rowid FROM {0} WHERE (' ' || lower(body)) GLOB :" + key + "_start"
            items = f"SELECT rowid FROM item_fts_words WHERE item_fts_words MATCH :{key}"
            numbers = f"SELECT r.item_id FROM register_ref r WHERE (' ' || lower(r.value)) GLOB :{key}_start"
        else:
            if self._trigram:
                params[key] = '"' + folded.replace('"', '""') + '"'
                found = "SELECT rowid FROM {0} WHERE {0} MATCH :" + key
            else:
                params[key] = like_pattern(folded)
                found = "SELECT rowid FROM {0} WHERE body LIKE :" + key + " ESCAPE '\\'"
            params[key + "_like"] = like_pattern(folded)
            items = found.format("item_fts")
            numbers = f"SELECT r.item_id FROM register_ref r WHERE r.value LIKE :{key}_like ESCAPE '\\'"
        return " UNION ALL ".join((
            items,
            f"SELECT it.item_id FROM item_topic it WHERE it.topic_id IN ({found.format('item_fts_topic')})",
            f"SELECT s.id FROM item s WHERE s.debate_id IN ({found.format('item_fts_debate')})",
            f"SELECT ia.item_id FROM item_actor ia WHERE ia.actor_id IN ({found.format('item_fts_actor')})",
            numbers,
        ))

    def unless_stale(self, stale: Callable[[], bool], run: Callable[[], T]) -> T | None:
        if stale():
            return None
        # SQLite calls the handler every few thousand steps of a query; a true answer interrupts it.
        self.conn.set_progress_handler(stale, 10_000)
        try:
            return run()
        except DatabaseError:
            if stale():
                return None
            raise
        finally:
            self.conn.set_progress_handler(None, 0)

    def unindexed(self, expression: str) -> str:
        """SQLite's unary + (the documented way to keep a term from an index): without statistics its
        planner would look up every id of a broad filter and sort them all for one page."""
        return f"+{expression}"

    def change_token(self, last_change: int) -> tuple[int, ...]:
        """PRAGMA data_version moves when another connection commits anything; the oplog id catches
        this connection's own changes."""
        return (int(self.scalar("PRAGMA data_version")), last_change)

    def data_tables(self) -> list[tuple[str, str]]:
        """Read from the schema itself (no SQLAlchemy on the light path): virtual tables and their
        shadow tables are the search index, derived from the items."""
        master = self.query("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        virtual = [r["name"] for r in master if (r["sql"] or "").upper().startswith("CREATE VIRTUAL")]
        names = sorted(r["name"] for r in master if r["name"] not in _NOT_DATA
                       and not any(r["name"] == v or r["name"].startswith(v + "_") for v in virtual))
        parents = {t: {r["table"] for r in self.query(f"PRAGMA foreign_key_list({t})")} - {t} for t in names}
        ordered: list[str] = []
        while len(ordered) < len(names):
            ready = [t for t in names if t not in ordered and parents[t] <= set(ordered)]
            if not ready:  # a cycle: fall back to name order for the rest (foreign keys then decide)
                ready = [t for t in names if t not in ordered]
            ordered.extend(ready[:1])
        out = []
        for t in ordered:
            pk = sorted((r for r in self.query(f"PRAGMA table_info({t})") if r["pk"]), key=lambda r: r["pk"])
            out.append((t, ", ".join(r["name"] for r in pk) or "rowid"))
        return out

    def reset_sequences(self, tables: Iterable[str]) -> None:
        """SQLite keeps the highest id of an AUTOINCREMENT table in sqlite_sequence; rows written with
        explicit ids move it only to their own highest, so it is set to the highest the log names too."""
        auto = {r["name"] for r in self.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%AUTOINCREMENT%'")}
        for name in tables:
            if name in auto:
                self.execute("DELETE FROM sqlite_sequence WHERE name = :t", {"t": name})
                self.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (:t, :s)",
                             {"t": name, "s": self.highest_used(name)})

    def boolean_columns(self, table: str) -> list[str]:
        return [r["name"] for r in self.query(f"PRAGMA table_info({table})") if str(r["type"]).upper() == "BOOLEAN"]

    def known_columns(self, table: str) -> set[str] | None:
        return {r["name"] for r in self.query(f"PRAGMA table_info({table})")}

    def integer_columns(self, table: str) -> list[str]:
        return [r["name"] for r in self.query(f"PRAGMA table_info({table})") if str(r["type"]).upper() == "INTEGER"]

    def close(self) -> None:
        self.conn.close()


class SQLAlchemyDatabase(Database):
    """Any other SQLAlchemy URL (PostgreSQL for team mode)."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.exc import SQLAlchemyError

        self.url = url
        try:
            self.engine = create_engine(url, pool_pre_ping=True)
            self.conn = self.engine.connect()
        except ImportError as exc:
            raise DatabaseError(_missing_driver(url, exc)) from None
        except (SQLAlchemyError, ValueError) as exc:  # ValueError: a URL SQLAlchemy cannot take apart
            detail = scrub(str(getattr(exc, "orig", None) or exc).strip().splitlines()[0], url)
            raise DatabaseError(f"kan {shown_target(url)} niet openen: {detail}") from None
        self.dialect = self.engine.dialect.name
        self._depth = 0

    def _run(self, sql: str, params: Params | list[dict[str, Any]]) -> Any:
        from sqlalchemy import text
        from sqlalchemy.exc import IntegrityError, SQLAlchemyError

        refuse_nul(params)
        try:
            if isinstance(params, list):
                return self.conn.execute(text(sql), params)
            return self.conn.execute(text(sql), dict(params or {}))
        except IntegrityError as exc:
            raise DatabaseError(f"conflict in de database: {scrub(str(exc.orig).splitlines()[0], self.url)}") from exc
        except SQLAlchemyError as exc:
            if not self._depth and self.conn.in_transaction():
                self.conn.rollback()
            detail = scrub(str(getattr(exc, "orig", None) or exc).strip().splitlines()[0], self.url)
            if "lock timeout" in detail:
                detail = BUSY_MESSAGE
            raise DatabaseError(detail) from exc

    def query(self, sql: str, params: Params = None) -> list[dict[str, Any]]:
        result = self._run(sql, params)
        rows = [dict(r._mapping) for r in result] if result.returns_rows else []
        if not self._depth:
            self.conn.commit()
        return rows

    def execute(self, sql: str, params: Params = None) -> int:
        result = self._run(sql, params)
        if not self._depth:
            self.conn.commit()
        return int(result.rowcount or 0)

    def executemany(self, sql: str, rows: list[dict[str, Any]]) -> None:
        if rows:
            self._run(sql, rows)
            if not self._depth:
                self.conn.commit()

    def _begin_write(self) -> None:
        if self.conn.in_transaction():
            self.conn.commit()

    def _begin_snapshot(self) -> None:
        """What makes the reads that follow see one state (nothing more on a backend that does so anyway)."""

    def _commit(self) -> None:
        self.conn.commit()

    def _rollback(self) -> None:
        self.conn.rollback()

    @contextmanager
    def read_snapshot(self) -> Iterator[SQLAlchemyDatabase]:
        if self._depth:
            yield self
            return
        if self.conn.in_transaction():
            self.conn.commit()
        self._depth = 1
        try:
            self._begin_snapshot()
            yield self
        finally:
            self._depth = 0
            self.conn.rollback()

    def tables(self) -> set[str]:
        from sqlalchemy import inspect

        return set(inspect(self.conn).get_table_names())

    def data_tables(self) -> list[tuple[str, str]]:
        """From SQLAlchemy's reflection: foreign-key order, primary keys."""
        from sqlalchemy import inspect

        inspector = inspect(self.conn)
        names = [name for name, _ in inspector.get_sorted_table_and_fkc_names()
                 if name is not None and name not in _NOT_DATA]
        return [(name, ", ".join(inspector.get_pk_constraint(name)["constrained_columns"]) or "1") for name in names]

    def boolean_columns(self, table: str) -> list[str]:
        from sqlalchemy import Boolean, inspect

        return [c["name"] for c in inspect(self.conn).get_columns(table) if isinstance(c["type"], Boolean)]

    def close(self) -> None:
        self.conn.close()
        self.engine.dispose()


class PostgresDatabase(SQLAlchemyDatabase):
    """PostgreSQL (team mode): writers take turns under an advisory lock, snapshots are REPEATABLE READ."""

    like = "ILIKE"

    def _folded(self, expression: str) -> str:
        """translate() drops the characters of its second argument that have no counterpart in the third.
        Over an item's title and text this is the expression of migration 0006's trigram index."""
        return f"translate({expression}, '{FOLD_FROM}{FOLD_DROP}', '{FOLD_TO}')"

    def _word_start(self, word: str) -> str:
        """A regular expression: the word after the start of the text or a character that is no letter
        or digit (what FTS5's tokenizer splits on), everything in it literal."""
        import re

        return "(^|[^[:alnum:]])" + re.escape(word)

    def _starts_word(self, expression: str, key: str) -> str:
        return f"{expression} ~* :{key}"

    def _begin_write(self) -> None:
        super()._begin_write()
        # Writers take turns, as on SQLite: wait (at most the busy timeout) for the write lock.
        self._run(f"SET LOCAL lock_timeout = {BUSY_TIMEOUT_MS}", None)
        self._run(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})", None)

    def _begin_snapshot(self) -> None:
        self._run("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", None)

    def reset_sequences(self, tables: Iterable[str]) -> None:
        """Explicit ids bypass PostgreSQL's sequences: each serial sequence is set so that its next value
        is the highest used + 1, and 1 for an empty table (setval's third argument false: not yet used)."""
        for name in tables:
            sequence = self.scalar("SELECT pg_get_serial_sequence(table_name, column_name) AS s"
                                   " FROM information_schema.columns WHERE table_schema = current_schema()"
                                   " AND table_name = :t AND column_name = 'id'", {"t": name})
            if sequence:
                self.query("SELECT setval(:s, :next, false)", {"s": sequence, "next": self.highest_used(name) + 1})


def _missing_driver(url: str, exc: ImportError) -> str:
    """What to install when the URL's database driver is not there (PostgreSQL's is an extra)."""
    module = exc.name or str(exc)
    if url.startswith("postgresql"):
        if module.startswith("psycopg2"):
            return ("de PostgreSQL-driver psycopg2 ontbreekt; installeer kamertaak[pg]"
                    " (pip install 'kamertaak[pg]') en schrijf de URL als postgresql+psycopg://...")
        return f"de PostgreSQL-driver ({module}) ontbreekt; installeer kamertaak[pg] (pip install 'kamertaak[pg]')"
    return f"de databasedriver voor deze URL ({module}) ontbreekt; installeer die eerst"


def sqlite_path(target: str) -> Path | None:
    """The file path for a plain path or a sqlite:/// URL; None for other URLs."""
    if target.startswith("sqlite:///"):
        return Path(target.removeprefix("sqlite:///")).expanduser()
    if "://" in target:
        return None
    return Path(target).expanduser()


def _create_sqlite_file(path: Path) -> None:
    """A new, empty, private database file. Only the default location gets its folders made: a path the
    user typed into a folder that does not exist is more likely a typo than a wish."""
    from kamertaak.config import default_db_path

    if not path.parent.is_dir():
        if path != default_db_path():
            raise DatabaseError(f"map {path.parent} bestaat niet; maak hem eerst aan of kies een ander pad")
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except OSError as exc:
        raise DatabaseError(f"kan {path} niet aanmaken: {os_reason(exc)}") from None
    os.close(fd)


def remove_sqlite_file(path: Path) -> None:
    """Remove a SQLite database file this process created (and its sidecars), e.g. after a failed fill."""
    for leftover in (path, *(path.with_name(path.name + suffix) for suffix in SIDECARS)):
        leftover.unlink(missing_ok=True)


def connect(target: str) -> Database:
    """Connect without touching the schema (creating an empty SQLite file with mode 0600 if needed)."""
    path = sqlite_path(target)
    if path is None:
        return PostgresDatabase(target) if target.startswith("postgresql") else SQLAlchemyDatabase(target)
    if path.is_dir():
        raise DatabaseError(f"{path} is een map, geen databasebestand")
    if not path.exists():
        _create_sqlite_file(path)
    return SQLiteDatabase(path)


def pending_revisions(current: str | None) -> list[str]:
    if current is None:
        return list(SCHEMA_REVISIONS)
    if current not in SCHEMA_REVISIONS:
        raise DatabaseError(
            f"database heeft schemaversie {current}, onbekend voor deze kamertaak (verwacht {SCHEMA_HEAD});"
            " is hij gemaakt door een nieuwere versie?"
        )
    return list(SCHEMA_REVISIONS[SCHEMA_REVISIONS.index(current) + 1 :])


def check_schema(db: Database) -> list[str]:
    """The migrations still to run; refuses a database kamertaak did not make."""
    current = db.schema_revision()
    if current is None:
        foreign = {t for t in db.tables() if not t.startswith("sqlite_")}
        if foreign:
            where = db.shown()
            raise DatabaseError(f"{where} is geen kamertaak-database (tabellen: {', '.join(sorted(foreign)[:5])})")
    return pending_revisions(current)


def backup(db: Database, dest: Path | None = None, *, force: bool = False) -> Path:
    """Copy a SQLite database consistently (also while in WAL mode) into a new private file; returns
    its path. Without `dest` it goes beside the database as NAME.STAMP.bak (NAME.STAMP-2.bak when two
    backups fall in the same second; STAMP the real moment); `dest` is never the database itself nor
    replaced unless `force`."""
    from kamertaak.store.files import database_files, free_name, produce_file

    if not isinstance(db, SQLiteDatabase) or db.path is None:
        raise DatabaseError("backup van een server-database: gebruik `kamertaak export json` of pg_dump")
    source = db

    def make(temp: Path) -> None:
        target = sqlite3.connect(str(temp))
        try:
            source.conn.backup(target)
        except sqlite3.DatabaseError as exc:
            raise source._failure(exc) from None
        finally:
            target.close()

    if dest is None:
        from kamertaak.config import wall_clock

        # The moment it is made, also with today pinned (config.wall_clock).
        stamp = wall_clock().strftime("%Y%m%d-%H%M%S")
        return free_name(db.path.with_name(f"{db.path.name}.{stamp}.bak"), make, protect=database_files(db))
    return produce_file(dest, make, force=force, protect=database_files(db))


def migrations_dir() -> Path:
    """Alembic's environment and versions. A built wheel carries them inside the package as
    kamertaak/migrations (pyproject's force-include), so an installed copy can still create and upgrade
    a database; in a checkout (and an editable install of one) they are the top-level migrations/ beside
    the package. A copy is recognised by its env.py (a folder left with only __pycache__ from before the
    move is none), and the top-level one only in a checkout, never a stray migrations/ in site-packages."""
    package = Path(__file__).resolve().parent.parent
    if (package / "migrations" / "env.py").is_file():
        return package / "migrations"
    checkout = package.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "migrations" / "env.py").is_file():
        return checkout / "migrations"
    raise DatabaseError(f"de migraties van kamertaak ontbreken (niet in {package} en niet in {checkout})")


def alembic_config(db: Database) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def _migration_engine(url: str) -> Any:
    """An engine whose one transaction covers every statement of a schema change, DDL included.

    The standard library's sqlite3 driver commits before DDL and begins only before DML, so by default
    a migration's CREATE TABLEs each commit on their own and a kill halfway leaves half a schema. As
    SQLAlchemy's docs for pysqlite prescribe ("Serializable isolation / Savepoints / Transactional
    DDL"), the driver's own transaction handling is switched off and SQLAlchemy's begin emits BEGIN:
    SQLite's DDL is transactional, so the whole upgrade then commits at once or not at all.
    PostgreSQL's DDL is transactional as it is."""
    from sqlalchemy import create_engine, event

    if not url.startswith("sqlite"):
        return create_engine(url)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin_immediately(conn: Any) -> None:
        # IMMEDIATE: two processes upgrading at once take turns; the second then finds nothing to do.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def run_alembic(db: Database, action: str, revision: str) -> None:
    """Run `alembic upgrade|downgrade REVISION` on the database, all migrations in one transaction:
    a failure or a kill halfway leaves the revision it started from (or no schema), never half of one."""
    from alembic import command
    from sqlalchemy.exc import SQLAlchemyError

    cfg = alembic_config(db)
    engine = _migration_engine(db.url)
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                # Two team members starting a new version at once: the second waits, then finds nothing to do.
                from sqlalchemy import text

                conn.execute(text(f"SELECT pg_advisory_xact_lock({PG_MIGRATION_LOCK})"))
            cfg.attributes["connection"] = conn
            getattr(command, action)(cfg, revision)
    except SQLAlchemyError as exc:
        detail = scrub(str(getattr(exc, "orig", None) or exc).strip().splitlines()[0], db.url)
        if "locked" in detail:
            detail = BUSY_MESSAGE
        raise DatabaseError(f"schema van {db.shown()} niet bijgewerkt (ongewijzigd gelaten): {detail}") from None
    finally:
        engine.dispose()


def upgrade(db: Database) -> Path | None:
    """Bring the schema to SCHEMA_HEAD; an existing SQLite database is backed up first."""
    pending = check_schema(db)
    if not pending:
        return None
    copy = None
    if db.schema_revision() is not None and isinstance(db, SQLiteDatabase):
        copy = backup(db)
    run_alembic(db, "upgrade", "head")
    return copy


def open_database(target: str) -> Database:
    """Connect, refuse what is not ours, and upgrade a pending schema (backing up first)."""
    db = connect(target)
    try:
        if check_schema(db):
            upgrade(db)
    except BaseException:
        db.close()
        raise
    return db
