"""What the CLI tests share."""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest

from kamertaak.cli import main

Fails = Callable[..., str]


@pytest.fixture
def fails(capsys: pytest.CaptureFixture[str]) -> Fails:
    """`kamertaak ARGS` through main(), as the console script runs it: asserts exit code 2 and a single
    error line, and returns that line."""

    def run(*args: str) -> str:
        old = sys.argv
        sys.argv = ["kamertaak", *args]
        try:
            with pytest.raises(SystemExit) as exc:
                main()
        finally:
            sys.argv = old
        assert exc.value.code == 2
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1, err
        return err

    return run
