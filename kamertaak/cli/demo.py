"""The demo debate: `kamertaak demo` loads it as a visitor, `--remove` takes it out again."""

from __future__ import annotations

import json
from importlib import resources
from typing import TYPE_CHECKING

import typer
from rich.text import Text

from kamertaak.cli.common import UserError, console, open_store
from kamertaak.core.refs import ActorRef
from kamertaak.core.text import printable

if TYPE_CHECKING:

    from kamertaak.store.service import Store


def demo(
    remove: bool = typer.Option(False, "--remove", help="Haal het voorbeelddebat met zijn items weer weg."),
    force: bool = typer.Option(False, "--force", help="Met --remove: ook items die je sinds het laden hebt gewijzigd "
                                                      "of zelf aan het debat hebt toegevoegd."),
) -> None:
    """Laad het voorbeelddebat van 3 april 2025 (Zeden en (on)veiligheid vrouwen); --remove haalt het weg."""
    from kamertaak.store.queries import debate_with

    if force and not remove:
        raise UserError("--force hoort bij --remove")
    store = open_store(create=True)
    folder = resources.files("kamertaak").joinpath("data", "demo")
    data = json.loads(folder.joinpath("commissiedebat-2025-04-03.json").read_text(encoding="utf-8"))
    d = data["debate"]
    existing = debate_with(store.db, d["title"], d["date"])
    if remove:
        _remove_demo(store, existing, force)
        return
    if existing is not None:
        console().print(f"het voorbeelddebat staat er al (debat {existing}); niets toegevoegd")
        return
    source_text = folder.joinpath(d["source_text_file"]).read_text(encoding="utf-8")
    with store.db.transaction():
        debate_id = store.add_debate(d["title"], kind=d["kind"], date=d["date"], committee=d["committee"],
                                     source_url=d["source_url"], source_text=source_text,
                                     actors=[ActorRef.from_dict(m) for m in data["participants"]], source="demo")
        for spec in data["items"]:
            store.add_item(
                spec["kind"], spec["title"], status=spec.get("status"), text=spec.get("text", ""),
                debate_id=debate_id, due=spec.get("due"),
                actors=[ActorRef.from_dict(a) for a in spec.get("actors", [])], topics=spec.get("topics", []),
                owner=spec.get("owner"), priority=spec.get("priority"), stance=spec.get("stance"),
                links=[tuple(pair) for pair in spec.get("links", [])], source="demo",
            )
    console().print(Text(f"voorbeelddebat geladen: debat {debate_id} met {len(data['items'])} items "
                         f"in {printable(store.db.shown())}"), soft_wrap=True)  # one line, for scripts too


def _remove_demo(store: Store, debate_id: int | None, force: bool) -> None:
    """The demo is a visitor: its debate and items go again, except what the user made their own since
    loading (changed, or added to the debate), which stays, with the debate, unless --force."""
    from kamertaak.store.queries import ItemFilter, changed_by_others, debate_created_by, list_items

    if debate_id is None or debate_created_by(store.db, debate_id) != "demo":
        raise UserError("er is geen voorbeelddebat geladen (kamertaak demo laadt het)")
    items = list_items(store.db, ItemFilter(debate_id=debate_id, sort="id"), store.today())
    added = [i["id"] for i in items if i["source"] != "demo"]
    changed = sorted(changed_by_others(store.db, [i["id"] for i in items if i["source"] == "demo"], "demo"))
    kept = [] if force else sorted(added + changed)
    removal = store.remove_from_debate(debate_id, [i["id"] for i in items if i["id"] not in kept])
    out = console()
    what = f"{len(removal.items)} {'item' if len(removal.items) == 1 else 'items'}"
    if removal.debate:
        n = len(removal.actors)
        people = f" en {n} {'actor' if n == 1 else 'actoren'} die nergens anders voorkomen" if n else ""
        out.print(f"voorbeelddebat weggehaald: debat {debate_id}, {what}{people}")
        return
    out.print(f"{what} van het voorbeelddebat weggehaald; debat {debate_id} blijft voor wat je eigen hebt gemaakt:")
    if changed:
        out.print(f"  sinds het laden gewijzigd: {', '.join(f'#{n}' for n in changed)}")
    if added:
        out.print(f"  zelf aan het debat toegevoegd: {', '.join(f'#{n}' for n in added)}")
    out.print("kamertaak demo --remove --force haalt ook die weg", style="dim")



def register(app: typer.Typer) -> None:
    app.command("demo")(demo)
