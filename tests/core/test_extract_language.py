"""Triage on the shapes Dutch parliamentary texts use, written for this file (not copied from an eval text):
registers and their decisions, motions in news and vote reports, commitments in turns and letters, events."""

from __future__ import annotations

import datetime as dt

from kamertaak.core.extract import Candidate, Extraction, extract

D = dt.date


def brief(ex: Extraction) -> list[tuple[str, str, str | None, dt.date | None]]:
    return [(c.kind, c.status, c.register, c.due) for c in ex.candidates]


def names(c: Candidate) -> list[str]:
    return [a.name for a in c.actors]


# --- registers ------------------------------------------------------------------------------------


def test_committee_decides_on_listed_commitments_one_candidate_each() -> None:
    text = (
        "De commissie besluit als volgt:\n"
        "- toezeggingen T01111 en T01112 als \"voldaan\" aan te merken;\n"
        "- toezegging T01113 als \"deels voldaan\" aan te merken;\n"
        "- toezegging T01114 als \"openstaand\" te blijven beschouwen met nieuwe deadline 1 maart 2027."
    )
    assert brief(extract(text, D(2026, 11, 2))) == [
        ("commitment", "done", "T01111", None),
        ("commitment", "done", "T01112", None),
        ("commitment", "partial", "T01113", None),
        ("commitment", "open", "T01114", D(2027, 3, 1)),
    ]


def test_minutes_headed_by_numbers_then_a_list_of_decisions_give_one_candidate_per_number() -> None:
    text = (
        "Korte aantekeningen vergadering commissie Onderwijs van 3 maart 2026\n"
        "1.\nT04410, T04411 en T04412\n\n"
        "De commissie spreekt over de brief van de minister van OCW van 12 februari 2026 over deze toezeggingen. "
        "De commissie besluit de status van de toezeggingen (openstaand) te handhaven.\n\n"
        "2.\nToezeggingen over het lerarentekort\n\n"
        "De commissie besluit als volgt:\n"
        "- de status van toezegging T04501 wordt gewijzigd in voldaan;\n"
        "- de status van toezegging T04502 blijft ongewijzigd (deels voldaan);\n"
        "- de status van toezegging T04503 wordt gewijzigd in voldaan.\n"
    )
    got = [(c.kind, c.status, c.register) for c in extract(text, D(2026, 3, 3)).candidates]
    assert got == [
        ("commitment", "open", "T04410"),
        ("commitment", "open", "T04411"),
        ("commitment", "open", "T04412"),
        ("commitment", "done", "T04501"),
        ("commitment", "partial", "T04502"),
        ("commitment", "done", "T04503"),
    ]


def test_decisions_that_open_with_the_word_toezegging_are_decisions_with_their_kept_or_moved_deadline() -> None:
    text = (
        "1. Rappel toezeggingen\n\n"
        "De commissie besluit om:\n"
        "- Toezegging T05120 als voldaan aan te merken;\n"
        "- Toezeggingen T05121 en T05122 als openstaand te blijven beschouwen en de deadline te handhaven op "
        "1 april 2027;\n"
        "- Toezegging T05123 als deels voldaan te beschouwen en de deadline te verplaatsen naar 1 juli 2027.\n"
    )
    assert brief(extract(text, D(2026, 11, 2))) == [
        ("commitment", "done", "T05120", None),
        ("commitment", "open", "T05121", D(2027, 4, 1)),
        ("commitment", "open", "T05122", D(2027, 4, 1)),
        ("commitment", "partial", "T05123", D(2027, 7, 1)),
    ]


def test_register_entry_keeps_its_past_deadline_and_its_title() -> None:
    text = (
        "Toezegging Brief over de inkoop van jeugdzorg (36 100, A) (T04001)\n\n"
        "De minister van Volksgezondheid, Welzijn en Sport zegt de Kamer, naar aanleiding van een vraag van het "
        "lid Bakker (CDA), toe de Kamer te informeren over de regionale inkoop.\n\n"
        "Kerngegevens\n\nNummer T04001\nStatus openstaand\nDeadline 1 januari 2024\n"
        "Kamerleden J.P. Bakker (CDA)\n\nUit de stukken\n\nDe minister zal de Kamer hierover informeren.\n"
    )
    [c] = extract(text, D(2025, 6, 1)).candidates
    assert (c.kind, c.status, c.register, c.due) == ("commitment", "open", "T04001", D(2024, 1, 1))
    assert c.title == "Brief over de inkoop van jeugdzorg"
    assert names(c) == ["minister van VWS", "Bakker"]


# --- actors as the press names them -------------------------------------------------------------


def test_press_names_titles_and_surnames_later() -> None:
    from kamertaak.core.actors import find_actors

    text = (
        "VWS-minister Ingrid Bakker en D66-Kamerlid Pieter de Wit spraken. PvdA'er Anna Smits vroeg ook. "
        "Premier Jan Vos zweeg. De Wit diende later een motie in; Smits steunde die. Minister Klaas Hof van de VVD."
    )
    got = [(m.actor.name, m.actor.role, m.actor.party or m.actor.ministry) for m in find_actors(text)]
    assert got == [
        ("Ingrid Bakker", "minister", "VWS"),
        ("Pieter de Wit", "member", "D66"),
        ("Anna Smits", "member", "PvdA"),
        ("Jan Vos", "minister", "AZ"),
        ("Pieter de Wit", "member", "D66"),
        ("Anna Smits", "member", "PvdA"),
        ("Klaas Hof", "minister", None),
    ]


# --- commitments ----------------------------------------------------------------------------------


LETTER = (
    "Kamerbrief over de voortgang van het afvalbeleid\n"
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
    "Den Haag, 2 september 2026\n\nGeachte voorzitter,\n\n{body}\n\n"
    "De staatssecretaris van Infrastructuur en Waterstaat,\nK. Smit\n"
)


def test_letter_says_what_was_promised_before_is_done_now() -> None:
    body = ("Zoals ik u tijdens het commissiedebat heb toegezegd, heb ik een onderzoek laten uitvoeren naar het "
            "zwerfafval langs snelwegen. Ik informeer u in deze brief over de uitkomsten.")
    [c] = extract(LETTER.format(body=body), D(2026, 9, 2)).candidates
    assert (c.kind, c.status) == ("commitment", "done")
    assert "zwerfafval" in c.quote


def test_letter_says_when_the_kamer_receives_something_inverted() -> None:
    body = "In het eerste kwartaal van 2027 ontvangt u de evaluatie van de statiegeldregeling."
    [c] = extract(LETTER.format(body=body), D(2026, 9, 2)).candidates
    assert (c.kind, c.status, c.due) == ("commitment", "open", D(2027, 3, 31))


def test_letter_sends_something_alongside_itself_but_is_not_a_follow_up_of_its_own() -> None:
    body = ("Gelijktijdig met deze brief wordt uw Kamer geïnformeerd over de verkenning van een heffing op "
            "wegwerpbekers. Hierbij ontvangt uw Kamer de gevraagde brief.")
    [c] = extract(LETTER.format(body=body), D(2026, 9, 2)).candidates
    assert (c.kind, c.status) == ("commitment", "done")
    assert "wegwerpbekers" in c.quote


def test_letter_reports_a_promise_kept_as_done() -> None:
    text = (
        "Geachte Voorzitter,\n\nMet deze brief informeer ik uw Kamer over de zorgkosten. Tot slot ga ik in op de "
        "wachttijden in de ggz, zoals toegezegd aan uw Kamer in het commissiedebat van 3 maart jl.\n\n"
        "De minister van Volksgezondheid, Welzijn en Sport,"
    )
    [c] = extract(text, D(2026, 4, 1)).candidates
    assert (c.kind, c.status) == ("commitment", "done")
    assert (c.title, c.actors[0].ministry) == ("Wachttijden in de ggz", "VWS")


def test_member_recalls_a_promise_and_says_when() -> None:
    text = (
        "De heer Jansen (SP):\nVoorzitter. Ik hoorde de staatssecretaris toezeggen dat de evaluatie naar de Kamer "
        "komt. Het verbaast mij dat dat pas na de zomer gaat gebeuren."
    )
    [c] = extract(text, D(2026, 3, 10)).candidates
    assert (c.kind, c.status, c.due) == ("commitment", "open", D(2026, 9, 30))
    assert "Jansen" in names(c)


def test_promises_by_lemma() -> None:
    for sentence in (
        "Tijdens het debat heeft de minister verschillende toezeggingen gedaan, bijvoorbeeld om de regio te bezoeken.",
        "Conform mijn toezegging zal de commissie zich nog buigen over de aanbeveling.",
    ):
        [c] = extract(sentence, D(2026, 3, 10)).candidates
        assert (c.kind, c.status) == ("commitment", "open"), sentence


# --- events ---------------------------------------------------------------------------------------


def test_events_said_in_the_future_with_their_day() -> None:
    cases = [
        ("Donderdag wordt over de moties gestemd.", D(2026, 3, 12)),
        ("Het commissiedebat van dinsdag 10 maart krijgt op woensdag 18 maart een plenaire afronding.", D(2026, 3, 18)),
        ("Op 2 april behandelt de Eerste Kamer het wetsvoorstel.", D(2026, 4, 2)),
        ("De Kamer verwacht de brief van de minister voor vrijdag 20 maart te ontvangen.", D(2026, 3, 19)),
        ("Op 7 mei is de Dag van de Zorg. Dan biedt de minister het zorgverslag aan de Kamer aan.", D(2026, 5, 7)),
    ]
    for text, due in cases:
        [c] = extract(text, D(2026, 3, 10)).candidates
        assert (c.kind, c.status, c.due) == ("deadline", "upcoming", due), text


def test_events_told_in_the_past_are_history() -> None:
    for text in (
        "De Eerste Kamer heeft dinsdag gestemd over de moties.",
        "Op 23 februari was er een plenair debat over de stikstof.",
        "De commissie vroeg donderdag een brief, te ontvangen voor hervatting van het debat die middag.",
        "Het traditionele koffertje voor de Miljoenennota wordt niet vervangen.",
    ):
        assert extract(text, D(2026, 3, 10)).candidates == (), text


def test_government_plans_told_by_others() -> None:
    text = "De nota gaat voor de zomer naar de Kamer, aldus de minister van Financiën."
    [c] = extract(text, D(2026, 3, 10)).candidates
    assert (c.kind, c.due, c.actors[0].ministry) == ("commitment", D(2026, 7, 2), "Fin")
    text = "Minister Pieter Bos van Financiën heeft nog geen plan. Wij wachten op het pakket waar Bos in mei mee komt."
    [c] = extract(text, D(2026, 3, 10)).candidates
    assert (c.kind, c.due, names(c)) == ("commitment", D(2026, 5, 31), ["Pieter Bos"])


def test_vote_report_the_kamer_asks_and_headings() -> None:
    text = (
        "Aangenomen moties\n\nDe Kamer nam de motie-Bos over de huurtoeslag aan. Verder vroeg de Kamer de regering "
        "de kinderopvang gratis te maken."
    )
    got = [(c.status, c.title) for c in extract(text, D(2026, 3, 10)).candidates]
    assert got == [("adopted", "Motie Bos: huurtoeslag"), ("adopted", "Motie: kinderopvang gratis maken")]


# --- the debate's date from its header ------------------------------------------------------------


def test_debate_date_in_the_usual_header_forms() -> None:
    body = "\nDe minister zegt toe de Kamer te informeren over de huren."
    cases = [
        ("Commissiedebat Wonen\nwoensdag 25 november 2026" + body, D(2026, 11, 25)),
        ("Verslag\nDatum: 25 november 2026" + body, D(2026, 11, 25)),
        ("Brief van de minister d.d. 25-11-2026" + body, D(2026, 11, 25)),
        # the ISO form a document system or a user's own notes write (u6: "geen debatdatum" for each of these)
        ("Tweeminutendebat Mestbeleid\ndatum: 2026-11-25" + body, D(2026, 11, 25)),
        ("Brief van de minister d.d. 2026-11-25" + body, D(2026, 11, 25)),
        ("Den Haag, 2026-11-25" + body, D(2026, 11, 25)),
        ("Den Haag, 4 oktober 2024" + body, D(2024, 10, 4)),
        ("Verslag van de vergadering van 21 december 2021 (2021/2022 nr. 12)" + body, D(2021, 12, 21)),
        ("Nieuwsbrief\n\nDinsdagavond 9 november debatteerde de Kamer over de huren." + body, D(2026, 11, 9)),
        ("Het commissiedebat van dinsdag 17 november over de huren." + body, D(2026, 11, 17)),
    ]
    for text, date in cases:
        assert extract(text, D(2026, 11, 26)).debate.date == date, text


def test_a_date_line_joined_to_the_heading_is_no_part_of_the_title() -> None:
    """A "datum:" line under a heading, read on as the heading's continuation: the date is the debate's, the
    title stops before it (seen in the TUI: 'Korte aantekeningen commissie Justitie en Veiligheid datu…')."""
    text = ("Korte aantekeningen commissie Justitie en Veiligheid\ndatum: 2025-04-08\n\n"
            "De commissie besluit de toezegging T03412 als openstaand aan te merken.\n")
    debate = extract(text, D(2025, 4, 10)).debate
    assert (debate.title, debate.date) == ("Korte aantekeningen commissie Justitie en Veiligheid", D(2025, 4, 8))


def test_a_day_told_without_its_year_counts_from_the_posts_own_date() -> None:
    """A post dated 10 November 2021, read years later: its "Dinsdagavond 9 november" is the day before it,
    not a November of the reading year; without such a date, the weekday picks this year or last."""
    body = "\nDe minister zegt toe de Kamer te informeren over de huren."
    post = "Geplaatst op 10 november 2021\n\nDinsdagavond 9 november debatteerde de Kamer over de huren." + body
    assert extract(post, D(2026, 12, 3)).debate.date == D(2021, 11, 9)
    last_year = "Het commissiedebat van woensdag 12 november over de huren." + body  # a Thursday in 2026
    assert extract(last_year, D(2026, 12, 3)).debate.date == D(2025, 11, 12)
    this_year = "Het commissiedebat van donderdag 12 november over de huren." + body
    assert extract(this_year, D(2026, 12, 3)).debate.date == D(2026, 11, 12)


# --- tasks and vote results ------------------------------------------------------------------------


def test_the_readers_own_actions_are_tasks_with_an_owner() -> None:
    text = (
        "Verslag voor het team. De minister wil de regeling herzien. Sanne stuurt uiterlijk vrijdag 4 december "
        "een notitie aan de woordvoerders. Wij sturen de commissie voor 10 december onze reactie. Pieter belt "
        "de griffie nog."
    )
    got = [(c.kind, c.status, c.owner, c.due) for c in extract(text, D(2026, 11, 30)).candidates]
    assert got == [("task", "todo", "Sanne", D(2026, 12, 4)), ("task", "todo", None, D(2026, 12, 9))]
    assert extract(text, D(2026, 11, 30)).candidates[0].title == "Notitie aan de woordvoerders sturen"


def test_a_task_title_starts_with_what_is_to_be_done() -> None:
    # the day is the due date; the adverb left in front of the to-do is no part of it
    [c] = extract("Wij bellen vrijdag dus de griffier over de agenda.", D(2026, 11, 30)).candidates
    assert (c.kind, c.title, c.due) == ("task", "Griffier over de agenda bellen", D(2026, 12, 4))


def test_what_the_votes_decided_told_without_the_word_motie() -> None:
    text = (
        "Stemmingen over de moties voorbij\n\nDe Kamer heeft het debat afgesloten. Studenten krijgen een "
        "tegemoetkoming voor de huur en het kabinet moet sneller met een plan voor de jeugdzorg komen. Dat was "
        "het."
    )
    got = [(c.kind, c.status) for c in extract(text, D(2026, 3, 10)).candidates]
    assert got == [("motion", "adopted"), ("motion", "adopted")]


def test_the_issues_own_phrasings() -> None:
    cases = [
        ("De minister zegde op vragen van Kröger en Van der Werf toe de Kamer voor de zomer te informeren.",
         ("commitment", "Kamer informeren", {"Kröger", "Van der Werf"})),
        ("De minister zegde toe, op verzoek van Bontenbal, de Kamer te informeren over de netcongestie.",
         ("commitment", "Kamer informeren over de netcongestie", {"Bontenbal"})),
        ("De staatssecretaris komt erop terug in een brief voor het wetgevingsoverleg.",
         ("commitment", "Brief voor het wetgevingsoverleg", set())),
        ("Op 7 november is het volgende mestdebat.", ("deadline", "Mestdebat", set())),
    ]
    for text, (kind, title, members) in cases:
        [c] = extract(text, D(2026, 3, 10)).candidates
        assert (c.kind, c.title) == (kind, title), text
        assert members <= {a.name for a in c.actors}, text


def test_a_letter_lists_promises_kept_and_open() -> None:
    text = (
        "Geachte voorzitter,\n\nToezeggingen\n- Op 30 september jl. heb ik uw Kamer de evaluatie van de Wmo "
        "toegezonden.\n- Ik stuur uw Kamer voor 1 december de monitor.\n\nDe minister van Volksgezondheid, "
        "Welzijn en Sport,"
    )
    got = [(c.status, c.title, c.due) for c in extract(text, D(2026, 10, 20)).candidates]
    assert got == [("done", "Evaluatie van de Wmo", None), ("open", "Monitor", D(2026, 11, 30))]


def test_a_text_that_names_no_debate_is_titled_by_its_own_heading() -> None:
    """Never the file name: a letter's subject line, a Kamerstuk's dossier heading or a headline on the first
    line titles the debate, without agenda numbers, glued dates or a site's name; a greeting or place is none."""
    body = "\nDe minister zegt toe de Kamer voor de zomer te informeren over de huren."
    cases = [
        ("Den Haag, 2 maart 2026\nOnderwerp: Voortgang aanpak wachtlijsten" + body, "Voortgang aanpak wachtlijsten"),
        ("31 200 Huurbeleid en betaalbaarheid\nNr. 12 BRIEF VAN DE MINISTER" + body, "Huurbeleid en betaalbaarheid"),
        ("Kamer wil snellere aanpak van de huren | Woonbond" + body, "Kamer wil snellere aanpak van de huren"),
        ("12 Stemming moties Huurbeleid3 maart 2026" + body, "Stemming moties Huurbeleid"),
        ("Geachte voorzitter," + body, None),
        ("De minister zegt toe de Kamer voor de zomer te informeren over de huren.\nMeer.", None),
    ]
    for text, title in cases:
        assert extract(text, D(2026, 3, 4)).debate.title == title, text
