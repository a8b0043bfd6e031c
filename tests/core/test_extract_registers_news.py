"""Eerste Kamer minutes and registers, vote pages and progress letters as their genres write them (seventh session).

Every text here is written for this file in the shape the genre uses (a committee's korte aantekeningen with an
agenda item per toezegging and a decision list, a motion's page with its outcome line); none is copied from an
eval text.
"""

from __future__ import annotations

import datetime as dt

from kamertaak.core.extract import Candidate, extract

D = dt.date


def candidates(text: str, ref: dt.date) -> list[Candidate]:
    return list(extract(text, ref).candidates)


def by_register(found: list[Candidate]) -> dict[str | None, Candidate]:
    return {c.register: c for c in found if c.kind == "commitment"}


MINUTES_NUMBER_FIRST = """Korte aantekeningen vergadering commissie OCW van 14 maart 2023
1. Halfjaarlijks rappel toezeggingen OCW

Naar aanleiding van de brief van de minister besluit de commissie ten aanzien van de volgende toezeggingen:
- T04410: als voldaan te beschouwen;
- T04412: als openstaand te blijven beschouwen en de deadline te verschuiven naar 1 september 2023;
- T04415: als openstaand te blijven beschouwen en de deadline te verschuiven naar 1 januari 2024.

De griffier van de commissie,
A. Jansen
"""


def test_a_decision_list_whose_items_open_with_the_number_gives_every_number_its_own_decision() -> None:
    found = by_register(candidates(MINUTES_NUMBER_FIRST, D(2023, 3, 14)))
    assert found["T04410"].status == "done"
    assert (found["T04412"].status, found["T04412"].due) == ("open", D(2023, 9, 1))
    assert (found["T04415"].status, found["T04415"].due) == ("open", D(2024, 1, 1))


MINUTES_ITEM_PER_COMMITMENT = """Korte aantekeningen vergadering commissie J&V van 7 februari 2023
1. T05120

Toezegging De minister zal de Eerste Kamer jaarlijks informeren over de wachttijden bij de rechtspraak, de voortgang van
de maatregelen om die wachttijden terug te dringen en de gevolgen daarvan voor de werkdruk van rechters en
griffiemedewerkers in de arrondissementen (36.123 (R2150)

De commissie besluit toezegging T05120 als openstaand te blijven beschouwen en de deadline te verschuiven naar
1 juni 2023.

De commissie besluit voorts de jaarrapportage (36123, C) voor kennisgeving aan te nemen.

2. Mededelingen

De commissie neemt de brief voor kennisgeving aan.
"""


def test_an_agenda_item_printing_a_commitment_takes_the_committees_decision_on_it() -> None:
    found = by_register(candidates(MINUTES_ITEM_PER_COMMITMENT, D(2023, 2, 7)))
    assert (found["T05120"].status, found["T05120"].due) == ("open", D(2023, 6, 1))
    assert "wachttijden" in found["T05120"].quote


MOTION_PAGE_MANY_SIGNERS = """Motie : Motie van het lid Bakker c.s. over een meldpunt voor misstanden in de kinderopvang
31 322 Kinderopvang
Nr. 488
MOTIE VAN HET LID BAKKER C.S.
Voorgesteld 12 maart 2024
De Kamer,
gehoord de beraadslaging,
constaterende dat ouders niet weten waar zij misstanden in de kinderopvang kunnen melden;
verzoekt de regering, een landelijk meldpunt voor misstanden in de kinderopvang in te richten,
en gaat over tot de orde van de dag.
Bakker
De Wit
Yilmaz
Verhoeven
Indieners
-
Indiener
J. Bakker, Tweede Kamerlid -
Medeindiener
P. de Wit, Tweede Kamerlid -
Medeindiener
S. Yilmaz, Kamerlid -
Medeindiener
R. Verhoeven, Tweede Kamerlid
Stemmingsuitslagen
Verworpen met handopsteken
Voor: 61
76Vereist: 76
150Totaal: 150
"""


def test_a_motion_page_gives_its_outcome_line_under_a_long_list_of_signers() -> None:
    motions = [c for c in candidates(MOTION_PAGE_MANY_SIGNERS, D(2024, 3, 20)) if c.kind == "motion"]
    assert [m.status for m in motions] == ["rejected"]


def test_a_motion_page_naming_a_signer_with_the_given_name_still_gives_its_outcome() -> None:
    """A page prints a signer with the given name ("Sanne de Wit" beside another De Wit; "P. (Sanne) de Wit,
    Tweede Kamerlid"): the outcome under the signers is still the motion's."""
    page = (MOTION_PAGE_MANY_SIGNERS
            .replace("MOTIE VAN HET LID BAKKER C.S.", "MOTIE VAN DE LEDEN BAKKER EN SANNE DE WIT")
            .replace("\nDe Wit\nYilmaz\nVerhoeven\n", "\nSanne de Wit\n")
            .replace("P. de Wit, Tweede Kamerlid -", "P. (Sanne) de Wit, Tweede Kamerlid")
            .replace("Medeindiener\nS. Yilmaz, Kamerlid -\nMedeindiener\nR. Verhoeven, Tweede Kamerlid\n", "")
            .replace("Verworpen met handopsteken", "Aangenomen met handopsteken"))
    motions = [c for c in candidates(page, D(2024, 3, 20)) if c.kind == "motion"]
    assert [m.status for m in motions] == ["adopted"]


SENATE_VOTES_ONE_HELD = """Stemmingen moties Wet betaalbare energie

Aan de orde zijn de stemmingen over moties, ingediend bij de behandeling van het wetsvoorstel Wet betaalbare energie,

te weten:

- de motie-Jansen c.s. over een prijsplafond voor kleine ondernemers (36400, letter C);

- de motie-De Boer over een jaarlijkse rapportage over energiearmoede (36400, letter D).

De voorzitter:

In stemming komt de motie-Jansen c.s. (36400, letter C).

De voorzitter:

Ik constateer dat de aanwezige leden van de fracties van de SP en de PvdD voor deze motie hebben gestemd
en de aanwezige leden van de overige fracties ertegen, zodat zij is verworpen.

De heer De Boer (GroenLinks):

Voorzitter. De minister heeft mij gevraagd de motie aan te houden tot het onderzoek klaar is. Dat doe ik:
ik houd de motie aan.

De voorzitter:

Op verzoek van de heer De Boer stel ik voor, zijn motie (36400, letter D) aan te houden.

Daartoe wordt besloten.
"""


def test_a_member_holding_the_motion_holds_their_own_not_the_one_just_voted() -> None:
    motions = {c.register: c.status for c in candidates(SENATE_VOTES_ONE_HELD, D(2024, 5, 14)) if c.kind == "motion"}
    assert motions == {"36400, C": "rejected", "36400, D": "held"}


PLENARY_ONE_MOTION_AND_A_COLLEAGUES = """Aan de orde is het tweeminutendebat Waterkwaliteit (CD 12/3).

De heer Bosman (D66):

Voorzitter. Ik heb een korte vraag en dien een motie in. Over de mestregels hebben we lang gesproken in het debat.
Mevrouw Kaya zal een motie over de zwemwaterkwaliteit indienen. Die heb ik mede ondertekend. Ik dien een motie in over
de lozingen van medicijnresten.

De Kamer,

gehoord de beraadslaging,

overwegende dat medicijnresten in het oppervlaktewater de drinkwaterbereiding bemoeilijken;

verzoekt de regering, met de zorgsector een plan op te stellen om lozingen van medicijnresten terug te dringen,

en gaat over tot de orde van de dag.

De voorzitter:

Deze motie is voorgesteld door de leden Bosman en Kaya.

Zij krijgt nr. 812 (27625).
"""


def test_a_bare_i_file_a_motion_is_the_motion_the_member_then_reads_and_a_colleagues_announced_one_stays() -> None:
    motions = [c for c in candidates(PLENARY_ONE_MOTION_AND_A_COLLEAGUES, D(2024, 3, 19)) if c.kind == "motion"]
    by_status = {c.status: c for c in motions}
    assert len(motions) == 2 and set(by_status) == {"submitted", "announced"}
    assert by_status["submitted"].register == "27625, nr. 812"
    assert "medicijnresten" in by_status["submitted"].quote
    assert [a.name for a in by_status["announced"].actors] == ["Kaya"]
    assert "zwemwater" in by_status["announced"].title.lower()


NEWS_TWO_MOTIONS = """Bij de stemmingen op 12 november bleek een meerderheid twee moties over de jeugdzorg te steunen.

Meer geld voor jeugdzorgregio's

De motie Bakker c.s., ingediend door Anna Bakker (CDA) en Joost Smit (D66), werd met algemene stemmen aangenomen.
In de motie stellen zij vast dat de wachtlijsten in de jeugdzorg al drie jaar groeien. De regering wordt verzocht
voor 1 april 2025 een plan te maken om de wachtlijsten te halveren.

Toezicht op aanbieders

In de motie Verhoeven verzoekt Ruud Verhoeven (GL) het kabinet het toezicht op commerciële jeugdzorgaanbieders te
versterken. Deze motie werd nipt aangenomen.
"""


def test_a_report_retelling_a_motions_request_gives_the_motion_its_subject_and_term() -> None:
    motions = {c.actors[0].name if c.actors else None: c for c in candidates(NEWS_TWO_MOTIONS, D(2024, 11, 13))
               if c.kind == "motion"}
    bakker = next(c for name, c in motions.items() if name and "Bakker" in name)
    assert (bakker.status, bakker.due) == ("adopted", D(2025, 3, 31))  # "voor 1 april": the day before
    assert "wachtlijsten" in bakker.title
    verhoeven = next(c for name, c in motions.items() if name and "Verhoeven" in name)
    assert verhoeven.status == "adopted" and "toezicht" in verhoeven.title
    assert len(motions) == 2
    assert not [c for c in candidates(NEWS_TWO_MOTIONS, D(2024, 11, 13)) if c.kind == "deadline"]


def test_the_filers_agreeing_with_the_minister_is_no_vote_on_their_motion() -> None:
    text = ("Sanne de Vries (SP) diende met de ChristenUnie een motie in over een huurbevriezing voor sociale "
            "huurwoningen. "
            "De indieners stemden in met het verzoek van de minister om de motie ruim te mogen lezen. "
            "Over de motie wordt volgende week dinsdag gestemd.")
    motions = [c for c in candidates(text, D(2024, 6, 5)) if c.kind == "motion"]
    assert [m.status for m in motions] == ["submitted"]


def test_a_dictum_quoted_without_its_verb_after_the_motion_is_that_motion() -> None:
    text = ("Met de aanneming van de motie-Kuiper/Dekker moet het kabinet met een plan komen voor de regionale "
            "ziekenhuizen. Het kabinet een fonds in te richten, waaruit regionale ziekenhuizen hun spoedeisende hulp "
            "openhouden zolang een motie van de Kamer daarom vraagt. De motie werd met ruime meerderheid aangenomen.")
    motions = [c for c in candidates(text, D(2024, 6, 5)) if c.kind == "motion"]
    assert [(m.status, [a.name for a in m.actors]) for m in motions] == [("adopted", ["Kuiper", "Dekker"])]
    assert "fonds" in motions[0].quote


def test_an_agenda_naming_the_cabinets_reaction_to_a_motion_names_an_adopted_motion() -> None:
    text = ("De vaste commissie voor Onderwijs heeft op 4 maart 2025 overleg gevoerd met de minister over:\n"
            "  • de brief van de minister d.d. 10 januari 2025 met de kabinetsreactie op de motie van het lid "
            "Dekker c.s. over het lerarentekort in het speciaal onderwijs (Kamerstuk 36 200, nr. 45);\n")
    motions = [c for c in candidates(text, D(2025, 3, 4)) if c.kind == "motion"]
    assert [(m.status, m.register) for m in motions] == [("adopted", "36200, nr. 45")]


PLENARY_SECOND_MOTION_CUT = """De heer Kuiper (CDA):

Voorzitter. Ik dien twee moties in.

De Kamer,

gehoord de beraadslaging,

verzoekt de regering, de subsidie voor buurtbussen te verlengen tot 2027,

en gaat over tot de orde van de dag.

De voorzitter:

Deze motie is voorgesteld door de leden Kuiper en Dekker. Naar mij blijkt, wordt de indiening ervan
voldoende ondersteund.

Zij krijgt nr. 31 (31305).

De Kamer,

gehoord de beraadslaging,

overwegende dat de dienstregeling op het platteland steeds verder wordt uitgedund;
"""


def test_a_second_motion_read_after_the_chairs_number_is_the_same_members_and_about_what_it_considers() -> None:
    motions = [c for c in candidates(PLENARY_SECOND_MOTION_CUT, D(2024, 6, 5)) if c.kind == "motion"]
    assert len(motions) == 2
    second = motions[1]
    assert [a.name for a in second.actors] == ["Kuiper"]
    assert "dienstregeling" in second.title


def test_eerste_kamer_minutes_are_a_committee_meeting_and_their_toezeggingen_have_the_minister() -> None:
    """u6: EK committee minutes with T-numbers left the debate's kind empty and 22 of 27 toezeggingen without
    an actor; the minister is the one the minutes introduce them with, else the committee's own minister."""
    text = (
        "Korte aantekeningen vergadering commissie Justitie en Veiligheid (J&V) van 8 oktober 2024\n"
        "1. Toezeggingenrappel\n\n"
        "De commissie bespreekt de brief van de minister van Asiel en Migratie d.d. 20 september 2024 over de "
        "toezeggingen T03101, T03102 en T03105. De commissie besluit als volgt:\n"
        "- de status van toezegging T03101 blijft ongewijzigd (openstaand);\n"
        "- de status van toezegging T03102 wordt gewijzigd in voldaan;\n"
        "- de status van toezegging T03105 blijft ongewijzigd (openstaand) en de deadline wordt verplaatst "
        "naar 1 februari 2025.\n\n"
        "2. Overige toezeggingen\n\n"
        "- de status van toezegging T03220 blijft ongewijzigd (openstaand).\n"
    )
    extraction = extract(text, D(2024, 10, 8))
    assert extraction.debate.kind == "commissievergadering"
    actors = {c.register: [a.name for a in c.actors] for c in extraction.candidates if c.kind == "commitment"}
    aenm = ["minister van Asiel en Migratie"]
    assert actors == {"T03101": aenm, "T03102": aenm, "T03105": aenm, "T03220": ["minister van J&V"]}


def test_deadlines_moved_with_verzetten_for_two_numbers_give_both_the_new_date() -> None:
    # "verzetten" is the minutes' other verb for moving a deadline, and a decision on two numbers says "deadlines"
    found = by_register(candidates(
        "Korte aantekeningen vergadering commissie OCW van 11 oktober 2022\n"
        "De commissie besluit, naar aanleiding van de brief van de staatssecretaris van OCW, de toezegging T04062 als "
        "'openstaand' te blijven aanmerken en de deadline te verzetten naar 1 juli 2023.\n"
        "Voorts besluit zij de toezeggingen T04080 en T04082 als 'openstaand' te blijven aanmerken en de deadlines te "
        "verzetten naar 1 januari 2023.", D(2022, 10, 11)))
    assert (found["T04062"].status, found["T04062"].due) == ("open", D(2023, 7, 1))
    assert [found[n].due for n in ("T04080", "T04082")] == [D(2023, 1, 1), D(2023, 1, 1)]


MINUTES_STATES_TOLD = """Korte aantekeningen vergadering commissie Infrastructuur en Waterstaat van 10 oktober 2023
2. Halfjaarlijks rappel toezeggingen IenW

De brief van de minister van Infrastructuur en Waterstaat van 2 oktober 2023 wordt voor kennisgeving aangenomen. Ten
aanzien van de daarin genoemde toezeggingen besluit de commissie als volgt:

- T03101: de toezegging wordt als legisprudentie aangemerkt;
- T03102: de toezegging staat nog open;
- T03103: de toezegging is deels voldaan;
- T03104: de commissie zet de deadline op 1 maart 2024;
- T03105: de toezegging staat nog open;
- T03106: de toezegging is voldaan.
"""


def test_a_list_item_telling_its_toezeggings_state_gives_it_that_state_and_every_number_stays_its_own() -> None:
    found = by_register(candidates(MINUTES_STATES_TOLD, D(2023, 10, 10)))
    # the items after an entry's own line were taken into it and lost (T03102, T03105)
    assert {"T03101", "T03102", "T03103", "T03104", "T03105", "T03106"} <= set(found)
    assert found["T03103"].status == "partial"
    assert found["T03106"].status == "done"
    assert found["T03102"].status == found["T03105"].status == "open"
    assert found["T03104"].due == D(2024, 3, 1)
    assert found["T03103"].title == "Toezegging T03103"  # not "Toezegging is deels voldaan"


MINUTES_TITLED_HEADING = """Korte aantekeningen vergadering commissie Koninkrijksrelaties van 12 juni 2018
Besluitpunten die betrekking hebben op toezegging Toezegging Onderwijshuisvesting op Saba (34.550 IV) (T02610)

- Halfjaarlijks rappel toezeggingen BZK

De commissie bespreekt de brief van de minister van BZK voor wat betreft de toezeggingen T02609 en T02610. De commissie
besluit als volgt:

- de status van toezegging T02609 blijft ongewijzigd (openstaand);
- de status van toezegging T02610 blijft ongewijzigd (openstaand) en de deadline wordt verplaatst naar 1 december 2018.
"""


def test_a_decision_on_a_number_takes_the_title_the_heading_gives_that_number() -> None:
    found = by_register(candidates(MINUTES_TITLED_HEADING, D(2018, 6, 12)))
    assert found["T02610"].title == "Onderwijshuisvesting op Saba"  # not only "Toezegging T02610"
    assert found["T02610"].due == D(2018, 12, 1)
    assert found["T02609"].title == "Toezegging T02609"  # the heading names no other


RAPPEL_WITH_STATE = """Aan de Voorzitter van de Eerste Kamer der Staten-Generaal

Datum 20 juni 2023
Betreft Halfjaarlijks toezeggingenrappel

Geachte voorzitter,

Hierbij bericht ik u over de openstaande toezeggingen.

Toezegging Evaluatie Wet langdurige zorg (T02987)
De Minister van Volksgezondheid, Welzijn en Sport zegt de Kamer toe de evaluatie van de Wet langdurige zorg te sturen.
Stand van zaken: de evaluatie wordt in het najaar van 2023 aan de Kamer gestuurd.

Toezegging Monitor mantelzorg (T03011)
De Kamer wordt jaarlijks geïnformeerd over de monitor mantelzorg.
Deze toezegging is voldaan met de brief van 12 mei 2023.

De Minister van Volksgezondheid, Welzijn en Sport,

A.B. Jansen
"""


def test_a_register_entry_without_a_deadline_field_takes_the_term_its_state_gives() -> None:
    found = by_register(candidates(RAPPEL_WITH_STATE, D(2023, 6, 20)))
    assert found["T02987"].status == "open" and found["T02987"].due is not None
    assert found["T02987"].due.year == 2023 and found["T02987"].due.month >= 9  # "in het najaar van 2023"
    assert found["T03011"].status == "done" and found["T03011"].due is None
