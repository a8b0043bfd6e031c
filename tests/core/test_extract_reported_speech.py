"""Promises as summaries and debate reports tell them: in reported speech, pointing back to the sentence before,
refused. Each sentence here is written for this file in the shape such texts use (trade press, interest groups,
AO verslagen), not copied from a labelled text."""

from __future__ import annotations

import datetime as dt

from kamertaak.core.extract import extract

REF = dt.date(2024, 3, 5)


def _commitments(text: str) -> list[tuple[str, str, list[str]]]:
    return [
        (c.status, c.title, [a.name for a in c.actors])
        for c in extract(text, REF).candidates
        if c.kind == "commitment"
    ]


def test_coming_back_to_the_kamer_after_what_he_does_first_is_a_promise() -> None:
    text = (
        "Minister Jansen van Financiën wil eerst de kosten laten doorrekenen en praten met de provincies. "
        "Daarna komt hij voor de zomer bij de Kamer terug."
    )
    ex = extract(text, REF)
    [c] = [c for c in ex.candidates if c.kind == "commitment"]
    assert c.status == "open"
    assert c.title.startswith("Kosten laten doorrekenen")
    assert c.due is not None and c.due.month == 7
    assert any(a.role == "minister" for a in c.actors)


def test_coming_back_to_the_kamer_said_whole_or_split() -> None:
    for said in (
        "De staatssecretaris zal na het overleg met de gemeenten bij de Kamer terugkomen.",
        "De staatssecretaris komt na het overleg met de gemeenten met een voorstel terug naar de Kamer.",
    ):
        assert [s for s, _, _ in _commitments(said)] == ["open"], said


def test_a_member_coming_back_to_the_kamer_promises_nothing() -> None:
    text = (
        "Kamerlid De Wit (CDA) wil dat boeren meer tijd krijgen. "
        "Daarna komt hij in een volgend debat bij de Kamer terug met een voorstel."
    )
    assert _commitments(text) == []


def test_that_the_minister_could_promise_is_what_the_member_asked() -> None:
    text = (
        "Het lid Postma (VVD) vroeg de minister om in de nieuwe regeling ook de kosten voor scholen mee te nemen. "
        "Dat kon de minister toezeggen."
    )
    [(status, title, actors)] = _commitments(text)
    assert status == "open"
    assert "kosten voor scholen" in title and "vroeg" not in title
    assert "Postma" in actors


def test_a_member_urging_and_the_promise_split_around_its_object() -> None:
    text = "Mevrouw Kaya (D66) drong erop aan de subsidie ook aan musea toe te kennen. Dat zegde de minister toe."
    [(status, title, actors)] = _commitments(text)
    assert status == "open" and "aan musea" in title and "Kaya" in actors


def test_a_refused_promise_is_none() -> None:
    for refused in (
        "Het lid Postma vroeg om een extra meting. Dat kon de minister niet toezeggen.",
        "De staatssecretaris zegde niet toe dat de regeling wordt verlengd.",
        "De minister wilde geen nieuwe evaluatie toezeggen.",
    ):
        assert _commitments(refused) == [], refused


def test_refused_at_first_but_given_in_the_end_stays_a_promise() -> None:
    text = "De premier wilde de garantie eerst niet toezeggen, maar op aandringen van de Kamer gaf hij toch toe."
    assert [s for s, _, _ in _commitments(text)] == ["open"]


def _events(text: str, ref: dt.date = REF) -> list[tuple[dt.date | None, str, list[str]]]:
    return [(c.due, c.title, [a.name for a in c.actors]) for c in extract(text, ref).candidates
            if c.kind == "deadline"]


def test_a_debate_resumed_on_a_later_day_is_an_event() -> None:
    # liveblogs and Handelingen say it in these shapes; a break until a time today is none
    tomorrow = REF + dt.timedelta(days=1)
    for said in (
        "Minister-president Jansen gaat zich voorbereiden. Morgen om 10.15u worden de Financiële Beschouwingen hervat"
        " met het antwoord van het kabinet.",
        "Daarna schorst de voorzitter de vergadering tot morgenochtend 11.00 uur.",
        "De eerste termijn is voorbij. Het gaat morgen om 10.15 verder.",
        "De behandeling van de begroting wordt morgen voortgezet.",
    ):
        assert [due for due, _, _ in _events(said)] == [tomorrow], said
    assert _events("De voorzitter: Ik schors de vergadering tot 14.00 uur.") == []
    assert _events("Het debat over de begroting werd gisteren hervat.") == []


def test_the_resumed_debate_names_its_debate_and_who_answers() -> None:
    text = (
        "Minister-president Jansen gaat zich voorbereiden. Morgen om 10.15u worden de Financiële Beschouwingen hervat"
        " met het antwoord van het kabinet."
    )
    [(_, title, actors)] = _events(text)
    assert "Beschouwingen" in title and "Jansen" in actors


def test_a_news_page_telling_its_own_update_proposes_nothing() -> None:
    text = (
        "Het kabinet wil de regels voor kinderopvang versoepelen. "
        "Dit artikel is op 12 maart bijgewerkt na de stemmingen over de moties."
    )
    assert list(extract(text, REF).candidates) == []


def test_a_vao_is_not_dated_by_the_committee_meeting_it_follows() -> None:
    for head in (
        "Aan de orde is het debat naar aanleiding van een algemeen overleg op 20 februari 2024 over de jeugdzorg.",
        "Aan de orde is het VAO Jeugdzorg, naar aanleiding van een algemeen overleg gehouden op 20 februari 2024.",
    ):
        debate = extract(head + "\n\nDe heer Smit (SP):\nVoorzitter. Ik dien een motie in.", REF).debate
        assert debate.date is None and debate.kind == "vao/vaso", head
    debate = extract("Aan de orde is het debat naar aanleiding van een algemeen overleg op 20 februari 2024 over de"
                     " jeugdzorg.", REF).debate
    assert debate.title == "de jeugdzorg" or debate.title == "jeugdzorg"


def test_a_member_wanting_the_letter_the_minister_has_coming_by_a_day_follows_his_commitment() -> None:
    promised = (
        "De heer Vos (VVD):\nVoorzitter. De minister heeft ons een brief over de huurtoeslag beloofd. Ik wil dat hij"
        " daarin ook ingaat op de terugvorderingen. Ik zou die brief graag voor 1 mei willen ontvangen.\n"
    )
    [c] = [c for c in extract(promised, REF).candidates if c.kind in ("commitment", "deadline")]
    assert (c.kind, c.status, c.due) == ("commitment", "open", dt.date(2024, 4, 30))
    assert "brief over de huurtoeslag" in c.quote and "Vos" in [a.name for a in c.actors]
    # a letter only this member asks for stays a letter to expect
    asked = (
        "De heer Vos (VVD):\nVoorzitter. Ik wil graag een brief over de terugvorderingen. Ik zou die brief graag voor"
        " 1 mei willen ontvangen.\n"
    )
    assert [c.kind for c in extract(asked, REF).candidates] == ["deadline"]


def test_the_intention_a_ministry_reports_with_its_date_is_its_ministers_promise() -> None:
    text = (
        "Minister Jansen van Onderwijs sprak dinsdag met de schoolbesturen. Het is volgens het onderwijsministerie de"
        " bedoeling dat de nieuwe regels voor de zomer worden gepubliceerd."
    )
    [c] = [c for c in extract(text, REF).candidates if c.kind == "commitment"]
    assert c.status == "open" and c.due == dt.date(2024, 7, 4) and "regels" in c.title.lower()
    assert [a.name for a in c.actors] == ["Jansen"]
    # an intention nobody in government is said to have is no promise
    assert _commitments("Het is de bedoeling dat gemeenten voor 1 juli een plan indienen.") == []


def test_what_the_minister_is_told_to_go_and_look_into_is_a_promise_without_a_date() -> None:
    for said, what in (
        ("Minister Van Dam van Landbouw gaat onderzoeken of de regeling kan worden verlengd.", "regeling"),
        ("De staatssecretaris gaat met de provincies in gesprek over de subsidie.", "provincies"),
    ):
        [(status, title, _)] = _commitments(said)
        assert status == "open" and what in title, said
    for none in (
        "Kamerlid Bakker (SP) gaat onderzoeken of de regels kloppen.",
        "De minister gaat niet onderzoeken of de regeling kan worden verlengd.",
        "Gaat de minister onderzoeken of de regeling kan worden verlengd?",
    ):
        assert _commitments(none) == [], none


def test_a_members_request_the_minister_takes_over_is_a_promise() -> None:
    [(status, title, actors)] = _commitments(
        "De minister nam het verzoek van mevrouw Bakker over om de regels voor vrijwilligers te vereenvoudigen."
    )
    assert status == "open" and title.startswith("Regels voor vrijwilligers") and "Bakker" in actors
    assert _commitments("De minister neemt het voorstel van de SP niet over.") == []


def test_a_letter_opening_as_a_reply_is_no_kept_promise() -> None:
    # u4: the letter's own opening was proposed as a toezegging "voldaan"
    reply = (
        "Geachte voorzitter,\nHierbij ontvangt u, mede namens de minister van Financiën, een reactie op het verzoek van"
        " de vaste commissie voor Financiën over de kosten van de regeling.\n"
    )
    assert list(extract(reply, REF).candidates) == []
    promised = (
        "Geachte voorzitter,\nHierbij ontvangt u, zoals toegezegd in het commissiedebat van 12 februari, een reactie"
        " op het rapport van de Rekenkamer.\n"
    )
    assert [(c.kind, c.status) for c in extract(promised, REF).candidates] == [("commitment", "done")]


def test_a_promise_told_in_a_clause_with_its_verb_last() -> None:
    for said, what, due in (
        ("De staatssecretaris meldde dat zij voor de zomer met een plan komt.", "Plan", dt.date(2024, 7, 4)),
        ("Minister Van Dam liet weten dat hij de Kamer in het najaar een voorstel stuurt.", "Voorstel", None),
        ("Minister Van Dam zegt dat hij de Kamer voor 1 juni informeert over de uitkomsten.", "uitkomsten",
         dt.date(2024, 5, 31)),
    ):
        [c] = [c for c in extract(said, REF).candidates if c.kind == "commitment"]
        assert c.status == "open" and what in c.title, said
        assert due is None or c.due == due, said
    for none in (
        "Kamerlid Bakker zegt dat zij voor de zomer met een plan komt.",
        "Minister Van Dam zegt dat hij de Kamer niet informeert over de uitkomsten.",
        "De minister zei dat zij de brief vorige week stuurde.",
    ):
        assert _commitments(none) == [], none


def test_a_day_the_minister_will_not_guarantee_is_no_due_date() -> None:
    for refused in (
        "De minister wil niet garanderen dat de brief over de mestregels eind maart klaar is.",
        "De staatssecretaris kon geen garantie geven dat het rapport voor de zomer verschijnt.",
    ):
        assert all(c.due is None for c in extract(refused, REF).candidates), refused
        assert not [c for c in extract(refused, REF).candidates if c.kind == "deadline"], refused
    assert [c.due for c in extract("Het rapport verschijnt voor de zomer.", REF).candidates] == [dt.date(2024, 7, 4)]


def test_what_someone_must_have_by_a_day_told_bare_is_a_term() -> None:
    """"dan is het 31 mei en moet X een plan van aanpak hebben": the day is told bare ("is het 31 mei"), the
    deliverable by "moet ... hebben"; a user found nothing proposed (u11 #3)."""
    text = (
        "Bijna is het zover, dan is het 31 mei en moet het bestuur c.s. een plan van aanpak hebben inzake de "
        "vervuiling van de haven. Een Kamerlid heeft de minister hierover opnieuw bevraagd."
    )
    [(due, title, _)] = _events(text, dt.date(2024, 4, 19))
    assert due == dt.date(2024, 5, 31)
    assert title.startswith("Plan van aanpak inzake de vervuiling van de haven")
    [(due, title, _)] = _events("Gemeenten moeten voor 1 juli een uitvoeringsplan klaar hebben.")
    assert due == dt.date(2024, 6, 30)
    assert "hebben" not in title
    assert _events("Gemeenten moeten een uitvoeringsplan hebben.") == []  # no term, nothing to watch


def test_what_a_member_of_government_wants_looked_into_is_a_promise_without_a_date() -> None:
    """ "wil (laten) onderzoeken", "laat uitzoeken", "zegde toe te onderzoeken": looked into, dated or not."""
    cases = {
        "Minister Adema wil laten onderzoeken of boeren sneller kunnen worden uitgekocht.": "Laten onderzoeken of "
        "boeren sneller kunnen worden uitgekocht",
        "Staatssecretaris Tielen laat uitzoeken wat een verlenging van de regeling kost.": "Uitzoeken wat een "
        "verlenging van de regeling kost",
        "Minister Schouten sprak in de Kamer. Schouten wil bekijken hoe knelpunten kunnen worden weggenomen.":
        "Bekijken hoe knelpunten kunnen worden weggenomen",
        "De minister zegde toe te onderzoeken of de regeling kan worden verlengd.": "Onderzoeken of de regeling "
        "kan worden verlengd",
    }
    for text, want in cases.items():
        assert [(s, t) for s, t, _ in _commitments(text)] == [("open", want)], text
    for text in (
        "CDA-Kamerlid Vedder wil laten onderzoeken of boeren sneller kunnen worden uitgekocht.",  # a member's wish
        "De minister wil niet laten onderzoeken of boeren sneller kunnen worden uitgekocht.",  # refused
        "De Kamer wil dat de minister laat onderzoeken of boeren sneller kunnen worden uitgekocht.",  # asked
        "Wil de minister laten onderzoeken of boeren sneller kunnen worden uitgekocht?",  # a question
        "Minister Adema liet vorig jaar onderzoeken of boeren sneller kunnen worden uitgekocht.",  # past
        "Minister Adema zegt dat de provincie wil laten onderzoeken of boeren sneller kunnen worden uitgekocht.",
        "Zij zei de regels strikt toe te passen.",  # "toe te passen" is no promise's "toe"
    ):
        assert _commitments(text) == [], text


def test_a_paper_told_back_by_its_article_is_whose_the_sentence_before_names() -> None:
    """The act, then its term: "De minister wil eerst het onderzoek afwachten. Het resultaat wordt volgend jaar
    verwacht." The paper is the minister's; the sentence before names who."""
    [(due, title, actors)] = _events(
        "Minister Wiersma sprak over de mest. De minister wil eerst het onderzoek naar de gevolgen afwachten. Het "
        "resultaat wordt volgend jaar verwacht.")
    assert (due, title, actors) == (dt.date(2025, 12, 31), "Resultaat verwacht", ["Wiersma"])
    [(_, _, actors)] = _events("De Kamer debatteerde lang over de mest. Het rapport wordt in mei verwacht.")
    assert actors == []


def test_the_governments_work_coming_to_the_kamer_and_what_was_agreed_with_its_term_are_promises() -> None:
    """Plans as a summary tells them ("Het kabinet werkt aan X, die na de zomer naar de Kamer gaat") and what the debate
    agreed ("Afgesproken is dat minister X uiterlijk vrijdag in een brief uitleg geeft"): with their term."""
    [(status, title, _)] = _commitments(
        "Het kabinet werkt aan een nieuwe wet op de jeugdzorg, die na de zomer naar de Kamer gaat.")
    assert (status, title) == ("open", "Nieuwe wet op de jeugdzorg")
    [(status, title, actors)] = _commitments(
        "Minister Dekker (Rechtsbescherming) sprak in de Eerste Kamer. Afgesproken is verder dat Dekker uiterlijk "
        "vrijdag in een brief nader uitleg geeft.")
    assert (status, title, actors) == ("open", "In een brief nader uitleg", ["Dekker"])
    for text in (
        "Het kabinet werkt aan een nieuwe wet op de jeugdzorg.",  # no term: work, no promise
        "Afgesproken is dat de gemeenten voor 1 juli een plan maken.",  # no member of government
    ):
        assert _commitments(text) == [], text


def test_what_is_introduced_on_a_day_is_a_term() -> None:
    """ "Het model wordt over drie jaar ingevoerd", "de invoering van een nieuw zorgstelsel, per 1 januari": a day to
    watch; introduced "zo snel mogelijk" or in the past is none."""
    [(due, title, _)] = _events("Het nieuwe model wordt over drie jaar ingevoerd.")
    assert (due, title) == (dt.date(2027, 3, 5), "Invoering nieuwe model")
    [(due, title, _)] = _events(
        "Gisteravond ging de Eerste Kamer akkoord met de invoering van een nieuw zorgstelsel, per 1 januari 2025.")
    assert (due, title) == (dt.date(2025, 1, 1), "Invoering nieuw zorgstelsel")
    for text in (
        "De coalitie wil dat de wet zo snel mogelijk wordt ingevoerd.",
        "Het stelsel werd in 2019 ingevoerd.",
        "De invoering van het stelsel in 2019 was een succes.",
    ):
        assert _events(text) == [], text
