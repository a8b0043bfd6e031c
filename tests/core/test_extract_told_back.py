"""Who a follow-up belongs to when its sentence names no one: the person the text told it of before ("hij", "de
minister", "het resultaat"), the writer of a letter ("ik") or the minister it is addressed to ("u"), the parties that
file a motion together, a motion listed under its subject. Sentences of our own, in the shapes real texts use."""

from __future__ import annotations

import datetime as dt

from kamertaak.core.extract import Candidate, extract

D = dt.date


def of_kind(text: str, kind: str, ref: dt.date = D(2026, 3, 12)) -> list[Candidate]:
    return [c for c in extract(text, ref).candidates if c.kind == kind]


def names(c: Candidate) -> list[str]:
    return [a.name for a in c.actors]


def test_he_is_the_minister_the_text_names_only_by_office() -> None:
    text = ("De minister schreef de Kamer eerder dat hij vasthoudt aan de huidige regeling. Dinsdag herhaalde de "
            "minister dat nog eens. Wel gaat hij de toegankelijkheid van de regeling in 2027 onderzoeken.")
    [promise] = of_kind(text, "commitment")
    assert names(promise) == ["minister"]


def test_he_is_the_minister_named_before() -> None:
    text = ("Minister Jansen (Financiën) ziet niets in een nieuwe heffing. Hij wil eerst met de sector praten. "
            "Wel gaat hij de gevolgen voor kleine bedrijven in 2027 onderzoeken.")
    [promise] = of_kind(text, "commitment")
    assert names(promise) == ["Jansen"]


def test_a_result_told_back_is_of_whom_the_sentence_before_names() -> None:
    text = ("Minister Wiersma ziet een nieuwe norm voor grasland op korte termijn niet zitten. Hij wacht eerst het "
            "onderzoek naar de gevolgen voor de sector af. Het resultaat wordt volgend jaar verwacht.")
    [expected] = [c for c in of_kind(text, "deadline") if c.due == D(2027, 12, 31)]
    assert names(expected) == ["Wiersma"]
    # a thing that is no paper ("De stemming") is not told back to whoever the sentence before names
    text = ("Kamerlid Bos (SP) vroeg om uitstel. De stemming over de motie vindt dinsdag 17 maart plaats.")
    assert all(names(c) != ["Bos"] for c in of_kind(text, "deadline"))


def test_a_letter_of_a_minister_and_a_state_secretary_is_the_ministers() -> None:
    text = ("Nr. 657\nBRIEF VAN DE MINISTER EN STAATSSECRETARIS VAN VOLKSGEZONDHEID, WELZIJN EN SPORT\n"
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 2 maart 2026\n"
            "De afgelopen maanden hebben wij veelvuldig gesproken over de budgetten van gemeenten. "
            "In het najaar van 2025 heb ik uw Kamer toegezegd een onderzoek uit te laten voeren naar de tekorten "
            "van gemeenten.\n")
    promises = of_kind(text, "commitment")
    assert promises and all(names(c) == ["minister van VWS"] for c in promises)


def test_you_in_a_letter_to_a_minister_is_that_minister() -> None:
    text = ("BRIEF VAN DE VOORZITTER VAN DE EERSTE KAMER DER STATEN-GENERAAL\n\n"
            "Aan de Minister van Onderwijs, Cultuur en Wetenschap\n\nDen Haag, 2 maart 2026\n\n"
            "De Eerste Kamer maakt halfjaarlijks de stand van zaken op van de toezeggingen aan deze Kamer. "
            "Daarbij ontvangt u een overzicht van de openstaande toezeggingen waarvan de termijn op 1 juli 2026 "
            "verloopt.\n")
    [term] = [c for c in extract(text, D(2026, 3, 2)).candidates if c.due == D(2026, 7, 1)]
    assert names(term) == ["minister van OCW"]


def test_parties_filing_a_motion_together_are_their_members() -> None:
    text = ("D66 en CDA dienen motie over de vrachtwagenheffing in\n\n"
            "D66 en het CDA willen dat de Kamer snel over de wet stemt. Daarover dienden zij vandaag een motie in.\n\n"
            "Anna Bos (D66) benadrukte dat de heffing in het regeerakkoord staat. Ook Piet de Vries (CDA) "
            "ondertekende de motie.")
    [motion] = [c for c in of_kind(text, "motion") if c.quote.startswith("D66 en CDA dienen")]
    assert sorted(n.split()[-1] for n in names(motion)) == ["Bos", "Vries"]



def test_a_senate_letter_and_a_ministry_of_its_time_name_the_writer() -> None:
    # the Eerste Kamer's letter code before the sender line ("E BRIEF VAN ..."), and a ministry of 2010-2012
    for head, writer in (("E BRIEF VAN DE MINISTER VAN ECONOMISCHE ZAKEN", "minister van EZ"),
                         ("Nr. 47 BRIEF VAN DE STAATSSECRETARIS VAN ECONOMISCHE ZAKEN, LANDBOUW EN INNOVATIE",
                          "staatssecretaris van EL&I")):
        text = (f"32 637 Bedrijfslevenbeleid\n\n{head}\n\nAan de Voorzitter van de Eerste Kamer der Staten-Generaal\n\n"
                "Den Haag, 12 februari 2026\n\nDeze brief informeert u tussentijds. Voor het eind van het jaar wordt u "
                "geïnformeerd over de gehele uitwerking van het actieplan.\n")
        promises = of_kind(text, "commitment", D(2026, 2, 12))
        assert promises and all(names(c) == [writer] for c in promises), head
