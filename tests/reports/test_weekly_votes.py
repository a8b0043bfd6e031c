"""The weekly report says how the Kamer voted: an adopted motion with its tally and the parties for and
against (with their seats), and the motions rejected this week in a section of their own, also in the
HTML the mail carries."""

from __future__ import annotations

from markdown_it import MarkdownIt

from kamertaak.reports.html import markdown_to_html
from kamertaak.reports.markdown import week_range, weekly_report
from kamertaak.store.service import Store
from kamertaak.sync.followup import take_records
from tests.sync.kamer_feed import entity, guid, records

MEETING, POINT = guid(500), guid(501)


def _motion(n: int, subject: str, outcome: str, votes: list[tuple[str, str, int, str | None]]) -> list[str]:
    """A motion case as the SyncFeed gives it: the case, its vote decision in a voting meeting and the
    vote rows (party, choice, party size, the member for a dissenter's own row)."""
    case, decision = guid(600 + n), guid(700 + n)
    rows = [entity("zaak", case, {"nummer": f"2025Z0650{n}", "soort": "Motie", "onderwerp": subject,
                                  "gestartOp": "2025-04-08T00:00:00"}),
            entity("besluit", decision, {"stemmingsSoort": "Met handopsteken", "besluitSoort": f"Stemmen - {outcome}",
                                         "besluitTekst": f"{outcome.capitalize()}.", "status": "Besluit",
                                         "agendapuntZaakBesluitVolgorde": str(n)},
                   {"agendapunt": POINT, "zaak": case}, changed="2025-04-08T17:00:00Z")]
    for m, (party, choice, seats, member) in enumerate(votes):
        rows.append(entity("stemming", guid(800 + 10 * n + m),
                           {"soort": choice, "fractieGrootte": str(seats), "actorNaam": party, "actorFractie": party,
                            "vergissing": "false"}, {"besluit": decision, **({"persoon": member} if member else {})}))
    return rows


def _voted_week(store: Store) -> tuple[int, int]:
    adopted = store.add_item("motion", "Motie-Van Nispen over opvangplaatsen", status="submitted",
                             actors=["Van Nispen (SP)"], due="2025-04-01")
    rejected = store.add_item("motion", "Motie-Eerdmans over grenscontroles", status="submitted",
                              actors=["Eerdmans (JA21)"])
    store.update_item(adopted, {"external_id": guid(601)})
    store.update_item(rejected, {"external_id": guid(602)})
    meeting = [entity("activiteit", MEETING, {"soort": "Stemmingen", "nummer": "2025A03001", "onderwerp": "Stemmingen",
                                              "datum": "2025-04-08T00:00:00", "status": "Uitgevoerd"}),
               entity("agendapunt", POINT, {"onderwerp": "Stemmingen over moties", "volgorde": "3"},
                      {"activiteit": MEETING})]
    take_records(store, records(
        *meeting,
        *_motion(1, "Motie van het lid Van Nispen over opvangplaatsen", "aangenomen",
                 [("GroenLinks-PvdA", "Voor", 25, None), ("SP", "Voor", 5, None), ("NSC", "Voor", 7, None),
                  ("NSC", "Tegen", 7, guid(901)), ("VVD", "Tegen", 24, None), ("PVV", "Niet deelgenomen", 37, None)]),
        *_motion(2, "Motie van het lid Eerdmans over grenscontroles", "verworpen",
                 [("JA21", "Voor", 1, None), ("VVD", "Tegen", 24, None), ("SP", "Tegen", 5, None)])))
    return adopted, rejected


def test_adopted_motions_show_the_tally_per_party_and_rejected_ones_have_their_section(rstore: Store) -> None:
    adopted, rejected = _voted_week(rstore)
    start, end = week_range("2025-W15")
    report = weekly_report(rstore.db, start, end, rstore.today())
    assert "| Verworpen deze week | 1 |" in report
    kept = report.split("## Aangenomen moties in uitvoering", 1)[1].split("## Verworpen deze week", 1)
    assert f"| {adopted} | motie | aangenomen |" in kept[0]
    assert (f"- #{adopted} motie-Van Nispen: Stemmen - aangenomen, 8 april 2025 (met handopsteken): 36 voor,"
            " 25 tegen") in kept[0]
    assert "  - voor (36): GroenLinks-PvdA 25, NSC 6 van 7, SP 5" in kept[0]
    assert "  - tegen (25): VVD 24, NSC 1 van 7" in kept[0]
    assert "  - niet deelgenomen: PVV 37" in kept[0]
    assert f"#{rejected}" not in kept[0]
    assert f"| {rejected} | motie | verworpen |" in kept[1]
    assert (f"- #{rejected} motie-Eerdmans: Stemmen - verworpen, 8 april 2025 (met handopsteken): 1 voor, 29 tegen"
            in kept[1])
    assert "  - voor (1): JA21 1" in kept[1] and "  - tegen (29): VVD 24, SP 5" in kept[1]
    # The mail's HTML renders the same lists.
    html = markdown_to_html(report, "Weekoverzicht")
    assert "Verworpen deze week</h2>" in html and "niet deelgenomen: PVV 37</li>" in html
    tokens = MarkdownIt("commonmark").enable("table").parse(report)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[-2:] == ["Aangenomen moties in uitvoering", "Verworpen deze week"]


def test_a_motion_rejected_in_another_week_is_not_in_this_weeks_report(rstore: Store) -> None:
    _voted_week(rstore)
    start, end = week_range("2025-W16")
    report = weekly_report(rstore.db, start, end, rstore.today())
    assert "| Verworpen deze week | 0 |" in report
    assert report.rstrip().endswith("## Verworpen deze week\n\n_Geen._")


def test_a_motion_added_as_rejected_belongs_to_the_week_of_its_vote_not_of_its_adding(rstore: Store) -> None:
    # u3: motie-Bisschop, rejected on 20 December 2018, triaged from an article in week 15 of 2025.
    old = rstore.add_debate("Stemmingen", date="2018-12-20")
    bisschop = rstore.add_item("motion", "Motie-Bisschop: extern advies staatssteun fosfaatwetgeving",
                               status="rejected", debate_id=old, actors=["Bisschop (SGP)"])
    undated = rstore.add_item("motion", "Motie-Eerdmans over grenscontroles", status="rejected")
    voted = rstore.add_item("motion", "Motie-Van Nispen over opvangplaatsen", status="submitted")
    rstore.set_status(voted, "rejected")  # the status changed this week: rejected this week
    start, end = week_range("2025-W15")
    report = weekly_report(rstore.db, start, end, rstore.today())
    assert "| Nieuw deze week | 3 |" in report and "| Verworpen deze week | 1 |" in report
    new, rejected = report.split("## Nieuw deze week", 1)[1].split("## Verworpen deze week", 1)
    assert f"| {bisschop} | motie | verworpen |" in new and f"| {undated} | motie | verworpen |" in new
    assert f"| {voted} | motie | verworpen |" in rejected
    assert f"| {bisschop} |" not in rejected and f"| {undated} |" not in rejected
