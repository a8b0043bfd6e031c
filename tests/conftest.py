"""Shared fixtures: a pinned today, no user config, and a fresh SQLite database per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kamertaak import config
from kamertaak.store.service import Store

TODAY = "2025-04-10"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """KAMERTAAK_TODAY pinned, no config file, KAMERTAAK_DB in tmp; yields the database path."""
    db = tmp_path / "kamertaak.db"
    monkeypatch.setenv("KAMERTAAK_TODAY", TODAY)
    monkeypatch.setenv("KAMERTAAK_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setenv("KAMERTAAK_DB", str(db))
    monkeypatch.setenv("KAMERTAAK_USER", "tester")
    config.settings.cache_clear()
    yield db
    config.settings.cache_clear()


@pytest.fixture
def store(env: Path) -> Iterator[Store]:
    s = Store.open(str(env))
    yield s
    s.close()
