"""The fields of a follow-up found on the right sentence: who (the member, not the party or the chamber), what
(a quote that carries the row's number), and a title that says what a motion asks. Sentences of our own, in the
shapes real texts use."""

from __future__ import annotations

import datetime as dt

from kamertaak.core.actors import ExtractedActor, find_actors
from kamertaak.core.extract import Candidate, extract
from kamertaak.core.extract.clean import clean_text

D = dt.date


def motions(text: str, ref: dt.date = D(2024, 3, 12)) -> list[Candidate]:
    return [c for c in extract(text, ref).candidates if c.kind == "motion"]


def names(c: Candidate) -> list[str]:
    return [a.name for a in c.actors]


def test_a_member_named_by_the_office_in_the_party_has_that_party() -> None:
    found = [m.actor for m in find_actors("Mede op aandringen van CDA-fractievoorzitter Anna de Wit ging hij om.")]
    assert found == [ExtractedActor("Anna de Wit", "CDA", "member")]
    assert [m.actor for m in find_actors("Het voorstel kwam van SGP-woordvoerder Bart Smit.")] == [
        ExtractedActor("Bart Smit", "SGP", "member")]
    # an organisation's chair or a bare spokesman is no member of the Kamer
    assert find_actors("FNV-voorzitter Piet Brouwer en woordvoerder Els Kok van de gemeente waren er.") == []


def test_a_partys_motion_is_its_member_when_the_text_names_one() -> None:
    text = ("Een ruime meerderheid nam dinsdag een motie van de VVD over betaalbare kinderopvang aan. "
            "VVD-Kamerlid Sanne Bakker wil dat het kabinet de eigen bijdrage van ouders halveert.")
    [motion] = motions(text)
    assert names(motion) == ["Sanne Bakker"]
    assert motion.title.startswith("Motie Bakker")
    # two members of that party: which one filed it is not said, so the party stays
    two = text + " Ook VVD-Kamerlid Joris Veen sprak in het debat."
    assert names(motions(two)[0]) == ["VVD"]


def test_a_chambers_motion_is_the_one_senator_the_text_names() -> None:
    text = ("De minister legde eerder een motie van de Eerste Kamer naast zich neer die vroeg de tolheffing "
            "per 1 januari te schrappen. Het voorstel kwam van senator Joost Hendriks (CDA), die de vervoerders "
            "wilde ontzien.")
    [motion] = motions(text)
    assert names(motion) == ["Hendriks"]


TABLE = """Bijlage 2: Moties

Omschrijving

Vindplaats

Stand van zaken

De motie van het lid Bakker c.s.; Verzoekt de regering om de subsidie voor buurthuizen mee te nemen in de \
voorjaarsnota.

Kamerstukken II 2023/24, 36410 XV, nr. 44

Afgedaan.

De motie van het lid Bakker c.s.; Verzoekt de regering de Kamer te informeren over de wachtlijsten in de \
jeugdzorg.

Kamerstukken II 2023/24, 36410 XV, nr. 45

Loopt.
"""


def test_a_table_rows_number_under_its_motion_is_in_its_quote_and_register() -> None:
    found = motions(TABLE)
    assert [c.register for c in found] == ["36410-XV, nr. 44", "36410-XV, nr. 45"]
    assert all("36410 XV, nr. 4" in c.quote for c in found)
    # the title says what the motion asks, the separable verb written as one word
    assert found[0].title.startswith("Motie Bakker c.s. (36410-XV, nr. 44): ")  # "van het lid Bakker c.s."
    assert found[0].title.endswith("subsidie voor buurthuizen meenemen")


def test_a_number_after_a_full_stop_is_a_cell_not_a_footnote() -> None:
    glued = ("Verzoekt de regering een taskforce op te zetten.30 252, nr. 4, Motie Smit\n"
             "Een zin over geweld.1 Het gaat door.")
    text = clean_text(glued).text
    assert "zetten.30 252, nr. 4" in text
    assert "geweld. Het" in text


def test_a_voted_motion_named_without_subject_takes_the_next_sentence_as_its_subject() -> None:
    text = ("Een motie van Jansen (VVD) om de accijns op diesel te verlagen werd verworpen. Een andere motie van "
            "Jansen haalde het evenmin. De zondagsrust in winkelcentra afschaffen en de winkeltijden vrijgeven, dat "
            "vond een meerderheid te ver gaan.")
    found = motions(text)
    assert len(found) == 2
    assert "zondagsrust" in found[1].quote and "zondagsrust" in found[1].title
    assert found[1].status == "rejected"



VOTES = """12 Stemmingen moties Waterbeheer

Aan de orde zijn de stemmingen over moties, ingediend bij het debat over het waterbeheer,

te weten:

- de motie-Visser over het ophogen van de dijken langs de Lek (36100, nr. 4);

- de motie-Visser over een subsidie voor regentonnen (36100, nr. 5);

- de motie-De Boer over een pilot met drijvende woningen (36100, nr. 7).

De voorzitter:

Op verzoek van mevrouw Visser stel ik voor haar motie (36100, nr. 5) aan te houden.

Daartoe wordt besloten.
"""


def test_a_motion_held_by_its_number_is_that_one_of_the_list_not_the_others() -> None:
    found = {c.register: c for c in motions(VOTES, D(2024, 5, 14))}
    assert found["36100, nr. 5"].status == "held"
    # its quote is the sentence that says so, its title what it asks
    assert "stel ik voor haar motie (36100, nr. 5) aan te houden" in found["36100, nr. 5"].quote
    assert "regentonnen" in found["36100, nr. 5"].title
    assert found["36100, nr. 4"].status != "held" and found["36100, nr. 7"].status != "held"
    plural = VOTES.replace("stel ik voor haar motie (36100, nr. 5)", "stel ik voor haar moties (36100, nrs. 4 en 5)")
    statuses = {c.register: c.status for c in motions(plural, D(2024, 5, 14))}
    assert statuses["36100, nr. 4"] == statuses["36100, nr. 5"] == "held" != statuses["36100, nr. 7"]


def test_a_member_named_in_capitals_with_the_given_name_is_one_member() -> None:
    found = [m.actor.name for m in find_actors("Nr. 21 MOTIE VAN DE LEDEN ANNA DE GROOT EN BAKKER\nDe Kamer,")]
    assert found == ["Anna de Groot", "Bakker"]
    assert [m.actor.name for m in find_actors("MOTIE VAN HET LID KROL OVER DE WINKELTIJDEN")] == ["Krol"]


def test_a_given_name_alone_is_the_member_the_text_names_in_full() -> None:
    from kamertaak.core.extract.people import by_given_name

    known = [ExtractedActor("Pieter Bakker", "CDA"), ExtractedActor("Segers")]
    assert by_given_name(ExtractedActor("Pieter"), known) == ExtractedActor("Pieter Bakker", "CDA")
    assert by_given_name(ExtractedActor("Segers"), known) == ExtractedActor("Segers")
    # two members with that given name: no guess
    assert by_given_name(ExtractedActor("Pieter"), [*known, ExtractedActor("Pieter Smit")]).name == "Pieter"


def test_a_name_read_with_particles_ends_before_a_place_in_the_sentence() -> None:
    text = "Een motie van CDA-leider Anna de Wit in het Kamerdebat werd aangenomen."
    found = [m.actor.name for m in find_actors(text)]
    assert found == ["Anna de Wit"]
    assert [m.actor.name for m in find_actors("Kamerlid Jan in het Veld sprak.")] == ["Jan in het Veld"]


def test_a_party_that_files_a_motion_is_its_actor_and_tells_two_motions_apart() -> None:
    text = ("Het debat over de jeugdzorg liep tot laat door. De PVV dient een motie in over het sluiten van de "
            "gesloten instellingen voor 2027. Ook de SGP dient een motie in over het sluiten van de gesloten "
            "instellingen, maar dan pas na een evaluatie.")
    found = motions(text)
    assert [names(c) for c in found] == [["PVV"], ["SGP"]]
    # who voted for it is no filer
    voted = "Een motie daarover kreeg de steun van het CDA, de SP en de PVV."
    assert all(not c.actors for c in motions(voted))


def test_a_motion_goes_on_in_the_next_sentence_that_points_back_to_it_with_its_term() -> None:
    # news, a letter or Handelingen alike: "Die motie ..." is the motion just told, and its term is the motion's
    found = motions(
        "Tijdens het debat over de begroting is de motie Van den Berg en Van der Steen (36 400 VII, nr. 14) "
        "aangenomen. Die motie draagt het kabinet op om de gevolgen voor provincies in kaart te brengen en voor "
        "1 juni 2024 aan de Kamer te rapporteren. Een amendement over de wegen haalde het niet."
    )
    assert len(found) == 1
    m = found[0]
    assert (m.status, m.due, names(m)) == ("adopted", D(2024, 5, 31), ["Van den Berg", "Van der Steen"])
    assert "Die motie draagt" in m.quote and "amendement" not in m.quote
    assert "gevolgen voor provincies" in m.title


def test_a_motions_text_read_out_after_it_gives_its_filers_and_the_term_of_its_dictum() -> None:
    found = motions(
        "De Kamer heeft gisteren een motie aangenomen die het kabinet vraagt meer te doen voor schone lucht.\n\n"
        "De tekst van de motie: 'overwegende dat de uitstoot in 2030 moet zijn gehalveerd, verzoekt de regering "
        "om in het jaar 2025 te starten met extra maatregelen.' De motie, ondertekend door de Kamerleden Bos, "
        "Kramer en De Lange, werd bij handopsteken aangenomen."
    )
    assert [(c.status, c.due, names(c)) for c in found] == [("adopted", D(2025, 12, 31), ["Bos", "Kramer", "De Lange"])]


def test_a_sentence_about_the_motion_that_is_no_part_of_it_does_not_give_its_term() -> None:
    # the government's letter about a motion is its own follow-up: its day is not the motion's term
    found = motions(
        "De motie van senator Visser (SP) verzoekt de regering de subsidie voor kleine windparken te behouden. "
        "Over deze motie zal de minister de Kamer, voorafgaand aan de stemming op 19 maart, een brief sturen."
    )
    assert [(c.due, names(c)) for c in found] == [(None, ["Visser"])]


def test_a_surname_with_capital_particles_before_a_number_in_brackets_is_named_whole() -> None:
    # not "Van der Stee" (a name cut where the bracket stopped it) nor "Der Steen"
    one = motions("Bij de stemmingen is de motie van Van der Steen (36 400 VII, nr. 12) aangenomen.")
    two = motions("Bij de behandeling is de motie Van den Berg en Van der Steen (36 400 VII, nr. 14) aangenomen.")
    assert [names(c) for c in one] == [["Van der Steen"]]
    assert [names(c) for c in two] == [["Van den Berg", "Van der Steen"]]


def test_a_member_told_back_by_office_is_the_member_named_last() -> None:
    found = motions(
        "Senator Hoekstra (CDA) vond het wetsvoorstel onaf. Hoekstra pleitte voor uitstel van de stemming. "
        "De senator diende een motie in die voorstelt het wetsvoorstel aan te houden."
    )
    assert [(c.status, names(c)) for c in found] == [("submitted", ["Hoekstra"])]


def test_the_state_secretary_before_the_text_names_him_is_the_one_it_names() -> None:
    found = [c for c in extract(
        "Senator Hoekstra (CDA) was kritisch. De toezegging van de staatssecretaris om met een reparatiewet te "
        "komen, geeft volgens Hoekstra geen garantie. Staatssecretaris Dekker ontraadde de motie van Hoekstra.",
        D(2024, 3, 12)).candidates if c.kind == "commitment"]
    assert [names(c) for c in found if "reparatiewet" in c.quote] == [["Dekker", "Hoekstra"]]


def test_an_office_holder_the_text_never_names_is_the_office() -> None:
    # "De staatssecretaris zegde toe ..." in a text that names no state secretary: the promise is the office's
    for office, role in (("staatssecretaris", "state_secretary"), ("minister", "minister")):
        [found] = [c for c in extract(
            f"Tijdens het debat over de jeugdzorg zegde de {office} toe de Kamer voor de zomer te informeren over "
            "de wachtlijsten.", D(2024, 3, 12)).candidates if c.kind == "commitment"]
        assert [(a.name, a.role) for a in found.actors] == [(office, role)]
    # one named with a portfolio the actors do not read stays unnamed here (a register names the office elsewhere)
    [found] = [c for c in extract(
        "De staatssecretaris voor Europese Zaken zegt toe de Kamer voor de zomer te informeren over de richtlijn.",
        D(2024, 3, 12)).candidates if c.kind == "commitment"]
    assert "staatssecretaris" not in names(found)


def test_a_motion_told_back_without_its_filer_is_the_one_told_before_with_its_filer() -> None:
    # the party's motion (its one member the text names), told back by its article
    found = motions(
        "Minister Bakker kreeg dinsdag van de SP een motie van wantrouwen aan zijn broek, omdat hij de Kamer zou "
        "hebben misleid. Volgens SP-Kamerlid Eva de Boer had Bakker de Kamer niet goed ingelicht. Zij vond dat "
        "onacceptabel.\n\nGelukkig voor de minister werd de motie van wantrouwen verworpen. Slechts 40 Kamerleden "
        "steunden haar."
    )
    assert [(c.status, names(c)) for c in found] == [("rejected", ["Eva de Boer"])]


def test_a_motion_told_back_after_another_motion_without_a_filer_gets_none() -> None:
    found = motions(
        "Kamerlid Eva de Boer (SP) diende een motie in over de huren. Ook werd een motie ingediend over de "
        "energieprijzen. De motie over de energieprijzen werd verworpen."
    )
    assert [names(c) for c in found if c.status == "rejected"] == [[]]


def test_the_chamber_after_an_office_holders_name_is_no_part_of_it() -> None:
    # "staatssecretaris Jansen de Kamer toegezegd" names Jansen; "de staatssecretaris de Kamer" names no one
    told = find_actors("Dat heeft staatssecretaris Jansen de Kamer toegezegd.")
    assert [(m.actor.name, m.actor.role) for m in told] == [("Jansen", "state_secretary")]
    assert [m.actor.name for m in find_actors("Dat schreef minister Van Dam de Tweede Kamer.")] == ["Van Dam"]
    assert find_actors("Over deze motie zal de staatssecretaris de Kamer een brief sturen.") == []
    found = extract(
        "Staatssecretaris Vermeer ontraadde de motie. Over deze motie zal de staatssecretaris de Kamer voor de "
        "stemming op 19 maart een brief sturen.", D(2024, 3, 12)).candidates
    assert [names(c) for c in found if c.kind == "commitment"] == [["Vermeer"]]


def test_a_motion_told_by_its_owners_pronoun_is_the_motion_of_the_member_named_last_before_it() -> None:
    # "zijn motie" after another member is named is that member's own motion, not the one told before it (whose
    # filer it took, and so was merged into it and lost)
    found = motions(
        "Eva de Boer (SP) diende een motie in waarin zij de regering verzoekt de huurverhoging te bevriezen. Volgens "
        "haar is de huur voor veel gezinnen te hoog.\n\nPieter Hamer (CDA) wees vooral op het tekort aan sociale "
        "huurwoningen in krimpgebieden. In zijn motie stelt hij dat de wachtlijsten opnieuw zijn gegroeid."
    )
    assert [(names(c)[-1], "wachtlijsten" in c.quote) for c in found] == [("Eva de Boer", False), ("Hamer", True)]
    # the pronoun of a motion told before by its own member is still that member's
    same = motions("Eva de Boer (SP) diende een motie in om de huurverhoging te bevriezen. Haar motie werd verworpen.")
    assert [(c.status, names(c)) for c in same] == [("rejected", ["Eva de Boer"])]


def test_a_vote_count_told_in_the_next_sentence_is_the_motions_outcome() -> None:
    # "Daar werd ... over gestemd" points back at the motion just told; its count is the outcome
    told = ("De Kamerleden Eva de Boer (SP) en Piet Hamer (CDA) dienden een motie in die het beleid na de overstroming "
            "afkeurt. Daar werd hoofdelijk over gestemd met als uitslag {} voor en {} tegen.")
    assert [c.status for c in motions(told.format(61, 75))] == ["rejected"]
    assert [c.status for c in motions(told.format(80, 56))] == ["adopted"]
    # a vote told without its count says nothing of the outcome
    assert [c.status for c in motions(told.replace(" met als uitslag {} voor en {} tegen", ""))] == ["submitted"]


def test_a_party_written_out_is_that_party_not_a_member() -> None:
    # "een motie van de Partij voor de Dieren (PvdD)" was "Motie De Dieren", a Kamerlid "De Dieren" of the PvdD
    [motion] = motions("Vandaag stemde een meerderheid voor een motie van de Partij voor de Dieren (PvdD) over kooien.")
    assert [(a.name, a.role) for a in motion.actors] == [("PvdD", "other")] and motion.title.startswith("Motie PvdD")
    # "De Partij" (van de Arbeid), and one party whose name has "en" in it
    for written, party in (("de Partij van de Arbeid", "PvdA"), ("de Volkspartij voor Vrijheid en Democratie", "VVD")):
        [motion] = motions(f"De Kamer nam een motie van {written} over de huren aan.")
        assert [a.name for a in motion.actors] == [party]
    # the party's one member the text names is its filer, as for "een motie van de PvdD"
    [motion] = motions("De Kamer nam een motie van de Partij voor de Dieren aan. Kamerlid Esther Ouwehand (PvdD) is "
                       "blij.")
    assert names(motion) == ["Ouwehand"]
    # no member "Contract" of the NSC
    assert [m.actor.name for m in find_actors("Ook Nieuw Sociaal Contract (NSC) stemde voor de motie.")] == []


def test_a_motion_carrying_what_the_sentence_before_told_has_that_as_its_subject() -> None:
    # not the next sentence, the minister's own plan, which was its title
    [motion] = motions(
        "Het uitstel voor de oude stallen moet worden bekort.\n\nDe Tweede Kamer wil dat boeren uiterlijk in 2027 "
        "overgaan op groepshuisvesting voor kalveren. Vandaag stemde een meerderheid van de Kamer voor een motie van "
        "het CDA met dit voorstel. Landbouwminister Jansen wil de boeren tot 2031 de tijd gunnen.",
        D(2024, 3, 12))
    assert motion.status == "adopted" and motion.due == D(2027, 12, 31)
    assert "groepshuisvesting" in motion.title and "2031" not in motion.title


def test_a_motion_that_made_it_is_adopted() -> None:
    # "haalde het" with nothing after it but an adverb: passed; "haalde het niet": voted down
    told = "De motie van Kamerlid Eva de Boer (SP), die het kabinet vraagt om meer steun voor kleine boeren, {}."
    assert [c.status for c in motions(told.format("haalde het eveneens"))] == ["adopted"]
    assert [c.status for c in motions(told.format("haalde het ook"))] == ["adopted"]
    assert [c.status for c in motions(told.format("haalde het niet"))] == ["rejected"]
    assert [c.status for c in motions(told.format("haalde het nieuws"))] == ["submitted"]


def test_motions_counted_then_told_one_by_one_are_each_a_motion() -> None:
    # was one "Motie Omtzigt" without a subject: the count's; now each motion its place tells
    found = motions(
        "Twee moties van Kamerlid Pieter Omtzigt zijn dinsdag door de Tweede Kamer aangenomen. De eerste motie vraagt "
        "de regering de subsidies voor huishoudens te onderzoeken. De tweede motie vraagt het kabinet het gas uit "
        "Groningen voor Nederland te houden.")
    assert [(c.status, names(c)) for c in found] == [("adopted", ["Pieter Omtzigt"])] * 2
    assert ["subsidies" in found[0].title, "gas" in found[1].title] == [True, True]
    # a count that names no motion of its own, and a second one told with its fate: still two, both filed by him
    found = motions(
        "Twee moties, beide afkomstig van Kamerlid Pieter Omtzigt, zijn dinsdag aangenomen. De eerste motie "
        "constateert dat de staat miljarden uitgaf aan het prijsplafond. De tweede motie van Omtzigt die werd "
        "aangenomen vraagt het kabinet het gas uit Groningen voor Nederland te houden.")
    assert len(found) == 2 and all(c.status == "adopted" and "Omtzigt" in names(c)[0] for c in found)
    assert "prijsplafond" in found[0].quote and "gas" in found[1].quote


def test_what_the_filer_asks_the_government_after_the_motion_is_its_subject() -> None:
    # was "Motie Hamer" without what it asks
    found = motions(
        "Pieter Hamer (CDA) wees vooral op het tekort aan sociale huurwoningen in krimpgebieden. In zijn motie stelt "
        "hij dat de wachtlijsten opnieuw zijn gegroeid. Volgens Hamer is het budget voor nieuwbouw verlaagd. Hamer "
        "verzoekt de regering daarom om in de voorjaarsnota geld vrij te maken voor nieuwbouw in krimpgebieden.")
    assert [(names(c), "nieuwbouw in krimpgebieden" in c.title) for c in found] == [(["Hamer"], True)]
    # another member's request is not what his motion asks
    other = motions(
        "Pieter Hamer (CDA) wees vooral op het tekort aan huurwoningen. In zijn motie stelt hij dat de wachtlijsten "
        "zijn gegroeid. Kamerlid Bos (SP) verzoekt de regering om de huren te bevriezen.")
    assert all("bevriezen" not in c.title for c in other)


def test_an_office_before_a_name_with_its_party_is_a_member_of_government() -> None:
    # "minister Cora Jansen (VVD)": the party in brackets does not make a minister a Kamerlid; a former one is not
    [minister] = [m.actor for m in find_actors("Ook minister Cora Jansen (VVD) houdt vast aan de opening.")]
    assert (minister.name.split()[-1], minister.party, minister.role) == ("Jansen", "VVD", "minister")
    [secretary] = [m.actor for m in find_actors("VWS-staatssecretaris Paul Smit (CU) ging in op preventie.")]
    assert (secretary.name, secretary.role) == ("Smit", "state_secretary")
    [former] = [m.actor for m in find_actors("Oud-minister Piet Klaassen (CDA) vindt dat ook.")]
    assert former.role != "minister"


def test_a_state_secretary_named_by_the_portfolio_since_2024_is_no_person() -> None:
    # "de Staatssecretaris Langdurige en Maatschappelijke Zorg" is the office at VWS, not a person called "Langdurige"
    found = [m.actor for m in find_actors(
        "De commissie sprak met de Minister van Volksgezondheid, Welzijn en Sport, de Staatssecretaris Langdurige en "
        "Maatschappelijke Zorg en de Staatssecretaris Jeugd, Preventie en Sport.")]
    assert found and all(a.ministry == "VWS" for a in found)
    assert not any("Langdurige" in a.name for a in found)


def _deadlines(text: str, ref: dt.date) -> list[Candidate]:
    return [c for c in extract(text, ref).candidates if c.kind == "deadline"]


def test_a_deliverable_told_back_is_of_whom_a_function_names_before_it() -> None:
    # (u16) the one who writes a report the government waits for holds no seat: "stikstofbemiddelaar X", "verkenner Y";
    # the report told back by its article in the next sentence is theirs
    for before, back, who in (
        ("Het kabinet wacht op het eindrapport van stikstofbemiddelaar Jan Remmers.",
         "Dat rapport is in de tweede helft van september gepland.", "Jan Remmers"),
        ("De coalitie wil eerst het advies van verkenner Bakker lezen.",
         "Het advies wordt naar verwachting volgende week uitgebracht.", "Bakker"),
    ):
        [d] = _deadlines(f"{before} {back}", D(2022, 9, 6))
        assert names(d) == [who]


def test_a_deliverable_of_whom_a_function_names_is_the_person_named_with_it() -> None:
    # (u16) "De voorzitter van het overleg publiceert ... zijn eindverslag", then "voorzitter Chris Kalden" (or before)
    for text in (
        "De voorzitter van het geklapte landbouwoverleg publiceert naar verwachting volgende week zijn eindverslag. "
        "Dat zegt de woordvoerder van voorzitter Chris Kalden.",
        "Gespreksleider Anna de Boer sprak woensdag met de boeren. De gespreksleider van het overleg brengt naar "
        "verwachting volgende week haar advies uit.",
    ):
        [d] = _deadlines(text, D(2023, 6, 21))
        assert names(d) in (["Chris Kalden"], ["Anna de Boer"])
