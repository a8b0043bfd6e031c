"""README's "Tweede Kamer open data" examples, run again: the demo database (today pinned to 10 April 2025)
against the SyncFeed stand-in of tests/sync/standin.py, with the section's three follow rules, then the
commands the section shows, printed as a terminal of 100 columns prints them (trailing spaces stripped).

    python bench/readme_register.py

Run from the repository root; needs ../shared/research/tk-opendata (the stand-in is built from the Kamer's
XSDs). Nothing is written outside a temporary directory; the stand-in listens on 127.0.0.1 only.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.sync.shapes import party_id
from tests.sync.standin import RESEARCH, StandIn, World, serve

JV = {"voortouwnaam": "vaste commissie voor Justitie en Veiligheid", "voortouwafkorting": "J&V"}


def kamertaak(env: dict[str, str], *args: str, show: bool = True) -> None:
    result = subprocess.run([sys.executable, "-m", "kamertaak", *args], env=env, capture_output=True, text=True,
                            check=False)
    if show:
        shown = " ".join(f'"{a}"' if " " in a or "&" in a else a for a in args)
        print(f"$ kamertaak {shown}")
        for line in (result.stdout + result.stderr).splitlines():
            print(line.rstrip())


def question(w: World, changed: str) -> str:
    """Written questions by Mutluer and Van Nispen to the minister of Justitie en Veiligheid."""
    q = w.put("zaak", changed=changed, nummer="2025Z06123", soort="Schriftelijke vragen",
              onderwerp="Vragen over wachtlijsten in de vrouwenopvang", gestartOp="2025-04-01T00:00:00",
              vergaderjaar="2024-2025")
    w.put("zaakActor", changed=changed, zaak=q, actorNaam="Mutluer", actorFractie="GroenLinks-PvdA",
          relatie="Indiener")
    w.put("zaakActor", changed=changed, zaak=q, actorNaam="Van Nispen", actorFractie="SP", relatie="Medeindiener")
    w.put("zaakActor", changed=changed, zaak=q, actorNaam="D.M. van Weel",
          functie="minister van Justitie en Veiligheid", relatie="Gericht aan")
    w.put("document", changed=changed, zaak=q, soort="Schriftelijke vragen", documentNummer="2025D14001",
          onderwerp="Vragen van het lid Mutluer", datum="2025-04-01T00:00:00")
    return q


def motion(w: World, changed: str) -> str:
    """Van Nispen's motion on 12 million for shelter places (the demo's #3), Mutluer co-signing."""
    m = w.put("zaak", changed=changed, nummer="2025Z06500", soort="Motie",
              onderwerp="Motie van het lid Van Nispen over 12 miljoen voor opvangplaatsen uiterlijk voor de zomer",
              gestartOp="2025-04-08T00:00:00", kabinetsappreciatie="Oordeel Kamer")
    w.put("zaakActor", changed=changed, zaak=m, actorNaam="Van Nispen", actorFractie="SP", relatie="Indiener")
    w.put("zaakActor", changed=changed, zaak=m, actorNaam="Mutluer", actorFractie="GroenLinks-PvdA",
          relatie="Medeindiener")
    w.put("besluit", changed=changed, zaak=m, besluitSoort="Ingediend", status="Besluit", besluitTekst="Ingediend.")
    return m


def vote(w: World, m: str, changed: str) -> None:
    """The motion adopted on 15 April by show of hands; two NSC members vote against their party."""
    act = w.put("activiteit", changed=changed, nummer="2025A03001", soort="Stemmingen", onderwerp="Stemmingen",
                datum="2025-04-15T00:00:00", status="Uitgevoerd")
    punt = w.put("agendapunt", changed=changed, activiteit=act, onderwerp="Stemmingen over moties", volgorde="3")
    b = w.put("besluit", changed=changed, agendapunt=punt, zaak=m, besluitSoort="Stemmen - aangenomen",
              besluitTekst="Aangenomen.", status="Besluit", stemmingsSoort="Met handopsteken",
              agendapuntZaakBesluitVolgorde="2")
    for party, choice, seats in [("PVV", "Voor", 37), ("GroenLinks-PvdA", "Voor", 25), ("VVD", "Tegen", 24),
                                 ("NSC", "Voor", 20), ("D66", "Voor", 9), ("BBB", "Tegen", 7), ("CDA", "Voor", 5),
                                 ("SP", "Voor", 5)]:
        w.put("stemming", changed=changed, besluit=b, soort=choice, actorFractie=party, actorNaam=party,
              fractieGrootte=str(seats), vergissing="false", fractie=party_id(w, party, seats))
    for name in ("Kops", "Van Dijk"):
        person = w.put("persoon", changed=changed, achternaam=name)
        w.put("stemming", changed=changed, besluit=b, soort="Tegen", actorFractie="NSC", actorNaam=name,
              fractieGrootte="20", vergissing="false", persoon=person, fractie=party_id(w, "NSC"))


def agenda(w: World, changed: str) -> None:
    """Three J&V meetings: the tweeminutendebat planned, one cancelled, one moved."""
    for nummer, soort, onderwerp, day, start, status in [
        ("2025A04002", "Plenair debat (tweeminutendebat)", "Tweeminutendebat Zeden en (on)veiligheid vrouwen (CD 3/4)",
         "2025-04-15", "16:15", "Gepland"),
        ("2025A02181", "Commissiedebat", "Politie", "2025-04-17", "14:00", "Geannuleerd"),
        ("2025A02311", "Commissiedebat", "Gevangeniswezen en tbs", "2025-04-23", "13:00", "Verplaatst"),
    ]:
        w.put("activiteit", changed=changed, nummer=nummer, soort=soort, onderwerp=onderwerp, datumSoort="Dag",
              datum=f"{day}T00:00:00", aanvangstijd=f"{day}T{start}:00", status=status, **JV)


def main() -> None:
    if not RESEARCH.is_dir():  # a fresh clone elsewhere: say what is missing, as the skipped tests do (u14)
        sys.exit(f"readme_register.py: the Kamer's schemas are not at {RESEARCH}; the stand-in is built from them "
                 "(set KAMERTAAK_TK_SCHEMAS to the tk-opendata folder)")
    with tempfile.TemporaryDirectory(prefix="kamertaak-readme-") as home:
        env = {**os.environ, "XDG_DATA_HOME": f"{home}/data", "XDG_CONFIG_HOME": f"{home}/config",
               "KAMERTAAK_TODAY": "2025-04-10", "KAMERTAAK_USER": "anna", "COLUMNS": "100"}
        for name in ("KAMERTAAK_DB", "KAMERTAAK_CONFIG"):
            env.pop(name, None)
        standin = StandIn()
        running = serve(standin)
        next(running)
        try:
            w = standin.world
            sync = ("sync", "tweedekamer", "--base-url", standin.url)
            kamertaak(env, "demo", show=False)
            for rule in (["--committee", "J&V"], ["--ministry", "Justitie en Veiligheid"],
                         ["--party", "SP", "--text", "opvangplaatsen"]):
                kamertaak(env, "follow", "add", *rule, show=False)
            q = question(w, "2025-04-10T09:00:00Z")
            m = motion(w, "2025-04-10T09:00:00Z")
            kamertaak(env, *sync, show=False)
            for command in (["register", "list", "--inbox"], ["register", "link", "2"], ["register", "accept", "1"],
                            ["undo"], ["register", "accept", "1"]):
                kamertaak(env, *command)
            # The answer postponed, and the motion voted on.
            w.put("document", changed="2025-04-10T10:00:00Z", zaak=q, soort="Mededeling (uitstel antwoord)",
                  documentNummer="2025D15002", onderwerp="Uitstel beantwoording", datum="2025-04-09T00:00:00")
            vote(w, m, "2025-04-10T10:00:00Z")
            kamertaak(env, *sync, show=False)
            print()
            kamertaak(env, "show", "10")
            print()
            kamertaak(env, "show", "3")
            print()
            kamertaak(env, "link", "4", "2025A04002")
            agenda(w, "2025-04-10T11:00:00Z")
            kamertaak(env, *sync, show=False)
            kamertaak(env, "debate", "list")
            kamertaak(env, "today")
        finally:
            running.close()


if __name__ == "__main__":
    main()
