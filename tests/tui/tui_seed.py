"""A small database for the TUI tests: every kind, overdue and coming items, a reminder, notes,
links, register numbers, and a title full of markup and an escape sequence."""

from __future__ import annotations

from kamertaak.store.service import Store

HOSTILE_TITLE = "[bold]vet[/bold] [link=http://e]klik[/link] \x1b[31mrood"


def seed(store: Store) -> dict[str, int]:
    """Fill the store (today is pinned to 2025-04-10 by the tests); returns ids by name."""
    ids: dict[str, int] = {}
    debate = store.add_debate("Zeden en (on)veiligheid vrouwen", kind="commissiedebat", date="2025-04-03",
                              committee="Justitie en Veiligheid (J&V)",
                              source_url="https://www.tweedekamer.nl/debat", actors=["Van Nispen (SP)"])
    store.add_debate("Tweeminutendebat Zeden", kind="tweeminutendebat", date="2025-04-16")
    ids["debate"] = debate
    ids["commitment"] = store.add_item(
        "commitment", "Contouren wetsvoorstel psychisch geweld", debate_id=debate, due="2025-04-08",
        text="De staatssecretaris zegt toe de contouren voor de zomer te sturen.",
        actors=["staatssecretaris (J&V)", "Van Nispen (SP)"], topics=["psychisch geweld"], owner="anna",
        links=[("https://www.tweedekamer.nl/kamerstukken/1", "verslag")], registers=["TZ202504-057"])
    ids["motion"] = store.add_item(
        "motion", "Motie-Van Nispen: 12 miljoen voor opvangplaatsen", debate_id=debate, due="2025-04-14",
        actors=["Van Nispen (SP)"], topics=["vrouwenopvang"], priority="hoog")
    ids["deadline"] = store.add_item(
        "deadline", "Voorjaarsnota 2025: geld voor vrouwenopvang?", due="2025-04-10",
        actors=["Mutluer (GL-PvdA)", "Van der Werf (D66)"], topics=["vrouwenopvang"])
    ids["task"] = store.add_item(
        "task", "Cijfers Valente naar Van Nispen", due="2025-04-20", actors=["Valente"], topics=["vrouwenopvang"],
        owner="ik")
    ids["hostile"] = store.add_item(
        "commitment", HOSTILE_TITLE, due="2025-04-12", text="tekst met [red]markup[/red] en \x1b]8;;x\x1b\\",
        actors=["[b]Nep[/b] ([i]X[/i])"], topics=["[dim]onderwerp[/dim]"])
    ids["later"] = store.add_item("commitment", "Brief over femicide", due="2025-06-30", topics=["femicide"])
    store.add_note(ids["commitment"], "Gebeld met het ministerie.")
    ids["reminder"] = store.add_reminder(ids["motion"], at="2025-04-09")
    store.update_item(ids["commitment"], {"due": "2025-04-08"})
    return ids
