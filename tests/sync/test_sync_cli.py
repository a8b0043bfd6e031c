"""The sync commands as a user types them, against the fake portal on 127.0.0.1."""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest
from typer.testing import CliRunner

from kamertaak.cli import app, main
from kamertaak.store.service import Store
from tests.sync.conftest import Fault, Portal
from tests.sync.shapes import besluit, motie, toezegging

runner = CliRunner()


def run(*args: str, code: int = 0) -> Any:
    result = runner.invoke(app, list(args), catch_exceptions=False, env={"COLUMNS": "160"})
    assert result.exit_code == code, result.output
    return result


def fails(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[str, str]:
    """`kamertaak ARGS` as the console script runs it: exit code 2 and one error line; (stdout, stderr)."""
    capsys.readouterr()
    old = sys.argv
    sys.argv = ["kamertaak", *args]
    try:
        with pytest.raises(SystemExit) as exc:
            main()
    finally:
        sys.argv = old
    assert exc.value.code == 2
    out, err = capsys.readouterr()
    assert len(err.strip().splitlines()) == 1, err
    return out, err


def fill(portal: Portal) -> None:
    portal.toezeggingen = [
        toezegging("TZ202504-057", status="Afgedaan", changed="2025-04-02T10:00:00Z", naam="Madlener, B.",
                   functie="Minister van Infrastructuur en Waterstaat", ministerie="Infrastructuur en Waterstaat",
                   tekst="De minister informeert de Kamer voor de zomer over extra acties voor verkeersveiligheid."),
        toezegging("TZ202412-116", changed="2025-04-03T10:00:00Z", status="Onbekende status"),
        toezegging("TZ202603-130", changed="2025-04-04T10:00:00Z"),
    ]
    portal.zaken = [motie("2025Z22235", indieners=[("Bikker", "ChristenUnie")], besluiten=[
        besluit("Stemmen - aangenomen", changed="2025-11-25T15:23:38+01:00", votes=[("VVD", "Voor", 24)])])]


def test_follow_sync_inbox_and_accept(tk_store: Store, portal: Portal) -> None:
    fill(portal)
    rule = json.loads(run("follow", "add", "--ministry", "infrastructuur", "--json").stdout)
    assert rule["ministry"] == "infrastructuur" and rule["inbox"] == 0
    run("follow", "add", "--party", "ChristenUnie")
    assert "fractie=ChristenUnie" in run("follow", "list").stdout
    summary = json.loads(run("sync", "tweedekamer", "--base-url", portal.url, "--json").stdout)
    assert (summary["new"], summary["inbox"], summary["items_created"]) == (4, 2, 0)
    assert summary["unknown_statuses"] == [{"number": "TZ202412-116", "kind": "commitment",
                                            "raw_status": "Onbekende status"}]
    inbox = json.loads(run("register", "list", "--inbox", "--json").stdout)
    assert sorted(r["number"] for r in inbox) == ["2025Z22235", "TZ202504-057"]
    motion = next(r for r in inbox if r["kind"] == "motion")
    assert motion["kamerstuk"] == "21501-20, nr. 2333" and motion["votes"] == {"Voor": ["VVD"]}
    assert "item" in run("register", "accept", "TZ202504-057").stdout
    assert [r["number"] for r in json.loads(run("register", "list", "--inbox", "--json").stdout)] == ["2025Z22235"]
    run("register", "dismiss", "2025Z22235")
    assert json.loads(run("register", "list", "--inbox", "--json").stdout) == []
    found = json.loads(run("register", "list", "--search", "verkeersveiligheid", "--json").stdout)
    assert [r["number"] for r in found] == ["TZ202504-057"] and found[0]["item_id"] is not None
    run("follow", "remove", str(rule["id"]))
    assert "infrastructuur" not in run("follow", "list").stdout
    text = run("sync", "tweedekamer", "--base-url", portal.url).stdout
    assert "nieuw 0" in text and "ongewijzigd" in text


def test_dry_run_and_a_failed_run(tk_store: Store, portal: Portal) -> None:
    fill(portal)
    text = run("sync", "tweedekamer", "--dry-run", "--only", "toezeggingen").stdout
    assert "proefdraai" in text and "nieuw 3" in text and "Onbekende status" in text
    assert json.loads(run("register", "list", "--json").stdout) == []
    portal.faults = [Fault("Zaak", 503) for _ in range(5)]
    result = run("sync", "tweedekamer", code=1)
    assert "sync afgebroken" in result.stderr and "HTTP 503" in result.stderr
    assert "nieuw 3" in result.stdout  # the commitments taken in before the motions failed are kept
    assert len(json.loads(run("register", "list", "--json").stdout)) == 3


def test_link_a_hand_made_item_and_suggestions_for_an_unknown_number(tk_store: Store, portal: Portal,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    fill(portal)
    run("sync", "tweedekamer")
    item_id = tk_store.add_item("commitment", "Extra acties verkeersveiligheid voor de zomer", owner="anna")
    out = run("link", str(item_id), "TZ202504-057").stdout
    assert "volgt nu TZ202504-057" in out
    item = json.loads(run("show", str(item_id), "--json").stdout)
    assert (item["status"], item["raw_status"], item["owner"]) == ("done", "Afgedaan", "anna")
    other = tk_store.add_item("commitment", "Minister informeert over extra acties verkeersveiligheid")
    out, err = fails(capsys, "link", str(other), "TZ202504-058")  # a typo: suggested, refused, nothing kept
    assert "niet in het spiegelregister" in err and "--force" in err
    assert "TZ202504-057" in out.split("bedoelde je")[1] and "21501-20" not in out  # no motion for a commitment
    assert json.loads(run("show", str(other), "--json").stdout)["registers"] == []
    assert "niet in het spiegelregister" in run("link", str(other), "TZ202504-058", "--force").stdout
    assert json.loads(run("show", str(other), "--json").stdout)["registers"] == ["TZ202504-058"]
    run("link", str(other), "https://www.tweedekamer.nl/kamerstukken/toezeggingen")  # a URL: as before
    assert len(json.loads(run("show", str(other), "--json").stdout)["links"]) == 1
    motion_item = tk_store.add_item("motion", "Motie Bikker informatiedeling", status="submitted")
    assert "volgt nu 21501-20, nr. 2333" in run("link", str(motion_item), "21501-20 nr 2333").stdout
    assert json.loads(run("show", str(motion_item), "--json").stdout)["status"] == "adopted"


def test_since_after_the_saved_positions_says_it_leaves_them(tk_store: Store, portal: Portal) -> None:
    fill(portal)
    first = json.loads(run("sync", "tweedekamer", "--json").stdout)
    assert set(first["positions"]) == {"odata:Toezegging", "odata:Motie", "odata:Besluit"}
    text = run("sync", "tweedekamer", "--since", "2026-01-01").stdout
    assert "--since ligt na de bewaarde positie" in text and "odata:Besluit" in text
    again = json.loads(run("sync", "tweedekamer", "--since", "2026-01-01", "--json").stdout)
    assert again["positions"] == first["positions"] and len(again["positions_kept"]) == 3
