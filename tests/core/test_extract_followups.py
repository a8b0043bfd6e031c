"""Commitments, dated events, expected deliverables and own tasks in the shapes Dutch parliamentary texts use,
each on sentences written for this file (not taken from an evaluation text): the language pattern, not a text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kamertaak.core.extract import Candidate, extract

D = dt.date
REF = D(2026, 11, 25)  # a Wednesday


def one(text: str, ref: dt.date = REF) -> Candidate:
    [c] = extract(text, ref).candidates
    return c


# --- commitments -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Het kabinet heeft aangekondigd in maart zelf een plan voor de huurmarkt te presenteren.", D(2027, 3, 31)),
        ("De minister kondigde aan dat er begin volgend jaar een wetsvoorstel naar de Kamer gaat.", D(2027, 3, 31)),
        ("De minister belooft de Kamer voor 1 maart een voorstel voor de financiering.", D(2027, 2, 28)),
    ],
)
def test_announced_or_promised_with_a_date_is_a_commitment(text: str, due: dt.date) -> None:
    c = one(text)
    assert (c.kind, c.status, c.due) == ("commitment", "open", due)
    assert not c.title.lower().startswith(("aangekondigd", "kondigde", "belooft")), c.title


def test_announcing_without_a_date_or_by_a_party_is_nothing() -> None:
    for text in (
        "Het kabinet heeft aangekondigd de regels voor de huurmarkt te willen versoepelen.",
        "De partij kondigde aan in maart met een eigen plan te komen.",
    ):
        assert extract(text, REF).candidates == (), text


def test_a_member_announcing_a_motion_with_a_date_is_a_motion_not_a_promise() -> None:
    text = (
        "Kamerlid Jansen (SP) wil dat er geld komt voor de jeugdzorg. Hij kondigde aan dat zijn fractie een motie "
        "overweegt om de regering op te roepen bij de Voorjaarsnota 20 miljoen vrij te maken."
    )
    kinds = [c.kind for c in extract(text, REF).candidates]
    assert "commitment" not in kinds, kinds
    assert "motion" in kinds, kinds


def test_inverted_promise_titles_what_was_promised() -> None:
    c = one("Toegezegd is dat de Kamer voor het kerstreces een brief ontvangt over de wachtlijsten.")
    assert (c.kind, c.status) == ("commitment", "open")
    assert c.title.startswith("Kamer een brief ontvangt over de wachtlijsten"), c.title


def test_the_cabinets_promise_is_followed_up_with_the_ministers_the_text_names() -> None:
    text = (
        "Het kabinet heeft aangekondigd in maart een plan voor de visserij te presenteren. Ministers Anna de Boer "
        "(Landbouw) en Karel Smit (Financiën) lichten het plan toe."
    )
    [c] = [c for c in extract(text, REF).candidates if c.kind == "commitment"]
    assert {a.name for a in c.actors} == {"Anna de Boer", "Karel Smit"}


def test_an_obligation_is_no_promise() -> None:
    text = "De regering zal bij de Europese Commissie binnen korte termijn moeten aandringen op een regeling."
    assert extract(text, REF).candidates == ()


def test_a_listed_letter_about_promises_is_no_open_promise() -> None:
    # the letter, sent already, answers the promises it is about: they are done, never a promise still open
    text = (
        "De commissie heeft overleg gevoerd over:\n– de brief van de minister van Financiën d.d. 2 oktober 2026 "
        "inzake toezeggingen gedaan tijdens het commissiedebat over de Belastingdienst (Kamerstuk 36 100, nr. 4)."
    )
    assert [c.status for c in extract(text, REF).candidates if c.kind == "commitment"] == ["done"]


def test_a_letter_is_signed_by_the_named_office_holder() -> None:
    text = (
        "Geachte voorzitter,\n\nIk zal uw Kamer zo spoedig mogelijk na ontvangst van het advies van de commissie "
        "hierover informeren.\n\nDe Minister van Infrastructuur en Waterstaat,\nC.A. de Graaf\n"
    )
    c = one(text)
    assert (c.kind, c.status) == ("commitment", "open")
    assert (c.actors[0].name, c.actors[0].ministry) == ("De Graaf", "IenW")


# --- dated events ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Het kabinet heeft tot 18 december de tijd om op het advies te reageren.", D(2026, 12, 18)),
        ("De internetconsultatie over het wetsvoorstel loopt tot 15 januari.", D(2027, 1, 15)),
        ("Reacties op het ontwerpbesluit kunnen tot en met 20 december worden ingediend.", D(2026, 12, 20)),
    ],
)
def test_a_period_that_closes_on_a_day(text: str, due: dt.date) -> None:
    c = one(text)
    assert (c.kind, c.status, c.due) == ("deadline", "upcoming", due)
    assert c.title.startswith("Termijn"), c.title


def test_a_period_that_closed_is_history() -> None:
    assert extract("Gemeenten hadden tot 1 november de tijd om te reageren.", REF).candidates == ()


def test_the_government_answers_on_a_weekday() -> None:
    text = "Minister Jansen (Financiën) en staatssecretaris De Vries zullen vrijdag de vragen van de Kamer beantwoorden"
    c = one(text)
    assert (c.kind, c.due) == ("deadline", D(2026, 11, 27))
    assert {a.name for a in c.actors} == {"Jansen", "De Vries"}
    # said on that very day, "zullen donderdag" is today
    assert one(text.replace("vrijdag", "woensdag")).due == REF


def test_a_vote_on_a_weekday_told_on_that_day_is_not_lost() -> None:
    """A news item of a Wednesday: "Woensdag wordt over de moties gestemd" is that day's vote, not nothing; a
    day later the same words are next week's Wednesday."""
    text = "De Kamer sprak over de jeugdzorg. Woensdag wordt over de moties gestemd."
    assert (one(text).kind, one(text).due) == ("deadline", REF)
    assert extract(text, REF + dt.timedelta(days=1)).candidates[0].due == REF + dt.timedelta(days=7)


def test_a_weekday_in_the_present_on_its_own_day_is_the_texts_own_day() -> None:
    text = "Minister Jansen (Financiën) komt woensdag tijdens een debat over de toeslagen onder vuur te liggen."
    assert extract(text, REF).candidates == ()


def test_a_follow_up_named_with_its_day_is_to_come_whatever_the_main_verb() -> None:
    text = "De stemming over twee moties werd uitgesteld tot een tweede termijn van het debat op dinsdag 8 december."
    assert (one(text).kind, one(text).due) == ("deadline", D(2026, 12, 8))
    # a past-tense sentence whose day is far off is a past day, not next year's
    assert extract("Het debat op 3 november verliep rommelig.", REF).candidates == ()


def test_aiming_at_a_day_for_what_the_sentence_before_named() -> None:
    text = "Het notaoverleg over de visserij is nog niet ingepland. De griffie mikt op maandag 14 december."
    c = one(text)
    assert (c.kind, c.due) == ("deadline", D(2026, 12, 14))
    assert "notaoverleg" in c.title.lower() and "mikt" in c.quote


def test_a_plan_with_its_day_is_an_event_and_without_it_nothing() -> None:
    c = one("Het ministerie is gereed om op 16 december de aanbesteding naar drie marktpartijen te sturen.")
    assert (c.kind, c.due) == ("deadline", D(2026, 12, 16))
    assert c.title.startswith("Aanbesteding naar drie marktpartijen sturen"), c.title
    assert extract("Het kabinet is van plan de huurtoeslag te verhogen.", REF).candidates == ()


# --- expected deliverables ---------------------------------------------------------------------------


def test_a_deliverable_expected_in_a_relative_clause_of_a_past_sentence() -> None:
    text = "Het debat ging vooral over het onderzoek van het CPB naar de koopkracht, dat in december wordt verwacht."
    c = one(text)
    assert (c.kind, c.due) == ("deadline", D(2026, 12, 31))
    late = "Het onderzoek van het CPB, dat in oktober werd verwacht, verscheen pas vorige week."
    assert extract(late, REF).candidates == ()


# --- own tasks ---------------------------------------------------------------------------------------


def test_a_sentence_opening_with_a_preposition_has_no_owner() -> None:
    text = "Op vragen van Kamerlid Smit (SP) geeft de minister aan dat zij voor 1 maart een besluit neemt."
    assert [c.kind for c in extract(text, REF).candidates] != ["task"]
    c = one("Marieke belt voor vrijdag 4 december de griffier over de agenda.")
    assert (c.kind, c.owner, c.due) == ("task", "Marieke", D(2026, 12, 3))


# --- a committee's decisions on listed commitments ---------------------------------------------------


def test_a_committee_decides_status_and_moves_deadlines_of_listed_commitments() -> None:
    text = (
        "De commissie bespreekt de brief van de minister van Financiën d.d. 2 november 2026 in reactie op het "
        "rappel voor wat betreft de toezeggingen T04410, T04411 en T04412. De commissie besluit als volgt:\n"
        "- de status van toezegging T04410 blijft ongewijzigd (openstaand) en de deadline wordt verplaatst naar "
        "1 maart 2027;\n"
        "- de status van toezegging T04411 wordt gewijzigd in voldaan;\n"
        "- de status van toezegging T04412 wordt gewijzigd in deels voldaan.\n"
    )
    got = {c.register: (c.status, c.due) for c in extract(text, REF).candidates if c.kind == "commitment"}
    assert got == {
        "T04410": ("open", D(2027, 3, 1)),
        "T04411": ("done", None),
        "T04412": ("partial", None),
    }


# --- a letter's own plans, said in the ways letters say them ------------------------------------------

LETTER = (
    "Geachte voorzitter,\n\nHierbij ga ik in op de stand van de uitvoering.\n\n{}\n\n"
    "De Minister van Financiën,\nA.B. Jansen\n"
)


@pytest.mark.parametrize(
    ("sentence", "due", "title"),
    [
        ("U kunt de kabinetsreactie in februari tegemoet zien.", D(2027, 2, 28), "Kabinetsreactie"),
        ("U ontvangt de tweede voortgangsrapportage voor 1 maart.", D(2027, 2, 28), "Tweede voortgangsrapportage"),
        ("Ik streef ernaar de schriftelijke vragen medio januari te beantwoorden.", D(2027, 1, 15),
         "Schriftelijke vragen beantwoorden"),
        ("Wij zijn voornemens u voor 1 maart de uitwerking toe te sturen.", D(2027, 2, 28), "Uitwerking"),
        ("Na de evaluatie informeer ik u in februari over de vervolgstappen.", D(2027, 2, 28), "Kamer informeren"),
        ("Ik heb u eerder meegedeeld dat ik de cijfers in maart aan uw Kamer zou doen toekomen.", D(2027, 3, 31),
         "Cijfers"),
    ],
)
def test_a_letter_says_when_it_delivers(sentence: str, due: dt.date, title: str) -> None:
    c = one(LETTER.format(sentence))
    assert (c.kind, c.status, c.due) == ("commitment", "open", due)
    assert c.title.startswith(title), c.title
    assert c.actors[0].name == "Jansen"


def test_a_pronoun_promised_is_what_the_sentence_before_names() -> None:
    text = LETTER.format("Het onderzoek naar de kosten loopt nog. Dit zal ik voor 1 april aan uw Kamer zenden.")
    [c] = [c for c in extract(text, REF).candidates if c.kind == "commitment"]
    assert "kosten" in c.title and c.due == D(2027, 3, 31)


def test_someone_else_will_is_no_promise_of_the_writer() -> None:
    text = LETTER.format("Ik verwacht dat gemeenten de regeling in 2027 zullen evalueren.")
    assert extract(text, REF).candidates == ()


def test_a_member_who_will_send_something_is_no_government_promise() -> None:
    text = "Mevrouw Smit (SP):\nIk zal de minister hierover voor de zomer een brief sturen."
    assert [c for c in extract(text, REF).candidates if c.kind == "commitment"] == []


# --- procedure the Kamer schedules ------------------------------------------------------------------


def test_the_members_written_input_by_a_day() -> None:
    c = one("De leden van de vaste commissie voor Financiën zullen uiterlijk op 14 december hun vragen inbrengen.")
    assert (c.kind, c.due) == ("deadline", D(2026, 12, 14))
    assert c.title == "Inbreng vragen commissie Financiën"


def test_the_kamer_meets_on_a_day() -> None:
    c = one("De Tweede Kamer komt op dinsdag 12 januari bijeen voor de eerste vergadering na het kerstreces.")
    assert (c.kind, c.due) == ("deadline", D(2027, 1, 12))
    assert c.title.startswith("Vergadering Tweede Kamer"), c.title


def test_a_period_given_in_the_perfect_still_runs() -> None:
    c = one("De verkenners hebben tot half januari de tijd gekregen voor hun opdracht.")
    assert (c.kind, c.due) == ("deadline", D(2027, 1, 15))


def test_a_debate_takes_only_a_day_said_next_to_it() -> None:
    text = "Ik streef er naar u het plan voor 1 april toe te sturen met het oog op het met u te voeren notaoverleg."
    assert [c for c in extract(text, REF).candidates if c.title.lower().startswith("notaoverleg")] == []


def test_a_budget_moment_described_is_no_moment_to_watch() -> None:
    assert extract("In de Voorjaarsnota zijn de cijfers van het vorige jaar verwerkt.", REF).candidates == ()


# --- a member asks for a letter ---------------------------------------------------------------------


def test_a_member_asking_for_a_letter_before_a_moment_is_a_letter_to_expect() -> None:
    text = (
        "De heer Bakker (CDA):\nNu het debat is uitgesteld, zou ik graag voor het commissiedebat een brief van de "
        "minister hebben over de stand van de uitvoering.\n\nDe voorzitter:\nIk stel voor het stenogram van dit deel "
        "van de vergadering door te geleiden naar het kabinet."
    )
    [c] = extract(text, REF).candidates
    assert (c.kind, c.status) == ("deadline", "upcoming")
    assert c.title.startswith("Brief gevraagd door Bakker"), c.title


def test_a_wish_that_the_minister_sends_is_no_promise() -> None:
    text = "Mevrouw Vos (VVD):\nWij willen dat de minister voor 1 maart een brief naar de Kamer stuurt."
    assert [c.kind for c in extract(text, REF).candidates] == ["deadline"]


# --- the reader's own actions, in the ways notes write them -------------------------------------------


@pytest.mark.parametrize(
    ("text", "owner", "due", "title"),
    [
        ("Lotte en Bram bereiden voor 10 december een position paper voor.", "Lotte en Bram", D(2026, 12, 9),
         "Position paper voorbereiden"),
        ("Lotte zal uiterlijk vrijdag 4 december een notitie aan de woordvoerders sturen.", "Lotte", D(2026, 12, 4),
         "Notitie aan de woordvoerders sturen"),
        ("To do: Bram belt vrijdag de griffier over de agenda.", "Bram", D(2026, 11, 27),
         "Griffier over de agenda bellen"),
        ("Vervolgactie: notitie aan de woordvoerders (Lotte, vrijdag 4 december).", "Lotte", D(2026, 12, 4),
         "Notitie aan de woordvoerders"),
        ("Bram neemt voor 1 december contact op met de griffie over de hoorzitting.", "Bram", D(2026, 11, 30),
         "Contact opnemen met de griffie"),
        ("Lotte: uiterlijk 7 december een reactie op de consultatie indienen.", "Lotte", D(2026, 12, 7),
         "Reactie op de consultatie indienen"),
    ],
)
def test_own_actions_with_owner_and_day(text: str, owner: str, due: dt.date, title: str) -> None:
    c = one(text)
    assert (c.kind, c.status, c.owner, c.due) == ("task", "todo", owner, due)
    assert c.title.startswith(title), c.title


def test_a_label_before_a_colon_is_no_owner() -> None:
    text = "Besluit: de commissie zal de brief voor 1 maart agenderen."
    assert [c.kind for c in extract(text, REF).candidates if c.kind == "task"] == []


def test_a_member_who_sends_a_letter_is_no_government_promise() -> None:
    text = "Kröger (GL) diende een motie in. Kröger stuurt uiterlijk 4 december een brief aan de minister."
    assert [c for c in extract(text, REF).candidates if c.kind == "commitment"] == []
    asked = "Op vragen van Kröger (GL) zegde de minister toe voor 1 maart een brief te sturen."
    assert [c.kind for c in extract(asked, REF).candidates] == ["commitment"]


# --- a news report of a debate ------------------------------------------------------------------------

NEWS = """Kamer wil haast met plan voor de jeugdzorg

DEN HAAG - Staatssecretaris Karin Vos (Jeugd, Preventie en Sport) heeft de Tweede Kamer woensdag beloofd voor de
kerst met een plan te komen om de wachtlijsten in de jeugdzorg te verkorten. Dat zei ze tijdens een commissiedebat
over de jeugdzorg.

De staatssecretaris wil de regio's meer sturing geven. "Ik kom daar in februari op terug met een brief over de
inkoop", zei de staatssecretaris. Ook zegde ze toe de Autoriteit Consument en Markt te vragen om een analyse van de
tarieven.
"""


def test_a_news_report_keeps_the_leads_promise_and_reads_quotes_and_pronouns() -> None:
    cands = [c for c in extract(NEWS, REF).candidates if c.kind == "commitment"]
    titles = [c.title for c in cands]
    assert titles[0].startswith("Plan om de wachtlijsten"), titles  # the lead's promise, not told again below
    assert any(t.startswith("Brief over de inkoop") for t in titles), titles  # not '", zei de staatssecretaris'
    acm = next(c for c in cands if "Consument" in c.title)
    assert acm.title.startswith("Autoriteit Consument en Markt vragen"), acm.title
    assert acm.actors[0].name == "Karin Vos"  # "zegde ze toe": the office-holder named before


@pytest.mark.parametrize(
    ("text", "due", "title"),
    [
        ("De behandeling van het wetsvoorstel in de Eerste Kamer is gepland op 3 december.", D(2026, 12, 3),
         "Behandeling wetsvoorstel"),
        ("Het ontwerpbesluit ligt tot 8 januari ter consultatie.", D(2027, 1, 8), "Consultatie ontwerpbesluit"),
        ("Het Planbureau publiceert in december de nieuwe ramingen.", D(2026, 12, 31), "Ramingen"),
        ("Het besluit over de locatie wordt naar verwachting in januari genomen.", D(2027, 1, 31), "Besluit"),
    ],
)
def test_scheduled_treatment_consultation_and_expected_decisions(text: str, due: dt.date, title: str) -> None:
    c = one(text)
    assert (c.kind, c.due) == ("deadline", due)
    assert c.title.startswith(title), c.title


def test_a_past_treatment_or_decision_is_history() -> None:
    for text in ("De behandeling van de begroting duurde twee dagen.", "Het besluit werd in oktober genomen."):
        assert extract(text, REF).candidates == (), text


def test_the_chair_proposes_a_day_to_vote() -> None:
    text = "De voorzitter:\nIk stel voor dinsdag 1 december ook te stemmen over de ingediende moties."
    c = one(text)
    assert (c.kind, c.due) == ("deadline", D(2026, 12, 1))  # that Tuesday, not the day before it


# --- shapes read off the development batch train-v3 (sentences of my own in the same shapes) -----------


def test_a_promise_reported_with_zal_needs_no_date() -> None:
    text = (
        "Minister Dekker (Financiën) heeft de Kamer vanmorgen laten weten dat hij het voorstel uit de motie zal "
        "voorleggen aan de adviesraad."
    )
    c = one(text)
    assert (c.kind, c.status, c.due) == ("commitment", "open", None)
    assert "adviesraad" in c.title and c.actors[0].name == "Dekker"
    said = "Als er meer geld nodig is, zal het kabinet daarin voorzien, aldus de minister."
    assert one(said).kind == "commitment" and "aldus" not in one(said).title


def test_a_letter_aims_to_inform_the_kamer_about_something_by_a_moment() -> None:
    text = LETTER.format(
        "Ik verwacht dit in de komende weken af te ronden en streef ernaar om uw Kamer over de uitkomsten nog voor "
        "het kerstreces te kunnen informeren."
    )
    c = one(text)
    assert (c.kind, c.due) == ("commitment", D(2026, 12, 17))  # the date said with "informeren"
    assert c.title.startswith("Kamer informeren over de uitkomsten"), c.title


def test_a_letter_before_the_debate_it_names_counts_from_its_own_date() -> None:
    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 23 november 2026\n\nTer voorbereiding "
        "op het geplande commissiedebat van 3 december 2026 over de motie van het lid Smit (SP) heeft de commissie "
        "mij verzocht om informatie.\n\nDe Minister van Financiën,\nA.B. Jansen\n"
    )
    [c] = [c for c in extract(text, REF).candidates if c.kind == "deadline"]
    assert c.due == D(2026, 12, 3) and c.title.lower().startswith("commissiedebat")


@pytest.mark.parametrize(
    ("text", "due", "title"),
    [
        ("Wij hebben voorgesteld om een commissiedebat in te plannen, nog voor de kerst.", D(2026, 12, 17),
         "Commissiedebat"),
        ("De nieuwe gemeenteraad, die op 2 december wordt geïnstalleerd, kiest een nieuwe wethouder.", D(2026, 12, 2),
         "Installatie nieuwe gemeenteraad"),
        ("De Tweede Kamer wil donderdag minister Jansen (Financiën) aan de tand voelen over de toeslagen.",
         D(2026, 11, 26), "Debat in de Tweede Kamer over"),
        ("Minister Jansen (Financiën) moet vrijdag duidelijk maken of het besluit, dat gisteren werd genomen, "
         "definitief is.", D(2026, 11, 27), "Jansen: duidelijk maken"),
    ],
)
def test_debates_planned_installations_and_what_the_kamer_demands_by_a_day(
    text: str, due: dt.date, title: str
) -> None:
    c = one(text)
    assert (c.kind, c.due) == ("deadline", due)
    assert c.title.startswith(title), c.title


# --- a minister's own words in a debate ---------------------------------------------------------------


def test_yes_to_a_request_is_the_request_promised() -> None:
    text = (
        "Minister Smit:\nMevrouw Bakker (CDA) vroeg of ik de Kamer voor de zomer kan informeren over de wachttijden. "
        "Dat zeg ik toe."
    )
    [c] = extract(text, REF).candidates
    assert (c.kind, c.title) == ("commitment", "Kamer informeren over de wachttijden")
    assert [a.name for a in c.actors] == ["Smit", "Bakker"]
    later = "Minister Smit:\nDat zeg ik toe. Ik stuur de Kamer voor 1 maart een overzicht van de wachttijden."
    assert [c.title for c in extract(later, REF).candidates] == ["Overzicht van de wachttijden"]  # once, not twice


def test_coming_back_on_what_the_minister_will_do_first() -> None:
    c = one("Minister Smit:\nIk ga met de provincies in gesprek en kom daar voor de zomer bij de Kamer op terug.")
    assert c.title == "Terugkomen op gesprek met provincies"


def test_a_members_question_asking_for_a_promise_is_none() -> None:
    text = "De heer Bakker (CDA):\nKan de minister toezeggen dat hij de Kamer voor de zomer informeert?"
    assert extract(text, REF).candidates == ()


@pytest.mark.parametrize(
    ("text", "due", "title"),
    [
        ("Het wetsvoorstel wordt op 8 december plenair behandeld.", D(2026, 12, 8), "Behandeling wetsvoorstel"),
        ("De Eerste Kamer stemt op 15 december over het wetsvoorstel.", D(2026, 12, 15), "Stemming over wetsvoorstel"),
        ("De commissie brengt op 14 december verslag uit.", D(2026, 12, 14), "Verslag"),
    ],
)
def test_procedure_of_a_bill_on_its_days(text: str, due: dt.date, title: str) -> None:
    c = one(text)
    assert (c.kind, c.due) == ("deadline", due)
    assert c.title.startswith(title), c.title


# --- a letter answering what was promised or asked ------------------------------------------------------

_ANSWERING_LETTER = """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
Den Haag, 20 november 2026
Op 12 november 2026 sprak uw commissie met mij over de jeugdzorg. Daarbij heb ik enkele toezeggingen gedaan.
Met deze brief kom ik tegemoet aan die toezeggingen, op de volgende punten:
- De stand van zaken van de wachtlijsten in de regio's;
- Een overzicht van de tarieven die gemeenten vanaf 2027 hanteren;
- De uitkomst van het gesprek met de branchevereniging.
Wachtlijsten
De wachtlijsten zijn in het afgelopen halfjaar korter geworden.
De minister van Volksgezondheid, Welzijn en Sport,
K. Jansen
"""


def test_a_letter_listing_what_it_answers_now_keeps_each_item() -> None:
    cands = extract(_ANSWERING_LETTER, REF).candidates
    assert [(c.kind, c.status) for c in cands] == [("commitment", "done")] * 3
    assert [c.title for c in cands][1] == "Overzicht van de tarieven die gemeenten vanaf 2027 hanteren"
    assert all(c.due is None for c in cands)  # "vanaf 2027" in a kept item is no date to watch
    assert all(c.actors and c.actors[0].name.endswith("Jansen") for c in cands), [c.actors for c in cands]


def test_a_letter_listing_its_topics_without_a_promise_or_request_lists_nothing() -> None:
    topics = _ANSWERING_LETTER.replace("Daarbij heb ik enkele toezeggingen gedaan.\n", "").replace(
        "aan die toezeggingen, op", "op"
    )
    assert extract(topics, REF).candidates == ()


def test_naming_that_promises_were_made_promises_nothing() -> None:
    assert extract("Tijdens het debat zijn enkele toezeggingen gedaan.", REF).candidates == ()


def test_a_promise_made_with_what_it_was_is_one() -> None:
    c = one("De minister heeft een toezegging gedaan, namelijk dat de regeling tot 2028 blijft bestaan.")
    assert (c.kind, c.status) == ("commitment", "open")


def test_the_office_holder_called_bewindsman_is_the_one_named_before() -> None:
    text = (
        "De commissie wacht al maanden op antwoorden van staatssecretaris Smit (Financiën). "
        "Gisteren zegde de bewindsman toe de vragen binnen vier weken te beantwoorden."
    )
    [c] = [c for c in extract(text, REF).candidates if c.kind == "commitment"]
    assert [a.name for a in c.actors] == ["Smit"]
    assert c.due == D(2026, 12, 23)


def test_a_promise_named_again_is_the_same_promise() -> None:
    text = (
        "Minister Smit zegde toe de Kamer voor 1 maart te informeren over de wachttijden. "
        "Smit deed die toezegging tijdens een overleg waar de commissie om had gevraagd."
    )
    assert [c.kind for c in extract(text, REF).candidates] == ["commitment"]


def test_a_letter_sending_a_report_now_keeps_it() -> None:
    text = (
        "Geachte Voorzitter,\nIn mijn brief van 3 juni heb ik een onderzoek naar de kosten aangekondigd. "
        "Hierbij stuur ik uw Kamer het rapport over de kosten van de regeling."
    )
    [c] = extract(text, REF).candidates
    assert (c.kind, c.status, c.due) == ("commitment", "done", None)


# --- a regeling van werkzaamheden --------------------------------------------------------------------------

_REGELING = """Regeling van werkzaamheden

De voorzitter:

Ik stel voor, vanavond ook te stemmen over de moties, ingediend bij het wetgevingsoverleg van maandag 2 november 2026.

Voorts stel ik voor, donderdag a.s. te stemmen over de aangehouden motie-Bakker (36200-XV, nr. 12).
"""


def test_the_chair_proposes_days_to_vote() -> None:
    ext = extract(_REGELING, REF)
    assert ext.debate.date != D(2026, 11, 2)  # the debate the motions were filed at is not this sitting
    votes = [c for c in ext.candidates if c.kind == "deadline"]
    assert [c.due for c in votes] == [REF, D(2026, 11, 26)]
    assert "motie-Bakker" in votes[1].title
    assert len([c for c in ext.candidates if c.kind == "motion"]) == 1  # the motion itself stays one


def test_the_premier_asking_a_minister_to_act_is_the_governments_follow_up() -> None:
    text = (
        "Premier Jansen sprak de Kamer toe.\n\nJansen ziet ruimte om de korting op de kinderopvang te schrappen\n\n"
        "De premier vraagt aan de minister van Sociale Zaken om daar naar te kijken."
    )
    [c] = [c for c in extract(text, REF).candidates if c.kind == "commitment"]
    assert c.status == "open"
    assert c.title == "Korting op de kinderopvang schrappen"
    assert c.actors[0].name == "Jansen"
    # a member asking is no government follow-up of this kind
    member = "Kamerlid Bakker (CDA) vraagt aan de minister van Sociale Zaken om daar naar te kijken."
    assert [c for c in extract(member, REF).candidates if c.kind == "commitment" and c.status == "open"] == []


def test_a_vote_this_evening_told_by_its_weekday_is_today() -> None:
    c = one("De stemming over het wetsvoorstel is woensdagavond.")  # REF is a Wednesday
    assert (c.kind, c.due) == ("deadline", REF)
    assert extract("Het debat is woensdag gehouden.", REF).candidates == ()


def test_a_goal_with_its_term_set_by_the_government_in_a_summary_is_a_deadline() -> None:
    # a summary reports the goals the government sets or hopes for, with their term; "ze" is the minister named
    # before, and a goal in the sentence after a quoted one is hers too
    text = (
        "Minister Anouk de Boer (Onderwijs) kreeg in het debat veel kritiek. In maart verlangt ze een plan van de "
        "scholen hoe zij het tekort aanpakken. Op 1 oktober moeten die plannen zijn ingeleverd.\n\n"
        "Er moet nog veel gebeuren, zegt staatssecretaris Pieters. Alle aanvragen zullen in 2027 afgehandeld moeten "
        "zijn. De staatssecretaris hoopt dat eind 2028 alle bezwaren zijn behandeld."
    )
    found = [c for c in extract(text, dt.date(2026, 11, 3)).candidates if c.kind == "deadline"]
    assert [(c.due, {a.name for a in c.actors}) for c in found] == [
        (dt.date(2027, 3, 31), {"Anouk de Boer"}), (dt.date(2027, 10, 1), {"Anouk de Boer"}),
        (dt.date(2027, 12, 31), {"Pieters"}), (dt.date(2028, 12, 31), {"Pieters"})]


def test_a_goal_nobody_in_government_sets_or_a_members_demand_is_no_deadline() -> None:
    # the sector's own aim, and a member who tells the minister what must happen, are no government goals
    assert extract("De sector hoopt dat eind 2027 alle stallen zijn aangepast.", dt.date(2026, 11, 3)).candidates == ()
    handelingen = ("Mevrouw Jansen (SP):\nDe minister moet ervoor zorgen dat voor de zomer alle aanvragen zijn "
                   "afgehandeld. Dat is toch niet te veel gevraagd?")
    assert [c for c in extract(handelingen, dt.date(2026, 11, 3)).candidates if c.kind == "deadline"] == []


def test_a_law_that_takes_effect_in_a_relative_clause_and_the_kamer_back_from_recess_are_events() -> None:
    found = extract("Het kabinet wil dat de regeling, die op 1 maart ingaat, nog deze maand door de Kamer komt.\n\n"
                    "Vanwege de crisis komt de Kamer volgende week terug van het kerstreces om de noodwet te "
                    "bespreken.",
                    dt.date(2026, 12, 22)).candidates
    assert [(c.kind, c.due) for c in found] == [("deadline", dt.date(2027, 3, 1)), ("deadline", dt.date(2027, 1, 1))]
    assert "reces" in found[1].title.lower()
    # "ingaat op" addresses something: no term
    assert extract("In de brief waarin de minister ingaat op de vragen van 3 maart staat weinig nieuws.",
                   dt.date(2026, 12, 22)).candidates == ()


def test_news_of_the_coming_week_a_task_with_its_term_and_an_expected_decision_of_who_was_quoted() -> None:
    ref = dt.date(2026, 11, 2)  # a Monday
    debate = extract("Weekoverzicht\n\nDe premier en de minister gaan het woensdag lastig krijgen in het volgende "
                     "debat over de woningnood.", ref).candidates
    assert [(c.kind, c.due) for c in debate] == [("deadline", dt.date(2026, 11, 4))]
    task = extract("Weekoverzicht\n\nDe Kamer stemt in met de opdracht die minister Karel Smit (Financiën) kreeg om de "
                   "regeling nog voor 1 december wettelijk te regelen.", ref).candidates
    assert [(c.due, {a.name for a in c.actors}) for c in task] == [(dt.date(2026, 11, 30), {"Karel Smit"})]
    quoted = extract("Weekoverzicht\n\nMinister Karel Smit gaf in zijn beantwoording aan dat er nog geen keuze is "
                     "gemaakt. Naar verwachting zal het besluit over drie weken worden genomen.", ref).candidates
    assert [(c.kind, {a.name for a in c.actors}) for c in quoted] == [("deadline", {"Karel Smit"})]


def test_a_majority_demanding_a_plan_by_a_term_in_a_headline_is_a_deadline_of_the_minister_named_next() -> None:
    found = extract("Meerderheid Kamer eist uitgewerkt woonplan voor de zomer\n\nEen groot deel van de Kamer is "
                    "kritisch over minister Van Dam. Zij heeft nog geen concrete plannen.",
                    dt.date(2026, 3, 3)).candidates
    assert [(c.kind, c.due is not None, {a.name for a in c.actors}) for c in found] == [
        ("deadline", True, {"Van Dam"})]
    # what the Kamer wanted once is history
    assert extract("De Kamer eiste vorig jaar een woonplan voor de zomer.", dt.date(2026, 3, 3)).candidates == ()


def test_the_kamer_deciding_to_ask_the_government_for_a_letter_is_one_follow_up_with_its_term() -> None:
    ref = dt.date(2026, 2, 24)
    [c] = extract("Na de stemmingen besloot de Kamer op voorstel van senator Anna Visser (SP) om het kabinet te vragen "
                  "per brief te reageren op de aangenomen moties.", ref).candidates
    assert (c.kind, {a.name for a in c.actors}, c.due) == ("deadline", {"Visser"}, None)
    [c] = extract("Na de stemmingen besloot de Kamer op voorstel van senator Anna Visser (SP) om het kabinet te vragen "
                  "per brief te reageren op de aangenomen moties. De Kamer verwacht de brief voor dinsdag 10 maart.",
                  ref).candidates
    assert c.due == dt.date(2026, 3, 9)


def test_a_law_takes_effect_on_the_day_of_its_own_clause_not_another_date_in_the_sentence() -> None:
    [c] = extract("Voor het kabinet is het belangrijk dat de wet, die op 1 maart ingaat, snel wordt behandeld: in "
                  "februari zijn de verkiezingen, waarbij de coalitie naar verwachting zetels zal verliezen.",
                  dt.date(2026, 12, 22)).candidates
    assert (c.kind, c.due) == ("deadline", dt.date(2027, 3, 1))


def test_a_pronoun_after_a_long_first_phrase_is_the_minister_named_before() -> None:
    # "Voor de zomer komt hij met ...": the verb second, "hij" after it, the minister the text named (was a deadline
    # 'Wetsvoorstel ... verwacht' without anyone)
    found = extract("Minister Dijkgraaf van Onderwijs sprak in het debat. Hij stuurt voor 1 maart een brief over de "
                    "huren. Voor de zomer komt hij met een wetsvoorstel over de koopwoningen.", D(2022, 11, 29))
    assert [(c.kind, c.due, [a.name for a in c.actors]) for c in found.candidates] == [
        ("commitment", D(2023, 2, 28), ["Dijkgraaf"]), ("commitment", D(2023, 7, 6), ["Dijkgraaf"])]


def test_a_promise_to_come_back_on_what_the_sentence_puts_first() -> None:
    # the inverted order: "Op de vraag van X over Y kom ik terug in een brief": the minister comes back on Y, asked by X
    found = extract(
        "Minister Jansen:\n\nVoorzitter. Op de vraag van mevrouw Kok over de normhuurverhoging kom ik terug in een "
        "brief voor het commissiedebat van 12 april.", dt.date(2024, 3, 20)).candidates
    [c] = [c for c in found if c.kind == "commitment"]
    assert "normhuurverhoging" in c.title and c.status == "open"
    assert {a.name for a in c.actors} >= {"Jansen", "Kok"}
    assert c.due is not None and c.due <= dt.date(2024, 4, 12)


def test_two_promises_in_a_row_each_keep_their_own_askers_and_term() -> None:
    # the second promise has its own term ("binnen zes weken") and is not the first one's; the members who asked
    # for the promise before are not the askers of a promise that names its own
    found = extract(
        "Commissiedebat Klimaat, 12 maart 2024\n\nMinister Jansen zegde toe voor de zomer een brief over de evaluatie "
        "te sturen, op vragen van Kok en Van der Werf.\n\nOp verzoek van Bos zegde de minister toe de doorrekening met "
        "de Kamer te delen.\n\nDe minister zegde Smit toe dat zij binnen zes weken een brief stuurt over de "
        "netcongestie.", dt.date(2024, 3, 12)).candidates
    promises = {c.title: c for c in found if c.kind == "commitment"}
    share = next(c for t, c in promises.items() if "doorrekening" in t.lower())
    grid = next(c for t, c in promises.items() if "netcongestie" in t.lower())
    assert {a.name for a in share.actors if a.role == "member"} == {"Bos"}
    assert share.due is None and "netcongestie" not in share.quote
    assert grid.due == dt.date(2024, 4, 23)
    assert "Smit" in {a.name for a in grid.actors}


def test_a_word_after_she_promised_is_no_member_the_promise_was_made_to() -> None:
    """943f3ca read 'Zij zegde ook toe ...' as a promise made to a member 'Ook' (its pattern ignores case)."""
    found = extract("Commissiedebat Wonen, 3 april 2025\nDe minister zegde toe de Kamer uiterlijk 1 mei 2025 een brief "
                    "te sturen over de huurgrens. Zij zegde ook toe voor de zomer de evaluatie te sturen.",
                    dt.date(2025, 4, 3)).candidates
    evaluation = next(c for c in found if "valuatie" in c.title)
    assert evaluation.actors == [] or all(a.name != "Ook" for a in evaluation.actors), evaluation.actors
    assert evaluation.due == dt.date(2025, 7, 3)


def test_two_promises_worded_alike_on_different_subjects_are_two() -> None:
    """Found in the eleventh session's fresh-clone run: two letters promised 'voor de zomer' in the same words but
    'over de wachtlijsten' and 'over de jeugdzorg' were taken for one promise told twice, and the first was lost."""
    head = "Commissiedebat Jeugdzorg, 3 april 2025\n\n"
    first = "De staatssecretaris zegde toe de Kamer voor de zomer een brief te sturen over de wachtlijsten."
    found = extract(head + first + "\n\nDe minister zegde toe de Kamer in mei te informeren over de reistijd.\n\n"
                    "De staatssecretaris van VWS zegde toe de Kamer voor de zomer een brief te sturen over de "
                    "jeugdzorg.", dt.date(2025, 4, 3)).candidates
    titles = sorted(c.title for c in found if c.kind == "commitment")
    assert titles == ["Brief over de jeugdzorg", "Brief over de wachtlijsten", "Kamer informeren over de reistijd"]
    # a promise told twice in other words on the same subject stays one
    again = extract(head + first + "\n\nDe staatssecretaris zal de Kamer voor de zomer een brief sturen over de "
                    "wachtlijsten in de jeugdzorg.", dt.date(2025, 4, 3)).candidates
    assert len([c for c in again if c.kind == "commitment"]) == 1, [c.title for c in again]


@pytest.mark.parametrize("other", ["de A27", "de Afsluitdijk", "de tunnelveiligheid"])
def test_a_promise_about_a_road_by_its_number_is_its_own(other: str) -> None:
    """Found by a new user (u10, twelfth session): 'een brief te sturen over de A12' and, a sentence on, '... over de
    A27' (or 'de Afsluitdijk') were one promise and the second was lost: 'A12' is too short to be a content word, so
    the first named no subject and the two were taken for one telling. A short name with a digit names a subject."""
    text = ("Verslag commissiedebat MIRT\nDatum: 3 april 2025\n\n"
            "Kamerlid Ellian (VVD) vraagt naar de verbreding. De minister zegt toe de Kamer voor de zomer een brief te "
            "sturen over de A12.\nKamerlid Bikker (CU) vraagt naar de planning. De minister zegt toe de Kamer na de "
            f"zomer een brief te sturen over {other}.\n")
    found = [(c.title, c.due.isoformat() if c.due else None, sorted(a.name for a in c.actors))
             for c in extract(text, dt.date(2025, 4, 3)).candidates]
    assert found == [("Brief over de A12", "2025-07-03", ["Ellian", "minister"]),
                     (f"Brief over {other}", "2025-09-30", ["Bikker", "minister"])]
