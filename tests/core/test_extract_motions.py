"""Motions as the different kinds of text tell them: vote news of both chambers, Handelingen, motion pages.

Every sentence here is written for this file in the shape real texts use (not copied from an eval text), one
test per language pattern: who decided what, by which verb, about which motion, and where the text says so.
"""

from __future__ import annotations

import datetime as dt

from kamertaak.core.extract import Candidate, extract

D = dt.date


def motions(text: str, ref: dt.date = D(2025, 3, 4)) -> list[Candidate]:
    return [c for c in extract(text, ref).candidates if c.kind == "motion"]


def names(c: Candidate) -> set[str]:
    return {a.name for a in c.actors}


def test_agreeing_verbs_of_the_senate_are_adoptions() -> None:
    found = motions(
        "De Eerste Kamer heeft dinsdag ingestemd met een motie van senator Pietersen (CDA) c.s. voor een "
        "parlementaire enquête naar de jeugdzorg. De motie kreeg de steun van alle fracties behalve de PVV.\n"
        "De Eerste Kamer stemde ook in met een motie van senator Bakker (D66) over digitale toegankelijkheid."
    )
    assert [(c.status, names(c)) for c in found] == [("adopted", {"Pietersen"}), ("adopted", {"Bakker"})]
    assert "enquête naar de jeugdzorg" in found[0].title


def test_support_of_only_its_own_party_is_a_rejection_whatever_the_motion_asks() -> None:
    # "in te trekken" is what the motion asks, not what happened to it
    [c] = motions("Een motie van senator Mulder (BBB) die de regering vraagt de stikstofwet in te trekken, kreeg "
                  "alleen de steun van de indienende fractie.")
    assert (c.status, names(c)) == ("rejected", {"Mulder"})
    assert "stikstofwet" in c.title


def test_a_motion_of_parties_only() -> None:
    [c] = motions("Een Kamermeerderheid stemde donderdag in met een motie van D66 en het CDA die de minister oproept "
                  "de bezuiniging op het onderwijs terug te draaien.")
    assert c.status == "adopted"
    assert "bezuiniging op het onderwijs" in c.title


def test_each_requested_thing_of_adopted_motions_is_one_candidate() -> None:
    found = motions("De Kamer nam dinsdag acht moties aan, waaronder moties die het kabinet verzoeken om de accijns "
                    "op diesel te bevriezen en om boeren een vergoeding voor natuurbeheer te geven.")
    assert [c.status for c in found] == ["adopted", "adopted"]
    assert "accijns op diesel" in found[0].title and "natuurbeheer" in found[1].title


def test_a_list_after_the_colon_in_the_same_sentence_gives_one_motion_each() -> None:
    found = motions(
        "De Eerste Kamer nam verder de volgende moties aan: de motie-Smit (PvdA) over de kinderopvangtoeslag, met "
        "alleen de PVV tegen; unaniem de motie-Kok (CU) om de schuldhulp te verbeteren en motie-De Wit (GL) om het "
        "armoedebeleid te evalueren, met de SGP tegen."
    )
    assert [(c.status, names(c)) for c in found] == [
        ("adopted", {"Smit"}), ("adopted", {"Kok"}), ("adopted", {"De Wit"})]
    assert "kinderopvangtoeslag" in found[0].title and "tegen" not in found[0].title
    assert "schuldhulp" in found[1].title and "armoedebeleid" in found[2].title


def test_list_lines_without_bullets_take_the_outcome_of_their_heading_and_a_letter_number() -> None:
    [c] = motions("De Eerste Kamer nam de volgende motie aan:\n\nMotie-Jansen (SP) c.s. over betaalbare "
                  "huurwoningen voor studenten (36.410, F)")
    assert (c.status, c.register, names(c)) == ("adopted", "36410, F", {"Jansen"})


def test_held_votes_counted_then_named_in_the_next_sentence() -> None:
    found = motions("De stemming over twee moties werd aangehouden tot dinsdag 18 maart. Het gaat om de "
                    "motie-Visser (VVD) over de kilometerheffing en de motie-De Wit (GL) over openbaar vervoer op "
                    "het platteland.")
    assert [(c.status, names(c)) for c in found] == [("held", {"Visser"}), ("held", {"De Wit"})]
    assert "kilometerheffing" in found[0].title and "platteland" in found[1].title


def test_a_member_holding_a_motion_named_by_its_subject() -> None:
    [c] = motions("Senator Visser hield de motie met betrekking tot de belasting op vliegtickets op verzoek van de "
                  "minister van Financiën aan.")
    assert (c.status, names(c)) == ("held", {"Visser"})
    assert "vliegtickets" in c.title


def test_plural_motions_of_one_member_split_at_and() -> None:
    found = motions("De moties van senator Dekker (PvdD) over een verbod op de bio-industrie en onderzoek te doen "
                    "naar de vleesconsumptie werden verworpen.")
    assert [c.status for c in found] == ["rejected", "rejected"]
    assert "bio-industrie" in found[0].title and "vleesconsumptie" in found[1].title


def test_the_outcome_right_after_the_subject_is_not_part_of_it() -> None:
    [c] = motions("Een motie van Kamerlid Jansen (SP) over huurbevriezing haalde het niet.")
    assert c.status == "rejected" and c.title == "Motie Jansen: huurbevriezing"


def test_a_headline_glued_to_its_lead_is_one_motion() -> None:
    found = motions("Senaat steunt motie parlementaire enquête jeugdzorgDe Eerste Kamer heeft dinsdag ingestemd "
                    "met een motie van senator Pietersen (CDA) voor een parlementaire enquête naar de jeugdzorg.")
    assert [(c.status, names(c)) for c in found] == [("adopted", {"Pietersen"})]


def test_a_held_motion_voted_later_keeps_the_later_outcome_and_the_voters_are_no_submitters() -> None:
    found = motions(
        "Aan de orde is de stemming over een aangehouden motie, ingediend bij het debat over de Europese top,\n"
        "te weten:\n"
        "- de motie-Paulusma over de medicijntekorten (21501-20, nr. 2001).\n"
        "In stemming komt de motie-Paulusma (21501-20, nr. 2001).\n"
        "De voorzitter:\n"
        "Ik constateer dat de leden van de fracties van de SP en de PvdD voor deze motie hebben gestemd, zodat zij "
        "is verworpen."
    )
    assert [(c.status, c.register, names(c)) for c in found] == [("rejected", "21501-20, nr. 2001", {"Paulusma"})]


def test_first_person_present_with_a_later_moment_is_an_announcement() -> None:
    [c] = motions("De heer Dijk (SP):\nIk dien bij het tweeminutendebat Jeugdzorg volgende week een motie in over de "
                  "tarieven.")
    assert (c.status, names(c)) == ("announced", {"Dijk"})


MOTION_TEXT = """Mevrouw Van den Berg (CDA):
Voorzitter. De wachtlijsten in de ggz blijven groeien. Vandaar de volgende motie.

De Kamer,

gehoord de beraadslaging,

constaterende dat de wachttijden in de ggz oplopen;

verzoekt de regering een plan te presenteren met als streefdatum 1 januari 2027 om de wachttijden te halveren, en de
Kamer daarover uiterlijk op 1 juni te informeren,

en gaat over tot de orde van de dag.
"""


def test_a_motion_text_is_due_on_its_own_term_not_on_a_date_it_asks_for() -> None:
    [c] = motions(MOTION_TEXT)
    assert (c.status, c.due, names(c)) == ("submitted", D(2025, 6, 1), {"Van den Berg"})


def test_a_motion_page_prints_its_outcome_under_the_signers() -> None:
    text = MOTION_TEXT.split("\n", 2)[2] + "\nVan den Berg\nDijk\nPaulusma\n\nStatus\n\nAangenomen\n\nVoor\n\nCDA, SP\n"
    [c] = motions(text)
    assert (c.status, names(c)) == ("adopted", {"Van den Berg", "Dijk", "Paulusma"})


def test_an_introduced_motion_text_takes_its_outcome_and_its_number_from_the_lines_above() -> None:
    text = ("VERWORPEN: motie over de wachttijden in de ggz\n\nHieronder de door de Kamer verworpen motie:\n\n"
            "25 424\n\nGeestelijke gezondheidszorg\n\nNr. 412\n\nMOTIE VAN HET LID VAN DEN BERG\n\n"
            + MOTION_TEXT.split("\n", 2)[2])
    [c] = motions(text)
    assert (c.status, c.register, c.due) == ("rejected", "25424, nr. 412", D(2025, 6, 1))


def test_register_numbers_in_every_spelling() -> None:
    found = motions("De motie-Kok over schuldhulp (29 936, nr. 51) is aangenomen. De motie-Smit over de toeslagen "
                    "(36600 XV, nr. 12) is verworpen. De motie-Visser over vliegtaks (32769, letter G) is "
                    "aangehouden.")
    assert [(c.status, c.register) for c in found] == [
        ("adopted", "29936, nr. 51"), ("rejected", "36600-XV, nr. 12"), ("held", "32769, G")]


def test_a_section_heading_gives_its_outcome_to_the_motions_it_describes() -> None:
    found = motions(
        "Stemmingen moties Financiële beschouwingen 2024Dinsdag 12 november stemde de Eerste Kamer over vier "
        "moties.\n\nAangenomen moties\n\nDe eerste motie, van senator Kok, verzoekt de regering de btw op groente "
        "te schrappen. De fracties van CDA en SP stemden voor.\n\nDe tweede motie, eveneens van senator Kok, "
        "verzoekt de regering de Kamer niet later dan 1 maart 2025 te informeren over de zorgpremie.\n\n"
        "Verworpen moties\n\nDe derde motie, van senator Smit, verzoekt de regering de vliegtaks te verhogen.",
        D(2024, 11, 12),
    )
    assert [(c.status, names(c), c.due) for c in found] == [
        ("adopted", {"Kok"}, None), ("adopted", {"Kok"}, D(2025, 3, 1)), ("rejected", {"Smit"}, None)]
    assert "btw op groente" in found[0].title and "vliegtaks" in found[2].title


def test_a_particle_between_the_counted_motions_and_what_they_ask() -> None:
    [c] = motions("De Tweede Kamer nam twee moties aan die het kabinet verzoeken af te zien van de bezuiniging op "
                  "de kinderopvang.")
    assert c.status == "adopted" and "bezuiniging op de kinderopvang" in c.title


def test_a_motion_named_by_a_double_surname_or_a_name_the_actors_do_not_know() -> None:
    found = motions("Ook nam de Kamer de motie-Mei Li Vos aan die de regering verzoekt de huurtoeslag te verhogen. "
                    "Tot slot heeft de Kamer de motie van Anne-Marie ter Horst-Van der Wal aangenomen die de griffie "
                    "verzoekt een toegankelijke website te bouwen.")
    assert [c.status for c in found] == ["adopted", "adopted"]
    assert names(found[0]) == {"Mei Li Vos"} and names(found[1]) == {"Anne-Marie ter Horst-Van der Wal"}


def test_a_motion_named_in_passing_gets_the_outcome_the_next_sentence_gives_it() -> None:
    found = motions("Die stemming leek op die over de motie Jansen (SP) c.s., vorige maand in het debat over de "
                    "zorg genoemd. Bij de stemmingen van dinsdag werd deze motie verworpen.")
    assert [(c.status, names(c)) for c in found] == [("rejected", {"Jansen"})]


def test_what_a_vote_report_explains_below_is_no_result() -> None:
    found = motions("De Kamer heeft gisteren gestemd over twaalf moties. Bij de stemmingen vielen enkele zaken op, "
                    "die hieronder kort worden toegelicht.")
    assert found == []


def test_a_motion_read_out_in_a_turn_with_the_chairs_lines_after_it() -> None:
    text = ("Mevrouw Kok (CU):\nVoorzitter. Het debat was goed, maar ik wil twee zaken in een motie aan de Kamer "
            "voorleggen.\n\nMotie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering de schuldhulp "
            "voor jongeren uit te breiden,\n\nen gaat over tot de orde van de dag.\n\nDe voorzitter:\n\nDeze motie is "
            "voorgesteld door het lid Kok. Naar mij blijkt, wordt de indiening ervan voldoende ondersteund.\n\n"
            "Zij krijgt nr. 88 (24515).\n")
    [c] = motions(text)
    assert (c.status, c.register, names(c)) == ("submitted", "24515, nr. 88", {"Kok"})
    assert "schuldhulp" in c.title


def test_support_in_news_words_and_a_motion_whose_subject_is_the_sentence_before() -> None:
    found = motions("Een motie van SP-Kamerlid Dijk kreeg grote steun. Verder wil de Kamer dat gemeenten meer geld "
                    "krijgen voor de bibliotheken. Een motie daarover kreeg de steun van onder meer CDA en SP.")
    assert [(c.status, names(c)) for c in found] == [("adopted", {"Dijk"}), ("adopted", set())]
    assert "bibliotheken" in found[1].quote


def test_a_call_told_first_then_placed_in_a_members_motion() -> None:
    [c] = motions("DEN HAAG (ANP) - Verlaag de btw op fruit en groente per 1 januari. Die oproep staat in een motie "
                  "die Mirjam Bakker (SP) heeft ingediend in het debat over de koopkracht.")
    assert c.status == "submitted" and [a.name.split()[-1] for a in c.actors] == ["Bakker"]
    assert "btw op fruit" in c.title and "DEN HAAG" not in c.title


def test_motions_counted_by_a_vague_number_then_what_parliament_asked() -> None:
    found = motions("Donderdag stemde de Tweede Kamer in met meerdere moties die het kabinet had afgeraden. Het "
                    "parlement verzocht minister Jansen (Wonen) de huurverhoging te beperken.")
    assert [c.status for c in found] == ["adopted"]
    assert found[0].title.startswith("Motie: huurverhoging") or "huurverhoging beperken" in found[0].title


def test_a_date_before_the_motion_is_when_it_was_filed_not_its_term() -> None:
    [c] = motions("Na een debat dat tot in de nacht van woensdag op donderdag duurde, diende Kamerlid Piet Smit (SP) "
                  "een motie in over de tolken.", D(2025, 3, 4))
    assert (c.status, c.due) == ("submitted", None)


def test_the_chair_names_a_changed_motion_before_its_text_and_gives_it_a_new_number() -> None:
    text = ("De voorzitter:\n\nDe motie-Kok/Smit (24515, nr. 90) is in die zin gewijzigd dat zij thans luidt:\n\n"
            "Motie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering de schuldhulp voor jongeren uit "
            "te breiden,\n\nen gaat over tot de orde van de dag.\n\nZij krijgt nr. 95, was nr. 90 (24515).\n")
    [c] = motions(text)
    assert (c.status, c.register, names(c)) == ("submitted", "24515, nr. 95", {"Kok", "Smit"})


def test_a_register_of_adopted_motions_lists_entries_with_their_dictum_as_the_next_sentence() -> None:
    text = ("Tabel 4 Door de Staten-Generaal aanvaarde moties die zijn afgerond\n\nOmschrijving van de motie\n\n"
            "Stand van zaken\n\nDe motie van de leden Jansen, De Vries en Van Dam. Verzoeken de regering, een "
            "stageregeling voor jongeren op te zetten.\n\nAfgedaan.\n\nDe motie van het lid van Dijk. Verzoekt de "
            "regering, de bibliotheken open te houden.\n\nAfgedaan.")
    found = motions(text, D(2024, 9, 17))
    assert [(c.status, names(c)) for c in found] == [
        ("adopted", {"Jansen", "De Vries", "Van Dam"}), ("adopted", {"Van Dijk"})]
    assert "stageregeling" in found[0].title and "bibliotheken" in found[1].title


def test_a_question_naming_the_motion_then_its_outcome_in_a_short_sentence() -> None:
    [c] = motions("Hoe stemden de fracties over de motie Jansen c.s. die vraagt om de vliegtaks te verhogen?\n\n"
                  "De motie is aangenomen. VVD en PVV waren tegen.")
    assert (c.status, names(c)) == ("adopted", {"Jansen"})
    assert "vliegtaks" in c.title


def test_a_motion_of_no_confidence_named_again_later_gets_its_outcome_there() -> None:
    found = motions(
        "Dat is een motie van wantrouwen, die werd ingediend door PVV-leider Wilders en Baudet (FvD).\n\n"
        "SP-leider Dijk diende de motie van afkeuring in samen met CDA-leider Bontenbal.\n\n"
        "Diep in de nacht overleefde de minister een motie van wantrouwen, bijna de gehele Kamer steunde wel een "
        "motie van afkeuring."
    )
    assert [(c.status, names(c)) for c in found] == [
        ("rejected", {"Wilders", "Baudet"}), ("adopted", {"Dijk", "Bontenbal"})]


def test_news_verbs_of_failing_and_passing() -> None:
    found = motions(
        "Ondanks een fel debat heeft een motie van wantrouwen tegen de minister geen meerderheid gekregen. De motie "
        "was ingediend door PVV-leider Geert Wilders en de groep Van Haga.\n\n"
        "Een motie van SP-leider Jimmy Dijk kreeg in een hoofdelijke stemming 76 Kamerleden achter zich.\n\n"
        "Eerdere moties met dezelfde strekking werden steeds net niet aangenomen."
    )
    assert [c.status for c in found] == ["rejected", "adopted", "rejected"]
    assert names(found[0]) >= {"Geert Wilders"} and "Van Haga" in names(found[0])
    assert names(found[1]) == {"Jimmy Dijk"}


def test_a_motion_not_put_to_the_vote_is_held() -> None:
    [c] = motions("De motie ingediend door senator Peter Kok over de energietoeslag is vandaag, op zijn verzoek, "
                  "niet in stemming gebracht.")
    assert (c.status, names(c)) == ("held", {"Peter Kok"})


def test_the_name_of_a_vote_and_any_adopted_motion_are_no_motions() -> None:
    assert motions("Een minister kan immers een aangenomen motie naast zich neerleggen.") == []
    [c] = motions("Bij de stemmingen (Handelingen II 2016/17, nr. 55, Stemmingen moties Asielbeleid) heeft uw Kamer "
                  "de gewijzigde motie Smit c.s. (Kamerstuk 19 637, nr. 2301) aangenomen.")
    assert (c.status, c.register, names(c)) == ("adopted", "19637, nr. 2301", {"Smit"})


def test_a_letter_that_carries_out_a_named_motion_reports_it_executed_and_one_it_answers_adopted() -> None:
    found = motions("Geachte Voorzitter,\n\nMet deze brief geef ik uitvoering aan de motie van het lid Van der Lee "
                    "(Kamerstuk 36200-XIII, nr. 15) die de regering verzoekt een plan voor de Waddenzee te maken.\n\n"
                    "Naar aanleiding van de motie-Bikker c.s. (Kamerstuk 36200-XV-12) over gokreclame informeer ik u "
                    "voor de zomer over de stand van zaken.\n")
    assert [(c.status, c.register, names(c), c.due) for c in found] == [
        ("executed", "36200-XIII, nr. 15", {"Van der Lee"}, None), ("adopted", "36200-XV, nr. 12", {"Bikker"}, None)]
    assert "Waddenzee" in found[0].title and found[1].title.endswith("gokreclame")


def test_what_a_motion_asks_and_who_supported_it_are_not_its_outcome_or_its_members() -> None:
    found = motions(
        "Van der Plas (BBB) gaat een motie indienen om de stikstofwet in te trekken.\n\n"
        "Een Kamermeerderheid van PVV, VVD en BBB steunde de motie van Eerdmans (JA21) over het eigen risico.\n\n"
        "Een motie van GroenLinks en PvdA om de huren te bevriezen werd verworpen.\n\n"
        "Het CDA diende een motie in die werd aangenomen, waarin het kabinet wordt gevraagd een plan te maken."
    )
    # the CDA filed its motion: the party is its actor (no member of it is named); "een motie van GroenLinks en PvdA"
    # names its two filers, each a party
    assert [(c.status, names(c)) for c in found] == [
        ("announced", {"Van der Plas"}), ("adopted", {"Eerdmans"}), ("rejected", {"GroenLinks", "PvdA"}),
        ("adopted", {"CDA"})]
    assert found[3].actors[0].role == "other"
    assert {(a.name, a.party, a.role) for a in found[2].actors} == {
        ("GroenLinks", "GroenLinks", "other"), ("PvdA", "PvdA", "other")}
    assert "eigen risico" in found[1].title and "plan maken" in found[3].title


def test_a_number_between_the_motion_and_its_subject_and_a_request_in_a_relative_clause() -> None:
    found = motions("De motie-Omtzigt c.s. (35510, nr. 14) over de toeslagen is met algemene stemmen aangenomen. "
                    "Kamerlid Kröger (GL) heeft een motie ingediend waarin zij de regering vraagt de subsidie voor "
                    "zonnepanelen te verlengen. De motie van het lid Dassen c.s. over defensie wordt ontraden.")
    assert [c.title for c in found] == ["Motie Omtzigt (35510, nr. 14): toeslagen",
                                        "Motie Kröger: subsidie voor zonnepanelen verlengen", "Motie Dassen: defensie"]


def test_one_motion_for_each_member_a_count_enumerates_under_an_adopted_heading() -> None:
    found = motions("Aangenomen moties\n\nTwee moties werden ingediend over de huurtoeslag, één van senator Kok "
                    "(CU), één van senator Van der Linden (BBB).")
    assert [(c.status, names(c)) for c in found] == [("adopted", {"Kok"}), ("adopted", {"Van der Linden"})]
    assert all("huurtoeslag" in c.quote for c in found)


def test_a_double_surname_is_the_motions_name() -> None:
    [c] = motions("Tot slot heeft de Kamer de motie van Marjolein Faber-Van de Klashorst aangenomen die de griffie "
                  "verzoekt de vlag op te hangen.")
    assert c.title == "Motie Faber-Van de Klashorst: vlag ophangen"


def test_how_motions_go_in_general_is_no_motion() -> None:
    text = ("De Kamer wil geen quotum voor het aantal moties dat fracties mogen indienen. Hij vindt dat er veel te "
            "veel moties worden ingediend. Soms wordt een motie nog voor de stemming ingetrokken.")
    assert motions(text) == []


def test_what_a_text_tells_later_of_a_motion_it_named_is_no_second_motion() -> None:
    text = ("De motie ingediend door SP-senator Peter Kok over de energietoeslag is vandaag, op zijn verzoek, niet in "
            "stemming gebracht.\n\nDe SP vroeg de regering om onderzoek te doen naar een Deense aanpak. Dat zou "
            "volgens de SP ook bij wet kunnen. Ook vroeg de SP in de motie om na te gaan of de uitvoering door "
            "gemeenten in dezelfde wet zou kunnen worden geregeld.\n\nUit de brief blijkt dat de minister dat "
            "serieus heeft genomen, dat het voorstel dat in de motie besloten ligt aan een werkgroep wordt "
            "voorgelegd.\n")
    [c] = motions(text)
    assert (c.status, c.title) == ("held", "Motie Kok: energietoeslag")


def test_a_motion_named_by_its_member_is_at_least_filed() -> None:
    found = motions(
        "De VNG roept de Kamer op de motie van Kamerlid Jansen (SP) over de jeugdzorgtarieven te steunen.\n\n"
        "Er ligt ook een motie van het CDA die vraagt om extra geld voor de bibliotheken.\n\n"
        "De SP en GroenLinks-PvdA willen met een motie afdwingen dat de huren worden bevroren.\n\n"
        "Een motie van Omtzigt die het kabinet opdroeg voor 1 juni met een plan te komen, werd unaniem aangenomen.",
        D(2025, 3, 4),
    )
    assert [(c.status, names(c)) for c in found] == [
        ("submitted", {"Jansen"}), ("submitted", {"CDA"}), ("announced", set()), ("adopted", {"Omtzigt"})]
    assert "jeugdzorgtarieven" in found[0].title and "bibliotheken" in found[1].title
    assert found[3].due == D(2025, 5, 31) and "plan" in found[3].title


def test_a_headline_naming_a_motion_in_a_word_is_the_motion_told_below() -> None:
    found = motions("Minister komt tegemoet aan motie-Kok (SP) over energiearmoede\n\n12 mei 2025\n\n"
                    "De motie ingediend door SP-senator Peter Kok over energiearmoede en de toeslagen is vandaag, op "
                    "zijn verzoek, niet in stemming gebracht.", D(2025, 5, 12))
    assert [(c.status, [a.name.split()[-1] for a in c.actors]) for c in found] == [("held", ["Kok"])]


def test_inverted_outcomes_under_bare_section_headings_each_keep_their_own() -> None:
    # "Verworpen" alone heads the entries below it; it is not the fate of the sentence above it
    found = motions(
        "De Eerste Kamer heeft dinsdag over drie moties gestemd.\n"
        "Aangenomen\n"
        "• Aangenomen werd de motie van senator Mulder (BBB) die de regering verzoekt een register van "
        "waterschapsheffingen op te stellen.\n"
        "De fracties van BBB, CDA en VVD steunden de motie.\n"
        "• Aangenomen werd de motie van senator Mulder die de regering verzoekt de Kamer over de dijkversterking "
        "te informeren.\n"
        "De fracties van BBB en CDA steunden de motie.\n"
        "Verworpen\n"
        "• Verworpen werd de motie van senator Hendriks (SP) die de regering verzoekt de heffingen te bevriezen."
    )
    assert [(c.status, names(c)) for c in found] == [
        ("adopted", {"Mulder"}), ("adopted", {"Mulder"}), ("rejected", {"Hendriks"})]
    assert "dijkversterking" in found[1].title


def test_a_members_own_motion_named_by_a_possessive_is_a_motion_of_its_own() -> None:
    # "zijn motie" with the member in the sentence and no motion of his just named: his motion, its subject told next
    found = motions(
        "Aangenomen moties\n"
        "De motie van senator Bakker (D66) die de regering verzoekt de archiefwet te evalueren, werd aanvaard.\n"
        "Verworpen moties\n"
        "Op verzoek van senator Visser werd zijn motie na de stemming over de wet in stemming gebracht. "
        "De motie verzoekt de regering om de adviesraden binnen een jaar samen te voegen. "
        "De motie werd verworpen."
    )
    assert [(c.status, names(c)) for c in found] == [("adopted", {"Bakker"}), ("rejected", {"Visser"})]
    assert "adviesraden" in found[1].title


def test_a_report_on_carrying_out_motions_lists_adopted_motions() -> None:
    found = motions(
        "Brief regering: Voortgang van diverse moties op het terrein van het beroepsonderwijs\n"
        "Geachte voorzitter,\n"
        "Met deze brief informeer ik u over de voortgang van diverse moties.\n"
        "Motie Öztürk over stageplaatsen voor studenten met een beperking\n"
        "De motie vraagt de regering om samen met de scholen een meldpunt in te richten. "
        "Dat meldpunt is er inmiddels.\n"
        "Motie van het lid De Vries over een leerrekening voor volwassenen\n"
        "De verkenning loopt nog."
    )
    assert [(c.status, names(c)) for c in found] == [("adopted", {"Öztürk"}), ("adopted", {"De Vries"})]
    assert "stageplaatsen" in found[0].title and "leerrekening" in found[1].title


def test_a_member_who_may_file_his_motion_again_names_no_new_motion() -> None:
    found = motions(
        "Kamerlid Jan Peters (SP) diende een motie in waarin het kabinet wordt opgeroepen de veerdienst te "
        "behouden. De Kamervoorzitter liet de motie niet toe omdat het debat al gesloten was. Het reglement is daar "
        "duidelijk over. Volgens de griffie gebeurt dat zelden. Een ander Kamerlid sprak van een formaliteit. "
        "De minister zei er niets over. Peters was boos. Hij overlegt met zijn fractie. Het blijft een kwestie van "
        "regels. Peters kan zijn motie bij een volgend debat over de veerdiensten gewoon opnieuw indienen."
    )
    assert [names(c) for c in found] == [{"Jan Peters"}]


def test_a_liveblog_vote_list_gives_one_motion_per_line_with_the_leads_member() -> None:
    found = motions(
        "dinsdag 4 maart 2025 om 20:41\n"
        "Moties Jansen:\n\n"
        "Een landelijk meldpunt voor lege winkelpanden.\n"
        "> Aangenomen\n\n"
        "De toeristenbelasting voor campings afschaffen.\n"
        "> Verworpen\n"
        "dinsdag 4 maart 2025 om 20:38\n"
        "Moties Van den Heuvel (BBB):\n\n"
        "Het kabinet moet de provinciale wegen vaker laten maaien.\n"
        "Verworpen\n\n"
        "Er komt een kwartiermaker voor de regionale bus.\n"
        "> Aangenomen\n"
        "De Kamer schorst daarna voor een kwartier."
    )
    assert [(c.status, names(c)) for c in found] == [
        ("adopted", {"Jansen"}), ("rejected", {"Jansen"}), ("rejected", {"Van den Heuvel"}),
        ("adopted", {"Van den Heuvel"})]
    assert "meldpunt" in found[0].title and "kwartiermaker" in found[3].title


def test_a_lead_naming_motions_without_outcome_lines_is_no_vote_list() -> None:
    # a lead-in to what a member will propose is not a vote: no outcome lines, no motions from the list rule
    found = motions(
        "Moties Jansen:\n\n"
        "Een landelijk meldpunt voor lege winkelpanden.\n\n"
        "De toeristenbelasting voor campings afschaffen.\n"
    )
    assert [c.status for c in found if c.status in ("adopted", "rejected")] == []


def test_a_passage_on_votes_tells_motions_by_what_they_propose() -> None:
    found = motions(
        "Stemmingen over moties, kabinet moet reageren op visserijrapport\n"
        "Veel moties halen geen meerderheid, zoals het PvdD-plan om al in 2026 de pulsvisserij te verbieden. "
        "Wel steunen CDA en VVD het verzoek van de oppositie om de Kamer voor de zomer te informeren over de "
        "vangstquota. Ook wil een meerderheid dat vissers een vergoeding krijgen voor hun gederfde inkomsten.\n"
        "Minister reageert op kritiek\n"
        "De minister zegt dat hij de zorgen begrijpt."
    )
    assert [c.status for c in found] == ["rejected", "adopted", "adopted"]
    assert "pulsvisserij" in found[0].title and "vangstquota" in found[1].title
    assert "vergoeding" in found[2].title


def test_a_list_of_proposals_after_a_vote_takes_the_fate_the_question_before_it_names() -> None:
    found = motions(
        "De stemmingen over de moties zijn voorbij\n"
        "De meeste moties haalden geen meerderheid, maar wat haalde het wel? Het voorstel om:\n"
        "- meer geld uit te trekken voor het onderhoud van sluizen; - de regels voor kleine bouwprojecten te "
        "versoepelen; - jaarlijks een prijs uit te reiken aan vrijwillige brandweerlieden."
    )
    assert [c.status for c in found] == ["adopted", "adopted", "adopted"]
    assert ["sluizen" in found[0].title, "bouwprojecten" in found[1].title, "brandweer" in found[2].title] == [
        True, True, True]


def test_a_plan_or_a_majority_outside_a_passage_on_votes_is_no_motion() -> None:
    # no vote on motions reported: a plan to do something and a majority's wish in a debate are not motions
    found = motions(
        "Het kabinet presenteerde het plan om de kinderopvang gratis te maken. Een meerderheid wil dat de "
        "minister eerst de kosten in kaart brengt. Volgens de oppositie zijn er te veel moties die nooit worden "
        "uitgevoerd."
    )
    assert found == []


def test_a_motion_told_after_what_it_asks_takes_its_paragraph_and_its_fate_from_the_next_sentence() -> None:
    [c] = motions(
        "Gemeenten moeten meer ruimte krijgen om tijdelijke woningen te plaatsen. Dat is nodig om de wachtlijsten "
        "te verkorten. Dat blijkt uit een motie die het Tweede Kamerlid Anna de Boer van de ChristenUnie vorige "
        "week indiende. De Tweede Kamer nam de motie dinsdag met ruime meerderheid aan.\n"
        "De minister moet nog reageren."
    )
    assert (c.status, names(c)) == ("adopted", {"Anna de Boer"})
    assert "tijdelijke woningen" in c.quote


def test_a_motion_named_without_its_subject_quotes_its_paragraph() -> None:
    [c] = motions(
        "Ook over de zorg waren er uitspraken. De eigen bijdrage voor de thuiszorg moet omlaag, vindt de Kamer. "
        "Een motie van GroenLinks-Kamerlid Smits kreeg brede steun.\n"
        "Het kabinet beraadt zich."
    )
    assert (c.status, names(c)) == ("adopted", {"Smits"})
    assert "thuiszorg" in c.quote


def test_any_motion_and_a_count_of_adopted_ones_are_no_motion() -> None:
    found = motions(
        "Over twintig moties werd gestemd. De verhoudingen lagen bij elke motie weer anders. "
        "Van de twintig moties werden er maar zes aangenomen."
    )
    assert [c for c in found if c.status in ("adopted", "rejected")] == []


def test_support_announced_before_the_vote_leaves_motions_of_disapproval_filed() -> None:
    found = motions(
        "Kamer voor moties van afkeuring\n"
        "DEN HAAG (ANP) - Een meerderheid van de Tweede Kamer steunt de twee moties van afkeuring tegen minister "
        "Jan de Wit (Financiën) en staatssecretaris Eva Smit (Toeslagen) vanwege de fouten bij de terugbetaling.\n"
        "De stemming is dinsdagmiddag. Na een lang debat diende SP-Kamerlid Tom Bakker een motie van afkeuring in "
        "tegen De Wit. Hij had volgens de Kamer de fouten te lang verzwegen.\n"
        "Een tweede motie van afkeuring betrof de uitvoering door de Belastingdienst. De Kamer houdt Smit daar "
        "verantwoordelijk voor."
    )
    assert [(c.status, names(c)) for c in found] == [("submitted", {"Tom Bakker"}), ("submitted", set())]
    assert "Smit" in found[1].quote


def test_support_in_the_present_after_the_vote_is_an_adoption() -> None:
    [c] = motions("Kamer steunt motie over de veerdiensten\n"
                  "De Tweede Kamer steunt de motie van Kamerlid Tom Bakker (SP) over de veerdiensten naar de eilanden.")
    assert (c.status, names(c)) == ("adopted", {"Tom Bakker"})


def test_a_senate_motion_page_gives_its_number_and_status_field_to_the_motion_it_names() -> None:
    found = motions(
        "36.410, F\n\n"
        "Motie-Van Dijk (SGP) c.s. over een onderzoek naar de gevolgen van de netcongestie voor boerenbedrijven\n"
        "In deze motie wordt de regering verzocht een onderzoek te laten doen naar de gevolgen van de netcongestie.\n"
        "Kerngegevens\n"
        "nummer 36.410, F\n"
        "behandelstatus aangenomen\n"
        "Bijzonderheden\n"
        "De commissie heeft besloten de brief van de minister van 2 mei 2025 (EK 36.410, H) met een reactie op "
        "deze motie voor kennisgeving aan te nemen.",
        D(2025, 5, 20),
    )
    assert [(c.status, names(c), c.register) for c in found] == [("adopted", {"Van Dijk"}, "36410, F")]


def test_a_link_mark_after_a_members_name_does_not_hide_the_member() -> None:
    [c] = motions("DEN HAAG - Een motie-Bakker i (SP) over een verbod op flitskredieten is met 40 tegen 30 stemmen "
                  "verworpen.")
    assert (c.status, names(c)) == ("rejected", {"Bakker"})


def test_a_motion_forced_through_with_what_it_calls_for() -> None:
    found = motions(
        "Kamerlid Pieter Smit (BBB) drukte er vorige week een motie doorheen waarmee werd opgeroepen de "
        "mestregels uit te stellen. Op 3 maart werd nr. 12 Motie van het lid Smit ingediend."
    )
    assert [(c.status, names(c)) for c in found] == [("adopted", {"Pieter Smit"})]
    assert "mestregels" in found[0].title


def test_a_motion_of_no_confidence_signed_along_with_a_space_is_filed() -> None:
    found = motions("Meteen na de start van het debat diende BBB-leider Anna Vos een motie van wantrouwen in (mede "
                    "ondertekend door de SP en de PVV), maar die lijkt niet kansrijk.")
    assert [(c.status, names(c)) for c in found] == [("submitted", {"Anna Vos"})]


def test_that_motion_after_the_sentence_that_told_it_is_that_sentence_with_its_fate() -> None:
    found = motions(
        "Over twintig moties werd gestemd. De meeste gingen over koopkracht. "
        "De SP kwam met één wens: gratis schoolmaaltijden voor alle basisscholen. Die motie werd aangenomen."
    )
    assert [c.status for c in found] == ["adopted"]
    assert "schoolmaaltijden" in found[0].title


def test_a_majority_wish_with_the_division_after_it_is_an_adopted_motion() -> None:
    found = motions(
        "Zo wil een ruime meerderheid van de Tweede Kamer de wachttijd voor een rijbewijskeuring halveren. "
        "Alleen VVD en SGP stemden tegen.\n"
        "Een meerderheid wil dat de minister eerst onderzoek doet, zei de woordvoerder."
    )
    assert [c.status for c in found] == ["adopted"]
    assert "rijbewijskeuring" in found[0].title


def test_a_motion_listed_by_its_old_number_and_voted_on_changed_is_one_motion() -> None:
    found = motions(
        "Aan de orde zijn de stemmingen over moties, ingediend bij het debat over de Energieraad,\n"
        "te weten:\n"
        "- de motie-Jansen over een Europees plafond voor de gasprijs (21501-33, nr. 812).\n"
        "In stemming komt de gewijzigde motie-Jansen (21501-33, nr. 815, was nr. 812).\n"
        "De voorzitter: Ik constateer dat de leden van de fracties van de SP en de PvdD ervoor hebben gestemd en de "
        "leden van de overige fracties ertegen, zodat zij is verworpen."
    )
    assert [(c.status, c.register) for c in found] == [("rejected", "21501-33, nr. 815")]


def test_a_proposal_told_with_the_kamers_verdict_is_a_motion_by_its_party() -> None:
    # news names a motion by what it proposes: "voorstel", "oproep", "plan", with the verdict in the same sentence
    found = motions(
        "De Tweede Kamer heeft dinsdag gestemd over de plannen voor het openbaar vervoer.\n\n"
        "Het CDA kwam met een voorstel voor een vast tarief in de regionale bus en wist een meerderheid daarvoor "
        "achter zich te scharen. Ook staat de Kamer achter het plan van de SP om stations in krimpregio's open te "
        "houden. Een minderheid schaarde zich achter een oproep om de treinkaartjes gratis te maken."
    )
    assert [(c.status, {a.name for a in c.actors}) for c in found] == [
        ("adopted", {"CDA"}), ("adopted", {"SP"}), ("rejected", set())]
    assert "vast tarief in de regionale bus" in found[0].title
    assert "stations in krimpregio's open" in found[1].title


def test_a_proposal_of_the_government_or_without_a_vote_is_no_motion() -> None:
    # the cabinet's own plan that a majority backs is a bill or policy, not a motion; support in a debate without
    # any vote told is an opinion
    assert motions("De Kamer stemde dinsdag over de begroting. Een meerderheid staat achter het voorstel van de "
                   "minister om de huurtoeslag te verhogen.") == []
    assert motions("In het debat bleek dat veel partijen achter het voorstel van GroenLinks om de zondagsrust te "
                   "beschermen staan.") == []


def test_the_filer_told_in_a_sentence_after_the_motion_is_its_member() -> None:
    [c] = motions(
        "Een meerderheid van de Kamer nam woensdag een motie van de PvdD aan over het verbod op pelsdieren. "
        "De discussie liep hoog op. In de motie die PvdD-leider Anna Verbeek had ingediend staat dat de sector "
        "binnen twee jaar moet sluiten."
    )
    assert (c.status, {a.name for a in c.actors} >= {"Anna Verbeek"}) == ("adopted", True)
    # two motions told in one sentence are no single member's
    found = motions("Moties tegen de minister en tegen de staatssecretaris zijn door de Kamer verworpen. "
                    "De eerste werd ingediend door Kamerlid Sanne de Wit (SP).")
    assert all("Sanne de Wit" not in {a.name for a in c.actors} for c in found[:2])


def test_a_motion_the_government_will_not_carry_out_was_adopted_and_its_content_follows() -> None:
    # only an adopted motion is carried out or set aside; "Daarin ..." says what it asks
    [c] = motions(
        "De Kamer debatteert vandaag over de weigering van de staatssecretaris om een motie van de ChristenUnie uit "
        "te voeren. Daarin wordt hij gevraagd de bibliotheken in kleine gemeenten open te houden."
    )
    assert c.status == "adopted"
    assert "bibliotheken in kleine gemeenten" in c.title


def test_a_threatened_motion_is_announced_beside_the_fate_of_the_one_pointed_back_to() -> None:
    found = motions(
        "De Kamer nam vorige maand een motie van de ChristenUnie aan over de bibliotheken. "
        "\"Als de staatssecretaris de motie naast zich neerlegt, kan hij een motie van afkeuring verwachten\", zegt "
        "Kamerlid Joris Bakker (GL)."
    )
    assert [c.status for c in found] == ["adopted", "announced"]
    assert "afkeuring" in found[1].quote and "Joris Bakker" in {a.name for a in found[1].actors}


def test_a_motion_still_being_written_is_announced_by_whoever_tells_it() -> None:
    [c] = motions(
        "Partijen zijn nog in overleg over het opstellen van een motie waarin de plannen voor de regionale omroep "
        "worden gesteund. Dat laat VVD-fractievoorzitter Karin Smit weten."
    )
    assert (c.status, "Karin Smit" in {a.name for a in c.actors}) == ("announced", True)
def test_a_conjunct_that_starts_with_a_bracket_is_no_pattern() -> None:
    # the second minister's portfolio in brackets starts a conjunct: it was put into a regex unescaped and
    # triage ended in an internal error on a real news text
    found = motions(
        "De Kamer heeft de moties van wantrouwen die de oppositie had ingediend tegen de ministers Piet Jansen "
        "(Zorg en Sport) en Karin de Vries (Defensie en Marine) verworpen.", D(2024, 7, 4))
    assert found and {c.status for c in found} == {"rejected"}


def test_text_full_of_regex_characters_is_read_as_text() -> None:
    base = ("De minister zegt toe de Kamer voor de zomer te informeren over A en B. De Kamer heeft de moties van "
            "wantrouwen tegen de ministers Piet Jansen (Zorg en Sport) en Karin de Vries (Defensie en Marine) "
            "verworpen.")
    for mark in "()[]{}*+?|\\^$.":
        for target in (" en ", " over ", " van "):
            text = base.replace(target, f"{target}{mark}")
            assert extract(text, D(2025, 3, 4)).candidates, (mark, target)


def test_a_member_filing_a_proposal_in_a_liveblog_files_a_motion() -> None:
    [c] = motions("Liveblog: de Kamer over de begroting. Leden kunnen in de tweede termijn moties indienen.\n\n"
                  "21.10 uur:\n\nPiet Jansen (SGP) sluit de eerste termijn af. Hij dient een voorstel in om de regels "
                  "voor kleine boeren te versoepelen.")
    assert (c.status, {a.name for a in c.actors}) == ("submitted", {"Jansen"})
    assert "regels voor kleine boeren" in c.title


def test_all_parties_voting_for_a_motion_adopt_it_and_the_kamers_wish_after_it_gives_its_term() -> None:
    [c] = motions("De Kamer stemde dinsdag over het jeugdbeleid. Bijna alle partijen stemden voor de motie van "
                  "GroenLinks over de wachtlijsten. De Kamer vindt de aanpak te traag en wil nog voor het kerstreces "
                  "een plan.",
                  D(2026, 10, 13))
    assert (c.status, c.due is not None and c.due <= D(2026, 12, 18)) == ("adopted", True)


def test_a_motion_of_no_confidence_is_known_by_whom_it_is_against_and_motions_in_general_are_none() -> None:
    # told first without, then with whom it is against: one motion, against her
    [c] = motions("Voor het eerst heeft de senaat een motie van afkeuring aangenomen. Een meerderheid stemde in met "
                  "een motie van afkeuring tegen minister Eva Janssen (Wonen).")
    assert (c.status, "Eva Janssen" in c.quote, "Janssen" in c.title) == ("adopted", True, True)
    assert motions("Moties van wantrouwen worden regelmatig ingediend, maar zelden aangenomen.") == []


def test_the_vote_count_is_the_outcome_of_a_motion() -> None:
    [c] = motions("Over de motie van senator Pieters (PvdD) over dierproeven werd hoofdelijk gestemd: 30 senatoren "
                  "voor, 45 tegen.")
    assert c.status == "rejected"
    [c] = motions("De motie van Kamerlid Mila de Vries (D66) over leraren kreeg 80 stemmen voor en 70 tegen.")
    assert c.status == "adopted"


# --- Handelingen: the speaker's turn and the motion text read out (eleventh session, hm) ---------------------


def test_a_noun_besluit_in_a_considering_clause_is_not_the_dictum() -> None:
    # the dictum is the clause that opens with its verb ("; verzoekt de regering"), not a "besluit" that a
    # considering clause names
    [c] = motions(
        "De heer Jansen (SP):\nVoorzitter. Vandaar de volgende motie.\nMotie\nDe Kamer,\ngehoord de beraadslaging,\n"
        "constaterende dat het besluit tot sluiting van het zwembad in Almelo zonder inspraak is genomen;\n"
        "verzoekt de regering uiterlijk 1 januari 2026 met de gemeente te zorgen dat het zwembad open blijft,\n"
        "en gaat over tot de orde van de dag.\nDe voorzitter:\nDeze motie is voorgesteld door het lid Jansen. Naar mij "
        "blijkt, wordt de indiening ervan voldoende ondersteund.\nZij krijgt nr. 51 (29936).")
    assert "zwembad open blijft" in c.title and "besluit tot sluiting" not in c.title
    assert (c.register, c.due, names(c)) == ("29936, nr. 51", D(2026, 1, 1), {"Jansen"})


def test_the_next_motion_text_after_the_chairs_lines_is_read_by_the_same_member() -> None:
    # the chair numbers the first motion, the heading "Motie" follows and the member reads the next text; the text
    # stops before the chair says who proposed it
    first, second = motions(
        "De heer Jansen (SP):\nVoorzitter. Ik heb twee moties.\nMotie\nDe Kamer,\ngehoord de beraadslaging,\n"
        "verzoekt de regering de stationsloketten open te houden,\nen gaat over tot de orde van de dag.\n"
        "De voorzitter:\nDeze motie is voorgesteld door het lid Jansen. Naar mij blijkt, wordt de indiening ervan "
        "voldoende ondersteund.\nZij krijgt nr. 672 (23645).\nMotie\nDe Kamer,\ngehoord de beraadslaging,\n"
        "verzoekt de regering de sociale veiligheid op kleine stations te verbeteren,\nen gaat over tot de orde van "
        "de dag.")
    assert names(first) == {"Jansen"} and first.register == "23645, nr. 672"
    assert (second.status, names(second)) == ("submitted", {"Jansen"})
    assert "sociale veiligheid" in second.title


def test_vandaar_de_volgende_motie_as_the_last_words_of_a_turn_is_the_speakers_motion() -> None:
    # the excerpt stops where the motion text would start: the speaker submits a motion about what they just said
    [c] = motions(
        "De heer Van Dam (CDA):\nVoorzitter. Het faillissement van regionale ziekenhuizen moet worden voorkomen. Dat "
        "is niet acceptabel en vandaar de volgende motie.", D(2019, 5, 16))
    assert (c.status, names(c)) == ("submitted", {"Van Dam"})
    assert "faillissement van regionale ziekenhuizen" in c.title


def test_a_motion_announced_with_its_co_signer_at_the_end_of_a_turn_is_theirs_too() -> None:
    [c] = motions(
        "Mevrouw De Boer (VVD):\nVoorzitter. Gemeenten moeten de ruimte krijgen om zorg en werk samen te regelen, "
        "zonder schotten binnen het sociaal domein. Daarom dien ik mede namens de heer Smit van D66 de volgende "
        "motie in.\nDe heer Smit (D66):\nVoorzitter. Ik sluit mij aan.", D(2013, 6, 13))
    assert (c.status, names(c)) == ("submitted", {"De Boer", "Smit"})
    assert "schotten" in c.quote


def test_de_volgende_motie_with_the_text_after_it_is_one_motion() -> None:
    [c] = motions(
        "Mevrouw De Boer (VVD):\nVoorzitter. Vandaar de volgende motie.\nMotie\nDe Kamer,\ngehoord de "
        "beraadslaging,\nverzoekt de regering de schotten in het sociaal domein weg te nemen,\nen gaat over tot de "
        "orde van de dag.")
    assert (c.status, names(c)) == ("submitted", {"De Boer"})


def test_vandaar_de_volgende_motie_before_the_next_turn_in_a_flattened_text() -> None:
    # a copy of the Handelingen without line ends: the next turn starts in the same line
    [c] = motions(
        "Aan de orde is het debat over de zorg. De voorzitter: Ik geef het woord aan de heer Bos. De heer Bos (PVV): "
        "Voorzitter. De schade in Groningen moet eindelijk worden hersteld. Vandaar de volgende motie. Mevrouw Kok "
        "(CDA): Voorzitter. Ik heb een vraag aan de minister.")
    assert (c.status, names(c)) == ("submitted", {"Bos"})
    assert "schade in Groningen" in c.title


def test_what_a_motion_is_told_in_the_present_is_no_motion() -> None:
    # an explainer of how motions work: a rule in the present (a modal, or a condition), any motion at all
    assert motions(
        "Hoe werkt een motie? Een motie wordt aangenomen wanneer meer dan de helft van de Kamerleden voor stemt. "
        "Een aangehouden motie kan later alsnog in stemming worden gebracht. Een ingetrokken motie komt niet meer "
        "in stemming. Wanneer een motie wordt verworpen, hoeft de regering er niets mee te doen. Een "
        "overgenomen motie kan in die zin worden gezien als aangenomen zonder stemming. Elke motie moet worden "
        "ondertekend door de indiener. Er zijn de afgelopen jaren talloze moties ingediend over de jeugdzorg en "
        "wij hebben ze voor u bekeken. Daarna lezen we de moties die de afgelopen jaren ingediend werden."
    ) == []


def test_a_motion_with_its_filer_or_subject_told_in_the_present_is_still_one() -> None:
    found = motions(
        "Een motie van Kamerlid Bakker (D66) wordt dinsdag in stemming gebracht. Een motie om de jeugdzorg te "
        "ontzien wordt volgende week ingediend, wanneer de begroting aan de orde is."
    )
    assert [names(c) for c in found] == [{"Bakker"}, set()]
    assert "jeugdzorg" in found[1].title


def test_one_motion_named_among_the_counted_and_another_on_a_like_subject_with_the_other_fate() -> None:
    # "waaronder die voor X": one of the counted motions by its subject; its fate told next. The adopted motion of
    # two parties with their articles ("van de SP en het CDA die ...") is its own, and a motion rejected is not
    # the adopted one that shares a word with it ("gastouders", "gastouderbureaus")
    found = motions(
        "Bij het debat over de kinderopvang werd een aantal moties ingediend, waaronder die voor een meldplicht voor "
        "gastouders. Deze motie werd door de Kamer verworpen.\n"
        "Wel aangenomen werd de motie van de SP en het CDA die de regering verzoekt een register van "
        "gastouderbureaus op te zetten."
    )
    assert [(c.status, names(c)) for c in found] == [("rejected", set()), ("adopted", {"SP"})]
    assert "meldplicht" in found[0].title and "register van gastouderbureaus" in found[1].title


def test_one_of_the_counted_motions_told_next_and_a_proposal_whose_fate_the_next_sentence_tells() -> None:
    # "Daaronder was ook de motie voor X": one of the motions the sentence before counted, with their fate and filer;
    # "Ook dat voorstel kreeg geen meerderheid" is the fate of the plan a member pushed for in the sentence before
    found = motions(
        "De Tweede Kamer stemde dinsdag over de moties van het debat over de jeugdzorg. Alle drie de moties van "
        "SP-Kamerlid Lisa Westerveld haalden het niet. Daaronder was ook de motie voor een landelijk meldpunt voor "
        "pleegouders. Kamerlid Bram de Vries (CDA) had zich sterk gemaakt voor het plan om de wachtlijsten per regio "
        "te publiceren. Ook dat voorstel kreeg geen meerderheid."
    )
    assert [(c.status, names(c)) for c in found] == [("rejected", {"Lisa Westerveld"}),
                                                      ("rejected", {"Bram de Vries"})]
    assert "meldpunt voor pleegouders" in found[0].title and "wachtlijsten per regio" in found[1].title


def test_a_filer_named_by_a_bare_surname_or_party() -> None:
    # "Bontenbal kreeg steun voor zijn motie": the sentence's subject, named by surname only, filed "zijn motie";
    # "een voorstel van Omtzigt / van GroenLinks-PvdA om ..." names its filer after "van"
    found = motions(
        "De Kamer stemde dinsdag over de moties bij de begroting. Bontenbal kreeg steun voor zijn motie om de "
        "zorgpremie te bevriezen. Een voorstel van Omtzigt om de btw op logies te verhogen haalde geen meerderheid. "
        "Een voorstel van GroenLinks-PvdA om de huren te bevriezen haalde wel een meerderheid."
    )
    assert [(c.status, names(c)) for c in found] == [
        ("adopted", {"Bontenbal"}), ("rejected", {"Omtzigt"}), ("adopted", {"GL-PvdA"})]


def test_a_word_opening_the_sentence_or_after_van_that_is_no_name_files_nothing() -> None:
    # a word the text also writes in lower case, or one that opens sentences, is nobody's name
    found = motions(
        "De Kamer stemde dinsdag over de moties. Dinsdag kreeg de Kamer steun voor zijn motie om de zorgpremie te "
        "bevriezen. Een voorstel van Oppositie om de huren te bevriezen haalde een meerderheid; de oppositie was blij."
    )
    assert found and all(not names(c) for c in found)


def test_a_one_word_subject_ending_in_en_stays_in_the_motions_title() -> None:
    # what a motion is "over" is a noun ("toetsen", "woningen"), not a bare verb after a name
    found = motions("De motie-Kwint over toetsen werd aangenomen. De motie van Kamerlid Dijk over woningen werd "
                    "verworpen.")
    assert [c.title for c in found] == ["Motie Kwint: toetsen", "Motie Dijk: woningen"]


def test_the_kamer_backing_the_filer_of_the_motions_just_told_adopts_them() -> None:
    # "De Kamer ... steunde de SP-fractie" after the SP's motions and the minister's advice against them
    found = motions(
        "De SP diende een motie in om de huurverhoging in 2026 te bevriezen. De minister ontraadde de motie. De Kamer "
        "legde dat advies naast zich neer en steunde de SP-fractie.\n"
        "De PVV diende een motie in om de energiebelasting te verlagen. Een meerderheid steunde de PVV niet."
    )
    assert [(c.status, names(c)) for c in found] == [("adopted", {"SP"}), ("submitted", {"PVV"})]


# A Handelingen motion, read out by its first signer, in the shape the Kamer prints it: the co-signers named before
# the text, the considerations as a list, the dictum, the closing words, the signers' names and the chair's number.
_READ_OUT = (
    "Mevrouw Hendriks (CDA):\n\nVoorzitter. Omdat de minister de vorige motie niet uitvoert, dien ik vandaag een "
    "nieuwe motie in. Ik doe dat mede namens de collega's Bos van de Partij van de Arbeid, Meijer van GroenLinks en "
    "Van Wijk van RPF/GPV.\n\n{header}De Kamer,\n\ngehoord de beraadslaging,\n\noverwegende, dat:\n\n"
    "- de inkoop door de overheid groot is;\n\n- duurzame inkoop daar nog weinig telt;\n\n"
    "verzoekt de regering op basis van de richtlijnen van de OESO een gedragscode voor duurzame inkoop door de "
    "overheid op te stellen en de Kamer jaarlijks over de voortgang te informeren,\n\n"
    "en gaat over tot de orde van de dag.\n\n{signers}Zij krijgt nr. 14 (26485).\n\n"
    "De heer Bos (PvdA):\n\nVoorzitter. Nog een vraag aan de minister over de aanbesteding."
)


def test_a_motion_read_out_in_handelingen_has_its_dictum_signers_and_number() -> None:
    for header, signers in (("Motie van het lid Hendriks c.s.\n\n", "Hendriks, Bos, Meijer, Van Wijk\n\n"),
                            ("Motie\n\n", "Hendriks\n\nBos\n\nMeijer\n\nVan Wijk\n\n"),
                            ("Motie van het lid Hendriks c.s.\n\n", "")):
        [c] = motions(_READ_OUT.format(header=header, signers=signers), D(2000, 11, 1))
        assert (c.status, c.register) == ("submitted", "26485, nr. 14"), (header, signers)
        assert [a.name for a in c.actors] == ["Hendriks", "Bos", "Meijer", "Van Wijk"], (header, signers)
        assert "verzoekt de regering op basis van de richtlijnen van de OESO een gedragscode" in c.quote
        # "op" opens what is asked after "verzoekt" (it is the particle only of "roept/draagt ... op")
        assert "op basis van de richtlijnen" in c.title


def test_the_chair_naming_the_signers_before_the_text_gives_them_to_the_motion() -> None:
    text = _READ_OUT.format(header="", signers="").replace(
        "De Kamer,", "De voorzitter:\n\nDoor de leden Hendriks, Bos, Meijer en Van Wijk wordt de volgende motie "
        "voorgesteld:\n\nDe Kamer,", 1)
    [c] = motions(text, D(2000, 11, 1))
    assert ({a.name for a in c.actors}, c.register) == ({"Hendriks", "Bos", "Meijer", "Van Wijk"}, "26485, nr. 14")


def test_a_motion_text_cut_off_before_its_closing_words_keeps_its_dictum_and_co_signers() -> None:
    """An excerpt that stops inside the dictum: the stored text runs on to where it stops, not only to "overwegende,
    dat:" (u10 finding 2); the co-signers named before it are the motion's."""
    text = _READ_OUT.format(header="", signers="").split("het jaarlijks")[0].split(" en de Kamer jaarlijks")[0]
    [c] = motions(text, D(2000, 11, 1))
    assert c.quote.endswith("een gedragscode voor duurzame inkoop door de overheid op te stellen")
    assert [(a.name, a.party) for a in c.actors] == [
        ("Hendriks", "CDA"), ("Bos", "PvdA"), ("Meijer", "GroenLinks"), ("Van Wijk", "RPF/GPV")]


def test_mede_namens_a_party_names_no_co_signer() -> None:
    text = _READ_OUT.format(header="", signers="").replace(
        "Ik doe dat mede namens de collega's Bos van de Partij van de Arbeid, Meijer van GroenLinks en Van Wijk van "
        "RPF/GPV.", "Ik doe dat mede namens D66 en de ChristenUnie.")
    [c] = motions(text, D(2000, 11, 1))
    assert [a.name for a in c.actors] == ["Hendriks"]


def test_signers_after_closing_words_with_a_comma() -> None:
    """A party's site prints the closing words with a comma ("en gaat over tot de orde van de dag,"): the first
    signer under them is the motion's first signer, not a word of its text (u11 finding 1: "Motie Marijnissen c.s.",
    Krol missing)."""
    text = ("Motie om taken van gemeenten in een raamwerk te oormerken\n\n21 september 2018\n\n"
            "De Kamer gehoord de beraadslaging,\n\noverwegende dat er veel taken naar gemeenten zijn overgeheveld,\n\n"
            "verzoekt de regering de decentralisaties in een duidelijk raamwerk te oormerken,\n\n"
            "en gaat over tot de orde van de dag,\n\nKrol\nMarijnissen\nThieme\n\nStatus\n\nVerworpen\n")
    [c] = motions(text, D(2018, 9, 21))
    assert c.title.startswith("Motie Krol c.s.")
    assert [a.name for a in c.actors] == ["Krol", "Marijnissen", "Thieme"] and c.status == "rejected"


def test_a_motion_that_got_no_majority_is_rejected_and_a_rule_about_majorities_is_no_motion() -> None:
    for fate in ("haalde geen Kamermeerderheid", "kreeg geen meerderheid in de Tweede Kamer",
                 "haalde uiteindelijk geen meerderheid"):
        [c] = motions("De SP diende een motie in over een verbod op reclame voor sportweddenschappen. "
                      f"Deze motie {fate}.")
        assert c.status == "rejected", fate
    assert motions("Zonder steun van een of meer coalitiepartijen halen moties geen meerderheid.") == []


_TURN = ("12 Huurbeleid\n\nAan de orde is het debat over het huurbeleid.\n\nDe heer Van Kent (SP):\n\n"
         "Voorzitter. De huren stijgen hard. {said}\n\nDe voorzitter:\n\nDank u wel. Het woord is aan de minister.\n")


def test_a_motion_a_member_will_file_later_in_the_debate_is_announced_and_one_read_out_is_submitted() -> None:
    """In a turn of a debate the present tense with "zo", "zometeen", "dadelijk" or "in de tweede termijn" is a
    motion to come ("Daar dien ik zo een motie over in"): read out later with its own text, not filed yet."""
    for said in ("Daar dien ik zo een motie over in.", "Ik dien zometeen een motie in over de huurbevriezing.",
                 "Daarom dien ik dadelijk een motie in.", "Daarover dien ik in de tweede termijn een motie in."):
        [c] = motions(_TURN.format(said=said))
        assert (c.status, names(c)) == ("announced", {"Van Kent"}), said
    read_out = ("Daarom dien ik zo de volgende motie in.\n\nMotie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n"
                "constaterende dat de huren hard stijgen;\n\nverzoekt de regering de huren te bevriezen,\n\n"
                "en gaat over tot de orde van de dag.\n\nDe voorzitter:\n\nDeze motie is voorgesteld door het lid Van "
                "Kent.\n\nZij krijgt nr. 12 (32847).")
    [c] = motions(_TURN.format(said=read_out))
    assert (c.status, names(c)) == ("submitted", {"Van Kent"}) and "huren te bevriezen" in c.quote


def test_a_motion_a_member_is_going_to_file_or_will_come_with_is_announced_without_the_filing_as_its_subject() -> None:
    """ "Daar ga ik zo een motie over indienen" (the first person's "ga") and "In de tweede termijn kom ik met een motie
    over de huren" gave nothing; each is the member's announced motion, the filing no subject of it."""
    for said, subject in (("Daar ga ik zo een motie over indienen.", None),
                          ("In de tweede termijn kom ik met een motie over de huren.", "huren"),
                          ("Ik kom straks met twee moties.", None)):
        [c] = motions(_TURN.format(said=said))
        assert (c.status, names(c)) == ("announced", {"Van Kent"}), said
        assert "indienen" not in c.title and (subject is None or subject in c.title), c.title
