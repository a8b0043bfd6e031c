"""Triage time grows with the text, not faster: no pattern runs away on long or odd input (1 MB here)."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from kamertaak.core.extract import extract

DEMO = Path(__file__).resolve().parents[2] / "kamertaak" / "data" / "demo" / "commissiedebat-2025-04-03.txt"
REF = dt.date(2025, 4, 3)


def cpu(text: str) -> float:
    """The lesser of two runs' CPU time: a shared machine adds noise, never takes it away."""
    times = []
    for _ in range(2):
        started = time.process_time()
        extract(text, REF)
        times.append(time.process_time() - started)
    return min(times)


def fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def test_a_megabyte_of_debate_text_in_linear_time() -> None:
    text = DEMO.read_text(encoding="utf-8")
    extract(text, REF)  # imports and the packaged calendar are not the text's cost
    small = cpu(fill(text + "\n\n", 100_000))
    started = time.process_time()
    extract(fill(text + "\n\n", 1_000_000), REF)
    big = time.process_time() - started
    assert big < 8.0  # about 2.5 s of CPU on a shared build machine; the bound leaves room for a slow one
    assert big < 16 * max(small, 0.05)  # ten times the text, not a hundred times the work


def test_odd_input_does_not_run_away() -> None:
    for unit in (
        "de minister zal de kamer informeren over de motie van het lid Van Dijk en ",  # no full stop
        "voor de zomer ",
        "12 34 56 78 ",
        "De heer Van der Berg (CDA) en mevrouw Van den Hoek (SP) ",
        "wets-\nvoorstel ",
        "zegt toe ",
    ):
        small, big = cpu(fill(unit, 30_000)), cpu(fill(unit, 300_000))
        assert big < 16 * max(small, 0.05), unit  # ten times the text: about ten times the work
    assert cpu("a" * 1_000_000) < 4.0
