"""Texts of municipalities, provinces and water boards, read by the same mechanisms as the national ones (m1, session
10): who governs there (the wethouder, the college, a gedeputeerde, Gedeputeerde Staten, the burgemeester) makes a
promise a toezegging; a council's or the Provinciale Staten's vote is told with counts in words and against first;
a member of the council or the Staten, or an alderman, is an actor by name. Texts of our own in the shape of the
council pages, registers and local news of validation-v9b."""

from __future__ import annotations

import datetime as dt

from kamertaak.core.actors import find_actors
from kamertaak.core.extract import extract

D = dt.date


def _one(text: str, ref: dt.date, kind: str):  # type: ignore[no-untyped-def]
    found = [c for c in extract(text, ref).candidates if c.kind == kind]
    assert len(found) == 1, [(c.kind, c.title) for c in extract(text, ref).candidates]
    return found[0]


def test_an_aldermans_promise_is_a_toezegging_with_the_alderman() -> None:
    """A wethouder who will do something is the government of the municipality: a promise (was: nothing, as no
    minister or cabinet is named), with the wethouder as its actor."""
    text = ("Toezeggingen commissie Ruimte.\n\n"
            "Het raadslid Bakker vraagt naar de kosten van het nieuwe zwembad.\n\n"
            "Wethouder De Wit antwoordt dat zij de raad een overzicht van de exploitatiekosten zal sturen.")
    promise = _one(text, D(2023, 3, 1), "commitment")
    assert promise.status == "open"
    assert "De Wit" in [a.name for a in promise.actors]
    assert "exploitatiekosten" in promise.title


def test_the_college_promising_the_council_is_a_toezegging() -> None:
    text = ("Verslag van de commissie Bestuur, 12 april 2022.\n\n"
            "Naar aanleiding van vragen van de fracties zal het college voor de zomer de raad informeren over de "
            "uitkomst van het onderzoek naar de parkeertarieven.")
    promise = _one(text, D(2022, 4, 12), "commitment")
    assert promise.status == "open"
    assert promise.due is not None


def test_a_college_for_something_else_is_no_government() -> None:
    """'het College voor de Rechten van de Mens' is no municipality's college: no promise of the government."""
    text = ("Het College voor de Rechten van de Mens zal in het najaar een rapport over discriminatie op de "
            "woningmarkt uitbrengen, meldt de organisatie.")
    assert [c for c in extract(text, D(2024, 5, 1)).candidates if c.kind == "commitment"] == []


def test_a_councils_vote_counted_in_words_and_against_first() -> None:
    """'negentien stemmen voor en achttien tegen' and '30 stemmen tegen en zeven voor' are outcomes (were: the
    motions only submitted)."""
    adopted = ("De motie van D66 over een proef met groene schoolpleinen kreeg bij de stemming in de raad "
               "negentien stemmen voor en achttien tegen.")
    assert _one(adopted, D(2021, 6, 1), "motion").status == "adopted"
    rejected = ("De motie van de VVD over lagere tarieven voor het streekvervoer haalde in Provinciale Staten "
                "30 stemmen tegen en zeven voor.")
    assert _one(rejected, D(2021, 6, 1), "motion").status == "rejected"


def test_a_motion_that_could_count_on_a_majority_or_did_not_make_it() -> None:
    text = ("De motie van de SP over betaalbare huurwoningen kon rekenen op een ruime meerderheid in de "
            "gemeenteraad. Een motie van het CDA over de kermis redde het niet.")
    motions = sorted((c.status, c.title) for c in extract(text, D(2020, 2, 1)).candidates if c.kind == "motion")
    assert [s for s, _ in motions] == ["adopted", "rejected"]
    assert all("rekenen" not in t and "redde" not in t for _, t in motions)


def test_kon_niet_rekenen_op_steun_is_rejected_and_kan_is_no_outcome() -> None:
    rejected = "Een motie van de PVV over de kermis kon niet op voldoende steun rekenen in de raad."
    assert _one(rejected, D(2020, 2, 1), "motion").status == "rejected"
    forecast = ("De motie van de PVV over de kermis wordt donderdag in stemming gebracht, maar kan niet rekenen op "
                "steun.")
    assert _one(forecast, D(2020, 2, 1), "motion").status != "adopted"


def test_support_it_could_count_on_before_the_vote_is_no_adoption() -> None:
    text = ("Dinsdag wordt over de moties gestemd. De motie van de VVD over een nieuwe brug kon op brede steun rekenen "
            "in het debat.")
    assert _one(text, D(2020, 2, 1), "motion").status == "submitted"


def test_his_motion_is_the_member_named_just_before() -> None:
    """'Zijn motie over X kon rekenen op ...' right after 'Statenlid Jan Smit van de SP ...' is Smit's."""
    text = ("Jan Smit van de SP was tevreden na de vergadering in het provinciehuis. Zijn motie over gratis "
            "busvervoer voor scholieren kon rekenen op een meerderheid in Provinciale Staten.")
    motion = _one(text, D(2022, 3, 3), "motion")
    assert motion.status == "adopted"
    assert [a.name for a in motion.actors] == ["Smit"]


def test_local_office_holders_are_actors_by_name_not_members() -> None:
    text = ("Wethouder Joosten zegde toe. Raadslid Pieters (CDA) vroeg het. Gedeputeerde Anne de Graaf antwoordde. "
            "De burgemeester van Utrecht opende de vergadering; burgemeester van Amsterdam ook. Gedeputeerde Staten "
            "besluiten.")
    found = {m.actor.name: (m.actor.role, m.actor.party) for m in find_actors(text)}
    assert found["Joosten"] == ("other", None)
    assert found["Pieters"] == ("other", "CDA")
    assert found["Anne de Graaf"] == ("other", None)
    assert not any("Amsterdam" in name or "Utrecht" in name or "Staten" in name for name in found)


def test_a_councils_dictum_is_no_promise() -> None:
    """'Draagt het college op: ...' under a motion is what the motion asks, not the college's promise."""
    text = ("De gemeenteraad besluit de motie aan te nemen met 20 stemmen voor en 15 stemmen tegen.\n\n"
            "Draagt het college op: in de subsidieregeling voor sportverenigingen vast te leggen dat de helft "
            "naar jeugdsport gaat.")
    assert [c for c in extract(text, D(2020, 1, 22)).candidates if c.kind == "commitment"] == []


REGISTER = (
    "Toezeggingen en moties\n\n"
    "AgendapuntTitelStand van zakenDatum afdoening\n"
    " • Motie Groene Schoolpleinen\n"
    " • Raad is per brief geïnformeerd. Motie is afgehandeld.\n"
    " • Motie Veilige Fietsroute Noord\n"
    " • Een bureau onderzoekt de route langs het kanaal. Afronding van het onderzoek naar verwachting in het tweede "
    "kwartaal van 2025.\n"
)


def test_a_councils_register_names_its_motions_by_title() -> None:
    """A council's register lists its motions by title on a line of their own, the state under each (were: no
    candidate, or only the term as a deadline of its own): each a motion, 'afgehandeld' executed, the next step's term
    its due."""
    motions = {c.title: c for c in extract(REGISTER, D(2024, 10, 1)).candidates if c.kind == "motion"}
    assert set(motions) == {"Motie: Groene Schoolpleinen", "Motie: Veilige Fietsroute Noord"}
    assert motions["Motie: Groene Schoolpleinen"].status == "executed"
    route = motions["Motie: Veilige Fietsroute Noord"]
    assert (route.status, route.due) == ("adopted", D(2025, 6, 30))
    assert "kanaal" in route.quote
    assert [c.kind for c in extract(REGISTER, D(2024, 10, 1)).candidates] == ["motion", "motion"]


def test_a_motion_named_by_its_member_is_no_titled_entry() -> None:
    text = ("Overzicht moties\n\nMotie Omtzigt\n\nDe motie van het lid Omtzigt over de hersteloperatie (35510, nr. 12) "
            "is uitgevoerd.\n")
    assert all(c.title != "Motie: Omtzigt" for c in extract(text, D(2024, 10, 1)).candidates)


def test_the_fractions_that_filed_a_motion_are_its_actors() -> None:
    """'ingediend door de fracties van A, B en C' names the motion's filers, local parties too (was: none, and the
    title ran on into 'ingediend door ...'); the fractions that voted against it are no filers."""
    text = ("Er is een motie van wantrouwen tegen wethouder Bos ingediend door de fracties van Stadsbelang, Lijst 12 "
            "en CDA. De motie wordt verworpen. Tegen stemden de fracties van PvdA, D66 en Lokaal Sterk.")
    motion = _one(text, D(2020, 1, 22), "motion")
    assert motion.status == "rejected"
    assert [a.name for a in motion.actors] == ["Stadsbelang", "Lijst 12", "CDA"]
    assert "ingediend" not in motion.title


def test_a_motion_named_in_quotes_is_a_motion_under_that_name() -> None:
    """A council names its motions: 'De motie "Geen windmolens bij Kerkdorp" ... werd aangenomen' was nothing (a
    definite 'de motie' without content after it was read as pointing back to one told before); now a motion with that
    name as its title, and the party after the name as its filer."""
    adopted = _one('De motie "Geen windmolens bij Kerkdorp" van de VVD werd met 18 stemmen voor en 9 tegen aangenomen.',
                   D(2023, 3, 1), "motion")
    assert (adopted.status, adopted.title, [a.name for a in adopted.actors]) == (
        "adopted", "Motie VVD: Geen windmolens bij Kerkdorp", ["VVD"])
    withdrawn = _one("De raad nam de motie ‘Zon op elk dak’ van GroenLinks niet in stemming: zij werd ingetrokken.",
                     D(2023, 3, 1), "motion")
    assert (withdrawn.status, withdrawn.title) == ("withdrawn", "Motie GroenLinks: Zon op elk dak")


LISTED = ("Tijdens de raadsvergadering van 3 juni heeft onze fractie drie moties ingediend:\n\n"
          " 1. Meer groen op schoolpleinen – zodat kinderen buiten spelen.\n"
          " 2. Een proef met gratis busvervoer voor ouderen.\n"
          " 3. Onderzoek naar een skatebaan in Noord.\n\n"
          "Na de toelichting van de wethouder hebben wij de moties ingetrokken.")


def test_motions_counted_then_listed_are_each_a_motion() -> None:
    """A party's page on its motions counts them and lists them ('heeft onze fractie drie moties ingediend:' and three
    numbered items), then tells what became of them ('hebben wij de moties ingetrokken'): three motions, each titled by
    its item, withdrawn (was: nothing)."""
    motions = [c for c in extract(LISTED, D(2023, 6, 5)).candidates if c.kind == "motion"]
    assert [(c.status, c.title) for c in motions] == [
        ("withdrawn", "Motie: Meer groen op schoolpleinen"),
        ("withdrawn", "Motie: proef met gratis busvervoer voor ouderen"),
        ("withdrawn", "Motie: Onderzoek naar een skatebaan in Noord"),
    ]


def test_a_count_and_a_list_of_another_length_are_not_read_as_its_motions() -> None:
    text = LISTED.replace(" 3. Onderzoek naar een skatebaan in Noord.\n", "")
    assert [c for c in extract(text, D(2023, 6, 5)).candidates if c.kind == "motion"] == []
