"""What a new user (u7) found on real texts, each with text of our own in the same shape: a committee report's
opening lists the letters on its agenda ("over: de brief van de staatssecretaris ... (31305, nr. 480); ..."), which
are the debate's papers, not motions or follow-ups; its debate, committee and the state secretary it names."""

from __future__ import annotations

import datetime as dt

from kamertaak.core.extract import extract

D = dt.date

# A draft committee report as a documents site shows it: the site's lines, then the report's own opening.
REPORT = (
    "Conceptverslag Spoor en openbaar vervoer\n"
    "Verslag van een commissiedebat\n"
    "Nummer: 2025D21034, datum: 2025-05-14, bijgewerkt: 2025-05-16 11:02, versie: 1\n"
    "Directe link naar document (.docx), link naar pagina op de Tweede Kamer site.\n"
    "Onderdeel van activiteiten:- 2025-05-14 10:00: Spoor en openbaar vervoer (Commissiedebat), vaste commissie "
    "voor Infrastructuur en Waterstaat\n"
    "Preview document (origineel)\n"
    "Tweede Kamer, Spoor en openbaar vervoer\n"
    "VERSLAG VAN EEN COMMISSIEDEBAT\n"
    "Concept\n"
    "De vaste commissie voor Infrastructuur en Waterstaat heeft op 14 mei 2025 overleg gevoerd met de heer Jansen, "
    "staatssecretaris Openbaar Vervoer en Milieu, over:\n"
    "de brief van de staatssecretaris Openbaar Vervoer en Milieu d.d. 2 december 2024 inzake voortgang "
    "toegankelijkheid van stations (23645, nr. 851);\n"
    "de brief van de staatssecretaris Openbaar Vervoer en Milieu d.d. 17 januari 2025 inzake uitvoering van de "
    "motie van het lid Bamenga over gratis openbaar vervoer voor begeleiders van reizigers met een beperking "
    "(Kamerstuk 36600-XII-48) (23645, nr. 855);\n"
    "de brief van de staatssecretaris Openbaar Vervoer en Milieu d.d. 3 maart 2025 inzake aanbesteding van het "
    "hoofdrailnet (29984, nr. 1190).\n"
    "Van dit overleg brengt de commissie bijgaand geredigeerd woordelijk verslag uit.\n"
    "De voorzitter van de vaste commissie voor Infrastructuur en\nWaterstaat,\nPeter de Groot\n"
    "De griffier van de vaste commissie voor Infrastructuur en\nWaterstaat,\nKoerselman\n"
)


def test_a_committee_reports_letters_are_no_motions() -> None:
    """Each letter's number gave a phantom 'Motie Jansen c.s.' (the state secretary, as a Kamerlid) due on the
    debate day; only the motion a letter says it carries out is one, Bamenga's, by its own number."""
    [motion] = extract(REPORT, D(2025, 5, 14)).candidates
    assert (motion.kind, motion.register) == ("motion", "36600-XII, nr. 48")
    assert [a.name for a in motion.actors] == ["Bamenga"]
    assert motion.due is None  # not the debate's day


def test_a_committee_reports_debate_and_committee() -> None:
    debate = extract(REPORT, D(2025, 5, 14)).debate
    assert (debate.title, debate.kind, debate.date) == ("Spoor en openbaar vervoer", "commissiedebat", D(2025, 5, 14))
    assert debate.committee == "Infrastructuur en Waterstaat"


def test_the_state_secretary_the_report_names_is_no_member() -> None:
    actors = {a.name: (a.role, a.ministry) for a in extract(REPORT, D(2025, 5, 14)).actors}
    assert actors["Jansen"] == ("state_secretary", "IenW")
    assert "Openbaar Vervoer" not in actors
    assert actors["Bamenga"] == ("member", None)


def test_a_follow_up_after_the_list_of_letters_is_still_read() -> None:
    text = REPORT + (
        "Voorzitter: Peter de Groot\nGriffier: Koerselman\nAanvang 10.00 uur.\n"
        "Staatssecretaris Jansen:\nIk zeg toe dat ik de Kamer voor de zomer een brief stuur over de "
        "toegankelijkheid van stations.\n"
    )
    kinds = sorted(c.kind for c in extract(text, D(2025, 5, 14)).candidates)
    assert kinds == ["commitment", "motion"]


def test_the_published_report_with_its_bullets_and_wrapped_lines() -> None:
    """The report as published: a dossier heading, dashes before the letters, lines wrapped inside them, and the
    sentence after the list glued on to its last line by the cleaning."""
    text = (
        "31 305 Mobiliteitsbeleid\nNr. 512 VERSLAG VAN EEN COMMISSIEDEBAT\nVastgesteld 10 juni 2025\n"
        "De vaste commissie voor Infrastructuur en Waterstaat heeft op 14 mei 2025 overleg\n"
        "gevoerd met de heer Jansen, Staatssecretaris Openbaar Vervoer en Milieu, over:\n"
        "– de brief van de Staatssecretaris Openbaar Vervoer en Milieu d.d. 2 december 2024 inzake\n"
        "voortgang toegankelijkheid van stations (Kamerstuk 23 645, nr. 851);\n"
        "– de brief van de Staatssecretaris Openbaar Vervoer en Milieu d.d. 17 januari 2025 inzake\n"
        "uitvoering van de motie van het lid Bamenga over gratis openbaar vervoer voor begeleiders\n"
        "(Kamerstuk 36 600 XII, nr. 48) (Kamerstuk 23 645, nr. 855);\n"
        "– de brief van de Staatssecretaris Openbaar Vervoer en Milieu d.d. 3 maart 2025 inzake\n"
        "aanbesteding van het hoofdrailnet (Kamerstuk 29 984, nr. 1190).\n"
        "Van dit overleg brengt de commissie bijgaand geredigeerd woordelijk verslag uit.\n"
        "De voorzitter van de commissie, Peter de Groot\nDe griffier van de commissie, Koerselman\n"
    )
    found = extract(text, D(2025, 5, 14))
    [motion] = found.candidates
    assert motion.register == "36600-XII, nr. 48" and [a.name for a in motion.actors] == ["Bamenga"]
    assert (found.debate.committee, found.debate.date) == ("Infrastructuur en Waterstaat", D(2025, 5, 14))


def test_a_letter_that_carries_out_a_motion_says_it_is_carried_out() -> None:
    """'inzake uitvoering van de motie van het lid Bamenga': the letter on the agenda is the government's telling
    that it carried the motion out, as 'Met deze brief geef ik uitvoering aan de motie' in a letter itself (was:
    submitted, as if the report were about its filing); a letter on its progress carries out part of it."""
    [motion] = extract(REPORT, D(2025, 5, 14)).candidates
    assert motion.status == "executed"
    progress = REPORT.replace("inzake uitvoering van de motie", "inzake voortgang uitvoering van de motie")
    assert [c.status for c in extract(progress, D(2025, 5, 14)).candidates] == ["partial"]


def test_a_report_cut_inside_its_list_of_letters_gives_no_phantom_motions() -> None:
    """An excerpt that stops inside the list (a page's preview, a paste): the letters on their own lines are still
    the debate's papers (were one phantom 'Motie Jansen' per letter number, the state secretary as a Kamerlid)."""
    listed = REPORT.replace("over:\nde brief", "over:\n\n • de brief").replace(";\nde brief", ";\n\n • de brief")
    cut = listed[: listed.index(" • de brief van de staatssecretaris Openbaar Vervoer en Milieu d.d. 3 maart")]
    found = extract(cut, D(2025, 5, 14)).candidates
    assert [(c.kind, c.register, c.status) for c in found] == [("motion", "36600-XII, nr. 48", "executed")]
    assert [a.name for a in found[0].actors] == ["Bamenga"]
