"""The sync commands as a user types them, against the fake portal on 127.0.0.1."""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest
from typer.testing import CliRunner

from kamertaak import config
from kamertaak.cli import app, main
from kamertaak.store.service import Store
from tests.sync.shapes import commitment, decide, member, motion
from tests.sync.standin import Fault, StandIn

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


def fill(standin: StandIn) -> None:
    w = standin.world
    commitment(w, "TZ202504-057", status="Voldaan", changed="2025-04-02T10:00:00Z",
               minister=("Madlener, B.", "Minister van Infrastructuur en Waterstaat"),
               ministerie="Infrastructuur en Waterstaat",
               tekst="De minister informeert de Kamer voor de zomer over extra acties voor verkeersveiligheid.")
    commitment(w, "TZ202412-116", changed="2025-04-03T10:00:00Z", status="Onbekende status")
    commitment(w, "TZ202603-130", changed="2025-04-04T10:00:00Z")
    member(w, "Bikker", "ChristenUnie")
    m = motion(w, "2025Z22235", indieners=[("Bikker", "ChristenUnie")])
    decide(w, m, "Stemmen - aangenomen", meeting="2025-03-25T00:00:00", changed="2025-03-25T15:23:38+01:00",
           votes=[("VVD", "Voor", 24)])


def test_follow_sync_inbox_and_accept(tk_store: Store, standin: StandIn) -> None:
    fill(standin)
    rule = json.loads(run("follow", "add", "--ministry", "infrastructuur", "--json").stdout)
    assert rule["ministry"] == "infrastructuur" and rule["inbox"] == 0
    run("follow", "add", "--party", "ChristenUnie")
    assert "fractie=ChristenUnie" in run("follow", "list").stdout
    summary = json.loads(run("sync", "tweedekamer", "--base-url", standin.url, "--json").stdout)
    assert (summary["new"], summary["inbox"], summary["items_created"], summary["via"]) == (4, 2, 0, "syncfeed")
    assert summary["unknown_statuses"] == [{"number": "TZ202412-116", "kind": "commitment",
                                            "raw_status": "Onbekende status"}]
    inbox = json.loads(run("register", "list", "--inbox", "--json").stdout)
    assert sorted(r["number"] for r in inbox) == ["2025Z22235", "TZ202504-057"]
    found = next(r for r in inbox if r["kind"] == "motion")
    assert found["kamerstuk"] == "21501-20, nr. 2333" and found["votes"] == {"Voor": ["VVD"]}
    assert "item" in run("register", "accept", "TZ202504-057").stdout
    assert [r["number"] for r in json.loads(run("register", "list", "--inbox", "--json").stdout)] == ["2025Z22235"]
    run("register", "dismiss", "2025Z22235")
    assert json.loads(run("register", "list", "--inbox", "--json").stdout) == []
    found_list = json.loads(run("register", "list", "--search", "verkeersveiligheid", "--json").stdout)
    assert [r["number"] for r in found_list] == ["TZ202504-057"] and found_list[0]["item_id"] is not None
    run("follow", "remove", str(rule["id"]))
    assert "infrastructuur" not in run("follow", "list").stdout
    text = run("sync", "tweedekamer", "--base-url", standin.url).stdout
    assert "nieuw 0" in text and "ongewijzigd" in text and "(via syncfeed)" in text


def test_dry_run_and_a_failed_run(tk_store: Store, standin: StandIn) -> None:
    fill(standin)
    text = run("sync", "tweedekamer", "--dry-run", "--only", "toezeggingen").stdout
    assert "proefdraai" in text and "nieuw 3" in text and "Onbekende status" in text
    assert json.loads(run("register", "list", "--json").stdout) == []
    standin.faults = [Fault("category=Besluit", 503) for _ in range(5)]
    result = run("sync", "tweedekamer", code=1)
    assert "sync afgebroken" in result.stderr and "HTTP 503" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    # The motion, its actors and document came before the decisions failed: kept, and the rerun goes on.
    assert len(json.loads(run("register", "list", "--json").stdout)) == 1
    summary = json.loads(run("sync", "tweedekamer", "--json").stdout)
    assert summary["new"] == 3  # the commitments
    records = {r["number"]: r for r in json.loads(run("register", "list", "--json").stdout)}
    assert records["2025Z22235"]["status"] == "adopted"  # the vote decision, read on the rerun


def test_link_a_hand_made_item_and_suggestions_for_an_unknown_number(tk_store: Store, standin: StandIn,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    fill(standin)
    run("sync", "tweedekamer")
    item_id = tk_store.add_item("commitment", "Extra acties verkeersveiligheid voor de zomer", owner="anna")
    out = run("link", str(item_id), "TZ202504-057").stdout
    assert "volgt nu TZ202504-057" in out
    item = json.loads(run("show", str(item_id), "--json").stdout)
    assert (item["status"], item["raw_status"], item["owner"]) == ("done", "Voldaan", "anna")
    other = tk_store.add_item("commitment", "Minister informeert over extra acties verkeersveiligheid")
    out, err = fails(capsys, "link", str(other), "TZ202504-058")  # a typo: suggested, refused, nothing kept
    assert "niet in het spiegelregister" in err and "--force" in err
    assert "TZ202504-057" in out.split("bedoelde je")[1] and "21501-20" not in out  # no motion for a commitment
    motion_item = tk_store.add_item("motion", "Motie Bikker informatiedeling", status="submitted")
    assert "volgt nu 21501-20, nr. 2333" in run("link", str(motion_item), "21501-20 nr 2333").stdout
    assert json.loads(run("show", str(motion_item), "--json").stdout)["status"] == "adopted"


def test_odata_route_since_and_positions(tk_store: Store, standin: StandIn,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    fill(standin)
    _out, err = fails(capsys, "sync", "tweedekamer", "--since", "2025-01-01")
    assert "--since kan alleen met --via odata" in err
    first = json.loads(run("sync", "tweedekamer", "--via", "odata", "--json").stdout)
    assert first["new"] == 4 and first["via"] == "odata"
    assert first["positions"]["odata:toezegging"] == "2025-04-04T10:00:00.000000Z"
    text = run("sync", "tweedekamer", "--via", "odata", "--since", "2025-04-09").stdout
    assert "--since ligt na de bewaarde positie" in text and "odata:toezegging" in text
    again = json.loads(run("sync", "tweedekamer", "--via", "odata", "--since", "2025-04-09", "--json").stdout)
    assert all(again["positions"][name] == kept for name, kept in first["positions"].items())


def test_a_renamed_odata_property_is_a_config_line(tk_store: Store, standin: StandIn, tmp_path: Any,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    config_file = tmp_path / "config.toml"
    original = config_file.read_text(encoding="utf-8")
    config_file.write_text(original + '[tweedekamer.odata_names]\n"toezegging.tekts" = "Tekst"\n', encoding="utf-8")
    config.settings.cache_clear()
    _out, err = fails(capsys, "sync", "tweedekamer", "--via", "odata")
    assert "odata_names" in err and "'tekts'" in err
    # A v5 rename the stand-in does not know is the server's 400, one line, nothing kept.
    config_file.write_text(original + '[tweedekamer.odata_names]\n"toezegging.tekst" = "Omschrijving"\n',
                           encoding="utf-8")
    config.settings.cache_clear()
    fill(standin)
    result = run("sync", "tweedekamer", "--via", "odata", "--only", "toezeggingen", code=1)
    assert "HTTP 400" in result.stderr and "Omschrijving" in result.stderr
