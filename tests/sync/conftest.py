"""The Kamer's services as stand-ins on 127.0.0.1 (tests/sync/standin.py, built from the Kamer's own
schemas and entity list) and a store whose config points at them. Nothing leaves loopback."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kamertaak import config
from kamertaak.store.service import Store
from kamertaak.sync.client import ClientSettings, RegisterClient
from tests.sync.standin import RESEARCH, StandIn, serve


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The stand-ins are built from the Kamer's schemas (../shared/research/tk-opendata beside the checkout, or
    KAMERTAAK_TK_SCHEMAS). A clone elsewhere skips the tests that need them, saying why; CI
    (KAMERTAAK_REQUIRE_SCHEMAS=1) stops instead, so they never go unrun there."""
    if RESEARCH.is_dir():
        return
    why = f"the Kamer's schemas are not at {RESEARCH} (set KAMERTAAK_TK_SCHEMAS to the tk-opendata folder)"
    if os.environ.get("KAMERTAAK_REQUIRE_SCHEMAS"):
        raise pytest.UsageError(why)
    skip = pytest.mark.skip(reason=why)
    for item in items:
        module = getattr(item, "module", None)
        built = module is not None and any(
            getattr(v, "__module__", "") == "tests.sync.standin" for v in vars(module).values())
        if built or "standin" in getattr(item, "fixturenames", ()):
            item.add_marker(skip)


@pytest.fixture
def standin() -> Iterator[StandIn]:
    """Both services over one World, at a free port, in a thread."""
    yield from serve(StandIn())


@pytest.fixture
def tk_store(env: Any, tmp_path: Path, standin: StandIn) -> Iterator[Store]:
    """A fresh database (SQLite, or PostgreSQL when the suite has a server) with today pinned and a
    config that points at the stand-in, with tiny waits."""
    (tmp_path / "config.toml").write_text(
        f'[tweedekamer]\nbase_url = "{standin.url}"\nbackoff_base = 0.001\npage_pause = 0\nretries = 3\n'
        "timeout = 10\n", encoding="utf-8")
    config.settings.cache_clear()
    store = Store.open(str(env))
    yield store
    store.close()
    config.settings.cache_clear()


class Sleeps(list[float]):
    """Records the waits the client asks for, without waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def client(tk_store: Store) -> Iterator[RegisterClient]:
    settings = ClientSettings.from_config(config.settings().tweedekamer)
    with RegisterClient(settings, sleep=Sleeps()) as c:
        yield c
