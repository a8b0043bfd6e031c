"""The weekly Markdown: golden files on the demo week, CommonMark that data cannot break, stable order."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from kamertaak.reports.markdown import md_link, md_text, week_range, weekly_report
from kamertaak.store.service import Store

GOLDEN = Path(__file__).parent / "golden"
TODAY = dt.date(2025, 4, 10)


def _golden(name: str, text: str) -> None:
    """Compare with golden/<name>; KAMERTAAK_UPDATE_GOLDEN=1 rewrites it (review the diff!)."""
    path = GOLDEN / name
    if os.environ.get("KAMERTAAK_UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


@pytest.mark.parametrize(("args", "name"), [
    (("--week", "2025-W15"), "week-2025-W15.md"),
    (("--week", "2025-W15", "--by-topic"), "week-2025-W15-by-topic.md"),
    (("--week", "2025-W15", "--topic", "vrouwenopvang"), "week-2025-W15-vrouwenopvang.md"),
    (("--from", "2025-04-09", "--to", "2025-04-10"), "period-2025-04-09-10.md"),
])
def test_golden_on_the_demo_week(demo_week, args: tuple[str, ...], name: str) -> None:  # type: ignore[no-untyped-def]
    _golden(name, demo_week("export", "markdown", *args))


def test_the_week_reads_the_log(demo_week) -> None:  # type: ignore[no-untyped-def]
    text = demo_week("export", "markdown", "--week", "2025-W15")
    assert "motie-Van Nispen: aangekondigd → ingediend" in text
    assert "motie-Van Nispen: ingediend → aangenomen" in text
    assert "#4 termijn: 11 april 2025 → 17 april 2025" in text
    # The status change undone the same week cancels out: it is no news.
    assert "deels voldaan" not in text
    # The week before has none of it.
    before = demo_week("export", "markdown", "--week", "2025-W14")
    assert "aangenomen" not in before.split("## Te laat")[0].split("## Statuswijzigingen")[1]


def test_a_motion_partly_carried_out_stays_among_the_motions_in_progress(demo_week) -> None:  # type: ignore[no-untyped-def]
    """A motion the government reports partly carried out is still being carried out: the week lists it
    there, with its status in words; once carried out it leaves the section."""
    demo_week("status", "3", "deels uitgevoerd", today="2025-04-10")
    text = demo_week("export", "markdown", "--week", "2025-W15")
    assert "| Aangenomen moties in uitvoering | 1 |" in text
    section = text.split("## Aangenomen moties in uitvoering")[1].split("## ")[0]
    assert "| 3 | motie | deels uitgevoerd | Motie-Van Nispen" in section
    assert "motie-Van Nispen: aangenomen → deels uitgevoerd" in text
    demo_week("done", "3", today="2025-04-10")
    assert "| Aangenomen moties in uitvoering | 0 |" in demo_week("export", "markdown", "--week", "2025-W15")


def test_the_default_is_the_current_week_and_output_to_a_file(demo_week, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert demo_week("export", "markdown") == demo_week("export", "markdown", "--week", "2025-W15")
    # --week alone is this week too, also with options after it.
    assert demo_week("export", "markdown", "--week") == demo_week("export", "markdown", "--week", "2025-W15")
    assert demo_week("export", "markdown", "--week", "--by-topic") == demo_week(
        "export", "markdown", "--by-topic", "--week", "2025-W15")
    assert demo_week("export", "markdown", "--week", today="2025-04-14").startswith("# Weekoverzicht week 16, 2025")
    target = tmp_path / "week.md"
    demo_week("export", "markdown", "--week", "2025-W15", "-o", str(target))
    assert target.read_text(encoding="utf-8") == (GOLDEN / "week-2025-W15.md").read_text(encoding="utf-8")


def test_the_golden_report_is_commonmark_with_tables() -> None:
    tokens = _parser().parse((GOLDEN / "week-2025-W15.md").read_text(encoding="utf-8"))
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings == ["Weekoverzicht week 15, 2025", "Nieuw deze week", "Statuswijzigingen",
                        "Termijnen verschoven", "Te laat", "Komende twee weken", "Aangenomen moties in uitvoering",
                        "Verworpen deze week"]
    assert not [t for t in tokens if t.type in ("html_block", "html_inline")]
    rows = [t for t in tokens if t.type == "tr_open"]
    assert len(rows) > 10


HOSTILE = ("# Kop | cel <script>alert(1)</script> [klik](javascript:alert(1)) *vet* _schuin_ `code` "
           "\x1b[31mROOD\x1b[0m &amp; ![img](x)\n- lijst\n\n## nog een kop ~~weg~~ \\| einde")


def test_data_cannot_inject_structure_or_escape_codes(rstore: Store) -> None:
    item_id = rstore.add_item("commitment", HOSTILE, due="2025-04-15", topics=["# onderwerp | x"],
                              actors=["Van *Nispen* (SP|x)"], owner="ik | <b>jij</b>", stance=HOSTILE,
                              next_action="`bellen` | [mail](javascript:x)")
    rstore.add_link(item_id, "javascript:alert(1)", "[boos](x)")
    rstore.add_link(item_id, "https://example.org/a b|c<d>(e)", "goed | label")
    text = weekly_report(rstore.db, *week_range("2025-W15"), TODAY, by_topic=True)
    assert "\x1b" not in text
    tokens = _parser().parse(text)
    assert not [t for t in tokens if t.type in ("html_block", "html_inline")]
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert all(not h.startswith("Kop") and "nog een kop" not in h for h in headings)
    links = [t.attrs["href"] for t in tokens if t.type == "inline" for t in (t.children or [])
             if t.type == "link_open"]
    assert links == ["https://example.org/a%20b%7Cc%3Cd%3E(e)"] * 2
    assert all(not str(h).startswith("javascript") for h in links)
    # Every table row keeps exactly its ten cells (owner, stance and next step included).
    cells_per_row: list[int] = []
    for i, t in enumerate(tokens):
        if t.type == "tr_open":
            n, j = 0, i + 1
            while tokens[j].type != "tr_close":
                n += tokens[j].type in ("td_open", "th_open")
                j += 1
            cells_per_row.append(n)
    assert set(cells_per_row) <= {2, 10}
    # And the title reads back literally in its cell.
    cell_text = [t.content for t in tokens if t.type == "inline" and "Kop" in t.content]
    assert cell_text
    rendered = _parser().render(text)
    assert "<script>" not in rendered and "<em>vet" not in rendered and "<code>" not in rendered
    assert "&lt;script&gt;" in rendered and "*vet*" in rendered


def test_md_text_and_link_helpers() -> None:
    assert md_text("a|b *c* [d](e) <f>") == r"a\|b \*c\* \[d\](e) \<f\>"
    assert md_text("J&V &amp;") == r"J&V \&amp;"
    assert md_text("regel\neen\x07") == r"regel een\\x07"
    assert md_link("x", "ftp://host/f") == r"x (ftp://host/f)"
    assert md_link("x", "https://a.nl/p q") == "[x](<https://a.nl/p%20q>)"


def test_long_sections_are_capped_with_a_count(rstore: Store) -> None:
    for n in range(7):
        rstore.add_item("task", f"Taak {n}", due=f"2025-04-0{n + 1}")
    text = weekly_report(rstore.db, *week_range("2025-W15"), TODAY, cap=3)
    overdue = text.split("## Te laat")[1].split("##")[0]
    assert overdue.count("| Taak") == 3
    assert "… en 4 meer" in overdue
    assert "| Te laat | 7 |" in text


def test_order_is_stable_and_weeks_diff_cleanly(rstore: Store) -> None:
    for n in (3, 1, 2):
        rstore.add_item("deadline", f"Termijn {n}", due=f"2025-04-1{n}")
    first = weekly_report(rstore.db, *week_range("2025-W15"), TODAY)
    assert first == weekly_report(rstore.db, *week_range("2025-W15"), TODAY)
    upcoming = first.split("## Komende twee weken")[1]
    assert upcoming.index("Termijn 1") < upcoming.index("Termijn 2") < upcoming.index("Termijn 3")


def test_week_range() -> None:
    assert week_range("2025-W15") == (dt.date(2025, 4, 7), dt.date(2025, 4, 13))
    assert week_range("2026w1") == (dt.date(2025, 12, 29), dt.date(2026, 1, 4))
    with pytest.raises(ValueError):
        week_range("2025-W54")
    with pytest.raises(ValueError):
        week_range("week 15")


def test_bad_week_is_one_line(cli) -> None:  # type: ignore[no-untyped-def]
    from kamertaak.cli.common import UserError

    with pytest.raises(UserError, match="2025-W15"):
        cli("export", "markdown", "--week", "15")
    with pytest.raises(UserError, match="niet allebei"):
        cli("export", "markdown", "--week", "2025-W15", "--from", "2025-04-01", "--to", "2025-04-02")


def test_register_changes_read_in_the_registers_words(rstore: Store) -> None:
    item_id = rstore.add_item("commitment", "Brief over opvangcapaciteit", registers=["TZ202504-057"],
                              raw_status="Openstaand", source="tweedekamer", due="2025-06-01")
    rstore.set_status(item_id, "done", source="tweedekamer", raw_status="Afgedaan")
    mine = rstore.add_item("commitment", "Eigen toezegging")
    rstore.set_status(mine, "partial")
    text = weekly_report(rstore.db, *week_range("2025-W15"), TODAY)
    assert f"#{item_id} TZ202504-057: openstaand → afgedaan (register) · Brief over opvangcapaciteit" in text
    assert f"#{mine} toezegging: openstaand → deels voldaan · Eigen toezegging" in text


def test_an_item_from_a_debate_without_an_address_names_its_debate(rstore: Store) -> None:
    """u4: the Bron column was empty for every triaged item (a text from a file has no address); it now says
    which debate the item came from, as text, and links it only where the debate has an address."""
    plain = rstore.add_debate("Duurzaam inkopen", kind="vao", date="2025-04-08")
    linked = rstore.add_debate("Zeden", kind="commissiedebat", date="2025-04-03",
                               source_url="https://www.tweedekamer.nl/debat_en_vergadering/x")
    first = rstore.add_item("motion", "Motie Duyvendak", debate_id=plain)
    second = rstore.add_item("commitment", "Brief over opvang", debate_id=linked)
    rows = {line.split(" | ")[0]: line for line in weekly_report(rstore.db, *week_range("2025-W15"), TODAY)
            .splitlines() if line.startswith("| ")}
    assert rows[f"| {first}"].endswith("| vao Duurzaam inkopen, 8 april 2025 |")
    linked_cell = "[commissiedebat Zeden, 3 april 2025](<https://www.tweedekamer.nl/debat_en_vergadering/x>)"
    assert linked_cell in rows[f"| {second}"]


def test_the_source_names_the_debate_by_its_title(rstore: Store) -> None:
    """u16: "plenair 9 oktober 2024" told a colleague nothing; the debate's title says which, its kind not twice."""
    both = rstore.add_debate("Tweeminutendebat Zeden", kind="tweeminutendebat", date="2025-04-09")
    untyped = rstore.add_debate("Stemmingen MVO", date="2025-04-08")
    first = rstore.add_item("motion", "Motie Duyvendak", debate_id=both)
    second = rstore.add_item("motion", "Motie Kröger", debate_id=untyped)
    rows = {line.split(" | ")[0]: line for line in weekly_report(rstore.db, *week_range("2025-W15"), TODAY)
            .splitlines() if line.startswith("| ")}
    assert rows[f"| {first}"].endswith("| Tweeminutendebat Zeden, 9 april 2025 |")
    assert rows[f"| {second}"].endswith("| debat Stemmingen MVO, 8 april 2025 |")
