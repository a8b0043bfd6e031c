"""Fixtures for the report tests: a migrated empty database copied from one template (Alembic runs
once per session, not per test), the demo debate, and the CLI as a user runs it with today pinned."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kamertaak.store.service import Store

Cli = Callable[..., str]


@pytest.fixture
def fresh(env: Path, template_db: Path) -> Path:
    """KAMERTAAK_DB (from the shared env fixture) as a migrated, empty database."""
    shutil.copyfile(template_db, env)
    return env


@pytest.fixture
def rstore(fresh: Path) -> Iterator[Store]:
    s = Store.open(str(fresh))
    yield s
    s.close()


@pytest.fixture
def cli(fresh: Path, pinned_cli: Cli) -> Cli:
    """Run a command on the fresh database with today pinned (default 2025-04-10); returns stdout."""
    return pinned_cli


@pytest.fixture
def demo_week(cli: Cli) -> Cli:
    """The demo debate loaded on Monday 7 April 2025, then a week of work: the motion submitted and
    adopted, the tweeminutendebat moved, a link added, a note, an owner and a next step, and a change undone."""
    cli("demo", today="2025-04-07")
    cli("status", "3", "submitted", today="2025-04-08")
    cli("set", "4", "due=2025-04-17", today="2025-04-09")
    cli("link", "7", "https://www.tweedekamer.nl/kamerstukken/moties", "--label", "Moties | overzicht",
        today="2025-04-09")
    cli("status", "3", "adopted", today="2025-04-09")
    cli("note", "1", "Gebeld met VWS: *komt* in de Voorjaarsnota", today="2025-04-09")
    cli("set", "1", "owner=anna", "next_action=Voorjaarsnota nalezen op geld voor opvang", today="2025-04-09")
    cli("status", "1", "partial", today="2025-04-10")
    cli("undo", today="2025-04-10")
    return cli
