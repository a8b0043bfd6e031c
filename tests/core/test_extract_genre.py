"""What the kind of document says about the stage of what it names: government letters and budget annexes that
report on motions and toezeggingen, letters that answer a debate's toezeggingen point by point.

Every text here is written for this file in the shape real letters and annexes use (not copied from an eval
text): the head of a letter to the Kamer, an annex's table with its columns, a lead-in with its items.
"""

from __future__ import annotations

import datetime as dt

from kamertaak.core.extract import Candidate, extract

D = dt.date

LETTER_HEAD = (
    "Brief regering : {subject}\n"
    "31 288 Infrastructuur en Waterstaat\n"
    "Nr. 412\n"
    "BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT\n"
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
    "Den Haag, 3 maart 2025\n"
)


def candidates(text: str, ref: dt.date = D(2025, 3, 3)) -> list[Candidate]:
    return list(extract(text, ref).candidates)


def test_a_letter_reporting_on_motions_names_adopted_ones() -> None:
    text = LETTER_HEAD.format(subject="Uitvoering van enkele moties over de veiligheid van fietspaden") + (
        "Met deze brief informeer ik u over de uitvoering van enkele moties over fietspaden.\n"
        "Motie Jansen over verlichting van fietspaden buiten de bebouwde kom\n"
        "De motie van het lid Jansen verzoekt de regering met provincies te bezien hoe fietspaden buiten de "
        "bebouwde kom beter verlicht kunnen worden. Ik heb hierover met de provincies gesproken.\n"
    )
    [motion] = [c for c in candidates(text) if c.kind == "motion"]
    assert motion.status == "adopted"
    assert "Jansen" in {a.name for a in motion.actors}


def test_a_letter_giving_its_view_before_the_vote_names_submitted_motions() -> None:
    text = LETTER_HEAD.format(subject="Reactie op de ingediende moties bij het notaoverleg fietsbeleid") + (
        "Hierbij stuur ik u mijn reactie op de door de Kamer ingediende moties bij het notaoverleg over het "
        "fietsbeleid.\n"
        "Motie Jansen over verlichting van fietspaden buiten de bebouwde kom\n"
        "De motie van het lid Jansen verzoekt de regering met provincies te bezien hoe fietspaden buiten de "
        "bebouwde kom beter verlicht kunnen worden. Deze motie ontraad ik.\n"
    )
    motions = [c for c in candidates(text) if c.kind == "motion"]
    assert motions and all(c.status != "adopted" for c in motions)


def test_an_annex_of_the_budget_reports_on_adopted_motions() -> None:
    # no letter head at all: the annex's own heading says what it lists
    text = (
        "Bijlage 5: Moties en toezeggingen\n\n"
        "Stand van zaken per 1 juli 2024\n\n"
        "Motie van het lid De Wit over een proef met gratis openbaar vervoer voor ouderen (36 410 XII, nr. 23)\n"
        "De proef loopt in drie regio's en wordt in 2025 geëvalueerd.\n"
    )
    motions = [c for c in candidates(text, D(2024, 7, 1)) if c.kind == "motion"]
    assert [c.status for c in motions] == ["adopted"]
    assert "openbaar vervoer voor ouderen" in motions[0].title


def test_what_a_letter_sends_now_is_a_commitment_kept() -> None:
    text = LETTER_HEAD.format(subject="Toezeggingen over de evaluatie van de verkeersboetes") + (
        "Evaluatie verkeersboetes\n"
        "In mijn brief van 12 januari jl. schreef ik dat een onderzoeksbureau de verkeersboetes evalueert.\n"
        "Hierbij stuur ik uw Kamer het rapport „Evaluatie verkeersboetes 2020-2024” van het onderzoeksbureau.\n"
    )
    sent = [c for c in candidates(text) if "Hierbij stuur ik" in c.quote]
    assert [(c.kind, c.status) for c in sent] == [("commitment", "done")]


def test_what_a_letter_sends_now_in_the_plural_is_kept_too() -> None:
    text = LETTER_HEAD.format(subject="Toezeggingen uit het notaoverleg fietsbeleid") + (
        "Fietsparkeren bij stations\n"
        "Hierbij sturen wij u de monitor fietsparkeren bij stations over het jaar 2024.\n"
    )
    sent = [c for c in candidates(text) if "monitor fietsparkeren" in c.quote]
    assert [(c.kind, c.status) for c in sent] == [("commitment", "done")]


def test_a_letter_promising_to_send_later_stays_open() -> None:
    text = LETTER_HEAD.format(subject="Voortgang verkeersveiligheid") + (
        "Hierbij informeer ik u over de voortgang. Ik zal uw Kamer voor de zomer het rapport over de "
        "verkeersboetes sturen.\n"
    )
    later = [c for c in candidates(text) if c.kind == "commitment" and "voor de zomer" in c.quote]
    assert later and all(c.status == "open" for c in later)


def test_the_points_a_letter_answers_after_a_debate_are_commitments_kept() -> None:
    text = LETTER_HEAD.format(subject="Toezeggingen gedaan tijdens het commissiedebat spoor van 20 februari 2025") + (
        "Tijdens het commissiedebat spoor van 20 februari 2025 heb ik enkele toezeggingen gedaan.\n"
        "In deze brief ga ik in op de vragen van uw Kamer over de volgende onderwerpen:\n"
        "• De planning van de vernieuwing van station Zwolle.\n"
        "• De kosten van de extra nachttreinen naar Groningen.\n"
        "• Een overzicht van de overwegen die in 2026 worden beveiligd.\n"
        "Planning station Zwolle\n"
        "De werkzaamheden beginnen in het najaar van 2025.\n"
    )
    found = candidates(text)
    kept = [c for c in found if (c.kind, c.status) == ("commitment", "done")]
    assert len(kept) == 3
    assert any("nachttreinen" in c.quote for c in kept) and any("overwegen" in c.quote for c in kept)
    # the letter's title names those toezeggingen together: no open commitment of its own
    assert not any(c.kind == "commitment" and c.status == "open" and "Toezeggingen gedaan" in c.quote for c in found)


def test_an_annex_row_is_one_follow_up_with_its_state_columns_due() -> None:
    text = (
        "7.2 Moties en toezeggingen (stand per 1 juli 2024)\n\n"
        "In behandeling zijnde toezeggingen\n\n"
        "Omschrijving toezegging Vindplaats Stand van zaken\n"
        "De staatssecretaris laat onderzoeken of de subsidie voor buurtbussen kan worden verhoogd. "
        "14-03-2024 Commissiedebat openbaar vervoer (23 645, nr. 801) Het onderzoek loopt; de Kamer wordt na het "
        "zomerreces van 2024 geïnformeerd.\n\n"
        "In behandeling zijnde moties\n\n"
        "Omschrijving motie Vindplaats Stand van Zaken\n"
        "Motie van Vermeulen over betere aansluiting van bus en trein in de regio. 02-02-2024 Tweeminutendebat "
        "openbaar vervoer (23 645, nr. 790) Er is een kwartiermaker aangesteld. De Kamer wordt voor het einde van "
        "2024 per brief geïnformeerd.\n"
    )
    found = candidates(text, D(2024, 7, 1))
    assert [(c.kind, c.status) for c in found] == [("commitment", "open"), ("motion", "adopted")]
    commitment, motion = found
    assert "buurtbussen" in commitment.quote and commitment.due == D(2024, 9, 30)
    assert "Vermeulen" in motion.title and motion.due == D(2024, 12, 31)


def test_a_report_letter_leaves_a_motions_outcome_it_tells_alone() -> None:
    text = LETTER_HEAD.format(subject="Stand van zaken moties verkeersveiligheid") + (
        "De motie van het lid Jansen over verlichting van fietspaden (31 288, nr. 400) is door uw Kamer "
        "verworpen.\n"
    )
    motions = [c for c in candidates(text) if c.kind == "motion"]
    assert [c.status for c in motions] == ["rejected"]


def test_a_letter_answering_toezeggingen_section_by_section_keeps_each_or_says_when() -> None:
    text = LETTER_HEAD.format(subject="Toezeggingen gedaan tijdens het commissiedebat Water van 14 mei 2025") + (
        "Tijdens het commissiedebat Water van 14 mei 2025 heb ik uw Kamer enkele toezeggingen gedaan. Met deze "
        "brief kom ik die na.\n"
        "Zoetwatervoorziening in Zeeland\n"
        "Het lid De Vries vroeg naar de stand van de zoetwaterbuffers in Zeeland. De buffers zijn in 2024 "
        "uitgebreid met twee bekkens. Een derde bekken wordt in 2026 aangelegd.\n"
        "Grondwaterstanden op de hoge zandgronden\n"
        "Het lid Smit vroeg om een overzicht van de grondwaterstanden per provincie. Dat overzicht treft u in de "
        "bijlage aan.\n"
        "Evaluatie van de Deltawet\n"
        "De evaluatie van de Deltawet stuur ik uw Kamer voor het einde van dit jaar.\n"
    )
    found = candidates(text, D(2025, 6, 20))
    assert [(c.kind, c.status, c.due) for c in found] == [
        ("commitment", "done", None), ("commitment", "done", None), ("commitment", "open", D(2025, 12, 31))]
    assert "zoetwaterbuffers" in found[0].quote and "grondwaterstanden" in found[1].quote
    assert found[2].title.startswith("Evaluatie van de Deltawet")


def test_a_letter_on_something_else_is_not_read_by_its_sections() -> None:
    text = LETTER_HEAD.format(subject="Voortgang waterkwaliteit") + (
        "Met deze brief informeer ik u over de waterkwaliteit.\n"
        "Nitraat in het grondwater\n"
        "De concentraties zijn in 2024 gedaald in alle zandgebieden van het land.\n"
    )
    assert candidates(text, D(2025, 6, 20)) == []


def test_a_letter_in_reaction_to_one_motion_reports_on_an_adopted_motion() -> None:
    text = LETTER_HEAD.format(subject="Reactie op de motie van het lid Pieters over leegstaande winkelpanden") + (
        "De motie van het lid Pieters (Kamerstuk 31 288, nr. 390) verzoekt de regering in kaart te brengen hoeveel "
        "winkelpanden in binnensteden leegstaan. Ik heb het Planbureau gevraagd dit te onderzoeken. Ik informeer uw "
        "Kamer voor 1 juli 2025 over de uitkomsten.\n"
    )
    found = candidates(text)
    assert [(c.kind, c.status) for c in found if c.kind == "motion"] == [("motion", "adopted")]
    assert [(c.status, c.due) for c in found if c.kind == "commitment"] == [("open", D(2025, 6, 30))]


def test_a_letter_on_a_motion_before_its_vote_names_a_submitted_one() -> None:
    text = LETTER_HEAD.format(subject="Reactie op de motie van het lid Pieters voorafgaand aan de stemming") + (
        "De motie van het lid Pieters (Kamerstuk 31 288, nr. 390) verzoekt de regering in kaart te brengen hoeveel "
        "winkelpanden in binnensteden leegstaan. Ik laat het oordeel over deze motie aan de Kamer.\n"
    )
    statuses = [c.status for c in candidates(text) if c.kind == "motion"]
    assert statuses and set(statuses) == {"submitted"}


def test_a_section_on_one_toezegging_takes_its_due_from_what_the_section_says_later() -> None:
    text = LETTER_HEAD.format(subject="Stand van zaken moties en toezeggingen spoor") + (
        "Met deze brief informeer ik uw Kamer over de stand van zaken van enkele toezeggingen.\n"
        "Toezegging aan het lid Verhoeven over nachttreinen\n"
        "Tijdens het commissiedebat van 12 december 2024 heb ik het lid Verhoeven toegezegd de kosten van extra "
        "nachttreinen te laten onderzoeken. Het onderzoek is gestart; ik stuur uw Kamer de resultaten voor de "
        "zomer.\n"
    )
    [c] = [c for c in candidates(text) if c.kind == "commitment"]
    assert (c.status, c.due) == ("open", D(2025, 7, 3))
    assert "nachttreinen" in c.quote


def test_an_annex_in_columns_of_their_own_has_one_commitment_per_row() -> None:
    # each column on a paragraph of its own: the description, where it was made, its state
    text = (
        'Bijlage 2: Moties en toezeggingen\n'
        '\n'
        'Tabel 12 Afgeronde toezeggingen\n'
        '\n'
        'Omschrijving van de toezegging\n'
        '\n'
        'Vindplaats\n'
        '\n'
        'Stand van zaken\n'
        '\n'
        'De minister zal de Kamer informeren over de resultaten van de pilot met digitale bouwvergunningen.\n'
        '\n'
        'Wetgevingsoverleg Omgevingswet d.d. 4 november 2023\n'
        '\n'
        'Afgedaan. De Kamer is op 3 april 2024 per brief geïnformeerd.\n'
        '\n'
        'De minister zal met de provincies overleggen over de financiering van natuurherstel in veenweidegebieden.\n'
        '\n'
        'Commissiedebat Natuur d.d. 18 januari 2024\n'
        '\n'
        'Uitgevoerd. Het overleg vond plaats op 12 maart 2024.\n'
        '\n'
        'Tabel 13 Openstaande toezeggingen\n'
        '\n'
        'Omschrijving van de toezegging\n'
        '\n'
        'Vindplaats\n'
        '\n'
        'Stand van zaken\n'
        '\n'
        'De staatssecretaris zal een evaluatie van de huurcommissie laten uitvoeren.\n'
        '\n'
        'Notaoverleg Huurbeleid d.d. 2 februari 2024\n'
        '\n'
        'Loopt. De Kamer ontvangt de evaluatie voor het einde van 2024.\n'
    )
    found = candidates(text, D(2024, 7, 1))
    assert [(c.status, c.due) for c in found] == [("done", None), ("done", None), ("open", D(2024, 12, 31))]
    assert all(c.kind == "commitment" for c in found)
    assert "huurcommissie" in found[2].quote



def test_an_annex_row_on_one_line_is_one_motion_with_its_description_and_number() -> None:
    # the cells of a row glued on one line: description, where it was filed with the members, its state
    text = (
        "BIJLAGE MOTIES EN TOEZEGGINGEN\n\n"
        "Door de Staten-Generaal aanvaarde moties\n\n"
        "Omschrijving motieVindplaatsStand van zaken\n"
        "Verzoekt de regering een proef met deelauto's op het platteland te starten.31 305, nr. 12, "
        "Motie Jansen c.s.Wordt uitgevoerd.\n   \n"
        "Verzoekt de regering de subsidie voor dorpshuizen te verlengen tot 2030.31 305, nr. 14, "
        "Motie Pietersen en De Boer Zie brief aan TK d.d. 03-05-2024\n   \n"
    )
    found = [c for c in candidates(text, D(2024, 9, 17)) if c.kind == "motion"]
    assert [(c.status, "deelauto" in c.quote, "31 305, nr. 12" in c.quote) for c in found][:1] == [
        ("adopted", True, True)]
    assert len(found) == 2 and "dorpshuizen" in found[1].quote and "Pietersen" in found[1].quote
    assert "deelauto" in found[0].title and "dorpshuizen" in found[1].title


def test_an_annex_row_in_cells_of_their_own_quotes_where_the_motion_was_filed() -> None:
    # two rows of the same member are two motions, each with its own number
    text = (
        "Bijlage 3: Moties en toezeggingen\n\n"
        "Tabel 20 Door de Staten-Generaal aanvaarde moties die zijn afgerond (stand per 30 juni 2024)\n\n"
        "Omschrijving\n\nVindplaats\n\nStand van zaken\n\n"
        "De motie van het lid Hendriks c.s.; Verzoekt de regering om de wachtlijsten in de jeugdzorg per regio te "
        "publiceren.\n\nKamerstukken II 2023/24, 36410 XVI, nr. 21\n\nAfgedaan.\n\n"
        "De motie van het lid Hendriks c.s.; Verzoekt de regering om een meldpunt voor pleegouders in te richten.\n\n"
        "Kamerstukken II 2023/24, 36410 XVI, nr. 22\n\nAfgedaan.\n\n"
        "De Tweede Kamer is op 2 mei 2024 per brief geïnformeerd.\n"
    )
    found = [c for c in candidates(text, D(2024, 9, 17)) if c.kind == "motion"]
    assert [c.status for c in found] == ["executed", "executed"]  # rows of finished motions, each "Afgedaan"
    assert "wachtlijsten" in found[0].quote and "nr. 21" in found[0].quote
    assert "meldpunt" in found[1].quote and "nr. 22" in found[1].quote


def test_a_letter_carrying_out_or_answering_a_motion_names_an_adopted_one() -> None:
    head = LETTER_HEAD.format(subject="Voortgang verkeersveiligheid")
    # a letter that says it finishes the motion carries it out (core/extract/letters.py): executed
    done = head + ("De motie van het lid Visser (Kamerstuk 29 398, nr. 1012) over veilige fietsroutes beschouw ik "
                   "hiermee als afgedaan.\n")
    assert [c.status for c in candidates(done) if c.kind == "motion"] == ["executed"]
    for body in (
        "Daarmee beantwoord ik tevens de motie van het lid Visser over veilige fietsroutes naar scholen.\n",
        "In de motie-Visser (Kamerstuk 29 398, nr. 1012) werd de regering verzocht fietsroutes naar scholen veiliger "
        "te maken. Ik heb hiertoe een programma opgezet.\n",
    ):
        assert [c.status for c in candidates(head + body) if c.kind == "motion"] == ["adopted"], body
    # what the letter tells of a vote stays as told
    told = head + "De motie van het lid Visser over veilige fietsroutes is op 3 maart verworpen.\n"
    assert [c.status for c in candidates(told) if c.kind == "motion"] == ["rejected"]


def test_a_motion_page_with_the_vote_as_shares_of_seats_gives_its_outcome_once() -> None:
    def page(share_for: str, share_against: str) -> str:
        return (
            "Kamerstuk 36600-XV-42\n"
            "Motie van het lid Kuiper c.s. over een loket voor mantelzorgers\n"
            "Dossier: Vaststelling van de begrotingsstaten van het Ministerie van Sociale Zaken voor het jaar 2025\n"
            "Indiener(s): Anna Kuiper (CDA), Piet Mol (SP)\n"
            f"{share_for} %\n{share_against} %\nCDA\nSP\nVVD\nPVV\n"
            "Nr. 42 MOTIE VAN HET LID KUIPER C.S.\n"
            "Voorgesteld 12 november 2024\n"
            "De Kamer, gehoord de beraadslaging, verzoekt de regering in elke gemeente een loket voor mantelzorgers "
            "te openen, en gaat over tot de orde van de dag.\n"
            "Kuiper\nMol\n"
        )
    [adopted] = [c for c in candidates(page("61,3", "38,7"), D(2024, 11, 20)) if c.kind == "motion"]
    assert adopted.status == "adopted" and "36600-XV-42" in adopted.quote and "mantelzorgers" in adopted.quote
    [rejected] = [c for c in candidates(page("32,0", "68,0"), D(2024, 11, 20)) if c.kind == "motion"]
    assert rejected.status == "rejected"


def test_a_letter_sending_something_in_an_annex_keeps_it_even_across_a_page_cut_line() -> None:
    # the PDF cut the sentence after "van" with an empty line: it is one sentence, and what it sends is kept
    text = LETTER_HEAD.format(subject="Stand van zaken toezeggingen spoor") + (
        "Met betrekking tot de toezeggingen stuur ik u als aanvulling op mijn brief van\n\n"
        "12 januari 2025 (Kamerstuk 31 288, nr. 400) in bijlage 2 de stand van zaken van de toezeggingen over "
        "nachttreinen.\n\nDe minister van Infrastructuur en Waterstaat,\nJ. de Boer\n"
    )
    [c] = candidates(text)
    assert (c.kind, c.status) == ("commitment", "done")
    assert "12 januari 2025" in c.quote and "nachttreinen" in c.quote


def test_a_finished_motions_row_has_no_due_and_its_dictum_on_the_next_line_is_its_subject() -> None:
    text = (
        "Bijlage 4: Moties en toezeggingen\n\n"
        "Tabel 8 Door de Staten-Generaal aanvaarde moties die zijn afgerond\n\n"
        "Omschrijving van de motie\n\nVindplaats\n\nStand van Zaken\n\n"
        "De motie van het lid Mulder. Verzoekt de regering, de kosten van de veerdiensten in kaart te brengen en de "
        "Kamer daarover voor 1 december 2024 te informeren.\n\n"
        "Afgedaan. De Tweede Kamer is op 14 mei 2024 per brief geïnformeerd.\n\n"
        "De motie van het lid Mulder. Verzoekt de regering, een loket voor eilandbewoners te openen.\n\n"
        "Afgedaan. De Tweede Kamer is op 2 juli 2024 per brief geïnformeerd.\n"
    )
    found = [c for c in candidates(text, D(2024, 9, 17)) if c.kind == "motion"]
    assert [(c.status, c.due) for c in found] == [("executed", None), ("executed", None)]
    assert "veerdiensten" in found[0].title and "loket" in found[1].title
