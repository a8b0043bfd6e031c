"""Triage extraction: the shared seed and snippets, plus texts of our own in the same conventions."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from kamertaak.core.actors import find_actors, normalise_ministry, normalise_name, normalise_party
from kamertaak.core.extract import Candidate, Extraction, clean_text, extract, split_sentences

# ../shared from the project root; a git worktree sits one level deeper, so look up the tree for it
SHARED = next((p / "shared" for p in Path(__file__).resolve().parents if (p / "shared" / "seeds").is_dir()),
              Path(__file__).resolve().parents[3] / "shared")
SEED = SHARED / "seeds" / "000_9ddf5c44bb654efd.txt"
D = dt.date


def only(ex: Extraction, kind: str, status: str | None = None) -> list[Candidate]:
    return [c for c in ex.candidates if c.kind == kind and (status is None or c.status == status)]


def names(c: Candidate) -> list[str]:
    return [a.name for a in c.actors]


def one_line(text: str) -> str:
    """The original span as a reader sees it: hyphenation undone, whitespace collapsed."""
    return " ".join(re.sub(r"(?<=[a-z])-\s*\n\s*(?=[a-z])", "", text).split())


# --- the seed -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> Extraction:
    if not SEED.exists():
        pytest.skip("shared seed not available")
    return extract(SEED.read_text(), D(2025, 4, 3))


def test_seed_debate(seed: Extraction) -> None:
    assert seed.debate.kind == "commissiedebat"
    assert seed.debate.date == D(2025, 4, 3)
    assert seed.debate.title and "Zeden en (on)veiligheid vrouwen" in seed.debate.title


def test_seed_actors_with_normalised_parties(seed: Extraction) -> None:
    parties = {a.name: a.party for a in seed.actors if a.role == "member"}
    assert parties == {
        "Van Nispen": "SP", "Mutluer": "GL-PvdA", "Van der Werf": "D66", "Michon-Derkzen": "VVD",
        "Bruyning": "NSC", "Krul": "CDA", "Eerdmans": "JA21",
    }
    ministries = {a.ministry for a in seed.actors if a.role == "state_secretary"}
    assert {"J&V", "VWS"} <= ministries
    organisations = {a.name for a in seed.actors if a.role == "organisation"}
    assert {"Valente", "VNG", "Fier"} <= organisations


def test_seed_motion_announced_by_van_nispen(seed: Extraction) -> None:
    [motion] = only(seed, "motion")
    assert motion.status == "announced"
    assert "Van Nispen" in names(motion)
    assert "12 miljoen" in motion.quote
    assert motion.due == D(2025, 6, 1)  # "in de voorjaarsnota"


def test_seed_followup_debate_next_week(seed: Extraction) -> None:
    [debate] = [c for c in only(seed, "deadline") if "tweeminutendebat" in c.quote]
    assert debate.status == "upcoming"
    assert debate.due == D(2025, 4, 11)
    assert debate.title.startswith("Tweeminutendebat")


def test_seed_commitments(seed: Extraction) -> None:
    commitments = only(seed, "commitment", "open")
    by_due = {c.due: c for c in commitments}
    vws = by_due[D(2025, 5, 1)]
    assert "VWS" in vws.quote and vws.due_phrase == "op korte termijn"
    assert vws.actors[0].role == "state_secretary" and vws.actors[0].ministry == "J&V"
    law = by_due[D(2025, 7, 3)]
    assert "psychisch geweld" in law.title


def test_seed_rob_report_expected(seed: Extraction) -> None:
    [report] = [c for c in seed.candidates if "Raad van Openbaar Bestuur" in c.quote]
    assert report.kind in ("deadline", "commitment")
    assert report.due == D(2025, 7, 3)


def test_seed_headline_is_not_a_second_motion(seed: Extraction) -> None:
    assert not any(c.quote.startswith("Staatssecretarissen") for c in seed.candidates)
    assert len(seed.candidates) <= 7


def test_seed_spans_point_into_the_original(seed: Extraction) -> None:
    raw = SEED.read_text()
    for c in seed.candidates:
        assert one_line(raw[c.start : c.end]) == c.quote  # as written, its curly quotes too (u6 bug 2)


def test_seed_json_shape(seed: Extraction) -> None:
    data = json.loads(json.dumps(seed.to_json()))
    assert set(data) == {"debate", "actors", "candidates"}
    assert set(data["debate"]) == {"title", "kind", "date", "committee"}
    assert set(data["actors"][0]) == {"name", "party", "role", "ministry"}
    assert set(data["candidates"][0]) == {
        "kind", "status", "title", "quote", "due", "due_phrase", "precision", "explanation", "actors",
        "confidence", "register", "owner",
    }
    with_actors = next(c for c in data["candidates"] if c["actors"])
    assert set(with_actors["actors"][0]) == {"name", "party", "role", "ministry"}
    assert all(0 <= c["confidence"] <= 1 for c in data["candidates"])


# --- the shared snippets (text copied so the test stands alone) ----------------------------------


def test_snippet_leijten_submitted_with_number() -> None:
    text = (
        "Voor mij waren twee punten van belang in het debat. Daarover dien ik dan ook moties in.\n\n"
        "Deze motie is voorgesteld door het lid Leijten. Naar mij blijkt, wordt de indiening ervan voldoende "
        "ondersteund. Zij krijgt nr. 82 (29325)."
    )
    [c] = extract(text, D(2017, 1, 26)).candidates
    assert (c.kind, c.status, c.register) == ("motion", "submitted", "29325, nr. 82")
    assert names(c) == ["Leijten"]


def test_snippet_van_dijk_held() -> None:
    text = (
        "Op verzoek van het lid Jasper van Dijk stel ik voor de volgende door hem ingediende motie opnieuw "
        "aan te houden: 29544, nr. 959."
    )
    [c] = extract(text, D(2019, 12, 10)).candidates
    assert (c.kind, c.status, c.register) == ("motion", "held", "29544, nr. 959")
    assert names(c) == ["Jasper van Dijk"]


def test_snippet_ten_horn_commitment() -> None:
    text = (
        "De Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties zegt de Kamer, naar aanleiding van "
        "een vraag van het lid Ten Horn (SP), toe om een Koninklijk Besluit dat ziet op het vervallen van de "
        "rijkswet financieel toezicht ook voor te hangen bij de Eerste Kamer."
    )
    ex = extract(text, D(2010, 7, 6))
    [c] = ex.candidates
    assert (c.kind, c.status, c.due) == ("commitment", "open", None)
    assert c.title.startswith("Koninklijk Besluit")
    assert c.actors[0].ministry == "BZK"
    assert ("Ten Horn", "SP") in {(a.name, a.party) for a in ex.actors}


def test_snippet_krol_motion_due_from_dictum() -> None:
    text = (
        "Nr. 797 MOTIE VAN HET LID KROL Voorgesteld 9 december 2020 … verzoekt de regering, om met spoed een "
        "wettelijke regeling te treffen waardoor het mogelijk wordt om de ondersteuningsverklaring digitaal "
        "in te dienen,"
    )
    [c] = extract(text, D(2020, 12, 9)).candidates
    assert (c.kind, c.status, c.due) == ("motion", "submitted", D(2021, 1, 6))
    assert names(c) == ["Krol"]
    assert "ondersteuningsverklaring" in c.quote
    assert c.register == "nr. 797"


# --- our own texts: other people, ministries and wording ----------------------------------------


def test_handelingen_motion_text_with_submitters_and_dossier() -> None:
    text = (
        "Mevrouw Bikker (ChristenUnie):\nVoorzitter. Ik heb één motie.\n\nMotie\n\nDe Kamer,\n\n"
        "gehoord de beraadslaging,\n\nconstaterende dat de wachtlijsten in de jeugdzorg oplopen;\n\n"
        "verzoekt de regering, voor 1 oktober 2025 een plan te presenteren om de wachtlijsten in de jeugdzorg\n"
        "terug te dringen,\n\nen gaat over tot de orde van de dag.\n\nDe voorzitter:\n"
        "Deze motie is voorgesteld door de leden Bikker en Ceder.\n\nZij krijgt nr. 14 (36410-XVI)."
    )
    [c] = extract(text, D(2025, 6, 12)).candidates
    assert (c.kind, c.status, c.register) == ("motion", "submitted", "36410-XVI, nr. 14")
    assert names(c) == ["Bikker", "Ceder"]
    assert c.due == D(2025, 9, 30)
    assert "wachtlijsten" in c.title


def test_handelingen_minister_speaks_in_first_person() -> None:
    text = (
        "Minister Keijzer:\nDan de vraag van de heer De Hoop. Ik zeg de Kamer toe dat ik voor het kerstreces "
        "een brief stuur over de voortgang van de woningbouwimpuls."
    )
    [c] = extract(text, D(2025, 9, 25)).candidates
    assert (c.kind, c.due) == ("commitment", D(2025, 12, 18))
    assert c.actors[0].name == "Keijzer" and c.actors[0].role == "minister"
    assert c.title == "Brief over de voortgang van de woningbouwimpuls"


def test_register_entry_informs_the_kamer() -> None:
    text = (
        "TZ202503-112 De minister van Sociale Zaken en Werkgelegenheid zal de Kamer voor 1 juli 2025 "
        "informeren over de uitkomsten van de evaluatie van de Participatiewet."
    )
    [c] = extract(text, D(2025, 3, 12)).candidates
    assert (c.kind, c.status, c.due, c.register) == ("commitment", "open", D(2025, 6, 30), "TZ202503-112")
    assert c.actors[0].ministry == "SZW"
    assert c.title.startswith("Kamer informeren over de uitkomsten")


def test_vote_results_list() -> None:
    text = (
        "Stemmingen moties Integrale visie op de woningmarkt (32847)\n"
        "Motie 12 van de leden De Hoop en Grinwis over betaalbare huurwoningen voor starters\nAangenomen\n"
        "Motie 13 van het lid Vijlbrief over de verhuurderheffing\nVerworpen\n"
        "Motie 14 van het lid Kops over windturbines bij woonwijken\nIngetrokken"
    )
    got = [(c.status, c.register, names(c)) for c in extract(text, D(2025, 2, 11)).candidates]
    assert got == [
        ("adopted", "32847, nr. 12", ["De Hoop", "Grinwis"]),
        ("rejected", "32847, nr. 13", ["Vijlbrief"]),
        ("withdrawn", "32847, nr. 14", ["Kops"]),
    ]


def test_interest_group_summary() -> None:
    text = (
        "Tijdens het commissiedebat Arbeidsmarktbeleid van 12 maart 2025 kondigde Van Kent (SP) een motie aan "
        "over het verbieden van nulurencontracten. De minister van SZW komt voor de zomer terug op de vraag van "
        "Aartsen (VVD) over de uitzendsector. Het tweeminutendebat staat gepland voor donderdag 20 maart."
    )
    ex = extract(text, D(2025, 1, 1))
    assert (ex.debate.kind, ex.debate.date, ex.debate.title) == ("commissiedebat", D(2025, 3, 12), "Arbeidsmarktbeleid")
    motion, commitment, debate = ex.candidates
    assert (motion.kind, motion.status, names(motion)) == ("motion", "announced", ["Van Kent"])
    assert (commitment.kind, commitment.due, commitment.actors[0].ministry) == ("commitment", D(2025, 7, 3), "SZW")
    assert (debate.kind, debate.due) == ("deadline", D(2025, 3, 20))  # scheduled on, not before, that day


def test_pdf_debris_hyphenation_page_numbers_urls_and_footnotes() -> None:
    text = (
        "Verslag commissiedebat Funderend onderwijs\n"
        "In het debat sprak Kamerlid Soepboer (NSC) over de leesvaardig-\n"
        "heid van leerlingen en over het lerarentekort in het hele land.1\n\n12\n"
        "Verslag commissiedebat Funderend onderwijs\n"
        "De staatssecretaris van Onderwijs, Cultuur en Wetenschap zegt toe de Kamer in het eerste kwar-\n"
        "taal van 2026 te informeren over de uitvoering van het wets-\n"
        "voorstel vrijheid van onderwijs. Zie ook https://www.tweedekamer.nl/debat?id=2025A01234 voor het verslag.\n"
        "13\nVerslag commissiedebat Funderend onderwijs\nDe Kamer sprak haar waardering uit voor alle leraren."
    )
    ex = extract(text, D(2025, 5, 20))
    [c] = ex.candidates
    assert (c.kind, c.due, c.actors[0].ministry) == ("commitment", D(2026, 3, 31), "OCW")
    assert "wetsvoorstel vrijheid van onderwijs" in c.quote
    assert "kwar-\ntaal" in text[c.start : c.end]
    assert one_line(text[c.start : c.end]) == c.quote
    assert ("Soepboer", "NSC") in {(a.name, a.party) for a in ex.actors}
    clean = clean_text(text).text
    assert "leesvaardigheid" in clean and "land. " in clean and "https" not in clean
    assert "\n12" not in clean
    assert clean.count("Verslag commissiedebat") == 1  # the running header next to page numbers is gone


def test_repeated_procedural_lines_are_text_not_headers() -> None:
    motion = (
        "Motie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering, {what},\n\n"
        "en gaat over tot de orde van de dag.\n\nDe voorzitter:\nDeze motie is voorgesteld door het lid {who}.\n\n"
        "Zij krijgt nr. {nr} (36725).\n\n"
    )
    text = "".join(
        motion.format(what=what, who=who, nr=nr)
        for what, who, nr in [
            ("de subsidie voor buurthuizen te behouden", "Inge van Dijk", 7),
            ("in overleg te gaan met de gemeenten over de jeugdzorg", "Dobbe", 8),
            ("voor de zomer een plan te sturen over de wachtlijsten", "Tielen", 9),
        ]
    )
    got = [(c.status, c.register, names(c)) for c in extract(text, D(2025, 3, 4)).candidates]
    assert got == [
        ("submitted", "36725, nr. 7", ["Inge van Dijk"]),
        ("submitted", "36725, nr. 8", ["Dobbe"]),
        ("submitted", "36725, nr. 9", ["Tielen"]),
    ]


def test_member_holds_own_motion() -> None:
    [c] = extract("Mevrouw Dobbe (SP):\nIk houd mijn motie op stuk nr. 23 (31839) aan.", D(2024, 11, 14)).candidates
    assert (c.kind, c.status, c.register, names(c)) == ("motion", "held", "31839, nr. 23", ["Dobbe"])


def test_motion_withdrawn_by_hyphenated_name() -> None:
    [c] = extract("De motie-Bontenbal (36200, nr. 45) is ingetrokken.", D(2024, 10, 1)).candidates
    assert (c.status, c.register, names(c)) == ("withdrawn", "36200, nr. 45", ["Bontenbal"])


def test_law_takes_effect() -> None:
    text = (
        "De Wet betaalbare huur treedt op 1 juli 2026 in werking, zo meldt de minister van Volkshuisvesting "
        "en Ruimtelijke Ordening."
    )
    ex = extract(text, D(2025, 5, 1))
    assert ex.debate.date is None  # a future date is not the debate's
    [c] = ex.candidates
    assert (c.kind, c.status, c.due) == ("deadline", "upcoming", D(2026, 7, 1))
    assert c.title == "Inwerkingtreding Wet betaalbare huur"
    assert c.actors[0].ministry == "VRO"


def test_votes_on_a_named_day() -> None:
    [c] = extract("Over de ingediende moties wordt dinsdag 8 april gestemd.", D(2025, 4, 3)).candidates
    assert (c.kind, c.due) == ("deadline", D(2025, 4, 8))
    assert c.title.startswith("Stemmingen")


def test_questions_and_opinions_are_no_candidates() -> None:
    text = (
        "Van Baarle (DENK) vraagt of de minister voor de zomer met een plan komt. De minister antwoordt dat zij "
        "daar nu nog geen datum voor kan noemen. Ook Kostić (PvdD) maakt zich zorgen over de gevolgen voor dieren. "
        "Eerder deze maand verscheen het rapport van de Gezondheidsraad."
    )
    ex = extract(text, D(2025, 4, 3))
    assert ex.candidates == ()
    assert {"Van Baarle", "Kostić"} <= {a.name for a in ex.actors}


def test_members_consider_a_motion_with_a_deadline_in_it() -> None:
    text = (
        "De leden Kostić (PvdD) en Teunissen (PvdD) overwegen een motie in te dienen om de kiloknaller binnen "
        "drie maanden te verbieden."
    )
    [c] = extract(text, D(2025, 1, 22)).candidates
    assert (c.kind, c.status, c.due) == ("motion", "announced", D(2025, 4, 22))
    assert names(c) == ["Kostić", "Teunissen"]


def test_eerste_kamer_register_with_organisation() -> None:
    text = (
        "T03612 De minister voor Rechtsbescherming zegt de Kamer, naar aanleiding van een vraag van het lid "
        "Dittrich (D'66), toe de Raad voor de rechtspraak voor het einde van het jaar om advies te vragen over "
        "de uitvoerbaarheid."
    )
    [c] = extract(text, D(2023, 6, 20)).candidates
    assert (c.kind, c.due, c.register) == ("commitment", D(2023, 12, 31), "T03612")
    roles = {a.name: (a.role, a.party or a.ministry) for a in c.actors}
    assert roles["Dittrich"] == ("member", "D66")
    assert roles["Raad voor de rechtspraak"] == ("organisation", None)
    assert any(r == ("minister", "J&V") for r in roles.values())


def test_parties_before_the_joint_gl_pvda_group() -> None:
    text = "Asscher (PvdA) en Klaver (GroenLinks) dienen een motie in over het minimumloon. Zij krijgt nr. 301 (34775)."
    [c] = extract(text, D(2019, 5, 14)).candidates
    assert (c.status, c.register) == ("submitted", "34775, nr. 301")
    assert [(a.name, a.party) for a in c.actors] == [("Asscher", "PvdA"), ("Klaver", "GroenLinks")]


def test_same_promise_twice_is_one_candidate() -> None:
    text = (
        "De minister van Financiën zegt toe de Kamer voor de zomer te informeren over de herziening van de "
        "box 3-heffing. Samengevat: de minister zegt toe de Kamer voor de zomer te informeren over de "
        "herziening van de box 3-heffing."
    )
    [c] = extract(text, D(2025, 4, 3)).candidates
    assert c.actors[0].ministry == "Fin"


def test_state_secretary_resolved_from_earlier_mention() -> None:
    text = (
        "De staatssecretaris van Infrastructuur en Waterstaat erkent de zorgen over de A27. De staatssecretaris "
        "stuurt de Kamer binnen twee weken een brief over de planning."
    )
    [c] = extract(text, D(2025, 4, 3)).candidates
    assert (c.kind, c.due) == ("commitment", D(2025, 4, 17))
    assert c.actors[0].ministry == "IenW"


def test_no_reference_date_means_no_due_dates() -> None:
    [c] = extract("De minister zegt toe de Kamer voor de zomer te informeren over de uitvoering.").candidates
    assert c.kind == "commitment" and c.due is None


def test_two_motions_in_a_row_and_a_motion_body_is_no_commitment() -> None:
    text = (
        "De heer Vermeer (BBB):\nIk dien twee moties in.\n\nMotie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n"
        "constaterende dat de minister heeft toegezegd de mestregels te herzien;\n\nverzoekt de regering, de "
        "derogatie voor het einde van het jaar opnieuw aan te vragen,\n\nen gaat over tot de orde van de dag.\n\n"
        "De voorzitter:\nDeze motie is voorgesteld door het lid Vermeer.\n\nZij krijgt nr. 5 (36600-XIV).\n\n"
        "Motie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering, de boeren binnen drie maanden "
        "duidelijkheid te geven,\n\nen gaat over tot de orde van de dag.\n\nDe voorzitter:\nDeze motie is "
        "voorgesteld door de leden Vermeer en Holman.\n\nZij krijgt nr. 6 (36600-XIV)."
    )
    first, second = extract(text, D(2025, 2, 5)).candidates
    assert (first.kind, first.status, first.register, first.due) == (
        "motion", "submitted", "36600-XIV, nr. 5", D(2025, 12, 31),
    )
    assert names(first) == ["Vermeer"] and "derogatie" in first.title
    assert (second.register, second.due, names(second)) == ("36600-XIV, nr. 6", D(2025, 5, 5), ["Vermeer", "Holman"])


def test_committee_report_with_a_list_of_commitments() -> None:
    text = (
        "Verslag van een commissiedebat, gehouden op 20 maart 2025, over Asielbeleid\nToezeggingen\n"
        "- De minister van Asiel en Migratie stuurt de Kamer voor de zomer een brief over de spreidingsafspraken.\n"
        "- De minister komt in het najaar terug op de vragen van het lid Piri over de opvang van alleenstaande "
        "minderjarigen."
    )
    ex = extract(text, D(2025, 1, 1))
    assert (ex.debate.kind, ex.debate.date, ex.debate.title) == ("commissiedebat", D(2025, 3, 20), "Asielbeleid")
    letter, reply = ex.candidates
    assert (letter.title, letter.due) == ("Brief over de spreidingsafspraken", D(2025, 7, 3))
    assert letter.quote.startswith("De minister")  # the bullet is not part of the quote
    assert (reply.kind, reply.due, reply.actors[0].ministry) == ("commitment", D(2025, 12, 18), "AenM")
    assert "Piri" in names(reply)


def test_handelingen_vote_outcome_refers_back_to_the_motion() -> None:
    text = (
        "In stemming komt de motie-Dassen/Van der Plas (21501-20, nr. 2100).\n\nDe voorzitter:\nIk constateer dat "
        "de leden van de fracties van Volt, D66 en BBB voor deze motie hebben gestemd en de leden van de overige "
        "fracties ertegen, zodat zij is verworpen."
    )
    [c] = extract(text, D(2024, 6, 11)).candidates
    assert (c.status, c.register, names(c)) == ("rejected", "21501-20, nr. 2100", ["Dassen", "Van der Plas"])


# --- building blocks ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "party"),
    [("D’66", "D66"), ("D'66", "D66"), ("GroenLinks-PvdA", "GL-PvdA"), ("CU", "ChristenUnie"), ("Denk", "DENK"),
     ("50Plus", "50PLUS"), ("Partij voor de Dieren", "PvdD"), ("onbekend", None)],
)
def test_party_table(raw: str, party: str | None) -> None:
    assert normalise_party(raw) == party


def test_a_party_is_kept_as_the_text_writes_it() -> None:
    # spellings of one party are one; an older party is never read as a later merger, whatever the date
    assert normalise_party("GL") == normalise_party("GroenLinks") == "GroenLinks"
    assert normalise_party("PvdA") == "PvdA"
    assert normalise_party("GroenLinks/PvdA") == normalise_party("GL-PvdA") == "GL-PvdA"
    text = "Mevrouw Jansen (GroenLinks):\nVoorzitter. Ik dien een motie in over de bibliotheken."
    for ref in (None, D(2018, 5, 1), D(2025, 5, 1)):
        assert [(a.name, a.party) for a in extract(text, ref).actors] == [("Jansen", "GroenLinks")]


def test_two_parties_named_for_one_motion_are_two() -> None:
    cases = [
        ("Gisteren is een motie van GroenLinks en PvdA aangenomen waarin de regering wordt gevraagd om voor de zomer "
         "een plan voor het streekvervoer te sturen.", ["GroenLinks", "PvdA"]),
        ("De Kamer nam een motie van de SP en de PvdA over het streekvervoer aan.", ["SP", "PvdA"]),
    ]
    for text, parties in cases:
        for ref in (None, D(2019, 3, 1)):
            [c] = extract(text, ref).candidates
            assert c.status == "adopted"
            assert [(a.name, a.party) for a in c.actors] == [(p, p) for p in parties]


@pytest.mark.parametrize(
    ("raw", "abbr"),
    [("Justitie en Veiligheid", "J&V"), ("Volksgezondheid, Welzijn en Sport", "VWS"), ("OCenW", "OCW"),
     ("Binnenlandse Zaken en Koninkrijksrelaties", "BZK"), ("Financiën", "Fin"), ("Klimaat en Groene Groei", "KGG"),
     ("Landbouw, Visserij, Voedselzekerheid en Natuur", "LVVN"), ("Infrastructuur en Waterstaat", "IenW"),
     ("Buitenlandse Zaken", "BZ"), ("Defensie", "Def"), ("Algemene Zaken", "AZ"), ("Economische Zaken", "EZ")],
)
def test_ministry_table(raw: str, abbr: str) -> None:
    assert normalise_ministry(raw) == abbr


def test_names() -> None:
    assert normalise_name("van der Werf") == "Van der Werf"
    assert normalise_name("VAN KENT") == "Van Kent"
    assert normalise_name("Kamerlid van Nispen") == "Van Nispen"
    found = find_actors("Op vragen van Bruyning (NSC) en de leden Krol en Van Kent. Minister-president Schoof.")
    assert [m.actor.name for m in found] == ["Bruyning", "Krol", "Van Kent", "Schoof"]
    assert found[-1].actor.ministry == "AZ"


def test_sentences_keep_abbreviations_and_headings() -> None:
    clean = clean_text("Kopje zonder punt\nDe minister gaf o.a. aan dat nr. 12 z.s.m. komt. Dat is alles.")
    assert [s.text for s in split_sentences(clean.text)] == [
        "Kopje zonder punt", "De minister gaf o.a. aan dat nr. 12 z.s.m. komt.", "Dat is alles.",
    ]


def test_a_stop_a_copied_page_lost_the_space_after_still_ends_the_sentence() -> None:
    # (not a domain's part, an initial or an abbreviation)
    clean = clean_text("De motie haalde het niet.Ook het amendement sneuvelde. Zie Rijksoverheid.Nl voor de "
                       "uitslag, of J.Smit en blz.Vijf.")
    assert [s.text for s in split_sentences(clean.text)] == [
        "De motie haalde het niet.", "Ook het amendement sneuvelde.",
        "Zie Rijksoverheid.Nl voor de uitslag, of J.Smit en blz.Vijf.",
    ]


@pytest.mark.parametrize(
    ("sentence", "name", "party"),
    [
        ("Burgemeester Aboutaleb van Rotterdam (PvdA) wil meer politie op straat.", "Aboutaleb van Rotterdam", "PvdA"),
        ("Wethouder De Vries van de VVD wil meer geld voor de bibliotheek.", "De Vries", "VVD"),
        ("Mevrouw Bakker, directeur van de GGD, sprak de commissie toe.", "Bakker", None),
        ("Oud-minister Hoekstra zei dat hij er niets van wist.", "Hoekstra", None),
        ("Ex-Kamerlid Jansen (VVD) schreef er een boek over.", "Jansen", "VVD"),
        ("De heer Peters, oud-griffier van de Eerste Kamer, was aanwezig.", "Peters", None),
        ("Journalist Van Dam (D66) schreef erover in de krant.", "Van Dam", "D66"),
    ],
)
def test_a_person_named_with_an_office_outside_the_kamer_is_no_kamerlid(sentence: str, name: str,
                                                                         party: str | None) -> None:
    """u6: a non-member (a journalist, a former minister, a mayor) was read as a Kamerlid."""
    [mention] = find_actors(sentence)
    assert (mention.actor.name, mention.actor.role, mention.actor.party) == (name, "other", party)


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("De heer Van Nispen (SP) vroeg de minister om een brief.", "member"),
        ("Kamerlid Pieter Omtzigt (CDA) wil opheldering.", "member"),
        ("Mevrouw Westerveld (GroenLinks-PvdA), woordvoerder onderwijs, vroeg het.", "member"),
        ("Minister Hoekstra van Financiën zegde een brief toe.", "minister"),
    ],
)
def test_members_and_ministers_in_office_keep_their_role(sentence: str, role: str) -> None:
    [mention] = find_actors(sentence)
    assert mention.actor.role == role


def test_outside_a_debates_record_a_person_named_only_as_de_heer_is_no_kamerlid() -> None:
    """u6 on vote news: 'de overeenkomst van de heer X met het Landelijk Consortium' listed X as a Kamerlid."""
    news = ("Stemmingen 14 mei 2024\n\nDe motie Pietersen over het contract van de heer Bakker met het "
            "Nationaal Inkoopbureau werd verworpen. Alleen de SP en de PVV stemden voor.")
    actors = {a.name: a.role for a in extract(news, D(2024, 5, 14)).actors}
    assert actors == {"Bakker": "other", "Pietersen": "member"}
    # In a debate's record "de heer" names a member: there the speakers say so.
    record = ("Tweeminutendebat Wonen (CD 3/4)\n\nDe voorzitter:\nIk geef het woord aan de heer Bakker.\n\n"
              "De heer Bakker (SP):\nVoorzitter. Ik dien een motie in over de huren.\n\nDe voorzitter:\n"
              "Dank u wel. Dan geef ik het woord aan mevrouw Jansen.")
    roles = {a.name: a.role for a in extract(record, D(2024, 5, 14)).actors}
    assert roles.get("Bakker") == "member" and roles.get("Jansen") == "member", roles


def test_a_text_pasted_twice_gives_each_follow_up_once() -> None:
    """u11 finding 6: two copies of a text gave its term twice (and four copies four times), so a user could edit one
    copy in the TUI and accept the other."""
    text = ("Verslag commissiedebat MIRT\nDatum: 3 april 2025\n\nDe minister zegt toe de Kamer voor de zomer een brief "
            "te sturen over de verbreding van de A12.\nDe Kamer stemt dinsdag over de moties.\n")
    once = [(c.kind, c.title) for c in extract(text, dt.date(2025, 4, 3)).candidates]
    assert len(once) == 2
    assert [(c.kind, c.title) for c in extract(text + "\n" + text, dt.date(2025, 4, 3)).candidates] == once
