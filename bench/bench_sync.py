"""A hand sync of 100,000 register rows from a local SyncFeed stand-in: wall time and peak memory.

    nice -n 10 python bench/bench_sync.py [--rows 100000]

A stand-in process on 127.0.0.1 serves feed pages of 250 entities in the Kamer's shape (tkData
namespace, `tk:bijgewerkt`/`tk:verwijderd`, references as `ref`, next link per entry, resume on the
empty last page), generated from their index so the stand-in itself stays small. The mix per 1,000
rows follows a motion's family (zaak, two actors, a motion document, a decision with three votes)
and commitments to members; parties, persons and seats, dossiers and activities come first.

`kamertaak sync tweedekamer --accept --json` then runs as a child process against a fresh SQLite
database in bench/out/, with a follow rule that takes in a tenth of the records; its wall time and
peak resident set (`ru_maxrss` of the child) are printed with the summary counts. A second run shows
what a sync with nothing new costs.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import shutil
import subprocess
import sys
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
TK = "http://www.tweedekamer.nl/xsd/tkData/v1-0"
PAGE = 250
PARTIES = ["VVD", "PVV", "GL-PvdA", "NSC", "D66", "BBB", "CDA", "SP", "ChristenUnie", "SGP", "DENK", "PvdD",
           "FVD", "Volt", "JA21"]
MINISTRIES = ["Infrastructuur en Waterstaat", "Financiën", "Landbouw, Visserij, Voedselzekerheid en Natuur",
              "Volksgezondheid, Welzijn en Sport", "Justitie en Veiligheid", "Onderwijs, Cultuur en Wetenschap",
              "Economische Zaken", "Sociale Zaken en Werkgelegenheid", "Binnenlandse Zaken", "Defensie"]


def gid(category: str, n: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{category}/{n}"))


class Mix:
    """How many rows of each category, scaled to the total asked for."""

    def __init__(self, rows: int) -> None:
        # Nine rows a unit (a motion's zaak, two actors, a document, a decision, three votes, and a
        # commitment) and a few hundred parents: the total comes out at `rows`, give or take a few.
        unit = max(1, (rows - 465) * 10 // 91)
        self.motions = unit
        self.commitments = unit
        self.persons = 150
        self.activities = max(10, unit // 25)
        self.dossiers = max(5, unit // 50)
        self.counts = {
            "fractie": len(PARTIES), "persoon": self.persons, "fractieZetel": self.persons,
            "fractieZetelPersoon": self.persons, "kamerstukdossier": self.dossiers, "activiteit": self.activities,
            "agendapunt": self.activities, "zaak": unit, "zaakActor": 2 * unit, "besluit": unit,
            "stemming": 3 * unit, "document": unit, "toezegging": unit, "activiteitActor": 0,
        }

    def total(self) -> int:
        return sum(self.counts.values())

    def entity(self, category: str, n: int) -> str:
        """Entity n of a category, as the feed sends it (elements in schema order)."""
        stamp = f"2025-0{1 + n % 3}-{1 + n % 28:02d}T{n % 24:02d}:{n % 60:02d}:09.0095628Z"
        body = getattr(self, f"_{category}")(n)
        return (f'<{category} xmlns="{TK}" xmlns:tk="{TK}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
                f' id="{gid(category, n)}" tk:bijgewerkt="{stamp}" tk:verwijderd="false">{body}</{category}>')

    def _fractie(self, n: int) -> str:
        return (f"<nummer>{n}</nummer><afkorting>{PARTIES[n]}</afkorting><naamNl>{PARTIES[n]}</naamNl>"
                "<aantalZetels>10</aantalZetels>")

    def _persoon(self, n: int) -> str:
        return (f"<nummer>{n}</nummer><initialen>A.</initialen><achternaam>Lid{n}</achternaam>"
                '<roepnaam>Anne</roepnaam><fractielabel xsi:nil="true" />')

    def _fractieZetel(self, n: int) -> str:
        return f'<fractie ref="{gid("fractie", n % len(PARTIES))}" /><gewicht>1</gewicht>'

    def _fractieZetelPersoon(self, n: int) -> str:
        return (f'<fractieZetel ref="{gid("fractieZetel", n)}" /><persoon ref="{gid("persoon", n)}" />'
                "<functie>Lid</functie><van>2023-12-06T00:00:00</van>")

    def _kamerstukdossier(self, n: int) -> str:
        return f"<titel>Dossier {n}</titel><nummer>{36000 + n}</nummer>"

    def _activiteit(self, n: int) -> str:
        return (f"<soort>Commissiedebat</soort><nummer>2025A{n:05d}</nummer><onderwerp>Debat {n}</onderwerp>"
                f"<datum>2025-03-{1 + n % 28:02d}T00:00:00</datum><status>Uitgevoerd</status>"
                f"<voortouwnaam>vaste commissie {MINISTRIES[n % len(MINISTRIES)]}</voortouwnaam>")

    def _agendapunt(self, n: int) -> str:
        return f'<activiteit ref="{gid("activiteit", n)}" /><onderwerp>Stemmingen</onderwerp><volgorde>1</volgorde>'

    def _zaak(self, n: int) -> str:
        return (f'<kamerstukdossier ref="{gid("kamerstukdossier", n % self.dossiers)}" /><nummer>2025Z{n:05d}</nummer>'
                f"<soort>Motie</soort><onderwerp>Motie {n} over {MINISTRIES[n % len(MINISTRIES)]}</onderwerp>"
                "<gestartOp>2025-03-01T00:00:00</gestartOp><kabinetsappreciatie>Oordeel Kamer</kabinetsappreciatie>")

    def _zaakActor(self, n: int) -> str:
        zaak, second = divmod(n, 2)
        party = PARTIES[(zaak + second) % len(PARTIES)]
        return (f'<zaak ref="{gid("zaak", zaak)}" /><actorNaam>Lid{(zaak + second) % self.persons}</actorNaam>'
                f"<actorFractie>{party}</actorFractie><relatie>{'Medeindiener' if second else 'Indiener'}</relatie>")

    def _besluit(self, n: int) -> str:
        return (f'<agendapunt ref="{gid("agendapunt", n % self.activities)}" /><zaak ref="{gid("zaak", n)}" />'
                "<stemmingsSoort>Met handopsteken</stemmingsSoort>"
                f"<besluitSoort>Stemmen - {'aangenomen' if n % 2 else 'verworpen'}</besluitSoort>"
                "<status>Besluit</status>")

    def _stemming(self, n: int) -> str:
        besluit, k = divmod(n, 3)
        return (f'<besluit ref="{gid("besluit", besluit)}" /><soort>{"Voor" if k else "Tegen"}</soort>'
                f"<fractieGrootte>10</fractieGrootte><actorFractie>{PARTIES[k]}</actorFractie><vergissing>false</vergissing>")

    def _document(self, n: int) -> str:
        return (f'<zaak ref="{gid("zaak", n)}" /><soort>Motie</soort><documentNummer>2025D{n:05d}</documentNummer>'
                f"<datum>2025-03-01T00:00:00</datum><volgnummer>{n + 1}</volgnummer>")

    def _toezegging(self, n: int) -> str:
        return (f'<toegezegdAan ref="{gid("persoon", n % self.persons)}" /><nummer>TZ2025{n:06d}</nummer>'
                f'<activiteit ref="{gid("activiteit", n % self.activities)}" /><naam>Minister {n % 7}</naam>'
                f"<functie>Minister van {MINISTRIES[n % len(MINISTRIES)]}</functie><status>Openstaand</status>"
                "<datumNakoming>2025-06-30T00:00:00</datumNakoming>"
                f"<ministerie>{MINISTRIES[n % len(MINISTRIES)]}</ministerie>"
                f"<tekst>De minister stuurt de Kamer een brief over onderwerp {n}.</tekst>")


def _feed_page(mix: Mix, url: str, category: str, after: int) -> bytes:
    key = next((c for c in mix.counts if c.lower() == category.lower()), "")
    count = mix.counts.get(key, 0)
    entries = []
    for n in range(after, min(after + PAGE, count)):
        entries.append(f'<entry><title>{n}</title><link rel="next" href="{url}/SyncFeed/2.0/Feed?skiptoken={n + 1}'
                       f'&amp;category={category}" /><content type="application/xml">{mix.entity(key, n)}</content>'
                       "</entry>")
    resume = "" if entries else (f'<link rel="resume" href="{url}/SyncFeed/2.0/Feed?skiptoken={after}'
                                 f'&amp;category={category}" />')
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>SyncFeed</title>'
            f"{resume}{''.join(entries)}</feed>").encode()


def serve(rows: int, port_out: Connection) -> None:
    mix = Mix(rows)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            params = dict(parse_qsl(parts.query))
            body = _feed_page(mix, url, params.get("category", ""), int(params.get("skiptoken", "0") or 0))
            self.send_response(200)
            self.send_header("Content-Type", "application/atom+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    url = f"http://127.0.0.1:{server.server_address[1]}"
    port_out.send(server.server_address[1])
    server.serve_forever()


MEASURE = r"""
import resource, subprocess, sys, time
t = time.perf_counter()
p = subprocess.run(sys.argv[1:], capture_output=True, text=True)
wall = time.perf_counter() - t
sys.stderr.write(p.stderr)
print(wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, p.returncode)
print(p.stdout)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    mix = Mix(args.rows)
    OUT.mkdir(parents=True, exist_ok=True)
    work = OUT / "sync"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    receive, send = multiprocessing.Pipe(duplex=False)
    server = multiprocessing.Process(target=serve, args=(args.rows, send), daemon=True)
    server.start()
    try:
        port = receive.recv()
        (work / "config.toml").write_text(
            f'[tweedekamer]\nbase_url = "http://127.0.0.1:{port}"\npage_pause = 0\nrun_timeout = 7200\n',
            encoding="utf-8")
        env = {**os.environ, "KAMERTAAK_CONFIG": str(work / "config.toml"), "KAMERTAAK_DB": str(work / "kamertaak.db"),
               "KAMERTAAK_TODAY": "2025-04-10", "KAMERTAAK_USER": "bench"}
        kamertaak = [sys.executable, "-m", "kamertaak"]
        subprocess.run([*kamertaak, "follow", "add", "--ministry", "Financiën"], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        print(f"stand-in: {mix.total():,} register rows in {sum(-(-c // PAGE) for c in mix.counts.values()):,}"
              f" feed pages of {PAGE}, on 127.0.0.1:{port}")
        for label in ("first sync (everything new)", "second sync (nothing new)"):
            command = [sys.executable, "-c", MEASURE, *kamertaak, "sync", "tweedekamer", "--accept", "--json"]
            out = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
            head, _, rest = out.stdout.partition("\n")
            wall, rss, code = head.split()
            summary = json.loads(rest) if rest.strip() else {}
            print(f"{label}: {float(wall):.1f} s, peak RSS {int(rss) / 1024:.0f} MiB, exit {code};"
                  f" records {summary.get('records')}, pages {summary.get('pages')}, new {summary.get('new')},"
                  f" unchanged {summary.get('unchanged')}, items created {summary.get('items_created')}")
            if out.stderr.strip():
                print("  stderr:", out.stderr.strip().splitlines()[-1])
            if int(code) == 0 and label.startswith("first") and summary.get("records"):
                print(f"  {summary['records'] / float(wall):,.0f} records/s")
        print(f"database: {(work / 'kamertaak.db').stat().st_size / 1024 / 1024:.0f} MiB")
        print(f"this process's own peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    finally:
        server.terminate()
        server.join(timeout=5)


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print(f"total {time.perf_counter() - started:.1f} s")
