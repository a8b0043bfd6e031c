"""One error hierarchy, mapped once: every error meant for the user is a KamertaakError and the CLI turns
it into `kamertaak: <one line>` with exit 2; anything else is still one line (exit 1), never a traceback."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import kamertaak
from kamertaak.cli import main
from kamertaak.core.errors import KamertaakError

Fails = Callable[..., str]

# Control flow inside one module, never raised past it.
_INTERNAL = {"kamertaak.sync.tweedekamer._Rollback", "kamertaak.sync.records._Refused"}


def test_every_error_class_of_the_product_is_a_kamertaak_error() -> None:
    found = []
    for info in pkgutil.walk_packages(kamertaak.__path__, "kamertaak."):
        if ".migrations" in info.name or info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != info.name or not issubclass(cls, BaseException):
                continue
            qualified = f"{info.name}.{name}"
            found.append(qualified)
            if qualified not in _INTERNAL:
                assert issubclass(cls, KamertaakError), qualified
    # The walk did reach the classes of every layer.
    assert {"kamertaak.core.errors.DomainError", "kamertaak.core.calendar.CalendarError",
            "kamertaak.store.restore.RestoreError", "kamertaak.sync.mapping.MappingError"} <= set(found)


def _run(*args: str) -> int | str | None:
    old = sys.argv
    sys.argv = ["kamertaak", *args]
    try:
        with pytest.raises(SystemExit) as exc:
            main()
    finally:
        sys.argv = old
    return exc.value.code


def test_an_error_of_any_layer_is_one_line_and_exit_2(env: Path, fails: Fails) -> None:
    assert fails("show", "999").startswith("kamertaak: ")  # NotFound, from the store
    assert "--days" in fails("today", "--days", "abc")  # Typer's usage error, in Dutch


def test_an_unexpected_error_is_one_line_naming_the_debug_switch(
        env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from kamertaak.store.service import Store

    def broken(*args: object, **kwargs: object) -> Store:
        raise RuntimeError("kapot\nop twee regels")

    monkeypatch.setattr(Store, "open", broken)
    monkeypatch.delenv("KAMERTAAK_DEBUG", raising=False)
    assert _run("list") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("kamertaak: interne fout (RuntimeError: kapot op twee regels)")
    assert "KAMERTAAK_DEBUG=1" in err

    monkeypatch.setenv("KAMERTAAK_DEBUG", "1")
    old = sys.argv
    sys.argv = ["kamertaak", "list"]
    try:
        with pytest.raises(RuntimeError, match="kapot"):
            main()
    finally:
        sys.argv = old
