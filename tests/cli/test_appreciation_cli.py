"""The cabinet's appreciation of a motion as the user sees it: read from a triaged text, set by hand, shown on
the motion and in the weekly status, logged and undone."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., str]

DEBATE = """Verslag tweeminutendebat Warmtetransitie, woensdag 2 april 2025

Mevrouw Kröger (GL-PvdA) dient een motie in die de regering verzoekt de warmtewet voor de zomer naar de Kamer te \\
sturen. De minister ontraadt de motie.
"""


@pytest.fixture
def k(env: Path, backend: str, request: pytest.FixtureRequest, pinned_cli: Run) -> Run:
    if backend == "sqlite":
        shutil.copyfile(request.getfixturevalue("template_db"), env)
    return pinned_cli


def test_set_shows_and_exports_the_appreciation(k: Run, tmp_path: Path, fails: Callable[..., str]) -> None:
    k("add", "motie", "Motie-Kröger: warmtewet voor de zomer", "--status", "ingediend", "--actor", "Kröger (GL-PvdA)")
    k("set", "1", "appreciation=ontraden")
    shown = k("show", "1")
    assert "appreciatie: Ontraden" in shown and "appreciatie: leeg → Ontraden" in shown
    assert json.loads(k("show", "1", "--json"))["appreciation"] == "Ontraden"
    week = tmp_path / "week.md"
    k("export", "markdown", "--week", "2025-W15", "-o", str(week))
    assert "ingediend (kabinet: Ontraden)" in week.read_text(encoding="utf-8")
    assert "ongedaan bij item 1: appreciatie: Ontraden → leeg" in k("undo")
    k("add", "actie", "Bellen")
    assert fails("set", "2", "appreciation=ontraden") == (
        "kamertaak: alleen een motie heeft een appreciatie van het kabinet")
    assert fails("set", "1", "appreciation=misschien").startswith("kamertaak: onbekende appreciatie 'misschien'")
    assert json.loads(k("show", "1", "--json"))["appreciation"] is None
    # The field named as the interface shows it.
    k("set", "1", "appreciatie=oordeel kamer", "volgende_stap=Kröger bellen")
    shown = json.loads(k("show", "1", "--json"))
    assert (shown["appreciation"], shown["next_action"]) == ("Oordeel Kamer", "Kröger bellen")


def test_triage_keeps_the_appreciation_a_text_gives(k: Run, tmp_path: Path) -> None:
    text = tmp_path / "tweeminutendebat.txt"
    text.write_text(DEBATE, encoding="utf-8")
    k("triage", str(text), "--accept")
    [motion] = [i for i in json.loads(k("list", "--json")) if i["kind"] == "motion"]
    assert motion["appreciation"] == "Ontraden"
    assert "appreciatie: Ontraden" in k("show", str(motion["id"]))

