"""Titles a person would write for a follow-up, and actors that are people (or parties, or offices).

The unit sentences are written for this file in the shapes real texts use; the last tests read every
development batch (tests/fixtures/triage/*.json and the shared dev texts) and hold each title and actor there
to what a person writes down: the subject, in sentence case, never led by a finite verb, a conjunction or a
pronoun, never ending on a function word, never only a date or a bare kind.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from kamertaak.core.actors import ExtractedActor
from kamertaak.core.extract import Candidate, extract
from kamertaak.core.extract.people import as_named, completed, known_by_surname
from kamertaak.core.extract.titles import reads_as_title, tidy

D = dt.date


def candidates(text: str, kind: str, ref: dt.date = D(2025, 3, 4)) -> list[Candidate]:
    return [c for c in extract(text, ref).candidates if c.kind == kind]


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("wordt een onderzoek te doen naar de wachtlijsten", "onderzoek te doen naar de wachtlijsten"),
        ("Sturen wij onze reactie op de petitie over de veerdienst", "reactie op de petitie over de veerdienst"),
        ("staat dat de huren in de vrije sector moeten stijgen", "huren in de vrije sector moeten stijgen"),
        ("Toch willen wij de regels voor de subsidie verduidelijken", "regels voor de subsidie verduidelijken"),
        ("stel voor, morgen ook te stemmen over de amendementen", "stemmen over de amendementen"),
        ("door de minister gekozen aanpak van de laaggeletterdheid", "aanpak van de laaggeletterdheid"),
        ("toegezegd, namelijk dat de brug voor de winter open gaat", "brug voor de winter open gaat"),
        ("een plan voor de binnenvaart met de havens en", "een plan voor de binnenvaart met de havens"),
        ("verbod op giften waarvan de herkomst niet bekend is", "verbod op giften waarvan de herkomst niet bekend is"),
        ("verkenning wettelijke basis voor warmtenetten van de", "verkenning wettelijke basis voor warmtenetten"),
        ("gratis schoolfruit voor alle scholen ONTRADEN 36200-VIII-12", "gratis schoolfruit voor alle scholen"),
        ("evaluatie van de jeugdwet is toegezegd", "evaluatie van de jeugdwet"),
        ("rapport waarin de kosten worden genoemd", "rapport waarin de kosten worden genoemd"),
        ("de accijns op diesel verlagen werd met 70 stemmen verworpen", "accijns op diesel verlagen"),
        ("aanpak van zwerfafval 12-3-2019 Brief over statiegeld", "aanpak van zwerfafval"),
        ("heffing op kunstmest op basis", "heffing op kunstmest"),
        ("normen voor het aantal tijdelijke", "normen voor het aantal"),
        ("- naar aanleiding van het advies van de Raad", "naar aanleiding van het advies van de Raad"),
        ("Met deze brief ga ik in op het verzoek van de commissie", "verzoek van de commissie"),
        ("Verder wil de Kamer dat er een evaluatie komt van de jeugdwet", "evaluatie van de jeugdwet"),
        ("afschaffing van de hondenbelasting i. Daarna stemde de Kamer", "afschaffing van de hondenbelasting"),
        ("stemmingen over de moties Wonen 14", "stemmingen over de moties Wonen"),
        ("AOW-leeftijd terug naar 65", "AOW-leeftijd terug naar 65"),
        ("zo snel mogelijk regelen dat de Eerste", "zo snel mogelijk regelen"),
        ("of de gegevens door de inspectie gecontroleerd kan", "gegevens door de inspectie gecontroleerd"),
        ("een verkenning naar een wettelijke basis voor warmtenetten naar de Kamer stuurt",
         "verkenning naar een wettelijke basis voor warmtenetten"),
    ],
)
def test_tidy_leaves_the_subject(subject: str, expected: str) -> None:
    assert tidy(subject) == expected


def test_te_before_a_noun_describes_it_and_stays() -> None:
    # "uit te sluiten" is what is done ("uitsluiten"); "over te dragen taken" are tasks still to hand over
    [c] = candidates("De minister zegde toe om de over te dragen taken van de provincies in kaart te brengen.",
                     "commitment")
    assert "over te dragen taken" in c.title.lower() and "overdragen" not in c.title.lower()
    # before a relative clause "te" is the verb's: "een regeling te treffen waarmee ..." → "regeling treffen"
    [c] = candidates("De staatssecretaris zegde toe een regeling te treffen waarmee gemeenten de leges kunnen "
                     "verlagen.", "commitment")
    assert c.title == "Regeling treffen waarmee gemeenten de leges kunnen verlagen"


def test_a_title_that_names_nothing_does_not_read_as_one() -> None:
    assert not reads_as_title("12 maart 2024")
    assert not reads_as_title("Donderdag 6 juni")
    assert not reads_as_title("Motie")
    assert not reads_as_title("Toezegging")
    assert not reads_as_title("Motie Jansen (36200, nr. 4): de")
    assert not reads_as_title("Schoof en Keijzer: sturen")
    assert reads_as_title("Motie Jansen: wolvenbeleid")
    assert reads_as_title("Motie Jansen: stikstofverleden")
    assert reads_as_title("Verkenning wettelijke basis energiehubs")


def test_actors_as_a_person_writes_them() -> None:
    # a party with its article read as a member is the party; a party cut before its s is the party
    assert as_named(ExtractedActor("De PVV", role="member")) == ExtractedActor("PVV", "PVV", "other")
    assert as_named(ExtractedActor("GroenLink", role="member")) == ExtractedActor(
        "GroenLinks", "GroenLinks", "other"
    )
    # an abbreviation after "de minister" ("de minister Nr. 12") is the office, a stray word no one
    nr = as_named(ExtractedActor("Nr", role="minister", ministry="VWS"))
    assert nr is not None and nr.name == "minister van VWS"
    assert as_named(ExtractedActor("De", role="member")) is None
    # a member whose surname starts with an article stays a member
    assert as_named(ExtractedActor("De Jonge", role="member")) == ExtractedActor("De Jonge", role="member")


def test_a_given_name_goes_on_with_its_surname_and_a_surname_has_its_party() -> None:
    assert completed(ExtractedActor("Fleur", role="member"), "Kamerlid Fleur van der Berg diende een motie in.") == (
        ExtractedActor("Fleur van der Berg", role="member")
    )
    # a party's name after "van" is no surname
    assert completed(ExtractedActor("Jansen", role="member"), "Jansen van Forum voor Democratie") == ExtractedActor(
        "Jansen", role="member"
    )
    known = [ExtractedActor("Dekker", "SP", "member"), ExtractedActor("Vos", "VVD", "member")]
    assert known_by_surname(ExtractedActor("Anne Dekker", role="member"), known).party == "SP"
    assert known_by_surname(ExtractedActor("Anne Bos", role="member"), known).party is None


def test_a_motion_names_its_member_by_surname_where_the_sentence_gives_the_full_name() -> None:
    [c] = candidates("DENK-leider Jesse van Dam ging een stap verder en diende een motie van wantrouwen in tegen het "
                     "hele kabinet.", "motion")
    assert c.title.startswith("Motie van wantrouwen Van Dam")
    assert [a.name for a in c.actors] == ["Jesse van Dam"]
    [c] = candidates("De motie van afkeuring tegen minister Karel Smit werd ingediend door Kamerlid Jesse van Dam "
                     "(Groep Van Dam).", "motion")
    assert c.title == "Motie van afkeuring Van Dam: tegen minister Smit"


def test_the_motion_of_a_party_with_its_article_is_that_partys() -> None:
    [c] = candidates("Een motie van de SGP over de zondagsrust werd verworpen.", "motion")
    assert c.title.startswith("Motie SGP: ") and "zondagsrust" in c.title
    assert [(a.name, a.role) for a in c.actors] == [("SGP", "other")]


def test_what_a_motion_asks_in_a_news_sentence_is_its_title() -> None:
    [c] = candidates(
        "Ook werd een motie verworpen waarin gevraagd werd om een register van lobbyisten in te stellen.", "motion"
    )
    assert c.title == "Motie: register van lobbyisten instellen"


def test_a_date_before_the_news_is_not_the_title() -> None:
    [c] = candidates(
        "4 maart 2025 – De Tweede Kamer heeft gisteren een motie aangenomen die het kabinet verzoekt de "
        "subsidie voor thuisbatterijen te verlengen.",
        "motion",
    )
    assert c.title == "Motie: subsidie voor thuisbatterijen verlengen"


def test_a_letter_sending_its_reaction_is_titled_by_what_it_sends() -> None:
    found = candidates(
        "Geachte voorzitter,\nHierbij sturen wij u onze reactie op de aangenomen moties over de jeugdzorg. Wij "
        "zullen uw Kamer voor de zomer informeren over de uitvoering van het plan voor pleegzorg.",
        "commitment",
    )
    assert [c.title for c in found] == [
        "Reactie op de aangenomen moties over de jeugdzorg",
        "Kamer informeren over de uitvoering van het plan voor pleegzorg",
    ]


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Ik zal uw Kamer zo snel mogelijk na afloop van de aanbesteding hierover informeren.",
         "Kamer informeren na afloop van de aanbesteding"),
        ("Het gesprek met de provincies zal in maart plaatsvinden, waarna ik uw Kamer zal informeren.",
         "Kamer informeren na het gesprek met de provincies"),
    ],
)
def test_informing_the_kamer_says_about_what_or_when(sentence: str, title: str) -> None:
    [c] = candidates("Geachte voorzitter,\n" + sentence, "commitment")
    assert c.title == title


def test_a_motion_in_a_list_of_motions_is_titled_by_its_member_and_subject_without_the_advice() -> None:
    found = candidates(
        "Overzicht van de moties:\n- 36200-XV-12 Motie van het lid Bakker c.s. over de kinderopvangtoeslag voor "
        "flexwerkers ONTRADEN\n",
        "motion",
    )
    assert [c.title for c in found] == ["Motie Bakker: kinderopvangtoeslag voor flexwerkers"]


# Function words a title does not start with (after a head "Motie X: "), and words it does not end with.
NOT_FIRST = words(
    "is zijn was waren wordt worden werd werden heeft hebben had hadden zal zullen zou zouden kan kunnen moet "
    "moeten mag mogen wil willen gaat gaan staat stel stelt en of maar want dus dat om te indien als wanneer "
    "omdat zodat toch namelijk die ik wij we hij zij ze u er hier daar zich verder voorts"
)
NOT_LAST = words(
    "de het een van en of voor in op met bij naar om over aan te die dat tot als is wordt werd zich er hun"
)
PARTIES = words("pvv vvd cda sp d66 sgp fvd pvdd pvda groenlinks christenunie bbb nsc ja21 denk volt")
_ONLY_A_DATE = re.compile(r"(?:\w+dag\s+)?\d{1,2}\s+[a-z]+(?:\s+\d{4})?|[\d\s./-]+", re.IGNORECASE)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "triage"
SHARED = next((p / "shared" for p in Path(__file__).resolve().parents if (p / "shared" / "eval").is_dir()), None)


def development_cases() -> list[dict[str, Any]]:
    files = sorted(FIXTURES.glob("*.json"))
    if SHARED is not None:
        files.append(SHARED / "eval" / "triage" / "texts.dev.json")
    return [case for f in files for case in json.loads(f.read_text(encoding="utf-8"))]


def title_problems(title: str) -> list[str]:
    subject = title.split(": ", 1)[-1]
    words = [w.strip(",").lower() for w in subject.split()]
    problems = []
    if not title or title[0] != title[0].upper():
        problems.append("not in sentence case")
    if "…" in title or title in ("Motie", "Moties", "Toezegging", "Toezeggingen"):
        problems.append("cut or bare")
    if _ONLY_A_DATE.fullmatch(title):
        problems.append("only a date")
    if words and words[0] in NOT_FIRST:
        problems.append("starts with a function word")
    if words and words[-1] in NOT_LAST:
        problems.append("ends with a function word")
    if re.search(r"\b[A-Z]{6,}\b", title):
        problems.append("a word in capitals")
    return problems


def actor_problems(actor: dict[str, Any]) -> list[str]:
    name = actor["name"]
    office = actor["role"] in ("minister", "state_secretary") and name.split()[0] in ("minister", "staatssecretaris")
    words = name.split()
    problems = []
    if not office and not (name[:1].isupper() or name[:1].isdigit()):  # a party may start with a digit: 50PLUS
        problems.append("no capital")
    if name.lower() in NOT_FIRST | NOT_LAST | {"nr", "art", "blz"}:
        problems.append("a function word")
    if len(words) == 2 and words[0].lower() in ("de", "het") and words[1].lower() in PARTIES:
        problems.append("a party with its article")
    return problems


# What this check found on the seventh session's batches when they joined the fixtures at its end (v7a, v7b,
# train-v7): listed, not hidden, for the next session to mend (an actor "Kan" is wrong; a title that ends in a
# subordinate clause's "is" may be right, the check may be too strict there). Any other problem fails the test, and
# so does mending one of these without taking it off the list.
KNOWN_PROBLEMS = [
    ("nationalezorggids-debat-jaarwisseling-vuurwerk-2020-01-15", "Onderzoeken of dit een oplossing is",
     "ends with a function word"),
    ("ek-toezegging-t02423-adviescommissie-onderwijs-2017-02-21", "Kan", "a function word"),
    ("kst-36800-xvi-b-ek-rappel-toezeggingen-vws-2025-12-03", "Kamer verneemt graag wat de stand van zaken is",
     "ends with a function word"),
    ("htk-vao-pensioenonderwerpen-ulenbelt-klaver-2011-04",
     "Motie Ulenbelt (32043, nr. 30): onderzoeken of het bedrag van 80 mld. in orde van grootte juist is",
     "ends with a function word"),
    # tenth session's held-out batches, development material from the eleventh: the noise candidate in a negative
    # text (a farewell speech) has a title opening "Wij"; a motion's subject that ends in its clause's "is" is right
    ("eerstekamer-afscheid-senatoren-2021-03-30",
     "Wij in dit huis afscheid van drie Eerste Kamerleden die als gevolg van de uitslag",
     "starts with a function word"),
    ("kunsten92-wgo-cultuur-stemmingen-2022-11-22",
     "Motie Werner c.s. (36200-VIII, nr. 26): start maken met een handreiking over wat er nodig is",
     "ends with a function word"),
    # thirteenth session's held-out batches, development material from the fourteenth: a rappel's request whose
    # title leaves out the date ("op 1 januari 2019") and stops before "verstreken", ending on the clause's "is"
    ("rijksbegroting-ek-rappel-toezeggingen-ocw-2019-09-18",
     "Digitaal een overzicht van de toezeggingen waarvan de termijn volgens onze informatie is",
     "ends with a function word"),
    # fourteenth session's held-out batches, development material from the fifteenth: a letter's "de Minister van
    # VWS" is told as an actor of role "other" (not the minister); the noise candidate in a negative text (the Kamer's
    # explanation of the motion's standard form, "verzoekt de regering…") is a bare "Motie: …"
    ("openkamer-vws-moties-toezeggingen-2017-12-22", "minister van VWS", "no capital"),
    ("tweedekamer-uitleg-motierecht-2020-06-01", "Motie: …", "cut or bare"),
]
# (the eighth session's "Motie: staat ook dat de regering ..." of boerderij-kamer-moties-landbouwvisie-bodem-2018-11-20,
# a motion told as what its text says, "In de motie staat ook dat ...", was mended in the ninth: told_after reads it)


def test_titles_and_actors_on_every_development_batch() -> None:
    problems = []
    for case in development_cases():
        for c in extract(case["text"], dt.date.fromisoformat(case["ref"])).candidates:
            problems += [(case["id"], c.title, p) for p in title_problems(c.title)]
            problems += [(case["id"], a.name, p) for a in c.actors for p in actor_problems(a.to_json())]
    assert sorted(problems) == sorted(KNOWN_PROBLEMS)


@pytest.mark.parametrize(
    ("after", "title"),
    [
        # the word stands small elsewhere in the text: it is a common word, written small in the title
        ("De minister wil jaarlijks bekijken of dat werkt.", "jaarlijks rapporteren"),
        # first at a sentence start, small only further on: still a common word
        ("Jaarlijks kijkt zij. Zij wil jaarlijks bekijken of dat werkt.", "jaarlijks rapporteren"),
        # only where a sentence begins, or inside a longer word: kept as the list line writes it
        ("Jaarlijks bekijkt de minister of dat werkt.", "Jaarlijks rapporteren"),
        ("Zij wil een jaarlijkse evaluatie. Meer is er niet.", "Jaarlijks rapporteren"),
    ],
)
def test_a_motion_subject_opened_by_a_list_lines_capital_is_written_small_when_the_text_writes_it_so(
    after: str, title: str
) -> None:
    text = ("Stemmingen 12 maart 2025.\nMoties Jansen:\n- Jaarlijks rapporteren over de wachtlijsten in de jeugdzorg "
            f"(36200-XVI-14). Aangenomen.\n{after}")
    # (the sentence after may hold a promise of its own: "De minister wil jaarlijks bekijken of dat werkt")
    found = [c for c in extract(text, dt.date(2025, 3, 12)).candidates if c.kind == "motion"]
    assert [c.title for c in found] == [f"Motie Jansen: {title} over de wachtlijsten in de jeugdzorg (36200-XVI-14)"]


def test_on_whose_behalf_a_letter_is_sent_is_no_title() -> None:
    """u4: a letter's 'Hierbij ontvangt u, mede namens de Minister van Landbouw, Natuur en Voedselkwaliteit, een
    reactie op ...' was titled 'Mede namens de Minister van Landbouw, Natuur en Voedselkwaliteit'."""
    letter = ("Nr. 17 BRIEF VAN DE MINISTER VOOR BASIS- EN VOORTGEZET ONDERWIJS\n\nAan de Voorzitter van de Tweede "
              "Kamer der Staten-Generaal\n\nDen Haag, 2 maart 2026\n\nHierbij ontvangt u, mede namens de Minister van "
              "Onderwijs, Cultuur en Wetenschap, een reactie op het verzoek van de vaste commissie voor Onderwijs van "
              "12 februari 2026 om uw Kamer te informeren over de wachtlijsten in het speciaal onderwijs.\n\n"
              "De Minister voor Basis- en Voortgezet Onderwijs,\nA. de Vries\n")
    titles = [c.title for c in extract(letter, dt.date(2026, 3, 2)).candidates]
    assert titles and not any("namens" in t.lower() or t.startswith("Cultuur") for t in titles), titles
    assert any(t.startswith("Reactie op het verzoek") for t in titles), titles


def test_a_long_motion_title_ends_where_its_phrase_ends_and_asks_nothing() -> None:
    """u6 on vote news: a title cut at 90 characters inside its phrase ('... Beschermingsmiddelen laten'), and one
    ending in the question mark of the question the news answers ('Hoe stemden de fracties over ...?')."""
    text = (
        "Stemmingen 14 mei 2024\n\n"
        "Hoe stemden de fracties over de motie Jansen c.s. die pleit om de huurverhoging te bevriezen voor woningen "
        "met een slecht energielabel?\n\nDe motie is aangenomen.\n\n"
        "De motie Pietersen over het contract van de heer Bakker met het Nationaal Inkoopbureau Beschermingsmiddelen "
        "laten ontbinden wegens misleiding op grond van artikel 3:44 BW en het betaalde bedrag terug te vorderen.\n\n"
        "De motie werd verworpen."
    )
    titles = {c.actors[0].name: c.title for c in candidates(text, "motion", D(2024, 5, 14))}
    assert titles["Jansen"] == "Motie Jansen c.s.: huurverhoging bevriezen voor woningen met een slecht energielabel"
    assert titles["Pietersen"].endswith("Beschermingsmiddelen laten ontbinden"), titles["Pietersen"]


@pytest.mark.parametrize("sentence", [
    "De motie Van der Kolk over het afschaffen van de verhuurderheffing werd aangenomen.",
    "Gisteren werd de motie Van der Kolk over het afschaffen van de verhuurderheffing aangenomen.",
    "De motie van Van der Kolk over het afschaffen van de verhuurderheffing werd aangenomen.",
])
def test_a_motion_named_after_a_member_with_van_keeps_the_van(sentence: str) -> None:
    """u6: 'de motie Van der Kolk' was read as the motion 'van' member 'Der Kolk'."""
    [motion] = candidates("Stemmingen 12 maart 2024\n\n" + sentence, "motion", D(2024, 3, 12))
    assert [a.name for a in motion.actors] == ["Van der Kolk"] and motion.title.startswith("Motie Van der Kolk")


def test_the_kamers_debate_told_with_debatteert_is_titled_with_what_it_is_about() -> None:
    # "debatteert" after its subject or before it, as "debatteren" was: the title says what, not "Behandeling ..."
    for text in ("De Tweede Kamer debatteert donderdag met de bewindslieden over de VWS-begroting.",
                 "Donderdag debatteert de Tweede Kamer over de VWS-begroting."):
        [c] = [c for c in extract(text, D(2024, 3, 5)).candidates if c.kind == "deadline"]
        assert c.title == "Debat in de Tweede Kamer over VWS-begroting", text


def test_informing_the_kamer_hierover_names_what_the_sentence_before_was_about() -> None:
    """ "Kamer informeren" says nothing on a board (u11 #5): "hierover" is the subject of the sentence before, or
    what the meeting it names was about; the frequency of a promise is no subject."""
    cases = {
        "De brief van de paritaire commissie telt 41 pagina's en wordt thans bestudeerd. Ik zal uw Kamer hierover via "
        "de eerstvolgende stand van zakenbrief in juni informeren.": "Kamer informeren over de brief van de paritaire "
        "commissie",
        "Het debat over de jeugdzorg duurde tot laat. De minister zegde toe de Kamer hierover voor de zomer te "
        "informeren.": "Kamer informeren over de jeugdzorg",
        "Kamerleden hadden veel vragen over de wachtlijsten in de ggz. De staatssecretaris zal de Kamer daarover voor "
        "1 juni informeren.": "Kamer informeren over de wachtlijsten in de ggz",
        "Ik zal uw Kamer voortaan halfjaarlijks over de resultaten en vervolgstappen informeren.": "Kamer informeren "
        "over de resultaten en vervolgstappen",
    }
    for text, want in cases.items():
        assert [c.title for c in candidates(text, "commitment")] == [want], text
    # a person is no subject, nor is what the same sentence said before "en de Kamer hierover ... te informeren"
    [c] = candidates("De minister sprak met de provincies. Zij zegde toe de Kamer hierover voor de zomer te "
                     "informeren.", "commitment")
    assert "provincies" not in c.title and "minister" not in c.title


def test_a_promise_to_look_into_something_keeps_its_passive_and_its_separable_verb() -> None:
    """ "gaat na of de regeling kan worden verlengd" → "Nagaan of de regeling kan worden verlengd" (was "Na of de
    regeling kan verlengd")."""
    [c] = candidates("De staatssecretaris gaat na of de regeling kan worden verlengd.", "commitment")
    assert c.title == "Nagaan of de regeling kan worden verlengd"
    [c] = candidates("Minister Dekker gaat onderzoeken of de wachttijden bij de rechtbanken kunnen worden verkort.",
                     "commitment")
    assert c.title == "Onderzoeken of de wachttijden bij de rechtbanken kunnen worden verkort"


def test_a_promised_paper_is_titled_with_what_it_is_about_never_only_brief() -> None:
    """ "Brief" on a board tells nothing: what the sentence says the paper is about, the motion "Over deze motie"
    points back to, and no "Volgens de minister komt er" in front."""
    cases = {
        "De staatssecretaris liet weten dat zij de Kamer nog voor de zomer een brief stuurt over de toeslagen.":
        "Brief over de toeslagen",
        "De motie van senator Pieters (CDA) verzoekt de regering de subsidie voor waterstof te stoppen. Over deze "
        "motie zal de staatssecretaris de Kamer, voorafgaande aan de stemming op 29 juni, een brief sturen.":
        "Brief over de motie van senator Pieters",
        "Volgens de minister komt er na de zomer een nieuw voorstel voor de huurtoeslag.":
        "Nieuw voorstel voor de huurtoeslag",
    }
    for text, want in cases.items():
        assert [c.title for c in candidates(text, "commitment")] == [want], text


def test_a_motion_the_text_names_with_c_s_keeps_it_though_its_co_signers_go_unnamed() -> None:
    """u14: in a vote list "de motie-Vendrik c.s. over ..." became "Motie Vendrik (26485, nr. 43)", as if Vendrik
    had signed it alone; a motion of one named signer stays without."""
    text = ("Aan de orde zijn de stemmingen over moties, ingediend bij het debat over maatschappelijk verantwoord "
            "ondernemen, te weten:\n\n- de motie-Vendrik c.s. over een zwarte lijst van ongewenste beleggingen "
            "(26485, nr. 43);\n\n- de motie-Irrgang over een zorgplicht voor bedrijven (26485, nr. 49).\n")
    titles = sorted(c.title for c in candidates(text, "motion", D(2007, 4, 10)))
    assert titles == ["Motie Irrgang (26485, nr. 49): zorgplicht voor bedrijven",
                      "Motie Vendrik c.s. (26485, nr. 43): zwarte lijst van ongewenste beleggingen"]


def test_a_promise_opening_with_volgens_de_minister_is_titled_with_what_she_said() -> None:
    """ "Volgens de minister wordt het besluit na de zomer gepubliceerd" without a comma after who said it: the
    title is the decision, not the sentence before ("Sprak met de Kamer" when the attribution took all the words)."""
    cases = {
        "Minister Keijzer sprak met de Kamer. Volgens de minister wordt het besluit na de zomer gepubliceerd.":
        "Besluit gepubliceerd",
        "Minister Keijzer sprak met de Kamer. Volgens minister Keijzer wordt het besluit na de zomer gepubliceerd.":
        "Besluit gepubliceerd",
    }
    for text, want in cases.items():
        assert [c.title for c in candidates(text, "commitment")] == [want], text


def test_a_promise_reported_with_zei_dat_is_titled_with_what_was_said() -> None:
    """ "Het kabinet zei dat ze ... zullen werken met ..." was titled "Zei dat ze bij klimaat werken met ...", "De
    minister bevestigde dat hij ... een brief zal sturen" "Bevestigde dat hij de Kamer een brief": the saying and
    its subject are no part of what is promised."""
    cases = {
        "Het kabinet zei dat ze bij klimaat zullen werken met een wetenschappelijke adviesraad.":
        "Bij klimaat werken met een wetenschappelijke adviesraad",
        "De minister zei in het debat dat zij de Kamer voor de zomer een brief over de toeslagen zal sturen.":
        "Brief over de toeslagen sturen",
        "Wethouder Van Dieperbeek antwoordt dat hij de huidige werkwijze in beeld zal brengen.":
        "Huidige werkwijze in beeld brengen",
    }
    for text, want in cases.items():
        assert [c.title for c in candidates(text, "commitment")] == [want], text


def test_a_given_name_with_letters_beyond_latin_1_goes_with_its_surname() -> None:
    """u15: "Mevrouw Koşer Kaya (D66)" was two members, "Koşer" and "Kaya (D66)", and her co-signer went missing;
    "Kamerlid Nevin Özütok" gave a stray member "Nevin"."""
    text = ("Mevrouw Koşer Kaya (D66):\nVoorzitter. Ik dien de volgende motie in.\n\nMotie\n\nDe Kamer,\n\ngehoord de "
            "beraadslaging,\n\nverzoekt de regering, de Algemene Rekenkamer opdracht te geven de AWBZ te onderzoeken,"
            "\n\nen gaat over tot de orde van de dag.\n\nDe voorzitter:\n\nDeze motie is voorgesteld door de leden "
            "Koşer Kaya en Van Miltenburg.\n\nZij krijgt nr. 50 (30597).\n")
    [motion] = candidates(text, "motion", D(2009, 3, 10))
    assert [(a.name, a.party) for a in motion.actors] == [("Koşer Kaya", "D66"), ("Van Miltenburg", None)]
    news = "Ook de motie van Tweede Kamerlid Nevin Özütok van GroenLinks werd aangenomen."
    assert "Nevin" not in [a.name for a in extract(news, D(2020, 12, 17)).actors]


def test_a_news_agencys_dateline_is_no_part_of_the_first_sentence() -> None:
    """u15: "Motie Timmermans: ... DEN HAAG - De Tweede Kamer wil nieuwe verkiezingen" in vote news from the ANP."""
    text = ("Kamer wil snel nieuwe verkiezingen\n\nDEN HAAG (ANP) - De Tweede Kamer wil zo snel mogelijk nieuwe "
            "verkiezingen, nu het kabinet-Schoof is gevallen. Een motie van die strekking, ingediend door "
            "GroenLinks-PvdA-leider Frans Timmermans, werd met algemene stemmen aangenomen.\n")
    [motion] = candidates(text, "motion", D(2025, 6, 4))
    assert motion.status == "adopted" and "HAAG" not in motion.title and "HAAG" not in motion.quote
    assert motion.quote.startswith("De Tweede Kamer wil zo snel mogelijk nieuwe verkiezingen")


@pytest.mark.parametrize(("text", "title"), [
    ('"Ik zal de geuite wens zo goed als mogelijk inpassen in mijn beleid", belooft de minister, zonder uit te leggen '
     'hoe.', "Geuite wens zo goed als mogelijk inpassen in mijn beleid"),
    ('"Ik ga de knelpunten in de jeugdzorg samen met gemeenten zo snel mogelijk oplossen", zei minister Jan Smit (VWS) '
     'dinsdag.', "Knelpunten in de jeugdzorg samen met gemeenten oplossen"),
])
def test_a_quoted_promise_is_titled_by_what_it_promises(text: str, title: str) -> None:
    """A promise quoted with its speaker after it is titled by what it promises, without the quote marks, the
    speaker's "Ik zal" and the attribution (the old code dropped only "zal": '"Ik de ... beleid", belooft de
    minister', or kept the quote and its "Ik ga")."""
    [c] = [c for c in extract(text, dt.date(2024, 3, 14)).candidates if c.kind == "commitment"]
    assert c.title == title


@pytest.mark.parametrize(("text", "title"), [
    ('Een meerderheid stemde voor een motie van Jan Smit (SP) die het kabinet verzoekt "de regeling af te schaffen en '
     'over te gaan tot een nieuw stelsel".', 'Motie Smit: "de regeling afschaffen en overgaan tot een nieuw stelsel"'),
    ("De motie van Eva Bakker (CDA) die de regering verzoekt om de subsidie op te heffen en terug te gaan naar de oude "
     "regeling, werd aangenomen.", "Motie Bakker: subsidie opheffen en teruggaan naar de oude regeling"),
])
def test_a_separable_verb_on_aan_keeps_its_particle(text: str, title: str) -> None:
    """ "over te gaan", "terug te gaan" become "overgaan", "teruggaan" as "uit te faseren" becomes "uitfaseren" (the
    old code wrote "over gaan", two words)."""
    [c] = [c for c in extract(text, dt.date(2024, 3, 14)).candidates if c.kind == "motion"]
    assert c.title == title


@pytest.mark.parametrize(("text", "full", "short"), [
    ("DEN HAAG - De oproep van de Kamer is een signaal, schrijft demissionair landbouwminister Piet Jansen dinsdag. "
     "Minister Jansen belooft voor de zomer uitgebreider te reageren op de motie.", "Piet Jansen", "Jansen"),
    ("Een motie van Femke de Vries (D66) over de wachtlijsten werd aangenomen. Kamerlid De Vries verwacht dat het "
     "kabinet snel met concrete stappen komt.", "Femke de Vries", "De Vries"),
])
def test_a_person_named_in_full_and_by_surname_is_one_actor(text: str, full: str, short: str) -> None:
    """"minister Piet Jansen" and later "Minister Jansen" are one person: the text's actors and the follow-ups name
    the full one once (the old code listed both, the surname alone as a second participant)."""
    found = extract(text, dt.date(2024, 2, 27))
    names = [a.name for a in found.actors]
    assert full in names and short not in names
    assert all(short not in [a.name for a in c.actors] for c in found.candidates)


@pytest.mark.parametrize("text", [
    "Minister Piet Jansen belooft voor de zomer te reageren op de motie. BBB stemde tegen.\nMeer uit Politiek\n"
    "DEN HAAG (ANP) - De fracties van D66, VVD en CDA zijn in conclaaf over het coalitieakkoord.",
    "Minister Piet Jansen zegt toe de Kamer voor de zomer te informeren.\n\nLees ook\n"
    "DEN HAAG - De fracties van GroenLinks-PvdA en NSC willen een debat over de stikstofregels.",
])
def test_parties_in_a_sites_links_to_other_news_are_no_participants(text: str) -> None:
    """The parties a news site's "Meer uit Politiek" or "Lees ook" under the article names are no participants of the
    article's debate (the old code listed them)."""
    names = [a.name for a in extract(text, dt.date(2024, 2, 27)).actors]
    assert names == ["Piet Jansen"]
