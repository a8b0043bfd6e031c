"""`kamertaak triage`: JSON on stdout, a table with literal text, one-line errors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from kamertaak.cli import triage
from kamertaak.cli.common import UserError

TEXT = (
    "Commissiedebat 'Wonen', 3 april 2025\n"
    "De minister van Volkshuisvesting en Ruimtelijke Ordening zegt toe de Kamer voor de zomer te informeren over "
    "[bold]de huurgrens[/bold]. Het debat wordt volgende week vervolgd in een tweeminutendebat."
)


def _app() -> typer.Typer:
    app = typer.Typer()
    app.callback()(lambda: None)
    triage.register(app)
    return app


def test_json_from_stdin_uses_the_debate_date() -> None:
    result = CliRunner().invoke(_app(), ["triage", "-", "--ref", "2020-01-01", "--json"], input=TEXT)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["debate"] == {"title": "Wonen", "kind": "commissiedebat", "date": "2025-04-03", "committee": None,
                              "title_from": "text"}
    kinds = [(c["kind"], c["status"], c["due"]) for c in data["candidates"]]
    assert kinds == [("commitment", "open", "2025-07-03"), ("deadline", "upcoming", "2025-04-11")]
    assert data["candidates"][0]["actors"] == [{"name": "minister van VRO", "party": None, "role": "minister",
                                                "ministry": "VRO"}]


def test_file_and_table_render_text_literally(tmp_path: Path) -> None:
    path = tmp_path / "debat.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(_app(), ["triage", str(path), "--ref", "2025-04-03"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "toezegging" in result.stdout and "openstaand" in result.stdout
    assert "termijn" in result.stdout and "3 juli 2025" in result.stdout
    assert "[bold]" in result.stdout  # markup in the data is shown, not interpreted


def test_a_weekday_that_does_not_fit_its_date_is_said_in_the_table() -> None:
    """u16: the warning was only in the JSON's explanation; the table showed the date as if it were sure."""
    text = "Commissiedebat Wonen, 3 april 2025\nDe minister stuurt dinsdag 4 juni een brief over de huurgrens."
    result = CliRunner().invoke(_app(), ["triage", "-"], input=text, env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "let op: 4 juni 2025 is een woensdag" in result.stdout
    plain = CliRunner().invoke(_app(), ["triage", "-"], input=text.replace("dinsdag ", ""), env={"COLUMNS": "200"})
    assert "let op" not in plain.stdout


def test_ref_defaults_to_today(monkeypatch: pytest.MonkeyPatch) -> None:
    # settings are cached per process, so pin the one "today" the command asks instead of the environment
    monkeypatch.setattr(triage, "today", lambda: dt.date(2025, 4, 10))
    text = "De minister zegt toe de Kamer binnen twee weken een brief te sturen over de planning."
    result = CliRunner().invoke(_app(), ["triage", "-", "--json"], input=text)
    assert result.exit_code == 0, result.output
    [candidate] = json.loads(result.stdout)["candidates"]
    assert candidate["due"] == "2025-04-24"


def test_unreadable_file_is_a_user_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(_app(), ["triage", str(tmp_path / "bestaat-niet.txt")])
    assert isinstance(result.exception, UserError)
    assert "bestaat-niet.txt" in str(result.exception) and "\n" not in str(result.exception)


def test_bad_ref_is_a_user_error() -> None:
    result = CliRunner().invoke(_app(), ["triage", "-", "--ref", "gisteren"], input=TEXT)
    assert isinstance(result.exception, UserError)


def test_registered_on_the_main_app() -> None:
    from kamertaak.cli import app

    assert "triage" in {c.name for c in app.registered_commands}


def test_no_date_in_the_text_is_said_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(triage, "today", lambda: dt.date(2025, 4, 10))
    text = "De minister zegt toe de Kamer voor de zomer te informeren over de huurgrens."
    result = CliRunner().invoke(_app(), ["triage", "-", "--json"], input=text)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["debate"]["date"] is None
    assert result.stderr.count("\n") == 1 and "geen debatdatum" in result.stderr and "--ref" in result.stderr
    dated = CliRunner().invoke(_app(), ["triage", "-", "--json"], input="Commissiedebat Wonen, 3 april 2025\n" + text)
    assert dated.stderr == ""
    given = CliRunner().invoke(_app(), ["triage", "-", "--json", "--ref", "2025-04-03"], input=text)
    assert given.stderr == ""
    # u10: the date given was nowhere in the output before accepting; now as the TUI says it
    assert json.loads(given.stdout)["debate"] | {"title": None} == {
        "title": None, "kind": None, "date": "2025-04-03", "date_from": "ref", "committee": None,
        "title_from": "first_line"}
    shown = CliRunner().invoke(_app(), ["triage", "-", "--ref", "2025-04-03"], input=text)
    assert "· 3 april 2025 (opgegeven)" in " ".join(shown.stdout.split())
    unknown = CliRunner().invoke(_app(), ["triage", "-"], input=text)
    assert "· datum onbekend (termijnen vanaf 10 april 2025)" in " ".join(unknown.stdout.split())


def test_a_large_text_says_on_stderr_that_triage_is_at_work(tmp_path: Path) -> None:
    """u6: nothing on screen during 134 s of triage of 1.9 MB; now one line on stderr at once, stdout the JSON."""
    big = (TEXT + "\n\n") * (triage.LARGE_TEXT // len(TEXT) + 1)
    result = CliRunner().invoke(_app(), ["triage", "-", "--json", "--ref", "2025-04-03"], input=big)
    assert result.exit_code == 0, result.output
    assert result.stderr == f"kamertaak: bezig met triage van {len(big) // 1000} kB tekst …\n"
    assert json.loads(result.stdout)["candidates"]
    small = CliRunner().invoke(_app(), ["triage", "-", "--json", "--ref", "2025-04-03"], input=TEXT)
    assert small.exit_code == 0 and small.stderr == ""
    from kamertaak.core.labels import text_size

    assert (text_size(1_900_000), text_size(298_721), text_size(800)) == ("1,9 MB", "298 kB", "800 tekens")


def test_input_over_the_limit_is_refused_before_reading_it_all(tmp_path: Path) -> None:
    from kamertaak.core.extract import TEXT_LIMIT

    result = CliRunner().invoke(_app(), ["triage", "-", "--json"], input="a" * (TEXT_LIMIT + 10))
    assert isinstance(result.exception, UserError) and "2 MB" in str(result.exception)
    if Path("/dev/zero").exists():
        result = CliRunner().invoke(_app(), ["triage", "/dev/zero"])
        assert isinstance(result.exception, UserError) and "\n" not in str(result.exception)
    # A file's limit is its bytes: one of non-breaking spaces and accents over it was read cut off at it, silently
    # (u14: 2.7 MB accepted as "2,0 MB tekst", 2.5 MB of plain text refused)
    wide = tmp_path / "breed.txt"
    wide.write_text("\u00a0\u00a0Café-debat.\n" * (TEXT_LIMIT // 16 + 1), encoding="utf-8")
    assert wide.stat().st_size > TEXT_LIMIT and len(wide.read_text(encoding="utf-8")) < TEXT_LIMIT * 0.9
    result = CliRunner().invoke(_app(), ["triage", str(wide)])
    assert isinstance(result.exception, UserError) and "is groter dan 2 MB" in str(result.exception)


def test_table_at_80_columns_keeps_words_and_dates_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Piped into a mail or read in a narrow terminal, the proposals stay readable: no word of a title, no
    date and no actor's role is broken over two lines, and each proposal shows its kind and status."""
    monkeypatch.setenv("COLUMNS", "80")
    demo = Path(__file__).resolve().parents[2] / "kamertaak" / "data" / "demo" / "commissiedebat-2025-04-03.txt"
    table = CliRunner().invoke(_app(), ["triage", str(demo)])
    data = json.loads(CliRunner().invoke(_app(), ["triage", str(demo), "--json"]).stdout)
    assert table.exit_code == 0, table.output
    assert max(len(line.rstrip()) for line in table.stdout.splitlines()) <= 80
    words = {w for line in table.stdout.splitlines() for w in line.split()}
    for c in data["candidates"]:
        for word in c["title"].split():
            assert word in words, (word, c["title"])
        for a in c["actors"]:
            assert a["name"].split()[0] in words
    assert "11 april 2025" in table.stdout and "aangekondigd" in words and "toezegging" in words


LETTER = (
    "Brief regering : Verzamelbrief huurbeleid maart 2026\n31 200 Huur\nNr. 12\n"
    "Den Haag, 2 maart 2026\nGeachte voorzitter,\n"
    "Ik zeg toe de Kamer voor de zomer te informeren over de huurgrens.\n"
)


def test_a_letter_is_titled_by_its_title_line_in_the_table_json_and_store(env: Any, pinned_cli: Any,
                                                                         tmp_path: Path) -> None:
    """u3 bug 4: the CLI gave title null for a letter whose first line names it, the TUI its file name."""
    path = tmp_path / "3-kamerbrief-huur-2026.txt"
    path.write_text(LETTER, encoding="utf-8")
    assert pinned_cli("triage", str(path)).splitlines()[0] == "Verzamelbrief huurbeleid maart 2026 · 2 maart 2026"
    debate = json.loads(pinned_cli("triage", str(path), "--json"))["debate"]
    assert (debate["title"], debate["title_from"]) == ("Verzamelbrief huurbeleid maart 2026", "text")
    assert "debat 1 (nieuw)" in pinned_cli("triage", str(path), "--accept")
    assert "Verzamelbrief huurbeleid maart 2026" in pinned_cli("debate", "list")


def test_a_text_without_a_title_is_named_after_its_file_and_says_so(env: Any, pinned_cli: Any,
                                                                    tmp_path: Path) -> None:
    path = tmp_path / "aantekeningen.txt"
    path.write_text("Ik zeg toe de Kamer voor de zomer te informeren over de huurgrens.\n", encoding="utf-8")
    head = pinned_cli("triage", str(path), "--ref", "2026-03-02").splitlines()[0]
    assert head == ("aantekeningen.txt (naam van het bestand: geen titel in de tekst gevonden) · 2 maart 2026 "
                    "(opgegeven)")
    debate = json.loads(pinned_cli("triage", str(path), "--ref", "2026-03-02", "--json"))["debate"]
    assert (debate["title"], debate["title_from"]) == ("aantekeningen.txt", "file")
    pinned_cli("triage", str(path), "--ref", "2026-03-02", "--accept")
    assert json.loads(pinned_cli("debate", "list", "--json"))[0]["title"] == "aantekeningen.txt"


def test_a_text_from_stdin_without_a_title_is_named_after_its_first_line() -> None:
    """u8: a text without a file was named 'stdin' (in the TUI 'geplakte tekst'), 'naam van het bestand'."""
    text = ("Ik zeg toe de Kamer voor de zomer te informeren over de huurgrens en over de plannen voor de sociale "
            "huur.\n")
    result = CliRunner().invoke(_app(), ["triage", "-", "--ref", "2026-03-02"], input=text)
    assert result.exit_code == 0, result.output
    assert " ".join(result.output.split()).startswith(
        "Ik zeg toe de Kamer voor de zomer te informeren over de huurgrens en over de (eerste regel van de tekst: "
        "geen titel in de tekst gevonden)"), result.output
    result = CliRunner().invoke(_app(), ["triage", "-", "--ref", "2026-03-02", "--json"], input=text)
    debate = json.loads(result.output)["debate"]
    assert (debate["title"], debate["title_from"]) == (
        "Ik zeg toe de Kamer voor de zomer te informeren over de huurgrens en over de", "first_line")


def test_a_term_missed_before_the_debate_is_shown_as_passed_and_kept(env: Any, pinned_cli: Any,
                                                                     tmp_path: Path) -> None:
    path = tmp_path / "wonen.txt"
    path.write_text("Commissiedebat Wonen, 3 april 2025\nDe minister zegde toe de Kamer uiterlijk 1 maart 2025 een"
                    " brief te sturen over de huurgrens. Zij zegde ook toe voor de zomer de evaluatie te sturen.\n",
                    encoding="utf-8")
    rows = [" ".join(line.split()) for line in pinned_cli("triage", str(path)).splitlines()]
    assert any(r.startswith("toezegging Brief over de huurgrens 1 maart 2025 verstreken") for r in rows), rows
    # "Zij zegde ook toe": the minister of the sentence before (told back)
    assert any(r.startswith("toezegging Evaluatie sturen 3 juli 2025 minister 0.") for r in rows), rows
    pinned_cli("triage", str(path), "--accept")
    dues = {i["title"]: i["due"] for i in json.loads(pinned_cli("list", "--json"))}
    assert dues == {"Brief over de huurgrens": "2025-03-01", "Evaluatie sturen": "2025-07-03"}


def test_numbered_commitments_of_one_list_are_each_added_not_taken_for_one_another(env: Any, pinned_cli: Any,
                                                                                   tmp_path: Path) -> None:
    """Found in the TUI on a Eerste Kamer list: after accepting 'Toezegging T03120' every other numbered
    toezegging of the list showed 'al gevolgd' (the titles differ by their number only)."""
    path = tmp_path / "aantekeningen.txt"
    path.write_text("Korte aantekeningen van de vergadering van de commissie voor Onderwijs van 12 maart 2024\n\n"
                    "De commissie besluit naar aanleiding van de brief van de minister:\n- de toezeggingen T01801,"
                    " T01805 en T01809 als voldaan aan te merken;\n- toezegging T01812 als openstaand aan te merken.\n",
                    encoding="utf-8")
    out = pinned_cli("triage", str(path), "--accept")
    assert "debat 1 (nieuw): 4 items toegevoegd" in out and "al gevolgd" not in out
    titles = sorted(i["title"] for i in json.loads(pinned_cli("list", "--json")))
    assert titles == [f"Toezegging T0{n}" for n in (1801, 1805, 1809, 1812)]
    # The same list again: each is tracked, by its own number.
    again = json.loads(pinned_cli("triage", str(path), "--accept", "--json"))["accepted"]
    assert again["added"] == [] and [d["item_id"] for d in again["duplicates"]] == [1, 2, 3, 4]


@pytest.mark.parametrize(("content", "why"), [
    (b"", "is leeg"),
    (b"   \n\n\t\n", "is leeg"),
    (bytes(range(256)) * 16, "is geen tekst"),  # a binary file (NULs and all)
    (bytes(0x80 | (i * 37) % 128 for i in range(2000)), "is geen tekst"),  # high bytes, no NUL: no UTF-8
], ids=["leeg", "witruimte", "binair", "geen-utf8"])
def test_an_empty_or_binary_file_is_refused_and_stores_nothing(
        env: Path, tmp_path: Path, pinned_cli: Any, fails: Any, content: bytes, why: str) -> None:
    """u4: an empty file or a binary one gave 'Geen voorstellen gevonden.' with exit 0, and with --accept an
    empty debate named after the file (garbage as its text). The CLI now refuses it in one line, like the TUI."""
    path = tmp_path / "invoer.txt"
    path.write_bytes(content)
    for args in (["triage", str(path)], ["triage", str(path), "--accept"], ["triage", str(path), "--json"]):
        error = fails(*args)
        assert why in error and "invoer.txt" in error and "let op" not in error
    assert "invoer" not in pinned_cli("debate", "list")


def test_accept_without_proposals_makes_no_empty_debate(env: Path, tmp_path: Path, pinned_cli: Any) -> None:
    """u16: a Handelingen excerpt with nothing to follow up, accepted, gave 'debat 5 (nieuw): 0 items toegevoegd' and
    an empty debate in the list."""
    path = tmp_path / "huishoudelijk.txt"
    path.write_text("De voorzitter: Ik open de vergadering. Het woord is aan de heer Jansen. Dank u wel.\n",
                    encoding="utf-8")
    out = pinned_cli("triage", str(path), "--accept")
    assert out.splitlines()[-1] == "niets opgeslagen: geen voorstellen, dus geen debat aangemaakt"
    data = json.loads(pinned_cli("triage", str(path), "--accept", "--json"))
    assert data["candidates"] == [] and data["accepted"] == {"debate_id": None, "debate_is_new": False, "added": [],
                                                              "duplicates": []}
    assert "huishoudelijk" not in pinned_cli("debate", "list")


def test_a_bell_and_colour_codes_are_dropped_not_refused(env: Path, tmp_path: Path, pinned_cli: Any) -> None:
    """u7: a valid UTF-8 text with one bell was refused as 'een binair bestand, of niet in UTF-8', and colour
    codes around "voor de zomer" kept it from being read as a term (the title got the codes). Both are dropped
    before reading: the promise gets its date and no escape code reaches the output."""
    path = tmp_path / "kleur.txt"
    path.write_bytes(b"Commissiedebat Wonen, 3 april 2025\n\x07De minister zegt toe de Kamer \x1b[31mvoor de zomer"
                     b"\x1b[0m een brief te sturen over de huurgrens.\n")
    for args in (["triage", str(path), "--json"], ["triage", str(path)]):
        out = pinned_cli(*args)
        assert "\x1b" not in out and "\x07" not in out and "\\u001b" not in out and "x1b" not in out
    [promise] = json.loads(pinned_cli("triage", str(path), "--json"))["candidates"]
    assert (promise["kind"], promise["due"], promise["due_phrase"]) == ("commitment", "2025-07-03", "voor de zomer")


def test_a_file_saved_as_windows_text_is_read_with_its_accents(env: Path, tmp_path: Path, pinned_cli: Any) -> None:
    """u5: a text saved by Word as 'plain text' (Windows-1252, no UTF-8) was triaged with its accents lost
    ('caf\ufffd', exit 0). It is read as Windows-1252 now; a file of high bytes stays refused (above)."""
    path = tmp_path / "verslag.txt"
    path.write_bytes("Commissiedebat café-beleid, 3 april 2025\n\nDe minister zegde toe de Kamer vóór de zomer te"
                     " informeren over de geïnformeerde ondernemers.\n".encode("cp1252"))
    out = json.loads(pinned_cli("triage", str(path), "--json"))
    assert "café-beleid" in out["debate"]["title"]
    assert out["candidates"], "the promise is proposed"
    assert "\ufffd" not in json.dumps(out, ensure_ascii=False)


def test_a_meeting_triaged_again_under_another_title_adds_nothing_twice(env: Any, pinned_cli: Any,
                                                                        tmp_path: Path) -> None:
    """u5 bug 5: the same debate's text under another heading made a second debate with the same follow-ups.
    The same quoted words in a debate of the same day are the same follow-up, also when the user has
    retitled the item."""
    sentence = ("De minister van Volkshuisvesting zegt toe de Kamer voor de zomer te informeren over de"
                " huurgrens voor studenten.\n")
    first, again = (tmp_path / name for name in ("wonen.txt", "verslag.txt"))
    first.write_text("Commissiedebat Wonen, 3 april 2025\n" + sentence, encoding="utf-8")
    again.write_text("Verslag van het commissiedebat over huurbeleid, 3 april 2025\n" + sentence, encoding="utf-8")
    assert "debat 1 (nieuw): 1 item toegevoegd" in pinned_cli("triage", str(first), "--accept")
    pinned_cli("set", "1", "title=Brief over huurgrens studenten")  # the user's own words, as in the demo
    out = pinned_cli("triage", str(again), "--accept")
    assert out.splitlines()[-1] == "debat 1 (bestond al): 0 items toegevoegd, al gevolgd: #1"
    assert len(json.loads(pinned_cli("list", "--json"))) == 1
    assert len(json.loads(pinned_cli("debate", "list", "--json"))) == 1


def test_a_text_repeating_itself_names_each_tracked_item_once(env: Any, pinned_cli: Any, tmp_path: Path) -> None:
    """u5 bug 5: the demo text repeated to 1.9 MB printed 'al gevolgd: #15, #17, ...' some 2,500 lines long. (Each
    follow-up its copies tell in the same words is one proposal since u11 finding 6.)"""
    pinned_cli("demo")
    path = tmp_path / "herhaald.txt"
    demo = (Path(__file__).parents[2] / "kamertaak/data/demo/commissiedebat-2025-04-03.txt").read_text("utf-8")
    path.write_text((demo + "\n\n") * 12, encoding="utf-8")
    out = pinned_cli("triage", str(path), "--accept")
    last = " ".join(out.split("debat ")[-1].split())
    assert "al gevolgd: " in last and last.count("#") <= 10, last
    # on one line, also where the output goes to a pipe (u8: the item numbers were wrapped onto a line of their own)
    assert "al gevolgd: " in out.splitlines()[-1] and "#" in out.splitlines()[-1], out
    # The demo's own commitment is not added again under the copy's debate.
    texts = [i["title"] for i in json.loads(pinned_cli("list", "--kind", "toezegging", "--json"))
             if "tekort aan opvangplaatsen" in i["title"].lower() or "tekort opvangplaatsen" in i["title"].lower()]
    assert len(texts) == 1, texts



def test_proposals_of_one_tracked_item_are_counted_in_dutch() -> None:
    """u8: 'al gevolgd: 1016 voorstellen, in 1 items:'."""
    assert triage.tracked_summary([17] * 1016) == "al gevolgd: 1016 voorstellen, in 1 item: #17"
    assert triage.tracked_summary([4, 6]) == "al gevolgd: #4, #6"
