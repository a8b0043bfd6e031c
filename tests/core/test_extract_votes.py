"""Vote news, vote lists, motion pages and annexes (sixth session): how each genre tells a motion's outcome, subject
and term. Every text here is our own, in the shape of the real ones."""

from __future__ import annotations

import datetime as dt

import pytest

from kamertaak.core.extract import extract

D = dt.date


def _motions(text: str, ref: dt.date = D(2024, 3, 14)) -> list:
    return [c for c in extract(text, ref).candidates if c.kind == "motion"]


@pytest.mark.parametrize(("line", "status"), [
    ("Unaniem aangenomen.", "adopted"),
    ("Met algemene stemmen aangenomen.", "adopted"),
    ("Nipt verworpen.", "rejected"),
    ("Zonder stemming aangenomen.", "adopted"),
])
def test_a_vote_lists_outcome_line_with_how_the_vote_went(line: str, status: str) -> None:
    text = (
        "Zo stemde de Kamer dinsdag over de moties bij het debat over de jeugdzorg.\n\n"
        "Motie 41 van het lid Peeters over een wachtlijstregister voor de jeugdzorg.\n\n"
        f"{line} De staatssecretaris liet de motie aan het oordeel van de Kamer.\n\n"
        "Motie 42 van de leden Bakker en Smit over minder regels voor pleegouders.\n\n"
        "Verworpen. Alleen de SP en de PvdD waren voor."
    )
    first, second = _motions(text)
    assert (first.status, second.status) == (status, "rejected")
    assert "wachtlijstregister" in first.title


def test_a_motion_pages_vote_under_its_signer_fields() -> None:
    text = (
        "Motie : Motie van het lid Jansen over het behoud van de regionale spoorlijnen\n"
        "31 305 Mobiliteitsbeleid\n"
        "Nr. 412\n"
        "MOTIE VAN HET LID JANSEN\n"
        "Voorgesteld tijdens het Commissiedebat van 6 maart 2024\n"
        "De Kamer,\n"
        "gehoord de beraadslaging,\n"
        "overwegende dat regionale spoorlijnen voor veel dorpen de enige verbinding zijn;\n"
        "verzoekt de regering geen regionale spoorlijn te sluiten zonder instemming van de provincie,\n"
        "en gaat over tot de orde van de dag.\n"
        "Jansen\n"
        "Indieners - Indiener\n"
        "Pieter Jansen, Kamerlid\n"
        "Stemmingsuitslagen\n"
        "Aangenomen met handopsteken\n"
        "Fracties | Zetels | Voor/Tegen |\n"
    )
    [m] = _motions(text)
    assert m.status == "adopted"


def test_a_tally_of_the_votes_is_no_motion_of_its_own() -> None:
    text = (
        "In totaal werden er 14 moties ingediend. Van de 12 in stemming gebrachte moties zijn er 5 aangenomen en 7 "
        "verworpen. We zetten ze op een rij:\n\n"
        "Motie 7 van het lid De Boer over een hoger budget voor de wijkverpleging.\n\nAangenomen."
    )
    [m] = _motions(text)
    assert (m.status, m.register) == ("adopted", "nr. 7")


def test_numbers_name_the_motions_of_a_list_further_back() -> None:
    items = "".join(
        f"-de motie-De Vries over {subject} (30175, nr. {n});\n"
        for n, subject in ((301, "de luchtkwaliteit bij scholen"), (302, "een fonds voor schone bussen"),
                           (303, "het meten van fijnstof"))
    )
    speech = " ".join(f"Dat is punt {n} van mijn betoog." for n in range(1, 9))
    text = (
        "Aan de orde zijn de stemmingen over moties, ingediend bij het tweeminutendebat Luchtkwaliteit, te weten:\n"
        f"{items}"
        "In stemming komt de motie-De Vries over de luchtkwaliteit bij scholen (30175, nr. 301).\n"
        "De voorzitter:\nIk constateer dat de aanwezige leden van de fracties van de SP en GroenLinks voor deze "
        "motie hebben gestemd en de aanwezige leden van de overige fracties ertegen, zodat zij is verworpen.\n"
        f"Mevrouw De Vries (GroenLinks):\nVoorzitter. {speech} Wij hebben de moties op de stukken nrs. 302 en 303 "
        "aangehouden na de toezegging van de minister.\n"
    )
    by_number = {m.register: m.status for m in _motions(text)}
    assert by_number["30175, nr. 302"] == "held"
    assert by_number["30175, nr. 303"] == "held"
    assert by_number["30175, nr. 301"] == "rejected"


def test_a_motion_about_what_the_sentence_before_told() -> None:
    text = (
        "Gemeenten krijgen geen extra geld voor de opvang van dak- en thuislozen.\n\n"
        "Een motie van GroenLinks-Kamerlid Sara Hermans daarover is verworpen."
    )
    [m] = _motions(text)
    assert m.status == "rejected"
    assert "opvang van dak- en thuislozen" in m.quote


def test_the_time_an_adopted_motion_must_be_done_in_told_next() -> None:
    text = (
        "Een motie van VVD-Kamerlid Tom Visser om de mogelijkheden te onderzoeken van een landelijk register voor "
        "zorgverleners haalde het wel. Het onderzoek moet voor 1 september klaar zijn. Tegen deze motie stemde "
        "alleen de PVV."
    )
    [m] = _motions(text, D(2024, 3, 14))
    assert (m.status, m.due) == ("adopted", D(2024, 8, 31))
    assert m.title.endswith("zorgverleners")


def test_a_sentence_after_a_motion_about_something_else_gives_no_term() -> None:
    text = (
        "Een motie van VVD-Kamerlid Tom Visser om een landelijk register voor zorgverleners op te zetten haalde het "
        "wel. De begroting moet voor 1 september naar de Kamer."
    )
    [m] = _motions(text, D(2024, 3, 14))
    assert m.due is None


_ANNEX = (
    "Bijlage 4: Moties en toezeggingen\n\n"
    "Tabel 9 {section}\n\n"
    "Omschrijving van de motie\n\nVindplaats\n\nStand van zaken\n\n"
    "De motie van het lid Verbeek; Verzoekt de regering, te onderzoeken hoe gemeenten de schuldhulp voor jongeren "
    "kunnen verbeteren.\n\n"
    "Kamerstukken II 2022/23, 36200 VII, nr. 41\n\n"
    "{state} De Tweede Kamer is op 4 april 2023 per brief geïnformeerd.\n\n"
)


@pytest.mark.parametrize(("section", "state", "status"), [
    ("Door de Staten-Generaal aanvaarde moties die zijn afgerond (stand per 1 juli 2023)", "Afgedaan.", "executed"),
    ("Door de Staten-Generaal aanvaarde moties (stand per 1 juli 2023)", "Afgedaan.", "executed"),
    ("Door de Staten-Generaal aanvaarde moties (stand per 1 juli 2023)", "In uitvoering.", "adopted"),
])
def test_an_annex_row_reported_done_is_an_executed_motion(section: str, state: str, status: str) -> None:
    [m] = _motions(_ANNEX.format(section=section, state=state), D(2023, 9, 19))
    assert m.status == status
    assert "schuldhulp" in m.title


def _commitments(text: str, ref: dt.date) -> dict[str | None, tuple[str, dt.date | None]]:
    return {c.register: (c.status, c.due) for c in extract(text, ref).candidates if c.kind == "commitment"}


def test_a_heading_of_numbers_over_a_decision_per_number() -> None:
    text = (
        "Korte aantekeningen vergadering commissie Onderwijs van 10 oktober 2023\n"
        "1. T02210, T02211 en T02212\n\n"
        "De commissie bespreekt de brief van de minister van OCW van 2 oktober 2023 over de toezeggingen T02210, "
        "T02211 en T02212. De commissie besluit als volgt:\n"
        "- de status van toezegging T02210 wordt gewijzigd in voldaan;\n"
        "- de status van toezegging T02211 blijft ongewijzigd (openstaand) en de deadline wordt verplaatst naar "
        "1 maart 2024;\n"
        "- de status van toezegging T02212 blijft ongewijzigd (openstaand).\n"
    )
    found = _commitments(text, D(2023, 10, 10))
    assert found == {"T02210": ("done", None), "T02211": ("open", D(2024, 3, 1)), "T02212": ("open", None)}


def test_a_deadline_of_a_numbered_toezegging_moved_to_a_day() -> None:
    text = (
        "De commissie besluit naar aanleiding van de brief van de minister:\n"
        "- toezegging T02301 als voldaan aan te merken;\n"
        "- de deadline van toezegging T02302 te verplaatsen naar 1 juni 2024.\n"
    )
    found = _commitments(text, D(2023, 11, 14))
    assert found == {"T02301": ("done", None), "T02302": ("open", D(2024, 6, 1))}


@pytest.mark.parametrize(("told", "status"), [
    ("Een motie van Kamerlid Jan de Graaf om de veerdienst naar de eilanden te behouden kreeg weinig bijval. Alleen "
     "zijn eigen partij stemde voor de motie.", "rejected"),
    ("Een motie van Kamerlid Jan de Graaf om de veerdienst naar de eilanden te behouden werd besproken. Voor deze "
     "motie stemden alleen de SP en de PvdD.", "rejected"),
    ("Een motie van Kamerlid Jan de Graaf om de veerdienst naar de eilanden te behouden werd besproken. Tegen deze "
     "motie stemden alleen de PVV en de SGP.", "adopted"),
])
def test_only_a_few_for_or_against_is_the_outcome(told: str, status: str) -> None:
    [m] = _motions(told)
    assert m.status == status


def test_what_the_text_says_of_all_motions_is_each_ones_outcome() -> None:
    text = (
        "De coalitie stemde tegen alle moties, zodat geen enkele werd aangenomen. De regeringspartijen dienden zelf "
        "geen moties in.\n\n"
        "Over een motie van GroenLinks-leider Roos om een onderzoek in te stellen naar de subsidies voor de luchtvaart "
        "werd hoofdelijk gestemd."
    )
    [m] = _motions(text)
    assert m.status == "rejected" and "luchtvaart" in m.title


def test_a_motion_of_no_confidence_named_by_its_filer_is_one_motion() -> None:
    text = (
        "De motie van wantrouwen van Kamerlid Peter de Wit tegen minister Bakker is verworpen.\n\n"
        "Het debat is hervat: de Kamer stemt nu over de moties.\n\n"
        "Daarna moet er hoofdelijk gestemd worden over de motie van wantrouwen van Peter de Wit."
    )
    [m] = _motions(text)
    assert m.status == "rejected" and "Wit" in m.title


def test_the_filers_told_after_the_subject_are_its_members() -> None:
    text = ("De minister verzette zich tegen de motie om de wachttijden in kaart te brengen, ingediend door de "
            "Kamerleden Mulder (CDA) en Jansen (VVD), omdat dat te veel tijd kost.")
    [m] = _motions(text)
    assert {a.name for a in m.actors} == {"Mulder", "Jansen"}
    assert "wachttijden" in m.title and "ingediend" not in m.title


def test_a_motion_taken_off_the_agenda_at_the_members_request_is_held() -> None:
    text = (
        "Aan de orde zijn de stemmingen over moties, ingediend bij het debat over de woningbouw, te weten:\n"
        "- de motie-Kok over meer tiny houses (32847, nr. 901);\n"
        "- de motie-Kok over een leegstandsheffing (32847, nr. 902).\n"
        "De voorzitter:\n"
        "Op verzoek van de heer Kok stel ik voor, zijn motie (32847, nr. 902) van de agenda af te voeren.\n"
        "Daartoe wordt besloten.\n"
    )
    by_number = {m.register: m.status for m in _motions(text)}
    assert by_number["32847, nr. 902"] == "held"
    assert by_number["32847, nr. 901"] == "submitted"


def test_a_motion_read_out_without_its_heading_is_submitted() -> None:
    text = (
        "De heer Dekker (CDA): Voorzitter. Ik heb ook een motie. overwegende dat veel dorpen hun laatste huisarts "
        "verliezen; verzoekt de regering in beeld te brengen hoeveel dorpen geen huisarts meer hebben, en gaat over "
        "tot de orde van de dag."
    )
    [m] = _motions(text)
    assert m.status == "submitted"


def test_motions_a_speaker_means_to_file_told_together_are_announced() -> None:
    text = (
        "Mevrouw Bos (SP): Voorzitter. Het lijkt ons goed om alvast een aantal moties in te dienen over de "
        "bereikbaarheid van de huisarts."
    )
    [m] = _motions(text)
    assert m.status == "announced" and [a.name for a in m.actors] == ["Bos"]


def test_motions_in_general_after_a_preposition_are_no_motion() -> None:
    text = ("Het staat de fracties vrij om een eigen afweging te maken over moties, zolang zij zich houden aan de "
            "afspraken.")
    assert _motions(text) == []


def test_the_speakers_own_motion_named_by_what_it_asks() -> None:
    text = (
        "De voorzitter:\nHet woord is aan mevrouw Van Leeuwen.\n"
        "Mevrouw Van Leeuwen (CDA):\nVoorzitter. Mijn motie om de wachtlijsten in de ggz met een kwart te "
        "verkorten kan hier echt aan bijdragen. Ik ben benieuwd naar de eerste resultaten.\n"
    )
    [m] = _motions(text)
    assert [a.name for a in m.actors] == ["Van Leeuwen"]
    assert m.title == "Motie Van Leeuwen: wachtlijsten in de ggz met een kwart verkorten"


def test_another_motion_of_no_confidence_against_someone_else_is_its_own() -> None:
    text = (
        "De Kamer heeft de motie van wantrouwen die de oppositie had ingediend tegen minister Karel Smit verworpen. "
        "GroenLinks en de SP dienden ook een motie van wantrouwen in tegen het hele kabinet, maar die kreeg van geen "
        "enkele andere partij steun."
    )
    found = {("kabinet" in m.title, m.status) for m in _motions(text)}
    assert found == {(False, "rejected"), (True, "rejected")}


def test_the_motion_named_again_with_its_filers_is_the_one_adopted() -> None:
    text = (
        "Een meerderheid van de Tweede Kamer wil dat de staatssecretaris de nieuwe toeslagregeling laat toetsen door "
        "de Raad van State. Een motie daartoe van coalitiepartijen NSC en BBB werd dinsdag aangenomen. De "
        "staatssecretaris verzette zich tegen de motie om de regeling te laten toetsen, ingediend door de Kamerleden "
        "Vermeer (BBB) en Kops (NSC), omdat dat volgens hem te lang duurt."
    )
    [m] = _motions(text)
    assert m.status == "adopted"
    assert {a.name for a in m.actors} == {"Vermeer", "Kops"}
    assert "Raad van State" in m.quote


def test_a_motion_page_with_its_fields_on_lines_of_their_own() -> None:
    # the layout of a tweedekamer.nl motion page: a dash line between the field headings, the signer's role
    text = (
        "Motie : Motie van het lid De Bruin over een loket voor mantelzorgers\n"
        "36 200 XVI Vaststelling van de begroting\n"
        "Nr. 77\n"
        "MOTIE VAN HET LID DE BRUIN\n"
        "Voorgesteld 9 november 2022\n"
        "De Kamer,\n"
        "gehoord de beraadslaging,\n"
        "verzoekt de Kamer, een loket voor mantelzorgers in te stellen,\n"
        "en gaat over tot de orde van de dag.\n"
        "De Bruin\n"
        "Indieners\n"
        "-\n"
        "Indiener\n"
        "K.L. de Bruin, Tweede Kamerlid\n"
        "Stemmingsuitslagen\n"
        "Verworpen met handopsteken\n"
        "Voor: 26\n"
    )
    [m] = _motions(text, D(2022, 11, 9))
    assert m.status == "rejected"
    assert m.title == "Motie De Bruin (36200-XVI, nr. 77): loket voor mantelzorgers instellen"


def test_co_signers_of_a_motion_named_with_a_slash_before_a_verb() -> None:
    text = ("Door aanneming van een motie-Kuiper/De Groot moet de minister met een plan komen voor het volgen van "
            "aangenomen moties. De motie werd vrijwel unaniem aangenomen. Alleen de PVV stemde tegen.")
    names = {a.name for m in _motions(text, D(2016, 7, 6)) for a in m.actors}
    assert names == {"Kuiper", "De Groot"}


def test_motions_in_general_with_an_adjective_are_no_motion_but_a_count_is() -> None:
    named = ("Door aanneming van een motie-Kuiper over het beter volgen van aangenomen moties moet de minister een "
             "plan sturen.")
    [m] = _motions(named)
    assert m.title.startswith("Motie Kuiper: beter volgen")
    counted = ("De stemming over twee moties werd aangehouden. Het gaat om de motie-Bos (SP) over de huurtoeslag en de "
               "motie-Smit (CDA) over de zorgtoeslag.")
    assert {m.status for m in _motions(counted)} == {"held"} and len(_motions(counted)) == 2


def test_a_bare_outcome_heading_gives_its_fate_to_the_list_items_under_it_only() -> None:
    text = (
        "Stemmingen van dinsdag over de moties bij het debat over energie.\n\n"
        "Aangenomen\n\n"
        "- Motie-Bontenbal over een plan voor netcongestie bij bedrijven\n"
        "- Motie-Kröger over subsidie voor warmtepompen\n\n"
        "Verworpen:\n\n"
        "- Motie-Eerdmans over het afschaffen van de CO2-heffing\n\n"
        "De PVV diende ook een motie in over de btw op boodschappen; daarover stemt de Kamer volgende week."
    )
    fates = {m.title.split(":")[0]: m.status for m in _motions(text)}
    assert fates == {"Motie Bontenbal": "adopted", "Motie Kröger": "adopted", "Motie Eerdmans": "rejected",
                     "Motie PVV": "submitted"}


def test_an_items_own_outcome_wins_over_the_heading_above_it() -> None:
    text = ("Aangenomen:\n"
            "1. De motie van Bikker over gokreclame.\n"
            "2. De motie van Stoffer over de zondagsrust, die werd aangehouden.")
    assert [m.status for m in _motions(text)] == ["adopted", "held"]


@pytest.mark.parametrize(("fate", "status"), [
    ("werd met algemene stemmen gesteund", "adopted"),
    ("werd door de Tweede Kamer gesteund", "adopted"),
    ("werd door alle partijen behalve de BBB gesteund", "adopted"),
    ("werd breed gesteund", "adopted"),
    ("werd door de hele oppositie gesteund maar haalde het niet", "rejected"),
    ("werd door geen enkele andere partij gesteund", "rejected"),
    ("werd alleen door de SP gesteund", "rejected"),
])
def test_a_motion_supported_in_the_passive(fate: str, status: str) -> None:
    text = f"Ook de motie-Dijk over de hoogte van de zorgpremie {fate}."
    [m] = _motions(text)
    assert m.status == status


def test_an_outcome_line_over_the_motions_considerations_takes_its_subject_and_term_from_the_dictum() -> None:
    text = (
        "Stemming begrotingsmoties: 1 aangenomen, 1 verworpen\n\n"
        "Motie Jan Smit (SP) – Verworpen\n\n"
        "Constaterende dat veel huurders achterstallig onderhoud melden; overwegende dat corporaties daar te laat op "
        "reageren; verzoekt de regering een landelijk meldpunt voor achterstallig onderhoud in te stellen.\n\n"
        "Motie 2 Els de Boer (CDA) – Aangenomen\n\n"
        "Overwegende dat gemeenten extra taken krijgen; verzoekt de regering de gevolgen voor de gemeentefinanciën "
        "te onderzoeken en uiterlijk 1 april 2025 aan de Kamer te melden wat zij daarvan vindt."
    )
    first, second = _motions(text, D(2024, 11, 20))
    assert first.status == "rejected" and "landelijk meldpunt voor achterstallig onderhoud" in first.title
    assert second.status == "adopted" and "gemeentefinanciën" in second.title
    assert second.due == D(2025, 4, 1)


@pytest.mark.parametrize("line", [
    "Motie van Kröger (GroenLinks-PvdA) over subsidie voor warmtepompen: aangenomen.",
    "- Motie van Kröger (GroenLinks-PvdA) over subsidie voor warmtepompen werd aangenomen.",
])
def test_motie_van_opening_a_line_is_the_nouns_van_not_part_of_the_members_name(line: str) -> None:
    [m] = _motions(line)
    assert [a.name for a in m.actors] == ["Kröger"]
    assert m.title.startswith("Motie Kröger:")


def test_motie_van_van_keeps_the_members_own_particle() -> None:
    [m] = _motions("Motie van Van der Plas (BBB) over de mestregels: verworpen.")
    assert [a.name for a in m.actors] == ["Van der Plas"]


@pytest.mark.parametrize("sentence", [
    "De Kamer verwierp moties van de PVV over de asielinstroom en van JA21 over grenscontroles.",
    "Verworpen werden onder meer moties van de PVV over de asielinstroom, en van JA21 over grenscontroles.",
    "Ook verwierp de Kamer moties van de PVV over de asielinstroom en van JA21 over grenscontroles.",
])
def test_motions_of_several_filers_in_one_phrase_are_one_motion_each(sentence: str) -> None:
    got = {(m.title, tuple(a.name for a in m.actors), m.status) for m in _motions(sentence)}
    assert got == {("Motie PVV: asielinstroom", ("PVV",), "rejected"),
                   ("Motie JA21: grenscontroles", ("JA21",), "rejected")}


def test_a_later_van_inside_a_subject_names_no_filer() -> None:
    text = "De Kamer nam moties aan van de SP over de rechten van Oekraïners en over de opvang van asielzoekers."
    assert all(a.name == "SP" for m in _motions(text) for a in m.actors)


@pytest.mark.parametrize("filer", ["de PVV", "GroenLinks-PvdA", "de fractie van de SP"])
def test_a_party_named_as_filer_in_the_sentence_after_the_motion(filer: str) -> None:
    text = f"Een motie van wantrouwen tegen minister Faber redde het niet. De motie was ingediend door {filer}."
    [m] = _motions(text)
    assert m.status == "rejected" and len(m.actors) == 1 and m.actors[0].role == "organisation"


def test_the_proposal_voted_on_in_the_next_sentence_is_the_motion_just_told() -> None:
    text = ("De motie om een onafhankelijke verkenner aan te stellen komt van het CDA en de SP. "
            "Het voorstel werd aangenomen met 38 stemmen voor en twaalf tegen.")
    [m] = _motions(text)
    assert m.status == "adopted" and "verkenner" in m.title


def test_the_news_then_the_motion_it_comes_from() -> None:
    told = "Tweede Kamer wil verbod op lachgas. Dat blijkt uit een motie van Kuiken (PvdA) die dinsdag werd aangenomen."
    [m] = _motions(told)
    assert m.status == "adopted" and m.title == "Motie Kuiken: verbod op lachgas"
    own = "Kamer wil minder regels. Dat blijkt uit een motie van Kuiken (PvdA) over de regeldruk die werd aangenomen."
    [m] = _motions(own)
    assert "regeldruk" in m.title


@pytest.mark.parametrize(("sentence", "filer", "subjects"), [
    ("Daarnaast werden twee moties van Thijssen aangenomen: een over de zorgbonus en een over de salarissen van "
     "verpleegkundigen.", "Thijssen", ["zorgbonus", "salarissen van verpleegkundigen"]),
    ("De Kamer nam twee moties van de PVV aan: een over de asielinstroom en een om de grenzen te bewaken.", "PVV",
     ["asielinstroom", "grenzen bewaken"]),
])
def test_a_count_told_one_by_one_after_a_colon_is_one_motion_each(sentence: str, filer: str,
                                                                  subjects: list[str]) -> None:
    got = _motions(sentence)
    assert [m.title for m in got] == [f"Motie {filer}: {s}" for s in subjects]
    assert all(m.status == "adopted" for m in got)


def test_outcome_headings_over_bullets_of_numbered_motions() -> None:
    """Vote news that lists the motions under "Aangenomen zijn" and "Aangehouden zijn", each bullet "De motie
    (dossier-nummer) van X over Y": every bullet is a motion with its filers and the fate of its heading, not the
    outcome the intro above the lists names first, and the explanation of what holding a motion means after the lists
    gives none of them a fate (fourteenth session; the old code proposed none of these motions)."""
    text = (
        "Van de moties die zijn ingediend in het debat over de jeugdzorg is een deel aangenomen, een deel "
        "aangehouden, en een deel verworpen:\n\n"
        "Aangenomen zijn\n\n"
        "  • De motie (31839-70) van Peeters over een register van wachtlijsten in de jeugdzorg.\n"
        "  • De motie (31839-72) van Van der Berg over scholing van pleegouders.\n\n"
        "Aangehouden zijn\n\n"
        "  • De motie (31839-74) van Bakker en Smit over de positie van de gezinsvoogd.\n\n"
        "Wanneer een motie wordt aangehouden is de motie (nog) niet in stemming gebracht. Wordt de motie binnen "
        "twee maanden niet alsnog ingediend dan wordt aangenomen dat de motie is vervallen.\n"
    )
    got = sorted((m.status, [a.name for a in m.actors], m.title) for m in _motions(text))
    assert [(status, names) for status, names, _ in got] == [
        ("adopted", ["Peeters"]), ("adopted", ["Van der Berg"]), ("held", ["Bakker", "Smit"])]
    assert "wachtlijsten" in got[0][2] and "pleegouders" in got[1][2] and "gezinsvoogd" in got[2][2]


def test_a_list_item_names_the_motion_whose_fate_the_sentence_above_told() -> None:
    """"Daar werd een motie ingediend, die gisteren werd aangenomen." over the bullet "De motie (nummer) van X en Y
    over Z": one adopted motion, X and Y's, on Z (the old code proposed a motion without filers and a second one,
    submitted)."""
    text = (
        "De dag na het debat werd een tweeminutendebat Jeugdzorg gehouden. Daar werd een ook voor pleegouders "
        "belangrijke motie ingediend, die gisteren werd aangenomen.\n\n"
        "  • De motie (31839-80) van Peeters en Bakker over een onafhankelijk meldpunt voor pleegouders.\n"
    )
    [m] = _motions(text)
    assert m.status == "adopted"
    assert [a.name for a in m.actors] == ["Peeters", "Bakker"]
    assert "meldpunt" in m.title


def test_a_topic_line_over_motions_named_by_their_filers() -> None:
    """Vote news listing "Wachtlijsten in de jeugdzorg:" over "Motie Peeters (SP) en Bakker (CDA)": the line above
    is what the motion is about, so two motions by overlapping members are two motions, each with its subject, and
    the held one under its own heading is held (the old code gave them no subject and merged the first two)."""
    text = (
        "Aangenomen moties\n\n"
        "Deze moties werden aangenomen op 12 maart 2024:\n\n"
        "Wachtlijsten in de jeugdzorg:\n"
        "Motie Peeters (SP) en Bakker (CDA)\n\n"
        "Over scholing van pleegouders:\n"
        "Motie Bakker (CDA), Peeters (SP) en Smit (VVD)\n\n"
        "Aangehouden motie\n\n"
        "Een meldpunt voor jongeren:\n"
        "Motie Smit (VVD)\n"
    )
    got = [(m.status, [a.name for a in m.actors], m.title) for m in _motions(text)]
    assert [(status, names) for status, names, _ in got] == [
        ("adopted", ["Peeters", "Bakker"]), ("adopted", ["Bakker", "Peeters", "Smit"]), ("held", ["Smit"])]
    assert "Wachtlijsten" in got[0][2] and "scholing van pleegouders" in got[1][2] and "meldpunt" in got[2][2]
    assert "Over" not in got[1][2]


def test_a_counts_outcome_over_the_support_each_counted_motion_got() -> None:
    """"De Eerste Kamer verwierp twee moties van senator X." and then "De eerste motie ... Deze motie kreeg steun
    van de fracties van A, B en C.": who supported each does not make it adopted, the count says they were rejected
    (the old code made both adopted)."""
    text = (
        "De Eerste Kamer verwierp twee moties van senator Peeters (SP).\n\n"
        "De eerste motie van senator Peeters (SP) roept de regering op voor 1 januari 2025 de eigen bijdrage in de "
        "jeugdzorg af te schaffen. Deze motie kreeg steun van de fracties van SP, PvdD en PVV.\n\n"
        "De tweede motie van senator Peeters roept de regering op de wachtlijsten voor pleegzorg te halveren. Deze "
        "motie kreeg steun van de fracties van SP, PVV en FVD.\n"
    )
    got = [(m.status, [a.name for a in m.actors]) for m in _motions(text)]
    assert got == [("rejected", ["Peeters"]), ("rejected", ["Peeters"])]


def test_support_alone_still_tells_an_adopted_motion_without_a_count() -> None:
    """Without a count that says otherwise, "De motie kreeg steun van ..." stays what it was: adopted."""
    text = ("Senator Peeters (SP) diende een motie in om de eigen bijdrage in de jeugdzorg af te schaffen. Deze motie "
            "kreeg steun van de fracties van SP, CDA, VVD en D66.")
    [m] = _motions(text)
    assert m.status == "adopted"


@pytest.mark.parametrize("text", [
    "Dinsdag stemde de Tweede Kamer over de moties.\n\n"
    "Aangenomen: de motie van Bakker (CDA) over pleegzorg.\n\n"
    "Verworpen: de motie van Peeters (SP) over de eigen bijdrage.\n\n"
    "Aangehouden: de motie van Smit (VVD) over wachtlijsten.\n",
    "Dinsdag stemde de Tweede Kamer over de moties.\n\n"
    "- Aangenomen: motie Bakker (CDA) over pleegzorg\n"
    "- Verworpen: motie Peeters (SP) over de eigen bijdrage\n"
    "- Aangehouden: motie Smit (VVD) over wachtlijsten\n",
])
def test_outcome_labels_before_the_motions_they_name(text: str) -> None:
    """"Aangenomen: de motie van X over Y" is the label of that line's motion, not the outcome of the sentence above
    it (the old code read the first label as the outcome of "stemde ... over de moties" and skipped its motion, and
    the second line took the third's label)."""
    got = [(m.status, [a.name for a in m.actors]) for m in _motions(text)]
    assert got == [("adopted", ["Bakker"]), ("rejected", ["Peeters"]), ("held", ["Smit"])]


@pytest.mark.parametrize(("after", "status"), [
    ("Een meerderheid stemde tegen.", "rejected"),
    ("Een ruime meerderheid van de Kamer stemde ervoor.", "adopted"),
    ("De Kamer stemde daar dinsdag mee in.", "adopted"),
])
def test_the_vote_told_next_without_naming_the_motion(after: str, status: str) -> None:
    """"X diende een motie in om ..." and then only the vote, the motion left unsaid: its outcome (the old code left
    the motion submitted)."""
    text = f"Peeters (SP) diende een motie in om de eigen bijdrage in de jeugdzorg af te schaffen. {after}"
    [m] = _motions(text)
    assert (m.status, [a.name for a in m.actors]) == (status, ["Peeters"])


def test_a_majority_voting_for_something_else_gives_no_outcome() -> None:
    """"Een meerderheid stemde voor een ander voorstel" is no vote on the motion told before."""
    text = ("Peeters (SP) diende een motie in om de eigen bijdrage in de jeugdzorg af te schaffen. Een meerderheid "
            "stemde voor een ander voorstel van het kabinet.")
    [m] = _motions(text)
    assert m.status == "submitted"


def test_items_under_an_outcome_heading_that_name_filer_and_subject() -> None:
    """Under "Aangenomen moties:" the items "Bakker (CDA): meer geld voor pleegzorg" name no motion but are motions:
    each its filer's, on what follows the colon, with its section's outcome (the old code proposed none)."""
    text = ("Aangenomen moties:\n- Bakker (CDA): meer geld voor pleegzorg\n- Smit (VVD) en De Vries (CDA): kortere "
            "wachtlijsten in de jeugdzorg\n\nVerworpen moties:\n- Peeters (SP): de eigen bijdrage afschaffen\n")
    got = [(m.status, [a.name for a in m.actors], m.title) for m in _motions(text)]
    assert [(status, names) for status, names, _ in got] == [
        ("adopted", ["Bakker"]), ("adopted", ["Smit", "De Vries"]), ("rejected", ["Peeters"])]
    assert "pleegzorg" in got[0][2] and "wachtlijsten" in got[1][2] and "eigen bijdrage" in got[2][2]


def test_items_without_an_outcome_heading_stay_quiet() -> None:
    """The same items under a heading that gives no outcome ("Sprekers:") are no motions."""
    text = "Sprekers:\n- Bakker (CDA): meer geld voor pleegzorg\n- Peeters (SP): de eigen bijdrage afschaffen\n"
    assert _motions(text) == []


def test_what_a_majority_wants_after_the_kamer_voted_on_the_motions() -> None:
    """"De Tweede Kamer stemde dinsdag over de moties ..." then "Een meerderheid van de Kamer wil dat ...": what the
    majority wants is an adopted motion (the old code read the votes as over only in other words, and proposed
    nothing)."""
    text = ("De Tweede Kamer stemde dinsdag over de moties bij het debat over de jeugdzorg. Een meerderheid van de "
            "Kamer "
            "wil dat de minister de wachtlijsten voor pleegzorg halveert.")
    [m] = _motions(text)
    assert m.status == "adopted" and "wachtlijsten" in m.title


def test_a_vote_still_to_come_gives_no_majority_wish() -> None:
    """"De Kamer stemt dinsdag over de moties" (still to come): what a majority wants is no outcome yet."""
    text = ("De Tweede Kamer stemt dinsdag over de moties bij het debat over de jeugdzorg. Een meerderheid van de "
            "Kamer "
            "wil dat de minister de wachtlijsten voor pleegzorg halveert.")
    assert _motions(text) == []


@pytest.mark.parametrize("question", [
    "Welke jeugdzorg moties zijn aangenomen en welke niet?",
    "Hoeveel moties zijn er dit jaar in de Tweede Kamer ingediend?",
])
def test_a_question_about_motions_is_no_motion(question: str) -> None:
    """A headline asking which (or how many) motions were adopted names no motion; the motions the text then tells
    are (the old code proposed the question as an adopted or filed motion)."""
    text = f"{question}\n\nDe motie van Bakker (CDA) over pleegzorg werd dinsdag aangenomen."
    got = [(m.status, [a.name for a in m.actors]) for m in _motions(text)]
    assert got == [("adopted", ["Bakker"])]


def test_a_proposal_between_haalde_and_het_niet() -> None:
    """"Bij de stemmingen haalde een voorstel van X om ... het niet": X's rejected motion, its subject without "het
    niet" (the old code proposed nothing: the verdict allowed three words between "haalde" and "het niet")."""
    [m] = _motions("Bij de stemmingen van dinsdag haalde een voorstel van Peeters (SP) om de eigen bijdrage in de "
                   "jeugdzorg af te schaffen het niet.")
    assert (m.status, [a.name for a in m.actors]) == ("rejected", ["Peeters"])
    assert "eigen bijdrage" in m.title and "niet" not in m.title


@pytest.mark.parametrize(("sentence", "status"), [
    ("Een andere motie die is goedgekeurd door de Tweede Kamer komt van Kamerlid Peeters (SP) en gaat over de "
     "wachtlijsten in de jeugdzorg.", "adopted"),
    ("De Kamer keurde dinsdag ook een motie van Peeters (SP) goed over de wachtlijsten in de jeugdzorg.", "adopted"),
    ("Een motie van Peeters (SP) over de wachtlijsten in de jeugdzorg werd afgekeurd.", "rejected"),
    ("Een motie van Peeters (SP) over de wachtlijsten in de jeugdzorg kreeg bijval van een Kamermeerderheid.",
     "adopted"),
    ("Een motie van Peeters (SP) over de wachtlijsten in de jeugdzorg kreeg geen bijval.", "rejected"),
])
def test_approved_and_disapproved_are_a_vote(sentence: str, status: str) -> None:
    """News tells a vote as approval: "goedgekeurd", "keurde ... goed", "afgekeurd", "kreeg bijval van een
    meerderheid" (the old code proposed these motions as only filed)."""
    [m] = _motions(sentence)
    assert (m.status, [a.name for a in m.actors]) == (status, ["Peeters"])


def test_applause_in_the_debate_before_the_vote_is_no_outcome() -> None:
    """The parties' applause in the debate is not the vote: the motion stays filed when the vote is still to come."""
    [m] = _motions("Peeters (SP) diende daarom een motie in die bijval kreeg van de meeste andere partijen. Over de "
                   "motie wordt dinsdag gestemd.")
    assert m.status == "submitted"


@pytest.mark.parametrize(("first", "same", "status"), [
    ("Een motie van Peeters (SP) over de wachtlijsten werd aangenomen.",
     "Hetzelfde gold voor een motie van Bakker (CDA) over pleegzorg.", "adopted"),
    ("De motie van Peeters (SP) over de wachtlijsten haalde het niet.",
     "Dat lot trof ook een motie van Bakker (CDA) over pleegzorg.", "rejected"),
    ("De motie van Peeters (SP) over de wachtlijsten werd ingediend.",
     "Hetzelfde gold voor een motie van Bakker (CDA) over pleegzorg.", "submitted"),
])
def test_the_same_fate_as_the_motion_before(first: str, same: str, status: str) -> None:
    """"Hetzelfde gold voor een motie van X": X's motion met the fate of the one just told (the old code proposed it
    as only filed); a motion before that was only filed gives no outcome."""
    got = [(m.status, [a.name for a in m.actors]) for m in _motions(f"{first} {same}")]
    assert got[1] == (status, ["Bakker"])


@pytest.mark.parametrize("sentence", [
    "Ook BBB diende een motie in over de mestregels.",
    "Daarnaast diende BBB een motie in over de mestregels.",
])
def test_a_party_filing_after_an_opening_adverb(sentence: str) -> None:
    """A party without article as the subject of "diende in" after "Ook", "Daarnaast" filed the motion (the old code
    named no filer, and titled it 'BBB diende een motie')."""
    [m] = _motions(f"{sentence} Die haalde het niet.")
    assert (m.status, [a.name for a in m.actors]) == ("rejected", ["BBB"])
    assert "mestregels" in m.title


@pytest.mark.parametrize(("tail", "status"), [
    ("Een meerderheid was voor een motie van Peeters (SP) om de wachtlijsten te halveren.", "adopted"),
    ("Een motie van Peeters (SP) om de wachtlijsten te halveren haalde de eindstreep.", "adopted"),
    ("Een motie van Peeters (SP) om de wachtlijsten te halveren haalde de eindstreep niet.", "rejected"),
    ("Een motie van Peeters (SP) om de wachtlijsten te halveren ging er niet door.", "rejected"),
    ("Peeters (SP) zag zijn motie om de wachtlijsten te halveren sneuvelen.", "rejected"),
    ("Peeters (SP) zag zijn motie om de wachtlijsten te halveren gesteund door een meerderheid.", "adopted"),
    ("Peeters (SP) wist een meerderheid te vinden voor zijn motie om de wachtlijsten te halveren.", "adopted"),
    ("Een motie van Peeters (SP) om de wachtlijsten te halveren vond geen meerderheid.", "rejected"),
    ("Een motie van Peeters (SP) om de wachtlijsten te halveren werd door de Kamer omarmd.", "adopted"),
])
def test_a_motions_fate_in_other_words_of_the_news(tail: str, status: str) -> None:
    """Vote news tells a fate in many words: the motion's status is the fate and its title stops before it (the old
    code proposed each as only filed, several titled with the fate: 'wachtlijsten te halveren haalde de
    eindstreep')."""
    [m] = _motions("De Tweede Kamer heeft dinsdag gestemd over de moties bij het debat over de jeugdzorg. " + tail)
    assert (m.status, [a.name for a in m.actors]) == (status, ["Peeters"])
    assert m.title == "Motie Peeters: wachtlijsten halveren"


def test_a_bare_outcome_over_the_motions_lines_without_bullets() -> None:
    """"Aangenomen" over lines that each name a motion, then "Verworpen" over the next ones: each line's motion has
    its heading's outcome (the old code read only bulleted lines under a bare heading: the first motion was proposed
    as filed, the second took the "Verworpen" under it as its own fate, the third was filed)."""
    text = ("Aangenomen\n\n"
            "Motie van het lid Peeters over het halveren van de wachtlijsten (31839, nr. 900)\n"
            "Motie van het lid Bakker over meer geld voor pleegzorg (31839, nr. 901)\n\n"
            "Verworpen\n\n"
            "Motie van het lid Jansen over de eigen bijdrage (31839, nr. 902)\n")
    got = [(m.status, [a.name for a in m.actors]) for m in _motions(text)]
    assert got == [("adopted", ["Peeters"]), ("adopted", ["Bakker"]), ("rejected", ["Jansen"])]


def test_an_outcome_line_under_each_motion_stays_its_own() -> None:
    """Without a heading over them, the outcome line under a motion's line is that motion's."""
    text = ("Motie Peeters (SP) over het halveren van de wachtlijsten\nAangenomen\n\n"
            "Motie Bakker (CDA) over meer geld voor pleegzorg\nVerworpen\n")
    got = [(m.status, [a.name for a in m.actors]) for m in _motions(text)]
    assert got == [("adopted", ["Peeters"]), ("rejected", ["Bakker"])]


@pytest.mark.parametrize(("tail", "status"), [
    ("kreeg dinsdag steun van een meerderheid.", "adopted"),
    ("kreeg bij de stemmingen steun van de Kamermeerderheid.", "adopted"),
    ("had de steun van PVV en NSC, waardoor er een meerderheid was.", "adopted"),
    ("had alleen de steun van de PVV, zodat er geen meerderheid ontstond.", "rejected"),
])
def test_a_majoritys_support_told_with_words_between(tail: str, status: str) -> None:
    """A majority's support with a word or three after the verb ("kreeg dinsdag steun van een meerderheid"), and the
    supporters that made or missed a majority when the text says so ("waardoor er (geen) meerderheid was"): the
    motion's fate (the old code proposed it as only filed)."""
    [m] = _motions(f"Een motie van Peeters (SP) om de wachtlijsten te halveren {tail}")
    assert (m.status, [a.name for a in m.actors]) == (status, ["Peeters"])
    assert m.title == "Motie Peeters: wachtlijsten halveren"


@pytest.mark.parametrize(("after", "status"), [
    ("Bij de stemmingen op dinsdag kreeg die motie steun van een meerderheid.", "adopted"),
    ("Dinsdag werd het voorstel verworpen.", "rejected"),
    ("De Kamer nam die dinsdag aan.", "adopted"),
    ("Een meerderheid verwierp het voorstel dinsdag.", "rejected"),
    ("Dinsdag stemde een meerderheid van de Kamer voor.", "adopted"),
    ("Daar stemde een meerderheid dinsdag mee in.", "adopted"),
])
def test_the_fate_told_in_the_next_sentence_with_its_verb_first(after: str, status: str) -> None:
    """The next sentence tells what became of the motion just filed with something before the pointer or the voters
    ("Bij de stemmingen ... kreeg die motie ...", "Dinsdag stemde een meerderheid ... voor") or as the Kamer's act
    ("De Kamer nam die aan"): the motion's fate (the old code kept it filed)."""
    [m] = _motions(f"Peeters (SP) diende een motie in om de wachtlijsten te halveren. {after}")
    assert (m.status, [a.name for a in m.actors]) == (status, ["Peeters"])


@pytest.mark.parametrize(("sentence", "status"), [
    ("Peeters (SP) en Bakker (CDA) kregen dinsdag een meerderheid achter hun motie over de wachtlijsten.", "adopted"),
    ("Een motie van Peeters (SP) over de wachtlijsten kreeg op dinsdag geen meerderheid.", "rejected"),
    ("Een motie van Peeters (SP) over de wachtlijsten haalde dinsdag ruim een meerderheid.", "adopted"),
    ("Een motie van Peeters (SP) over de wachtlijsten haalde dinsdag net geen meerderheid.", "rejected"),
])
def test_a_majority_won_or_missed_with_words_between(sentence: str, status: str) -> None:
    """"kreeg dinsdag een meerderheid", "kreeg op dinsdag geen meerderheid": a word or three between the verb and the
    majority (the old code read one word at most, proposed the first and third as filed, and titled the motion with
    its fate: 'wachtlijsten haalde dinsdag ruim een meerderheid')."""
    [m] = _motions(sentence)
    assert m.status == status and "Peeters" in [a.name for a in m.actors]
    assert m.title.endswith(": wachtlijsten")


@pytest.mark.parametrize(("text", "filers"), [
    ("De Tweede Kamer heeft dinsdag een motie aangenomen over de wachtlijsten. De motie werd ingediend door "
     "Kamerleden van GroenLinks-PvdA en CDA.", ["GL-PvdA", "CDA"]),
    ("Een door NSC en BBB ingediende motie over de wachtlijsten werd dinsdag aangenomen.", ["NSC", "BBB"]),
    ("Op voorstel van D66 heeft de Tweede Kamer dinsdag een motie over de wachtlijsten aangenomen.", ["D66"]),
])
def test_parties_named_as_the_filers(text: str, filers: list[str]) -> None:
    """Parties as a motion's filers by their members ("ingediend door Kamerleden van X en Y"), as the agent before the
    participle ("Een door X en Y ingediende motie") or as its proposer ("Op voorstel van X"): the old code named a
    member "Van GroenLinks-PvdA", or no filer."""
    [m] = _motions(text)
    assert m.status == "adopted" and [a.name for a in m.actors] == filers


@pytest.mark.parametrize(("text", "filers"), [
    ("GroenLinks, PvdA en SP dienden een motie in om de huren te bevriezen. Die werd aangenomen. Een andere motie van "
     "de drie partijen over de energierekening haalde het niet.", ["GroenLinks", "PvdA", "SP"]),
    ("Een motie van de SP en de PvdD om de huren te bevriezen werd aangenomen. Een motie van beide partijen over "
     "dierenwelzijn werd verworpen.", ["SP", "PvdD"]),
    ("Een motie van de SP om de huren te bevriezen werd aangenomen. Een motie van de twee partijen over dierenwelzijn "
     "werd verworpen.", []),
])
def test_filers_told_back_by_their_number(text: str, filers: list[str]) -> None:
    """"Een andere motie van de drie partijen": the filers of the motion just told, when they are that many (the old
    code named no filer); a count that does not fit the motion before names none."""
    last = _motions(text)[-1]
    assert last.status == "rejected" and [a.name for a in last.actors] == filers


def test_motions_counted_then_told_by_their_order() -> None:
    """"Er werden twee moties aangenomen." then "De eerste, van X, vraagt ..." and "De tweede, van Y, vraagt ...": a
    motion each, adopted, its member (not "Van X") its filer, what it asks its subject (the old code proposed
    nothing)."""
    got = [(m.status, [a.name for a in m.actors], m.title) for m in _motions(
        "Er werden dinsdag twee moties aangenomen. De eerste, van Peeters (SP), vraagt de regering de wachtlijsten te "
        "halveren. De tweede, van Bakker (CDA), vraagt om meer geld voor pleegzorg.")]
    assert got == [("adopted", ["Peeters"], "Motie Peeters: wachtlijsten halveren"),
                   ("adopted", ["Bakker"], "Motie Bakker: meer geld voor pleegzorg")]


def test_one_sentence_by_its_order_is_no_list_of_motions() -> None:
    """A count followed by one "De eerste ..." sentence is not a list of the counted motions."""
    assert _motions("Er werden dinsdag twee moties aangenomen. De eerste vraagt de regering de wachtlijsten te "
                    "halveren.") == []


@pytest.mark.parametrize(("after", "filers"), [
    ("Het voorstel kwam van SP-Kamerlid Jimmy Peeters.", ["Jimmy Peeters"]),
    ("Het voorstel was afkomstig van de SP.", ["SP"]),
    ("Het initiatief lag bij de SP.", ["SP"]),
])
def test_whose_proposal_it_was_told_after_the_motion(after: str, filers: list[str]) -> None:
    """The motion just told, told back as a proposal with whose it was ("Het voorstel kwam van X", "was afkomstig van
    de SP", "Het initiatief lag bij de SP"): its filers (the old code named none)."""
    [m] = _motions(f"De Tweede Kamer heeft dinsdag een motie aangenomen over de wachtlijsten in de jeugdzorg. {after}")
    assert m.status == "adopted" and [a.name for a in m.actors] == filers


@pytest.mark.parametrize("fields", [
    "Medeindieners: GL, PvdA, D66.\nOntraden\n",  # the co-signers, then the appraisal on a line of its own
    "Ondertekend door: SP en PvdD. Oordeel Kamer\n",  # the appraisal run into the signers' line
    "Ontraden ",  # the appraisal run into the outcome's line
])
def test_a_vote_overviews_outcome_under_the_signers_and_appraisal(fields: str) -> None:
    # (u16) an overview prints under each motion its co-signers and the government's appraisal, then its outcome: the
    # outcome is the motion's above it, not a heading over the motion below
    text = (
        "Overzicht van de moties en de stemmingsuitslagen\n\n"
        "Motie van het lid Peeters (SP) c.s. over een wachtlijstregister voor de jeugdzorg.\n"
        f"{fields}Aangenomen\n\n"
        "Motie van het lid Bakker (CDA) over minder regels voor pleegouders.\n"
        f"{fields}Verworpen\n\n"
        "Motie van de leden Smit en Jansen (VVD) over een evaluatie van de pleegzorg.\n"
        f"{fields}Aangenomen op 12 maart\n"
    )
    first, second, third = _motions(text)
    assert "wachtlijstregister" in first.title and "pleegouders" in second.title and "evaluatie" in third.title
    assert (first.status, second.status, third.status) == ("adopted", "rejected", "adopted")
    assert third.due is None  # the day of the vote is no term the motion sets


def test_a_motion_voted_twice_has_its_last_outcome() -> None:
    text = (
        "Motie van het lid Peeters (SP) c.s. over een herstelplan voor de jeugdzorg.\n"
        "Medeindieners: GL, PvdA.\nOntraden\n"
        "Verworpen op 5 maart (door een fout bij de stemmingen)\n"
        "Aangenomen op 12 maart (opnieuw in stemming gebracht)\n\n"
        "Motie van het lid Bakker (CDA) over minder regels voor pleegouders.\n"
        "Oordeel Kamer\nVerworpen\n"
    )
    first, second = _motions(text)
    assert (first.status, second.status) == ("adopted", "rejected")


@pytest.mark.parametrize("aside", [
    "Met andere woorden: of het aantal lesuren omlaag kan.",
    "Dat was al de derde keer dat de Kamer hierom vroeg.",
])
def test_an_items_second_sentence_keeps_the_outcome_heading_over_the_list(aside: str) -> None:
    # (u16) "Aangenomen" over a bulleted list gives every item its outcome, also those after an item that runs on
    # into a sentence of its own on its line
    text = (
        "Een overzicht van de opvallendste stemmingsuitslagen:\n\n"
        "Aangenomen\n\n"
        " • Motie van Peeters (SP) over onderzoek naar de onderwijstijd in het primair onderwijs. " + aside + "\n"
        " • Motie van Bakker (VVD), waarin hij de minister oproept alle schoolbesturen te informeren over de regels.\n"
        " • Motie van Smit (CDA) waarin de regering wordt gevraagd te onderzoeken hoe meer maatwerk kan.\n"
    )
    assert [m.status for m in _motions(text)] == ["adopted", "adopted", "adopted"]


@pytest.mark.parametrize("text", [
    "Met grote steun vanuit de oppositie voor een motie van wantrouwen van PVV-leider Jan Smit zijn de Algemene "
    "Beschouwingen afgesloten. De coalitiepartijen bleven het kabinet trouw.",
    "Flink deel oppositie steunt motie van wantrouwen, minister Bakker gaat door.\n\nSP-Kamerlid Jan Smit diende een "
    "motie van wantrouwen in tegen minister Bakker van Financiën.",
])
def test_a_motion_of_no_confidence_only_the_opposition_backed_failed(text: str) -> None:
    # (u16) the coalition's majority keeps the cabinet: a motion of no confidence told as backed by the opposition,
    # with no vote still to come, was rejected (not merely submitted)
    [m] = _motions(text)
    assert m.status == "rejected" and [a.name for a in m.actors] == ["Jan Smit"]
    # with the vote still to come it is only filed
    assert [m.status for m in _motions(text + " Straks wordt over de motie gestemd.")] == ["submitted"]


@pytest.mark.parametrize("said", [
    "Hij kreeg een motie van wantrouwen tegen zich ingediend, die ook over zijn vorige functie ging.",
    "Zij zag dinsdag een motie van wantrouwen tegen zich ingediend worden.",
])
def test_a_motion_of_no_confidence_without_filers_is_told_with_whom_it_was_against(said: str) -> None:
    # (u16) "Hij kreeg een motie van wantrouwen tegen zich ingediend": the minister the pronoun stands for
    text = ("Flink deel oppositie steunt motie van wantrouwen.\n\nHet was een zware week voor minister Bakker van "
            f"Financiën. {said}")
    [m] = _motions(text)
    assert m.status == "rejected" and [a.name for a in m.actors] == ["Bakker"]


@pytest.mark.parametrize(("first", "same"), [
    ("Vorige week stemde een Kamermeerderheid voor een motie van Peeters (SP) over de wachtlijsten.",
     "Hetzelfde geldt voor een motie die Peeters samen met Anna Bakker (CDA) indiende over pleegzorg."),
    ("De motie van Smit (VVD) over minder regels voor boeren werd aangenomen.",
     "Datzelfde gold voor de motie die Smit samen met Bakker (CDA) had ingediend over het mestbeleid."),
])
def test_the_same_fate_for_a_motion_named_by_its_filing(first: str, same: str) -> None:
    """"Hetzelfde geldt voor een motie die X samen met Y indiende": that motion was adopted as the one before, and it is
    X's, named after X (the old code proposed it as only filed, and as Y's motion)."""
    got = _motions(f"{first} {same}")
    assert len(got) == 2
    assert got[1].status == "adopted"
    assert [a.name.split()[-1] for a in got[1].actors] == [first.split("(")[0].split()[-1], "Bakker"]
    assert got[1].title.startswith(f"Motie {first.split('(')[0].split()[-1]}")


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Een meerderheid steunde vorige week de motie van Jan de Wit (SP) die de regering verzoekt de mestregels voor "
     "boeren snel te vereenvoudigen. Datzelfde gold voor de motie die De Wit samen met Anna Bakker (CDA) had "
     "ingediend over asbest. De Kamermeerderheid steunde daarmee de motie over het vereenvoudigen van de mestregels "
     "voor boeren.",
     "De Wit", "De Wit c.s."),
    ("Een motie van Sara Peeters (GroenLinks-PvdA) die vraagt de huurprijzen in de vrije sector te bevriezen, werd "
     "dinsdag aangenomen. Een motie van Bakker (CDA) over pleegzorg werd ook aangenomen. Alleen de VVD stemde tegen de "
     "motie om de huurprijzen in de vrije sector te bevriezen.",
     "Peeters", "Bakker"),
])
def test_a_motion_named_again_by_its_subject_is_no_second_motion(text: str, first: str, second: str) -> None:
    """"Alleen de VVD stemde tegen de motie om A" after a motion asking A: that motion again, not another one (the old
    code proposed a third motion on A, with no filer or as the last-named member's)."""
    got = _motions(text)
    assert [m.status for m in got] == ["adopted", "adopted"]
    assert [m.title.split(":")[0] for m in got] == [f"Motie {first}", f"Motie {second}"]


@pytest.mark.parametrize(("page", "register", "member"), [
    ("Motie : Motie van het lid Peeters over een onderzoek naar de toekomst van het stelsel\n"
     "36 600 I Vaststelling van de begrotingsstaat van de Koning (I) voor het jaar 2025\nNr. 6\n"
     "MOTIE VAN HET LID PEETERS\nVoorgesteld 9 oktober 2024\nDe Kamer,\ngehoord de beraadslaging,\n"
     "verzoekt de regering een onderzoek te laten doen naar de toekomst van het stelsel,\n"
     "en gaat over tot de orde van de dag.\nPeeters\nIndiener\nEva Peeters, Kamerlid\nStemmingsuitslagen\n"
     "Aangenomen met handopsteken\n", "36600-I, nr. 6", "Peeters"),
    ("Motie van de leden Bakker en Smit over minder regels voor pleegouders\n"
     "36 410 XVI Vaststelling van de begrotingsstaten van het Ministerie van Volksgezondheid, Welzijn en Sport voor "
     "het jaar 2024\nNr. 41\nMOTIE VAN DE LEDEN BAKKER EN SMIT\nVoorgesteld 14 november 2023\nDe Kamer,\n"
     "gehoord de beraadslaging,\nverzoekt de regering de regels voor pleegouders te vereenvoudigen,\n"
     "en gaat over tot de orde van de dag.\nBakker\nSmit\nIndieners\nJan Bakker, Kamerlid\nBesluit\n"
     "Verworpen.\n", "36410-XVI, nr. 41", "Bakker"),
])
def test_a_motion_page_keeps_its_kamerstuk_number(page: str, register: str, member: str) -> None:
    """A motion's page with its title run on into the dossier's line ("... stelsel 36 600 I Vaststelling ...") over
    "Nr. 6" keeps its Kamerstuk, the budget chapter's roman number with it; the heading under "X, Kamerlid" is no
    member (the old code gave the motion no number and named "Stemmingsuitslagen" a Kamerlid)."""
    found = extract(page, D(2024, 10, 9))
    [m] = [c for c in found.candidates if c.kind == "motion"]
    assert m.register == register
    assert m.actors[0].name == member
    assert all(a.name not in ("Stemmingsuitslagen", "Besluit") for a in found.actors)
