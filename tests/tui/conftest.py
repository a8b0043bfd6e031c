"""TUI tests: a seeded temporary database, today pinned to 2025-04-10, and a helper that waits for
the app's workers instead of sleeping."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kamertaak import config

sys.path.insert(0, str(Path(__file__).parent))

from tui_seed import seed

TODAY = "2025-04-10"


@pytest.fixture
def settings_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Pinned today, a config file of our own (empty unless a test writes one), a fixed user."""
    cfg = tmp_path / "config.toml"
    monkeypatch.setenv("KAMERTAAK_TODAY", TODAY)
    monkeypatch.setenv("KAMERTAAK_CONFIG", str(cfg))
    monkeypatch.setenv("KAMERTAAK_USER", "tester")
    monkeypatch.delenv("KAMERTAAK_DB", raising=False)
    config.settings.cache_clear()
    yield cfg
    config.settings.cache_clear()


@pytest.fixture
def db_path(tmp_path: Path, settings_env: Path) -> Path:
    from kamertaak.store.service import Store

    path = tmp_path / "kt.db"
    store = Store.open(str(path))
    try:
        seed(store)
    finally:
        store.close()
    return path


@pytest.fixture
def make_app(db_path: Path) -> Callable[..., object]:
    from kamertaak.tui.app import KamertaakApp

    def make(**kwargs: object) -> KamertaakApp:
        # Timers off unless a test asks: reminders and the poll for others' changes.
        options: dict[str, object] = {"watch_reminders": False, "watch_changes": False, **kwargs}
        return KamertaakApp(str(db_path), **options)  # type: ignore[arg-type]

    return make




# Demo items whose proposals stay tracked in the triage tests; the others are deleted so there is
# something left to accept.
DEMO_KEPT = (1, 4, 7, 8)


@pytest.fixture
def demo_db_path(tmp_path: Path, settings_env: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo debate as `kamertaak demo` loads it (with its source text), minus a few of its items."""
    from typer.testing import CliRunner

    from kamertaak.cli import app as cli_app
    from kamertaak.store.service import Store

    path = tmp_path / "demo.db"
    monkeypatch.setenv("KAMERTAAK_DB", str(path))
    config.settings.cache_clear()
    result = CliRunner().invoke(cli_app, ["demo"])
    assert result.exit_code == 0, result.output
    monkeypatch.delenv("KAMERTAAK_DB")
    config.settings.cache_clear()
    store = Store.open(str(path))
    try:
        for item_id in (2, 3, 5, 6):
            store.delete_item(item_id)
    finally:
        store.close()
    return path


@pytest.fixture
def make_demo_app(demo_db_path: Path) -> Callable[..., object]:
    from kamertaak.tui.app import KamertaakApp

    def make() -> KamertaakApp:
        return KamertaakApp(str(demo_db_path), watch_reminders=False, watch_changes=False)

    return make
