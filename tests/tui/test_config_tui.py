"""The TUI and the config file: every [keymap] id the config accepts is a binding of the TUI, and a
calendar that cannot be used never crashes the quick-add form's date preview."""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

import pytest
from pilot_tools import SIZE, settle
from textual.binding import Binding
from textual.widgets import Input, Static

import kamertaak.tui
from kamertaak import config
from kamertaak.core.errors import ConfigError
from kamertaak.tui.screens.item_form import ItemFormScreen


def _binding_ids() -> set[str]:
    ids: set[str] = set()
    for info in pkgutil.walk_packages(kamertaak.tui.__path__, "kamertaak.tui."):
        module = importlib.import_module(info.name)
        for cls in vars(module).values():
            if isinstance(cls, type) and cls.__module__ == info.name:
                ids.update(b.id for b in vars(cls).get("BINDINGS", []) if isinstance(b, Binding) and b.id)
    return ids


def test_the_keymap_ids_the_config_accepts_are_the_tuis_binding_ids() -> None:
    ids = _binding_ids()
    # A new binding id goes into config.KEYMAP_IDS too, so [keymap] may name it.
    assert ids - config.KEYMAP_IDS == set(), "binding ids missing from config.KEYMAP_IDS"
    assert config.KEYMAP_IDS - ids == set(), "config.KEYMAP_IDS names bindings the TUI no longer has"


def _unusable_calendar() -> Any:
    raise ConfigError("kalenderbestand calendar.toml: reces 'zomerreces': 'nooit' is geen datum")


async def test_quick_add_shows_an_unusable_calendar_in_the_preview(make_app: Any,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config, "calendar", _unusable_calendar)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, ItemFormScreen)
        app.screen.query_one("#form-due", Input).focus()
        await pilot.press(*"voor de zomer")
        await settle(pilot)
        assert isinstance(app.screen, ItemFormScreen)
        preview = str(app.screen.query_one("#due-preview", Static).render())
        assert "'nooit' is geen datum" in preview
