"""What a letter to the Kamer says of its own follow-ups (core/extract/letters.py): a motion it carries out now,
a promise it keeps now, a promise to inform the Kamer later, the members a postponed toezegging was made to.

Every letter here is written for this file in the shape real Kamerbrieven use (not copied from an eval text).
"""

from __future__ import annotations

import datetime as dt

from kamertaak.core.extract import Candidate, extract

D = dt.date

HEAD = (
    "36 410 Wonen en Ruimte\n"
    "Nr. 88 BRIEF VAN DE MINISTER VAN VOLKSHUISVESTING EN RUIMTELIJKE ORDENING\n"
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
    "Den Haag, 14 mei 2025\n"
)


def candidates(text: str, ref: dt.date = D(2025, 5, 14)) -> list[Candidate]:
    return list(extract(text, ref).candidates)


def test_a_motion_the_letter_carries_out_now_is_executed() -> None:
    text = HEAD + (
        "In deze brief schets ik hoe gemeenten meer grip krijgen op de bouw van sociale huurwoningen. "
        "Met deze brief geef ik tevens uitvoering aan de motie Bakker c.s. over een bouwplan per regio.\n"
    )
    [motion] = [c for c in candidates(text) if c.kind == "motion"]
    assert motion.status == "executed"
    assert "Bakker" in {a.name for a in motion.actors}


def test_a_progress_report_on_a_motion_leaves_it_adopted() -> None:
    text = HEAD + (
        "Met deze brief informeer ik u over de voortgang van de uitvoering van de motie Bakker c.s. over een "
        "bouwplan per regio.\n"
    )
    [motion] = [c for c in candidates(text) if c.kind == "motion"]
    assert motion.status == "adopted"


def test_a_letter_keeping_a_promise_now_is_a_done_commitment() -> None:
    text = HEAD + (
        "Zoals toegezegd tijdens het commissiedebat Wonen van 3 april informeer ik u hierbij over de stand "
        "van de woningbouwafspraken met de provincies.\n"
    )
    [kept] = [c for c in candidates(text) if c.kind == "commitment"]
    assert kept.status == "done"
    assert kept.due is None  # the debate's date is when it was promised, not a term
    assert "woningbouwafspraken" in kept.quote


def test_a_letter_answering_a_committee_request_is_a_done_commitment() -> None:
    text = HEAD + (
        "Conform het verzoek van uw vaste commissie van 12 februari jl. ontvangt u hierbij de derde "
        "halfjaarlijkse rapportage over de bouwopgave.\n"
    )
    [kept] = [c for c in candidates(text) if c.kind == "commitment"]
    assert kept.status == "done"


def test_a_letter_that_only_sends_something_promises_nothing_new() -> None:
    text = HEAD + (
        "Hierbij ontvangt u het jaarverslag van de Huurcommissie over 2024.\n"
        "De Minister van Volkshuisvesting en Ruimtelijke Ordening,\nA.B. de Wit\n"
    )
    assert not [c for c in candidates(text) if c.kind == "commitment" and c.status == "open"]


def test_a_promise_to_inform_the_kamer_later_is_an_open_commitment() -> None:
    text = HEAD + (
        "In dezelfde brief zal ik u, zoals eerder afgesproken, ook informeren over de huurprijzen in de "
        "middenhuur.\n"
    )
    [promise] = [c for c in candidates(text) if c.kind == "commitment"]
    assert promise.status == "open"
    assert "middenhuur" in promise.quote


def test_a_postponed_toezegging_keeps_the_members_it_was_made_to() -> None:
    text = (
        "Geachte voorzitter,\n\n"
        "Tijdens het commissiedebat Huurbeleid van 12 maart heb ik aan de leden Visser (GL-PvdA) en "
        "Smit (NSC) van uw Kamer toegezegd de wachttijden voor sociale huurwoningen per regio in kaart te "
        "brengen. Dat onderzoek loopt nog. Ik streef ernaar u eind september hierover een brief te sturen.\n"
    )
    promises = [c for c in candidates(text) if c.kind == "commitment" and c.due == D(2025, 9, 30)]
    assert promises
    assert {"Visser", "Smit"} <= {a.name for a in promises[0].actors}


def test_a_signature_above_an_annex_names_the_author_and_is_no_follow_up() -> None:
    text = HEAD + (
        "Conform het verzoek van uw vaste commissie vindt u hierbij de tweede van de kwartaalbrieven over "
        "de bouwopgave.\n\n"
        "De Minister van Volkshuisvesting en Ruimtelijke Ordening,\nA.B. de Wit\n\n"
        "Stand van zaken bouwopgave\n\n"
        "In het eerste kwartaal zijn meer woningen opgeleverd dan in dezelfde periode vorig jaar.\n"
    )
    found = candidates(text)
    assert not [c for c in found if c.quote.startswith("De Minister")]
    [kept] = [c for c in found if c.kind == "commitment"]
    assert kept.status == "done"
    assert "De Wit" in {a.name for a in kept.actors}


def test_a_letter_opening_that_only_sends_a_report_is_no_follow_up() -> None:
    text = HEAD + (
        "Bijgaand ontvangt u een rapportage over de stand van de woningbouw in het eerste kwartaal.\n"
        "Zoals toegezegd tijdens het commissiedebat Wonen informeer ik u hierbij ook over de huurtoeslag.\n"
    )
    [kept] = [c for c in candidates(text) if c.kind == "commitment"]
    assert kept.status == "done"
    assert "huurtoeslag" in kept.quote
    sent = HEAD + "Bijgaand sturen wij u het rapport van de commissie die de bouwfraude heeft onderzocht.\n"
    assert not [c for c in candidates(sent) if c.kind == "commitment"]


def test_a_progress_report_that_says_it_keeps_a_promise_is_a_done_commitment() -> None:
    text = (
        "Programma toegankelijke bibliotheken\n\nVoortgangsrapportage maart 2025\n\n"
        "Over de voortgang van het programma wordt in het onderstaande gerapporteerd, zoals toegezegd bij het "
        "commissiedebat over het bibliotheekstelsel.\n"
    )
    [kept] = [c for c in candidates(text) if c.kind == "commitment"]
    assert kept.status == "done"


def test_a_request_answered_after_its_date_is_missed_and_the_answer_is_done() -> None:
    text = (
        "Vastgesteld 20 november 2025\n"
        "De vaste commissie voor Onderwijs heeft schriftelijk overleg gevoerd met de Minister van Onderwijs over "
        "het rappel van toezeggingen. Dit verslag bestaat uit:\n"
        "– De uitgaande brief van 1 september 2025.\n"
        "– De antwoordbrief van 14 november 2025.\n"
        "Aan de Minister van Onderwijs\n"
        "Den Haag, 1 september 2025\n"
        "De Kamer verneemt graag vóór vrijdag 17 oktober 2025 wat de stand van zaken is met betrekking tot de "
        "uitvoering van de openstaande toezeggingen.\n"
    )
    found = candidates(text, D(2025, 11, 20))
    [asked] = [c for c in found if c.kind == "deadline"]
    assert (asked.status, asked.due) == ("missed", D(2025, 10, 16))
    assert [c.status for c in found if "antwoordbrief" in c.quote] == ["done"]
