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


def test_a_progress_report_on_a_motion_leaves_it_under_way() -> None:
    text = HEAD + (
        "Met deze brief informeer ik u over de voortgang van de uitvoering van de motie Bakker c.s. over een "
        "bouwplan per regio.\n"
    )
    [motion] = [c for c in candidates(text) if c.kind == "motion"]
    assert motion.status == _motion_partial()  # adopted until the product has a partial motion


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


# A progress letter that lists its motions and toezeggingen under headings, each item with its state.
LISTED = HEAD + (
    "Met deze brief bericht ik u over de stand van zaken van moties en toezeggingen over de woningbouw.\n\n"
    "Moties\n"
    "- De motie van het lid Vermeulen (36 410, nr. 41), aangenomen op 12 november 2024, verzoekt de regering "
    "een landelijk overzicht van bouwlocaties te maken. Deze motie is uitgevoerd met het overzicht dat ik u op "
    "3 maart stuurde.\n"
    "- De motie van de leden Kok en Van Dam (36 410, nr. 44) over starterswoningen is deels uitgevoerd; het "
    "tweede deel wordt meegenomen in de woontop van het najaar.\n"
    "- De motie van het lid Yilmaz c.s. (36 410, nr. 47) is in uitvoering. Ik informeer u hierover voor "
    "1 oktober 2025.\n\n"
    "Toezeggingen\n"
    "- Tijdens het commissiedebat van 5 februari heb ik het lid Kok toegezegd de huurgrenzen te laten "
    "doorrekenen. Met deze brief is deze toezegging afgedaan.\n"
    "- Ik heb toegezegd met de provincies te spreken over de grondprijzen. Dat overleg vindt in juni plaats; "
    "ik bericht u daarover voor 1 september 2025.\n"
)


def _motion_partial() -> str:
    from kamertaak.core.kinds import LIFECYCLES

    return "partial" if "partial" in LIFECYCLES["motion"].statuses else "adopted"


def test_a_listed_motion_has_the_state_its_item_gives_it() -> None:
    motions = {c.register: c for c in candidates(LISTED) if c.kind == "motion"}
    assert set(motions) == {"36410, nr. 41", "36410, nr. 44", "36410, nr. 47"}
    assert motions["36410, nr. 41"].status == "executed"  # "Deze motie is uitgevoerd", the item's next sentence
    assert motions["36410, nr. 41"].due is None
    assert motions["36410, nr. 44"].status == _motion_partial()  # "deels uitgevoerd"
    assert {a.name for a in motions["36410, nr. 44"].actors} >= {"Kok", "Van Dam"}
    assert motions["36410, nr. 47"].status == _motion_partial()  # "in uitvoering"
    assert motions["36410, nr. 47"].due == D(2025, 9, 30)  # the term of the letter it promises on the motion


def test_a_listed_toezegging_is_one_follow_up_with_its_state_and_term() -> None:
    promises = [c for c in candidates(LISTED) if c.kind == "commitment"]
    assert len(promises) == 2  # the items' later sentences are no promises of their own, the lead no group
    kept, talks = sorted(promises, key=lambda c: c.start)
    assert kept.status == "done" and "huurgrenzen" in kept.quote and "Kok" in {a.name for a in kept.actors}
    assert talks.status == "open" and "grondprijzen" in talks.quote
    assert talks.due == D(2025, 8, 31)  # "voor 1 september": its later step, not the June meeting


def test_a_motion_the_letter_can_only_report_on_later_is_not_executed() -> None:
    text = HEAD + (
        "Over de afdoening van de motie van het lid Vermeulen c.s. (36 410, nr. 41) kan ik u pas informeren "
        "nadat het onderzoek naar de bouwlocaties is afgerond.\n"
    )
    [motion] = [c for c in candidates(text) if c.kind == "motion"]
    assert motion.status != "executed"


def test_a_letter_reporting_on_a_group_of_toezeggingen_is_one_follow_up() -> None:
    kept = HEAD + (
        "Met deze brief informeer ik u over de afdoening van een aantal toezeggingen die ik deed tijdens het "
        "commissiedebat Wonen van 6 maart 2025.\n"
    )
    [group] = candidates(kept)
    assert (group.kind, group.status, group.due) == ("commitment", "done", None)
    progress = HEAD + (
        "In deze brief ga ik in op de voortgang van de openstaande toezeggingen en moties over de huurmarkt.\n"
    )
    [group] = candidates(progress)
    assert (group.kind, group.status) == ("commitment", "partial")


def test_a_table_of_contents_names_the_groups_the_letter_deals_with() -> None:
    text = HEAD + (
        "Met deze brief informeer ik u over de woningbouw. Ik ga in op de volgende onderwerpen:\n"
        "1. Cijfers over de bouwproductie;\n"
        "2. Reactie op de moties die uw Kamer heeft aangenomen op 11 februari 2025;\n"
        "3. Toezeggingen uit het commissiedebat Wonen van 6 maart 2025;\n"
        "4. Vooruitblik\n"
    )
    found = {(c.kind, c.status) for c in candidates(text)}
    assert ("motion", "adopted") in found and ("commitment", "done") in found
    assert all(c.due is None for c in candidates(text))  # the debates' days are history, not terms


def test_motions_named_without_what_the_letter_does_with_them_are_no_group() -> None:
    text = HEAD + (
        "Hierbij stuur ik u op uw verzoek een overzicht van de moties die bij de begroting zijn ingediend.\n"
    )
    assert [c for c in candidates(text) if c.kind == "motion"] == []


def test_a_letter_complying_with_a_motion_or_request_now_reports_it_done() -> None:
    text = HEAD + (
        "Met deze brief voldoe ik aan het verzoek van uw commissie van 2 mei om de bouwcijfers per provincie te "
        "geven. Daarmee voldoe ik tevens aan de motie van het lid van uw Kamer mevrouw Yilmaz (GL) c.s. over "
        "de bouwcijfers.\n"
    )
    found = candidates(text)
    [motion] = [c for c in found if c.kind == "motion"]
    assert motion.status == "executed" and "Yilmaz" in {a.name for a in motion.actors}
    [request] = [c for c in found if c.kind == "commitment"]
    assert request.status == "done" and "bouwcijfers per provincie" in request.quote


def test_a_motion_the_letter_quotes_is_no_promise_and_keeps_its_firm_term() -> None:
    text = HEAD + (
        "Graag informeer ik uw Kamer in aanloop naar het commissiedebat Wonen op dinsdag 27 mei 2025 met deze brief "
        "over de stand van zaken van een aantal moties en toezeggingen over de woningbouw.\n\n"
        "I. Moties\n\nTijdelijke woningen\n\n"
        "De motie van het lid Vermeulen c.s. verzoekt de regering, zo spoedig mogelijk te komen met een plan voor "
        "tijdelijke woningen, en dit uiterlijk 1 maart 2026 in te voeren.\n"
    )
    found = candidates(text)
    # not the lead informing now (its items follow), not the motion's request as the government's promise; the
    # meeting the letter is written for is coming (as the labellers of validation-v7b and train-v8 ask)
    assert sorted(c.kind for c in found) == ["deadline", "motion"]
    assert [c.due for c in found if c.kind == "deadline"] == [D(2025, 5, 27)]
    [motion] = [c for c in found if c.kind == "motion"]
    assert motion.due == D(2026, 3, 1)  # the firm term of its request, not "zo spoedig mogelijk"


def test_motions_a_progress_report_names_together_are_being_carried_out() -> None:
    text = HEAD + (
        "Met deze brief informeer ik uw Kamer over de voortgang van de uitvoering van de moties Vermeulen c.s. "
        "(36 410, nr. 41) en Kok c.s. (36 410, nr. 44).\n"
    )
    assert {c.status for c in candidates(text) if c.kind == "motion"} == {_motion_partial()}


def test_motions_a_letter_points_back_to_for_their_follow_up_are_being_carried_out() -> None:
    text = HEAD + (
        "Tijdens het commissiedebat zijn de motie Vermeulen en de motie Kok aangenomen. Tevens informeer "
        "ik u over de wijze waarop uitvoering wordt gegeven aan beide genoemde moties.\n"
    )
    motions = [c for c in candidates(text) if c.kind == "motion"]
    assert sorted(a.name for c in motions for a in c.actors) == ["Kok", "Vermeulen"]
    assert [c.status for c in motions] == [_motion_partial()] * 2


def test_a_lead_telling_what_the_letter_goes_on_to_discuss_is_no_promise() -> None:
    text = HEAD + (
        "In de brief zal ik namens de minister van Financiën ook ingaan op enkele eerdere aan de woningbouw "
        "gerelateerde toezeggingen.\n\n"
        "De motie Vermeulen verzoekt de regering een overzicht van bouwlocaties te maken en de Kamer hierover voor "
        "het einde van dit jaar te informeren.\n"
    )
    assert [c.kind for c in candidates(text)] == ["motion"]  # the lead proposed nothing (was an open commitment)


def test_an_annex_telling_each_motions_state_gives_that_state() -> None:
    """u6: a budget's annex of motions, 'Deze motie is in uitvoering' under each, read every one as adopted. Being
    carried out is the motion's 'partial' (deels uitgevoerd: adopted, part done, still open), done is executed."""
    text = (
        "Bijlage 3. Overzicht van aangenomen moties\n\n"
        "Motie van het lid Van der Molen over het versterken van de regionale zorg (Kamerstuk 36200 XVI, nr. 45)\n\n"
        "Deze motie is in uitvoering. Het kabinet werkt de plannen uit met de zorgverzekeraars.\n\n"
        "Motie van de leden Bikker en Ceder over ondersteuning van mantelzorgers (Kamerstuk 36200 XVI, nr. 52)\n\n"
        "Deze motie is uitgevoerd met de subsidieregeling van 1 maart 2024.\n\n"
        "Motie van het lid Dijk over de eigen bijdrage in de Wmo (Kamerstuk 36200 XVI, nr. 60)\n\n"
        "Deze motie is in uitvoering.\n"
    )
    motions = {c.register: c.status for c in candidates(text, D(2024, 9, 17)) if c.kind == "motion"}
    assert motions == {"36200-XVI, nr. 45": "partial", "36200-XVI, nr. 52": "executed", "36200-XVI, nr. 60": "partial"}


def test_a_meeting_named_with_its_day_beside_what_a_letter_does_is_a_deadline_too() -> None:
    """"Voor het Wetgevingsoverleg Zorg van 22 november 2021 a.s. informeer ik u graag via deze brief ...": the
    letter keeps its promise (done) and the meeting it is written for is coming (was only the promise)."""
    found = extract(
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal Den Haag, 16 november 2021\n\n"
        "Voor het Wetgevingsoverleg Zorg van 22 november 2021 a.s. informeer ik u graag via deze brief over de stand "
        "van zaken van een aantal moties en toezeggingen.\n", dt.date(2021, 11, 16)).candidates
    assert sorted((c.kind, c.status, c.due) for c in found) == [
        ("commitment", "done", None), ("deadline", "upcoming", dt.date(2021, 11, 22))]
    assert [c.title for c in found if c.kind == "deadline"] == ["Wetgevingsoverleg Zorg"]
    # a paper the promise is about is no meeting: no "Brief verwacht" beside "zal ... een brief sturen"
    promise = extract("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal Den Haag, 16 november 2021\n\n"
                      "De minister zal de Kamer op zeer korte termijn een brief sturen over de dijken.\n",
                      dt.date(2021, 11, 16)).candidates
    assert [c.kind for c in promise] == ["commitment"]
    # nor the meeting that is the promise's own term: the promise has it
    before_vote = extract("Staatssecretaris Vermeer ontraadde de motie. Over deze motie zal de staatssecretaris de "
                          "Kamer, voorafgaand aan de stemming op 19 maart, een brief sturen.", dt.date(2024, 3, 12))
    assert [(c.kind, c.due) for c in before_vote.candidates] == [("commitment", dt.date(2024, 3, 18))]


def test_a_toezegging_kept_beside_a_motion_carried_out_by_a_named_letter_is_a_follow_up_of_its_own() -> None:
    # "deze Kamerbrief": the letter by its own kind of name; the debate's Kamerstuk is not the motion's number
    text = HEAD + (
        "Met deze Kamerbrief geef ik invulling aan de motie Bakker c.s. die de regering verzoekt een bouwplan "
        "per regio op te stellen en aan mijn toezegging in het commissiedebat van 12 maart 2025 (Kamerstuk 36 410, "
        "nr. 80) om voor de zomer een overzicht van de regionale woningbouw te sturen.\n"
    )
    found = candidates(text)
    [motion] = [c for c in found if c.kind == "motion"]
    assert motion.status == "executed"
    assert motion.register is None  # nr. 80 is the commissiedebat's report
    [kept] = [c for c in found if c.kind == "commitment"]
    assert kept.status == "done"
    assert "commissiedebat" in kept.title.lower()


def test_a_debates_kamerstuk_alone_is_no_motion() -> None:
    text = HEAD + (
        "In het debat van 3 april jl. (Kamerstuk 36 410, nr. 75) zijn enkele moties ingediend. Graag informeer ik uw "
        "Kamer, mede ter beantwoording van het verzoek van de vaste commissie van 10 april jl., over de stand van "
        "zaken van de aanvaarde moties.\n"
    )
    found = candidates(text)
    assert not [c for c in found if c.kind == "motion"]
    assert [c.status for c in found if c.kind == "commitment"] == ["done"]


def test_a_promise_the_letter_says_it_serves_is_kept() -> None:
    text = HEAD + (
        "Tijdens het debat van 6 februari 2025 heb ik toegezegd om uw Kamer voor de zomer nader te informeren over "
        "de huurbescherming van studenten. Deze brief dient daartoe.\n"
    )
    [kept] = [c for c in candidates(text) if c.kind == "commitment"]
    assert kept.status == "done"
    assert kept.due is None  # the summer was the promise's term, met now


def test_a_promise_recalled_and_gone_into_now_is_kept() -> None:
    text = HEAD + (
        "Met deze brief informeren wij uw Kamer over de bouwopgave. Zoals eerder toegezegd, gaan we daarbij ook in "
        "op de achterstand bij de netaansluitingen.\n"
    )
    kept = [c for c in candidates(text) if c.kind == "commitment" and "netaansluitingen" in c.quote]
    assert [c.status for c in kept] == ["done"]


def test_toezeggingen_listed_with_where_each_was_made_are_one_each() -> None:
    text = HEAD + (
        "Ik ga hierbij in op de toezeggingen om de Kamer te informeren over de bouw van flexwoningen (AO Wonen, "
        "Kamerstuk 36 410, nr. 40), over de inventarisatie van leegstand in kantoren (AO Ruimte, Kamerstuk 36 410, "
        "nr. 52) en de resultaten van een onderzoek naar splitsingsvergunningen (commissiedebat Bouwen, Kamerstuk "
        "36 410, nr. 61).\n"
    )
    found = [c for c in candidates(text) if c.kind == "commitment"]
    titles = " | ".join(c.title for c in found)
    assert len(found) == 3, titles
    assert any("leegstand" in c.title for c in found) and any("splitsingsvergunningen" in c.title for c in found)
    assert not [c for c in candidates(text) if c.kind == "motion"]  # the overleggen's numbers are no motions


def test_minutes_deciding_on_a_letter_give_its_toezeggingen_the_office_that_wrote_it() -> None:
    """Eerste Kamer minutes decide, item by item, on the letters of two members of government of one committee: each
    decision's toezeggingen are those of the office the agenda item names, as Dutch names it ("minister van OCW",
    "minister voor BVOM"), not the committee's minister for all."""
    text = (
        "Korte aantekeningen vergadering commissie Onderwijs, Cultuur en Wetenschap (OCW) van 12 maart 2024\n"
        "1. Toezeggingenrappel minister van OCW\n"
        "De commissie besluit naar aanleiding van de brief van de minister van Onderwijs, Cultuur en Wetenschap van "
        "1 maart 2024:\n"
        "- toezegging T04001 als openstaand te blijven aanmerken en de deadline te verschuiven naar 1 juli 2024;\n"
        "- toezegging T04002 als voldaan aan te merken.\n"
        "2. Toezeggingenrappel minister voor BVOM\n"
        "De commissie besluit naar aanleiding van de brief van de minister voor Basis- en Voortgezet Onderwijs en "
        "Media van 4 maart 2024:\n"
        "- toezegging T04010 als openstaand te blijven aanmerken en de deadline te verschuiven naar 1 september "
        "2024;\n"
    )
    found = {c.register: c for c in candidates(text, D(2024, 3, 12))}
    assert [a.name for a in found["T04001"].actors] == ["minister van OCW"]
    assert [a.name for a in found["T04002"].actors] == ["minister van OCW"]
    assert [a.name for a in found["T04010"].actors] == ["minister voor BVOM"]
    assert found["T04010"].due == D(2024, 9, 1) and found["T04002"].status == "done"


def test_a_committees_decision_after_the_report_of_a_written_consultation_is_that_state_secretarys() -> None:
    text = (
        "Korte aantekeningen vergadering commissie Sociale Zaken en Werkgelegenheid (SZW) van 9 april 2024\n"
        "1.\n"
        "Verslag van een schriftelijk overleg met de staatssecretaris van SZW over de aanpak van armoede onder "
        "kinderen\n"
        "De commissie besluit de brief van 2 april 2024 voor kennisgeving aan te nemen en toezegging T04100 als "
        "openstaand te blijven beschouwen en de deadline te verschuiven naar 1 oktober 2024.\n"
    )
    [t] = [c for c in candidates(text, D(2024, 4, 9)) if c.register == "T04100"]
    assert [a.name for a in t.actors] == ["staatssecretaris van SZW"] and t.status == "open"


def test_an_annexs_rows_of_motions_take_their_state_cell_and_their_subject_from_the_first_cell() -> None:
    """A budget's annex as a table flattened to lines: what the motion asks, where it was filed, the motion's name,
    its state ("Aan de motie is uitvoering gegeven met de brief ..."). One motion per row, executed, with the subject
    of its first cell; the number in the state cell is the row's motion, not another."""
    text = (
        "Bijlage 2. Moties en toezeggingen\n\n"
        "Omschrijving\n\nVindplaats\n\nStand van zaken\n\n"
        "De Tweede Kamer verzoekt de regering de wachttijden voor de rijvaardigheidstoets te halveren en de Kamer "
        "hierover te informeren.\n\n"
        "Debat [4-3-2015] Begroting Infrastructuur\n\n"
        "Motie-Van Dalen\n\n"
        "Aan de motie is uitvoering gegeven met de brief aan de Tweede Kamer inzake antwoord op motie 34 000 XII, "
        "nr. 41 Wachttijden rijexamens van 2 juni 2015.\n\n"
        "De Tweede Kamer verzoekt de regering een overzicht te maken van alle gemeenten die een fietsplan hebben.\n\n"
        "Debat [9-4-2015] VAO Fietsbeleid\n\n"
        "Motie-Smeets\n\n"
        "Aan de motie is uitvoering gegeven met de brief aan de Tweede Kamer over de Voortgang fietsbeleid van 1 "
        "oktober 2015.\n"
    )
    motions = [c for c in candidates(text, D(2015, 11, 1)) if c.kind == "motion"]
    assert [(c.status, [a.name for a in c.actors]) for c in motions] == [
        ("executed", ["Van Dalen"]), ("executed", ["Smeets"])]
    assert "rijvaardigheidstoets" in motions[0].title and "fietsplan" in motions[1].title
    assert "Wachttijden rijexamens" in motions[0].quote


def test_a_letter_dealing_with_the_motions_of_a_section_gives_one_executed_motion_with_its_subject() -> None:
    text = HEAD + (
        "Bijlage – Stand van zaken moties\n\n"
        "Enkele moties over de bouw van tijdelijke woningen\n\n"
        "De minister heeft in haar brief van 3 maart jl. aangegeven dat de verkenning naar tijdelijke woningen is "
        "afgerond. Met deze brief beschouwt zij de volgende moties als afgedaan:\n"
    )
    [motion] = [c for c in candidates(text) if c.kind == "motion"]
    assert motion.status == "executed" and "tijdelijke woningen" in motion.title


def test_a_letter_answering_a_committees_request_it_names_is_a_done_commitment_for_what_was_asked() -> None:
    """ "geef ik invulling aan het verzoek van de vaste commissie ... om een X" and "Hierbij stuur ik u Y, zoals ook is
    verzocht door de vaste commissie": two requests answered now, each titled by what was asked."""
    text = HEAD + (
        "Met deze brief geef ik invulling aan het verzoek van de vaste commissie voor Binnenlandse Zaken om een "
        "overzicht van de huurprijzen per regio (ingezonden 2 april 2025, kenmerk 2025D12345).\n\n"
        "Inmiddels heeft het Planbureau een nieuwe raming van het woningtekort opgeleverd. Hierbij stuur ik u deze "
        "raming, zoals ook is verzocht door de vaste commissie voor Binnenlandse Zaken (ingezonden 9 april 2025, "
        "kenmerk 2025D13579).\n"
    )
    done = [c for c in candidates(text) if c.kind == "commitment" and c.status == "done"]
    assert len(done) == 2
    assert "huurprijzen" in done[0].title and "raming" in done[1].title.lower()


def test_a_promise_the_next_sentence_says_was_sent_is_kept() -> None:
    text = HEAD + (
        "Vorig jaar heb ik uw Kamer toegezegd een onderzoek te laten doen naar de bouwkosten van sociale "
        "huurwoningen. De uitkomsten van dit onderzoek heb ik uw Kamer op 2 april jl. toegestuurd (Kamerstuk 32 847, "
        "nr. 1150).\n"
    )
    [promise] = [c for c in candidates(text) if c.kind == "commitment"]
    assert promise.status == "done"
    assert "bouwkosten" in promise.title



def test_a_toezegging_the_letter_cannot_keep_on_time_is_missed_and_its_new_term_open() -> None:
    # the signature joined to the last sentence, as the cleaning of a page's text leaves it
    text = HEAD + (
        "Hierbij deel ik u mede dat ik de toezegging aan uw Kamer om voor 1 mei de evaluatie van de "
        "huurtoeslagregeling te sturen, niet op tijd kan nakomen. De evaluatie van de huurtoeslagregeling zal direct "
        "na afronding van de enquête aan uw Kamer worden aangeboden. Het onderzoeksbureau heeft meer tijd nodig. "
        "De Minister van Volkshuisvesting en Ruimtelijke Ordening, A.B. Jansen\n"
    )
    found = candidates(text)
    assert not any(c.kind == "commitment" and c.status == "done" for c in found)
    [late] = [c for c in found if c.status == "missed"]
    assert late.kind == "deadline" and "1 mei" in late.quote
    [later] = [c for c in found if c.kind == "commitment" and c.status == "open"]
    assert "na afronding" in later.quote and "Jansen" in {a.name for a in later.actors}


def test_a_letter_the_reader_will_receive_later_is_a_promise() -> None:
    text = HEAD + (
        "In deze brief informeer ik u over de woningbouw in 2024. Uw Kamer heeft verzocht voorafgaand aan het "
        "commissiedebat Wonen een brief te ontvangen over de wachtlijsten voor sociale huurwoningen. Die brief wordt "
        "momenteel voorbereid en ontvangt u voorafgaand aan het commissiedebat.\n"
    )
    [promise] = [c for c in candidates(text) if c.kind == "commitment" and "momenteel voorbereid" in c.quote]
    assert promise.status == "open" and "minister van VRO" in {a.name for a in promise.actors}
    now = HEAD + "Hierbij ontvangt u voorafgaand aan het commissiedebat een overzicht van de wachtlijsten.\n"
    assert not any(c.kind == "commitment" and c.status == "open" for c in candidates(now))


def test_a_letter_on_a_motion_the_kamer_is_still_to_vote_on_leaves_it_submitted() -> None:
    text = HEAD + (
        "Tijdens het debat over de Woningwet van 4 mei jl. heeft het lid Bakker een motie ingediend waarin hij de "
        "regering verzoekt alle huurcontracten van corporaties openbaar te maken. Met deze brief geef ik, zoals "
        "toegezegd, een reactie op de motie. Indien uw Kamer de motie aanneemt, zal ik de corporaties vragen de "
        "contracten te verzamelen.\n"
    )
    [motion] = [c for c in candidates(text) if c.kind == "motion"]
    assert motion.status == "submitted"



def test_a_toezegging_told_without_its_maker_is_the_senders() -> None:
    text = HEAD + (
        "In deze brief schets ik de stand van de woningbouw. Tijdens het debat is toegezegd dat de Kamer wordt "
        "geïnformeerd over de evaluatie van de huurcommissie.\n"
    )
    [promise] = [c for c in candidates(text) if "huurcommissie" in c.quote]
    assert "minister van VRO" in {a.name for a in promise.actors}  # the letter's sender: no one else is named



def test_a_promise_made_on_behalf_of_another_minister_is_the_writers_first() -> None:
    text = HEAD + (
        "Mede namens de Minister voor Primair en Voortgezet Onderwijs zal ik uw Kamer voor de zomer informeren over "
        "de uitkomsten van het onderzoek naar studentenhuisvesting.\n"
    )
    [promise] = [c for c in candidates(text) if c.kind == "commitment"]
    assert [a.name for a in promise.actors][:1] == ["minister van VRO"]


def test_a_toezegging_the_letter_cannot_deal_with_yet_is_open_with_the_term_it_gives() -> None:
    text = HEAD + (
        "De toezegging over de huurverhoging voor middeninkomens kan niet meer dit jaar worden afgehandeld; ik "
        "informeer u hierover in het najaar.\n"
    )
    [later] = [c for c in candidates(text) if "middeninkomens" in c.quote]
    assert later.kind == "commitment" and later.status == "open"  # it said "afgehandeld": read as done
    assert later.due is not None and later.due.year == 2025 and later.due.month >= 9


def test_one_sentence_dealing_with_several_motions_and_toezeggingen_gives_one_follow_up_each() -> None:
    text = HEAD + (
        "Met deze brief zijn de toezegging over de wachtlijsten, de motie van het lid Bakker over de bouwplannen "
        "en de motie van de leden Jansen en De Vries over de huurtoeslag afgedaan.\n"
    )
    found = candidates(text)
    motions = {c.title: c for c in found if c.kind == "motion"}
    assert {c.status for c in motions.values()} == {"executed"}
    assert [{a.name for a in c.actors} for c in motions.values()] == [{"Bakker"}, {"Jansen", "De Vries"}]
    assert "huurtoeslag" not in next(t for t in motions if "Bakker" in t)  # each its own subject
    [kept] = [c for c in found if c.kind == "commitment"]
    assert kept.status == "done" and "wachtlijsten" in kept.title.lower()
    assert "minister van VRO" in {a.name for a in kept.actors}


def test_those_motions_and_that_toezegging_dealt_with_are_those_the_sentence_before_names() -> None:
    text = HEAD + (
        "In deze brief ga ik in op de motie van het lid Bakker over de bouwplannen, de motie van de leden Jansen en "
        "De Vries over de huurtoeslag en de toezegging om de Kamer te informeren over de pilots met flexwonen. "
        "Daarmee zijn deze moties en de toezegging afgedaan.\n"
    )
    found = candidates(text)
    assert sorted(c.status for c in found if c.kind == "motion") == ["executed", "executed"]
    [kept] = [c for c in found if c.kind == "commitment"]
    assert kept.status == "done" and "flexwonen" in kept.title


def test_the_thing_promised_told_back_gives_the_toezegging_its_state_and_term() -> None:
    text = HEAD + (
        "Tijdens het debat is toegezegd dat de Kamer wordt geïnformeerd over de evaluatie van de huurcommissie. De "
        "evaluatie is inmiddels afgerond en treft u als bijlage bij deze brief aan.\n\n"
        "Tijdens het commissiedebat Wonen van 3 april heb ik toegezegd de Kamer te informeren over het onderzoek naar "
        "leegstand. Het onderzoek volgt later dit jaar.\n\n"
        "Ook heb ik toegezegd in gesprek te gaan met de corporaties over de huurgrenzen. Dit gesprek heeft inmiddels "
        "plaatsgevonden.\n\n"
        "De minister heeft toegezegd de Huisvestingswet te evalueren. Stand van zaken: de evaluatie is gestart en "
        "wordt naar verwachting in het voorjaar van 2026 afgerond.\n"
    )
    found = candidates(text)
    by = {word: [c for c in found if word in c.quote] for word in ("huurcommissie", "leegstand", "huurgrenzen",
                                                                    "Huisvestingswet")}
    [evaluated] = by["huurcommissie"]
    assert evaluated.status == "done"
    assert "minister van VRO" in {a.name for a in evaluated.actors}  # the sender: no one else is named
    [research] = by["leegstand"]
    assert research.status == "open" and research.due == D(2025, 12, 31)
    [talk] = by["huurgrenzen"]
    assert talk.status == "done"
    [law] = by["Huisvestingswet"]  # one follow-up: no "Evaluatie verwacht" beside it
    assert law.kind == "commitment" and law.status == "open"
    assert law.due is not None and law.due.year == 2026


def test_what_the_letter_sends_now_is_no_promise_still_open() -> None:
    on_behalf = HEAD + (
        "Mede namens de Minister van Binnenlandse Zaken en Koninkrijksrelaties stuur ik u hierbij de vierde "
        "voortgangsrapportage over de woningbouw.\n"
    )
    assert candidates(on_behalf) == []  # the letter's enclosure, as 'Hierbij stuur ik u ...' is
    also = HEAD + (
        "In deze brief schets ik de stand van de woningbouw. Ik stuur u tevens het rapport van TNO over de "
        "betaalbaarheid van de huren.\n"
    )
    assert [c.status for c in candidates(also) if "TNO" in c.quote] == ["done"]  # sent now, not still open
    later = HEAD + (
        "In deze brief schets ik de stand van de woningbouw. Ik stuur u voor de zomer het rapport van TNO over de "
        "betaalbaarheid van de huren.\n"
    )
    [promise] = [c for c in candidates(later) if "TNO" in c.quote]
    assert promise.status == "open" and promise.due is not None


def test_a_motion_listed_among_what_the_letter_answers_now_is_executed_once() -> None:
    text = HEAD + (
        "Geachte voorzitter,\n\n"
        "Met deze brief geef ik invulling aan de volgende toezeggingen en moties:\n"
        "- de toezegging om een verkenning uit te voeren naar de bouwkosten van flexwoningen;\n"
        "- de motie van het lid Bakker over de huurtoeslag voor jongeren (Kamerstuk 36 410, nr. 60).\n\n"
        "De toezegging om de Kamer te informeren over de evaluatie van de Huisvestingswet kan ik nog niet afdoen; de "
        "evaluatie verschijnt in het najaar.\n"
    )
    found = candidates(text)
    [motion] = [c for c in found if "Bakker" in {a.name for a in c.actors}]  # not also a done commitment
    assert motion.kind == "motion" and motion.status == "executed"
    [law] = [c for c in found if "Huisvestingswet" in c.quote]
    assert law.kind == "commitment" and law.status == "open" and law.due is not None  # not 'Evaluatie verwacht'


def test_two_motions_named_in_a_row_are_two_motions() -> None:
    # (u16) "de motie van het lid X over A en de motie van het lid Y over B", with no word on what became of them, is
    # two motions, each with its filer and subject; not X's one with "A en de motie van het lid Y over B" as its
    # subject
    for said in ("Met deze brief kom ik tevens tegemoet aan de motie van het lid Bakker over een bouwplan per regio "
                 "en de motie van het lid Smit over snellere vergunningen.",
                 "Ook informeer ik u over de motie van de leden Bakker en De Vries over een bouwplan per regio, de "
                 "motie-Smit over snellere vergunningen en de motie van het lid Peters over huurtoeslag."):
        motions = [c for c in candidates(HEAD + said + "\n") if c.kind == "motion"]
        subjects = {c.actors[0].name: c.title for c in motions}
        assert "bouwplan" in subjects["Bakker"] and "vergunningen" in subjects["Smit"], subjects
        assert not any("motie" in c.title.split(":", 1)[-1] for c in motions)


def test_a_paper_the_writer_offers_with_the_letter_in_any_word_order_is_a_kept_promise() -> None:
    cases = {
        "Met deze brief bied ik u de drie onderzoeken naar de bouwkosten aan.": "onderzoeken naar de bouwkosten",
        "De evaluatie van de Huisvestingswet en de onderliggende rapporten bied ik u met deze brief aan.":
            "evaluatie van de Huisvestingswet",
        "Hierbij bied ik u de antwoorden aan op de vragen van de vaste commissie over de huurtoeslag.":
            "antwoorden op de vragen van de vaste commissie",
        "Graag maak ik van de gelegenheid gebruik om u twee rapporten over de huurmarkt aan te bieden.":
            "rapporten over de huurmarkt",
    }
    for sentence, paper in cases.items():
        [kept] = [c for c in candidates(HEAD + "Geachte voorzitter,\n\n" + sentence + "\n") if c.kind == "commitment"]
        assert kept.status == "done" and kept.due is None, sentence
        assert paper.lower() in kept.title.lower(), kept.title
        assert "aan" not in kept.title.split()[-1:], kept.title
    # a paper a relative clause offers aside is what the main clause tells of, and the letter itself no paper of its own
    aside = HEAD + "Geachte voorzitter,\n\nDe afspraken staan in het bouwakkoord, dat ik u hierbij aanbied.\n"
    assert not [c for c in candidates(aside) if c.kind == "commitment"]
    itself = HEAD + (
        "Geachte voorzitter,\n\nDeze brief bevat de kabinetsreactie op het advies, die ik u hiermee aanbied.\n")
    assert not [c for c in candidates(itself) if c.kind == "commitment"]
