"""Shared fixtures: a pinned today, no user config, and a fresh database per test.

The store, CLI and sync tests run twice, on SQLite and on PostgreSQL (ids `[sqlite]`, `[postgresql]`).
The PostgreSQL variants need a server: set KAMERTAAK_TEST_PG_URL to a SQLAlchemy URL of a role that may
CREATE DATABASE (`.ci/run` starts a throwaway server and sets it); without it they skip and say so.
Each PostgreSQL test gets its own database, cloned from a template migrated once per session, and
dropped afterwards. A test that only makes sense on a SQLite file says `@pytest.mark.sqlite_only`.
"""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kamertaak import config
from kamertaak.store.db import open_database
from kamertaak.store.service import Store

TODAY = "2025-04-10"
PG_URL_VAR = "KAMERTAAK_TEST_PG_URL"
PG_SKIP_REASON = (
    f"PostgreSQL variant skipped: set {PG_URL_VAR}=postgresql+psycopg://ROLE@HOST:PORT/DB (a role that may"
    " CREATE DATABASE; `pip install -e '.[test]'` brings psycopg) to run it; .ci/run starts a server and sets it"
)
# Test folders whose tests using `env` or `store` also run on PostgreSQL.
PG_FOLDERS = ("store", "cli", "sync")
# Tests about the SQLite file itself (file mode, WAL, backups, raw sqlite3 reads), in files whose
# owners have not marked them: they run on SQLite only. Their PostgreSQL counterparts are in
# tests/store/test_postgres.py and tests/cli/test_postgres_cli.py.
SQLITE_ONLY_FILES = ("tests/store/test_db.py",)
SQLITE_ONLY_TESTS = (
    "tests/cli/test_items_cli.py::test_bad_input_is_one_line_exit_2_and_changes_nothing",
    "tests/cli/test_items_cli.py::test_unusable_db_paths_are_refused",
    "tests/cli/test_items_cli.py::test_db_commands",
)
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _no_user_files(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that forgets `env` still never reads or writes the user's own database or config: the
    default places (platformdirs, XDG on Linux) point into a temporary folder."""
    home = tmp_path_factory.mktemp("xdg")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    from skip_summary import write_skip_summary

    write_skip_summary(terminalreporter)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: runs on SQLite only (no PostgreSQL variant)")


def _runs_on_postgres(definition: Any) -> bool:
    try:
        rel = Path(str(definition.path)).resolve().relative_to(ROOT / "tests")
    except ValueError:
        return False
    if not rel.parts or rel.parts[0] not in PG_FOLDERS:
        return False
    node = f"tests/{rel.as_posix()}::{definition.originalname}"
    if f"tests/{rel.as_posix()}" in SQLITE_ONLY_FILES or node in SQLITE_ONLY_TESTS:
        return False
    return definition.get_closest_marker("sqlite_only") is None


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames and _runs_on_postgres(metafunc.definition):
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """'sqlite' or 'postgresql': the database kind `env` and `store` give this test."""
    return str(getattr(request, "param", "sqlite"))


class PgServer:
    """The test server: an admin connection, a template database at the schema head, fresh clones."""

    def __init__(self, url: str) -> None:
        import psycopg
        from sqlalchemy.engine import make_url

        self.url = make_url(url)
        conninfo = self.url.set(drivername="postgresql").render_as_string(hide_password=False)
        try:
            self.admin = psycopg.connect(conninfo, autocommit=True)
        except psycopg.Error as exc:
            pytest.fail(f"{PG_URL_VAR} is set but the server does not answer: {exc}")
        self.prefix = f"kt_test_{os.getpid()}"
        self.counter = itertools.count(1)
        self.template = f"{self.prefix}_template"
        # FILE_COPY (PostgreSQL 15+) clones a small database in ~10 ms, the default WAL_LOG in ~300 ms.
        self.strategy = " STRATEGY FILE_COPY" if self.admin.info.server_version >= 150000 else ""
        self.admin.execute(f"DROP DATABASE IF EXISTS {self.template}")
        self.admin.execute(f"CREATE DATABASE {self.template} TEMPLATE template0 ENCODING 'UTF8'")
        open_database(self.url_for(self.template)).close()

    def url_for(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def create(self, empty: bool = False) -> tuple[str, str]:
        """A new database (a clone of the migrated template, or empty); returns (name, URL)."""
        name = f"{self.prefix}_{next(self.counter)}"
        template = "template0" if empty else self.template
        self.admin.execute(f"CREATE DATABASE {name} TEMPLATE {template} ENCODING 'UTF8'{self.strategy}")
        return name, self.url_for(name)

    def drop(self, name: str) -> None:
        # FORCE: also ends connections that CLI runs in this process left for the garbage collector. An
        # autovacuum worker on the database is the server's, not ours to end: wait for it and try again.
        import psycopg

        for attempt in range(10):
            try:
                self.admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
                return
            except (psycopg.errors.InsufficientPrivilege, psycopg.errors.ObjectInUse):
                if attempt == 9:
                    raise
                time.sleep(0.3)

    def close(self) -> None:
        self.drop(self.template)
        self.admin.close()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    url = os.environ.get(PG_URL_VAR)
    if not url:
        pytest.skip(PG_SKIP_REASON)
    server = PgServer(url)
    yield server
    server.close()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh PostgreSQL database at the schema head, dropped after the test."""
    name, url = pg_server.create()
    yield url
    pg_server.drop(name)


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, backend: str,
        request: pytest.FixtureRequest) -> Iterator[Any]:
    """KAMERTAAK_TODAY pinned, no config file, KAMERTAAK_DB set; yields the database path (SQLite)
    or URL (PostgreSQL)."""
    db: Any = tmp_path / "kamertaak.db"
    if backend == "postgresql":
        db = request.getfixturevalue("pg_url")
    monkeypatch.setenv("KAMERTAAK_TODAY", TODAY)
    monkeypatch.setenv("KAMERTAAK_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setenv("KAMERTAAK_DB", str(db))
    monkeypatch.setenv("KAMERTAAK_USER", "tester")
    config.settings.cache_clear()
    yield db
    config.settings.cache_clear()


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty SQLite database at the schema head: tests copy it instead of migrating each time."""
    path = tmp_path_factory.mktemp("template") / "empty.db"
    open_database(str(path)).close()
    return path


@pytest.fixture
def pinned_cli(monkeypatch: pytest.MonkeyPatch) -> Callable[..., str]:
    """`kamertaak ARGS` in this process with today pinned per call (default TODAY) on the database
    KAMERTAAK_DB names; returns stdout and asserts the exit code (0 unless `code=` says otherwise)."""
    from typer.testing import CliRunner

    from kamertaak.cli import app

    runner = CliRunner()

    def run(*args: str, today: str = TODAY, code: int = 0) -> str:
        monkeypatch.setenv("KAMERTAAK_TODAY", today)
        config.settings.cache_clear()
        result = runner.invoke(app, list(args), catch_exceptions=False, env={"COLUMNS": "200"})
        assert result.exit_code == code, result.output
        return result.stdout

    return run


@pytest.fixture
def store(env: Any) -> Iterator[Store]:
    s = Store.open(str(env))
    yield s
    s.close()
