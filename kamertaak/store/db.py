"""Opening the database: SQLite through the standard library (fast start), anything else through
SQLAlchemy; schema checks, backups and Alembic upgrades.

Queries are SQL text with `:name` parameters, which both sqlite3 and SQLAlchemy's `text()` accept,
so one set of queries serves every backend. Alembic and SQLAlchemy are imported only when a
schema change or a non-SQLite URL asks for them.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kamertaak.core.errors import DatabaseError

# Every migration in order; the last one is the schema this code expects.
SCHEMA_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005")
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

    def data_version(self) -> int:
        """Changes by other connections bump this number (PRAGMA data_version)."""
        return int(self.scalar("PRAGMA data_version"))

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
        if self.dialect == "postgresql":
            # Writers take turns, as on SQLite: wait (at most the busy timeout) for the write lock.
            self._run(f"SET LOCAL lock_timeout = {BUSY_TIMEOUT_MS}", None)
            self._run(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})", None)

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
            if self.dialect == "postgresql":
                self._run("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", None)
            yield self
        finally:
            self._depth = 0
            self.conn.rollback()

    def tables(self) -> set[str]:
        from sqlalchemy import inspect

        return set(inspect(self.conn).get_table_names())

    def close(self) -> None:
        self.conn.close()
        self.engine.dispose()


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
        raise DatabaseError(f"kan {path} niet aanmaken: {exc.strerror}") from None
    os.close(fd)


def remove_sqlite_file(path: Path) -> None:
    """Remove a SQLite database file this process created (and its sidecars), e.g. after a failed fill."""
    for leftover in (path, *(path.with_name(path.name + suffix) for suffix in SIDECARS)):
        leftover.unlink(missing_ok=True)


def connect(target: str) -> Database:
    """Connect without touching the schema (creating an empty SQLite file with mode 0600 if needed)."""
    path = sqlite_path(target)
    if path is None:
        return SQLAlchemyDatabase(target)
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
    backups fall in the same second); `dest` is never the database itself nor replaced unless `force`."""
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
        from kamertaak.config import now

        stamp = now().strftime("%Y%m%d-%H%M%S")
        return free_name(db.path.with_name(f"{db.path.name}.{stamp}.bak"), make, protect=database_files(db))
    return produce_file(dest, make, force=force, protect=database_files(db))


def alembic_config(db: Database) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).resolve().parent.parent / "migrations"))
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
