"""`kamertaak deadline` and `kamertaak calendar` as a user and the scorer call them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kamertaak.config
from kamertaak.cli import app

runner = CliRunner()
KEYS = ["phrase", "ref", "due", "precision", "estimated", "recurrence", "explanation"]


@pytest.fixture(autouse=True)
def pinned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAMERTAAK_TODAY", "2025-04-03")
    monkeypatch.setenv("KAMERTAAK_CONFIG", "/nonexistent/config.toml")
    kamertaak.config.settings.cache_clear()
    kamertaak.config.calendar.cache_clear()
    yield
    kamertaak.config.settings.cache_clear()
    kamertaak.config.calendar.cache_clear()


def run(*args: str, stdin: str | None = None) -> str:
    result = runner.invoke(app, list(args), input=stdin, catch_exceptions=False, env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    return result.output


def test_human_output_in_dutch() -> None:
    out = run("deadline", "voor de zomer")
    assert "do 3 juli 2025" in out
    assert "seizoen" in out
    assert "dag voor het zomerreces 2025 (vr 4 juli)" in out


def test_words_need_no_quotes_and_ref_is_used() -> None:
    out = run("deadline", "--ref", "2025-08-01", "voor", "de", "zomer", "--json")
    data = json.loads(out)
    assert data["due"] == "2026-07-02" and data["ref"] == "2025-08-01"


def test_json_keys() -> None:
    data = json.loads(run("deadline", "binnen zes weken", "--json"))
    assert list(data) == KEYS
    assert data["due"] == "2025-05-15" and data["precision"] == "day"


def test_unreadable_phrase_is_refused_in_one_line_with_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    """u5 bug 9: `deadline blabla` said 'niet herkend' with exit 0, where `set ID due=blabla` exits 2, so a
    script could not tell. Now both refuse it alike, with --json too (nothing on stdout)."""
    from kamertaak.cli import main

    for args in (["deadline", "als de maan blauw kleurt"], ["deadline", "blabla", "--json"]):
        old, sys.argv = sys.argv, ["kamertaak", *args]
        try:
            with pytest.raises(SystemExit) as exc:
                main()
        finally:
            sys.argv = old
        out, err = capsys.readouterr()
        phrase = " ".join(args[1:2])
        assert (exc.value.code, out) == (2, "")
        assert err.splitlines() == [f"kamertaak: termijn '{phrase}' niet herkend; geef een datum JJJJ-MM-DD of een"
                                    " zin als 'voor de zomer' of 'binnen zes weken'"]
    # A phrase that names no date but is understood (an event, a vague term) is no error.
    assert "gebeurtenis" in run("deadline", "zodra de wet is aangenomen")
    # A day the calendar does not have is said to be one, as `set ID due=` says it (u11: "niet herkend")
    old, sys.argv = sys.argv, ["kamertaak", "deadline", "31 februari 2026"]
    try:
        with pytest.raises(SystemExit) as exc:
            main()
    finally:
        sys.argv = old
    assert (exc.value.code, capsys.readouterr().err) == (2, "kamertaak: termijn '31 februari 2026' is geen bestaande"
                                                            " datum\n")


def test_estimated_is_marked() -> None:
    out = run("deadline", "voor de zomer", "--ref", "2027-01-04")
    assert "geschat" in out


def test_markup_in_a_phrase_is_shown_literally(capsys: pytest.CaptureFixture[str]) -> None:
    from kamertaak.cli import main

    old, sys.argv = sys.argv, ["kamertaak", "deadline", "[bold]voor[/bold] de zomer"]
    try:
        with pytest.raises(SystemExit):
            main()
    finally:
        sys.argv = old
    assert "termijn '[bold]voor[/bold] de zomer' niet herkend" in capsys.readouterr().err


def test_bad_ref_is_a_user_error() -> None:
    result = runner.invoke(app, ["deadline", "voor de zomer", "--ref", "gisteren"])
    assert result.exit_code != 0


def test_batch_one_line_per_input_line() -> None:
    lines = [
        json.dumps({"phrase": "voor de zomer", "ref": "2025-04-03"}),
        json.dumps({"phrase": "jaarlijks vóór het zomerreces", "ref": "2024-01-29"}, ensure_ascii=False),
        "",
        "{not json",
        json.dumps({"phrase": "op korte termijn"}),
        json.dumps({"phrase": "morgen", "ref": "2025-02-30"}),
        json.dumps(["phrase"]),
        "eind mei",
    ]
    out = run("deadline", "--batch", stdin="\n".join(lines) + "\n")
    answers = [json.loads(line) for line in out.splitlines()]
    assert len(answers) == 7  # the empty line is skipped
    assert answers[0]["due"] == "2025-07-03" and list(answers[0]) == KEYS
    assert answers[1]["recurrence"] == "yearly" and answers[1]["due"] == "2024-07-04"
    assert answers[2]["precision"] == "none" and answers[2]["error"].startswith("regel 4: geen geldige JSON")
    assert answers[3]["ref"] == "2025-04-03" and answers[3]["due"] == "2025-05-01"  # ref defaults to today
    assert "error" in answers[4] and answers[4]["due"] is None
    assert "error" in answers[5]
    # u5 bug 9: a line that is no JSON is no phrase either; its answer names the line.
    assert answers[6]["due"] is None and answers[6]["error"] == (
        'regel 8: geen JSON; geef {"phrase": "voor de zomer"} of {"text": ZIN}')


def test_batch_finds_the_deadline_inside_a_sentence() -> None:
    lines = [
        {"text": "De minister zegde toe de Kamer voorafgaand aan het zomerreces een brief te sturen.",
         "ref": "2025-04-03"},
        {"text": "In zijn brief van 3 maart jl. meldt hij dat het plan eind mei klaar is.", "ref": "2025-04-03"},
        {"text": "Het was een goed debat met veel vragen.", "ref": "2025-04-03"},
        {"text": 12, "ref": "2025-04-03"},
    ]
    out = run("deadline", "--batch", stdin="".join(json.dumps(x) + "\n" for x in lines))
    answers = [json.loads(line) for line in out.splitlines()]
    assert list(answers[0]) == KEYS
    assert (answers[0]["phrase"], answers[0]["due"], answers[0]["precision"]) == (
        "voorafgaand aan het zomerreces", "2025-07-03", "season")
    assert (answers[1]["phrase"], answers[1]["due"]) == ("eind mei", "2025-05-31")  # "3 maart jl." is history
    assert answers[2] == {"phrase": None, "ref": "2025-04-03", "due": None, "precision": "none",
                          "estimated": False, "recurrence": None, "explanation": "geen termijn gevonden in de zin"}
    assert "error" in answers[3] and answers[3]["precision"] == "none"


SENTENCES = Path(__file__).resolve().parents[1] / "fixtures" / "deadline-sentences.jsonl"
SENTENCES_V2 = Path(__file__).resolve().parents[1] / "fixtures" / "deadline-sentences-v2.jsonl"
SENTENCES_V3 = Path(__file__).resolve().parents[1] / "fixtures" / "deadline-sentences-v3.jsonl"
SENTENCES_V4 = Path(__file__).resolve().parents[1] / "fixtures" / "deadline-sentences-v4.jsonl"
SENTENCES_V5 = Path(__file__).resolve().parents[1] / "fixtures" / "deadline-sentences-v5.jsonl"
SENTENCES_V6 = Path(__file__).resolve().parents[1] / "fixtures" / "deadline-sentences-v6.jsonl"
SENTENCES_V7 = Path(__file__).resolve().parents[1] / "fixtures" / "deadline-sentences-v7.jsonl"
SENTENCES_V8 = Path(__file__).resolve().parents[1] / "fixtures" / "deadline-sentences-v8.jsonl"
SENTENCES_V9 = Path(__file__).resolve().parents[1] / "fixtures" / "deadline-sentences-v9.jsonl"
SENTENCES_V10 = Path(__file__).resolve().parents[1] / "fixtures" / "deadline-sentences-v10.jsonl"
SENTENCES_V11 = Path(__file__).resolve().parents[1] / "fixtures" / "deadline-sentences-v11.jsonl"
SENTENCES_V12 = Path(__file__).resolve().parents[1] / "fixtures" / "deadline-sentences-v12.jsonl"
SENTENCES_V13 = Path(__file__).resolve().parents[1] / "fixtures" / "deadline-sentences-v13.jsonl"
SENTENCES_V14 = Path(__file__).resolve().parents[1] / "fixtures" / "deadline-sentences-v14.jsonl"
SENTENCES_V16 = Path(__file__).resolve().parents[1] / "fixtures" / "deadline-sentences-v16.jsonl"


@pytest.mark.parametrize(
    ("path", "count", "exact_floor", "phrase_floor"),
    [
        # 61 real sentences labelled by someone who never read the resolver (49 with a deadline phrase, 12
        # without). First seen: 72.1% exact, 65.6% phrases; then 60/61 both; with the rules of what makes a
        # phrase a deadline (tense, negation, firm words, restatement), 61/61.
        (SENTENCES, 61, 61, 61),
        # A second batch of 60, held out until measured: first seen 40/60 exact, 38/60 phrases; now 60/60.
        (SENTENCES_V2, 60, 60, 60),
        # A third batch of 90, held out in the third session: first seen 74% exact; at its end 70/90 exact,
        # 66/90 phrases. Since then development material, read by cause (a verb's particle "stel voor",
        # earliest days, plans given up, periods counted from an event, words in front of a phrase, "zodra",
        # a recess with its own date, a standing rule, ...): 86/90 exact, 86/90 phrases; in the fifth session 87/87
        # (a judged likelihood).
        (SENTENCES_V3, 90, 87, 87),
        # A fourth batch of 90, held out in the fourth session: first seen 59/90 exact, 56/90 phrases; at its end
        # 62/90, 59/90. Development material from the fifth session on, read by cause (event clauses, ranges of days
        # and months, recess statements, the tense of subordinate clauses and appositions, events' topics and
        # dates, names after an event, judged likelihood or feasibility): 84/90 exact, 83/90 phrases; in the sixth
        # session 85/84 (a supposition's consequence, "Dan zou ...").
        (SENTENCES_V4, 90, 85, 84),
        # A fifth batch of 90, held out in the fifth session (frozen before any rule of the session landed): first
        # seen 61/90 exact, 54/90 phrases; at its end 61/90, 55/90 (the rules that took v4 from 62 to 84 moved it by
        # one phrase). Development material from the sixth session on, read by cause (year words as adverbs, general
        # vocabulary such as "tot einde jaar", a meeting with its date, calendar statements, documents told as past,
        # dates not known or no longer feasible, conditions): 83/90 exact, 82/90 phrases; in the seventh session 84/83
        # (a horizon of years, "over tien jaar").
        # Eleventh session, a phrase in quotes is found ("wil 'in september' presenteren"): one negative of this batch
        # is a plan in quotes that only the article around it shows to be past ("Met de bedoeling 'voor de zomer nog
        # af te ronden'.", read in November) -> 83, 82.
        # Fourteenth session: a time in a clause about what happens every year ("wordt vanaf half augustus elk jaar
        # onderhandeld") -> 84, 83.
        (SENTENCES_V5, 90, 84, 83),
        # A sixth batch of 90 (70 with a phrase), held out in the sixth session (frozen at 18:09 before any rule of
        # the session landed): first seen 76/90 exact, 73/90 phrases; at its end 77/90, 75/90. Development material
        # from the seventh session on, read by cause (conditions with the verb first, indirect questions as subject,
        # a document's date, what was meant to happen, "N dagen de tijd", "tot na ...", "vóór 2024", two days with
        # their weekdays, a horizon of years, a standing practice): 86/90, 85/90.
        # Thirteenth session: what is feared ("we vrezen op korte termijn ...") -> 87, 86.
        (SENTENCES_V6, 90, 87, 86),
        # A seventh batch of 90 (70 with a phrase), held out in the seventh session (frozen at 21:38 before any rule
        # of the session landed): first seen 68/90 exact, 66/90 phrases; at its end the same (the rules that took v6
        # from 77 to 86 moved it by none). Development material from the eighth session on, read by mechanism (the
        # simple past narrates a yearless date; "om ... te" is a clause of its own for the tense; "het jaar 2020",
        # "in 2020 of 2021"; a weekday with its part of the day before a date, a month moved to, "gepland voor";
        # "na Prinsjesdag", "a.s. maandag 20 juni"; "niet meer voor ...", half of a week): 79/90, 78/90.
        # Twelfth session: a "zou" under a past main clause is what was expected then -> 81, 80.
        # Thirteenth session: a period said of any person in the present ("Een medewerker neemt binnen vijf werkdagen
        # contact met u op") -> 82, 81.
        # Thirteenth session: a relative clause that opens with a thing's time dates it ("in de ontwerpbegroting 2010
        # (die in september 2009 ... wordt ingediend)") -> 83, 82.
        # Thirteenth session: a "zou" with a supposition in the sentence, whatever the order ("zouden we, als we ...,
        # op 7 oktober ...") -> 84, 83.
        # Fourteenth session: what a time was for, told in the past ("hadden tot vandaag de tijd een nieuwe
        # verzekering af te sluiten") -> 85, 84.
        # Sixteenth session: a period the law sets ("binnen de wettelijke termijn van tien weken") -> 86, 85.
        (SENTENCES_V7, 90, 86, 85),
        # An eighth batch of 90 (70 with a phrase), held out in the eighth session (frozen at 01:44 before any rule
        # of the session landed): first seen 76/90 exact, 73/90 phrases; at its end the same (the six rules that took
        # v7 from 68 to 79 moved it by none). Development material from the ninth session on.
        # Twelfth session: a span's last day, a weekday before a time of day, a rule told over cases -> 80, 77; a
        # year gives way to a bare date of its clause, "tot Prinsjesdag" -> 82, 80.
        # Thirteenth session: what a rule says ("zegt ons Reglement van Orde dat ...") -> 83, 81.
        # Thirteenth session: a news article's dateline -> 84, 82.
        # Thirteenth session: the day of an asking in the perfect, an ultimatum's day ("als zij op 13 januari niet ...")
        # -> 86, 84.
        (SENTENCES_V8, 90, 86, 84),
        # A ninth batch of 90 (70 with a phrase, 90 pages of 78 sites), held out in the ninth session (frozen at 04:47
        # before any rule of the session landed): first seen 74/90 exact, 69/90 phrases; at its end the same.
        # Development material from the tenth session on.
        # Eleventh session: a year by its number gives way to a finer phrase of its clause in that year -> 75, 70.
        # Twelfth session: a phrase right after another within it is one phrase ("volgende week op Prinsjesdag"),
        # "zou ..., maar", a rule told over cases -> 79, 75 (and a phrase in quotes is found, eleventh -> 76, 71);
        # "verwacht niet dat ...", "begin juni a.s.", "op 1 juli geen huurverhoging" -> 81, 78.
        # Thirteenth session: a procedure's period from what happens in any case ("binnen zes weken na de datum waarop
        # ...") -> 82, 79.
        # Thirteenth session: the day news is told ("Dat meldt hij dinsdag in een brief") -> 83, 80.
        # Fifteenth session: what had to be done by then, in the past perfect ("had moeten zijn omgezet") -> 84, 81.
        (SENTENCES_V9, 90, 84, 81),
        # A tenth batch of 90 (70 with a phrase, 78 sites), held out in the tenth session (frozen at 09:28 before any
        # rule of the session landed): first seen 76/90 exact, 71/90 phrases; at its end 75/90, the one lost being
        # "In het najaar" in 2022, labelled on the estimated kerstreces; relabelled on the sourced one (23 December
        # 2022) when it became a fixture, so 76/90 again. Development material from the eleventh session on.
        # Eleventh session: the year that places a finer phrase ("In 2024 ... tot en met 31 juli") -> 77, 72; a week
        # named from today after "Na de stemming" -> 78, 73.
        # Twelfth session, rules written from v5..v9 only, measured here before landing: 80/90, 75/90.
        # Thirteenth session, rules written from v5..v9 and v12, measured here before landing (its misses not read):
        # 80/90, 75/90, unchanged.
        # Fourteenth session, rules written from v5..v9 and v13, measured here before landing (its misses not read):
        # a present tense like a participle ("beslist") before a copula "zijn" is no perfect -> 81, 76.
        # Sixteenth session: a named day gives way to the day the sentence says it is ("Het is woensdag weer
        # Verantwoordingsdag") -> 81, 77.
        # Sixteenth session: what the constitution requires ("de Grondwet vereist dat ... binnen drie maanden")
        # -> 82, 78.
        (SENTENCES_V10, 90, 82, 78),  # and a phrase in quotes is found (eleventh session) -> 79, 74
        # An eleventh batch of 90 (72 sites), held out in the eleventh session (frozen at 12:46 before any rule of the
        # session landed): first seen 73/90 exact, 72/90 phrases; at its end 74/90 and 73/90. Development material
        # from the twelfth session on.
        # Twelfth session: rules written from v5..v9 and from the kinds of misses the session's brief named with
        # examples ("volgende week woensdag 20 maart", "in de gemeenteraad van 26 januari", "bereidden ... in 2023",
        # "stond voor volgende week op de agenda", "te verplaatsen naar begin 2021", "voor de raadsvergadering in
        # juli"), which are likely this batch's sentences (its misses were not read): 78/90, 79/90, not a figure on
        # unseen text.
        # Thirteenth session, rules written from v5..v9 and v12, measured here before landing (its misses not read):
        # 79/90, 80/90.
        # Fifteenth session: a noun like a participle after its article ("Dinsdag is daar een definitief besluit
        # over") makes no perfect -> 80, 81.
        # Sixteenth session: three sentences labelled on estimated recesses (zomerreces 2018 and 2022) relabelled on
        # the sourced ones of the packaged calendar, as v7's, v10's and v13's were -> 83, 81; "nog" before "voor het
        # eind van dit jaar" is no part of the phrase -> 83, 82.
        (SENTENCES_V11, 90, 83, 82),
        # A twelfth batch of 90 (77 sites), held out in the twelfth session (frozen at 15:11 before any rule of the
        # session landed): first seen 70/90 exact (positives 61/70), at its end the same. Its labeller wrote the
        # date-like words into "phrase" for the 20 sentences without a term; the fixture has null there, as every
        # other batch (the only change from the frozen copy): 63/90 phrases (54 of the 70 with a term).
        # Thirteenth session: procedures ("binnen 8 weken na ontvangst van ...", "Een persoon die wil inspreken meldt
        # dit uiterlijk 24 uur voor aanvang van ...") -> 72, 65.
        # Thirteenth session: the day news is told, the day a law takes effect told as fact -> 75, 68.
        # Thirteenth session: a passed span in the perfect, "wilde voor de kerst", an ultimatum's day -> 78, 71.
        # Thirteenth session: a relative clause that opens with a thing's time dates it, "c.q." restates -> 80, 73.
        # Fourteenth session, rules written from v5..v9 and v13, measured here before landing (its misses not read):
        # a phrase in a relative or adverbial clause gives way to a dated one of the main clause -> 81, 73.
        # Fifteenth session: the verb of a phrase's own clause negated ("In 2020 dreigen 4000 banen niet vervuld te
        # kunnen worden") -> 82, 74; a month with its year as a word ("in januari volgend jaar", said in February) is
        # that year's, not the one just past -> 83, 75; "benodigd is in september (verwachting 2e helft september)":
        # an adjective like a participle makes no perfect, half of a month is read -> 84, 75.
        # Sixteenth session: the kerstreces 2021 relabelled as sourced (see v11) -> 85, 75; a period asked on a day
        # the sentence puts in the past ("op dinsdag 25 november jongstleden ... verzocht om op korte termijn")
        # -> 86, 76.
        (SENTENCES_V12, 90, 86, 76),
        # A thirteenth batch of 90 (76 sites), held out in the thirteenth session (frozen at 18:04 before any rule of
        # the session landed; 60 reference dates inferred by the labeller): first seen 72/90 exact (positives 62/70),
        # 71/90 phrases; at its end the same. Development material from the fourteenth session on.
        # Fourteenth session: a present tense like a participle ("beslist") before a copula "zijn", a participle
        # with a present "worden", is no perfect -> 73, 72; a phrase in a relative or adverbial clause gives way to a
        # dated one of the main clause ("Boeren die in 2019 ... krijgen tot eind februari", a bare weekday before
        # "waarop ... de komende jaren") -> 75, 74; "Later vanavond" keeps its "later" as "later deze week" -> 75, 75;
        # a period for any case of a procedure ("Voor een aanvraag moeten we binnen 8 weken ...") -> 76, 76; a time in
        # a clause about what happens every year ("Tenminste een maal per jaar, in het eerste kwartaal, ...") -> 77, 77.
        # Three sentences labelled on the estimated recesses of 2019 and 2022 relabelled on the sourced ones of the
        # packaged calendar (as v10's was; their notes say so): "Dit najaar" in 2022 is 22 December, "volgend
        # voorjaar" and "in de zomer" of 2019 not estimated -> 80, 77.
        # Fifteenth session: the verb of a phrase's own clause negated ("dat de geplande vergadering van 3 juni 2020
        # niet op de gebruikelijke wijze kan plaatsvinden") -> 81, 78.
        # Sixteenth session: a named day gives way to the day the sentence says it is ("De derde woensdag van mei, dit
        # jaar 17 mei, is ..."), a period counted roughly to the day it points at ("Over ruim vier weken is het
        # Prinsjesdag") -> 82, 80.
        (SENTENCES_V13, 90, 82, 80),
        # A fourteenth batch of 90, held out in the fourteenth session (frozen at 21:12 before any rule of the session
        # landed; 63 reference dates inferred by the labeller; its 7 estimated recesses checked against the packaged
        # calendar: the two of 2018 and 2022 it labelled are the sourced ones, the rest are estimated there too):
        # first seen 73/90 exact (positives 62/70), 71/90 phrases; at its end the same.
        # Fifteenth session, rules written from v5..v13, measured here before landing (its misses not read): the verb
        # of a phrase's own clause negated -> 74, 72 (negatives 11 -> 12 without a term, positives unchanged).
        # Sixteenth session: three sentences on the zomerreces 2018 and 2022 relabelled as sourced (see v11) -> 77, 72;
        # "Prinsjesdag is op 21 september" -> 77, 73; a period promised in a month told as past ("In maart beloofde
        # ... binnen twee weken") -> 78, 74.
        (SENTENCES_V14, 90, 78, 74),
        # A sixteenth batch of 90, held out in the sixteenth session (frozen at 02:25 before any rule of the session
        # landed; 60 reference dates inferred; its 3 estimated recesses checked against the packaged calendar: all
        # estimated there too; v15 was lost with its machine): first seen on 5b547ca 74/90 exact (positives 61/70),
        # 68/90 phrases; at its end (7f64217) the same.
        (SENTENCES_V16, 90, 74, 68),
    ],
)
def test_batch_on_real_sentences_keeps_its_figures(path: Path, count: int, exact_floor: int, phrase_floor: int) -> None:
    """The figures reached on real sentences may not slip back."""
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = "".join(json.dumps({"text": c["text"], "ref": c["ref"]}, ensure_ascii=False) + "\n" for c in cases)
    answers = [json.loads(line) for line in run("deadline", "--batch", stdin=lines).splitlines()]
    assert len(answers) == len(cases) == count
    pairs = list(zip(cases, answers, strict=True))
    exact = sum(a["due"] == c["due"] and a["precision"] == c["precision"]
                and ("estimated" not in c or a["estimated"] == c["estimated"]) for c, a in pairs)
    phrases = sum(a["phrase"] == c["phrase"] for c, a in pairs)
    assert exact >= exact_floor, f"exact {exact}/{count}"
    assert phrases >= phrase_floor, f"phrases {phrases}/{count}"


def test_batch_with_a_phrase_is_refused() -> None:
    result = runner.invoke(app, ["deadline", "--batch", "voor de zomer"], input="")
    assert result.exit_code != 0


def test_calendar_human() -> None:
    out = run("calendar", "--year", "2025")
    for word in ("zomerreces", "verkiezingsreces", "vr 4 juli 2025", "Prinsjesdag", "di 16 september 2025",
                 "Verantwoordingsdag", "Voorjaarsnota", "Najaarsnota", "secundaire bron"):
        assert word in out


def test_calendar_marks_estimates() -> None:
    out = run("calendar", "--year", "2028")
    assert "geschat" in out


def test_calendar_json() -> None:
    data = json.loads(run("calendar", "--year", "2027", "--json"))
    assert data["year"] == 2027
    zomer = next(r for r in data["recesses"] if r["name"] == "zomerreces")
    assert zomer["estimated"] is True and zomer["start"] == "2027-07-09"
    assert {d["name"]: d["date"] for d in data["days"]}["prinsjesdag"] == "2027-09-21"


def test_calendar_defaults_to_this_year() -> None:
    assert json.loads(run("calendar", "--json"))["year"] == 2025


def test_user_calendar_additions_are_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        '[[calendar.recess]]\nname = "zomerreces"\nyear = 2027\nstart = 2027-07-02\nend = 2027-08-30\n'
        'certainty = "Kamerbesluit"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("KAMERTAAK_CONFIG", str(config))
    kamertaak.config.settings.cache_clear()
    kamertaak.config.calendar.cache_clear()
    data = json.loads(run("deadline", "voor de zomer", "--ref", "2027-01-04", "--json"))
    assert data["due"] == "2027-07-01" and data["estimated"] is False
    assert "Kamerbesluit" in run("calendar", "--year", "2027")


def test_headless_commands_do_not_import_textual() -> None:
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from kamertaak.cli import app\n"
        "r = CliRunner().invoke(app, ['deadline', 'voor de zomer', '--json'])\n"
        "assert r.exit_code == 0, r.output\n"
        "r = CliRunner().invoke(app, ['calendar', '--json'])\n"
        "assert r.exit_code == 0, r.output\n"
        "assert not any(m == 'textual' or m.startswith('textual.') for m in sys.modules), 'textual imported'\n"
    )
    env = {"KAMERTAAK_TODAY": "2025-04-03", "KAMERTAAK_CONFIG": "/nonexistent/config.toml", "PATH": ""}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
