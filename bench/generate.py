"""Fill a new kamertaak database with realistic data for benchmarks.

    python bench/generate.py --items 100000 --db bench/out/bench-100k.db [--today 2025-04-10] [--seed 1]

All kinds and statuses, due dates over three years around `--today`, 5,000 debates, 300 actors,
40 topics, notes on a fifth of the items, register numbers, some reminders, and an operation log with a
'create' row per item (and a 'status' row where the item moved on), so history, "what changed this
week" and the weekly report have something real to read. A bench tool, so it inserts in bulk with SQL
in one transaction instead of going through the Store one item at a time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kamertaak.core import kinds
from kamertaak.store.db import SQLiteDatabase, open_database

TOPICS = (
    "vrouwenopvang", "huiselijk geweld", "psychisch geweld", "femicide", "veilig thuis", "zedenzaken",
    "stikstof", "woningbouw", "huurbeleid", "energietransitie", "netcongestie", "jeugdzorg", "ggz",
    "pensioenen", "toeslagen", "asiel", "arbeidsmigratie", "onderwijskwaliteit", "lerarentekort",
    "cybersecurity", "digitale overheid", "privacy", "politiecapaciteit", "gevangeniswezen", "drugsbeleid",
    "openbaar vervoer", "luchtvaart", "klimaatadaptatie", "waterkwaliteit", "landbouw", "visserij",
    "defensie-uitgaven", "ontwikkelingssamenwerking", "zorgkosten", "huisartsenzorg", "ouderenzorg",
    "armoedebeleid", "schuldhulpverlening", "kansengelijkheid", "cultuur",
)
PARTIES = ("PVV", "GL-PvdA", "VVD", "NSC", "D66", "BBB", "CDA", "SP", "DENK", "PvdD", "FvD", "SGP",
           "ChristenUnie", "Volt", "JA21")
SURNAMES = (
    "Van Nispen", "Mutluer", "Van der Werf", "Michon-Derkzen", "Bikker", "Dijk", "Bontenbal", "Eerdmans",
    "Jetten", "Klaver", "Omtzigt", "Van der Plas", "Stoffer", "Ouwehand", "Dassen", "Markuszower", "Kops",
    "Boswijk", "Paternotte", "Ellian", "Van Baarle", "Dobbe", "Inge van Dijk", "Tielen", "Bushoff", "Vijlbrief",
    "Krul", "Grinwis", "Teunissen", "Kostić", "De Hoop", "Van Campen", "Aardema", "Vermeer", "Flach",
    "Koekkoek", "Sneller", "Van Zanten", "Eerdmans", "El Abassi", "Ceder", "Podt", "Slagt-Tichelman",
    "Chakor", "Bikkers", "De Kort", "Vondeling", "Kisteman", "Van Meetelen", "Rikkers-Oosterkamp",
)
INITIALS = "ABCDEFGHIJKLMNOPRSTVW"
MINISTRIES = ("J&V", "VWS", "BZK", "OCW", "SZW", "FIN", "EZ", "KGG", "LVVN", "IenW", "BZ", "DEF", "AenM")
ORGANISATIONS = ("Valente", "Raad van State", "Algemene Rekenkamer", "Raad voor de rechtspraak", "VNG", "IPO",
                 "Unie van Waterschappen", "CBS", "CPB", "SCP", "RIVM", "Politie", "OM", "Reclassering Nederland",
                 "Veilig Thuis", "Slachtofferhulp Nederland", "Kinderombudsman", "Nationale ombudsman", "NJi",
                 "Rathenau Instituut")
COMMITTEES = ("Justitie en Veiligheid (J&V)", "Volksgezondheid, Welzijn en Sport (VWS)",
              "Binnenlandse Zaken (BiZa)", "Onderwijs, Cultuur en Wetenschap (OCW)",
              "Sociale Zaken en Werkgelegenheid (SZW)", "Financiën (FIN)", "Economische Zaken (EZ)",
              "Infrastructuur en Waterstaat (IenW)", "Landbouw, Visserij, Voedselzekerheid en Natuur (LVVN)",
              "Defensie (DEF)", "Buitenlandse Zaken (BuZa)", "Asiel en Migratie (AenM)")
DEBATE_KINDS = ("commissiedebat", "commissiedebat", "commissiedebat", "plenair debat", "tweeminutendebat",
                "tweeminutendebat", "wetgevingsoverleg", "notaoverleg", "rondetafelgesprek")
SUBJECTS = ("de wachtlijsten", "het tekort aan opvangplaatsen", "de uitvoering van de wet", "de evaluatie",
            "de financiering", "de regionale spreiding", "de cijfers over 2024", "de pilot", "de aanbesteding",
            "de capaciteit", "het handelingsperspectief", "de monitor", "de voortgang", "de knelpunten",
            "de signalering", "de doorlooptijden", "de samenwerking met gemeenten", "de kosten",
            "het wetsvoorstel", "de AMvB", "de motie", "het onderzoek", "de subsidieregeling")
COMMITMENT_VERBS = ("Kamerbrief over", "Informeren over", "Terugkomen op", "Onderzoek naar", "Voortgangsbrief over",
                    "Reactie op", "Overleg met gemeenten over", "Brief aan de Kamer over", "In gesprek gaan over")
MOTION_VERBS = ("verzoekt de regering", "roept de regering op", "verzoekt het kabinet", "spreekt uit")
MOTION_ASKS = ("structureel geld vrij te maken voor", "voor de zomer te komen met een plan voor",
               "in overleg met gemeenten te zorgen voor", "een einde te maken aan", "onderzoek te doen naar",
               "de Kamer jaarlijks te informeren over", "geen bezuinigingen door te voeren op")
DEADLINE_TITLES = ("Tweeminutendebat", "Inbreng schriftelijk overleg", "Stemmingen over moties", "Inbreng",
                   "Reactie op consultatie", "Rondetafelgesprek", "Technische briefing", "Hoorzitting",
                   "Begrotingsbehandeling", "Wetgevingsoverleg")
TASK_VERBS = ("Cijfers sturen naar", "Bellen met", "Mail aan", "Position paper naar", "Afspraak met",
              "Nagaan bij", "Factsheet voor", "Kort overleg met", "Reactie voorbereiden voor")
PHRASES = (("voor de zomer", "season"), ("na de zomer", "season"), ("op korte termijn", "vague"),
           ("voor het kerstreces", "season"), ("bij de Voorjaarsnota", "day"), ("eind dit jaar", "year"),
           ("in het eerste kwartaal", "quarter"), ("binnen zes weken", "day"), ("volgende week", "week"),
           ("voor Prinsjesdag", "day"), ("in het najaar", "season"), ("begin volgend jaar", "quarter"))
NOTES = ("Gebeld met de griffie: staat op de agenda.", "Ambtenaar VWS: brief ligt bij de minister.",
         "Nog niets gehoord, volgende week navragen.", "Van Nispen wil de cijfers vóór het debat.",
         "Brief is verschenen, maar gaat niet in op onze punten.", "Coalitie verdeeld; stemming spannend.",
         "Meegenomen in het position paper.", "Zie ook het verslag van het rondetafelgesprek.")
# Kind weights, and per kind how often each status occurs (roughly what a year of work looks like).
KIND_WEIGHTS = {"commitment": 40, "motion": 30, "deadline": 15, "task": 15}
STATUS_WEIGHTS = {
    "commitment": {"open": 55, "partial": 10, "done": 30, "lapsed": 5},
    "motion": {"announced": 5, "submitted": 8, "held": 4, "adopted": 25, "executed": 15, "rejected": 35,
               "withdrawn": 5, "lapsed": 3},
    "deadline": {"upcoming": 50, "met": 35, "missed": 10, "cancelled": 5},
    "task": {"todo": 40, "doing": 10, "waiting": 10, "done": 35, "dropped": 5},
}


def _stamp(day: dt.date, rnd: random.Random) -> str:
    return dt.datetime.combine(day, dt.time(rnd.randint(8, 18), rnd.randint(0, 59), rnd.randint(0, 59))).isoformat()


def _dumps(changes: dict[str, Any]) -> str:
    return json.dumps(changes, ensure_ascii=False, sort_keys=True)


def generate(path: Path, n_items: int, today: dt.date, seed: int = 1, n_debates: int = 5000,
             n_actors: int = 300) -> dict[str, int]:
    """Create the database at `path` (which must not exist yet) and fill it; returns rows per table."""
    if path.exists():
        raise SystemExit(f"{path} bestaat al; kies een nieuw pad (de generator vult alleen een nieuwe database)")
    rnd = random.Random(seed)
    db = open_database(str(path))
    assert isinstance(db, SQLiteDatabase), "the generator writes SQLite files"
    conn = db.conn
    start = today - dt.timedelta(days=548)          # due dates from 18 months back ...
    span = 3 * 365                                    # ... over three years
    user = "bench"

    topics = [(i + 1, name) for i, name in enumerate(TOPICS)]
    actors: list[tuple[int, str, str, str, str]] = []
    for i in range(n_actors):
        aid = i + 1
        if i < 40:
            role = rnd.choice(("minister", "state_secretary"))
            actors.append((aid, ["minister", "staatssecretaris"][role == "state_secretary"], "", role,
                           MINISTRIES[i % len(MINISTRIES)] + ("" if i < len(MINISTRIES) else f"-{i}")))
        elif i < 40 + len(ORGANISATIONS):
            actors.append((aid, ORGANISATIONS[i - 40], "", "organisation", ""))
        else:
            name = f"{INITIALS[i % len(INITIALS)]}. {SURNAMES[i % len(SURNAMES)]}"
            actors.append((aid, name, PARTIES[i % len(PARTIES)], "member", ""))
    members = [a for a in actors if a[3] == "member"]
    cabinet = [a for a in actors if a[3] in ("minister", "state_secretary")]
    organisations = [a for a in actors if a[3] == "organisation"]

    debates = []
    debate_actor = set()
    for d in range(n_debates):
        day = start - dt.timedelta(days=90) + dt.timedelta(days=rnd.randrange(span + 90))
        kind = rnd.choice(DEBATE_KINDS)
        topic = rnd.choice(TOPICS)
        debates.append((d + 1, kind, f"{topic.capitalize()}", day.isoformat(), rnd.choice(COMMITTEES),
                        f"https://www.tweedekamer.nl/debat_en_vergadering/commissievergaderingen/details?id=2025A{d:05d}",
                        None, _stamp(day, rnd)))
        for a in rnd.sample(members, 5) + rnd.sample(cabinet, 1):
            debate_actor.add((d + 1, a[0]))

    items, item_actor, item_topic, notes, links, registers, reminders = [], [], [], [], [], [], []
    events: list[tuple[str, int, str, str]] = []      # (at, item_id, action, changes) for the oplog
    kinds_list = list(KIND_WEIGHTS)
    kind_weights = list(KIND_WEIGHTS.values())
    for n in range(n_items):
        iid = n + 1
        kind = rnd.choices(kinds_list, kind_weights)[0]
        weights = STATUS_WEIGHTS[kind]
        status = rnd.choices(list(weights), list(weights.values()))[0]
        lc = kinds.lifecycle(kind)
        topic_names = sorted(rnd.sample(TOPICS, rnd.choice((1, 1, 1, 2))))
        subject = rnd.choice(SUBJECTS)
        debate = rnd.choice(debates)
        member = rnd.choice(members)
        if kind == "commitment":
            title = f"{rnd.choice(COMMITMENT_VERBS)} {subject} ({topic_names[0]})"
            who = [rnd.choice(cabinet), member]
        elif kind == "motion":
            title = (f"Motie-{member[1].split('. ', 1)[-1]} {rnd.choice(MOTION_VERBS)} "
                     f"{rnd.choice(MOTION_ASKS)} {topic_names[0]}")
            who = [member] + ([rnd.choice(members)] if rnd.random() < 0.4 else [])
        elif kind == "deadline":
            title = f"{rnd.choice(DEADLINE_TITLES)} {topic_names[0]}"
            who = [rnd.choice(organisations)] if rnd.random() < 0.3 else []
        else:
            title = f"{rnd.choice(TASK_VERBS)} {member[1].split('. ', 1)[-1]} over {subject}"
            who = [member]
        due_day = start + dt.timedelta(days=rnd.randrange(span)) if rnd.random() < 0.92 else None
        phrase, precision = (rnd.choice(PHRASES) if rnd.random() < 0.5 else (None, "day"))
        if due_day is None:
            phrase, precision = ("op (middel)lange termijn", "vague") if rnd.random() < 0.5 else (None, "none")
        # Created a week to half a year before the due date, and never after today (an item due in two
        # years was typically recorded some weeks ago, not all of them today).
        created = (due_day or today - dt.timedelta(days=rnd.randint(0, 700))) - dt.timedelta(days=rnd.randint(7, 180))
        if created > today:
            created = today - dt.timedelta(days=rnd.randint(0, 90))
        created_at = _stamp(created, rnd)
        updated = created + dt.timedelta(days=rnd.randint(0, max(0, (today - created).days)))
        updated_at = _stamp(updated, rnd) if status != lc.initial else created_at
        if updated_at < created_at:
            updated_at = created_at
        due = due_day.isoformat() if due_day else None
        row = {
            "id": iid, "kind": kind, "status": status, "title": title,
            "text": f"{title}. Toegezegd in het {debate[1]} over {debate[2].lower()}.",
            "debate_id": debate[0], "due": due, "due_phrase": phrase, "due_precision": precision,
            "due_explanation": "datum ingevoerd" if due and not phrase else (f"uit '{phrase}'" if phrase else None),
            "due_estimated": 0, "recurrence": None, "scheduled": None, "hide_until": None,
            "priority": rnd.choices(("laag", "normaal", "hoog"), (15, 65, 20))[0],
            "owner": rnd.choice(("anna", "bram", "chris", None, None)), "stance": None, "next_action": None,
            "source": "bench", "external_id": None, "raw_status": None, "status_unknown": 0,
            "register_deleted": 0, "deleted": 0, "version": 1 if status == lc.initial else 2,
            "created_at": created_at, "updated_at": updated_at,
        }
        items.append(row)
        for pos, a in enumerate(dict.fromkeys(who)):
            item_actor.append((iid, a[0], "", pos))
        for t in topic_names:
            item_topic.append((iid, TOPICS.index(t) + 1))
        create = {k: [None, v] for k, v in row.items()
                  if v not in (None, "", 0) and k not in ("id", "created_at", "updated_at", "version")}
        create["actors"] = [[], [{"name": a[1], "party": a[2], "role": a[3], "ministry": a[4]}
                                 for a in dict.fromkeys(who)]]
        create["topics"] = [[], topic_names]
        create["status"] = [None, lc.initial]
        events.append((created_at, iid, "create", _dumps(create)))
        if status != lc.initial:
            events.append((updated_at, iid, "status", _dumps({"status": [lc.initial, status]})))
        if rnd.random() < 0.2:
            note_day = _stamp(min(today, created + dt.timedelta(days=rnd.randint(0, 60))), rnd)
            notes.append((len(notes) + 1, iid, rnd.choice(NOTES), user, note_day))
        if kind == "commitment" and rnd.random() < 0.4:
            registers.append((len(registers) + 1, iid, "tz", f"TZ{created.year}{created.month:02d}-{iid % 1000:03d}"))
        if rnd.random() < 0.1:
            links.append((len(links) + 1, iid, debate[5], "verslag"))
        if due and rnd.random() < 0.03:
            reminders.append((len(reminders) + 1, iid, None, rnd.choice((1, 3, 7, 14)), None, None, None,
                              created_at))
    events.sort()

    with db.transaction():
        conn.executemany("INSERT INTO topic (id, name) VALUES (?, ?)", topics)
        conn.executemany("INSERT INTO actor (id, name, party, role, ministry) VALUES (?, ?, ?, ?, ?)", actors)
        conn.executemany("INSERT INTO debate (id, kind, title, date, committee, source_url, source_text, created_at)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", debates)
        conn.executemany("INSERT INTO debate_actor (debate_id, actor_id) VALUES (?, ?)", sorted(debate_actor))
        cols = list(items[0]) if items else []
        if items:
            conn.executemany(f"INSERT INTO item ({', '.join(cols)}) VALUES ({', '.join(':' + c for c in cols)})",
                             items)
        conn.executemany("INSERT INTO item_actor (item_id, actor_id, relation, position) VALUES (?, ?, ?, ?)",
                         item_actor)
        conn.executemany("INSERT INTO item_topic (item_id, topic_id) VALUES (?, ?)", item_topic)
        conn.executemany("INSERT INTO note (id, item_id, text, author, created_at) VALUES (?, ?, ?, ?, ?)", notes)
        conn.executemany("INSERT INTO link (id, item_id, url, label) VALUES (?, ?, ?, ?)", links)
        conn.executemany("INSERT INTO register_ref (id, item_id, scheme, value) VALUES (?, ?, ?, ?)", registers)
        conn.executemany("INSERT INTO reminder (id, item_id, at, offset_days, sent_at, dismissed_at, snoozed_until,"
                         " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", reminders)
        conn.executemany("INSERT INTO oplog (at, who, source, item_id, entity, action, changes, undone, undoes)"
                         " VALUES (?, ?, 'bench', ?, 'item', ?, ?, 0, NULL)",
                         [(at, user, iid, action, changes) for at, iid, action, changes in events])
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    counts = {t: int(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()["COUNT(*)"])
              for t in ("item", "debate", "actor", "topic", "note", "oplog", "reminder")}
    db.close()
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--db", type=Path, required=True, help="new SQLite file to create")
    parser.add_argument("--today", default="2025-04-10", help="the date the data centres on (KAMERTAAK_TODAY)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--debates", type=int, default=5000)
    parser.add_argument("--actors", type=int, default=300)
    args = parser.parse_args()
    began = time.perf_counter()
    counts = generate(args.db, args.items, dt.date.fromisoformat(args.today), args.seed, args.debates, args.actors)
    took = time.perf_counter() - began
    print(f"{args.db}: " + ", ".join(f"{n} {t}" for t, n in counts.items()) + f" in {took:.1f} s")


if __name__ == "__main__":
    main()
