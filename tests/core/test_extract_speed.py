"""No pattern runs away on long or odd input: triage of a megabyte ends, and gives what its parts give.

Triage time itself (10 KB, 100 KB, 1 MB) is a figure, printed by bench/bench_triage.py, not asserted here:
this test only stops a runaway pattern from hanging the run (a backtracking regex on 1 MB never ends).
"""

from __future__ import annotations

import datetime as dt
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kamertaak.core.extract import extract

DEMO = Path(__file__).resolve().parents[2] / "kamertaak" / "data" / "demo" / "commissiedebat-2025-04-03.txt"
REF = dt.date(2025, 4, 3)


@contextmanager
def ends_at_all(seconds: int = 180) -> Iterator[None]:
    """A hang guard, not a speed target: far above any honest run, it fails a run that never ends."""

    def hung(*_: object) -> None:
        raise AssertionError(f"triage still running after {seconds} s: a pattern runs away")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def test_a_megabyte_of_debate_text_ends_with_its_follow_ups() -> None:
    text = DEMO.read_text(encoding="utf-8")
    once = extract(text, REF)
    with ends_at_all():
        big = extract(fill(text + "\n\n", 1_000_000), REF)
    assert {c.kind for c in once.candidates} <= {c.kind for c in big.candidates}


def test_odd_input_ends() -> None:
    for unit in (
        "de minister zal de kamer informeren over de motie van het lid Van Dijk en ",  # no full stop
        "voor de zomer ",
        "12 34 56 78 ",
        "De heer Van der Berg (CDA) en mevrouw Van den Hoek (SP) ",
        "wets-\nvoorstel ",
        "zegt toe ",
    ):
        with ends_at_all():
            extract(fill(unit, 300_000), REF)
    with ends_at_all():
        assert not extract("a" * 1_000_000, REF).candidates
